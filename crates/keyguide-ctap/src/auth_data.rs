//! Authenticator data (WebAuthn Level 3 §6.1), as a key returns it in
//! makeCredential and getAssertion answers (CTAP 2.1 §6.1, §6.2: `authData`).
//!
//! ```text
//! rpIdHash (32) | flags (1) | signCount (4, big-endian)
//! [attested credential data, when flag AT:
//!    aaguid (16) | credentialIdLength (2, big-endian) | credentialId
//!    | credentialPublicKey (a COSE_Key: one CBOR map)]       §6.5.1
//! [extensions, when flag ED: one CBOR map]
//! ```
//!
//! The public key's length is not written anywhere: only parsing its CBOR
//! tells where it ends. Everything the key sends must be accounted for, so
//! trailing bytes and flags that disagree with the bytes are errors.

use serde::Deserialize as _;
use serde_cbor_2::Value;

use super::error::KeyError;

/// Flag bits (§6.1, "flags").
pub mod flags {
    /// User Present.
    pub const UP: u8 = 0x01;
    /// User Verified.
    pub const UV: u8 = 0x04;
    /// Backup Eligibility.
    pub const BE: u8 = 0x08;
    /// Backup State.
    pub const BS: u8 = 0x10;
    /// Attested credential data included.
    pub const AT: u8 = 0x40;
    /// Extension data included.
    pub const ED: u8 = 0x80;
}

/// rpIdHash, flags and signCount.
const FIXED_LEN: usize = 32 + 1 + 4;
/// aaguid and credentialIdLength.
const ATTESTED_FIXED_LEN: usize = 16 + 2;
/// §6.5.1: "credentialIdLength ... MUST NOT be greater than 1023".
pub const MAX_CREDENTIAL_ID_LEN: usize = 1023;

/// Parsed authenticator data. Byte fields are copies; CBOR parts are kept
/// as the bytes the key sent (a signature covers those, not a re-encoding).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthenticatorData {
    pub rp_id_hash: [u8; 32],
    pub flags: u8,
    pub sign_count: u32,
    pub attested_credential: Option<AttestedCredential>,
    /// The extensions map's CBOR bytes, when flag ED is set.
    pub extensions: Option<Vec<u8>>,
}

/// Attested credential data (§6.5.1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttestedCredential {
    pub aaguid: [u8; 16],
    pub credential_id: Vec<u8>,
    /// The COSE_Key's CBOR bytes.
    pub public_key: Vec<u8>,
}

impl AuthenticatorData {
    /// The credential id a makeCredential answer's authData carries
    /// (attested credential data must be present).
    pub fn credential_id_of(bytes: &[u8]) -> Result<Vec<u8>, KeyError> {
        AuthenticatorData::parse(bytes)?
            .attested_credential
            .map(|c| c.credential_id)
            .ok_or_else(|| KeyError::Protocol("authData without attested credential data".into()))
    }

    /// Parses authenticator data, accepting exactly what §6.1 allows.
    pub fn parse(bytes: &[u8]) -> Result<Self, KeyError> {
        let bad = |why: &str| KeyError::Protocol(format!("authData: {why}"));
        if bytes.len() < FIXED_LEN {
            return Err(bad("shorter than rpIdHash, flags and signCount"));
        }
        let (fixed, mut rest) = bytes.split_at(FIXED_LEN);
        let mut rp_id_hash = [0u8; 32];
        rp_id_hash.copy_from_slice(&fixed[..32]);
        let flag_bits = fixed[32];
        let sign_count = u32::from_be_bytes([fixed[33], fixed[34], fixed[35], fixed[36]]);
        // §6.1, BS: "If the BE flag is 0, the BS flag MUST be 0."
        if flag_bits & flags::BS != 0 && flag_bits & flags::BE == 0 {
            return Err(bad("backup state without backup eligibility"));
        }

        let attested_credential = if flag_bits & flags::AT != 0 {
            if rest.len() < ATTESTED_FIXED_LEN {
                return Err(bad("flag AT without attested credential data"));
            }
            let mut aaguid = [0u8; 16];
            aaguid.copy_from_slice(&rest[..16]);
            let id_len = usize::from(u16::from_be_bytes([rest[16], rest[17]]));
            if id_len > MAX_CREDENTIAL_ID_LEN {
                return Err(bad("credentialIdLength above 1023"));
            }
            rest = &rest[ATTESTED_FIXED_LEN..];
            if rest.len() < id_len {
                return Err(bad("credential id cut short"));
            }
            let (credential_id, after_id) = rest.split_at(id_len);
            let (public_key, after_key) = split_cbor_map(after_id)
                .ok_or_else(|| bad("credentialPublicKey is not a CBOR map"))?;
            rest = after_key;
            Some(AttestedCredential {
                aaguid,
                credential_id: credential_id.to_vec(),
                public_key: public_key.to_vec(),
            })
        } else {
            None
        };

        let extensions = if flag_bits & flags::ED != 0 {
            let (map, after) =
                split_cbor_map(rest).ok_or_else(|| bad("extensions are not a CBOR map"))?;
            rest = after;
            Some(map.to_vec())
        } else {
            None
        };

        if !rest.is_empty() {
            return Err(bad("bytes after the last part the flags announce"));
        }
        Ok(AuthenticatorData {
            rp_id_hash,
            flags: flag_bits,
            sign_count,
            attested_credential,
            extensions,
        })
    }

    pub fn user_present(&self) -> bool {
        self.flags & flags::UP != 0
    }

    pub fn user_verified(&self) -> bool {
        self.flags & flags::UV != 0
    }
}

/// One CBOR map at the start of `bytes`: its bytes and what follows.
fn split_cbor_map(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut de = serde_cbor_2::Deserializer::from_slice(bytes);
    match Value::deserialize(&mut de) {
        Ok(Value::Map(_)) => Some(bytes.split_at(de.byte_offset())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Test vectors from python-fido2's tests (tests/test_ctap2.py at
    // 165147ccd195a972eadfaf3be1935e94c98e82bb, _AUTH_DATA_MC,
    // _AUTH_DATA_GA and the packed attestation's authData): bytes of a real
    // key, written by neither our client nor our virtual key.
    const RP_ID_HASH: &str = "0021F5FC0B85CD22E60623BCD7D1CA48948909249B4776EB515154E57B66AE12";
    const AAGUID: &str = "F8A011F38C0A4D15800617111F9EDC7D";
    const CRED_ID: &str = "FE3AAC036D14C1E1C65518B698DD1DA8F596BC33E11072813466C6BF3845691509B80FB76D59309B8D39E0A93452688F6CA3A39A76F3FC52744FB73948B15783";
    const PUB_KEY: &str = "A5010203262001215820643566C206DD00227005FA5DE69320616CA268043A38F08BDE2E9DC45A5CAFAF225820171353B2932434703726AAE579FA6542432861FE591E481EA22D63997E1A5290";

    fn make_credential_auth_data() -> Vec<u8> {
        hex::decode(format!(
            "{RP_ID_HASH}410000001C{AAGUID}0040{CRED_ID}{PUB_KEY}"
        ))
        .unwrap()
    }

    fn h(s: &str) -> Vec<u8> {
        hex::decode(s).unwrap()
    }

    #[test]
    fn a_make_credential_answer_gives_its_credential_and_key() {
        let data = AuthenticatorData::parse(&make_credential_auth_data()).unwrap();
        assert_eq!(data.rp_id_hash.to_vec(), h(RP_ID_HASH));
        assert_eq!(data.flags, 0x41);
        assert!(data.user_present() && !data.user_verified());
        assert_eq!(data.sign_count, 28);
        let cred = data.attested_credential.unwrap();
        assert_eq!(cred.aaguid.to_vec(), h(AAGUID));
        assert_eq!(cred.credential_id, h(CRED_ID));
        assert_eq!(cred.public_key, h(PUB_KEY));
        assert_eq!(data.extensions, None);
    }

    #[test]
    fn a_get_assertion_answer_has_no_credential_data() {
        let data = AuthenticatorData::parse(&h(&format!("{RP_ID_HASH}010000001D"))).unwrap();
        assert_eq!(data.flags, 0x01);
        assert_eq!(data.sign_count, 29);
        assert_eq!(data.attested_credential, None);
        assert_eq!(data.extensions, None);
    }

    #[test]
    fn a_packed_attestation_from_another_key_parses() {
        // python-fido2's test_packed_attestation authData (0x58C4 bytes).
        let bytes = h(concat!(
            "0021f5fc0b85cd22e60623bcd7d1ca48948909249b4776eb515154e57b66ae12",
            "4100000003f8a011f38c0a4d15800617111f9edc7d0040",
            "60a386206a3aacecbdbb22d601853d955fdc5d11adfbd1aa6a950d966b348c76",
            "63d40173714a9f987df6461beadfb9cd6419ffdfe4d4cf2eec1aa605a4f59bda",
            "a50102032620012158200edb27580389494d74d2373b8f8c2e8b76fa135946d4",
            "f30d0e187e120b423349225820e03400d189e85a55de9ab0f538ed60736eb750",
            "f5f0306a80060fe1b13010560d"
        ));
        assert_eq!(bytes.len(), 0xC4);
        let data = AuthenticatorData::parse(&bytes).unwrap();
        assert_eq!(data.sign_count, 3);
        let cred = data.attested_credential.unwrap();
        assert_eq!(cred.credential_id.len(), 64);
        assert_eq!(&cred.credential_id[..4], &[0x60, 0xa3, 0x86, 0x20]);
        assert_eq!(cred.public_key.len(), 77, "a P-256 COSE_Key");
    }

    #[test]
    fn extensions_after_the_key_are_kept_apart() {
        // The MC vector with flag ED and {"credProtect": 2} appended
        // (CTAP 2.1 §12.1's extension output).
        let mut bytes = make_credential_auth_data();
        bytes[32] |= flags::ED;
        let ext = h("A16B6372656450726F7465637402");
        bytes.extend_from_slice(&ext);
        let data = AuthenticatorData::parse(&bytes).unwrap();
        assert_eq!(data.extensions, Some(ext));
        assert_eq!(
            data.attested_credential.unwrap().public_key,
            h(PUB_KEY),
            "the key ends where its map ends"
        );
    }

    #[test]
    fn bytes_the_flags_do_not_announce_are_refused() {
        let mut bytes = make_credential_auth_data();
        bytes.push(0x00);
        assert!(AuthenticatorData::parse(&bytes).is_err(), "trailing byte");

        // Attested data present but flag AT clear.
        let mut bytes = make_credential_auth_data();
        bytes[32] &= !flags::AT;
        assert!(AuthenticatorData::parse(&bytes).is_err());

        // Flag ED without extensions.
        let mut bytes = make_credential_auth_data();
        bytes[32] |= flags::ED;
        assert!(AuthenticatorData::parse(&bytes).is_err());

        // Flag AT on a getAssertion-sized answer.
        assert!(AuthenticatorData::parse(&h(&format!("{RP_ID_HASH}410000001D"))).is_err());

        // Backup state without backup eligibility.
        assert!(AuthenticatorData::parse(&h(&format!("{RP_ID_HASH}110000001D"))).is_err());
        assert!(AuthenticatorData::parse(&h(&format!("{RP_ID_HASH}190000001D"))).is_ok());
    }

    #[test]
    fn a_credential_id_longer_than_the_data_is_refused() {
        let mut bytes = make_credential_auth_data();
        // credentialIdLength 0x0040 -> 0x00FF: runs into and past the key.
        bytes[53 + 1] = 0xFF;
        assert!(AuthenticatorData::parse(&bytes).is_err());
        bytes[53] = 0x04; // 0x04FF > 1023
        assert!(AuthenticatorData::parse(&bytes).is_err());
        // A public key that is not a map (a byte string).
        let mut bytes = h(&format!("{RP_ID_HASH}410000001C{AAGUID}0001AA"));
        bytes.extend_from_slice(&h("43010203"));
        assert!(AuthenticatorData::parse(&bytes).is_err());
        // Cut inside the key's map.
        let bytes = make_credential_auth_data();
        assert!(AuthenticatorData::parse(&bytes[..bytes.len() - 1]).is_err());
        assert!(AuthenticatorData::parse(&bytes[..36]).is_err());
    }
}
