#!/usr/bin/env python3
"""Query latency of a running `dossier serve`, measured from a second process.

    python3 scripts/query-latency.py [--base http://127.0.0.1:7700] [--rounds 5] [--actors 40]

Takes the actors in the most articles (GET /api/actors) and a fixed list of search words, then
asks, one request at a time, for each actor's timeline (GET /api/timeline?actor=ID), a search per
word (GET /api/search?q=WORD), a search filtered by actor, and each actor's profile; it prints
p50 / p95 / p99 / max per kind, in milliseconds, over every request (rounds x subjects). The
first round warms the server up and is not counted. Standard library only.
"""
import argparse
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

WORDS = ["oil", "bank", "trade", "dollar", "profit", "shares", "coffee", "gold", "japan",
         "tax", "interest rates", "merger", "dividend", "opec", "strike", "wheat", "loss",
         "federal reserve", "growth", "debt"]


def get(base, path, params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = r.read()
        status = r.status
    ms = (time.perf_counter() - t0) * 1000
    if status != 200:
        raise RuntimeError(f"{url}: HTTP {status}")
    return ms, body


def pct(xs, p):
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100 * len(xs) + 0.5)) - 1))
    return xs[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:7700")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--actors", type=int, default=40)
    a = ap.parse_args()
    _, body = get(a.base, "/api/actors", {"limit": a.actors})
    doc = json.loads(body)
    items = doc.get("items", doc if isinstance(doc, list) else doc.get("actors", []))
    actors = [str(x["id"]) for x in items][: a.actors]
    if not actors:
        sys.exit("no actors in the store")
    kinds = {
        "timeline?actor": [("/api/timeline", {"actor": x}) for x in actors],
        "search?q": [("/api/search", {"q": w}) for w in WORDS],
        "search?q&actor": [("/api/search", {"q": w, "actor": actors[i % len(actors)]})
                           for i, w in enumerate(WORDS)],
        "actors/{id}": [(f"/api/actors/{x}", {}) for x in actors],
    }
    times = {k: [] for k in kinds}
    for rnd in range(a.rounds + 1):
        for k, reqs in kinds.items():
            for path, params in reqs:
                ms, _ = get(a.base, path, params)
                if rnd > 0:
                    times[k].append(ms)
    print(f"{'query':18} {'n':>5} {'p50':>8} {'p95':>8} {'p99':>8} {'max':>8}  (ms)")
    for k, xs in times.items():
        print(f"{k:18} {len(xs):5d} {statistics.median(xs):8.1f} {pct(xs, 95):8.1f} "
              f"{pct(xs, 99):8.1f} {max(xs):8.1f}")


if __name__ == "__main__":
    main()
