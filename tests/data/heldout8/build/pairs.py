"""Build ../pairs.jsonl: genuine version pairs first (genuine.py), then real passages with
constructed edits (constructed.py).  Ids HI-01.. are given in that order; the build key
(G1.., C1..) of each pair is written to build/keys.json.  Run: python3 build/pairs.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genuine, constructed
from lib import write_all, check_pair

def build():
    ps = genuine.pairs() + constructed.pairs()
    keys = []
    for i, p in enumerate(ps, 1):
        keys.append(p["id"])
        p["id"] = "HI-%02d" % i
        errs = check_pair(p)
        if errs:
            raise SystemExit("%s (%s): %s" % (p["id"], keys[-1], "; ".join(errs)))
    return ps, keys

if __name__ == "__main__":
    ps, keys = build()
    write_all(ps)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "keys.json"), "w") as f:
        json.dump(dict(zip([p["id"] for p in ps], keys)), f, indent=1)
