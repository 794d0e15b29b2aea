#!/usr/bin/env bash
# Load measurement of the REST API with wrk (Debian package wrk): builds the demo store, starts
# `dossier serve` on 127.0.0.1, warms it up, then runs wrk at 50 connections for 30 s against
# each endpoint below and prints requests/s, p99 latency and errors. Stops the server it started.
#
#   scripts/load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
secs="${1:-30}"
port=7799
store="$(mktemp -d /tmp/dossier-load-store.XXXXXX)"
./dossier demo --data "$store" >/dev/null
java -Xmx1g -jar dossier-cli/target/dossier.jar serve --data "$store" --port "$port" --today 2026-04-11 >"$store.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$store" "$store.log"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api" >/dev/null && break; sleep 0.2; done
id="$(curl -sf "http://127.0.0.1:$port/api/search?q=Mar-a-Lago&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["article"]["id"])')"
paths=("/api/articles?limit=20" "/api/search?q=Netanyahu&limit=10" "/api/articles/$id" "/api/actors/Netanyahu" "/api/timeline?story=1")
for p in "${paths[@]}"; do wrk -t2 -c50 -d5s "http://127.0.0.1:$port$p" >/dev/null; done
printf '%-40s %10s %10s %8s\n' endpoint 'req/s' p99 errors
for p in "${paths[@]}"; do
  out="$(wrk -t2 -c50 -d"${secs}s" --latency "http://127.0.0.1:$port$p")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  sock="$(awk '/Socket errors/ {s = 0; for (i = 4; i <= NF; i += 2) s += $i; print s}' <<<"$out")"
  printf '%-40s %10s %10s %8s\n' "${p/$id/ID}" "$rps" "$p99" "$(( ${non2xx:-0} + ${sock:-0} ))"
done
