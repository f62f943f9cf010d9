# Helpers that turn a New York bill (text as stored in github.com/ryantd42/NY-Legislative-Git,
# commit df793e5d9b...) into the two editions of the section it amends.
# New York bills print new matter in CAPITALS and deleted matter in [brackets].
import re, os
RAW = os.path.join(os.path.dirname(os.path.abspath(__file__)), "raw")
# Line-end hyphens that are real hyphens (kept when lines are joined); all others are rejoined.
KEEP_HYPHEN = {"COVID-19", "forty-three", "twenty-four", "non-commercial", "NON-COMMERCIAL", "sixty-four",
               "ninety-four", "two-", "FORTY-", "forty-"}
JOINS = []

def body(bill):
    t = open(os.path.join(RAW, "NY_%s.md" % bill), encoding="utf-8").read().split("## Full Text", 1)[1]
    # page furniture: explanation footnote, LBD number, running header ("A. 9167--A  2")
    t = re.sub(r"\n *EXPLANATION--Matter in ITALICS \(underscored\) is new; matter in brackets\n *\[ \] is old law to be omitted\.\n *LBD[\w-]+\n", "\n", t)
    t = re.sub(r"\n *[AS]\. \d+(--\w)? +\d+ *\n", "\n", t)
    t = re.sub(r"\n[ \t]*\n", "\n", t)
    return t

def chunk(bill, start, end):
    t = body(bill)
    rx = lambda x: r"\s+".join(re.escape(w) for w in x.split())
    m1 = re.search(rx(start), t); m2 = re.compile(rx(end)).search(t, m1.start())
    return t[m1.start():m2.end()]

def paragraphs(raw):
    """Join continuation lines; a line indented by two spaces starts a new paragraph."""
    lines = raw.split("\n")
    paras = []
    for ln in lines:
        if not ln.strip():
            continue
        if ln.startswith("  ") or not paras:
            paras.append(ln.strip())
        else:
            prev = paras[-1]
            m = re.search(r"(\S+)-$", prev)
            nxt = ln.strip()
            if m:
                w1 = m.group(1); w2 = nxt.split()[0]
                cand = w1 + "-" + w2
                if any(cand.startswith(k) or k == w1 + "-" for k in KEEP_HYPHEN) or re.match(r"^\d", w2):
                    paras[-1] = prev + nxt
                    JOINS.append(("kept", cand))
                else:
                    paras[-1] = prev[:-1] + nxt
                    JOINS.append(("joined", w1 + w2))
            else:
                paras[-1] = prev + " " + nxt
    return "\n".join(re.sub(r"\s+", " ", p) for p in paras)

def editions(text, inserted):
    """OLD: remove each inserted (capitals) string, drop the brackets of deleted matter.
    NEW: remove bracketed deleted matter. Spaces left over are collapsed."""
    old = text
    for s in dict.fromkeys(inserted):
        assert old.count(s) >= 1, s
        old = old.replace(s, "")
    old = old.replace("[", "").replace("]", "")
    new = re.sub(r"\[[^\]]*\]", "", text)
    def tidy(x):
        x = re.sub(r"[ \t]+", " ", x)
        x = re.sub(r" +([,;.:)])", r"\1", x)
        x = re.sub(r"\( +", "(", x)
        return "\n".join(l.strip() for l in x.split("\n"))
    return tidy(old), tidy(new)
