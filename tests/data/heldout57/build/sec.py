import re
FIX = {"ofthis":"of this","ofthe":"of the","ofICE":"of ICE","ofDOJ":"of DOJ","ofaliens":"of aliens","ofa ":"of a ","ofrelease":"of release","ofsuch":"of such","ofany":"of any","ofcontact":"of contact","iftime":"if time","ifthe":"if the","ofdeath":"of death","behalfof":"behalf of","ofDeportable":"of Deportable","ofduties":"of duties","trammg":"training","OHS":"DHS","IfICE":"If ICE","CIVIl.,":"CIVIL","t.o":"to","apptopiiate":"appropriate","docmnents":"documents","tenns":"terms","proln\"bits":"prohibits","S04":"504","posst1>1e":"possible","11. United":"v. United","infonnation":"information","I 07-276":"107-276","I 07-296":"107-296","l 357":"1357","DA TE":"DATE","Sheriffs Office":"Sheriff's Office","28 C.F .R.":"28 C.F.R.","worker' s":"worker's","individual' s":"individual's","a.s amended":"as amended",",,,":",\"","''Guidance":"\"Guidance","§552a":"§ 552a","(l)":"(1)","I)":"1)","( 1)":"(1)","MOA Failure":"MOA. Failure","personnel The":"personnel. The","Plantation, FL .":"Plantation, FL.","Tort \nClaims":"Tort Claims","Resolution ofComplaints":"Resolution of Complaints"}
def get(fn, a, b):
    L = open("src/"+fn).read().split("\n")[a-1:b]
    out = []; prev = None
    for l in L:
        s = l.replace("\f","").rstrip()
        if not s.strip(): continue
        if re.fullmatch(r"\s*\d+\s*|Revised 0?2/ ?1\d/2025|.*County Sheriff'?s Office\s*|\s*Revised.*", s): continue
        head = bool(re.match(r"^([IVX]+\.|[A-H]\.|I\.) [A-Z][A-Z ,.]+$", s.strip())) or s.strip().isupper()
        if prev is None: out.append(s.strip())
        elif head or prev_head: out.append("\n\n"+s.strip())
        elif (len(prev) < 88 and prev.rstrip()[-1:] in ".:;") or s.lstrip().startswith("•"): out.append("\n\n"+s.strip())
        else: out.append(" "+s.strip())
        prev = s; prev_head = head
    t = "".join(out)
    for k,v in FIX.items(): t = t.replace(k,v)
    t = re.sub(r" +", " ", t)
    return t.strip()
if __name__ == "__main__":
    import sys; print(get(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
