//! The virtual key at the wire level: what any CTAP client would see.

use keyguide::device::Prompts;
use keyguide::virtual_key::{Profile, VirtualKey};
use serde_cbor_2::Value;
use webauthn_authenticator_rs::error::CtapError;
use webauthn_authenticator_rs::prelude::WebauthnCError;
use webauthn_authenticator_rs::transport::Token;

async fn send(key: &mut VirtualKey, bytes: &[u8]) -> Result<Vec<u8>, WebauthnCError> {
    key.transmit_raw(bytes, &Prompts::discard()).await
}

fn status(r: Result<Vec<u8>, WebauthnCError>) -> u8 {
    match r {
        Ok(_) => 0,
        Err(WebauthnCError::Ctap(e)) => u8::from(e),
        Err(other) => panic!("not a CTAP status: {other:?}"),
    }
}

#[tokio::test]
async fn get_info_is_canonical_cbor_for_every_profile() {
    for profile in [Profile::Bio, Profile::Pre, Profile::Basic] {
        let mut key = VirtualKey::new(profile.clone());
        let bytes = send(&mut key, &[0x04]).await.unwrap();
        let value: Value = serde_cbor_2::from_slice(&bytes).unwrap();
        // serde_cbor_2 maps re-encode in CTAP's canonical order: the bytes
        // must already be in that order.
        assert_eq!(serde_cbor_2::to_vec(&value).unwrap(), bytes, "{profile:?}");
        let Value::Map(m) = value else {
            panic!("getInfo is not a map")
        };
        assert!(m.contains_key(&Value::Integer(0x01)), "versions");
        assert!(m.contains_key(&Value::Integer(0x03)), "aaguid");
    }
}

#[tokio::test]
async fn get_info_versions_match_the_profile() {
    let versions = |bytes: Vec<u8>| -> Vec<String> {
        let Value::Map(m) = serde_cbor_2::from_slice(&bytes).unwrap() else {
            panic!()
        };
        match &m[&Value::Integer(1)] {
            Value::Array(a) => a
                .iter()
                .map(|v| match v {
                    Value::Text(t) => t.clone(),
                    _ => panic!(),
                })
                .collect(),
            _ => panic!(),
        }
    };
    let mut bio = VirtualKey::new(Profile::Bio);
    assert!(versions(send(&mut bio, &[0x04]).await.unwrap()).contains(&"FIDO_2_1".into()));
    let mut pre = VirtualKey::new(Profile::Pre);
    assert!(versions(send(&mut pre, &[0x04]).await.unwrap()).contains(&"FIDO_2_1_PRE".into()));
    let mut basic = VirtualKey::new(Profile::Basic);
    let v = versions(send(&mut basic, &[0x04]).await.unwrap());
    assert!(v.contains(&"FIDO_2_0".into()) && !v.iter().any(|s| s.starts_with("FIDO_2_1")));
}

#[tokio::test]
async fn malformed_requests_get_ctap_errors_not_panics() {
    let mut key = VirtualKey::new(Profile::Bio);
    assert_eq!(status(send(&mut key, &[]).await), 0x03, "empty request");
    assert_eq!(
        status(send(&mut key, &[0x06, 0xff, 0x00]).await),
        0x12,
        "broken CBOR"
    );
    assert_eq!(
        status(send(&mut key, &[0x06, 0x80]).await),
        0x11,
        "array instead of map"
    );
    assert_eq!(
        status(send(&mut key, &[0x06, 0xa0]).await),
        0x14,
        "no subCommand"
    );
    // clientPin setPIN with a text where bytes belong.
    let mut m = std::collections::BTreeMap::new();
    m.insert(Value::Integer(1), Value::Integer(2));
    m.insert(Value::Integer(2), Value::Integer(3));
    m.insert(Value::Integer(5), Value::Text("x".into()));
    let mut req = vec![0x06];
    req.extend(serde_cbor_2::to_vec(&Value::Map(m)).unwrap());
    assert_ne!(status(send(&mut key, &req).await), 0);
    assert_eq!(
        status(send(&mut key, &[0x55]).await),
        0x01,
        "unknown command"
    );
    // A CTAP 2.0 key has no credential management.
    let mut basic = VirtualKey::new(Profile::Basic);
    assert_eq!(
        status(send(&mut basic, &[0x0a, 0xa1, 0x01, 0x01]).await),
        0x01
    );
    // Still alive afterwards.
    assert_eq!(status(send(&mut key, &[0x04]).await), 0);
}

#[tokio::test]
async fn an_unplugged_key_fails_like_a_removed_device() {
    let mut key = VirtualKey::new(Profile::Bio);
    let control = key.control();
    control.unplug();
    assert!(matches!(
        send(&mut key, &[0x04]).await,
        Err(WebauthnCError::Closed)
    ));
    control.plug();
    assert!(send(&mut key, &[0x04]).await.is_ok());
}

#[tokio::test]
async fn reset_outside_the_window_is_not_allowed() {
    let mut key = VirtualKey::new(Profile::Bio);
    key.control()
        .advance_clock(std::time::Duration::from_secs(10));
    assert_eq!(
        status(send(&mut key, &[0x07]).await),
        0,
        "10 s is still inside"
    );
    key.control()
        .advance_clock(std::time::Duration::from_millis(1));
    assert!(matches!(
        send(&mut key, &[0x07]).await,
        Err(WebauthnCError::Ctap(CtapError::Ctap2NotAllowed))
    ));
}

#[test]
fn a_key_file_survives_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.json");
    let key = VirtualKey::create_file(&path, Profile::Pre).unwrap();
    drop(key);
    let again = VirtualKey::open_file(&path).unwrap();
    assert_eq!(again.control().profile().name, "pre");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("keyguide-virtual-key"));
}
