#!/usr/bin/env bash
# Prints a CLI session over a store as Markdown: each command, then what it printed. Used to write
# docs/cli-session.md; rerun it to see the session on your build.
#
#   scripts/cli-session.sh demo             # a fresh demo store (dossier demo --data DIR)
#   scripts/cli-session.sh reuters STORE    # a store made by ingesting scripts/reuters-to-jsonl.py output
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/dossier-cli/target/dossier.jar"
run() {
  echo '```'
  echo "\$ dossier $*"
  java -jar "$jar" "$@" 2>&1 | cut -c1-220
  echo '```'
  echo
}
case "${1:-demo}" in
  demo)
    store="$(mktemp -d "${TMPDIR:-/tmp}/dossier-session.XXXXXX")/store"
    run demo --data "$store"
    run actor --data "$store" Netanyahu
    run timeline --data "$store" --actor Netanyahu -n 8
    run deadlines --data "$store" --upcoming --overdue --today 2026-04-12
    run sources --data "$store" --contradictions
    run sources --data "$store" --anonymous -n 4
    run search --data "$store" --facets budget vote
    ;;
  reuters)
    store="$2"
    run search --data "$store" --facets -n 5 coffee quota
    run actor --data "$store" Japan
    run timeline --data "$store" --actor OPEC -n 8
    run story --data "$store" -n 5
    run sources --data "$store" --contradictions -n 3
    run deadlines --data "$store" --upcoming --today 1987-06-01 -n 6
    ;;
esac
