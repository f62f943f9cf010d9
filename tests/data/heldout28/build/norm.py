import re, sys, difflib
def norm(key):
    t = open("src/%s.txt"%key).read()
    t = t.replace("\u2019","'").replace("\u2018","'").replace("\u201c",'"').replace("\u201d",'"').replace("\r","")
    lines=[]
    for l in t.split("\n"):
        s=l.strip()
        if not s or s=="\f": continue
        if re.match(r"^(Revised \S+|Page \d+ of \d+|\d+|\f)$", s): continue
        if re.match(r"^Revised [0-9/]+$", s): continue
        lines.append(s)
    return lines
def sections(key):
    L=norm(key); secs={}; cur="HEAD"; secs[cur]=[]
    for s in L:
        m=re.match(r"^([IVX]+)\.\s+([A-Z][A-Z ,&\-()]+)$", s)
        if m: cur=m.group(2).strip(); secs[cur]=[s]; continue
        secs[cur].append(s)
    return secs
def words(lines): return " ".join(lines).split()
if __name__=="__main__":
    a,b=sys.argv[1],sys.argv[2]
    A=sections(a); B=sections(b)
    for k in list(A)+[k for k in B if k not in A]:
        wa=words(A.get(k,[])); wb=words(B.get(k,[]))
        sm=difflib.SequenceMatcher(None,wa,wb,autojunk=False)
        ops=[o for o in sm.get_opcodes() if o[0]!="equal"]
        print("##",k,len(wa),len(wb),"diffs:",len(ops))
        if "-v" in sys.argv:
            for op,i1,i2,j1,j2 in ops:
                print("   ",op,"[-"+" ".join(wa[i1:i2])+"-] {+"+" ".join(wb[j1:j2])+"+}")
