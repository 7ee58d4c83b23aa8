//! The keyboard: Tab order, arrows in the side menu, Escape for dialogs.

use super::*;

impl App {
    pub(super) fn keyboard(&mut self, event: keyboard::Event) -> Task<Message> {
        let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
            return Task::none();
        };
        match key {
            Key::Named(Named::Tab) if modifiers.shift() => {
                iced::widget::operation::focus_previous()
            }
            Key::Named(Named::Tab) => iced::widget::operation::focus_next(),
            // Up and Down move along the side menu while it has the focus.
            Key::Named(arrow @ (Named::ArrowUp | Named::ArrowDown)) if self.key.is_some() => {
                let group = self
                    .nav_entries()
                    .into_iter()
                    .map(|(screen, _)| iced::advanced::widget::Id::from(nav_id(screen)))
                    .collect();
                iced::advanced::widget::operate(widget::focus_in_group(
                    group,
                    arrow == Named::ArrowDown,
                ))
                .discard()
            }
            Key::Named(Named::Escape) => {
                if self.confirm.is_some() {
                    self.confirm = None;
                } else if self.unlock.is_some() {
                    self.unlock = None;
                } else if self.busy().is_some_and(Op::needs_touch) {
                    return self.update(Message::Cancel);
                } else {
                    self.notice = None;
                }
                Task::none()
            }
            // Enter does the safe thing in a confirmation: it cancels. The
            // confirm button is pressed by Tab to it and Enter, or a click.
            Key::Named(Named::Enter) if self.confirm.is_some() => self.update(Message::ConfirmNo),
            _ => Task::none(),
        }
    }
}

/// The keys the app handles itself: those no widget took, and Escape always.
/// A focused text field takes Escape to drop its focus, which made Escape in
/// the PIN dialog need two presses; the dialog now closes on the first.
pub fn keyboard_message(
    event: iced::Event,
    status: iced::event::Status,
    _window: iced::window::Id,
) -> Option<Message> {
    let iced::Event::Keyboard(event) = event else {
        return None;
    };
    let escape = matches!(
        &event,
        keyboard::Event::KeyPressed {
            key: Key::Named(Named::Escape),
            ..
        }
    );
    (status == iced::event::Status::Ignored || escape).then_some(Message::Keyboard(event))
}
