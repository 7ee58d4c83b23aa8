//! Serving a [`FidoApplet`] as a card in the vpcd virtual reader of a real
//! `pcscd` (vsmartcard's `libifdvpcd`), so that PC/SC clients (our NFC path,
//! python-fido2 over pyscard ...) talk to the virtual key as to a card on a
//! contactless reader ("Virtual PCD 00 00").
//!
//! The card is the TCP client: it connects to vpcd (127.0.0.1:35963 for the
//! first reader). Each message is a 2-byte big-endian length and a payload;
//! a 1-byte payload is a control message from the reader (00 power off,
//! 01 power on, 02 reset, 04 "send your ATR"), anything longer is a command
//! APDU, answered with a response APDU. Closing the connection is the card
//! leaving the field.
//!
//! vpcd writes without TCP_NODELAY, so without TCP_QUICKACK on our side each
//! exchange stalls on a delayed ACK (about 44 ms); it is set before every read.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpStream;
use tokio::sync::Notify;
use webauthn_authenticator_rs::transport::Token;

use super::fido_applet::FidoApplet;
use keyguide_ctap::CancelSignal;

/// Where vpcd listens for its first reader.
pub const DEFAULT_HOST: &str = "127.0.0.1";
pub const DEFAULT_PORT: u16 = 35963;

const CTRL_POWER_OFF: u8 = 0x00;
const CTRL_POWER_ON: u8 = 0x01;
const CTRL_RESET: u8 = 0x02;
const CTRL_ATR: u8 = 0x04;

/// Why serving ended with an error.
#[derive(Debug, thiserror::Error)]
pub enum VpcdError {
    #[error("could not reach the vpcd reader at {addr} after {attempts} attempts ({last}); is pcscd running with vsmartcard-vpcd installed?")]
    Unreachable {
        addr: String,
        attempts: u32,
        last: std::io::Error,
    },
}

/// A handle on a running server: counters, and test hooks that act like a
/// user moving the card.
#[derive(Clone, Debug, Default)]
pub struct VpcdControl {
    inner: Arc<ControlInner>,
}

#[derive(Debug, Default)]
struct ControlInner {
    remove_during_next_command: AtomicBool,
    remove_now: Notify,
    /// Out of the field on purpose (test hooks): do not reconnect.
    away: AtomicBool,
    inserted: Notify,
    connected: AtomicBool,
    connections: AtomicU32,
    apdus: AtomicU64,
}

impl VpcdControl {
    /// The next CTAP command (NFCCTAP_MSG) never reaches the key: the card
    /// leaves the field once the reader has sent it, and stays away until
    /// [`insert_card`](Self::insert_card).
    pub fn remove_card_during_next_command(&self) {
        self.inner.away.store(true, Ordering::SeqCst);
        self.inner
            .remove_during_next_command
            .store(true, Ordering::SeqCst);
    }

    /// Takes the card out of the field now, between commands; it stays
    /// away until [`insert_card`](Self::insert_card).
    pub fn remove_card(&self) {
        self.inner.away.store(true, Ordering::SeqCst);
        self.inner.remove_now.notify_one();
    }

    /// Puts a removed card back on the reader (a new connection, powered up
    /// afresh: the key's replug).
    pub fn insert_card(&self) {
        self.inner.away.store(false, Ordering::SeqCst);
        self.inner.inserted.notify_one();
    }

    /// True while the card is in the reader.
    pub fn is_connected(&self) -> bool {
        self.inner.connected.load(Ordering::SeqCst)
    }

    /// How many times the card has entered the reader.
    pub fn connections(&self) -> u32 {
        self.inner.connections.load(Ordering::SeqCst)
    }

    /// Command APDUs answered so far.
    pub fn apdus(&self) -> u64 {
        self.inner.apdus.load(Ordering::SeqCst)
    }
}

/// How one connection ended.
enum SessionEnd {
    Stopped,
    /// The removal hook fired: come back at once.
    Removed,
    /// The reader closed the connection or it failed.
    Lost(std::io::Error),
}

/// Serves one applet to vpcd until stopped.
pub struct VpcdServer<T: Token + 'static> {
    applet: FidoApplet<T>,
    host: String,
    port: u16,
    control: VpcdControl,
    max_attempts: u32,
    on_connected: Option<Box<dyn FnMut(SocketAddr) + Send>>,
}

impl<T: Token + 'static> VpcdServer<T> {
    pub fn new(applet: FidoApplet<T>) -> Self {
        Self {
            applet,
            host: DEFAULT_HOST.to_owned(),
            port: DEFAULT_PORT,
            control: VpcdControl::default(),
            max_attempts: 50,
            on_connected: None,
        }
    }

    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.host = host.into();
        self
    }

    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Gives up after this many failed connection attempts in a row
    /// (about 0.1 s apart at first, then 1 s).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Called each time the card is in the reader (connected to vpcd).
    pub fn on_connected(mut self, hook: impl FnMut(SocketAddr) + Send + 'static) -> Self {
        self.on_connected = Some(Box::new(hook));
        self
    }

    pub fn control(&self) -> VpcdControl {
        self.control.clone()
    }

    /// Connects, serves, and reconnects when the reader goes away, until
    /// `stop` is cancelled or vpcd stays unreachable.
    pub async fn run(mut self, stop: CancelSignal) -> Result<(), VpcdError> {
        let addr = format!("{}:{}", self.host, self.port);
        let mut failures = 0u32;
        loop {
            if stop.is_cancelled() {
                return Ok(());
            }
            let connected = tokio::select! {
                c = TcpStream::connect(&addr) => c,
                _ = stop.cancelled() => return Ok(()),
            };
            let stream = match connected {
                Ok(stream) => stream,
                Err(e) => {
                    failures += 1;
                    if failures >= self.max_attempts {
                        return Err(VpcdError::Unreachable {
                            addr,
                            attempts: failures,
                            last: e,
                        });
                    }
                    tracing::debug!("vpcd at {addr} not reachable yet: {e}");
                    let pause = Duration::from_millis(100 * u64::from(failures.min(10)));
                    tokio::select! {
                        _ = tokio::time::sleep(pause) => continue,
                        _ = stop.cancelled() => return Ok(()),
                    }
                }
            };
            failures = 0;
            let _ = stream.set_nodelay(true);
            self.control.inner.connected.store(true, Ordering::SeqCst);
            self.control
                .inner
                .connections
                .fetch_add(1, Ordering::SeqCst);
            if let (Some(hook), Ok(peer)) = (self.on_connected.as_mut(), stream.peer_addr()) {
                hook(peer);
            }
            let end = self.serve_connection(stream, &stop).await;
            self.control.inner.connected.store(false, Ordering::SeqCst);
            // Out of the field: whatever the key was doing is abandoned.
            self.applet.power_off();
            match end {
                SessionEnd::Stopped => return Ok(()),
                SessionEnd::Removed => {
                    tracing::info!("card taken out of the field (test hook)");
                    let inner = self.control.inner.clone();
                    while inner.away.load(Ordering::SeqCst) {
                        tokio::select! {
                            _ = inner.inserted.notified() => {}
                            _ = stop.cancelled() => return Ok(()),
                        }
                    }
                }
                SessionEnd::Lost(e) => {
                    tracing::info!("vpcd connection ended: {e}");
                    failures += 1;
                }
            }
        }
    }

    async fn serve_connection(&mut self, mut stream: TcpStream, stop: &CancelSignal) -> SessionEnd {
        loop {
            let message = tokio::select! {
                m = read_message(&mut stream) => m,
                _ = self.control.inner.remove_now.notified() => return SessionEnd::Removed,
                _ = stop.cancelled() => return SessionEnd::Stopped,
            };
            let payload = match message {
                Ok(payload) => payload,
                Err(e) => return SessionEnd::Lost(e),
            };
            let answer = match payload.as_slice() {
                [CTRL_POWER_OFF] => {
                    self.applet.power_off();
                    None
                }
                [CTRL_POWER_ON] | [CTRL_RESET] => {
                    self.applet.power_up();
                    None
                }
                [CTRL_ATR] => Some(self.applet.atr().to_vec()),
                [other] => {
                    tracing::debug!("vpcd control message {other:#04x} ignored");
                    None
                }
                apdu => {
                    if is_ctap_command(apdu)
                        && self
                            .control
                            .inner
                            .remove_during_next_command
                            .swap(false, Ordering::SeqCst)
                    {
                        return SessionEnd::Removed;
                    }
                    let response = tokio::select! {
                        r = self.applet.process(apdu) => r,
                        _ = stop.cancelled() => return SessionEnd::Stopped,
                    };
                    self.control.inner.apdus.fetch_add(1, Ordering::SeqCst);
                    Some(response)
                }
            };
            if let Some(answer) = answer {
                if let Err(e) = write_message(&mut stream, &answer).await {
                    return SessionEnd::Lost(e);
                }
            }
        }
    }
}

/// Serves `applet` to vpcd at `host:port` until `stop` is cancelled.
pub async fn serve_vpcd<T: Token + 'static>(
    applet: FidoApplet<T>,
    host: &str,
    port: u16,
    stop: CancelSignal,
) -> Result<(), VpcdError> {
    VpcdServer::new(applet)
        .host(host)
        .port(port)
        .run(stop)
        .await
}

/// The last part of an NFCCTAP_MSG: the moment a CTAP command reaches the key.
fn is_ctap_command(apdu: &[u8]) -> bool {
    matches!(apdu, [cla, 0x10, ..] if cla & 0x10 == 0 && cla & 0x80 != 0)
}

async fn read_message(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut length = [0u8; 2];
    read_exact(stream, &mut length).await?;
    let mut payload = vec![0u8; u16::from_be_bytes(length) as usize];
    read_exact(stream, &mut payload).await?;
    Ok(payload)
}

/// Fills `buf`, setting TCP_QUICKACK before every receive.
async fn read_exact(stream: &TcpStream, buf: &mut [u8]) -> std::io::Result<()> {
    let mut filled = 0;
    while filled < buf.len() {
        quick_ack(stream);
        stream.readable().await?;
        match stream.try_read(&mut buf[filled..]) {
            Ok(0) => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

async fn write_all(stream: &TcpStream, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        stream.writable().await?;
        match stream.try_write(data) {
            Ok(n) => data = &data[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

async fn write_message(stream: &mut TcpStream, payload: &[u8]) -> std::io::Result<()> {
    let length = u16::try_from(payload.len()).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "answer longer than 65535 bytes",
        )
    })?;
    // One write: length and payload in the same segment.
    let mut message = Vec::with_capacity(payload.len() + 2);
    message.extend_from_slice(&length.to_be_bytes());
    message.extend_from_slice(payload);
    write_all(stream, &message).await
}

/// Asks the kernel to acknowledge the next segment at once. Linux clears the
/// flag again on its own, hence once per read.
#[cfg(target_os = "linux")]
fn quick_ack(stream: &TcpStream) {
    use std::os::fd::AsRawFd;
    let on: libc::c_int = 1;
    // SAFETY: a valid socket descriptor and a c_int option value of the
    // right size; setsockopt does not keep the pointer.
    let rc = unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_QUICKACK,
            (&on as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if rc != 0 {
        tracing::trace!("TCP_QUICKACK: {}", std::io::Error::last_os_error());
    }
}

#[cfg(not(target_os = "linux"))]
fn quick_ack(_stream: &TcpStream) {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smartcard::fido_applet::tests::FakeToken;
    use tokio::net::TcpListener;

    /// A stand-in for vpcd on a free local port.
    async fn fake_reader() -> (TcpListener, u16) {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        (listener, port)
    }

    async fn exchange(reader: &mut TcpStream, payload: &[u8]) -> Vec<u8> {
        write_message(reader, payload).await.expect("send");
        read_message(reader).await.expect("answer")
    }

    #[test]
    fn only_the_last_part_of_an_nfcctap_msg_counts_as_a_command() {
        assert!(is_ctap_command(&[0x80, 0x10, 0x00, 0x00, 0x01, 0x04]));
        assert!(!is_ctap_command(&[0x90, 0x10, 0x00, 0x00, 0x01, 0x04]));
        assert!(!is_ctap_command(&[0x00, 0xA4, 0x04, 0x00]));
        assert!(!is_ctap_command(&[0x80, 0x11, 0x00, 0x00]));
    }

    #[tokio::test]
    async fn speaks_the_vpcd_protocol_and_comes_back_after_a_removal() {
        let (listener, port) = fake_reader().await;
        let token = FakeToken::default();
        let powered = Arc::new(AtomicU32::new(0));
        let applet = FidoApplet::new(token.clone()).on_power_up({
            let powered = powered.clone();
            move || {
                powered.fetch_add(1, Ordering::SeqCst);
            }
        });
        let server = VpcdServer::new(applet).port(port).max_attempts(3);
        let control = server.control();
        let stop = CancelSignal::new();
        let serving = tokio::spawn(server.run(stop.clone()));

        let (mut reader, _) = listener.accept().await.expect("card connects");
        assert_eq!(
            exchange(&mut reader, &[CTRL_ATR]).await,
            FIDO_CARD_ATR_VEC.to_vec()
        );
        write_message(&mut reader, &[CTRL_POWER_ON]).await.unwrap();
        let select = hex::decode("00A4040008A0000006472F000100").unwrap();
        assert_eq!(
            exchange(&mut reader, &select).await,
            b"FIDO_2_0\x90\x00".to_vec()
        );
        assert_eq!(
            powered.load(Ordering::SeqCst),
            1,
            "power on replugs the key"
        );
        let echo = exchange(
            &mut reader,
            &[0x80, 0x10, 0x00, 0x00, 0x02, 0x40, 0xF6, 0x00],
        )
        .await;
        assert_eq!(echo, vec![0x00, 0xF6, 0x90, 0x00]);

        // The card leaves the field as the next command arrives: the reader
        // gets no answer, the key never sees the command.
        control.remove_card_during_next_command();
        let before = token.commands.load(Ordering::SeqCst);
        write_message(&mut reader, &[0x80, 0x10, 0x00, 0x00, 0x01, 0x04, 0x00])
            .await
            .unwrap();
        assert!(
            read_message(&mut reader).await.is_err(),
            "connection dropped"
        );
        assert_eq!(token.commands.load(Ordering::SeqCst), before);

        // It stays away until put back, then comes back as a new card.
        assert!(!control.is_connected() || control.connections() == 1);
        control.insert_card();
        let (mut reader, _) = listener.accept().await.expect("card returns");
        write_message(&mut reader, &[CTRL_POWER_ON]).await.unwrap();
        assert_eq!(
            exchange(&mut reader, &select).await,
            b"FIDO_2_0\x90\x00".to_vec()
        );
        assert_eq!(powered.load(Ordering::SeqCst), 2);
        assert_eq!(control.connections(), 2);

        stop.cancel();
        serving.await.unwrap().expect("stops cleanly");
    }

    #[tokio::test]
    async fn gives_up_when_no_reader_listens() {
        // Bind and drop: the port is (almost certainly) closed now.
        let (listener, port) = fake_reader().await;
        drop(listener);
        let server = VpcdServer::new(FidoApplet::new(FakeToken::default()))
            .port(port)
            .max_attempts(2);
        let err = server.run(CancelSignal::new()).await.unwrap_err();
        assert!(err.to_string().contains("is pcscd running"), "{err}");
    }

    const FIDO_CARD_ATR_VEC: [u8; 19] = crate::smartcard::fido_applet::FIDO_CARD_ATR;
}
