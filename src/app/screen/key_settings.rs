//! Key settings (authenticatorConfig): always require verification, the
//! minimum PIN length, forcing a PIN change; and what this key offers
//! beyond that: "Is this key genuine?", the large-blob store, and
//! enterprise attestation (an IT action).

use crate::app::widget::button;
use iced::widget::{column, container, row, text, text_input, toggler, Column};
use iced::{Alignment, Element, Length};

use super::Action;
use crate::app::ops::Op;
use crate::app::secret::SecretText;
use crate::app::theme;
use crate::app::tokens::{size, space};
use crate::device::large_blobs::LargeBlobStore;
use crate::device::model::{KeyInfo, PasskeyList};
use crate::genuine::{Report, Verdict};
use crate::large_blobs::BlobReport;
use std::sync::Arc;

#[derive(Default)]
pub struct State {
    min_length: String,
    /// The PIN for the genuine check (a new credential needs a token with
    /// the mc permission bound to the check's site).
    genuine_pin: SecretText,
    /// The PIN for clearing the large-blob store (a token with lbw).
    blobs_pin: SecretText,
}

#[derive(Clone, Debug)]
pub enum Message {
    AlwaysUv(bool),
    MinLength(String),
    ApplyMinLength,
    ForcePinChange,
    GenuinePin(SecretText),
    CheckGenuine,
    ReadBlobs,
    BlobsPin(SecretText),
    ClearBlobs,
    EnableEnterpriseAttestation,
}

/// What the page shows beyond the key's info: the last answers of the
/// checks the user ran here.
#[derive(Clone, Copy, Default)]
pub struct Known<'a> {
    pub genuine: Option<&'a Report>,
    pub blobs: Option<&'a LargeBlobStore>,
    pub passkeys: Option<&'a PasskeyList>,
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
            Message::GenuinePin(pin) => self.genuine_pin.replace(pin),
            Message::CheckGenuine => {
                let needs_pin = info.is_some_and(|i| i.pin_set == Some(true));
                if needs_pin && self.genuine_pin.is_empty() {
                    return Action::None;
                }
                let pin = needs_pin.then(|| Arc::new(self.genuine_pin.take_pin()));
                return Action::Run(Op::CheckGenuine(pin));
            }
            Message::ReadBlobs => return Action::Run(Op::ReadLargeBlobs),
            Message::BlobsPin(pin) => self.blobs_pin.replace(pin),
            Message::ClearBlobs => {
                if self.blobs_pin.is_empty() && info.is_some_and(|i| i.pin_set == Some(true)) {
                    return Action::None;
                }
                return Action::Confirm {
                    question: t!("key-settings-blobs-clear-question"),
                    detail: t!("key-settings-blobs-clear-detail"),
                    confirm_label: t!("key-settings-blobs-clear-confirm"),
                    op: Op::ClearLargeBlobs(Arc::new(self.blobs_pin.take_pin())),
                };
            }
            Message::EnableEnterpriseAttestation => {
                return Action::Confirm {
                    question: t!("key-settings-ep-question"),
                    detail: t!("key-settings-ep-detail"),
                    confirm_label: t!("key-settings-ep-confirm"),
                    op: Op::EnableEnterpriseAttestation,
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
        known: Known<'a>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut page = Column::new().spacing(space::M).max_width(720);
        page = page.push(text(t!("key-settings-title")).size(size::TITLE));
        let Some(info) = info else { return page.into() };
        page = if info.authenticator_config {
            self.config_cards(page, info, wrap)
        } else {
            page.push(text(t!("key-settings-none")).size(size::BODY))
        };
        page = page.push(self.genuine_card(info, known.genuine, wrap));
        if info.large_blobs {
            page = page.push(self.blobs_card(info, known, wrap));
        }
        if let Some(on) = info.enterprise_attestation {
            page = page.push(enterprise_attestation_card(on, wrap));
        }
        page.into()
    }

    fn config_cards<'a, M: Clone + 'a>(
        &'a self,
        mut page: Column<'a, M>,
        info: &'a KeyInfo,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Column<'a, M> {
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
        page
    }

    fn genuine_card<'a, M: Clone + 'a>(
        &'a self,
        info: &'a KeyInfo,
        report: Option<&'a Report>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let needs_pin = info.pin_set == Some(true);
        let ready = !needs_pin || !self.genuine_pin.is_empty();
        let mut body = column![
            text(t!("key-settings-genuine-title")).size(size::HEADING),
            text(t!("key-settings-genuine-detail"))
                .size(size::SMALL)
                .style(theme::muted),
        ]
        .spacing(space::XS + 2.0);
        let mut controls = row![].spacing(space::S).align_y(Alignment::Center);
        if needs_pin {
            controls = controls.push(
                text_input(
                    &t!("key-settings-pin-placeholder"),
                    self.genuine_pin.expose(),
                )
                .id("key-settings-genuine-pin")
                .secure(true)
                .on_input(move |typed| wrap(Message::GenuinePin(SecretText::new(typed))))
                .on_submit(wrap(Message::CheckGenuine))
                .padding(space::S)
                .style(theme::input)
                .width(Length::Fixed(200.0)),
            );
        }
        controls = controls.push(
            container(
                button(text(t!("key-settings-genuine-button")))
                    .on_press_maybe(ready.then(|| wrap(Message::CheckGenuine)))
                    .style(button::secondary),
            )
            .id("key-settings-genuine"),
        );
        body = body.push(controls);
        if let Some(report) = report {
            let style = match report.verdict {
                Verdict::Genuine => theme::success_text,
                Verdict::Failed { .. } => theme::error_text,
                _ => theme::muted,
            };
            let mut lines = column![].spacing(space::XS);
            for line in crate::genuine::describe(report) {
                lines = lines.push(text(line).size(size::BODY).style(style));
            }
            body = body.push(container(lines).id("key-settings-genuine-result"));
        }
        container(body)
            .padding(space::L)
            .width(Length::Fill)
            .style(theme::card)
            .into()
    }

    fn blobs_card<'a, M: Clone + 'a>(
        &'a self,
        info: &'a KeyInfo,
        known: Known<'a>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut body = column![
            text(t!("key-settings-blobs-title")).size(size::HEADING),
            text(t!("key-settings-blobs-detail"))
                .size(size::SMALL)
                .style(theme::muted),
        ]
        .spacing(space::XS + 2.0);
        match known.blobs {
            None => {
                body = body.push(
                    container(
                        button(text(t!("key-settings-blobs-read")))
                            .on_press(wrap(Message::ReadBlobs))
                            .style(button::secondary),
                    )
                    .id("key-settings-blobs-read"),
                );
            }
            Some(store) => {
                let report = BlobReport::new(store, known.passkeys);
                let mut lines = column![].spacing(space::XS);
                for line in report.describe() {
                    lines = lines.push(text(line).size(size::BODY));
                }
                body = body.push(container(lines).id("key-settings-blobs-report"));
                if report.entries > 0 {
                    let needs_pin = info.pin_set == Some(true);
                    let ready = !needs_pin || !self.blobs_pin.is_empty();
                    let mut controls = row![].spacing(space::S).align_y(Alignment::Center);
                    if needs_pin {
                        controls = controls.push(
                            text_input(
                                &t!("key-settings-pin-placeholder"),
                                self.blobs_pin.expose(),
                            )
                            .id("key-settings-blobs-pin")
                            .secure(true)
                            .on_input(move |typed| wrap(Message::BlobsPin(SecretText::new(typed))))
                            .padding(space::S)
                            .style(theme::input)
                            .width(Length::Fixed(200.0)),
                        );
                    }
                    controls = controls.push(
                        container(
                            button(text(t!("key-settings-blobs-clear")))
                                .on_press_maybe(ready.then(|| wrap(Message::ClearBlobs)))
                                .style(button::danger),
                        )
                        .id("key-settings-blobs-clear"),
                    );
                    body = body.push(controls);
                }
            }
        }
        container(body)
            .padding(space::L)
            .width(Length::Fill)
            .style(theme::card)
            .into()
    }
}

/// Enterprise attestation: on or off, and turning it on is for IT staff,
/// with the consequence said before (the confirmation repeats it).
fn enterprise_attestation_card<'a, M: Clone + 'a>(
    on: bool,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let state = if on {
        t!("key-settings-ep-on")
    } else {
        t!("key-settings-ep-off")
    };
    let mut row = row![column![
        text(t!("key-settings-ep-title")).size(size::HEADING),
        text(state).size(size::SMALL).style(theme::muted),
    ]
    .spacing(space::XS)
    .width(Length::Fill)]
    .align_y(Alignment::Center);
    if !on {
        row = row.push(
            container(
                button(text(t!("key-settings-ep-button")))
                    .on_press(wrap(Message::EnableEnterpriseAttestation))
                    .style(button::secondary),
            )
            .id("key-settings-ep-enable"),
        );
    }
    container(row)
        .padding(space::L)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}
