//! Buttons that the keyboard reaches. iced 0.14's `button` takes no focus:
//! Tab skipped every button and the side menu. This `button` is a drop-in
//! for iced's (same builder methods the app uses) that joins the Tab order
//! (`operation::focus_next` / `focus_previous` see it), shows a focus ring,
//! and presses on Enter or Space while focused.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Quad};
use iced::advanced::widget::operation::Outcome;
use iced::advanced::widget::{operation, tree, Id, Operation, Tree, Widget};
use iced::advanced::{mouse, overlay, Clipboard, Shell};
use iced::keyboard::{self, key::Named, Key};
use iced::{Border, Color, Element, Event, Length, Padding, Rectangle, Size, Theme, Vector};

/// iced's button types, with the app's own styles (rounded, from the
/// tokens) under iced's names, so `button::primary` keeps working where this
/// module's `button` is imported.
pub mod button {
    pub use crate::app::theme::{
        button_danger as danger, button_primary as primary, button_secondary as secondary,
        button_text as text,
    };
    pub use iced::widget::button::{Catalog, Status, Style, StyleFn};
}

/// Builds a focusable button around `content`.
pub fn button<'a, M: Clone + 'a>(content: impl Into<Element<'a, M>>) -> Button<'a, M> {
    Button {
        inner: iced::widget::button(content),
        on_press: None,
        id: None,
    }
}

/// iced's button plus the message that Enter and Space send when focused.
pub struct Button<'a, M> {
    inner: iced::widget::Button<'a, M>,
    on_press: Option<M>,
    id: Option<Id>,
}

impl<'a, M: Clone + 'a> Button<'a, M> {
    /// An id, so that `operation::focus(id)` can move the focus here.
    pub fn id(mut self, id: impl Into<Id>) -> Self {
        self.id = Some(id.into());
        self
    }

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
            id: button.id,
        })
    }
}

struct Focusable<'a, M> {
    content: Element<'a, M>,
    on_press: Option<M>,
    id: Option<Id>,
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
                        radius: (crate::app::tokens::radius::S + RING_GAP).into(),
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
            operation.focusable(self.id.as_ref(), layout.bounds(), state);
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
            Event::Mouse(mouse::Event::ButtonPressed(_))
                if state.focused && !cursor.is_over(layout.bounds()) =>
            {
                state.focused = false;
                shell.request_redraw();
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

/// The ring's colour: a token kept at 3:1 or more against every surface in
/// light and dark (tokens' tests).
fn focus_ring(theme: &Theme) -> Color {
    crate::app::tokens::colors(theme).focus_ring
}

/// Moves the focus along a group of controls (the side menu's entries, by
/// id) when one of them has it: to the next one, or the previous one, with
/// wrap-around. Does nothing when the focus is elsewhere, so arrow keys keep
/// their meaning in text fields and lists.
pub fn focus_in_group(group: Vec<Id>, forward: bool) -> impl Operation {
    struct Group {
        group: Vec<Id>,
        forward: bool,
        focused: Option<usize>,
    }
    impl Operation for Group {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn focusable(
            &mut self,
            id: Option<&Id>,
            _bounds: Rectangle,
            state: &mut dyn operation::Focusable,
        ) {
            if state.is_focused() {
                self.focused = id.and_then(|id| self.group.iter().position(|g| g == id));
            }
        }
        fn finish(&self) -> Outcome<()> {
            let Some(i) = self.focused else {
                return Outcome::None;
            };
            let n = self.group.len();
            let next = if self.forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            Outcome::Chain(Box::new(operation::focusable::focus(
                self.group[next].clone(),
            )))
        }
    }
    Group {
        group,
        forward,
        focused: None,
    }
}

/// Focuses the first text field on screen that is not one of `skip` (a
/// form or a row that just opened for editing, below a search field); the
/// fields need no id. A text field reports itself as a text input, then as a
/// focusable: the focusable right after the chosen text input is it.
pub fn focus_first_field(skip: Vec<Id>) -> impl Operation {
    struct First {
        skip: Vec<Id>,
        next_is_target: bool,
        done: bool,
    }
    impl Operation for First {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn text_input(
            &mut self,
            id: Option<&Id>,
            _bounds: Rectangle,
            _state: &mut dyn operation::TextInput,
        ) {
            if !self.done && id.is_none_or(|id| !self.skip.contains(id)) {
                self.next_is_target = true;
            }
        }
        fn focusable(
            &mut self,
            _id: Option<&Id>,
            _bounds: Rectangle,
            state: &mut dyn operation::Focusable,
        ) {
            if self.next_is_target {
                state.focus();
                self.next_is_target = false;
                self.done = true;
            } else {
                state.unfocus();
            }
        }
    }
    First {
        skip,
        next_is_target: false,
        done: false,
    }
}
