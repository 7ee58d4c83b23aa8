//! "packed" attestation (WebAuthn Level 2 §8.2; CTAP 2.1 §6.1.2 step 19).
//!
//! The built-in profiles attest with a batch certificate: one batch key and,
//! per profile, a certificate with the profile's AAGUID in extension
//! 1.3.6.1.4.1.45724.1.1.4, issued by a fixed test CA. Both were made once
//! by tests/python/make_attestation_certs.py (Python `cryptography`) and are
//! kept as data, so no X.509 crate is needed here. They are public test
//! keys: an attestation from the virtual key proves only that it is the
//! virtual key. Profiles from the FIDO metadata carry a real model's AAGUID,
//! for which no certificate of ours may speak: they use self attestation
//! (signed with the credential's own key, no x5c).

use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use serde_cbor_2::Value;

use super::cbor::{int, text, Map};
use super::profile::{ProfileSpec, BASIC_AAGUID, BIO_AAGUID, PRE_AAGUID};
use super::status::OTHER;

const BATCH_KEY: &[u8; 32] = include_bytes!("../data/attestation/batch-key.bin");
const BIO_CERT: &[u8] = include_bytes!("../data/attestation/bio.der");
const PRE_CERT: &[u8] = include_bytes!("../data/attestation/pre.der");
const BASIC_CERT: &[u8] = include_bytes!("../data/attestation/basic.der");
/// The CA that issued the batch certificates (for verifiers in tests).
pub const TEST_CA_CERT: &[u8] = include_bytes!("../data/attestation/ca.der");

fn batch_certificate(profile: &ProfileSpec) -> Option<&'static [u8]> {
    match profile.aaguid {
        BIO_AAGUID => Some(BIO_CERT),
        PRE_AAGUID => Some(PRE_CERT),
        BASIC_AAGUID => Some(BASIC_CERT),
        _ => None,
    }
}

/// attStmt of fmt "packed": { alg: -7 (ES256), sig, x5c? } with sig over
/// authenticatorData || clientDataHash.
pub fn packed(
    profile: &ProfileSpec,
    credential_key: &SigningKey,
    auth_data: &[u8],
    client_data_hash: &[u8],
) -> Result<Value, u8> {
    let mut signed = auth_data.to_vec();
    signed.extend_from_slice(client_data_hash);
    let mut stmt = Map::new();
    stmt.insert(text("alg"), int(-7));
    let signature: Signature = match batch_certificate(profile) {
        Some(cert) => {
            let batch = SigningKey::from_slice(BATCH_KEY).map_err(|_| OTHER)?;
            stmt.insert(text("x5c"), Value::Array(vec![Value::Bytes(cert.to_vec())]));
            batch.sign(&signed)
        }
        None => credential_key.sign(&signed),
    };
    stmt.insert(
        text("sig"),
        Value::Bytes(signature.to_der().as_bytes().to_vec()),
    );
    Ok(Value::Map(stmt))
}
