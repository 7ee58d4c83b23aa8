#!/usr/bin/env bash
# Runs every cargo-fuzz target for a fixed number of executions (RUNS,
# default 200000) from the committed seed corpus, and prints how many each
# survived. Needs the nightly toolchain and cargo-fuzz (installed here if
# missing). New corpus entries go to a scratch folder, not into the repo.
#   tools/fuzz.sh                 all targets
#   RUNS=1000000 tools/fuzz.sh catalog
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
RUNS="${RUNS:-200000}"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal

targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(virtual_key_request card_apdus catalog settings_and_key_files cli_inputs)
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t"
  # -rss_limit: the targets keep one virtual key per thread; no leak should
  # ever come near it.
  cargo +nightly fuzz run "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
    -runs="$RUNS" -rss_limit_mb=2048 -print_final_stats=1 2>"$scratch/$t.log" \
    || { tail -40 "$scratch/$t.log" >&2; echo "fuzz target $t FAILED" >&2; exit 1; }
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$t.log")
  echo "$t: $execs executions, no crash"
done
