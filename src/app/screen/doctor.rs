//! "Check this computer" (App settings): the doctor's findings, each with
//! its fix and, where the fix is typed, the commands with a Copy button.
//! The checks run only when the user asks (idle means no I/O).

use crate::app::widget::button;
use iced::widget::{column, container, row, text, Column};
use iced::{Alignment, Element, Length};

use super::Action;
use crate::app::theme;
use crate::doctor::{self, Finding, Status};

#[derive(Default)]
pub struct State {
    findings: Option<Vec<Finding>>,
    running: bool,
}

#[derive(Clone, Debug)]
pub enum Message {
    Run,
    Done(Vec<Finding>),
    Copy(String),
    Back,
}

/// What the root must do for this screen.
pub enum Effect {
    None,
    /// Run the checks off the UI thread and send back `Message::Done`.
    RunChecks,
    Action(Action),
}

impl State {
    pub fn update(&mut self, message: Message) -> Effect {
        match message {
            Message::Run if !self.running => {
                self.running = true;
                return Effect::RunChecks;
            }
            Message::Run => {}
            Message::Done(findings) => {
                self.running = false;
                self.findings = Some(findings);
            }
            Message::Copy(text) => return Effect::Action(Action::Copy(text)),
            Message::Back => {
                return Effect::Action(Action::Go(super::Screen::AppSettings));
            }
        }
        Effect::None
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        wrap: impl Fn(Message) -> M + Copy + 'a,
    ) -> Element<'a, M> {
        let mut run = button(text(if self.running {
            t!("doctor-running")
        } else {
            t!("doctor-run")
        }))
        .style(button::primary);
        if !self.running {
            run = run.on_press(wrap(Message::Run));
        }
        let mut page = Column::new()
            .spacing(14)
            .max_width(760)
            .push(text(t!("doctor-title")).size(26))
            .push(text(t!("doctor-intro")).size(15))
            .push(container(run).id("doctor-run"));
        for finding in self.findings.iter().flatten() {
            page = page.push(card(finding, wrap));
        }
        page.push(
            container(
                button(text(t!("common-back")))
                    .on_press(wrap(Message::Back))
                    .style(button::secondary),
            )
            .id("doctor-back"),
        )
        .into()
    }
}

fn card<'a, M: Clone + 'a>(
    finding: &'a Finding,
    wrap: impl Fn(Message) -> M + Copy + 'a,
) -> Element<'a, M> {
    let status = text(doctor::status_word(finding.status))
        .size(14)
        .style(match finding.status {
            Status::Ok => theme::success_text,
            Status::Info => theme::muted,
            Status::Warning => theme::warning_text,
            Status::Problem => theme::error_text,
        });
    let mut body = column![
        row![
            text(doctor::check_name(finding.check))
                .size(17)
                .width(Length::Fill),
            status,
        ]
        .spacing(12)
        .align_y(Alignment::Center),
        text(&finding.summary).size(15),
    ]
    .spacing(6);
    if let Some(fix) = &finding.fix {
        body = body.push(text(fix).size(14));
    }
    if let Some(commands) = &finding.commands {
        body = body.push(
            row![
                container(text(commands).font(iced::Font::MONOSPACE).size(13))
                    .padding(8)
                    .width(Length::Fill)
                    .style(theme::card),
                button(text(t!("common-copy")))
                    .on_press(wrap(Message::Copy(commands.clone())))
                    .style(button::secondary),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    container(body)
        .padding(14)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}
