"""Prints the per-pair table for SOURCE.md from ../pairs.jsonl."""
import json, os, collections
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
print("| id | kind | situation | pair label | changes (E/L/N/U) | what (see `source` for the full citation) |")
print("|---|---|---|---|---|---|")
for line in open(path, encoding="utf-8"):
    p = json.loads(line)
    k = "GENUINE" if p["source"].startswith("GENUINE") else "CONSTRUCTED"
    c = collections.Counter(x["label"] for x in p["changes"])
    n = "%d (%d/%d/%d/%d)" % (len(p["changes"]), c["expands_enforcement"], c["limits_enforcement"], c["neutral"], c["unclear"])
    s = p["source"]
    if k == "CONSTRUCTED":
        doc = s.split("CONSTRUCTED EDIT on real text: ", 1)[1]
        doc = doc.split(" (")[0] if len(doc.split(" (")[0]) < 110 else doc[:100] + "..."
        edit = s.split("not a real edition: ", 1)[1]
        what = doc + " -- edit: " + edit
    else:
        what = s.split(": OLD = ", 1)[1]
        what = (what.split(" (")[0] if len(what.split(" (")[0]) < 110 else what[:100] + "...") + " -- two published editions"
    print("| %s | %s | %s | %s | %s | %s |" % (p["id"], k, p["situation"], p["label"], n, what.replace("|", "/")))
