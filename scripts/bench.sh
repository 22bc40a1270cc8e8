#!/usr/bin/env bash
# bench.sh — extraction throughput (timeline-bench, release, one core) next to HeidelTime's
# steady-state throughput measured in the same run, and the ratio.
#
# HeidelTime's figure needs the venv that `make peers` creates (.venv-heideltime/); without it only
# our figures are printed. Environment: SHARED (default ../shared), SCRATCH (Swift scratch path).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-$PWD/../shared}
SCRATCH=${SCRATCH:-$PWD/.build}
HT=$PWD/.venv-heideltime

swift build -c release --scratch-path "$SCRATCH" --product timeline-bench >/dev/null
"$SCRATCH/release/timeline-bench" --corpus "$SHARED/corpora/tbaq" | tee "$SCRATCH/bench.txt"
ours=$(awk '/^extract:/ {print $2}' "$SCRATCH/bench.txt")

if [ ! -x "$HT/bin/python" ]; then
    echo "HeidelTime:  not installed (run \`make peers\` once to create .venv-heideltime/)"
    exit 0
fi
TXT=$HT/txt
[ "$(ls "$TXT" 2>/dev/null | wc -l)" -ge 256 ] || python3 "$SHARED/tools/tml2txt.py" "$SHARED/corpora/tbaq" -o "$TXT" 2>/dev/null
"$HT/bin/python" scripts/heideltime_peer.py throughput "$TXT" "$HT/throughput" > "$HT/throughput.json"
python3 - "$HT/throughput.json" "$ours" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
ours_mb = float(sys.argv[2])
print("HeidelTime:  %.1f KB/s steady state (%.0f KB document in %.1f s minus a one-line document in %.1f s)"
      % (t["kb_per_s"], t["kilobytes"], t["seconds_big"], t["seconds_one_line"]))
print("ratio:       timelined extracts %.0f× faster than HeidelTime" % (ours_mb * 1000 / t["kb_per_s"]))
PY
