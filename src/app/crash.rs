//! When KeyGuide panics: the panic and a backtrace go to the log file, and
//! a small "KeyGuide stopped" window (a fresh process, since the crashed
//! one's event loop cannot be trusted) points to that file instead of the
//! app simply vanishing.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use iced::widget::{button, column, container, row, text};
use iced::{Element, Length, Size, Task};

static HANDLED: AtomicBool = AtomicBool::new(false);

/// Logs every panic; with `show_dialog` (the app, not the CLI) the first
/// one also opens the crash window.
pub fn install_panic_hook(show_dialog: bool) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let backtrace = std::backtrace::Backtrace::force_capture();
        tracing::error!("KeyGuide stopped: {info}\n{backtrace}");
        default(info);
        if show_dialog && !HANDLED.swap(true, Ordering::SeqCst) {
            let log = crate::logging::log_dir().and_then(crate::logging::newest_log_file);
            if let Ok(mut command) = dialog_command(log.as_deref()) {
                let _ = command.spawn();
            }
        }
    }));
}

/// `keyguide --crash-dialog <log>`, detached from our terminal.
pub fn dialog_command(log: Option<&Path>) -> std::io::Result<Command> {
    let mut command = Command::new(std::env::current_exe()?);
    command
        .arg("--crash-dialog")
        .arg(log.map_or_else(PathBuf::new, Path::to_path_buf))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    Ok(command)
}

#[derive(Debug, Clone)]
pub enum Message {
    OpenFolder,
    CopyPath,
    Close,
}

pub struct CrashDialog {
    /// Empty when no log file could be written.
    log: PathBuf,
    note: Option<&'static str>,
}

impl CrashDialog {
    pub fn new(log: PathBuf) -> CrashDialog {
        CrashDialog { log, note: None }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::OpenFolder => {
                let folder = self.log.parent().unwrap_or(&self.log);
                self.note = Some(match crate::platform::open_with_default_program(folder) {
                    Ok(()) => "The folder opens in your file manager.",
                    Err(_) => "No file manager could be started; copy the path instead.",
                });
                Task::none()
            }
            Message::CopyPath => {
                self.note = Some("The path is copied.");
                iced::clipboard::write(self.log.display().to_string())
            }
            Message::Close => iced::exit(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let has_log = !self.log.as_os_str().is_empty();
        let mut body = column![
            text("KeyGuide stopped").size(22),
            text(
                "KeyGuide ran into an internal error and had to close. A step that had not \
                 finished on your key was not completed; open KeyGuide again to check the key."
            )
            .size(15),
        ]
        .spacing(12);
        if has_log {
            body = body.push(text("What happened is written in this log file:").size(15));
            body = body.push(
                container(
                    text(self.log.display().to_string())
                        .size(13)
                        .font(iced::Font::MONOSPACE),
                )
                .padding(8)
                .width(Length::Fill)
                .style(crate::app::theme::card),
            );
            body = body.push(
                row![
                    button(text("Open log folder")).on_press(Message::OpenFolder),
                    button(text("Copy path")).on_press(Message::CopyPath),
                    iced::widget::space::horizontal(),
                    button(text("Close")).on_press(Message::Close),
                ]
                .spacing(8),
            );
        } else {
            body = body.push(
                text("No log file could be written. Start KeyGuide from a terminal with --verbose to see the details.")
                    .size(15),
            );
            body = body.push(row![
                iced::widget::space::horizontal(),
                button(text("Close")).on_press(Message::Close)
            ]);
        }
        if let Some(note) = self.note {
            body = body.push(text(note).size(13));
        }
        container(body).padding(24).into()
    }
}

/// Runs the crash window (`keyguide --crash-dialog <log>`).
pub fn run(log: PathBuf) -> ExitCode {
    let result = iced::application(
        move || CrashDialog::new(log.clone()),
        CrashDialog::update,
        CrashDialog::view,
    )
    .title("KeyGuide stopped")
    .window(iced::window::Settings {
        size: Size::new(560.0, 280.0),
        min_size: Some(Size::new(420.0, 260.0)),
        icon: super::window_icon(),
        ..Default::default()
    })
    .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crash_window_is_this_program_with_the_log_file() {
        let command = dialog_command(Some(Path::new("/tmp/logs/keyguide.2026-01-02.log"))).unwrap();
        assert_eq!(
            command.get_program(),
            std::env::current_exe().unwrap().as_os_str()
        );
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(
            args,
            ["--crash-dialog", "/tmp/logs/keyguide.2026-01-02.log"]
        );
    }
}
