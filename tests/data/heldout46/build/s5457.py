import re
def load():
    t = open(__file__.replace("s5457.py", "src/S5457.md"), encoding="utf-8").read()
    t = t[t.index("§ 29."):t.index("§ 2. Severability")]
    lines = [l.strip() for l in t.splitlines()]
    drop = ("EXPLANATION--", "[ ] is old law", "LBD09416", "S. 5457")
    lines = [l for l in lines if l and not l.startswith(drop) and not l.startswith("[ ]")]
    s = ""
    for l in lines:
        if s.endswith("-") and not s.endswith(" -"):
            s = s[:-1] + l
        else:
            s = (s + " " + l) if s else l
    s = re.sub(r"\s+", " ", s)
    # paragraph breaks before subdivisions and items
    s = re.sub(r" (?=(\d\. |\([A-Z]+\) ))", "\n\n", s)
    s = s.replace("§ 29. CIVIL ARREST; CERTAIN LOCATIONS.\n\n1.", "§ 29. CIVIL ARREST; CERTAIN LOCATIONS.\n\n1.")
    return s
if __name__ == "__main__":
    print(load())
