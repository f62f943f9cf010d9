import re,norm
def secs(key):
    L=norm.norm(key); out={}; cur="HEAD"; out[cur]=[]
    for s in L:
        if re.match(r"^([IVX]+|[A-H])\.\s+[A-Z][A-Za-z ,&\-()]+$", s) or re.match(r"^APPENDIX",s) or re.match(r"^I\. CIVI",s):
            k=re.sub(r"[^A-Z]","",s.upper())[:30]; cur=k; out[cur]=[s]; continue
        out[cur].append(s)
    return out
