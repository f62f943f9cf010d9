"""Prints a word diff of each pair (old -> new) next to its change entries, to check that no edit is left
without an entry. Usage: python3 showdiff.py [HP-xx ...]"""
import difflib, json, os, re, sys
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
want = set(sys.argv[1:])
for line in open(path, encoding="utf-8"):
    p = json.loads(line)
    if want and p["id"] not in want:
        continue
    a, b = re.findall(r"\S+|\n", p["old"]), re.findall(r"\S+|\n", p["new"])
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    print("=" * 8, p["id"], p["situation"], p["label"])
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            print("  %-7s -[%s]  +[%s]" % (op, " ".join(a[i1:i2])[:160], " ".join(b[j1:j2])[:160]))
    for c in p["changes"]:
        print("   *", c["label"], "|", c["quote_old"][:60], "=>", c["quote_new"][:60])
