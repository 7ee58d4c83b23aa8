//! CTAPHID, the FIDO USB HID protocol (CTAP 2.1 §11.2): packet framing,
//! message reassembly, channel allocation, keepalives, errors and cancel.
//!
//! Ours rather than the library's because a key manager needs what the
//! library's USB token lacks: frames for other channels are dropped (other
//! programs may talk to the same key), CTAPHID_CANCEL is sent when the user
//! cancels a wait for touch, and a silent key times out.

use async_trait::async_trait;
use std::time::Duration;
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::ui::UiCallback;

use crate::device::cancel::CancelSignal;

pub const REPORT_SIZE: usize = 64;
pub type Report = [u8; REPORT_SIZE];

pub const BROADCAST_CID: u32 = 0xffff_ffff;
pub const CMD_PING: u8 = 0x81;
pub const CMD_INIT: u8 = 0x86;
pub const CMD_WINK: u8 = 0x88;
pub const CMD_CBOR: u8 = 0x90;
pub const CMD_CANCEL: u8 = 0x91;
pub const CMD_KEEPALIVE: u8 = 0xbb;
pub const CMD_ERROR: u8 = 0xbf;

const INIT_DATA: usize = REPORT_SIZE - 7;
const CONT_DATA: usize = REPORT_SIZE - 5;
/// Largest message: one init packet and 128 continuations (§11.2.4).
pub const MAX_MESSAGE: usize = INIT_DATA + 128 * CONT_DATA;

/// The key said nothing (no keepalive either) for this long: give up.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(5);

/// One decoded HID report.
#[derive(Debug, PartialEq, Eq)]
pub enum Packet<'a> {
    Init {
        cid: u32,
        cmd: u8,
        len: usize,
        data: &'a [u8],
    },
    Cont {
        cid: u32,
        seq: u8,
        data: &'a [u8],
    },
}

pub fn parse(report: &Report) -> Packet<'_> {
    let cid = u32::from_be_bytes([report[0], report[1], report[2], report[3]]);
    if report[4] & 0x80 != 0 {
        Packet::Init {
            cid,
            cmd: report[4],
            len: u16::from_be_bytes([report[5], report[6]]) as usize,
            data: &report[7..],
        }
    } else {
        Packet::Cont {
            cid,
            seq: report[4],
            data: &report[5..],
        }
    }
}

/// Splits a message into an initialization packet and continuations,
/// zero-padded to the report size.
pub fn frames(cid: u32, cmd: u8, payload: &[u8]) -> Result<Vec<Report>, WebauthnCError> {
    if payload.len() > MAX_MESSAGE {
        return Err(WebauthnCError::MessageTooLarge);
    }
    let mut out = Vec::new();
    let mut first = [0u8; REPORT_SIZE];
    first[..4].copy_from_slice(&cid.to_be_bytes());
    first[4] = cmd;
    first[5..7].copy_from_slice(&(payload.len() as u16).to_be_bytes());
    let n = payload.len().min(INIT_DATA);
    first[7..7 + n].copy_from_slice(&payload[..n]);
    out.push(first);
    for (seq, chunk) in payload[n..].chunks(CONT_DATA).enumerate() {
        let mut r = [0u8; REPORT_SIZE];
        r[..4].copy_from_slice(&cid.to_be_bytes());
        r[4] = seq as u8;
        r[5..5 + chunk.len()].copy_from_slice(chunk);
        out.push(r);
    }
    Ok(out)
}

/// Reassembles one message on one channel.
#[derive(Debug, Default)]
pub struct Assembler {
    cmd: u8,
    len: usize,
    buf: Vec<u8>,
    next_seq: u8,
    started: bool,
}

impl Assembler {
    /// Feeds a packet of our channel; returns the command and payload once
    /// the message is complete.
    pub fn push(&mut self, packet: &Packet<'_>) -> Result<Option<(u8, Vec<u8>)>, WebauthnCError> {
        match *packet {
            Packet::Init { cmd, len, data, .. } => {
                if len > MAX_MESSAGE {
                    return Err(WebauthnCError::InvalidMessageLength);
                }
                *self = Assembler {
                    cmd,
                    len,
                    buf: data[..len.min(data.len())].to_vec(),
                    next_seq: 0,
                    started: true,
                };
            }
            Packet::Cont { seq, data, .. } => {
                if !self.started || seq != self.next_seq {
                    return Err(WebauthnCError::InvalidMessageLength);
                }
                self.next_seq = self.next_seq.wrapping_add(1);
                let want = self.len - self.buf.len();
                self.buf.extend_from_slice(&data[..want.min(data.len())]);
            }
        }
        if self.started && self.buf.len() == self.len {
            self.started = false;
            return Ok(Some((self.cmd, std::mem::take(&mut self.buf))));
        }
        Ok(None)
    }
}

/// Raw 64-byte reports to and from one HID device.
#[async_trait]
pub trait HidReports: Send {
    async fn send_report(&mut self, report: &Report) -> Result<(), WebauthnCError>;
    async fn recv_report(&mut self) -> Result<Report, WebauthnCError>;
}

/// What CTAPHID_INIT told us about the key (§11.2.9.1.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub wink: bool,
    pub cbor: bool,
    pub no_msg: bool,
}

/// One allocated channel on one device.
pub struct CtapHidChannel<D: HidReports> {
    device: D,
    cid: u32,
    pub capabilities: Capabilities,
    cancel: CancelSignal,
    idle_timeout: Duration,
}

impl<D: HidReports> CtapHidChannel<D> {
    pub fn new(device: D, cancel: CancelSignal) -> Self {
        CtapHidChannel {
            device,
            cid: BROADCAST_CID,
            capabilities: Capabilities::default(),
            cancel,
            idle_timeout: IDLE_TIMEOUT,
        }
    }

    pub fn cid(&self) -> u32 {
        self.cid
    }

    /// CTAPHID_INIT on the broadcast channel with a fresh nonce; answers
    /// with another nonce (meant for another program) are ignored.
    pub async fn init(&mut self, nonce: [u8; 8]) -> Result<(), WebauthnCError> {
        for r in frames(BROADCAST_CID, CMD_INIT, &nonce)? {
            self.device.send_report(&r).await?;
        }
        loop {
            let (cid, cmd, payload) = self.recv_message(BROADCAST_CID, None::<&NoUi>).await?;
            if cid != BROADCAST_CID || cmd != CMD_INIT || payload.len() < 17 {
                continue;
            }
            if payload[..8] != nonce {
                continue;
            }
            self.cid = u32::from_be_bytes([payload[8], payload[9], payload[10], payload[11]]);
            let flags = payload[16];
            self.capabilities = Capabilities {
                wink: flags & 0x01 != 0,
                cbor: flags & 0x04 != 0,
                no_msg: flags & 0x08 != 0,
            };
            return Ok(());
        }
    }

    /// CTAPHID_CBOR: sends a CTAP request and returns the answer's CBOR
    /// body, or the CTAP status as `WebauthnCError::Ctap`.
    pub async fn cbor<U: UiCallback>(
        &mut self,
        request: &[u8],
        ui: &U,
    ) -> Result<Vec<u8>, WebauthnCError> {
        for r in frames(self.cid, CMD_CBOR, request)? {
            self.device.send_report(&r).await?;
        }
        let (_, cmd, payload) = self.recv_message(self.cid, Some(ui)).await?;
        match cmd {
            CMD_CBOR => {
                let (&status, body) = payload
                    .split_first()
                    .ok_or(WebauthnCError::MessageTooShort)?;
                if status == 0 {
                    Ok(body.to_vec())
                } else {
                    Err(WebauthnCError::Ctap(CtapError::from(status)))
                }
            }
            CMD_ERROR => Err(hid_error(&payload)),
            _ => Err(WebauthnCError::UnexpectedState),
        }
    }

    /// CTAPHID_WINK, where the key offers it.
    pub async fn wink(&mut self) -> Result<(), WebauthnCError> {
        if !self.capabilities.wink {
            return Err(WebauthnCError::NotSupported);
        }
        for r in frames(self.cid, CMD_WINK, &[])? {
            self.device.send_report(&r).await?;
        }
        let (_, cmd, payload) = self.recv_message(self.cid, None::<&NoUi>).await?;
        match cmd {
            CMD_WINK => Ok(()),
            CMD_ERROR => Err(hid_error(&payload)),
            _ => Err(WebauthnCError::UnexpectedState),
        }
    }

    /// Sends CTAPHID_CANCEL for the pending request on our channel.
    pub async fn send_cancel(&mut self) -> Result<(), WebauthnCError> {
        for r in frames(self.cid, CMD_CANCEL, &[])? {
            self.device.send_report(&r).await?;
        }
        Ok(())
    }

    /// Receives one whole message on `cid`, handling keepalives, dropping
    /// other channels' frames, and turning a cancel request into
    /// CTAPHID_CANCEL (after which the key answers KEEPALIVE_CANCEL).
    async fn recv_message<U: UiCallback>(
        &mut self,
        cid: u32,
        ui: Option<&U>,
    ) -> Result<(u32, u8, Vec<u8>), WebauthnCError> {
        let mut assembler = Assembler::default();
        let mut cancel_sent = false;
        loop {
            let cancel = self.cancel.clone();
            let may_cancel = !cancel_sent && cid != BROADCAST_CID;
            let next = tokio::select! {
                r = tokio::time::timeout(self.idle_timeout, self.device.recv_report()) => match r {
                    Ok(report) => Some(report?),
                    Err(_) => return Err(WebauthnCError::Ctap(CtapError::Ctap1Timeout)),
                },
                _ = cancel.cancelled(), if may_cancel => None,
            };
            let Some(report) = next else {
                self.send_cancel().await?;
                cancel_sent = true;
                continue;
            };
            let packet = parse(&report);
            let packet_cid = match packet {
                Packet::Init { cid, .. } | Packet::Cont { cid, .. } => cid,
            };
            if packet_cid != cid {
                continue; // another program's channel
            }
            if let Packet::Init {
                cmd: CMD_KEEPALIVE,
                data,
                ..
            } = packet
            {
                if let Some(ui) = ui {
                    match data.first() {
                        Some(1) => ui.processing(),
                        Some(2) => ui.request_touch(),
                        _ => {}
                    }
                }
                continue;
            }
            if let Some((cmd, payload)) = assembler.push(&packet)? {
                return Ok((packet_cid, cmd, payload));
            }
        }
    }
}

/// CTAPHID_ERROR codes (§11.2.9.1.6).
fn hid_error(payload: &[u8]) -> WebauthnCError {
    let code = payload.first().copied().unwrap_or(0x7f);
    WebauthnCError::Ctap(CtapError::from(code))
}

/// A `UiCallback` that shows nothing (INIT and WINK need no prompts).
#[derive(Debug)]
struct NoUi;

impl UiCallback for NoUi {
    fn request_pin(&self) -> Option<String> {
        None
    }
    fn request_touch(&self) {}
    fn processing(&self) {}
    fn fingerprint_enrollment_feedback(
        &self,
        _: u32,
        _: Option<webauthn_authenticator_rs::types::EnrollSampleStatus>,
    ) {
    }
    fn cable_qr_code(&self, _: webauthn_authenticator_rs::types::CableRequestType, _: String) {}
    fn dismiss_qr_code(&self) {}
    fn cable_status_update(&self, _: webauthn_authenticator_rs::types::CableState) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::prompts::{KeyEvent, Prompts};
    use tokio::sync::mpsc;

    /// A HID device whose other end is the test.
    struct FakeDevice {
        sent: mpsc::UnboundedSender<Report>,
        to_host: mpsc::UnboundedReceiver<Report>,
    }

    #[async_trait]
    impl HidReports for FakeDevice {
        async fn send_report(&mut self, r: &Report) -> Result<(), WebauthnCError> {
            self.sent.send(*r).map_err(|_| WebauthnCError::Closed)
        }
        async fn recv_report(&mut self) -> Result<Report, WebauthnCError> {
            self.to_host.recv().await.ok_or(WebauthnCError::Closed)
        }
    }

    fn fake() -> (
        FakeDevice,
        mpsc::UnboundedReceiver<Report>,
        mpsc::UnboundedSender<Report>,
    ) {
        let (sent, from_host) = mpsc::unbounded_channel();
        let (to_device_host, to_host) = mpsc::unbounded_channel();
        (FakeDevice { sent, to_host }, from_host, to_device_host)
    }

    fn report(bytes: &[u8]) -> Report {
        let mut r = [0u8; REPORT_SIZE];
        r[..bytes.len()].copy_from_slice(bytes);
        r
    }

    const NONCE: [u8; 8] = [0x07, 0xbb, 0x6d, 0x1f, 0x2c, 0x4a, 0x93, 0x11];
    const CID: [u8; 4] = [0x00, 0x11, 0x22, 0x33];

    /// CTAPHID_INIT response (§11.2.9.1.3): nonce, new CID, protocol
    /// version 2, device version 5.4.3, capabilities WINK|CBOR.
    fn init_response(nonce: &[u8; 8]) -> Report {
        let mut b = vec![0xff, 0xff, 0xff, 0xff, 0x86, 0x00, 0x11];
        b.extend_from_slice(nonce);
        b.extend_from_slice(&CID);
        b.extend_from_slice(&[0x02, 0x05, 0x04, 0x03, 0x05]);
        report(&b)
    }

    #[test]
    fn init_request_matches_the_spec_layout() {
        let f = frames(BROADCAST_CID, CMD_INIT, &NONCE).unwrap();
        assert_eq!(f.len(), 1);
        let mut expected = vec![0xff, 0xff, 0xff, 0xff, 0x86, 0x00, 0x08];
        expected.extend_from_slice(&NONCE);
        assert_eq!(&f[0][..15], &expected[..]);
        assert!(f[0][15..].iter().all(|b| *b == 0), "zero padded");
    }

    #[test]
    fn long_messages_split_into_init_and_numbered_continuations() {
        let payload: Vec<u8> = (0..200u8).collect();
        let f = frames(0x01020304, CMD_CBOR, &payload).unwrap();
        // 57 bytes in the init packet, then 59 per continuation: 57+59+59+25.
        assert_eq!(f.len(), 4);
        assert_eq!(&f[0][..7], &[0x01, 0x02, 0x03, 0x04, 0x90, 0x00, 200]);
        assert_eq!(f[0][7], 0);
        assert_eq!(&f[1][..5], &[0x01, 0x02, 0x03, 0x04, 0x00]);
        assert_eq!(f[1][5], 57);
        assert_eq!(f[2][4], 0x01);
        assert_eq!(f[3][4], 0x02);
        let mut a = Assembler::default();
        let mut out = None;
        for r in &f {
            out = a.push(&parse(r)).unwrap();
        }
        assert_eq!(out, Some((CMD_CBOR, payload)));
    }

    #[test]
    fn a_continuation_out_of_sequence_is_refused() {
        let payload = vec![1u8; 100];
        let f = frames(1, CMD_CBOR, &payload).unwrap();
        let mut a = Assembler::default();
        a.push(&parse(&f[0])).unwrap();
        let mut wrong = f[1];
        wrong[4] = 5;
        assert!(a.push(&parse(&wrong)).is_err());
        assert!(frames(1, CMD_CBOR, &vec![0u8; MAX_MESSAGE + 1]).is_err());
    }

    #[tokio::test]
    async fn init_ignores_answers_for_another_nonce_and_takes_the_channel() {
        let (dev, mut sent, to_host) = fake();
        let mut ch = CtapHidChannel::new(dev, CancelSignal::new());
        to_host.send(init_response(&[9; 8])).unwrap(); // someone else's INIT
        to_host.send(init_response(&NONCE)).unwrap();
        ch.init(NONCE).await.unwrap();
        assert_eq!(ch.cid(), 0x0011_2233);
        assert_eq!(
            ch.capabilities,
            Capabilities {
                wink: true,
                cbor: true,
                no_msg: false
            }
        );
        assert_eq!(sent.recv().await.unwrap()[4], CMD_INIT);
    }

    #[tokio::test]
    async fn cbor_answer_after_keepalives_with_foreign_frames_ignored() {
        let (dev, mut sent, to_host) = fake();
        let mut ch = CtapHidChannel::new(dev, CancelSignal::new());
        to_host.send(init_response(&NONCE)).unwrap();
        ch.init(NONCE).await.unwrap();
        let _ = sent.recv().await;

        let (prompts, mut events) = Prompts::new();
        // Keepalive UPNEEDED, a frame on another channel, then the answer:
        // status 0 and the CBOR map {1: 2}.
        to_host
            .send(report(&[0x00, 0x11, 0x22, 0x33, 0xbb, 0x00, 0x01, 0x02]))
            .unwrap();
        to_host
            .send(report(&[0x99, 0x99, 0x99, 0x99, 0x90, 0x00, 0x01, 0x31]))
            .unwrap();
        to_host
            .send(report(&[
                0x00, 0x11, 0x22, 0x33, 0x90, 0x00, 0x04, 0x00, 0xa1, 0x01, 0x02,
            ]))
            .unwrap();
        let body = ch.cbor(&[0x04], &prompts).await.unwrap();
        assert_eq!(body, vec![0xa1, 0x01, 0x02]);
        assert_eq!(events.try_recv().unwrap(), KeyEvent::TouchNeeded);
        let req = sent.recv().await.unwrap();
        assert_eq!(&req[..8], &[0x00, 0x11, 0x22, 0x33, 0x90, 0x00, 0x01, 0x04]);
    }

    #[tokio::test]
    async fn ctap_status_and_hid_errors_become_errors() {
        let (dev, _sent, to_host) = fake();
        let mut ch = CtapHidChannel::new(dev, CancelSignal::new());
        to_host.send(init_response(&NONCE)).unwrap();
        ch.init(NONCE).await.unwrap();
        // CTAP2_ERR_PIN_INVALID in a CBOR answer.
        to_host
            .send(report(&[0x00, 0x11, 0x22, 0x33, 0x90, 0x00, 0x01, 0x31]))
            .unwrap();
        let err = ch.cbor(&[0x06], &Prompts::discard()).await.unwrap_err();
        assert_eq!(err, WebauthnCError::Ctap(CtapError::Ctap2PinInvalid));
        // CTAPHID_ERROR CHANNEL_BUSY.
        to_host
            .send(report(&[0x00, 0x11, 0x22, 0x33, 0xbf, 0x00, 0x01, 0x06]))
            .unwrap();
        let err = ch.cbor(&[0x06], &Prompts::discard()).await.unwrap_err();
        assert_eq!(err, WebauthnCError::Ctap(CtapError::Ctap1ChannelBusy));
    }

    #[tokio::test]
    async fn cancel_sends_ctaphid_cancel_and_returns_the_keys_answer() {
        let (dev, mut sent, to_host) = fake();
        let cancel = CancelSignal::new();
        let mut ch = CtapHidChannel::new(dev, cancel.clone());
        to_host.send(init_response(&NONCE)).unwrap();
        ch.init(NONCE).await.unwrap();
        let _ = sent.recv().await;

        let key_side = async {
            let request = sent.recv().await.unwrap();
            assert_eq!(request[4], CMD_CBOR);
            to_host
                .send(report(&[0x00, 0x11, 0x22, 0x33, 0xbb, 0x00, 0x01, 0x02]))
                .unwrap();
            cancel.cancel();
            // The exact CANCEL frame: our CID, 0x91, length 0.
            let c = sent.recv().await.unwrap();
            assert_eq!(c, report(&[0x00, 0x11, 0x22, 0x33, 0x91, 0x00, 0x00]));
            to_host
                .send(report(&[0x00, 0x11, 0x22, 0x33, 0x90, 0x00, 0x01, 0x2d]))
                .unwrap();
        };
        let prompts = Prompts::discard();
        let (result, ()) = tokio::join!(ch.cbor(&[0x07], &prompts), key_side);
        assert_eq!(
            result.unwrap_err(),
            WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_silent_key_times_out() {
        let (dev, _sent, to_host) = fake();
        let mut ch = CtapHidChannel::new(dev, CancelSignal::new());
        to_host.send(init_response(&NONCE)).unwrap();
        ch.init(NONCE).await.unwrap();
        let err = ch.cbor(&[0x04], &Prompts::discard()).await.unwrap_err();
        assert_eq!(err, WebauthnCError::Ctap(CtapError::Ctap1Timeout));
        drop(to_host);
    }
}
