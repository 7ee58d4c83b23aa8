//! CTAPHID, the USB HID binding of CTAP (CTAP 2.1 §11.2).
//!
//! Pure framing and reassembly (§11.2.4: initialization and continuation
//! packets), plus [`CtapHidChannel`], which runs transactions over any
//! [`HidReports`] device: channel allocation with CTAPHID_INIT (§11.2.9.1.3),
//! CTAPHID_CBOR with keepalives (§11.2.9.1.2, §11.2.9.2.1), CTAPHID_ERROR
//! (§11.2.9.1.6), CTAPHID_CANCEL (§11.2.9.1.5) and CTAPHID_WINK (§11.2.9.2.1).
//!
//! Why our own layer: the library's `USBToken` neither drops frames addressed
//! to other channels (other programs talk to the same key) nor sends
//! CTAPHID_CANCEL while it waits, and it has no timeout for a silent key.

use std::time::Duration;

use async_trait::async_trait;
use tokio::time::{timeout, timeout_at, Instant};
use webauthn_authenticator_rs::error::{CtapError, WebauthnCError};
use webauthn_authenticator_rs::ui::UiCallback;

use crate::CancelSignal;

/// One HID report, without the report-id byte some OS APIs add.
pub type Report = [u8; REPORT_LEN];
pub const REPORT_LEN: usize = 64;

/// The channel every host may use to ask for a channel of its own.
pub const BROADCAST_CID: u32 = 0xffff_ffff;

/// Payload bytes in an initialization packet: CID(4) CMD(1) BCNTH BCNTL.
pub const INIT_DATA_LEN: usize = REPORT_LEN - 7;
/// Payload bytes in a continuation packet: CID(4) SEQ(1).
pub const CONT_DATA_LEN: usize = REPORT_LEN - 5;
/// Largest message: one initialization packet and 128 continuations.
pub const MAX_MESSAGE_LEN: usize = INIT_DATA_LEN + 128 * CONT_DATA_LEN;

/// Set in the CMD byte of an initialization packet; clear in SEQ.
const TYPE_INIT: u8 = 0x80;

/// CTAPHID command codes (§11.2.9), without the [`TYPE_INIT`] bit.
pub mod command {
    pub const PING: u8 = 0x01;
    pub const INIT: u8 = 0x06;
    pub const WINK: u8 = 0x08;
    pub const CBOR: u8 = 0x10;
    pub const CANCEL: u8 = 0x11;
    pub const KEEPALIVE: u8 = 0x3b;
    pub const ERROR: u8 = 0x3f;
}

/// CTAPHID_KEEPALIVE status byte (§11.2.9.2.1).
const STATUS_PROCESSING: u8 = 1;
const STATUS_UPNEEDED: u8 = 2;

/// One received report, split into its header fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Packet<'a> {
    /// First packet of a message. `data` is all 57 payload bytes; only the
    /// first `bcnt` of the message are meaningful.
    Init {
        cid: u32,
        cmd: u8,
        bcnt: u16,
        data: &'a [u8],
    },
    /// Following packet, `seq` counting from 0.
    Cont { cid: u32, seq: u8, data: &'a [u8] },
}

impl<'a> Packet<'a> {
    pub fn parse(report: &'a Report) -> Self {
        let cid = u32::from_be_bytes([report[0], report[1], report[2], report[3]]);
        if report[4] & TYPE_INIT != 0 {
            Packet::Init {
                cid,
                cmd: report[4] & !TYPE_INIT,
                bcnt: u16::from_be_bytes([report[5], report[6]]),
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

    pub fn cid(&self) -> u32 {
        match self {
            Packet::Init { cid, .. } | Packet::Cont { cid, .. } => *cid,
        }
    }
}

/// Splits one message into reports: an initialization packet, then
/// continuation packets with SEQ 0, 1, ...; unused bytes are zero.
pub fn fragment(cid: u32, cmd: u8, payload: &[u8]) -> Result<Vec<Report>, WebauthnCError> {
    if payload.len() > MAX_MESSAGE_LEN {
        return Err(WebauthnCError::MessageTooLarge);
    }
    let bcnt = u16::try_from(payload.len()).map_err(|_| WebauthnCError::MessageTooLarge)?;
    let (first, rest) = payload.split_at(payload.len().min(INIT_DATA_LEN));

    let mut init = [0u8; REPORT_LEN];
    init[..4].copy_from_slice(&cid.to_be_bytes());
    init[4] = cmd | TYPE_INIT;
    init[5..7].copy_from_slice(&bcnt.to_be_bytes());
    init[7..7 + first.len()].copy_from_slice(first);

    let mut reports = vec![init];
    for (seq, chunk) in rest.chunks(CONT_DATA_LEN).enumerate() {
        let mut cont = [0u8; REPORT_LEN];
        cont[..4].copy_from_slice(&cid.to_be_bytes());
        // At most 128 chunks (checked above), so seq fits in 0..=0x7f.
        cont[4] = seq as u8;
        cont[5..5 + chunk.len()].copy_from_slice(chunk);
        reports.push(cont);
    }
    Ok(reports)
}

/// Joins the packets of one incoming message, checking the sequence.
#[derive(Debug)]
pub struct Reassembly {
    cmd: u8,
    expected: usize,
    payload: Vec<u8>,
    next_seq: u8,
}

impl Reassembly {
    /// Starts from an initialization packet.
    pub fn start(cmd: u8, bcnt: u16, data: &[u8]) -> Result<Self, WebauthnCError> {
        let expected = usize::from(bcnt);
        if expected > MAX_MESSAGE_LEN {
            return Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidLength));
        }
        let mut payload = Vec::with_capacity(expected);
        payload.extend_from_slice(&data[..expected.min(data.len())]);
        Ok(Self {
            cmd,
            expected,
            payload,
            next_seq: 0,
        })
    }

    /// Adds a continuation packet; a SEQ out of order ends the message.
    pub fn push(&mut self, seq: u8, data: &[u8]) -> Result<(), WebauthnCError> {
        if seq != self.next_seq || self.is_complete() {
            return Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidSeq));
        }
        self.next_seq += 1;
        let wanted = self.expected - self.payload.len();
        self.payload
            .extend_from_slice(&data[..wanted.min(data.len())]);
        Ok(())
    }

    pub fn is_complete(&self) -> bool {
        self.payload.len() == self.expected
    }

    pub fn cmd(&self) -> u8 {
        self.cmd
    }

    pub fn into_payload(self) -> Vec<u8> {
        self.payload
    }
}

/// Capability flags of the CTAPHID_INIT response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities(pub u8);

impl Capabilities {
    /// CAPABILITY_WINK: the key can identify itself (blink, beep).
    pub fn wink(self) -> bool {
        self.0 & 0x01 != 0
    }
    /// CAPABILITY_CBOR: the key speaks CTAP2.
    pub fn cbor(self) -> bool {
        self.0 & 0x04 != 0
    }
    /// CAPABILITY_NMSG: the key does not speak CTAP1/U2F.
    pub fn no_msg(self) -> bool {
        self.0 & 0x08 != 0
    }
}

/// The CTAPHID_INIT response (§11.2.9.1.3), after the echoed nonce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChannelInfo {
    pub cid: u32,
    pub protocol_version: u8,
    /// Major, minor, build of the device firmware (vendor-defined).
    pub device_version: (u8, u8, u8),
    pub capabilities: Capabilities,
}

impl ChannelInfo {
    /// Reads an INIT response payload; `None` if it answers another nonce
    /// (another program's INIT on the broadcast channel) or is too short.
    pub fn parse(payload: &[u8], nonce: &[u8; 8]) -> Option<Self> {
        if payload.len() < 17 || payload[..8] != nonce[..] {
            return None;
        }
        Some(Self {
            cid: u32::from_be_bytes([payload[8], payload[9], payload[10], payload[11]]),
            protocol_version: payload[12],
            device_version: (payload[13], payload[14], payload[15]),
            capabilities: Capabilities(payload[16]),
        })
    }
}

/// Raw 64-byte reports to and from one HID device.
#[async_trait]
pub trait HidReports: Send {
    async fn send_report(&mut self, report: &Report) -> Result<(), WebauthnCError>;

    /// Must be cancel-safe: if the future is dropped before it completes,
    /// no report is lost (the channel drops it to send CTAPHID_CANCEL, and
    /// to stop at a timeout).
    async fn recv_report(&mut self) -> Result<Report, WebauthnCError>;
}

/// How long the channel waits for a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Longest silence on our channel (no keepalive, no packet) before a
    /// transaction fails with `Ctap1Timeout`. Keys send keepalives every
    /// 100 ms while they work or wait for a touch.
    pub idle: Duration,
    /// Longest wait, in total, for the key's answer after CTAPHID_CANCEL.
    pub after_cancel: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            idle: Duration::from_secs(5),
            after_cancel: Duration::from_secs(2),
        }
    }
}

fn cancelled() -> WebauthnCError {
    WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel)
}

fn timed_out() -> WebauthnCError {
    WebauthnCError::Ctap(CtapError::Ctap1Timeout)
}

/// One CTAPHID channel on one device: a transaction at a time.
pub struct CtapHidChannel<D: HidReports> {
    device: D,
    cancel: CancelSignal,
    timeouts: Timeouts,
    info: Option<ChannelInfo>,
    /// A transaction was abandoned (timeout, cancel without answer, bad
    /// sequence): its late packets could pass for the next answer, so the
    /// channel is synchronised with CTAPHID_INIT before it is used again.
    needs_resync: bool,
}

impl<D: HidReports> std::fmt::Debug for CtapHidChannel<D> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CtapHidChannel")
            .field("info", &self.info)
            .field("needs_resync", &self.needs_resync)
            .finish_non_exhaustive()
    }
}

/// What the wait for an answer ended with, before it is interpreted.
enum Wait {
    Report(Report),
    CancelRequested,
}

impl<D: HidReports> CtapHidChannel<D> {
    /// A channel that is not allocated yet: call [`init`](Self::init).
    /// `cancel` is watched while a CBOR command waits for the key.
    pub fn new(device: D, cancel: CancelSignal) -> Self {
        Self {
            device,
            cancel,
            timeouts: Timeouts::default(),
            info: None,
            needs_resync: false,
        }
    }

    pub fn with_timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The allocated channel, once [`init`](Self::init) succeeded.
    pub fn info(&self) -> Option<&ChannelInfo> {
        self.info.as_ref()
    }

    /// Allocates a channel on the broadcast CID with a random nonce.
    pub async fn init(&mut self) -> Result<ChannelInfo, WebauthnCError> {
        self.init_with_nonce(random_nonce()).await
    }

    /// [`init`](Self::init) with a given nonce (tests use known bytes).
    pub async fn init_with_nonce(&mut self, nonce: [u8; 8]) -> Result<ChannelInfo, WebauthnCError> {
        let info = self.exchange_init(BROADCAST_CID, nonce).await?;
        self.info = Some(info);
        self.needs_resync = false;
        Ok(info)
    }

    /// Sends a CTAP2 command (command byte + CBOR) and returns the response
    /// body after a zero status byte; a non-zero status is returned as
    /// `WebauthnCError::Ctap`. Keepalives go to `ui`; a cancel request
    /// sends CTAPHID_CANCEL and returns the key's answer to it
    /// (normally `Ctap2KeepAliveCancel`). A signal already raised when the
    /// call starts cancels at once, after the request is sent: the caller
    /// resets the signal before a new operation.
    pub async fn cbor(
        &mut self,
        request: &[u8],
        ui: &dyn UiCallback,
    ) -> Result<Vec<u8>, WebauthnCError> {
        let response = self.transact(command::CBOR, request, Some(ui)).await?;
        let (&status, body) = response
            .split_first()
            .ok_or(WebauthnCError::MessageTooShort)?;
        if status == 0 {
            Ok(body.to_vec())
        } else {
            Err(WebauthnCError::Ctap(CtapError::from(status)))
        }
    }

    /// Asks the key to identify itself; `NotSupported` without
    /// CAPABILITY_WINK (nothing is sent then).
    pub async fn wink(&mut self) -> Result<(), WebauthnCError> {
        let info = self.info.ok_or(WebauthnCError::Internal)?;
        if !info.capabilities.wink() {
            return Err(WebauthnCError::NotSupported);
        }
        self.transact(command::WINK, &[], None).await.map(|_| ())
    }

    /// Sends CTAPHID_CANCEL on our channel. The key does not answer it; it
    /// ends the pending CBOR command with CTAP2_ERR_KEEPALIVE_CANCEL.
    pub async fn send_cancel(&mut self) -> Result<(), WebauthnCError> {
        let info = self.info.ok_or(WebauthnCError::Internal)?;
        for report in fragment(info.cid, command::CANCEL, &[])? {
            self.device.send_report(&report).await?;
        }
        Ok(())
    }

    /// INIT on `on_cid` (broadcast to allocate, our own CID to resync) and
    /// waits for the answer carrying our nonce.
    async fn exchange_init(
        &mut self,
        on_cid: u32,
        nonce: [u8; 8],
    ) -> Result<ChannelInfo, WebauthnCError> {
        for report in fragment(on_cid, command::INIT, &nonce)? {
            self.device.send_report(&report).await?;
        }
        let deadline = Instant::now() + self.timeouts.idle;
        loop {
            let report = timeout_at(deadline, self.device.recv_report())
                .await
                .map_err(|_| timed_out())??;
            match Packet::parse(&report) {
                Packet::Init {
                    cid,
                    cmd: command::INIT,
                    bcnt,
                    data,
                } if cid == on_cid => {
                    let payload = &data[..usize::from(bcnt).min(data.len())];
                    let Some(info) = ChannelInfo::parse(payload, &nonce) else {
                        tracing::debug!("CTAPHID_INIT answer for another nonce, ignored");
                        continue;
                    };
                    if info.cid == 0 || info.cid == BROADCAST_CID {
                        return Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidChannel));
                    }
                    return Ok(info);
                }
                // On the broadcast channel an error may answer another
                // program's INIT; on our own channel it answers ours.
                Packet::Init {
                    cid,
                    cmd: command::ERROR,
                    data,
                    ..
                } if cid == on_cid && on_cid != BROADCAST_CID => {
                    return Err(WebauthnCError::Ctap(CtapError::from(data[0])));
                }
                other => {
                    tracing::trace!(cid = other.cid(), "packet ignored while waiting for INIT");
                }
            }
        }
    }

    /// Re-synchronises our channel after an abandoned transaction: INIT on
    /// our CID makes the key drop what it was doing (§11.2.9.1.3). If the
    /// key no longer knows the channel, a new one is allocated.
    async fn resync(&mut self) -> Result<(), WebauthnCError> {
        let info = self.info.ok_or(WebauthnCError::Internal)?;
        let synced = match self.exchange_init(info.cid, random_nonce()).await {
            Ok(info) => info,
            Err(e) => {
                tracing::debug!("resync on own channel failed ({e:?}); allocating a new one");
                self.exchange_init(BROADCAST_CID, random_nonce()).await?
            }
        };
        self.info = Some(synced);
        self.needs_resync = false;
        Ok(())
    }

    /// Sends one request and waits for the answer with the same command.
    /// `ui` is set for commands that may wait for the user; those listen
    /// to the cancel signal too.
    async fn transact(
        &mut self,
        cmd: u8,
        payload: &[u8],
        ui: Option<&dyn UiCallback>,
    ) -> Result<Vec<u8>, WebauthnCError> {
        if self.needs_resync {
            self.resync().await?;
        }
        let cid = self.info.ok_or(WebauthnCError::Internal)?.cid;
        let reports = fragment(cid, cmd, payload)?;

        // Until a whole answer arrives, a failure leaves the key's answer
        // in flight.
        self.needs_resync = true;
        for report in &reports {
            self.device.send_report(report).await?;
        }

        let listen_to_cancel = ui.is_some();
        let mut idle_deadline = Instant::now() + self.timeouts.idle;
        let mut cancel_deadline: Option<Instant> = None;
        let mut last_status: Option<u8> = None;
        let mut assembly: Option<Reassembly> = None;

        loop {
            let deadline = match cancel_deadline {
                Some(c) => c.min(idle_deadline),
                None => idle_deadline,
            };
            let wait = if listen_to_cancel && cancel_deadline.is_none() {
                tokio::select! {
                    received = timeout_at(deadline, self.device.recv_report()) => {
                        received.map(|r| r.map(Wait::Report))
                    }
                    () = self.cancel.cancelled() => Ok(Ok(Wait::CancelRequested)),
                }
            } else {
                timeout_at(deadline, self.device.recv_report())
                    .await
                    .map(|r| r.map(Wait::Report))
            };

            let report = match wait {
                Err(_elapsed) if cancel_deadline.is_some() => {
                    tracing::warn!("key did not answer CTAPHID_CANCEL in time");
                    return Err(cancelled());
                }
                Err(_elapsed) => return Err(timed_out()),
                Ok(Err(e)) => return Err(e),
                Ok(Ok(Wait::CancelRequested)) => {
                    cancel_deadline = Some(Instant::now() + self.timeouts.after_cancel);
                    // Bounded: a device stuck in a read must not hang us.
                    match timeout(self.timeouts.after_cancel, self.send_cancel()).await {
                        Ok(sent) => sent?,
                        Err(_) => return Err(cancelled()),
                    }
                    continue;
                }
                Ok(Ok(Wait::Report(report))) => report,
            };

            let packet = Packet::parse(&report);
            if packet.cid() != cid {
                tracing::trace!(cid = packet.cid(), "packet for another channel ignored");
                continue;
            }
            idle_deadline = Instant::now() + self.timeouts.idle;

            match packet {
                Packet::Init {
                    cmd: command::KEEPALIVE,
                    data,
                    ..
                } => {
                    let status = data[0];
                    // Keys repeat keepalives every 100 ms; tell the user
                    // only when the reason changes.
                    if last_status != Some(status) {
                        last_status = Some(status);
                        if let Some(ui) = ui {
                            match status {
                                STATUS_PROCESSING => ui.processing(),
                                STATUS_UPNEEDED => ui.request_touch(),
                                _ => {}
                            }
                        }
                    }
                }
                Packet::Init {
                    cmd: command::ERROR,
                    data,
                    ..
                } => {
                    self.needs_resync = false;
                    return Err(WebauthnCError::Ctap(CtapError::from(data[0])));
                }
                Packet::Init {
                    cmd: answer,
                    bcnt,
                    data,
                    ..
                } if answer == cmd => {
                    if assembly.is_some() {
                        return Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidSeq));
                    }
                    assembly = Some(Reassembly::start(answer, bcnt, data)?);
                }
                Packet::Init { cmd: other, .. } => {
                    tracing::debug!(cmd = other, "unexpected CTAPHID command ignored");
                }
                Packet::Cont { seq, data, .. } => match assembly.as_mut() {
                    Some(message) => message.push(seq, data)?,
                    None => tracing::debug!(seq, "continuation without a message ignored"),
                },
            }

            if assembly.as_ref().is_some_and(Reassembly::is_complete) {
                self.needs_resync = false;
                return Ok(assembly.map(Reassembly::into_payload).unwrap_or_default());
            }
        }
    }
}

fn random_nonce() -> [u8; 8] {
    use rand::Rng;
    let mut nonce = [0u8; 8];
    rand::rng().fill_bytes(&mut nonce);
    nonce
}

#[cfg(test)]
#[path = "ctaphid_tests.rs"]
mod tests;
