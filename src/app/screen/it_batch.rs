//! "Prepare keys for others (IT)": the app's side of `keyguide provision`
//! (issue 19). The user names a policy file and a new report file, presses
//! Start, and inserts or taps key after key; each is prepared by
//! [`crate::provision::prepare`] in a task, its row written to the report
//! (with the PIN) and listed here (without it). A key that fails is listed
//! with its reason and the batch goes on, as on the command line.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::app::widget::button;
use iced::widget::{column, container, row, scrollable, text, text_input, Column};
use iced::{Alignment, Element, Length, Task};

use crate::app::theme;
use crate::provision::policy::PolicyLoadError;
use crate::provision::report::ReportFile;
use crate::provision::{prepare, KeySource, Outcome, Policy};

#[derive(Default)]
pub struct State {
    policy_path: String,
    report_path: String,
    policy_error: Option<String>,
    report_error: Option<String>,
    /// Set between Start and Stop.
    batch: Option<Batch>,
    /// The keys done in this batch (also after Stop, until a new Start).
    rows: Vec<Finished>,
    /// The batch ended on its own (the report could not be written).
    problem: Option<String>,
    /// Counts Starts: a key of an earlier batch finishing late is not
    /// counted in this one.
    generation: u64,
}

struct Batch {
    policy: Arc<Policy>,
    report: Arc<Mutex<ReportFile>>,
    /// Keys that arrived while another was being prepared, in order.
    waiting: VecDeque<(String, KeySource)>,
    /// The number of the key being prepared now.
    working: Option<usize>,
    /// Device ids done and not yet removed: a key left in is not redone.
    done: HashSet<String>,
    next_number: usize,
}

/// One key's outcome as the screen shows it: never the PIN.
#[derive(Clone, Debug)]
pub struct Finished {
    generation: u64,
    pub number: usize,
    pub model: String,
    pub outcome: Outcome,
    /// Why it was refused or failed, in the user's language.
    pub detail: String,
    /// The report could not take the row.
    pub not_written: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Message {
    PolicyPath(String),
    ReportPath(String),
    Start,
    Stop,
    /// With the demo key: insert it (the root holds it and answers with
    /// [`State::key_inserted`]).
    InsertDemo,
    Finished(Finished),
    Back,
}

/// What the screen asks of the root.
pub enum Action {
    None,
    /// A batch began: the root lets go of any key it has open, so that the
    /// batch's sessions are the only ones on the keys.
    Started,
    /// Prepare a key in a task; [`Job::run`]'s answer comes back as
    /// [`Message::Finished`].
    Prepare(Job),
    /// Leave the screen.
    Back,
}

/// One key to prepare, off the UI thread.
pub struct Job {
    generation: u64,
    policy: Arc<Policy>,
    report: Arc<Mutex<ReportFile>>,
    number: usize,
    label: String,
    source: KeySource,
}

impl Job {
    pub async fn run(self) -> Finished {
        let row = prepare(&self.policy, self.number, &self.source).await;
        // The row (with the PIN) goes to the report before anything is
        // shown: a key on the screen is a key in the report.
        let not_written = match self.report.lock() {
            Ok(mut report) => report.write(&row).err().map(|e| e.to_string()),
            Err(_) => Some("report lock poisoned".into()),
        };
        Finished {
            generation: self.generation,
            number: row.number,
            model: if row.model.is_empty() {
                self.label
            } else {
                row.model.clone()
            },
            outcome: row.outcome,
            detail: row.detail.clone(),
            not_written,
        }
    }
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PolicyPath(s) => {
                self.policy_path = s;
                self.policy_error = None;
            }
            Message::ReportPath(s) => {
                self.report_path = s;
                self.report_error = None;
            }
            Message::Start => return self.start(),
            Message::Stop => self.stop(),
            // The root answers it; without a demo key there is nothing to do.
            Message::InsertDemo => {}
            Message::Finished(finished) => return self.finished(finished),
            Message::Back => {
                self.stop();
                return Action::Back;
            }
        }
        Action::None
    }

    /// Whether a batch is running (keys arriving are prepared).
    pub fn running(&self) -> bool {
        self.batch.is_some()
    }

    /// The keys done so far, as listed on screen.
    pub fn rows(&self) -> &[Finished] {
        &self.rows
    }

    /// Checks both paths and creates the report. The policy is checked in
    /// full before the report exists, as on the command line.
    fn start(&mut self) -> Action {
        if self.batch.is_some() {
            return Action::None;
        }
        self.policy_error = None;
        self.report_error = None;
        self.problem = None;
        let policy_path = PathBuf::from(self.policy_path.trim());
        let report_path = PathBuf::from(self.report_path.trim());
        let policy = if policy_path.as_os_str().is_empty() {
            self.policy_error = Some(t!("provision-app-policy-missing"));
            None
        } else {
            match Policy::load(&policy_path) {
                Ok(policy) => Some(policy),
                Err(e) => {
                    self.policy_error = Some(policy_error(&policy_path, e));
                    None
                }
            }
        };
        if report_path.as_os_str().is_empty() {
            self.report_error = Some(t!("provision-app-report-missing"));
        } else if report_path.exists() {
            self.report_error = Some(t!(
                "provision-app-report-exists",
                path = report_path.display().to_string()
            ));
        }
        let Some(policy) = policy else {
            return Action::None;
        };
        if self.report_error.is_some() {
            return Action::None;
        }
        // create_new: a file that appeared since the check is refused too.
        let report = match ReportFile::create(&report_path) {
            Ok(report) => report,
            Err(e) => {
                self.report_error = Some(t!(
                    "provision-report-not-created",
                    path = report_path.display().to_string(),
                    error = e.to_string()
                ));
                return Action::None;
            }
        };
        self.rows.clear();
        self.generation += 1;
        self.batch = Some(Batch {
            policy: Arc::new(policy),
            report: Arc::new(Mutex::new(report)),
            waiting: VecDeque::new(),
            working: None,
            done: HashSet::new(),
            next_number: 1,
        });
        Action::Started
    }

    /// Ends the batch. A key being prepared is finished and written (its
    /// task holds the report) and still listed.
    fn stop(&mut self) {
        self.batch = None;
    }

    /// A key arrived (device event). Ignored outside a batch and for a key
    /// already done that was not removed since.
    pub fn key_arrived(&mut self, id: String, label: String) -> Action {
        let Some(batch) = &mut self.batch else {
            return Action::None;
        };
        if !batch.done.insert(id.clone()) {
            return Action::None;
        }
        self.key_inserted(label, KeySource::Device { id })
    }

    /// A key left: inserted again, it counts as a new key.
    pub fn key_left(&mut self, id: &str) {
        if let Some(batch) = &mut self.batch {
            batch.done.remove(id);
        }
    }

    /// A key to prepare (a device, or the demo key just "inserted").
    pub fn key_inserted(&mut self, label: String, source: KeySource) -> Action {
        let Some(batch) = &mut self.batch else {
            return Action::None;
        };
        batch.waiting.push_back((label, source));
        self.next_job()
    }

    fn next_job(&mut self) -> Action {
        let Some(batch) = &mut self.batch else {
            return Action::None;
        };
        if batch.working.is_some() {
            return Action::None;
        }
        let Some((label, source)) = batch.waiting.pop_front() else {
            return Action::None;
        };
        let number = batch.next_number;
        batch.next_number += 1;
        batch.working = Some(number);
        Action::Prepare(Job {
            generation: self.generation,
            policy: batch.policy.clone(),
            report: batch.report.clone(),
            number,
            label,
            source,
        })
    }

    fn finished(&mut self, finished: Finished) -> Action {
        if finished.generation != self.generation {
            // Its own report has it.
            return Action::None;
        }
        let not_written = finished.not_written.clone();
        self.rows.push(finished);
        if let Some(error) = not_written {
            // A report that cannot take rows would lose PINs: stop.
            self.problem = Some(t!("provision-report-not-written", error = error));
            self.stop();
            return Action::None;
        }
        if let Some(batch) = &mut self.batch {
            batch.working = None;
        }
        self.next_job()
    }

    pub fn view(&self, demo: bool) -> Element<'_, Message> {
        let running = self.batch.is_some();
        let field = |label: String,
                     id: &'static str,
                     value: &str,
                     on_input: fn(String) -> Message,
                     error: &Option<String>| {
            let mut input = text_input("", value).id(id).padding(8);
            if !running {
                input = input.on_input(on_input).on_submit(Message::Start);
            }
            let mut part = column![text(label).size(15), input].spacing(6);
            if let Some(e) = error {
                part = part.push(
                    container(text(e.clone()).size(13))
                        .padding([6, 10])
                        .width(Length::Fill)
                        .style(theme::warning)
                        .id(format!("{id}-error")),
                );
            }
            part
        };
        let mut page = column![
            text(t!("provision-app-title")).size(26),
            text(t!("provision-app-detail")).size(15),
            field(
                t!("provision-app-policy"),
                "it-batch-policy",
                &self.policy_path,
                Message::PolicyPath,
                &self.policy_error,
            ),
            field(
                t!("provision-app-report"),
                "it-batch-report",
                &self.report_path,
                Message::ReportPath,
                &self.report_error,
            ),
        ]
        .spacing(16)
        .max_width(720);

        let mut controls = row![].spacing(10).align_y(Alignment::Center);
        match &self.batch {
            None => {
                controls = controls.push(
                    container(
                        button(text(t!("provision-app-start")))
                            .on_press(Message::Start)
                            .style(button::primary),
                    )
                    .id("it-batch-start"),
                );
            }
            Some(batch) => {
                let status = match batch.working {
                    Some(number) => t!("provision-app-working", number = number),
                    None => t!("provision-app-insert-next"),
                };
                page = page.push(
                    container(text(status).size(18))
                        .padding([10, 14])
                        .width(Length::Fill)
                        .style(theme::card)
                        .id("it-batch-status"),
                );
                if demo {
                    controls = controls.push(
                        container(
                            button(text(t!("provision-app-insert-demo")))
                                .on_press(Message::InsertDemo)
                                .style(button::secondary),
                        )
                        .id("it-batch-insert-demo"),
                    );
                }
                controls = controls.push(
                    container(
                        button(text(t!("provision-app-stop")))
                            .on_press(Message::Stop)
                            .style(button::danger),
                    )
                    .id("it-batch-stop"),
                );
            }
        }
        controls = controls.push(
            container(
                button(text(t!("common-back")))
                    .on_press(Message::Back)
                    .style(button::secondary),
            )
            .id("it-batch-back"),
        );
        page = page.push(controls);
        if let Some(problem) = &self.problem {
            page = page.push(
                container(text(problem.clone()).size(15))
                    .padding([8, 12])
                    .width(Length::Fill)
                    .style(theme::warning),
            );
        }
        if running || !self.rows.is_empty() {
            let prepared = self
                .rows
                .iter()
                .filter(|r| r.outcome == Outcome::Prepared)
                .count();
            page = page.push(
                container(
                    text(t!(
                        "provision-app-count",
                        prepared = prepared,
                        failed = self.rows.len() - prepared
                    ))
                    .size(15),
                )
                .id("it-batch-count"),
            );
            let mut list = Column::new().spacing(6);
            // The newest first: the key just done is where the eye is.
            for r in self.rows.iter().rev() {
                list = list.push(
                    container(row_view(r))
                        .padding([6, 10])
                        .width(Length::Fill)
                        .style(theme::card)
                        .id(format!("it-batch-row-{}", r.number)),
                );
            }
            page = page.push(list);
        }
        scrollable(container(page).padding(32))
            .height(Length::Fill)
            .into()
    }
}

fn row_view(r: &Finished) -> Element<'_, Message> {
    let result = match r.outcome {
        Outcome::Prepared => t!("provision-app-result-prepared"),
        Outcome::Refused => t!("provision-app-result-refused"),
        Outcome::Failed => t!("provision-app-result-failed"),
    };
    let mut part = column![row![
        text(t!("provision-app-row-number", number = r.number))
            .size(15)
            .width(Length::Fixed(80.0)),
        text(r.model.clone()).size(15).width(Length::Fill),
        text(result).size(15),
    ]
    .spacing(12)]
    .spacing(4);
    if !r.detail.is_empty() {
        part = part.push(text(r.detail.clone()).size(13));
    }
    part.into()
}

/// The policy's problem, in the same words as `keyguide provision`.
fn policy_error(path: &Path, e: PolicyLoadError) -> String {
    match e {
        PolicyLoadError::Io(e) => t!(
            "provision-policy-unreadable",
            path = path.display().to_string(),
            error = e.to_string()
        ),
        PolicyLoadError::Invalid(e) => t!(
            "provision-policy-invalid",
            path = path.display().to_string(),
            error = e.to_string()
        ),
    }
}

/// The root's side, kept here so that `app/mod.rs` only routes to it.
impl crate::app::App {
    /// A message of this screen; the demo key is inserted here because the
    /// root holds it.
    pub(crate) fn it_batch_message(&mut self, message: Message) -> Task<crate::app::Message> {
        let action = match (message, &self.demo) {
            (Message::InsertDemo, Some(control)) => {
                // Taking it counts as inserting it: a power-up, so that a
                // policy's reset (allowed just after power-up) works.
                control.replug();
                let summary = crate::app::demo::summary();
                let source = KeySource::Virtual {
                    path: PathBuf::from(&summary.id),
                    control: control.clone(),
                };
                self.it_batch.key_inserted(summary.label, source)
            }
            (message, _) => self.it_batch.update(message),
        };
        self.it_batch_act(action)
    }

    /// A key arrived while this screen is shown.
    pub(crate) fn it_batch_key_arrived(
        &mut self,
        summary: &crate::device::model::DeviceSummary,
    ) -> Task<crate::app::Message> {
        let action = self
            .it_batch
            .key_arrived(summary.id.clone(), summary.label.clone());
        self.it_batch_act(action)
    }

    fn it_batch_act(&mut self, action: Action) -> Task<crate::app::Message> {
        match action {
            Action::None => Task::none(),
            Action::Started => {
                self.close_key();
                Task::none()
            }
            Action::Prepare(job) => Task::perform(job.run(), |finished| {
                crate::app::Message::ItBatch(Message::Finished(finished))
            }),
            Action::Back => {
                let back = if self.key.is_some() {
                    super::Screen::Overview
                } else {
                    super::Screen::Keys
                };
                self.go(back)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number_of(action: Action) -> Option<usize> {
        match action {
            Action::Prepare(job) => Some(job.number),
            _ => None,
        }
    }

    fn finished(state: &State, number: usize) -> Message {
        Message::Finished(Finished {
            generation: state.generation,
            number,
            model: "Model".into(),
            outcome: Outcome::Failed,
            detail: "removed".into(),
            not_written: None,
        })
    }

    /// Real keys arrive as device events: one at a time, in order, and a
    /// key left in is not prepared twice; taken out and back in, it is.
    #[test]
    fn keys_are_prepared_one_at_a_time_and_a_key_left_in_only_once() {
        let dir = tempfile::tempdir().unwrap();
        let policy = dir.path().join("policy.toml");
        std::fs::write(&policy, "[pin]\nrandom_digits = 6\n").unwrap();
        let mut state = State::default();
        assert!(number_of(state.key_arrived("usb:a".into(), "A".into())).is_none());
        state.update(Message::PolicyPath(policy.display().to_string()));
        state.update(Message::ReportPath(
            dir.path().join("r.csv").display().to_string(),
        ));
        assert!(matches!(state.update(Message::Start), Action::Started));

        assert_eq!(
            number_of(state.key_arrived("usb:a".into(), "A".into())),
            Some(1)
        );
        // B waits for A; A again (never removed) is ignored.
        assert_eq!(
            number_of(state.key_arrived("usb:b".into(), "B".into())),
            None
        );
        assert_eq!(
            number_of(state.key_arrived("usb:a".into(), "A".into())),
            None
        );
        let next = state.update(finished(&state, 1));
        assert_eq!(number_of(next), Some(2), "B follows once A is done");
        assert_eq!(state.rows().len(), 1);

        state.key_left("usb:a");
        assert_eq!(
            number_of(state.key_arrived("usb:a".into(), "A".into())),
            None
        );
        assert_eq!(number_of(state.update(finished(&state, 2))), Some(3));

        // After Stop nothing more is taken; a late row is still listed.
        state.update(Message::Stop);
        assert!(!state.running());
        state.update(finished(&state, 3));
        assert_eq!(state.rows().len(), 3);
        assert_eq!(
            number_of(state.key_arrived("usb:c".into(), "C".into())),
            None
        );
    }
}
