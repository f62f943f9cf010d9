"""Re-check ../pairs.jsonl independently of the builder and print counts (copied from heldout6/build/check.py: HI- ids, situation x label table, genuine/constructed split from build/keys.json).
Usage: python3 build/check.py"""
import collections
import sys
from lib import read_all, check_pair, LABELS

pairs = read_all()
bad = 0
for p in pairs:
    errs = check_pair(p)
    if errs:
        bad += 1
        print(p["id"], "; ".join(errs))
ids = [p["id"] for p in pairs]
if len(ids) != len(set(ids)):
    bad += 1
    print("duplicate ids")
exp = ["HI-%02d" % i for i in range(1, len(pairs) + 1)]
if ids != exp:
    bad += 1
    print("ids not consecutive")

sit = collections.Counter(p["situation"] for p in pairs)
plab = collections.Counter(p["label"] for p in pairs)
clab = collections.Counter(c["label"] for p in pairs for c in p["changes"])
top = collections.Counter(t for p in pairs for c in p["changes"] for t in c["topics"])
topdir = collections.defaultdict(collections.Counter)
for p in pairs:
    for c in p["changes"]:
        for t in c["topics"]:
            topdir[t][c["label"]] += 1
print("pairs: %d, changes: %d" % (len(pairs), sum(len(p["changes"]) for p in pairs)))
print("situations:", dict(sorted(sit.items())))
print("pair labels:", dict(sorted(plab.items())))
print("change labels:", dict(sorted(clab.items())))
sitlab = collections.defaultdict(collections.Counter)
for p in pairs:
    for c in p["changes"]:
        sitlab[p["situation"]][c["label"]] += 1
print("change labels per pair situation:")
for k in sorted(sitlab):
    print("  %-18s %s" % (k, dict(sorted(sitlab[k].items()))))
import json, os
keys = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "keys.json")))
gen = [p for p in pairs if keys.get(p["id"], "").startswith("G")]
print("genuine version pairs: %d (changes %d, directional %d); constructed-edit pairs: %d (changes %d, directional %d)" % (
    len(gen), sum(len(p["changes"]) for p in gen),
    sum(1 for p in gen for c in p["changes"] if c["label"] in ("limits_enforcement", "expands_enforcement")),
    len(pairs) - len(gen), sum(len(p["changes"]) for p in pairs if p not in gen),
    sum(1 for p in pairs if p not in gen for c in p["changes"] if c["label"] in ("limits_enforcement", "expands_enforcement"))))
print("topics (changes citing each):")
for t in sorted(top):
    print("  %-24s %3d  %s" % (t, top[t], dict(sorted(topdir[t].items()))))
print("OK" if not bad else "%d problems" % bad)
sys.exit(1 if bad else 0)
