//! The command-line surface. Scripts depend on it: names and flags here are
//! a stable interface (README, "CLI reference").

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "keyguide",
    version,
    about = "Manage your FIDO2 security keys. Without a command, opens the app."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Args, Debug, Clone, Default)]
pub struct GlobalArgs {
    /// Use the virtual key stored in this file instead of a real key.
    #[arg(long = "virtual", global = true, value_name = "FILE")]
    pub virtual_key: Option<PathBuf>,

    /// Use the key with this id (see `keyguide devices`).
    #[arg(long, global = true, value_name = "ID")]
    pub device: Option<String>,

    /// Read PINs from standard input, one per line (current PIN first, then the new one).
    #[arg(long, global = true)]
    pub pin_stdin: bool,

    /// Print how many CTAP commands the operation sent (to standard error).
    #[arg(long, global = true)]
    pub stats: bool,

    /// Machine-readable output on standard output.
    #[arg(long, global = true)]
    pub json: bool,

    /// Open the app on a built-in virtual key (no real key needed).
    #[arg(long)]
    pub demo: bool,

    /// The app's colours: system (follow the system), light or dark.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<crate::app::theme::ThemeChoice>,

    /// With --demo: open this screen first (for screenshots).
    #[arg(long, hide = true, value_name = "SCREEN")]
    pub demo_screen: Option<String>,

    /// Log to the terminal as well.
    #[arg(long, short, global = true)]
    pub verbose: bool,

    /// Internal: show the "KeyGuide stopped" window for this log file.
    /// The app starts itself with it after a crash.
    #[arg(long, hide = true, value_name = "LOG_FILE")]
    pub crash_dialog: Option<std::path::PathBuf>,

    /// Internal, for tests of the crash path: panic as the app starts.
    #[arg(long, hide = true)]
    pub debug_panic: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List connected keys.
    Devices,
    /// Show what the key is and how it is set up.
    Info,
    /// Set, change or inspect the PIN.
    #[command(subcommand)]
    Pin(PinCommand),
    /// List, delete or edit passkeys (discoverable credentials).
    #[command(subcommand)]
    Passkeys(PasskeysCommand),
    /// List, enroll, rename or remove fingerprints.
    #[command(subcommand)]
    Fingerprints(FingerprintsCommand),
    /// Change key settings.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Erase the key: PIN, passkeys and fingerprints. Cannot be undone.
    Reset {
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Make a key blink so you can tell which one it is (touch it).
    Identify,
    /// Write a report of the key (no secrets, no account names) as JSON
    /// and HTML: FILE.json and FILE.html. With --pin-stdin it includes
    /// passkey counts.
    Report {
        /// Where to write; the extensions .json and .html are added.
        #[arg(value_name = "FILE")]
        out: std::path::PathBuf,
    },
    /// Create and control virtual keys (for tests, demos and training).
    #[command(subcommand)]
    Virtual(VirtualCommand),
}

#[derive(Subcommand, Debug)]
pub enum PinCommand {
    /// Set a PIN on a key that has none.
    Set,
    /// Change the PIN.
    Change,
    /// Show how many PIN attempts are left.
    Retries,
}

#[derive(Subcommand, Debug)]
pub enum PasskeysCommand {
    /// List passkeys grouped by site.
    List,
    /// Delete one passkey.
    Delete {
        credential_id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Change the user name and display name stored with a passkey.
    UpdateUser {
        credential_id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        display_name: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum FingerprintsCommand {
    /// List enrolled fingerprints.
    List,
    /// Enroll a new fingerprint (touch the sensor several times).
    Enroll {
        #[arg(long)]
        name: Option<String>,
    },
    /// Rename a fingerprint.
    Rename { id: String, name: String },
    /// Remove a fingerprint.
    Remove {
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    /// Always require the PIN or a fingerprint, even where a site does not ask.
    AlwaysUv { state: OnOff },
    /// Raise the minimum PIN length.
    MinPinLength { length: usize },
    /// Make the user change the PIN before the key can be used again.
    ForcePinChange,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Subcommand, Debug)]
pub enum VirtualCommand {
    /// Create a virtual key file.
    Create {
        file: PathBuf,
        /// bio, pre, basic or mds:<aaguid>
        #[arg(long, default_value = "bio")]
        profile: String,
    },
    /// Create passkeys on a virtual key through the normal client path.
    Seed {
        file: PathBuf,
        #[arg(long)]
        passkeys: u32,
        #[arg(long, default_value_t = 1)]
        sites: u32,
    },
    /// Unplug and re-insert a virtual key (power cycle).
    Replug { file: PathBuf },
    /// Serve a virtual key as an NFC card in pcscd's vpcd virtual reader
    /// (package vsmartcard-vpcd) until killed. The key file belongs to this
    /// command while it runs: do not change it with other commands meanwhile.
    ServeVpcd {
        file: PathBuf,
        /// Where vpcd listens (keep it on this machine).
        #[arg(long, default_value = crate::smartcard::vpcd::DEFAULT_HOST)]
        host: String,
        /// 35963 is the first vpcd reader ("Virtual PCD 00 00").
        #[arg(long, default_value_t = crate::smartcard::vpcd::DEFAULT_PORT)]
        port: u16,
    },
}
