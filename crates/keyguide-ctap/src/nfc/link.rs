//! CTAP over an ISO 7816-4 channel (CTAP 2.1 §11.3): the applet SELECT,
//! NFCCTAP_MSG with keepalives (SW 9100) polled by NFCCTAP_GETRESPONSE,
//! response chaining (61xx / GET RESPONSE), and the choice between
//! extended and short (chained) length fields.
//!
//! Synchronous and independent of PC/SC: it talks to an [`ApduChannel`],
//! which is a PC/SC transaction in the product and a scripted card in the
//! tests below.

use std::time::{Duration, Instant};

use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;

use super::apdu::{self, sw, Command, LengthForm, Response};
use crate::CancelSignal;

/// Sends one command APDU and returns the card's raw response APDU.
pub trait ApduChannel {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, pcsc::Error>;
}

impl<F: FnMut(&[u8]) -> Result<Vec<u8>, pcsc::Error>> ApduChannel for F {
    fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, pcsc::Error> {
        self(apdu)
    }
}

/// Keepalive status bytes (the CTAPHID_KEEPALIVE values, §11.2.9.2.1).
pub const STATUS_PROCESSING: u8 = 1;
pub const STATUS_UPNEEDED: u8 = 2;

/// How many NFCCTAP_GETRESPONSE polls a cancel waits for the key's answer
/// before it falls back to selecting the applet again.
const CANCEL_POLLS: usize = 20;

/// How long a key may answer 9100 before the client stops it and reports
/// a timeout. CTAP sets no limit; keys give up waiting for a touch on their
/// own after about 30 s (CTAP2_ERR_USER_ACTION_TIMEOUT), so this only ends
/// a key that would keep the exchange going forever.
pub const KEEPALIVE_LIMIT: Duration = Duration::from_secs(120);

/// The most response data one command may gather through 61xx / GET
/// RESPONSE: an extended Le's maximum. A card announcing more data forever
/// ends with an error instead of growing the answer without end.
const MAX_RESPONSE_DATA: usize = apdu::EXTENDED_MAX_LE;
/// GET RESPONSEs per command: enough for the largest answer in the
/// smallest steps a real card uses, and a bound when it sends 61xx with no
/// data.
const MAX_GET_RESPONSES: usize = 1024;

/// What the client knows of one card connection.
#[derive(Debug)]
pub struct Link {
    form: LengthForm,
    selected: bool,
    /// The applet's SELECT answer ("FIDO_2_0" or "U2F_V2").
    version: Option<Vec<u8>>,
    keepalive_limit: Duration,
}

impl Link {
    /// Extended lengths when the card's ATR says it takes them; otherwise
    /// short APDUs with chaining.
    pub fn for_atr(atr: &[u8]) -> Self {
        let extended = apdu::card_capabilities(atr).is_some_and(|c| c.extended_length);
        Link {
            form: if extended {
                LengthForm::Extended
            } else {
                LengthForm::Short
            },
            selected: false,
            version: None,
            keepalive_limit: KEEPALIVE_LIMIT,
        }
    }

    /// Another limit than [`KEEPALIVE_LIMIT`] (tests and fuzzing).
    pub fn with_keepalive_limit(mut self, limit: Duration) -> Self {
        self.keepalive_limit = limit;
        self
    }

    pub fn form(&self) -> LengthForm {
        self.form
    }

    pub fn is_selected(&self) -> bool {
        self.selected
    }

    pub fn version(&self) -> Option<&[u8]> {
        self.version.as_deref()
    }

    /// The card was reset or reconnected: its applet must be selected again.
    pub fn forget_selection(&mut self) {
        self.selected = false;
    }

    fn max_response(&self) -> usize {
        match self.form {
            LengthForm::Extended => apdu::EXTENDED_MAX_LE,
            LengthForm::Short => apdu::SHORT_MAX_LE,
        }
    }

    /// Selects the FIDO applet (§11.3.3). A card without it is
    /// `NotSupported`: not a security key.
    pub fn select(&mut self, card: &mut dyn ApduChannel) -> Result<(), WebauthnCError> {
        // SELECT always fits a short APDU, which every card accepts
        // (ISO 7816-4); the length form is chosen for CTAP messages only.
        let answer = self.send_form(card, &Command::select_fido(), LengthForm::Short)?;
        if answer.sw != sw::OK {
            tracing::debug!(sw = answer.sw, "SELECT of the FIDO applet refused");
            self.selected = false;
            return Err(WebauthnCError::NotSupported);
        }
        self.selected = true;
        self.version = Some(answer.data);
        Ok(())
    }

    /// One CTAP exchange: command byte + CBOR in, the body of a status-0
    /// answer out (a non-zero CTAP status is `WebauthnCError::Ctap`).
    /// `on_status` hears each keepalive status byte; `cancel` is checked
    /// between polls and stops the key (CTAP2_ERR_KEEPALIVE_CANCEL).
    pub fn ctap(
        &mut self,
        card: &mut dyn ApduChannel,
        cbor: &[u8],
        on_status: &mut dyn FnMut(u8),
        cancel: &CancelSignal,
    ) -> Result<Vec<u8>, WebauthnCError> {
        if !self.selected {
            self.select(card)?;
        }
        let msg = Command::ctap_msg(cbor, self.max_response());
        let mut answer = self.send(card, &msg)?;
        if matches!(
            answer.sw,
            sw::CONDITIONS_NOT_SATISFIED | sw::INS_NOT_SUPPORTED | sw::CLA_NOT_SUPPORTED
        ) {
            // Another program selected another applet between our
            // transactions: the command never ran. Select ours, send again.
            tracing::debug!(
                sw = answer.sw,
                "applet not selected any more; selecting again"
            );
            self.select(card)?;
            answer = self.send(card, &msg)?;
        }
        let mut last_status = None;
        let deadline = Instant::now() + self.keepalive_limit;
        loop {
            match answer.sw {
                sw::OK => return ctap_body(answer.data),
                sw::CTAP_KEEPALIVE => {
                    let status = answer.data.first().copied().unwrap_or(STATUS_PROCESSING);
                    if last_status != Some(status) {
                        last_status = Some(status);
                        on_status(status);
                    }
                    if cancel.is_cancelled() {
                        return self.cancel_running(card);
                    }
                    if Instant::now() >= deadline {
                        tracing::debug!("the key kept answering 9100 too long; stopping it");
                        return match self.cancel_running(card) {
                            Err(WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel)) => {
                                Err(WebauthnCError::Ctap(CtapError::Ctap1Timeout))
                            }
                            other => other,
                        };
                    }
                    let poll = Command::ctap_get_response(false, self.max_response());
                    answer = self.send(card, &poll)?;
                }
                other => {
                    tracing::debug!(sw = other, "unexpected status word for a CTAP command");
                    return Err(WebauthnCError::ApduTransmission);
                }
            }
        }
    }

    /// Stops the command the key is working on: NFCCTAP_GETRESPONSE with
    /// P1 0x11, then the key's final answer; a key that refuses that P1 is
    /// stopped by selecting the applet again (ISO 7816-4: a new SELECT
    /// ends what the application was doing).
    fn cancel_running(&mut self, card: &mut dyn ApduChannel) -> Result<Vec<u8>, WebauthnCError> {
        let cancelled = Err(WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel));
        let mut answer = self.send(card, &Command::ctap_get_response(true, self.max_response()))?;
        for _ in 0..CANCEL_POLLS {
            match answer.sw {
                sw::OK => {
                    // The key's last word: usually KEEPALIVE_CANCEL, or the
                    // command finished first (then it did happen).
                    return ctap_body(answer.data);
                }
                sw::CTAP_KEEPALIVE => {
                    answer = self.send(
                        card,
                        &Command::ctap_get_response(false, self.max_response()),
                    )?;
                }
                _ => break,
            }
        }
        self.select(card)?;
        cancelled
    }

    /// Sends one command: chained parts in short form, GET RESPONSE while
    /// the card says 61xx, Le corrected on 6Cxx. A card that refuses an
    /// extended APDU with 6700 gets short ones from then on.
    pub fn send(
        &mut self,
        card: &mut dyn ApduChannel,
        command: &Command,
    ) -> Result<Response, WebauthnCError> {
        let answer = self.send_form(card, command, self.form)?;
        if self.form == LengthForm::Extended && answer.sw == sw::WRONG_LENGTH {
            tracing::debug!("extended APDU refused; using short APDUs with this card");
            self.form = LengthForm::Short;
            let mut short = command.clone();
            short.ne = short.ne.map(|n| n.min(apdu::SHORT_MAX_LE));
            return self.send_form(card, &short, LengthForm::Short);
        }
        Ok(answer)
    }

    fn send_form(
        &mut self,
        card: &mut dyn ApduChannel,
        command: &Command,
        form: LengthForm,
    ) -> Result<Response, WebauthnCError> {
        let parts = command.encode(form);
        let last = parts.len() - 1;
        let mut answer = None;
        for (i, part) in parts.iter().enumerate() {
            let response = exchange(card, part)?;
            if i < last && response.sw != sw::OK {
                // The card refused a part of the chain: that is its answer.
                return Ok(response);
            }
            answer = Some((part, response));
        }
        let (last_part, mut response) = answer.ok_or(WebauthnCError::Internal)?;
        if response.sw1() == sw::WRONG_LE_SW1 {
            // 6Cxx: the same command again with Le = xx.
            let mut again = last_part.clone();
            if let Some(le) = again.last_mut() {
                *le = response.sw2();
            }
            response = exchange(card, &again)?;
        }
        let mut data = std::mem::take(&mut response.data);
        let mut fetches = 0;
        while response.sw1() == sw::MORE_DATA_SW1 {
            fetches += 1;
            if fetches > MAX_GET_RESPONSES {
                tracing::debug!("the card announced more data too often");
                return Err(WebauthnCError::ApduTransmission);
            }
            let get = Command::get_response(response.sw2()).encode(LengthForm::Short);
            response = exchange(card, &get[0])?;
            data.append(&mut response.data);
            if data.len() > MAX_RESPONSE_DATA {
                tracing::debug!("the card's answer grew past the largest response");
                return Err(WebauthnCError::ApduTransmission);
            }
        }
        Ok(Response {
            data,
            sw: response.sw,
        })
    }
}

fn exchange(card: &mut dyn ApduChannel, apdu: &[u8]) -> Result<Response, WebauthnCError> {
    let raw = card.transmit(apdu).map_err(WebauthnCError::PcscError)?;
    Response::parse(&raw).ok_or(WebauthnCError::ApduTransmission)
}

/// The answer's first byte is the CTAP status (§11.3.4); the rest is CBOR.
fn ctap_body(mut data: Vec<u8>) -> Result<Vec<u8>, WebauthnCError> {
    if data.is_empty() {
        return Err(WebauthnCError::ApduTransmission);
    }
    let status = data.remove(0);
    if status != 0 {
        return Err(WebauthnCError::Ctap(CtapError::from(status)));
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;

    /// A card that expects exactly these command APDUs (hex) and gives these
    /// answers; anything else fails the test.
    struct Script {
        steps: VecDeque<(Vec<u8>, Vec<u8>)>,
        on_send: Option<(usize, Box<dyn FnMut()>)>,
        sent: usize,
    }

    impl Script {
        fn new(steps: &[(&str, &str)]) -> Self {
            Script {
                steps: steps
                    .iter()
                    .map(|(c, r)| (hex::decode(c).unwrap(), hex::decode(r).unwrap()))
                    .collect(),
                on_send: None,
                sent: 0,
            }
        }

        fn done(&self) -> bool {
            self.steps.is_empty()
        }
    }

    impl ApduChannel for Script {
        fn transmit(&mut self, apdu: &[u8]) -> Result<Vec<u8>, pcsc::Error> {
            self.sent += 1;
            if let Some((at, hook)) = self.on_send.as_mut() {
                if *at == self.sent {
                    hook();
                }
            }
            let (want, answer) = self
                .steps
                .pop_front()
                .unwrap_or_else(|| panic!("unexpected APDU {}", hex::encode(apdu)));
            assert_eq!(
                hex::encode_upper(apdu),
                hex::encode_upper(&want),
                "APDU {}",
                self.sent
            );
            Ok(answer)
        }
    }

    const SELECT: &str = "00A4040008A0000006472F000100";
    const FIDO_2_0: &str = "4649444F5F325F309000";
    /// The ATR the virtual card shows: card capabilities C0 21 C0.
    const ATR_EXTENDED: &str = "3B8E80018073C021C0584B65794775696465";
    /// No historical bytes that say anything.
    const ATR_PLAIN: &str = "3B80800101";

    fn link(atr: &str) -> Link {
        Link::for_atr(&hex::decode(atr).unwrap())
    }

    fn no_status() -> impl FnMut(u8) {
        |_| {}
    }

    #[test]
    fn extended_apdus_when_the_atr_allows_them_and_select_only_once() {
        let mut link = link(ATR_EXTENDED);
        assert_eq!(link.form(), LengthForm::Extended);
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            // getInfo: 80 10 80 00, Lc 000001, 04, Le 0000.
            ("80108000000001040000", "00A1010F9000"),
            ("80108000000001040000", "00A1010F9000"),
        ]);
        let cancel = CancelSignal::new();
        for _ in 0..2 {
            let body = link
                .ctap(&mut card, &[0x04], &mut no_status(), &cancel)
                .unwrap();
            assert_eq!(body, vec![0xA1, 0x01, 0x0F]);
        }
        assert!(card.done());
        assert_eq!(link.version(), Some(&b"FIDO_2_0"[..]));
    }

    #[test]
    fn short_apdus_chain_a_long_command_and_fetch_a_long_answer() {
        let mut link = link(ATR_PLAIN);
        assert_eq!(link.form(), LengthForm::Short);
        let cbor: Vec<u8> = std::iter::once(0x06).chain([0x5A; 299]).collect();
        let first = format!("901080 00FF{}", hex::encode_upper(&cbor[..255])).replace(' ', "");
        let last = format!("80108000 2D{}00", hex::encode_upper(&cbor[255..])).replace(' ', "");
        // The answer: 300 bytes, 256 in the first response (61 2C: 44 more).
        let answer: Vec<u8> = std::iter::once(0x00).chain([0x77; 299]).collect();
        let part1 = format!("{}612C", hex::encode_upper(&answer[..256]));
        let part2 = format!("{}9000", hex::encode_upper(&answer[256..]));
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            (&first, "9000"),
            (&last, &part1),
            ("00C000002C", &part2),
        ]);
        let body = link
            .ctap(&mut card, &cbor, &mut no_status(), &CancelSignal::new())
            .unwrap();
        assert_eq!(body, answer[1..].to_vec());
        assert!(card.done());
    }

    #[test]
    fn a_card_that_refuses_extended_length_gets_short_apdus() {
        let mut link = link(ATR_EXTENDED);
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("80108000000001040000", "6700"),
            ("801080000104 00".replace(' ', "").as_str(), "00A09000"),
        ]);
        let body = link
            .ctap(&mut card, &[0x04], &mut no_status(), &CancelSignal::new())
            .unwrap();
        assert_eq!(body, vec![0xA0]);
        assert_eq!(link.form(), LengthForm::Short);
        assert!(card.done());
    }

    #[test]
    fn keepalives_report_the_touch_then_the_answer_arrives() {
        let mut link = link(ATR_PLAIN);
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("801080000107 00".replace(' ', "").as_str(), "019100"),
            ("8011000000", "029100"),
            ("8011000000", "029100"),
            ("8011000000", "009000"),
        ]);
        let mut statuses = Vec::new();
        let body = link
            .ctap(
                &mut card,
                &[0x07],
                &mut |s| statuses.push(s),
                &CancelSignal::new(),
            )
            .unwrap();
        assert!(body.is_empty());
        // Each change of reason once: processing, then touch needed.
        assert_eq!(statuses, vec![STATUS_PROCESSING, STATUS_UPNEEDED]);
        assert!(card.done());
    }

    #[test]
    fn cancel_during_a_keepalive_stops_the_key() {
        let mut link = link(ATR_PLAIN);
        let cancel = CancelSignal::new();
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("801080000107 00".replace(' ', "").as_str(), "029100"),
            ("8011000000", "029100"),
            // The user pressed Cancel: P1 0x11, the key answers
            // CTAP2_ERR_KEEPALIVE_CANCEL (0x2D).
            ("8011110000", "2D9000"),
        ]);
        // Cancel arrives while the second poll is on its way.
        card.on_send = Some((
            3,
            Box::new({
                let cancel = cancel.clone();
                move || cancel.cancel()
            }),
        ));
        let err = link
            .ctap(&mut card, &[0x07], &mut no_status(), &cancel)
            .unwrap_err();
        assert!(
            matches!(err, WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel)),
            "{err:?}"
        );
        assert!(card.done());
    }

    #[test]
    fn a_key_without_the_cancel_poll_is_stopped_by_a_new_select() {
        let mut link = link(ATR_PLAIN);
        let cancel = CancelSignal::new();
        cancel.cancel();
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("801080000107 00".replace(' ', "").as_str(), "029100"),
            ("8011110000", "6A86"),
            (SELECT, FIDO_2_0),
        ]);
        let err = link
            .ctap(&mut card, &[0x07], &mut no_status(), &cancel)
            .unwrap_err();
        assert!(
            matches!(err, WebauthnCError::Ctap(CtapError::Ctap2KeepAliveCancel)),
            "{err:?}"
        );
        assert!(link.is_selected(), "ready for the next command");
        assert!(card.done());
    }

    #[test]
    fn a_ctap_error_status_is_the_keys_error() {
        let mut link = link(ATR_PLAIN);
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("801080000106 00".replace(' ', "").as_str(), "319000"),
        ]);
        let err = link
            .ctap(&mut card, &[0x06], &mut no_status(), &CancelSignal::new())
            .unwrap_err();
        assert!(
            matches!(err, WebauthnCError::Ctap(CtapError::Ctap2PinInvalid)),
            "{err:?}"
        );
    }

    #[test]
    fn another_program_selecting_another_applet_costs_one_select() {
        let mut link = link(ATR_PLAIN);
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("801080000104 00".replace(' ', "").as_str(), "00A09000"),
            ("801080000104 00".replace(' ', "").as_str(), "6985"),
            (SELECT, FIDO_2_0),
            ("801080000104 00".replace(' ', "").as_str(), "00A09000"),
        ]);
        let cancel = CancelSignal::new();
        for _ in 0..2 {
            link.ctap(&mut card, &[0x04], &mut no_status(), &cancel)
                .unwrap();
        }
        assert!(card.done());
    }

    type SentLog = std::rc::Rc<std::cell::RefCell<Vec<Vec<u8>>>>;

    /// A card that answers every APDU with `answer(apdu)` and records what
    /// it was sent, for cards that never stop saying the same thing.
    fn endless_card(
        answer: impl Fn(&[u8]) -> &'static str,
    ) -> (impl FnMut(&[u8]) -> Result<Vec<u8>, pcsc::Error>, SentLog) {
        let sent = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let log = sent.clone();
        let card = move |apdu: &[u8]| {
            log.borrow_mut().push(apdu.to_vec());
            Ok(hex::decode(answer(apdu)).unwrap())
        };
        (card, sent)
    }

    #[test]
    fn a_key_that_answers_9100_forever_is_stopped_and_times_out() {
        let limit = Duration::from_millis(50);
        let mut link = link(ATR_PLAIN).with_keepalive_limit(limit);
        // SELECT works; every CTAP command and poll, even the cancel poll,
        // gets "still processing".
        let (mut card, sent) = endless_card(|apdu| {
            if apdu[1] == apdu::INS_SELECT {
                FIDO_2_0
            } else {
                "019100"
            }
        });
        let started = Instant::now();
        let err = link
            .ctap(&mut card, &[0x07], &mut no_status(), &CancelSignal::new())
            .unwrap_err();
        assert!(
            matches!(err, WebauthnCError::Ctap(CtapError::Ctap1Timeout)),
            "{err:?}"
        );
        assert!(started.elapsed() >= limit);
        let sent = sent.borrow();
        let cancel_poll = hex::decode("8011110000").unwrap();
        assert!(sent.contains(&cancel_poll), "the key was asked to stop");
        assert_eq!(
            sent.last().map(hex::encode_upper),
            Some(SELECT.to_owned()),
            "a key deaf to the cancel poll is stopped by a new SELECT"
        );
        assert!(link.is_selected(), "ready for the next command");
    }

    #[test]
    fn a_key_that_finishes_while_it_is_stopped_gives_its_answer() {
        let mut link = link(ATR_PLAIN).with_keepalive_limit(Duration::ZERO);
        let mut card = Script::new(&[
            (SELECT, FIDO_2_0),
            ("801080000107 00".replace(' ', "").as_str(), "019100"),
            // The limit is reached at once: the cancel poll, which the key
            // answers with its result (the command finished first).
            ("8011110000", "00A09000"),
        ]);
        let body = link
            .ctap(&mut card, &[0x07], &mut no_status(), &CancelSignal::new())
            .unwrap();
        assert_eq!(body, vec![0xA0]);
        assert!(card.done());
    }

    #[test]
    fn a_card_that_announces_more_data_forever_ends_with_an_error() {
        let mut link = link(ATR_PLAIN);
        // Every answer: 200 bytes and "61 C8: 200 more".
        let chunk: &'static str = Box::leak(format!("{}61C8", "AB".repeat(200)).into_boxed_str());
        let (mut card, sent) = endless_card(move |apdu| {
            if apdu[1] == apdu::INS_SELECT {
                FIDO_2_0
            } else {
                chunk
            }
        });
        let err = link
            .ctap(&mut card, &[0x04], &mut no_status(), &CancelSignal::new())
            .unwrap_err();
        assert!(matches!(err, WebauthnCError::ApduTransmission), "{err:?}");
        // 65536 bytes in 200-byte steps, then it stops asking.
        assert!(sent.borrow().len() < 2 + MAX_RESPONSE_DATA / 200 + 2);

        // And one that says 6100 with no data at all.
        let mut link = super::Link::for_atr(&hex::decode(ATR_PLAIN).unwrap());
        let (mut card, sent) = endless_card(|apdu| {
            if apdu[1] == apdu::INS_SELECT {
                FIDO_2_0
            } else {
                "6100"
            }
        });
        let err = link
            .ctap(&mut card, &[0x04], &mut no_status(), &CancelSignal::new())
            .unwrap_err();
        assert!(matches!(err, WebauthnCError::ApduTransmission), "{err:?}");
        assert_eq!(sent.borrow().len(), 2 + MAX_GET_RESPONSES);
    }

    #[test]
    fn a_card_without_the_fido_applet_is_not_a_key() {
        let mut link = link(ATR_PLAIN);
        let mut card = Script::new(&[(SELECT, "6A82")]);
        let err = link.select(&mut card).unwrap_err();
        assert!(matches!(err, WebauthnCError::NotSupported), "{err:?}");
    }
}
