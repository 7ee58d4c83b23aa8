//! When KeyGuide panics: the panic and a backtrace go to the log file, and
//! a small "KeyGuide stopped" window (a fresh process, since the crashed
//! one's event loop cannot be trusted) points to that file instead of the
//! app simply vanishing.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::app::widget::button;
use iced::widget::{column, container, row, text};
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

/// `keyguide --crash-dialog <log>`, detached from our terminal, in the
/// language the app was speaking.
pub fn dialog_command(log: Option<&Path>) -> std::io::Result<Command> {
    let mut command = Command::new(std::env::current_exe()?);
    command
        .arg("--crash-dialog")
        .arg(log.map_or_else(PathBuf::new, Path::to_path_buf))
        .arg("--language")
        .arg(crate::i18n::current().tag())
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
    note: Option<String>,
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
                    Ok(()) => t!("platform-crash-folder-opens"),
                    Err(_) => t!("platform-crash-no-file-manager"),
                });
                Task::none()
            }
            Message::CopyPath => {
                self.note = Some(t!("platform-crash-path-copied"));
                iced::clipboard::write(self.log.display().to_string())
            }
            Message::Close => iced::exit(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let has_log = !self.log.as_os_str().is_empty();
        let mut body = column![
            text(t!("platform-crash-title")).size(22),
            text(t!("platform-crash-explanation")).size(15),
        ]
        .spacing(12);
        if has_log {
            body = body.push(text(t!("platform-crash-log-file")).size(15));
            body = body.push(
                container(
                    // A Windows path is one long "word" after "C:"; break
                    // it anywhere rather than leave it cut off.
                    text(self.log.display().to_string())
                        .size(13)
                        .font(iced::Font::MONOSPACE)
                        .wrapping(iced::widget::text::Wrapping::Glyph),
                )
                .padding(8)
                .width(Length::Fill)
                .style(crate::app::theme::card),
            );
            body = body.push(
                row![
                    button(text(t!("platform-crash-open-folder"))).on_press(Message::OpenFolder),
                    button(text(t!("platform-crash-copy-path"))).on_press(Message::CopyPath),
                    iced::widget::space::horizontal(),
                    button(text(t!("platform-crash-close"))).on_press(Message::Close),
                ]
                .spacing(8),
            );
        } else {
            body = body.push(text(t!("platform-crash-no-log")).size(15));
            body = body.push(row![
                iced::widget::space::horizontal(),
                button(text(t!("platform-crash-close"))).on_press(Message::Close)
            ]);
        }
        if let Some(note) = &self.note {
            body = body.push(text(note).size(13));
        }
        container(body).padding(24).into()
    }
}

/// Runs the crash window (`keyguide --crash-dialog <log>`).
pub fn run(log: PathBuf) -> ExitCode {
    super::fonts::register_ui_fonts();
    let result = iced::application(
        move || CrashDialog::new(log.clone()),
        CrashDialog::update,
        CrashDialog::view,
    )
    .title(|_: &CrashDialog| t!("platform-crash-title"))
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
        let _ja = crate::i18n::for_this_thread(crate::i18n::Language::JaJp);
        let command = dialog_command(Some(Path::new("/tmp/logs/keyguide.2026-01-02.log"))).unwrap();
        assert_eq!(
            command.get_program(),
            std::env::current_exe().unwrap().as_os_str()
        );
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(
            args,
            [
                "--crash-dialog",
                "/tmp/logs/keyguide.2026-01-02.log",
                "--language",
                "ja-JP"
            ]
        );
    }
}
