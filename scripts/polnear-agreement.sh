#!/usr/bin/env bash
# How well PolNeAR's annotators agree with one another, by the same scorer and the same
# token-overlap definition as Dossier's figures (../shared/tools/attribution.py).
#
#   scripts/polnear-agreement.sh            every text annotated by six annotators (train and dev)
#
# For each ordered pair of annotator positions (i, j), i != j, annotator i's file of every such text
# is scored as the "system" against annotator j's as the gold (30 scorer runs); the script prints
# each run's last line and the mean, minimum and maximum F1 of cue, source, content and relation.
# The corpus is read at run time from DOSSIER_DATA (default ../shared/data) into a temporary
# directory, never copied into the project.
set -euo pipefail
cd "$(dirname "$0")/.."
P=${DOSSIER_DATA:-../shared/data}/polnear
SCORER=${DOSSIER_TOOLS:-../shared/tools}/attribution.py
[ -d "$P" ] || { echo "polnear-agreement: no PolNeAR corpus at $P (set DOSSIER_DATA)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/dossier-agreement.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/text"
for split in train dev; do
  for n in $(ls "$P/$split/attributions" | sed -E 's/_[^_]+\.ann$//' | sort | uniq -c | awk '$1 == 6 {print $2}'); do
    echo "$split $n"
    cp "$P/$split/text/$n.txt" "$WORK/text/"
  done
done > "$WORK/texts.txt"
echo "$(wc -l < "$WORK/texts.txt") texts with six annotators"
for i in 0 1 2 3 4 5; do
  for j in 0 1 2 3 4 5; do
    [ "$i" = "$j" ] && continue
    mkdir -p "$WORK/g$i$j" "$WORK/s$i$j"
    while read -r split n; do
      mapfile -t fs < <(ls "$P/$split/attributions/${n}"_*.ann | sort)
      cp "${fs[$j]}" "$WORK/g$i$j/$n.ann"
      cp "${fs[$i]}" "$WORK/s$i$j/$n.ann"
    done < "$WORK/texts.txt"
    echo "annotator $i against $j: $(python3 "$SCORER" --gold "$WORK/g$i$j" --system "$WORK/s$i$j" --text "$WORK/text" | tail -1)"
  done
done | tee "$WORK/runs.txt"
python3 - "$WORK/runs.txt" <<'PY'
import re, statistics, sys
rows = [[float(x) for x in re.findall(r"F1 ([\d.]+)", l)] for l in open(sys.argv[1])]
for k, name in enumerate(("cue", "source", "content", "relation")):
    v = [r[k] for r in rows]
    print(f"{name:9} mean {statistics.mean(v):6.2f}  min {min(v):6.2f}  max {max(v):6.2f}  ({len(v)} runs)")
PY
