//! The virtual key as a contactless FIDO card (CTAP 2.1 §11.3), served to a
//! real `pcscd` through vsmartcard's vpcd reader so that the NFC path is
//! tested end to end with real PC/SC software.
//!
//! - [`apdu`]: ISO 7816-4 command/response APDUs, chaining, GET RESPONSE.
//! - [`fido_applet`]: the FIDO applet around any library `Token`.
//! - [`vpcd`]: the vpcd TCP client loop.

pub mod apdu;
pub mod fido_applet;
pub mod vpcd;

pub use fido_applet::{AppletVersion, FidoApplet, FIDO_AID, FIDO_CARD_ATR};
pub use vpcd::{serve_vpcd, VpcdControl, VpcdError, VpcdServer};
