//! One module per screen: each owns its state, its messages, an `update`
//! that returns an [`Action`] for the root, and a `view`.

pub mod compare;
pub mod doctor;
pub mod fingerprints;
pub mod guide;
pub mod it_batch;
pub mod key_settings;
pub mod keys;
pub mod overview;
pub mod passkeys;
pub mod pin;
pub mod reset;

use super::ops::Op;
use super::theme;
use super::widget::button;
use iced::widget::{column, container, text};
use iced::Element;

/// Passkeys and fingerprints are managed with the PIN: on a key without one
/// the page says so and offers to set it, instead of asking for "the key's
/// PIN" (a newcomer would type their Windows password there).
pub fn pin_first<'a, M: Clone + 'a>(title: String, set_pin: M) -> Element<'a, M> {
    column![
        text(title).size(26),
        container(
            column![
                text(t!("app-pin-first")).size(16),
                container(
                    button(text(t!("app-pin-first-button")))
                        .on_press(set_pin)
                        .style(button::primary),
                )
                .id("pin-first-set"),
            ]
            .spacing(12),
        )
        .padding(16)
        .style(theme::card),
    ]
    .spacing(14)
    .max_width(720)
    .into()
}

/// What a screen asks of the root.
#[derive(Debug)]
pub enum Action {
    None,
    /// Run this key operation.
    Run(Op),
    /// Ask before running a destructive operation.
    Confirm {
        question: String,
        detail: String,
        confirm_label: String,
        op: Op,
    },
    /// Open another screen (a fix one click away).
    Go(Screen),
    /// Put text on the clipboard.
    Copy(String),
    /// Open a web page in the user's browser.
    OpenUrl(&'static str),
    /// Read the key's passkeys afresh (asks for the PIN when needed).
    ReadPasskeys,
    /// Read this PC's Windows version and join state (guide).
    ReadThisPc,
    /// Save the open key's list of sites (reset screen); the answer comes
    /// back as `reset::Message::Saved`.
    SaveSites,
}

/// Where the rail points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Keys,
    Overview,
    Pin,
    Fingerprints,
    Passkeys,
    KeySettings,
    Reset,
    /// The guided setup for a work or school account.
    Guide,
    AppSettings,
    /// Preparing keys for others by a policy (IT staff).
    ItBatch,
    /// "Check this computer" (App settings).
    Doctor,
}

impl Screen {
    /// A stable name (`--demo-screen`, widget ids), never translated.
    pub fn name(self) -> &'static str {
        match self {
            Screen::Keys => "keys",
            Screen::Overview => "overview",
            Screen::Pin => "pin",
            Screen::Fingerprints => "fingerprints",
            Screen::Passkeys => "passkeys",
            Screen::KeySettings => "key-settings",
            Screen::Reset => "reset",
            Screen::Guide => "guide",
            Screen::AppSettings => "app-settings",
            Screen::ItBatch => "it-batch",
            Screen::Doctor => "doctor",
        }
    }

    /// The names `--demo-screen` takes.
    pub fn from_name(name: &str) -> Option<Screen> {
        Some(match name {
            "keys" => Screen::Keys,
            "overview" => Screen::Overview,
            "pin" => Screen::Pin,
            "fingerprints" => Screen::Fingerprints,
            "passkeys" => Screen::Passkeys,
            "key-settings" => Screen::KeySettings,
            "reset" => Screen::Reset,
            "guide" => Screen::Guide,
            "app-settings" => Screen::AppSettings,
            "it-batch" => Screen::ItBatch,
            "doctor" => Screen::Doctor,
            _ => return None,
        })
    }
}
