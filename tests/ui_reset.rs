//! The reset screen, headless on the demo key: what this key holds before
//! the user confirms, the list of sites saved first, Cancel while waiting
//! for the replug (and during the touch countdown, where the key operation
//! must really stop), and "Set a PIN" at the end.

#[path = "common/ui.rs"]
mod ui;

use futures::StreamExt;
use iced::Task;
use iced_test::runtime::{task::into_stream, Action};
use std::path::PathBuf;
use std::sync::OnceLock;

use keyguide::app::screen::reset::{Message as ResetMessage, Stage};
use keyguide::app::screen::Screen;
use keyguide::app::{demo, Message};
use keyguide::device::hotplug::DeviceEvent;
use keyguide::device::KeyError;
use keyguide::i18n::{for_this_thread, Language};
use keyguide::virtual_key::TouchPolicy;
use ui::Ui;

const PIN: &str = "123456";

/// Once for the whole test binary, before any test starts a runtime: a
/// home folder of our own (the list of sites goes to its documents folder
/// when there is no file-dialog service), and no dialog service, so the
/// save never waits for a window.
fn home() -> &'static PathBuf {
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    HOME.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let empty_path = dir.join("bin");
        std::fs::create_dir(&empty_path).unwrap();
        std::env::set_var("HOME", &dir);
        std::env::set_var("XDG_CONFIG_HOME", dir.join(".config"));
        std::env::set_var("PATH", &empty_path);
        std::env::remove_var("DBUS_SESSION_BUS_ADDRESS");
        dir
    })
}

/// Types the confirmation word and starts the reset.
fn start_reset(ui: &mut Ui) {
    ui.click("nav-reset");
    ui.type_into("reset-confirm", "reset");
    ui.click("reset-start");
    assert_eq!(ui.app.reset.stage, Stage::Replug { removed: false });
}

/// The demo key with a PIN and one fingerprint (as for screenshots):
/// six passkeys on five sites.
fn demo_with_pin() -> Ui {
    home();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = rt
        .block_on(async { demo::with_pin(demo::create().await?, PIN).await })
        .unwrap();
    Ui::on_key(rt, key)
}

fn unlock_on_reset(ui: &mut Ui) {
    ui.click("nav-reset");
    assert!(ui.shows("reset-unlock"), "the unlock is offered");
    ui.click("reset-unlock");
    assert!(ui.shows("unlock-submit"), "the PIN is asked");
    ui.type_into("unlock-pin", PIN);
    ui.click("unlock-submit");
}

#[test]
fn before_the_confirmation_the_page_says_what_this_key_holds() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_with_pin();
    ui.click("nav-reset");
    // Not unlocked: what a reset removes in general, nothing counted, and
    // the PIN is not forced on the user.
    assert!(ui.shows_text("• every fingerprint"));
    assert!(!ui.shows("reset-holdings"));
    assert!(
        !ui.shows("unlock-submit"),
        "no PIN asked before the user wants it"
    );
    assert!(
        !ui.shows("reset-save-sites"),
        "nothing to save before the list is read"
    );

    unlock_on_reset(&mut ui);
    assert!(!ui.shows("unlock-submit"), "the PIN dialog closed");
    assert!(ui.shows("reset-holdings"));
    assert!(
        ui.shows_text(
            "This key holds 6 passkeys on 5 sites, 1 fingerprint. A reset erases all of it."
        ),
        "the counted sentence"
    );
    assert!(!ui.shows("reset-unlock"), "nothing left to unlock");
    // The confirmation is still there, below.
    assert!(ui.shows("reset-confirm"));
}

/// Passkeys read on the Passkeys screen are counted at once; the
/// fingerprints still need the read, which the unlock offers.
#[test]
fn passkeys_read_elsewhere_are_counted_and_the_fingerprints_offered() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_with_pin();
    ui.click("nav-passkeys");
    assert!(ui.shows("unlock-submit"), "the PIN is asked");
    ui.type_into("unlock-pin", PIN);
    ui.click("unlock-submit");
    ui.click("nav-reset");
    assert!(ui.shows_text("This key holds 6 passkeys on 5 sites. A reset erases all of it."));
    assert!(
        ui.shows("reset-unlock"),
        "the fingerprints are not counted yet"
    );
    // The session is unlocked already: no PIN is asked again.
    ui.click("reset-unlock");
    assert!(!ui.shows("unlock-submit"));
    assert!(ui.shows_text(
        "This key holds 6 passkeys on 5 sites, 1 fingerprint. A reset erases all of it."
    ));
    assert!(!ui.shows("reset-unlock"));
}

#[test]
fn a_key_without_a_pin_is_not_asked_to_unlock() {
    let _en = for_this_thread(Language::EnUs);
    home();
    let mut ui = Ui::with_demo_key();
    ui.click("nav-reset");
    assert!(!ui.shows("reset-unlock"));
    assert!(!ui.shows("reset-holdings"));
    assert!(ui.shows_text("• every fingerprint"));
    assert!(ui.shows("reset-confirm"));
}

#[test]
fn the_list_of_sites_is_saved_before_the_reset() {
    let _en = for_this_thread(Language::EnUs);
    let mut ui = demo_with_pin();
    unlock_on_reset(&mut ui);
    ui.click("reset-save-sites");
    assert!(ui.shows("reset-sites-saved"), "the page says where it went");
    let file = home().join("sites-on-my-key.csv");
    let text = std::fs::read_to_string(&file).expect("the list in the documents folder");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "rp_id,site_name,user_name,display_name,user_id");
    assert_eq!(lines.len(), 7, "{text}");
    assert!(
        lines.contains(&"github.com,GitHub,awilber-work,Alex Wilber (work),ZGVtby11c2VyLTU"),
        "{text}"
    );
    let saved = format!("The list of sites is saved in {}.", file.display());
    assert!(ui.shows_text(&saved), "{saved}");

    // Saving again never overwrites the first list.
    ui.click("reset-save-sites");
    let second = home().join("sites-on-my-key (2).csv");
    assert!(second.is_file());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    assert_eq!(
        ui.key.as_ref().unwrap().passkey_count(),
        6,
        "nothing erased"
    );
}

#[test]
fn cancel_while_waiting_for_the_replug_erases_nothing() {
    let _en = for_this_thread(Language::EnUs);
    home();
    let mut ui = Ui::with_demo_key();
    start_reset(&mut ui);
    assert!(ui.shows("reset-cancel"));
    ui.click("reset-cancel");
    assert_eq!(ui.app.reset.stage, Stage::Explain);
    assert!(ui.shows("reset-cancelled"));
    assert!(ui.shows("reset-confirm"), "the user can start again");

    // The key is then removed and inserted as the page had asked: it is
    // only listed again, no reset is sent.
    let summary = demo::summary();
    ui.update(Message::Device(DeviceEvent::KeyLeft(summary.id.clone())));
    ui.settle();
    ui.update(Message::Device(DeviceEvent::KeyArrived(summary)));
    ui.settle();
    assert!(!ui.app.is_busy());
    assert_eq!(ui.key.as_ref().unwrap().passkey_count(), 6);
}

#[test]
fn cancel_after_the_key_was_removed_closes_it_and_erases_nothing() {
    let _en = for_this_thread(Language::EnUs);
    home();
    let mut ui = Ui::with_demo_key();
    start_reset(&mut ui);
    let summary = demo::summary();
    ui.update(Message::Device(DeviceEvent::KeyLeft(summary.id.clone())));
    ui.settle();
    assert_eq!(ui.app.reset.stage, Stage::Replug { removed: true });
    ui.click("reset-cancel");
    assert!(ui.app.key.is_none(), "the removed key is no longer open");
    assert_eq!(ui.app.screen, Screen::Keys);
    ui.update(Message::Device(DeviceEvent::KeyArrived(summary)));
    ui.settle();
    assert!(ui.app.key.is_none(), "the key that comes back is not reset");
    assert_eq!(ui.key.as_ref().unwrap().passkey_count(), 6);
}

/// All messages a task produces, awaited to its end.
async fn messages_of(task: Task<Message>) -> Vec<Message> {
    match into_stream(task) {
        None => Vec::new(),
        Some(stream) => {
            stream
                .filter_map(|a| async move {
                    match a {
                        Action::Output(m) => Some(m),
                        _ => None,
                    }
                })
                .collect()
                .await
        }
    }
}

#[test]
fn cancel_during_the_touch_countdown_stops_the_key_operation() {
    let _en = for_this_thread(Language::EnUs);
    home();
    let mut ui = Ui::with_demo_key();
    start_reset(&mut ui);
    let key = ui.key.clone().unwrap();
    // The user never touches: the reset waits on the key until cancelled.
    key.set_touch(TouchPolicy::Manual);
    let task = ui.app.update(Message::Reset(ResetMessage::SimulateReplug));
    assert!(matches!(ui.app.reset.stage, Stage::Touch { .. }));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let running = rt.spawn(messages_of(task));
    assert!(ui.shows("touch-cancel"), "the countdown has a Cancel");
    // The user presses Cancel while the key waits for the touch: once the
    // key has the authenticatorReset command (0x07, CTAP 2.1 §6.6).
    // (KeySession::reset clears the cancel signal as it starts, so a Cancel
    // pressed before the command leaves is lost; reported to the lead.)
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while key.commands_received().last() != Some(&0x07) {
        assert!(
            std::time::Instant::now() < deadline,
            "the reset never reached the key"
        );
        std::thread::yield_now();
    }
    ui.press("touch-cancel");
    // The operation ends (it would wait forever otherwise) with "cancelled".
    let messages = rt
        .block_on(async { tokio::time::timeout(std::time::Duration::from_secs(20), running).await })
        .expect("the reset stopped after Cancel")
        .unwrap();
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, Message::Done(_, _, Err(KeyError::Cancelled)))),
        "{messages:?}"
    );
    for m in messages {
        ui.update(m);
    }
    ui.settle();
    assert!(!ui.app.is_busy());
    assert_eq!(
        ui.app.reset.stage,
        Stage::Failed("Reset cancelled. Nothing was erased.".into())
    );
    assert_eq!(key.passkey_count(), 6, "nothing erased");
}

#[test]
fn a_finished_reset_offers_to_set_a_pin() {
    let _en = for_this_thread(Language::EnUs);
    home();
    let mut ui = Ui::with_demo_key();
    start_reset(&mut ui);
    ui.click("reset-simulate-replug");
    assert_eq!(ui.app.reset.stage, Stage::Done);
    assert_eq!(ui.key.as_ref().unwrap().passkey_count(), 0);
    assert!(ui.shows("reset-set-pin"));
    ui.click("reset-set-pin");
    assert_eq!(ui.app.screen, Screen::Pin);
    assert!(ui.shows("pin-new"), "the form to set the first PIN");
}
