//! The desktop app (iced). The root holds the selected key's session and
//! routes between screens; every key operation runs as a task on the shared
//! session, never on the UI thread. See `screen/` for the screens.

pub mod crash;
pub mod demo;
pub mod fonts;
pub mod icons;
pub mod ops;
pub mod screen;
pub mod secret;
pub mod theme;
pub mod tokens;
pub mod widget;

use iced::keyboard::{self, key::Named, Key};
use iced::widget::{
    center, column, container, opaque, pick_list, row, scrollable, stack, text, text_input, Column,
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
use crate::virtual_key::VirtualKeyControl;
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
            let (mut app, task) = App::boot(demo);
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
        }
    }

    pub fn boot(demo: bool) -> (App, Task<Message>) {
        if demo {
            let mut app = App::empty(None);
            app.demo_only = true;
            (app, Task::perform(demo::create(), Message::DemoReady))
        } else {
            (App::empty(None), Task::done(Message::PollDevices))
        }
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

    /// True while any operation runs on the key.
    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// The running operation to show: one that waits for a touch first.
    pub fn busy(&self) -> Option<&Op> {
        self.running
            .values()
            .find(|op| op.needs_touch())
            .or_else(|| self.running.values().next())
    }

    /// Starts an op on the open key, unless one is running.
    fn run(&mut self, op: Op) -> Task<Message> {
        if self.is_busy() {
            return Task::none();
        }
        self.start(op)
    }

    /// Starts an op on the open key, also beside one already running.
    fn start(&mut self, op: Op) -> Task<Message> {
        let Some(key) = &self.key else {
            return Task::none();
        };
        if self.running.is_empty() {
            key.cancel.reset();
        }
        // A refresh keeps the message about what just happened.
        if !matches!(op, Op::Info | Op::ListPasskeys | Op::ListFingerprints) {
            self.notice = None;
        }
        let id = OpId(self.next_op);
        self.next_op += 1;
        self.running.insert(id, op.clone());
        let session = key.session.clone();
        Task::perform(ops::run(session, op.clone()), move |r| {
            Message::Done(id, op.clone(), r)
        })
    }

    fn done(&mut self, op: Op, result: Result<OpOutput, KeyError>) -> Task<Message> {
        let Some(key) = &mut self.key else {
            return Task::none();
        };
        match result {
            Ok(OpOutput::Info(info)) => {
                if key.icon.is_none() {
                    key.icon = screen::overview::model_icon(&info);
                }
                let mut info = *info;
                if key.summary.transport == Transport::Virtual {
                    // One name for the demo key everywhere: the list's.
                    info.name = key.summary.label.clone();
                }
                key.info = Some(info);
                if let Some(screen) = self.start_screen.take() {
                    return self.start_on(screen);
                }
            }
            Ok(OpOutput::Passkeys(list)) => {
                self.guide.passkeys_read(&list);
                key.passkeys = Some(list);
            }
            Ok(OpOutput::Fingerprints(list)) => key.fingerprints = Some(list),
            Ok(OpOutput::Holdings(passkeys, fingerprints)) => {
                if let Some(list) = passkeys {
                    self.guide.passkeys_read(&list);
                    key.passkeys = Some(list);
                }
                key.fingerprints = fingerprints;
            }
            Ok(OpOutput::Enroll(progress)) => {
                let action = self.fingerprints.on_sample(&progress);
                let task = self.act(action);
                if self.fingerprints.offers_name() {
                    // Added: the name field takes the focus.
                    return task.chain(iced::widget::operation::focus(
                        screen::fingerprints::NEW_NAME_ID,
                    ));
                }
                return task;
            }
            Ok(OpOutput::Done) => return self.after(op),
            Err(KeyError::PinRequired) => {
                self.unlock = Some((secret::SecretText::default(), Some(op)));
                return iced::widget::operation::focus(PIN_PROMPT_ID);
            }
            Err(e) => return self.failed(op, e),
        }
        Task::none()
    }

    /// What follows a successful op that returns nothing.
    fn after(&mut self, op: Op) -> Task<Message> {
        let key = self.key.as_mut().expect("checked by caller");
        match op {
            Op::Unlock(_) | Op::UnlockWithFingerprint => {
                let pending = self.unlock.take().and_then(|(_, op)| op);
                // The refresh and the operation that asked for the PIN run
                // together, each with its own place in `running`.
                let refresh = self.run(Op::Info);
                return match pending {
                    Some(op) => Task::batch([refresh, self.start(op)]),
                    None => refresh,
                };
            }
            Op::SetPin(_) | Op::ChangePin(..) => {
                self.pin.clear();
                self.notice = Some((true, t!("app-pin-saved")));
                return self.run(Op::Info);
            }
            Op::DeletePasskey(_) | Op::UpdateUser { .. } => {
                key.passkeys = None;
                self.notice = Some((
                    true,
                    match op {
                        Op::DeletePasskey(_) => t!("app-passkey-deleted"),
                        _ => t!("common-saved"),
                    },
                ));
                return self.run(Op::ListPasskeys);
            }
            Op::RenameFingerprint(..) | Op::RemoveFingerprint(_) => {
                if matches!(op, Op::RemoveFingerprint(_)) {
                    self.notice = Some((true, t!("app-fingerprint-removed")));
                }
                return self.run(Op::ListFingerprints);
            }
            Op::SetAlwaysUv(_) | Op::SetMinPinLength(_) | Op::ForcePinChange => {
                self.notice = Some((true, t!("app-setting-saved")));
                return self.run(Op::Info);
            }
            Op::Reset => {
                self.reset.stage = screen::reset::Stage::Done;
                key.passkeys = None;
                key.fingerprints = None;
                return self.run(Op::Info);
            }
            Op::Identify => self.notice = Some((true, t!("app-identified"))),
            Op::EnrollCancel => self.fingerprints.stop(),
            _ => {}
        }
        Task::none()
    }

    fn failed(&mut self, op: Op, e: KeyError) -> Task<Message> {
        match op {
            Op::EnrollBegin | Op::EnrollNext(_) => {
                self.fingerprints.stop();
                if matches!(e, KeyError::Cancelled) {
                    // The user's own Cancel: say that it took effect.
                    self.notice = Some((true, t!("fingerprints-cancelled")));
                    return Task::none();
                }
            }
            Op::Reset => {
                self.reset.stage = screen::reset::Stage::Failed(match e {
                    KeyError::ResetWindowPassed => t!("app-reset-window-passed"),
                    KeyError::ResetDeclined => KeyError::ResetDeclined.user_text(),
                    KeyError::UserActionTimeout => t!("app-reset-not-touched"),
                    KeyError::Cancelled => t!("app-reset-cancelled"),
                    other => t!("app-reset-failed", error = other.user_text()),
                });
                return Task::none();
            }
            Op::Unlock(current) if matches!(e, KeyError::PinChangeRequired) => {
                // The PIN was right but the key wants a new one first: go
                // straight to the change form, with the PIN just typed kept
                // so that only the new PIN is asked for.
                self.unlock = None;
                let _ = self.go(Screen::Pin);
                self.pin.forced_change(current);
                self.notice = Some((false, e.user_text()));
                return self.run(Op::Info);
            }
            Op::Unlock(_) | Op::UnlockWithFingerprint => {
                // Keep the dialog open so the user sees the attempts left
                // (a fingerprint refused: the PIN field is still there).
                if let Some((pin, _)) = &mut self.unlock {
                    pin.clear();
                }
                if !matches!(e, KeyError::Cancelled) {
                    self.notice = Some((false, e.user_text()));
                }
                // The PIN field keeps the focus for another try.
                return Task::batch([
                    self.run(Op::Info),
                    iced::widget::operation::focus(PIN_PROMPT_ID),
                ]);
            }
            Op::ChangePin(..) if matches!(e, KeyError::PinInvalid { .. }) => {
                // Said under the current-PIN field, which is cleared and
                // focused; the new PIN, typed twice, stays.
                self.pin.wrong_current(e.user_text());
                return Task::batch([
                    self.run(Op::Info),
                    iced::widget::operation::focus(screen::pin::CURRENT_ID),
                ]);
            }
            _ => {}
        }
        let refresh = matches!(
            e,
            KeyError::PinInvalid { .. } | KeyError::PinAuthBlocked | KeyError::PinBlocked
        );
        self.fail(e);
        if refresh {
            return self.run(Op::Info);
        }
        Task::none()
    }

    fn fail(&mut self, e: KeyError) {
        if !matches!(e, KeyError::Cancelled) {
            self.notice = Some((false, e.user_text()));
        }
    }

    fn keyboard(&mut self, event: keyboard::Event) -> Task<Message> {
        let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
            return Task::none();
        };
        match key {
            Key::Named(Named::Tab) if modifiers.shift() => {
                iced::widget::operation::focus_previous()
            }
            Key::Named(Named::Tab) => iced::widget::operation::focus_next(),
            // Up and Down move along the side menu while it has the focus.
            Key::Named(arrow @ (Named::ArrowUp | Named::ArrowDown)) if self.key.is_some() => {
                let group = self
                    .nav_entries()
                    .into_iter()
                    .map(|(screen, _)| iced::advanced::widget::Id::from(nav_id(screen)))
                    .collect();
                iced::advanced::widget::operate(widget::focus_in_group(
                    group,
                    arrow == Named::ArrowDown,
                ))
                .discard()
            }
            Key::Named(Named::Escape) => {
                if self.confirm.is_some() {
                    self.confirm = None;
                } else if self.unlock.is_some() {
                    self.unlock = None;
                } else if self.busy().is_some_and(Op::needs_touch) {
                    return self.update(Message::Cancel);
                } else {
                    self.notice = None;
                }
                Task::none()
            }
            // Enter does the safe thing in a confirmation: it cancels. The
            // confirm button is pressed by Tab to it and Enter, or a click.
            Key::Named(Named::Enter) if self.confirm.is_some() => self.update(Message::ConfirmNo),
            _ => Task::none(),
        }
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

    pub fn view(&self) -> Element<'_, Message> {
        let content: Element<'_, Message> = match (&self.key, self.screen) {
            (_, Screen::AppSettings) => self.app_settings(),
            (_, Screen::ItBatch) => self
                .it_batch
                .view(self.demo.is_some())
                .map(Message::ItBatch),
            // The guide's information pages work without a key.
            (None, Screen::Guide) => container(column![
                button(text(t!("app-all-keys")).size(size::SMALL))
                    .on_press(Message::Go(Screen::Keys))
                    .style(button::text),
                self.guide.view(None, None, None, false, Message::Guide),
            ])
            .padding(space::XL)
            .into(),
            (None, _) | (_, Screen::Keys) => screen::keys::view(
                &self.devices,
                self.devices_problem.as_deref(),
                self.access_fix.as_ref(),
                screen::keys::Actions {
                    open: Message::Open,
                    copy: Message::CopyText,
                    restart_as_administrator: Message::RestartAsAdministrator,
                    guide: Message::Go(Screen::Guide),
                    settings: Message::Go(Screen::AppSettings),
                    it_batch: Message::Go(Screen::ItBatch),
                    demo: (self.demo.is_none()).then_some(Message::OpenDemo),
                },
            ),
            (Some(key), screen) => {
                let no_pin = key.info.as_ref().and_then(|i| i.pin_set) == Some(false);
                let page: Element<'_, Message> = match screen {
                    Screen::Passkeys | Screen::Fingerprints if no_pin => screen::pin_first(
                        if screen == Screen::Passkeys {
                            t!("passkeys-title")
                        } else {
                            t!("fingerprints-title")
                        },
                        Message::Go(Screen::Pin),
                    ),
                    Screen::Overview => screen::overview::view(
                        &key.summary,
                        key.info.as_ref(),
                        key.icon.as_ref(),
                        self.overview_details,
                        screen::overview::Actions {
                            go: Message::Go,
                            identify: Message::Run(Op::Identify),
                            save_report: Message::SaveReport,
                            first_run: (!self.guide_offered).then_some(Message::GuideLater),
                            toggle_details: Message::ToggleDetails,
                        },
                    ),
                    Screen::Pin => self.pin.view(key.info.as_ref(), Message::Pin, Message::Go),
                    Screen::Passkeys => self.passkeys.view_on(
                        Some(screen::compare::KeyIdentity::of(key)),
                        key.passkeys.as_ref(),
                        key.info.as_ref().is_some_and(|i| i.update_user_information),
                        Message::Passkeys,
                    ),
                    Screen::Fingerprints => self
                        .fingerprints
                        .view(key.fingerprints.as_deref(), Message::Fingerprints),
                    Screen::KeySettings => self
                        .key_settings
                        .view(key.info.as_ref(), Message::KeySettings),
                    Screen::Reset => {
                        let holdings = key.passkeys.as_ref().map(|list| {
                            crate::inventory::Holdings::of(list, key.fingerprints.as_deref())
                        });
                        // Offered until both passkeys and (on a key with a
                        // sensor) fingerprints are counted.
                        let counted = holdings.is_some()
                            && (key.fingerprints.is_some()
                                || !key.info.as_ref().is_some_and(|i| i.bio));
                        let known = screen::reset::Known {
                            holdings,
                            can_unlock: !counted
                                && key.info.as_ref().is_some_and(|i| {
                                    i.pin_set == Some(true) && i.credential_management
                                }),
                        };
                        self.reset.view(self.demo.is_some(), known, Message::Reset)
                    }
                    Screen::Guide => self.guide.view(
                        key.info.as_ref(),
                        key.passkeys.as_ref(),
                        Some(key.summary.transport),
                        self.is_busy(),
                        Message::Guide,
                    ),
                    Screen::Keys | Screen::AppSettings | Screen::ItBatch => {
                        unreachable!("matched above")
                    }
                };
                // The guide scrolls its own body above a fixed footer.
                let page = if matches!(screen, Screen::Passkeys | Screen::Guide) {
                    page
                } else {
                    // Embedded: the scrollbar takes its own room and never
                    // covers text.
                    scrollable(page)
                        .spacing(space::S)
                        .height(Length::Fill)
                        .into()
                };
                row![
                    self.rail(key),
                    container(page).padding(space::XL + 4.0).width(Length::Fill)
                ]
                .into()
            }
        };
        let mut layers = stack![container(content).height(Length::Fill)];
        // What is running, floating at the bottom right like a notice: it
        // never shortens the page (the side menu's last entries moved up
        // under the pointer while an operation ran). The layer is always
        // there, empty when idle, so that the dialog above keeps its place
        // in the widget tree: the PIN field kept its focus only then.
        let mut lines = Column::new().spacing(space::XS);
        let mut busy_lines = false;
        if let Some(b) = self.busy() {
            let on_nfc = self
                .key
                .as_ref()
                .is_some_and(|k| k.summary.transport == Transport::Nfc);
            if on_nfc {
                lines = lines.push(text(t!("app-keep-on-reader")).size(size::SMALL));
            }
            if !b.needs_touch() {
                lines = lines.push(text(b.label()).size(size::SMALL));
            }
            busy_lines = on_nfc || !b.needs_touch();
        }
        let busy: Element<'_, Message> = if !busy_lines {
            iced::widget::space().into()
        } else {
            container(lines)
                .padding([space::S, space::M])
                .style(theme::card)
                .id("busy")
                .into()
        };
        layers = layers.push(
            container(busy)
                .padding(space::L)
                .width(Length::Fill)
                .height(Length::Fill)
                .align_x(iced::alignment::Horizontal::Right)
                .align_y(iced::alignment::Vertical::Bottom),
        );
        if let Some(b) = self.busy().filter(|op| op.needs_touch()) {
            layers = layers.push(self.touch_prompt(b));
        } else if let Some(c) = &self.confirm {
            layers = layers.push(self.confirm_dialog(c));
        } else if let Some((pin, _)) = &self.unlock {
            layers = layers.push(self.unlock_dialog(pin));
        }
        // Notices float over the bottom right of the window, above any dialog
        // (a wrong PIN shows over the PIN dialog), and never move the page
        // under the pointer.
        if let Some((ok, text_)) = &self.notice {
            layers = layers.push(
                container(self.notice_bar(*ok, text_))
                    .padding(space::L)
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .align_x(iced::alignment::Horizontal::Right)
                    .align_y(iced::alignment::Vertical::Bottom),
            );
        }
        layers.into()
    }

    fn rail<'a>(&'a self, key: &'a OpenKey) -> Element<'a, Message> {
        let info = key.info.as_ref();
        let name = info
            .map(|i| i.name.as_str())
            .unwrap_or(key.summary.label.as_str());
        let mut items = Column::new()
            .spacing(space::XS)
            .push(container(text(name).size(size::HEADING)).padding([space::XS, space::M]))
            .push(iced::widget::space().height(space::S));
        for (screen, label) in self.nav_entries() {
            let icon = match screen {
                Screen::Overview => icons::Name::Overview,
                Screen::Pin => icons::Name::Pin,
                Screen::Fingerprints => icons::Name::Fingerprint,
                Screen::Passkeys => icons::Name::Passkey,
                Screen::KeySettings => icons::Name::KeySettings,
                Screen::Reset => icons::Name::Reset,
                _ => icons::Name::Guide,
            };
            items = items.push(
                button(icons::labelled(icon, label, size::BODY))
                    .id(nav_id(screen))
                    .on_press(Message::Go(screen))
                    .width(Length::Fill)
                    .padding([space::S, space::M])
                    .style(theme::nav(self.screen == screen)),
            );
        }
        items = items.push(iced::widget::space().height(Length::Fill));
        items = items
            .push(
                button(icons::labelled(
                    icons::Name::Back,
                    t!("app-all-keys"),
                    size::SMALL,
                ))
                .on_press(Message::CloseKey)
                .width(Length::Fill)
                .padding([space::S, space::M])
                .style(theme::nav(false)),
            )
            .push(
                button(icons::labelled(
                    icons::Name::Settings,
                    t!("app-settings"),
                    size::SMALL,
                ))
                .on_press(Message::Go(Screen::AppSettings))
                .width(Length::Fill)
                .padding([space::S, space::M])
                .style(theme::nav(false)),
            );
        container(items)
            .padding(space::M)
            .width(Length::Fixed(220.0))
            .height(Length::Fill)
            .style(theme::rail)
            .into()
    }

    /// The side menu's pages for the open key, in order.
    fn nav_entries(&self) -> Vec<(Screen, String)> {
        let info = self.info();
        let mut entries = vec![
            (Screen::Overview, t!("app-nav-overview")),
            (Screen::Pin, t!("app-nav-pin")),
        ];
        if info.is_none_or(|i| i.bio) {
            entries.push((Screen::Fingerprints, t!("app-nav-fingerprints")));
        }
        if info.is_none_or(|i| i.credential_management) {
            entries.push((Screen::Passkeys, t!("app-nav-passkeys")));
        }
        if info.is_none_or(|i| i.authenticator_config) {
            entries.push((Screen::KeySettings, t!("app-nav-key-settings")));
        }
        entries.push((Screen::Reset, t!("app-nav-reset")));
        entries.push((Screen::Guide, t!("app-nav-guide")));
        entries
    }

    fn notice_bar<'a>(&'a self, ok: bool, message: &'a str) -> Element<'a, Message> {
        container(
            row![
                icons::icon(
                    if ok {
                        icons::Name::Ready
                    } else {
                        icons::Name::Problem
                    },
                    size::ICON_LARGE
                ),
                text(message).size(size::BODY).width(Length::Fill),
                button(icons::labelled(
                    icons::Name::Close,
                    t!("common-dismiss"),
                    size::SMALL
                ))
                .on_press(Message::DismissNotice)
                .style(move |t: &iced::Theme, status| {
                    // The notice's own text colour, on its background.
                    let mut style = button::text(t, status);
                    style.text_color = if ok {
                        tokens::colors(t).success_fg
                    } else {
                        tokens::colors(t).danger_fg
                    };
                    style.background = None;
                    style
                }),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center),
        )
        .padding([space::S + 2.0, space::L])
        // Right-aligned and narrower than the page, so it never covers the
        // side menu.
        .max_width(560)
        .style(if ok { theme::success } else { theme::danger })
        .id("notice")
        .into()
    }

    /// The animated "touch your key" dialog with a Cancel that really
    /// cancels the key operation.
    fn touch_prompt<'a>(&'a self, op: &'a Op) -> Element<'a, Message> {
        let phase = (self.pulse % 20) as f32 / 19.0;
        let wave = (phase * std::f32::consts::PI).sin();
        let dots = ["●  ○  ○", "○  ●  ○", "○  ○  ●", "○  ●  ○"][(self.pulse / 3 % 4) as usize];
        let mut dialog = Column::new().spacing(space::M).align_x(Alignment::Center);
        // Enrollment has its own progress (samples taken): that bar is the
        // only busy indicator then, not a pulse beside it.
        let mut pulse = true;
        match (op, self.fingerprints.progress()) {
            (Op::EnrollBegin | Op::EnrollNext(_), Some((line, advice, done))) => {
                pulse = false;
                dialog = dialog
                    .push(icons::icon(icons::Name::Fingerprint, 40.0))
                    .push(text(line).size(size::HEADING))
                    .push(
                        container(iced::widget::progress_bar(0.0..=1.0, done).girth(10))
                            .id("enroll-progress"),
                    )
                    .push(text(advice).size(size::BODY));
            }
            (Op::Reset, _) => {
                let left = match self.reset.stage {
                    screen::reset::Stage::Touch { left } => left.as_secs(),
                    _ => 0,
                };
                dialog = dialog
                    .push(text(op.label()).size(size::HEADING))
                    .push(iced::widget::progress_bar(0.0..=10.0, left as f32).girth(10))
                    .push(text(t!("app-reset-seconds-left", seconds = left)).size(size::BODY));
            }
            _ => {
                dialog = dialog.push(text(op.label()).size(size::HEADING));
            }
        }
        if pulse {
            dialog = dialog
                .push(
                    container(iced::widget::progress_bar(0.0..=1.0, wave).girth(4))
                        .id("touch-pulse"),
                )
                .push(text(dots).size(size::HEADING));
        }
        dialog = dialog
            .push(
                text(t!("app-press-escape"))
                    .size(size::SMALL)
                    .style(theme::muted),
            )
            .push(
                container(
                    button(text(t!("common-cancel")))
                        .on_press(Message::Cancel)
                        .style(button::secondary),
                )
                .id("touch-cancel"),
            );
        modal(dialog)
    }

    fn confirm_dialog<'a>(&'a self, c: &'a Confirm) -> Element<'a, Message> {
        let dialog = column![
            text(&c.question).size(size::HEADING),
            text(&c.detail).size(size::SMALL),
            row![
                container(
                    button(text(t!("common-cancel")))
                        .on_press(Message::ConfirmNo)
                        .style(button::secondary)
                )
                .id("confirm-no"),
                container(
                    button(text(&c.confirm_label))
                        .on_press(Message::ConfirmYes)
                        .style(button::danger)
                )
                .id("confirm-yes"),
            ]
            .spacing(space::S + 2.0),
        ]
        .spacing(space::M + 2.0);
        modal(dialog)
    }

    fn unlock_dialog<'a>(&'a self, pin: &'a secret::SecretText) -> Element<'a, Message> {
        let retries = self
            .info()
            .and_then(|i| i.pin_retries)
            .map(|r| t!("common-pin-retries-before-block", count = r))
            .unwrap_or_default();
        // A key with built-in user verification: the finger first, the PIN
        // as fallback (and the only way once matching is blocked).
        let fingerprint = self
            .info()
            .filter(|i| i.fingerprint_unlock && i.uv_retries != Some(0))
            .map(|i| {
                let mut part = column![
                    text(t!("app-unlock-fingerprint-detail")).size(size::SMALL),
                    container(
                        button(text(t!("app-unlock-fingerprint")))
                            .on_press(Message::UnlockFingerprint)
                            .style(button::primary)
                    )
                    .id("unlock-fingerprint"),
                ]
                .spacing(space::S);
                if let Some(r) = i.uv_retries {
                    part = part.push(
                        text(t!("app-unlock-fingerprint-retries", count = r)).size(size::SMALL),
                    );
                }
                part
            });
        let dialog = column![icons::labelled(
            icons::Name::Unlock,
            t!("app-unlock-title"),
            size::HEADING
        )]
        .push(fingerprint)
        .push(
            column![
                text(t!("app-unlock-detail")).size(size::SMALL),
                text_input(&t!("app-nav-pin"), pin.expose())
                    .id(PIN_PROMPT_ID)
                    .style(theme::input)
                    .secure(true)
                    .on_input(|typed| Message::UnlockInput(typed.into()))
                    .on_submit(Message::UnlockSubmit)
                    .padding(10),
                text(retries).size(size::SMALL),
                row![
                    container(
                        button(text(t!("common-cancel")))
                            .on_press(Message::UnlockDismiss)
                            .style(button::secondary)
                    )
                    .id("unlock-cancel"),
                    container(
                        button(text(t!("app-unlock")))
                            .on_press(Message::UnlockSubmit)
                            .style(button::primary)
                    )
                    .id("unlock-submit"),
                ]
                .spacing(space::S + 2.0),
            ]
            .spacing(space::M),
        )
        .spacing(space::M);
        modal(dialog)
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

    fn app_settings(&self) -> Element<'_, Message> {
        let back = if self.key.is_some() {
            Screen::Overview
        } else {
            Screen::Keys
        };
        container(
            column![
                text(t!("app-settings")).size(size::TITLE),
                row![
                    text(t!("app-theme"))
                        .size(size::BODY)
                        .width(Length::Fixed(140.0)),
                    pick_list(ThemeChoice::ALL, Some(self.theme), Message::Theme),
                ]
                .spacing(space::M)
                .align_y(Alignment::Center),
                row![
                    text(t!("app-language"))
                        .size(size::BODY)
                        .width(Length::Fixed(140.0)),
                    container(pick_list(
                        crate::i18n::LanguageChoice::ALL,
                        Some(self.language),
                        Message::Language
                    ))
                    .id("settings-language"),
                ]
                .spacing(space::M)
                .align_y(Alignment::Center),
                container(
                    button(text(t!("provision-app-open")))
                        .on_press(Message::Go(Screen::ItBatch))
                        .style(button::secondary)
                )
                .id("settings-it-batch"),
                button(text(t!("common-back")))
                    .on_press(Message::Go(back))
                    .style(button::secondary),
            ]
            .spacing(space::L + 2.0)
            .max_width(640),
        )
        .padding(space::XXL)
        .into()
    }
}

fn modal<'a>(content: Column<'a, Message>) -> Element<'a, Message> {
    opaque(
        center(
            container(content)
                .padding(space::XL)
                .max_width(460)
                .style(theme::dialog),
        )
        .style(theme::scrim),
    )
}

/// The keys the app handles itself: those no widget took, and Escape always.
/// A focused text field takes Escape to drop its focus, which made Escape in
/// the PIN dialog need two presses; the dialog now closes on the first.
pub fn keyboard_message(
    event: iced::Event,
    status: iced::event::Status,
    _window: iced::window::Id,
) -> Option<Message> {
    let iced::Event::Keyboard(event) = event else {
        return None;
    };
    let escape = matches!(
        &event,
        keyboard::Event::KeyPressed {
            key: Key::Named(Named::Escape),
            ..
        }
    );
    (status == iced::event::Status::Ignored || escape).then_some(Message::Keyboard(event))
}
