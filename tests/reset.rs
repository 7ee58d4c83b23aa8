//! Reset and settings on the virtual key.

#[path = "common/answers.rs"]
mod answers;
mod common;

use common::{open, pin, seed, with_pin};
use keyguide::device::KeyError;
use keyguide::virtual_key::{Profile, TouchPolicy};
use std::time::Duration;

#[tokio::test]
async fn reset_inside_the_window_erases_everything() {
    let mut b = with_pin(Profile::Bio).await;
    seed(&mut b.session, 3, 1, Some("123456")).await;
    b.key.replug();
    b.session.reset().await.unwrap();
    let info = b.session.info().await.unwrap();
    assert_eq!(info.pin_set, Some(false));
    b.session.set_pin(&pin("111111")).await.unwrap();
    b.session.unlock(&pin("111111")).await.unwrap();
    assert_eq!(b.session.list_passkeys().await.unwrap().slots.used, 0);
}

#[tokio::test]
async fn reset_after_the_window_is_refused_with_a_replug_hint() {
    let mut b = with_pin(Profile::Bio).await;
    b.key.advance_clock(Duration::from_secs(11));
    let err = b.session.reset().await.unwrap_err();
    assert!(matches!(err, KeyError::ResetWindowPassed), "{err:?}");
    assert!(keyguide::errors::UserText::user_text(&err).contains("insert it again"));
    // Nothing was erased.
    assert_eq!(b.session.info().await.unwrap().pin_set, Some(true));
    // Replug and retry straight away: accepted.
    b.key.replug();
    b.session.reset().await.unwrap();
}

#[tokio::test]
async fn reset_without_a_touch_times_out_and_erases_nothing() {
    let mut b = with_pin(Profile::Bio).await;
    b.key.set_touch(TouchPolicy::Never);
    let err = b.session.reset().await.unwrap_err();
    assert!(matches!(err, KeyError::UserActionTimeout), "{err:?}");
    assert!(keyguide::errors::UserText::user_text(&err).contains("did not touch"));
    assert_eq!(b.session.info().await.unwrap().pin_set, Some(true));
}

#[tokio::test]
async fn a_reset_declined_on_the_key_says_so_not_too_late() {
    // §6.6: a key that lets the user decline answers OPERATION_DENIED.
    let key = keyguide::virtual_key::VirtualKey::new(Profile::Bio).control();
    let (mut session, script) = answers::scripted_session(&key).await;
    session.set_pin(&pin("123456")).await.unwrap();
    script.answer(0x07, None, 0x27);
    let err = session.reset().await.unwrap_err();
    assert!(matches!(err, KeyError::ResetDeclined), "{err:?}");
    assert_eq!(
        keyguide::errors::UserText::user_text(&err),
        "You declined the reset on the key. Nothing was erased."
    );
    assert!(key.pin_is("123456"), "nothing was erased");
}

#[tokio::test]
async fn always_uv_and_minimum_pin_length_can_be_changed() {
    let mut b = with_pin(Profile::Bio).await;
    assert_eq!(b.session.info().await.unwrap().always_uv, Some(false));
    b.session.set_always_uv(true).await.unwrap();
    assert_eq!(b.session.info().await.unwrap().always_uv, Some(true));
    b.session.set_always_uv(false).await.unwrap();
    assert_eq!(b.session.info().await.unwrap().always_uv, Some(false));

    b.session.set_min_pin_length(8).await.unwrap();
    let info = b.session.info().await.unwrap();
    assert_eq!(info.min_pin_length, 8);
    assert!(info.force_pin_change, "the 6-digit PIN is now too short");
    assert!(!b.session.is_unlocked());
    let before = b.key.commands_received().len();
    let err = b.session.set_min_pin_length(6).await.unwrap_err();
    assert!(
        matches!(err, KeyError::InvalidMinPinLength { current: 8 }),
        "{err:?}"
    );
    let err = b.session.set_min_pin_length(64).await.unwrap_err();
    assert!(
        matches!(err, KeyError::InvalidMinPinLength { .. }),
        "{err:?}"
    );
    assert_eq!(
        b.key.commands_received().len(),
        before,
        "refused before reaching the key"
    );
}

#[tokio::test]
async fn settings_need_the_pin_first() {
    let mut b = open(Profile::Bio).await;
    b.session.set_pin(&pin("123456")).await.unwrap();
    let err = b.session.set_always_uv(true).await.unwrap_err();
    assert!(matches!(err, KeyError::PinRequired), "{err:?}");
}
