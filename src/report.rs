//! "Save report": what a key is and how it is set up, for a help desk or
//! an inventory, as JSON and as a readable HTML page.
//!
//! Never in a report: the PIN, credential ids, user ids, user names or the
//! sites the passkeys are for. Only counts.

use serde::Serialize;
use std::path::{Path, PathBuf};

use crate::device::model::{DeviceSummary, KeyInfo, Transport};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub generator: String,
    /// UTC, RFC 3339.
    pub created: String,
    pub connection: Connection,
    pub key: KeyInfo,
    pub metadata: MetadataStatus,
    pub passkeys: PasskeyCounts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Connection {
    pub transport: Transport,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reader: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MetadataStatus {
    /// Whether the FIDO metadata catalog knows this model.
    pub known_model: bool,
    pub certification: Option<String>,
    pub warning: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PasskeyCounts {
    /// `None` when the key was not unlocked with its PIN.
    pub used: Option<u32>,
    pub remaining: Option<u32>,
    /// Number of sites, when the passkeys were listed.
    pub sites: Option<usize>,
}

impl Report {
    pub fn new(connection: Connection, info: &KeyInfo, sites: Option<usize>) -> Report {
        let known_model = uuid::Uuid::parse_str(&info.aaguid)
            .ok()
            .and_then(|aaguid| crate::catalog::Catalog::embedded().lookup(&aaguid))
            .is_some();
        Report {
            generator: format!("KeyGuide {}", env!("CARGO_PKG_VERSION")),
            created: rfc3339_utc(std::time::SystemTime::now()),
            connection,
            key: info.clone(),
            metadata: MetadataStatus {
                known_model,
                certification: info.certification.clone(),
                warning: info.warning.clone(),
            },
            passkeys: PasskeyCounts {
                used: info.passkeys_used,
                remaining: info.passkeys_remaining,
                sites,
            },
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serializes")
    }

    /// A self-contained page (no scripts, no outside resources), in the
    /// current language.
    pub fn to_html(&self) -> String {
        let k = &self.key;
        let yes_no = |b: bool| if b { t!("report-yes") } else { t!("report-no") };
        let opt = |v: Option<String>| v.unwrap_or_else(|| "—".to_owned());
        let list = |v: &[String]| {
            if v.is_empty() {
                "—".to_owned()
            } else {
                v.join(", ")
            }
        };
        let rows: Vec<(String, String)> = vec![
            (t!("report-model"), k.name.clone()),
            (t!("report-aaguid"), k.aaguid.clone()),
            (t!("report-connection"), connection_text(&self.connection)),
            (
                t!("report-firmware"),
                opt(k.firmware_version.map(|v| v.to_string())),
            ),
            (t!("report-versions"), list(&k.versions)),
            (t!("report-transports"), list(&k.transports)),
            (t!("report-extensions"), list(&k.extensions)),
            (
                t!("report-pin"),
                match k.pin_set {
                    None => t!("report-pin-not-supported"),
                    Some(false) => t!("report-pin-not-set"),
                    Some(true) => match k.pin_retries {
                        Some(r) => t!("report-pin-set-retries", count = r),
                        None => t!("report-pin-set"),
                    },
                },
            ),
            (t!("report-min-pin-length"), k.min_pin_length.to_string()),
            (t!("report-pin-change-required"), yes_no(k.force_pin_change)),
            (t!("report-fingerprint-sensor"), yes_no(k.bio)),
            (
                t!("report-fingerprints-enrolled"),
                opt(k.fingerprints_enrolled.map(yes_no)),
            ),
            (t!("report-always-uv"), opt(k.always_uv.map(yes_no))),
            (
                t!("report-passkey-management"),
                yes_no(k.credential_management),
            ),
            (
                t!("report-passkeys-stored"),
                opt(self.passkeys.used.map(|v| v.to_string())),
            ),
            (
                t!("report-passkey-slots-free"),
                opt(self.passkeys.remaining.map(|v| v.to_string())),
            ),
            (
                t!("report-sites"),
                opt(self.passkeys.sites.map(|v| v.to_string())),
            ),
            (t!("report-in-metadata"), yes_no(self.metadata.known_model)),
            (
                t!("report-certification"),
                opt(self.metadata.certification.clone()),
            ),
            (
                t!("report-metadata-warning"),
                opt(self.metadata.warning.clone()),
            ),
        ];
        let mut body = String::new();
        for (label, value) in rows {
            body.push_str(&format!(
                "<tr><th>{}</th><td>{}</td></tr>\n",
                escape(&label),
                escape(&value)
            ));
        }
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
             <h1>{heading}</h1>\n<p class=\"sub\">{subtitle}</p>\n\
             <table>\n{body}</table>\n\
             <p class=\"note\">{note}</p>\n\
             </body>\n</html>\n",
            lang = crate::i18n::current().tag(),
            title = escape(&t!("report-title", model = &self.key.name)),
            heading = escape(&t!("report-heading")),
            subtitle = escape(&t!(
                "report-subtitle",
                model = &self.key.name,
                created = &self.created,
                generator = &self.generator
            )),
            note = escape(&t!("report-no-secrets")),
        )
    }

    /// Writes `<base>.json` and `<base>.html` (any extension on `base` is
    /// replaced) and returns both paths.
    pub fn save(&self, base: &Path) -> std::io::Result<(PathBuf, PathBuf)> {
        let json = base.with_extension("json");
        let html = base.with_extension("html");
        std::fs::write(&json, self.to_json())?;
        std::fs::write(&html, self.to_html())?;
        Ok((json, html))
    }

    /// A file name for the save dialog: `keyguide-report-<model>`.
    pub fn suggested_file_stem(&self) -> String {
        let model: String = self
            .key
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let model = model
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        format!("keyguide-report-{model}")
    }
}

impl From<&DeviceSummary> for Connection {
    fn from(device: &DeviceSummary) -> Connection {
        Connection {
            transport: device.transport,
            label: device.label.clone(),
            reader: device.reader.clone(),
        }
    }
}

fn connection_text(c: &Connection) -> String {
    match (&c.transport, &c.reader) {
        (Transport::Nfc, Some(reader)) => t!("report-connection-nfc-reader", reader = reader),
        (Transport::Usb, _) => t!("report-connection-usb", label = &c.label),
        (Transport::Virtual, _) => t!("report-connection-virtual", label = &c.label),
        (Transport::Nfc, None) => t!("report-connection-nfc"),
    }
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}
h1{font-size:1.6rem;margin-bottom:.2rem}.sub{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
th{width:16rem;font-weight:600}.note{color:#555;font-size:.9rem;margin-top:1.5rem}
@media (prefers-color-scheme:dark){body{background:#1b1b1f;color:#eee}.sub,.note{color:#aaa}th,td{border-color:#444}}
";

/// Minimal HTML escaping for text and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `SystemTime` as `YYYY-MM-DDTHH:MM:SSZ`, without a date crate.
pub fn rfc3339_utc(t: std::time::SystemTime) -> String {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
/// algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn dates_are_rfc3339_utc() {
        assert_eq!(rfc3339_utc(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        // 2024-02-29T12:34:56Z, a leap day.
        let t = UNIX_EPOCH + Duration::from_secs(1_709_210_096);
        assert_eq!(rfc3339_utc(t), "2024-02-29T12:34:56Z");
    }

    #[test]
    fn html_escapes_what_the_key_reports() {
        assert_eq!(
            escape("<b>\"K&Co\"</b>"),
            "&lt;b&gt;&quot;K&amp;Co&quot;&lt;/b&gt;"
        );
    }
}
