#!/usr/bin/env python3
# Compares two embedded stores table by table: row count and a hash of the rows sorted, every column
# but ingested_at, and sqlite_sequence.  Usage: scripts/compare-stores.py A/dossier.db B/dossier.db
import sqlite3, sys, hashlib
a, b = sys.argv[1], sys.argv[2]
def dump(path):
    c = sqlite3.connect(path)
    tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {}
    for t in tables:
        cols = [r[1] for r in c.execute(f"PRAGMA table_info({t})") if r[1] != 'ingested_at']
        q = f"SELECT {', '.join(cols)} FROM {t} ORDER BY {', '.join(str(i+1) for i in range(len(cols)))}"
        h = hashlib.sha256(); n = 0
        for row in c.execute(q):
            h.update(repr(row).encode()); n += 1
        out[t] = (n, h.hexdigest()[:16])
    seq = list(c.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name"))
    out['sqlite_sequence'] = (len(seq), hashlib.sha256(repr(seq).encode()).hexdigest()[:16])
    return out
da, db = dump(a), dump(b)
bad = 0
for t in sorted(set(da) | set(db)):
    same = da.get(t) == db.get(t)
    bad += not same
    print(("same " if same else "DIFF ") + t, da.get(t), db.get(t))
print("ALL EQUAL" if bad == 0 else f"{bad} TABLES DIFFER")
sys.exit(1 if bad else 0)
