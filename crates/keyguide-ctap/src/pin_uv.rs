//! PIN/UV auth protocols one and two (CTAP 2.1 §6.5.6 and §6.5.7).
//!
//! Both sides of the protocol live here: the platform half (`PlatformSecret`)
//! that the session uses, and the primitives (`kdf`, `encrypt`, `decrypt`,
//! `authenticate`, `verify`) that the virtual key uses as the authenticator.
//! Everything secret is zeroized on drop.

use aes::Aes256;
use cbc::cipher::{block_padding::NoPadding, BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use hmac::{Hmac, KeyInit, Mac};
use p256::elliptic_curve::sec1::{FromSec1Point, ToSec1Point};
use p256::{PublicKey, Sec1Point, SecretKey};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

/// Which protocol, by its number on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum PinUvProtocol {
    One = 1,
    Two = 2,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinUvError {
    #[error("the key's public key is not a valid P-256 point")]
    BadPublicKey,
    #[error("ciphertext length is not a whole number of AES blocks")]
    BadCiphertext,
    #[error("unknown PIN/UV auth protocol {0}")]
    UnknownProtocol(u32),
}

impl PinUvProtocol {
    pub fn from_number(n: u32) -> Result<Self, PinUvError> {
        match n {
            1 => Ok(Self::One),
            2 => Ok(Self::Two),
            other => Err(PinUvError::UnknownProtocol(other)),
        }
    }

    pub fn number(self) -> u32 {
        self as u32
    }

    /// kdf(Z): 32 bytes for one, HMAC key || AES key (64 bytes) for two.
    pub fn kdf(self, z: &[u8]) -> Zeroizing<Vec<u8>> {
        match self {
            Self::One => Zeroizing::new(Sha256::digest(z).to_vec()),
            Self::Two => {
                let hk = hkdf::Hkdf::<Sha256>::new(Some(&[0u8; 32]), z);
                let mut out = Zeroizing::new(vec![0u8; 64]);
                // 32-byte outputs never exceed HKDF-SHA-256's limit.
                let _ = hk.expand(b"CTAP2 HMAC key", &mut out[..32]);
                let _ = hk.expand(b"CTAP2 AES key", &mut out[32..]);
                out
            }
        }
    }

    /// encrypt(key, demPlaintext). `plaintext` must be a multiple of 16 bytes.
    pub fn encrypt(self, shared_secret: &[u8], plaintext: &[u8]) -> Vec<u8> {
        self.encrypt_with_iv(shared_secret, random_bytes(), plaintext)
    }

    /// encrypt with a chosen IV for protocol two (protocol one ignores it):
    /// known-answer tests only (tests/pin_uv_kat.rs); real use takes
    /// [`PinUvProtocol::encrypt`]'s random IV.
    #[doc(hidden)]
    pub fn encrypt_with_iv(self, shared_secret: &[u8], iv: [u8; 16], plaintext: &[u8]) -> Vec<u8> {
        match self {
            Self::One => aes_cbc_encrypt(aes_key(self, shared_secret), &[0u8; 16], plaintext),
            Self::Two => {
                let mut out = iv.to_vec();
                out.extend(aes_cbc_encrypt(
                    aes_key(self, shared_secret),
                    &iv,
                    plaintext,
                ));
                out
            }
        }
    }

    /// decrypt(key, demCiphertext).
    pub fn decrypt(
        self,
        shared_secret: &[u8],
        ciphertext: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, PinUvError> {
        let (iv, body): (&[u8], &[u8]) = match self {
            Self::One => (&[0u8; 16], ciphertext),
            Self::Two => {
                if ciphertext.len() < 16 {
                    return Err(PinUvError::BadCiphertext);
                }
                ciphertext.split_at(16)
            }
        };
        if body.len() % 16 != 0 {
            return Err(PinUvError::BadCiphertext);
        }
        let iv: [u8; 16] = iv.try_into().map_err(|_| PinUvError::BadCiphertext)?;
        aes_cbc_decrypt(aes_key(self, shared_secret), &iv, body)
    }

    /// authenticate(key, message): HMAC-SHA-256, cut to 16 bytes for one.
    /// `key` is either a shared secret or a pinUvAuthToken.
    pub fn authenticate(self, key: &[u8], message: &[u8]) -> Vec<u8> {
        let hmac_key = match self {
            // Protocol two's shared secret carries the HMAC key first.
            Self::Two if key.len() == 64 => &key[..32],
            _ => key,
        };
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(hmac_key)
            .expect("HMAC takes keys of any length");
        mac.update(message);
        let full = mac.finalize().into_bytes().to_vec();
        match self {
            Self::One => full[..16].to_vec(),
            Self::Two => full,
        }
    }

    /// verify(key, message, signature), constant time.
    pub fn verify(self, key: &[u8], message: &[u8], signature: &[u8]) -> bool {
        let expected = self.authenticate(key, message);
        expected.len() == signature.len()
            && expected
                .iter()
                .zip(signature)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

fn aes_key(protocol: PinUvProtocol, shared_secret: &[u8]) -> &[u8] {
    match protocol {
        PinUvProtocol::Two if shared_secret.len() == 64 => &shared_secret[32..],
        _ => shared_secret,
    }
}

fn aes_cbc_encrypt(key: &[u8], iv: &[u8; 16], plaintext: &[u8]) -> Vec<u8> {
    let enc = cbc::Encryptor::<Aes256>::new_from_slices(key, iv).expect("32-byte AES key");
    enc.encrypt_padded_vec::<NoPadding>(plaintext)
}

fn aes_cbc_decrypt(
    key: &[u8],
    iv: &[u8; 16],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, PinUvError> {
    let dec = cbc::Decryptor::<Aes256>::new_from_slices(key, iv).expect("32-byte AES key");
    dec.decrypt_padded_vec::<NoPadding>(ciphertext)
        .map(Zeroizing::new)
        .map_err(|_| PinUvError::BadCiphertext)
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    rand::fill(&mut out[..]);
    out
}

/// An ephemeral P-256 key pair of one side of the key agreement.
pub struct EcdhKeyPair {
    secret: SecretKey,
}

impl EcdhKeyPair {
    pub fn generate() -> Self {
        loop {
            let d: Zeroizing<[u8; 32]> = Zeroizing::new(random_bytes());
            if let Ok(secret) = SecretKey::from_slice(&d[..]) {
                return Self { secret };
            }
        }
    }

    /// A key pair from a fixed private scalar: known-answer tests only
    /// (tests/pin_uv_kat.rs). `None` when it is not a valid P-256 scalar.
    #[doc(hidden)]
    pub fn from_private_bytes(d: &[u8]) -> Option<Self> {
        SecretKey::from_slice(d).ok().map(|secret| Self { secret })
    }

    /// The public key as the x and y coordinates (32 bytes each).
    pub fn public_xy(&self) -> ([u8; 32], [u8; 32]) {
        let point = self.secret.public_key().to_sec1_point(false);
        let mut x = [0u8; 32];
        let mut y = [0u8; 32];
        x.copy_from_slice(point.x().expect("uncompressed point has x"));
        y.copy_from_slice(point.y().expect("uncompressed point has y"));
        (x, y)
    }

    /// ecdh(peer): the x coordinate Z of the shared point, then kdf(Z).
    pub fn shared_secret(
        &self,
        protocol: PinUvProtocol,
        peer_x: &[u8],
        peer_y: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, PinUvError> {
        let peer = public_key_from_xy(peer_x, peer_y)?;
        let z = p256::ecdh::diffie_hellman(self.secret.to_nonzero_scalar(), peer.as_affine());
        Ok(protocol.kdf(z.raw_secret_bytes().as_slice()))
    }
}

fn public_key_from_xy(x: &[u8], y: &[u8]) -> Result<PublicKey, PinUvError> {
    if x.len() != 32 || y.len() != 32 {
        return Err(PinUvError::BadPublicKey);
    }
    let mut sec1 = Vec::with_capacity(65);
    sec1.push(0x04);
    sec1.extend_from_slice(x);
    sec1.extend_from_slice(y);
    let point = Sec1Point::from_bytes(&sec1).map_err(|_| PinUvError::BadPublicKey)?;
    Option::from(PublicKey::from_sec1_point(&point)).ok_or(PinUvError::BadPublicKey)
}

/// LEFT(SHA-256(pin), 16): what clientPin sends (encrypted) as pinHashEnc and
/// what a key stores.
pub fn pin_hash(pin: &[u8]) -> Zeroizing<[u8; 16]> {
    let mut digest = Sha256::digest(pin);
    let mut out = Zeroizing::new([0u8; 16]);
    out.copy_from_slice(&digest[..16]);
    digest.as_mut_slice().zeroize();
    out
}

/// The new PIN padded with zeros to 64 bytes (paddedNewPin, §6.5.5.5).
/// Callers validate the length (at most 63 bytes) first.
pub fn pad_pin(pin: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(vec![0u8; 64]);
    let n = pin.len().min(64);
    out[..n].copy_from_slice(&pin[..n]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sides_derive_the_same_secret_for_both_protocols() {
        for protocol in [PinUvProtocol::One, PinUvProtocol::Two] {
            let platform = EcdhKeyPair::generate();
            let key = EcdhKeyPair::generate();
            let (px, py) = platform.public_xy();
            let (kx, ky) = key.public_xy();
            let a = platform.shared_secret(protocol, &kx, &ky).unwrap();
            let b = key.shared_secret(protocol, &px, &py).unwrap();
            assert_eq!(*a, *b);
            assert_eq!(
                a.len(),
                if protocol == PinUvProtocol::One {
                    32
                } else {
                    64
                }
            );

            let padded = pad_pin(b"1234");
            let ct = protocol.encrypt(&a, &padded);
            assert_eq!(
                ct.len(),
                if protocol == PinUvProtocol::One {
                    64
                } else {
                    80
                }
            );
            assert_eq!(*protocol.decrypt(&b, &ct).unwrap(), *padded);

            let sig = protocol.authenticate(&a, b"message");
            assert_eq!(
                sig.len(),
                if protocol == PinUvProtocol::One {
                    16
                } else {
                    32
                }
            );
            assert!(protocol.verify(&b, b"message", &sig));
            assert!(!protocol.verify(&b, b"messagf", &sig));
        }
    }

    #[test]
    fn protocol_two_kdf_matches_hkdf_definition() {
        // HKDF-SHA-256 with a zero salt, as in §6.5.7: the two halves differ
        // and neither equals protocol one's plain SHA-256.
        let z = [7u8; 32];
        let two = PinUvProtocol::Two.kdf(&z);
        let one = PinUvProtocol::One.kdf(&z);
        assert_ne!(&two[..32], &two[32..]);
        assert_ne!(&two[..32], &one[..]);
    }

    #[test]
    fn pin_hash_is_left_16_of_sha256() {
        // SHA-256("1234") = 03ac6742 16f3e15c 761ee1a5 e255f067 ...
        assert_eq!(
            hex::encode(*pin_hash(b"1234")),
            "03ac674216f3e15c761ee1a5e255f067"
        );
    }

    #[test]
    fn rejects_bad_ciphertext_and_points() {
        assert_eq!(
            PinUvProtocol::Two.decrypt(&[0u8; 64], &[1, 2, 3]),
            Err(PinUvError::BadCiphertext)
        );
        let kp = EcdhKeyPair::generate();
        assert!(kp
            .shared_secret(PinUvProtocol::One, &[0u8; 32], &[0u8; 32])
            .is_err());
    }
}
