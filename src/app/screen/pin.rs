//! Set or change the PIN, with the key's rules checked as the user types,
//! and the blocked states explained.

use crate::app::widget::button;
use iced::widget::{column, container, text, text_input, Column};
use iced::{Element, Length};
use std::sync::Arc;

use super::{Action, Screen};
use crate::app::ops::Op;
use crate::app::secret::SecretText;
use crate::app::theme;
use crate::device::model::KeyInfo;
use crate::device::Pin;
use crate::errors::UserText;

pub const CURRENT_ID: &str = "pin-current";
pub const NEW_ID: &str = "pin-new";
pub const REPEAT_ID: &str = "pin-repeat";

#[derive(Default)]
pub struct State {
    current: SecretText,
    new: SecretText,
    repeat: SecretText,
    /// The PIN the user just typed to unlock, kept (zeroized when dropped)
    /// when the key answered that it must be changed: the form then asks
    /// only for the new PIN, twice.
    kept_current: Option<Arc<Pin>>,
}

#[derive(Clone, Debug)]
pub enum Message {
    Current(SecretText),
    New(SecretText),
    Repeat(SecretText),
    Submit,
}

impl State {
    /// Clears every field (after success, or when leaving the screen).
    pub fn clear(&mut self) {
        *self = State::default();
    }

    /// The key requires a new PIN (forcePINChange) and `current` is the PIN
    /// the user just typed: change it without asking for it again.
    pub fn forced_change(&mut self, current: Arc<Pin>) {
        self.clear();
        self.kept_current = Some(current);
    }

    /// True while the form holds a current PIN from the unlock dialog.
    pub fn keeps_current_pin(&self) -> bool {
        self.kept_current.is_some()
    }

    pub fn update(&mut self, message: Message, info: Option<&KeyInfo>) -> Action {
        match message {
            // Each keystroke brings a whole new text; the old one is wiped
            // before it is dropped.
            Message::Current(s) => self.current.replace(s),
            Message::New(s) => self.new.replace(s),
            Message::Repeat(s) => self.repeat.replace(s),
            Message::Submit => {
                let Some(info) = info else {
                    return Action::None;
                };
                if self.problem(info).is_some() {
                    return Action::None;
                }
                let new = Arc::new(self.new.take_pin());
                let op = if info.pin_set == Some(true) {
                    let current = match self.kept_current.take() {
                        Some(kept) => kept,
                        None => Arc::new(self.current.take_pin()),
                    };
                    Op::ChangePin(current, new)
                } else {
                    Op::SetPin(new)
                };
                self.clear();
                return Action::Run(op);
            }
        }
        Action::None
    }

    /// What keeps the form from being sent, checked as the user types.
    fn problem(&self, info: &KeyInfo) -> Option<String> {
        let min = info.min_pin_length.max(4) as usize;
        if info.pin_set == Some(true) && self.current.is_empty() && self.kept_current.is_none() {
            return Some(t!("pin-enter-current"));
        }
        if self.new.is_empty() {
            return Some(t!("pin-too-short", min = min));
        }
        // The device crate's rules need a `Pin`: a zeroizing copy, wiped
        // when this check ends.
        if let Err(e) = Pin::new(self.new.expose().to_owned()).check_new(min) {
            return Some(e.user_text());
        }
        if self.new != self.repeat {
            return Some(t!("pin-mismatch"));
        }
        None
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        info: Option<&'a KeyInfo>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
        go: impl Fn(Screen) -> M,
    ) -> Element<'a, M> {
        let Some(info) = info else {
            return text(t!("common-reading-key")).into();
        };
        let mut page = Column::new().spacing(14).max_width(560);
        let changing = info.pin_set == Some(true);
        page = page.push(
            text(if changing {
                t!("pin-title-change")
            } else {
                t!("pin-title-set")
            })
            .size(26),
        );

        if info.pin_set.is_none() {
            return page.push(text(t!("pin-not-supported"))).into();
        }
        if info.pin_retries == Some(0) {
            return page
                .push(
                    container(text(t!("pin-blocked")))
                        .padding(12)
                        .style(theme::warning),
                )
                .push(
                    button(text(t!("pin-go-to-reset")))
                        .on_press(go(Screen::Reset))
                        .style(button::danger),
                )
                .into();
        }
        if info.pin_power_cycle_required {
            page = page.push(
                container(text(t!("pin-power-cycle")))
                    .padding(12)
                    .style(theme::warning),
            );
        }
        if let Some(r) = info.pin_retries {
            page = page.push(text(t!("common-pin-retries-before-block", count = r)).size(13));
        }
        if self.kept_current.is_some() {
            page = page.push(
                container(
                    column![
                        text(t!("pin-forced-change-title")).size(18),
                        text(t!("pin-forced-change-detail")).size(13),
                    ]
                    .spacing(4),
                )
                .padding(12)
                .id("pin-forced-change")
                .style(theme::warning),
            );
        }
        let min = info.min_pin_length.max(4);
        page = page.push(text(t!("pin-rules", min = min)).size(13));
        if changing && self.kept_current.is_none() {
            page = page.push(field(
                t!("pin-current"),
                self.current.expose(),
                CURRENT_ID,
                move |s| wrap(Message::Current(s)),
                wrap(Message::Submit),
            ));
        }
        page = page
            .push(field(
                t!("pin-new"),
                self.new.expose(),
                NEW_ID,
                move |s| wrap(Message::New(s)),
                wrap(Message::Submit),
            ))
            .push(field(
                t!("pin-repeat"),
                self.repeat.expose(),
                REPEAT_ID,
                move |s| wrap(Message::Repeat(s)),
                wrap(Message::Submit),
            ));
        let problem = self.problem(info);
        let typed_something = !self.new.is_empty() || !self.repeat.is_empty();
        if let (Some(p), true) = (&problem, typed_something) {
            page = page.push(text(p.clone()).size(13));
        }
        let label = if changing {
            t!("pin-submit-change")
        } else {
            t!("pin-submit-set")
        };
        let submit = button(text(label))
            .on_press_maybe(problem.is_none().then(|| wrap(Message::Submit)))
            .style(button::primary);
        page = page.push(container(submit).id("pin-submit"));
        page.into()
    }
}

fn field<'a, M: Clone + 'a>(
    label: String,
    value: &'a str,
    id: &'static str,
    on_input: impl Fn(SecretText) -> M + 'a,
    on_submit: M,
) -> Element<'a, M> {
    column![
        text(label).size(13),
        text_input("", value)
            .id(id)
            .secure(true)
            // iced's edit `String` is moved into the secret, not copied.
            .on_input(move |typed| on_input(SecretText::new(typed)))
            .on_submit(on_submit)
            .padding(10)
            .width(Length::Fixed(320.0)),
    ]
    .spacing(4)
    .into()
}
