import json, os
D = os.path.dirname(os.path.abspath(__file__)); R = os.path.join(D, "..")
P = [json.loads(l) for l in open(os.path.join(R, 'pairs.jsonl'))]
rows = []
for p in P:
    kind = "GENUINE" if p["source"].startswith("GENUINE") else "CONSTRUCTED"
    s = p["source"]
    what = s.split("(not a real version): ", 1)[1] if "(not a real version): " in s else "none: both sides real (2015 AB 450 vs 2019 AB 138 analyses)"
    src = s.split("OLD = ", 1)[1].split(" (", 1)[0] if "OLD = " in s else ""
    rows.append("| %s | %s | %s | %s | %d | %s | %s |" % (p["id"], kind, p["situation"], p["label"], len(p["changes"]), src.replace("|", "/"), what.replace("|", "/")))
chk = open(os.path.join(D, 'check_output.txt')).read()
src_block = open(os.path.join(D, 'build.py')).read().split("SRC = {", 1)[1].split("\n}\n", 1)[0]
srcs = ""
for line in src_block.strip().splitlines():
    k, v = line.split(":", 1)
    srcs += "- %s: %s\n" % (k.strip().strip('"'), v.strip().rstrip(',').strip('"'))
srcs += "- wiab138 (NEW side of JC-41 only): Wisconsin 2019 Assembly Bill 138 (introduced March 25, 2019), relating clause and LRB analysis, https://docs.legis.wisconsin.gov/2019/related/proposals/ab138/1/_11 (line numbers removed; cut before the fiscal-estimate note)\n"
head = open(os.path.join(D, 'source_head.md')).read()
tail = open(os.path.join(D, 'source_tail.md')).read()
out = head + srcs + "\n## Per pair\n| id | kind | situation | pair label | changes | OLD source | edit (constructed) |\n|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n## Counts from build/check.py\n```\n" + chk + "```\n\n" + tail
open(os.path.join(R, 'SOURCE.md'), 'w').write(out)
