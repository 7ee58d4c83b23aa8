//! `keyguide`: the app without arguments, the command-line mode with them.

use clap::Parser;
use std::process::ExitCode;

use keyguide::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    keyguide::logging::init(cli.global.verbose);
    match cli.command {
        Some(command) => cli::run(cli.global, command),
        None => {
            eprintln!("The desktop app is not built yet; use a command (see --help).");
            std::process::ExitCode::FAILURE
        }
    }
}
