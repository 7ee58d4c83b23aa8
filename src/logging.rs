//! Logging with `tracing`. Never a PIN; user names only at debug level.

use tracing_subscriber::EnvFilter;

/// `--verbose` logs debug and above to standard error; otherwise warnings.
pub fn init(verbose: bool) {
    let default = if verbose {
        "keyguide=debug,info"
    } else {
        "warn"
    };
    let filter =
        EnvFilter::try_from_env("KEYGUIDE_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
