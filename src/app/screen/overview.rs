//! What this key is, how it is set up, and what to do next.

use crate::app::widget::button;
use iced::widget::{column, container, image, row, text, Column};
use iced::{Alignment, Element, Length};

use super::Screen;
use crate::app::theme;
use crate::device::model::{DeviceSummary, KeyInfo, Transport};

pub fn view<'a, M: Clone + 'a>(
    summary: &'a DeviceSummary,
    info: Option<&'a KeyInfo>,
    icon: Option<&'a image::Handle>,
    go: impl Fn(Screen) -> M,
    identify: M,
    save_report: M,
    // "Not now", when the guided setup is offered on first run.
    first_run: Option<M>,
) -> Element<'a, M> {
    let Some(info) = info else {
        return container(text(t!("common-reading-key")).size(18))
            .padding(32)
            .into();
    };
    let icon: Element<'a, M> = match icon {
        Some(handle) => image(handle.clone()).width(64).height(64).into(),
        // No picture from the metadata: a badge with the model's initials
        // (drawn, so no image decoder is loaded for it).
        None => container(text(initials(&info.name)).size(24))
            .center(64)
            .style(|t: &iced::Theme| {
                let p = t.extended_palette();
                container::Style {
                    background: Some(p.primary.strong.color.into()),
                    text_color: Some(p.primary.strong.text),
                    border: iced::Border {
                        radius: 14.0.into(),
                        ..iced::Border::default()
                    },
                    ..container::Style::default()
                }
            })
            .into(),
    };
    let connection = match summary.transport {
        Transport::Usb => t!("overview-connected-usb"),
        Transport::Nfc => t!(
            "overview-connected-nfc",
            reader = summary.reader.as_deref().unwrap_or("")
        ),
        Transport::Virtual => t!("overview-connected-virtual"),
    };
    let header = row![
        icon,
        column![text(&info.name).size(26), text(connection).size(13)].spacing(4)
    ]
    .spacing(16)
    .align_y(Alignment::Center);

    let mut page = Column::new().spacing(16).push(header);
    if let Some(w) = &info.warning {
        page = page.push(
            container(text(w).size(15))
                .padding(12)
                .width(Length::Fill)
                .style(theme::warning),
        );
    }

    // The one thing to do next, in the user's words.
    let next: Option<(String, String, Screen)> = match info.pin_set {
        Some(false) => Some((
            t!("overview-next-set-pin"),
            t!("overview-next-set-pin-detail"),
            Screen::Pin,
        )),
        _ if info.pin_retries == Some(0) => Some((
            t!("overview-next-pin-blocked"),
            t!("overview-next-pin-blocked-detail"),
            Screen::Reset,
        )),
        _ if info.force_pin_change => Some((
            t!("overview-next-change-pin"),
            t!("overview-next-change-pin-detail"),
            Screen::Pin,
        )),
        _ if info.bio && info.fingerprints_enrolled == Some(false) => Some((
            t!("overview-next-add-fingerprint"),
            t!("overview-next-add-fingerprint-detail"),
            Screen::Fingerprints,
        )),
        _ => None,
    };
    if let Some((title, detail, screen)) = next {
        page = page.push(
            container(
                row![
                    column![text(title.clone()).size(18), text(detail).size(13)]
                        .spacing(4)
                        .width(Length::Fill),
                    container(
                        button(text(title))
                            .on_press(go(screen))
                            .style(button::primary)
                    )
                    .id("overview-next-step"),
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            )
            .padding(16)
            .style(theme::card),
        );
    }

    // Why most people install KeyGuide: their organisation asked them to
    // register the key. Offered loudly once, then a plain button.
    let guide: Element<'a, M> = match first_run {
        Some(later) => container(
            row![
                column![
                    text(t!("overview-guide-offer-title")).size(18),
                    text(t!("overview-guide-offer-detail")).size(13),
                ]
                .spacing(4)
                .width(Length::Fill),
                container(
                    button(text(t!("overview-guide-start")))
                        .on_press(go(Screen::Guide))
                        .style(button::primary)
                )
                .id("overview-guide"),
                button(text(t!("overview-guide-offer-later")))
                    .on_press(later)
                    .style(button::text),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        )
        .padding(16)
        .style(theme::card)
        .into(),
        None => row![
            container(
                button(text(t!("overview-guide-open")))
                    .on_press(go(Screen::Guide))
                    .style(button::secondary)
            )
            .id("overview-guide"),
            text(t!("overview-guide-offer-detail"))
                .size(13)
                .width(Length::Fill),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into(),
    };
    page = page.push(guide);

    let pin = match (info.pin_set, info.pin_retries) {
        (None, _) => t!("overview-pin-not-supported"),
        (Some(false), _) => t!("overview-pin-not-set"),
        (Some(true), Some(0)) => t!("overview-pin-blocked"),
        (Some(true), Some(r)) if info.pin_power_cycle_required => {
            t!("overview-pin-set-replug", retries = r)
        }
        (Some(true), Some(r)) => t!("overview-pin-set-retries", retries = r),
        (Some(true), None) => t!("overview-pin-set"),
    };
    let passkeys = match (info.passkeys_used, info.passkeys_remaining) {
        (Some(u), Some(r)) => t!("overview-passkeys-stored", used = u, remaining = r),
        (None, Some(r)) => t!("overview-passkeys-room", remaining = r),
        _ if info.credential_management => t!("overview-passkeys-unlock"),
        _ => t!("overview-passkeys-cannot-list"),
    };
    let fingerprints = match (info.bio, info.fingerprints_enrolled) {
        (false, _) => t!("overview-fingerprints-no-sensor"),
        (true, Some(true)) => t!("overview-fingerprints-enrolled"),
        (true, _) => t!("overview-fingerprints-none"),
    };
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
    let facts = [
        (t!("overview-fact-pin"), pin),
        (t!("overview-fact-passkeys"), passkeys),
        (t!("overview-fact-fingerprints"), fingerprints),
        (
            t!("overview-fact-min-pin-length"),
            info.min_pin_length.to_string(),
        ),
        (t!("overview-fact-certification"), certification),
        (t!("overview-fact-versions"), info.versions.join(", ")),
        (
            t!("overview-fact-connections"),
            info.transports.join(", ").to_uppercase(),
        ),
        (t!("overview-fact-firmware"), firmware),
        (t!("overview-fact-aaguid"), info.aaguid.clone()),
    ];
    let mut table = Column::new().spacing(10);
    for (label, value) in facts {
        table = table.push(
            row![
                text(label).size(15).width(Length::FillPortion(2)),
                text(value).size(15).width(Length::FillPortion(5)),
            ]
            .spacing(12),
        );
    }
    page = page.push(
        container(table)
            .padding(16)
            .width(Length::Fill)
            .style(theme::card),
    );
    page = page.push(
        row![
            container(
                button(text(t!("overview-identify")))
                    .on_press(identify)
                    .style(button::secondary)
            )
            .id("overview-identify"),
            text(t!("overview-identify-detail"))
                .size(13)
                .width(Length::Fill),
            container(
                button(text(t!("overview-save-report")))
                    .on_press(save_report)
                    .style(button::secondary)
            )
            .id("overview-save-report"),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    );
    page.max_width(860).into()
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

/// "KeyGuide virtual key" -> "KV"; "YubiKey 5 Series" -> "Y5".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .collect::<String>()
        .to_uppercase()
}
