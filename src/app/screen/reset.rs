//! Reset: what will be lost (what this key holds, once unlocked, and the
//! list of sites to save), a typed confirmation, the replug window with a
//! countdown and a Cancel, the touch, and the outcome with "Set a PIN".

use crate::app::widget::button;
use iced::widget::{column, container, progress_bar, row, text, text_input, Column};
use iced::{Alignment, Element, Length};
use std::time::{Duration, Instant};

use super::{Action, Screen};
use crate::app::ops::Op;
use crate::app::theme;
use crate::inventory::Holdings;

/// The word the user types to confirm.
pub const CONFIRM_WORD: &str = "RESET";
/// Keys accept a reset this long after power-up (CTAP 2.1 §6.6).
pub const WINDOW: Duration = Duration::from_secs(10);
pub const CONFIRM_ID: &str = "reset-confirm";

#[derive(Default)]
pub struct State {
    pub stage: Stage,
    typed: String,
    /// The key being reset (its discovery id), followed out and back in.
    pub key_id: Option<String>,
    /// The key is on an NFC reader: "lift it off and put it back".
    pub nfc: bool,
    /// When the key was powered again (its arrival event); the window
    /// counts from there.
    pub powered_at: Option<Instant>,
    /// Where the list of sites went, or why it could not be saved.
    pub saved: Option<Result<std::path::PathBuf, String>>,
    /// The user cancelled the replug step: nothing was erased.
    pub cancelled: bool,
}

/// What the page knows of the key, from the root.
#[derive(Clone, Debug, Default)]
pub struct Known {
    /// What the key holds, once read.
    pub holdings: Option<Holdings>,
    /// The key has a PIN and not everything is counted yet: offer to
    /// unlock (the PIN is asked only if the session has no token).
    pub can_unlock: bool,
    /// CTAP 2.2 longTouchForReset (§6.4, 0x18): the touch must be held.
    pub long_touch: bool,
    /// CTAP 2.2 transportsForReset (§6.4, 0x1A): empty when the key does
    /// not say (then any).
    pub transports: Vec<String>,
}

#[derive(Default, Debug, PartialEq, Eq)]
pub enum Stage {
    #[default]
    Explain,
    /// Waiting for the key to be removed and inserted again.
    Replug {
        removed: bool,
    },
    /// The key was just inserted: reset sent, waiting for the touch.
    Touch {
        left: Duration,
    },
    Done,
    Failed(String),
}

#[derive(Clone, Debug)]
pub enum Message {
    Typed(String),
    Start,
    /// Demo only: the virtual key is "removed and inserted".
    SimulateReplug,
    StartOver,
    /// "Unlock to see what this key holds".
    ReadHoldings,
    /// "Save the list of sites first…".
    SaveSites,
    /// Where the list went; `None` when the user closed the dialog.
    Saved(Result<Option<std::path::PathBuf>, String>),
    /// Stop waiting for the key to be replugged.
    Cancel,
    /// "Set a PIN" after the reset.
    SetPin,
}

impl State {
    /// The word typed as shown, in any case: what matters is that the user
    /// typed it, not the Caps Lock key.
    fn confirmed(&self) -> bool {
        self.typed.trim().eq_ignore_ascii_case(CONFIRM_WORD)
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Typed(s) => self.typed = s,
            Message::Start if self.confirmed() => {
                self.typed.clear();
                self.powered_at = None;
                self.cancelled = false;
                self.stage = Stage::Replug { removed: false };
            }
            Message::Start | Message::SimulateReplug => {}
            Message::StartOver => *self = State::default(),
            Message::ReadHoldings => return Action::Run(Op::ReadHoldings),
            Message::SaveSites => {
                self.saved = None;
                return Action::SaveSites;
            }
            Message::Saved(result) => self.saved = result.transpose(),
            Message::Cancel => {
                // Nothing has been sent to the key yet in this step: waiting
                // for the replug stops here, and a key that comes back later
                // is only listed (the root opens it for a reset only while
                // the stage is Replug).
                if matches!(self.stage, Stage::Replug { .. }) {
                    *self = State {
                        cancelled: true,
                        ..State::default()
                    };
                }
            }
            Message::SetPin => return Action::Go(Screen::Pin),
        }
        Action::None
    }

    /// The key is back: send the reset at once and count the window down
    /// from its power-up ([`powered_at`](Self::powered_at), or now).
    pub fn key_reinserted(&mut self) -> Action {
        let powered = *self.powered_at.get_or_insert_with(Instant::now);
        self.stage = Stage::Touch {
            left: WINDOW.saturating_sub(powered.elapsed()),
        };
        Action::Run(Op::Reset)
    }

    pub fn tick(&mut self, elapsed: Duration) {
        if let Stage::Touch { left } = &mut self.stage {
            *left = match self.powered_at {
                Some(powered) => WINDOW.saturating_sub(powered.elapsed()),
                None => left.saturating_sub(elapsed),
            };
        }
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        demo: bool,
        known: Known,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut page = Column::new().spacing(14).max_width(720);
        page = page.push(text(t!("reset-title")).size(26));
        match &self.stage {
            Stage::Explain => {
                if self.cancelled {
                    page = page.push(
                        container(text(t!("app-reset-cancelled")).size(15))
                            .padding(12)
                            .style(theme::card)
                            .id("reset-cancelled"),
                    );
                }
                // What this key holds in numbers once read; in general
                // terms until then.
                let erases = match known.holdings {
                    Some(h) => column![
                        container(
                            text(t!("inventory-reset-holds", holdings = h.sentence())).size(15)
                        )
                        .id("reset-holdings"),
                        text(t!("reset-erases-pin")).size(15),
                        text(t!("reset-other-way")).size(15),
                    ],
                    None => column![
                        text(t!("reset-erases")).size(15),
                        text(t!("reset-erases-pin")).size(15),
                        text(t!("reset-erases-passkeys")).size(15),
                        text(t!("reset-erases-fingerprints")).size(15),
                        text(t!("reset-other-way")).size(15),
                    ],
                };
                page = page.push(
                    container(erases.spacing(6))
                        .padding(16)
                        .style(theme::warning),
                );
                if known.can_unlock {
                    page = page.push(
                        column![
                            text(t!("inventory-reset-unlock-hint")).size(13),
                            container(
                                button(text(t!("inventory-reset-unlock")))
                                    .on_press(wrap(Message::ReadHoldings))
                                    .style(button::secondary),
                            )
                            .id("reset-unlock"),
                        ]
                        .spacing(8),
                    );
                }
                if known.holdings.is_some_and(|h| h.passkeys > 0) {
                    let mut save = column![
                        text(t!("inventory-reset-save-hint")).size(13),
                        container(
                            button(text(t!("inventory-reset-save")))
                                .on_press(wrap(Message::SaveSites))
                                .style(button::secondary),
                        )
                        .id("reset-save-sites"),
                    ]
                    .spacing(8);
                    match &self.saved {
                        Some(Ok(path)) => {
                            save = save.push(
                                container(
                                    text(t!(
                                        "inventory-reset-saved",
                                        path = path.display().to_string()
                                    ))
                                    .size(13),
                                )
                                .padding(10)
                                .style(theme::success)
                                .id("reset-sites-saved"),
                            )
                        }
                        Some(Err(e)) => {
                            save = save.push(
                                container(
                                    text(t!("inventory-reset-not-saved", error = e.as_str()))
                                        .size(13),
                                )
                                .padding(10)
                                .style(theme::warning)
                                .id("reset-sites-not-saved"),
                            )
                        }
                        None => {}
                    }
                    page = page.push(save);
                }
                if !known.transports.is_empty() {
                    let names: Vec<String> =
                        known.transports.iter().map(|t| transport_name(t)).collect();
                    page = page.push(
                        container(
                            text(t!("reset-transports", transports = names.join(", "))).size(13),
                        )
                        .id("reset-transports"),
                    );
                }
                page = page
                    .push(text(t!("reset-window")).size(13))
                    .push(text(t!("reset-type-word", word = CONFIRM_WORD)).size(15))
                    .push(
                        row![
                            text_input(CONFIRM_WORD, &self.typed)
                                .id(CONFIRM_ID)
                                .on_input(move |s| wrap(Message::Typed(s)))
                                .on_submit(wrap(Message::Start))
                                .padding(10)
                                .width(Length::Fixed(200.0)),
                            container(
                                button(text(t!("reset-continue")))
                                    .on_press_maybe(self.confirmed().then(|| wrap(Message::Start)))
                                    .style(button::danger),
                            )
                            .id("reset-start"),
                        ]
                        .spacing(10)
                        .align_y(Alignment::Center),
                    );
            }
            Stage::Replug { removed } => {
                let step = match (*removed, self.nfc) {
                    (false, false) => t!("reset-remove-now"),
                    (true, false) => t!("reset-insert-again"),
                    (false, true) => t!("reset-nfc-lift-and-return"),
                    (true, true) => t!("reset-nfc-put-back"),
                };
                page = page.push(
                    container(text(step).size(18))
                        .padding(16)
                        .style(theme::card),
                );
                let mut buttons = row![container(
                    button(text(t!("inventory-reset-cancel")))
                        .on_press(wrap(Message::Cancel))
                        .style(button::secondary),
                )
                .id("reset-cancel")]
                .spacing(10);
                if demo {
                    buttons = buttons.push(
                        container(
                            button(text(t!("reset-simulate-replug")))
                                .on_press(wrap(Message::SimulateReplug))
                                .style(button::secondary),
                        )
                        .id("reset-simulate-replug"),
                    );
                }
                page = page.push(buttons);
            }
            Stage::Touch { left } => {
                page = page.push(
                    container(
                        column![
                            text(if known.long_touch {
                                t!("reset-touch-long")
                            } else {
                                t!("reset-touch-now")
                            })
                            .size(18),
                            progress_bar(0.0..=WINDOW.as_secs_f32(), left.as_secs_f32()).girth(10),
                            text(t!("reset-seconds-left", seconds = left.as_secs())).size(15),
                        ]
                        .spacing(10),
                    )
                    .padding(16)
                    .style(theme::card),
                );
            }
            Stage::Done => {
                page = page
                    .push(
                        container(text(t!("reset-done")).size(15))
                            .padding(16)
                            .style(theme::success),
                    )
                    .push(
                        container(
                            button(text(t!("inventory-reset-set-pin")))
                                .on_press(wrap(Message::SetPin))
                                .style(button::primary),
                        )
                        .id("reset-set-pin"),
                    );
            }
            Stage::Failed(why) => {
                page = page
                    .push(
                        container(text(why.clone()).size(15))
                            .padding(16)
                            .style(theme::warning),
                    )
                    .push(
                        container(
                            button(text(t!("reset-try-again")))
                                .on_press(wrap(Message::StartOver))
                                .style(button::secondary),
                        )
                        .id("reset-again"),
                    );
            }
        }
        page.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_confirmation_word_is_accepted_in_any_case_and_nothing_else() {
        for (typed, starts) in [
            ("reset", true),
            (" Reset ", true),
            ("RESET", true),
            ("rest", false),
            ("", false),
        ] {
            let mut state = State::default();
            state.update(Message::Typed(typed.into()));
            state.update(Message::Start);
            assert_eq!(
                matches!(state.stage, Stage::Replug { .. }),
                starts,
                "{typed:?}"
            );
        }
    }
}

/// A transport as the user knows it.
fn transport_name(transport: &str) -> String {
    match transport {
        "usb" => t!("reset-transport-usb"),
        "nfc" => t!("reset-transport-nfc"),
        "ble" => t!("reset-transport-ble"),
        other => other.to_owned(),
    }
}
