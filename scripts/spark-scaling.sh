#!/usr/bin/env bash
# Spark scaling on this machine: the same Reuters-21578 articles through the Spark job on
# local[1] and on local[2] (same partitions), and through 'dossier analyze' on one thread, and
# the speed-up of local[2] over local[1].
#
#   scripts/spark-scaling.sh [STORIES]     (default 2000 stories of Reuters-21578)
#
# The stories come from ../shared/data/reuters21578 through scripts/reuters-to-jsonl.py into a
# temporary directory (the corpus is never copied into the project). The job's own figure (reading,
# analysis and writing every table, without Spark's start-up) is the one compared; the process's
# wall time is printed too. Environment: DOSSIER_DATA (default ../shared/data), PARTITIONS
# (default 8), KEEP=1 to keep the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-2000}
DATA=${DOSSIER_DATA:-../shared/data}
PARTS=${PARTITIONS:-8}
[ -d "$DATA/reuters21578" ] || { echo "spark-scaling: no Reuters-21578 at $DATA/reuters21578" >&2; exit 1; }
WORK=$(mktemp -d /tmp/dossier-spark-scaling.XXXXXX)
[ "${KEEP:-0}" = 1 ] && echo "work directory: $WORK" || trap 'rm -rf "$WORK"' EXIT

mkdir -p "$WORK/in"
python3 scripts/reuters-to-jsonl.py "$DATA/reuters21578" 2> /dev/null > "$WORK/all.jsonl"
head -n "$STORIES" "$WORK/all.jsonl" > "$WORK/in/reuters.jsonl"
echo "$(wc -l < "$WORK/in/reuters.jsonl") Reuters-21578 stories, $(wc -c < "$WORK/in/reuters.jsonl") bytes of JSON Lines"

mvn -q -B -o -pl dossier-cli -am -DskipTests package
scripts/spark-local.sh --help > /dev/null   # builds the job and its classpath once

job() {
  local master=$1 tag=${1//[^a-z0-9]/}
  local t0 t1
  t0=$(date +%s.%N)
  NO_BUILD=1 scripts/spark-local.sh --master "$master" --partitions "$PARTS" --output "$WORK/out-$tag" \
    "$WORK/in" > "$WORK/job-$tag.log" 2> "$WORK/job-$tag.err" \
    || { echo "job on $master failed:" >&2; tail -20 "$WORK/job-$tag.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  local line
  line=$(grep '^dossier-spark:' "$WORK/job-$tag.log")
  echo "$master: $line; process $(python3 -c "print(f'{$t1 - $t0:.1f}')") s"
}

echo "load: $(uptime | sed 's/.*load average/load average/')"
t0=$(date +%s.%N)
java -Xmx512m -jar dossier-cli/target/dossier.jar analyze "$WORK/in" --output jsonl > "$WORK/analyze.jsonl"
t1=$(date +%s.%N)
n=$(wc -l < "$WORK/analyze.jsonl")
echo "dossier analyze, one thread: $n articles in $(python3 -c "print(f'{$t1 - $t0:.1f} s, {$n / ($t1 - $t0):.1f} articles/s')") (process, start-up included)"
job 'local[1]'
job 'local[2]'
echo "load: $(uptime | sed 's/.*load average/load average/')"

python3 - "$WORK/job-local1.log" "$WORK/job-local2.log" <<'EOF'
import re, sys
rate = []
for f in sys.argv[1:]:
    m = re.search(r"([\d,.]+) articles/s", open(f).read())
    rate.append(float(m.group(1).replace(",", "")))
print(f"speed-up local[2] / local[1]: {rate[1] / rate[0]:.2f}x ({rate[0]:.1f} -> {rate[1]:.1f} articles/s)")
EOF
