# Builds the real passages from the stored New York bill texts (raw/NY_*.md, copied verbatim from
# github.com/ryantd42/NY-Legislative-Git at commit df793e5d9b..., files 2023/<bill>.md).
# Normalisation: page furniture (footnote, LBD number, running header) removed; continuation lines
# joined; line-break hyphens rejoined (ny.JOINS lists every join); runs of spaces collapsed.
# Genuine editions: OLD = bill text without the CAPITALISED new matter and with the [bracketed]
# deleted matter kept (brackets removed); NEW = bill text without the bracketed matter, new matter
# left in the capitals the bill prints it in.
import re
import ny

HEAD = "df793e5d9b"  # short id of the repository HEAD the files were read at (full id in SOURCE.md)
REPO = "GitHub ryantd42/NY-Legislative-Git"

def P(bill, start, end):
    return ny.paragraphs(ny.chunk(bill, start, end))

def fix_sections(t):
    # section headings in New York for All start a new paragraph; rejoin headings broken over lines
    t = re.sub(r" (§ 145\.\d\d )", r"\n\1", t)
    t = t.replace("RESOURCE\nOFFICERS;", "RESOURCE OFFICERS;").replace("INTERRO-\nGATION", "INTERROGATION")
    t = t.replace("CITIZENSHIP OR\nIMMIGRATION STATUS", "CITIZENSHIP OR IMMIGRATION STATUS")
    return t

G = {}   # genuine pairs: key -> dict(old=..., new=..., name=..., url=...)
R = {}   # real passages for constructed edits: key -> (text, name)

def genuine(key, text, inserted, name, old_fix=(), new_fix=()):
    old, new = ny.editions(text, inserted)
    for a, b in old_fix:
        assert old.count(a) == 1, (key, a); old = old.replace(a, b)
    for a, b in new_fix:
        assert new.count(a) == 1, (key, a); new = new.replace(a, b)
    G[key] = dict(old=old, new=new, name=name)

# ---- VTL 201 (9), (10), (12)(a): existing law as reprinted in S3270 (its own insertions removed)
s3270 = P("S3270", "9.  The  commissioner", "CONSTITUTION.")
S3270_INS = [" OR (D) AS REQUIRED FOR THE COMMISSIONER TO ISSUE OR RENEW A DRIVER'S LICENSE OR LEARNER'S PERMIT THAT MEETS FEDERAL STANDARDS FOR IDENTIFICATION",
             " UNLESS PROHIBITED BY A LAWFUL COURT ORDER OR JUDICIAL WARRANT SIGNED BY A JUDGE APPOINTED PURSUANT TO ARTICLE III OF THE UNITED STATES CONSTITUTION"]
VTL201_OLD, _ = ny.editions(s3270, S3270_INS)
VTL201_OLD = VTL201_OLD.replace("rules;.", "rules.")
assert "rules;." not in VTL201_OLD
VTL_9_10 = VTL201_OLD.split("\n(a) Except")[0]
VTL_12A = "(a) Except" + VTL201_OLD.split("\n(a) Except")[1]

genuine("S3270", s3270, S3270_INS,
        "New York Vehicle and Traffic Law sec. 201 subdivisions 9 and 10 and paragraph (a) of subdivision 12 (the 2019 'Green Light' limits on disclosure of DMV records, 12(a) as amended 2020), existing law vs. as proposed by Senate Bill S3270 (2023-2024 session, Sen. Sepulveda, 'driver's license access and privacy act'; in Senate committee, not enacted)",
        old_fix=[("rules;.\n10.", "rules.\n10."), ("rules;.\n(a)", "rules.\n(a)")])

a2325 = P("A2325", "(a)  Except as required", "INVESTIGATION.")
A2325_INS = [": (I)", "; OR (II) THE EMPLOYEE OR AGENT OF SUCH AGENCY IS SOLELY ENFORCING STATE LAW OR FEDERAL CRIMINAL LAW AND NOT IMMIGRATION LAW",
             " UNLESS SUCH NOTIFICATION WOULD INTERFERE WITH A FEDERAL CRIMINAL INVESTIGATION"]
genuine("A2325", VTL_9_10 + "\n" + a2325, A2325_INS,
        "New York Vehicle and Traffic Law sec. 201 subdivisions 9, 10 and 12(a), existing law vs. as proposed by Assembly Bill A2325 (2023-2024 session, 'allowing disclosures in furtherance of the enforcement of state law'; in Assembly committee, not enacted). Subdivisions 9 and 10 are not amended by A2325; their text is the existing law as reprinted in S3270 of the same session")
assert G["A2325"]["old"] == VTL201_OLD, "A2325 old side must equal the existing law reprinted in S3270"

a5145 = P("A5145", "13. NOTWITHSTANDING", "STATE LAW.")
G["A5145"] = dict(old=VTL201_OLD, new=VTL201_OLD + "\n" + a5145,
    name="New York Vehicle and Traffic Law sec. 201 subdivisions 9, 10 and 12(a) (existing law as reprinted in S3270, 2023-2024 session) and the new subdivision 13 that Assembly Bill A5145 (2023-2024 session, Asm. Gray; in Assembly committee, not enacted) would add to sec. 201. Subdivision 11 and paragraphs (b)-(c) of subdivision 12 are not in the passage (not printed in either bill); 13 follows them in the section")

a636 = P("A636", "(ii) The respondent", "judicial proceeding.")
A636_INS = [" AN OFFICER MAKING AN ARREST UNDER THIS SUBPARAGRAPH SHALL NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE PERSON WHOM THE ORDER PROTECTS. IF SUCH STATUS IS ASCERTAINED AND WOULD RESULT IN ADVERSE IMMIGRATION CONSEQUENCES TO SUCH PERSON, THE OFFICER SHALL NOT REPORT SUCH INFORMATION TO ANY LOCAL, STATE OR FEDERAL LAW ENFORCEMENT AGENCY.",
            " THE OFFICER SHALL ALSO NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE VICTIM; NOR SHALL SUCH OFFICER, IF INFORMED OF SUCH STATUS, REPORT SUCH INFORMATION TO ANY LOCAL, STATE OR FEDERAL LAW ENFORCEMENT AGENCY."]
genuine("A636", a636, A636_INS,
        "New York Criminal Procedure Law sec. 140.10(4)(b)(ii) and (4)(c) (mandatory arrest in family-offense cases), existing law vs. as proposed by Assembly Bill A636 (2023-2024 session, 'prohibits the disclosure of immigration status for victims of domestic violence'; in Assembly committee, not enacted)")

c16020 = P("A9167A", "§ 160.20 Fingerprinting", "STATE OF NEW YORK.")
genuine("A9167A_16020", c16020, ["(A) ", " OF THIS ARTICLE, the", "\n(B) IN THE EVENT"],
        "New York Criminal Procedure Law sec. 160.20 'Fingerprinting; forwarding of fingerprints', existing law vs. as proposed by Assembly Bill A9167-A (2023-2024 session, Asm. Gandolfo et al., amended Feb. 2024; in Assembly committee, not enacted; same text as Senate Bill S8533)",
        old_fix=[("section 160.10 OF THIS ARTICLE, the appropriate", "section 160.10, the appropriate")]) if False else None
# 160.20: the (B) paragraph is wholly new; build explicitly
_old = "§ 160.20 Fingerprinting; forwarding of fingerprints.\nUpon the taking of fingerprints of an arrested person or defendant as prescribed in section 160.10, the appropriate police officer or agency must without unnecessary delay forward two copies of such fingerprints to the division of criminal justice services."
_new = c16020
assert ny.editions(c16020.replace("(A) ", "").split("\n(B)")[0], [" OF THIS ARTICLE"])[0] == _old
G["A9167A_16020"] = dict(old=_old, new=_new,
    name="New York Criminal Procedure Law sec. 160.20 'Fingerprinting; forwarding of fingerprints', existing law vs. as proposed by Assembly Bill A9167-A (2023-2024 session, Asm. Gandolfo et al., amended Feb. 2024; in Assembly committee, not enacted; the same amendment is in Senate Bill S8533)")

c147 = P("A9167A", "§ 147. Noncitizen", "OR RELEASE.")
genuine("A9167A_147", c147, [" THE COMMISSIONER SHALL NOTIFY THE UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT AGENCY OF THE DISCHARGE, PAROLE OR RELEASE OF A NONCITIZEN INCARCERATED INDIVIDUAL AT LEAST FIVE DAYS PRIOR TO SUCH DISCHARGE, PAROLE OR RELEASE."],
        "New York Correction Law sec. 147 'Noncitizen incarcerated individuals of correctional facilities' (as amended by ch. 669 of 2022), existing law vs. as proposed by Assembly Bill A9167-A (2023-2024 session; in Assembly committee, not enacted)")

s3469a = P("S3469", "[NOVEL CORONAVIRUS", "or any successor legislation or entity.")
s3469a = s3469a.replace("\n§ 2. Section 2180 of the public health law, as amended by chapter 62 of the laws of 2021, subdivisions 12, 13, 14, 15, 16, 17, 18, 19, and 20 as added by chapter 829 of the laws of 2022, is amended to read as follows:", "")
s3469a = s3469a.replace("DISEASES;\nCONTACT TRACING", "DISEASES; CONTACT TRACING")
s3469b = P("S3469", "[COVID-19] COMMUNICABLE DISEASE contact tracing", "this title.")
S3469_INS = [" COMMUNICABLE DISEASES;", " COMMUNICABLE DISEASE case", " COMMUNICABLE DISEASE-RELATED", " A COMMUNICABLE DISEASE.", " A COMMUNICABLE DISEASE.", " COMMUNICABLE DISEASE contact", " TEN of"]
_t = s3469a + "\n...\n" + s3469b
_old = _t
for s in [" COMMUNICABLE DISEASES;", " COMMUNICABLE DISEASE case", " COMMUNICABLE DISEASE-RELATED", " COMMUNICABLE DISEASE contact", " TEN of"]:
    _old = _old.replace(s, {" COMMUNICABLE DISEASES;": ";", " COMMUNICABLE DISEASE case": " case", " COMMUNICABLE DISEASE-RELATED": "", " COMMUNICABLE DISEASE contact": " contact", " TEN of": " of"}[s])
_old = _old.replace(" A COMMUNICABLE DISEASE.", ".")
_old = _old.replace("[", "").replace("]", "").replace("\n[8.] 7.", "")
assert _old.count("NOVEL CORONAVIRUS, COVID-19; CONTACT TRACING") == 1
_old = _old.replace("NOVEL CORONAVIRUS, COVID-19; CONTACT TRACING", "NOVEL CORONAVIRUS, COVID-19 CONTACT TRACING")  # the ';' is new matter
_new = re.sub(r"\[[^\]]*\]\s?", "", _t, flags=re.S)
_new = _new.replace("6. \"Immigration", "6. \"Immigration")
G["S3469"] = dict(old=_old, new=_new,
    name="New York Public Health Law title 8 of article 21 (contact tracing, added 2020): title heading, sec. 2180 subdivisions 1-7 (definitions, as amended 2021/2022) and sec. 2181 heading and subdivision 5, existing law vs. as proposed by Senate Bill S3469 (2023-2024 session, 'expands confidentiality requirements for communicable disease contact tracing'; in Senate committee, not enacted). The passage stops after the 'Immigration authority' definition; '...' marks the sec. 2181 subdivisions 1-4 left out of both sides (not printed in the bill)")

a6705 = P("A6705", "(m) Encourage", "relevant information.")
genuine("A6705", a6705, ["\n(n) ASSIST STATE AGENCIES IN THE PREPARATION OF GUIDANCE TO BE DISSEMINATED TO FACILITIES AND PROGRAMS OVERSEEN BY SUCH AGENCIES CONCERNING INQUIRIES FROM FEDERAL IMMIGRATION AUTHORITIES SEEKING ACCESS TO INDIVIDUALS RESIDING OR PARTICIPATING IN SUCH FACILITIES OR PROGRAMS, OR TO RECORDS OR OTHER INFORMATION REGARDING SUCH PERSONS; AND"],
        "New York Executive Law sec. 94-b(5) paragraphs (m)-(n) (duties of the Office for New Americans, added by ch. 206 of 2014), existing law vs. as proposed by Assembly Bill A6705 (2023-2024 session, 'guidance to facilities and programs overseen by state agencies on interactions with federal immigration authorities'; in Assembly committee, not enacted)",
        old_fix=[("(O) Beginning", "(n) Beginning")])

s5244 = P("S5244", "8. Non-commercial drivers", "ALTERNATIVE FORMS OF identification.")
S5244_8A = s5244[s5244.index("\n8-A. DRIVING"):s5244.index("\n(b) Applicants")]
genuine("S5244", s5244, [S5244_8A, " DRIVING PRIVILEGE", " DRIVING PRIVILEGE", " DRIVING PRIVILEGE", " DRIVING PRIVILEGE", " DRIVING PRIVILEGE", " DRIVING PRIVILEGE",
                          " APPLIED FOR WITH ALTERNATIVE FORMS OF IDENTIFICATION", " APPLIED FOR WITH ALTERNATIVE FORMS OF", " APPLIED FOR WITH ALTERNATIVE FORMS OF", " APPLIED FOR WITH ALTERNATIVE FORMS OF", " APPLIED FOR WITH ALTERNATIVE FORMS OF"],
        "New York Vehicle and Traffic Law sec. 502(8) (standard non-federal licenses, added by ch. 37 of 2019, the 'Green Light' law), existing law vs. as proposed by Senate Bill S5244 (2023-2024 session, 'driving privilege licenses'; in Senate committee, not enacted)")

a4423_full = ny.body("A4423")
_i = a4423_full.index("  (A)  Discretionary  release"); _j = a4423_full.index("mentally or physically incapacitated;", _i) + len("mentally or physically incapacitated;")
a4423 = ny.paragraphs(a4423_full[_i:_j])
genuine("A4423", a4423, [", RULES AND REGULATIONS INCORPORATING RISK AND NEEDS PRINCIPLES", " IF NOT ALREADY TAKEN INTO ACCOUNT BY THE RISK AND NEEDS ASSESSMENT"],
        "New York Executive Law sec. 259-i(2)(c)(A) (parole release factors, as amended by ch. 322 of 2021), opening through factor (v), existing law vs. as proposed by Assembly Bill A4423 (2023-2024 session, 'risk and needs principles in parole decisions'; not enacted); both sides cut after factor (v)")

a9097_full = ny.body("A9097")
a9097 = ny.paragraphs(ny.chunk("A9097", "State board of [parole] RE-ENTRY; functions", "classification and commitment;"))
genuine("A9097", a9097, [" RE-ENTRY", " RE-ENTRY", " RE-ENTRY", " RE-ENTRY", " RE-ENTRY", " CHAIRPERSON"],
        "New York Executive Law sec. 259-c (State board of parole; functions, powers and duties): heading, opening words and subdivisions 4, 12 and 13, existing law vs. as proposed by Assembly Bill A9097 (2023-2024 session, 'renames the state board of parole'; not enacted)")

# ---- real passages used for constructed edits
a5686 = ny.body("A5686")
def nyfa(start, end):
    return fix_sections(ny.paragraphs(ny.chunk("A5686", start, end)))
NYFA = "New York Assembly Bill A5686 (2023-2024 session, 'New York for All', introduced March 21, 2023; identical text in Senate Bill S987; not enacted), proposed Criminal Procedure Law article 145"
R["NYFA_A"] = (nyfa("§ 145.05 DUTIES", "ANY OTHER INFORMATION AVAILABLE TO POLICE OFFICERS, PEACE OFFICERS, OR SCHOOL RESOURCE OFFICERS THROUGH OR AS A RESULT OF SUCH EMPLOYMENT AS A POLICE OFFICER, PEACE OFFICER, OR SCHOOL RESOURCE OFFICER."), NYFA + ", sections 145.05-145.25")
R["NYFA_C"] = (nyfa("§ 145.30 TRANSFER", "INTERVIEWED, INTERROGATED, INVESTIGATED, OR TAKEN INTO CUSTODY."), NYFA + ", sections 145.30-145.40")
R["NYFA_D"] = (nyfa("§ 145.45 WRITTEN", "28 USC § 631."), NYFA + ", sections 145.45-145.55")
R["NYFA_DEF"] = (ny.paragraphs(ny.chunk("A5686", '46.  "IMMIGRATION AUTHORITIES"', "CENTER DATABASE.")),
                 "New York Assembly Bill A5686 (2023-2024 session, 'New York for All'; identical text in S987; not enacted), section 1: proposed Criminal Procedure Law sec. 1.20 subdivisions 46-50 (definitions)")
R["VTL201"] = (VTL201_OLD, "New York Vehicle and Traffic Law sec. 201 subdivisions 9, 10 and 12(a) (existing law as reprinted in Senate Bill S3270, 2023-2024 session, with that bill's proposed insertions left out)")
R["CPL14010"] = (G["A636"]["new"], "New York Criminal Procedure Law sec. 140.10(4)(b)(ii) and (4)(c) as proposed by Assembly Bill A636 (2023-2024 session; not enacted)")
