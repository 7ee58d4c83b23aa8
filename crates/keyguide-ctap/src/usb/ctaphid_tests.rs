//! CTAPHID channel tests against an in-memory key. Frames are written out
//! byte by byte from the layouts of CTAP 2.1 §11.2.4 and §11.2.9; timeouts
//! run on tokio's paused clock, never on real sleeps.

use super::*;
use crate::prompts::{KeyEvent, Prompts};
use std::time::Duration;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

const CID: u32 = 0x1234_5678;
const NONCE: [u8; 8] = [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88];

/// The host's end: what the channel under test talks to.
struct FakeHid {
    to_key: UnboundedSender<Report>,
    from_key: UnboundedReceiver<Report>,
}

#[async_trait]
impl HidReports for FakeHid {
    async fn send_report(&mut self, report: &Report) -> Result<(), WebauthnCError> {
        self.to_key
            .send(*report)
            .map_err(|_| WebauthnCError::Closed)
    }

    async fn recv_report(&mut self) -> Result<Report, WebauthnCError> {
        // tokio's mpsc `recv` is cancel-safe, as the trait requires.
        self.from_key.recv().await.ok_or(WebauthnCError::Closed)
    }
}

/// The key's end, scripted by each test.
struct FakeKey {
    requests: UnboundedReceiver<Report>,
    answers: UnboundedSender<Report>,
}

impl FakeKey {
    fn answer(&self, cid: u32, cmd: u8, payload: &[u8]) {
        for report in fragment(cid, cmd, payload).expect("test payload fits") {
            self.answer_raw(report);
        }
    }

    fn answer_raw(&self, report: Report) {
        self.answers.send(report).expect("channel alive");
    }

    /// The host's next report; a host that never sends fails the test
    /// instead of hanging it.
    async fn next_request(&mut self) -> Report {
        tokio::time::timeout(Duration::from_secs(30), self.requests.recv())
            .await
            .expect("the host sent nothing")
            .expect("host alive")
    }

    fn nothing_sent(&mut self) -> bool {
        self.requests.try_recv().is_err()
    }
}

fn fake_pair() -> (FakeHid, FakeKey) {
    let (to_key, requests) = unbounded_channel();
    let (answers, from_key) = unbounded_channel();
    (FakeHid { to_key, from_key }, FakeKey { requests, answers })
}

/// Builds a report from its leading bytes; the rest is zero padding.
fn report(bytes: &[u8]) -> Report {
    let mut r = [0u8; REPORT_LEN];
    r[..bytes.len()].copy_from_slice(bytes);
    r
}

fn init_response(nonce: &[u8; 8], cid: u32, capabilities: u8) -> Vec<u8> {
    let mut payload = nonce.to_vec();
    payload.extend_from_slice(&cid.to_be_bytes());
    payload.extend_from_slice(&[2, 5, 4, 3, capabilities]);
    payload
}

/// A channel already allocated as `CID` with the given capabilities.
async fn open_channel(capabilities: u8) -> (CtapHidChannel<FakeHid>, FakeKey, CancelSignal) {
    let (hid, mut key) = fake_pair();
    let cancel = CancelSignal::new();
    let mut channel = CtapHidChannel::new(hid, cancel.clone());
    key.answer(
        BROADCAST_CID,
        command::INIT,
        &init_response(&NONCE, CID, capabilities),
    );
    channel.init_with_nonce(NONCE).await.expect("init");
    key.next_request().await; // the INIT request
    (channel, key, cancel)
}

fn events(rx: &mut UnboundedReceiver<KeyEvent>) -> Vec<KeyEvent> {
    let mut all = Vec::new();
    while let Ok(event) = rx.try_recv() {
        all.push(event);
    }
    all
}

fn ctap(e: CtapError) -> Result<Vec<u8>, WebauthnCError> {
    Err(WebauthnCError::Ctap(e))
}

// --- framing ---

#[test]
fn short_message_is_one_initialization_packet() {
    let reports = fragment(CID, command::CBOR, &[0x04]).unwrap();
    assert_eq!(
        reports,
        vec![report(&[0x12, 0x34, 0x56, 0x78, 0x90, 0x00, 0x01, 0x04])]
    );
}

#[test]
fn long_message_continues_with_sequence_numbers() {
    let payload: Vec<u8> = (0..100).collect();
    let reports = fragment(CID, command::CBOR, &payload).unwrap();

    let mut first = vec![0x12, 0x34, 0x56, 0x78, 0x90, 0x00, 100];
    first.extend(0..57u8);
    let mut second = vec![0x12, 0x34, 0x56, 0x78, 0x00];
    second.extend(57..100u8);
    assert_eq!(reports, vec![report(&first), report(&second)]);
}

#[test]
fn largest_message_uses_sequence_0_to_127_and_one_byte_more_is_refused() {
    let reports = fragment(CID, command::CBOR, &vec![0xaa; MAX_MESSAGE_LEN]).unwrap();
    assert_eq!(reports.len(), 129);
    assert_eq!(reports[128][4], 0x7f);
    assert_eq!(
        fragment(CID, command::CBOR, &vec![0xaa; MAX_MESSAGE_LEN + 1]),
        Err(WebauthnCError::MessageTooLarge)
    );
}

#[test]
fn reassembly_joins_packets_and_rejects_a_skipped_sequence() {
    let payload: Vec<u8> = (0..=200).collect();
    let reports = fragment(CID, command::CBOR, &payload).unwrap();
    assert_eq!(reports.len(), 4);

    let Packet::Init {
        cmd, bcnt, data, ..
    } = Packet::parse(&reports[0])
    else {
        panic!("first report must be an initialization packet");
    };
    assert_eq!((cmd, bcnt), (command::CBOR, 201));
    let mut message = Reassembly::start(cmd, bcnt, data).unwrap();
    for r in &reports[1..] {
        let Packet::Cont { seq, data, .. } = Packet::parse(r) else {
            panic!("continuation expected");
        };
        assert!(!message.is_complete());
        message.push(seq, data).unwrap();
    }
    assert!(message.is_complete());
    assert_eq!(message.into_payload(), payload);

    let mut skipped = Reassembly::start(cmd, bcnt, data).unwrap();
    assert_eq!(
        skipped.push(1, &[0; CONT_DATA_LEN]),
        Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidSeq))
    );
}

// --- channel allocation ---

#[tokio::test]
async fn init_asks_on_the_broadcast_channel_and_takes_the_new_cid() {
    let (hid, mut key) = fake_pair();
    let mut channel = CtapHidChannel::new(hid, CancelSignal::new());
    key.answer(
        BROADCAST_CID,
        command::INIT,
        &init_response(&NONCE, CID, 0x05),
    );

    let info = channel.init_with_nonce(NONCE).await.unwrap();

    let request = key.next_request().await;
    assert_eq!(
        request,
        report(&[
            0xff, 0xff, 0xff, 0xff, 0x86, 0x00, 0x08, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
            0x88
        ])
    );
    assert_eq!(info.cid, CID);
    assert_eq!(info.protocol_version, 2);
    assert_eq!(info.device_version, (5, 4, 3));
    assert!(info.capabilities.wink());
    assert!(info.capabilities.cbor());
    assert!(!info.capabilities.no_msg());
    assert_eq!(channel.info(), Some(&info));
}

#[tokio::test]
async fn init_answers_for_another_program_are_ignored() {
    let (hid, key) = fake_pair();
    let mut channel = CtapHidChannel::new(hid, CancelSignal::new());
    let other_nonce = [9u8; 8];
    // Another program's INIT answer on the broadcast channel ...
    key.answer(
        BROADCAST_CID,
        command::INIT,
        &init_response(&other_nonce, 0x0bad_cafe, 0x04),
    );
    // ... an INIT answer with our nonce but on someone's own channel ...
    key.answer(
        0x0bad_cafe,
        command::INIT,
        &init_response(&NONCE, 0x0bad_f00d, 0x04),
    );
    // ... then ours.
    key.answer(
        BROADCAST_CID,
        command::INIT,
        &init_response(&NONCE, CID, 0x04),
    );

    let info = channel.init_with_nonce(NONCE).await.unwrap();
    assert_eq!(info.cid, CID);
}

#[tokio::test]
async fn init_refuses_the_broadcast_cid_as_a_channel() {
    let (hid, key) = fake_pair();
    let mut channel = CtapHidChannel::new(hid, CancelSignal::new());
    key.answer(
        BROADCAST_CID,
        command::INIT,
        &init_response(&NONCE, BROADCAST_CID, 0x04),
    );
    assert_eq!(
        channel.init_with_nonce(NONCE).await,
        Err(WebauthnCError::Ctap(CtapError::Ctap1InvalidChannel))
    );
}

// --- CBOR transactions ---

#[tokio::test]
async fn cbor_answer_is_returned_without_its_status_byte() {
    let (mut channel, mut key, _cancel) = open_channel(0x04).await;
    key.answer(CID, command::CBOR, &[0x00, 0xa1, 0x01, 0x02]);

    let body = channel.cbor(&[0x04], &Prompts::discard()).await;

    assert_eq!(body, Ok(vec![0xa1, 0x01, 0x02]));
    assert_eq!(
        key.next_request().await,
        report(&[0x12, 0x34, 0x56, 0x78, 0x90, 0x00, 0x01, 0x04])
    );
}

#[tokio::test]
async fn cbor_error_status_becomes_a_ctap_error() {
    let (mut channel, key, _cancel) = open_channel(0x04).await;
    key.answer(CID, command::CBOR, &[0x31]);
    assert_eq!(
        channel.cbor(&[0x06], &Prompts::discard()).await,
        ctap(CtapError::Ctap2PinInvalid)
    );
}

#[tokio::test]
async fn keepalives_tell_the_user_to_touch_then_the_answer_arrives() {
    let (mut channel, key, _cancel) = open_channel(0x04).await;
    let (prompts, mut rx) = Prompts::new();
    key.answer(CID, command::KEEPALIVE, &[STATUS_PROCESSING]);
    key.answer(CID, command::KEEPALIVE, &[STATUS_UPNEEDED]);
    key.answer(CID, command::KEEPALIVE, &[STATUS_UPNEEDED]);
    key.answer(CID, command::KEEPALIVE, &[STATUS_UPNEEDED]);
    let answer: Vec<u8> = std::iter::once(0).chain(1..=120).collect();
    key.answer(CID, command::CBOR, &answer);

    let body = channel.cbor(&[0x01], &prompts).await.unwrap();

    assert_eq!(body, (1..=120).collect::<Vec<u8>>());
    // Repeated keepalives with the same status prompt once.
    assert_eq!(
        events(&mut rx),
        vec![KeyEvent::Processing, KeyEvent::TouchNeeded]
    );
}

#[tokio::test]
async fn packets_for_other_channels_are_ignored() {
    let (mut channel, key, _cancel) = open_channel(0x04).await;
    let other = 0x0bad_cafe;
    // Another program's failing answer arrives first.
    key.answer(other, command::CBOR, &[0x31]);
    key.answer(other, command::ERROR, &[0x06]);
    // Our two-packet answer, with someone else's continuation in between.
    let ours: Vec<u8> = std::iter::once(0).chain(0..80).collect();
    let reports = fragment(CID, command::CBOR, &ours).unwrap();
    key.answer_raw(reports[0]);
    key.answer_raw(report(&[0x0b, 0xad, 0xca, 0xfe, 0x00, 0xee, 0xee]));
    key.answer_raw(reports[1]);

    let body = channel.cbor(&[0x04], &Prompts::discard()).await;
    assert_eq!(body, Ok((0..80).collect()));
}

#[tokio::test]
async fn error_frame_ends_the_transaction_with_its_code() {
    let (mut channel, key, _cancel) = open_channel(0x04).await;
    key.answer_raw(report(&[0x12, 0x34, 0x56, 0x78, 0xbf, 0x00, 0x01, 0x06]));
    assert_eq!(
        channel.cbor(&[0x04], &Prompts::discard()).await,
        ctap(CtapError::Ctap1ChannelBusy)
    );
    // A complete answer leaves the channel in step: no resync next time.
    key.answer(CID, command::CBOR, &[0x00]);
    assert_eq!(channel.cbor(&[0x04], &Prompts::discard()).await, Ok(vec![]));
}

#[tokio::test]
async fn answer_with_a_skipped_sequence_number_is_refused() {
    let (mut channel, key, _cancel) = open_channel(0x04).await;
    let reports = fragment(CID, command::CBOR, &[0u8; 100]).unwrap();
    key.answer_raw(reports[0]);
    let mut wrong = reports[1];
    wrong[4] = 1;
    key.answer_raw(wrong);
    assert_eq!(
        channel.cbor(&[0x04], &Prompts::discard()).await,
        ctap(CtapError::Ctap1InvalidSeq)
    );
}

// --- cancel ---

#[tokio::test]
async fn cancel_sends_ctaphid_cancel_and_returns_the_keys_keepalive_cancel() {
    let (mut channel, mut key, cancel) = open_channel(0x04).await;
    let (prompts, mut rx) = Prompts::new();

    let user_and_key = async {
        key.next_request().await; // the CBOR request
        key.answer(CID, command::KEEPALIVE, &[STATUS_UPNEEDED]);
        assert_eq!(rx.recv().await, Some(KeyEvent::TouchNeeded));
        // The user gives up instead of touching.
        cancel.cancel();
        let cancel_frame = key.next_request().await;
        assert_eq!(
            cancel_frame,
            report(&[0x12, 0x34, 0x56, 0x78, 0x91, 0x00, 0x00])
        );
        key.answer(CID, command::CBOR, &[0x2d]);
    };
    let (result, ()) = tokio::join!(channel.cbor(&[0x01], &prompts), user_and_key);

    assert_eq!(result, ctap(CtapError::Ctap2KeepAliveCancel));
}

#[tokio::test]
async fn a_cancel_raised_before_the_call_cancels_right_after_the_request() {
    let (mut channel, mut key, cancel) = open_channel(0x04).await;
    cancel.cancel();

    let key_side = async {
        let request = key.next_request().await;
        assert_eq!(
            request,
            report(&[0x12, 0x34, 0x56, 0x78, 0x90, 0x00, 0x01, 0x01])
        );
        let cancel_frame = key.next_request().await;
        assert_eq!(
            cancel_frame,
            report(&[0x12, 0x34, 0x56, 0x78, 0x91, 0x00, 0x00])
        );
        key.answer(CID, command::CBOR, &[0x2d]);
    };
    let prompts = Prompts::discard();
    let (result, ()) = tokio::join!(channel.cbor(&[0x01], &prompts), key_side);

    assert_eq!(result, ctap(CtapError::Ctap2KeepAliveCancel));
}

#[tokio::test(start_paused = true)]
async fn cancel_wait_is_bounded_even_if_the_key_keeps_sending_keepalives() {
    let (mut channel, mut key, cancel) = open_channel(0x04).await;
    let started = Instant::now();

    let key_ignoring_cancel = async {
        key.next_request().await;
        cancel.cancel();
        for _ in 0..40 {
            key.answer(CID, command::KEEPALIVE, &[STATUS_UPNEEDED]);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    let prompts = Prompts::discard();
    let host = async {
        let result = channel.cbor(&[0x01], &prompts).await;
        (result, started.elapsed())
    };
    let ((result, waited), ()) = tokio::join!(host, key_ignoring_cancel);

    assert_eq!(result, ctap(CtapError::Ctap2KeepAliveCancel));
    assert!(waited >= Duration::from_secs(2) && waited < Duration::from_secs(3));
}

// --- timeouts and resynchronisation ---

#[tokio::test(start_paused = true)]
async fn silent_key_times_out_after_the_idle_timeout() {
    let (mut channel, _key, _cancel) = open_channel(0x04).await;
    let started = Instant::now();

    let result = channel.cbor(&[0x04], &Prompts::discard()).await;

    assert_eq!(result, ctap(CtapError::Ctap1Timeout));
    let waited = started.elapsed();
    assert!(waited >= Duration::from_secs(5) && waited < Duration::from_secs(6));
}

#[tokio::test(start_paused = true)]
async fn keepalives_keep_a_long_wait_for_touch_alive() {
    let (mut channel, mut key, _cancel) = open_channel(0x04).await;
    let (prompts, mut rx) = Prompts::new();
    let started = Instant::now();

    let slow_user = async {
        key.next_request().await;
        for _ in 0..80 {
            key.answer(CID, command::KEEPALIVE, &[STATUS_UPNEEDED]);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        key.answer(CID, command::CBOR, &[0x00, 0xa0]);
    };
    let (result, ()) = tokio::join!(channel.cbor(&[0x01], &prompts), slow_user);

    assert_eq!(result, Ok(vec![0xa0]));
    assert!(started.elapsed() >= Duration::from_secs(8));
    assert_eq!(events(&mut rx), vec![KeyEvent::TouchNeeded]);
}

#[tokio::test(start_paused = true)]
async fn after_an_abandoned_transaction_the_channel_is_resynchronised() {
    let (mut channel, mut key, _cancel) = open_channel(0x04).await;
    assert_eq!(
        channel.cbor(&[0x04], &Prompts::discard()).await,
        ctap(CtapError::Ctap1Timeout)
    );
    key.next_request().await; // the abandoned request

    let key_side = async {
        // The late answer to the abandoned request finally arrives.
        key.answer(CID, command::CBOR, &[0x00, 0xde, 0xad]);
        let sync = key.next_request().await;
        assert_eq!(&sync[..7], &[0x12, 0x34, 0x56, 0x78, 0x86, 0x00, 0x08]);
        let mut nonce = [0u8; 8];
        nonce.copy_from_slice(&sync[7..15]);
        key.answer(CID, command::INIT, &init_response(&nonce, CID, 0x04));
        let request = key.next_request().await;
        assert_eq!(
            request,
            report(&[0x12, 0x34, 0x56, 0x78, 0x90, 0x00, 0x01, 0x04])
        );
        key.answer(CID, command::CBOR, &[0x00, 0xbe, 0xef]);
    };
    let prompts = Prompts::discard();
    let (result, ()) = tokio::join!(channel.cbor(&[0x04], &prompts), key_side);

    // The stale answer is not mistaken for the new one.
    assert_eq!(result, Ok(vec![0xbe, 0xef]));
}

// --- wink ---

#[tokio::test]
async fn wink_is_sent_only_when_the_key_offers_it() {
    let (mut channel, mut key, _cancel) = open_channel(0x04).await;
    assert_eq!(channel.wink().await, Err(WebauthnCError::NotSupported));
    assert!(key.nothing_sent());

    let (mut channel, mut key, _cancel) = open_channel(0x05).await;
    key.answer(CID, command::WINK, &[]);
    assert_eq!(channel.wink().await, Ok(()));
    assert_eq!(
        key.next_request().await,
        report(&[0x12, 0x34, 0x56, 0x78, 0x88, 0x00, 0x00])
    );
}
