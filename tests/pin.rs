//! PIN flows on the virtual key, as a user meets them.

#[path = "common/answers.rs"]
mod answers;
mod common;

use common::{open, pin, with_pin};
use keyguide::device::error::PinProblem;
use keyguide::device::pin_uv::PinUvProtocol;
use keyguide::device::KeyError;
use keyguide::errors::UserText;
use keyguide::virtual_key::{Profile, Quirks, VirtualKey};

#[tokio::test]
async fn setting_a_pin_shows_it_set_with_eight_attempts() {
    let mut b = open(Profile::Bio).await;
    assert_eq!(b.session.info().await.unwrap().pin_set, Some(false));
    b.session.set_pin(&pin("246810")).await.unwrap();
    let info = b.session.info().await.unwrap();
    assert_eq!(info.pin_set, Some(true));
    assert_eq!(info.pin_retries, Some(8));
    assert_eq!(b.key.pin_retries(), 8);
}

#[tokio::test]
async fn wrong_pin_reports_retries_left() {
    let mut b = with_pin(Profile::Bio).await;
    b.session.lock();
    let err = b.session.unlock(&pin("000000")).await.unwrap_err();
    assert!(
        matches!(err, KeyError::PinInvalid { retries: Some(7) }),
        "{err:?}"
    );
    assert_eq!(err.user_text(), "Wrong PIN. 7 attempts left.");
    // The right PIN still works and restores the count.
    b.session.unlock(&pin("123456")).await.unwrap();
    assert_eq!(b.session.pin_retries().await.unwrap().retries, 8);
}

#[tokio::test]
async fn three_wrong_pins_need_a_replug() {
    let mut b = with_pin(Profile::Bio).await;
    b.session.lock();
    for expected in [7, 6] {
        let err = b.session.unlock(&pin("000000")).await.unwrap_err();
        assert!(
            matches!(err, KeyError::PinInvalid { retries: Some(r) } if r == expected),
            "{err:?}"
        );
    }
    let err = b.session.unlock(&pin("000000")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinAuthBlocked), "{err:?}");
    // Even the right PIN is refused until the key is re-inserted.
    let err = b.session.unlock(&pin("123456")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinAuthBlocked), "{err:?}");
    assert_eq!(b.key.pin_retries(), 5);

    b.key.replug();
    b.session.unlock(&pin("123456")).await.unwrap();
    assert_eq!(b.session.pin_retries().await.unwrap().retries, 8);
}

#[tokio::test]
async fn eight_wrong_pins_block_the_pin_until_reset() {
    let mut b = with_pin(Profile::Bio).await;
    b.session.lock();
    let mut last = None;
    for attempt in 1..=8 {
        last = Some(b.session.unlock(&pin("000000")).await.unwrap_err());
        if attempt % 3 == 0 {
            b.key.replug();
        }
    }
    assert!(matches!(last, Some(KeyError::PinBlocked)), "{last:?}");
    assert_eq!(b.key.pin_retries(), 0);
    let err = b.session.unlock(&pin("123456")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinBlocked), "{err:?}");
}

#[tokio::test]
async fn a_wrong_pin_costs_exactly_one_attempt() {
    let mut b = with_pin(Profile::Bio).await;
    b.session.lock();
    let _ = b.session.unlock(&pin("000000")).await.unwrap_err();
    assert_eq!(b.key.pin_retries(), 7);
}

#[tokio::test]
async fn pin_shorter_than_minimum_is_refused_before_reaching_the_key() {
    let mut b = open(Profile::Bio).await;
    let before = b.key.commands_received().len();
    let err = b.session.set_pin(&pin("123")).await.unwrap_err();
    assert!(
        matches!(err, KeyError::InvalidPin(PinProblem::TooShort { min: 4 })),
        "{err:?}"
    );
    assert_eq!(b.key.commands_received().len(), before, "nothing was sent");
}

#[tokio::test]
async fn pin_longer_than_63_bytes_is_refused_before_reaching_the_key() {
    let mut b = with_pin(Profile::Bio).await;
    let before = b.key.commands_received().len();
    let err = b
        .session
        .change_pin(&pin("123456"), &pin(&"9".repeat(64)))
        .await
        .unwrap_err();
    assert!(
        matches!(err, KeyError::InvalidPin(PinProblem::TooLong)),
        "{err:?}"
    );
    assert_eq!(b.key.commands_received().len(), before);
    assert_eq!(b.key.pin_retries(), 8, "no attempt was spent");
}

#[tokio::test]
async fn setting_a_pin_when_one_is_set_is_refused() {
    // The virtual key answers as the spec says (PIN_AUTH_INVALID), then as
    // some keys do (NOT_ALLOWED): the user is told the same either way.
    let not_allowed = Profile::Bio.with_quirks(Quirks {
        pin_already_set_not_allowed: true,
        ..Default::default()
    });
    for profile in [Profile::Bio, not_allowed] {
        let mut b = with_pin(profile).await;
        let err = b.session.set_pin(&pin("654321")).await.unwrap_err();
        assert!(matches!(err, KeyError::PinAlreadySet), "{err:?}");
        assert!(b.key.pin_is("123456"), "the PIN is unchanged");
        assert_eq!(b.key.pin_retries(), 8);
    }
}

#[tokio::test]
async fn change_pin_works_with_both_pin_protocols() {
    for protocol in [PinUvProtocol::One, PinUvProtocol::Two] {
        let mut b = open(Profile::Bio).await;
        b.session.use_pin_protocol(protocol).unwrap();
        b.session.set_pin(&pin("1111")).await.unwrap();
        b.session
            .change_pin(&pin("1111"), &pin("2222"))
            .await
            .unwrap();
        b.session.unlock(&pin("2222")).await.unwrap();
        // A management command signed with this protocol's token works.
        assert!(b.session.list_fingerprints().await.unwrap().is_empty());
        let err = b
            .session
            .change_pin(&pin("1111"), &pin("3333"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, KeyError::PinInvalid { retries: Some(7) }),
            "{protocol:?}: {err:?}"
        );
    }
}

#[tokio::test]
async fn current_pin_shorter_than_a_raised_minimum_can_still_be_changed() {
    let mut b = open(Profile::Bio).await;
    b.session.set_pin(&pin("1234")).await.unwrap();
    b.session.unlock(&pin("1234")).await.unwrap();
    b.session.set_min_pin_length(6).await.unwrap();
    let err = b
        .session
        .change_pin(&pin("1234"), &pin("12345"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, KeyError::InvalidPin(PinProblem::TooShort { min: 6 })),
        "{err:?}"
    );
    b.session
        .change_pin(&pin("1234"), &pin("123456"))
        .await
        .unwrap();
}

#[tokio::test]
async fn forced_pin_change_blocks_the_token_until_changed() {
    let mut b = with_pin(Profile::Bio).await;
    b.session.force_pin_change().await.unwrap();
    assert!(b.session.info().await.unwrap().force_pin_change);
    let err = b.session.unlock(&pin("123456")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinChangeRequired), "{err:?}");
    b.session
        .change_pin(&pin("123456"), &pin("654321"))
        .await
        .unwrap();
    b.session.unlock(&pin("654321")).await.unwrap();
    assert!(!b.session.info().await.unwrap().force_pin_change);
}

#[tokio::test]
async fn the_token_is_reused_until_the_key_rejects_it() {
    let mut b = with_pin(Profile::Bio).await;
    let before = b.key.commands_received().len();
    b.session.list_fingerprints().await.unwrap();
    b.session.list_passkeys().await.unwrap();
    // Two operations, no clientPIN command in between.
    let sent: Vec<u8> = b.key.commands_received()[before..].to_vec();
    assert!(!sent.contains(&0x06), "sent {sent:02x?}");
    // After a power cycle the key forgets the token: we are asked again.
    b.key.replug();
    let err = b.session.list_passkeys().await.unwrap_err();
    assert!(matches!(err, KeyError::PinRequired), "{err:?}");
    assert!(!b.session.is_unlocked());
}

#[tokio::test]
async fn prototype_keys_use_the_legacy_pin_token() {
    let mut b = with_pin(Profile::Pre).await;
    assert!(b.session.info().await.unwrap().prototype_commands);
    assert!(b.session.list_passkeys().await.unwrap().sites.is_empty());
}

// --- A forced PIN change, as real keys answer it (CTAP 2.1 §6.5.5.7.2) ---

fn quirky(profile: Profile) -> Profile {
    profile.with_quirks(Quirks {
        forced_change_policy_violation: true,
        ..Default::default()
    })
}

/// The IT-staff preparation: temporary PIN, minimum length 8, forced
/// change. The employee's right PIN must lead to "change it", not "wrong".
async fn prepared_by_it_staff(profile: Profile) -> common::Bench {
    let mut b = open(profile).await;
    b.session.set_pin(&pin("1234")).await.unwrap();
    b.session.unlock(&pin("1234")).await.unwrap();
    b.session.set_min_pin_length(8).await.unwrap();
    // A minimum above the PIN's length already forces a change.
    assert!(b.session.info().await.unwrap().force_pin_change);
    b.session.unlock(&pin("1234")).await.unwrap_err();
    b
}

#[tokio::test]
async fn the_right_pin_under_a_forced_change_asks_for_a_new_pin_and_spends_nothing() {
    for profile in [Profile::Bio, quirky(Profile::Bio)] {
        let mut b = prepared_by_it_staff(profile.clone()).await;
        let err = b.session.unlock(&pin("1234")).await.unwrap_err();
        assert!(
            matches!(err, KeyError::PinChangeRequired),
            "{profile:?}: {err:?}"
        );
        assert_eq!(
            err.user_text(),
            "Your PIN must be changed before the key can be used."
        );
        assert_eq!(b.key.pin_retries(), 8, "no attempt was spent");

        // The temporary PIN changes it; the new one unlocks.
        b.session
            .change_pin(&pin("1234"), &pin("24681357"))
            .await
            .unwrap();
        b.session.unlock(&pin("24681357")).await.unwrap();
        let info = b.session.info().await.unwrap();
        assert!(!info.force_pin_change);
        assert_eq!(info.pin_retries, Some(8));
    }
}

#[tokio::test]
async fn a_wrong_pin_under_a_forced_change_is_still_a_wrong_pin() {
    for profile in [Profile::Bio, quirky(Profile::Bio)] {
        let mut b = with_pin(profile.clone()).await;
        b.session.force_pin_change().await.unwrap();
        let err = b.session.unlock(&pin("000000")).await.unwrap_err();
        assert!(
            matches!(err, KeyError::PinInvalid { retries: Some(7) }),
            "{profile:?}: {err:?}"
        );
        assert_eq!(b.key.pin_retries(), 7, "exactly one attempt, never retried");
        // And the right one right after is told apart (7 known, 8 now).
        let err = b.session.unlock(&pin("123456")).await.unwrap_err();
        assert!(matches!(err, KeyError::PinChangeRequired), "{err:?}");
        assert_eq!(b.key.pin_retries(), 8);
    }
}

#[tokio::test]
async fn a_session_opened_before_the_change_was_forced_still_tells_it_apart() {
    // Another program forces the change after this session read getInfo
    // and without this session ever reading the retries.
    let mut b = open(Profile::Bio).await;
    b.session.set_pin(&pin("123456")).await.unwrap();
    let mut other = common::open_key(VirtualKey::from_control(b.key.clone())).await;
    other.session.unlock(&pin("123456")).await.unwrap();
    other.session.force_pin_change().await.unwrap();

    let err = b.session.unlock(&pin("123456")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinChangeRequired), "{err:?}");
    assert!(b.session.get_info().force_pin_change, "getInfo was re-read");
    assert_eq!(b.key.pin_retries(), 8);
}

#[tokio::test]
async fn a_legacy_pin_token_under_a_forced_change_asks_for_a_new_pin() {
    // getPinToken (0x05), on a key without pinUvAuthToken, answers the
    // same way (§6.5.5.7.1 refers to the same steps).
    let mut spec = Profile::Bio.spec();
    spec.pin_uv_auth_token = false;
    let legacy = Profile::Custom(Box::new(spec));
    for profile in [legacy.clone(), quirky(legacy)] {
        let mut b = with_pin(profile).await;
        b.session.force_pin_change().await.unwrap();
        let err = b
            .session
            .make_passkey(
                &keyguide::device::passkeys::NewPasskey::example(0, 1),
                Some(&pin("123456")),
            )
            .await
            .unwrap_err();
        assert!(matches!(err, KeyError::PinChangeRequired), "{err:?}");
        assert_eq!(b.key.pin_retries(), 8);
    }
}

// --- setPIN on a key that already has one (§6.5.5.5) ---

#[tokio::test]
async fn setting_a_pin_another_program_just_set_is_refused_as_already_set() {
    // The spec's answer is PIN_AUTH_INVALID; some keys say NOT_ALLOWED.
    for status in [0x33u8, 0x30] {
        let key = VirtualKey::new(Profile::Bio).control();
        let (mut stale, script) = answers::scripted_session(&key).await;
        let mut other = common::open_key(VirtualKey::from_control(key.clone())).await;
        other.session.set_pin(&pin("123456")).await.unwrap();

        script.answer(0x06, Some(0x03), status);
        let err = stale.set_pin(&pin("654321")).await.unwrap_err();
        assert!(
            matches!(err, KeyError::PinAlreadySet),
            "{status:#x}: {err:?}"
        );
        assert!(key.pin_is("123456"), "the PIN is unchanged");
        assert_eq!(stale.pin_is_set(), Some(true), "getInfo was re-read");
    }
}
