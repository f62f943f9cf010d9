"""Prints the per-pair list for SOURCE.md."""
import json, os, re
from sources import DOCS
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
for line in open(path, encoding="utf-8"):
    p = json.loads(line)
    key = next(k for k, v in DOCS.items() if v in p["source"])
    edit = p["source"].split("not a real edition: ", 1)[1]
    print("| %s | CONSTRUCTED | %s | %s | %s | %d | %s |" % (p["id"], key, p["situation"], p["label"], len(p["changes"]), edit.replace("|", "/")))
