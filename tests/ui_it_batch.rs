//! "Prepare keys for others (IT)" in the app, headless (iced_test), on the
//! demo key: an IT person opens the screen from App settings, names a policy
//! and a new report, starts, inserts the demo key, and sees it listed as
//! prepared, never with its PIN; the report has its row with the PIN, and
//! only its owner can read it. A bad policy is explained next to its field,
//! and an existing report is refused, never overwritten.

use futures::StreamExt;
use iced::{Size, Task};
use iced_test::core::Settings;
use iced_test::runtime::{task::into_stream, Action};
use iced_test::selector::id;
use iced_test::simulator::Simulator;
use std::collections::VecDeque;

use keyguide::app::screen::Screen;
use keyguide::app::{demo, App, Message};
use keyguide::provision::Outcome;
use keyguide::virtual_key::{TouchPolicy, VirtualKeyControl};

struct Harness {
    app: App,
    _key: VirtualKeyControl,
    rt: tokio::runtime::Runtime,
    pending: VecDeque<Task<Message>>,
}

impl Harness {
    /// The demo key (passkeys on it, no PIN), opened; touches answered at once.
    fn new() -> Harness {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let key = rt.block_on(demo::create()).unwrap();
        key.set_touch(TouchPolicy::Immediate);
        let (app, task) = App::with_demo_key(key.clone());
        let mut h = Harness {
            app,
            _key: key,
            rt,
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
            let Some(stream) = into_stream(task) else {
                continue;
            };
            let messages: Vec<Message> = self.rt.block_on(
                stream
                    .filter_map(|a| async move {
                        match a {
                            Action::Output(m) => Some(m),
                            _ => None,
                        }
                    })
                    .collect(),
            );
            for m in messages {
                let t = self.app.update(m);
                self.pending.push_back(t);
            }
        }
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            Settings::default(),
            Size::new(1024.0, 900.0),
            self.app.view(),
        )
    }

    fn deliver(&mut self, messages: Vec<Message>) {
        for m in messages {
            let t = self.app.update(m);
            self.pending.push_back(t);
        }
        self.settle();
    }

    fn click(&mut self, widget: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no widget {widget}: {e:?}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    fn type_into(&mut self, widget: &str, text: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no input {widget}: {e:?}"));
        ui.typewrite(text);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
    }

    fn shows(&self, widget: &str) -> bool {
        self.ui().find(id(widget.to_owned())).is_ok()
    }

    fn on_screen(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    /// From the open demo key: App settings, then the IT button.
    fn open_batch_screen(&mut self) {
        let t = self.app.update(Message::Go(Screen::AppSettings));
        self.pending.push_back(t);
        self.settle();
        assert_eq!(self.app.screen, Screen::AppSettings);
        self.click("settings-it-batch");
        assert_eq!(self.app.screen, Screen::ItBatch);
    }
}

/// The report's rows after its header, split on commas (our fields have none).
fn report_rows(path: &std::path::Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.split("\r\n").filter(|l| !l.is_empty());
    assert_eq!(
        lines.next().unwrap(),
        keyguide::provision::report::HEADER.join(",")
    );
    lines
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

#[test]
fn a_batch_on_the_demo_key_lists_it_and_writes_its_row_with_the_pin_to_a_private_report() {
    keyguide::i18n::set_language(keyguide::i18n::Language::EnUs);
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        "[pin]\nrandom_digits = 8\n[key]\nreset_first = true\n",
    )
    .unwrap();
    let report = dir.path().join("report.csv");

    let mut h = Harness::new();
    h.open_batch_screen();
    h.type_into("it-batch-policy", policy.to_str().unwrap());
    h.type_into("it-batch-report", report.to_str().unwrap());
    h.click("it-batch-start");
    assert!(h.app.it_batch.running(), "the batch started");
    assert!(h.on_screen("Insert or tap the next key."));
    assert!(h.on_screen("0 prepared, 0 failed"));
    assert!(report.exists(), "the report is created at Start");

    h.click("it-batch-insert-demo");
    let rows = h.app.it_batch.rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].outcome, Outcome::Prepared, "{}", rows[0].detail);
    let model = rows[0].model.clone();
    assert!(!model.is_empty());
    assert!(h.shows("it-batch-row-1"));
    assert!(h.on_screen("Key 1"));
    assert!(h.on_screen(model.as_str()));
    assert!(h.on_screen("Prepared"));
    assert!(h.on_screen("1 prepared, 0 failed"));
    // Ready for the next key.
    assert!(h.on_screen("Insert or tap the next key."));

    let written = report_rows(&report);
    assert_eq!(written.len(), 1);
    let row = &written[0];
    assert_eq!(row[0], "1");
    assert_eq!(row[3], model);
    assert_eq!(row[7], "prepared");
    let pin = &row[6];
    assert_eq!(pin.len(), 8);
    assert!(pin.bytes().all(|b| b.is_ascii_digit()), "{pin}");
    assert!(row[5].contains("reset"), "{}", row[5]);
    // The PIN is in the report only, never on the screen.
    assert!(!h.on_screen(pin.as_str()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&report).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }

    // The same key again, now holding a PIN: reset_first prepares it anew
    // as key 2, with a new row.
    h.click("it-batch-insert-demo");
    assert_eq!(h.app.it_batch.rows().len(), 2);
    assert!(h.on_screen("2 prepared, 0 failed"));
    assert_eq!(report_rows(&report).len(), 2);

    h.click("it-batch-stop");
    assert!(!h.app.it_batch.running());
    assert!(
        !h.shows("it-batch-insert-demo"),
        "no key is taken after Stop"
    );
    assert!(h.shows("it-batch-row-2"), "the list stays after Stop");
}

#[test]
fn a_key_the_policy_refuses_is_listed_with_its_reason_and_the_batch_goes_on() {
    keyguide::i18n::set_language(keyguide::i18n::Language::EnUs);
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    // No reset: the demo key's passkeys make it refused.
    std::fs::write(&policy, "[pin]\nrandom_digits = 6\n").unwrap();
    let report = dir.path().join("report.csv");

    let mut h = Harness::new();
    h.open_batch_screen();
    h.type_into("it-batch-policy", policy.to_str().unwrap());
    h.type_into("it-batch-report", report.to_str().unwrap());
    h.click("it-batch-start");
    h.click("it-batch-insert-demo");
    let rows = h.app.it_batch.rows();
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].outcome, Outcome::Prepared);
    let reason = rows[0].detail.clone();
    assert!(!reason.is_empty());
    assert!(h.on_screen(reason.as_str()), "the reason is on screen");
    assert!(h.on_screen("0 prepared, 1 failed"));
    assert!(h.app.it_batch.running(), "the batch goes on");
    assert!(h.on_screen("Insert or tap the next key."));
    assert_eq!(report_rows(&report)[0][7], rows[0].outcome.as_str());
}

#[test]
fn a_bad_policy_is_explained_inline_and_an_existing_report_is_never_overwritten() {
    keyguide::i18n::set_language(keyguide::i18n::Language::EnUs);
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("policy.toml");
    std::fs::write(&policy, "[pin]\nrandom_digits = 6\ntemporary_digits = 6\n").unwrap();
    let report = dir.path().join("old-report.csv");
    std::fs::write(&report, "old PINs").unwrap();

    let mut h = Harness::new();
    h.open_batch_screen();
    h.type_into("it-batch-policy", policy.to_str().unwrap());
    h.type_into("it-batch-report", report.to_str().unwrap());
    h.click("it-batch-start");
    assert!(!h.app.it_batch.running());
    // The policy's problem in Policy::load's words, next to its field.
    let expected = match keyguide::provision::Policy::load(&policy) {
        Err(keyguide::provision::policy::PolicyLoadError::Invalid(e)) => e.to_string(),
        other => panic!("the policy should be invalid: {other:?}"),
    };
    assert!(h.shows("it-batch-policy-error"));
    assert!(
        h.on_screen(format!("The policy {} is not valid. {expected}", policy.display()).as_str()),
        "the policy error is shown as Policy::load words it"
    );
    assert!(h.shows("it-batch-report-error"));
    assert!(h.on_screen(
        format!(
            "{} already exists. Choose a new file name: a report is never overwritten.",
            report.display()
        )
        .as_str()
    ));
    assert_eq!(std::fs::read_to_string(&report).unwrap(), "old PINs");

    // Fixing the policy is not enough: the report still exists.
    std::fs::write(&policy, "[pin]\nrandom_digits = 6\n").unwrap();
    h.click("it-batch-start");
    assert!(!h.shows("it-batch-policy-error"));
    assert!(h.shows("it-batch-report-error"));
    assert!(!h.app.it_batch.running());
    assert_eq!(std::fs::read_to_string(&report).unwrap(), "old PINs");
}

#[test]
fn the_screen_opens_from_the_keys_screen_without_a_key() {
    let (app, _poll) = App::boot(false);
    let mut h = Harness {
        app,
        _key: keyguide::virtual_key::VirtualKey::new(keyguide::virtual_key::Profile::Bio).control(),
        rt: tokio::runtime::Runtime::new().unwrap(),
        pending: VecDeque::new(),
    };
    assert_eq!(h.app.screen, Screen::Keys);
    h.click("keys-it-batch");
    assert_eq!(h.app.screen, Screen::ItBatch);
    assert!(h.shows("it-batch-start"));
    assert!(!h.shows("it-batch-insert-demo"), "no demo key to insert");
    h.click("it-batch-back");
    assert_eq!(h.app.screen, Screen::Keys);
}
