#!/usr/bin/env bash
# flood.sh — drops 10,000 small news documents at once into a running release daemon (started here on
# temporary folders) and measures drop-to-queryable throughput (documents/s until /v1/health counts them
# all) and the daemon's peak RSS (VmHWM). Checks that none is left in the inbox, none failed and none was
# stored twice, then prints the figures.
#
# Environment: SCRATCH (Swift scratch path, default .build), COUNT (default 10000), BUILD=0 to skip the
# release build, TIMEOUT (seconds to wait for the documents, default 900).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH:-$PWD/.build}
COUNT=${COUNT:-10000}
TIMEOUT=${TIMEOUT:-900}
[ "${BUILD:-1}" = 0 ] || swift build -c release --scratch-path "$SCRATCH" --product timelined >/dev/null
BIN=$SCRATCH/release/timelined

WORK=$(mktemp -d /tmp/flood-XXXXXX)  # short: a Unix socket path must fit in 108 bytes
DAEMON=
cleanup() {
    [ -n "$DAEMON" ] && kill "$DAEMON" 2>/dev/null && wait "$DAEMON" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/inbox/.tmp"
"$BIN" --inbox "$WORK/inbox" --socket "$WORK/api.sock" --database "$WORK/timeline.sqlite" \
    --log-level warning 2>"$WORK/daemon.log" &
DAEMON=$!
health() { curl -sf --unix-socket "$WORK/api.sock" http://localhost/v1/health; }
for _ in $(seq 100); do health >/dev/null 2>&1 && break; sleep 0.1; done
health >/dev/null || { echo "flood: the daemon did not start"; cat "$WORK/daemon.log"; exit 1; }

# Realistic small articles: a header block, a dateline, a few sentences with dates; each one different.
PYTHONPATH=scripts PYTHONDONTWRITEBYTECODE=1 python3 - "$WORK/inbox/.tmp" "$COUNT" <<'PY'
import os, random, sys
from docnames import word
folder, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
cities = ["LONDON", "PARIS", "NAIROBI", "TOKYO", "LIMA", "OSLO", "CAIRO", "DELHI", "QUITO", "SEOUL"]
subjects = ["The ministry", "The central bank", "Regional officials", "The company", "Union leaders",
            "The court", "Health authorities", "The city council", "Investors", "The coalition"]
verbs = ["announced", "approved", "rejected", "postponed", "signed", "opened", "closed", "reviewed"]
things = ["a new budget", "the merger", "a rail line", "the trade deal", "emergency funding",
          "the reform plan", "a wage agreement", "the inquiry", "a vaccine campaign", "the new port"]
whens = ["last year", "in March", "on Monday", "two weeks ago", "since 2019", "next month",
         "earlier this year", "in the past three years", "on Friday", "by the end of the decade"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
for i in range(count):
    year, month, day = 2015 + i % 8, 1 + i % 12, 1 + i % 28
    sentences = []
    for _ in range(rng.randint(3, 6)):
        sentences.append("%s %s %s %s." % (rng.choice(subjects), rng.choice(verbs), rng.choice(things),
                                           rng.choice(whens)))
    text = ("Title: Report %s\nDate: %04d-%02d-%02d\nSource: Flood Wire\n\n"
            "%s, %s %d (Flood Wire) - Report %s. %s\n"
            % (word(i), year, month, day, rng.choice(cities), months[month - 1], day, word(i),
               " ".join(sentences)))
    with open(os.path.join(folder, "news-%05d.txt" % i), "w") as f:
        f.write(text)
PY

# The drop: every file renamed into the inbox at once.
start=$(date +%s.%N)
python3 - "$WORK/inbox" <<'PY'
import os, sys
inbox = sys.argv[1]
for name in sorted(os.listdir(os.path.join(inbox, ".tmp"))):
    os.rename(os.path.join(inbox, ".tmp", name), os.path.join(inbox, name))
PY
dropped=$(date +%s.%N)
documents=0
while :; do
    documents=$(health | jq '.counts.documents')
    [ "$documents" -ge "$COUNT" ] && break
    if [ "$(echo "$(date +%s.%N) - $start > $TIMEOUT" | bc)" = 1 ]; then
        echo "flood: only $documents of $COUNT documents after $TIMEOUT s"; tail -20 "$WORK/daemon.log"; exit 1
    fi
    sleep 0.05
done
end=$(date +%s.%N)
peak=$(awk '/^VmHWM/ {print $2, $3}' "/proc/$DAEMON/status")
# Wait for the last files to be moved (a file leaves the inbox just after its rows are committed).
for _ in $(seq 100); do [ -z "$(ls -A "$WORK/inbox" | grep -v '^\.tmp$')" ] && break; sleep 0.05; done
left=$(ls -A "$WORK/inbox" | grep -vc '^\.tmp$' || true)
processed=$(ls -A "$WORK/processed" | wc -l)
failed=$(ls -A "$WORK/failed" | wc -l)
read -r rows distinct <<<"$(sqlite3 -separator ' ' "$WORK/timeline.sqlite" \
    'SELECT COUNT(*), COUNT(DISTINCT sha256) FROM document')"
events=$(health | jq '.counts.events')

seconds=$(echo "$end - $start" | bc -l)
printf 'documents:      %d dropped, %d stored (%d distinct), %d events\n' "$COUNT" "$rows" "$distinct" "$events"
printf 'drop (renames): %.2f s\n' "$(echo "$dropped - $start" | bc -l)"
printf 'queryable:      %.2f s after the first rename: %.0f documents/s\n' "$seconds" \
    "$(echo "$COUNT / $seconds" | bc -l)"
printf 'peak RSS:       %s (VmHWM)\n' "$peak"
printf 'inbox left:     %d; processed/: %d; failed/: %d\n' "$left" "$processed" "$failed"
status=0
[ "$left" -eq 0 ] || { echo "flood: $left files left in the inbox"; status=1; }
[ "$failed" -eq 0 ] || { echo "flood: $failed files failed"; status=1; }
[ "$processed" -eq "$COUNT" ] || { echo "flood: $processed files in processed/, expected $COUNT"; status=1; }
[ "$rows" -eq "$COUNT" ] && [ "$distinct" -eq "$COUNT" ] || { echo "flood: stored $rows rows"; status=1; }
exit $status
