#!/usr/bin/env bash
# npm run test:loaded: the full suite (npm test) on a machine whose cores are
# all busy, as on a shared CI runner or a laptop doing other work: 2 × nproc
# busy loops run beside it for its whole length, and are stopped at the end,
# on failure and on Ctrl-C alike. Prints the figures the suite ran under:
# pass/fail counts, wall time, the load average (sampled every 5 s).
# Any arguments go to vitest, e.g. `npm run test:loaded -- test/e2e`.
set -uo pipefail
cd "$(dirname "$0")/.."
# Job control: each background job gets its own process group, so the suite
# (npm, vitest, its workers and the processes they spawn) can be stopped as one.
set -m

busy_count=$((2 * $(nproc)))
busy_pids=()
suite_pid=''
sampler_pid=''
work="$(mktemp -d)"

stop_all() {
  trap - EXIT INT TERM
  [ -n "$suite_pid" ] && kill -TERM -- "-$suite_pid" 2>/dev/null
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null
  for pid in "${busy_pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap stop_all EXIT
trap 'echo "interrupted: stopping the suite and the busy loops"; exit 130' INT TERM

echo "test:loaded: $busy_count busy loops on $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < busy_count; i++)); do
  bash -c 'while :; do :; done' &
  busy_pids+=($!)
done
(while sleep 5; do cut -d' ' -f1 /proc/loadavg; done) >"$work/load" &
sampler_pid=$!

started=$(date +%s.%N)
npm test -- --reporter=default --reporter=json --outputFile.json="$work/results.json" "$@" &
suite_pid=$!
wait "$suite_pid"
status=$?
suite_pid=''
ended=$(date +%s.%N)

node -e '
  const [resultsFile, loadFile, started, ended, status] = process.argv.slice(1);
  const fs = require("fs");
  let counts = "no test results";
  if (fs.existsSync(resultsFile)) {
    const run = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
    counts = `${run.numPassedTests} passed, ${run.numFailedTests} failed, ${run.numPendingTests} skipped (${run.numTotalTests} tests)`;
  }
  const loads = fs.readFileSync(loadFile, "utf8").trim().split("\n").filter(Boolean).map(Number);
  const mean = loads.reduce((sum, load) => sum + load, 0) / (loads.length || 1);
  const load = loads.length
    ? `1-min load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, mean ${mean.toFixed(2)} (${loads.length} samples)`
    : "no load samples";
  const seconds = (Number(ended) - Number(started)).toFixed(1);
  console.log(`\ntest:loaded: ${status === "0" ? "PASSED" : "FAILED"}: ${counts}; npm test took ${seconds} s; ${load}`);
' "$work/results.json" "$work/load" "$started" "$ended" "$status"
exit "$status"
