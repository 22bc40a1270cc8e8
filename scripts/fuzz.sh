#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (fuzzer + address sanitizers, own scratch path) and runs each for
# FUZZ_SECONDS, one at a time, at low priority; prints executions, exec/s, coverage and findings per target.
#   FUZZ_SECONDS=600 FUZZ_TARGETS="extract query" scripts/fuzz.sh
# New corpus entries go to .build/fuzz-corpus/NAME (the checked-in seeds in Fuzz/Corpus/NAME stay as
# they are); crashing inputs go to .build/fuzz-artifacts/NAME-crash-…, and the run goes on to the next target.
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-extract query read-text read-markdown read-json read-ndjson read-html read-email read-timeml}
SCRATCH=.build/fuzz
SWIFT=${SWIFT:-swift}

nice -n 15 "$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" -c release \
    --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address || exit 1
BIN=$SCRATCH/release
mkdir -p .build/fuzz-artifacts .build/fuzz-logs
# Leak checks off (runtime caches read as leaks); Swift's own backtracer off (it trips ASan after a crash).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
summary=()
status=0
for target in $TARGETS; do
    corpus=.build/fuzz-corpus/$target
    log=.build/fuzz-logs/$target.log
    mkdir -p "$corpus"
    echo "fuzz-$target: ${SECONDS_PER_TARGET}s (log $log)"
    nice -n 15 "$BIN/fuzz-$target" "$corpus" "Fuzz/Corpus/$target" -max_total_time="$SECONDS_PER_TARGET" \
        -timeout=10 -print_final_stats=1 -artifact_prefix=".build/fuzz-artifacts/$target-" >"$log" 2>&1
    code=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    finding=none
    if [ "$code" != 0 ]; then
        finding=$(ls -t .build/fuzz-artifacts/"$target"-* 2>/dev/null | head -1)
        finding="exit $code, ${finding:-see $log}"
        status=1
    fi
    summary+=("$(printf '%-14s %12s runs %8s exec/s  %-20s  corpus %5s  findings: %s' "fuzz-$target" \
        "${runs:-?}" "${rate:-?}" "${cov:-cov: ?}" "$(ls "$corpus" | wc -l)" "$finding")")
done
echo
printf '%s\n' "${summary[@]}"
exit $status
