//! `keyguide entra register`: an admin registers a passkey on a key for a
//! user in Microsoft Entra ID. The body KeyGuide writes is checked by an
//! independent relying party (python-fido2's Fido2Server and its packed
//! attestation verifier, tests/python/verify_entra_registration.py), not
//! by our own code.
//!
//! The Python comes from `tools/python-env.sh` (the pinned venv of the
//! python-client suite), or from `KEYGUIDE_PYTHON` when set to such a
//! Python. Without it the test fails: it never passes unverified.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

fn keyguide(args: &[&str], stdin: &str) -> Output {
    let mut command = common::keyguide_command();
    command.args(args);
    common::run_with_stdin(command, stdin)
}

fn ok(args: &[&str], stdin: &str) -> String {
    let out = keyguide(args, stdin);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("KEYGUIDE_PYTHON") {
        return p.into();
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(root.join("tools/python-env.sh"))
        .output()
        .expect("tools/python-env.sh runs");
    assert!(
        out.status.success(),
        "no Python with fido2: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

/// Runs the independent verifier; its stdout on success, its reason as Err.
fn verify(options: &Path, body: &Path) -> Result<serde_json::Value, String> {
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/verify_entra_registration.py");
    let out = Command::new(python())
        .arg(script)
        .arg(options)
        .arg(body)
        .output()
        .expect("python runs");
    if out.status.success() {
        Ok(serde_json::from_slice(&out.stdout).expect("one JSON line"))
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// Creation options shaped as Microsoft Graph returns them
/// (webauthnCredentialCreationOptions, Microsoft Learn).
fn creation_options(challenge: &[u8], expires: &str) -> serde_json::Value {
    serde_json::json!({
        "@odata.type": "#microsoft.graph.webauthnCredentialCreationOptions",
        "challengeTimeoutDateTime": expires,
        "publicKey": {
            "challenge": URL_SAFE_NO_PAD.encode(challenge),
            "timeout": 0,
            "attestation": "direct",
            "rp": { "id": "login.microsoft.com", "name": "Microsoft" },
            "user": {
                "id": URL_SAFE_NO_PAD.encode(b"adele-object-id-0001"),
                "name": "adele@contoso.com",
                "displayName": "Adele Vance"
            },
            "pubKeyCredParams": [
                { "type": "public-key", "alg": -7 },
                { "type": "public-key", "alg": -257 }
            ],
            "excludeCredentials": [],
            "authenticatorSelection": {
                "authenticatorAttachment": "cross-platform",
                "requireResidentKey": true,
                "userVerification": "required"
            }
        }
    })
}

struct Setup {
    _dir: tempfile::TempDir,
    key: String,
    options: PathBuf,
    body: PathBuf,
}

fn setup(expires: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.json").to_str().unwrap().to_owned();
    ok(&["virtual", "create", &key, "--profile", "bio"], "");
    ok(
        &["--virtual", &key, "--pin-stdin", "pin", "set"],
        "246810\n",
    );
    let options = dir.path().join("options.json");
    let challenge: Vec<u8> = (0..32u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect();
    std::fs::write(
        &options,
        serde_json::to_vec(&creation_options(&challenge, expires)).unwrap(),
    )
    .unwrap();
    let body = dir.path().join("body.json");
    Setup {
        _dir: dir,
        key,
        options,
        body,
    }
}

fn register(s: &Setup, stdin: &str) -> Output {
    keyguide(
        &[
            "--virtual",
            &s.key,
            "--pin-stdin",
            "entra",
            "register",
            "--options",
            s.options.to_str().unwrap(),
            "--out",
            s.body.to_str().unwrap(),
            "--display-name",
            "Adele's key",
        ],
        stdin,
    )
}

#[test]
fn a_registration_for_entra_is_accepted_by_an_independent_relying_party() {
    let s = setup("2099-01-01T00:00:00Z");
    let out = register(&s, "246810\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let body: serde_json::Value = serde_json::from_slice(&std::fs::read(&s.body).unwrap()).unwrap();
    assert_eq!(body["displayName"], "Adele's key");
    assert_eq!(
        body["@odata.type"],
        "#microsoft.graph.fido2AuthenticationMethod"
    );
    let client_data = URL_SAFE_NO_PAD
        .decode(
            body["publicKeyCredential"]["response"]["clientDataJSON"]
                .as_str()
                .unwrap(),
        )
        .unwrap();
    let client_data: serde_json::Value = serde_json::from_slice(&client_data).unwrap();
    assert_eq!(client_data["type"], "webauthn.create");
    assert_eq!(client_data["origin"], "https://login.microsoft.com");

    let verified = verify(&s.options, &s.body).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(verified["verified"], true);
    assert_eq!(verified["fmt"], "packed");
    assert_eq!(verified["user_verified"], true, "UV with the PIN");
    let info: serde_json::Value =
        serde_json::from_str(&ok(&["--virtual", &s.key, "info", "--json"], "")).unwrap();
    assert_eq!(verified["aaguid"], info["aaguid"]);

    // The passkey is on the key, discoverable, for the user in the options.
    let list: serde_json::Value = serde_json::from_str(&ok(
        &[
            "--virtual",
            &s.key,
            "--pin-stdin",
            "passkeys",
            "list",
            "--json",
        ],
        "246810\n",
    ))
    .unwrap();
    let site = &list["sites"][0];
    assert_eq!(site["rp_id"], "login.microsoft.com");
    assert_eq!(site["passkeys"][0]["user_name"], "adele@contoso.com");
    assert_eq!(
        site["passkeys"][0]["credential_id"],
        body["publicKeyCredential"]["id"]
    );

    // The verifier is no rubber stamp: another challenge fails it.
    let other = creation_options(&[7u8; 32], "2099-01-01T00:00:00Z");
    let other_path = s.options.with_file_name("other-options.json");
    std::fs::write(&other_path, serde_json::to_vec(&other).unwrap()).unwrap();
    let err = verify(&other_path, &s.body).unwrap_err();
    assert!(err.contains("challenge"), "{err}");
}

#[test]
fn expired_options_are_a_clear_error_before_the_key_is_touched() {
    let s = setup("2020-01-01T00:00:00Z");
    // No PIN on standard input: it must not even be asked for.
    let out = register(&s, "");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("expired at 2020-01-01T00:00:00Z"), "{err}");
    assert!(err.contains("Nothing was done on the key"), "{err}");
    assert!(!s.body.exists());
    let list: serde_json::Value = serde_json::from_str(&ok(
        &[
            "--virtual",
            &s.key,
            "--pin-stdin",
            "passkeys",
            "list",
            "--json",
        ],
        "246810\n",
    ))
    .unwrap();
    assert_eq!(list["slots"]["used"], 0);
}

#[test]
fn a_wrong_challenge_is_refused_before_the_key_is_touched() {
    let s = setup("2099-01-01T00:00:00Z");
    let mut options: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&s.options).unwrap()).unwrap();
    options["publicKey"]["challenge"] = "c2hvcnQ".into(); // "short"
    std::fs::write(&s.options, serde_json::to_vec(&options).unwrap()).unwrap();
    let out = register(&s, "");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(err.contains("the challenge has 5 bytes"), "{err}");
    assert!(!s.body.exists());
}

#[test]
fn the_graph_request_is_printed_not_sent() {
    let out = ok(
        &[
            "entra",
            "request",
            "adele@contoso.com",
            "--challenge-timeout",
            "30",
        ],
        "",
    );
    assert!(
        out.starts_with(
            "GET https://graph.microsoft.com/beta/users/adele@contoso.com/authentication/fido2Methods/creationOptions(challengeTimeoutInMinutes=30)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("UserAuthenticationMethod.ReadWrite.All"),
        "{out}"
    );
    assert!(out.contains(
        "POST https://graph.microsoft.com/beta/users/adele@contoso.com/authentication/fido2Methods"
    ));
    let json: serde_json::Value = serde_json::from_str(&ok(
        &["entra", "request", "adele@contoso.com", "--json"],
        "",
    ))
    .unwrap();
    assert!(json["creation_options"]
        .as_str()
        .unwrap()
        .ends_with("(challengeTimeoutInMinutes=10)"));
    let out = keyguide(&["entra", "request", "x", "--challenge-timeout", "1"], "");
    assert!(!out.status.success());
}

/// The device layer's makeCredential (CTAP 2.1 §6.1) on its own: user
/// verification through a pinUvAuthToken with the mc permission, a
/// discoverable credential, and the relying party's exclude list obeyed.
#[tokio::test]
async fn make_credential_verifies_the_user_with_the_pin_and_stores_a_passkey() {
    use keyguide::device::passkeys::CredentialRequest;
    use keyguide::device::KeyError;
    use keyguide::virtual_key::Profile;
    use sha2::{Digest, Sha256};

    let mut b = common::with_pin(Profile::Bio).await;
    let request = CredentialRequest {
        client_data_hash: [7; 32],
        rp_id: "login.microsoft.com".into(),
        rp_name: "Microsoft".into(),
        user_id: b"adele-object-id-0001".to_vec(),
        user_name: "adele@contoso.com".into(),
        display_name: "Adele Vance".into(),
        algorithms: vec![-7],
        exclude: Vec::new(),
        resident_key: true,
    };
    let before = b.key.commands_received().len();
    let err = b.session.make_credential(&request, None).await.unwrap_err();
    assert!(matches!(err, KeyError::PinRequired), "{err:?}");
    assert_eq!(b.key.commands_received().len(), before, "nothing sent");

    let made = b
        .session
        .make_credential(&request, Some(&common::pin("123456")))
        .await
        .unwrap();
    assert_eq!(made.fmt, "packed");
    let auth_data = &made.auth_data;
    assert_eq!(
        &auth_data[..32],
        Sha256::digest(b"login.microsoft.com").as_slice()
    );
    let flags = auth_data[32];
    assert_eq!(flags & 0x01, 0x01, "UP");
    assert_eq!(flags & 0x04, 0x04, "UV: verified with the PIN");
    assert_eq!(flags & 0x40, 0x40, "AT: attested credential data");
    assert_eq!(b.key.passkey_count(), 1, "a discoverable credential");

    // The same user again, with that credential excluded: refused.
    let again = CredentialRequest {
        exclude: vec![made.credential_id.clone()],
        ..request
    };
    assert!(b
        .session
        .make_credential(&again, Some(&common::pin("123456")))
        .await
        .is_err());
    assert_eq!(b.key.passkey_count(), 1);
}
