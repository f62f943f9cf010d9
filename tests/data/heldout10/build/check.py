"""Independent re-check of heldout10/pairs.jsonl; prints counts. Exit 1 on any problem."""
import json, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
TOPICS = {"ice_cooperation", "raids_joint_operations", "status_inquiry", "document_requests", "detainers_holds",
          "information_sharing", "access_to_services", "supervisor_approval", "enforcement_authority"}
LABELS = {"limits_enforcement", "expands_enforcement", "neutral", "unclear"}
KEYS = ["id", "situation", "old", "new", "changes", "label", "topics", "source"]
bad = []
pairs = []
with open(os.path.join(os.path.dirname(here), "pairs.jsonl")) as f:
    for n, line in enumerate(f, 1):
        try:
            p = json.loads(line)
        except Exception as e:
            bad.append(f"line {n}: not JSON ({e})"); continue
        pairs.append(p)
ids = [p["id"] for p in pairs]
if len(set(ids)) != len(ids): bad.append("duplicate ids")
if ids != ["HJ-%02d" % i for i in range(1, len(ids) + 1)]: bad.append("ids not consecutive HJ-01..")
for p in pairs:
    if list(p) != KEYS: bad.append(f"{p['id']}: keys")
    dirs = set()
    tops = []
    for c in p["changes"]:
        if c["quote_old"] not in p["old"]: bad.append(f"{p['id']}: quote_old not verbatim")
        if c["quote_new"] not in p["new"]: bad.append(f"{p['id']}: quote_new not verbatim")
        if c["label"] not in LABELS: bad.append(f"{p['id']}: label")
        if not set(c["topics"]) <= TOPICS or not c["topics"]: bad.append(f"{p['id']}: topics {c['topics']}")
        dirs.add(c["label"]); tops += [t for t in c["topics"] if t not in tops]
    want = ("mixed" if {"limits_enforcement", "expands_enforcement"} <= dirs else
            "limits_enforcement" if "limits_enforcement" in dirs else
            "expands_enforcement" if "expands_enforcement" in dirs else
            "unclear" if "unclear" in dirs else "neutral")
    if p["label"] != want: bad.append(f"{p['id']}: pair label {p['label']} != {want}")
    if p["topics"] != tops: bad.append(f"{p['id']}: pair topics")
    if "OLD = " not in p["source"] or "NEW = " not in p["source"] or "constructed for this set" not in p["source"]:
        bad.append(f"{p['id']}: source does not mark the constructed edit")
print("pairs:", len(pairs), " changes:", sum(len(p["changes"]) for p in pairs))
sit = collections.Counter(p["situation"] for p in pairs)
print("situations:", dict(sorted(sit.items())))
print("pair labels:", dict(sorted(collections.Counter(p["label"] for p in pairs).items())))
print("change labels:", dict(sorted(collections.Counter(c["label"] for p in pairs for c in p["changes"]).items())))
print("pair labels per situation:")
for s in sorted(sit):
    print(f"  {s:30s}", dict(sorted(collections.Counter(p["label"] for p in pairs if p["situation"] == s).items())))
print("real text on NEW side:", [p["id"] for p in pairs if p["source"].find("NEW = real text") < p["source"].find("OLD = ")])
tc = collections.defaultdict(collections.Counter)
for p in pairs:
    for c in p["changes"]:
        for t in c["topics"]: tc[t][c["label"]] += 1
print("topics (changes citing each):")
for t in sorted(tc): print(f"  {t:24s}", sum(tc[t].values()), dict(sorted(tc[t].items())))
if bad:
    print("PROBLEMS:"); [print(" ", b) for b in bad]; sys.exit(1)
print("OK")
