//! Fingerprints: list, enroll with live feedback per touch, rename,
//! remove (confirmed), cancel mid-enrollment.

use crate::app::icons;
use crate::app::tokens::{size, space};
use crate::app::widget::button;
use iced::widget::{column, container, row, text, text_input, Column};
use iced::{Alignment, Element, Length};

use super::Action;
use crate::app::ops::Op;
use crate::app::theme;
use crate::device::model::{EnrollProgress, Fingerprint};
use crate::device::prompts::SampleStatus;

/// Samples a key needs when it does not say (CTAP 2.1 suggests 4 or more).
const DEFAULT_SAMPLES: u32 = 5;

/// The name field of the fingerprint being renamed.
pub const RENAME_ID: &str = "fingerprint-rename";
/// The name field offered right after a fingerprint was added.
pub const NEW_NAME_ID: &str = "fingerprint-new-name";

#[derive(Default)]
pub struct State {
    enrolling: Option<Enrolling>,
    renaming: Option<(String, String)>,
    /// The template just finished, offered a name.
    just_enrolled: Option<(String, String)>,
}

struct Enrolling {
    template_id: Option<String>,
    done: u32,
    needed: u32,
    last: Option<SampleStatus>,
}

#[derive(Clone, Debug)]
pub enum Message {
    Start,
    Rename(String, String),
    RenameInput(String),
    SaveRename,
    CancelRename,
    NameNew(String),
    SaveNewName,
    SkipNewName,
    Remove(Fingerprint),
    Refresh,
}

impl State {
    pub fn is_enrolling(&self) -> bool {
        self.enrolling.is_some()
    }

    /// True while the name field for a just-added fingerprint is offered.
    pub fn offers_name(&self) -> bool {
        self.just_enrolled.is_some()
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Start => {
                self.just_enrolled = None;
                self.enrolling = Some(Enrolling {
                    template_id: None,
                    done: 0,
                    needed: DEFAULT_SAMPLES,
                    last: None,
                });
                return Action::Run(Op::EnrollBegin);
            }
            Message::Rename(id, name) => self.renaming = Some((id, name)),
            Message::RenameInput(s) => {
                if let Some((_, n)) = &mut self.renaming {
                    *n = s;
                }
            }
            Message::SaveRename => {
                if let Some((id, name)) = self.renaming.take() {
                    return Action::Run(Op::RenameFingerprint(id, name));
                }
            }
            Message::CancelRename => self.renaming = None,
            Message::NameNew(s) => {
                if let Some((_, n)) = &mut self.just_enrolled {
                    *n = s;
                }
            }
            Message::SaveNewName => {
                if let Some((id, name)) = self.just_enrolled.take() {
                    if !name.trim().is_empty() {
                        return Action::Run(Op::RenameFingerprint(id, name.trim().to_owned()));
                    }
                }
            }
            Message::SkipNewName => self.just_enrolled = None,
            Message::Remove(f) => {
                return Action::Confirm {
                    question: t!(
                        "fingerprints-remove-question",
                        name = f
                            .name
                            .clone()
                            .unwrap_or_else(|| t!("fingerprints-without-name"))
                    ),
                    detail: t!("fingerprints-remove-detail"),
                    confirm_label: t!("fingerprints-remove-confirm"),
                    op: Op::RemoveFingerprint(f.id),
                }
            }
            Message::Refresh => return Action::Run(Op::ListFingerprints),
        }
        Action::None
    }

    /// "Lift and touch again, 3 of 5 done" and the advice for the last
    /// sample, while enrolling (shown in the touch prompt).
    pub fn progress(&self) -> Option<(String, String, f32)> {
        let e = self.enrolling.as_ref()?;
        let advice = e
            .last
            .map(advice)
            .unwrap_or_else(|| t!("fingerprints-place-flat"));
        let line = if e.done == 0 {
            t!("fingerprints-touch-sensor")
        } else {
            t!("fingerprints-progress", done = e.done, needed = e.needed)
        };
        Some((line, advice, e.done as f32 / e.needed.max(1) as f32))
    }

    /// A sample was taken: the next one is asked for, or enrollment ends.
    pub fn on_sample(&mut self, p: &EnrollProgress) -> Action {
        let Some(e) = &mut self.enrolling else {
            return Action::None;
        };
        if e.template_id.is_none() {
            e.needed = p.remaining_samples + u32::from(p.status == SampleStatus::Good);
        }
        e.template_id = Some(p.template_id.clone());
        e.done = e.needed.saturating_sub(p.remaining_samples);
        e.last = Some(p.status);
        if p.remaining_samples == 0 {
            self.enrolling = None;
            self.just_enrolled = Some((p.template_id.clone(), String::new()));
            return Action::Run(Op::ListFingerprints);
        }
        Action::Run(Op::EnrollNext(p.template_id.clone()))
    }

    /// Enrollment ended without a template (cancelled or failed).
    pub fn stop(&mut self) {
        self.enrolling = None;
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        list: Option<&'a [Fingerprint]>,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut page = Column::new().spacing(space::M).max_width(720);
        page = page.push(text(t!("fingerprints-title")).size(size::TITLE));
        if self.enrolling.is_some() {
            // The touch dialog above shows the one progress indicator and
            // the advice; the page only says what is going on.
            return page
                .push(
                    container(icons::labelled(
                        icons::Name::Fingerprint,
                        t!("fingerprints-adding"),
                        size::BODY,
                    ))
                    .id("fingerprints-adding")
                    .padding(space::L)
                    .width(Length::Fill)
                    .style(theme::card),
                )
                .into();
        }
        if let Some((_, name)) = &self.just_enrolled {
            page = page.push(
                container(
                    column![
                        icons::labelled(icons::Name::Ready, t!("fingerprints-added"), size::BODY),
                        row![
                            text_input(&t!("fingerprints-name-example"), name)
                                .id(NEW_NAME_ID)
                                .on_input(move |s| wrap(Message::NameNew(s)))
                                .on_submit(wrap(Message::SaveNewName))
                                .style(theme::input)
                                .padding(space::S),
                            button(text(t!("fingerprints-save-name")))
                                .on_press(wrap(Message::SaveNewName))
                                .style(button::primary),
                            button(text(t!("fingerprints-skip")))
                                .on_press(wrap(Message::SkipNewName))
                                .style(button::secondary),
                        ]
                        .spacing(space::S)
                        .align_y(Alignment::Center),
                    ]
                    .spacing(space::S),
                )
                .padding(space::M)
                .style(theme::success),
            );
        }
        let Some(list) = list else {
            return page
                .push(text(t!("fingerprints-unlock-to-manage")).size(size::BODY))
                .push(
                    container(
                        button(text(t!("fingerprints-show")))
                            .on_press(wrap(Message::Refresh))
                            .style(button::primary),
                    )
                    .id("fingerprints-show"),
                )
                .into();
        };
        if list.is_empty() {
            page = page.push(
                container(text(t!("fingerprints-empty")))
                    .padding(space::L)
                    .style(theme::card),
            );
        }
        for f in list {
            let entry: Element<'a, M> = match &self.renaming {
                Some((id, name)) if *id == f.id => row![
                    text_input(&t!("fingerprints-name"), name)
                        .id(RENAME_ID)
                        .on_input(move |s| wrap(Message::RenameInput(s)))
                        .on_submit(wrap(Message::SaveRename))
                        .style(theme::input)
                        .padding(space::S),
                    button(text(t!("common-save")))
                        .on_press(wrap(Message::SaveRename))
                        .style(button::primary),
                    button(text(t!("common-cancel")))
                        .on_press(wrap(Message::CancelRename))
                        .style(button::secondary),
                ]
                .spacing(space::S)
                .into(),
                _ => row![
                    icons::icon(icons::Name::Fingerprint, size::ICON_LARGE),
                    text(f.name.clone().unwrap_or_else(|| t!("fingerprints-unnamed")))
                        .size(size::BODY)
                        .width(Length::Fill),
                    button(icons::labelled(
                        icons::Name::Rename,
                        t!("fingerprints-rename"),
                        size::SMALL
                    ))
                    .on_press(wrap(Message::Rename(
                        f.id.clone(),
                        f.name.clone().unwrap_or_default()
                    )))
                    .style(button::secondary),
                    // Destructive only where it is confirmed: an outlined
                    // button here, the red one in the confirmation.
                    container(
                        button(icons::labelled(
                            icons::Name::Delete,
                            t!("fingerprints-remove"),
                            size::SMALL
                        ))
                        .on_press(wrap(Message::Remove(f.clone())))
                        .style(button::secondary)
                    )
                    .id(format!("fingerprint-remove-{}", f.id)),
                ]
                .spacing(space::S)
                .align_y(Alignment::Center)
                .into(),
            };
            page = page.push(
                container(entry)
                    .padding(space::M)
                    .width(Length::Fill)
                    .style(theme::card),
            );
        }
        page = page.push(
            container(
                button(icons::labelled(
                    icons::Name::Add,
                    t!("fingerprints-add"),
                    size::BODY,
                ))
                .on_press(wrap(Message::Start))
                .padding([space::S, space::L])
                .style(button::primary),
            )
            .id("fingerprints-add"),
        );
        page.into()
    }
}

/// What to do after a sample, in plain words (CTAP 2.1 §6.7.4).
pub fn advice(status: SampleStatus) -> String {
    match status {
        SampleStatus::Good => t!("fingerprints-advice-good"),
        SampleStatus::TooHigh => t!("fingerprints-advice-too-high"),
        SampleStatus::TooLow => t!("fingerprints-advice-too-low"),
        SampleStatus::TooLeft => t!("fingerprints-advice-too-left"),
        SampleStatus::TooRight => t!("fingerprints-advice-too-right"),
        SampleStatus::TooFast => t!("fingerprints-advice-too-fast"),
        SampleStatus::TooSlow => t!("fingerprints-advice-too-slow"),
        SampleStatus::PoorQuality => t!("fingerprints-advice-poor-quality"),
        SampleStatus::TooSkewed => t!("fingerprints-advice-too-skewed"),
        SampleStatus::TooShort => t!("fingerprints-advice-too-short"),
        SampleStatus::MergeFailure => t!("fingerprints-advice-merge-failure"),
        SampleStatus::AlreadyExists => t!("fingerprints-advice-already-exists"),
        SampleStatus::NoUserActivity => t!("fingerprints-advice-no-user-activity"),
        SampleStatus::NoUserPresenceTransition => t!("fingerprints-advice-no-presence-transition"),
        SampleStatus::Unknown(_) => t!("fingerprints-advice-unknown"),
    }
}
