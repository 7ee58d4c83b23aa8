//! `keyguide entra request <user>` and `keyguide entra register`
//! ([`crate::entra_register`]): KeyGuide prints the Microsoft Graph
//! requests and makes the credential; the admin's own tools send them.

use std::path::Path;

use crate::device::{KeyError, KeySession};
use crate::entra_register::{graph_requests, registration_body, CreationOptions};
use crate::provision::plain;

use super::input::PinInput;
use super::output::Output;

pub fn request(user: &str, timeout_minutes: u32, json: bool) -> Result<(), KeyError> {
    let requests = graph_requests(user, timeout_minutes).map_err(|e| plain(e.to_string()))?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&requests).expect("plain strings serialize")
        );
    } else {
        println!("GET {}", requests.creation_options);
        println!();
        println!(
            "{}",
            t!(
                "provision-entra-request-explained",
                permission = requests.permission
            )
        );
        println!();
        println!(
            "{}",
            t!(
                "provision-entra-request-then",
                url = requests.register.as_str()
            )
        );
    }
    Ok(())
}

pub async fn register(
    session: &mut KeySession,
    pins: &mut PinInput,
    options_path: &Path,
    out_path: &Path,
    display_name: Option<String>,
    out: &Output,
) -> Result<(), KeyError> {
    // Everything about the options is checked before the key is asked
    // for anything (and before the PIN is asked for).
    let text = std::fs::read_to_string(options_path).map_err(|e| {
        plain(t!(
            "provision-entra-options-unreadable",
            path = options_path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let options = CreationOptions::parse(&text, now).map_err(|e| {
        plain(t!(
            "provision-entra-options-invalid",
            path = options_path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    if out_path.exists() {
        return Err(plain(t!(
            "provision-entra-out-exists",
            path = out_path.display().to_string()
        )));
    }
    // Entra requires user verification: the key must have a PIN.
    if session.pin_is_set() != Some(true) {
        return Err(KeyError::PinNotSet);
    }
    let pin = pins.current()?;
    let client_data = options.client_data_json();
    out.note(&t!("provision-entra-touch"));
    let made = session
        .make_credential(&options.credential_request(&client_data), Some(&pin))
        .await?;
    let display_name = match display_name {
        Some(name) => name,
        None => crate::keys::info(session).await?.name,
    };
    let body = registration_body(&display_name, &client_data, &made)?;
    let json = serde_json::to_vec_pretty(&body).expect("a JSON value serializes");
    std::fs::write(out_path, json).map_err(|e| {
        plain(t!(
            "provision-entra-out-not-written",
            path = out_path.display().to_string(),
            error = e.to_string()
        ))
    })?;
    out.done(&t!(
        "provision-entra-registered",
        user = options.user_name.as_str(),
        path = out_path.display().to_string()
    ));
    Ok(())
}
