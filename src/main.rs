//! `keyguide`: the app without arguments, the command-line mode with them.

use clap::Parser;
use std::process::ExitCode;

use keyguide::cli::{self, Cli};

fn main() -> ExitCode {
    // The language first: help texts and parse errors are translated too.
    let (settings, _) = keyguide::settings::Store::default_location().load();
    keyguide::i18n::set_language(settings.language.resolve());
    let cli = Cli::parse();
    keyguide::logging::init(cli.global.verbose);
    if let Some(log) = cli.global.crash_dialog {
        return keyguide::app::crash::run(log);
    }
    let gui = cli.command.is_none();
    keyguide::app::crash::install_panic_hook(gui);
    match cli.command {
        Some(command) => cli::run(cli.global, command),
        None => {
            if cli.global.debug_panic {
                panic!("--debug-panic: a deliberate crash to test the crash window");
            }
            keyguide::app::run(cli.global)
        }
    }
}
