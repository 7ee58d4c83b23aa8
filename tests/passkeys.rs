//! Passkey management on the virtual key.

mod common;

use common::{open, pin, seed, with_pin};
use keyguide::device::error::Feature;
use keyguide::device::KeyError;
use keyguide::virtual_key::Profile;

#[tokio::test]
async fn passkeys_are_listed_grouped_by_site() {
    let mut b = with_pin(Profile::Bio).await;
    seed(&mut b.session, 5, 2, Some("123456")).await;
    b.session.unlock(&pin("123456")).await.unwrap();
    let list = b.session.list_passkeys().await.unwrap();
    assert_eq!(list.slots.used, 5);
    assert_eq!(list.sites.len(), 2);
    let mut counts: Vec<usize> = list.sites.iter().map(|s| s.passkeys.len()).collect();
    counts.sort();
    assert_eq!(counts, vec![2, 3]);
    for site in &list.sites {
        for p in &site.passkeys {
            assert_eq!(p.rp_id, site.rp_id);
            assert!(p.user_name.as_deref().unwrap().ends_with(&site.rp_id));
        }
    }
}

#[tokio::test]
async fn an_empty_key_lists_no_sites() {
    let mut b = with_pin(Profile::Bio).await;
    let list = b.session.list_passkeys().await.unwrap();
    assert_eq!(list.slots.used, 0);
    assert!(list.slots.remaining > 0);
    assert!(list.sites.is_empty());
}

#[tokio::test]
async fn deleting_a_passkey_removes_only_that_one() {
    let mut b = with_pin(Profile::Bio).await;
    seed(&mut b.session, 3, 1, Some("123456")).await;
    b.session.unlock(&pin("123456")).await.unwrap();
    let list = b.session.list_passkeys().await.unwrap();
    let victim = list.sites[0].passkeys[1].clone();
    b.session
        .delete_passkey(&victim.credential_id)
        .await
        .unwrap();
    let after = b.session.list_passkeys().await.unwrap();
    assert_eq!(after.slots.used, 2);
    assert!(after.sites[0]
        .passkeys
        .iter()
        .all(|p| p.credential_id != victim.credential_id));
    // Deleting it again: the key no longer has it.
    let err = b
        .session
        .delete_passkey(&victim.credential_id)
        .await
        .unwrap_err();
    assert!(matches!(err, KeyError::UnknownCredential(_)), "{err:?}");
}

#[tokio::test]
async fn a_malformed_credential_id_never_reaches_the_key() {
    let mut b = with_pin(Profile::Bio).await;
    let before = b.key.commands_received().len();
    let err = b.session.delete_passkey("not base64!").await.unwrap_err();
    assert!(matches!(err, KeyError::UnknownCredential(_)), "{err:?}");
    assert_eq!(b.key.commands_received().len(), before);
}

#[tokio::test]
async fn user_names_of_a_passkey_can_be_updated() {
    let mut b = with_pin(Profile::Bio).await;
    seed(&mut b.session, 1, 1, Some("123456")).await;
    b.session.unlock(&pin("123456")).await.unwrap();
    let id = b.session.list_passkeys().await.unwrap().sites[0].passkeys[0]
        .credential_id
        .clone();
    b.session
        .update_passkey_user(
            &id,
            Some("new@site0.example.com".into()),
            Some("New Name".into()),
        )
        .await
        .unwrap();
    let p = &b.session.list_passkeys().await.unwrap().sites[0].passkeys[0];
    assert_eq!(p.user_name.as_deref(), Some("new@site0.example.com"));
    assert_eq!(p.display_name.as_deref(), Some("New Name"));
}

#[tokio::test]
async fn listing_100_passkeys_over_25_sites_sends_only_what_the_protocol_needs() {
    let mut b = with_pin(Profile::Bio).await;
    seed(&mut b.session, 100, 25, Some("123456")).await;
    // A fresh session, as `keyguide passkeys list` opens one.
    let key = b.key.clone();
    drop(b);
    let mut b = common::open_key(keyguide::virtual_key::VirtualKey::from_control(key)).await;
    b.session.unlock(&pin("123456")).await.unwrap();
    let list = b.session.list_passkeys().await.unwrap();
    assert_eq!(list.slots.used, 100);
    assert_eq!(list.sites.len(), 25);
    // getInfo, getPINRetries (the retries before the PIN is sent, to tell a
    // forced PIN change from a wrong PIN), getKeyAgreement,
    // getPinUvAuthToken, getCredsMetadata, 25 RP enumeration steps and 100
    // credential enumeration steps.
    assert_eq!(b.session.commands_sent(), 1 + 1 + 1 + 1 + 1 + 25 + 100);
}

#[tokio::test]
async fn a_ctap_2_0_key_reports_management_as_not_supported() {
    let mut b = open(Profile::Basic).await;
    b.session.set_pin(&pin("123456")).await.unwrap();
    let info = b.session.info().await.unwrap();
    assert!(!info.credential_management);
    assert!(!info.bio);
    b.session.unlock(&pin("123456")).await.unwrap();
    let err = b.session.list_passkeys().await.unwrap_err();
    assert!(
        matches!(err, KeyError::Unsupported(Feature::CredentialManagement)),
        "{err:?}"
    );
    let err = b.session.list_fingerprints().await.unwrap_err();
    assert!(
        matches!(err, KeyError::Unsupported(Feature::BioEnrollment)),
        "{err:?}"
    );
    let err = b.session.set_always_uv(true).await.unwrap_err();
    assert!(matches!(err, KeyError::Unsupported(_)), "{err:?}");
}

#[tokio::test]
async fn prototype_keys_list_and_delete_passkeys_with_command_0x41() {
    let mut b = with_pin(Profile::Pre).await;
    seed(&mut b.session, 3, 2, Some("123456")).await;
    b.session.unlock(&pin("123456")).await.unwrap();
    let before = b.key.commands_received().len();
    let list = b.session.list_passkeys().await.unwrap();
    assert_eq!(list.slots.used, 3);
    let id = list.sites[0].passkeys[0].credential_id.clone();
    b.session.delete_passkey(&id).await.unwrap();
    let sent = &b.key.commands_received()[before..];
    assert!(sent.iter().all(|c| *c == 0x41), "sent {sent:02x?}");
    assert!(!b.session.info().await.unwrap().update_user_information);
}
