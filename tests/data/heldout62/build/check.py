"""Re-checks ../pairs.jsonl and prints the counts (heldout62)."""
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import check
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
ids = []; sit = collections.Counter(); lab = collections.Counter(); clab = collections.Counter(); kind = collections.Counter()
labkind = collections.Counter(); top = collections.defaultdict(collections.Counter); clabkind = collections.Counter()
lens = []
for i, line in enumerate(open(path, encoding="utf-8")):
    p = json.loads(line)
    check(p)
    assert p["id"] == "KM-%02d" % (i + 1), p["id"]
    k = "genuine" if p["source"].startswith("GENUINE") else "constructed"
    ids.append(p["id"]); sit[p["situation"]] += 1; lab[p["label"]] += 1; kind[k] += 1; labkind[(k, p["label"])] += 1
    lens += [len(p["old"]), len(p["new"])]
    for c in p["changes"]:
        clab[c["label"]] += 1; clabkind[(k, c["label"])] += 1
        for t in c["topics"]: top[t][c["label"]] += 1
assert len(ids) == len(set(ids))
n = sum(clab.values())
assert 30 <= len(ids) <= 45 and n >= 40, (len(ids), n)
print("pairs:", len(ids), "changes:", n, "kinds:", dict(kind))
print("text length (chars) min/median/max:", min(lens), sorted(lens)[len(lens)//2], max(lens))
print("situations:", dict(sorted(sit.items())))
print("pair labels:", dict(sorted(lab.items())))
print("pair labels by kind:", {"%s/%s" % k: v for k, v in sorted(labkind.items())})
print("change labels:", dict(sorted(clab.items())), {k: "%.0f%%" % (100.0 * v / n) for k, v in sorted(clab.items())})
print("change labels by kind:", {"%s/%s" % k: v for k, v in sorted(clabkind.items())})
print("topics (change entries citing each):")
for t in sorted(top): print("  %-24s %3d  %s" % (t, sum(top[t].values()), dict(sorted(top[t].items()))))
print("OK")
