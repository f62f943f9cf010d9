"""Print a word diff of each pair (or of the given ids) next to its change entries, to check that every
edit has an entry.  Usage: python3 build/showdiff.py [HI-01 ...]"""
import difflib, sys, re
from lib import read_all
ids = set(sys.argv[1:])
for p in read_all():
    if ids and p["id"] not in ids:
        continue
    a, b = p["old"].split(), p["new"].split()
    print("=" * 20, p["id"], p["situation"], p["label"])
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            print("  %-7s -[%s]  +[%s]" % (op, " ".join(a[i1:i2])[:160], " ".join(b[j1:j2])[:160]))
    for c in p["changes"]:
        print("   *", c["label"], "|", c["quote_old"][:60].replace("\n", " "), "=>", c["quote_new"][:60].replace("\n", " "))
