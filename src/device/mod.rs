//! The device layer: discovery, the per-key session and one module per CTAP
//! command family. Knows nothing of the UI: CI fails if this folder uses the GUI toolkit.

pub mod cancel;
pub mod client_pin;
pub mod connection;
pub mod discovery;
pub mod error;
pub mod fingerprints;
pub mod info;
pub mod model;
pub mod passkeys;
pub mod pin;
pub mod pin_uv;
pub mod prompts;
pub mod session;
pub mod settings;
pub mod usb;

pub use cancel::CancelSignal;
pub use connection::{Connection, TokenConnection};
pub use error::KeyError;
pub use pin::Pin;
pub use prompts::{KeyEvent, Prompts};
pub use session::KeySession;
