#!/usr/bin/env python3
"""Convert Reuters-21578 (SGML) to Dossier JSON Lines, for ingest benchmarks.

    python3 scripts/reuters-to-jsonl.py [DIR] > /tmp/reuters.jsonl

DIR defaults to ../shared/data/reuters21578 (relative to the repository). One JSON object per
<REUTERS> story: url (urn:reuters21578:NEWID, so every story keeps its own article id even when
two stories share a text), outlet "Reuters", title, published (ISO 8601 from <DATE>, UTC), text
(<BODY> without the wire's closing "Reuter" sign-off, or the whole <TEXT> of stories without one). Stories with neither title nor text are
skipped and counted on stderr. The corpus is research-only: never commit it or this output.
"""
import html
import json
import os
import re
import sys
from datetime import datetime

STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}


def field(tag, s):
    m = re.search(r"<%s\b[^>]*>(.*?)</%s>" % (tag, tag), s, re.S)
    return m.group(1) if m else None


def clean(s):
    s = re.sub(r"&#(\d+);", lambda m: "" if int(m.group(1)) < 32 else m.group(0), s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    s = s.replace("\x03", "")
    return s.strip()


def date(s):
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})", s or "")
    if not m:
        return None
    d = datetime(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)),
                 int(m.group(4)), int(m.group(5)), int(m.group(6)))
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "reuters21578")
    files = sorted(f for f in os.listdir(root) if re.match(r"reut2-\d{3}\.sgm$", f))
    if not files:
        sys.exit("no reut2-NNN.sgm files in " + root)
    written = skipped = 0
    out = sys.stdout
    for f in files:
        with open(os.path.join(root, f), encoding="latin-1") as fh:
            raw = fh.read()
        for attrs, body in STORY.findall(raw):
            newid = re.search(r'NEWID="(\d+)"', attrs).group(1)
            text_el = field("TEXT", body) or ""
            title = clean(field("TITLE", text_el) or "")
            # the wire's sign-off ("... Reuter") closes almost every body: not part of the story
            text = re.sub(r"\s*\bREUTER\s*$", "", clean(field("BODY", text_el) or ""), flags=re.I)
            if not text:
                text = clean(re.sub(r"<TITLE>.*?</TITLE>|<DATELINE>.*?</DATELINE>", "", text_el, flags=re.S))
            if not text and not title:
                skipped += 1
                continue
            rec = {"url": "urn:reuters21578:" + newid, "outlet": "Reuters", "title": title or None,
                   "published": date(field("DATE", body)), "text": text or title}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1
    print(f"reuters-to-jsonl: {written} stories written, {skipped} skipped (no title and no text)", file=sys.stderr)


if __name__ == "__main__":
    main()
