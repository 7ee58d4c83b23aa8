//! The visual tokens: every colour, spacing step, type size and radius the
//! app's screens use, in one place. Colours come in a light and a dark set
//! with the same roles; `colors(theme)` picks the set of the theme in use.
//!
//! The contrast rules (WCAG 2.2, success criteria 1.4.3 and 1.4.11) are
//! checked by this module's tests: text at least 4.5:1 on the surfaces it
//! sits on, controls and their states (input borders, a switch's off track,
//! the focus ring, status icons) at least 3:1.

use iced::{Color, Theme};

/// The colours of one theme, by role.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colors {
    /// The window's background.
    pub page: Color,
    /// Cards and dialogs, raised above the page.
    pub surface: Color,
    /// The side menu.
    pub rail: Color,
    /// Body text.
    pub text: Color,
    /// Secondary text: details, hints, captions.
    pub muted: Color,
    /// The brand and primary-action colour; also links and the focus ring.
    pub accent: Color,
    /// Text and icons on `accent`.
    pub on_accent: Color,
    /// The current side-menu entry and selections.
    pub accent_weak: Color,
    /// Accent-coloured buttons when hovered.
    pub accent_hover: Color,
    /// "Done", "ready": text and icons on the page and surfaces.
    pub success: Color,
    /// Background of a success notice or card.
    pub success_bg: Color,
    /// Text on `success_bg`.
    pub success_fg: Color,
    /// "Needs attention": text and icons on the page and surfaces.
    pub warning: Color,
    pub warning_bg: Color,
    pub warning_fg: Color,
    /// Errors and destructive actions: text and icons on page and surfaces.
    pub danger: Color,
    /// Text on a `danger` button.
    pub on_danger: Color,
    pub danger_hover: Color,
    pub danger_bg: Color,
    pub danger_fg: Color,
    /// The edge of a control (text field, switch's off track, secondary
    /// button): 3:1 against the page and surfaces.
    pub control: Color,
    /// Decorative edges (cards, separators): no contrast rule applies.
    pub border: Color,
    /// A hovered menu entry or a secondary button's hover.
    pub hover: Color,
    /// The ring around the control that has the keyboard focus.
    pub focus_ring: Color,
    /// The dimmed layer behind a dialog.
    pub scrim: Color,
}

const fn hex(rgb: u32) -> Color {
    Color::from_rgb8((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

pub const LIGHT: Colors = Colors {
    page: hex(0xF5F6F8),
    surface: hex(0xFFFFFF),
    rail: hex(0xECEEF2),
    text: hex(0x1A1D21),
    muted: hex(0x545B66),
    accent: hex(0x1F5FBF),
    on_accent: hex(0xFFFFFF),
    accent_weak: hex(0xDCE7FA),
    accent_hover: hex(0x174C9C),
    success: hex(0x1B7A3A),
    success_bg: hex(0xD8F0DF),
    success_fg: hex(0x14532D),
    warning: hex(0x8A5300),
    warning_bg: hex(0xFFF2D9),
    warning_fg: hex(0x5C3900),
    danger: hex(0xC0262D),
    on_danger: hex(0xFFFFFF),
    danger_hover: hex(0x9E1E24),
    danger_bg: hex(0xFDE8E8),
    danger_fg: hex(0x8A1C21),
    control: hex(0x767E8A),
    border: hex(0xD9DDE3),
    hover: hex(0xE1E5EB),
    focus_ring: hex(0x1F5FBF),
    scrim: Color::from_rgba(0.0, 0.0, 0.0, 0.45),
};

pub const DARK: Colors = Colors {
    page: hex(0x1B1D21),
    surface: hex(0x25282D),
    rail: hex(0x212328),
    text: hex(0xE8EAED),
    muted: hex(0xA8AFBA),
    accent: hex(0x7AAEFF),
    on_accent: hex(0x0B1A33),
    accent_weak: hex(0x28406A),
    accent_hover: hex(0x9CC3FF),
    success: hex(0x5CC97A),
    success_bg: hex(0x1E3A28),
    success_fg: hex(0xB9EBC6),
    warning: hex(0xF0B34F),
    warning_bg: hex(0x3B2F1C),
    warning_fg: hex(0xF7D9A6),
    danger: hex(0xFF8080),
    on_danger: hex(0x2B0A0C),
    danger_hover: hex(0xFFA3A3),
    danger_bg: hex(0x47242A),
    danger_fg: hex(0xFFC9C9),
    control: hex(0x858D99),
    border: hex(0x3A3E45),
    hover: hex(0x30343A),
    focus_ring: hex(0x7AAEFF),
    scrim: Color::from_rgba(0.0, 0.0, 0.0, 0.6),
};

/// The colour set of the theme in use.
pub fn colors(theme: &Theme) -> &'static Colors {
    if theme.extended_palette().is_dark {
        &DARK
    } else {
        &LIGHT
    }
}

/// Spacing steps (logical pixels), for padding and gaps.
pub mod space {
    pub const XXS: f32 = 2.0;
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 16.0;
    pub const XL: f32 = 24.0;
    pub const XXL: f32 = 32.0;
}

/// The type scale (logical pixels): each step reads as a clear level.
pub mod size {
    /// Fine print: identifiers, technical footnotes.
    pub const CAPTION: f32 = 12.0;
    /// Details under a title, hints, field labels.
    pub const SMALL: f32 = 13.0;
    /// Body text and controls.
    pub const BODY: f32 = 15.0;
    /// Card and dialog titles.
    pub const HEADING: f32 = 18.0;
    /// The key's status on the overview.
    pub const STATUS: f32 = 22.0;
    /// Page titles.
    pub const TITLE: f32 = 26.0;
    /// Icons beside body text and in buttons.
    pub const ICON: f32 = 16.0;
    /// Icons beside headings and status rows.
    pub const ICON_LARGE: f32 = 22.0;
}

/// Corner radii.
pub mod radius {
    /// Buttons, text fields, small badges.
    pub const S: f32 = 6.0;
    /// Menu entries, notices.
    pub const M: f32 = 8.0;
    /// Cards and dialogs.
    pub const L: f32 = 12.0;
}

/// WCAG 2.x relative luminance of an sRGB colour (alpha ignored).
pub fn luminance(c: Color) -> f32 {
    fn linear(v: f32) -> f32 {
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
}

/// WCAG 2.x contrast ratio of two colours, from 1 (none) to 21.
pub fn contrast(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: f32 = 4.5;
    const CONTROL: f32 = 3.0;

    fn check(failures: &mut Vec<String>, what: &str, fg: Color, bg: Color, min: f32) {
        let ratio = contrast(fg, bg);
        if ratio < min {
            failures.push(format!("{what}: {ratio:.2}:1, needs {min}:1"));
        }
    }

    #[test]
    fn the_contrast_formula_matches_wcag_reference_values() {
        // Black on white is 21:1; identical colours 1:1; the WCAG
        // technique G18's example grey #767676 is 4.54:1 on white.
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(hex(0x777777), hex(0x777777)) - 1.0).abs() < 1e-6);
        assert!((contrast(hex(0x767676), Color::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn text_and_controls_meet_wcag_contrast_in_light_and_dark() {
        let mut failures = Vec::new();
        for (name, c) in [("light", &LIGHT), ("dark", &DARK)] {
            let surfaces = [("page", c.page), ("surface", c.surface), ("rail", c.rail)];
            for (bg_name, bg) in surfaces {
                for (fg_name, fg) in [
                    ("text", c.text),
                    ("muted text", c.muted),
                    ("accent (links)", c.accent),
                    ("success", c.success),
                    ("warning", c.warning),
                    ("danger", c.danger),
                ] {
                    check(
                        &mut failures,
                        &format!("{name}: {fg_name} on {bg_name}"),
                        fg,
                        bg,
                        TEXT,
                    );
                }
                for (fg_name, fg) in [
                    ("control edge / switch off track", c.control),
                    ("focus ring", c.focus_ring),
                    ("switch on track", c.accent),
                ] {
                    check(
                        &mut failures,
                        &format!("{name}: {fg_name} on {bg_name}"),
                        fg,
                        bg,
                        CONTROL,
                    );
                }
            }
            // Text on filled backgrounds.
            for (what, fg, bg) in [
                ("text on accent button", c.on_accent, c.accent),
                ("text on hovered accent button", c.on_accent, c.accent_hover),
                ("text on danger button", c.on_danger, c.danger),
                ("text on hovered danger button", c.on_danger, c.danger_hover),
                ("text on current menu entry", c.text, c.accent_weak),
                ("text on hovered entry", c.text, c.hover),
                ("success notice", c.success_fg, c.success_bg),
                ("warning notice", c.warning_fg, c.warning_bg),
                ("error notice", c.danger_fg, c.danger_bg),
                ("body text in a success notice", c.text, c.success_bg),
                ("body text in a warning notice", c.text, c.warning_bg),
                ("body text in an error notice", c.text, c.danger_bg),
            ] {
                check(&mut failures, &format!("{name}: {what}"), fg, bg, TEXT);
            }
            // The switch's knob against its tracks, the focus ring on the
            // current menu entry.
            for (what, fg, bg) in [
                ("switch knob on off track", c.surface, c.control),
                (
                    "focus ring on current menu entry",
                    c.focus_ring,
                    c.accent_weak,
                ),
                ("focus ring on hovered entry", c.focus_ring, c.hover),
            ] {
                check(&mut failures, &format!("{name}: {what}"), fg, bg, CONTROL);
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Hue in degrees and HSV saturation.
    fn hue_saturation(c: Color) -> (f32, f32) {
        let max = c.r.max(c.g).max(c.b);
        let min = c.r.min(c.g).min(c.b);
        let d = max - min;
        let hue = if d == 0.0 {
            0.0
        } else if max == c.r {
            60.0 * ((c.g - c.b) / d).rem_euclid(6.0)
        } else if max == c.g {
            60.0 * ((c.b - c.r) / d + 2.0)
        } else {
            60.0 * ((c.r - c.g) / d + 4.0)
        };
        (hue, if max == 0.0 { 0.0 } else { d / max })
    }

    #[test]
    fn success_reads_as_green_not_grey() {
        // The issue found the success colour grey: its hue must be green
        // and clearly saturated, its background a visible green tint.
        for c in [&LIGHT, &DARK] {
            for (green, min_saturation) in [(c.success, 0.35), (c.success_bg, 0.08)] {
                let (hue, saturation) = hue_saturation(green);
                assert!((90.0..=170.0).contains(&hue), "{green:?}: hue {hue}");
                assert!(saturation >= min_saturation, "{green:?}: {saturation}");
            }
        }
        // And a grey fails the check (the check can fail).
        let (_, grey) = hue_saturation(hex(0x808080));
        assert!(grey < 0.08);
    }

    #[test]
    fn mid_tone_marks_read_on_light_and_dark_surfaces() {
        // theme::GOOD/BAD/ADVICE/NEUTRAL are used as symbols (✓ ✗ !) in
        // either theme: graphical objects, 3:1 on every surface.
        let mut failures = Vec::new();
        for (mark, colour) in [
            ("good", crate::app::theme::GOOD),
            ("bad", crate::app::theme::BAD),
            ("advice", crate::app::theme::ADVICE),
            ("neutral", crate::app::theme::NEUTRAL),
        ] {
            for c in [&LIGHT, &DARK] {
                for bg in [c.page, c.surface, c.rail] {
                    check(&mut failures, mark, colour, bg, CONTROL);
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
