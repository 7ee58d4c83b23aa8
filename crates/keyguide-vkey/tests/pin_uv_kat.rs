//! Known answers for the virtual key's own PIN/UV auth protocols (CTAP 2.1
//! §6.5.6, §6.5.7), the authenticator's half: decapsulate (ECDH + KDF),
//! encrypt, decrypt, authenticate. The vectors come from python-fido2's
//! PinProtocolV1/V2 (tests/python/make_pin_uv_vectors.py), kept as data in
//! tests/data/pin_uv_vectors.json; the same vectors check the client
//! (crates/keyguide-ctap/tests/pin_uv_kat.rs), which is written separately.

use keyguide_vkey::pin_protocol::{KeyAgreement, Protocol};
use serde_json::Value;

fn vectors() -> Vec<Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/data/pin_uv_vectors.json"
    );
    let text = std::fs::read_to_string(path).expect("tests/data/pin_uv_vectors.json");
    let data: Value = serde_json::from_str(&text).expect("JSON");
    let vectors = data["vectors"].as_array().expect("vectors").clone();
    assert!(
        vectors.iter().any(|v| v["protocol"] == 1) && vectors.iter().any(|v| v["protocol"] == 2),
        "vectors for both protocols"
    );
    vectors
}

fn bytes(v: &Value, field: &str) -> Vec<u8> {
    hex::decode(v[field].as_str().unwrap_or_else(|| panic!("{field}"))).expect("hex")
}

fn protocol(v: &Value) -> Protocol {
    Protocol::from_number(v["protocol"].as_u64().unwrap()).unwrap()
}

fn shared(v: &Value) -> keyguide_vkey::pin_protocol::SharedSecret {
    protocol(v).kdf(&bytes(v, "z"))
}

#[test]
fn the_key_decapsulates_python_fido2s_shared_secret() {
    for v in vectors() {
        let key = KeyAgreement::from_private_bytes(&bytes(&v, "authenticator_private")).unwrap();
        let (x, y) = key.public_xy();
        assert_eq!(x.to_vec(), bytes(&v, "authenticator_public_x"));
        assert_eq!(y.to_vec(), bytes(&v, "authenticator_public_y"));
        let px = bytes(&v, "platform_public_x");
        let py = bytes(&v, "platform_public_y");
        assert_eq!(key.ecdh(&px, &py).unwrap().to_vec(), bytes(&v, "z"));
        let secret = key.decapsulate(protocol(&v), &px, &py).unwrap();
        assert_eq!(
            secret.to_bytes(protocol(&v)),
            bytes(&v, "shared_secret"),
            "{}",
            v["protocol"]
        );
    }
}

#[test]
fn encrypt_and_decrypt_match() {
    for v in vectors() {
        let p = protocol(&v);
        let iv: [u8; 16] = match v["iv"].as_str() {
            Some(h) => hex::decode(h).unwrap().try_into().unwrap(),
            None => [0x55; 16], // protocol one has no IV: ignored
        };
        let secret = shared(&v);
        assert_eq!(
            p.encrypt_with_iv(&secret, iv, &bytes(&v, "plaintext")),
            bytes(&v, "ciphertext"),
            "{}",
            v["protocol"]
        );
        let plain = p.decrypt(&secret, &bytes(&v, "ciphertext")).unwrap();
        assert_eq!(plain.to_vec(), bytes(&v, "plaintext"));
    }
}

#[test]
fn authenticate_matches_with_a_shared_secret_and_with_a_token() {
    for v in vectors() {
        let p = protocol(&v);
        let message = bytes(&v, "message");
        let secret = shared(&v);
        assert_eq!(
            p.authenticate(&secret, &message),
            bytes(&v, "authenticate_with_shared_secret"),
            "{}",
            v["protocol"]
        );
        assert!(p.verify(
            &secret,
            &message,
            &bytes(&v, "authenticate_with_shared_secret")
        ));
        assert_eq!(
            p.authenticate_with_token(&bytes(&v, "token"), &message),
            bytes(&v, "authenticate_with_token")
        );
    }
}
