//! The device layer: discovery, the per-key session and one module per CTAP
//! command family. Knows nothing of the UI (CI greps this folder for `iced`).

pub mod cancel;
pub mod error;
pub mod model;
pub mod prompts;

pub use cancel::CancelSignal;
pub use error::KeyError;
pub use prompts::{KeyEvent, Prompts};
