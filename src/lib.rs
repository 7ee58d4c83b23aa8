//! KeyGuide: manage FIDO2 security keys.
//!
//! - [`device`]: talks to keys (USB, NFC); the `keyguide-ctap` crate, no UI code.
//! - [`virtual_key`]: the project's own CTAP 2.1 authenticator simulator
//!   (the `keyguide-vkey` crate).
//! - [`keys`]: discovery over both, and the model's name from the catalog.
//! - [`errors`]: device errors in the user's language.
//! - [`catalog`]: model names and certification status from the FIDO metadata.
//! - [`entra`]: what Microsoft Entra ID asks of a key, and the admin values.
//! - [`smartcard`]: the virtual key as an NFC card for a real pcscd (vpcd).
//! - [`cli`]: the command-line mode.
//! - [`doctor`]: checks this machine for what KeyGuide needs.
//! - [`inventory`]: the sites and accounts a key holds, as a list to keep
//!   and to compare with another key.
//! - [`i18n`]: every user-visible string, from the Fluent files in `i18n/`.

// First, so every module below can use `t!`.
#[macro_use]
pub mod i18n;

pub mod app;
pub mod catalog;
pub mod cli;
pub mod doctor;
pub mod entra;
pub mod entra_register;
pub mod errors;
pub mod fuzzing;
pub mod genuine;
pub mod inventory;
pub mod keys;
pub mod large_blobs;
pub mod logging;
pub mod platform;
pub mod provision;
pub mod report;
pub mod settings;

pub use keyguide_ctap as device;
pub use keyguide_vkey as virtual_key;
pub use keyguide_vkey::smartcard;
