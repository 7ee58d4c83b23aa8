//! What a key holds, as a list the user keeps: the sites and accounts of its
//! passkeys (never a secret: no credential id, no key material), so that
//! after a reset, or for a spare key, the user knows where to register.
//!
//! Used by `keyguide passkeys export` / `passkeys compare` and by the app's
//! reset screen. The user id is the one the site gave (CTAP 2.1 §6.8.3,
//! `user.id` of PublicKeyCredentialUserEntity), base64url without padding;
//! two passkeys are the same account when their rp id and user id match
//! (a site replaces a passkey with the same user id, WebAuthn §6.1.2).

use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::Path;

use crate::device::model::{Fingerprint, PasskeyList};

/// One account on the key: a site and the user the site knows.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Account {
    pub rp_id: String,
    pub site_name: Option<String>,
    pub user_name: Option<String>,
    pub display_name: Option<String>,
    /// base64url without padding.
    pub user_id: String,
}

impl Account {
    /// How a person recognises the account: the user name, else the
    /// display name, else nothing.
    pub fn who(&self) -> Option<&str> {
        self.user_name
            .as_deref()
            .filter(|n| !n.is_empty())
            .or(self.display_name.as_deref().filter(|n| !n.is_empty()))
    }

    fn key(&self) -> (&str, &str) {
        (&self.rp_id, &self.user_id)
    }
}

/// Every account of a passkey list, sorted by site then user.
pub fn accounts(list: &PasskeyList) -> Vec<Account> {
    let mut all: Vec<Account> = list
        .sites
        .iter()
        .flat_map(|site| {
            site.passkeys.iter().map(|p| Account {
                rp_id: site.rp_id.clone(),
                site_name: site.name.clone(),
                user_name: p.user_name.clone(),
                display_name: p.display_name.clone(),
                user_id: p.user_id.clone(),
            })
        })
        .collect();
    all.sort();
    all
}

/// The file formats of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// `.json` is JSON; anything else CSV (the default).
    pub fn from_path(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Csv,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn render(self, accounts: &[Account]) -> String {
        match self {
            Format::Csv => to_csv(accounts),
            Format::Json => to_json(accounts),
        }
    }
}

/// The CSV columns, a stable interface (README).
pub const CSV_HEADER: [&str; 5] = ["rp_id", "site_name", "user_name", "display_name", "user_id"];

/// RFC 4180 CSV with CRLF line ends. A field that starts with `=`, `+`,
/// `-` or `@` gets a leading `'`, so a spreadsheet shows it as text and
/// never runs it as a formula (OWASP, "CSV Injection"); a user id that
/// begins with `-` therefore shows with that `'` in front (the JSON export
/// keeps every value exact).
pub fn to_csv(accounts: &[Account]) -> String {
    let mut out = String::new();
    line(&mut out, &CSV_HEADER);
    for a in accounts {
        line(
            &mut out,
            &[
                &a.rp_id,
                a.site_name.as_deref().unwrap_or(""),
                a.user_name.as_deref().unwrap_or(""),
                a.display_name.as_deref().unwrap_or(""),
                &a.user_id,
            ],
        );
    }
    out
}

fn line(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(field));
    }
    out.push_str("\r\n");
}

fn csv_field(text: &str) -> String {
    let mut text = text.to_owned();
    if text.starts_with(['=', '+', '-', '@']) {
        text.insert(0, '\'');
    }
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[derive(Serialize)]
struct JsonList<'a> {
    accounts: &'a [Account],
}

/// `{"accounts": [{rp_id, site_name, user_name, display_name, user_id}]}`.
pub fn to_json(accounts: &[Account]) -> String {
    let mut text =
        serde_json::to_string_pretty(&JsonList { accounts }).expect("plain strings serialize");
    text.push('\n');
    text
}

/// Writes `contents` to `path` at once or not at all: a temporary file in
/// the same folder, flushed, then renamed over. Without `overwrite` an
/// existing file is left as it is and the error is `AlreadyExists` (the
/// rename refuses; there is no window where a check and the write race).
pub fn write_atomically(path: &Path, contents: &[u8], overwrite: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents)?;
    tmp.as_file().sync_all()?;
    if overwrite {
        tmp.persist(path).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}

/// Two keys side by side: the accounts on one and not the other.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub only_on_this_key: Vec<Account>,
    pub only_on_other_key: Vec<Account>,
    pub on_both: Vec<Account>,
}

/// Matches accounts by rp id and user id; the names may differ (one key's
/// copy was renamed): the account is then on both, shown as on this key.
pub fn compare(this: &[Account], other: &[Account]) -> Comparison {
    let here: BTreeSet<(&str, &str)> = this.iter().map(Account::key).collect();
    let there: BTreeSet<(&str, &str)> = other.iter().map(Account::key).collect();
    let mut only_on_this_key: Vec<Account> = this
        .iter()
        .filter(|a| !there.contains(&a.key()))
        .cloned()
        .collect();
    let mut only_on_other_key: Vec<Account> = other
        .iter()
        .filter(|a| !here.contains(&a.key()))
        .cloned()
        .collect();
    let mut on_both: Vec<Account> = this
        .iter()
        .filter(|a| there.contains(&a.key()))
        .cloned()
        .collect();
    only_on_this_key.sort();
    only_on_other_key.sort();
    on_both.sort();
    on_both.dedup_by(|a, b| a.key() == b.key());
    Comparison {
        only_on_this_key,
        only_on_other_key,
        on_both,
    }
}

/// What a key holds, counted for a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holdings {
    pub passkeys: usize,
    pub sites: usize,
    /// `None`: the key has no fingerprint sensor, or they were not read.
    pub fingerprints: Option<usize>,
}

impl Holdings {
    pub fn of(list: &PasskeyList, fingerprints: Option<&[Fingerprint]>) -> Holdings {
        let accounts = accounts(list);
        let sites: BTreeSet<&str> = accounts.iter().map(|a| a.rp_id.as_str()).collect();
        Holdings {
            passkeys: accounts.len(),
            sites: sites.len(),
            fingerprints: fingerprints.map(<[Fingerprint]>::len),
        }
    }

    /// "12 passkeys on 7 sites, 2 fingerprints".
    pub fn sentence(&self) -> String {
        let passkeys = t!(
            "inventory-holds-passkeys",
            passkeys = self.passkeys,
            sites = self.sites
        );
        match self.fingerprints {
            Some(n) => t!(
                "inventory-holds-with-fingerprints",
                passkeys = passkeys,
                fingerprints = n
            ),
            None => passkeys,
        }
    }
}

/// One line per account for people: "site — user".
pub fn account_line(a: &Account) -> String {
    match a.who() {
        Some(who) => t!("inventory-account-line", site = &a.rp_id, user = who),
        None => t!("inventory-account-line-no-user", site = &a.rp_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::model::{Passkey, PasskeySlots, Site};

    fn account(rp: &str, user_id: &str, name: &str) -> Account {
        Account {
            rp_id: rp.into(),
            site_name: None,
            user_name: Some(name.into()),
            display_name: None,
            user_id: user_id.into(),
        }
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines_and_defuses_formulas() {
        let tricky = Account {
            rp_id: "example.com".into(),
            site_name: Some("Example, Inc.".into()),
            user_name: Some("=HYPERLINK(\"http://evil\")".into()),
            display_name: Some("Jo \"JJ\"\nDoe".into()),
            user_id: "-x_Y".into(),
        };
        let csv = to_csv(&[tricky]);
        assert_eq!(
            csv,
            "rp_id,site_name,user_name,display_name,user_id\r\n\
             example.com,\"Example, Inc.\",\"'=HYPERLINK(\"\"http://evil\"\")\",\
             \"Jo \"\"JJ\"\"\nDoe\",'-x_Y\r\n"
        );
        for (field, out) in [
            ("+1", "'+1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(csv_field(field), out);
        }
    }

    #[test]
    fn json_keeps_every_value_exact() {
        let a = account("example.com", "-x_Y", "=1+1");
        let value: serde_json::Value = serde_json::from_str(&to_json(&[a])).unwrap();
        assert_eq!(value["accounts"][0]["user_id"], "-x_Y");
        assert_eq!(value["accounts"][0]["user_name"], "=1+1");
        assert_eq!(value["accounts"][0]["site_name"], serde_json::Value::Null);
    }

    #[test]
    fn comparison_matches_by_site_and_user_id_not_by_name() {
        let this = [
            account("a.com", "u1", "ann"),
            account("a.com", "u2", "bob"),
            account("b.com", "u1", "ann"),
        ];
        let other = [
            // Renamed on the other key: still the same account.
            account("a.com", "u1", "ann (work)"),
            // Same user id on another site: another account.
            account("c.com", "u2", "bob"),
        ];
        let c = compare(&this, &other);
        assert_eq!(c.on_both, [account("a.com", "u1", "ann")]);
        assert_eq!(
            c.only_on_this_key,
            [account("a.com", "u2", "bob"), account("b.com", "u1", "ann")]
        );
        assert_eq!(c.only_on_other_key, [account("c.com", "u2", "bob")]);
    }

    #[test]
    fn holdings_count_passkeys_sites_and_fingerprints() {
        let passkey = |rp: &str, id: &str| Passkey {
            credential_id: format!("cred-{id}"),
            rp_id: rp.into(),
            user_id: id.into(),
            user_name: None,
            display_name: None,
            cred_protect: None,
            large_blob_key: None,
            third_party_payment: None,
        };
        let list = PasskeyList {
            slots: PasskeySlots {
                used: 3,
                remaining: 22,
            },
            sites: vec![
                Site {
                    rp_id: "a.com".into(),
                    name: None,
                    passkeys: vec![passkey("a.com", "1"), passkey("a.com", "2")],
                },
                Site {
                    rp_id: "b.com".into(),
                    name: None,
                    passkeys: vec![passkey("b.com", "1")],
                },
            ],
        };
        let fingers = [
            Fingerprint {
                id: "1".into(),
                name: None,
            },
            Fingerprint {
                id: "2".into(),
                name: None,
            },
        ];
        let h = Holdings::of(&list, Some(&fingers));
        assert_eq!(
            h,
            Holdings {
                passkeys: 3,
                sites: 2,
                fingerprints: Some(2)
            }
        );
        let _en = crate::i18n::for_this_thread(crate::i18n::Language::EnUs);
        assert_eq!(h.sentence(), "3 passkeys on 2 sites, 2 fingerprints");
        let one = Holdings {
            passkeys: 1,
            sites: 1,
            fingerprints: None,
        };
        assert_eq!(one.sentence(), "1 passkey on 1 site");
    }

    #[test]
    fn an_existing_file_is_replaced_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sites.csv");
        std::fs::write(&path, "keep me").unwrap();
        let err = write_atomically(&path, b"new", false).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
        write_atomically(&path, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
