//! What this key is, how it is set up, and what to do next.

use iced::widget::{button, column, container, image, row, text, Column};
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
) -> Element<'a, M> {
    let Some(info) = info else {
        return container(text("Reading the key…").size(18))
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
        Transport::Usb => "Connected by USB".to_owned(),
        Transport::Nfc => format!(
            "On the NFC reader {}",
            summary.reader.as_deref().unwrap_or("")
        ),
        Transport::Virtual => "Virtual key (for trying KeyGuide out)".to_owned(),
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
    let next: Option<(&str, &str, Screen)> = match info.pin_set {
        Some(false) => Some((
            "Set a PIN to start",
            "Websites and Windows ask for this PIN when you sign in with the key.",
            Screen::Pin,
        )),
        _ if info.pin_retries == Some(0) => Some((
            "The PIN is blocked",
            "Too many wrong PINs. Only a reset makes the key usable again; it erases everything on it.",
            Screen::Reset,
        )),
        _ if info.force_pin_change => Some((
            "Change the PIN",
            "The key asks for a new PIN before it can be used.",
            Screen::Pin,
        )),
        _ if info.bio && info.fingerprints_enrolled == Some(false) => Some((
            "Add a fingerprint",
            "Then you can sign in with a touch instead of typing the PIN.",
            Screen::Fingerprints,
        )),
        _ => None,
    };
    if let Some((title, detail, screen)) = next {
        page = page.push(
            container(
                row![
                    column![text(title).size(18), text(detail).size(13)]
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

    let pin = match (info.pin_set, info.pin_retries) {
        (None, _) => "Not supported".to_owned(),
        (Some(false), _) => "Not set".to_owned(),
        (Some(true), Some(0)) => "Blocked".to_owned(),
        (Some(true), Some(r)) if info.pin_power_cycle_required => {
            format!("Set, {r} attempts left; remove and re-insert the key before the next try")
        }
        (Some(true), Some(r)) => format!("Set, {r} attempts left"),
        (Some(true), None) => "Set".to_owned(),
    };
    let passkeys = match (info.passkeys_used, info.passkeys_remaining) {
        (Some(u), Some(r)) => format!("{u} stored, room for {r} more"),
        (None, Some(r)) => format!("Room for {r} more"),
        _ if info.credential_management => "Unlock with the PIN to see them".to_owned(),
        _ => "This key cannot list its passkeys".to_owned(),
    };
    let fingerprints = match (info.bio, info.fingerprints_enrolled) {
        (false, _) => "No fingerprint sensor".to_owned(),
        (true, Some(true)) => "Enrolled".to_owned(),
        (true, _) => "None enrolled yet".to_owned(),
    };
    let certification = match (&info.certification, &info.warning) {
        (Some(c), None) => pretty_certification(c),
        (Some(c), Some(_)) => format!("{} (see the warning above)", pretty_certification(c)),
        (None, _) => "Not listed as FIDO certified".to_owned(),
    };
    let firmware = info
        .firmware_version
        .map(|f| f.to_string())
        .unwrap_or_else(|| "Not reported".into());
    let facts = [
        ("PIN", pin),
        ("Passkeys", passkeys),
        ("Fingerprints", fingerprints),
        ("Minimum PIN length", info.min_pin_length.to_string()),
        ("Certification", certification),
        ("FIDO versions", info.versions.join(", ")),
        ("Connections", info.transports.join(", ").to_uppercase()),
        ("Firmware", firmware),
        ("Model id (AAGUID)", info.aaguid.clone()),
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
                button(text("Identify this key"))
                    .on_press(identify)
                    .style(button::secondary)
            )
            .id("overview-identify"),
            text("The key blinks; touch it to confirm it is the one you mean.")
                .size(13)
                .width(Length::Fill),
            container(
                button(text("Save report…"))
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
        Some("") => "FIDO certified".into(),
        Some(rest) => format!("FIDO certified, level {}", rest.trim_start_matches("_L")),
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
