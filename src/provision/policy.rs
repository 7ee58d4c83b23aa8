//! The preparation policy: a small TOML file that says how IT staff want
//! every key of a batch prepared (README, "Preparing keys in bulk";
//! `examples/provision-policy.toml`).
//!
//! Parsing is strict: an unknown field, a wrong type or a value out of
//! range is an error that names the field and its line, in the user's
//! language, before any key is touched.

use serde::Deserialize;
use toml::Spanned;
use uuid::Uuid;

use crate::device::pin::MAX_PIN_BYTES;

/// What to do with every key of the batch, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub pin: PinPolicy,
    /// setMinPINLength (CTAP 2.1 §6.11.4); `None`: left as the key has it.
    pub min_pin_length: Option<usize>,
    /// forceChangePin after setting the PIN: the user must choose their own
    /// PIN before the key works for anything else.
    pub force_pin_change: bool,
    /// toggleAlwaysUv (§6.11.2) to this state; `None`: left as it is.
    pub always_uv: Option<bool>,
    /// Reset every key first (§6.6). Without it, a key already in use (a
    /// PIN set, or passkeys on it) is refused and left untouched.
    pub reset_first: bool,
    /// Only these models (AAGUIDs); empty: any model.
    pub allowed_models: Vec<Uuid>,
    /// The least FIDO certification the catalog must list for the model.
    pub min_certification: Option<Certification>,
}

/// The PIN each key gets: always a fresh random one, of `digits` digits,
/// written to the report (there is no one else to tell it to).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinPolicy {
    pub digits: usize,
    /// A temporary PIN: the key is made to ask for a new one at first use
    /// (`force_pin_change` is then always on).
    pub temporary: bool,
}

/// FIDO certification levels as the metadata names them
/// (`FIDO_CERTIFIED_L1` ... `FIDO_CERTIFIED_L3plus`), in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Certification {
    L1,
    L1Plus,
    L2,
    L2Plus,
    L3,
    L3Plus,
}

impl Certification {
    /// `L2`, `L2+`, `L2plus` or the metadata's `FIDO_CERTIFIED_L2`. The
    /// metadata's bare `FIDO_CERTIFIED` (before levels existed) counts as L1.
    pub fn parse(text: &str) -> Option<Certification> {
        let t = text.trim();
        let t = t.strip_prefix("FIDO_CERTIFIED").unwrap_or(t);
        let t = t.strip_prefix('_').unwrap_or(t);
        Some(match t.to_ascii_lowercase().as_str() {
            "" | "l1" => Certification::L1,
            "l1+" | "l1plus" => Certification::L1Plus,
            "l2" => Certification::L2,
            "l2+" | "l2plus" => Certification::L2Plus,
            "l3" => Certification::L3,
            "l3+" | "l3plus" => Certification::L3Plus,
            _ => return None,
        })
    }

    /// The metadata's name for the level.
    pub fn metadata_name(self) -> &'static str {
        match self {
            Certification::L1 => "FIDO_CERTIFIED_L1",
            Certification::L1Plus => "FIDO_CERTIFIED_L1plus",
            Certification::L2 => "FIDO_CERTIFIED_L2",
            Certification::L2Plus => "FIDO_CERTIFIED_L2plus",
            Certification::L3 => "FIDO_CERTIFIED_L3",
            Certification::L3Plus => "FIDO_CERTIFIED_L3plus",
        }
    }
}

/// Why a policy file was refused; `Display` is the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    /// 1-based; 0 when the problem has no place in the file.
    pub line: usize,
    /// The field as written in the file (`pin.random_digits`).
    pub field: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// TOML syntax, an unknown field or a wrong type (the parser's English
    /// detail follows our sentence).
    Syntax(String),
    /// `[pin]` is missing or gives neither kind of PIN.
    NoPin,
    /// Both `random_digits` and `temporary_digits`.
    TwoPins,
    /// A number outside `min..=max`.
    OutOfRange {
        min: usize,
        max: usize,
    },
    /// The PIN would be shorter than the minimum length the policy sets.
    PinShorterThanMinimum {
        digits: usize,
        min: usize,
    },
    /// `temporary_digits` with `force_change = false`.
    TemporaryNotForced,
    NotAnAaguid(String),
    UnknownCertification(String),
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let problem = match &self.problem {
            Problem::Syntax(detail) => t!("provision-policy-syntax", detail = detail),
            Problem::NoPin => t!("provision-policy-no-pin"),
            Problem::TwoPins => t!("provision-policy-two-pins"),
            Problem::OutOfRange { min, max } => {
                t!("provision-policy-out-of-range", min = *min, max = *max)
            }
            Problem::PinShorterThanMinimum { digits, min } => t!(
                "provision-policy-pin-shorter-than-minimum",
                digits = *digits,
                min = *min
            ),
            Problem::TemporaryNotForced => t!("provision-policy-temporary-not-forced"),
            Problem::NotAnAaguid(text) => t!("provision-policy-not-an-aaguid", value = text),
            Problem::UnknownCertification(text) => {
                t!("provision-policy-unknown-certification", value = text)
            }
        };
        f.write_str(&t!(
            "provision-policy-error",
            line = self.line,
            field = &self.field,
            problem = problem
        ))
    }
}

impl std::error::Error for PolicyError {}

// The file as written. Every table refuses unknown fields: a typo must
// not silently leave a key less protected than the policy meant.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    pin: Option<Spanned<RawPin>>,
    #[serde(default)]
    key: RawKey,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPin {
    random_digits: Option<Spanned<i64>>,
    temporary_digits: Option<Spanned<i64>>,
    min_length: Option<Spanned<i64>>,
    force_change: Option<Spanned<bool>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawKey {
    always_uv: Option<bool>,
    #[serde(default)]
    reset_first: bool,
    #[serde(default)]
    allowed_models: Vec<Spanned<String>>,
    min_certification: Option<Spanned<String>>,
}

/// The shortest PIN CTAP allows (§6.5.1) and the longest in digits.
const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=MAX_PIN_BYTES;

impl Policy {
    /// Reads and checks a policy file's text.
    pub fn parse(text: &str) -> Result<Policy, PolicyError> {
        let raw: RawPolicy = toml::from_str(text).map_err(|e| {
            let (line, field) = match e.span() {
                Some(span) => (line_of(text, span.start), key_on_line(text, span.start)),
                None => (0, String::new()),
            };
            PolicyError {
                line,
                field,
                problem: Problem::Syntax(e.message().trim().to_owned()),
            }
        })?;
        let at = |span: std::ops::Range<usize>, field: &str, problem| PolicyError {
            line: line_of(text, span.start),
            field: field.to_owned(),
            problem,
        };
        let no_pin = || PolicyError {
            line: 0,
            field: "pin".into(),
            problem: Problem::NoPin,
        };
        let pin_table = raw.pin.ok_or_else(no_pin)?;
        let pin_span = pin_table.span();
        let raw_pin = pin_table.into_inner();
        let digits = |value: &Spanned<i64>, field: &str| -> Result<usize, PolicyError> {
            usize::try_from(*value.get_ref())
                .ok()
                .filter(|d| PIN_DIGITS.contains(d))
                .ok_or_else(|| {
                    at(
                        value.span(),
                        field,
                        Problem::OutOfRange {
                            min: *PIN_DIGITS.start(),
                            max: *PIN_DIGITS.end(),
                        },
                    )
                })
        };
        let (pin, pin_field, pin_span) = match (&raw_pin.random_digits, &raw_pin.temporary_digits) {
            (Some(_), Some(t)) => {
                return Err(at(t.span(), "pin.temporary_digits", Problem::TwoPins))
            }
            (None, None) => {
                return Err(PolicyError {
                    line: line_of(text, pin_span.start),
                    ..no_pin()
                })
            }
            (Some(r), None) => (
                PinPolicy {
                    digits: digits(r, "pin.random_digits")?,
                    temporary: false,
                },
                "pin.random_digits",
                r.span(),
            ),
            (None, Some(t)) => (
                PinPolicy {
                    digits: digits(t, "pin.temporary_digits")?,
                    temporary: true,
                },
                "pin.temporary_digits",
                t.span(),
            ),
        };
        let min_pin_length = match &raw_pin.min_length {
            None => None,
            Some(m) => Some(digits(m, "pin.min_length")?),
        };
        if let Some(min) = min_pin_length {
            if pin.digits < min {
                return Err(at(
                    pin_span,
                    pin_field,
                    Problem::PinShorterThanMinimum {
                        digits: pin.digits,
                        min,
                    },
                ));
            }
        }
        let force_pin_change = match &raw_pin.force_change {
            Some(f) if pin.temporary && !*f.get_ref() => {
                return Err(at(
                    f.span(),
                    "pin.force_change",
                    Problem::TemporaryNotForced,
                ))
            }
            Some(f) => *f.get_ref(),
            None => pin.temporary,
        };
        let mut allowed_models = Vec::new();
        for model in &raw.key.allowed_models {
            let uuid = Uuid::parse_str(model.get_ref().trim()).map_err(|_| {
                at(
                    model.span(),
                    "key.allowed_models",
                    Problem::NotAnAaguid(model.get_ref().clone()),
                )
            })?;
            allowed_models.push(uuid);
        }
        let min_certification = match &raw.key.min_certification {
            None => None,
            Some(c) => Some(Certification::parse(c.get_ref()).ok_or_else(|| {
                at(
                    c.span(),
                    "key.min_certification",
                    Problem::UnknownCertification(c.get_ref().clone()),
                )
            })?),
        };
        Ok(Policy {
            pin,
            min_pin_length,
            force_pin_change,
            always_uv: raw.key.always_uv,
            reset_first: raw.key.reset_first,
            allowed_models,
            min_certification,
        })
    }

    /// Reads and checks a policy file. An unreadable file is an I/O error.
    pub fn load(path: &std::path::Path) -> Result<Policy, PolicyLoadError> {
        let text = std::fs::read_to_string(path).map_err(PolicyLoadError::Io)?;
        Policy::parse(&text).map_err(PolicyLoadError::Invalid)
    }

    /// Whether a model may be prepared: `None` when it may, otherwise why
    /// not, in the user's language. `certification` is the catalog's.
    pub fn model_refusal(&self, aaguid: &str, certification: Option<&str>) -> Option<String> {
        if !self.allowed_models.is_empty() {
            let allowed = Uuid::parse_str(aaguid)
                .map(|u| self.allowed_models.contains(&u))
                .unwrap_or(false);
            if !allowed {
                return Some(t!("provision-refused-model", aaguid = aaguid));
            }
        }
        if let Some(wanted) = self.min_certification {
            let has = certification.and_then(Certification::parse);
            if has.is_none_or(|has| has < wanted) {
                return Some(t!(
                    "provision-refused-certification",
                    wanted = wanted.metadata_name(),
                    has = certification.unwrap_or("-")
                ));
            }
        }
        None
    }
}

/// A policy file that could not be read or is not valid.
#[derive(Debug)]
pub enum PolicyLoadError {
    Io(std::io::Error),
    Invalid(PolicyError),
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map(|before| before.matches('\n').count() + 1)
        .unwrap_or(1)
}

/// The key written on the line holding `offset` (`random_digits` in
/// `random_digits = "x"`), or the table header's name.
fn key_on_line(text: &str, offset: usize) -> String {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("").trim();
    match line.split_once('=') {
        Some((key, _)) => key.trim().to_owned(),
        None => line.trim_matches(['[', ']']).trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{for_this_thread, Language};

    const EXAMPLE: &str = include_str!("../../examples/provision-policy.toml");

    fn error(text: &str) -> PolicyError {
        Policy::parse(text).expect_err("the policy should be refused")
    }

    #[test]
    fn the_example_policy_is_valid_and_means_what_its_comments_say() {
        let policy = Policy::parse(EXAMPLE).unwrap();
        assert_eq!(
            policy.pin,
            PinPolicy {
                digits: 8,
                temporary: true
            }
        );
        assert_eq!(policy.min_pin_length, Some(8));
        assert!(policy.force_pin_change);
        assert_eq!(policy.always_uv, Some(true));
        assert!(!policy.reset_first);
        assert_eq!(policy.allowed_models.len(), 2);
        assert_eq!(policy.min_certification, Some(Certification::L1));
    }

    #[test]
    fn a_minimal_policy_is_just_a_random_pin() {
        let policy = Policy::parse("[pin]\nrandom_digits = 6\n").unwrap();
        assert_eq!(
            policy,
            Policy {
                pin: PinPolicy {
                    digits: 6,
                    temporary: false
                },
                min_pin_length: None,
                force_pin_change: false,
                always_uv: None,
                reset_first: false,
                allowed_models: Vec::new(),
                min_certification: None,
            }
        );
    }

    #[test]
    fn bad_files_name_the_field_and_line() {
        let _en = for_this_thread(Language::EnUs);
        let e = error("# policy\n[pin]\nrandom_digits = 3\n");
        assert_eq!((e.line, e.field.as_str()), (3, "pin.random_digits"));
        assert_eq!(e.problem, Problem::OutOfRange { min: 4, max: 63 });
        assert_eq!(
            e.to_string(),
            "Line 3, pin.random_digits: must be a number from 4 to 63."
        );

        let e = error("[pin]\nrandom_digits = 6\nmin_length = 8\n");
        assert_eq!((e.line, e.field.as_str()), (2, "pin.random_digits"));
        assert_eq!(
            e.problem,
            Problem::PinShorterThanMinimum { digits: 6, min: 8 }
        );

        let e = error("[pin]\nrandom_digits = 6\ntemporary_digits = 6\n");
        assert_eq!((e.line, e.problem), (3, Problem::TwoPins));

        let e = error("[key]\nalways_uv = true\n");
        assert_eq!((e.field.as_str(), e.problem), ("pin", Problem::NoPin));

        let e = error("[pin]\ntemporary_digits = 6\nforce_change = false\n");
        assert_eq!((e.line, e.problem), (3, Problem::TemporaryNotForced));

        let e = error("[pin]\nrandom_digits = 6\n[key]\nallowed_models = [\"not-a-uuid\"]\n");
        assert_eq!((e.line, e.field.as_str()), (4, "key.allowed_models"));

        let e = error("[pin]\nrandom_digits = 6\n[key]\nmin_certification = \"gold\"\n");
        assert_eq!(
            (e.line, e.problem),
            (4, Problem::UnknownCertification("gold".into()))
        );
    }

    #[test]
    fn typos_and_wrong_types_are_refused_not_ignored() {
        let _en = for_this_thread(Language::EnUs);
        // A misspelt field would otherwise leave alwaysUv off unnoticed.
        let e = error("[pin]\nrandom_digits = 6\n[key]\nalways_uvv = true\n");
        assert_eq!((e.line, e.field.as_str()), (4, "always_uvv"));
        assert!(matches!(&e.problem, Problem::Syntax(d) if d.contains("always_uvv")));
        assert!(e.to_string().starts_with("Line 4, always_uvv: "), "{e}");

        let e = error("[pin]\nrandom_digits = \"eight\"\n");
        assert_eq!((e.line, e.field.as_str()), (2, "random_digits"));

        let e = error("[pin\nrandom_digits = 6\n");
        assert_eq!(e.line, 1);
    }

    #[test]
    fn errors_are_in_the_users_language() {
        for language in Language::ALL {
            let _l = for_this_thread(language);
            let text = error("[pin]\nrandom_digits = 99\n").to_string();
            assert!(
                text.contains("pin.random_digits") && text.contains('2'),
                "{text}"
            );
            if language != Language::EnUs {
                assert!(!text.contains("must be a number"), "{text}");
            }
        }
    }

    #[test]
    fn models_and_certification_are_checked_against_the_catalog_entry() {
        let _en = for_this_thread(Language::EnUs);
        let policy = Policy::parse(
            "[pin]\nrandom_digits = 6\n[key]\nallowed_models = [\"ee882879-721c-4913-9775-3dfcce97072a\"]\nmin_certification = \"L2\"\n",
        )
        .unwrap();
        let yubikey = "ee882879-721c-4913-9775-3dfcce97072a";
        assert_eq!(
            policy.model_refusal(yubikey, Some("FIDO_CERTIFIED_L2")),
            None
        );
        assert_eq!(
            policy.model_refusal(yubikey, Some("FIDO_CERTIFIED_L3plus")),
            None
        );
        let low = policy
            .model_refusal(yubikey, Some("FIDO_CERTIFIED_L1"))
            .unwrap();
        assert!(low.contains("FIDO_CERTIFIED_L2"), "{low}");
        assert!(policy.model_refusal(yubikey, None).is_some());
        let other = policy
            .model_refusal(
                "00000000-0000-0000-0000-000000000000",
                Some("FIDO_CERTIFIED_L2"),
            )
            .unwrap();
        assert!(
            other.contains("00000000-0000-0000-0000-000000000000"),
            "{other}"
        );
    }

    #[test]
    fn certification_levels_are_ordered_as_the_metadata_defines_them() {
        assert_eq!(
            Certification::parse("FIDO_CERTIFIED"),
            Some(Certification::L1)
        );
        assert_eq!(Certification::parse("l2+"), Some(Certification::L2Plus));
        assert!(Certification::L1Plus < Certification::L2);
        assert!(Certification::L2Plus < Certification::L3);
        assert_eq!(Certification::parse("FIDO_CERTIFIED_L4"), None);
    }
}
