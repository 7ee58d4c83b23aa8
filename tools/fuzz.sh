#!/usr/bin/env bash
# Runs every cargo-fuzz target for a fixed number of executions (RUNS,
# default 200000) from the committed seed corpus, and prints how many each
# survived. Needs the nightly toolchain and cargo-fuzz (installed here if
# missing). The targets are built once, then run one after another. New
# corpus entries go to a scratch folder; with MERGE=1 the ones that add
# coverage are merged into fuzz/corpus/<target> (libFuzzer -merge=1).
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
    cargo +nightly fuzz run "${flags[@]}" "$t" "fuzz/corpus/$t" "$scratch/$t" -- \
      -merge=1 -rss_limit_mb=2048 -timeout=10 2>"$logs/$t.merge.log" \
      || { tail -20 "$logs/$t.merge.log" >&2; echo "merging $t FAILED" >&2; exit 1; }
    after=$(find "fuzz/corpus/$t" -type f | wc -l)
  fi
  echo "$t: $execs executions, no crash; corpus $before -> $after files"
done
