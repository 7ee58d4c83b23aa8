//! The guided setup for a work or school account (Microsoft Entra ID):
//! check the key, add it on the Security info page step by step, confirm
//! the passkey arrived, sign in to Windows, troubleshooting, and a page for
//! IT staff. The rules live in `crate::entra`; this is only the telling.

use iced::widget::{button, column, container, row, text, text_editor, Column, Row};
use iced::{Alignment, Color, Element, Length};

use super::{Action, Screen};
use crate::app::theme;
use crate::device::model::{KeyInfo, PasskeyList, Transport};
use crate::entra::{self, Capability, Check, ListCheck, Outcome, Problem};

/// The steps on Microsoft's page, one screen each.
pub const STEPS: usize = 9;

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

    /// `--demo-screen guide-<name>` (screenshots).
    pub fn from_name(name: &str) -> Option<Page> {
        Page::TABS.into_iter().find(|p| p.name() == name)
    }
}

#[derive(Default)]
pub struct State {
    pub page: Page,
    /// The organisation's allowed AAGUIDs, as pasted.
    allowed: text_editor::Content,
    list_check: Option<ListCheck>,
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
    /// "I've added the key": on to the confirmation, which reads afresh.
    Added,
    EditAllowed(text_editor::Action),
    CheckAllowed,
}

impl State {
    pub fn update(&mut self, message: Message, info: Option<&KeyInfo>) -> Action {
        match message {
            Message::Show(page) => self.page = page,
            Message::Next => {
                self.page = match self.page {
                    Page::Check => Page::Register(1),
                    Page::Register(n) if n < STEPS => Page::Register(n + 1),
                    Page::Register(_) => Page::Confirm,
                    Page::Confirm => Page::Windows,
                    other => other,
                }
            }
            Message::Previous => {
                self.page = match self.page {
                    Page::Register(n) if n > 1 => Page::Register(n - 1),
                    Page::Register(_) => Page::Check,
                    other => other,
                }
            }
            Message::OpenSecurityInfo => return Action::OpenUrl(entra::SECURITY_INFO_URL),
            Message::Copy(s) => return Action::Copy(s),
            Message::Fix(screen) => return Action::Go(screen),
            Message::CheckPasskeys => return Action::ReadPasskeys,
            Message::Added => {
                self.page = Page::Confirm;
                return Action::ReadPasskeys;
            }
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
        }
        Action::None
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        info: Option<&'a KeyInfo>,
        passkeys: Option<&'a PasskeyList>,
        transport: Transport,
        busy: bool,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let Some(info) = info else {
            return text(t!("common-reading-key")).into();
        };
        let mut tabs = Row::new().spacing(6);
        for page in Page::TABS {
            let current = std::mem::discriminant(&page) == std::mem::discriminant(&self.page);
            tabs = tabs.push(
                container(
                    button(text(page.title()).size(14))
                        .on_press(wrap(Message::Show(page)))
                        .padding([6, 10])
                        .style(theme::nav(current)),
                )
                .id(format!("guide-tab-{}", page.name())),
            );
        }
        let body = match self.page {
            Page::Check => self.check(info, passkeys, busy, wrap),
            Page::Register(n) => register(n, info, transport, wrap),
            Page::Confirm => confirm(passkeys, busy, wrap),
            Page::Windows => windows(wrap),
            Page::Help => self.help(info, wrap),
            Page::ItStaff => it_staff(info, wrap),
        };
        column![
            text(t!("guide-title")).size(26),
            tabs.wrap(),
            container(body).padding([8, 0]),
        ]
        .spacing(14)
        .max_width(860)
        .into()
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
            row![
                text(verdict).size(16).width(Length::Fill),
                container(
                    button(text(t!("guide-check-continue")))
                        .on_press_maybe(ready.then(|| wrap(Message::Next)))
                        .style(button::primary)
                )
                .id("guide-continue"),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        ]
        .spacing(10);
        for item in &items {
            page = page.push(check_row(item, busy, wrap));
        }
        page.into()
    }

    fn help<'a, M: Clone + 'a>(
        &'a self,
        info: &'a KeyInfo,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let refused = column![
            text(t!("guide-help-refused")).size(18),
            text(t!("guide-help-refused-detail")).size(14),
            aaguid_row(&info.aaguid, wrap),
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

/// One step on Microsoft's page: what to do there, and Previous / Next.
fn register<'a, M: Clone + 'a>(
    step: usize,
    info: &'a KeyInfo,
    transport: Transport,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let mut body: Column<'a, M> = Column::new().spacing(10);
    let title = match step {
        1 => {
            body = body
                .push(text(t!("guide-step-before")).size(15))
                .push(text(t!("guide-step-before-admin")).size(15))
                .push(text(t!("guide-step-before-mfa")).size(15))
                .push(
                    text(t!(
                        "guide-step-before-limit",
                        max = entra::MAX_KEYS_PER_ACCOUNT
                    ))
                    .size(13),
                );
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
        4 => {
            body = body
                .push(on_the_page(t!("guide-step-choose")))
                .push(text(t!("guide-step-choose-missing")).size(13));
            t!("guide-step-choose-title")
        }
        5 => {
            let which = match transport {
                Transport::Usb => "usb",
                Transport::Nfc => "nfc",
                Transport::Virtual => "other",
            };
            body = body
                .push(on_the_page(t!("guide-step-transport")))
                .push(text(t!("guide-step-transport-yours", transport = which)).size(15))
                .push(text(t!("guide-step-transport-browser")).size(13));
            t!("guide-step-transport-title")
        }
        6 => {
            body = body.push(on_the_page(t!("guide-step-pin")));
            if info.pin_set == Some(false) {
                body = body.push(text(t!("guide-step-pin-none")).size(13));
            }
            if let Some(r) = info.pin_retries {
                body = body.push(text(t!("guide-step-pin-retries", count = r)).size(13));
            }
            t!("guide-step-pin-title")
        }
        7 => {
            body = body.push(on_the_page(t!("guide-step-touch")));
            if info.bio {
                body = body.push(text(t!("guide-step-touch-detail")).size(13));
            }
            t!("guide-step-touch-title")
        }
        8 => {
            body = body.push(on_the_page(t!("guide-step-name", name = &info.name)));
            t!("guide-step-name-title")
        }
        _ => {
            body = body
                .push(on_the_page(t!("guide-step-done")))
                .push(text(t!("guide-step-done-detail")).size(13));
            t!("guide-step-done-title")
        }
    };
    let next: Element<'a, M> = if step < STEPS {
        button(text(t!("guide-next")))
            .on_press(wrap(Message::Next))
            .style(button::primary)
            .into()
    } else {
        button(text(t!("guide-step-done-button")))
            .on_press(wrap(Message::Added))
            .style(button::primary)
            .into()
    };
    column![
        text(t!("guide-step-of", step = step, total = STEPS)).size(13),
        text(title).size(20),
        container(body)
            .padding(16)
            .width(Length::Fill)
            .style(theme::card),
        row![
            container(
                button(text(t!("guide-previous")))
                    .on_press(wrap(Message::Previous))
                    .style(button::secondary)
            )
            .id("guide-previous"),
            iced::widget::space().width(Length::Fill),
            container(next).id("guide-next"),
        ]
        .align_y(Alignment::Center),
    ]
    .spacing(10)
    .into()
}

/// What the user does on Microsoft's web page, set apart from our own text.
fn on_the_page<'a, M: 'a>(what: String) -> Element<'a, M> {
    column![text(t!("guide-on-the-page")).size(12), text(what).size(16),]
        .spacing(2)
        .into()
}

fn confirm<'a, M: Clone + 'a>(
    passkeys: Option<&'a PasskeyList>,
    busy: bool,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let mut page = column![text(t!("guide-confirm-title")).size(20)].spacing(12);
    let check_button = container(
        button(text(t!("guide-confirm-check")))
            .on_press_maybe((!busy).then(|| wrap(Message::CheckPasskeys)))
            .style(button::primary),
    )
    .id("guide-confirm-check");
    match passkeys {
        None if busy => page = page.push(text(t!("guide-confirm-checking")).size(15)),
        None => {
            page = page
                .push(text(t!("guide-confirm-unlock")).size(15))
                .push(check_button)
        }
        Some(list) => {
            let count = entra::entra_accounts(list);
            if count > 0 {
                page = page
                    .push(
                        container(text(t!("guide-confirm-found", count = count)).size(15))
                            .padding(12)
                            .width(Length::Fill)
                            .style(theme::success)
                            .id("guide-confirm-result"),
                    )
                    .push(
                        container(
                            button(text(t!("guide-confirm-next")))
                                .on_press(wrap(Message::Next))
                                .style(button::primary),
                        )
                        .id("guide-next"),
                    );
            } else {
                page = page
                    .push(
                        container(
                            column![
                                text(t!("guide-confirm-not-found")).size(15),
                                text(t!("guide-confirm-not-found-detail")).size(13),
                            ]
                            .spacing(6),
                        )
                        .padding(12)
                        .width(Length::Fill)
                        .style(theme::warning)
                        .id("guide-confirm-result"),
                    )
                    .push(check_button);
            }
        }
    }
    page.into()
}

fn windows<'a, M: Clone + 'a>(_wrap: impl Fn(Message) -> M + Copy + 'a) -> Element<'a, M> {
    column![
        text(t!("guide-windows-title")).size(20),
        text(t!("guide-windows-intro")).size(15),
        container(
            column![
                text(t!("guide-windows-how")).size(16),
                text(t!("guide-windows-how-1")).size(15),
                text(t!("guide-windows-how-2")).size(15),
                text(t!("guide-windows-how-3")).size(15),
            ]
            .spacing(6)
        )
        .padding(16)
        .width(Length::Fill)
        .style(theme::card),
        text(t!("guide-windows-needs")).size(16),
        text(t!(
            "guide-windows-needs-version",
            version = entra::WINDOWS_SIGN_IN_MIN_VERSION
        ))
        .size(15),
        text(t!("guide-windows-needs-join")).size(15),
        text(t!("guide-windows-needs-policy")).size(15),
        text(t!("guide-windows-no-option")).size(13),
    ]
    .spacing(10)
    .into()
}

fn it_staff<'a, M: Clone + 'a>(
    info: &'a KeyInfo,
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
            t!("it-staff-restrict"),
            vec![
                text(t!("it-staff-restrict-detail")).size(14).into(),
                aaguid_row(&info.aaguid, wrap),
            ]
        ),
        text(t!("it-staff-windows")).size(18),
        text(t!(
            "it-staff-windows-detail",
            version = entra::WINDOWS_SIGN_IN_MIN_VERSION
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
    aaguid: &'a str,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
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
