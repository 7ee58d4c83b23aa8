//! Set or change the PIN, with the key's rules checked as the user types,
//! and the blocked states explained.

use crate::app::icons;
use crate::app::tokens::{size, space};
use crate::app::widget::button;
use iced::widget::{column, container, row, text, text_input, Column};
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
/// The show-PIN (eye) button.
pub const SHOW_ID: &str = "pin-show";

/// Which field a validation message belongs under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Current,
    New,
    Repeat,
}

#[derive(Default)]
pub struct State {
    current: SecretText,
    new: SecretText,
    repeat: SecretText,
    /// The PIN the user just typed to unlock, kept (zeroized when dropped)
    /// when the key answered that it must be changed: the form then asks
    /// only for the new PIN, twice.
    kept_current: Option<Arc<Pin>>,
    /// The PINs are shown as typed (the eye button).
    show: bool,
    /// The key refused the current PIN: said under that field.
    current_error: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Message {
    Current(SecretText),
    New(SecretText),
    Repeat(SecretText),
    /// Show or hide the PINs as typed.
    ToggleShow,
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

    /// True while the PINs are shown as typed.
    pub fn shows_pins(&self) -> bool {
        self.show
    }

    /// Which fields hold something: current, new, repeat.
    pub fn filled(&self) -> [bool; 3] {
        [
            !self.current.is_empty(),
            !self.new.is_empty(),
            !self.repeat.is_empty(),
        ]
    }

    /// The key refused the current PIN: only that field is cleared (the new
    /// PIN, typed twice, stays), and the reason shows under it.
    pub fn wrong_current(&mut self, reason: String) {
        self.current.clear();
        self.current_error = Some(reason);
    }

    /// The field that takes the focus when the form opens.
    pub fn first_field(&self, info: Option<&KeyInfo>) -> &'static str {
        let changing = info.is_some_and(|i| i.pin_set == Some(true));
        if changing && self.kept_current.is_none() {
            CURRENT_ID
        } else {
            NEW_ID
        }
    }

    pub fn update(&mut self, message: Message, info: Option<&KeyInfo>) -> Action {
        match message {
            // Each keystroke brings a whole new text; the old one is wiped
            // before it is dropped.
            Message::Current(s) => {
                self.current.replace(s);
                self.current_error = None;
            }
            Message::New(s) => self.new.replace(s),
            Message::Repeat(s) => self.repeat.replace(s),
            Message::ToggleShow => self.show = !self.show,
            Message::Submit => {
                let Some(info) = info else {
                    return Action::None;
                };
                if self.problem(info).is_some() {
                    return Action::None;
                }
                // A zeroizing copy goes to the key; the fields stay until
                // the key accepts, so that a wrong current PIN costs only
                // that field.
                let new = Arc::new(Pin::new(self.new.expose().to_owned()));
                let op = if info.pin_set == Some(true) {
                    let current = match &self.kept_current {
                        Some(kept) => kept.clone(),
                        None => Arc::new(self.current.take_pin()),
                    };
                    Op::ChangePin(current, new)
                } else {
                    Op::SetPin(new)
                };
                self.current_error = None;
                return Action::Run(op);
            }
        }
        Action::None
    }

    /// What keeps the form from being sent, checked as the user types, and
    /// the field it concerns.
    fn problem(&self, info: &KeyInfo) -> Option<(Field, String)> {
        let min = info.min_pin_length.max(4) as usize;
        if info.pin_set == Some(true) && self.current.is_empty() && self.kept_current.is_none() {
            return Some((Field::Current, t!("pin-enter-current")));
        }
        if self.new.is_empty() {
            return Some((Field::New, t!("pin-too-short", min = min)));
        }
        // The device crate's rules need a `Pin`: a zeroizing copy, wiped
        // when this check ends.
        if let Err(e) = Pin::new(self.new.expose().to_owned()).check_new(min) {
            return Some((Field::New, e.user_text()));
        }
        // CTAP 2.2 maxPINLength (§6.4, getInfo 0x1D): this key's own limit,
        // in code points like the minimum.
        if let Some(max) = info.ctap22.max_pin_length {
            if self.new.code_points() as u64 > max {
                return Some((Field::New, t!("pin-too-long-for-key", max = max)));
            }
        }
        if self.new != self.repeat {
            return Some((Field::Repeat, t!("pin-mismatch")));
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
        let mut page = Column::new().spacing(space::M).max_width(560);
        let changing = info.pin_set == Some(true);
        page = page.push(
            text(if changing {
                t!("pin-title-change")
            } else {
                t!("pin-title-set")
            })
            .size(size::TITLE),
        );

        if info.pin_set.is_none() {
            return page.push(text(t!("pin-not-supported"))).into();
        }
        if info.pin_retries == Some(0) {
            return page
                .push(
                    container(icons::labelled(
                        icons::Name::Problem,
                        t!("pin-blocked"),
                        size::BODY,
                    ))
                    .padding(space::M)
                    .style(theme::danger),
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
                container(icons::labelled(
                    icons::Name::Attention,
                    t!("pin-power-cycle"),
                    size::BODY,
                ))
                .padding(space::M)
                .style(theme::warning),
            );
        }
        if let Some(r) = info.pin_retries {
            page = page.push(
                text(t!("common-pin-retries-before-block", count = r))
                    .size(size::SMALL)
                    .style(theme::muted),
            );
        }
        if self.kept_current.is_some() {
            page = page.push(
                container(
                    column![
                        text(t!("pin-forced-change-title")).size(size::HEADING),
                        text(t!("pin-forced-change-detail")).size(size::SMALL),
                    ]
                    .spacing(space::XS),
                )
                .padding(space::M)
                .id("pin-forced-change")
                .style(theme::warning),
            );
        }
        let min = info.min_pin_length.max(4);
        page = page.push(
            text(t!("pin-rules", min = min))
                .size(size::SMALL)
                .style(theme::muted),
        );
        // What newer keys say of their own rules (CTAP 2.2 §6.4:
        // maxPINLength 0x1D, pinComplexityPolicy 0x1B and its URL 0x1C),
        // before the user types rather than after a refusal.
        if let Some(max) = info.ctap22.max_pin_length {
            page = page.push(
                text(t!("pin-rules-max", max = max))
                    .size(size::SMALL)
                    .style(theme::muted),
            );
        }
        if let Some(policy) = policy_text(info) {
            page = page.push(
                container(text(policy).size(size::SMALL).style(theme::muted)).id("pin-policy"),
            );
        }
        let problem = self.problem(info);
        // A rule is pointed out once the user has typed into that field or
        // a later one; a wrong current PIN until it is typed again.
        let under = |field: Field| -> Option<String> {
            if field == Field::Current {
                if let Some(e) = &self.current_error {
                    return Some(e.clone());
                }
            }
            let (f, message) = problem.clone()?;
            let typed = match f {
                Field::Current => !self.new.is_empty() || !self.repeat.is_empty(),
                Field::New => !self.new.is_empty() || !self.repeat.is_empty(),
                Field::Repeat => !self.repeat.is_empty(),
            };
            (f == field && typed).then_some(message)
        };
        if changing && self.kept_current.is_none() {
            page = page.push(field(
                t!("pin-current"),
                self.current.expose(),
                CURRENT_ID,
                self.show,
                under(Field::Current),
                move |s| wrap(Message::Current(s)),
                wrap(Message::Submit),
            ));
        }
        page = page
            .push(field(
                t!("pin-new"),
                self.new.expose(),
                NEW_ID,
                self.show,
                under(Field::New),
                move |s| wrap(Message::New(s)),
                wrap(Message::Submit),
            ))
            .push(field(
                t!("pin-repeat"),
                self.repeat.expose(),
                REPEAT_ID,
                self.show,
                under(Field::Repeat),
                move |s| wrap(Message::Repeat(s)),
                wrap(Message::Submit),
            ));
        // The eye: shows the PINs as typed, for checking them; its label
        // says what it does (a screen reader and a keyboard user read it).
        let (eye, eye_label) = if self.show {
            (icons::Name::Hide, t!("pin-hide"))
        } else {
            (icons::Name::Show, t!("pin-show"))
        };
        page = page.push(
            button(icons::labelled(eye, eye_label, size::SMALL))
                .id(SHOW_ID)
                .on_press(wrap(Message::ToggleShow))
                .padding([space::XS, space::S])
                .style(button::text),
        );
        let label = if changing {
            t!("pin-submit-change")
        } else {
            t!("pin-submit-set")
        };
        let submit = button(icons::labelled(icons::Name::Check, label, size::BODY))
            .on_press_maybe(problem.is_none().then(|| wrap(Message::Submit)))
            .padding([space::S, space::L])
            .style(button::primary);
        page = page.push(container(submit).id("pin-submit"));
        page.into()
    }
}

/// The id of the inline message under a field (tests find it by this).
pub fn error_id(field_id: &str) -> String {
    format!("{field_id}-error")
}

fn field<'a, M: Clone + 'a>(
    label: String,
    value: &'a str,
    id: &'static str,
    show: bool,
    error: Option<String>,
    on_input: impl Fn(SecretText) -> M + 'a,
    on_submit: M,
) -> Element<'a, M> {
    let mut col = column![
        text(label).size(size::SMALL),
        text_input("", value)
            .id(id)
            .secure(!show)
            // iced's edit `String` is moved into the secret, not copied.
            .on_input(move |typed| on_input(SecretText::new(typed)))
            .on_submit(on_submit)
            .padding(space::S + 2.0)
            .style(theme::input)
            .width(Length::Fixed(320.0)),
    ]
    .spacing(space::XS);
    if let Some(error) = error {
        col = col.push(
            container(
                row![
                    icons::icon(icons::Name::Problem, size::SMALL + 1.0),
                    text(error).size(size::SMALL),
                ]
                .spacing(space::XS + 2.0)
                .align_y(iced::Alignment::Center),
            )
            .id(error_id(id))
            .style(|t: &iced::Theme| container::Style {
                text_color: Some(crate::app::tokens::colors(t).danger),
                ..container::Style::default()
            }),
        );
    }
    col.into()
}

/// The key's PIN complexity policy in words, with its address when the key
/// gives one (CTAP 2.2 §6.4 pinComplexityPolicy / pinComplexityPolicyURL).
pub fn policy_text(info: &KeyInfo) -> Option<String> {
    if info.ctap22.pin_complexity_policy != Some(true) {
        return None;
    }
    Some(match &info.ctap22.pin_complexity_policy_url {
        Some(url) => t!("pin-policy-with-url", url = url.as_str()),
        None => t!("pin-policy"),
    })
}
