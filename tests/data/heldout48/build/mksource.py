import json, os
here = os.path.dirname(os.path.abspath(__file__))
ps = [json.loads(l) for l in open(os.path.join(here, "..", "pairs.jsonl"), encoding="utf-8")]
counts = open(os.path.join(here, "counts.txt")).read()
head = open(os.path.join(here, "source_head.md"), encoding="utf-8").read()
lines = [head.replace("{{COUNTS}}", counts.strip()), "", "## Per-pair sources", ""]
for p in ps:
    c = p["changes"]
    n = {k: sum(1 for x in c if x["label"] == k) for k in ("limits_enforcement", "expands_enforcement", "neutral", "unclear")}
    kind = "GENUINE" if p["source"].startswith("GENUINE") else "CONSTRUCTED"
    lines.append("**%s** -- %s, %s, pair label %s, %d change(s) (%d limits / %d expands / %d neutral). %s" % (
        p["id"], kind, p["situation"], p["label"], len(c), n["limits_enforcement"], n["expands_enforcement"], n["neutral"], p["source"]))
    lines.append("")
open(os.path.join(here, "..", "SOURCE.md"), "w", encoding="utf-8").write("\n".join(lines))
print("ok")
