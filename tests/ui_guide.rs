//! The guided setup for a work or school account, headless (iced_test), on
//! the virtual key: the steps as Microsoft shows them today, a confirmation
//! that only a NEW login.microsoft.com passkey passes, the guide without a
//! key, and Microsoft's labels kept in one place per locale.

use futures::StreamExt;
use iced::{Size, Task};
use iced_test::core::Settings;
use iced_test::runtime::{task::into_stream, Action};
use iced_test::selector::id;
use iced_test::simulator::Simulator;
use std::collections::VecDeque;

use keyguide::app::screen::guide::{Page, STEPS};
use keyguide::app::screen::Screen;
use keyguide::app::{demo, App, Message};
use keyguide::i18n::Language;
use keyguide::t;
use keyguide::virtual_key::{TouchPolicy, VirtualKeyControl};

struct Harness {
    app: App,
    key: VirtualKeyControl,
    rt: tokio::runtime::Runtime,
    pending: VecDeque<Task<Message>>,
    size: Size,
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
    /// The demo key (six passkeys, no PIN), opened, touches answered at once.
    fn new() -> Harness {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let key = rt.block_on(demo::create()).unwrap();
        Harness::on(rt, key)
    }

    /// A new fingerprint key with nothing on it.
    fn empty_key() -> Harness {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let key = keyguide::virtual_key::VirtualKey::new(keyguide::virtual_key::Profile::Bio);
        let control = key.control();
        Harness::on(rt, control)
    }

    /// No key at all: the app as it starts with nothing plugged in. The
    /// device poll is not run (it would look at this machine's devices).
    fn without_key() -> Harness {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let (app, _poll) = App::boot(false);
        let key = keyguide::virtual_key::VirtualKey::new(keyguide::virtual_key::Profile::Bio);
        Harness {
            app,
            key: key.control(),
            rt,
            pending: VecDeque::new(),
            size: Size::new(1024.0, 720.0),
        }
    }

    fn on(rt: tokio::runtime::Runtime, key: VirtualKeyControl) -> Harness {
        key.set_touch(TouchPolicy::Immediate);
        let (app, task) = App::with_demo_key(key.clone());
        let mut h = Harness {
            app,
            key,
            rt,
            pending: VecDeque::from([task]),
            size: Size::new(1024.0, 720.0),
        };
        h.settle();
        assert_eq!(h.app.screen, Screen::Overview);
        h
    }

    /// Runs the next pending task and applies what it produced.
    fn step(&mut self) -> bool {
        let Some(task) = self.pending.pop_front() else {
            return false;
        };
        for m in self.rt.block_on(messages_of(task)) {
            self.update(m);
        }
        true
    }

    fn settle(&mut self) {
        let mut guard = 0;
        while self.step() {
            guard += 1;
            assert!(guard < 500, "the app keeps producing work");
        }
    }

    fn update(&mut self, m: Message) {
        let t = self.app.update(m);
        self.pending.push_back(t);
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(Settings::default(), self.size, self.app.view())
    }

    /// Clicks the widget with this id; does not run the resulting work.
    fn press(&mut self, widget: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no widget {widget}: {e:?}"));
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            self.update(m);
        }
    }

    fn click(&mut self, widget: &str) {
        self.press(widget);
        self.settle();
    }

    fn type_into(&mut self, widget: &str, text: &str) {
        let mut ui = self.ui();
        ui.click(id(widget.to_owned()))
            .unwrap_or_else(|e| panic!("no input {widget}: {e:?}"));
        ui.typewrite(text);
        let messages: Vec<Message> = ui.into_messages().collect();
        for m in messages {
            self.update(m);
        }
        self.settle();
    }

    fn shows(&self, widget: &str) -> bool {
        self.ui().find(id(widget.to_owned())).is_ok()
    }

    fn notice(&self) -> String {
        self.app
            .notice
            .as_ref()
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }

    fn info(&self) -> keyguide::device::model::KeyInfo {
        self.app.key.as_ref().unwrap().info.clone().unwrap()
    }

    fn set_pin(&mut self, pin: &str) {
        self.click("nav-pin");
        self.type_into("pin-new", pin);
        self.type_into("pin-repeat", pin);
        self.click("pin-submit");
    }
}

/// What the user's browser does on the Security info page: registers a
/// passkey for login.microsoft.com on the key, in a session of its own.
fn register_with_entra(h: &Harness, pin: &str, user: &str, display: &str) {
    use keyguide::device::passkeys::NewPasskey;
    use keyguide::device::{CancelSignal, KeySession, Pin, Prompts};
    h.rt.block_on(async {
        let mut browser = KeySession::open(
            demo::connect(&h.key, CancelSignal::new()),
            Prompts::discard(),
            CancelSignal::new(),
        )
        .await
        .unwrap();
        let new = NewPasskey {
            rp_id: "login.microsoft.com".into(),
            rp_name: "Microsoft".into(),
            user_id: user.as_bytes().to_vec(),
            user_name: user.into(),
            display_name: display.into(),
        };
        browser
            .make_passkey(&new, Some(&Pin::new(pin.to_owned())))
            .await
            .unwrap();
    });
}

/// Is this text on screen? (Texts, not ids: this checks the language.)
fn on_screen(h: &Harness, text: &str) -> bool {
    h.ui().find(text).is_ok()
}

/// Unlocks if the app asks for the PIN (the browser's own PIN use ends
/// KeyGuide's session token).
fn unlock_if_asked(h: &mut Harness, pin: &str) {
    if h.shows("unlock-submit") {
        h.type_into("unlock-pin", pin);
        h.click("unlock-submit");
    }
}

/// Sets a PIN, opens the guide and lets it note the key's passkeys (step 1).
fn guide_with_noted_passkeys(h: &mut Harness, pin: &str) {
    h.set_pin(pin);
    h.click("nav-guide");
    h.click("guide-tab-register");
    assert_eq!(h.app.guide.page, Page::Register(1));
    h.click("guide-note-passkeys");
    unlock_if_asked(h, pin);
}

/// From step 1 to "I've added the key" with the footer's Next.
fn through_the_steps(h: &mut Harness) {
    for step in 1..STEPS {
        assert_eq!(h.app.guide.page, Page::Register(step));
        h.click("guide-next");
    }
    assert_eq!(h.app.guide.page, Page::Register(STEPS));
}

/// The guided setup from the readiness check to a confirmed Entra passkey,
/// then the allow-list check, in one language.
fn guided_setup_in(language: Language) {
    // The texts below really are translated, not English fallbacks.
    if language != Language::EnUs {
        for id in [
            "guide-check-pin-missing",
            "guide-confirm-not-found",
            "guide-step-choose",
            "guide-step-save",
        ] {
            let english = keyguide::i18n::format_in(Language::EnUs, id, None);
            let translated = keyguide::i18n::format_in(language, id, None);
            assert!(
                translated.is_some() && translated != english,
                "{id} in {language:?}"
            );
        }
    }
    let _language = keyguide::i18n::for_this_thread(language);
    let mut h = Harness::empty_key();
    // Tall enough that the whole readiness check is in view: the simulator
    // clicks only what is visible, where a person would scroll the page.
    h.size = Size::new(1024.0, 1000.0);
    h.click("nav-guide");
    assert_eq!(h.app.screen, Screen::Guide);
    assert!(on_screen(&h, &t!("guide-check-pin-missing")));

    // No PIN: registering is blocked, and the fix is one click away.
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Check, "not ready yet");
    h.click("guide-fix-pin");
    assert_eq!(h.app.screen, Screen::Pin);
    h.type_into("pin-new", "2580");
    h.type_into("pin-repeat", "2580");
    h.click("pin-submit");
    h.click("nav-guide");
    assert!(on_screen(&h, &t!("guide-check-pin-ok")));

    // Whether a work or school passkey is already there needs the PIN; the
    // read also notes what is there before registering.
    assert!(on_screen(&h, &t!("guide-check-existing-unknown")));
    h.click("guide-fix-existing");
    assert!(h.shows("unlock-submit"), "the PIN is asked");
    h.type_into("unlock-pin", "2580");
    h.click("unlock-submit");
    assert!(on_screen(&h, &t!("guide-check-slots-ok")));
    assert!(on_screen(&h, &t!("guide-check-existing-none")));

    // The steps as Microsoft shows them today, Previous and Next.
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Register(1));
    assert!(on_screen(&h, &t!("guide-step-before-noted", count = 0u32)));
    h.click("guide-next");
    assert!(h.shows("guide-open-security-info"));
    assert!(on_screen(&h, &t!("guide-step-open-title")));
    h.click("guide-previous");
    assert_eq!(h.app.guide.page, Page::Register(1));
    h.click("guide-next");
    h.click("guide-next");
    assert!(on_screen(&h, &t!("guide-step-add")));
    h.click("guide-next");
    // Passkey, not Passkey in Microsoft Authenticator; with its picture.
    assert!(on_screen(&h, &t!("guide-step-choose")));
    assert!(on_screen(&h, &t!("guide-step-choose-not-authenticator")));
    assert!(h.shows("guide-picture-methods"));
    // The picture's highlighted row carries Microsoft's label, as the page does.
    assert!(on_screen(&h, &t!("guide-picture-methods-row")));
    h.click("guide-next");
    // Where to save: Security key, with what Windows and browsers show.
    assert!(on_screen(&h, &t!("guide-step-save")));
    assert!(on_screen(&h, &t!("guide-step-save-windows")));
    assert!(h.shows("guide-picture-save"));
    assert!(on_screen(&h, &t!("guide-picture-save-row")));
    h.click("guide-next");
    assert!(on_screen(
        &h,
        &t!("guide-step-pin-connect", transport = "other")
    ));
    h.click("guide-next");
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Register(STEPS));
    assert!(on_screen(&h, &t!("guide-step-done-button")));

    // "I've added the key" before the web page finished: nothing new, and
    // KeyGuide says what to check.
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Confirm);
    unlock_if_asked(&mut h, "2580");
    assert!(on_screen(&h, &t!("guide-confirm-not-found")));

    // The browser registers the key; checking again names the account.
    register_with_entra(&h, "2580", "ann@contoso.example", "Ann Smith");
    h.click("guide-confirm-check");
    unlock_if_asked(&mut h, "2580");
    assert!(on_screen(&h, &t!("guide-confirm-found", count = 1u32)));
    assert!(on_screen(
        &h,
        &t!(
            "guide-confirm-account",
            display = "Ann Smith",
            user = "ann@contoso.example"
        )
    ));
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Windows);
    // This machine is not Windows: the page says what it is about.
    #[cfg(not(windows))]
    assert!(on_screen(&h, &t!("guide-windows-not-windows")));

    // Troubleshooting: the organisation's allow list, pasted.
    h.click("guide-tab-help");
    let aaguid = h.info().aaguid;
    h.type_into(
        "guide-allowed-list",
        "cb69481e-8ff7-4039-93ec-0a2729a154a8 ee882879-721c-4913-9775-3dfcce97072a",
    );
    h.click("guide-check-allowed");
    assert!(on_screen(
        &h,
        &t!("guide-help-list-not-listed", total = 2u32)
    ));
    h.type_into("guide-allowed-list", &format!(" {aaguid}"));
    h.click("guide-check-allowed");
    assert!(on_screen(&h, &t!("guide-help-list-listed", total = 3u32)));
    h.click("guide-copy-aaguid");
    assert!(h.notice().contains(&t!("app-copied")), "{}", h.notice());

    // The IT staff page: self-service setup, passkey profiles, the exact
    // Intune value to copy.
    h.click("guide-tab-it");
    assert!(on_screen(&h, &t!("it-staff-self-service-detail")));
    assert!(on_screen(&h, keyguide::entra::INTUNE_OMA_URI));
}

#[test]
fn guided_setup_in_english() {
    guided_setup_in(Language::EnUs);
}

#[test]
fn guided_setup_in_german() {
    guided_setup_in(Language::DeDe);
}

#[test]
fn guided_setup_in_japanese() {
    guided_setup_in(Language::JaJp);
}

#[test]
fn an_older_microsoft_passkey_does_not_confirm_a_registration() {
    let _language = keyguide::i18n::for_this_thread(Language::EnUs);
    // The demo key already holds alex@contoso.com for login.microsoft.com.
    let mut h = Harness::new();
    guide_with_noted_passkeys(&mut h, "1357");
    assert!(on_screen(&h, &t!("guide-step-before-noted", count = 1u32)));
    through_the_steps(&mut h);
    h.click("guide-next");
    unlock_if_asked(&mut h, "1357");
    assert_eq!(h.app.guide.page, Page::Confirm);
    assert!(on_screen(&h, &t!("guide-confirm-not-found")));
    assert!(on_screen(&h, &t!("guide-confirm-older", count = 1u32)));
    assert!(!on_screen(&h, &t!("guide-confirm-found", count = 1u32)));
}

#[test]
fn two_new_accounts_are_both_named() {
    let _language = keyguide::i18n::for_this_thread(Language::EnUs);
    let mut h = Harness::new();
    guide_with_noted_passkeys(&mut h, "1357");
    through_the_steps(&mut h);
    register_with_entra(&h, "1357", "bob@contoso.com", "Bob Kelly");
    register_with_entra(&h, "1357", "eve@fabrikam.com", "Eve Park");
    h.click("guide-next");
    unlock_if_asked(&mut h, "1357");
    assert!(on_screen(&h, &t!("guide-confirm-found", count = 2u32)));
    for (display, user) in [
        ("Bob Kelly", "bob@contoso.com"),
        ("Eve Park", "eve@fabrikam.com"),
    ] {
        assert!(on_screen(
            &h,
            &t!("guide-confirm-account", display = display, user = user)
        ));
    }
    // The demo key's older Microsoft passkey is not among them.
    assert!(!on_screen(
        &h,
        &t!(
            "guide-confirm-account",
            display = "Alex Wilber",
            user = "alex@contoso.com"
        )
    ));
    assert!(on_screen(&h, &t!("guide-confirm-older", count = 1u32)));
}

#[test]
fn without_a_key_the_guide_explains_and_the_demo_is_one_click_away() {
    let _language = keyguide::i18n::for_this_thread(Language::EnUs);
    let mut h = Harness::without_key();
    assert_eq!(h.app.screen, Screen::Keys);
    assert!(h.shows("keys-settings"));
    h.click("keys-guide");
    assert_eq!(h.app.screen, Screen::Guide);
    // The readiness check asks for the key; the steps and pages work.
    assert!(h.shows("guide-no-key"));
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Register(1));
    for _ in 1..4 {
        h.click("guide-next");
    }
    assert!(h.shows("guide-picture-methods"));
    h.click("guide-tab-it");
    assert!(on_screen(&h, keyguide::entra::INTUNE_OMA_URI));
    h.click("guide-tab-confirm");
    assert!(h.shows("guide-no-key"));

    // Back to the key list, and into the demo key.
    h.update(Message::Go(Screen::Keys));
    h.settle();
    assert!(h.shows("keys-demo"));
    h.click("keys-demo");
    assert!(h.app.key.is_some(), "the demo key is open");
    assert_eq!(h.app.screen, Screen::Overview);
}

#[test]
fn german_fits_the_smallest_window() {
    // 800x600 is the window's minimum size: every tab, and the footer's
    // buttons, are still there to click.
    let _language = keyguide::i18n::for_this_thread(Language::DeDe);
    let mut h = Harness::new();
    h.size = Size::new(800.0, 600.0);
    h.click("nav-guide");
    for tab in ["check", "register", "confirm", "windows", "help", "it"] {
        h.click(&format!("guide-tab-{tab}"));
        assert!(h.shows("guide-next"), "{tab}: the footer is visible");
    }
    h.click("guide-tab-register");
    h.click("guide-next");
    assert_eq!(h.app.guide.page, Page::Register(2));
}

/// Every quotation in the guide's and the IT page's messages, in every
/// locale, is a Microsoft label from the locale's `-ms-*` terms (or a value
/// the app fills in): no step spells a Microsoft label itself, so changing a
/// term changes every step that quotes it.
#[test]
fn microsoft_labels_come_from_one_place_per_locale() {
    use fluent_syntax::ast;
    const OPEN: [char; 5] = ['“', '„', '«', '「', '"'];
    const CLOSE: [char; 5] = ['”', '“', '»', '」', '"'];
    let mut problems = Vec::new();
    for language in Language::ALL {
        for (area, source) in keyguide::i18n::locale_sources(language) {
            if area != "guide" && area != "it-staff" {
                continue;
            }
            let resource = fluent_syntax::parser::parse(source).expect("parses");
            let mut terms = Vec::new();
            let mut quoted_terms = 0;
            for entry in &resource.body {
                if let ast::Entry::Term(t) = entry {
                    assert!(t.id.name.starts_with("ms-"), "{}", t.id.name);
                    terms.push(t.id.name.to_string());
                }
            }
            assert!(
                terms.len() >= 5,
                "{}/{area}: the label terms",
                language.tag()
            );
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                // Flatten: text as is, a term as \u{1}, a variable as \u{2}.
                let mut flat = String::new();
                let mut stack = vec![m.value.as_ref().unwrap()];
                while let Some(pattern) = stack.pop() {
                    for element in &pattern.elements {
                        match element {
                            ast::PatternElement::TextElement { value } => flat.push_str(value),
                            ast::PatternElement::Placeable { expression } => match expression {
                                ast::Expression::Inline(ast::InlineExpression::TermReference {
                                    ..
                                }) => flat.push('\u{1}'),
                                ast::Expression::Select { variants, .. } => {
                                    flat.push('\u{2}');
                                    stack.extend(variants.iter().map(|v| &v.value));
                                }
                                _ => flat.push('\u{2}'),
                            },
                        }
                    }
                }
                // Each quotation holds exactly one placeable and nothing else.
                let chars: Vec<char> = flat.chars().collect();
                let mut i = 0;
                while i < chars.len() {
                    if let Some(kind) = OPEN.iter().position(|c| *c == chars[i]) {
                        let close = CLOSE[kind];
                        let inner: String =
                            chars[i + 1..].iter().take_while(|c| **c != close).collect();
                        let inner_trimmed = inner.trim();
                        if inner_trimmed != "\u{1}" && inner_trimmed != "\u{2}" {
                            problems.push(format!(
                                "{}/{area}: {} quotes {:?} instead of a -ms-* term",
                                language.tag(),
                                m.id.name,
                                inner.replace('\u{1}', "{term}").replace('\u{2}', "{var}")
                            ));
                        }
                        if inner_trimmed == "\u{1}" {
                            quoted_terms += 1;
                        }
                        i += inner.chars().count() + 2;
                    } else {
                        i += 1;
                    }
                }
            }
            assert!(
                quoted_terms >= if area == "guide" { 15 } else { 5 },
                "{}/{area}: the steps quote Microsoft's labels through the terms ({quoted_terms})",
                language.tag()
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
