#!/usr/bin/env python3
"""Runs a command and prints the CPU seconds (user + system) its threads used, grouped by thread
name with trailing digits dropped (the analysing thread, "C2 CompilerThread", "C1 CompilerThread",
"GC Thread", ...), and the wall time.

    scripts/thread-cpu.py java -Xmx1g -jar dossier-cli/target/dossier.jar analyze FILE --output jsonl

Linux only: it reads /proc/PID/task/*/stat every 0.1 s and keeps each thread's last value, so a
thread that ends between two reads loses at most 0.1 s. The command's standard output is
discarded (kept in the file $THREAD_CPU_OUT when that is set); its standard error goes to this
script's.
"""
import collections
import os
import re
import subprocess
import sys
import time

if len(sys.argv) < 2:
    sys.exit(__doc__)
start = time.time()
out = open(os.environ["THREAD_CPU_OUT"], "w") if os.environ.get("THREAD_CPU_OUT") else subprocess.DEVNULL
proc = subprocess.Popen(sys.argv[1:], stdout=out)
tick = os.sysconf("SC_CLK_TCK")
last = {}
while proc.poll() is None:
    try:
        tasks = os.listdir(f"/proc/{proc.pid}/task")
    except OSError:
        tasks = []
    for t in tasks:
        try:
            stat = open(f"/proc/{proc.pid}/task/{t}/stat").read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        last[t] = (name, int(fields[11]) + int(fields[12]))
    time.sleep(0.1)
wall = time.time() - start
groups = collections.Counter()
for name, ticks in last.values():
    groups[re.sub(r"#?\d+$", "", name)] += ticks
for name, ticks in groups.most_common():
    if ticks / tick >= 0.05:
        print(f"  {name:24s} {ticks / tick:7.2f} s")
print(f"  all threads {sum(groups.values()) / tick:7.2f} s CPU, wall {wall:.1f} s, exit {proc.returncode}")
sys.exit(proc.returncode)
