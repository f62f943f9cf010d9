"""Print the per-pair list used in ../SOURCE.md (python3 build/write_source_list.py)."""
import collections
from lib import read_all

for p in read_all():
    c = collections.Counter(x["label"] for x in p["changes"])
    rev = "OLD = real text with edit constructed" in p["source"]
    prov = ("real text on the NEW side, constructed wording on the OLD side (edit constructed for this set)"
            if rev else "real text on the OLD side, edit constructed for this set on the NEW side")
    print("### %s - %s - pair label: %s (%d changes: %d limits, %d expands, %d neutral, %d unclear)" % (
        p["id"], p["situation"], p["label"], len(p["changes"]), c["limits_enforcement"],
        c["expands_enforcement"], c["neutral"], c["unclear"]))
    print("- Provenance: %s" % prov)
    print("- Source: %s" % p["source"])
