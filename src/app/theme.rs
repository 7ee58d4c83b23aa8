//! Light, dark, or the system's choice; shared styles.

use iced::widget::{button, container};
use iced::{Border, Color, Theme};

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// `None` lets iced follow the system's light or dark mode.
    pub fn theme(self) -> Option<Theme> {
        match self {
            ThemeChoice::System => None,
            ThemeChoice::Light => Some(Theme::Light),
            ThemeChoice::Dark => Some(Theme::Dark),
        }
    }
}

impl std::fmt::Display for ThemeChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ThemeChoice::System => t!("settings-theme-system"),
            ThemeChoice::Light => t!("settings-theme-light"),
            ThemeChoice::Dark => t!("settings-theme-dark"),
        })
    }
}

/// A raised card for grouped content.
pub fn card(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.weak.color.into()),
        border: Border {
            radius: 10.0.into(),
            width: 1.0,
            color: p.background.strong.color,
        },
        ..container::Style::default()
    }
}

/// The navigation rail.
pub fn rail(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.background.weak.color.into()),
        ..container::Style::default()
    }
}

/// A warning banner (metadata status, blocked PIN).
pub fn warning(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.danger.weak.color.into()),
        text_color: Some(p.danger.weak.text),
        border: Border {
            radius: 8.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// A success banner.
pub fn success(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style {
        background: Some(p.success.weak.color.into()),
        text_color: Some(p.success.weak.text),
        border: Border {
            radius: 8.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// The dimmed layer behind a dialog.
pub fn scrim(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Color::from_rgba(0.0, 0.0, 0.0, 0.45).into()),
        ..container::Style::default()
    }
}

/// A navigation entry; the current one is highlighted.
pub fn nav(active: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let p = theme.extended_palette();
        let base = button::Style {
            text_color: p.background.base.text,
            border: Border {
                radius: 8.0.into(),
                ..Border::default()
            },
            ..button::Style::default()
        };
        match (active, status) {
            (true, _) => button::Style {
                background: Some(p.primary.weak.color.into()),
                text_color: p.primary.weak.text,
                ..base
            },
            (false, button::Status::Hovered) => button::Style {
                background: Some(p.background.strong.color.into()),
                ..base
            },
            _ => base,
        }
    }
}

/// Check marks: mid-tone colours that read on light and dark cards alike.
pub const GOOD: Color = Color::from_rgb(0.18, 0.62, 0.31);
pub const BAD: Color = Color::from_rgb(0.84, 0.27, 0.27);
pub const ADVICE: Color = Color::from_rgb(0.85, 0.54, 0.10);
pub const NEUTRAL: Color = Color::from_rgb(0.5, 0.5, 0.5);
