#!/usr/bin/env bash
# Draws the web view over the worked example in headless Chromium: scripts/screenshot.sh OUT.png
# BIN names the folder with timelined and timelinectl (default .build/debug).
set -euo pipefail
out=${1:-docs/timeline.png}
bin=${BIN:-.build/debug}
here=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
daemon=
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
"$bin/timelined" --inbox "$scratch/inbox" --socket "$scratch/api.sock" --database "$scratch/timeline.sqlite" \
    --log-level warning &
daemon=$!
for _ in $(seq 100); do [ -S "$scratch/api.sock" ] && break; sleep 0.1; done
"$bin/timelinectl" add --socket "$scratch/api.sock" "$here/../shared/examples/lavrov-2022-03-31.txt" >/dev/null
"$bin/timelinectl" serve --socket "$scratch/api.sock" --listen 127.0.0.1:0 2>"$scratch/serve.log" &
server=$!
url=
for _ in $(seq 100); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$scratch/serve.log" || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "serve did not start" >&2; cat "$scratch/serve.log" >&2; exit 1; }
event=$("$bin/timelinectl" events --socket "$scratch/api.sock" --match seized --format ndjson \
    | python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["id"])')
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars \
    --user-data-dir="$scratch/chromium" --window-size=1280,800 --virtual-time-budget=10000 \
    --screenshot="$out" "${url}#event=${event}" 2>/dev/null
echo "wrote $out"
