//! CTAP 2.2 on the virtual key's `ctap22` profile, through the device layer
//! and the CLI: the new getInfo members (§6.4), the persistent read-only
//! token (pcmr, §6.5.5.7) that lists passkeys without the PIN, and
//! encIdentifier, decrypted against vectors made outside KeyGuide.

mod common;

use common::{keyguide_command, open, pin, run_with_stdin, seed, Bench};
use keyguide::device::ctap22::{decrypt_get_info_member, Ctap22Info, PersistentToken};
use keyguide::device::{KeyError, Prompts};
use keyguide::virtual_key::{Profile, VirtualKey};
use serde_cbor_2::Value;
use std::collections::BTreeMap;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;

/// The ctap22 profile refuses simple PINs ("123456"): its complexity policy.
const GOOD_PIN: &str = "482916";

async fn ctap22_with_pin() -> Bench {
    let mut b = open(Profile::Ctap22).await;
    b.session.set_pin(&pin(GOOD_PIN)).await.expect("set PIN");
    b
}

#[tokio::test]
async fn a_ctap22_key_tells_its_2_2_facts() {
    let mut b = open(Profile::Ctap22).await;
    let info = b.session.info().await.unwrap();
    assert!(info.versions.contains(&"FIDO_2_2".to_owned()));
    let c = &info.ctap22;
    assert_eq!(c.attestation_formats, vec!["packed".to_owned()]);
    assert_eq!(c.uv_count_since_last_pin_entry, Some(0));
    assert_eq!(c.long_touch_for_reset, Some(true));
    assert!(c.enc_identifier);
    assert_eq!(c.transports_for_reset, b.key.profile().transports);
    assert_eq!(c.pin_complexity_policy, Some(true));
    assert_eq!(
        c.pin_complexity_policy_url.as_deref(),
        Some("https://example.com/keyguide-virtual-key/pin-policy")
    );
    assert_eq!(c.max_pin_length, Some(63));
    assert_eq!(c.authenticator_config_commands, vec![2, 3]);
    assert!(c.per_cred_mgmt_ro);
    assert!(!c.enc_cred_store_state);
    assert_eq!(c.key_identifier, None, "no persistent token yet");
}

#[tokio::test]
async fn older_profiles_send_none_of_the_2_2_members() {
    for profile in [Profile::Bio, Profile::Pre, Profile::Basic] {
        let mut b = open(profile.clone()).await;
        let info = b.session.info().await.unwrap();
        assert_eq!(info.ctap22, Ctap22Info::default(), "{profile:?}");
        assert!(!b.session.supports_persistent_token());
    }
}

#[tokio::test]
async fn the_complexity_policy_refuses_a_simple_pin() {
    let mut b = open(Profile::Ctap22).await;
    let err = b.session.set_pin(&pin("123456")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinPolicyViolation), "{err:?}");
    let err = b.session.set_pin(&pin("777777")).await.unwrap_err();
    assert!(matches!(err, KeyError::PinPolicyViolation), "{err:?}");
    b.session.set_pin(&pin(GOOD_PIN)).await.unwrap();
    assert!(b.key.pin_is(GOOD_PIN));
}

#[tokio::test]
async fn fingerprint_unlocks_are_counted_until_the_pin_is_entered() {
    let mut b = ctap22_with_pin().await;
    b.session.unlock(&pin(GOOD_PIN)).await.unwrap();
    let mut p = b.session.enroll_begin().await.unwrap();
    while p.remaining_samples > 0 {
        p = b.session.enroll_capture_next(&p.template_id).await.unwrap();
    }
    // Reading the key again shows the finger (getInfo `uv`).
    b.session.info().await.unwrap();
    b.session.unlock_with_fingerprint().await.unwrap();
    b.session.unlock_with_fingerprint().await.unwrap();
    let info = b.session.info().await.unwrap();
    assert_eq!(info.ctap22.uv_count_since_last_pin_entry, Some(2));
    b.session.unlock(&pin(GOOD_PIN)).await.unwrap();
    let info = b.session.info().await.unwrap();
    assert_eq!(info.ctap22.uv_count_since_last_pin_entry, Some(0));
}

#[tokio::test]
async fn passkeys_are_listed_again_after_a_replug_without_the_pin() {
    let mut b = ctap22_with_pin().await;
    seed(&mut b.session, 3, 2, Some(GOOD_PIN)).await;
    let token = b
        .session
        .get_persistent_token(&pin(GOOD_PIN))
        .await
        .unwrap();

    // The key is pulled out and put back: the ordinary token is gone.
    b.key.replug();
    b.session.replugged();
    b.session.lock();
    assert!(!b.session.is_unlocked());
    let retries_before = b.key.pin_retries();
    let list = b.session.list_passkeys_read_only().await.unwrap();
    assert_eq!(list.slots.used, 3);
    assert_eq!(list.sites.len(), 2);
    assert_eq!(b.key.pin_retries(), retries_before);

    // Another session (the app reopens keys) lists with the kept token.
    let mut other = common::open_key(VirtualKey::from_control(b.key.clone())).await;
    let err = other.session.list_passkeys_read_only().await.unwrap_err();
    assert!(matches!(err, KeyError::PinRequired), "{err:?}");
    other.session.set_persistent_token(token);
    let again = other.session.list_passkeys_read_only().await.unwrap();
    assert_eq!(again, list);
}

#[tokio::test]
async fn a_pin_change_ends_the_persistent_token() {
    let mut b = ctap22_with_pin().await;
    seed(&mut b.session, 1, 1, Some(GOOD_PIN)).await;
    let token = b
        .session
        .get_persistent_token(&pin(GOOD_PIN))
        .await
        .unwrap();
    // A second session changes the PIN: the first one's token is now void.
    let mut other = common::open_key(VirtualKey::from_control(b.key.clone())).await;
    other
        .session
        .change_pin(&pin(GOOD_PIN), &pin("592047"))
        .await
        .unwrap();
    let err = b.session.list_passkeys_read_only().await.unwrap_err();
    assert!(matches!(err, KeyError::PinRequired), "{err:?}");
    assert!(b.session.persistent_token().is_none(), "forgotten");
    other.session.set_persistent_token(token);
    assert!(other.session.list_passkeys_read_only().await.is_err());
}

#[tokio::test]
async fn a_reset_ends_the_persistent_token_and_gives_a_new_identity() {
    let mut b = ctap22_with_pin().await;
    let token = b
        .session
        .get_persistent_token(&pin(GOOD_PIN))
        .await
        .unwrap();
    let before = b.key.identifier();
    b.key.replug();
    b.session.replugged();
    b.session.reset().await.unwrap();
    assert_ne!(b.key.identifier(), before);
    b.session.set_pin(&pin(GOOD_PIN)).await.unwrap();
    b.session.set_persistent_token(token);
    let err = b.session.list_passkeys_read_only().await.unwrap_err();
    assert!(matches!(err, KeyError::PinRequired), "{err:?}");
}

#[tokio::test]
async fn the_persistent_token_recognises_the_same_key_after_a_replug() {
    let mut b = ctap22_with_pin().await;
    b.session
        .get_persistent_token(&pin(GOOD_PIN))
        .await
        .unwrap();
    let info = b.session.info().await.unwrap();
    let id = info.ctap22.key_identifier.clone().expect("decrypted");
    assert_eq!(id, hex::encode(b.key.identifier()));
    let token = b.session.persistent_token().unwrap().clone();

    b.key.replug();
    let mut again = common::open_key(VirtualKey::from_control(b.key.clone())).await;
    again.session.set_persistent_token(token);
    let info = again.session.info().await.unwrap();
    assert_eq!(info.ctap22.key_identifier.as_deref(), Some(id.as_str()));
}

async fn raw(key: &mut VirtualKey, bytes: &[u8]) -> Result<Vec<u8>, u8> {
    match key.transmit_raw(bytes, &Prompts::discard()).await {
        Ok(r) => Ok(r),
        Err(WebauthnCError::Ctap(e)) => Err(u8::from(e)),
        Err(other) => panic!("not a CTAP status: {other:?}"),
    }
}

fn cred_mgmt(sub: u8, sub_params: Option<Value>, token: &PersistentToken) -> Vec<u8> {
    let mut message = vec![sub];
    if let Some(p) = &sub_params {
        message.extend(serde_cbor_2::to_vec(p).unwrap());
    }
    let (protocol, param) = token.sign(&message);
    let mut m = BTreeMap::new();
    m.insert(Value::Integer(1), Value::Integer(sub as i128));
    if let Some(p) = sub_params {
        m.insert(Value::Integer(2), p);
    }
    m.insert(Value::Integer(3), Value::Integer(protocol as i128));
    m.insert(Value::Integer(4), Value::Bytes(param));
    let mut out = vec![0x0A];
    out.extend(serde_cbor_2::to_vec(&Value::Map(m)).unwrap());
    out
}

#[tokio::test]
async fn the_persistent_token_cannot_delete_a_passkey() {
    let mut b = ctap22_with_pin().await;
    seed(&mut b.session, 1, 1, Some(GOOD_PIN)).await;
    let token = b
        .session
        .get_persistent_token(&pin(GOOD_PIN))
        .await
        .unwrap();
    let list = b.session.list_passkeys_read_only().await.unwrap();
    let id = base64_decode(&list.sites[0].passkeys[0].credential_id);

    let mut key = VirtualKey::from_control(b.key.clone());
    // getCredsMetadata (read-only) with the persistent token: accepted.
    assert!(raw(&mut key, &cred_mgmt(0x01, None, &token)).await.is_ok());
    // deleteCredential with it: CTAP2_ERR_PIN_AUTH_INVALID (0x33), and the
    // passkey stays.
    let mut descriptor = BTreeMap::new();
    descriptor.insert(Value::Text("id".into()), Value::Bytes(id));
    descriptor.insert(Value::Text("type".into()), Value::Text("public-key".into()));
    let mut sub_params = BTreeMap::new();
    sub_params.insert(Value::Integer(2), Value::Map(descriptor));
    let delete = cred_mgmt(0x06, Some(Value::Map(sub_params)), &token);
    assert_eq!(raw(&mut key, &delete).await, Err(0x33));
    assert_eq!(b.key.passkey_count(), 1);
}

fn base64_decode(text: &str) -> Vec<u8> {
    keyguide::device::passkeys::decode_credential_id(text).unwrap()
}

#[test]
fn enc_identifier_decrypts_to_vectors_made_outside_keyguide() {
    // Made by tests/python/make_enc_identifier_vectors.py with the
    // `cryptography` package (HKDF-SHA-256, AES-128-CBC) and checked there
    // with python-fido2 2.2.1's Info.get_identifier: not by our code.
    let cases = [
        (
            "5bc0fe1e8264a1f1648e2adf0c89ea527be2b111b4397bb9609f741cb3ffecdd",
            "625da4c1461599e04eb17b1d32ba62d3",
            "74a94b0c76c85964c871043a600b828d6c54e1f1d639f6fa90de14a39833f8c1",
        ),
        (
            "c91afd2bd2c3338dce6207254a72a73db41a1f44ec649cff2f3a82a33845a885",
            "542b120169d297c7a21c0d8bfb9c7adb",
            "04c79bd8fd6eafe2dab14961814d952160410e00076303f1c416740bbb266bf9",
        ),
    ];
    for (token, identifier, enc) in cases {
        let token = hex::decode(token).unwrap();
        let enc = hex::decode(enc).unwrap();
        let got = decrypt_get_info_member(&token, b"encIdentifier", &enc).unwrap();
        assert_eq!(hex::encode(got), identifier);
        // The info string is part of the key: another one gives other bytes.
        let other = decrypt_get_info_member(&token, b"encCredStoreState", &enc).unwrap();
        assert_ne!(hex::encode(other), identifier);
    }
}

#[test]
fn info_json_shows_the_2_2_fields_of_a_ctap22_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ctap22.json");
    let file = file.to_str().unwrap();
    let run = |args: &[&str], stdin: &str| {
        let mut command = keyguide_command();
        command.args(args);
        let out = run_with_stdin(command, stdin);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["virtual", "create", file, "--profile", "ctap22"], "");
    let info: serde_json::Value =
        serde_json::from_str(&run(&["--virtual", file, "info", "--json"], "")).unwrap();
    assert_eq!(info["attestation_formats"], serde_json::json!(["packed"]));
    assert_eq!(info["long_touch_for_reset"], true);
    assert_eq!(info["pin_complexity_policy"], true);
    assert_eq!(info["max_pin_length"], 63);
    assert_eq!(info["per_cred_mgmt_ro"], true);
    assert_eq!(info["enc_identifier"], true);
    assert_eq!(info["key_identifier"], serde_json::Value::Null);
    assert!(info["transports_for_reset"]
        .as_array()
        .is_some_and(|t| t.contains(&"usb".into())));

    run(
        &["--virtual", file, "--pin-stdin", "pin", "set"],
        &format!("{GOOD_PIN}\n"),
    );
    let info: serde_json::Value = serde_json::from_str(&run(
        &["--virtual", file, "--pin-stdin", "info", "--json"],
        &format!("{GOOD_PIN}\n"),
    ))
    .unwrap();
    let id = info["key_identifier"]
        .as_str()
        .expect("decrypted with the PIN");
    assert_eq!(id.len(), 32);
    let again: serde_json::Value = serde_json::from_str(&run(
        &["--virtual", file, "--pin-stdin", "info", "--json"],
        &format!("{GOOD_PIN}\n"),
    ))
    .unwrap();
    assert_eq!(
        again["key_identifier"], id,
        "the same key, the same identity"
    );

    let human = run(&["--virtual", file, "info"], "");
    assert!(human.contains("Maximum PIN length"), "{human}");
    assert!(human.contains("needs a long touch"), "{human}");
}

#[tokio::test]
async fn the_2_2_get_info_is_canonical_cbor() {
    let mut key = VirtualKey::new(Profile::Ctap22);
    let bytes = raw(&mut key, &[0x04]).await.unwrap();
    let value: Value = serde_cbor_2::from_slice(&bytes).unwrap();
    // serde_cbor_2 re-encodes maps in CTAP's canonical order.
    assert_eq!(serde_cbor_2::to_vec(&value).unwrap(), bytes);
    let Value::Map(m) = value else {
        panic!("getInfo is not a map")
    };
    for member in 0x16..=0x1D {
        assert!(
            m.contains_key(&Value::Integer(member)),
            "member {member:#x}"
        );
    }
}
