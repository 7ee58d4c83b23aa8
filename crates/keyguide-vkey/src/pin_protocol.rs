//! The authenticator's half of the PIN/UV auth protocols one and two
//! (CTAP 2.1 §6.5.6 and §6.5.7), written from the specification text and
//! on purpose separately from the client's `keyguide_ctap::pin_uv`: when a
//! shared misreading (a wrong KDF salt, a wrong info string) exists in only
//! one of them, the client and the virtual key stop agreeing. Both are
//! checked against vectors from python-fido2 (tests/data/pin_uv_vectors.json).
//!
//! - getPublicKey / decapsulate: ECDH on P-256; Z is the x coordinate of the
//!   shared point (§6.5.6 "ecdh").
//! - kdf: protocol one SHA-256(Z); protocol two HKDF-SHA-256(salt = 32 zero
//!   bytes, IKM = Z) expanded with info "CTAP2 HMAC key" and "CTAP2 AES key",
//!   32 bytes each, HMAC key first (§6.5.7).
//! - encrypt / decrypt: AES-256-CBC without padding; protocol one with an IV
//!   of zeros, protocol two with a random IV sent in front of the ciphertext.
//! - authenticate / verify: HMAC-SHA-256, cut to its first 16 bytes in
//!   protocol one; protocol two uses the HMAC key half of the shared secret,
//!   and the whole 32-byte output.

use aes::Aes256;
use cbc::cipher::{block_padding::NoPadding, BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use hmac::{Hmac, KeyInit, Mac};
use p256::elliptic_curve::sec1::{FromSec1Point, ToSec1Point};
use p256::{PublicKey, Sec1Point, SecretKey};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// A pinUvAuthProtocol the key speaks, by its number on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    One,
    Two,
}

/// The shared secret of one key agreement: protocol one's 32-byte key is
/// both the HMAC and the AES key; protocol two's are separate.
pub struct SharedSecret {
    hmac_key: Zeroizing<[u8; 32]>,
    aes_key: Zeroizing<[u8; 32]>,
}

impl SharedSecret {
    /// HMAC key || AES key for protocol two, the one key for protocol one.
    pub fn to_bytes(&self, protocol: Protocol) -> Vec<u8> {
        match protocol {
            Protocol::One => self.hmac_key.to_vec(),
            Protocol::Two => {
                let mut v = self.hmac_key.to_vec();
                v.extend_from_slice(&self.aes_key[..]);
                v
            }
        }
    }
}

impl Protocol {
    pub fn from_number(n: u64) -> Option<Protocol> {
        match n {
            1 => Some(Protocol::One),
            2 => Some(Protocol::Two),
            _ => None,
        }
    }

    /// kdf(Z) (§6.5.6 for one, §6.5.7 for two).
    pub fn kdf(self, z: &[u8]) -> SharedSecret {
        match self {
            Protocol::One => {
                let mut key = Zeroizing::new([0u8; 32]);
                key.copy_from_slice(&Sha256::digest(z));
                SharedSecret {
                    hmac_key: key.clone(),
                    aes_key: key,
                }
            }
            Protocol::Two => SharedSecret {
                hmac_key: hkdf_sha256(z, b"CTAP2 HMAC key"),
                aes_key: hkdf_sha256(z, b"CTAP2 AES key"),
            },
        }
    }

    /// encrypt(key, demPlaintext) with the IV protocol two sends in front
    /// (ignored by protocol one, whose IV is all zeros).
    pub fn encrypt_with_iv(self, key: &SharedSecret, iv: [u8; 16], plaintext: &[u8]) -> Vec<u8> {
        match self {
            Protocol::One => aes_cbc(&key.aes_key, [0; 16], plaintext, true).unwrap_or_default(),
            Protocol::Two => {
                let mut out = iv.to_vec();
                out.extend(aes_cbc(&key.aes_key, iv, plaintext, true).unwrap_or_default());
                out
            }
        }
    }

    /// encrypt(key, demPlaintext), a fresh random IV for protocol two.
    pub fn encrypt(self, key: &SharedSecret, plaintext: &[u8]) -> Vec<u8> {
        let mut iv = [0u8; 16];
        rand::fill(&mut iv[..]);
        self.encrypt_with_iv(key, iv, plaintext)
    }

    /// decrypt(key, demCiphertext): `None` when the length is not whole
    /// AES blocks (after protocol two's IV).
    pub fn decrypt(self, key: &SharedSecret, ciphertext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let (iv, body) = match self {
            Protocol::One => ([0u8; 16], ciphertext),
            Protocol::Two => {
                if ciphertext.len() < 16 {
                    return None;
                }
                let (iv, body) = ciphertext.split_at(16);
                (iv.try_into().ok()?, body)
            }
        };
        aes_cbc(&key.aes_key, iv, body, false).map(Zeroizing::new)
    }

    /// authenticate(key, message) with a shared secret.
    pub fn authenticate(self, key: &SharedSecret, message: &[u8]) -> Vec<u8> {
        self.authenticate_with_token(&key.hmac_key[..], message)
    }

    /// authenticate(pinUvAuthToken, message).
    pub fn authenticate_with_token(self, token: &[u8], message: &[u8]) -> Vec<u8> {
        let mac = hmac_sha256(token, message);
        match self {
            Protocol::One => mac[..16].to_vec(),
            Protocol::Two => mac.to_vec(),
        }
    }

    /// verify(key, message, signature), in constant time.
    pub fn verify(self, key: &SharedSecret, message: &[u8], signature: &[u8]) -> bool {
        equal(&self.authenticate(key, message), signature)
    }

    pub fn verify_with_token(self, token: &[u8], message: &[u8], signature: &[u8]) -> bool {
        equal(&self.authenticate_with_token(token, message), signature)
    }
}

fn equal(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// HKDF-SHA-256 (RFC 5869) with the 32 zero bytes salt of §6.5.7 and one
/// 32-byte output block: PRK = HMAC(salt, IKM); OKM = HMAC(PRK, info || 0x01).
fn hkdf_sha256(ikm: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let prk = Zeroizing::new(hmac_sha256(&[0u8; 32], ikm));
    let mut block = info.to_vec();
    block.push(0x01);
    Zeroizing::new(hmac_sha256(&prk[..], &block))
}

/// A getInfo member encrypted with the persistentPinUvAuthToken (CTAP 2.2
/// §6.4 encIdentifier): key = the first 16 bytes of HKDF-SHA-256(salt = 32
/// zero bytes, IKM = token, info), a fresh random IV, and IV ||
/// AES-128-CBC(key, IV, plaintext). `plaintext` is whole AES blocks.
pub fn encrypt_get_info_member(token: &[u8], info: &[u8], plaintext: &[u8]) -> Vec<u8> {
    use aes::Aes128;
    // HKDF-Expand's first block is the same whatever the length asked for,
    // so L = 16 is its first 16 bytes.
    let okm = hkdf_sha256(token, info);
    let iv: [u8; 16] = random_bytes();
    let enc = cbc::Encryptor::<Aes128>::new_from_slices(&okm[..16], &iv)
        .expect("16-byte AES-128 key and IV");
    let mut out = iv.to_vec();
    out.extend(enc.encrypt_padded_vec::<NoPadding>(plaintext));
    out
}

fn aes_cbc(key: &[u8; 32], iv: [u8; 16], data: &[u8], encrypt: bool) -> Option<Vec<u8>> {
    if data.len() % 16 != 0 {
        return None;
    }
    if encrypt {
        let enc = cbc::Encryptor::<Aes256>::new_from_slices(key, &iv).ok()?;
        Some(enc.encrypt_padded_vec::<NoPadding>(data))
    } else {
        let dec = cbc::Decryptor::<Aes256>::new_from_slices(key, &iv).ok()?;
        dec.decrypt_padded_vec::<NoPadding>(data).ok()
    }
}

/// The authenticator's key-agreement key, regenerated at power-up and after
/// a wrong PIN (§6.5.5.5 "regenerate").
pub struct KeyAgreement {
    secret: SecretKey,
}

impl KeyAgreement {
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; 32]);
        loop {
            rand::fill(&mut bytes[..]);
            if let Ok(secret) = SecretKey::from_slice(&bytes[..]) {
                return KeyAgreement { secret };
            }
        }
    }

    /// A fixed private key (known-answer tests).
    pub fn from_private_bytes(d: &[u8]) -> Option<Self> {
        SecretKey::from_slice(d)
            .ok()
            .map(|secret| KeyAgreement { secret })
    }

    /// getPublicKey(): the x and y coordinates.
    pub fn public_xy(&self) -> ([u8; 32], [u8; 32]) {
        let point = self.secret.public_key().to_sec1_point(false);
        let mut x = [0u8; 32];
        let mut y = [0u8; 32];
        x.copy_from_slice(point.x().expect("uncompressed point has x"));
        y.copy_from_slice(point.y().expect("uncompressed point has y"));
        (x, y)
    }

    /// ecdh(peer): Z, the x coordinate of d * peer. `None` for a point not
    /// on the curve (the caller answers INVALID_PARAMETER).
    pub fn ecdh(&self, peer_x: &[u8], peer_y: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        if peer_x.len() != 32 || peer_y.len() != 32 {
            return None;
        }
        let mut sec1 = vec![0x04];
        sec1.extend_from_slice(peer_x);
        sec1.extend_from_slice(peer_y);
        let point = Sec1Point::from_bytes(&sec1).ok()?;
        let peer: PublicKey = Option::from(PublicKey::from_sec1_point(&point))?;
        let shared = p256::ecdh::diffie_hellman(self.secret.to_nonzero_scalar(), peer.as_affine());
        Some(Zeroizing::new(shared.raw_secret_bytes().to_vec()))
    }

    /// decapsulate(peer) = kdf(ecdh(peer)).
    pub fn decapsulate(
        &self,
        protocol: Protocol,
        peer_x: &[u8],
        peer_y: &[u8],
    ) -> Option<SharedSecret> {
        self.ecdh(peer_x, peer_y).map(|z| protocol.kdf(&z))
    }
}

/// LEFT(SHA-256(pin), 16), what a key stores and compares (§6.5.5.5).
pub fn pin_hash(pin: &[u8]) -> [u8; 16] {
    let mut out = [0u8; 16];
    out.copy_from_slice(&Sha256::digest(pin)[..16]);
    out
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    rand::fill(&mut out[..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 5869 test case 3 is HKDF-SHA-256 with an empty salt, which
    /// HMAC pads to the same key as 32 zero bytes: our one-block HKDF
    /// gives its first 32 bytes with an empty info.
    #[test]
    fn hkdf_matches_rfc5869_case_3() {
        let ikm = [0x0bu8; 22];
        let okm = hkdf_sha256(&ikm, b"");
        assert_eq!(
            hex::encode(&okm[..]),
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
        );
    }
}
