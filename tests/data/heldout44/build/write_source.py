"""Writes ../SOURCE.md from ../pairs.jsonl and the output of check.py."""
import json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
pairs = [json.loads(l) for l in open(os.path.join(here, "..", "pairs.jsonl"), encoding="utf-8")]
counts = subprocess.run([sys.executable, os.path.join(here, "check.py")], capture_output=True, text=True).stdout
head = open(os.path.join(here, "source_head.md"), encoding="utf-8").read()
lines = [head, "## Counts (output of `python3 build/check.py`)\n", "```", counts.rstrip(), "```\n", "## Per-pair list\n"]
for p in pairs:
    n = {k: sum(1 for c in p["changes"] if c["label"] == k) for k in ("limits_enforcement", "expands_enforcement", "neutral", "unclear")}
    lines.append("- **%s** CONSTRUCTED - %s - pair label %s (%d changes: %d limits, %d expands, %d neutral, %d unclear). %s" % (
        p["id"], p["situation"], p["label"], len(p["changes"]), n["limits_enforcement"], n["expands_enforcement"], n["neutral"], n["unclear"], p["source"]))
open(os.path.join(here, "..", "SOURCE.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("SOURCE.md written")
