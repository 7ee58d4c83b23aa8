//! The command-line surface. Scripts depend on it: names and flags here are
//! a stable interface (README, "CLI reference").
//!
//! The doc comments below are clap's English fallback only: what `--help`
//! shows comes from `i18n/<locale>/cli.ftl`, put in by
//! [`localized_command`].

use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;

use crate::i18n::Language;

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
    /// `provision` takes it several times: one key file each, in order.
    #[arg(
        id = "virtual_key",
        long = "virtual",
        global = true,
        value_name = "FILE",
        action = ArgAction::Append
    )]
    pub virtual_keys: Vec<PathBuf>,

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

    /// With --demo: the virtual key's profile (bio, pre, basic, ctap22).
    #[arg(long, value_name = "PROFILE", requires = "demo")]
    pub demo_profile: Option<String>,

    /// With --demo: open this screen first (for screenshots).
    #[arg(long, hide = true, value_name = "SCREEN")]
    pub demo_screen: Option<String>,

    /// Log to the terminal as well.
    #[arg(long, short, global = true)]
    pub verbose: bool,

    /// The language for this run (en-US, de-DE, fr-FR, es-ES, ja-JP, zh-CN).
    #[arg(long, global = true, value_name = "TAG")]
    pub language: Option<Language>,

    /// Internal: show the "KeyGuide stopped" window for this log file.
    /// The app starts itself with it after a crash.
    #[arg(long, hide = true, value_name = "LOG_FILE")]
    pub crash_dialog: Option<std::path::PathBuf>,

    /// Internal, for tests of the crash path: panic as the app starts.
    #[arg(long, hide = true)]
    pub debug_panic: bool,
}

impl GlobalArgs {
    /// The virtual key file, for commands that act on one key.
    pub fn virtual_key(&self) -> Option<&std::path::Path> {
        self.virtual_keys.first().map(PathBuf::as_path)
    }
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
    /// Show or clear the key's large-blob store (data sites keep on the key).
    #[command(subcommand)]
    Blobs(BlobsCommand),
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
    /// Check that the key is a genuine model listed in the FIDO metadata.
    Genuine,
    /// Check this computer: smart-card service, USB access, keys seen, logs.
    Doctor,
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
    /// Prepare keys in bulk by a policy (IT staff): key after key until you
    /// type q, one report row each.
    Provision {
        /// The preparation policy (TOML; see examples/provision-policy.toml).
        #[arg(long, value_name = "FILE")]
        policy: PathBuf,
        /// The report to create (CSV, readable by you only; holds the PINs).
        #[arg(long, value_name = "FILE.csv")]
        report: PathBuf,
    },
    /// Register a key for a user in Microsoft Entra ID, offline.
    #[command(subcommand)]
    Entra(EntraCommand),
}

#[derive(Subcommand, Debug)]
pub enum EntraCommand {
    /// Print the Microsoft Graph request that fetches a user's creation options.
    Request {
        /// The user's object ID or user principal name.
        user: String,
        /// How long the challenge stays valid, in minutes (5 to 43200).
        #[arg(long, default_value_t = 10, value_name = "MINUTES")]
        challenge_timeout: u32,
    },
    /// Make the user's passkey on the key from the creation options, and
    /// write the body to send to Microsoft Graph.
    Register {
        /// The creation options as Microsoft Graph returned them (JSON).
        #[arg(long, value_name = "FILE.json")]
        options: PathBuf,
        /// Where to write the registration body (JSON).
        #[arg(long, value_name = "FILE.json")]
        out: PathBuf,
        /// The key's name in the user's list of methods.
        #[arg(long, value_name = "NAME")]
        display_name: Option<String>,
    },
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
pub enum BlobsCommand {
    /// How much of the store is used, and which passkeys have data in it
    /// (with the PIN).
    List,
    /// Erase every site's data in the store. Passkeys stay.
    Clear {
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum PasskeysCommand {
    /// List passkeys grouped by site.
    List,
    /// Delete one passkey.
    Delete {
        /// The passkey's credential ID as `passkeys list` shows it (base64url; it may begin with '-').
        #[arg(allow_hyphen_values = true)]
        credential_id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Change the user name and display name stored with a passkey.
    UpdateUser {
        /// The passkey's credential ID as `passkeys list` shows it (base64url; it may begin with '-').
        #[arg(allow_hyphen_values = true)]
        credential_id: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        display_name: Option<String>,
    },
    /// Save the list of sites and accounts on the key (no secrets): CSV, or
    /// JSON with --json or a .json name. Keep it before a reset.
    Export {
        /// The file to write.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// List the sites and accounts that are on this key and not on another
    /// one, or the other way round.
    Compare {
        /// The other key: its device id (see `keyguide devices`) or a
        /// virtual key file.
        #[arg(long = "with", value_name = "ID_OR_FILE")]
        with: String,
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
    /// Turn on enterprise attestation (IT staff): the key may then identify
    /// itself individually to the organisation's sites. Only a reset turns
    /// it off.
    EnterpriseAttestation {
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
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
        /// bio, pre, basic, ctap22 or mds:<aaguid>
        #[arg(long, default_value = "bio")]
        profile: String,
        /// Answer as some real keys do: forced-change-policy-violation.
        #[arg(long = "quirk", id = "quirk", value_name = "QUIRK")]
        quirks: Vec<String>,
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

/// `--language X` or `--language=X` among the raw arguments, looked for
/// before clap parses them so that `--help` and every other text come out
/// in that language. An unknown tag is left to clap, which reports it.
pub fn language_in_args(args: &[OsString]) -> Option<Language> {
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--language" {
            return rest.next()?.to_str()?.parse().ok();
        }
        if let Some(tag) = arg.strip_prefix("--language=") {
            return tag.parse().ok();
        }
    }
    None
}

/// Parses the arguments with the localized command tree; exits with
/// clap's message (and code 2) on a usage error, as `Cli::parse` does.
pub fn parse_localized(args: Vec<OsString>) -> Cli {
    let mut command = localized_command();
    let mut matches = command
        .try_get_matches_from_mut(args)
        .unwrap_or_else(|e| e.exit());
    Cli::from_arg_matches_mut(&mut matches)
        .map_err(|e| e.format(&mut command))
        .unwrap_or_else(|e| e.exit())
}

/// The clap command tree with every text in the current language: the
/// description of each (sub)command (`cli-about-<path>`), the help of
/// each argument (`cli-help-<path>-<argument>`, `cli-help-<option>` for
/// the options every command takes), the `-h`/`-V` lines and the section
/// headings.
///
/// Still English, from clap itself: its parse-error sentences ("unexpected
/// argument ..."), the "Usage:" line of those errors, the placeholders in
/// usage lines (`[OPTIONS]`, `<COMMAND>`, value names such as `FILE`) and
/// the "[default: ...]" / "[possible values: ...]" notes. Clap offers no
/// hook for them.
pub fn localized_command() -> clap::Command {
    localized_command_with_ids(&mut Vec::new())
}

/// [`localized_command`], also listing every message id it looked up.
fn localized_command_with_ids(ids: &mut Vec<String>) -> clap::Command {
    let headings = Headings::current();
    // Our own -h and -V, so that their lines can be translated: clap
    // makes its built-in ones only while building, too late to change.
    let root = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    let mut command = localize(root, &mut Vec::new(), &headings, ids);
    // The `help` subcommands exist only once the tree is built.
    command.build();
    let about = message("cli-about-help".to_owned(), ids);
    help_subcommands(command, &about)
}

/// The section headings, with clap's styling for "Usage:".
struct Headings {
    template: String,
    commands: String,
    arguments: String,
    options: String,
}

impl Headings {
    fn current() -> Headings {
        let styles = clap::builder::Styles::default();
        let header = styles.get_header();
        let usage = crate::t!("cli-heading-usage");
        Headings {
            // clap's default template, with our "Usage" heading.
            template: format!(
                "{{before-help}}{{about-with-newline}}\n\
                 {header}{usage}:{header:#} {{usage}}\n\n{{all-args}}{{after-help}}"
            ),
            commands: crate::t!("cli-heading-commands"),
            arguments: crate::t!("cli-heading-arguments"),
            options: crate::t!("cli-heading-options"),
        }
    }
}

/// The message `id` (the id itself when it is missing); notes the id.
fn message(id: String, ids: &mut Vec<String>) -> String {
    let text = crate::i18n::message(&id, None);
    ids.push(id);
    text
}

/// `cli-about-<path>` / `cli-help-<path>-<argument>` ids use kebab case.
fn id_part(name: &str) -> String {
    name.replace('_', "-")
}

fn localize(
    mut command: clap::Command,
    path: &mut Vec<String>,
    headings: &Headings,
    ids: &mut Vec<String>,
) -> clap::Command {
    let about_id = if path.is_empty() {
        "cli-about".to_owned()
    } else {
        format!("cli-about-{}", path.join("-"))
    };
    if !command.is_hide_set() {
        command = command.about(message(about_id, ids)).long_about(None);
    }
    command = command
        .help_template(headings.template.clone())
        .subcommand_help_heading(headings.commands.clone());
    command = command.mut_args(|arg| {
        // Internal options (hidden) are never shown, so not translated.
        if arg.is_hide_set() {
            return arg;
        }
        let name = id_part(arg.get_id().as_str());
        let id = if path.is_empty() {
            format!("cli-help-{name}")
        } else {
            format!("cli-help-{}-{name}", path.join("-"))
        };
        let heading = if arg.is_positional() {
            &headings.arguments
        } else {
            &headings.options
        };
        arg.help(message(id, ids))
            .long_help(None)
            .help_heading(heading.clone())
    });
    command.mut_subcommands(|sub| {
        path.push(id_part(sub.get_name()));
        let sub = localize(sub, path, headings, ids);
        path.pop();
        sub
    })
}

/// Gives every built-in `help` subcommand (and the copies of the tree
/// under it) the translated description.
fn help_subcommands(command: clap::Command, about: &str) -> clap::Command {
    let command = if command.get_name() == "help" {
        command.about(about.to_owned())
    } else {
        command
    };
    command.mut_subcommands(|sub| help_subcommands(sub, about))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{for_this_thread, format_in, locale_sources};
    use std::collections::BTreeSet;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn every_command_and_argument_has_an_en_us_message() {
        let _en = for_this_thread(Language::EnUs);
        let mut ids = Vec::new();
        localized_command_with_ids(&mut ids);
        let missing: Vec<_> = ids
            .iter()
            .filter(|id| format_in(Language::EnUs, id, None).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "not in i18n/en-US/cli.ftl: {missing:#?}"
        );
        // And none left over from a command or option that is gone.
        let used: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
        let (_, cli) = locale_sources(Language::EnUs)
            .into_iter()
            .find(|(area, _)| *area == "cli")
            .unwrap();
        let stale: Vec<_> = cli
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("cli-about") || id.starts_with("cli-help-"))
            .filter(|id| !used.contains(id))
            .collect();
        assert!(stale.is_empty(), "no longer used: {stale:#?}");
    }

    /// Every `--help` page, in every language: no message id shows.
    #[test]
    fn help_pages_show_text_not_ids() {
        fn pages(command: &mut clap::Command, out: &mut Vec<String>) {
            out.push(command.render_help().to_string());
            for sub in command.get_subcommands_mut() {
                pages(sub, out);
            }
        }
        for language in Language::ALL {
            let _language = for_this_thread(language);
            let mut all = Vec::new();
            pages(&mut localized_command(), &mut all);
            assert!(all.len() > 25, "{} pages", all.len());
            for page in all {
                assert!(
                    !page.contains("cli-"),
                    "{}: an untranslated id in\n{page}",
                    language.tag()
                );
            }
        }
        let _en = for_this_thread(Language::EnUs);
        let mut command = localized_command();
        let root = command.render_help().to_string();
        assert!(root.contains("Usage: keyguide"), "{root}");
        assert!(
            root.contains("Commands:") && root.contains("Options:"),
            "{root}"
        );
        assert!(root.contains("Print help.") && root.contains("Print the version."));
        let delete = command
            .find_subcommand_mut("passkeys")
            .and_then(|c| c.find_subcommand_mut("delete"))
            .unwrap()
            .render_help()
            .to_string();
        assert!(delete.contains("Arguments:"), "{delete}");
        assert!(delete.contains("Do not ask for confirmation."), "{delete}");
    }

    #[test]
    fn the_localized_tree_parses_like_the_derived_one() {
        let _en = for_this_thread(Language::EnUs);
        let parse = |args: &[&str]| {
            let mut command = localized_command();
            let mut matches = command.try_get_matches_from_mut(os(args)).unwrap();
            Cli::from_arg_matches_mut(&mut matches).unwrap()
        };
        let cli = parse(&[
            "keyguide",
            "--virtual",
            "k.json",
            "pin",
            "retries",
            "--json",
        ]);
        assert!(cli.global.json);
        assert!(matches!(
            cli.command,
            Some(Command::Pin(PinCommand::Retries))
        ));
        let cli = parse(&[
            "keyguide",
            "passkeys",
            "delete",
            "abc",
            "--yes",
            "--language=de-DE",
        ]);
        assert_eq!(cli.global.language, Some(Language::DeDe));
        assert!(matches!(
            cli.command,
            Some(Command::Passkeys(PasskeysCommand::Delete { yes: true, .. }))
        ));
        let help = |args: &[&str]| {
            localized_command()
                .try_get_matches_from(os(args))
                .unwrap_err()
                .kind()
        };
        use clap::error::ErrorKind::{DisplayHelp, DisplayVersion};
        assert_eq!(help(&["keyguide", "--help"]), DisplayHelp);
        assert_eq!(help(&["keyguide", "pin", "set", "-h"]), DisplayHelp);
        assert_eq!(help(&["keyguide", "help", "pin", "set"]), DisplayHelp);
        assert_eq!(help(&["keyguide", "pin", "help", "set"]), DisplayHelp);
        assert_eq!(help(&["keyguide", "-V"]), DisplayVersion);
        assert!(localized_command()
            .try_get_matches_from(os(&["keyguide", "--language", "tlh"]))
            .is_err());
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let found = |args: &[&str]| language_in_args(&os(args));
        assert_eq!(
            found(&["keyguide", "--language", "ja-JP", "--help"]),
            Some(Language::JaJp)
        );
        assert_eq!(
            found(&["keyguide", "info", "--language=fr-FR"]),
            Some(Language::FrFr)
        );
        assert_eq!(
            found(&["keyguide", "--language", "de"]),
            Some(Language::DeDe)
        );
        assert_eq!(found(&["keyguide", "--language", "tlh"]), None);
        assert_eq!(found(&["keyguide", "--language"]), None);
        assert_eq!(found(&["keyguide", "--", "--language", "de-DE"]), None);
        assert_eq!(found(&["keyguide", "info"]), None);
    }
}
