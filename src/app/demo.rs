//! The demo key: a virtual CTAP 2.1 key with a fingerprint sensor, a few
//! passkeys from well-known sites and no PIN, so every screen can be tried
//! without hardware.

use std::time::Duration;

use crate::device::model::{DeviceSummary, Transport};
use crate::device::passkeys::NewPasskey;
use crate::device::{CancelSignal, Connection, KeyError, KeySession, Prompts, TokenConnection};
use crate::virtual_key::{Profile, TouchPolicy, VirtualKey, VirtualKeyControl};

/// How long the simulated user takes to touch: long enough to see prompts.
pub const DEMO_TOUCH: Duration = Duration::from_millis(1200);

const ACCOUNTS: [(&str, &str, &str, &str); 6] = [
    (
        "login.microsoft.com",
        "Microsoft",
        "alex@contoso.com",
        "Alex Wilber",
    ),
    (
        "google.com",
        "Google",
        "alex.wilber@gmail.com",
        "Alex Wilber",
    ),
    ("github.com", "GitHub", "awilber", "Alex Wilber"),
    (
        "dropbox.com",
        "Dropbox",
        "alex.wilber@outlook.com",
        "Alex W.",
    ),
    ("amazon.com", "Amazon", "alex.wilber@outlook.com", "Alex"),
    ("github.com", "GitHub", "awilber-work", "Alex Wilber (work)"),
];

pub fn summary() -> DeviceSummary {
    DeviceSummary {
        id: "virtual:demo".into(),
        transport: Transport::Virtual,
        label: t!("keys-demo-label"),
        reader: None,
    }
}

/// Creates the demo key in memory with its passkeys.
pub async fn create() -> Result<VirtualKeyControl, KeyError> {
    create_with(Profile::Bio).await
}

/// The demo key on another virtual profile (`--demo-profile ctap22`
/// shows what newer keys offer: PIN rules, large blobs, reset rules).
pub async fn create_with(profile: Profile) -> Result<VirtualKeyControl, KeyError> {
    let key = VirtualKey::new(profile);
    let control = key.control();
    let mut session = KeySession::open(
        Box::new(TokenConnection::new(key, Transport::Virtual, true)),
        Prompts::discard(),
        CancelSignal::new(),
    )
    .await?;
    for (i, (rp_id, rp_name, user, display)) in ACCOUNTS.iter().enumerate() {
        let new = NewPasskey {
            rp_id: (*rp_id).into(),
            rp_name: (*rp_name).into(),
            user_id: format!("demo-user-{i}").into_bytes(),
            user_name: (*user).into(),
            display_name: (*display).into(),
        };
        session.make_passkey(&new, None).await?;
    }
    control.set_touch(TouchPolicy::Delayed(DEMO_TOUCH));
    Ok(control)
}

/// The PIN `--demo-screen` puts on the demo key to show PIN-protected
/// screens (a made-up key; never a user's PIN). Not a run of digits: the
/// ctap22 profile's complexity policy would refuse it.
pub const SCREENSHOT_PIN: &str = "482916";

/// Sets `pin` on the demo key and enrolls one named fingerprint.
pub async fn with_pin(
    control: VirtualKeyControl,
    pin: &str,
) -> Result<VirtualKeyControl, KeyError> {
    let touch = control.touch_policy();
    control.set_touch(TouchPolicy::Immediate);
    let mut session = KeySession::open(
        connect(&control, CancelSignal::new()),
        Prompts::discard(),
        CancelSignal::new(),
    )
    .await?;
    let pin = crate::device::Pin::new(pin.to_owned());
    session.set_pin(&pin).await?;
    session.unlock(&pin).await?;
    let mut p = session.enroll_begin().await?;
    while p.remaining_samples > 0 {
        p = session.enroll_capture_next(&p.template_id).await?;
    }
    session
        .rename_fingerprint(&p.template_id, "Right index finger")
        .await?;
    control.set_touch(touch);
    Ok(control)
}

/// A new connection to the demo key.
pub fn connect(control: &VirtualKeyControl, cancel: CancelSignal) -> Box<dyn Connection> {
    let key = VirtualKey::from_control(control.clone()).with_cancel(cancel);
    Box::new(TokenConnection::new(key, Transport::Virtual, true))
}
