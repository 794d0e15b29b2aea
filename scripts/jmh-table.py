#!/usr/bin/env python3
"""Print JMH results (-rf json) as a Markdown table: articles/s and tokens/s per benchmark and size.

    java -jar dossier-bench/target/benchmarks.jar "StageBenchmark|PipelineBenchmark" -rf json -rff /tmp/jmh.json
    python3 scripts/jmh-table.py /tmp/jmh.json
"""
import json
import sys


def main(path):
    rows = []
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        params = r.get("params", {})
        what = params.get("stage") or name[-1]
        kind = "stage" if "stage" in params else "pipeline"
        pm = r["primaryMetric"]
        tokens = r.get("secondaryMetrics", {}).get("tokens", {}).get("score")
        rows.append((kind, what, int(params.get("words", 0)), pm["score"], pm.get("scoreError"), tokens))
    order = {}
    for kind, what, *_ in rows:
        order.setdefault((kind, what), len(order))
    rows.sort(key=lambda x: (x[0] != "stage", order[(x[0], x[1])], x[2]))
    print("| benchmark | words | articles/s | ± (99.9%) | tokens/s |")
    print("|---|---:|---:|---:|---:|")
    for kind, what, words, score, err, tokens in rows:
        label = f"stage `{what}`" if kind == "stage" else f"pipeline `{what}`"
        e = "" if err is None or err != err else f"{err:,.1f}"
        t = "" if tokens is None else f"{tokens:,.0f}"
        print(f"| {label} | {words:,} | {score:,.1f} | {e} | {t} |")


if __name__ == "__main__":
    main(sys.argv[1])
