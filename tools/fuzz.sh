#!/usr/bin/env bash
# Runs every cargo-fuzz target for a fixed number of executions (RUNS,
# default 200000) from the committed seed corpus, and prints how many each
# survived. Needs the nightly toolchain and cargo-fuzz (installed here if
# missing). The targets are built once, then run one after another. New
# corpus entries go to a scratch folder; with MERGE=1 fuzz/corpus/<target>
# becomes the hand-made seeds plus the inputs, old and new, that add
# coverage to them (libFuzzer -merge=1).
#   tools/fuzz.sh                        all targets
#   RUNS=1000000 tools/fuzz.sh catalog   one target
#   SANITIZER=address tools/fuzz.sh      with AddressSanitizer (see below)
#   LOGS=dir MERGE=1 tools/fuzz.sh       keep the logs; grow the corpora
#
# SANITIZER (default none): cargo-fuzz's default is AddressSanitizer, which
# instruments every dependency (iced included) and made the build take over
# half an hour on a 2-core machine. KeyGuide's own code is safe Rust; the
# unsafe code is in dependencies, where ASan would matter. See
# docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
RUNS="${RUNS:-200000}"
SANITIZER="${SANITIZER:-none}"
MERGE="${MERGE:-0}"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal

targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(virtual_key_request card_apdus catalog settings_and_key_files cli_inputs
    ctaphid_reports auth_data nfc_responses)
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
logs="${LOGS:-$scratch}"
mkdir -p "$logs"
# Debug assertions and overflow checks on (-a), as in the short pass.
flags=(--sanitizer "$SANITIZER" -a)
if ((${#targets[@]} == 1)); then
  cargo +nightly fuzz build "${flags[@]}" "${targets[0]}"
else
  cargo +nightly fuzz build "${flags[@]}"
fi
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t"
  before=$(find "fuzz/corpus/$t" -type f | wc -l)
  # -rss_limit: the targets keep one virtual key per thread; no leak should
  # ever come near it. -timeout: one input running 10 s is a hang.
  cargo +nightly fuzz run "${flags[@]}" "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
    -runs="$RUNS" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 2>"$logs/$t.log" \
    || { tail -40 "$logs/$t.log" >&2; echo "fuzz target $t FAILED" >&2; exit 1; }
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log")
  after=$before
  if [[ "$MERGE" == 1 ]]; then
    # A fresh merge keeps the committed corpus small: the hand-made seeds
    # (named; libFuzzer names its inputs by their SHA-1), then only the
    # inputs, old or new, that add coverage to them.
    merged="$scratch/$t.merged"
    mkdir -p "$merged"
    find "fuzz/corpus/$t" -type f | { grep -Ev '/[0-9a-f]{40}$' || true; } |
      while read -r seed; do cp "$seed" "$merged/"; done
    cargo +nightly fuzz run "${flags[@]}" "$t" "$merged" "fuzz/corpus/$t" "$scratch/$t" -- \
      -merge=1 -rss_limit_mb=2048 -timeout=10 2>"$logs/$t.merge.log" \
      || { tail -20 "$logs/$t.merge.log" >&2; echo "merging $t FAILED" >&2; exit 1; }
    find "fuzz/corpus/$t" -type f -delete
    cp "$merged"/* "fuzz/corpus/$t/"
    after=$(find "fuzz/corpus/$t" -type f | wc -l)
  fi
  echo "$t: $execs executions, no crash; corpus $before -> $after files"
done
