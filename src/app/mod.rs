//! The desktop app (iced). The root holds the selected key's session and
//! routes between screens; every key operation runs as a task on the shared
//! session, never on the UI thread. See `screen/` for the screens.

pub mod crash;
pub mod demo;
pub mod fonts;
pub mod icons;
mod keys_input;
mod operations;
pub mod ops;
pub mod screen;
pub mod secret;
pub mod theme;
pub mod tokens;
mod view;
pub mod widget;

use iced::keyboard::{self, key::Named, Key};
use iced::widget::{
    center, container, opaque, pick_list, scrollable, stack, text, text_input, Column,
};
use iced::{time, Alignment, Element, Length, Size, Subscription, Task};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use widget::button;

use crate::cli::GlobalArgs;
use crate::device::hotplug::DeviceEvent;
use crate::device::model::{DeviceSummary, Fingerprint, KeyInfo, PasskeyList, Transport};
use crate::device::{discovery, CancelSignal, KeyError, KeySession, Pin, Prompts};
use crate::errors::UserText;
use crate::virtual_key::{Profile, VirtualKeyControl};
pub use keys_input::keyboard_message;
use ops::{Op, OpOutput, Shared};
use screen::{Action, Screen};
use theme::ThemeChoice;
use tokens::{size, space};

/// The side menu entry of a screen (widget id; tests find it by this).
pub fn nav_id(screen: Screen) -> String {
    format!("nav-{}", screen.name())
}

pub const PIN_PROMPT_ID: &str = "unlock-pin";

/// How long a success notice stays on screen.
const NOTICE_SECONDS: Duration = Duration::from_secs(5);

/// Keys arriving and leaving, as app messages: the device layer's hotplug
/// stream (PC/SC reader events, the USB watcher). Dropping it stops them.
pub fn device_events() -> impl futures::Stream<Item = Message> {
    use futures::StreamExt as _;
    futures::stream::once(crate::device::hotplug::watch())
        .flatten()
        .map(Message::Device)
}

/// Opens the window; returns when it closes.
pub fn run(global: GlobalArgs) -> ExitCode {
    let demo = global.demo;
    let demo_profile = match global.demo_profile.as_deref().map(Profile::parse) {
        None => Profile::Bio,
        Some(Ok(profile)) => profile,
        Some(Err(e)) => {
            eprintln!("keyguide: {e}");
            return ExitCode::from(2);
        }
    };
    // `--demo-screen guide-it` opens a page of the guide.
    let demo_screen = global.demo_screen.as_deref().unwrap_or("");
    let guide_page = demo_screen
        .strip_prefix("guide-")
        .and_then(screen::guide::Page::from_name);
    let start = match guide_page {
        Some(_) => Some(Screen::Guide),
        None => Screen::from_name(demo_screen),
    };
    let mut store = crate::settings::Store::default_location();
    let (settings, problem) = store.load();
    let theme = global.theme.unwrap_or(settings.theme);
    let language = settings.language;
    let settings = settings.clone();
    fonts::register_ui_fonts();
    let result = iced::application(
        move || {
            let (mut app, task) = if demo {
                App::boot_demo(demo_profile.clone())
            } else {
                App::boot(false)
            };
            app.theme = theme;
            app.language = language;
            app.start_screen = start;
            app.guide.page = guide_page.unwrap_or_default();
            app.guide_offered = settings.guide_offered;
            app.store = Some(store.clone());
            if let Some(p) = &problem {
                app.notice = Some((false, p.clone()));
            }
            let font = fonts::load_for(crate::i18n::current());
            // "System" follows the desktop's light or dark mode.
            let mode = iced::system::theme().map(Message::SystemTheme);
            (app, Task::batch([font, mode, task]))
        },
        App::update,
        App::view,
    )
    .title("KeyGuide")
    .theme(App::theme)
    .subscription(App::subscription)
    .window(iced::window::Settings {
        size: Size::new(1024.0, 720.0),
        min_size: Some(Size::new(800.0, 600.0)),
        icon: window_icon(),
        ..Default::default()
    })
    .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("keyguide: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The window icon (X11 title bars and task switchers; Wayland desktops use
/// the desktop file's). Raw RGBA from tools/render-icons.sh, so no image
/// decoder runs at start-up.
pub fn window_icon() -> Option<iced::window::Icon> {
    const RGBA: &[u8] = include_bytes!("../../assets/icons/keyguide-64.rgba");
    iced::window::icon::from_rgba(RGBA.to_vec(), 64, 64).ok()
}

/// The key the user opened.
pub struct OpenKey {
    pub summary: DeviceSummary,
    session: Shared,
    cancel: CancelSignal,
    pub info: Option<KeyInfo>,
    icon: Option<iced::widget::image::Handle>,
    pub passkeys: Option<PasskeyList>,
    pub fingerprints: Option<Vec<Fingerprint>>,
    /// The last reading of the large-blob store (Key settings).
    pub large_blobs: Option<crate::device::large_blobs::LargeBlobStore>,
    /// The last "Is this key genuine?" answer (Key settings).
    pub genuine: Option<crate::genuine::Report>,
}

/// Which run of an operation an answer belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct OpId(u64);

struct Confirm {
    question: String,
    detail: String,
    confirm_label: String,
    op: Op,
}

pub struct App {
    demo: Option<VirtualKeyControl>,
    /// Started with `--demo`: only the demo key is used, so no real key is
    /// listed or watched, also before the demo key is ready.
    demo_only: bool,
    theme: ThemeChoice,
    /// The desktop's light or dark mode, for `ThemeChoice::System`.
    system_mode: iced::theme::Mode,
    language: crate::i18n::LanguageChoice,
    /// The first-run offer of the guided setup was taken or declined.
    guide_offered: bool,
    devices: Vec<DeviceSummary>,
    devices_problem: Option<String>,
    /// How to let KeyGuide open a key the system refused.
    access_fix: Option<crate::platform::access::AccessFix>,
    pub screen: Screen,
    pub key: Option<OpenKey>,
    /// The operations running on the open key, by id. Usually one; after an
    /// unlock, the info refresh and the operation that asked for the PIN run
    /// together. Each leaves only when its own answer arrives, so the touch
    /// prompt (and its Cancel) belongs to the operation that needs the touch
    /// and stays until that operation ends, whichever finishes first.
    running: std::collections::BTreeMap<OpId, Op>,
    next_op: u64,
    /// The PIN dialog, and the op to run again once unlocked.
    unlock: Option<(secret::SecretText, Option<Op>)>,
    confirm: Option<Confirm>,
    pub notice: Option<(bool, String)>,
    pulse: u32,
    /// The overview's "Technical details" are open.
    overview_details: bool,
    /// `--demo-screen`: where the demo opens (screenshots).
    start_screen: Option<Screen>,
    /// Where preferences are saved (none in tests).
    store: Option<crate::settings::Store>,
    pin: screen::pin::State,
    passkeys: screen::passkeys::State,
    fingerprints: screen::fingerprints::State,
    key_settings: screen::key_settings::State,
    pub reset: screen::reset::State,
    pub guide: screen::guide::State,
    pub it_batch: screen::it_batch::State,
    /// "Check this computer" (screen/doctor.rs).
    pub doctor: screen::doctor::State,
}

#[derive(Clone, Debug)]
pub enum Message {
    DemoReady(Result<VirtualKeyControl, KeyError>),
    DemoPrepared(Result<VirtualKeyControl, KeyError>),
    /// Takes a snapshot of the keys connected now (connects to no card).
    PollDevices,
    /// A key arrived or left (the device layer's hotplug events).
    Device(DeviceEvent),
    /// The keys connected now; with the fix when the system refused one.
    Devices(
        Result<Vec<DeviceSummary>, KeyError>,
        Option<crate::platform::access::AccessFix>,
    ),
    CopyText(String),
    RestartAsAdministrator,
    SaveReport,
    /// Where the report went; `None` when the user cancelled the dialog.
    ReportSaved(Result<Option<(std::path::PathBuf, std::path::PathBuf)>, String>),
    Open(usize),
    Opened(Result<(DeviceSummary, Shared, CancelSignal), KeyError>),
    Go(Screen),
    CloseKey,
    Run(Op),
    Done(OpId, Op, Result<OpOutput, KeyError>),
    Cancel,
    UnlockInput(secret::SecretText),
    UnlockSubmit,
    /// "Use your fingerprint" in the unlock dialog.
    UnlockFingerprint,
    UnlockDismiss,
    ConfirmYes,
    ConfirmNo,
    DismissNotice,
    /// Opens or closes the overview's "Technical details".
    ToggleDetails,
    Theme(ThemeChoice),
    /// The desktop switched between light and dark.
    SystemTheme(iced::theme::Mode),
    Language(crate::i18n::LanguageChoice),
    Keyboard(keyboard::Event),
    Pulse,
    Countdown,
    Pin(screen::pin::Message),
    Passkeys(screen::passkeys::Message),
    Fingerprints(screen::fingerprints::Message),
    KeySettings(screen::key_settings::Message),
    Reset(screen::reset::Message),
    Guide(screen::guide::Message),
    /// "Not now" on the first-run offer of the guided setup.
    GuideLater,
    /// "Try the demo key" on the no-key screen.
    OpenDemo,
    /// Preparing keys for others (screen/it_batch.rs).
    ItBatch(screen::it_batch::Message),
    Doctor(screen::doctor::Message),
}

impl App {
    fn empty(demo: Option<VirtualKeyControl>) -> App {
        App {
            demo,
            demo_only: false,
            theme: ThemeChoice::System,
            system_mode: iced::theme::Mode::None,
            language: Default::default(),
            guide_offered: true,
            devices: Vec::new(),
            devices_problem: None,
            access_fix: None,
            screen: Screen::Keys,
            key: None,
            running: Default::default(),
            next_op: 0,
            unlock: None,
            confirm: None,
            notice: None,
            pulse: 0,
            overview_details: false,
            start_screen: None,
            store: None,
            pin: Default::default(),
            passkeys: Default::default(),
            fingerprints: Default::default(),
            key_settings: Default::default(),
            reset: Default::default(),
            guide: Default::default(),
            it_batch: Default::default(),
            doctor: Default::default(),
        }
    }

    pub fn boot(demo: bool) -> (App, Task<Message>) {
        if demo {
            App::boot_demo(Profile::Bio)
        } else {
            (App::empty(None), Task::done(Message::PollDevices))
        }
    }

    /// `--demo [--demo-profile P]`: the app on a new demo key of `profile`.
    pub fn boot_demo(profile: Profile) -> (App, Task<Message>) {
        let mut app = App::empty(None);
        app.demo_only = true;
        (
            app,
            Task::perform(demo::create_with(profile), Message::DemoReady),
        )
    }

    /// An app on an existing virtual key (UI tests), with the key opened.
    pub fn with_demo_key(control: VirtualKeyControl) -> (App, Task<Message>) {
        let app = App::empty(Some(control.clone()));
        (app, Task::done(Message::DemoReady(Ok(control))))
    }

    fn theme(&self) -> Option<iced::Theme> {
        Some(self.theme.theme(self.system_mode))
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::DemoReady(Ok(control)) => {
                if matches!(
                    self.start_screen,
                    Some(
                        Screen::Passkeys
                            | Screen::Fingerprints
                            | Screen::KeySettings
                            | Screen::Guide
                    )
                ) {
                    // Screens that show PIN-protected data need a PIN on the
                    // demo key; only `--demo-screen` (screenshots) asks for it.
                    return Task::perform(
                        demo::with_pin(control, demo::SCREENSHOT_PIN),
                        Message::DemoPrepared,
                    );
                }
                return self.update(Message::DemoPrepared(Ok(control)));
            }
            Message::DemoPrepared(Ok(control)) => {
                self.demo = Some(control);
                self.devices = vec![demo::summary()];
                return self.update(Message::Open(0));
            }
            Message::DemoReady(Err(e)) | Message::DemoPrepared(Err(e)) => {
                self.devices_problem = Some(e.user_text())
            }
            Message::PollDevices => {
                if self.demo.is_none() {
                    return Task::perform(
                        async {
                            let result = crate::keys::list_devices(None).await;
                            let fix = matches!(result, Err(KeyError::OsPermissionDenied(_)))
                                .then(crate::platform::access::fix_for_this_system);
                            (result, fix)
                        },
                        |(result, fix)| Message::Devices(result, fix),
                    );
                }
            }
            Message::Devices(result, fix) => {
                self.access_fix = fix;
                match result {
                    Ok(devices) => {
                        self.devices_problem = None;
                        self.devices = devices;
                    }
                    Err(e) => self.devices_problem = Some(e.user_text()),
                }
            }
            Message::Device(event) => return self.device_event(event),
            Message::CopyText(text) => {
                self.notice = Some((true, t!("app-copied")));
                return iced::clipboard::write(text);
            }
            Message::SaveReport => {
                let Some(key) = &self.key else {
                    return Task::none();
                };
                let Some(info) = &key.info else {
                    return Task::none();
                };
                let sites = key.passkeys.as_ref().map(|list| list.sites.len());
                let connection = crate::report::Connection::from(&key.summary);
                let info = info.clone();
                // The report looks the model up in the catalog (a streamed,
                // compressed scan): in the task, not on the UI thread.
                return Task::perform(
                    async move {
                        let report = crate::report::Report::new(connection, &info, sites);
                        ops::save_report(report).await
                    },
                    Message::ReportSaved,
                );
            }
            Message::ReportSaved(result) => match result {
                Ok(Some((json, html))) => {
                    self.notice = Some((
                        true,
                        t!(
                            "app-report-saved",
                            html = html.display().to_string(),
                            json = json.display().to_string()
                        ),
                    ))
                }
                Ok(None) => {}
                Err(e) => self.notice = Some((false, t!("app-report-not-saved", error = e))),
            },
            Message::RestartAsAdministrator =>
            {
                #[cfg(windows)]
                match crate::platform::windows::restart_as_administrator() {
                    Ok(()) => return iced::exit(),
                    Err(e) => self.notice = Some((false, e.to_string())),
                }
            }
            Message::Open(i) => {
                let Some(summary) = self.devices.get(i).cloned() else {
                    return Task::none();
                };
                return self.open(summary);
            }
            Message::Opened(Ok((summary, session, cancel))) => {
                self.guide.key_opened(&summary.id);
                self.passkeys.key_opened();
                self.key = Some(OpenKey {
                    summary,
                    session,
                    cancel,
                    info: None,
                    icon: None,
                    passkeys: None,
                    fingerprints: None,
                    large_blobs: None,
                    genuine: None,
                });
                if matches!(self.reset.stage, screen::reset::Stage::Replug { .. }) {
                    // Counts down from the key's power-up (its arrival).
                    let action = self.reset.key_reinserted();
                    return self.act(action);
                }
                if self.screen == Screen::Keys {
                    self.screen = Screen::Overview;
                }
                return self.run(Op::Info);
            }
            Message::Opened(Err(e)) => self.fail(e),
            Message::Go(screen) => return self.go(screen),
            Message::CloseKey => {
                self.close_key();
                self.screen = Screen::Keys;
                return Task::done(Message::PollDevices);
            }
            Message::Run(op) => return self.run(op),
            Message::Done(id, op, result) => {
                self.running.remove(&id);
                return self.done(op, result);
            }
            Message::Cancel => {
                if let Some(key) = &self.key {
                    key.cancel.cancel();
                }
            }
            Message::UnlockInput(s) => {
                if let Some((pin, _)) = &mut self.unlock {
                    pin.replace(s);
                }
            }
            Message::UnlockSubmit => {
                if let Some((pin, _)) = &mut self.unlock {
                    if pin.is_empty() {
                        return Task::none();
                    }
                    let pin = Arc::new(pin.take_pin());
                    return self.run(Op::Unlock(pin));
                }
            }
            Message::UnlockFingerprint => {
                if self.unlock.is_some() {
                    return self.run(Op::UnlockWithFingerprint);
                }
            }
            Message::UnlockDismiss => self.unlock = None,
            Message::ConfirmYes => {
                if let Some(c) = self.confirm.take() {
                    return self.run(c.op);
                }
            }
            Message::ConfirmNo => self.confirm = None,
            Message::DismissNotice => self.notice = None,
            Message::ToggleDetails => self.overview_details = !self.overview_details,
            Message::Theme(choice) => {
                self.theme = choice;
                self.save_settings();
            }
            Message::SystemTheme(mode) => self.system_mode = mode,
            Message::Language(choice) => {
                self.language = choice;
                crate::i18n::set_language(choice.resolve());
                self.save_settings();
                return fonts::load_for(choice.resolve());
            }
            Message::Keyboard(event) => return self.keyboard(event),
            Message::Pulse => self.pulse = self.pulse.wrapping_add(1),
            Message::Countdown => self.reset.tick(Duration::from_secs(1)),
            Message::Pin(m) => {
                let info = self.key.as_ref().and_then(|k| k.info.clone());
                let action = self.pin.update(m, info.as_ref());
                return self.act(action);
            }
            Message::Passkeys(m) => {
                // A row opened for editing: its first field takes the focus
                // (the search field above it does not).
                let editing = matches!(m, screen::passkeys::Message::Edit(_));
                let action = self.passkeys.update_on(m, self.key.as_ref());
                let task = self.act(action);
                if editing {
                    let skip = vec![screen::passkeys::FILTER_ID.into()];
                    return task.chain(
                        iced::advanced::widget::operate(widget::focus_first_field(skip)).discard(),
                    );
                }
                return task;
            }
            Message::Fingerprints(m) => {
                let renaming = matches!(m, screen::fingerprints::Message::Rename(..));
                let action = self.fingerprints.update(m);
                let task = self.act(action);
                if renaming {
                    return task.chain(iced::widget::operation::focus(
                        screen::fingerprints::RENAME_ID,
                    ));
                }
                return task;
            }
            Message::KeySettings(m) => {
                let info = self.key.as_ref().and_then(|k| k.info.clone());
                let action = self.key_settings.update(m, info.as_ref());
                return self.act(action);
            }
            Message::Reset(screen::reset::Message::SimulateReplug) => {
                if let Some(control) = &self.demo {
                    control.replug();
                    let action = self.reset.key_reinserted();
                    return self.act(action);
                }
            }
            Message::Reset(m) => {
                if let Some(key) = &self.key {
                    // The replug step follows this key, in NFC's words on NFC.
                    self.reset.key_id = Some(key.summary.id.clone());
                    self.reset.nfc = key.summary.transport == Transport::Nfc;
                }
                let gone = self.reset.stage == (screen::reset::Stage::Replug { removed: true });
                let action = self.reset.update(m);
                if gone && self.reset.cancelled {
                    // Cancelled while the key was out: it is no longer open.
                    self.close_key();
                    self.screen = Screen::Keys;
                    return Task::done(Message::PollDevices);
                }
                return self.act(action);
            }
            Message::Guide(m) => {
                let info = self.key.as_ref().and_then(|k| k.info.as_ref());
                let passkeys = self.key.as_ref().and_then(|k| k.passkeys.as_ref());
                let action = self.guide.update(m, info, passkeys);
                return self.act(action);
            }
            Message::OpenDemo => return Task::perform(demo::create(), Message::DemoReady),
            Message::ItBatch(m) => return self.it_batch_message(m),
            Message::Doctor(m) => {
                return match self.doctor.update(m) {
                    screen::doctor::Effect::None => Task::none(),
                    // The checks list readers and device nodes: off the UI
                    // thread.
                    screen::doctor::Effect::RunChecks => {
                        Task::perform(crate::doctor::run(), |findings| {
                            Message::Doctor(screen::doctor::Message::Done(findings))
                        })
                    }
                    screen::doctor::Effect::Action(action) => self.act(action),
                };
            }
            Message::GuideLater => {
                self.guide_offered = true;
                self.save_settings();
            }
        }
        Task::none()
    }

    /// The PIN form as it stands (tests).
    pub fn pin_form(&self) -> &screen::pin::State {
        &self.pin
    }

    /// The keys listed on the Keys screen.
    pub fn devices(&self) -> &[DeviceSummary] {
        &self.devices
    }

    fn info(&self) -> Option<&KeyInfo> {
        self.key.as_ref().and_then(|k| k.info.as_ref())
    }

    fn act(&mut self, action: Action) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Run(op) => self.run(op),
            Action::Confirm {
                question,
                detail,
                confirm_label,
                op,
            } => {
                self.confirm = Some(Confirm {
                    question,
                    detail,
                    confirm_label,
                    op,
                });
                Task::none()
            }
            Action::Go(screen) => self.go(screen),
            Action::Copy(text) => self.update(Message::CopyText(text)),
            Action::OpenUrl(url) => {
                if let Err(e) = crate::platform::open_with_default_program(url.as_ref()) {
                    self.notice = Some((
                        false,
                        t!("app-open-url-failed", url = url, error = e.to_string()),
                    ));
                }
                Task::none()
            }
            Action::ReadThisPc => {
                // dsregcmd takes a moment: off the UI thread.
                let (tx, rx) = futures::channel::oneshot::channel();
                std::thread::spawn(move || tx.send(crate::platform::this_windows_pc()));
                Task::perform(async move { rx.await.ok().flatten() }, |facts| {
                    Message::Guide(screen::guide::Message::PcRead(facts))
                })
            }
            Action::SaveSites => {
                let Some(list) = self.key.as_ref().and_then(|k| k.passkeys.as_ref()) else {
                    return Task::none();
                };
                let accounts = crate::inventory::accounts(list);
                Task::perform(
                    ops::save_inventory(accounts, t!("inventory-file-stem")),
                    |r| Message::Reset(screen::reset::Message::Saved(r)),
                )
            }
            Action::ReadPasskeys => {
                if let Some(key) = &mut self.key {
                    key.passkeys = None;
                }
                self.run(Op::ListPasskeys)
            }
        }
    }

    fn go(&mut self, screen: Screen) -> Task<Message> {
        if self.is_busy() {
            return Task::none();
        }
        self.pin.clear();
        if screen != Screen::Reset {
            self.reset = Default::default();
        }
        self.screen = screen;
        self.notice = None;
        if screen == Screen::AppSettings {
            return fonts::load_for_language_menu();
        }
        if screen == Screen::Guide && !self.guide_offered {
            self.guide_offered = true;
            self.save_settings();
        }
        let Some(key) = &self.key else {
            return Task::none();
        };
        match screen {
            // The form's first field (the current PIN, or the new one).
            Screen::Pin => iced::widget::operation::focus(self.pin.first_field(key.info.as_ref())),
            Screen::Passkeys if key.passkeys.is_none() && self.can_manage() => {
                self.run(Op::ListPasskeys)
            }
            Screen::Fingerprints if key.fingerprints.is_none() && self.can_manage() => {
                self.run(Op::ListFingerprints)
            }
            _ => Task::none(),
        }
    }

    /// `--demo-screen`: open a screen, unlocked with the demo PIN if needed.
    fn start_on(&mut self, screen: Screen) -> Task<Message> {
        let list = match screen {
            Screen::Passkeys | Screen::Guide => Some(Op::ListPasskeys),
            Screen::Fingerprints => Some(Op::ListFingerprints),
            _ => None,
        };
        match list {
            Some(op) if self.info().and_then(|i| i.pin_set) == Some(true) => {
                // Not through `go`: it would start the list at once, which
                // then held the only slot and kept the unlock from running
                // (the screenshot showed the PIN dialog forever).
                self.screen = screen;
                self.unlock = Some((secret::SecretText::default(), Some(op)));
                let pin = Arc::new(Pin::new(demo::SCREENSHOT_PIN.to_owned()));
                self.run(Op::Unlock(pin))
            }
            _ => self.go(screen),
        }
    }

    /// Management needs a PIN on the key; without one the screen explains.
    fn can_manage(&self) -> bool {
        self.info().and_then(|i| i.pin_set) == Some(true)
    }

    fn open(&mut self, summary: DeviceSummary) -> Task<Message> {
        self.close_key();
        let cancel = CancelSignal::new();
        if let (Transport::Virtual, Some(control)) = (summary.transport, &self.demo) {
            let conn = demo::connect(control, cancel.clone());
            return Task::perform(
                async move {
                    let s = KeySession::open(conn, Prompts::discard(), cancel.clone()).await?;
                    Ok((summary, Arc::new(tokio::sync::Mutex::new(s)), cancel))
                },
                Message::Opened,
            );
        }
        Task::perform(
            async move {
                let conn = discovery::open_summary(&summary, cancel.clone()).await?;
                let s = KeySession::open(conn, Prompts::discard(), cancel.clone()).await?;
                Ok((summary, Arc::new(tokio::sync::Mutex::new(s)), cancel))
            },
            Message::Opened,
        )
    }

    fn close_key(&mut self) {
        // Dropping the session drops its token and shared secret (zeroized).
        self.key = None;
        self.unlock = None;
        self.pin.clear();
    }

    /// A key arrived or left. The list follows the events; the open key
    /// leaving closes it at once, also in the middle of an operation (the
    /// operation then fails as "removed", never as done). During a reset
    /// the key is followed out and back in.
    fn device_event(&mut self, event: DeviceEvent) -> Task<Message> {
        use screen::reset::Stage;
        match event {
            DeviceEvent::KeyArrived(summary) => {
                self.devices.retain(|d| d.id != summary.id);
                self.devices.push(summary.clone());
                if self.screen == Screen::ItBatch && self.it_batch.running() {
                    return self.it_batch_key_arrived(&summary);
                }
                if self.reset.stage == (Stage::Replug { removed: true }) {
                    let ours = self.reset.key_id.clone();
                    if ours.is_none() || ours.as_ref() == Some(&summary.id) {
                        // The key is powered again now: the reset window
                        // counts from here, not from opening it.
                        self.reset.powered_at = Some(std::time::Instant::now());
                        return self.open(summary);
                    }
                }
                if summary.transport == Transport::Usb {
                    // A USB key showing up may end a permission problem.
                    return Task::done(Message::PollDevices);
                }
            }
            DeviceEvent::KeyLeft(id) => {
                self.devices.retain(|d| d.id != id);
                self.it_batch.key_left(&id);
                let Some(key) = &self.key else {
                    return Task::none();
                };
                if key.summary.id != id {
                    return Task::none();
                }
                if let Stage::Replug { removed } = &mut self.reset.stage {
                    *removed = true;
                    self.reset.key_id = Some(id);
                    return Task::none();
                }
                key.cancel.cancel();
                self.close_key();
                self.running.clear();
                self.reset = Default::default();
                self.screen = Screen::Keys;
                self.notice = Some((false, t!("app-key-removed")));
            }
        }
        Task::none()
    }

    fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            iced::event::listen_with(keyboard_message),
            iced::system::theme_changes().map(Message::SystemTheme),
        ];
        // A success goes away by itself after a few seconds; a problem stays
        // until dismissed, so it can be read.
        if matches!(self.notice, Some((true, _))) {
            subs.push(time::every(NOTICE_SECONDS).map(|_| Message::DismissNotice));
        }
        if self.busy().is_some_and(Op::needs_touch) {
            subs.push(time::every(Duration::from_millis(120)).map(|_| Message::Pulse));
        }
        if matches!(self.reset.stage, screen::reset::Stage::Touch { .. }) && self.is_busy() {
            subs.push(time::every(Duration::from_secs(1)).map(|_| Message::Countdown));
        }
        if self.demo.is_none() && !self.demo_only {
            // Keys come and go as events; nothing is polled, and no key is
            // touched while the app is idle.
            subs.push(Subscription::run(device_events));
        }
        Subscription::batch(subs)
    }

    /// Saves the preferences; a store whose file was damaged stays untouched.
    fn save_settings(&mut self) {
        let Some(store) = &self.store else {
            return;
        };
        let settings = crate::settings::Settings {
            theme: self.theme,
            language: self.language,
            guide_offered: self.guide_offered,
        };
        if let Err(e) = store.save(&settings) {
            self.notice = Some((false, t!("app-settings-not-saved", error = e.to_string())));
        }
    }
}
