import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import check
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
ids = []; sit = collections.Counter(); lab = collections.Counter(); clab = collections.Counter()
top = collections.defaultdict(collections.Counter); realnew = 0
for i, line in enumerate(open(path)):
    p = json.loads(line)
    check(p)
    assert p["id"] == "HL-%02d" % (i + 1), p["id"]
    ids.append(p["id"]); sit[p["situation"]] += 1; lab[p["label"]] += 1
    if "the real wording is on the NEW side" in p["source"]: realnew += 1
    for c in p["changes"]:
        clab[c["label"]] += 1
        for t in c["topics"]: top[t][c["label"]] += 1
assert len(ids) == len(set(ids))
assert 36 <= len(ids) <= 45, len(ids)
for s, n in sit.items(): assert n >= 3, (s, n)
print("pairs:", len(ids), "changes:", sum(clab.values()), "real text on NEW side:", realnew)
print("situations:", dict(sorted(sit.items())))
print("pair labels:", dict(sorted(lab.items())))
print("change labels:", dict(sorted(clab.items())))
print("topics (change entries citing each):")
for t in sorted(top): print("  %-24s %3d  %s" % (t, sum(top[t].values()), dict(sorted(top[t].items()))))
print("OK")
