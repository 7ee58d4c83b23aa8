//! Soak: many mixed operations on one virtual key, with faults injected at
//! random (fixed seed), checking after each one that what KeyGuide reported
//! agrees with what the key really holds. A tool, not a timed test:
//!
//!     cargo run --example soak -- [operations] [seed]
//!
//! (defaults: 10000 operations, seed 1). It prints the counts and exits
//! non-zero if KeyGuide ever reported as done what the key did not do, if
//! a correct PIN ever cost a retry, or if an error had no clear sentence.
//!
//! Each operation runs in a fresh session, as the app and the CLI do after
//! any failure. A key pulled out by a fault is plugged in again before the
//! next operation (the user replugs).

use std::collections::BTreeMap;
use std::time::Instant;

use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{CancelSignal, KeyError, KeySession, Pin, Prompts, TokenConnection};
use keyguide::errors::UserText;
use keyguide::virtual_key::{Fault, Profile, VirtualKey, VirtualKeyControl};

const PINS: [&str; 2] = ["123456", "24681357"];
const WRONG_PIN: &str = "999999";
const MAX_RETRIES: u32 = 8;
/// Keep the key away from its capacity so every kind stays possible.
const MAX_PASSKEYS: usize = 40;
const MAX_FINGERPRINTS: usize = 3;
/// One operation in this many gets a fault somewhere in its commands.
const FAULT_ONE_IN: u64 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    ListPasskeys,
    AddPasskey,
    DeletePasskey,
    ChangePin,
    WrongPin,
    ToggleAlwaysUv,
    EnrollFingerprint,
    RemoveFingerprint,
    Reset,
}

/// SplitMix64: a fixed-seed generator with no dependency, so a seed gives
/// the same run on every machine and every version of `rand`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What the test believes the key holds; re-read from the key after any
/// failure (whose outcome on the key is legitimately unknown to the user).
struct Expected {
    pin: usize,
    passkeys: usize,
    always_uv: bool,
    fingerprints: usize,
    next_account: u32,
}

#[derive(Default)]
struct Counts {
    by_kind: BTreeMap<Kind, (u32, u32)>,
    faults_armed: u32,
    faults_fired: u32,
    errors: BTreeMap<String, u32>,
    failed_but_done: u32,
    pin_set_again: u32,
    violations: Vec<String>,
}

fn pick(rng: &mut Rng, e: &Expected) -> Kind {
    loop {
        let kind = match rng.below(100) {
            0..=19 => Kind::ListPasskeys,
            20..=39 => Kind::AddPasskey,
            40..=54 => Kind::DeletePasskey,
            55..=64 => Kind::ChangePin,
            65..=69 => Kind::WrongPin,
            70..=79 => Kind::ToggleAlwaysUv,
            80..=89 => Kind::EnrollFingerprint,
            90..=98 => Kind::RemoveFingerprint,
            _ => Kind::Reset,
        };
        let possible = match kind {
            Kind::AddPasskey => e.passkeys < MAX_PASSKEYS,
            Kind::DeletePasskey => e.passkeys > 0,
            Kind::EnrollFingerprint => e.fingerprints < MAX_FINGERPRINTS,
            Kind::RemoveFingerprint => e.fingerprints > 0,
            _ => true,
        };
        if possible {
            return kind;
        }
    }
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

fn pin(text: &str) -> Pin {
    Pin::new(text.to_owned())
}

/// Runs one operation as the app does. A listing returns how many passkeys
/// it reported.
async fn run(kind: Kind, key: &VirtualKeyControl, e: &Expected) -> Result<usize, KeyError> {
    let mut s = session(key).await?;
    let current = pin(PINS[e.pin]);
    match kind {
        Kind::ListPasskeys => {
            s.unlock(&current).await?;
            let list = s.list_passkeys().await?;
            Ok(list.sites.iter().map(|site| site.passkeys.len()).sum())
        }
        Kind::AddPasskey => {
            s.make_passkey(&NewPasskey::example(e.next_account, 7), Some(&current))
                .await?;
            Ok(0)
        }
        Kind::DeletePasskey => {
            s.unlock(&current).await?;
            let list = s.list_passkeys().await?;
            let id = list.sites[0].passkeys[0].credential_id.clone();
            s.delete_passkey(&id).await?;
            Ok(0)
        }
        Kind::ChangePin => {
            s.change_pin(&current, &pin(PINS[1 - e.pin])).await?;
            Ok(0)
        }
        Kind::WrongPin => {
            s.unlock(&pin(WRONG_PIN)).await?;
            Ok(0)
        }
        Kind::ToggleAlwaysUv => {
            s.unlock(&current).await?;
            s.set_always_uv(!e.always_uv).await?;
            Ok(0)
        }
        Kind::EnrollFingerprint => {
            s.unlock(&current).await?;
            let mut progress = s.enroll_begin().await?;
            while progress.remaining_samples > 0 {
                progress = s.enroll_capture_next(&progress.template_id).await?;
            }
            Ok(0)
        }
        Kind::RemoveFingerprint => {
            s.unlock(&current).await?;
            let first = s.list_fingerprints().await?[0].id.clone();
            s.remove_fingerprint(&first).await?;
            Ok(0)
        }
        Kind::Reset => {
            s.reset().await?;
            // A reset key is set up again at once, as IT staff would.
            let mut s = session(key).await?;
            s.set_pin(&pin(PINS[0])).await?;
            Ok(0)
        }
    }
}

/// Whether the key holds the operation's result, read from the key itself.
fn done_on_key(kind: Kind, key: &VirtualKeyControl, e: &Expected, reported: usize) -> bool {
    match kind {
        Kind::ListPasskeys => reported == key.passkey_count(),
        Kind::AddPasskey => key.passkey_count() == e.passkeys + 1,
        Kind::DeletePasskey => key.passkey_count() == e.passkeys - 1,
        Kind::ChangePin => key.pin_is(PINS[1 - e.pin]),
        Kind::WrongPin => false,
        Kind::ToggleAlwaysUv => key.always_uv() != e.always_uv,
        Kind::EnrollFingerprint => key.fingerprint_count() == e.fingerprints + 1,
        Kind::RemoveFingerprint => key.fingerprint_count() == e.fingerprints - 1,
        Kind::Reset => key.passkey_count() == 0 && key.pin_is(PINS[0]),
    }
}

/// Re-reads the truth from the key after an operation whose outcome the
/// user could not know.
fn resync(key: &VirtualKeyControl, e: &mut Expected) {
    e.pin = if key.pin_is(PINS[1]) { 1 } else { 0 };
    e.passkeys = key.passkey_count();
    e.always_uv = key.always_uv();
    e.fingerprints = key.fingerprint_count();
}

/// A clear message is a sentence in the user's words, not a debug dump, and
/// not one of the fallbacks for errors KeyGuide has no meaning for.
fn clear(err: &KeyError, text: &str) -> bool {
    let fallback = match err {
        KeyError::Status(code) => *text == keyguide::errors::unknown_status_text(*code),
        KeyError::Other(_) => true,
        _ => false,
    };
    !fallback
        && text.len() > 15
        && (text.ends_with('.') || text.ends_with('!'))
        && !text.contains("Ctap")
        && !text.contains("Error {")
        && !text.contains("errors-")
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    keyguide::i18n::set_language(keyguide::i18n::Language::EnUs);
    let mut args = std::env::args().skip(1);
    let operations: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut rng = Rng(seed);

    let key = VirtualKey::new(Profile::Bio).control();
    {
        let mut s = session(&key).await.expect("the key opens");
        s.set_pin(&pin(PINS[0])).await.expect("set PIN");
    }
    let mut e = Expected {
        pin: 0,
        passkeys: 0,
        always_uv: false,
        fingerprints: 0,
        next_account: 0,
    };
    let mut counts = Counts::default();
    let started = Instant::now();

    for n in 0..operations {
        let kind = pick(&mut rng, &e);
        if kind == Kind::Reset {
            // Reset is accepted only just after power-up.
            key.replug();
        }
        let fault = (rng.below(FAULT_ONE_IN) == 0).then(|| {
            let at = 1 + rng.below(8) as u32;
            let fault = Fault::ALL[rng.below(Fault::ALL.len() as u64) as usize];
            key.inject_fault(at, fault);
            counts.faults_armed += 1;
            (at, fault)
        });
        let fired_before = key.faults_fired();
        let result = run(kind, &key, &e).await;
        key.clear_fault();
        let fired = key.faults_fired() > fired_before;
        counts.faults_fired += u32::from(fired);
        let entry = counts.by_kind.entry(kind).or_default();
        let context = format!("operation {n} ({kind:?}, fault {fault:?})");

        match &result {
            Ok(reported) => {
                entry.0 += 1;
                if kind == Kind::WrongPin {
                    counts
                        .violations
                        .push(format!("{context}: a wrong PIN was accepted"));
                } else if !done_on_key(kind, &key, &e, *reported) {
                    counts
                        .violations
                        .push(format!("{context}: reported done, but the key disagrees"));
                }
            }
            Err(err) => {
                entry.1 += 1;
                let text = err.user_text();
                if !clear(err, &text) {
                    counts
                        .violations
                        .push(format!("{context}: unclear message {text:?}"));
                }
                *counts.errors.entry(format!("{err:?}")).or_default() += 1;
                if kind != Kind::WrongPin && done_on_key(kind, &key, &e, usize::MAX) {
                    counts.failed_but_done += 1;
                }
                if !fired && kind != Kind::WrongPin {
                    counts
                        .violations
                        .push(format!("{context}: failed without a fault: {err:?}"));
                }
            }
        }
        if kind == Kind::AddPasskey {
            e.next_account += 1;
        }
        // The user replugs a key that a fault pulled out (this also lifts a
        // "replug before the next PIN" block after wrong PINs).
        key.replug();
        resync(&key, &mut e);
        if !key.pin_is(PINS[0]) && !key.pin_is(PINS[1]) {
            // A reset went through but the PIN set after it failed: the
            // user sets the PIN again before going on.
            let mut s = session(&key).await.expect("the key opens");
            s.set_pin(&pin(PINS[0])).await.expect("set the PIN again");
            counts.pin_set_again += 1;
            resync(&key, &mut e);
        }
        if kind == Kind::WrongPin {
            // Only a wrong PIN may cost a retry; the next right PIN restores
            // them all.
            let mut s = session(&key)
                .await
                .expect("the key opens after a wrong PIN");
            s.unlock(&pin(PINS[e.pin])).await.expect("the right PIN");
        }
        if key.pin_retries() != MAX_RETRIES {
            counts.violations.push(format!(
                "{context}: {} PIN retries left after the operation",
                key.pin_retries()
            ));
            resync(&key, &mut e);
        }
    }

    let elapsed = started.elapsed();
    println!("soak: {operations} operations, seed {seed}, {elapsed:.1?}");
    println!(
        "faults: {} armed, {} fired (the others fell after the operation's last command)",
        counts.faults_armed, counts.faults_fired
    );
    for (kind, (ok, failed)) in &counts.by_kind {
        println!("  {kind:?}: {ok} done, {failed} failed");
    }
    println!("errors reported:");
    for (error, n) in &counts.errors {
        println!("  {n:>5} {error}");
    }
    println!(
        "reported as failed although the key had done it (a fault after the key acted; the user re-checks): {}",
        counts.failed_but_done
    );
    println!(
        "PIN set again after a reset whose PIN setup a fault interrupted: {}",
        counts.pin_set_again
    );
    println!("violations: {}", counts.violations.len());
    let mut kinds: BTreeMap<&str, u32> = BTreeMap::new();
    for v in &counts.violations {
        let kind = v.split_once("): ").map_or(v.as_str(), |(_, what)| what);
        let kind = kind.split(" \"").next().unwrap_or(kind);
        *kinds.entry(kind).or_default() += 1;
    }
    for (kind, n) in &kinds {
        println!("  {n:>5} {kind}");
    }
    for v in counts.violations.iter().take(20) {
        println!("  {v}");
    }
    if counts.violations.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
