//! Light, dark, or the system's choice; the app's two themes built from the
//! tokens (`tokens.rs`), and the shared styles every screen uses.

use iced::theme::palette::{self, Extended, Pair};
use iced::theme::Mode;
use iced::widget::{button, container, text, text_input, toggler};
use iced::{Background, Border, Color, Theme};
use std::sync::LazyLock;

use super::tokens::{self, radius, Colors};

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

    /// The app's theme for this choice; `system` is the desktop's light or
    /// dark mode (asked at start and followed as it changes).
    pub fn theme(self, system: Mode) -> Theme {
        let dark = match self {
            ThemeChoice::System => system == Mode::Dark,
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
        };
        if dark {
            DARK.clone()
        } else {
            LIGHT.clone()
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

/// The two themes, built once. Their palettes are the tokens; iced's own
/// widgets (text fields, switches, menus, scrollbars) draw with them, so
/// their edges meet the same contrast rules as the app's styles.
static LIGHT: LazyLock<Theme> = LazyLock::new(|| build("KeyGuide Light", &tokens::LIGHT));
static DARK: LazyLock<Theme> = LazyLock::new(|| build("KeyGuide Dark", &tokens::DARK));

fn build(name: &'static str, c: &'static Colors) -> Theme {
    let base = palette::Palette {
        background: c.page,
        text: c.text,
        primary: c.accent,
        success: c.success,
        warning: c.warning,
        danger: c.danger,
    };
    Theme::custom_with_fn(name, base, move |p| {
        let mut e = Extended::generate(p);
        let pair = |color, text| Pair { color, text };
        e.background.base = pair(c.page, c.text);
        e.background.weakest = pair(c.surface, c.text);
        e.background.weaker = pair(c.rail, c.text);
        e.background.weak = pair(c.hover, c.text);
        e.background.neutral = pair(c.border, c.text);
        // iced draws text-field borders, a switch's off track and slider
        // rails in `strong`: the control colour, 3:1 on every surface.
        e.background.strong = pair(c.control, c.surface);
        e.background.stronger = pair(c.control, c.surface);
        e.background.strongest = pair(c.muted, c.surface);
        e.primary.base = pair(c.accent, c.on_accent);
        e.primary.strong = pair(c.accent_hover, c.on_accent);
        e.primary.weak = pair(c.accent_weak, c.text);
        e.success.base = pair(c.success, c.surface);
        e.success.weak = pair(c.success_bg, c.success_fg);
        e.warning.base = pair(c.warning, c.surface);
        e.warning.weak = pair(c.warning_bg, c.warning_fg);
        e.danger.base = pair(c.danger, c.on_danger);
        e.danger.strong = pair(c.danger_hover, c.on_danger);
        e.danger.weak = pair(c.danger_bg, c.danger_fg);
        e.secondary.base = pair(c.muted, c.surface);
        e
    })
}

/// A raised card for grouped content.
pub fn card(theme: &Theme) -> container::Style {
    let c = tokens::colors(theme);
    container::Style {
        background: Some(c.surface.into()),
        text_color: Some(c.text),
        border: Border {
            radius: radius::L.into(),
            width: 1.0,
            color: c.border,
        },
        ..container::Style::default()
    }
}

/// A dialog: a card over the scrim, with a stronger edge. (No shadow: the
/// software renderer redraws only what changed, and a shadow's blur left
/// lighter patches inside the dialog when its animation redrew.)
pub fn dialog(theme: &Theme) -> container::Style {
    let c = tokens::colors(theme);
    container::Style {
        border: Border {
            color: c.control,
            ..card(theme).border
        },
        ..card(theme)
    }
}

/// The navigation rail.
pub fn rail(theme: &Theme) -> container::Style {
    let c = tokens::colors(theme);
    container::Style {
        background: Some(c.rail.into()),
        text_color: Some(c.text),
        ..container::Style::default()
    }
}

fn notice(bg: Color, fg: Color) -> container::Style {
    container::Style {
        background: Some(bg.into()),
        text_color: Some(fg),
        border: Border {
            radius: radius::M.into(),
            width: 1.0,
            color: fg.scale_alpha(0.25),
        },
        ..container::Style::default()
    }
}

/// Something needs attention (a metadata status, a forced PIN change).
pub fn warning(theme: &Theme) -> container::Style {
    let c = tokens::colors(theme);
    notice(c.warning_bg, c.warning_fg)
}

/// Something went wrong or is blocked.
pub fn danger(theme: &Theme) -> container::Style {
    let c = tokens::colors(theme);
    notice(c.danger_bg, c.danger_fg)
}

/// Something went well.
pub fn success(theme: &Theme) -> container::Style {
    let c = tokens::colors(theme);
    notice(c.success_bg, c.success_fg)
}

/// The dimmed layer behind a dialog.
pub fn scrim(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(tokens::colors(theme).scrim.into()),
        ..container::Style::default()
    }
}

/// Secondary text: details, hints, captions.
pub fn muted(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens::colors(theme).muted),
    }
}

/// An inline error under the field it concerns.
pub fn error_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens::colors(theme).danger),
    }
}

/// Text in the success colour ("Ready").
pub fn success_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens::colors(theme).success),
    }
}

/// Text in the warning colour.
pub fn warning_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(tokens::colors(theme).warning),
    }
}

/// A navigation entry; the current one is highlighted.
pub fn nav(active: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = tokens::colors(theme);
        let base = button::Style {
            text_color: c.text,
            border: Border {
                radius: radius::M.into(),
                ..Border::default()
            },
            ..button::Style::default()
        };
        match (active, status) {
            (true, _) => button::Style {
                background: Some(c.accent_weak.into()),
                ..base
            },
            (false, button::Status::Hovered | button::Status::Pressed) => button::Style {
                background: Some(c.hover.into()),
                ..base
            },
            _ => base,
        }
    }
}

fn filled(fill: Color, text_color: Color) -> button::Style {
    button::Style {
        background: Some(Background::Color(fill)),
        text_color,
        border: Border {
            radius: radius::S.into(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

/// An unfilled button in its states: `hover` behind it under the pointer.
fn with_hover(base: button::Style, status: button::Status, hover: Color) -> button::Style {
    match status {
        button::Status::Hovered | button::Status::Pressed => button::Style {
            background: Some(hover.into()),
            ..base
        },
        button::Status::Active => base,
        button::Status::Disabled => disabled(base),
    }
}

fn disabled(style: button::Style) -> button::Style {
    button::Style {
        background: style.background.map(|b| b.scale_alpha(0.45)),
        text_color: style.text_color.scale_alpha(0.55),
        border: Border {
            color: style.border.color.scale_alpha(0.45),
            ..style.border
        },
        ..style
    }
}

/// The main action of a page or dialog.
pub fn button_primary(theme: &Theme, status: button::Status) -> button::Style {
    let c = tokens::colors(theme);
    match status {
        button::Status::Hovered | button::Status::Pressed => filled(c.accent_hover, c.on_accent),
        button::Status::Active => filled(c.accent, c.on_accent),
        button::Status::Disabled => disabled(filled(c.accent, c.on_accent)),
    }
}

/// Other actions: outlined, on the surface.
pub fn button_secondary(theme: &Theme, status: button::Status) -> button::Style {
    let c = tokens::colors(theme);
    let base = button::Style {
        background: Some(c.surface.into()),
        text_color: c.text,
        border: Border {
            radius: radius::S.into(),
            width: 1.0,
            color: c.control,
        },
        ..button::Style::default()
    };
    with_hover(base, status, c.hover)
}

/// A destructive action, where it is confirmed.
pub fn button_danger(theme: &Theme, status: button::Status) -> button::Style {
    let c = tokens::colors(theme);
    match status {
        button::Status::Hovered | button::Status::Pressed => filled(c.danger_hover, c.on_danger),
        button::Status::Active => filled(c.danger, c.on_danger),
        button::Status::Disabled => disabled(filled(c.danger, c.on_danger)),
    }
}

/// A link-like button: accent text, no fill.
pub fn button_text(theme: &Theme, status: button::Status) -> button::Style {
    let c = tokens::colors(theme);
    let base = button::Style {
        text_color: c.accent,
        border: Border {
            radius: radius::S.into(),
            ..Border::default()
        },
        ..button::Style::default()
    };
    with_hover(base, status, c.hover)
}

/// A text field: rounded, with the control colour as its edge.
pub fn input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let c = tokens::colors(theme);
    let mut style = text_input::default(theme, status);
    style.border.radius = radius::S.into();
    style.border.color = match status {
        text_input::Status::Focused { .. } => c.focus_ring,
        text_input::Status::Hovered => c.text,
        _ => c.control,
    };
    if matches!(status, text_input::Status::Focused { .. }) {
        style.border.width = 2.0;
    }
    style
}

/// A switch whose off state is visible: the track in the control colour.
pub fn switch(theme: &Theme, status: toggler::Status) -> toggler::Style {
    let c = tokens::colors(theme);
    let mut style = toggler::default(theme, status);
    match status {
        toggler::Status::Active { is_toggled } | toggler::Status::Hovered { is_toggled } => {
            style.background = if is_toggled { c.accent } else { c.control }.into();
            style.foreground = if is_toggled { c.on_accent } else { c.surface }.into();
        }
        toggler::Status::Disabled { .. } => {}
    }
    style
}

/// Check marks: mid-tone colours that read on light and dark surfaces alike
/// (3:1 on each; `tokens`' tests check it).
pub const GOOD: Color = Color::from_rgb8(0x2B, 0x96, 0x4A);
pub const BAD: Color = Color::from_rgb8(0xD6, 0x45, 0x45);
pub const ADVICE: Color = Color::from_rgb8(0xB5, 0x73, 0x0A);
pub const NEUTRAL: Color = Color::from_rgb8(0x80, 0x80, 0x80);
