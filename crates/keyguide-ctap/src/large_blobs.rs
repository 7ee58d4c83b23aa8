//! Large blobs (CTAP 2.1 §6.10, authenticatorLargeBlobs 0x0C): one array
//! the key stores for sites (certificates, for instance), each entry
//! encrypted with the largeBlobKey of the passkey it belongs to.
//!
//! - The stored form, serializedLargeBlobArray (§6.10.1): the CBOR array of
//!   entries followed by the first 16 bytes of SHA-256 over that array.
//!   An empty store holds `0x80` and its 16-byte checksum.
//! - An entry (§6.10.3): `{1: ciphertext, 2: nonce (12 bytes), 3: origSize}`,
//!   AES-256-GCM under the passkey's largeBlobKey, associated data
//!   `"blob" || uint64LittleEndian(origSize)`. Whether an entry belongs to a
//!   passkey is known only by opening it with that passkey's key; KeyGuide
//!   opens and drops the plaintext (it never shows a site's data).
//! - Reading (§6.10.2): `get` fragments of at most maxMsgSize − 64 bytes
//!   from `offset`. Writing: `set` fragments, `length` with the first one,
//!   pinUvAuthParam over `32×0xff || 0x0c 0x00 || uint32LE(offset) ||
//!   SHA-256(fragment)` with a token holding the lbw permission (0x10).

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use serde_cbor_2::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use webauthn_authenticator_rs::ctap2::commands::Permissions;

use crate::error::{Feature, KeyError};
use crate::session::KeySession;

/// authenticatorLargeBlobs.
const COMMAND: u8 = 0x0C;
/// §6.10.2: a fragment is at most maxMsgSize − 64 bytes.
const FRAGMENT_OVERHEAD: usize = 64;
/// maxMsgSize when getInfo does not say (§6.4: 1024 by default).
const DEFAULT_MAX_MSG_SIZE: usize = 1024;
/// The most KeyGuide reads, whatever a key claims (§6.4 requires at least
/// 1024; real keys offer a few KiB).
const READ_LIMIT: usize = 1024 * 1024;

/// The serialized empty array: `0x80` and the first 16 bytes of its
/// SHA-256 (§6.10.1: what a key holds after a reset).
pub fn empty_array() -> Vec<u8> {
    with_checksum(vec![0x80])
}

fn with_checksum(mut array: Vec<u8>) -> Vec<u8> {
    let digest = Sha256::digest(&array);
    array.extend_from_slice(&digest[..16]);
    array
}

/// One entry of the array, still encrypted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub ciphertext: Vec<u8>,
    pub nonce: [u8; 12],
    pub orig_size: u64,
}

impl Entry {
    /// Whether this entry opens with `large_blob_key` (the GCM tag
    /// verifies): it then belongs to that passkey.
    pub fn opens_with(&self, large_blob_key: &[u8]) -> bool {
        let Ok(cipher) = Aes256Gcm::new_from_slice(large_blob_key) else {
            return false;
        };
        let mut aad = b"blob".to_vec();
        aad.extend_from_slice(&self.orig_size.to_le_bytes());
        cipher
            .decrypt(
                &Nonce::from(self.nonce),
                Payload {
                    msg: &self.ciphertext,
                    aad: &aad,
                },
            )
            .is_ok()
    }
}

/// Checks the checksum and reads the entries. Entries that are not maps of
/// the expected shape are skipped, as §6.10.3 tells platforms to do.
pub fn parse_array(serialized: &[u8]) -> Result<Vec<Entry>, KeyError> {
    let bad = |why: &str| KeyError::Protocol(format!("large-blob array: {why}"));
    if serialized.len() < 17 {
        return Err(bad("shorter than its checksum"));
    }
    let (array, checksum) = serialized.split_at(serialized.len() - 16);
    if Sha256::digest(array)[..16] != *checksum {
        return Err(bad("checksum does not match"));
    }
    let Value::Array(items) =
        serde_cbor_2::from_slice(array).map_err(|_| bad("not a CBOR array"))?
    else {
        return Err(bad("not a CBOR array"));
    };
    Ok(items
        .into_iter()
        .filter_map(|item| {
            let Value::Map(map) = item else { return None };
            let ciphertext = match map.get(&Value::Integer(1))? {
                Value::Bytes(b) if b.len() >= 16 => b.clone(),
                _ => return None,
            };
            let nonce = match map.get(&Value::Integer(2))? {
                Value::Bytes(b) => <[u8; 12]>::try_from(b.as_slice()).ok()?,
                _ => return None,
            };
            let orig_size = match map.get(&Value::Integer(3))? {
                Value::Integer(n) => u64::try_from(*n).ok()?,
                _ => return None,
            };
            Some(Entry {
                ciphertext,
                nonce,
                orig_size,
            })
        })
        .collect())
}

/// What the key's large-blob store holds.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LargeBlobStore {
    /// Bytes of the serialized array, checksum included.
    pub used_bytes: usize,
    /// maxSerializedLargeBlobArray (getInfo 0x0B), when the key says.
    pub max_bytes: Option<usize>,
    pub entries: Vec<Entry>,
}

impl serde::Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Sizes only: the contents belong to the site.
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("encrypted_bytes", &self.ciphertext.len())?;
        map.serialize_entry("original_bytes", &self.orig_size)?;
        map.end()
    }
}

impl LargeBlobStore {
    pub fn free_bytes(&self) -> Option<usize> {
        self.max_bytes.map(|m| m.saturating_sub(self.used_bytes))
    }

    /// How many entries open with this passkey's largeBlobKey.
    pub fn entries_of(&self, large_blob_key: &[u8]) -> usize {
        self.entries
            .iter()
            .filter(|e| e.opens_with(large_blob_key))
            .count()
    }
}

impl KeySession {
    pub fn supports_large_blobs(&self) -> bool {
        self.caps.large_blobs
    }

    fn max_fragment(&self) -> usize {
        let max_msg = self
            .get_info()
            .max_msg_size
            .map_or(DEFAULT_MAX_MSG_SIZE, |n| n as usize);
        max_msg.saturating_sub(FRAGMENT_OVERHEAD).max(1)
    }

    fn max_serialized_large_blob_array(&self) -> Option<usize> {
        self.get_info().max_serialized_large_blob_array
    }

    /// Reads the whole serialized array in fragments and parses it. Reading
    /// needs no PIN (§6.10.2).
    pub async fn read_large_blobs(&mut self) -> Result<LargeBlobStore, KeyError> {
        if !self.supports_large_blobs() {
            return Err(KeyError::Unsupported(Feature::LargeBlobs));
        }
        let fragment = self.max_fragment();
        let mut serialized = Vec::new();
        loop {
            let request = BTreeMap::from([
                (Value::Integer(0x01), Value::Integer(fragment as i128)),
                (
                    Value::Integer(0x03),
                    Value::Integer(serialized.len() as i128),
                ),
            ]);
            let answer = self.large_blobs_command(request).await?;
            let chunk = match answer.get(&Value::Integer(0x01)) {
                Some(Value::Bytes(b)) => b.clone(),
                _ => return Err(KeyError::Protocol("large-blob answer without data".into())),
            };
            let done = chunk.len() < fragment;
            serialized.extend_from_slice(&chunk);
            if serialized.len() > READ_LIMIT {
                return Err(KeyError::Protocol("large-blob array too large".into()));
            }
            if done {
                break;
            }
        }
        Ok(LargeBlobStore {
            used_bytes: serialized.len(),
            max_bytes: self.max_serialized_large_blob_array(),
            entries: parse_array(&serialized)?,
        })
    }

    /// A token with the lbw permission alone (§6.5.5.7), for writing the
    /// store. Kept apart from the management unlock: a key that refused
    /// lbw next to cm/be/acfg would otherwise refuse every unlock.
    pub async fn unlock_large_blobs(&mut self, pin: &crate::Pin) -> Result<(), KeyError> {
        self.get_token(pin, Permissions::LARGE_BLOB_WRITE, None)
            .await
    }

    /// Replaces the array with the empty one: every site's large blob on
    /// this key is gone. Needs [`unlock_large_blobs`](Self::unlock_large_blobs)
    /// first when the key has a PIN.
    pub async fn clear_large_blobs(&mut self) -> Result<(), KeyError> {
        if !self.supports_large_blobs() {
            return Err(KeyError::Unsupported(Feature::LargeBlobs));
        }
        self.write_large_blobs(&empty_array()).await
    }

    async fn write_large_blobs(&mut self, serialized: &[u8]) -> Result<(), KeyError> {
        let fragment = self.max_fragment();
        let protected = self.pin_is_set() == Some(true);
        for (i, chunk) in serialized.chunks(fragment).enumerate() {
            let offset = i * fragment;
            let mut request = BTreeMap::from([
                (Value::Integer(0x02), Value::Bytes(chunk.to_vec())),
                (Value::Integer(0x03), Value::Integer(offset as i128)),
            ]);
            if offset == 0 {
                request.insert(
                    Value::Integer(0x04),
                    Value::Integer(serialized.len() as i128),
                );
            }
            if protected {
                let mut message = vec![0xff; 32];
                message.extend_from_slice(&[COMMAND, 0x00]);
                message.extend_from_slice(&(offset as u32).to_le_bytes());
                message.extend_from_slice(&Sha256::digest(chunk));
                let (protocol, param) = self.auth_param(Permissions::LARGE_BLOB_WRITE, &message)?;
                request.insert(Value::Integer(0x05), Value::Bytes(param));
                request.insert(Value::Integer(0x06), Value::Integer(protocol as i128));
            }
            self.large_blobs_command(request)
                .await
                .map_err(|e| self.token_rejected(e))?;
        }
        Ok(())
    }

    async fn large_blobs_command(
        &mut self,
        request: BTreeMap<Value, Value>,
    ) -> Result<BTreeMap<Value, Value>, KeyError> {
        let mut cbor = vec![COMMAND];
        cbor.extend(
            serde_cbor_2::to_vec(&Value::Map(request))
                .map_err(|e| KeyError::Protocol(format!("could not encode a command: {e}")))?,
        );
        let raw = self.send_raw(&cbor).await?;
        if raw.is_empty() {
            return Ok(BTreeMap::new());
        }
        match serde_cbor_2::from_slice(&raw) {
            Ok(Value::Map(map)) => Ok(map),
            _ => Err(KeyError::Protocol("undecodable large-blob answer".into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The empty array as CTAP 2.1 §6.10.1 prints it:
    /// h'8076be8b528d0075f7aae98d6fa57a6d3c'.
    #[test]
    fn the_empty_array_is_the_one_the_specification_gives() {
        assert_eq!(
            hex::encode(empty_array()),
            "8076be8b528d0075f7aae98d6fa57a6d3c"
        );
        assert_eq!(parse_array(&empty_array()).unwrap(), Vec::new());
    }

    #[test]
    fn a_wrong_checksum_is_refused() {
        let mut bytes = empty_array();
        bytes[5] ^= 1;
        assert!(parse_array(&bytes).is_err());
        assert!(parse_array(&[0x80]).is_err());
    }
}
