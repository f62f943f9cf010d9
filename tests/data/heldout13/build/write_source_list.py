"""Prints the per-pair list used at the end of SOURCE.md."""
import json, os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
for line in open(path, encoding="utf-8"):
    p = json.loads(line)
    n = {k: sum(c["label"] == k for c in p["changes"]) for k in ("limits_enforcement", "expands_enforcement", "neutral", "unclear")}
    kind = "GENUINE" if p["source"].startswith("GENUINE") else "CONSTRUCTED"
    print("- **%s** %s - %s - pair label %s (%d changes: %d limits, %d expands, %d neutral, %d unclear). %s" % (
        p["id"], kind, p["situation"], p["label"], len(p["changes"]), n["limits_enforcement"], n["expands_enforcement"],
        n["neutral"], n["unclear"], p["source"]))
