"""Cut sections out of the policy texts in build/src/ (text extracted with pypdf from the PDFs of
github.com/jjarmoc/chicago-area-general-orders, commit 9475b33) and re-flow them: running page
headers/footers dropped, wrapped lines joined, one paragraph per heading / list item / paragraph.
No word of policy text is changed; curly apostrophes kept as printed."""
import os, re
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
FILES = {
    "urbana": "urbana_413_2016.txt", "lisle": "lisle_2020-05-04.txt",
    "lagrange": "lagrange_2020-09-30.txt", "nriverside": "northriverside_2020-11-12.txt",
    "northbrook": "northbrook_2020-06-10.txt", "neiu": "neiu_2017-08-28.txt",
    "hanover": "hanoverpark_210p_rev2019-12-05.txt",
}
DROP = [r"^Copyright Lexipol", r"^Published with permission", r"^Department$", r"^Police Department$",
        r"Policy Manual$", r"^Immigration Violations( - \d+)?$", r"^Adoption Date", r"^© 1995-2016 Lexipol",
        r"^(Village of Lisle|North Riverside|La Grange|Northbrook|Urbana|Northeastern Illinois University) Police Department$",
        r"^Policy Urbana Police Department$", r"^Policy$", r"^\d{3}$",
        r"^Procedures for Incidents Regarding( Citizenship Status)?$", r"^Citizenship Status - \d+$",
        r"^Procedures for Incidents Regarding Citizenship$", r"^Status$",
        r"^Emergency Utility Service", r"^_{20,}", r"^POLICE OPERATIONS MANUAL", r"^Dir\.#:", r"^Rev:\s+12/05/2019", r"^Page \d of 5", r"^\s*$"]
HEAD = re.compile(r"^(\d{3}(?:\.\d+)+)\s+(\S.*)$")
ITEM = re.compile(r"^(\([a-z0-9]\)|\d+\.|[A-F]\.)\s")

def lines(doc):
    out = []
    for l in open(os.path.join(SRC, FILES[doc]), encoding="utf-8").read().split("\n"):
        l = l.rstrip()
        if any(re.search(p, l.strip()) for p in DROP):
            continue
        out.append(l.strip())
    return out

def sec(doc, start, end=None, breaks=(), joins=()):
    """Text from the line starting with `start` up to (not including) the line starting with `end`."""
    ls = lines(doc)
    i = next(k for k, l in enumerate(ls) if l.startswith(start))
    j = len(ls) if end is None else next(k for k, l in enumerate(ls) if k > i and l.startswith(end))
    paras, cur, prev = [], "", ""
    for l in ls[i:j]:
        m = HEAD.match(l)
        newp = bool(m) or bool(ITEM.match(l)) or HEAD.match(prev) is not None or \
            (prev.endswith((".", ":")) and len(prev) < 84) or any(l.startswith(b) for b in breaks)
        if any(l.startswith(b) for b in joins):
            newp = False
        if m:
            l = m.group(1) + " " + m.group(2)
        if newp and cur:
            paras.append(cur); cur = ""
        if not cur:
            cur = l
        elif cur.endswith("/"):
            cur += l
        else:
            cur += " " + l
        prev = l
    if cur:
        paras.append(cur)
    t = "\n\n".join(re.sub(r"\s+", " ", p).strip() for p in paras)
    return t
