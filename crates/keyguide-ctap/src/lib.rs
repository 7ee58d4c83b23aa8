//! KeyGuide's device layer: discovery, the per-key session and one module
//! per CTAP command family.
//!
//! A crate of its own so the compiler keeps the layers apart: it depends on
//! no UI toolkit, no translations and no catalog. Errors carry data
//! ([`KeyError`]); the app and the CLI put them in the user's language.

pub mod auth_data;
pub mod cancel;
pub mod capabilities;
pub mod client_pin;
pub mod connection;
pub mod ctap22;
pub mod discovery;
pub mod error;
pub mod fingerprints;
pub mod hotplug;
pub mod info;
pub mod large_blobs;
pub mod model;
pub mod nfc;
pub mod passkeys;
pub mod pin;
pub mod pin_state;
pub mod pin_uv;
pub mod prompts;
pub mod session;
pub mod settings;
pub mod usb;

pub use cancel::CancelSignal;
pub use capabilities::{Capabilities, CommandSet};
pub use connection::{Connection, TokenConnection};
pub use error::{AccessDenied, KeyError};
pub use pin::Pin;
pub use prompts::{KeyEvent, Prompts};
pub use session::KeySession;
