//! Fingerprint enrollment and management on the virtual key.

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
