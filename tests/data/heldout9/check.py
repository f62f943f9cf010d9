import json, re, collections
txt = open("/work/shared/CONTRACT.md").read(); sec = txt.split("## Immigration lens: topic ids")[1].split("\n## ")[0]
TOP = set(re.findall(r"^\| `([a-z_]+)` \|", sec, re.M))
pairs = [json.loads(l) for l in open("/work/scratch/heldout9/pairs.jsonl")]
ch = 0; lab = collections.Counter(); sit = collections.Counter(); plab = collections.Counter(); top = collections.Counter()
gen = 0; genc = 0; genlab = collections.Counter()
for p in pairs:
    assert list(p.keys()) == ["id","situation","old","new","changes","label","topics","source"], p["id"]
    g = not p["source"].startswith("CONSTRUCTED")
    gen += g
    for c in p["changes"]:
        assert c["quote_old"] == "" or c["quote_old"] in p["old"]
        assert c["quote_new"] == "" or c["quote_new"] in p["new"]
        for t in c["topics"]: assert t in TOP, t; top[t] += 1
        lab[c["label"]] += 1; ch += 1
        if g: genc += 1; genlab[c["label"]] += 1
    sit[p["situation"]] += 1; plab[p["label"]] += 1
print("topic ids in CONTRACT:", sorted(TOP))
print("pairs", len(pairs), "changes", ch, "genuine pairs", gen, "genuine changes", genc, dict(genlab))
print("change labels", dict(lab)); print("pair labels", dict(plab)); print("situations", dict(sit)); print("topics", dict(top))
print("OK")
