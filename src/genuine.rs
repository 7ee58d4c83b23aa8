//! "Is my key genuine": the key makes a throw-away, non-discoverable
//! credential (it takes no passkey slot and is forgotten at once) with its
//! attestation, and KeyGuide checks that attestation as a relying party
//! would, against the roots the FIDO metadata lists for the key's model.
//!
//! - The "packed" statement (WebAuthn Level 2 §8.2): `sig` over
//!   authenticatorData || clientDataHash, made with the key of the first
//!   certificate in `x5c`, whose requirements are §8.2.1 (version 3, OU
//!   "Authenticator Attestation", not a CA, and the AAGUID extension
//!   1.3.6.1.4.1.45724.1.1.4 equal to the AAGUID in authenticatorData).
//! - The chain: each certificate signed by the next, ending at (or signed
//!   by) one of the model's `attestationRootCertificates` (FIDO Metadata
//!   Service 3.0 §4; the catalog carries them), each valid today.
//!
//! Signatures: ECDSA on P-256, P-384 and P-521 and RSA PKCS#1 v1.5, with
//! SHA-256/384/512, which is what the metadata's roots use (SHA-1 is
//! refused).

use serde::Serialize;
use serde_cbor_2::Value;
use sha2::{Digest, Sha256, Sha384, Sha512};
use std::time::SystemTime;
use uuid::Uuid;
use x509_cert::der::asn1::ObjectIdentifier as Oid;
use x509_cert::der::Decode;
use x509_cert::ext::pkix::BasicConstraints;
use x509_cert::Certificate;

use crate::catalog::Catalog;
use crate::device::auth_data::AuthenticatorData;
use crate::device::passkeys::MadeCredential;

/// The relying party of the throw-away credential. `.invalid` (RFC 2606)
/// is never a real site.
pub const CHECK_RP_ID: &str = "genuine-check.keyguide.invalid";

const ECDSA_SHA256: Oid = Oid::new_unwrap("1.2.840.10045.4.3.2");
const ECDSA_SHA384: Oid = Oid::new_unwrap("1.2.840.10045.4.3.3");
const ECDSA_SHA512: Oid = Oid::new_unwrap("1.2.840.10045.4.3.4");
const RSA_SHA256: Oid = Oid::new_unwrap("1.2.840.113549.1.1.11");
const RSA_SHA384: Oid = Oid::new_unwrap("1.2.840.113549.1.1.12");
const RSA_SHA512: Oid = Oid::new_unwrap("1.2.840.113549.1.1.13");
const EC_PUBLIC_KEY: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
const RSA_ENCRYPTION: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
const CURVE_P256: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
const CURVE_P384: Oid = Oid::new_unwrap("1.3.132.0.34");
const CURVE_P521: Oid = Oid::new_unwrap("1.3.132.0.35");
const ORGANIZATIONAL_UNIT: Oid = Oid::new_unwrap("2.5.4.11");
/// id-fido-gen-ce-aaguid (WebAuthn L2 §8.2.1).
const FIDO_AAGUID: Oid = Oid::new_unwrap("1.3.6.1.4.1.45724.1.1.4");

/// What the check found, with the model as the metadata names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub aaguid: Uuid,
    pub model: Option<String>,
    /// The highest FIDO certification in the metadata, e.g.
    /// `FIDO_CERTIFIED_L1`.
    pub certification: Option<String>,
    /// In JSON: `"verdict": "genuine"`, or e.g. `"verdict": "failed",
    /// "reason": {"failure": "chain"}`.
    #[serde(flatten)]
    pub verdict: Verdict,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// The chain ends at a root the metadata lists for this model.
    Genuine,
    /// The metadata does not know the AAGUID: nothing to check against.
    NotInMetadata,
    /// The metadata knows the model but lists no root certificate.
    NoRoots,
    /// No certificate came with the attestation ("none", or self
    /// attestation): the key cannot prove its model.
    NoCertificate {
        format: String,
    },
    Failed {
        reason: Failure,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "failure", content = "detail", rename_all = "snake_case")]
pub enum Failure {
    /// The answer or a certificate could not be read.
    Malformed(String),
    /// The statement's signature does not verify with the certificate.
    Signature,
    /// The certificate breaks a rule of WebAuthn L2 §8.2.1.
    CertificateRules(String),
    /// The certificate names another model (AAGUID extension).
    AaguidMismatch,
    /// No path from the certificate to one of the model's roots.
    Chain,
    /// A certificate on the path is not valid today.
    Expired,
    /// A signature algorithm this check does not know.
    Algorithm(String),
}

/// Checks a makeCredential answer made over `client_data_hash`.
pub fn check(
    made: &MadeCredential,
    client_data_hash: &[u8; 32],
    catalog: &Catalog,
    now: SystemTime,
) -> Report {
    let parsed = AuthenticatorData::parse(&made.auth_data).ok();
    let aaguid = parsed
        .as_ref()
        .and_then(|a| a.attested_credential.as_ref())
        .map(|c| Uuid::from_bytes(c.aaguid))
        .unwrap_or_default();
    let model = catalog.lookup(&aaguid);
    let verdict = match (&parsed, &model) {
        (None, _) => Verdict::Failed {
            reason: Failure::Malformed("authenticatorData".into()),
        },
        (Some(_), None) => Verdict::NotInMetadata,
        (Some(_), Some(m)) => verdict(made, client_data_hash, &aaguid, &m.attestation_roots, now),
    };
    Report {
        aaguid,
        model: model.as_ref().map(|m| m.name.clone()),
        certification: model.as_ref().and_then(|m| m.certification.clone()),
        verdict,
    }
}

fn verdict(
    made: &MadeCredential,
    client_data_hash: &[u8; 32],
    aaguid: &Uuid,
    roots: &[String],
    now: SystemTime,
) -> Verdict {
    let failed = |reason| Verdict::Failed { reason };
    if made.fmt != "packed" {
        return Verdict::NoCertificate {
            format: made.fmt.clone(),
        };
    }
    let statement = match Statement::read(&made.att_stmt) {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    if statement.x5c.is_empty() {
        // Self attestation: signed with the credential's own key.
        return Verdict::NoCertificate {
            format: "packed (self)".into(),
        };
    }
    if roots.is_empty() {
        return Verdict::NoRoots;
    }
    let chain = match statement
        .x5c
        .iter()
        .map(|der| Certificate::from_der(der))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(c) => c,
        Err(e) => return failed(Failure::Malformed(format!("x5c: {e}"))),
    };
    let leaf = &chain[0];
    let signed: Vec<u8> = [made.auth_data.as_slice(), client_data_hash].concat();
    let hash = match statement.alg {
        -7 | -257 => Hash::Sha256,
        -35 | -258 => Hash::Sha384,
        -36 | -259 => Hash::Sha512,
        other => return failed(Failure::Algorithm(format!("COSE {other}"))),
    };
    if let Err(e) = verify(leaf, hash, &signed, &statement.sig) {
        return failed(match e {
            Failure::Malformed(_) | Failure::Algorithm(_) => e,
            _ => Failure::Signature,
        });
    }
    if let Err(e) = leaf_rules(leaf, aaguid) {
        return failed(e);
    }
    let roots: Vec<(Vec<u8>, Certificate)> = roots
        .iter()
        .filter_map(|b64| {
            use base64::Engine as _;
            let der = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
            let cert = Certificate::from_der(&der).ok()?;
            Some((der, cert))
        })
        .collect();
    match chain_to_root(&chain, &statement.x5c, &roots, now) {
        Ok(()) => Verdict::Genuine,
        Err(e) => failed(e),
    }
}

struct Statement {
    alg: i128,
    sig: Vec<u8>,
    x5c: Vec<Vec<u8>>,
}

impl Statement {
    /// attStmt of "packed": { alg, sig, x5c? } (WebAuthn L2 §8.2).
    fn read(value: &Value) -> Result<Statement, Failure> {
        let Value::Map(map) = value else {
            return Err(Failure::Malformed("attStmt is not a map".into()));
        };
        let field = |name: &str| map.get(&Value::Text(name.into()));
        let alg = match field("alg") {
            Some(Value::Integer(i)) => *i,
            _ => return Err(Failure::Malformed("attStmt has no alg".into())),
        };
        let sig = match field("sig") {
            Some(Value::Bytes(b)) => b.clone(),
            _ => return Err(Failure::Malformed("attStmt has no sig".into())),
        };
        let x5c = match field("x5c") {
            None => Vec::new(),
            Some(Value::Array(items)) if !items.is_empty() => items
                .iter()
                .map(|v| match v {
                    Value::Bytes(b) => Ok(b.clone()),
                    _ => Err(Failure::Malformed("x5c holds a non-bytes entry".into())),
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(Failure::Malformed("x5c is not a list".into())),
        };
        Ok(Statement { alg, sig, x5c })
    }
}

/// WebAuthn L2 §8.2.1: the attestation certificate's requirements.
fn leaf_rules(leaf: &Certificate, aaguid: &Uuid) -> Result<(), Failure> {
    let tbs = leaf.tbs_certificate();
    if tbs.version() != x509_cert::certificate::Version::V3 {
        return Err(Failure::CertificateRules("version is not 3".into()));
    }
    let unit = tbs
        .subject()
        .by_oid::<x509_cert::ext::pkix::name::DirectoryString>(ORGANIZATIONAL_UNIT)
        .ok()
        .flatten()
        .map(|d| d.value().into_owned());
    if unit.as_deref() != Some("Authenticator Attestation") {
        return Err(Failure::CertificateRules(
            "subject OU is not \"Authenticator Attestation\"".into(),
        ));
    }
    if is_ca(leaf) {
        return Err(Failure::CertificateRules("it is a CA certificate".into()));
    }
    for extension in tbs.extensions().into_iter().flatten() {
        if extension.extn_id == FIDO_AAGUID {
            // extnValue wraps an OCTET STRING of the 16 AAGUID bytes.
            let inner =
                x509_cert::der::asn1::OctetString::from_der(extension.extn_value.as_bytes())
                    .map_err(|e| Failure::Malformed(format!("AAGUID extension: {e}")))?;
            if inner.as_bytes() != aaguid.as_bytes() {
                return Err(Failure::AaguidMismatch);
            }
        }
    }
    Ok(())
}

fn is_ca(cert: &Certificate) -> bool {
    matches!(
        cert.tbs_certificate().get_extension::<BasicConstraints>(),
        Ok(Some((_, BasicConstraints { ca: true, .. })))
    )
}

fn valid_at(cert: &Certificate, now: SystemTime) -> bool {
    let validity = cert.tbs_certificate().validity();
    validity.not_before.to_system_time() <= now && now <= validity.not_after.to_system_time()
}

/// Walks x5c from the leaf: each certificate must be valid today and
/// either be one of the roots, be signed by one, or be signed by the next
/// certificate in x5c (a CA).
fn chain_to_root(
    chain: &[Certificate],
    ders: &[Vec<u8>],
    roots: &[(Vec<u8>, Certificate)],
    now: SystemTime,
) -> Result<(), Failure> {
    for (i, cert) in chain.iter().enumerate() {
        if !valid_at(cert, now) {
            return Err(Failure::Expired);
        }
        if roots.iter().any(|(der, _)| *der == ders[i]) {
            return Ok(());
        }
        for (_, root) in roots {
            if signed_by(cert, &ders[i], root).is_ok() {
                return if valid_at(root, now) {
                    Ok(())
                } else {
                    Err(Failure::Expired)
                };
            }
        }
        match chain.get(i + 1) {
            Some(next) if is_ca(next) && signed_by(cert, &ders[i], next).is_ok() => continue,
            _ => return Err(Failure::Chain),
        }
    }
    Err(Failure::Chain)
}

/// The tbsCertificate exactly as signed: re-encoding the parsed form could
/// differ from a certificate's own bytes (RFC 5280 §4.1.1.3 signs the DER
/// as issued).
fn tbs_bytes(der: &[u8]) -> Result<&[u8], Failure> {
    use x509_cert::der::{Header, Reader, SliceReader};
    let malformed = |e: x509_cert::der::Error| Failure::Malformed(e.to_string());
    let mut reader = SliceReader::new(der).map_err(malformed)?;
    Header::decode(&mut reader).map_err(malformed)?;
    reader.tlv_bytes().map_err(malformed)
}

/// Whether `issuer` signed `cert` (`der` its bytes): the names chain and
/// the signature verifies.
fn signed_by(cert: &Certificate, der: &[u8], issuer: &Certificate) -> Result<(), Failure> {
    if cert.tbs_certificate().issuer() != issuer.tbs_certificate().subject() {
        return Err(Failure::Chain);
    }
    let alg = &cert.signature_algorithm().oid;
    let hash = match *alg {
        a if a == ECDSA_SHA256 || a == RSA_SHA256 => Hash::Sha256,
        a if a == ECDSA_SHA384 || a == RSA_SHA384 => Hash::Sha384,
        a if a == ECDSA_SHA512 || a == RSA_SHA512 => Hash::Sha512,
        other => return Err(Failure::Algorithm(other.to_string())),
    };
    let tbs = tbs_bytes(der)?;
    let signature = cert
        .signature()
        .as_bytes()
        .ok_or_else(|| Failure::Malformed("signature has unused bits".into()))?;
    verify(issuer, hash, tbs, signature)
}

#[derive(Clone, Copy)]
enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn digest(self, message: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => Sha256::digest(message).to_vec(),
            Hash::Sha384 => Sha384::digest(message).to_vec(),
            Hash::Sha512 => Sha512::digest(message).to_vec(),
        }
    }
}

/// Verifies `signature` over `message` with the public key of `signer`.
fn verify(
    signer: &Certificate,
    hash: Hash,
    message: &[u8],
    signature: &[u8],
) -> Result<(), Failure> {
    use p256::ecdsa::signature::hazmat::PrehashVerifier;
    let spki = signer.tbs_certificate().subject_public_key_info();
    let key = spki
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| Failure::Malformed("public key has unused bits".into()))?;
    let digest = hash.digest(message);
    fn bad<E>(_: E) -> Failure {
        Failure::Signature
    }
    if spki.algorithm.oid == EC_PUBLIC_KEY {
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.decode_as::<Oid>().ok());
        match curve {
            Some(c) if c == CURVE_P256 => {
                let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(key).map_err(bad)?;
                let sig = p256::ecdsa::Signature::from_der(signature).map_err(bad)?;
                key.verify_prehash(&digest, &sig).map_err(bad)
            }
            Some(c) if c == CURVE_P384 => {
                let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(key).map_err(bad)?;
                let sig = p384::ecdsa::Signature::from_der(signature).map_err(bad)?;
                key.verify_prehash(&digest, &sig).map_err(bad)
            }
            Some(c) if c == CURVE_P521 => {
                let key = p521::ecdsa::VerifyingKey::from_sec1_bytes(key).map_err(bad)?;
                let sig = p521::ecdsa::Signature::from_der(signature).map_err(bad)?;
                key.verify_prehash(&digest, &sig).map_err(bad)
            }
            other => Err(Failure::Algorithm(format!(
                "curve {}",
                other.map(|o| o.to_string()).unwrap_or_default()
            ))),
        }
    } else if spki.algorithm.oid == RSA_ENCRYPTION {
        use rsa::pkcs1::DecodeRsaPublicKey;
        use rsa::pkcs1v15::Pkcs1v15Sign;
        let key = rsa::RsaPublicKey::from_pkcs1_der(key)
            .map_err(|e| Failure::Malformed(format!("RSA key: {e}")))?;
        let scheme = match hash {
            Hash::Sha256 => Pkcs1v15Sign::new::<Sha256>(),
            Hash::Sha384 => Pkcs1v15Sign::new::<Sha384>(),
            Hash::Sha512 => Pkcs1v15Sign::new::<Sha512>(),
        };
        key.verify(scheme, &digest, signature).map_err(bad)
    } else {
        Err(Failure::Algorithm(spki.algorithm.oid.to_string()))
    }
}

/// The credential request of the check: non-discoverable (no slot), for
/// the throw-away relying party, over a fresh random clientDataHash.
pub fn request() -> crate::device::passkeys::CredentialRequest {
    let client_data_hash: [u8; 32] = rand::random();
    let user_id: [u8; 16] = rand::random();
    crate::device::passkeys::CredentialRequest {
        client_data_hash,
        rp_id: CHECK_RP_ID.into(),
        rp_name: "KeyGuide genuine check".into(),
        user_id: user_id.to_vec(),
        user_name: "genuine-check".into(),
        display_name: "KeyGuide genuine check".into(),
        // ES256 first: every FIDO2 key has it; then ES384, RS256.
        algorithms: vec![-7, -35, -257],
        exclude: Vec::new(),
        resident_key: false,
    }
}

/// For a self-signed certificate, checks its signature with its own key
/// and names the key's kind ("ECDSA P-256", "ECDSA P-384", "RSA"); `None`
/// for one that is not self-signed. Lets tests run the verification on
/// the vendors' real root certificates.
pub fn self_signature(der: &[u8]) -> Result<Option<String>, Failure> {
    let cert = Certificate::from_der(der).map_err(|e| Failure::Malformed(e.to_string()))?;
    let tbs = cert.tbs_certificate();
    if tbs.issuer() != tbs.subject() {
        return Ok(None);
    }
    signed_by(&cert, der, &cert)?;
    let spki = tbs.subject_public_key_info();
    let curve = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.decode_as::<Oid>().ok());
    Ok(Some(
        match (spki.algorithm.oid, curve) {
            (RSA_ENCRYPTION, _) => "RSA",
            (_, Some(CURVE_P256)) => "ECDSA P-256",
            (_, Some(CURVE_P384)) => "ECDSA P-384",
            (_, Some(CURVE_P521)) => "ECDSA P-521",
            _ => "other",
        }
        .to_owned(),
    ))
}

/// The report in the user's words: the verdict, then the certification.
pub fn describe(report: &Report) -> Vec<String> {
    let model = report
        .model
        .clone()
        .unwrap_or_else(|| report.aaguid.to_string());
    let mut lines = vec![match &report.verdict {
        Verdict::Genuine => crate::t!("genuine-genuine", model = model.as_str()),
        Verdict::NotInMetadata => crate::t!(
            "genuine-not-in-metadata",
            aaguid = report.aaguid.to_string()
        ),
        Verdict::NoRoots => crate::t!("genuine-no-roots", model = model.as_str()),
        Verdict::NoCertificate { format } => {
            crate::t!("genuine-no-certificate", format = format.as_str())
        }
        Verdict::Failed { reason } => {
            let reason = match reason {
                Failure::Malformed(d) => crate::t!("genuine-reason-malformed", detail = d.as_str()),
                Failure::Signature => crate::t!("genuine-reason-signature"),
                Failure::CertificateRules(d) => {
                    crate::t!("genuine-reason-certificate-rules", detail = d.as_str())
                }
                Failure::AaguidMismatch => crate::t!("genuine-reason-aaguid"),
                Failure::Chain => crate::t!("genuine-reason-chain", model = model.as_str()),
                Failure::Expired => crate::t!("genuine-reason-expired"),
                Failure::Algorithm(d) => crate::t!("genuine-reason-algorithm", detail = d.as_str()),
            };
            crate::t!("genuine-failed", reason = reason)
        }
    }];
    if report.model.is_some() {
        lines.push(match &report.certification {
            Some(level) => crate::t!("genuine-certified", level = level.as_str()),
            None => crate::t!("genuine-not-certified"),
        });
    }
    lines
}
