#!/usr/bin/env bash
# Crash safety under real load: ingest Reuters-21578 articles into a fresh embedded store, kill the
# ingest with SIGKILL (kill -9) KILLS times at random moments, then let a last run finish, and check
# that every article is stored exactly once and the search index matches the database.
#
#   scripts/kill-loop.sh [ARTICLES] [KILLS]      (defaults: 3000 articles, 20 kills)
#
# The articles are analysed once up front (dossier analyze -o jsonl) so that the kills land in the
# store's writes, which is what crash safety is about; every run is `dossier ingest --analyzed`.
# Needs ../shared/data/reuters21578 and a built dossier-cli/target/dossier.jar.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-3000}"
kills="${2:-20}"
jar="$here/dossier-cli/target/dossier.jar"
work="$(mktemp -d "${TMPDIR:-/tmp}/dossier-kill.XXXXXX")"
store="$work/store"
cp "$jar" "$work/dossier.jar"   # a rebuild during the loop must not change the jar under it
java=(java -Xmx1g -jar "$work/dossier.jar")

python3 "$here/scripts/reuters-to-jsonl.py" "$here/../shared/data/reuters21578" > "$work/all.jsonl" 2>/dev/null
head -n "$n" "$work/all.jsonl" > "$work/articles.jsonl"
"${java[@]}" analyze -o jsonl "$work/articles.jsonl" > "$work/analyses.jsonl" 2>"$work/analyze.err"
expected="$(python3 -c 'import json,sys; print(len({json.loads(l)["article"]["id"] for l in open(sys.argv[1])}))' "$work/analyses.jsonl")"
echo "kill-loop: $expected distinct articles analysed; $kills kills during ingest into $store"

count() {  # rows and distinct ids in the articles table (0 0 before the store exists)
  python3 - "$store" <<'PY'
import sqlite3, sys, os
db = os.path.join(sys.argv[1], "dossier.db")
if not os.path.exists(db):
    print(0, 0)
else:
    c = sqlite3.connect(db, timeout=30)
    print(*c.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone())
PY
}

for k in $(seq 1 "$kills"); do
  before="$(count | cut -d' ' -f1)"
  "${java[@]}" ingest -q --analyzed --batch 16 --data "$store" "$work/analyses.jsonl" >/dev/null 2>>"$work/ingest.err" &
  pid=$!
  # wait until this run has stored something, then kill it at a random moment
  for _ in $(seq 1 120); do
    [ "$(count | cut -d' ' -f1)" -gt "$before" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.0, 1.5), 2))')"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    echo "kill $k: SIGKILL; $(count | cut -d' ' -f1) articles stored (this run had started at $before)"
  else
    wait "$pid" 2>/dev/null || true
    echo "kill $k: the ingest had already finished ($(count | cut -d' ' -f1) stored)"
  fi
done

"${java[@]}" ingest --analyzed --data "$store" "$work/analyses.jsonl" 2>&1 | tail -n 3
"${java[@]}" check --data "$store"
stored="$(count)"
echo "kill-loop: expected $expected articles; stored (rows, distinct ids): $stored"
set -- $stored
if [ "$1" = "$expected" ] && [ "$2" = "$expected" ]; then
  echo "kill-loop: OK, no article lost or duplicated"
else
  echo "kill-loop: FAILED" >&2
  exit 1
fi
