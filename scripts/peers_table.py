#!/usr/bin/env python3
"""peers_table.py - print the side-by-side table of compare-peers.sh.

USAGE
    peers_table.py NAME=SCORE.json=SECONDS[=NOTE] ...

Each SCORE.json is te3score.py --json output; SECONDS is the time the system took.
"""
import json
import sys


def main():
    rows = []
    for arg in sys.argv[1:]:
        name, path, seconds, *note = arg.split("=", 3)
        with open(path, encoding="utf-8") as f:
            res = json.load(f)
        rows.append((name, res["relaxed"]["f1"], res["strict"]["f1"], res["value"]["f1"],
                     float(seconds), note[0] if note else ""))
    print("%-12s %11s %10s %9s %10s  %s" % ("system", "relaxed F1", "strict F1", "value F1", "time (s)", ""))
    for name, rel, strict, value, seconds, note in rows:
        print("%-12s %11.4f %10.4f %9.4f %10.2f  %s" % (name, rel, strict, value, seconds, note))


if __name__ == "__main__":
    main()
