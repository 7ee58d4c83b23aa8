//! Buttons that the keyboard reaches. iced 0.14's `button` takes no focus:
//! Tab skipped every button and the side menu. This `button` is a drop-in
//! for iced's (same builder methods the app uses) that joins the Tab order
//! (`operation::focus_next` / `focus_previous` see it), shows a focus ring,
//! and presses on Enter or Space while focused.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Quad};
use iced::advanced::widget::{operation, tree, Operation, Tree, Widget};
use iced::advanced::{mouse, overlay, Clipboard, Shell};
use iced::keyboard::{self, key::Named, Key};
use iced::{Border, Color, Element, Event, Length, Padding, Rectangle, Size, Theme, Vector};

/// iced's button styles and types, so `button::primary` keeps working where
/// this module's `button` is imported.
pub mod button {
    pub use iced::widget::button::*;
}

/// Builds a focusable button around `content`.
pub fn button<'a, M: Clone + 'a>(content: impl Into<Element<'a, M>>) -> Button<'a, M> {
    Button {
        inner: iced::widget::button(content),
        on_press: None,
    }
}

/// iced's button plus the message that Enter and Space send when focused.
pub struct Button<'a, M> {
    inner: iced::widget::Button<'a, M>,
    on_press: Option<M>,
}

impl<'a, M: Clone + 'a> Button<'a, M> {
    pub fn on_press(mut self, message: M) -> Self {
        self.inner = self.inner.on_press(message.clone());
        self.on_press = Some(message);
        self
    }

    pub fn on_press_maybe(mut self, message: Option<M>) -> Self {
        self.inner = self.inner.on_press_maybe(message.clone());
        self.on_press = message;
        self
    }

    pub fn style(
        mut self,
        style: impl Fn(&Theme, iced::widget::button::Status) -> iced::widget::button::Style + 'a,
    ) -> Self {
        self.inner = self.inner.style(style);
        self
    }

    pub fn padding(mut self, padding: impl Into<Padding>) -> Self {
        self.inner = self.inner.padding(padding);
        self
    }

    pub fn width(mut self, width: impl Into<Length>) -> Self {
        self.inner = self.inner.width(width);
        self
    }

    pub fn height(mut self, height: impl Into<Length>) -> Self {
        self.inner = self.inner.height(height);
        self
    }
}

impl<'a, M: Clone + 'a> From<Button<'a, M>> for Element<'a, M> {
    fn from(button: Button<'a, M>) -> Self {
        Element::new(Focusable {
            content: button.inner.into(),
            on_press: button.on_press,
        })
    }
}

struct Focusable<'a, M> {
    content: Element<'a, M>,
    on_press: Option<M>,
}

/// Whether this button has the keyboard focus (kept in the widget tree, so
/// it survives redraws like a text field's focus does).
#[derive(Default)]
struct State {
    focused: bool,
}

impl operation::Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

/// Space between the button's edge and its focus ring.
const RING_GAP: f32 = 2.0;
const RING_WIDTH: f32 = 2.0;

impl<M: Clone> Widget<M, Theme, iced::Renderer> for Focusable<'_, M> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<State>().focused {
            use iced::advanced::Renderer as _;
            renderer.fill_quad(
                Quad {
                    bounds: layout.bounds().expand(RING_GAP + RING_WIDTH),
                    border: Border {
                        color: focus_ring(theme),
                        width: RING_WIDTH,
                        radius: 6.0.into(),
                    },
                    ..Quad::default()
                },
                Color::TRANSPARENT,
            );
        }
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        // Only buttons that do something join the Tab order.
        if self.on_press.is_some() {
            let state = tree.state.downcast_mut::<State>();
            operation.focusable(None, layout.bounds(), state);
        }
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        let state = tree.state.downcast_mut::<State>();
        match event {
            Event::Keyboard(keyboard::Event::KeyPressed { key, .. }) if state.focused => {
                if let (Key::Named(Named::Enter | Named::Space), Some(message)) =
                    (key, &self.on_press)
                {
                    shell.publish(message.clone());
                    shell.capture_event();
                    return;
                }
            }
            // A click elsewhere moves the focus away, as in text fields.
            Event::Mouse(mouse::Event::ButtonPressed(_)) if state.focused => {
                if !cursor.is_over(layout.bounds()) {
                    state.focused = false;
                    shell.request_redraw();
                }
            }
            _ => {}
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

/// The ring's colour: the theme's primary colour, which the theme module
/// keeps at 3:1 or more against the page in light and dark.
fn focus_ring(theme: &Theme) -> Color {
    theme.palette().primary
}
