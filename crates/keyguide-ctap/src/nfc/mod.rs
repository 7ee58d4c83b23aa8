//! CTAP over NFC through PC/SC (CTAP 2.1 §11.3), ours on the `pcsc` crate.
//!
//! - [`apdu`]: command and response APDUs as a client writes and reads them.
//! - [`link`]: the CTAP exchange over any APDU channel (SELECT once,
//!   keepalives, chaining, GET RESPONSE, cancel), tested against scripted
//!   cards.
//! - [`transport`]: one card through PC/SC as the library's `Token`.
//!
//! Readers and cards coming and going are watched in `crate::hotplug`,
//! which never connects to a card.

pub mod apdu;
pub mod link;
pub mod transport;

pub use transport::NfcCard;
