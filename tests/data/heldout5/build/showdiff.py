"""Word-level diff of each pair (to check that every edit has a `changes` entry).
Usage: python3 build/showdiff.py [HE-07 ...]"""
import difflib
import re
import sys
from lib import read_all

want = set(sys.argv[1:])
for p in read_all():
    if want and p["id"] not in want:
        continue
    a = re.findall(r"\S+|\n", p["old"])
    b = re.findall(r"\S+|\n", p["new"])
    print("=== %s %s  label=%s" % (p["id"], p["situation"], p["label"]))
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        print("  %-7s -[%s]  +[%s]" % (op, " ".join(a[i1:i2]).replace("\n", "/"), " ".join(b[j1:j2]).replace("\n", "/")))
    for c in p["changes"]:
        print("   * %s %s: %s" % (c["label"], c["topics"], c["why"][:90]))
