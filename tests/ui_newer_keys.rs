//! What CTAP 2.2 keys say of themselves, shown where the user needs it:
//! the PIN form tells the key's maximum length and complexity policy
//! before the user types, a refused simple PIN names the policy, and the
//! reset page says over which connection a reset is allowed. On the
//! virtual key's `ctap22` profile.

mod common;
#[path = "common/ui.rs"]
mod ui;

use keyguide::app::screen::Screen;
use keyguide::app::Message;
use keyguide::i18n::{for_this_thread, Language};
use keyguide::virtual_key::{Profile, VirtualKey};
use ui::Ui;

fn ctap22_key() -> Ui {
    let rt = tokio::runtime::Runtime::new().unwrap();
    Ui::on_key(rt, VirtualKey::new(Profile::Ctap22).control())
}

fn notice(ui: &Ui) -> String {
    ui.app
        .notice
        .as_ref()
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
}

#[test]
fn the_pin_form_tells_the_keys_rules_before_the_user_types() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = ctap22_key();
    ui.send(Message::Go(Screen::Pin));
    assert!(ui.shows("pin-policy"));
    assert!(ui.shows_text(
        "This key also refuses PINs that are too simple, such as repeated or consecutive digits. \
         Its rules: https://example.com/keyguide-virtual-key/pin-policy"
    ));
    assert!(ui.shows_text("This key accepts PINs of at most 63 characters."));
}

#[test]
fn a_pin_the_policy_refuses_is_said_with_the_policy() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = ctap22_key();
    ui.set_pin("123456");
    let said = notice(&ui);
    assert!(said.contains("PIN policy"), "{said}");
    assert!(said.contains("too simple"), "{said}");
    assert_eq!(
        ui.app.key.as_ref().unwrap().info.as_ref().unwrap().pin_set,
        Some(false),
        "nothing was set"
    );
    ui.set_pin("482916");
    assert_eq!(
        ui.app.key.as_ref().unwrap().info.as_ref().unwrap().pin_set,
        Some(true)
    );
}

#[test]
fn the_reset_page_says_over_which_connections_a_reset_is_allowed() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = ctap22_key();
    ui.send(Message::Go(Screen::Reset));
    assert!(ui.shows("reset-transports"));
    let info = ui.app.key.as_ref().unwrap().info.clone().unwrap();
    assert!(!info.ctap22.transports_for_reset.is_empty());
    assert!(ui.shows_text("This key can be reset only over: NFC, USB."));
}

#[test]
fn an_older_key_shows_none_of_it() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut ui = Ui::on_key(rt, VirtualKey::new(Profile::Bio).control());
    ui.send(Message::Go(Screen::Pin));
    assert!(!ui.shows("pin-policy"));
    ui.send(Message::Go(Screen::Reset));
    assert!(!ui.shows("reset-transports"));
}

/// A site's entry in the large-blob store, written as a client would
/// (CTAP 2.1 §6.10.3): AES-256-GCM under the passkey's largeBlobKey, with
/// "blob" || uint64LE(origSize) as associated data; the array followed by
/// the first 16 bytes of its SHA-256.
fn serialized_array_with_entry_for(key: &[u8; 32], data: &[u8]) -> Vec<u8> {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    use serde_cbor_2::Value;
    use sha2::Digest;
    let nonce = [7u8; 12];
    let mut aad = b"blob".to_vec();
    aad.extend_from_slice(&(data.len() as u64).to_le_bytes());
    let ciphertext = aes_gcm::Aes256Gcm::new_from_slice(key)
        .unwrap()
        .encrypt(
            &aes_gcm::Nonce::from(nonce),
            Payload {
                msg: data,
                aad: &aad,
            },
        )
        .unwrap();
    let entry = Value::Map(
        [
            (Value::Integer(1), Value::Bytes(ciphertext)),
            (Value::Integer(2), Value::Bytes(nonce.to_vec())),
            (Value::Integer(3), Value::Integer(data.len() as i128)),
        ]
        .into_iter()
        .collect(),
    );
    let mut array = serde_cbor_2::to_vec(&Value::Array(vec![entry])).unwrap();
    let checksum = sha2::Sha256::digest(&array);
    array.extend_from_slice(&checksum[..16]);
    array
}

/// Also thirdPartyPayment (CTAP 2.2, enumerateCredentials member 0x0C),
/// which the client reads from the raw answer.
#[test]
fn a_passkey_whose_site_keeps_data_on_the_key_says_so_in_its_menu() {
    let _en = for_this_thread(Language::EnUs);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("key.json");
    let run = |args: &[&str], stdin: &str| {
        common::cli::ok(args, stdin);
    };
    let path = file.to_str().unwrap();
    run(&["virtual", "create", path, "--profile", "ctap22"], "");
    run(
        &["--virtual", path, "--pin-stdin", "pin", "set"],
        "482916\n482916\n",
    );
    run(
        &[
            "--pin-stdin",
            "virtual",
            "seed",
            path,
            "--passkeys",
            "2",
            "--sites",
            "2",
        ],
        "482916\n",
    );
    // The first passkey gets a largeBlobKey and its site an entry, as if the
    // site had stored a certificate through a browser.
    let blob_key = [42u8; 32];
    let mut state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    state["credentials"][0]["large_blob_key"] = hex::encode(blob_key).into();
    // The other one was made with the thirdPartyPayment extension.
    state["credentials"][1]["third_party_payment"] = true.into();
    state["large_blobs"]["serialized"] =
        hex::encode(serialized_array_with_entry_for(&blob_key, b"certificate")).into();
    let owner = state["credentials"][0]["id"].as_str().unwrap().to_owned();
    let other = state["credentials"][1]["id"].as_str().unwrap().to_owned();
    std::fs::write(&file, serde_json::to_vec(&state).unwrap()).unwrap();

    let key = VirtualKey::open_file(&file).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut ui = Ui::on_key(rt, key.control());
    ui.send(Message::Go(Screen::Passkeys));
    ui.unlock_if_asked("482916");
    let b64 = |hex_id: &str| {
        use base64::Engine as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(hex::decode(hex_id).unwrap())
    };
    for (id, owns) in [(b64(&owner), true), (b64(&other), false)] {
        ui.click(&format!("passkey-menu-{id}"));
        assert!(ui.shows(&format!("passkey-details-{id}")));
        assert_eq!(
            ui.shows_text("The site keeps data for it on the key (large blob)."),
            owns,
            "passkey {id}"
        );
        assert_eq!(
            ui.shows_text(
                "The site allows payments for other shops with it (third-party payment)."
            ),
            !owns,
            "passkey {id}"
        );
        ui.click(&format!("passkey-menu-{id}"));
    }
}
