//! The app on a CTAP 2.2 key (the virtual key's `ctap22` profile), headless
//! (iced_test): once the PIN was typed, the passkey list is read again
//! without it, also after the key was pulled out and put back, because the
//! app keeps the key's persistent read-only token (pcmr) in memory.

use futures::StreamExt;
use iced::{Size, Task};
use iced_test::core::Settings;
use iced_test::runtime::{task::into_stream, Action};
use iced_test::selector::id;
use iced_test::simulator::Simulator;
use std::collections::VecDeque;

use keyguide::app::screen::Screen;
use keyguide::app::{App, Message};
use keyguide::device::model::Transport;
use keyguide::device::passkeys::NewPasskey;
use keyguide::device::{CancelSignal, KeySession, Pin, Prompts, TokenConnection};
use keyguide::virtual_key::{Profile, TouchPolicy, VirtualKey, VirtualKeyControl};

const PIN: &str = "482916";

struct Harness {
    app: App,
    rt: tokio::runtime::Runtime,
    pending: VecDeque<Task<Message>>,
}

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

impl Harness {
    fn on(key: VirtualKeyControl) -> Harness {
        key.set_touch(TouchPolicy::Immediate);
        let (app, task) = App::with_demo_key(key);
        let mut h = Harness {
            app,
            rt: tokio::runtime::Runtime::new().unwrap(),
            pending: VecDeque::from([task]),
        };
        h.settle();
        assert_eq!(h.app.screen, Screen::Overview);
        h
    }

    fn settle(&mut self) {
        let mut guard = 0;
        while let Some(task) = self.pending.pop_front() {
            guard += 1;
            assert!(guard < 500, "the app keeps producing work");
            for m in self.rt.block_on(messages_of(task)) {
                let t = self.app.update(m);
                self.pending.push_back(t);
            }
        }
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            Settings::default(),
            Size::new(1024.0, 720.0),
            self.app.view(),
        )
    }

    fn click(&mut self, widget: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no widget {widget}: {e:?}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            let t = self.app.update(m);
            self.pending.push_back(t);
        }
        self.settle();
    }

    fn type_into(&mut self, widget: &str, text: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no input {widget}: {e:?}"));
        ui.typewrite(text);
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            let t = self.app.update(m);
            self.pending.push_back(t);
        }
        self.settle();
    }

    fn shows(&self, widget: &str) -> bool {
        self.ui().find(id(widget.to_owned())).is_ok()
    }

    fn passkeys_listed(&self) -> Option<u32> {
        let key = self.app.key.as_ref()?;
        key.passkeys.as_ref().map(|l| l.slots.used)
    }
}

/// A ctap22 key with a PIN and two passkeys, made through the device layer.
fn prepared_key() -> VirtualKeyControl {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = VirtualKey::new(Profile::Ctap22);
    let control = key.control();
    rt.block_on(async {
        let mut s = KeySession::open(
            Box::new(TokenConnection::new(key, Transport::Virtual, true)),
            Prompts::discard(),
            CancelSignal::new(),
        )
        .await
        .unwrap();
        let pin = Pin::new(PIN.to_owned());
        s.set_pin(&pin).await.unwrap();
        for i in 0..2 {
            s.make_passkey(&NewPasskey::example(i, 2), Some(&pin))
                .await
                .unwrap();
        }
    });
    control
}

#[test]
fn passkeys_are_listed_again_without_the_pin_after_a_replug() {
    let key = prepared_key();
    let mut h = Harness::on(key.clone());
    h.click("nav-passkeys");
    assert!(h.shows("unlock-submit"), "the first time, the PIN is asked");
    h.type_into("unlock-pin", PIN);
    h.click("unlock-submit");
    assert_eq!(h.passkeys_listed(), Some(2));
    assert!(!h.shows("passkeys-remembered"), "the PIN was just typed");

    // The key is pulled out and put back; the app opens it anew.
    key.replug();
    let retries = key.pin_retries();
    let mut again = Harness::on(key.clone());
    again.click("nav-passkeys");
    assert!(!again.shows("unlock-submit"), "no PIN asked");
    assert_eq!(again.passkeys_listed(), Some(2));
    assert!(again.shows("passkeys-remembered"));
    assert_eq!(key.pin_retries(), retries);

    // In the same test: the note on screen is about the last list read,
    // app-wide, so the two must not run side by side.
    a_key_without_the_persistent_token_still_asks_for_the_pin();
}

/// The fingerprint profile is CTAP 2.1: no perCredMgmtRO, so as before.
fn a_key_without_the_persistent_token_still_asks_for_the_pin() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let key = VirtualKey::new(Profile::Bio);
    let control = key.control();
    rt.block_on(async {
        let mut s = KeySession::open(
            Box::new(TokenConnection::new(key, Transport::Virtual, true)),
            Prompts::discard(),
            CancelSignal::new(),
        )
        .await
        .unwrap();
        s.set_pin(&Pin::new(PIN.to_owned())).await.unwrap();
    });
    let mut h = Harness::on(control.clone());
    h.click("nav-passkeys");
    h.type_into("unlock-pin", PIN);
    h.click("unlock-submit");
    assert_eq!(h.passkeys_listed(), Some(0));
    control.replug();
    let mut again = Harness::on(control);
    again.click("nav-passkeys");
    assert!(again.shows("unlock-submit"), "as before: the PIN is asked");
    assert!(!again.shows("passkeys-remembered"));
}
