"""Real passages and genuine editions for heldout13.

Every text here is either (a) read from a raw file in build/raw/ and normalised by the functions
below, or (b) written out by hand from a stored copy and checked against raw/bills.py or the raw
page excerpts in raw/pages.py with `must_contain` (whitespace-insensitive).  Normalisation never
changes a policy word; it is listed in SOURCE.md.
"""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "raw"))
import bills, pages  # noqa: E402

def squash(s):
    return re.sub(r"\s+", " ", s).strip()

def must_contain(raw, piece, name=""):
    """Assert that `piece` (whitespace-insensitive) occurs in `raw`."""
    assert squash(piece) in squash(raw), (name, piece[:120])

# ---------------------------------------------------------------- U.S. Code (codexstanford mirror)
def usc(chunk):
    """Body of one subsection from github.com/codexstanford/markdonw-chunck-of-the-usa-code
    (commit 66d0b20a5e0521c0ffa33fe40368e4148bff046b, 2023-04-20, chuncks/title-08/chunck-NNN.md).
    Normalisation: markdown heading marks dropped; the subsection heading kept as its first line;
    blank lines between paragraphs collapsed to one line break; the mirror's space before a comma
    or period after a cross-reference ("of this title ,") removed."""
    t = open(os.path.join(HERE, "raw", "usc", "chunck-%s.md" % chunk), encoding="utf-8").read()
    lines = [l.strip() for l in t.splitlines()]
    out = []
    for l in lines:
        if not l or l.startswith("# ") or l.startswith("### ") or l.startswith("#### "):
            continue
        if l.startswith("##### "):
            l = l[6:]
        out.append(l)
    s = "\n".join(out)
    s = s.replace(" ,", ",").replace(" .", ".")
    s = s.replace("\u202f", " ") if "\u202f 1 to" not in s else s
    return s

# 8 U.S.C. 1226(a) and (c)
USC1226A = usc("301")
USC1226C = usc("303")
# The mirror prints the statute's footnote marker as "sentence  1 to" (the Code's footnote
# "So in original. Probably should be 'sentenced'."); the marker is dropped.  It also runs the
# flush language after subparagraph (D) into (D); it is put on its own line, as the Code prints it.
USC1226C = USC1226C.replace("sentence\u202f 1 to", "sentence to")
USC1226C = USC1226C.replace("of this title, when the alien is released,",
                            "of this title,\nwhen the alien is released,")
# 8 U.S.C. 1357(a), (d), (g)
USC1357A = usc("540")
USC1357D = usc("543").replace("to detain the alien, the officer or employee",
                              "to detain the alien,\nthe officer or employee")
USC1357G = usc("546")
# 8 U.S.C. 1373(a)-(c), 1252c(a)-(b)
USC1373 = "\n".join([usc("612"), usc("613"), usc("614")])
USC1252C = "\n".join([usc("363"), usc("364")]).replace(
    "after such conviction, but only after", "after such conviction,\nbut only after")

def paras(text, first, last=None):
    """Lines of `text` from the one starting with `first` up to (not including) the one starting
    with `last`."""
    ls = text.split("\n")
    i = next(k for k, l in enumerate(ls) if l.startswith(first))
    j = len(ls) if last is None else next(k for k, l in enumerate(ls) if k > i and l.startswith(last))
    return "\n".join(ls[i:j])

# ---------------------------------------------------------------- genuine editions
# HN-01: 8 U.S.C. 1226(c)(1)-(2) before and after the Laken Riley Act (P.L. 119-1, sec. 2).
LRA_E = ("(E)(i) is inadmissible under paragraph (6)(A), (6)(C), or (7) of section 212(a); and\n"
         "(ii) is charged with, is arrested for, is convicted of, admits having committed, or admits "
         "committing acts which constitute the essential elements of any burglary, theft, larceny, "
         "shoplifting, or assault of a law enforcement officer offense, or any crime that results in "
         "death or serious bodily injury to another person,")
LRA_DEF = ("(2) Definition\nFor purposes of paragraph (1)(E), the terms \u201cburglary\u201d, \u201ctheft\u201d, "
           "\u201clarceny\u201d, \u201cshoplifting\u201d, \u201cassault of a law enforcement officer\u201d, and "
           "\u201cserious bodily injury\u201d have the meanings given such terms in the jurisdiction in "
           "which the acts occurred.")
LRA_DET = ("(3) Detainer\nThe Secretary of Homeland Security shall issue a detainer for an alien "
           "described in paragraph (1)(E) and, if the alien is not otherwise detained by Federal, "
           "State, or local officials, shall effectively and expeditiously take custody of the alien.")
for piece in [LRA_E.replace("\n", " "), "have the meanings given such terms in the jurisdiction in which the acts occurred.",
              "The Secretary of Homeland Security shall issue a detainer for an alien described in paragraph (1)(E) and, if the"]:
    must_contain(bills.S5_ENR_SEC2.replace("``", "").replace("''", ""), piece, "LRA")
must_contain(bills.S149_SEC2_DETAINER, "if the alien is not otherwise detained by Federal, State, or local officials, shall effectively and expeditiously take custody of the alien.", "S149")

def _lra_new(old):
    s = old
    s = s.replace("at least 1 year, or\n(D)", "at least 1 year,\n(D)")              # (1)(A) strike "or"
    s = s.replace("of this title,\nwhen the alien is released", "of this title, or\n" + LRA_E + "\nwhen the alien is released")  # (1)(B),(C)
    s = s.replace("\n(2) Release\n", "\n" + LRA_DEF + "\n" + LRA_DET + "\n(4) Release\n")  # (2),(3)
    assert s != old and s.count("(4) Release") == 1
    return s
HN01_OLD = USC1226C
HN01_NEW = _lra_new(USC1226C)

# HN-02: H.R. 29 (House text) sec. 2 vs S. 5 as enrolled (P.L. 119-1) sec. 2.
HN02_OLD = """SEC. 2. DETENTION OF CERTAIN ALIENS WHO COMMIT THEFT.
Section 236(c) of the Immigration and Nationality Act (8 U.S.C. 1226(c)) is amended\u2014
(1) in paragraph (1)\u2014
(A) in subparagraph (C), by striking "or";
(B) in subparagraph (D), by striking the comma at the end and inserting ", or"; and
(C) by inserting after subparagraph (D) the following:
(E)(i) is inadmissible under paragraph (6)(A), (6)(C), or (7) of section 212(a), and
(ii) is charged with, is arrested for, is convicted of, admits having committed, or admits committing acts which constitute the essential elements of any burglary, theft, larceny, or shoplifting offense,
(2) by redesignating paragraph (2) as paragraph (4); and
(3) by inserting after paragraph (1) the following:
(2) Definition.\u2014For purposes of paragraph (1)(E), the terms "burglary", "theft", "larceny", and "shoplifting" have the meaning given such terms in the jurisdiction where the acts occurred.
(3) Detainer.\u2014The Secretary of Homeland Security shall issue a detainer for an alien described in paragraph (1)(E) and, if the alien is not otherwise detained by Federal, State, or local officials, shall effectively and expeditiously take custody of the alien."""
HN02_NEW = """SEC. 2. DETENTION OF CERTAIN ALIENS WHO COMMIT THEFT.
Section 236(c) of the Immigration and Nationality Act (8 U.S.C. 1226(c)) is amended\u2014
(1) in paragraph (1)\u2014
(A) in subparagraph (C), by striking "or";
(B) in subparagraph (D), by striking the comma at the end and inserting ", or"; and
(C) by inserting after subparagraph (D) the following:
(E)(i) is inadmissible under paragraph (6)(A), (6)(C), or (7) of section 212(a); and
(ii) is charged with, is arrested for, is convicted of, admits having committed, or admits committing acts which constitute the essential elements of any burglary, theft, larceny, shoplifting, or assault of a law enforcement officer offense, or any crime that results in death or serious bodily injury to another person,
(2) by redesignating paragraph (2) as paragraph (4); and
(3) by inserting after paragraph (1) the following:
(2) Definition.\u2014For purposes of paragraph (1)(E), the terms "burglary", "theft", "larceny", "shoplifting", "assault of a law enforcement officer", and "serious bodily injury" have the meanings given such terms in the jurisdiction in which the acts occurred.
(3) Detainer.\u2014The Secretary of Homeland Security shall issue a detainer for an alien described in paragraph (1)(E) and, if the alien is not otherwise detained by Federal, State, or local officials, shall effectively and expeditiously take custody of the alien."""
_hr29 = bills.HR29_SEC2.replace(" - ", " ").replace("(3) Definition by", "(3) by").replace("(E)\n(i)", "(E)(i)")
_s5 = bills.S5_ENR_SEC2.replace("``", "\"").replace("''", "\"").replace("`", "\"").replace("'", "\"").replace("--", "\u2014")
for line in HN02_OLD.split("\n")[1:]:
    must_contain(_hr29.replace("Definition.\u2014", "Definition ").replace("Detainer.\u2014", "Detainer "),
                 line.replace("Definition.\u2014", "Definition ").replace("Detainer.\u2014", "Detainer "), "HR29")
for line in HN02_NEW.split("\n")[1:-1]:
    must_contain(_s5.replace("\"", ""), line.replace("\"", ""), "S5")

# HN-03: 8 U.S.C. 1373(a)-(c) vs as H.R. 5825 (114th) would amend it.
HN03_OLD = USC1373
def _hr5825(s):
    s = s.replace("Immigration and Naturalization Service", "Department of Homeland Security")   # (1)
    s = s.replace("government entity or official may not prohibit", "government entity or official shall not prohibit")  # (2)
    s = s.replace("no person or agency may prohibit", "a person or agency shall not prohibit")   # (3)(A)
    s = s.replace("doing any of the following with respect to information", "undertaking any of the following law enforcement activities")  # (3)(B)
    old_items = paras(s, "(1) Sending", "(c)")
    new_items = ("(1) Notifying the Federal Government regarding the presence of inadmissible and deportable aliens "
                 "who are encountered by law enforcement personnel of a State or political subdivision of a State.\n"
                 "(2) Complying with requests for information from Federal law enforcement.")
    return s.replace(old_items, new_items)                                                       # (4)
HN03_NEW = _hr5825(USC1373)
for piece in ["Notifying the Federal Government regarding the presence of inadmissible and deportable aliens who are encountered by law enforcement personnel of a State or political subdivision of a State.",
              "Complying with requests for information from Federal law enforcement.",
              "undertaking any of the following law enforcement activities", "a person or agency shall not"]:
    must_contain(bills.HR5825_SEC2.replace(")", ") "), piece, "HR5825")

# HN-04 / HN-05 / HN-14: proposed texts of 1373(a)-(b)
HR3003_A = ("(a) In general\nNotwithstanding any other provision of Federal, State, or local law, no Federal, State, or local "
            "government entity, and no individual, may prohibit or in any way restrict, a Federal, State, or local government "
            "entity, official, or other personnel from complying with the immigration laws (as defined in section 101(a)(17) "
            "of the Immigration and Nationality Act (8 U.S.C. 1101(a)(17))), or from assisting or cooperating with Federal law "
            "enforcement entities, officials, or other personnel regarding the enforcement of these laws.")
HR3003_B = ("(b) Law enforcement activities\nNotwithstanding any other provision of Federal, State, or local law, no Federal, "
            "State, or local government entity, and no individual, may prohibit, or in any way restrict, a Federal, State, or "
            "local government entity, official, or other personnel from undertaking any of the following law enforcement "
            "activities as they relate to information regarding the citizenship or immigration status, lawful or unlawful, "
            "the inadmissibility or deportability, or the custody status, of any individual:\n"
            "(1) Making inquiries to any individual in order to obtain such information regarding such individual or any other individuals.\n"
            "(2) Notifying the Federal Government regarding the presence of individuals who are encountered by law enforcement "
            "officials or other personnel of a State or political subdivision of a State.\n"
            "(3) Complying with requests for such information from Federal law enforcement entities, officials, or other personnel.")
must_contain(bills.HR3003_RDS_OPENING.replace("In general", "In general "), HR3003_A.split("\n")[1], "HR3003a")
must_contain(bills.HR3003_RDS_OPENING, HR3003_B.split("\n")[1].split(" status, of any individual:")[0], "HR3003b")
for l in HR3003_B.split("\n")[1:]:
    must_contain(bills.HR3003_WEEKINCONGRESS_QUOTE.replace("\"", ""), l, "HR3003quote")

HR1680_A = ("(a) In general\nNotwithstanding any other provision of Federal, State, or local law, no Federal, State, or local "
            "government entity, and no individual, may prohibit or in any way restrict, a Federal, State, or local government "
            "entity, official, or other personnel from complying with the immigration laws and policies of the United States "
            "or from assisting or cooperating with Federal law enforcement entities, officials, or other personnel regarding "
            "the enforcement of the immigration laws.")
HR1680_B = ("(b) Law enforcement activities\nNotwithstanding any other provision of Federal, State, or local law, no Federal, "
            "State, or local government entity, and no individual, may prohibit, or in any way restrict, a Federal, State, or "
            "local government entity, official, or other personnel from undertaking any of the following law enforcement "
            "activities with respect to information regarding the citizenship or immigration status, lawful or unlawful, "
            "the inadmissibility or deportability, or the custody status, of any individual:\n"
            "(1) Making inquiries to any individual in order to obtain such information regarding such individual or any other "
            "individuals reasonably suspected of being involved in a crime.\n"
            "(2) Notifying the Federal Government regarding the presence of individuals reasonably suspected of being involved "
            "in a crime who are encountered by law enforcement officials or other personnel of a State or political subdivision of a State.\n"
            "(3) Complying with requests for such information from Federal law enforcement entities, officials, or other personnel.")
for l in (HR1680_A + "\n" + HR1680_B).split("\n"):
    if not l.startswith("(a) In general") and not l.startswith("(b) Law"):
        must_contain(bills.HR1680_SEC3, l, "HR1680")
USC1373_AB = paras(USC1373, "(a) In general", "(c)")
USC1373_C = paras(USC1373, "(c)")
HR1680_C = USC1373_C.replace("The Immigration and Naturalization Service shall", "The Department of Homeland Security shall")

# HN-06: 1357(d) vs H.R. 1680 sec. 4
HR1680_D = """(d) Detainer of inadmissible or deportable aliens
(1) In general
In the case of an individual who is arrested by any Federal, State, or local law enforcement official or other personnel for the alleged violation of any criminal or motor vehicle law, the Secretary may issue a detainer regarding the individual to any Federal, State, or local law enforcement entity, official, or other personnel if the Secretary has probable cause to believe that the individual is an inadmissible or deportable alien.
(2) Probable cause
The Secretary may establish proabable cause if\u2014
(A) the individual who is the subject of the detainer matches, pursuant to biometric confirmation or other Federal database records, the identity of an alien who the Secretary has reasonable grounds to believe to be inadmissible or deportable;
(B) the individual who is the subject of the detainer is the subject of ongoing removal proceedings, including matters where a charging document has already been served;
(C) the individual who is the subject of the detainer has previously been ordered removed from the United States and such an order is administratively final;
(D) the individual who is the subject of the detainer has made voluntary statements or provided reliable evidence that indicate that they are an inadmissible or deportable alien; or
(E) the Secretary otherwise has probable cause to believe that the individual who is the subject of the detainer is an inadmissible or deportable alien.
(3) Transfer of custody
If the Federal, State, or local law enforcement entity, official, or other personnel to whom a detainer is issued complies with the detainer and detains the individual who is the subject of the detainer for purposes of transfer of custody to the Department of Homeland Security, the Department may take custody of the individual within 48 hours (excluding weekends and holidays), but in no instance more than 96 hours, following the date that the individual is otherwise to be released from the custody of the relevant Federal, State, or local law enforcement entity."""
must_contain(bills.HR1680_SEC4, HR1680_D, "HR1680d")

# HN-07: 1357(g) vs PROTECT Immigration Act draft
PROTECT_G = ("(g) Except as provided in paragraphs (10) and (11) of section 103(a), in section 274(c), and in section 439 "
             "of the Antiterrorism and Effective Death Penalty Act of 1996 (8 U.S.C. 1252c), the authority to inquire about or "
             "verify immigration or citizenship status and to investigate, apprehend, arrest, or detain an individual for a "
             "violation of this Act or any regulation authorized by this Act is restricted to immigration officers and "
             "authorized employees of the Department of Homeland Security and subject to limits set forth in other provisions of law.")
_protect = re.sub(r"(^|\n)\d+ ", " ", bills.PROTECT_SEC1).replace("re- stricted", "restricted").replace("re-\n", "re")
must_contain(_protect.replace("re- ", "re"), PROTECT_G, "PROTECT")

# HN-08 / HN-09 / HN-13 / HN-15: 287(g) Program Protection Act texts
S2401_1 = """(1)(A) Notwithstanding section 1342 of title 31, United States Code, the Secretary of Homeland Security shall enter into a written agreement with a State, or any political subdivision of a State, upon request of the State or political subdivision, pursuant to which law enforcement officers of such State or subdivision, who the Secretary determines are qualified to perform a function of an immigration officer in relation to the investigation, apprehension, or detention of aliens in the United States (including the transportation of such aliens across State lines to detention centers), may carry out such function at the expense of the State or political subdivision.
(B) All requests described in subparagraph (A) from a bona fide State or political subdivision or a bona fide law enforcement agency shall be approved absent a compelling reason. If the Secretary denies a request described in subparagraph (A), the Secretary, not later than 180 days before finalizing such denial, shall\u2014
(i) submit to Congress an explanation containing the reasons for denying such request; and
(ii) publish such explanation in the Federal Register.
(C) The Secretary may not place any limit on the number of agreements that may be approved under this subsection. The Secretary shall process each request for such an agreement as expeditiously as possible and never later than the date that is 90 days after the date on which the request is received.
(D) In this subsection, any reference to a political subdivision shall be construed to include any law enforcement or corrections agency of such political subdivision."""
must_contain(bills.S2401_SEC2.replace("(1) (A)", "(1)(A)"), S2401_1, "S2401")
USC1357G_1 = paras(USC1357G, "(1) Notwithstanding", "(2)")
HR756_1 = USC1357G_1.split("the Attorney General may enter")[0] + bills.HR756_SEC2_1.split("inserting the following: ")[1].rstrip(" ;")
S2401_NEW_2_4 = """(2) An agreement under this subsection shall accommodate a requesting State or political subdivision with respect to the enforcement model or combination of models, and shall accommodate a patrol model, task force model, jail model, any combination thereof, or any other reasonable model the State or political subdivision believes is best suited to the immigration enforcement needs of its jurisdiction.
(3) No Federal program or technology directed broadly at identifying inadmissible or deportable aliens shall substitute for such agreements, including those establishing a jail model, and shall operate in addition to any agreement under this subsection.
(4)(A) No agreement under this subsection may be terminated absent a compelling reason.
(B)(i) The Secretary shall provide a State or political subdivision written notice of intent to terminate at least 180 days prior to date of intended termination, and the notice shall fully explain the grounds for termination, along with providing evidence substantiating the Secretary\u2019s allegations.
(ii) In order to determine whether the requirements of this paragraph have been satisfied, the State or political subdivision shall have the right\u2014
(I) to appeal the decision of the Secretary to an administrative law judge for a hearing and decision; or
(II) to bring a civil action in an appropriate court of jurisdiction.
(C) The agreement shall remain in full effect during the course of any and all legal proceedings."""
must_contain(bills.S2401_SEC2.replace("(4) (A)", "(4)(A)").replace("(B) (i)", "(B)(i)"), S2401_NEW_2_4, "S2401b")
S2401_TRAINING = ("The Secretary of Homeland Security shall implement uniform training requirements for law enforcement officers who are, "
                  "or will be, performing a function of an immigration officer authorized under this subsection. The training "
                  "requirements shall align with Federal Law Enforcement Training Center standards for training under this subsection "
                  "(as in effect on the date of the enactment of the 287(g) Program Protection Act).")
must_contain(bills.S2401_SEC2.replace("Act )", "Act)"), S2401_TRAINING, "S2401c")

# HN-10: H.R. 8077 new (10)
HR8077_10 = ("(10)(A) Any State or political subdivision of a State that maintains a law enforcement agency that, not later than "
             "180 days after the date of enactment of the 287(g) Cooperation Act of 2026, has not entered into a written memorandum "
             "of agreement with the Secretary of Homeland Security under this subsection is ineligible to apply for or receive any "
             "grant under the \u2018Community Oriented Policing Services\u2019 program or any successor program administered by the "
             "Department of Justice.\n(B) The Attorney General shall consult with the Secretary of Homeland Security to establish "
             "procedures for determining whether an agency has entered into such a memorandum of agreement before approving the "
             "award of any grant under the Community Oriented Policing Services program.")
must_contain(bills.HR8077_SEC2.replace("(10) (A)", "(10)(A)"), HR8077_10, "HR8077")

# HN-11: 1357(a) vs H.R. 6397 sec. 9(b)
HR6397_A = """(a) In general
Any officer or employee of the Department of Homeland Security authorized under regulations prescribed by the Secretary of Homeland Security shall have power without warrant\u2014
(1) to interrogate any alien or person believed to be an alien as to the person\u2019s right to be or to remain in the United States, provided that such interrogation is not based on the person\u2019s race, ethnicity, national origin, religion, sexual orientation, color, spoken language, or English language proficiency; and
(2) to arrest any alien who, in the presence or view of the officer or employee, is entering or attempting to enter the United States in violation of any law or regulation made pursuant to law regulating the admission, exclusion, expulsion, or removal of aliens, or to arrest any alien in the United States, if\u2014
(A) the officer or employee has probable cause to believe that\u2014
(i) the alien is in the United States in violation of any such law or regulation; and
(ii) is likely to escape before a warrant can be obtained for the arrest of the alien;
(B) the officer or employee has reason to believe that the alien would knowingly and willfully fail to appear in immigration court in response to a properly served notice to appear; and
(C) not later than 48 hours after being taken into custody, the alien is provided with a hearing before an immigration judge to determine whether there was probable cause for such arrest, including probable cause to believe that the alien would have knowingly and willfully failed to appear as required under subparagraph (B) if the alien had not been arrested, which burden to establish probable cause shall be on the Department of Homeland Security;"""
must_contain(bills.HR6397_SEC9B, HR6397_A.split("\n", 1)[1], "HR6397b")
USC1357A_1_3 = paras(USC1357A, "(a) Powers without warrant", "(4)")

# HN-12: 1226(a) vs H.R. 6397 sec. 9(a)
HR6397_236A = """(a) Arrest, detention, and release
(1) In general
On a warrant issued by an immigration judge, or pursuant to section 287(a)(2), the Secretary of Homeland Security may arrest an alien, and in accordance with this section, detain the alien or release the alien on bond, subject to conditions, or recognizance, pending a decision on whether the alien is to be removed from the United States.
(2) Exemption for unaccompanied alien children
(A) In general
This section shall not apply to unaccompanied alien children (as defined in section 462(g)(2) of the Homeland Security Act of 2002 (6 U.S.C. 279(g)(2))).
(B) Transfer of custody
Any unaccompanied alien child in the custody of the Secretary of Homeland Security shall be transferred to the custody of the Secretary of Health and Human Services pursuant to section 235(b)(3) of the William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008 (8 U.S.C. 1232(b)(3))."""
must_contain(bills.HR6397_SEC9A_OPENING.replace("( ", "(").replace(" )", ")"), HR6397_236A, "HR6397a")

# ---------------------------------------------------------------- real passages for constructed pairs
# Indiana S.B. 76 (2026), introduced version: proposed IC 5-2-18.2-1.7, -4, -9, -10.
INDIANA_SB76 = """Sec. 1.7. As used in this chapter, "immigration detainer request" means a request issued by an authorized immigration officer to a law enforcement agency to detain an individual pursuant to 8 CFR 287.7.
Sec. 4. A governmental body or a postsecondary educational institution may not limit or restrict the enforcement of federal immigration laws, regardless of whether the enforcement is carried out by a federal, state, or local law enforcement agency, to less than the full extent permitted by federal law.
Sec. 9. (a) Except as provided in subsection (b), a governmental body that has custody of an individual who is the subject of an immigration detainer request shall:
(1) provide to the judge authorized to grant or deny the individual's release on bail under IC 35-33-8-3.2 notice that the individual is subject to an immigration detainer request;
(2) record in the individual's case file that the individual is subject to an immigration detainer request;
(3) comply with all requests made in the immigration detainer request; and
(4) inform the individual that the individual is being held pursuant to an immigration detainer request issued by an authorized immigration officer.
(b) If an individual who is the subject of an immigration detainer request presents to the governmental body a United States passport or a birth certificate issued in the United States, the governmental body shall contact the authorized immigration officer to determine whether the individual is a citizen of the United States.
Sec. 10. A judge who receives notice under section 9 of this chapter that an individual is subject to an immigration detainer request shall ensure that the notice of the immigration detainer request is recorded in the court's record, regardless of whether the notice was received before or after a judgment in a case."""
for l in INDIANA_SB76.split("\n"):
    must_contain(pages.INDIANA_SB76_INTR, l, "IN")

USC1252C_TEXT = USC1252C

HR1680_DG = """(d) Government Involvement in Immigration Detention
Not withstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may in any way restrict a Federal, State, or local government entity, official, or other personnel from\u2014
(1) entering into an agreement for the detention of individuals in an immigration detention facility that is owned, managed, or operated by a private entity;
(2) selling any government-owned property for the purpose of establishing an immigration detention facility that is or will be owned, managed, or operated by a private entity;
(3) paying any costs related to the sale, purchase, construction, development, ownership, management, or operation of an immigration detention facility that is or will be owned, managed, or operated by a private entity; or
(4) receiving any payment related to the detention of individuals in an immigration detention facility that is owned, managed, or operated by a private entity.
(f) Compliance
(1) Annual determination
The Secretary of Homeland Security shall determine, for each calendar year, which States or local government entities are not in compliance with subsection (a) or (b) or (d) and shall report such determinations to Congress by March 1 of each succeeding calendar year.
(2) Reports
The Secretary shall issue a report concerning the compliance with subsections (a) and (b) of any particular State or local government entity at the request of the Committee on the Judiciary of the House of Representatives or the Committee on the Judiciary of the Senate.
(g) Construction
Nothing in this section shall require law enforcement officials from States, or from local government entities, to report or arrest victims of or witnesses to a criminal offense."""
for l in HR1680_DG.split("\n"):
    if not re.match(r"^\([a-g0-9]\) [A-Z][a-z]+( [A-Za-z]+)*$", l):
        must_contain(bills.HR1680_SEC3, l, "HR1680dg")

KERMAN_AR = """Responding to Requests for Information
Unless authorized by the Family Educational Rights and Privacy Act pursuant to 20 USC 1232g, student information shall not be disclosed to immigration law enforcement authorities without parental consent, a court order, or judicial subpoena. The Superintendent or designee shall annually notify parents/guardians that the District will not release student information to third parties for immigration enforcement purposes, unless the parent/guardian consents or as required to do so by a court order or judicial subpoena.
(cf. 1340 - Access to District Records)
(cf. 3580 - District Records)
(cf. 5125 - Student Records)
(cf. 5125.1 - Release of Directory Information)
Upon receiving any verbal or written request for information related to a student's or family's immigration or citizenship status, District staff shall:
1. Notify the Superintendent or designee about the information request
2. Provide students and families with appropriate notice and a description of the immigration officer's request
3. Document any request for information by immigration authorities
4. Provide students and parents/guardians with any documents provided by the immigration enforcement officer, unless such disclosure is prohibited by a subpoena served on the District or in cases involving investigations of child abuse, neglect, or dependency
(cf. 5141.4 - Child Abuse Prevention and Reporting)
Resources and data collected by the District shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination. (Government Code 8310.3)"""
for l in KERMAN_AR.split("\n"):
    must_contain(pages.KERMAN_AR_5145_13, re.sub(r"^\d\. ", "1. ", l), "KERMAN")

HR5826_SEC2 = """2. Clarifying the authority of ICE detainers
(a) In general
Except as otherwise provided by Federal law or rule of procedure, the Secretary shall execute all lawful writs, process, and orders issued under the authority of the United States, and shall command all necessary assistance to execute the Secretary\u2019s duties.
(b) State and local cooperation with DHS detainers
A State, or a political subdivision of a State, that has in effect a statute or policy or practice providing that it not comply with any Department of Homeland Security detainer ordering that it temporarily hold an alien in their custody so that the alien may be taken into Federal custody, or transport the alien for transfer to Federal custody, shall not be eligible to receive\u2014
(1) any of the funds that would otherwise be allocated to the State or political subdivision under section 241(i) of the Immigration and Nationality Act (8 U.S.C. 1231(i)) or the Cops on the Beat program under part Q of title I of the Omnibus Crime Control and Safe Streets Act of 1968 (42 U.S.C. 3796dd et seq.); or
(2) any other law enforcement or Department grant."""
for l in HR5826_SEC2.split("\n"):
    must_contain(pages.HR5826_IH.replace(")", ") ").replace("2.Clarifying", "2. Clarifying"), l.replace(")", ") "), "HR5826")

SURPRISE_OPS14 = """I. PURPOSE
The purpose of this policy is to provide guidelines for the management of contacts with persons and investigations into issues related to immigration enforcement. The goal of the Department is to ensure the safety of all residents of Surprise.
II. POLICY
The policy of the Surprise Police Department is to conduct all immigration enforcement activities in a manner consistent with federal and state laws regulating immigration and protecting the civil rights, privileges and immunities of all persons.
Officers should be aware that the enforcement of state and federal laws related to immigration is a complex effort requiring the cooperation of multiple agencies and the consideration of multiple facts and circumstances. Officers are encouraged to contact supervisors when necessary. If at any time, in the sound judgment of an officer, the officer believes that deviation from this policy is appropriate, the officer should contact a supervisor."""
for l in SURPRISE_OPS14.split("\n"):
    must_contain(pages.SURPRISE_OPS14.replace("<br />", " "), l, "SURPRISE")

NOCCCD = """NOCCCD employees shall not release to U.S. Immigration Officers or to any person, any personally identifiable student information related to immigration status, or provide access to documents or information about NOCCCD students without a judicial warrant, subpoena or court order, unless authorized by the student or required by law.
To protect students' privacy rights, all employees are to follow the District Protocol for Immigration-Related Requests when responding to immigration-related inquiries from ICE or other law enforcement agencies. Sample of valid warrants are included in the printable policy document.
The District\u2019s protocol is applicable to any request for information or access to students or to student records from 1) U.S. immigration officials and, 2) any governmental or private person or entity when the request involves an immigration related matter."""
for l in NOCCCD.split("\n"):
    must_contain(pages.NOCCCD, l, "NOCCCD")
