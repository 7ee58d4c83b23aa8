//! The virtual key's large-blob store (CTAP 2.1 §6.10.2): the serialized
//! array, and a write in progress. The command's parameters and its
//! pinUvAuthParam are checked by the authenticator; this keeps the bytes
//! and the rules of offsets, lengths and the final checksum.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::status::{
    INTEGRITY_FAILURE, INVALID_LENGTH, INVALID_PARAMETER, INVALID_SEQ, LARGE_BLOB_STORAGE_FULL,
};

/// maxSerializedLargeBlobArray the virtual key offers (§6.4 asks ≥ 1024).
pub const MAX_SERIALIZED: usize = 4096;

/// `0x80` and the first 16 bytes of its SHA-256: the empty array.
pub fn empty_array() -> Vec<u8> {
    let mut bytes = vec![0x80];
    let digest = Sha256::digest(&bytes);
    bytes.extend_from_slice(&digest[..16]);
    bytes
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Store {
    #[serde(with = "hex::serde")]
    serialized: Vec<u8>,
    /// A write in progress: the announced length and what came so far.
    /// Not saved: a power cycle abandons it.
    #[serde(skip)]
    pending: Option<(usize, Vec<u8>)>,
}

impl Default for Store {
    fn default() -> Store {
        Store {
            serialized: empty_array(),
            pending: None,
        }
    }
}

impl Store {
    #[cfg(test)]
    pub fn serialized(&self) -> &[u8] {
        &self.serialized
    }

    /// `get`: up to `count` bytes from `offset` (§6.10.2 steps for get).
    pub fn get(&self, offset: usize, count: usize, max_fragment: usize) -> Result<Vec<u8>, u8> {
        if count > max_fragment {
            return Err(INVALID_LENGTH);
        }
        if offset > self.serialized.len() {
            return Err(INVALID_PARAMETER);
        }
        let end = (offset + count).min(self.serialized.len());
        Ok(self.serialized[offset..end].to_vec())
    }

    /// `set`: one fragment at `offset`; `length` comes with the first
    /// (offset 0). The last fragment commits the array if its trailing 16
    /// bytes are the checksum of the rest.
    pub fn set(
        &mut self,
        fragment: &[u8],
        offset: usize,
        length: Option<usize>,
        max_fragment: usize,
    ) -> Result<(), u8> {
        if fragment.len() > max_fragment {
            return Err(INVALID_LENGTH);
        }
        if offset == 0 {
            let length = length.ok_or(INVALID_PARAMETER)?;
            if length > MAX_SERIALIZED {
                return Err(LARGE_BLOB_STORAGE_FULL);
            }
            if length < 17 {
                return Err(INVALID_PARAMETER);
            }
            self.pending = Some((length, Vec::with_capacity(length)));
        } else if length.is_some() {
            return Err(INVALID_PARAMETER);
        }
        let (expected, buffer) = self.pending.as_mut().ok_or(INVALID_PARAMETER)?;
        if offset != buffer.len() {
            return Err(INVALID_SEQ);
        }
        if buffer.len() + fragment.len() > *expected {
            return Err(INVALID_PARAMETER);
        }
        buffer.extend_from_slice(fragment);
        if buffer.len() == *expected {
            let (array, checksum) = buffer.split_at(buffer.len() - 16);
            let valid = Sha256::digest(array)[..16] == *checksum;
            let done = std::mem::take(buffer);
            self.pending = None;
            if !valid {
                return Err(INTEGRITY_FAILURE);
            }
            self.serialized = done;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn array_of(entries: &[u8]) -> Vec<u8> {
        let mut bytes = entries.to_vec();
        let digest = Sha256::digest(&bytes);
        bytes.extend_from_slice(&digest[..16]);
        bytes
    }

    #[test]
    fn a_write_in_fragments_is_committed_when_its_checksum_matches() {
        let mut store = Store::default();
        // [h'00'] as a CBOR array, then its checksum: 19 bytes.
        let new = array_of(&[0x81, 0x41, 0x00]);
        store.set(&new[..10], 0, Some(new.len()), 10).unwrap();
        assert_eq!(store.serialized(), empty_array().as_slice(), "not yet");
        store.set(&new[10..], 10, None, 10).unwrap();
        assert_eq!(store.serialized(), new.as_slice());
        assert_eq!(store.get(0, 10, 10).unwrap(), new[..10].to_vec());
        assert_eq!(store.get(10, 10, 10).unwrap(), new[10..].to_vec());
    }

    #[test]
    fn a_bad_checksum_offset_or_size_is_refused_and_keeps_the_old_array() {
        let mut store = Store::default();
        let mut bad = array_of(&[0x80]);
        bad[3] ^= 1;
        assert_eq!(
            store.set(&bad, 0, Some(bad.len()), 64),
            Err(INTEGRITY_FAILURE)
        );
        assert_eq!(store.serialized(), empty_array().as_slice());
        let good = array_of(&[0x81, 0x41, 0x00]);
        store.set(&good[..5], 0, Some(good.len()), 64).unwrap();
        assert_eq!(store.set(&good[5..], 7, None, 64), Err(INVALID_SEQ));
        assert_eq!(
            store.set(&[0; 20], 0, Some(MAX_SERIALIZED + 1), 64),
            Err(LARGE_BLOB_STORAGE_FULL)
        );
        assert_eq!(store.get(0, 65, 64), Err(INVALID_LENGTH));
    }
}
