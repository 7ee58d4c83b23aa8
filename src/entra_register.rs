//! Registering a key for a user in Microsoft Entra ID on their behalf,
//! offline on KeyGuide's side: the admin fetches the user's creation
//! options from Microsoft Graph with their own tools, KeyGuide makes the
//! credential on the key and writes the body the admin sends back.
//!
//! Microsoft Graph (beta), as documented on Microsoft Learn:
//! - creation options: `GET /users/{id}/authentication/fido2Methods/creationOptions(challengeTimeoutInMinutes={n})`,
//!   5 to 43200 minutes; permission UserAuthenticationMethod.ReadWrite.All,
//!   roles Authentication Administrator or Privileged Authentication
//!   Administrator:
//!   <https://learn.microsoft.com/en-us/graph/api/fido2authenticationmethod-creationoptions?view=graph-rest-beta>
//!   The answer is a webauthnCredentialCreationOptions (`challengeTimeoutDateTime`,
//!   `publicKey`): <https://learn.microsoft.com/en-us/graph/api/resources/webauthncredentialcreationoptions?view=graph-rest-beta>
//! - registration: `POST /users/{id}/authentication/fido2Methods` with a
//!   fido2AuthenticationMethod: `displayName` and `publicKeyCredential`
//!   { `id`, `response` { `clientDataJSON`, `attestationObject` } },
//!   base64url; attestation formats "packed" or "none" only:
//!   <https://learn.microsoft.com/en-us/graph/api/authentication-post-fido2methods?view=graph-rest-beta>
//!
//! The origin in clientDataJSON: Entra's relying party is a web site, so
//! the origin is `https://` + the rp id (`https://login.microsoft.com`),
//! as Microsoft's DSInternals.Passkeys module builds it
//! (DSInternals.Win32.WebAuthn, `CollectedClientData.GetOriginFromRelyingPartyId`,
//! github.com/MichaelGrafnetter/webauthn-interop).
//!
//! KeyGuide opens no network connection: it only prints the requests.

use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::device::passkeys::{CredentialRequest, MadeCredential};

/// Microsoft Graph's beta endpoint: creationOptions with a chosen
/// challenge timeout exists only there (v1.0 fixes it at 5 minutes).
pub const GRAPH_BETA: &str = "https://graph.microsoft.com/beta";
/// The least privileged permission for both calls (Microsoft Learn, above).
pub const PERMISSION: &str = "UserAuthenticationMethod.ReadWrite.All";
/// challengeTimeoutInMinutes, as Microsoft documents its range.
pub const TIMEOUT_MINUTES: std::ops::RangeInclusive<u32> = 5..=43200;
/// WebAuthn L2 §13.4.3: challenges of at least 16 random bytes.
const MIN_CHALLENGE_BYTES: usize = 16;

/// The two Graph calls around `keyguide entra register`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GraphRequests {
    /// GET: the user's creation options.
    pub creation_options: String,
    /// POST (Content-Type: application/json): the body `register` writes.
    pub register: String,
    pub permission: &'static str,
}

/// The requests for `user` (object ID or user principal name).
pub fn graph_requests(user: &str, timeout_minutes: u32) -> Result<GraphRequests, EntraError> {
    if !TIMEOUT_MINUTES.contains(&timeout_minutes) {
        return Err(EntraError::TimeoutOutOfRange);
    }
    let user = user.trim();
    if user.is_empty() {
        return Err(EntraError::Missing("user"));
    }
    let user = encode_path_segment(user);
    Ok(GraphRequests {
        creation_options: format!(
            "{GRAPH_BETA}/users/{user}/authentication/fido2Methods/creationOptions(challengeTimeoutInMinutes={timeout_minutes})"
        ),
        register: format!("{GRAPH_BETA}/users/{user}/authentication/fido2Methods"),
        permission: PERMISSION,
    })
}

/// Percent-encodes all but RFC 3986 unreserved characters and `@` (user
/// principal names keep their `@`, as Graph's own examples write them).
fn encode_path_segment(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// What is wrong with the creation options (or the request asked for);
/// every case is found before the key is touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntraError {
    NotJson(String),
    /// A field the options must have (its JSON path).
    Missing(&'static str),
    /// A field that is not base64url (its JSON path).
    NotBase64(&'static str),
    /// The challenge is shorter than WebAuthn's 16 bytes.
    ChallengeTooShort(usize),
    /// challengeTimeoutDateTime has passed.
    Expired {
        at: String,
    },
    /// challengeTimeoutDateTime is not a date.
    BadDate(String),
    /// The options offer no algorithm the key could use.
    NoAlgorithm,
    TimeoutOutOfRange,
}

impl std::fmt::Display for EntraError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            EntraError::NotJson(detail) => t!("provision-entra-not-json", detail = detail),
            EntraError::Missing(field) => t!("provision-entra-missing", field = *field),
            EntraError::NotBase64(field) => t!("provision-entra-not-base64", field = *field),
            EntraError::ChallengeTooShort(bytes) => t!(
                "provision-entra-challenge-too-short",
                bytes = *bytes,
                min = MIN_CHALLENGE_BYTES
            ),
            EntraError::Expired { at } => t!("provision-entra-expired", at = at),
            EntraError::BadDate(text) => t!("provision-entra-bad-date", value = text),
            EntraError::NoAlgorithm => t!("provision-entra-no-algorithm"),
            EntraError::TimeoutOutOfRange => t!(
                "provision-entra-timeout-out-of-range",
                min = *TIMEOUT_MINUTES.start(),
                max = *TIMEOUT_MINUTES.end()
            ),
        })
    }
}

impl std::error::Error for EntraError {}

/// The creation options KeyGuide uses, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreationOptions {
    pub challenge: Vec<u8>,
    pub rp_id: String,
    pub rp_name: String,
    pub user_id: Vec<u8>,
    pub user_name: String,
    pub user_display_name: String,
    pub algorithms: Vec<i64>,
    pub exclude: Vec<Vec<u8>>,
    /// Unix seconds of challengeTimeoutDateTime, where given.
    pub expires_unix: Option<i64>,
}

/// COSE algorithms CTAP keys make (ES256, EdDSA, RS256).
const KNOWN_ALGORITHMS: [i64; 3] = [-7, -8, -257];

impl CreationOptions {
    /// Reads the creation options as Graph returns them: the
    /// webauthnCredentialCreationOptions object, or Graph's `{ "value": ... }`
    /// wrapper around it. `now_unix` decides whether the challenge expired.
    pub fn parse(json: &str, now_unix: i64) -> Result<CreationOptions, EntraError> {
        let root: Value =
            serde_json::from_str(json).map_err(|e| EntraError::NotJson(e.to_string()))?;
        let root = root.get("value").filter(|v| v.is_object()).unwrap_or(&root);
        let expires_unix = match root.get("challengeTimeoutDateTime").and_then(Value::as_str) {
            Some(text) => {
                let at = parse_rfc3339(text).ok_or_else(|| EntraError::BadDate(text.into()))?;
                if at <= now_unix {
                    return Err(EntraError::Expired { at: text.into() });
                }
                Some(at)
            }
            None => None,
        };
        let pk = root
            .get("publicKey")
            .ok_or(EntraError::Missing("publicKey"))?;
        let text = |v: Option<&Value>, field: &'static str| -> Result<String, EntraError> {
            v.and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or(EntraError::Missing(field))
        };
        let bytes = |v: Option<&Value>, field: &'static str| -> Result<Vec<u8>, EntraError> {
            decode_base64url(&text(v, field)?).ok_or(EntraError::NotBase64(field))
        };
        let challenge = bytes(pk.get("challenge"), "publicKey.challenge")?;
        if challenge.len() < MIN_CHALLENGE_BYTES {
            return Err(EntraError::ChallengeTooShort(challenge.len()));
        }
        let rp = pk.get("rp");
        let rp_id = text(rp.and_then(|r| r.get("id")), "publicKey.rp.id")?;
        if rp_id.is_empty() || rp_id.contains(['/', ':', ' ']) {
            return Err(EntraError::Missing("publicKey.rp.id"));
        }
        let rp_name = rp
            .and_then(|r| r.get("name"))
            .and_then(Value::as_str)
            .unwrap_or(&rp_id)
            .to_owned();
        let user = pk.get("user");
        let user_id = bytes(user.and_then(|u| u.get("id")), "publicKey.user.id")?;
        let user_name = text(user.and_then(|u| u.get("name")), "publicKey.user.name")?;
        let user_display_name = user
            .and_then(|u| u.get("displayName"))
            .and_then(Value::as_str)
            .unwrap_or(&user_name)
            .to_owned();
        let algorithms: Vec<i64> = pk
            .get("pubKeyCredParams")
            .and_then(Value::as_array)
            .ok_or(EntraError::Missing("publicKey.pubKeyCredParams"))?
            .iter()
            .filter(|p| p.get("type").and_then(Value::as_str) == Some("public-key"))
            .filter_map(|p| p.get("alg").and_then(Value::as_i64))
            .filter(|alg| KNOWN_ALGORITHMS.contains(alg))
            .collect();
        if algorithms.is_empty() {
            return Err(EntraError::NoAlgorithm);
        }
        let mut exclude = Vec::new();
        if let Some(list) = pk.get("excludeCredentials").and_then(Value::as_array) {
            for c in list {
                exclude.push(bytes(c.get("id"), "publicKey.excludeCredentials.id")?);
            }
        }
        Ok(CreationOptions {
            challenge,
            rp_id,
            rp_name,
            user_id,
            user_name,
            user_display_name,
            algorithms,
            exclude,
            expires_unix,
        })
    }

    /// The origin a browser would report for Entra's relying party.
    pub fn origin(&self) -> String {
        format!("https://{}", self.rp_id)
    }

    /// clientDataJSON (WebAuthn L2 §5.8.1), members in the order §5.8.1.1
    /// serializes them.
    pub fn client_data_json(&self) -> Vec<u8> {
        #[derive(Serialize)]
        struct ClientData<'a> {
            #[serde(rename = "type")]
            kind: &'a str,
            challenge: String,
            origin: String,
            #[serde(rename = "crossOrigin")]
            cross_origin: bool,
        }
        serde_json::to_vec(&ClientData {
            kind: "webauthn.create",
            challenge: URL_SAFE_NO_PAD.encode(&self.challenge),
            origin: self.origin(),
            cross_origin: false,
        })
        .expect("plain strings serialize")
    }

    /// The makeCredential request: a discoverable credential (Entra's
    /// passkeys are resident keys) for the user in the options.
    pub fn credential_request(&self, client_data_json: &[u8]) -> CredentialRequest {
        CredentialRequest {
            client_data_hash: Sha256::digest(client_data_json).into(),
            rp_id: self.rp_id.clone(),
            rp_name: self.rp_name.clone(),
            user_id: self.user_id.clone(),
            user_name: self.user_name.clone(),
            display_name: self.user_display_name.clone(),
            algorithms: self.algorithms.clone(),
            exclude: self.exclude.clone(),
            resident_key: true,
        }
    }
}

/// The body to POST to `/users/{id}/authentication/fido2Methods`.
pub fn registration_body(
    display_name: &str,
    client_data_json: &[u8],
    made: &MadeCredential,
) -> Result<Value, crate::device::KeyError> {
    Ok(serde_json::json!({
        "@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
        "displayName": display_name,
        "publicKeyCredential": {
            "id": URL_SAFE_NO_PAD.encode(&made.credential_id),
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(client_data_json),
                "attestationObject": URL_SAFE_NO_PAD.encode(made.attestation_object()?),
            }
        }
    }))
}

/// base64url with or without padding (RFC 4648 §5).
fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .or_else(|_| URL_SAFE.decode(text))
        .ok()
}

/// Unix seconds of an RFC 3339 date-time (`2026-11-29T18:00:00.1234567Z`,
/// `...+01:00`). Fractions of a second are dropped.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let b = text.trim().as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = std::str::from_utf8(b.get(r)?).ok()?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let o = num(i + 1..i + 3)? * 3600 + num(i + 4..i + 6)? * 60;
            if *sign == b'+' {
                o
            } else {
                -o
            }
        }
        _ => return None,
    };
    // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + s - offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{for_this_thread, Language};

    const NOW: i64 = 1_800_000_000; // 2027-01-15T08:00:00Z

    fn options(expires: &str, challenge: &str) -> String {
        format!(
            r##"{{"@odata.type": "#microsoft.graph.webauthnCredentialCreationOptions",
              "challengeTimeoutDateTime": "{expires}",
              "publicKey": {{
                "challenge": "{challenge}",
                "timeout": 0,
                "attestation": "direct",
                "rp": {{"id": "login.microsoft.com", "name": "Microsoft"}},
                "user": {{"id": "T0Y3SjNyZnpGQ0xsN0RYbHptUlNBdw", "name": "adele@contoso.com", "displayName": "Adele Vance"}},
                "pubKeyCredParams": [{{"type": "public-key", "alg": -7}}, {{"type": "public-key", "alg": -257}}],
                "excludeCredentials": [{{"type": "public-key", "id": "AAECAw"}}],
                "authenticatorSelection": {{"authenticatorAttachment": "cross-platform", "requireResidentKey": true, "userVerification": "required"}}
              }}}}"##
        )
    }

    const CHALLENGE: &str = "Y2hhbGxlbmdlLW9mLWF0LWxlYXN0LTE2LWJ5dGVz";

    #[test]
    fn graphs_creation_options_are_read() {
        let o = CreationOptions::parse(&options("2027-01-15T08:05:00Z", CHALLENGE), NOW).unwrap();
        assert_eq!(o.challenge, b"challenge-of-at-least-16-bytes");
        assert_eq!(o.rp_id, "login.microsoft.com");
        assert_eq!(o.user_name, "adele@contoso.com");
        assert_eq!(o.user_display_name, "Adele Vance");
        assert_eq!(o.algorithms, vec![-7, -257]);
        assert_eq!(o.exclude, vec![vec![0, 1, 2, 3]]);
        assert_eq!(o.expires_unix, Some(NOW + 300));
        // Graph's beta wraps it in "value".
        let wrapped = format!(
            "{{\"value\": {}}}",
            options("2027-01-15T08:05:00Z", CHALLENGE)
        );
        assert_eq!(CreationOptions::parse(&wrapped, NOW).unwrap(), o);
    }

    #[test]
    fn client_data_is_webauthn_create_for_entras_origin() {
        let o = CreationOptions::parse(&options("2027-01-15T08:05:00Z", CHALLENGE), NOW).unwrap();
        let cd: Value = serde_json::from_slice(&o.client_data_json()).unwrap();
        assert_eq!(cd["type"], "webauthn.create");
        assert_eq!(cd["challenge"], CHALLENGE);
        assert_eq!(cd["origin"], "https://login.microsoft.com");
        let text = String::from_utf8(o.client_data_json()).unwrap();
        assert!(
            text.starts_with("{\"type\":\"webauthn.create\",\"challenge\":"),
            "{text}"
        );
        let req = o.credential_request(&o.client_data_json());
        assert!(req.resident_key);
        assert_eq!(
            req.client_data_hash.to_vec(),
            Sha256::digest(o.client_data_json()).to_vec()
        );
    }

    #[test]
    fn expired_short_or_malformed_options_are_refused_with_a_reason() {
        let _en = for_this_thread(Language::EnUs);
        let e =
            CreationOptions::parse(&options("2027-01-15T07:59:59Z", CHALLENGE), NOW).unwrap_err();
        assert_eq!(
            e,
            EntraError::Expired {
                at: "2027-01-15T07:59:59Z".into()
            }
        );
        assert!(e.to_string().contains("2027-01-15T07:59:59Z"), "{e}");
        let e =
            CreationOptions::parse(&options("2027-01-15T08:05:00Z", "c2hvcnQ"), NOW).unwrap_err();
        assert_eq!(e, EntraError::ChallengeTooShort(5));
        let e = CreationOptions::parse(&options("2027-01-15T08:05:00Z", "not base64!"), NOW)
            .unwrap_err();
        assert_eq!(e, EntraError::NotBase64("publicKey.challenge"));
        let e = CreationOptions::parse(&options("yesterday", CHALLENGE), NOW).unwrap_err();
        assert_eq!(e, EntraError::BadDate("yesterday".into()));
        let e = CreationOptions::parse("{\"publicKey\": {}}", NOW).unwrap_err();
        assert_eq!(e, EntraError::Missing("publicKey.challenge"));
        assert!(matches!(
            CreationOptions::parse("<html>", NOW),
            Err(EntraError::NotJson(_))
        ));
    }

    #[test]
    fn dates_are_read_as_rfc3339() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2027-01-15T08:00:00.1234567Z"), Some(NOW));
        assert_eq!(parse_rfc3339("2027-01-15T09:00:00+01:00"), Some(NOW));
        assert_eq!(parse_rfc3339("2024-02-29T00:00:00Z"), Some(1_709_164_800));
        assert_eq!(parse_rfc3339("2027-13-15T08:00:00Z"), None);
        assert_eq!(parse_rfc3339("2027-01-15T08:00:00"), None);
    }

    #[test]
    fn the_graph_requests_are_microsofts_documented_ones() {
        let r = graph_requests("adele@contoso.com", 10).unwrap();
        assert_eq!(
            r.creation_options,
            "https://graph.microsoft.com/beta/users/adele@contoso.com/authentication/fido2Methods/creationOptions(challengeTimeoutInMinutes=10)"
        );
        assert_eq!(
            r.register,
            "https://graph.microsoft.com/beta/users/adele@contoso.com/authentication/fido2Methods"
        );
        assert_eq!(r.permission, "UserAuthenticationMethod.ReadWrite.All");
        assert!(graph_requests("a b/c", 5)
            .unwrap()
            .creation_options
            .contains("/users/a%20b%2Fc/"));
        assert_eq!(graph_requests("x", 4), Err(EntraError::TimeoutOutOfRange));
        assert_eq!(
            graph_requests("x", 43201),
            Err(EntraError::TimeoutOutOfRange)
        );
    }
}
