#!/usr/bin/env bash
# Whole-process comparison of Dossier's full analysis with Stanford CoreNLP 4.5.10
# (tokenize,ssplit,pos,lemma,ner) on the same seed-sized articles, one analysis thread each.
#
#   scripts/compare-corenlp.sh [N]        N articles (default 100)
#
# The articles are N BBC News articles of 450-650 words (the motivating article has about 550),
# chosen with a fixed seed from ../shared/data/bbc-news (read at run time, never copied into the
# project) into a temporary directory. Each tool runs once as a whole process under /usr/bin/time -v,
# start-up and model loading included:
#   dossier:  java -Xmx512m -XX:TieredStopAtLevel=1 [THP] -jar dossier-cli/target/dossier.jar analyze DIR --output jsonl
#             (C1 only, as the 'dossier' launcher runs it; DOSSIER_JIT= for the default JIT)
#   CoreNLP:  java -Xmx4g [THP] edu.stanford.nlp.pipeline.StanfordCoreNLP -annotators tokenize,ssplit,pos,lemma,ner
#             -threads 1 -filelist FILES -outputFormat json
# and the script prints articles/s for each (N / wall time), the peak memory, and the ratio.
# A second, one-article run of each gives the start-up time, so articles/s after start-up is
# printed too.
#
# CoreNLP is GPL-licensed and its models are about 470 MB: it comes only through the Maven profile
# 'corenlp' of dossier-bench (never in the default build), which this script builds. Environment:
#   DOSSIER_DATA  corpus folder (default ../shared/data)
#   KEEP=1        keep the temporary directory (its path is printed)
#   CORENLP_HEAP  CoreNLP's heap (default 4g; it does not run in 512 MB)
#   DOSSIER_JIT   Dossier's JIT option (default -XX:TieredStopAtLevel=1; empty for the default JIT)
#   THP=0         no -XX:+UseTransparentHugePages (THP: given to both JVMs when the kernel offers it)
#   PIN=1         pin both processes to CPU 0 (taskset), so GC and JIT threads share the core
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}
DATA=${DOSSIER_DATA:-../shared/data}
BBC="$DATA/bbc-news"
[ -d "$BBC" ] || { echo "compare-corenlp: no BBC News corpus at $BBC (set DOSSIER_DATA)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/dossier-corenlp.XXXXXX)
[ "${KEEP:-0}" = 1 ] && echo "work directory: $WORK" || trap 'rm -rf "$WORK"' EXIT
PIN_CMD=()
[ "${PIN:-0}" = 1 ] && PIN_CMD=(taskset -c 0)

python3 - "$BBC" "$N" "$WORK" <<'EOF'
import glob, os, random, sys
bbc, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
picked = []
for f in sorted(glob.glob(os.path.join(bbc, "*", "*.txt"))):
    try:
        t = open(f, encoding="utf-8").read()
    except UnicodeDecodeError:
        continue
    if 450 <= len(t.split()) <= 650:
        picked.append((f, t))
random.Random(42).shuffle(picked)
if len(picked) < n:
    sys.exit(f"compare-corenlp: only {len(picked)} seed-sized articles in {bbc}")
for d in ("in", "one"):
    os.makedirs(os.path.join(work, d))
with open(os.path.join(work, "files.txt"), "w") as fl:
    for i, (f, t) in enumerate(picked[:n]):
        p = os.path.join(work, "in", f"{i:04d}.txt")
        open(p, "w", encoding="utf-8").write(t)
        fl.write(p + "\n")
    open(os.path.join(work, "one", "0000.txt"), "w", encoding="utf-8").write(picked[0][1])
open(os.path.join(work, "one.txt"), "w").write(os.path.join(work, "one", "0000.txt") + "\n")
words = sum(len(t.split()) for _, t in picked[:n])
print(f"{n} BBC News articles, {words / n:.0f} words on average")
EOF

echo "building dossier-cli and the corenlp profile of dossier-bench..."
mvn -q -B -P corenlp -pl dossier-cli,dossier-bench -am -DskipTests package
CP=$(cat dossier-bench/target/corenlp.classpath)

# run NAME OUTFILE CMD...: runs under /usr/bin/time -v; writes "wall_seconds max_rss_kb cpu_seconds"
# (cpu = user + sys, every thread of the process: JIT compilers and GC included) to WORK/NAME.res
run() {
  local name=$1 out=$2; shift 2
  /usr/bin/time -v -o "$WORK/$name.time" "${PIN_CMD[@]}" "$@" > "$out" 2> "$WORK/$name.err" \
    || { echo "$name failed:" >&2; tail -20 "$WORK/$name.err" >&2; exit 1; }
  python3 - "$WORK/$name.time" > "$WORK/$name.res" <<'EOF'
import sys
wall = rss = None
cpu = 0.0
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith(("User time (seconds)", "System time (seconds)")):
        cpu += float(line.rsplit(" ", 1)[1])
    elif line.startswith("Elapsed (wall clock) time"):
        v = line.rsplit(" ", 1)[1].split(":")
        wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(v)))
    elif line.startswith("Maximum resident set size"):
        rss = int(line.rsplit(" ", 1)[1])
print(f"{wall:.2f} {rss} {cpu:.2f}")
EOF
}

# Transparent huge pages for both JVMs where the kernel offers them, as the 'dossier' launcher
# uses them (THP=0 to leave them out)
THP_OPT=""
if [ "${THP:-1}" = 1 ] && grep -qs '\[madvise\]\|\[always\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  THP_OPT="-XX:+UseTransparentHugePages"
fi
# shellcheck disable=SC2206
DOSSIER=(java -Xmx512m ${DOSSIER_JIT--XX:TieredStopAtLevel=1} $THP_OPT -jar dossier-cli/target/dossier.jar analyze)
# shellcheck disable=SC2206
CORENLP=(java "-Xmx${CORENLP_HEAP:-4g}" $THP_OPT -cp "$CP" edu.stanford.nlp.pipeline.StanfordCoreNLP
  -annotators tokenize,ssplit,pos,lemma,ner -threads 1 -outputFormat json)
mkdir -p "$WORK/corenlp-all" "$WORK/corenlp-one"

echo "load: $(uptime | sed 's/.*load average/load average/')"
run dossier "$WORK/dossier.jsonl" "${DOSSIER[@]}" "$WORK/in" --output jsonl
run dossier-one "$WORK/dossier-one.jsonl" "${DOSSIER[@]}" "$WORK/one" --output jsonl
run corenlp /dev/null "${CORENLP[@]}" -filelist "$WORK/files.txt" -outputDirectory "$WORK/corenlp-all"
run corenlp-one /dev/null "${CORENLP[@]}" -filelist "$WORK/one.txt" -outputDirectory "$WORK/corenlp-one"
read -r d_wall d_rss d_cpu < "$WORK/dossier.res"
read -r d1_wall _ d1_cpu < "$WORK/dossier-one.res"
read -r c_wall c_rss c_cpu < "$WORK/corenlp.res"
read -r c1_wall _ c1_cpu < "$WORK/corenlp-one.res"
echo "load: $(uptime | sed 's/.*load average/load average/')"

d_n=$(wc -l < "$WORK/dossier.jsonl")
c_n=$(find "$WORK/corenlp-all" -name '*.json' | wc -l)
[ "$d_n" = "$N" ] || { echo "dossier analysed $d_n of $N articles" >&2; exit 1; }
[ "$c_n" = "$N" ] || { echo "CoreNLP annotated $c_n of $N articles" >&2; exit 1; }

python3 - "$N" "$d_wall" "$d_rss" "$d1_wall" "$c_wall" "$c_rss" "$c1_wall" \
  "$d_cpu" "$d1_cpu" "$c_cpu" "$c1_cpu" <<'EOF'
import sys
n = int(sys.argv[1])
dw, dr, d1, cw, cr, c1, dc, dc1, cc, cc1 = (float(x) for x in sys.argv[2:])
def after(w, one):
    return (n - 1) / (w - one) if w > one else float("nan")
print(f"{'':34} {'articles/s':>10} {'after start-up':>15} {'wall s':>8} {'peak RSS MB':>12}")
print(f"{'dossier analyze (all stages)':34} {n / dw:10.2f} {after(dw, d1):15.2f} {dw:8.1f} {dr / 1024:12.0f}")
print(f"{'CoreNLP tokenize..ner':34} {n / cw:10.2f} {after(cw, c1):15.2f} {cw:8.1f} {cr / 1024:12.0f}")
print(f"ratio dossier/CoreNLP: {(n / dw) / (n / cw):.1f}x whole process, "
      f"{after(dw, d1) / after(cw, c1):.1f}x after start-up")
# The same by CPU time (user + sys of the whole process), which other jobs on the machine disturb
# far less than the wall clock: articles per CPU second after start-up.
print(f"CPU s (user + sys): dossier {dc:.1f} (one article {dc1:.1f}), CoreNLP {cc:.1f} (one article {cc1:.1f})")
print(f"by CPU time after start-up: dossier {after(dc, dc1):.2f}, CoreNLP {after(cc, cc1):.2f} articles per CPU s, "
      f"ratio {after(dc, dc1) / after(cc, cc1):.1f}x")
EOF
