//! The FIDO applet of a contactless card (CTAP 2.1 §11.3, "ISO7816, ISO14443
//! and Near Field Communication (NFC)") around any library `Token`, so the
//! virtual key can be reached through a real PC/SC stack.
//!
//! - §11.3.3 applet selection: SELECT of AID A0000006472F0001 answers the
//!   version string ("FIDO_2_0" or "U2F_V2") with 9000.
//! - §11.3.4 framing: NFCCTAP_MSG (CLA 80, INS 10) carries command byte +
//!   CBOR; the answer is the CTAP status byte + CBOR.
//! - §11.3.5 fragmentation: ISO 7816-4 chaining (CLA 90) and extended length
//!   on the way in, GET RESPONSE (61xx) on the way out.
//! - §11.3.6 keepalive: with P1 bit 0x80 the client accepts SW 9100 plus a
//!   status byte (processing / user presence needed) while the key waits, and
//!   polls with NFCCTAP_GETRESPONSE (INS 11).
//!
//! Power: a card is powered by the reader's field, so every power-up starts
//! the key afresh (the virtual key's replug: PIN tokens gone, reset window
//! open) and a power-off abandons whatever the key was doing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;
use tokio::task::JoinHandle;
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;
use webauthn_authenticator_rs::types::{CableRequestType, CableState, EnrollSampleStatus};
use webauthn_authenticator_rs::ui::UiCallback;

use super::apdu::{self, ChainAssembler, CommandApdu, ResponseQueue, StatusWord, INS_GET_RESPONSE};

/// The FIDO applet's AID (CTAP 2.1 §11.3.3).
pub const FIDO_AID: [u8; 8] = [0xA0, 0x00, 0x00, 0x06, 0x47, 0x2F, 0x00, 0x01];

const INS_SELECT: u8 = 0xA4;
const INS_NFCCTAP_MSG: u8 = 0x10;
const INS_NFCCTAP_GETRESPONSE: u8 = 0x11;
/// NFCCTAP_CONTROL; P1 01 ends the CTAP session (the library's "deselect").
const INS_NFCCTAP_CONTROL: u8 = 0x12;
const CLA_ISO: u8 = 0x00;
const CLA_PROPRIETARY: u8 = 0x80;
/// NFCCTAP_MSG P1 bit: the client understands SW 9100 keepalives.
const P1_GETRESPONSE_SUPPORTED: u8 = 0x80;
/// Keepalive status bytes (the CTAPHID_KEEPALIVE values, §11.2.9.1.6).
const STATUS_PROCESSING: u8 = 0x01;
const STATUS_UPNEEDED: u8 = 0x02;

/// An answer-to-reset for a contactless ISO 14443-4 card as PC/SC part 3
/// builds it (TD1 80, TD2 01 = T=1), with historical bytes advertising
/// command chaining and extended Lc/Le (card capabilities tag 7) and
/// "KeyGuide" as card issuer's data (tag 5). The last byte is the checksum.
pub const FIDO_CARD_ATR: [u8; 19] = atr_with_checksum([
    0x3B, 0x8E, 0x80, 0x01, // TS, T0 (14 historical bytes), TD1, TD2
    0x80, // category indicator: compact TLV follows
    0x73, 0xC0, 0x21, 0xC0, // card capabilities: chaining, extended Lc/Le
    0x58, b'K', b'e', b'y', b'G', b'u', b'i', b'd', b'e', // issuer's data
    0x00, // TCK, filled in below
]);

const fn atr_with_checksum(mut atr: [u8; 19]) -> [u8; 19] {
    // TCK makes the XOR of T0..TCK zero (ISO 7816-3 §8.2.5).
    let mut tck = 0u8;
    let mut i = 1;
    while i < atr.len() - 1 {
        tck ^= atr[i];
        i += 1;
    }
    atr[atr.len() - 1] = tck;
    atr
}

/// What SELECT answers, per the key's profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AppletVersion {
    /// A CTAP2-only authenticator.
    #[default]
    Fido2,
    /// An authenticator that also speaks U2F (CTAP1).
    U2fV2,
}

impl AppletVersion {
    pub fn select_answer(self) -> &'static [u8] {
        match self {
            AppletVersion::Fido2 => b"FIDO_2_0",
            AppletVersion::U2fV2 => b"U2F_V2",
        }
    }
}

/// A command the key is still working on (waiting for a touch, say).
struct InFlight {
    task: JoinHandle<Result<Vec<u8>, WebauthnCError>>,
    touch_requested: Arc<AtomicBool>,
    max_response_len: usize,
}

/// The FIDO applet: turns command APDUs into CTAP calls on `token`.
pub struct FidoApplet<T: Token + 'static> {
    token: Arc<Mutex<T>>,
    version: AppletVersion,
    on_power_up: Option<Box<dyn FnMut() + Send>>,
    keepalive_interval: Duration,
    selected: bool,
    chain: ChainAssembler,
    pending_answer: ResponseQueue,
    in_flight: Option<InFlight>,
}

impl<T: Token + 'static> std::fmt::Debug for FidoApplet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FidoApplet")
            .field("version", &self.version)
            .field("selected", &self.selected)
            .field("in_flight", &self.in_flight.is_some())
            .finish()
    }
}

impl<T: Token + 'static> FidoApplet<T> {
    pub fn new(token: T) -> Self {
        Self {
            token: Arc::new(Mutex::new(token)),
            version: AppletVersion::default(),
            on_power_up: None,
            keepalive_interval: Duration::from_millis(100),
            selected: false,
            chain: ChainAssembler::default(),
            pending_answer: ResponseQueue::default(),
            in_flight: None,
        }
    }

    /// Chooses the SELECT answer.
    pub fn with_version(mut self, version: AppletVersion) -> Self {
        self.version = version;
        self
    }

    /// Runs `hook` whenever the card is powered up or reset (for the virtual
    /// key: its control's `replug`, which starts the reset window).
    pub fn on_power_up(mut self, hook: impl FnMut() + Send + 'static) -> Self {
        self.on_power_up = Some(Box::new(hook));
        self
    }

    /// How long a keepalive-capable exchange waits for the key before
    /// answering 9100 (a real card answers within its frame waiting time).
    pub fn with_keepalive_interval(mut self, interval: Duration) -> Self {
        self.keepalive_interval = interval;
        self
    }

    /// The answer-to-reset the card presents.
    pub fn atr(&self) -> &'static [u8] {
        &FIDO_CARD_ATR
    }

    /// The card entered the field, or the reader reset it.
    pub fn power_up(&mut self) {
        self.power_off();
        if let Some(hook) = self.on_power_up.as_mut() {
            hook();
        }
    }

    /// The card left the field: nothing half-done survives.
    pub fn power_off(&mut self) {
        self.selected = false;
        self.chain.clear();
        self.pending_answer.clear();
        if let Some(in_flight) = self.in_flight.take() {
            in_flight.task.abort();
        }
    }

    /// Answers one command APDU with a response APDU (data + SW1 SW2).
    pub async fn process(&mut self, raw: &[u8]) -> Vec<u8> {
        let part = match CommandApdu::parse(raw) {
            Ok(apdu) => apdu,
            Err(sw) => return apdu::status(sw),
        };
        if part.class() != CLA_ISO && part.class() != CLA_PROPRIETARY {
            return apdu::status(StatusWord::CLA_NOT_SUPPORTED);
        }
        if part.ins == INS_GET_RESPONSE && !part.is_chained() && !self.chain.in_progress() {
            return self.pending_answer.get_response(&part);
        }
        // Any other command drops an answer that was not fetched.
        self.pending_answer.clear();
        let command = match self.chain.push(part) {
            Ok(Some(whole)) => whole,
            Ok(None) => return apdu::status(StatusWord::OK),
            Err(sw) => return apdu::status(sw),
        };
        match (command.class(), command.ins) {
            (CLA_ISO, INS_SELECT) => self.select(&command),
            (_, INS_SELECT) => apdu::status(StatusWord::CLA_NOT_SUPPORTED),
            _ if !self.selected => apdu::status(StatusWord::CONDITIONS_NOT_SATISFIED),
            (CLA_PROPRIETARY, INS_NFCCTAP_MSG) => self.ctap_msg(&command).await,
            (CLA_PROPRIETARY, INS_NFCCTAP_GETRESPONSE) => self.ctap_get_response(&command).await,
            (CLA_PROPRIETARY, INS_NFCCTAP_CONTROL) => self.ctap_control(&command),
            _ => apdu::status(StatusWord::INS_NOT_SUPPORTED),
        }
    }

    fn select(&mut self, command: &CommandApdu) -> Vec<u8> {
        if command.p1 != 0x04 || (command.p2 & !0x0C) != 0 {
            return apdu::status(StatusWord::INCORRECT_P1_P2);
        }
        if command.data != FIDO_AID {
            // Selecting another application leaves ours.
            self.deselect();
            return apdu::status(StatusWord::FILE_NOT_FOUND);
        }
        self.deselect();
        self.selected = true;
        apdu::response(self.version.select_answer(), StatusWord::OK)
    }

    fn deselect(&mut self) {
        self.selected = false;
        if let Some(in_flight) = self.in_flight.take() {
            in_flight.task.abort();
        }
    }

    async fn ctap_msg(&mut self, command: &CommandApdu) -> Vec<u8> {
        if command.p2 != 0 || (command.p1 & !P1_GETRESPONSE_SUPPORTED) != 0 {
            return apdu::status(StatusWord::INCORRECT_P1_P2);
        }
        if command.data.is_empty() {
            return apdu::status(StatusWord::WRONG_LENGTH);
        }
        if self.in_flight.is_some() {
            // One CTAP command at a time (§11.3.6: poll the running one).
            return apdu::status(StatusWord::CONDITIONS_NOT_SATISFIED);
        }
        let touch_requested = Arc::new(AtomicBool::new(false));
        let ui = CardUi {
            touch_requested: touch_requested.clone(),
        };
        let token = self.token.clone();
        let cbor = command.data.clone();
        let task = tokio::spawn(async move {
            let mut token = token.lock().await;
            token.transmit_raw(&cbor, &ui).await
        });
        self.in_flight = Some(InFlight {
            task,
            touch_requested,
            max_response_len: command.max_response_len(),
        });
        let keepalives = command.p1 & P1_GETRESPONSE_SUPPORTED != 0;
        self.finish_or_keepalive(keepalives).await
    }

    async fn ctap_get_response(&mut self, command: &CommandApdu) -> Vec<u8> {
        if command.p1 != 0 || command.p2 != 0 {
            return apdu::status(StatusWord::INCORRECT_P1_P2);
        }
        if self.in_flight.is_none() {
            return apdu::status(StatusWord::CONDITIONS_NOT_SATISFIED);
        }
        self.finish_or_keepalive(true).await
    }

    fn ctap_control(&mut self, command: &CommandApdu) -> Vec<u8> {
        match (command.p1, command.p2) {
            (0x01, 0x00) => {
                self.deselect();
                apdu::status(StatusWord::OK)
            }
            _ => apdu::status(StatusWord::INCORRECT_P1_P2),
        }
    }

    /// Waits for the running command: to the end, or (for clients that
    /// accept keepalives) one interval, then answers 9100 + status byte.
    async fn finish_or_keepalive(&mut self, keepalives: bool) -> Vec<u8> {
        let Some(in_flight) = self.in_flight.as_mut() else {
            return apdu::status(StatusWord::CONDITIONS_NOT_SATISFIED);
        };
        let joined = if keepalives {
            match tokio::time::timeout(self.keepalive_interval, &mut in_flight.task).await {
                Ok(joined) => joined,
                Err(_) => {
                    let status = if in_flight.touch_requested.load(Ordering::SeqCst) {
                        STATUS_UPNEEDED
                    } else {
                        STATUS_PROCESSING
                    };
                    return apdu::response(&[status], StatusWord::CTAP_KEEPALIVE);
                }
            }
        } else {
            (&mut in_flight.task).await
        };
        let max_len = in_flight.max_response_len;
        self.in_flight = None;
        let answer = match joined {
            Ok(result) => ctap_answer(result),
            Err(e) => {
                tracing::warn!("the key's task ended abnormally: {e}");
                return apdu::status(StatusWord::NO_PRECISE_DIAGNOSIS);
            }
        };
        self.pending_answer.start(answer, max_len)
    }
}

/// Puts the CTAP status byte back in front of the CBOR body (the `Token`
/// convention strips it).
fn ctap_answer(result: Result<Vec<u8>, WebauthnCError>) -> Vec<u8> {
    match result {
        Ok(body) => {
            let mut out = Vec::with_capacity(body.len() + 1);
            out.push(0x00);
            out.extend_from_slice(&body);
            out
        }
        Err(WebauthnCError::Ctap(e)) => vec![u8::from(e)],
        Err(WebauthnCError::Cancelled) => vec![u8::from(CtapError::Ctap2KeepAliveCancel)],
        Err(other) => {
            tracing::warn!("the key failed outside CTAP: {other}");
            // CTAP1_ERR_OTHER (§8.2).
            vec![0x7F]
        }
    }
}

/// The key's prompts, as far as a card can show them: a touch request turns
/// keepalives into STATUS_UPNEEDED.
#[derive(Debug)]
struct CardUi {
    touch_requested: Arc<AtomicBool>,
}

impl UiCallback for CardUi {
    fn request_pin(&self) -> Option<String> {
        None
    }

    fn request_touch(&self) {
        self.touch_requested.store(true, Ordering::SeqCst);
    }

    fn processing(&self) {}

    fn fingerprint_enrollment_feedback(
        &self,
        _remaining_samples: u32,
        _feedback: Option<EnrollSampleStatus>,
    ) {
    }

    fn cable_qr_code(&self, _request_type: CableRequestType, _url: String) {}

    fn dismiss_qr_code(&self) {}

    fn cable_status_update(&self, _state: CableState) {}
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use async_trait::async_trait;
    use std::sync::atomic::AtomicU32;
    use tokio::sync::Notify;
    use webauthn_authenticator_rs::nfc::Atr;
    use webauthn_rs_proto::AuthenticatorTransport;

    /// A tiny stand-in for a key: getInfo (0x04) answers a long body,
    /// command 0x40 echoes its input, 0x07 (reset) waits for a touch,
    /// anything else is CTAP1_ERR_INVALID_COMMAND.
    #[derive(Debug, Clone, Default)]
    pub(crate) struct FakeToken {
        pub touch: Arc<Notify>,
        pub commands: Arc<AtomicU32>,
    }

    pub(crate) const FAKE_INFO_LEN: usize = 700;

    #[async_trait]
    impl Token for FakeToken {
        type Id = ();

        fn get_transport(&self) -> AuthenticatorTransport {
            AuthenticatorTransport::Nfc
        }

        async fn transmit_raw<U: UiCallback>(
            &mut self,
            cmd: &[u8],
            ui: &U,
        ) -> Result<Vec<u8>, WebauthnCError> {
            self.commands.fetch_add(1, Ordering::SeqCst);
            match cmd.first() {
                Some(0x04) => Ok((0..FAKE_INFO_LEN).map(|i| (i % 251) as u8).collect()),
                Some(0x40) => Ok(cmd[1..].to_vec()),
                Some(0x07) => {
                    ui.request_touch();
                    self.touch.notified().await;
                    Ok(Vec::new())
                }
                _ => Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidCommand)),
            }
        }

        async fn cancel(&mut self) -> Result<(), WebauthnCError> {
            Ok(())
        }

        async fn init(&mut self) -> Result<(), WebauthnCError> {
            Ok(())
        }

        async fn close(&mut self) -> Result<(), WebauthnCError> {
            Ok(())
        }
    }

    fn h(text: &str) -> Vec<u8> {
        hex::decode(text.replace(' ', "")).expect("test hex")
    }

    const SELECT: &str = "00 A4 04 00 08 A0 00 00 06 47 2F 00 01 00";

    fn selected_applet() -> (FidoApplet<FakeToken>, FakeToken) {
        let token = FakeToken::default();
        (FidoApplet::new(token.clone()), token)
    }

    #[test]
    fn the_atr_parses_as_a_t1_card_with_chaining_and_extended_lengths() {
        let atr = Atr::try_from(&FIDO_CARD_ATR[..]).expect("library parses our ATR");
        assert!(!atr.storage_card);
        assert!(atr.protocols.contains(&1));
        assert_eq!(atr.command_chaining, Some(true));
        assert_eq!(atr.extended_lc, Some(true));
        assert_eq!(atr.card_issuers_data.as_deref(), Some(&b"KeyGuide"[..]));
    }

    #[tokio::test]
    async fn select_answers_the_version_string() {
        let (mut applet, _) = selected_applet();
        assert_eq!(
            applet.process(&h(SELECT)).await,
            b"FIDO_2_0\x90\x00".to_vec()
        );
        let mut u2f = FidoApplet::new(FakeToken::default()).with_version(AppletVersion::U2fV2);
        assert_eq!(u2f.process(&h(SELECT)).await, b"U2F_V2\x90\x00".to_vec());
    }

    #[tokio::test]
    async fn another_aid_is_not_found_and_ctap_needs_selection() {
        let (mut applet, token) = selected_applet();
        // The PIV AID.
        let piv = h("00 A4 04 00 0B A0 00 00 03 08 00 00 10 00 01 00 00");
        assert_eq!(applet.process(&piv).await, h("6A 82"));
        assert_eq!(applet.process(&h("80 10 00 00 01 04 00")).await, h("69 85"));
        assert_eq!(token.commands.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn unknown_class_and_instruction_are_refused() {
        let (mut applet, _) = selected_applet();
        applet.process(&h(SELECT)).await;
        assert_eq!(applet.process(&h("FF CA 00 00 00")).await, h("6E 00"));
        assert_eq!(applet.process(&h("80 55 00 00 00")).await, h("6D 00"));
        assert_eq!(applet.process(&h("80 10 01 00 01 04 00")).await, h("6A 86"));
        assert_eq!(applet.process(&h("80 10 00")).await, h("67 00"));
    }

    #[tokio::test]
    async fn nfcctap_msg_puts_the_status_byte_before_the_cbor() {
        let (mut applet, _) = selected_applet();
        applet.process(&h(SELECT)).await;
        // Echo command: status 00, then the body, then 9000.
        assert_eq!(
            applet.process(&h("80 10 00 00 03 40 A1 01 00")).await,
            h("00 A1 01 90 00")
        );
        // A CTAP error comes back as its status byte with SW 9000.
        assert_eq!(
            applet.process(&h("80 10 00 00 01 99 00")).await,
            h("01 90 00")
        );
    }

    #[tokio::test]
    async fn chained_command_and_get_response_carry_long_messages() {
        let (mut applet, _) = selected_applet();
        applet.process(&h(SELECT)).await;
        // A 300-byte echo sent as two chained short APDUs (CLA 90 then 80).
        let body: Vec<u8> = (0..299u32).map(|i| i as u8).collect();
        let mut message = vec![0x40];
        message.extend_from_slice(&body);
        let mut first = vec![0x90, 0x10, 0x00, 0x00, 200];
        first.extend_from_slice(&message[..200]);
        assert_eq!(applet.process(&first).await, h("90 00"));
        let mut last = vec![0x80, 0x10, 0x00, 0x00, 100];
        last.extend_from_slice(&message[200..]);
        last.push(0x00);
        let answer = applet.process(&last).await;
        // 1 status byte + 299 = 300 bytes: 256 now, 44 by GET RESPONSE.
        assert_eq!(&answer[256..], &[0x61, 44]);
        let rest = applet.process(&h("80 C0 00 00 2C")).await;
        assert_eq!(&rest[44..], &[0x90, 0x00]);
        let joined = [&answer[..256], &rest[..44]].concat();
        assert_eq!(joined[0], 0x00);
        assert_eq!(&joined[1..], &body[..]);
    }

    #[tokio::test]
    async fn extended_apdus_get_the_whole_answer_at_once() {
        let (mut applet, _) = selected_applet();
        applet.process(&h(SELECT)).await;
        let answer = applet.process(&h("80 10 00 00 00 00 01 04 00 00")).await;
        assert_eq!(answer.len(), 1 + FAKE_INFO_LEN + 2);
        assert_eq!(&answer[answer.len() - 2..], &[0x90, 0x00]);
    }

    #[tokio::test]
    async fn keepalives_report_user_presence_needed_until_the_touch() {
        let (mut applet, token) = selected_applet();
        applet.process(&h(SELECT)).await;
        // P1 80: the client accepts 9100 keepalives.
        let first = applet.process(&h("80 10 80 00 01 07 00")).await;
        assert_eq!(
            first,
            h("02 91 00"),
            "STATUS_UPNEEDED while waiting for the touch"
        );
        let poll = h("80 11 00 00 00");
        assert_eq!(applet.process(&poll).await, h("02 91 00"));
        // A second CTAP command while one runs is refused.
        assert_eq!(applet.process(&h("80 10 80 00 01 04 00")).await, h("69 85"));
        token.touch.notify_one();
        let mut answer = applet.process(&poll).await;
        for _ in 0..50 {
            if answer != h("02 91 00") {
                break;
            }
            answer = applet.process(&poll).await;
        }
        assert_eq!(answer, h("00 90 00"), "success once touched");
        assert_eq!(
            applet.process(&poll).await,
            h("69 85"),
            "nothing left to poll"
        );
    }

    #[tokio::test]
    async fn power_cycle_deselects_drops_the_running_command_and_calls_the_hook() {
        let powered = Arc::new(AtomicU32::new(0));
        let (applet, _token) = selected_applet();
        let mut applet = applet.on_power_up({
            let powered = powered.clone();
            move || {
                powered.fetch_add(1, Ordering::SeqCst);
            }
        });
        applet.process(&h(SELECT)).await;
        assert_eq!(
            applet.process(&h("80 10 80 00 01 07 00")).await,
            h("02 91 00")
        );
        applet.power_up();
        assert_eq!(powered.load(Ordering::SeqCst), 1);
        assert_eq!(applet.process(&h("80 11 00 00 00")).await, h("69 85"));
        applet.process(&h(SELECT)).await;
        assert_eq!(applet.process(&h("80 11 00 00 00")).await, h("69 85"));
        // The key is usable again: a new command runs.
        assert_eq!(
            applet.process(&h("80 10 00 00 02 40 F6 00")).await,
            h("00 F6 90 00")
        );
    }

    #[tokio::test]
    async fn the_library_end_of_session_command_is_accepted() {
        let (mut applet, _) = selected_applet();
        applet.process(&h(SELECT)).await;
        assert_eq!(applet.process(&h("80 12 01 00 00")).await, h("90 00"));
        assert_eq!(applet.process(&h("80 10 00 00 01 04 00")).await, h("69 85"));
    }
}
