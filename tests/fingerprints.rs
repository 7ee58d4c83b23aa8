//! Fingerprint enrollment and management on the virtual key.

#[path = "common/answers.rs"]
mod answers;
mod common;

use common::{pin, with_pin};
use keyguide::device::prompts::SampleStatus;
use keyguide::device::{KeyError, KeyEvent};
use keyguide::virtual_key::{Profile, TouchPolicy};

#[tokio::test]
async fn enrollment_with_bad_samples_then_success() {
    let mut b = with_pin(Profile::Bio).await;
    let sensor = b.session.sensor_info().await.unwrap();
    let needed = sensor.max_capture_samples_required_for_enroll;
    assert!(needed >= 2);
    b.key.queue_samples([
        SampleStatus::Good,
        SampleStatus::TooFast,
        SampleStatus::PoorQuality,
    ]);

    let mut progress = b.session.enroll_begin().await.unwrap();
    assert_eq!(progress.status, SampleStatus::Good);
    assert_eq!(progress.remaining_samples, needed - 1);
    progress = b
        .session
        .enroll_capture_next(&progress.template_id)
        .await
        .unwrap();
    assert_eq!(progress.status, SampleStatus::TooFast);
    assert_eq!(
        progress.remaining_samples,
        needed - 1,
        "a bad sample does not count"
    );
    progress = b
        .session
        .enroll_capture_next(&progress.template_id)
        .await
        .unwrap();
    assert_eq!(progress.status, SampleStatus::PoorQuality);
    while progress.remaining_samples > 0 {
        progress = b
            .session
            .enroll_capture_next(&progress.template_id)
            .await
            .unwrap();
        assert_eq!(progress.status, SampleStatus::Good);
    }

    let list = b.session.list_fingerprints().await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, progress.template_id);

    // Every sample was reported to the UI as it happened.
    let mut statuses = Vec::new();
    while let Ok(event) = b.events.try_recv() {
        if let KeyEvent::FingerprintSample { status, .. } = event {
            statuses.push(status);
        }
    }
    assert_eq!(
        &statuses[..3],
        &[
            SampleStatus::Good,
            SampleStatus::TooFast,
            SampleStatus::PoorQuality
        ]
    );
    assert_eq!(statuses.len() as u32, needed + 2);
}

#[tokio::test]
async fn fingerprints_can_be_renamed_and_removed() {
    let mut b = with_pin(Profile::Bio).await;
    let mut p = b.session.enroll_begin().await.unwrap();
    while p.remaining_samples > 0 {
        p = b.session.enroll_capture_next(&p.template_id).await.unwrap();
    }
    b.session
        .rename_fingerprint(&p.template_id, "Right thumb")
        .await
        .unwrap();
    assert_eq!(
        b.session.list_fingerprints().await.unwrap()[0]
            .name
            .as_deref(),
        Some("Right thumb")
    );
    let err = b.session.remove_fingerprint("abcd").await.unwrap_err();
    assert!(matches!(err, KeyError::UnknownFingerprint(_)), "{err:?}");
    let err = b.session.rename_fingerprint("zz", "x").await.unwrap_err();
    assert!(matches!(err, KeyError::UnknownFingerprint(_)), "{err:?}");
    b.session.remove_fingerprint(&p.template_id).await.unwrap();
    assert!(b.session.list_fingerprints().await.unwrap().is_empty());
}

#[tokio::test]
async fn cancelling_while_the_key_waits_for_a_finger_stops_enrollment() {
    let mut b = with_pin(Profile::Bio).await;
    let first = b.session.enroll_begin().await.unwrap();
    b.key.set_touch(TouchPolicy::Manual);

    let cancel = b.cancel.clone();
    let key = b.key.clone();
    let id = first.template_id.clone();
    let waiting = async {
        // Cancel only once the key really waits for the user.
        loop {
            match b.events.recv().await {
                Some(KeyEvent::TouchNeeded) => break,
                Some(_) => continue,
                None => panic!("event channel closed"),
            }
        }
        cancel.cancel();
    };
    let (result, ()) = tokio::join!(b.session.enroll_capture_next(&id), waiting);
    assert!(matches!(result, Err(KeyError::Cancelled)), "{result:?}");
    key.set_touch(TouchPolicy::Immediate);
    // The half-made template is gone and the key is usable again.
    assert!(b.session.list_fingerprints().await.unwrap().is_empty());
    let _ = pin; // PIN stays untouched by a cancel
}

// --- Unlocking with a fingerprint (built-in user verification tokens,
// --- clientPIN getPinUvAuthTokenUsingUvWithPermissions, CTAP 2.1 §6.5.5.7.3)

/// A fingerprint key with PIN 123456 and one finger enrolled.
async fn enrolled_key() -> keyguide::virtual_key::VirtualKeyControl {
    let mut b = with_pin(Profile::Bio).await;
    let mut p = b.session.enroll_begin().await.unwrap();
    while p.remaining_samples > 0 {
        p = b.session.enroll_capture_next(&p.template_id).await.unwrap();
    }
    b.key
}

#[tokio::test]
async fn a_key_with_an_enrolled_finger_offers_fingerprint_unlock() {
    let mut b = with_pin(Profile::Bio).await;
    assert!(
        !b.session.info().await.unwrap().fingerprint_unlock,
        "no finger yet"
    );
    let key = enrolled_key().await;
    let (mut session, _) = answers::scripted_session(&key).await;
    assert!(session.can_unlock_with_fingerprint());
    let info = session.info().await.unwrap();
    assert!(info.fingerprint_unlock);
    assert!(info.uv_retries.is_some_and(|r| r > 0), "{info:?}");
}

#[tokio::test]
async fn a_finger_not_recognised_reports_the_attempts_left_and_the_pin_still_works() {
    let key = enrolled_key().await;
    let (mut session, script) = answers::scripted_session(&key).await;
    let left = session.uv_retries().await.unwrap();
    script.answer(0x06, Some(0x06), 0x3F); // CTAP2_ERR_UV_INVALID
    let err = session.unlock_with_fingerprint().await.unwrap_err();
    assert!(
        matches!(err, KeyError::UvInvalid { retries } if retries == left),
        "{err:?}"
    );
    assert!(!session.is_unlocked());
    session.unlock(&pin("123456")).await.unwrap();
    assert!(session.list_fingerprints().await.unwrap().len() == 1);
}

#[tokio::test]
async fn blocked_fingerprint_matching_falls_back_to_the_pin() {
    let key = enrolled_key().await;
    let (mut session, script) = answers::scripted_session(&key).await;
    script.answer(0x06, Some(0x06), 0x3C); // CTAP2_ERR_UV_BLOCKED
    let err = session.unlock_with_fingerprint().await.unwrap_err();
    assert!(matches!(err, KeyError::UvBlocked), "{err:?}");
    session.unlock(&pin("123456")).await.unwrap();
    assert!(session.is_unlocked());
}

#[tokio::test]
async fn a_key_without_fingerprint_tokens_is_not_asked_for_one() {
    let mut b = with_pin(Profile::Pre).await;
    assert!(!b.session.can_unlock_with_fingerprint());
    let before = b.key.commands_received().len();
    let err = b.session.unlock_with_fingerprint().await.unwrap_err();
    assert!(matches!(err, KeyError::Unsupported(_)), "{err:?}");
    assert_eq!(b.key.commands_received().len(), before, "nothing sent");
}

/// The virtual key's clientPIN 0x06 (getPinUvAuthTokenUsingUvWithPermissions).
#[tokio::test]
async fn an_enrolled_finger_unlocks_the_key_without_the_pin() {
    let key = enrolled_key().await;
    let (mut session, _) = answers::scripted_session(&key).await;
    let pin_retries = key.pin_retries();
    session.unlock_with_fingerprint().await.unwrap();
    assert!(session.is_unlocked());
    assert_eq!(session.list_fingerprints().await.unwrap().len(), 1);
    session.list_passkeys().await.unwrap();
    assert_eq!(key.pin_retries(), pin_retries, "no PIN involved");
}
