"""Prints the per-pair list for SOURCE.md."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from sources import SRC
meta = json.load(open(os.path.join(here, "meta.json")))
pairs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(os.path.dirname(here), "pairs.jsonl"))}
for m in meta:
    p = pairs[m["id"]]
    cl = [c["label"] for c in p["changes"]]
    cnt = ", ".join(f"{cl.count(x)} {x.split('_')[0]}" for x in ["limits_enforcement", "expands_enforcement", "neutral", "unclear"] if cl.count(x))
    side = "real text on the OLD side, edit on the NEW side" if m["real"] == "old" else "**real text on the NEW side**, constructed wording on the OLD side"
    print(f"- **{m['id']}** `{m['situation']}` -> `{p['label']}` ({len(cl)} changes: {cnt}); {m['src']}; {side}. Edit: {m['desc']}")
