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
            Err(e) => eprintln!("keyguide: {}", t!("cli-json-failed", error = e.to_string())),
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
            println!("{}", t!("cli-devices-none"));
        }
        for d in devices {
            let label = match &d.reader {
                Some(reader) => t!("cli-devices-on-reader", label = &d.label, reader = reader),
                None => d.label.clone(),
            };
            // The id and the transport stay as they are: scripts cut them out.
            println!("{}\t{:?}\t{label}", d.id, d.transport);
        }
    }

    pub fn info(&self, info: &KeyInfo) {
        if self.json {
            return self.json(info);
        }
        let yes_no = |b: bool| if b { t!("cli-yes") } else { t!("cli-no") };
        println!("{}", info.name);
        if let Some(w) = &info.warning {
            println!("  {}", t!("cli-info-warning", warning = w));
        }
        // (label, value) lines, aligned after the longest label; a line
        // without a label is a sentence of its own.
        let mut lines: Vec<(Option<String>, String)> = Vec::new();
        row(&mut lines, t!("cli-info-aaguid"), info.aaguid.clone());
        row(
            &mut lines,
            t!("cli-info-versions"),
            info.versions.join(", "),
        );
        if let Some(fw) = info.firmware_version {
            row(&mut lines, t!("cli-info-firmware"), fw.to_string());
        }
        if !info.transports.is_empty() {
            row(
                &mut lines,
                t!("cli-info-transports"),
                info.transports.join(", "),
            );
        }
        if let Some(c) = &info.certification {
            row(&mut lines, t!("cli-info-certification"), c.clone());
        }
        let pin = match (info.pin_set, info.pin_retries) {
            (None, _) => t!("cli-info-pin-not-supported"),
            (Some(false), _) => t!("cli-info-pin-not-set"),
            (Some(true), Some(r)) => t!("cli-info-pin-set-retries", count = r),
            (Some(true), None) => t!("cli-info-pin-set"),
        };
        row(&mut lines, t!("cli-info-pin"), pin);
        if info.pin_power_cycle_required {
            row(
                &mut lines,
                t!("cli-info-pin"),
                t!("cli-info-pin-power-cycle"),
            );
        }
        row(
            &mut lines,
            t!("cli-info-min-pin-length"),
            info.min_pin_length.to_string(),
        );
        if info.force_pin_change {
            lines.push((None, t!("cli-info-force-pin-change")));
        }
        let fingerprints = if !info.bio {
            t!("cli-info-fingerprints-unsupported")
        } else if info.fingerprints_enrolled == Some(true) {
            t!("cli-info-fingerprints-enrolled")
        } else {
            t!("cli-info-fingerprints-none")
        };
        row(&mut lines, t!("cli-info-fingerprints"), fingerprints);
        match (info.passkeys_used, info.passkeys_remaining) {
            (Some(used), Some(remaining)) => row(
                &mut lines,
                t!("cli-info-passkeys"),
                t!("cli-info-passkeys-used", used = used, remaining = remaining),
            ),
            (None, Some(remaining)) => row(
                &mut lines,
                t!("cli-info-passkeys"),
                t!("cli-info-passkeys-room", remaining = remaining),
            ),
            _ => {}
        }
        row(
            &mut lines,
            t!("cli-info-passkey-management"),
            yes_no(info.credential_management),
        );
        if let Some(on) = info.always_uv {
            row(&mut lines, t!("cli-info-always-uv"), yes_no(on));
        }
        ctap22_rows(&mut lines, &info.ctap22);
        print!("{}", aligned(&lines));
    }

    pub fn doctor(&self, findings: &[crate::doctor::Finding]) {
        if self.json {
            return self.json(findings);
        }
        for f in findings {
            println!(
                "[{}] {}: {}",
                crate::doctor::status_word(f.status),
                crate::doctor::check_name(f.check),
                f.summary
            );
            if let Some(fix) = &f.fix {
                println!("    {fix}");
            }
            for command in f.commands.iter().flat_map(|c| c.lines()) {
                println!("    $ {command}");
            }
        }
    }

    pub fn blobs(&self, report: &crate::large_blobs::BlobReport) {
        if self.json {
            return self.json(report);
        }
        for line in report.describe() {
            println!("{line}");
        }
    }

    pub fn genuine(&self, report: &crate::genuine::Report) {
        if self.json {
            return self.json(report);
        }
        for line in crate::genuine::describe(report) {
            println!("{line}");
        }
    }

    pub fn pin_retries(&self, r: &PinRetries) {
        if self.json {
            return self.json(r);
        }
        println!("{}", t!("cli-pin-retries", count = r.retries));
        if r.power_cycle_required {
            println!("{}", t!("cli-pin-retries-power-cycle"));
        }
    }

    pub fn passkeys(&self, list: &PasskeyList) {
        if self.json {
            return self.json(list);
        }
        println!(
            "{}",
            t!(
                "cli-passkeys-summary",
                used = list.slots.used,
                remaining = list.slots.remaining
            )
        );
        for site in &list.sites {
            println!("{}", site.rp_id);
            for p in &site.passkeys {
                let who = match (&p.user_name, &p.display_name) {
                    (Some(n), Some(d)) if n != d => {
                        t!(
                            "cli-passkeys-user-and-display-name",
                            name = n,
                            display_name = d
                        )
                    }
                    (Some(n), _) => n.clone(),
                    (None, Some(d)) => d.clone(),
                    (None, None) => t!("cli-passkeys-no-user-name"),
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
            println!("{}", t!("cli-fingerprints-none"));
        }
        for f in list {
            let name = f
                .name
                .clone()
                .unwrap_or_else(|| t!("cli-fingerprints-no-name"));
            println!("{}\t{name}", f.id);
        }
    }

    /// The list of sites was written.
    pub fn exported(&self, message: &str, accounts: usize, path: &std::path::Path) {
        if self.json {
            self.json(&serde_json::json!({
                "ok": true,
                "accounts": accounts,
                "path": path.display().to_string(),
            }));
        } else {
            println!("{message}");
        }
    }

    /// This key next to the other one, in plain words.
    pub fn comparison(&self, c: &crate::inventory::Comparison) {
        if self.json {
            return self.json(c);
        }
        for (heading, accounts) in [
            (t!("inventory-compare-this-only"), &c.only_on_this_key),
            (t!("inventory-compare-other-only"), &c.only_on_other_key),
        ] {
            if accounts.is_empty() {
                println!("{heading} {}", t!("inventory-compare-none"));
                continue;
            }
            println!("{heading}");
            for a in accounts {
                println!("  {}", crate::inventory::account_line(a));
            }
        }
        println!(
            "{}",
            t!("inventory-compare-on-both", count = c.on_both.len())
        );
        if c.only_on_this_key.is_empty() && c.only_on_other_key.is_empty() {
            println!("{}", t!("inventory-compare-same"));
        }
    }

    pub fn enrolled(&self, id: &str) {
        if self.json {
            self.json(&serde_json::json!({ "ok": true, "id": id }));
        } else {
            println!("{}", t!("cli-fingerprints-enrolled", id = id));
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
                    eprintln!("{}", t!("cli-touch-key"));
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
        SampleStatus::Good => t!("cli-sample-good"),
        SampleStatus::TooHigh => t!("cli-sample-too-high"),
        SampleStatus::TooLow => t!("cli-sample-too-low"),
        SampleStatus::TooLeft => t!("cli-sample-too-left"),
        SampleStatus::TooRight => t!("cli-sample-too-right"),
        SampleStatus::TooFast => t!("cli-sample-too-fast"),
        SampleStatus::TooSlow => t!("cli-sample-too-slow"),
        SampleStatus::PoorQuality => t!("cli-sample-poor-quality"),
        SampleStatus::TooSkewed => t!("cli-sample-too-skewed"),
        SampleStatus::TooShort => t!("cli-sample-too-short"),
        SampleStatus::MergeFailure => t!("cli-sample-merge-failure"),
        SampleStatus::AlreadyExists => t!("cli-sample-already-exists"),
        SampleStatus::NoUserActivity => t!("cli-sample-no-user-activity"),
        SampleStatus::NoUserPresenceTransition => t!("cli-sample-no-user-presence-transition"),
        SampleStatus::Unknown(_) => t!("cli-sample-unknown"),
    };
    if remaining == 0 {
        t!("cli-sample-complete", advice = advice)
    } else {
        t!("cli-sample-again", advice = advice, remaining = remaining)
    }
}

fn row(lines: &mut Vec<(Option<String>, String)>, label: String, value: String) {
    lines.push((Some(label), value));
}

/// `  Label:   value` lines, the values lined up after the longest label
/// (by characters; labels differ in length from language to language).
fn aligned(lines: &[(Option<String>, String)]) -> String {
    let width = lines
        .iter()
        .filter_map(|(label, _)| label.as_ref())
        .map(|label| label.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (label, value) in lines {
        match label {
            Some(label) => {
                let pad = width - label.chars().count();
                out.push_str(&format!("  {label}:{} {value}\n", " ".repeat(pad)));
            }
            None => out.push_str(&format!("  {value}\n")),
        }
    }
    out
}

/// The CTAP 2.2 facts (getInfo 0x16-0x1F), each only when the key says it.
fn ctap22_rows(lines: &mut Vec<(Option<String>, String)>, c: &crate::device::ctap22::Ctap22Info) {
    if let Some(max) = c.max_pin_length {
        row(lines, t!("capabilities-max-pin-length"), max.to_string());
    }
    if c.pin_complexity_policy == Some(true) {
        let policy = match &c.pin_complexity_policy_url {
            Some(url) => t!("capabilities-pin-policy-with-url", url = url),
            None => t!("capabilities-pin-policy"),
        };
        row(lines, t!("capabilities-pin-rules"), policy);
    }
    if c.long_touch_for_reset == Some(true) {
        row(
            lines,
            t!("capabilities-reset"),
            t!("capabilities-reset-long-touch"),
        );
    }
    if !c.transports_for_reset.is_empty() {
        row(
            lines,
            t!("capabilities-reset-transports"),
            c.transports_for_reset.join(", "),
        );
    }
    if !c.attestation_formats.is_empty() {
        row(
            lines,
            t!("capabilities-attestation-formats"),
            c.attestation_formats.join(", "),
        );
    }
    if let Some(n) = c.uv_count_since_last_pin_entry {
        row(lines, t!("capabilities-uv-count"), n.to_string());
    }
    if c.per_cred_mgmt_ro {
        lines.push((None, t!("capabilities-read-only-listing")));
    }
    if let Some(id) = &c.key_identifier {
        row(lines, t!("capabilities-key-identifier"), id.clone());
    }
}
