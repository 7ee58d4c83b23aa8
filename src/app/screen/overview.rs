//! What this key is, how it is set up, and what to do next.

use crate::app::widget::button;
use iced::widget::{column, container, image, row, text, Column};
use iced::{Alignment, Element, Length};

use super::Screen;
use crate::app::icons;
use crate::app::theme;
use crate::app::tokens::{self, radius, size, space};
use crate::device::model::{DeviceSummary, KeyInfo, Transport};

/// The key's state in a few words, most pressing first: what the overview
/// leads with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The PIN is blocked: only a reset helps.
    PinBlocked,
    /// No PIN yet: nothing can be registered with a work account.
    NeedsPin,
    /// The key demands a new PIN (forcePINChange).
    NeedsNewPin,
    /// Three wrong PINs in a row: remove and insert the key.
    NeedsReplug,
    /// Lacks what Microsoft Entra ID requires of a key.
    NotForWork,
    /// Has a PIN and what work sign-in needs.
    Ready,
}

impl Status {
    pub fn of(info: &KeyInfo) -> Status {
        // Microsoft's requirements for a FIDO2 key: discoverable
        // credentials, client PIN and hmac-secret (see DESIGN.md).
        let for_work = info.discoverable
            && info.pin_set.is_some()
            && info.extensions.iter().any(|e| e == "hmac-secret");
        match info.pin_set {
            _ if info.pin_retries == Some(0) => Status::PinBlocked,
            _ if !for_work => Status::NotForWork,
            Some(false) => Status::NeedsPin,
            _ if info.force_pin_change => Status::NeedsNewPin,
            _ if info.pin_power_cycle_required => Status::NeedsReplug,
            _ => Status::Ready,
        }
    }

    fn words(self) -> (String, String) {
        match self {
            Status::PinBlocked => (
                t!("overview-status-blocked"),
                t!("overview-next-pin-blocked-detail"),
            ),
            Status::NeedsPin => (
                t!("overview-status-needs-pin"),
                t!("overview-next-set-pin-detail"),
            ),
            Status::NeedsNewPin => (
                t!("overview-status-needs-new-pin"),
                t!("overview-next-change-pin-detail"),
            ),
            Status::NeedsReplug => (
                t!("overview-status-replug"),
                t!("overview-status-replug-detail"),
            ),
            Status::NotForWork => (
                t!("overview-status-not-for-work"),
                t!("overview-status-not-for-work-detail"),
            ),
            Status::Ready => (
                t!("overview-status-ready"),
                t!("overview-status-ready-detail"),
            ),
        }
    }

    fn icon(self) -> (icons::Name, fn(&iced::Theme) -> iced::Color) {
        match self {
            Status::Ready => (icons::Name::ShieldOk, |t| tokens::colors(t).success),
            Status::PinBlocked => (icons::Name::ShieldAlert, |t| tokens::colors(t).danger),
            _ => (icons::Name::ShieldAlert, |t| tokens::colors(t).warning),
        }
    }
}

/// The overview's messages, from the root.
pub struct Actions<M, G> {
    pub go: G,
    pub identify: M,
    pub save_report: M,
    /// "Not now", when the guided setup is offered on first run.
    pub first_run: Option<M>,
    /// Opens or closes "Technical details".
    pub toggle_details: M,
}

pub fn view<'a, M: Clone + 'a, G: Fn(Screen) -> M>(
    summary: &'a DeviceSummary,
    info: Option<&'a KeyInfo>,
    icon: Option<&'a image::Handle>,
    details_open: bool,
    actions: Actions<M, G>,
) -> Element<'a, M> {
    let go = actions.go;
    let Some(info) = info else {
        return container(text(t!("common-reading-key")).size(size::HEADING))
            .padding(space::XXL)
            .into();
    };
    let picture: Element<'a, M> = match icon {
        Some(handle) => image(handle.clone()).width(56).height(56).into(),
        // No picture from the metadata: a key drawn in the accent colour.
        None => container(icons::icon(icons::Name::Passkey, 30.0))
            .center(56)
            .style(|t: &iced::Theme| {
                let c = tokens::colors(t);
                container::Style {
                    background: Some(c.accent_weak.into()),
                    text_color: Some(c.accent),
                    border: iced::Border {
                        radius: radius::L.into(),
                        ..iced::Border::default()
                    },
                    ..container::Style::default()
                }
            })
            .into(),
    };
    let (connection_icon, connection) = match summary.transport {
        Transport::Usb => (icons::Name::Usb, t!("overview-connected-usb")),
        Transport::Nfc => (
            icons::Name::Nfc,
            t!(
                "overview-connected-nfc",
                reader = summary.reader.as_deref().unwrap_or("")
            ),
        ),
        Transport::Virtual => (icons::Name::Virtual, t!("overview-connected-virtual")),
    };
    let header = row![
        picture,
        column![
            text(&info.name).size(size::TITLE),
            row![
                icons::icon(connection_icon, size::ICON),
                text(connection).size(size::SMALL)
            ]
            .spacing(space::XS + 2.0)
            .align_y(Alignment::Center),
        ]
        .spacing(space::XS)
    ]
    .spacing(space::L)
    .align_y(Alignment::Center);

    let mut page = Column::new().spacing(space::L).push(header);
    if let Some(w) = &info.warning {
        page = page.push(
            container(icons::labelled(icons::Name::Attention, w, size::BODY))
                .padding(space::M)
                .width(Length::Fill)
                .style(theme::warning),
        );
    }

    // The key's state in words, with the one thing to do next.
    let status = Status::of(info);
    let (headline, detail) = status.words();
    let (status_icon, status_color) = status.icon();
    let next: Option<(String, Screen)> = match status {
        Status::NeedsPin => Some((t!("overview-next-set-pin"), Screen::Pin)),
        Status::PinBlocked => Some((t!("pin-go-to-reset"), Screen::Reset)),
        Status::NeedsNewPin => Some((t!("overview-next-change-pin"), Screen::Pin)),
        Status::Ready if info.bio && info.fingerprints_enrolled == Some(false) => {
            Some((t!("overview-next-add-fingerprint"), Screen::Fingerprints))
        }
        _ => None,
    };
    // The step goes under the words, so that long translations keep the
    // headline on one line at the smallest window size.
    let mut words = column![
        container(text(headline).size(size::STATUS)).id("overview-status"),
        text(detail).size(size::SMALL).style(theme::muted),
    ]
    .spacing(space::XS)
    .width(Length::Fill);
    if let Some((label, screen)) = next {
        let style = if status == Status::Ready {
            button::secondary
        } else {
            button::primary
        };
        words = words.push(iced::widget::space().height(space::XS)).push(
            container(
                button(text(label))
                    .on_press(go(screen))
                    .padding([space::S, space::L])
                    .style(style),
            )
            .id("overview-next-step"),
        );
    }
    let status_row = row![icons::icon(status_icon, 36.0).color(status_color), words]
        .spacing(space::L)
        .align_y(Alignment::Start);
    if status == Status::Ready && info.bio && info.fingerprints_enrolled == Some(false) {
        // Optional: said as a suggestion under the status.
        page = page.push(
            container(
                column![
                    status_row,
                    text(t!("overview-next-add-fingerprint-detail"))
                        .size(size::SMALL)
                        .style(theme::muted),
                ]
                .spacing(space::S),
            )
            .padding(space::L)
            .width(Length::Fill)
            .style(theme::card),
        );
    } else {
        page = page.push(
            container(status_row)
                .padding(space::L)
                .width(Length::Fill)
                .style(theme::card),
        );
    }

    // Why most people install KeyGuide: their organisation asked them to
    // register the key. Offered loudly once, then a plain button.
    let guide: Element<'a, M> = match actions.first_run {
        Some(later) => container(
            row![
                icons::icon(icons::Name::Guide, size::ICON_LARGE),
                column![
                    text(t!("overview-guide-offer-title")).size(size::HEADING),
                    text(t!("overview-guide-offer-detail"))
                        .size(size::SMALL)
                        .style(theme::muted),
                ]
                .spacing(space::XS)
                .width(Length::Fill),
                container(
                    button(text(t!("overview-guide-start")))
                        .on_press(go(Screen::Guide))
                        .padding([space::S, space::L])
                        .style(button::primary)
                )
                .id("overview-guide"),
                button(text(t!("overview-guide-offer-later")))
                    .on_press(later)
                    .style(button::text),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center),
        )
        .padding(space::L)
        .style(theme::card)
        .into(),
        None => column![
            container(
                button(icons::labelled(
                    icons::Name::Guide,
                    t!("overview-guide-open"),
                    size::BODY
                ))
                .on_press(go(Screen::Guide))
                .style(button::secondary)
            )
            .id("overview-guide"),
            text(t!("overview-guide-offer-detail"))
                .size(size::SMALL)
                .style(theme::muted),
        ]
        .spacing(space::XS + 2.0)
        .into(),
    };
    page = page.push(guide);

    // What is on the key, in the user's words, each with its state's icon.
    let (pin_state, pin) = match (info.pin_set, info.pin_retries) {
        (None, _) => (Tone::Neutral, t!("overview-pin-not-supported")),
        (Some(false), _) => (Tone::Warning, t!("overview-pin-not-set")),
        (Some(true), Some(0)) => (Tone::Danger, t!("overview-pin-blocked")),
        (Some(true), Some(r)) if info.pin_power_cycle_required => {
            (Tone::Warning, t!("overview-pin-set-replug", retries = r))
        }
        (Some(true), Some(r)) => (Tone::Good, t!("overview-pin-set-retries", retries = r)),
        (Some(true), None) => (Tone::Good, t!("overview-pin-set")),
    };
    let passkeys = match (info.passkeys_used, info.passkeys_remaining) {
        (Some(u), Some(r)) => t!("overview-passkeys-stored", used = u, remaining = r),
        (None, Some(r)) => t!("overview-passkeys-room", remaining = r),
        _ if info.credential_management => t!("overview-passkeys-unlock"),
        _ => t!("overview-passkeys-cannot-list"),
    };
    let (fingerprint_state, fingerprints) = match (info.bio, info.fingerprints_enrolled) {
        (false, _) => (Tone::Neutral, t!("overview-fingerprints-no-sensor")),
        (true, Some(true)) => (Tone::Good, t!("overview-fingerprints-enrolled")),
        (true, _) => (Tone::Neutral, t!("overview-fingerprints-none")),
    };
    let rows = [
        (icons::Name::Pin, pin_state, t!("overview-fact-pin"), pin),
        (
            icons::Name::Passkey,
            Tone::Neutral,
            t!("overview-fact-passkeys"),
            passkeys,
        ),
        (
            icons::Name::Fingerprint,
            fingerprint_state,
            t!("overview-fact-fingerprints"),
            fingerprints,
        ),
    ];
    let mut list = Column::new().spacing(space::M);
    for (name, tone, label, value) in rows {
        list = list.push(
            row![
                icons::icon(name, size::ICON_LARGE).color(tone.color()),
                text(label).size(size::BODY).width(Length::FillPortion(2)),
                text(value).size(size::BODY).width(Length::FillPortion(5)),
            ]
            .spacing(space::M)
            .align_y(Alignment::Center),
        );
    }
    page = page.push(
        container(list)
            .padding(space::L)
            .width(Length::Fill)
            .style(theme::card),
    );
    page = page.push(
        column![
            row![
                container(
                    button(icons::labelled(
                        icons::Name::Identify,
                        t!("overview-identify"),
                        size::BODY
                    ))
                    .on_press(actions.identify)
                    .style(button::secondary)
                )
                .id("overview-identify"),
                container(
                    button(icons::labelled(
                        icons::Name::SaveReport,
                        t!("overview-save-report"),
                        size::BODY
                    ))
                    .on_press(actions.save_report)
                    .style(button::secondary)
                )
                .id("overview-save-report"),
            ]
            .spacing(space::M),
            text(t!("overview-identify-detail"))
                .size(size::SMALL)
                .style(theme::muted),
        ]
        .spacing(space::XS + 2.0),
    );

    // The technical facts, for those who ask: behind a disclosure.
    let chevron = if details_open {
        icons::Name::Expanded
    } else {
        icons::Name::Collapsed
    };
    let mut details = Column::new().spacing(space::M).push(
        button(icons::labelled(chevron, t!("overview-details"), size::BODY))
            .id(DETAILS_ID)
            .on_press(actions.toggle_details)
            .padding([space::XS, space::S])
            .style(button::text),
    );
    if details_open {
        let certification = match (&info.certification, &info.warning) {
            (Some(c), None) => pretty_certification(c),
            (Some(c), Some(_)) => t!(
                "overview-certification-see-warning",
                level = pretty_certification(c)
            ),
            (None, _) => t!("overview-not-certified"),
        };
        let firmware = info
            .firmware_version
            .map(|f| f.to_string())
            .unwrap_or_else(|| t!("overview-firmware-not-reported"));
        let none = || t!("overview-none");
        let or_none = |v: &[String], sep: &str| {
            if v.is_empty() {
                none()
            } else {
                v.join(sep)
            }
        };
        let facts = [
            (
                t!("overview-fact-min-pin-length"),
                info.min_pin_length.to_string(),
            ),
            (t!("overview-fact-certification"), certification),
            (t!("overview-fact-versions"), or_none(&info.versions, ", ")),
            (
                t!("overview-fact-extensions"),
                or_none(&info.extensions, ", "),
            ),
            (
                t!("overview-fact-connections"),
                or_none(&info.transports, ", ").to_uppercase(),
            ),
            (t!("overview-fact-firmware"), firmware),
            (t!("overview-fact-aaguid"), info.aaguid.clone()),
        ];
        let mut table = Column::new().spacing(space::S);
        for (label, value) in facts {
            table = table.push(
                row![
                    text(label)
                        .size(size::SMALL)
                        .style(theme::muted)
                        .width(Length::FillPortion(2)),
                    text(value).size(size::SMALL).width(Length::FillPortion(5)),
                ]
                .spacing(space::M),
            );
        }
        details = details.push(
            container(table)
                .id("overview-details-table")
                .padding(space::L)
                .width(Length::Fill)
                .style(theme::card),
        );
    }
    page = page.push(details);
    page.max_width(860).into()
}

/// The "Technical details" disclosure button.
pub const DETAILS_ID: &str = "overview-details";

/// How a status row's icon is coloured.
#[derive(Clone, Copy)]
enum Tone {
    Good,
    Warning,
    Danger,
    Neutral,
}

impl Tone {
    fn color(self) -> fn(&iced::Theme) -> iced::Color {
        match self {
            Tone::Good => |t| tokens::colors(t).success,
            Tone::Warning => |t| tokens::colors(t).warning,
            Tone::Danger => |t| tokens::colors(t).danger,
            Tone::Neutral => |t| tokens::colors(t).muted,
        }
    }
}

fn pretty_certification(level: &str) -> String {
    match level.strip_prefix("FIDO_CERTIFIED") {
        Some("") => t!("overview-certified"),
        Some(rest) => t!(
            "overview-certified-level",
            level = rest.trim_start_matches("_L")
        ),
        None => level.into(),
    }
}

/// The model's icon from the catalog, decoded once per key (not per frame).
pub fn model_icon(info: &KeyInfo) -> Option<image::Handle> {
    let aaguid: uuid::Uuid = info.aaguid.parse().ok()?;
    if crate::virtual_key::builtin_name(aaguid.as_bytes()).is_some() {
        return None;
    }
    let png = crate::catalog::Catalog::embedded()
        .lookup(&aaguid)?
        .icon_png()?;
    Some(image::Handle::from_bytes(png))
}
