//! Faults at every command boundary. For each operation below, a clean run
//! counts the CTAP commands it sends (opening the session included); then,
//! for every one of those commands and every kind of fault, a fresh key is
//! told to fail exactly there. Each scenario must end with a clear message
//! (or success), never panic or hang, leave the key usable, never report
//! as done what the key did not do, and never cost a PIN retry.
//!
//! Test names are the scenario table: `<operation>__<fault>`, each one run
//! at every command boundary of the operation.

mod common;

use std::time::Duration;

use keyguide::device::model::Transport;
use keyguide::device::{CancelSignal, KeyError, KeySession, Prompts, TokenConnection};
use keyguide::errors::{unknown_status_text, UserText};
use keyguide::virtual_key::{Fault, Profile, VirtualKey, VirtualKeyControl};

const PIN: &str = "123456";
const NEW_PIN: &str = "24681357";
const PASSKEYS: usize = 3;
/// The virtual key answers at once, so anything near this is a hang.
const HANG: Duration = Duration::from_secs(10);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operation {
    PasskeyListing,
    PasskeyDeletion,
    FingerprintEnrollment,
    PinChange,
    SettingsChange,
    Reset,
}

/// A key as a user would bring it: PIN set, three passkeys.
async fn prepared(op: Operation) -> VirtualKeyControl {
    let key = VirtualKey::new(Profile::Bio);
    let control = key.control();
    let mut b = common::open_key(key).await;
    b.session.set_pin(&common::pin(PIN)).await.unwrap();
    b.session.unlock(&common::pin(PIN)).await.unwrap();
    common::seed(&mut b.session, PASSKEYS as u32, 2, Some(PIN)).await;
    b.session.close().await;
    if op == Operation::Reset {
        // A reset is only accepted just after power-up.
        control.replug();
    }
    control
}

async fn session(key: &VirtualKeyControl) -> Result<KeySession, KeyError> {
    let cancel = CancelSignal::new();
    let conn = Box::new(TokenConnection::new(
        VirtualKey::from_control(key.clone()).with_cancel(cancel.clone()),
        Transport::Virtual,
        true,
    ));
    KeySession::open(conn, Prompts::discard(), cancel).await
}

/// Runs the operation as the app does. For a listing, returns how many
/// passkeys it reported.
async fn run(op: Operation, key: &VirtualKeyControl) -> Result<usize, KeyError> {
    let mut s = session(key).await?;
    let pin = common::pin(PIN);
    match op {
        Operation::PasskeyListing => {
            s.unlock(&pin).await?;
            let list = s.list_passkeys().await?;
            Ok(list.sites.iter().map(|site| site.passkeys.len()).sum())
        }
        Operation::PasskeyDeletion => {
            s.unlock(&pin).await?;
            let list = s.list_passkeys().await?;
            let first = list.sites[0].passkeys[0].credential_id.clone();
            s.delete_passkey(&first).await?;
            Ok(0)
        }
        Operation::FingerprintEnrollment => {
            s.unlock(&pin).await?;
            let mut progress = s.enroll_begin().await?;
            while progress.remaining_samples > 0 {
                progress = s.enroll_capture_next(&progress.template_id).await?;
            }
            Ok(0)
        }
        Operation::PinChange => {
            s.change_pin(&pin, &common::pin(NEW_PIN)).await?;
            Ok(0)
        }
        Operation::SettingsChange => {
            s.unlock(&pin).await?;
            s.set_always_uv(true).await?;
            Ok(0)
        }
        Operation::Reset => {
            s.reset().await?;
            Ok(0)
        }
    }
}

/// Whether the key really holds the operation's result (read directly,
/// not through the client).
fn done_on_key(op: Operation, key: &VirtualKeyControl, reported: usize) -> bool {
    match op {
        // A listing is "done" only if it reported every passkey.
        Operation::PasskeyListing => reported == PASSKEYS,
        Operation::PasskeyDeletion => key.passkey_count() == PASSKEYS - 1,
        Operation::FingerprintEnrollment => key.fingerprint_count() == 1,
        Operation::PinChange => key.pin_is(NEW_PIN),
        Operation::SettingsChange => key.always_uv(),
        Operation::Reset => key.passkey_count() == 0,
    }
}

/// A message a user can act on: a sentence that says what happened, not a
/// debug dump and not the fallback for errors KeyGuide has no meaning for.
fn assert_clear(op: Operation, at: u32, fault: Fault, e: &KeyError) {
    let text = e.user_text();
    let context = format!("{op:?}, {fault:?} at command {at}: {e:?}");
    assert!(
        text.len() > 15
            && text.ends_with('.')
            && !text.contains("Ctap")
            && !text.contains("Error {"),
        "{context}: unclear message {text:?}"
    );
    // The fallbacks: a status code without a meaning, and an error from
    // below the protocol that only carries its technical text.
    if let KeyError::Status(code) = e {
        assert_ne!(
            text,
            unknown_status_text(*code),
            "{context}: the generic message"
        );
    }
    assert!(
        !matches!(e, KeyError::Other(_)),
        "{context}: the generic message {text:?}"
    );
}

/// Every command boundary of `op` with `fault`; returns how many scenarios ran.
async fn every_boundary(op: Operation, fault: Fault) -> u32 {
    let clean = prepared(op).await;
    let before = clean.commands_received().len();
    let reported = run(op, &clean).await.expect("a clean run succeeds");
    assert!(
        done_on_key(op, &clean, reported),
        "{op:?}: the clean run did its work"
    );
    let commands = (clean.commands_received().len() - before) as u32;
    assert!(commands >= 2, "{op:?} sends {commands} commands");

    for at in 1..=commands {
        let key = prepared(op).await;
        key.inject_fault(at, fault);
        let outcome = tokio::time::timeout(HANG, run(op, &key))
            .await
            .unwrap_or_else(|_| panic!("{op:?}, {fault:?} at command {at}: hangs"));
        assert_eq!(
            key.faults_fired(),
            1,
            "{op:?}, {fault:?} at command {at}: the fault fired"
        );
        match &outcome {
            Ok(reported) => assert!(
                done_on_key(op, &key, *reported),
                "{op:?}, {fault:?} at command {at}: reported done, but the key did not do it"
            ),
            Err(e) => assert_clear(op, at, fault, e),
        }

        // Usable afterwards: the user replugs a key that was pulled out;
        // otherwise the next attempt just works.
        if fault == Fault::Unplugged {
            key.replug();
        }
        let mut again = session(&key)
            .await
            .unwrap_or_else(|e| panic!("{op:?}, {fault:?} at command {at}: unusable after: {e:?}"));
        let retries = again.pin_retries().await.unwrap();
        assert_eq!(
            retries.retries, 8,
            "{op:?}, {fault:?} at command {at}: a correct PIN never costs a retry"
        );
        // Re-running the operation now succeeds (or, for a one-time change
        // that already happened, the key shows it).
        if !done_on_key(op, &key, 0) || op == Operation::PasskeyListing {
            let reported = run(op, &key).await.unwrap_or_else(|e| {
                panic!("{op:?}, {fault:?} at command {at}: retry fails: {e:?}")
            });
            assert!(done_on_key(op, &key, reported));
        }
    }
    commands
}

/// How many CTAP commands each operation sends on a clean run (opening the
/// session included), so how many scenarios each fault gets. A change here
/// means the flow changed: the table's coverage is checked, not assumed.
fn expected_commands(op: Operation) -> u32 {
    match op {
        Operation::PasskeyListing => LISTING,
        Operation::PasskeyDeletion => DELETION,
        Operation::FingerprintEnrollment => ENROLLMENT,
        Operation::PinChange => PIN_CHANGE,
        Operation::SettingsChange => SETTINGS,
        Operation::Reset => RESET,
    }
}

macro_rules! scenarios {
    ($($name:ident: $op:expr, $fault:expr;)*) => {$(
        #[tokio::test]
        #[allow(non_snake_case)]
        async fn $name() {
            let n = every_boundary($op, $fault).await;
            eprintln!("{}: {n} scenarios", stringify!($name));
            assert_eq!(n, expected_commands($op), "{}: scenarios run", stringify!($name));
        }
    )*};
}

const LISTING: u32 = 10;
const DELETION: u32 = 11;
const ENROLLMENT: u32 = 9;
const PIN_CHANGE: u32 = 3;
const SETTINGS: u32 = 6;
const RESET: u32 = 3;

use Fault::*;
use Operation::*;

scenarios! {
    passkey_listing__unplugged: PasskeyListing, Unplugged;
    passkey_listing__no_answer: PasskeyListing, NoAnswer;
    passkey_listing__malformed_answer: PasskeyListing, Malformed;
    passkey_listing__truncated_answer: PasskeyListing, Truncated;
    passkey_listing__unexpected_ctap_error: PasskeyListing, UnexpectedError;
    passkey_listing__busy_channel: PasskeyListing, Busy;

    passkey_deletion__unplugged: PasskeyDeletion, Unplugged;
    passkey_deletion__no_answer: PasskeyDeletion, NoAnswer;
    passkey_deletion__malformed_answer: PasskeyDeletion, Malformed;
    passkey_deletion__truncated_answer: PasskeyDeletion, Truncated;
    passkey_deletion__unexpected_ctap_error: PasskeyDeletion, UnexpectedError;
    passkey_deletion__busy_channel: PasskeyDeletion, Busy;

    fingerprint_enrollment__unplugged: FingerprintEnrollment, Unplugged;
    fingerprint_enrollment__no_answer: FingerprintEnrollment, NoAnswer;
    fingerprint_enrollment__malformed_answer: FingerprintEnrollment, Malformed;
    fingerprint_enrollment__truncated_answer: FingerprintEnrollment, Truncated;
    fingerprint_enrollment__unexpected_ctap_error: FingerprintEnrollment, UnexpectedError;
    fingerprint_enrollment__busy_channel: FingerprintEnrollment, Busy;

    pin_change__unplugged: PinChange, Unplugged;
    pin_change__no_answer: PinChange, NoAnswer;
    pin_change__malformed_answer: PinChange, Malformed;
    pin_change__truncated_answer: PinChange, Truncated;
    pin_change__unexpected_ctap_error: PinChange, UnexpectedError;
    pin_change__busy_channel: PinChange, Busy;

    settings_change__unplugged: SettingsChange, Unplugged;
    settings_change__no_answer: SettingsChange, NoAnswer;
    settings_change__malformed_answer: SettingsChange, Malformed;
    settings_change__truncated_answer: SettingsChange, Truncated;
    settings_change__unexpected_ctap_error: SettingsChange, UnexpectedError;
    settings_change__busy_channel: SettingsChange, Busy;

    reset__unplugged: Reset, Unplugged;
    reset__no_answer: Reset, NoAnswer;
    reset__malformed_answer: Reset, Malformed;
    reset__truncated_answer: Reset, Truncated;
    reset__unexpected_ctap_error: Reset, UnexpectedError;
    reset__busy_channel: Reset, Busy;
}

/// A wrong PIN costs exactly one retry, whatever fault hits the exchange:
/// the client never sends the PIN again on the user's behalf.
async fn wrong_pin_costs_one_retry(fault: Fault) {
    let probe = prepared(PasskeyListing).await;
    let before = probe.commands_received().len();
    let mut s = session(&probe).await.unwrap();
    assert!(s.unlock(&common::pin("999999")).await.is_err());
    let sent = (probe.commands_received().len() - before) as u32;
    assert_eq!(probe.pin_retries(), 7);
    // After a wrong PIN the client reads the retries left (always shown),
    // so the PIN itself went in the command before the last.
    let pin_command = sent - 1;

    for at in 1..=sent {
        let key = prepared(PasskeyListing).await;
        key.inject_fault(at, fault);
        let outcome = tokio::time::timeout(HANG, async {
            let mut s = session(&key).await?;
            s.unlock(&common::pin("999999")).await
        })
        .await
        .expect("no hang");
        assert!(outcome.is_err(), "a wrong PIN never unlocks");
        // The key counted the PIN only if the fault let the PIN command
        // through: any fault after it, or one after processing it.
        let reached =
            at > pin_command || (at == pin_command && !matches!(fault, UnexpectedError | Busy));
        let expected = if reached { 7 } else { 8 };
        assert_eq!(
            key.pin_retries(),
            expected,
            "{fault:?} at command {at} of {pin_command}"
        );
        // The user's next, correct attempt works and restores the count.
        if fault == Unplugged {
            key.replug();
        }
        let mut s = session(&key).await.unwrap();
        s.unlock(&common::pin(PIN)).await.unwrap();
        assert_eq!(key.pin_retries(), 8);
    }
}

macro_rules! wrong_pin {
    ($($name:ident: $fault:expr;)*) => {$(
        #[tokio::test]
        #[allow(non_snake_case)]
        async fn $name() {
            wrong_pin_costs_one_retry($fault).await;
        }
    )*};
}

wrong_pin! {
    wrong_pin_costs_one_retry__unplugged: Unplugged;
    wrong_pin_costs_one_retry__no_answer: NoAnswer;
    wrong_pin_costs_one_retry__malformed_answer: Malformed;
    wrong_pin_costs_one_retry__truncated_answer: Truncated;
    wrong_pin_costs_one_retry__unexpected_ctap_error: UnexpectedError;
    wrong_pin_costs_one_retry__busy_channel: Busy;
}
