//! Icons: a few Lucide icons (lucide-static 1.62.0, ISC license, in
//! `assets/icons/lucide/` with its LICENSE), bundled as SVG and drawn by
//! iced's SVG renderer. An icon takes the colour of the text around it (a
//! button's label, a menu entry, a notice), so it follows the theme and the
//! state of its control without a colour of its own; `Icon::color` sets one.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Tree, Widget};
use iced::advanced::{mouse, renderer, svg};
use iced::{Color, Element, Length, Rectangle, Size, Theme};
use std::sync::LazyLock;

/// The icons the app uses, by what they mean here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Name {
    Overview,
    Pin,
    Fingerprint,
    Passkey,
    KeySettings,
    Reset,
    Guide,
    Back,
    Settings,
    Ready,
    Attention,
    Problem,
    Info,
    ShieldOk,
    ShieldAlert,
    Add,
    Rename,
    Delete,
    Show,
    Hide,
    Check,
    SaveReport,
    Identify,
    Unlock,
    Close,
    Expanded,
    Collapsed,
    Usb,
    Nfc,
    Virtual,
    More,
}

impl Name {
    const ALL: [Name; 31] = [
        Name::Overview,
        Name::Pin,
        Name::Fingerprint,
        Name::Passkey,
        Name::KeySettings,
        Name::Reset,
        Name::Guide,
        Name::Back,
        Name::Settings,
        Name::Ready,
        Name::Attention,
        Name::Problem,
        Name::Info,
        Name::ShieldOk,
        Name::ShieldAlert,
        Name::Add,
        Name::Rename,
        Name::Delete,
        Name::Show,
        Name::Hide,
        Name::Check,
        Name::SaveReport,
        Name::Identify,
        Name::Unlock,
        Name::Close,
        Name::Expanded,
        Name::Collapsed,
        Name::Usb,
        Name::Nfc,
        Name::Virtual,
        Name::More,
    ];

    fn svg(self) -> &'static [u8] {
        macro_rules! lucide {
            ($file:literal) => {
                include_bytes!(concat!("../../assets/icons/lucide/", $file, ".svg"))
            };
        }
        match self {
            Name::Overview => lucide!("house"),
            Name::Pin => lucide!("rectangle-ellipsis"),
            Name::Fingerprint => lucide!("fingerprint"),
            Name::Passkey => lucide!("key-round"),
            Name::KeySettings => lucide!("sliders-horizontal"),
            Name::Reset => lucide!("rotate-ccw"),
            Name::Guide => lucide!("compass"),
            Name::Back => lucide!("arrow-left"),
            Name::Settings => lucide!("settings"),
            Name::Ready => lucide!("circle-check"),
            Name::Attention => lucide!("triangle-alert"),
            Name::Problem => lucide!("circle-x"),
            Name::Info => lucide!("info"),
            Name::ShieldOk => lucide!("shield-check"),
            Name::ShieldAlert => lucide!("shield-alert"),
            Name::Add => lucide!("plus"),
            Name::Rename => lucide!("pencil"),
            Name::Delete => lucide!("trash-2"),
            Name::Show => lucide!("eye"),
            Name::Hide => lucide!("eye-off"),
            Name::Check => lucide!("check"),
            Name::SaveReport => lucide!("file-down"),
            Name::Identify => lucide!("lightbulb"),
            Name::Unlock => lucide!("lock-open"),
            Name::Close => lucide!("x"),
            Name::Expanded => lucide!("chevron-down"),
            Name::Collapsed => lucide!("chevron-right"),
            Name::Usb => lucide!("usb"),
            Name::Nfc => lucide!("nfc"),
            Name::Virtual => lucide!("monitor-smartphone"),
            Name::More => lucide!("ellipsis-vertical"),
        }
    }

    /// One handle per icon for the app's lifetime: the renderer caches the
    /// rasterised icon by handle.
    fn handle(self) -> svg::Handle {
        static HANDLES: LazyLock<Vec<svg::Handle>> = LazyLock::new(|| {
            Name::ALL
                .iter()
                .map(|n| svg::Handle::from_memory(n.svg()))
                .collect()
        });
        let i = Name::ALL
            .iter()
            .position(|n| *n == self)
            .expect("every icon is in ALL");
        HANDLES[i].clone()
    }
}

/// An icon of `size` logical pixels, in the surrounding text's colour.
pub fn icon(name: Name, size: f32) -> Icon {
    Icon {
        handle: name.handle(),
        size,
        color: None,
    }
}

pub struct Icon {
    handle: svg::Handle,
    size: f32,
    color: Option<fn(&Theme) -> Color>,
}

impl Icon {
    /// A colour of its own, from the theme (a status: success, warning…).
    pub fn color(mut self, color: fn(&Theme) -> Color) -> Self {
        self.color = Some(color);
        self
    }
}

impl<M> Widget<M, Theme, iced::Renderer> for Icon {
    fn size(&self) -> Size<Length> {
        Size::new(Length::Fixed(self.size), Length::Fixed(self.size))
    }

    fn layout(
        &mut self,
        _tree: &mut Tree,
        _renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        layout::Node::new(limits.resolve(
            Length::Fixed(self.size),
            Length::Fixed(self.size),
            Size::new(self.size, self.size),
        ))
    }

    fn draw(
        &self,
        _tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        _cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        use iced::advanced::svg::Renderer as _;
        let bounds = layout.bounds();
        if !bounds.intersects(viewport) {
            return;
        }
        let color = self.color.map_or(style.text_color, |f| f(theme));
        renderer.draw_svg(
            svg::Svg {
                handle: self.handle.clone(),
                color: Some(color),
                rotation: iced::Radians(0.0),
                opacity: 1.0,
            },
            bounds,
            bounds,
        );
    }
}

impl<'a, M: 'a> From<Icon> for Element<'a, M> {
    fn from(icon: Icon) -> Self {
        Element::new(icon)
    }
}

/// An icon and a label side by side (buttons, menu entries, status rows).
pub fn labelled<'a, M: 'a>(
    name: Name,
    label: impl iced::widget::text::IntoFragment<'a>,
    size: f32,
) -> Element<'a, M> {
    iced::widget::row![icon(name, size + 1.0), iced::widget::text(label).size(size)]
        .spacing(crate::app::tokens::space::S)
        .align_y(iced::Alignment::Center)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_is_a_bundled_svg_that_takes_its_colour_from_the_app() {
        for name in Name::ALL {
            let svg = std::str::from_utf8(name.svg()).expect("utf-8");
            assert!(svg.contains("<svg"), "{name:?} is not an SVG");
            // Lucide draws in `currentColor`; the renderer tints it.
            assert!(svg.contains("currentColor"), "{name:?}");
            assert!(svg.contains("viewBox=\"0 0 24 24\""), "{name:?}");
        }
        let license = include_str!("../../assets/icons/lucide/LICENSE");
        assert!(license.starts_with("ISC License"));
    }
}
