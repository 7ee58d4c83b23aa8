//! The short fuzzing pass CI runs: every fuzz target (src/fuzzing.rs) on
//! its seed corpus (fuzz/corpus/<target>) and on a fixed number of
//! mutations of it, from a fixed seed so a failure replays. The long,
//! coverage-guided runs are `tools/fuzz.sh` (cargo-fuzz, libFuzzer).

use std::path::Path;

const MUTATIONS: usize = 2_000;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One libFuzzer-style mutation: flip, set, insert, delete, truncate,
/// duplicate a span, or splice in part of another seed.
fn mutate(rng: &mut Rng, input: &[u8], seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] = [0x00, 0xff, 0x7f, 0x80, 0x18, 0x19, 0x1b, 0xbf][rng.below(8)];
            }
            2 => out.insert(at, rng.next() as u8),
            3 if !out.is_empty() => {
                out.remove(at.min(out.len() - 1));
            }
            4 => out.truncate(at),
            5 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + rng.below(16)).min(out.len());
                let span = out[start..end].to_vec();
                out.splice(at.min(out.len())..at.min(out.len()), span);
            }
            _ => {
                let other = &seeds[rng.below(seeds.len())];
                let start = rng.below(other.len());
                let end = (start + rng.below(32)).min(other.len());
                out.splice(at..at, other[start..end].iter().copied());
            }
        }
    }
    out
}

fn short_pass(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert!(!seeds.is_empty(), "{target} has a seed corpus");
    for seed in &seeds {
        run(seed);
    }
    let mut rng = Rng(0x6b65_7967_7569_6465);
    for _ in 0..MUTATIONS {
        let pick = rng.below(seeds.len());
        let input = mutate(&mut rng, &seeds[pick], &seeds);
        run(&input);
    }
}

#[test]
fn virtual_key_request() {
    short_pass(
        "virtual_key_request",
        keyguide::fuzzing::virtual_key_request,
    );
}

#[test]
fn card_apdus() {
    short_pass("card_apdus", keyguide::fuzzing::card_apdus);
}

#[test]
fn catalog() {
    short_pass("catalog", keyguide::fuzzing::catalog);
}

#[test]
fn settings_and_key_files() {
    short_pass(
        "settings_and_key_files",
        keyguide::fuzzing::settings_and_key_files,
    );
}

#[test]
fn cli_inputs() {
    short_pass("cli_inputs", keyguide::fuzzing::cli_inputs);
}

#[test]
fn ctaphid_reports() {
    short_pass("ctaphid_reports", keyguide::fuzzing::ctaphid_reports);
}

#[test]
fn auth_data() {
    short_pass("auth_data", keyguide::fuzzing::auth_data);
}

#[test]
fn nfc_responses() {
    short_pass("nfc_responses", keyguide::fuzzing::nfc_responses);
}

/// The authenticator data seeds are answers of real keys (or the spec's
/// shapes), so the fuzzer starts from inputs that reach the deepest parts.
#[test]
fn authenticator_data_seeds_all_parse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/auth_data");
    let mut hand_made = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Inputs merged in by libFuzzer are named by their hash.
        if name.len() == 40 && name.chars().all(|c| c.is_ascii_hexdigit()) {
            continue;
        }
        hand_made += 1;
        let bytes = std::fs::read(&path).unwrap();
        keyguide::device::auth_data::AuthenticatorData::parse(&bytes)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
    assert!(hand_made >= 4, "the hand-made seeds are there");
}
