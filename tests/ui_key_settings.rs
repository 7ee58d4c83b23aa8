//! Key settings beyond authenticatorConfig, and App settings' "Check this
//! computer", headless on virtual keys: "Is this key genuine?" (with and
//! without a PIN), the large-blob store of a CTAP 2.2 key, enterprise
//! attestation where a key offers it (confirmed first), and the doctor.

#[path = "common/ui.rs"]
mod ui;

use keyguide::app::screen::{key_settings, Screen};
use keyguide::app::Message;
use keyguide::i18n::{for_this_thread, Language};
use keyguide::virtual_key::{Profile, VirtualKey};
use ui::Ui;

fn on(profile: Profile) -> Ui {
    let rt = tokio::runtime::Runtime::new().unwrap();
    Ui::on_key(rt, VirtualKey::new(profile).control())
}

#[test]
fn the_genuine_check_runs_on_the_key_and_says_what_it_found() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = on(Profile::Bio);
    ui.send(Message::Go(Screen::KeySettings));
    assert!(
        !ui.shows("key-settings-genuine-pin"),
        "no PIN: no PIN field"
    );
    let before = ui.key.as_ref().unwrap().passkey_count();
    ui.click("key-settings-genuine");
    assert!(ui.shows("key-settings-genuine-result"));
    // KeyGuide's own test models are not in the FIDO metadata.
    assert!(ui.shows_text(
        &keyguide::genuine::describe(ui.app.key.as_ref().unwrap().genuine.as_ref().unwrap())[0]
    ));
    assert!(
        ui.app
            .key
            .as_ref()
            .unwrap()
            .genuine
            .as_ref()
            .unwrap()
            .verdict
            == keyguide::genuine::Verdict::NotInMetadata
    );
    assert_eq!(
        ui.key.as_ref().unwrap().passkey_count(),
        before,
        "the check stores nothing"
    );
}

#[test]
fn with_a_pin_the_check_waits_for_it_and_a_wrong_one_is_said_with_the_attempts_left() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = on(Profile::Bio);
    ui.set_pin("123456");
    ui.send(Message::Go(Screen::KeySettings));
    assert!(ui.shows("key-settings-genuine-pin"));
    ui.click("key-settings-genuine");
    assert!(
        !ui.shows("key-settings-genuine-result"),
        "nothing is asked of the key before the PIN is typed"
    );
    ui.type_into("key-settings-genuine-pin", "654321");
    ui.click("key-settings-genuine");
    assert!(!ui.shows("key-settings-genuine-result"));
    let notice = ui
        .app
        .notice
        .as_ref()
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("Wrong PIN") && notice.contains("attempts left"),
        "{notice}"
    );
    ui.type_into("key-settings-genuine-pin", "123456");
    ui.click("key-settings-genuine");
    assert!(ui.shows("key-settings-genuine-result"));
}

#[test]
fn a_ctap_2_2_key_shows_its_large_blob_store() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = on(Profile::Ctap22);
    ui.send(Message::Go(Screen::KeySettings));
    assert!(ui.shows("key-settings-blobs-read"));
    assert!(
        !ui.shows("key-settings-ep-enable"),
        "this key has no enterprise attestation"
    );
    ui.click("key-settings-blobs-read");
    assert!(ui.shows("key-settings-blobs-report"));
    assert!(ui.shows_text("No site keeps data in it."));
    assert!(!ui.shows("key-settings-blobs-clear"), "nothing to clear");
}

#[test]
fn a_key_without_large_blobs_has_no_such_card() {
    let mut ui = on(Profile::Bio);
    ui.send(Message::Go(Screen::KeySettings));
    assert!(!ui.shows("key-settings-blobs-read"));
}

#[test]
fn enterprise_attestation_is_turned_on_only_after_confirming() {
    let _en = for_this_thread(Language::EnUs);
    // A YubiKey 5 (Enterprise Profile) from the FIDO metadata: `ep` off.
    let profile =
        keyguide::cli::virtual_cmd::parse_profile("mds:1ac71f64-468d-4fe0-bef1-0e5f2f551f18")
            .expect("a profile from the metadata");
    let mut ui = on(profile);
    ui.set_pin("123456");
    ui.send(Message::Go(Screen::KeySettings));
    assert!(ui.shows("key-settings-ep-enable"));
    // The card is below the fold of the test window: its button's message.
    ui.send(Message::KeySettings(
        key_settings::Message::EnableEnterpriseAttestation,
    ));
    assert!(ui.shows("confirm-yes"), "asks first");
    ui.click("confirm-no");
    assert_eq!(
        ui.app
            .key
            .as_ref()
            .unwrap()
            .info
            .as_ref()
            .unwrap()
            .enterprise_attestation,
        Some(false)
    );
    ui.send(Message::KeySettings(
        key_settings::Message::EnableEnterpriseAttestation,
    ));
    ui.click("confirm-yes");
    ui.unlock_if_asked("123456");
    assert_eq!(
        ui.app
            .key
            .as_ref()
            .unwrap()
            .info
            .as_ref()
            .unwrap()
            .enterprise_attestation,
        Some(true)
    );
    assert!(
        !ui.shows("key-settings-ep-enable"),
        "on: nothing more to press"
    );
}

#[test]
fn app_settings_check_this_computer_on_request() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = Ui::without_key();
    ui.send(Message::Go(Screen::AppSettings));
    ui.click("settings-doctor");
    assert!(ui.shows("doctor-run"));
    assert!(
        !ui.shows_text("Log folder"),
        "nothing is checked before the user asks"
    );
    ui.click("doctor-run");
    assert!(ui.shows_text("Log folder"));
    assert!(ui.shows_text("Smart-card service (NFC readers)"));
}
