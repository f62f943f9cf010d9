"""Word-level diff of each pair next to its change entries (review aid)."""
import json, difflib, re, sys, os
here = os.path.dirname(os.path.abspath(__file__))
for line in open(os.path.join(os.path.dirname(here), "pairs.jsonl")):
    p = json.loads(line)
    if len(sys.argv) > 1 and p["id"] not in sys.argv[1:]:
        continue
    a = re.findall(r"\S+|\n", p["old"]); b = re.findall(r"\S+|\n", p["new"])
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    print(f"=== {p['id']} {p['situation']} -> {p['label']}")
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            print(f"  {op}: -[{' '.join(a[i1:i2])}] +[{' '.join(b[j1:j2])}]".replace("\n", "¶"))
    for c in p["changes"]:
        print(f"  * {c['label']} {c['topics']}: {c['why'][:110]}")
