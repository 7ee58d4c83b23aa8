//! Logging with `tracing`: a daily-rotated file in the data directory (the
//! last seven days are kept) and, with `--verbose`, the terminal.
//!
//! What may be logged: never a PIN (PINs only exist inside zeroizing
//! containers and have no `Debug`/`Display` that shows them), and a
//! credential's user name only at debug level. The file never records
//! debug, so user names reach at most the terminal of someone who asked
//! for `--verbose`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::prelude::*;

/// Days of log files kept.
const KEEP_FILES: usize = 7;
const FILE_PREFIX: &str = "keyguide";
const FILE_SUFFIX: &str = "log";

static LOG_DIR: OnceLock<PathBuf> = OnceLock::new();

/// The folder of the log files (`~/.local/share/keyguide/logs` on Linux),
/// once `init` has opened it.
pub fn log_dir() -> Option<&'static Path> {
    LOG_DIR.get().map(PathBuf::as_path)
}

/// The platform's data directory for KeyGuide's logs.
pub fn default_log_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("io.github", "keyguide", "KeyGuide")
        .map(|d| d.data_dir().join("logs"))
}

/// Starts logging: the file at info and above (`KEYGUIDE_LOG` may narrow
/// it, never widen it past info), and the terminal at warnings, or debug
/// with `--verbose`.
pub fn init(verbose: bool) {
    let requested = requested_filter();
    // The crash record (with its backtrace) is for the file; the terminal
    // already gets the panic message from Rust itself.
    let terminal_default = if verbose {
        "keyguide=debug,info,keyguide::app::crash=off"
    } else {
        "warn,keyguide::app::crash=off"
    };
    let terminal_filter = requested
        .clone()
        .unwrap_or_else(|| terminal_default.parse().expect("a valid filter"));
    let terminal = tracing_subscriber::fmt::layer()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .with_filter(terminal_filter);

    let file_level = file_level(requested.as_ref());
    let file = default_log_dir().and_then(|dir| open_file_layer(&dir, file_level));
    let _ = tracing_subscriber::registry()
        .with(terminal)
        .with(file)
        .try_init();
}

/// `KEYGUIDE_LOG`: targets and levels, such as `keyguide=debug,warn`
/// (`tracing_subscriber`'s `Targets` syntax). Unset or unreadable: `None`.
fn requested_filter() -> Option<Targets> {
    std::env::var("KEYGUIDE_LOG").ok()?.parse().ok()
}

/// The file layer; `None` (and a note on stderr) when the folder cannot
/// be created, so a read-only home never stops the app.
fn open_file_layer<S>(dir: &Path, level: LevelFilter) -> Option<impl tracing_subscriber::Layer<S>>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    let appender = match rolling_appender(dir) {
        Ok(appender) => appender,
        Err(e) => {
            eprintln!(
                "keyguide: {}",
                t!(
                    "platform-log-not-written",
                    folder = dir.display().to_string(),
                    error = e.to_string()
                )
            );
            return None;
        }
    };
    let _ = LOG_DIR.set(dir.to_owned());
    Some(
        tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_writer(appender)
            .with_filter(level),
    )
}

/// Info, or less when `KEYGUIDE_LOG` asks for less everywhere; debug and
/// trace never go to the file (they may carry user names).
fn file_level(requested: Option<&Targets>) -> LevelFilter {
    use tracing_subscriber::layer::Filter;
    requested
        .and_then(Filter::<tracing_subscriber::Registry>::max_level_hint)
        .unwrap_or(LevelFilter::INFO)
        .min(LevelFilter::INFO)
}

/// Daily files `keyguide.YYYY-MM-DD.log`, the oldest removed after seven.
pub fn rolling_appender(dir: &Path) -> std::io::Result<RollingFileAppender> {
    // Pruning reads the folder before the appender would create it.
    std::fs::create_dir_all(dir)?;
    RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .filename_suffix(FILE_SUFFIX)
        .max_log_files(KEEP_FILES)
        .build(dir)
        .map_err(std::io::Error::other)
}

/// The newest log file in `dir`, for the crash dialog and reports.
pub fn newest_log_file(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(FILE_PREFIX) && n.ends_with(FILE_SUFFIX))
        })
        // Dated names sort by day.
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use tracing_subscriber::fmt::MakeWriter;

    #[test]
    fn keyguide_log_lowers_the_files_level_but_never_raises_it_past_info() {
        let level = |filter: &str| file_level(Some(&filter.parse().unwrap()));
        assert_eq!(file_level(None), LevelFilter::INFO);
        assert_eq!(level("keyguide=debug,warn"), LevelFilter::INFO);
        assert_eq!(level("trace"), LevelFilter::INFO);
        assert_eq!(level("warn"), LevelFilter::WARN);
        assert_eq!(level("keyguide=error"), LevelFilter::ERROR);
        assert_eq!(level("off"), LevelFilter::OFF);
    }

    #[test]
    fn the_file_is_named_by_day_and_found_again() {
        let dir = tempfile::tempdir().unwrap();
        let appender = rolling_appender(dir.path()).unwrap();
        writeln!(appender.make_writer(), "a line").unwrap();
        let file = newest_log_file(dir.path()).expect("a log file");
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(
            name.starts_with("keyguide.") && name.ends_with(".log"),
            "{name}"
        );
        assert!(std::fs::read_to_string(&file).unwrap().contains("a line"));
    }

    #[test]
    fn old_files_beyond_seven_days_are_removed_when_a_new_one_starts() {
        let dir = tempfile::tempdir().unwrap();
        for day in 1..=9 {
            std::fs::write(
                dir.path().join(format!("keyguide.2020-01-0{day}.log")),
                "old",
            )
            .unwrap();
        }
        // Pruning runs when the appender opens today's file.
        let appender = rolling_appender(dir.path()).unwrap();
        writeln!(appender.make_writer(), "today").unwrap();
        let count = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(count, KEEP_FILES, "files kept");
        let today = newest_log_file(dir.path()).unwrap();
        assert!(std::fs::read_to_string(today).unwrap().contains("today"));
    }
}
