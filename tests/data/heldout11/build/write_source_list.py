import json, os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
for line in open(path):
    p = json.loads(line)
    n = {k: sum(c["label"] == k for c in p["changes"]) for k in ("limits_enforcement", "expands_enforcement", "neutral", "unclear")}
    prov = "real text on the NEW side, constructed wording on the OLD side" if "the real wording is on the NEW side" in p["source"] else "real text on the OLD side, edit constructed for this set on the NEW side"
    print("### %s - %s - pair label: %s (%d changes: %d limits, %d expands, %d neutral, %d unclear)" % (
        p["id"], p["situation"], p["label"], len(p["changes"]), n["limits_enforcement"], n["expands_enforcement"], n["neutral"], n["unclear"]))
    print("- Provenance: " + prov)
    print("- Source: " + p["source"])
