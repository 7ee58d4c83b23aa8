//! The guided setup for a work or school account (Microsoft Entra ID):
//! check the key, add it on the Security info page step by step as
//! Microsoft's pages show it today, confirm that a NEW passkey arrived,
//! sign in to Windows (with this PC's verdict), troubleshooting, and a page
//! for IT staff. The rules live in `crate::entra`; this is only the telling.
//!
//! The steps follow Microsoft Learn's current registration pages:
//! https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey
//! https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey-with-security-key
//! Microsoft's own labels are Fluent terms (`-ms-*` in guide.ftl and
//! it-staff.ftl), one place per locale.

use std::collections::BTreeSet;

use crate::app::widget::button;
use iced::widget::{column, container, row, scrollable, svg, text, text_editor, Column, Row};
use iced::{Alignment, Color, Element, Length};

use super::{Action, Screen};
use crate::app::theme;
use crate::device::model::{KeyInfo, PasskeyList, Transport};
use crate::entra::{
    self, Capability, Check, JoinState, ListCheck, LockScreen, Outcome, PcFacts, Problem,
};

/// The steps on Microsoft's page, one screen each.
pub const STEPS: usize = 8;

/// The step that shows the list of methods (picture of Security info).
const STEP_CHOOSE: usize = 4;
/// The step that shows the "where to save your passkey" window.
const STEP_SAVE: usize = 5;

/// Drawn for KeyGuide (no text inside, so nothing to translate): the list of
/// sign-in methods with the Passkey row highlighted, and the "where to save"
/// window with the Security key row highlighted. The app writes Microsoft's
/// label into the highlighted row, in the user's language, so the picture
/// reads like the page; a caption under it says what to choose.
const METHODS_SVG: &[u8] = include_bytes!("../../../assets/guide/methods.svg");
const SAVE_SVG: &[u8] = include_bytes!("../../../assets/guide/save-where.svg");

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Check,
    /// A step on the Security info page, 1 to `STEPS`.
    Register(usize),
    Confirm,
    Windows,
    Help,
    ItStaff,
}

impl Page {
    const TABS: [Page; 6] = [
        Page::Check,
        Page::Register(1),
        Page::Confirm,
        Page::Windows,
        Page::Help,
        Page::ItStaff,
    ];

    /// Stable names for widget ids (tests, screenshots).
    fn name(self) -> &'static str {
        match self {
            Page::Check => "check",
            Page::Register(_) => "register",
            Page::Confirm => "confirm",
            Page::Windows => "windows",
            Page::Help => "help",
            Page::ItStaff => "it",
        }
    }

    fn title(self) -> String {
        match self {
            Page::Check => t!("guide-tab-check"),
            Page::Register(_) => t!("guide-tab-register"),
            Page::Confirm => t!("guide-tab-confirm"),
            Page::Windows => t!("guide-tab-windows"),
            Page::Help => t!("guide-tab-help"),
            Page::ItStaff => t!("guide-tab-it"),
        }
    }

    /// `--demo-screen guide-<name>` (screenshots); `guide-register-4` opens
    /// step 4.
    pub fn from_name(name: &str) -> Option<Page> {
        if let Some(n) = name.strip_prefix("register-") {
            let n: usize = n.parse().ok()?;
            return (1..=STEPS).contains(&n).then_some(Page::Register(n));
        }
        Page::TABS.into_iter().find(|p| p.name() == name)
    }

    fn next(self) -> Option<Page> {
        Some(match self {
            Page::Check => Page::Register(1),
            Page::Register(n) if n < STEPS => Page::Register(n + 1),
            Page::Register(_) => Page::Confirm,
            Page::Confirm => Page::Windows,
            Page::Windows => Page::Help,
            Page::Help => Page::ItStaff,
            Page::ItStaff => return None,
        })
    }

    fn previous(self) -> Option<Page> {
        Some(match self {
            Page::Check => return None,
            Page::Register(n) if n > 1 => Page::Register(n - 1),
            Page::Register(_) => Page::Check,
            Page::Confirm => Page::Register(STEPS),
            Page::Windows => Page::Confirm,
            Page::Help => Page::Windows,
            Page::ItStaff => Page::Help,
        })
    }
}

/// This PC, for the Windows page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ThisPc {
    #[default]
    NotRead,
    Reading,
    /// `None`: not Windows, or the version could not be read.
    Read(Option<PcFacts>),
}

#[derive(Default)]
pub struct State {
    pub page: Page,
    /// The organisation's allowed AAGUIDs, as pasted.
    allowed: text_editor::Content,
    list_check: Option<ListCheck>,
    /// The `login.microsoft.com` credential ids on the key before the user
    /// registered: only a passkey not in here confirms.
    baseline: Option<BTreeSet<String>>,
    /// A read of the passkeys was asked for to take the baseline.
    baseline_pending: bool,
    /// "I've added the key": the next read of the passkeys decides.
    confirming: bool,
    /// The new accounts found by the last check (empty: nothing new), and
    /// how many older Entra passkeys the key holds besides.
    confirmation: Option<(Vec<entra::Account>, usize)>,
    pub this_pc: ThisPc,
    /// The key the notes above are about.
    key_id: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Message {
    Show(Page),
    Next,
    Previous,
    OpenSecurityInfo,
    Copy(String),
    Fix(Screen),
    /// Read the passkeys (asks for the PIN when needed).
    CheckPasskeys,
    /// Read the passkeys to note which Entra passkeys are there already.
    NotePasskeys,
    /// "I've added the key" (or "Check the key" on the confirmation).
    Added,
    EditAllowed(text_editor::Action),
    CheckAllowed,
    /// What KeyGuide read about this PC (Windows only).
    PcRead(Option<PcFacts>),
}

impl State {
    pub fn update(
        &mut self,
        message: Message,
        info: Option<&KeyInfo>,
        passkeys: Option<&PasskeyList>,
    ) -> Action {
        match message {
            Message::Show(page) => return self.show(page, passkeys),
            Message::Next => {
                if let Some(page) = self.page.next() {
                    if self.page == Page::Register(STEPS) {
                        return self.added(info);
                    }
                    return self.show(page, passkeys);
                }
            }
            Message::Previous => {
                if let Some(page) = self.page.previous() {
                    return self.show(page, passkeys);
                }
            }
            Message::OpenSecurityInfo => return Action::OpenUrl(entra::SECURITY_INFO_URL),
            Message::Copy(s) => return Action::Copy(s),
            Message::Fix(screen) => return Action::Go(screen),
            Message::CheckPasskeys => return Action::ReadPasskeys,
            Message::NotePasskeys => {
                self.baseline = None;
                self.baseline_pending = true;
                return Action::ReadPasskeys;
            }
            Message::Added => return self.added(info),
            Message::EditAllowed(action) => {
                self.allowed.perform(action);
                self.list_check = None;
            }
            Message::CheckAllowed => {
                if let Some(info) = info {
                    self.list_check = Some(entra::check_against_list(
                        &info.aaguid,
                        &self.allowed.text(),
                    ));
                }
            }
            Message::PcRead(facts) => self.this_pc = ThisPc::Read(facts),
        }
        Action::None
    }

    fn show(&mut self, page: Page, passkeys: Option<&PasskeyList>) -> Action {
        self.page = page;
        match page {
            // Starting to register: note what is on the key, if known.
            Page::Register(_) if self.baseline.is_none() => {
                if let Some(list) = passkeys {
                    self.baseline = Some(entra::entra_credential_ids(list));
                }
            }
            Page::Windows if self.this_pc == ThisPc::NotRead && cfg!(windows) => {
                self.this_pc = ThisPc::Reading;
                return Action::ReadThisPc;
            }
            _ => {}
        }
        Action::None
    }

    fn added(&mut self, info: Option<&KeyInfo>) -> Action {
        self.page = Page::Confirm;
        self.confirmation = None;
        if self.baseline.is_none() || info.is_none() {
            return Action::None;
        }
        self.confirming = true;
        Action::ReadPasskeys
    }

    /// The root calls this with every fresh read of the key's passkeys.
    pub fn passkeys_read(&mut self, list: &PasskeyList) {
        if self.confirming {
            if let Some(before) = &self.baseline {
                let new = entra::new_entra_accounts(before, list);
                let older = entra::entra_accounts(list) - new.len();
                self.confirmation = Some((new, older));
            }
            self.confirming = false;
        } else if self.baseline_pending
            || (self.baseline.is_none() && matches!(self.page, Page::Check | Page::Register(_)))
        {
            self.baseline = Some(entra::entra_credential_ids(list));
            self.baseline_pending = false;
        }
    }

    /// A key was opened; another key than before forgets what was noted
    /// (it belongs to the old one).
    pub fn key_opened(&mut self, id: &str) {
        if self.key_id.as_deref() == Some(id) {
            return;
        }
        self.key_id = Some(id.to_owned());
        self.baseline = None;
        self.baseline_pending = false;
        self.confirming = false;
        self.confirmation = None;
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        info: Option<&'a KeyInfo>,
        passkeys: Option<&'a PasskeyList>,
        transport: Option<Transport>,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        // One row that never wraps: the labels are short in every language.
        let mut tabs = Row::new().spacing(6);
        for page in Page::TABS {
            let current = std::mem::discriminant(&page) == std::mem::discriminant(&self.page);
            tabs = tabs.push(
                container(
                    button(text(page.title()).size(14).wrapping(text::Wrapping::None))
                        .on_press(wrap(Message::Show(page)))
                        .padding([6, 10])
                        .style(theme::nav(current)),
                )
                .id(format!("guide-tab-{}", page.name())),
            );
        }
        let body = match (self.page, info) {
            (Page::Check, Some(info)) => self.check(info, passkeys, busy, wrap),
            (Page::Check, None) => no_key(),
            (Page::Register(n), _) => self.register(n, info, transport, busy, wrap),
            (Page::Confirm, Some(_)) => self.confirm(passkeys, busy, wrap),
            (Page::Confirm, None) => no_key(),
            (Page::Windows, _) => self.windows(),
            (Page::Help, _) => self.help(info, wrap),
            (Page::ItStaff, _) => it_staff(info, wrap),
        };
        column![
            text(t!("guide-title")).size(24),
            tabs,
            scrollable(container(body).padding([4, 0]))
                .spacing(8)
                .height(Length::Fill),
            self.footer(info, passkeys, busy, wrap),
        ]
        .spacing(12)
        .max_width(860)
        .into()
    }

    /// Previous / Next, always in the same place at the bottom.
    fn footer<'a, M: Clone + 'a>(
        &'a self,
        info: Option<&'a KeyInfo>,
        passkeys: Option<&'a PasskeyList>,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let previous = self.page.previous().map(|_| wrap(Message::Previous));
        let (label, enabled) = match self.page {
            Page::Check => (
                t!("guide-check-continue"),
                info.is_none_or(|i| entra::ready_to_register(&entra::readiness(i, passkeys))),
            ),
            Page::Register(STEPS) => (t!("guide-step-done-button"), !busy),
            Page::Confirm => (t!("guide-confirm-next"), true),
            Page::ItStaff => (t!("guide-next"), false),
            _ => (t!("guide-next"), true),
        };
        let mut bar = row![
            container(
                button(text(t!("guide-previous")))
                    .on_press_maybe(previous)
                    .style(button::secondary)
            )
            .id("guide-previous"),
            iced::widget::space().width(Length::Fill),
        ]
        .align_y(Alignment::Center);
        if let Page::Register(n) = self.page {
            bar = bar.push(text(t!("guide-step-of", step = n, total = STEPS)).size(13));
            bar = bar.push(iced::widget::space().width(Length::Fill));
        }
        bar = bar.push(
            container(
                button(text(label))
                    .on_press_maybe(enabled.then(|| wrap(Message::Next)))
                    .style(button::primary),
            )
            .id("guide-next"),
        );
        container(bar).padding([8, 0]).width(Length::Fill).into()
    }

    fn check<'a, M: Clone + 'a>(
        &'a self,
        info: &'a KeyInfo,
        passkeys: Option<&'a PasskeyList>,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let items = entra::readiness(info, passkeys);
        let ready = entra::ready_to_register(&items);
        let verdict = if ready {
            t!("guide-check-ready")
        } else {
            t!("guide-check-not-ready")
        };
        // The verdict first, so it is seen without scrolling.
        let mut page = column![
            text(t!("guide-check-intro")).size(15),
            container(text(verdict).size(16))
                .padding(10)
                .width(Length::Fill)
                .style(if ready {
                    theme::success
                } else {
                    theme::warning
                })
                .id("guide-verdict"),
        ]
        .spacing(10);
        for item in &items {
            page = page.push(check_row(item, busy, wrap));
        }
        page.into()
    }

    /// One step on Microsoft's page: what to do there.
    fn register<'a, M: Clone + 'a>(
        &'a self,
        step: usize,
        info: Option<&'a KeyInfo>,
        transport: Option<Transport>,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut body: Column<'a, M> = Column::new().spacing(10);
        let title = match step {
            1 => {
                body = body
                    .push(text(t!("guide-step-before")).size(15))
                    .push(text(t!("guide-step-before-admin")).size(15))
                    .push(
                        text(t!(
                            "guide-step-before-mfa",
                            minutes = entra::RECENT_MFA_MINUTES
                        ))
                        .size(15),
                    )
                    .push(text(t!("guide-step-before-guest")).size(15))
                    .push(
                        text(t!(
                            "guide-step-before-limit",
                            max = entra::MAX_KEYS_PER_ACCOUNT
                        ))
                        .size(13),
                    );
                if info.is_some() {
                    body = body.push(self.baseline_card(busy, wrap));
                }
                t!("guide-step-before-title")
            }
            2 => {
                body = body.push(text(t!("guide-step-open")).size(15)).push(
                    row![
                        container(
                            button(text(t!("guide-step-open-button")))
                                .on_press(wrap(Message::OpenSecurityInfo))
                                .style(button::primary)
                        )
                        .id("guide-open-security-info"),
                        button(text(t!("guide-step-open-copy")))
                            .on_press(wrap(Message::Copy(entra::SECURITY_INFO_URL.into())))
                            .style(button::secondary),
                    ]
                    .spacing(10),
                );
                body = body
                    .push(
                        text(entra::SECURITY_INFO_URL)
                            .size(13)
                            .font(iced::Font::MONOSPACE),
                    )
                    .push(text(t!("guide-step-open-opened")).size(13));
                t!("guide-step-open-title")
            }
            3 => {
                body = body
                    .push(on_the_page(t!("guide-step-add")))
                    .push(text(t!("guide-step-add-detail")).size(13));
                t!("guide-step-add-title")
            }
            STEP_CHOOSE => {
                body = body
                    .push(on_the_page(t!("guide-step-choose")))
                    .push(picture(
                        METHODS_SVG,
                        (64.0, 90.0, t!("guide-picture-methods-row")),
                        t!("guide-picture-methods"),
                        "methods",
                    ))
                    .push(text(t!("guide-step-choose-not-authenticator")).size(14))
                    .push(text(t!("guide-step-choose-missing")).size(13));
                t!("guide-step-choose-title")
            }
            STEP_SAVE => {
                body = body
                    .push(on_the_page(t!("guide-step-save")))
                    .push(picture(
                        SAVE_SVG,
                        (66.0, 107.0, t!("guide-picture-save-row")),
                        t!("guide-picture-save"),
                        "save",
                    ))
                    .push(text(t!("guide-step-save-windows")).size(14))
                    .push(text(t!("guide-step-save-chrome")).size(14))
                    .push(text(t!("guide-step-save-edge")).size(14))
                    .push(text(t!("guide-step-save-macos")).size(14));
                t!("guide-step-save-title")
            }
            6 => {
                let which = match transport {
                    Some(Transport::Usb) => "usb",
                    Some(Transport::Nfc) => "nfc",
                    _ => "other",
                };
                body = body
                    .push(on_the_page(t!("guide-step-pin")))
                    .push(text(t!("guide-step-pin-connect", transport = which)).size(15));
                if let Some(info) = info {
                    if info.pin_set == Some(false) {
                        body = body.push(text(t!("guide-step-pin-none")).size(13));
                    }
                    if let Some(r) = info.pin_retries {
                        body = body.push(text(t!("guide-step-pin-retries", count = r)).size(13));
                    }
                }
                t!("guide-step-pin-title")
            }
            7 => {
                body = body.push(on_the_page(t!("guide-step-touch")));
                if info.is_some_and(|i| i.bio) {
                    body = body.push(text(t!("guide-step-touch-detail")).size(13));
                }
                t!("guide-step-touch-title")
            }
            _ => {
                let name = info.map(|i| i.name.as_str()).unwrap_or("KeyGuide");
                body = body
                    .push(on_the_page(t!("guide-step-name", name = name)))
                    .push(text(t!("guide-step-done-detail")).size(13));
                t!("guide-step-name-title")
            }
        };
        column![
            text(title).size(20),
            container(body)
                .padding(16)
                .width(Length::Fill)
                .style(theme::card),
        ]
        .spacing(10)
        .into()
    }

    /// Step 1: what KeyGuide noted about the key, or the button to note it.
    fn baseline_card<'a, M: Clone + 'a>(
        &'a self,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let content: Element<'a, M> = match &self.baseline {
            Some(ids) => text(t!("guide-step-before-noted", count = ids.len()))
                .size(14)
                .into(),
            None => column![
                text(t!("guide-step-before-remember")).size(14),
                container(
                    button(text(t!("guide-step-before-read")).size(14))
                        .on_press_maybe((!busy).then(|| wrap(Message::NotePasskeys)))
                        .style(button::primary)
                )
                .id("guide-note-passkeys"),
            ]
            .spacing(8)
            .into(),
        };
        container(content)
            .padding(10)
            .width(Length::Fill)
            .style(theme::rail)
            .id("guide-baseline")
            .into()
    }

    fn confirm<'a, M: Clone + 'a>(
        &'a self,
        passkeys: Option<&'a PasskeyList>,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let _ = passkeys;
        let mut page = column![text(t!("guide-confirm-title")).size(20)].spacing(12);
        let check_button = container(
            button(text(t!("guide-confirm-check")))
                .on_press_maybe((!busy).then(|| wrap(Message::Added)))
                .style(button::primary),
        )
        .id("guide-confirm-check");
        let result = |content: Element<'a, M>, ok: bool| {
            container(content)
                .padding(12)
                .width(Length::Fill)
                .style(if ok { theme::success } else { theme::warning })
                .id("guide-confirm-result")
        };
        if self.baseline.is_none() {
            return page
                .push(result(
                    text(t!("guide-confirm-no-baseline")).size(15).into(),
                    false,
                ))
                .push(
                    container(
                        button(text(t!("guide-confirm-start")))
                            .on_press(wrap(Message::Show(Page::Register(1))))
                            .style(button::primary),
                    )
                    .id("guide-confirm-start"),
                )
                .into();
        }
        match &self.confirmation {
            None if busy || self.confirming => {
                page = page.push(text(t!("guide-confirm-checking")).size(15));
                if !busy {
                    page = page
                        .push(text(t!("guide-confirm-unlock")).size(15))
                        .push(check_button);
                }
            }
            None => {
                page = page
                    .push(text(t!("guide-confirm-unlock")).size(15))
                    .push(check_button)
            }
            Some((new, older)) if !new.is_empty() => {
                let mut list =
                    column![text(t!("guide-confirm-found", count = new.len())).size(15)].spacing(4);
                for account in new {
                    let unnamed = t!("guide-confirm-unnamed");
                    list = list.push(
                        text(t!(
                            "guide-confirm-account",
                            display = account.display_name.clone().unwrap_or(unnamed.clone()),
                            user = account.user_name.clone().unwrap_or(unnamed)
                        ))
                        .size(15),
                    );
                }
                page = page.push(result(list.into(), true));
                if *older > 0 {
                    page = page.push(text(t!("guide-confirm-older", count = *older)).size(13));
                }
            }
            Some((_, older)) => {
                let mut detail = column![
                    text(t!("guide-confirm-not-found")).size(15),
                    text(t!("guide-confirm-not-found-detail")).size(13),
                ]
                .spacing(6);
                if *older > 0 {
                    detail = detail.push(text(t!("guide-confirm-older", count = *older)).size(13));
                }
                page = page.push(result(detail.into(), false)).push(check_button);
            }
        }
        page.into()
    }

    fn windows<'a, M: Clone + 'a>(&'a self) -> Element<'a, M> {
        let mut page = column![
            text(t!("guide-windows-title")).size(20),
            text(t!("guide-windows-intro")).size(15),
        ]
        .spacing(10);
        // This PC first: the answer the reader came for.
        let this_pc: Element<'a, M> = if !cfg!(windows) {
            text(t!("guide-windows-not-windows")).size(15).into()
        } else {
            match &self.this_pc {
                ThisPc::NotRead | ThisPc::Reading => {
                    text(t!("guide-windows-reading")).size(15).into()
                }
                ThisPc::Read(None) => text(t!("guide-windows-pc-join", join = "unknown"))
                    .size(15)
                    .into(),
                ThisPc::Read(Some(pc)) => this_pc_verdict(pc),
            }
        };
        page = page.push(
            container(column![text(t!("guide-windows-this-pc")).size(16), this_pc].spacing(6))
                .padding(14)
                .width(Length::Fill)
                .style(theme::card)
                .id("guide-this-pc"),
        );
        page = page
            .push(
                container(
                    column![
                        text(t!("guide-windows-how")).size(16),
                        text(t!("guide-windows-how-1")).size(15),
                        text(t!("guide-windows-how-2")).size(15),
                        text(t!("guide-windows-how-3")).size(15),
                    ]
                    .spacing(6),
                )
                .padding(14)
                .width(Length::Fill)
                .style(theme::card),
            )
            .push(text(t!("guide-windows-needs")).size(16))
            .push(
                text(t!(
                    "guide-windows-needs-entra",
                    version = entra::version_for_build(entra::build::W10_1909)
                ))
                .size(15),
            )
            .push(
                text(t!(
                    "guide-windows-needs-hybrid",
                    version = entra::version_for_build(entra::build::W10_2004)
                ))
                .size(15),
            )
            .push(text(t!("guide-windows-needs-policy")).size(15))
            .push(
                text(t!(
                    "guide-windows-needs-browser",
                    version = entra::version_for_build(entra::build::W10_1903)
                ))
                .size(13),
            )
            .push(text(t!("guide-windows-no-option")).size(13));
        page.into()
    }
}

/// The verdict on this PC, in words.
fn this_pc_verdict<'a, M: 'a>(pc: &PcFacts) -> Element<'a, M> {
    let build = match pc.revision {
        Some(r) => format!("{}.{r}", pc.build),
        None => pc.build.to_string(),
    };
    let join = match pc.join {
        Some(JoinState::Entra) => "entra",
        Some(JoinState::Hybrid) => "hybrid",
        Some(JoinState::DomainOnly) => "domain",
        Some(JoinState::NotJoined) => "none",
        None => "unknown",
    };
    let verdict = entra::windows_verdict(pc.build, pc.join);
    let (ok, lock) = match verdict.lock_screen {
        LockScreen::Possible => (true, t!("guide-windows-verdict-possible")),
        LockScreen::NeedsUpdate { build } => (
            false,
            t!(
                "guide-windows-verdict-update",
                version = entra::version_for_build(build)
            ),
        ),
        LockScreen::NotJoined => (false, t!("guide-windows-verdict-not-joined")),
        LockScreen::DomainOnly => (false, t!("guide-windows-verdict-domain")),
        LockScreen::JoinUnknown => (false, t!("guide-windows-verdict-unknown")),
    };
    let browser = if verdict.browser {
        t!("guide-windows-browser-ok")
    } else {
        t!(
            "guide-windows-browser-old",
            version = entra::version_for_build(entra::build::W10_1903)
        )
    };
    column![
        text(t!(
            "guide-windows-pc-version",
            name = entra::windows_name(pc.build),
            version = pc.display_version.clone().unwrap_or_default(),
            build = build
        ))
        .size(15),
        text(t!("guide-windows-pc-join", join = join)).size(15),
        container(text(lock).size(15))
            .padding(10)
            .width(Length::Fill)
            .style(if ok { theme::success } else { theme::warning }),
        text(browser).size(14),
    ]
    .spacing(6)
    .into()
}

/// No key open: the pages that need one say so.
fn no_key<'a, M: 'a>() -> Element<'a, M> {
    container(text(t!("guide-no-key")).size(15))
        .padding(16)
        .width(Length::Fill)
        .style(theme::card)
        .id("guide-no-key")
        .into()
}

/// A drawing of Microsoft's page or window with Microsoft's label of the
/// highlighted row written into it at `(x, y)` (the drawing's own units: it
/// is shown at its natural 320x200), and what to choose there.
fn picture<'a, M: 'a>(
    svg_bytes: &'static [u8],
    (x, y, label): (f32, f32, String),
    caption: String,
    id: &str,
) -> Element<'a, M> {
    // The drawing's highlight colour, on its white card in both themes.
    const HIGHLIGHT: iced::Color = iced::Color::from_rgb8(0x1f, 0x5f, 0xbf);
    let drawing = svg(svg::Handle::from_memory(svg_bytes))
        .width(Length::Fixed(320.0))
        .height(Length::Fixed(200.0));
    let label = container(
        text(label)
            .size(14)
            .color(HIGHLIGHT)
            .font(iced::Font {
                weight: iced::font::Weight::Bold,
                ..iced::Font::DEFAULT
            })
            .wrapping(iced::widget::text::Wrapping::None),
    )
    .padding(iced::Padding {
        top: y,
        left: x,
        ..iced::Padding::ZERO
    })
    .width(Length::Fixed(300.0))
    .clip(true);
    container(column![iced::widget::stack![drawing, label], text(caption).size(13),].spacing(6))
        .id(format!("guide-picture-{id}"))
        .into()
}

/// What the user does on Microsoft's web page, set apart from our own text.
fn on_the_page<'a, M: 'a>(what: String) -> Element<'a, M> {
    column![text(t!("guide-on-the-page")).size(12), text(what).size(16),]
        .spacing(2)
        .into()
}

impl State {
    fn help<'a, M: Clone + 'a>(
        &'a self,
        info: Option<&'a KeyInfo>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let refused = column![
            text(t!("guide-help-refused")).size(18),
            text(t!("guide-help-refused-detail")).size(14),
            aaguid_row(info.map(|i| i.aaguid.as_str()), wrap),
            text(t!("guide-help-allowed-list")).size(14),
            container(
                text_editor(&self.allowed)
                    .on_action(move |a| wrap(Message::EditAllowed(a)))
                    .height(Length::Fixed(90.0))
                    .padding(8)
            )
            .id("guide-allowed-list"),
            row![container(
                button(text(t!("guide-help-check-list")))
                    .on_press(wrap(Message::CheckAllowed))
                    .style(button::primary)
            )
            .id("guide-check-allowed"),],
        ]
        .spacing(8);
        let refused = match &self.list_check {
            None => refused,
            Some(result) => {
                let (ok, message) = match result {
                    ListCheck::NothingFound => (
                        false,
                        t!(
                            "guide-help-list-nothing",
                            example = "ee882879-721c-4913-9775-3dfcce97072a"
                        ),
                    ),
                    ListCheck::Listed { total } => {
                        (true, t!("guide-help-list-listed", total = *total))
                    }
                    ListCheck::NotListed { total } => {
                        (false, t!("guide-help-list-not-listed", total = *total))
                    }
                };
                refused.push(
                    container(text(message).size(14))
                        .padding(10)
                        .width(Length::Fill)
                        .style(if ok { theme::success } else { theme::warning })
                        .id("guide-list-result"),
                )
            }
        };
        column![
            help_card(
                t!("guide-help-pin-blocked"),
                t!("guide-help-pin-blocked-detail"),
                Some((t!("guide-fix-reset"), wrap(Message::Fix(Screen::Reset)))),
            ),
            container(refused)
                .padding(16)
                .width(Length::Fill)
                .style(theme::card),
            help_card(
                t!("guide-help-full"),
                t!("guide-help-full-detail"),
                Some((
                    t!("guide-fix-passkeys"),
                    wrap(Message::Fix(Screen::Passkeys))
                )),
            ),
            help_card(
                t!("guide-help-browser"),
                t!("guide-help-browser-detail"),
                None,
            ),
        ]
        .spacing(12)
        .into()
    }
}

/// One line of the readiness check: mark, what, why, and the fix.
fn check_row<'a, M: Clone + 'a>(
    item: &entra::Item,
    busy: bool,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let title = match item.check {
        Check::Capabilities => t!("guide-check-capabilities"),
        Check::Pin => t!("guide-check-pin"),
        Check::Fingerprint => t!("guide-check-fingerprint"),
        Check::FreeSlots => t!("guide-check-slots"),
        Check::Certification => t!("guide-check-certification"),
        Check::ExistingPasskey => t!("guide-check-existing"),
    };
    let (mark, colour, detail, fix): (&str, Color, String, Option<(String, Message)>) =
        match &item.outcome {
            Outcome::Ready => ("✓", theme::GOOD, ready_text(item.check), None),
            Outcome::NeedsPin => (
                "?",
                theme::NEUTRAL,
                match item.check {
                    Check::FreeSlots => t!("guide-check-slots-unknown"),
                    _ => t!("guide-check-existing-unknown"),
                },
                Some((t!("guide-check-unlock"), Message::CheckPasskeys)),
            ),
            Outcome::Problem(p) => {
                let (detail, fix) = problem_text(p);
                ("✗", theme::BAD, detail, fix)
            }
            Outcome::Advice(p) => {
                let (detail, fix) = problem_text(p);
                ("!", theme::ADVICE, detail, fix)
            }
        };
    let mut line = row![
        text(mark).size(22).color(colour).width(Length::Fixed(28.0)),
        column![text(title).size(16), text(detail).size(13)]
            .spacing(2)
            .width(Length::Fill),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    if let Some((label, message)) = fix {
        let id = match item.check {
            Check::Capabilities => "capabilities",
            Check::Pin => "pin",
            Check::Fingerprint => "fingerprint",
            Check::FreeSlots => "slots",
            Check::Certification => "certification",
            Check::ExistingPasskey => "existing",
        };
        line = line.push(
            container(
                button(text(label).size(14))
                    .on_press_maybe((!busy).then(|| wrap(message)))
                    .style(button::secondary),
            )
            .id(format!("guide-fix-{id}")),
        );
    }
    container(line)
        .padding(12)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}

fn ready_text(check: Check) -> String {
    match check {
        Check::Capabilities => t!("guide-check-capabilities-ok"),
        Check::Pin => t!("guide-check-pin-ok"),
        Check::Fingerprint => t!("guide-check-fingerprint-ok"),
        Check::FreeSlots => t!("guide-check-slots-ok"),
        Check::Certification => t!("guide-check-certification-ok"),
        Check::ExistingPasskey => t!("guide-check-existing-none"),
    }
}

/// What is wrong, and the one click that fixes it.
fn problem_text(problem: &Problem) -> (String, Option<(String, Message)>) {
    let go = |label: String, screen: Screen| Some((label, Message::Fix(screen)));
    match problem {
        Problem::MissingCapabilities(missing) => {
            let names: Vec<String> = missing
                .iter()
                .map(|c| match c {
                    Capability::Fido2 => t!("guide-capability-fido2"),
                    Capability::DiscoverableCredentials => t!("guide-capability-discoverable"),
                    Capability::ClientPin => t!("guide-capability-pin"),
                    Capability::HmacSecret => t!("guide-capability-hmac-secret"),
                })
                .collect();
            (
                t!(
                    "guide-check-capabilities-missing",
                    missing = names.join(", ")
                ),
                None,
            )
        }
        Problem::NoPin => (
            t!("guide-check-pin-missing"),
            go(t!("guide-fix-set-pin"), Screen::Pin),
        ),
        Problem::PinBlocked => (
            t!("guide-check-pin-blocked"),
            go(t!("guide-fix-reset"), Screen::Reset),
        ),
        Problem::PinChangeRequired => (
            t!("guide-check-pin-change"),
            go(t!("guide-fix-change-pin"), Screen::Pin),
        ),
        Problem::NoFingerprint => (
            t!("guide-check-fingerprint-missing"),
            go(t!("guide-fix-add-fingerprint"), Screen::Fingerprints),
        ),
        Problem::NoFreeSlots => (
            t!("guide-check-slots-full"),
            go(t!("guide-fix-passkeys"), Screen::Passkeys),
        ),
        Problem::Revoked => (t!("guide-check-certification-revoked"), None),
        Problem::NotInMetadata => (t!("guide-check-certification-unlisted"), None),
        Problem::NotCertified => (t!("guide-check-certification-uncertified"), None),
        Problem::AlreadyRegistered { accounts } => {
            (t!("guide-check-existing-found", count = *accounts), None)
        }
    }
}

fn it_staff<'a, M: Clone + 'a>(
    info: Option<&'a KeyInfo>,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let value_row = |label: String, value: &'static str, id: &'static str| -> Element<'a, M> {
        row![
            text(label).size(13).width(Length::Fixed(110.0)),
            text(value)
                .size(13)
                .font(iced::Font::MONOSPACE)
                .width(Length::Fill),
            container(
                button(text(t!("it-staff-copy")).size(13))
                    .on_press(wrap(Message::Copy(value.into())))
                    .style(button::secondary)
            )
            .id(id),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into()
    };
    let section = |title: String, rows: Vec<Element<'a, M>>| -> Element<'a, M> {
        let mut c = column![text(title).size(16)].spacing(6);
        for r in rows {
            c = c.push(r);
        }
        container(c)
            .padding(14)
            .width(Length::Fill)
            .style(theme::card)
            .into()
    };
    column![
        text(t!("it-staff-title")).size(20),
        text(t!("it-staff-intro")).size(15),
        section(
            t!("it-staff-enable"),
            vec![text(t!("it-staff-enable-detail")).size(14).into()]
        ),
        section(
            t!("it-staff-self-service"),
            vec![text(t!("it-staff-self-service-detail")).size(14).into()]
        ),
        section(
            t!("it-staff-profiles"),
            vec![text(t!(
                "it-staff-profiles-detail",
                max = entra::MAX_PASSKEY_PROFILES
            ))
            .size(14)
            .into()]
        ),
        section(
            t!("it-staff-restrict"),
            vec![
                text(t!("it-staff-restrict-detail")).size(14).into(),
                aaguid_row(info.map(|i| i.aaguid.as_str()), wrap),
            ]
        ),
        text(t!("it-staff-windows")).size(18),
        text(t!(
            "it-staff-windows-detail",
            entra = entra::version_for_build(entra::build::W10_1909),
            hybrid = entra::version_for_build(entra::build::W10_2004),
            browser = entra::version_for_build(entra::build::W10_1903)
        ))
        .size(14),
        section(
            t!("it-staff-intune"),
            vec![
                value_row(
                    t!("it-staff-oma-uri"),
                    entra::INTUNE_OMA_URI,
                    "it-copy-oma-uri"
                ),
                value_row(
                    t!("it-staff-data-type"),
                    entra::INTUNE_DATA_TYPE,
                    "it-copy-data-type"
                ),
                value_row(t!("it-staff-value"), entra::INTUNE_VALUE, "it-copy-value"),
            ]
        ),
        section(
            t!("it-staff-provisioning"),
            vec![
                value_row(
                    t!("it-staff-setting"),
                    entra::PROVISIONING_PATH,
                    "it-copy-provisioning"
                ),
                value_row(
                    t!("it-staff-value"),
                    entra::PROVISIONING_VALUE,
                    "it-copy-provisioning-value"
                ),
            ]
        ),
        section(
            t!("it-staff-group-policy"),
            vec![
                value_row(
                    t!("it-staff-policy"),
                    entra::GROUP_POLICY_PATH,
                    "it-copy-gpo"
                ),
                value_row(
                    t!("it-staff-value"),
                    entra::GROUP_POLICY_VALUE,
                    "it-copy-gpo-value"
                ),
            ]
        ),
        section(
            t!("it-staff-prepare"),
            vec![
                text(t!("it-staff-prepare-detail")).size(14).into(),
                row![
                    text(t!("it-staff-prepare-here")).size(14),
                    button(text(t!("it-staff-prepare-pin")).size(13))
                        .on_press(wrap(Message::Fix(Screen::Pin)))
                        .style(button::secondary),
                    button(text(t!("it-staff-prepare-settings")).size(13))
                        .on_press(wrap(Message::Fix(Screen::KeySettings)))
                        .style(button::secondary),
                ]
                .spacing(10)
                .align_y(Alignment::Center)
                .into(),
                text(t!("it-staff-prepare-cli")).size(14).into(),
                container(text(prepare_script()).size(12).font(iced::Font::MONOSPACE))
                    .padding(10)
                    .width(Length::Fill)
                    .style(theme::rail)
                    .into(),
                container(
                    button(text(t!("it-staff-copy")).size(13))
                        .on_press(wrap(Message::Copy(prepare_script())))
                        .style(button::secondary)
                )
                .id("it-copy-script")
                .into(),
            ]
        ),
    ]
    .spacing(12)
    .into()
}

/// Preparing one key from a terminal. The PIN is read without echo and
/// passed on standard input: never on a command line or in the environment.
pub fn prepare_script() -> String {
    let prompt = t!("it-staff-script-prompt").replace('\'', "");
    format!(
        "read -rs -p '{prompt} ' PIN; echo
printf '%s\\n' \"$PIN\" | keyguide pin set --pin-stdin
printf '%s\\n' \"$PIN\" | keyguide config min-pin-length 8 --pin-stdin
printf '%s\\n' \"$PIN\" | keyguide config force-pin-change --pin-stdin
unset PIN"
    )
}

fn aaguid_row<'a, M: Clone + 'a>(
    aaguid: Option<&'a str>,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let Some(aaguid) = aaguid else {
        return text(t!("guide-no-key")).size(13).into();
    };
    row![
        text(aaguid).size(14).font(iced::Font::MONOSPACE),
        container(
            button(text(t!("guide-help-copy-aaguid")).size(13))
                .on_press(wrap(Message::Copy(aaguid.to_owned())))
                .style(button::secondary)
        )
        .id("guide-copy-aaguid"),
    ]
    .spacing(12)
    .align_y(Alignment::Center)
    .into()
}

fn help_card<'a, M: Clone + 'a>(
    title: String,
    detail: String,
    fix: Option<(String, M)>,
) -> Element<'a, M> {
    let mut c = column![text(title).size(18), text(detail).size(14)].spacing(6);
    if let Some((label, message)) = fix {
        c = c.push(
            button(text(label).size(14))
                .on_press(message)
                .style(button::secondary),
        );
    }
    container(c)
        .padding(16)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}
