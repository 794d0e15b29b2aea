#!/usr/bin/env bash
# Spark scaling on this machine: the same Reuters-21578 stories through the Spark job on local[1]
# and on local[2] (same partitions), and through 'dossier analyze' on one thread; prints the
# speed-up of local[2] over local[1].
#
#   scripts/spark-scaling.sh [STORIES]     (default: all 21,577 stories of Reuters-21578)
#
# The stories come from ../shared/data/reuters21578 through scripts/reuters-to-jsonl.py into a
# temporary directory (the corpus is never copied into the project), split into FILES JSON Lines
# files so that reading is spread over the cores too. Each master runs the job twice: on the first
# WARM stories and on all of them. Three figures are printed per run:
#   - the job's own figure: reading, analysis and writing every table, without Spark's start-up
#     (it still includes building the pipeline, a few seconds, and the JIT's warm-up);
#   - the process's wall time;
#   - for the full run, the rate after start-up: (STORIES - WARM) / (job seconds - warm-run job
#     seconds), which takes out what both runs pay once (the pipeline's models, Spark's plans,
#     the JIT's warm-up); this is the throughput a long job settles at.
# Environment: DOSSIER_DATA (default ../shared/data), PARTITIONS (default 16, i.e. 8 per core on
# local[2]), FILES (default 8), WARM (default 1000), ANALYZE=0 to skip the one-thread
# 'dossier analyze' run, KEEP=1 to keep the temporary directory, JIT (default
# -XX:TieredStopAtLevel=1, the C1 compiler only, as the 'dossier' launcher; empty for the default JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DOSSIER_DATA:-../shared/data}
PARTS=${PARTITIONS:-16}
FILES=${FILES:-8}
WARM=${WARM:-1000}
[ -d "$DATA/reuters21578" ] || { echo "spark-scaling: no Reuters-21578 at $DATA/reuters21578" >&2; exit 1; }
WORK=$(mktemp -d /tmp/dossier-spark-scaling.XXXXXX)
[ "${KEEP:-0}" = 1 ] && echo "work directory: $WORK" || trap 'rm -rf "$WORK"' EXIT

python3 scripts/reuters-to-jsonl.py "$DATA/reuters21578" 2> /dev/null > "$WORK/all.jsonl"
STORIES=${1:-$(wc -l < "$WORK/all.jsonl")}
head -n "$STORIES" "$WORK/all.jsonl" > "$WORK/stories.jsonl"
head -n "$WARM" "$WORK/all.jsonl" > "$WORK/warm.jsonl"
mkdir -p "$WORK/in" "$WORK/in-warm"
split -n "l/$FILES" -d --additional-suffix=.jsonl "$WORK/stories.jsonl" "$WORK/in/part-"
split -n "l/$FILES" -d --additional-suffix=.jsonl "$WORK/warm.jsonl" "$WORK/in-warm/part-"
N=$(wc -l < "$WORK/stories.jsonl")
echo "$N Reuters-21578 stories, $(wc -c < "$WORK/stories.jsonl") bytes of JSON Lines in $FILES files;" \
  "warm-up run: the first $WARM; $PARTS partitions"

mvn -q -B -o -pl dossier-cli -am -DskipTests package
scripts/spark-local.sh --help > /dev/null   # builds the job and its classpath once

# job MASTER INPUT TAG: runs the job; prints its summary; writes "seconds analysed wall" to WORK/TAG.res
job() {
  local master=$1 input=$2 tag=$3
  local t0 t1
  t0=$(date +%s.%N)
  SPARK_JAVA_OPTS="${JIT--XX:TieredStopAtLevel=1} ${SPARK_JAVA_OPTS:-}" NO_BUILD=1 scripts/spark-local.sh --master "$master" --partitions "$PARTS" --output "$WORK/out-$tag" \
    "$input" > "$WORK/job-$tag.log" 2> "$WORK/job-$tag.err" \
    || { echo "job on $master failed:" >&2; tail -20 "$WORK/job-$tag.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  python3 - "$WORK/job-$tag.log" "$t0" "$t1" "$master" > "$WORK/$tag.res" <<'EOF'
import re, sys
log, t0, t1, master = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
line = next(l for l in open(log) if l.startswith("dossier-spark:"))
m = re.search(r"([\d,]+) analysed, .*?; ([\d.]+) s, ([\d,.]+) articles/s", line)
n, s = int(m.group(1).replace(",", "")), float(m.group(2))
sys.stderr.write(f"{master}: {line.split('; rows')[0].strip()}; process {t1 - t0:.1f} s\n")
print(f"{s} {n} {t1 - t0:.2f}")
EOF
}

echo "load: $(uptime | sed 's/.*load average/load average/')"
if [ "${ANALYZE:-1}" = 1 ]; then
  t0=$(date +%s.%N)
  java -Xmx512m ${JIT--XX:TieredStopAtLevel=1} -jar dossier-cli/target/dossier.jar analyze "$WORK/in" --output jsonl > "$WORK/analyze.jsonl"
  t1=$(date +%s.%N)
  n=$(wc -l < "$WORK/analyze.jsonl")
  echo "dossier analyze, one thread: $n articles in $(python3 -c "print(f'{$t1 - $t0:.1f} s, {$n / ($t1 - $t0):.1f} articles/s')") (process, start-up included)"
fi
for master in 'local[1]' 'local[2]'; do
  tag=${master//[^a-z0-9]/}
  job "$master" "$WORK/in-warm" "$tag-warm" 2>&1
  job "$master" "$WORK/in" "$tag" 2>&1
done
echo "load: $(uptime | sed 's/.*load average/load average/')"

python3 - "$WORK" "$N" "$WARM" <<'EOF'
import sys
work, n, warm = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def res(tag):
    s, a, wall = open(f"{work}/{tag}.res").read().split()
    return float(s), int(a), float(wall)
rate, after = {}, {}
for tag in ("local1", "local2"):
    s, a, _ = res(tag)
    ws, wa, _ = res(tag + "-warm")
    rate[tag] = a / s
    after[tag] = (a - wa) / (s - ws)
    print(f"{tag.replace('local', 'local[')}]: job {rate[tag]:.1f} articles/s, after start-up {after[tag]:.1f} articles/s")
print(f"speed-up local[2] / local[1]: {rate['local2'] / rate['local1']:.2f}x job figure "
      f"({rate['local1']:.1f} -> {rate['local2']:.1f} articles/s), "
      f"{after['local2'] / after['local1']:.2f}x after start-up "
      f"({after['local1']:.1f} -> {after['local2']:.1f} articles/s)")
EOF
