//! Entry points for fuzzing every parser of outside data that is ours.
//! The cargo-fuzz targets in `fuzz/` call these, and so does the short
//! pass in `tests/fuzz_short_pass.rs` that CI runs. Each must return for
//! any input, without panicking.

use std::cell::RefCell;
use std::path::Path;

use webauthn_authenticator_rs::transport::Token;

use crate::smartcard::fido_applet::FidoApplet;
use crate::virtual_key::{Profile, VirtualKey};

thread_local! {
    static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    // Keys are costly to make (key pairs); one per thread serves all inputs.
    static KEY: RefCell<VirtualKey> = RefCell::new(VirtualKey::new(Profile::Bio));
    static APPLET: RefCell<FidoApplet<VirtualKey>> =
        RefCell::new(FidoApplet::new(VirtualKey::new(Profile::Bio)));
}

/// The virtual key's request decoder: one raw CTAP request (command byte
/// and CBOR parameters), as a client would send it.
pub fn virtual_key_request(data: &[u8]) {
    KEY.with(|key| {
        let mut key = key.borrow_mut();
        let _ = RUNTIME
            .with(|rt| rt.block_on(key.transmit_raw(data, &crate::device::Prompts::discard())));
    });
}

/// The PC/SC card server's APDU handling: a sequence of command APDUs,
/// each prefixed by one length byte, sent to a freshly powered card.
pub fn card_apdus(data: &[u8]) {
    APPLET.with(|applet| {
        let mut applet = applet.borrow_mut();
        applet.power_up();
        RUNTIME.with(|rt| {
            rt.block_on(async {
                let mut rest = data;
                while let Some((&len, tail)) = rest.split_first() {
                    let len = usize::from(len).min(tail.len());
                    let (apdu, next) = tail.split_at(len);
                    let answer = applet.process(apdu).await;
                    assert!(answer.len() >= 2, "every answer ends with a status word");
                    rest = next;
                }
            })
        });
        applet.power_off();
    });
}

/// The model catalog loader, then lookups. The input is the catalog's
/// JSON; it is compressed first, as the loader reads it, so the fuzzer
/// works on our JSON handling rather than on gzip.
pub fn catalog(data: &[u8]) {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).expect("writing to memory");
    let gz = gz.finish().expect("writing to memory");
    if let Ok(catalog) = crate::catalog::Catalog::from_bytes(&gz) {
        let _ = catalog.lookup(&uuid::Uuid::nil());
        let aaguid = uuid::Uuid::parse_str("005b20e1-f146-4b87-8f3a-36848ff60ea6").unwrap();
        if let Some(model) = catalog.lookup(&aaguid) {
            let _ = model.icon_png();
            let _ = model.warning();
        }
    }
}

/// The app's settings file and the virtual key file.
pub fn settings_and_key_files(data: &[u8]) {
    let _ = crate::settings::Settings::parse(data);
    let _ = VirtualKey::from_file_bytes(Path::new("fuzz.json"), data);
}

/// What the CLI parses itself: a PIN line (as read with --pin-stdin),
/// credential ids and fingerprint template ids.
pub fn cli_inputs(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let line = text.lines().next().unwrap_or_default();
    let pin = crate::device::Pin::new(line.to_owned());
    let _ = pin.check_new(4);
    let _ = pin.check_encodable();
    let _ = crate::device::passkeys::decode_credential_id(text);
    let _ = crate::device::fingerprints::decode_template_id(text);
}

/// The CTAPHID channel (CTAP 2.1 §11.2): what a USB key sends back, as
/// 64-byte reports cut from the input, to a channel that allocates itself
/// (INIT) and then sends one CBOR request. Reassembly, channel filtering,
/// keepalives, errors and timeouts all read these reports.
pub fn ctaphid_reports(data: &[u8]) {
    use crate::device::usb::ctaphid::{CtapHidChannel, HidReports, Report, Timeouts, REPORT_LEN};
    use std::time::Duration;
    use webauthn_authenticator_rs::prelude::WebauthnCError;

    /// A key whose answers are the fuzz input; it runs out by closing.
    struct Scripted<'a> {
        reports: std::slice::Chunks<'a, u8>,
    }

    #[async_trait::async_trait]
    impl HidReports for Scripted<'_> {
        async fn send_report(&mut self, _report: &Report) -> Result<(), WebauthnCError> {
            Ok(())
        }

        async fn recv_report(&mut self) -> Result<Report, WebauthnCError> {
            let chunk = self.reports.next().ok_or(WebauthnCError::Closed)?;
            let mut report = [0u8; REPORT_LEN];
            report[..chunk.len()].copy_from_slice(chunk);
            Ok(report)
        }
    }

    let device = Scripted {
        reports: data.chunks(REPORT_LEN),
    };
    let mut channel = CtapHidChannel::new(device, crate::device::CancelSignal::new())
        .with_timeouts(Timeouts {
            idle: Duration::from_millis(1),
            after_cancel: Duration::from_millis(1),
        });
    RUNTIME.with(|rt| {
        rt.block_on(async {
            if channel.init_with_nonce(FUZZ_NONCE).await.is_ok() {
                // authenticatorGetInfo: one byte, no parameters.
                let _ = channel
                    .cbor(&[0x04], &crate::device::Prompts::discard())
                    .await;
            }
        })
    });
}

/// The nonce `ctaphid_reports` sends with INIT, so seeds can answer it.
pub const FUZZ_NONCE: [u8; 8] = *b"keyguide";

/// Authenticator data (WebAuthn §6.1) as a key returns it from
/// makeCredential and getAssertion. What parses must hold together: the
/// parts the flags announce are there, and nothing else.
pub fn auth_data(data: &[u8]) {
    use crate::device::auth_data::{flags, AuthenticatorData};
    if let Ok(parsed) = AuthenticatorData::parse(data) {
        assert_eq!(parsed.rp_id_hash[..], data[..32]);
        assert_eq!(
            parsed.attested_credential.is_some(),
            parsed.flags & flags::AT != 0
        );
        assert_eq!(parsed.extensions.is_some(), parsed.flags & flags::ED != 0);
        let attested = parsed
            .attested_credential
            .as_ref()
            .map_or(0, |c| 16 + 2 + c.credential_id.len() + c.public_key.len());
        let extensions = parsed.extensions.as_ref().map_or(0, Vec::len);
        assert_eq!(
            37 + attested + extensions,
            data.len(),
            "every byte is accounted for"
        );
    }
}

/// The client side of our NFC transport (CTAP 2.1 §11.3): what a card
/// answers. The input is an ATR (one length byte, then that many bytes),
/// one byte of options, then the card's answers, each with a two-byte
/// big-endian length; when they run out the card is gone. Two CTAP
/// exchanges run against it: status words, 61xx / GET RESPONSE, 6Cxx,
/// 6700 on extended lengths, 9100 keepalives and the cancel path.
/// Options: bit 0 sends a 300-byte command (chained in short form); the
/// high nibble, when not 0, presses Cancel at that APDU.
pub fn nfc_responses(data: &[u8]) {
    use crate::device::nfc::link::Link;
    use crate::device::CancelSignal;

    let Some((&atr_len, rest)) = data.split_first() else {
        return;
    };
    let (atr, rest) = rest.split_at(usize::from(atr_len).min(rest.len()));
    let Some((&options, mut answers)) = rest.split_first() else {
        return;
    };
    let cancel = CancelSignal::new();
    let cancel_at = usize::from(options >> 4);
    let mut sent = 0usize;
    let mut card = |_apdu: &[u8]| -> Result<Vec<u8>, pcsc::Error> {
        sent += 1;
        if sent == cancel_at {
            cancel.cancel();
        }
        let (len, tail) = match answers {
            [hi, lo, tail @ ..] => (usize::from(u16::from_be_bytes([*hi, *lo])), tail),
            _ => return Err(pcsc::Error::RemovedCard),
        };
        let (answer, next) = tail.split_at(len.min(tail.len()));
        answers = next;
        Ok(answer.to_vec())
    };
    let mut link = Link::for_atr(atr);
    let cbor: Vec<u8> = if options & 1 != 0 {
        std::iter::once(0x06).chain([0x5A; 299]).collect()
    } else {
        vec![0x04]
    };
    for _ in 0..2 {
        if let Ok(body) = link.ctap(&mut card, &cbor, &mut |_| {}, &cancel) {
            // The body follows a status byte of 0 in an answer the card
            // sent; it cannot be longer than all the answers together.
            assert!(body.len() < data.len());
        }
    }
}
