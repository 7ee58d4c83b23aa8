//! What the CLI prints: short human text, or stable JSON with `--json`
//! (field names documented in the README).

use serde::Serialize;
use tokio::sync::mpsc::UnboundedReceiver;

use crate::device::model::{DeviceSummary, Fingerprint, KeyInfo, PasskeyList, PinRetries};
use crate::device::prompts::{KeyEvent, SampleStatus};

pub struct Output {
    json: bool,
}

impl Output {
    pub fn new(json: bool) -> Self {
        Self { json }
    }

    fn json<T: Serialize + ?Sized>(&self, value: &T) {
        match serde_json::to_string_pretty(value) {
            Ok(text) => println!("{text}"),
            Err(e) => eprintln!("keyguide: could not write JSON: {e}"),
        }
    }

    pub fn done(&self, message: &str) {
        if self.json {
            self.json(&serde_json::json!({ "ok": true }));
        } else {
            println!("{message}");
        }
    }

    /// A hint for a person; scripts get nothing on standard output.
    pub fn note(&self, message: &str) {
        eprintln!("{message}");
    }

    pub fn devices(&self, devices: &[DeviceSummary]) {
        if self.json {
            return self.json(devices);
        }
        if devices.is_empty() {
            println!("No security key found. Insert your security key (or hold it on the reader).");
        }
        for d in devices {
            let reader = d
                .reader
                .as_deref()
                .map(|r| format!(" on reader \"{r}\""))
                .unwrap_or_default();
            println!("{}\t{:?}\t{}{}", d.id, d.transport, d.label, reader);
        }
    }

    pub fn info(&self, info: &KeyInfo) {
        if self.json {
            return self.json(info);
        }
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        println!("{}", info.name);
        if let Some(w) = &info.warning {
            println!("  WARNING: {w}");
        }
        println!("  AAGUID:            {}", info.aaguid);
        println!("  FIDO versions:     {}", info.versions.join(", "));
        if let Some(fw) = info.firmware_version {
            println!("  Firmware:          {fw}");
        }
        if !info.transports.is_empty() {
            println!("  Transports:        {}", info.transports.join(", "));
        }
        if let Some(c) = &info.certification {
            println!("  Certification:     {c}");
        }
        match (info.pin_set, info.pin_retries) {
            (None, _) => println!("  PIN:               not supported"),
            (Some(false), _) => {
                println!("  PIN:               not set (set one with `keyguide pin set`)")
            }
            (Some(true), Some(r)) => println!("  PIN:               set, {r} attempts left"),
            (Some(true), None) => println!("  PIN:               set"),
        }
        if info.pin_power_cycle_required {
            println!("  PIN:               blocked until you remove and re-insert the key");
        }
        println!("  Minimum PIN length: {}", info.min_pin_length);
        if info.force_pin_change {
            println!("  The PIN must be changed before the key can be used.");
        }
        println!(
            "  Fingerprints:      {}",
            if info.bio {
                match info.fingerprints_enrolled {
                    Some(true) => "supported, enrolled",
                    _ => "supported, none enrolled",
                }
            } else {
                "not supported"
            }
        );
        match (info.passkeys_used, info.passkeys_remaining) {
            (Some(u), Some(r)) => println!("  Passkeys:          {u} stored, room for {r} more"),
            (None, Some(r)) => println!("  Passkeys:          room for {r} more"),
            _ => {}
        }
        println!(
            "  Passkey management: {}",
            yes_no(info.credential_management)
        );
        if let Some(on) = info.always_uv {
            println!("  Always require PIN: {}", yes_no(on));
        }
    }

    pub fn pin_retries(&self, r: &PinRetries) {
        if self.json {
            return self.json(r);
        }
        println!("{} PIN attempts left.", r.retries);
        if r.power_cycle_required {
            println!("Remove the key and insert it again before the next attempt.");
        }
    }

    pub fn passkeys(&self, list: &PasskeyList) {
        if self.json {
            return self.json(list);
        }
        println!(
            "{} passkeys stored, room for {} more.",
            list.slots.used, list.slots.remaining
        );
        for site in &list.sites {
            println!("{}", site.rp_id);
            for p in &site.passkeys {
                let who = match (&p.user_name, &p.display_name) {
                    (Some(n), Some(d)) if n != d => format!("{n} ({d})"),
                    (Some(n), _) => n.clone(),
                    (None, Some(d)) => d.clone(),
                    (None, None) => "(no user name)".into(),
                };
                println!("  {who}\t{}", p.credential_id);
            }
        }
    }

    pub fn fingerprints(&self, list: &[Fingerprint]) {
        if self.json {
            return self.json(list);
        }
        if list.is_empty() {
            println!("No fingerprints enrolled. Add one with `keyguide fingerprints enroll`.");
        }
        for f in list {
            println!("{}\t{}", f.id, f.name.as_deref().unwrap_or("(no name)"));
        }
    }

    pub fn enrolled(&self, id: &str) {
        if self.json {
            self.json(&serde_json::json!({ "ok": true, "id": id }));
        } else {
            println!("Fingerprint enrolled (id {id}).");
        }
    }
}

/// Prints what the key asks of the user to standard error as it happens.
pub fn print_prompts(mut events: UnboundedReceiver<KeyEvent>, quiet: bool) {
    tokio::spawn(async move {
        let mut last_touch = false;
        while let Some(event) = events.recv().await {
            if quiet {
                continue;
            }
            match event {
                KeyEvent::TouchNeeded if !last_touch => {
                    eprintln!("Touch your security key now.");
                    last_touch = true;
                }
                KeyEvent::TouchNeeded | KeyEvent::Processing => {}
                KeyEvent::FingerprintSample {
                    status,
                    remaining_samples,
                } => {
                    last_touch = false;
                    eprintln!("{}", sample_text(status, remaining_samples));
                }
            }
        }
    });
}

/// One line of guidance per sample (CTAP 2.1 §6.7.4 lastEnrollSampleStatus).
pub fn sample_text(status: SampleStatus, remaining: u32) -> String {
    let advice = match status {
        SampleStatus::Good => "Good.",
        SampleStatus::TooHigh => "Too high: place your finger lower.",
        SampleStatus::TooLow => "Too low: place your finger higher.",
        SampleStatus::TooLeft => "Too far left: move your finger right.",
        SampleStatus::TooRight => "Too far right: move your finger left.",
        SampleStatus::TooFast => "Too fast: rest your finger a little longer.",
        SampleStatus::TooSlow => "Too slow: lift your finger sooner.",
        SampleStatus::PoorQuality => "Not clear: clean and dry your finger, then press flat.",
        SampleStatus::TooSkewed => "Crooked: place your finger straight.",
        SampleStatus::TooShort => "Too short: keep your finger on the sensor a little longer.",
        SampleStatus::MergeFailure => "Could not combine this touch: try again.",
        SampleStatus::AlreadyExists => "This fingerprint is already enrolled.",
        SampleStatus::NoUserActivity => "No finger detected: touch the sensor.",
        SampleStatus::NoUserPresenceTransition => "Lift your finger, then touch again.",
        SampleStatus::Unknown(_) => "Not accepted: try again.",
    };
    if remaining == 0 {
        format!("{advice} Fingerprint complete.")
    } else {
        format!("{advice} Lift and touch again ({remaining} more).")
    }
}
