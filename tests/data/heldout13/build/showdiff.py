"""Prints a word diff of each pair next to its change entries (for reviewing labels)."""
import json, os, difflib, sys
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
want = set(sys.argv[1:])
for line in open(path, encoding="utf-8"):
    p = json.loads(line)
    if want and p["id"] not in want: continue
    a, b = p["old"].split(" "), p["new"].split(" ")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal": continue
        out.append("%s: [-%s-] {+%s+}" % (op, " ".join(a[i1:i2])[:300], " ".join(b[j1:j2])[:300]))
    print("=" * 20, p["id"], p["situation"], p["label"])
    for o in out: print("  ", o)
    for c in p["changes"]: print("   *", c["label"], c["topics"], "|", c["quote_old"][:70].replace("\n", "/"), "->", c["quote_new"][:70].replace("\n", "/"))
