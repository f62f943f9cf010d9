import json, os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
for line in open(path):
    p = json.loads(line)
    n = {k: sum(c["label"] == k for c in p["changes"]) for k in ("limits_enforcement", "expands_enforcement", "neutral", "unclear")}
    kind = "GENUINE (both sides real)" if p["source"].startswith("GENUINE") else "CONSTRUCTED edit on real text"
    print("### %s - %s - %s - pair label: %s (%d changes: %d limits, %d expands, %d neutral, %d unclear)" % (
        p["id"], kind, p["situation"], p["label"], len(p["changes"]), n["limits_enforcement"], n["expands_enforcement"], n["neutral"], n["unclear"]))
    print("- Source: " + p["source"])
