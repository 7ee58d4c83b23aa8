//! `keyguide`: the app without arguments, the command-line mode with them.

use std::process::ExitCode;

use clap::Parser;
use keyguide::cli::{self, Cli};

fn main() -> ExitCode {
    // The language first, so that --help is translated too: `--language`
    // if given, else the app's setting (which defaults to the system's).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let language = cli::args::language_in_args(&args).unwrap_or_else(|| {
        let (settings, _) = keyguide::settings::Store::default_location().load();
        settings.language.resolve()
    });
    keyguide::i18n::set_language(language);
    // Most runs parse as they are. The translated command tree (every help
    // text) is built only for --help, --version and mistakes, which keeps
    // it out of the app's start-up and memory.
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(_) => cli::args::parse_localized(args),
    };
    keyguide::logging::init(cli.global.verbose);
    #[cfg(windows)]
    keyguide::platform::windows::log_facts();
    if let Some(log) = cli.global.crash_dialog {
        return keyguide::app::crash::run(log);
    }
    let gui = cli.command.is_none();
    keyguide::app::crash::install_panic_hook(gui);
    match cli.command {
        Some(command) => {
            // Rust ignores SIGPIPE, so printing to a closed pipe
            // (`keyguide passkeys list | head -1`) would panic and write a
            // crash report; a command-line tool ends quietly instead.
            #[cfg(unix)]
            // SAFETY: only sets the process's disposition of SIGPIPE back to
            // the default; no handler of ours runs.
            unsafe {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            }
            cli::run(cli.global, command)
        }
        None => {
            if cli.global.debug_panic {
                // For the crash tests, not for users: stays English.
                panic!("--debug-panic: a deliberate crash to test the crash window");
            }
            keyguide::app::run(cli.global)
        }
    }
}
