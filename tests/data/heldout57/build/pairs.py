import json, sys
from texts import T
from lib import apply, check, pair_label
def cut(s, m): return s[:s.index(m)].rstrip()
REPO = "github.com/appelson/Tracking_287g (snapshot commit 1946c799, folder agreements/agreements_20250519_024922/; ICE-published PDFs, text layer extracted with pypdfium2, line breaks reflowed into paragraphs, page numbers/footers dropped, OCR slips repaired)"
SRC = {
 "hwso": "ICE 287(g) Warrant Service Officer (WSO) MOA with the Hernando County (FL) Sheriff's Office, signed May 2019 (first WSO template), FLORIDA/Hernando_County_Sheriff's_Office/287gWSO_HernandoCoFl2019-05-06.pdf",
 "hjem": "ICE 287(g) Jail Enforcement Model (JEM) MOA with the Hernando County (FL) Sheriff's Office, signed 9 June 2020 (2020 JEM template), FLORIDA/Hernando_County_Sheriff's_Office/287gJEM_HernandoCoFl2020-06-09.pdf",
 "htfm": "ICE 287(g) Task Force Model (TFM) MOA with the Hernando County (FL) Sheriff's Office, Feb 2025 (template 'Revised 02/12/2025'), FLORIDA/Hernando_County_Sheriff's_Office/HernandoCoSheriffsOffice_TFM_MOA_02.26.2025.pdf",
 "cjem": "ICE 287(g) Jail Enforcement Model (JEM) MOA with the Collier County (FL) Sheriff's Office, signed 9 June 2020 (2020 JEM template), FLORIDA/Collier_County_Sheriff's_Office/287gJEM_CollierCoFL2020-06-09.pdf",
 "ctfm": "ICE 287(g) Task Force Model (TFM) MOA with the Collier County (FL) Sheriff's Office, Feb 2025 (template 'Revised 02/12/2025'), FLORIDA/Collier_County_Sheriff's_Office/collierCoFL_TFM_MOA_02.24.2025.pdf",
}
def src(k): return SRC[k] + ", " + REPO
OCR = [("e lect","elect"),("conective","corrective"),("a lleged","alleged"),("umesolvable","unresolvable"),("IflCE","If ICE"),("pai1nershjp","partnership"),("tenninate","terminate"),("Exainples","Examples"),("For the LEA:, ","For the LEA: "),("I CE ","ICE ")]
for k in ("hjem_VI_VIII","hjem_IV_AB"):
    for a,b in OCR: T[k] = T[k].replace(a,b)
T["wso_IV_AB"] = T["wso_IV_AB"].replace("personal history\n\n' I\n\nquestionnaire", "personal history questionnaire").replace("ofHCSO's","of HCSO's")
assert "' I" not in T["wso_IV_AB"]

W34 = T["wso_III_IV"]
TF26 = T["htfm_II_III"] + "\n\nV. DESIGNATION OF AUTHORIZED FUNCTIONS\n\nFor the purposes of this MOA, participating LEA personnel are authorized to perform the following functions pursuant to the stated authorities, subject to the limitations contained in this MOA:\n\n" + T["htfm_VI"]
TF26_note = "sections II, III, the stem of V and VI of the TFM MOA (Section IV and the bulleted list of functions under V omitted)"
W68 = cut(T["wso_VI_VIII"], "This MOA does not")
HJ68 = cut(T["hjem_VI_VIII"], "Trus MOA")
CJ68 = cut(T["cjem_VI_VIII"], "This MOA does not")
CT78 = cut(T["ctfm_XVII_XVIII"], "This MOA does not")
CJIAB = T["cjem_IV_AB"]
HJGI = T["hjem_G"] + "\n\n" + T["hjem_I"]
WGI = T["wso_G"] + "\n\n" + T["wso_I"]
P = []
def C(qo, qn, lab, tops, why): return dict(quote_old=qo, quote_new=qn, label=lab, topics=tops, why=why)
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = dict(id="KH-%02d" % (len(P)+1), situation=sit, old=old, new=new, changes=changes, label=pair_label(changes), topics=tops, source=source)
    check(p); assert 800 <= len(old) <= 4000 and 800 <= len(new) <= 4000, (p["id"], len(old), len(new))
    P.append(p)
def con(key, what, extra=""):
    return "CONSTRUCTED: OLD = real text, %s%s. NEW = OLD with an edit written for this set: %s." % (src(key), extra, what)
exec(open("defs.py").read())
with open("../pairs.jsonl","w") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False)+"\n")
print(len(P))
