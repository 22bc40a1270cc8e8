#!/usr/bin/env bash
# killtest.sh — nothing lost, nothing twice. Drops COUNT realistic documents (TBAQ bodies with their
# publication dates, each made unique) into a daemon that is killed with SIGKILL at random moments
# (KILLS times, restarted each time), then lets a last daemon finish and checks:
#   every document is stored exactly once; every file is in processed/ or failed/ (none in the inbox,
#   none lost); the time expression, event and extent counts equal a clean run's (the same files, no kills);
#   PRAGMA integrity_check and foreign_key_check pass.
#
# Environment: BIN (folder with timelined, default .build/debug), COUNT (default 1000), KILLS (default 20),
# SEED (default: random, printed so a failure can be replayed), MAX_ALIVE (longest life of a daemon
# between kills in seconds, default 1.5). Exit status 0 when every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$PWD/.build/debug}
COUNT=${COUNT:-1000}
KILLS=${KILLS:-20}
SEED=${SEED:-$RANDOM}
MAX_ALIVE=${MAX_ALIVE:-1.5}
CORPUS=${CORPUS:-$PWD/../shared/corpora/tbaq}
TML2TXT=${TML2TXT:-$PWD/../shared/tools/tml2txt.py}
[ -x "$BIN/timelined" ] || { echo "killtest: no $BIN/timelined (build first)"; exit 1; }
echo "killtest: $COUNT documents, $KILLS kills, SEED=$SEED"

WORK=$(mktemp -d /tmp/killtest-XXXXXX)  # short: a Unix socket path must fit in 108 bytes
DAEMON=
cleanup() {
    if [ -n "$DAEMON" ]; then kill -9 "$DAEMON" 2>/dev/null || true; wait "$DAEMON" 2>/dev/null || true; fi
    [ "${KEEP:-0}" = 1 ] && echo "killtest: kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

# The documents: TBAQ bodies as plain text with their dates, each with a line that makes its bytes unique.
python3 "$TML2TXT" "$CORPUS" -o "$WORK/bodies" >/dev/null 2>&1
PYTHONPATH=scripts PYTHONDONTWRITEBYTECODE=1 python3 - "$WORK/bodies" "$WORK/docs" "$COUNT" <<'PY'
import os, sys
from docnames import word
bodies, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
names = sorted(os.listdir(bodies))
for i in range(count):
    text = open(os.path.join(bodies, names[i % len(names)]), encoding="utf-8").read()
    with open(os.path.join(out, "doc-%04d.txt" % i), "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n\nFiled as item %s.\n" % word(i))
PY

# Runs a daemon on state folder $1 in the background; its pid in DAEMON.
start_daemon() {
    "$BIN/timelined" --inbox "$1/inbox" --socket "$1/api.sock" --database "$1/timeline.sqlite" \
        --log-level notice 2>>"$1/daemon.log" &
    DAEMON=$!
}
# Waits until the inbox of $1 is empty and the daemon answers with nothing pending, then stops it.
finish() {
    local deadline=$((SECONDS + 600))
    until [ -z "$(ls -A "$1/inbox" | grep -v '^\.tmp$')" ] &&
        curl -sf --unix-socket "$1/api.sock" http://localhost/v1/health 2>/dev/null | grep -q '"pending":0'; do
        [ $SECONDS -lt $deadline ] || { echo "killtest: $1 did not drain in 600 s"; exit 1; }
        sleep 0.2
    done
    PEAK=$(awk '/^VmHWM/ {print $2, $3}' "/proc/$DAEMON/status")
    kill -TERM "$DAEMON"
    wait "$DAEMON" || { echo "killtest: the daemon did not exit 0 on SIGTERM"; exit 1; }
    DAEMON=
}
q() { sqlite3 "$1/timeline.sqlite" "$2"; }
counts() {
    q "$1" "SELECT (SELECT count(*) FROM document) || ',' || (SELECT count(*) FROM timex) || ',' ||
                   (SELECT count(*) FROM event) || ',' || (SELECT count(*) FROM extent)"
}
# Drops every document of $1 into $2's inbox, atomically (written in .tmp/, renamed in), $3 seconds apart.
drop_all() {
    for file in "$1"/*; do
        cp "$file" "$2/inbox/.tmp/" && mv "$2/inbox/.tmp/$(basename "$file")" "$2/inbox/"
        [ "$3" = 0 ] || sleep "$3"
    done
}

# The clean run: the same documents, no kills.
mkdir -p "$WORK/clean/inbox/.tmp"
start_daemon "$WORK/clean"
started=$(date +%s.%N)
drop_all "$WORK/docs" "$WORK/clean" 0
finish "$WORK/clean"
seconds=$(echo "$(date +%s.%N) - $started" | bc -l)
clean=$(counts "$WORK/clean")
echo "killtest: clean run: documents,timexes,events,extents = $clean"
printf 'killtest: clean run: %d documents dropped one by one and stored in %.1f s (%.0f documents/s), peak RSS %s\n' \
    "$COUNT" "$seconds" "$(echo "$COUNT / $seconds" | bc -l)" "$PEAK"

# The killed run: the drops spread over the kills.
mkdir -p "$WORK/killed/inbox/.tmp"
RANDOM=$SEED
pace=$(python3 -c "print(round($KILLS * $MAX_ALIVE / 2 / $COUNT, 4))")
drop_all "$WORK/docs" "$WORK/killed" "$pace" &
DROPPER=$!
kills=0
while [ $kills -lt $KILLS ]; do
    start_daemon "$WORK/killed"
    sleep "$(python3 -c "import random; random.seed($SEED + $kills); print(round(random.uniform(0.05, $MAX_ALIVE), 3))")"
    kill -9 "$DAEMON" 2>/dev/null || { echo "killtest: the daemon had exited by itself"; tail "$WORK/killed/daemon.log"; exit 1; }
    wait "$DAEMON" 2>/dev/null || true
    DAEMON=
    kills=$((kills + 1))
done
wait $DROPPER
stored_before=$(q "$WORK/killed" 'SELECT count(*) FROM document')
echo "killtest: $kills SIGKILLs done ($stored_before documents stored by then); a last daemon finishes"
start_daemon "$WORK/killed"
finish "$WORK/killed"

# The checks.
failures=0
check() {
    if [ "$2" = "$3" ]; then echo "  ok   $1: $2"; else echo "  FAIL $1: $2, expected $3"; failures=$((failures + 1)); fi
}
check "documents,timexes,events,extents equal the clean run's" "$(counts "$WORK/killed")" "$clean"
check "documents stored" "$(q "$WORK/killed" 'SELECT count(*) FROM document')" "$COUNT"
check "names stored more than once" "$(q "$WORK/killed" 'SELECT count(*) FROM (SELECT name FROM document GROUP BY name HAVING count(*) > 1)')" 0
check "distinct names stored" "$(q "$WORK/killed" 'SELECT count(DISTINCT name) FROM document')" "$COUNT"
check "files left in the inbox" "$(ls -A "$WORK/killed/inbox" | grep -cv '^\.tmp$' || true)" 0
check "files in processed/" "$(ls "$WORK/killed/processed" | wc -l)" "$COUNT"
check "files in failed/" "$(ls -A "$WORK/killed/failed" | wc -l)" 0
check "the files in processed/ are the files dropped" \
    "$(cd "$WORK/killed/processed" && ls | sort | md5sum)" "$(cd "$WORK/docs" && ls | sort | md5sum)"
check "PRAGMA integrity_check" "$(q "$WORK/killed" 'PRAGMA integrity_check')" ok
check "the tally (store_tally) equals the counts" \
    "$(q "$WORK/killed" 'SELECT documents || char(44) || timexes || char(44) || events FROM store_tally')" \
    "$(q "$WORK/killed" 'SELECT (SELECT count(*) FROM document) || char(44) || (SELECT count(*) FROM timex) || char(44) || (SELECT count(*) FROM event)')"
check "word postings equal the clean run's" \
    "$(q "$WORK/killed" 'SELECT count(*) FROM event_word')" "$(q "$WORK/clean" 'SELECT count(*) FROM event_word')"
check "stored event objects equal the events (event_json)" \
    "$(q "$WORK/killed" 'SELECT count(*) FROM event_json j JOIN event e ON e.id = j.id')" \
    "$(q "$WORK/killed" 'SELECT count(*) FROM event')"
check "PRAGMA foreign_key_check" "$(q "$WORK/killed" 'PRAGMA foreign_key_check' | wc -l)" 0
if [ $failures -ne 0 ]; then
    echo "killtest: $failures checks failed (SEED=$SEED to replay; KEEP=1 keeps the folders)"
    exit 1
fi
echo "killtest: passed"
