//! Key settings (authenticatorConfig): always require verification, the
//! minimum PIN length, forcing a PIN change.

use crate::app::widget::button;
use iced::widget::{column, container, row, text, text_input, toggler, Column};
use iced::{Alignment, Element, Length};

use super::Action;
use crate::app::ops::Op;
use crate::app::theme;
use crate::app::tokens::{size, space};
use crate::device::model::KeyInfo;

#[derive(Default)]
pub struct State {
    min_length: String,
}

#[derive(Clone, Debug)]
pub enum Message {
    AlwaysUv(bool),
    MinLength(String),
    ApplyMinLength,
    ForcePinChange,
}

impl State {
    pub fn update(&mut self, message: Message, info: Option<&KeyInfo>) -> Action {
        match message {
            Message::AlwaysUv(on) => return Action::Run(Op::SetAlwaysUv(on)),
            Message::MinLength(s) => {
                self.min_length = s.chars().filter(char::is_ascii_digit).take(2).collect()
            }
            Message::ApplyMinLength => {
                // Only a reset lowers the minimum again: ask first, as for
                // the (reversible) forced change.
                if let Some(n) = self.valid_length(info) {
                    self.min_length.clear();
                    return Action::Confirm {
                        question: t!("key-settings-min-question", length = n),
                        detail: t!("key-settings-min-detail"),
                        confirm_label: t!("key-settings-min-confirm", length = n),
                        op: Op::SetMinPinLength(n),
                    };
                }
            }
            Message::ForcePinChange => {
                return Action::Confirm {
                    question: t!("key-settings-force-question"),
                    detail: t!("key-settings-force-detail"),
                    confirm_label: t!("key-settings-force-confirm"),
                    op: Op::ForcePinChange,
                }
            }
        }
        Action::None
    }

    fn valid_length(&self, info: Option<&KeyInfo>) -> Option<usize> {
        let current = info?.min_pin_length as usize;
        let n: usize = self.min_length.parse().ok()?;
        (current..=63).contains(&n).then_some(n)
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        info: Option<&'a KeyInfo>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut page = Column::new().spacing(space::M).max_width(720);
        page = page.push(text(t!("key-settings-title")).size(size::TITLE));
        let Some(info) = info else { return page.into() };
        if !info.authenticator_config {
            return page
                .push(text(t!("key-settings-none")).size(size::BODY))
                .into();
        }
        if let Some(on) = info.always_uv {
            page = page.push(
                container(
                    row![
                        column![
                            text(t!("key-settings-always-uv")).size(size::HEADING),
                            text(t!("key-settings-always-uv-detail"))
                                .size(size::SMALL)
                                .style(theme::muted),
                        ]
                        .spacing(space::XS)
                        .width(Length::Fill),
                        toggler(on)
                            .on_toggle(move |b| wrap(Message::AlwaysUv(b)))
                            .style(theme::switch),
                    ]
                    .align_y(Alignment::Center),
                )
                .padding(space::L)
                .width(Length::Fill)
                .style(theme::card),
            );
        }
        if info.set_min_pin_length {
            let current = info.min_pin_length;
            let valid = self.valid_length(Some(info)).is_some();
            let hint = if self.min_length.is_empty() || valid {
                t!("key-settings-min-pin-length-now", current = current)
            } else {
                t!("key-settings-min-pin-length-range", current = current)
            };
            page = page.push(
                container(
                    column![
                        text(t!("key-settings-min-pin-length")).size(size::HEADING),
                        text(hint).size(size::SMALL).style(theme::muted),
                        row![
                            text_input(&current.to_string(), &self.min_length)
                                .on_input(move |s| wrap(Message::MinLength(s)))
                                .on_submit(wrap(Message::ApplyMinLength))
                                .padding(space::S)
                                .style(theme::input)
                                .width(Length::Fixed(90.0)),
                            container(
                                button(text(t!("key-settings-apply")))
                                    .on_press_maybe(valid.then(|| wrap(Message::ApplyMinLength)))
                                    .style(button::primary),
                            )
                            .id("key-settings-apply"),
                        ]
                        .spacing(space::S)
                        .align_y(Alignment::Center),
                    ]
                    .spacing(space::XS + 2.0),
                )
                .padding(space::L)
                .width(Length::Fill)
                .style(theme::card),
            );
            let forced = if info.force_pin_change {
                t!("key-settings-force-already")
            } else {
                t!("key-settings-force-next-user")
            };
            page = page.push(
                container(
                    row![
                        column![
                            text(t!("key-settings-force-title")).size(size::HEADING),
                            text(forced).size(size::SMALL).style(theme::muted)
                        ]
                        .spacing(space::XS)
                        .width(Length::Fill),
                        button(text(t!("key-settings-force-button")))
                            .on_press_maybe(
                                (!info.force_pin_change && info.pin_set == Some(true))
                                    .then(|| wrap(Message::ForcePinChange))
                            )
                            .style(button::secondary),
                    ]
                    .align_y(Alignment::Center),
                )
                .padding(space::L)
                .width(Length::Fill)
                .style(theme::card),
            );
        }
        page.into()
    }
}
