//! Non-discoverable credentials (CTAP 2.1 §6.1.2 step 17, "rk" false): the
//! key stores nothing; the credential id carries the private key, wrapped
//! (encrypted and authenticated) with the key's own secret and bound to the
//! site's rpIdHash, so only this key, asked for this site, can use it.
//!
//! Layout: version (1) || IV (16) || AES-256-CBC(private key (32) ||
//! credProtect (1) || flags (1) || zeros (14)) || LEFT(HMAC-SHA-256(
//! rpIdHash || the bytes before), 16). 81 bytes, below getInfo's
//! maxCredentialIdLength.
//!
//! The same secret derives each credential's CredRandom for hmac-secret
//! (§12.5), so discoverable and non-discoverable credentials need no
//! stored random.

use aes::Aes256;
use cbc::cipher::{block_padding::NoPadding, BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use zeroize::Zeroizing;

use super::pin_protocol::{hmac_sha256, random_bytes};

const VERSION: u8 = 0x01;
pub const LEN: usize = 1 + 16 + 48 + 16;
const FLAG_HMAC_SECRET: u8 = 0x01;

/// What a wrapped id carries.
pub struct Unwrapped {
    pub private_key: Zeroizing<Vec<u8>>,
    pub cred_protect: u8,
    pub hmac_secret: bool,
}

fn subkey(secret: &[u8], label: &[u8]) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(hmac_sha256(secret, label))
}

pub fn wrap(
    secret: &[u8],
    rp_id_hash: &[u8],
    private_key: &[u8],
    cred_protect: u8,
    hmac_secret: bool,
) -> Vec<u8> {
    let enc_key = subkey(secret, b"keyguide credential id: encryption");
    let mac_key = subkey(secret, b"keyguide credential id: authentication");
    let iv: [u8; 16] = random_bytes();
    let mut plain = Zeroizing::new(vec![0u8; 48]);
    plain[..32].copy_from_slice(private_key);
    plain[32] = cred_protect;
    plain[33] = if hmac_secret { FLAG_HMAC_SECRET } else { 0 };
    let ct = cbc::Encryptor::<Aes256>::new_from_slices(&enc_key[..], &iv)
        .expect("32-byte key")
        .encrypt_padded_vec::<NoPadding>(&plain);
    let mut id = vec![VERSION];
    id.extend_from_slice(&iv);
    id.extend_from_slice(&ct);
    let mut signed = rp_id_hash.to_vec();
    signed.extend_from_slice(&id);
    id.extend_from_slice(&hmac_sha256(&mac_key[..], &signed)[..16]);
    id
}

/// The credential in `id`, if this key made it for this rpIdHash.
pub fn unwrap(secret: &[u8], rp_id_hash: &[u8], id: &[u8]) -> Option<Unwrapped> {
    if id.len() != LEN || id[0] != VERSION {
        return None;
    }
    let mac_key = subkey(secret, b"keyguide credential id: authentication");
    let (body, tag) = id.split_at(LEN - 16);
    let mut signed = rp_id_hash.to_vec();
    signed.extend_from_slice(body);
    let expected = hmac_sha256(&mac_key[..], &signed);
    if expected[..16]
        .iter()
        .zip(tag)
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        != 0
    {
        return None;
    }
    let enc_key = subkey(secret, b"keyguide credential id: encryption");
    let plain = Zeroizing::new(
        cbc::Decryptor::<Aes256>::new_from_slices(&enc_key[..], &body[1..17])
            .ok()?
            .decrypt_padded_vec::<NoPadding>(&body[17..])
            .ok()?,
    );
    Some(Unwrapped {
        private_key: Zeroizing::new(plain[..32].to_vec()),
        cred_protect: plain[32],
        hmac_secret: plain[33] & FLAG_HMAC_SECRET != 0,
    })
}

/// CredRandomWithUV / CredRandomWithoutUV of a credential (§12.5): two
/// different 32-byte secrets per credential, so a site cannot read with a
/// touch alone what it reads after user verification.
pub fn cred_random(secret: &[u8], private_key: &[u8], uv: bool) -> Zeroizing<[u8; 32]> {
    let mut message = b"keyguide CredRandom".to_vec();
    message.push(u8::from(uv));
    message.extend_from_slice(private_key);
    Zeroizing::new(hmac_sha256(secret, &message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_opens_only_with_its_key_and_site() {
        let secret = [1u8; 32];
        let site = [2u8; 32];
        let private = [3u8; 32];
        let id = wrap(&secret, &site, &private, 2, true);
        assert_eq!(id.len(), LEN);
        let got = unwrap(&secret, &site, &id).expect("opens");
        assert_eq!(&got.private_key[..], &private[..]);
        assert_eq!(got.cred_protect, 2);
        assert!(got.hmac_secret);
        assert!(unwrap(&secret, &[9u8; 32], &id).is_none(), "other site");
        assert!(unwrap(&[7u8; 32], &site, &id).is_none(), "other key");
        let mut tampered = id.clone();
        tampered[20] ^= 1;
        assert!(unwrap(&secret, &site, &tampered).is_none(), "tampered");
    }
}
