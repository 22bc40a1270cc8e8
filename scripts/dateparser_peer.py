#!/usr/bin/env python3
"""dateparser_peer.py - run dateparser's search_dates on plain-text documents and write
te3score.py's system JSONL.

USAGE
    dateparser_peer.py TXT_DIR OUT.jsonl

TXT_DIR holds tml2txt.py output ("Date: YYYY-MM-DD", blank line, body). For each body:
    search_dates(body, languages=["en"], settings={"RELATIVE_BASE": DCT at 12:00,
                 "RETURN_AS_TIMEZONE_AWARE": False})
gives (string, datetime) pairs in text order. Each string is located in the body by searching
forward from the end of the previous one (so repeated strings get successive offsets), and turned
into a TIMEX3:
    type   TIME if the string shows a clock time (10:30, 3 p.m., noon...), else DATE;
    value  the parsed datetime at the granularity the string shows: YYYY-MM-DDTHH:MM for a
           clock time; YYYY-MM-DD when it names a day (a day number next to a month, a weekday,
           today/yesterday/tomorrow, N days/weeks ago); YYYY-MM for a month without a day
           (or N months ago); YYYY for a bare year (or N years ago); "now" -> PRESENT_REF.
dateparser has no notion of durations or sets, so those are never produced.
Prints the seconds spent in search_dates to stderr.
"""
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WEEKDAY = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\b"
CLOCK_RE = re.compile(r"\d{1,2}:\d{2}|\d\s*(a\.?m\.?|p\.?m\.?)\b|\b(noon|midnight)\b", re.I)
DAY_RE = re.compile(r"\b(today|yesterday|tomorrow|tonight)\b|" + WEEKDAY + r"|\bdays?\b|\bweeks?\b"
                    r"|\b" + MONTH + r"\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?" + MONTH
                    + r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b", re.I)
MONTH_RE = re.compile(r"\b" + MONTH + r"(?![a-z])|\bmonths?\b", re.I)
YEAR_RE = re.compile(r"^\s*(in\s+)?\d{4}\s*$|\byears?\b", re.I)


def timex_for(text, when):
    if re.fullmatch(r"\s*(right\s+)?now\s*", text, re.I):
        return "DATE", "PRESENT_REF"
    if CLOCK_RE.search(text):
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if DAY_RE.search(text):
        return "DATE", when.strftime("%Y-%m-%d")
    if MONTH_RE.search(text):
        return "DATE", when.strftime("%Y-%m")
    if YEAR_RE.search(text):
        return "DATE", "%04d" % when.year
    return "DATE", when.strftime("%Y-%m-%d")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    txt_dir, out_path = Path(sys.argv[1]), sys.argv[2]
    spent = 0.0
    with open(out_path, "w", encoding="utf-8") as out:
        for txt in sorted(txt_dir.glob("*.txt")):
            header, body = txt.read_text(encoding="utf-8").split("\n\n", 1)
            dct = datetime.strptime(header[len("Date: "):].strip(), "%Y-%m-%d").replace(hour=12)
            started = time.monotonic()
            found = search_dates(body, languages=["en"],
                                 settings={"RELATIVE_BASE": dct, "RETURN_AS_TIMEZONE_AWARE": False}) or []
            spent += time.monotonic() - started
            timexes, pos = [], 0
            for k, (text, when) in enumerate(found):
                start = body.find(text, pos)
                if start < 0:
                    start = body.find(text)
                if start < 0:
                    continue
                pos = start + len(text)
                typ, value = timex_for(text, when)
                timexes.append({"id": "t%d" % (k + 1), "start": start, "end": start + len(text),
                                "type": typ, "value": value, "text": text})
            out.write(json.dumps({"doc": txt.name, "timexes": timexes}, ensure_ascii=False) + "\n")
    print("dateparser: %.2f s in search_dates" % spent, file=sys.stderr)


if __name__ == "__main__":
    main()
