#!/usr/bin/env python3
"""Print JMH results (-rf json) as a Markdown table: articles/s and tokens/s per benchmark and size.

    java -jar dossier-bench/target/benchmarks.jar "StageBenchmark|PipelineBenchmark" -rf json -rff /tmp/jmh.json
    python3 scripts/jmh-table.py /tmp/jmh.json

With two files, compares them: articles/s before and after, and the speed-up.

    python3 scripts/jmh-table.py /tmp/jmh-before.json /tmp/jmh-after.json
"""
import json
import sys


def load(path):
    rows = []
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        params = r.get("params", {})
        what = params.get("stage") or name[-1]
        kind = "stage" if "stage" in params else "pipeline"
        pm = r["primaryMetric"]
        tokens = r.get("secondaryMetrics", {}).get("tokens", {}).get("score")
        rows.append((kind, what, int(params.get("words", 0)), pm["score"], pm.get("scoreError"), tokens))
    return rows


def ordered(rows):
    order = {}
    for kind, what, *_ in rows:
        order.setdefault((kind, what), len(order))
    return sorted(rows, key=lambda x: (x[0] != "stage", order[(x[0], x[1])], x[2]))


def label(kind, what):
    return f"stage `{what}`" if kind == "stage" else f"pipeline `{what}`"


def err(e):
    return "" if e is None or e != e else f"{e:,.1f}"


def single(path):
    print("| benchmark | words | articles/s | ± (99.9%) | tokens/s |")
    print("|---|---:|---:|---:|---:|")
    for kind, what, words, score, e, tokens in ordered(load(path)):
        t = "" if tokens is None else f"{tokens:,.0f}"
        print(f"| {label(kind, what)} | {words:,} | {score:,.1f} | {err(e)} | {t} |")


def compare(before_path, after_path):
    before = {(k, w, n): (s, e) for k, w, n, s, e, _ in load(before_path)}
    print("| benchmark | words | before articles/s | ± | after articles/s | ± | speed-up |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, what, words, score, e, _ in ordered(load(after_path)):
        b = before.get((kind, what, words))
        bs = "" if b is None else f"{b[0]:,.1f}"
        be = "" if b is None else err(b[1])
        up = "" if b is None else f"{score / b[0]:.2f}x"
        print(f"| {label(kind, what)} | {words:,} | {bs} | {be} | {score:,.1f} | {err(e)} | {up} |")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        compare(sys.argv[1], sys.argv[2])
    else:
        single(sys.argv[1])
