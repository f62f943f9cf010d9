import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sources import G, R, REPO
from lib import apply, pair_label, check
PAIRS = []
COMMIT = "df793e5d9b"  # short id; full id in SOURCE.md
def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}
def _topics(changes):
    t = []
    for c in changes:
        for x in c["topics"]:
            if x not in t: t.append(x)
    return t
def add(situation, old, new, changes, source):
    p = {"id": "HM-%02d" % (len(PAIRS) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": _topics(changes), "source": source}
    check(p); PAIRS.append(p)
BILLSRC = " Text from %s (bill files: %s; repository HEAD %s)."
def GEN(situation, key, bills, changes, extra=""):
    g = G[key]
    src = ("GENUINE EDITIONS (both sides real text): " + g["name"] + "." + BILLSRC % (REPO, bills, COMMIT) +
           " OLD = the section as it stands in the bill's print of existing law (new matter in CAPITALS removed, [bracketed] matter kept without brackets); "
           "NEW = the section as the bill would amend it ([bracketed] matter removed; new matter kept in the capitals the bill prints). " + extra)
    add(situation, g["old"], g["new"], changes, src.strip())
def CON(situation, key, edits, changes, describe):
    text, name = R[key]
    add(situation, text, apply(text, edits), changes,
        "CONSTRUCTED EDIT on real text: " + name + "; " + REPO + " @ " + COMMIT + ". OLD = real text (verbatim from the stored bill, normalised as in SOURCE.md). NEW = real text with edit constructed for this set: " + describe)
def CONR(situation, key, edits, changes, describe):
    text, name = R[key]
    add(situation, apply(text, edits), text, changes,
        "CONSTRUCTED EDIT on real text: " + name + "; " + REPO + " @ " + COMMIT + ". NEW = real text (verbatim from the stored bill, normalised as in SOURCE.md). OLD = real text with edit constructed for this set (the real wording is on the NEW side): " + describe)

# ================= GENUINE EDITIONS =================
GEN("exception_added", "A2325", "2023/A2325.md, 2023/S3270.md", [
  C("unless the commissioner is presented with a lawful court order or judicial warrant signed by a judge appointed pursuant to article III of the United States constitution.",
    "unless: (I) the commissioner is presented with a lawful court order or judicial warrant signed by a judge appointed pursuant to article III of the United States constitution; OR (II) THE EMPLOYEE OR AGENT OF SUCH AGENCY IS SOLELY ENFORCING STATE LAW OR FEDERAL CRIMINAL LAW AND NOT IMMIGRATION LAW.",
    "expands_enforcement", ["information_sharing", "ice_cooperation"],
    "The DMV ban on giving records to 'any agency that primarily enforces immigration law' gets a second way out: no court order or judicial warrant is needed when the ICE/CBP employee says he is enforcing state or federal criminal law. ICE (e.g. HSI) could then get DMV data without a judge."),
  C("notify the individual about whom such information was requested, informing such individual of the request and the identity of the agency that made such request.",
    "notify the individual about whom such information was requested, informing such individual of the request and the identity of the agency that made such request UNLESS SUCH NOTIFICATION WOULD INTERFERE WITH A FEDERAL CRIMINAL INVESTIGATION.",
    "expands_enforcement", ["information_sharing"],
    "The three-day notice to the person whose records an immigration agency asked for no longer applies when notice 'would interfere with a federal criminal investigation': fewer people learn that ICE sought their data.")],
  "Subdivisions 9 and 10 are unchanged context.")

GEN("exception_added", "S3270", "2023/S3270.md", [
  C("or subpoena for individual records properly issued pursuant to the criminal procedure law or the civil practice law and rules.\n10.",
    "or subpoena for individual records properly issued pursuant to the criminal procedure law or the civil practice law and rules; OR (D) AS REQUIRED FOR THE COMMISSIONER TO ISSUE OR RENEW A DRIVER'S LICENSE OR LEARNER'S PERMIT THAT MEETS FEDERAL STANDARDS FOR IDENTIFICATION.\n10.",
    "unclear", ["information_sharing", "document_requests"],
    "A fourth exception lets DMV disclose applicants' identity documents when needed to issue a REAL ID-compliant licence. Whether this reaches immigration authorities is not said: REAL ID issuance involves federal verification of status documents, but the exception is tied to the applicant's own federal-standard licence. A careful reader cannot tell from the passage whether ICE gains any access."),
  C("or subpoena for individual records properly issued pursuant to the criminal procedure law or the civil practice law and rules.\n(a)",
    "or subpoena for individual records properly issued pursuant to the criminal procedure law or the civil practice law and rules; OR (D) AS REQUIRED FOR THE COMMISSIONER TO ISSUE OR RENEW A DRIVER'S LICENSE OR LEARNER'S PERMIT THAT MEETS FEDERAL STANDARDS FOR IDENTIFICATION.\n(a)",
    "unclear", ["information_sharing"],
    "Same exception added to the ban on revealing whether a person's licence is federal-standard (the fact that flags a likely undocumented holder). Who would receive the information is not stated, so the effect on immigration enforcement is unclear."),
  C("informing such individual of the request and the identity of the agency that made such request.",
    "informing such individual of the request and the identity of the agency that made such request UNLESS PROHIBITED BY A LAWFUL COURT ORDER OR JUDICIAL WARRANT SIGNED BY A JUDGE APPOINTED PURSUANT TO ARTICLE III OF THE UNITED STATES CONSTITUTION.",
    "expands_enforcement", ["information_sharing"],
    "The duty to tell a person that an immigration agency requested his DMV records gets an exception where an Article III court order or warrant forbids notice. Narrow (only a federal judge can silence it), but the person may no longer learn of an ICE request.")])

GEN("scope_change", "A5145", "2023/A5145.md, 2023/S3270.md", [
  C("", "13. NOTWITHSTANDING ANY OTHER PROVISION OF LAW TO THE CONTRARY, SUBDIVISIONS EIGHT, NINE, TEN, ELEVEN, AND TWELVE OF THIS SECTION SHALL NOT APPLY TO COUNTIES WHICH CONTAIN IN WHOLE OR IN PART BOUNDARY LAND DEFINED IN SECTION FIVE OF THE STATE LAW.",
    "expands_enforcement", ["information_sharing", "ice_cooperation"],
    "A new subdivision switches off subdivisions 8-12 - including the ban on giving DMV records to immigration agencies without a judicial warrant (12) and the confidentiality rules in 9 and 10 - in every county touching the Canadian border or other state boundary land. The unchanged text above now applies only in part of the state; a keyword reader sees no change to it.")],
  "The OLD side equals the existing law reprinted in S3270; A5145 itself prints only the new subdivision 13.")

GEN("scope_change", "A636", "2023/A636.md", [
  C("", "AN OFFICER MAKING AN ARREST UNDER THIS SUBPARAGRAPH SHALL NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE PERSON WHOM THE ORDER PROTECTS. IF SUCH STATUS IS ASCERTAINED AND WOULD RESULT IN ADVERSE IMMIGRATION CONSEQUENCES TO SUCH PERSON, THE OFFICER SHALL NOT REPORT SUCH INFORMATION TO ANY LOCAL, STATE OR FEDERAL LAW ENFORCEMENT AGENCY.",
    "limits_enforcement", ["status_inquiry", "information_sharing"],
    "New bar on asking the protected person's immigration status when arresting for an order-of-protection violation, and on reporting a status found to any law enforcement agency (which includes ICE)."),
  C("", "THE OFFICER SHALL ALSO NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE VICTIM; NOR SHALL SUCH OFFICER, IF INFORMED OF SUCH STATUS, REPORT SUCH INFORMATION TO ANY LOCAL, STATE OR FEDERAL LAW ENFORCEMENT AGENCY.",
    "limits_enforcement", ["status_inquiry", "information_sharing", "access_to_services"],
    "Same protection for domestic-violence victims in misdemeanor family-offense arrests: no status question, no report of status to any agency; victims can call police without status exposure.")])

GEN("scope_change", "A9167A_16020", "2023/A9167A.md (same amendment in 2023/S8533.md)", [
  C("", "(B) IN THE EVENT THE ARRESTED PERSON OR DEFENDANT AS PRESCRIBED IN SECTION 160.10 OF THIS ARTICLE IS NOT A CITIZEN OF THE UNITED STATES, THE POLICE OFFICER OR LOCAL LAW ENFORCEMENT AGENCY WHERE THE INTAKE WAS PERFORMED SHALL FORWARD COPIES OF SUCH FINGERPRINTS AND ASSOCIATED REPORTS DETAILING THE ARREST TO THE UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT AGENCY. THE REQUIREMENT TO NOTIFY THE UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT AGENCY SHALL APPLY TO ALL POLICE AND LAW ENFORCEMENT AGENCIES WITHIN THE STATE OF NEW YORK.",
    "expands_enforcement", ["information_sharing", "ice_cooperation", "status_inquiry"],
    "Every police agency in the state must send ICE the fingerprints and arrest reports of any arrested non-citizen. A new mandatory duty to share with ICE, which in practice also requires finding out who is a non-citizen."),
  C("Upon the taking of fingerprints of an arrested person or defendant as prescribed in section 160.10, the appropriate",
    "(A) Upon the taking of fingerprints of an arrested person or defendant as prescribed in section 160.10 OF THIS ARTICLE, the appropriate",
    "neutral", ["information_sharing"],
    "The existing duty to forward prints to DCJS is lettered (A) and the cross-reference gets 'of this article'; no change in substance.")])

GEN("scope_change", "A9167A_147", "2023/A9167A.md", [
  C("", "THE COMMISSIONER SHALL NOTIFY THE UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT AGENCY OF THE DISCHARGE, PAROLE OR RELEASE OF A NONCITIZEN INCARCERATED INDIVIDUAL AT LEAST FIVE DAYS PRIOR TO SUCH DISCHARGE, PAROLE OR RELEASE.",
    "expands_enforcement", ["information_sharing", "detainers_holds", "ice_cooperation"],
    "State prisons must give ICE five days' notice of every non-citizen's release, discharge or parole, whether or not ICE asked - a release-date notification duty that lets ICE arrest at the gate.")],
  "The first sentence (investigation and record sent to immigration authorities with deportation recommendations) is unchanged.")

GEN("definition_change", "S3469", "2023/S3469.md", [
  C("1. \"Contact tracing\" means COVID-19 case investigation", "1. \"Contact tracing\" means COMMUNICABLE DISEASE case investigation",
    "limits_enforcement", ["information_sharing", "ice_cooperation"],
    "Contact tracing is redefined to cover any communicable disease. Sec. 2181(5) bars immigration authorities from being contact tracers or doing contact tracing, and the title keeps contact-tracing data from them; those bars now reach all disease investigations, not only COVID-19."),
  C("and any COVID-19-related information or test results", "and any COMMUNICABLE DISEASE-RELATED information or test results",
    "limits_enforcement", ["information_sharing"],
    "The protected 'contact tracing information' now includes any communicable-disease information, so more health data falls under the title's confidentiality rules."),
  C("possibly infected with COVID-19.\n5. \"Case individual\" means an individual with a confirmed or probable diagnosis of COVID-19.\n6. \"COVID-19\" means infection with or the disease caused by the severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2).\n7. \"Immigration authority\"",
    "possibly infected with A COMMUNICABLE DISEASE.\n5. \"Case individual\" means an individual with a confirmed or probable diagnosis of A COMMUNICABLE DISEASE.\n6. \"Immigration authority\"",
    "neutral", ["information_sharing"],
    "Conforming changes: the case/contact definitions follow the wider disease term, the COVID-19 definition is dropped and 'Immigration authority' is renumbered 7 -> 6 with unchanged wording."),
  C("NOVEL CORONAVIRUS, COVID-19 CONTACT TRACING", "COMMUNICABLE DISEASES; CONTACT TRACING", "neutral", ["information_sharing"],
    "Title heading follows the new scope; headings carry no rule of their own."),
  C("COVID-19 contact tracing; confidentiality.", "COMMUNICABLE DISEASE contact tracing; confidentiality.", "neutral", ["information_sharing"],
    "Section heading follows the new scope."),
  C("subdivision eleven of section", "subdivision TEN of section", "neutral", ["ice_cooperation"],
    "Cross-reference renumbered after the deletion of the COVID-19 definition; the rule in subdivision 5 (no immigration authority may do contact tracing) is word for word the same.")])

GEN("list_item_added", "A6705", "2023/A6705.md", [
  C("", "(n) ASSIST STATE AGENCIES IN THE PREPARATION OF GUIDANCE TO BE DISSEMINATED TO FACILITIES AND PROGRAMS OVERSEEN BY SUCH AGENCIES CONCERNING INQUIRIES FROM FEDERAL IMMIGRATION AUTHORITIES SEEKING ACCESS TO INDIVIDUALS RESIDING OR PARTICIPATING IN SUCH FACILITIES OR PROGRAMS, OR TO RECORDS OR OTHER INFORMATION REGARDING SUCH PERSONS; AND",
    "unclear", ["ice_cooperation", "information_sharing"],
    "The Office for New Americans gains a duty to help agencies write guidance on ICE requests for access to people or records in state facilities. The text does not say whether the guidance is to limit or to facilitate such access (the bill's purpose suggests protective guidance, but the clause sets no rule), so the direction cannot be read from the passage."),
  C("in immigrant communities; and\n(n) Beginning", "in immigrant communities;\n(n) ASSIST", "neutral", ["ice_cooperation"],
    "'and' moves to the new item and the report paragraph is relettered (n) -> (O); list mechanics only.")])

GEN("scope_change", "S5244", "2023/S5244.md", [
  C("", "8-A. DRIVING PRIVILEGE LICENSES AND LEARNERS' PERMITS APPLIED FOR WITH ALTERNATIVE FORMS OF IDENTIFICATION. (A) DRIVING PRIVILEGE LICENSES AND LEARNERS' PERMITS APPLIED FOR WITH ALTERNATIVE FORMS OF IDENTIFICATION SHALL BE ISSUED IN SUCH FORM AS THE COMMISSIONER SHALL DETERMINE, PROVIDED THAT SUCH LICENSES AND PERMITS SHALL BE VISUALLY DISTINCT",
    "unclear", ["document_requests", "status_inquiry"],
    "Licences obtained with foreign passports or consular IDs would be visually distinct and marked 'NOT VALID FOR IDENTIFICATION', unlike the current rule that they look identical to other standard licences. Advocates would say this flags likely undocumented drivers to any officer; but (e) still forbids using the licence as evidence of status or as a basis for arrest. Whether enforcement exposure grows cannot be settled from the text."),
  C("(b) Applicants for a non-commercial driver's license or learner's permit or a renewal thereof",
    "(b) Applicants for a DRIVING PRIVILEGE license or learner's permit APPLIED FOR WITH ALTERNATIVE FORMS OF IDENTIFICATION or a renewal thereof",
    "neutral", ["document_requests"],
    "Renaming: the no-proof-of-lawful-presence rule is kept for the renamed licence class."),
  C("(e) (i) A non-commercial driver's license or learner's permit which does not meet federal standards for identification shall not be used as evidence",
    "(e) (i) A DRIVING PRIVILEGE license or learner's permit APPLIED FOR WITH ALTERNATIVE FORMS OF identification shall not be used as evidence",
    "neutral", ["status_inquiry", "enforcement_authority"],
    "The bans on using the licence as evidence of status or a basis for arrest, and on DMV status questions, are kept word for word for the renamed class (same in (c) and (d)).")])

GEN("neutral_rewrite", "A4423", "2023/A4423.md", [
  C("In making the parole release decision, the procedures adopted pursuant to subdivision four", "In making the parole release decision, the procedures, RULES AND REGULATIONS INCORPORATING RISK AND NEEDS PRINCIPLES adopted pursuant to subdivision four",
    "neutral", ["ice_cooperation"],
    "Parole procedure now includes risk-and-needs rules; nothing about immigration."),
  C("shall require that the following be considered: (i)", "shall require that the following be considered IF NOT ALREADY TAKEN INTO ACCOUNT BY THE RISK AND NEEDS ASSESSMENT: (i)",
    "neutral", ["ice_cooperation"],
    "The listed factors - including (iv), any federal deportation order and the commissioner's deportation recommendation under Correction Law 147 - are still considered, unless the risk assessment already counts them. Factor (iv) is untouched; no change to cooperation with immigration authorities (negative control).")])

GEN("neutral_rewrite", "A9097", "2023/A9097.md", [
  C("The state board of parole shall:", "The state board of RE-ENTRY shall:", "neutral", ["ice_cooperation"],
    "The board is renamed; its duties are unchanged. The duty in 13 to report on persons 'considered for release to community supervision or deportation' is unchanged (negative control)."),
  C("the chairman of the state board of parole", "the CHAIRPERSON of the state board of RE-ENTRY", "neutral", ["ice_cooperation"],
    "Gender-neutral title and the new board name; no change in substance.")])

# ================= CONSTRUCTED EDITS ON REAL TEXT =================
CON("list_item_added", "NYFA_A",
  [("; OR (III) ANY OTHER INFORMATION", "; (III) THE ADDRESS OF AN INDIVIDUAL'S RESIDENCE OR PLACE OF EMPLOYMENT; OR (IV) ANY OTHER INFORMATION")],
  [C("", "(III) THE ADDRESS OF AN INDIVIDUAL'S RESIDENCE OR PLACE OF EMPLOYMENT;", "neutral", ["information_sharing"],
     "An item is added to what officers may not tell immigration authorities, but the last item already covers 'any other information available ... through such employment'; home and work addresses were already covered. Redundant item - no change in effect."),
   C("; OR (III) ANY OTHER INFORMATION", "; OR (IV) ANY OTHER INFORMATION", "neutral", ["information_sharing"], "Catch-all renumbered (III) -> (IV).")],
  "item '(III) THE ADDRESS OF AN INDIVIDUAL'S RESIDENCE OR PLACE OF EMPLOYMENT;' inserted in sec. 145.25 before the catch-all, which becomes (IV).")
CON("list_item_removed", "NYFA_A",
  [("; OR (III) ANY OTHER INFORMATION AVAILABLE TO POLICE OFFICERS, PEACE OFFICERS, OR SCHOOL RESOURCE OFFICERS THROUGH OR AS A RESULT OF SUCH EMPLOYMENT AS A POLICE OFFICER, PEACE OFFICER, OR SCHOOL RESOURCE OFFICER.", "."),
   ("FROM CUSTODY; (II)", "FROM CUSTODY; OR (II)")],
  [C("; OR (III) ANY OTHER INFORMATION AVAILABLE TO POLICE OFFICERS, PEACE OFFICERS, OR SCHOOL RESOURCE OFFICERS THROUGH OR AS A RESULT OF SUCH EMPLOYMENT AS A POLICE OFFICER, PEACE OFFICER, OR SCHOOL RESOURCE OFFICER.", "",
     "expands_enforcement", ["information_sharing", "ice_cooperation"],
     "The ban on communicating with immigration authorities shrinks to release and court dates; officers may now tell ICE anything else they learn on the job (addresses, status, records)."),
   C("FROM CUSTODY; (II)", "FROM CUSTODY; OR (II)", "neutral", ["information_sharing"], "Connector moved; list punctuation only.")],
  "catch-all item (III) of sec. 145.25 deleted and 'OR' moved before (II).")
CON("exception_added", "NYFA_A",
  [("1. NO POLICE OFFICER, PEACE OFFICER, OR SCHOOL RESOURCE OFFICER SHALL INQUIRE ABOUT A PERSON'S CITIZENSHIP, IMMIGRATION STATUS, NATIONALITY, OR COUNTRY OF ORIGIN, UNLESS REQUIRED BY LAW OR NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY THAT PERSON.",
    "1. NO POLICE OFFICER, PEACE OFFICER, OR SCHOOL RESOURCE OFFICER SHALL INQUIRE ABOUT A PERSON'S CITIZENSHIP, IMMIGRATION STATUS, NATIONALITY, OR COUNTRY OF ORIGIN, UNLESS REQUIRED BY LAW, NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY THAT PERSON, OR THE PERSON HAS BEEN ARRESTED FOR A FELONY.")],
  [C("UNLESS REQUIRED BY LAW OR NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY THAT PERSON.\n2.", "UNLESS REQUIRED BY LAW, NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY THAT PERSON, OR THE PERSON HAS BEEN ARRESTED FOR A FELONY.\n2.",
     "expands_enforcement", ["status_inquiry"],
     "A third exception lets officers ask any felony arrestee about citizenship and immigration status. Subdivision 2 (collecting status information) is not changed, which a careful reader should notice.")],
  "exception ', OR THE PERSON HAS BEEN ARRESTED FOR A FELONY' added to sec. 145.20(1) only.")
CON("exception_removed", "NYFA_C",
  [(" UNLESS REQUIRED OR NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY SUCH PERSON.", ".")],
  [C("ENTER A PERSON'S IMMIGRATION STATUS INTO ANY DATABASE MAINTAINED BY ANY GOVERNMENT ENTITY UNLESS REQUIRED OR NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY SUCH PERSON.",
     "ENTER A PERSON'S IMMIGRATION STATUS INTO ANY DATABASE MAINTAINED BY ANY GOVERNMENT ENTITY.", "limits_enforcement", ["information_sharing"],
     "The only exception to the database ban is dropped; officers may never record status in a government database.")],
  "the exception 'UNLESS REQUIRED OR NECESSARY TO ADMINISTER A PUBLIC PROGRAM OR BENEFIT SOUGHT BY SUCH PERSON' deleted from sec. 145.35.")
CON("exception_removed", "VTL201",
  [(" as necessary for an individual seeking acceptance into a trusted traveler program,", "")],
  [C("meets federal standards for identification, as necessary for an individual seeking acceptance into a trusted traveler program, or to facilitate", "meets federal standards for identification, or to facilitate",
     "limits_enforcement", ["information_sharing", "ice_cooperation"],
     "The opening carve-out let DMV give records to immigration agencies (CBP runs trusted-traveler programs) for trusted-traveler applications; removing it puts those disclosures under the warrant rule too.")],
  "'as necessary for an individual seeking acceptance into a trusted traveler program,' deleted from the opening exceptions of 12(a).")
CON("exception_to_exception", "NYFA_D",
  [("TO OR FROM ANY LOCAL, STATE, OR FEDERAL AGENCY.", "TO OR FROM ANY LOCAL, STATE, OR FEDERAL AGENCY, EXCEPT THAT THIS SECTION SHALL NOT AUTHORIZE ANY COMMUNICATION PROHIBITED BY SECTION 145.25 OF THIS ARTICLE.")],
  [C("", ", EXCEPT THAT THIS SECTION SHALL NOT AUTHORIZE ANY COMMUNICATION PROHIBITED BY SECTION 145.25 OF THIS ARTICLE", "limits_enforcement", ["information_sharing"],
     "145.50 is a savings clause (the article does not stop officers exchanging status information with any agency). The carve-back says it does not override 145.25's ban on telling immigration authorities release dates, court dates and other job information, so the savings clause shrinks.")],
  "carve-back ', EXCEPT THAT THIS SECTION SHALL NOT AUTHORIZE ANY COMMUNICATION PROHIBITED BY SECTION 145.25 OF THIS ARTICLE' added to sec. 145.50.")
CON("exception_to_exception", "NYFA_C",
  [("COMMANDING THE ARREST OF SUCH INDIVIDUAL.", "COMMANDING THE ARREST OF SUCH INDIVIDUAL, PROVIDED THAT NO SUCH ORDER OR WARRANT SHALL BE REQUIRED WHERE THE INDIVIDUAL HAS BEEN CONVICTED OF A VIOLENT FELONY OFFENSE.")],
  [C("", ", PROVIDED THAT NO SUCH ORDER OR WARRANT SHALL BE REQUIRED WHERE THE INDIVIDUAL HAS BEEN CONVICTED OF A VIOLENT FELONY OFFENSE", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
     "The judicial-warrant condition on transfers to ICE gets its own exception: people with violent felony convictions can be handed over on an ICE request alone.")],
  "proviso ', PROVIDED THAT NO SUCH ORDER OR WARRANT SHALL BE REQUIRED WHERE THE INDIVIDUAL HAS BEEN CONVICTED OF A VIOLENT FELONY OFFENSE' added to sec. 145.30.")
CON("approval_added", "VTL201",
  [("unless the commissioner is presented with a lawful court order or judicial warrant signed by a judge appointed pursuant to article III of the United States constitution.",
    "unless the commissioner is presented with a lawful court order or judicial warrant signed by a judge appointed pursuant to article III of the United States constitution and the disclosure is approved in writing by the counsel to the department.")],
  [C("", " and the disclosure is approved in writing by the counsel to the department", "limits_enforcement", ["supervisor_approval", "information_sharing"],
     "Even with a federal judicial warrant, disclosure to an immigration agency now also needs written approval of DMV counsel - an added condition on sharing.")],
  "'and the disclosure is approved in writing by the counsel to the department' added to the warrant exception of 12(a).")
CONR("approval_removed_or_weakened", "NYFA_C",
  [("SHALL USE IMMIGRATION AUTHORITIES AS INTERPRETERS FOR LAW ENFORCEMENT MATTERS", "SHALL, WITHOUT THE APPROVAL OF A SUPERVISOR, USE IMMIGRATION AUTHORITIES AS INTERPRETERS FOR LAW ENFORCEMENT MATTERS")],
  [C("SHALL, WITHOUT THE APPROVAL OF A SUPERVISOR, USE IMMIGRATION AUTHORITIES AS INTERPRETERS", "SHALL USE IMMIGRATION AUTHORITIES AS INTERPRETERS", "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
     "Old: ICE agents could interpret if a supervisor approved. New: no approval route - the ban is absolute. Removing an approval that was a way around a ban limits enforcement (keyword readers often call approval removal 'expands').")],
  "OLD carries ', WITHOUT THE APPROVAL OF A SUPERVISOR,' in sec. 145.40; NEW is the real text.")
CON("modal_change", "NYFA_D",
  [("THE OFFICER SHALL PROVIDE THE INDIVIDUAL WITH A WRITTEN CONSENT FORM", "THE OFFICER MAY PROVIDE THE INDIVIDUAL WITH A WRITTEN CONSENT FORM")],
  [C("THE OFFICER SHALL PROVIDE THE INDIVIDUAL", "THE OFFICER MAY PROVIDE THE INDIVIDUAL", "expands_enforcement", ["ice_cooperation"],
     "The written notice that an ICE interview is voluntary and may be refused becomes optional; ICE interviews of people in custody face fewer safeguards. Subdivision 2 still refers to 'providing' the form.")],
  "'THE OFFICER SHALL PROVIDE' -> 'THE OFFICER MAY PROVIDE' in sec. 145.45(1).")
CON("modal_change", "VTL201",
  [("the commissioner shall, no later than three days after such request, notify", "the commissioner may, no later than three days after such request, notify")],
  [C("the commissioner shall, no later than three days", "the commissioner may, no later than three days", "expands_enforcement", ["information_sharing"],
     "Telling people that an immigration agency asked for their DMV records becomes discretionary.")],
  "'shall' -> 'may' in the notification sentence of 12(a).")
CON("double_negation", "NYFA_D",
  [("THE PROVISIONS OF THIS ARTICLE SHALL NOT PROHIBIT POLICE OFFICERS, PEACE OFFICERS, OR SCHOOL RESOURCE OFFICERS FROM SENDING OR RECEIVING INFORMATION",
    "NOTWITHSTANDING THE PROVISIONS OF THIS ARTICLE, POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS MAY SEND OR RECEIVE INFORMATION")],
  [C("THE PROVISIONS OF THIS ARTICLE SHALL NOT PROHIBIT POLICE OFFICERS, PEACE OFFICERS, OR SCHOOL RESOURCE OFFICERS FROM SENDING OR RECEIVING INFORMATION",
     "NOTWITHSTANDING THE PROVISIONS OF THIS ARTICLE, POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS MAY SEND OR RECEIVE INFORMATION", "neutral", ["information_sharing"],
     "'Shall not prohibit ... from sending' restated as 'notwithstanding ... may send'; same scope (negative control for negation handling).")],
  "sec. 145.50 restated as a direct permission with the same scope.")
CON("double_negation", "NYFA_D",
  [("SHALL NOT PROHIBIT OFFICERS FROM COMPLYING WITH VALID COURT ORDERS OR JUDICIAL WARRANTS", "SHALL NOT PROHIBIT OFFICERS FROM COMPLYING WITH VALID COURT ORDERS, JUDICIAL WARRANTS, OR CIVIL IMMIGRATION WARRANTS")],
  [C("COMPLYING WITH VALID COURT ORDERS OR JUDICIAL WARRANTS", "COMPLYING WITH VALID COURT ORDERS, JUDICIAL WARRANTS, OR CIVIL IMMIGRATION WARRANTS", "expands_enforcement", ["detainers_holds", "ice_cooperation"],
     "Widening what 'shall not prohibit' leaves open: officers may now act on ICE administrative warrants, which the rest of the article keeps out.")],
  "'OR CIVIL IMMIGRATION WARRANTS' added to the savings clause of sec. 145.55.")
CON("cross_clause", "NYFA_A",
  [(" POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT USE PUBLIC RESOURCES FOR IMMIGRATION ENFORCEMENT.\n", "\n"),
   ("ANY AGREEMENT FOR THE PURPOSE OF IMMIGRATION ENFORCEMENT.", "ANY AGREEMENT FOR THE PURPOSE OF IMMIGRATION ENFORCEMENT. POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT USE PUBLIC RESOURCES FOR IMMIGRATION ENFORCEMENT.")],
  [C("ENGAGE IN IMMIGRATION ENFORCEMENT. POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT USE PUBLIC RESOURCES FOR IMMIGRATION ENFORCEMENT.",
     "FOR THE PURPOSE OF IMMIGRATION ENFORCEMENT. POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT USE PUBLIC RESOURCES FOR IMMIGRATION ENFORCEMENT.", "neutral", ["enforcement_authority"],
     "The public-resources ban moves from 145.05 to the end of 145.10 unchanged; it is unconditional in both places (negative control).")],
  "the sentence on public resources moved from sec. 145.05 to the end of sec. 145.10.")
CON("scope_change", "NYFA_A",
  [("INTERROGATE AN INDIVIDUAL SOLELY ON THE BASIS OF", "INTERROGATE AN INDIVIDUAL ON THE BASIS OF")],
  [C("INTERROGATE AN INDIVIDUAL SOLELY ON THE BASIS OF", "INTERROGATE AN INDIVIDUAL ON THE BASIS OF", "limits_enforcement", ["enforcement_authority", "detainers_holds", "status_inquiry"],
     "Without 'solely', questioning is barred whenever a detainer, civil warrant or suspected immigration violation is a basis, even alongside other reasons.")],
  "'SOLELY' deleted from sec. 145.15.")
CON("scope_change", "NYFA_A",
  [("THE DUTIES AND AUTHORITY OF POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT INCLUDE", "THE DUTIES AND AUTHORITY OF POLICE OFFICERS AND PEACE OFFICERS SHALL NOT INCLUDE"),
   ("ENFORCEMENT. POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT USE", "ENFORCEMENT. POLICE OFFICERS AND PEACE OFFICERS SHALL NOT USE")],
  [C("THE DUTIES AND AUTHORITY OF POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT INCLUDE", "THE DUTIES AND AUTHORITY OF POLICE OFFICERS AND PEACE OFFICERS SHALL NOT INCLUDE", "expands_enforcement", ["enforcement_authority"],
     "School resource officers drop out of the bar on immigration enforcement authority (heading still names them)."),
   C("POLICE OFFICERS, PEACE OFFICERS, AND SCHOOL RESOURCE OFFICERS SHALL NOT USE PUBLIC RESOURCES", "POLICE OFFICERS AND PEACE OFFICERS SHALL NOT USE PUBLIC RESOURCES", "expands_enforcement", ["enforcement_authority"],
     "Same narrowing for the public-resources ban.")],
  "'AND SCHOOL RESOURCE OFFICERS' removed from both sentences of sec. 145.05 (heading left as is).")
CON("reparagraphed", "NYFA_A",
  [("BENEFIT SOUGHT BY THAT PERSON.\n2. NO POLICE OFFICER", "BENEFIT SOUGHT BY THAT PERSON. 2. NO POLICE OFFICER")],
  [C("BENEFIT SOUGHT BY THAT PERSON.\n2. NO POLICE OFFICER", "BENEFIT SOUGHT BY THAT PERSON. 2. NO POLICE OFFICER", "neutral", ["status_inquiry"],
     "Subdivisions 1 and 2 of sec. 145.20 run together in one paragraph; wording and numbering unchanged (negative control).")],
  "line break between subdivisions 1 and 2 of sec. 145.20 removed.")
CON("definition_change", "NYFA_DEF",
  [(" § 631, AND INCLUDES ANY WARRANT ENTERED INTO THE NATIONAL CRIME INFORMATION CENTER DATABASE.", " § 631.")],
  [C(", AND INCLUDES ANY WARRANT ENTERED INTO THE NATIONAL CRIME INFORMATION CENTER DATABASE", "", "expands_enforcement", ["detainers_holds", "enforcement_authority"],
     "ICE administrative warrants entered in NCIC are no longer expressly 'civil immigration warrants', so the article's bans keyed to that term may not reach them; officers could treat NCIC hits as ordinary warrants.")],
  "', AND INCLUDES ANY WARRANT ENTERED INTO THE NATIONAL CRIME INFORMATION CENTER DATABASE' deleted from definition 50.")
CON("definition_change", "NYFA_DEF",
  [("OR UNITED STATES CUSTOMS AND BORDER PROTECTION.", "OR UNITED STATES CUSTOMS AND BORDER PROTECTION, AND ANY STATE OR LOCAL OFFICER PERFORMING IMMIGRATION OFFICER FUNCTIONS UNDER AN AGREEMENT PURSUANT TO 8 U.S.C. 1357(G).")],
  [C("", ", AND ANY STATE OR LOCAL OFFICER PERFORMING IMMIGRATION OFFICER FUNCTIONS UNDER AN AGREEMENT PURSUANT TO 8 U.S.C. 1357(G)", "limits_enforcement", ["raids_joint_operations", "information_sharing"],
     "Deputized 287(g) officers count as 'immigration authorities', so the article's bans on notifying, transferring to and taking direction from immigration authorities also cover them.")],
  "287(g)-deputized officers added to definition 46.")
CON("neutral_rewrite", "NYFA_C",
  [("SHALL USE IMMIGRATION AUTHORITIES AS INTERPRETERS FOR LAW ENFORCEMENT MATTERS", "SHALL RELY ON IMMIGRATION AUTHORITIES TO INTERPRET IN LAW ENFORCEMENT MATTERS")],
  [C("SHALL USE IMMIGRATION AUTHORITIES AS INTERPRETERS FOR LAW ENFORCEMENT MATTERS", "SHALL RELY ON IMMIGRATION AUTHORITIES TO INTERPRET IN LAW ENFORCEMENT MATTERS", "neutral", ["ice_cooperation"],
     "Synonymous rewording of the interpreter ban (negative control).")],
  "'USE ... AS INTERPRETERS FOR' -> 'RELY ON ... TO INTERPRET IN' in sec. 145.40.")
CON("exception_added", "CPL14010",
  [("THE OFFICER SHALL ALSO NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE VICTIM;", "THE OFFICER SHALL ALSO NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE VICTIM, UNLESS THE OFFICER HAS REASONABLE CAUSE TO BELIEVE THE VICTIM HAS COMMITTED A FELONY;")],
  [C("", ", UNLESS THE OFFICER HAS REASONABLE CAUSE TO BELIEVE THE VICTIM HAS COMMITTED A FELONY", "expands_enforcement", ["status_inquiry"],
     "The no-status-question rule for victims gets an exception when the officer suspects the victim of a felony; the reporting ban after it is untouched.")],
  "exception ', UNLESS THE OFFICER HAS REASONABLE CAUSE TO BELIEVE THE VICTIM HAS COMMITTED A FELONY' added to the victim-status sentence of (4)(c).")
CON("neutral_rewrite", "CPL14010",
  [("AN OFFICER MAKING AN ARREST UNDER THIS SUBPARAGRAPH SHALL NOT INQUIRE AS TO THE IMMIGRATION STATUS", "AN OFFICER MAKING AN ARREST UNDER THIS SUBPARAGRAPH SHALL NOT ASK ABOUT THE IMMIGRATION STATUS")],
  [C("SHALL NOT INQUIRE AS TO THE IMMIGRATION STATUS OF THE PERSON WHOM", "SHALL NOT ASK ABOUT THE IMMIGRATION STATUS OF THE PERSON WHOM", "neutral", ["status_inquiry"],
     "'inquire as to' -> 'ask about': same prohibition (negative control).")],
  "'INQUIRE AS TO' -> 'ASK ABOUT' in the (4)(b)(ii) sentence.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w") as f:
    for p in PAIRS: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print("wrote", len(PAIRS))
