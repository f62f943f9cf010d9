import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from bases import *

WA = "Washington SB 5906 (2025-26 regular session, 'Data and personal safety' / SAFE act), GitHub tannewt/wa-law.org (markdown of the official bill PDFs, lawfilesext.leg.wa.gov/biennium/2025-26/Pdf/Bills/Senate Bills/5906%s.pdf)"
ORIG = "original bill (site/bill/2025-26/sb/5906/1/README.md, commit a543e6d52af0e52c7b0614abcc2617ed22565d54)"
SUB = "substitute bill (site/bill/2025-26/sb/5906/S/README.md, commit 71971d9cea117700a0d6867b2e51a2db253a0275)"
ESUB = "engrossed substitute bill (site/bill/2025-26/sb/5906/S.E/README.md, commit a30d107d4fab94af87096c38fa0cc922e08eea14)"
def gsrc(old, new, part):
    return ("GENUINE: two printed editions of the same bill. " + (WA % "") + ". OLD = " + old + "; NEW = " + new +
            ". " + part + " List numbering written back as (1)/(a)/(i); the markdown drops the bill's strike/underline marks, so each side is that edition's clean text.")

def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

P = []
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    P.append({"id": None, "situation": sit, "old": old, "new": new, "changes": changes,
              "label": pair_label(changes), "topics": tops, "source": source})

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- GENUINE ----------------
add("list_item_removed", O1_1_2, S1_1_2, [
    ch("without being presented with a valid judicial warrant, judicial subpoena, or a court order", "without being presented with a valid judicial warrant or court order", L, ["ice_cooperation", "detainers_holds"],
       "A judicial subpoena no longer opens nonpublic areas of a child care site to immigration agents, so entry needs a warrant or court order."),
    ch("challenge the validity of a judicial warrant, judicial subpoena, or court order", "challenge the validity of a judicial warrant or court order", N, ["ice_cooperation"],
       "Conforming change to the savings clause; the right to consult counsel is unchanged."),
    ch("(2) The early learning provider shall, in a timely manner, report to the department any request for information or access", "(2) If a worker employed or hired by an early learning provider is represented by a union", N, ["ice_cooperation"],
       "A duty to report immigration-enforcement requests to the state department is replaced by a union-notification duty; neither changes what providers do for immigration agents."),
], gsrc(ORIG, SUB, "Sec. 1(1)-(2) (early learning providers), both cut after subsection (2)."))

add("exception_removed", O1_3_6, S1_3_4, [
    ch("(5) This section does not prohibit or restrict any governmental entity or official from sending to, or receiving from, federal immigration authorities, information regarding the immigration or citizenship status", "", L, ["information_sharing", "ice_cooperation"],
       "The express carve-out preserving status-information exchanges with federal immigration authorities (8 U.S.C. 1373/1644) is dropped from the section."),
    ch("(3) If an early learning provider is aware that a child's parent or legal guardian is not available to care for the student", "", N, ["access_to_services"],
       "Removes the child-care arrangement rule for absent parents, which concerns care, not enforcement."),
    ch("This information must include \"know your rights\" immigration enforcement information established by the attorney general", "", N, ["access_to_services"],
       "Removes the duty to inform parents about program eligibility and rights; it does not change cooperation with immigration agents."),
    ch("(c) \"Provider\" includes any officers, employees, agents, or contractors of the early learning provider.", "(d) \"Nonpublic area\" means any area in which authorized individuals have a reasonable expectation of privacy.", N, ["ice_cooperation"],
       "Definitions reshuffled: a 'nonpublic area' definition is added and the 'provider' definition dropped, without changing the access rule's effect."),
    ch("", "(4) Nothing in this section may be construed to create a private right of action on the part of any individual or entity.", N, ["ice_cooperation"],
       "A no-private-right-of-action clause concerns remedies, not what providers do for immigration enforcement."),
], gsrc(ORIG, SUB, "OLD = Sec. 1(3)-(6); NEW = the matching remainder of Sec. 1 in the substitute, (3)-(4) (end of section)."))

add("mixed", O2_1_3, S2_1_3, [
    ch("without being presented with a valid judicial warrant, judicial subpoena, or a court order", "without being presented with a valid judicial warrant or court order", L, ["ice_cooperation"],
       "A judicial subpoena no longer suffices for immigration agents to enter nonpublic areas of a school site."),
    ch("(2) In accordance with the federal family educational rights and privacy act of 1974, 20 U.S.C. Sec. 1232g and RCW 28A.605.030, school district employees may not disclose or provide in writing, verbally, or in any other manner, the education records of or any information about a student", "", E, ["information_sharing"],
       "The express ban on giving student and family information to immigration agents without a warrant, subpoena or order is deleted."),
    ch("(3) The school district superintendent shall, in a timely manner, report to the school district board of directors any request", "(2) If a school district employee represented by a union is subject to an immigration enforcement action", N, ["ice_cooperation"],
       "An internal reporting duty is replaced by a union-notification duty; neither changes cooperation with immigration agents."),
    ch("", "(3) This section does not prohibit a school district from establishing heightened standards and protections.", N, ["ice_cooperation"],
       "The heightened-standards clause was already in the original section (as subsection (6)); it is only moved up."),
], gsrc(ORIG, SUB, "OLD = original Sec. 2(1)-(3) (public schools); NEW = substitute Sec. 2(1)-(3)."))

SE1_REST = S1_3_4.replace("(3) For the purposes", "(4) For the purposes").replace("(4) Nothing in this section", "(5) Nothing in this section")
UNION = "(2) If a worker employed or hired by an early learning provider is represented by a union and is subject to an immigration enforcement action on the early learning or child care site, the early learning provider must contact the worker's collective bargaining representative."
old4 = "Sec. 1. " + UNION + "\n\n" + S1_3_4
new4 = "Sec. 1. " + UNION + "\n\n(3) Early learning providers are encouraged to adopt the model policy described in section 2 of this act.\n\n" + SE1_REST + "\n\n" + SE_SEC2
add("rule_added", old4, new4, [
    ch("", "(3) Early learning providers are encouraged to adopt the model policy described in section 2 of this act.", L, ["ice_cooperation", "access_to_services"],
       "Providers are steered to adopt a policy limiting assistance with immigration enforcement."),
    ch("", "shall publish a model policy limiting assistance with immigration enforcement at early learning provider settings and facilities", L, ["ice_cooperation", "access_to_services"],
       "A new section orders the attorney general to issue a model policy limiting assistance with immigration enforcement at child care settings."),
    ch("", "(2) Implementation of any policy under this section must be in accordance with state and federal law; policies, grants, waivers, or other requirements necessary to maintain funding", N, ["ice_cooperation"],
       "Implementation caveat of the new model policy; it restates that the policy yields to law and funding conditions."),
], gsrc(SUB, ESUB, "OLD = substitute Sec. 1(2)-(4) (end of section); NEW = engrossed substitute Sec. 1(2)-(5) and the new Sec. 2 inserted after it (later sections renumbered)."))

add("mixed", O4, S3, [
    ch("health care facilities, as defined in RCW 70.37.020, shall designate areas where patients are receiving treatment or care, or where a patient is discussing protected health information, as nonpublic", "health care facilities, as well as adult family homes, shall develop policies to designate areas as public or nonpublic", E, ["ice_cooperation", "access_to_services"],
       "Treatment and care areas are no longer required to be nonpublic; each facility designates by its own policy, so fewer areas are guaranteed closed to agents without a warrant."),
    ch("a health care facility and its personnel may not allow any person access", "a health care facility or adult family home and its personnel may not allow any person access", L, ["ice_cooperation"],
       "The warrant requirement for immigration-enforcement access now also binds adult family homes."),
    ch("", "(6) Nothing in this section may be construed to create a private right of action on the part of any individual or entity.", N, ["ice_cooperation"],
       "A remedies clause, not a change to access for immigration enforcement."),
], gsrc(ORIG, SUB, "OLD = original Sec. 4 (health care facilities), whole section; NEW = substitute Sec. 3, whole section (its duplicate '(b)' lettering as printed)."))

add("neutral_rewrite", S3, SE4, [
    ch("To enhance privacy available to facility users and residents and promote a safe environment conducive to the facility's mission and patient care, health care facilities, as well as adult family homes,", "To enhance the privacy available to facility users and residents and promote safe environments conducive to patient and resident care, health care facilities and adult family homes", N, ["ice_cooperation"],
       "Purpose wording reworded; the duty to designate public and nonpublic areas is the same."),
    ch("a health care facility or adult family home and its personnel may not allow any person access to the nonpublic areas of the facility,", "health care facilities and adult family homes and their workers may not allow any person access to the nonpublic areas of the facilities or homes,", N, ["ice_cooperation"],
       "Same warrant rule for immigration-enforcement access, in plural wording."),
    ch("at least one other health care facility or adult family home employee", "at least one other worker", N, ["ice_cooperation"],
       "Who witnesses a denial of access is reworded."),
    ch("", "(4) If a worker employed or hired by a health care facility or adult family home is represented by a union and is subject to an immigration enforcement action at the facility or home, the health care facility or adult family home shall contact the worker's collective bargaining representative.", N, ["ice_cooperation"],
       "A union-notification duty does not change what facilities do for immigration agents."),
], gsrc(SUB, ESUB, "OLD = substitute Sec. 3 (health care facilities and adult family homes), whole section; NEW = engrossed substitute Sec. 4, whole section."))

add("mixed", O5_1, S4, [
    ch("(a) Refrain from disclosing personal information about students and employees except:", "", E, ["information_sharing"],
       "The campus-wide restriction on disclosing students' and employees' personal information is dropped."),
    ch("Comply with a request from an immigration officer for access to nonpublic areas of the campus only upon presentation of a judicial warrant, judicial subpoena, or court order.", "may not allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of the institution for any purpose without being presented with a valid judicial warrant or court order.", L, ["ice_cooperation"],
       "A subpoena no longer suffices, and the rule now binds every faculty member, employee and volunteer."),
    ch("This subsection does not apply to an immigration officer's request for access to or for information related to the operation of international student or employee programs, employment verification efforts, or other nonenforcement activities;", "", L, ["ice_cooperation", "information_sharing"],
       "The exception letting immigration officers in without a warrant for non-enforcement matters is removed."),
    ch("(c) Notify the person's emergency contact that the person has been taken into custody", "", N, ["access_to_services"],
       "Dropping notice to a detained student's emergency contact concerns support, not cooperation with agents."),
    ch("(b) Advise all students and employees to notify the office of the president", "(1) Governing boards shall develop policies to designate areas of institutions of higher education as public or nonpublic.", N, ["ice_cooperation"],
       "Internal notice and area designation duties, not a change in assistance to immigration enforcement."),
], gsrc(ORIG, SUB, "OLD = original Sec. 5(1)(a)-(e) (institutions of higher education; cut before (f)); NEW = substitute Sec. 4(1)-(3) (cut before the definitions)."))

add("definition_change", O6, S5, [
    ch(" County auditors are encouraged to designate these areas through mapping signage, key entry, policy, or a combination of those.", "", N, ["ice_cooperation"],
       "An encouragement about how to mark areas is dropped; ballot areas stay nonpublic."),
    ch("(5) For the purposes of this section, \"immigration enforcement\" has the same meaning as defined in section 1 of this act.", "(b) \"Nonpublic area\" has the same meaning as defined in section 1 of this act.", N, ["ice_cooperation"],
       "Adds a cross-referenced definition of nonpublic area; ballot areas were already designated nonpublic."),
    ch("", "(6) Nothing in this section may be construed to create a private right of action on the part of any individual or entity.", N, ["ice_cooperation"],
       "A remedies clause, not a change in access for immigration enforcement."),
], gsrc(ORIG, SUB, "OLD = original Sec. 6 (ballot-handling areas), whole section; NEW = substitute Sec. 5, whole section."))

add("rule_added", S4_FULL, SE5, [
    ch("", "(3) If a faculty member or employee of an institution of higher education is represented by a union and is subject to an immigration enforcement action at the institution, the institution shall contact the faculty member's or employee's collective bargaining representative.", N, ["ice_cooperation"],
       "A union-notification duty; the warrant rule for immigration officers is unchanged."),
], gsrc(SUB, ESUB, "OLD = substitute Sec. 4 (higher education), whole section; NEW = engrossed substitute Sec. 5, whole section (later subsections renumbered)."))

# ---------------- CONSTRUCTED ----------------
def cons(sit, base, basedesc, edits, changes, what):
    add(sit, base, apply(base, edits), changes, "CONSTRUCTED: OLD = real text, " + basedesc + ". NEW = OLD with an edit written for this set: " + what)

D_WA = "Washington SB 5906 (2025-26), engrossed substitute bill, Sec. 1(3) and Sec. 2 (attorney general model policy for early learning providers), GitHub tannewt/wa-law.org site/bill/2025-26/sb/5906/S.E/README.md (commit a30d107d4fab94af87096c38fa0cc922e08eea14); enactment status not checked"
a = "shall publish a model policy limiting"; b = "may publish a model policy limiting"
cons("modal_change", WA_AGMODEL, D_WA, [(a, b)], [ch(a, b, E, ["ice_cooperation"], "The attorney general's duty to issue a policy limiting assistance becomes optional.")], "'shall publish' -> 'may publish'.")
a = "limiting assistance with immigration enforcement at"; b = "limiting assistance with civil immigration enforcement at"
cons("scope_change", WA_AGMODEL, D_WA, [(a, b)], [ch(a, b, E, ["ice_cooperation"], "The model policy would only limit assistance with civil enforcement, leaving assistance with criminal immigration enforcement outside it.")], "'immigration enforcement' -> 'civil immigration enforcement' in Sec. 2(1).")
a1 = "Within 12 months after the effective date of this section, the attorney general"; b1 = "No later than one year after this section takes effect, the attorney general"
a2 = "The attorney general may elect to publish more than one model policy"; b2 = "The attorney general may publish more than one model policy"
cons("neutral_rewrite", WA_AGMODEL, D_WA, [(a1, b1), (a2, b2)], [ch(a1, b1, N, ["ice_cooperation"], "Same deadline in other words."), ch(a2, b2, N, ["ice_cooperation"], "'may elect to publish' and 'may publish' grant the same discretion.")], "deadline reworded; 'may elect to publish' -> 'may publish'.")
a = "Early learning providers are encouraged to adopt the model policy described in section 2 of this act."; b = "Early learning providers shall adopt the model policy described in section 2 of this act, or an equivalent policy."
cons("modal_change", WA_AGMODEL, D_WA, [(a, b)], [ch(a, b, L, ["ice_cooperation", "access_to_services"], "Adopting the policy limiting assistance becomes mandatory for providers.")], "'are encouraged to adopt' -> 'shall adopt ... or an equivalent policy'.")
a = "including any of the early learning provider's databases."; b = "including any of the early learning provider's databases. Nothing in a policy adopted under this section may prevent an early learning provider from responding to a request for information from federal immigration authorities."
cons("exception_added", WA_AGMODEL, D_WA, [(a, b)], [ch("", "Nothing in a policy adopted under this section may prevent an early learning provider from responding to a request for information from federal immigration authorities.", E, ["information_sharing", "ice_cooperation"], "Carves federal information requests out of any limiting policy.")], "a sentence added at the end of Sec. 2(2) exempting responses to federal immigration information requests.")

D_CA = "Cal. Gov. Code 12532.5 as added by SB 580 (Durazo; Stats. 2025, ch. 670, approved Oct. 12, 2025), chaptered text from the leginfo bill page (indexed GitHub snapshot, read_file id 68345422546; url leginfo.legislature.ca.gov billNavClient SB580)"
a = "relating to interaction with immigration authorities consistent with federal and state law."; b = "limiting assistance with immigration enforcement to the fullest extent possible consistent with federal and state law."
cons("scope_change", CA12532, D_CA, [(a, b)], [ch(a, b, L, ["ice_cooperation"], "The mandated model policy must now limit assistance with immigration enforcement as far as the law allows, not merely address interaction.")], "subject of the model policies in (a)(1) changed to 'limiting assistance with immigration enforcement to the fullest extent possible'.")
a = "a state or local agency shall implement the model policy"; b = "a state or local agency may implement the model policy"
cons("modal_change", CA12532, D_CA, [(a, b)], [ch(a, b, E, ["ice_cooperation"], "Agencies no longer have to adopt the model policy on interaction with immigration authorities.")], "'shall implement' -> 'may implement' in (a)(2).")
a = "consistent with federal and state law.\n\n(c)"; b = "consistent with federal and state law. This subdivision does not apply to information requested by federal immigration authorities about a person in the custody of a law enforcement agency.\n\n(c)"
cons("exception_added", CA12532, D_CA, [(a, b)], [ch("", "This subdivision does not apply to information requested by federal immigration authorities about a person in the custody of a law enforcement agency.", E, ["information_sharing", "detainers_holds"], "Custody records requested by immigration authorities fall outside the database limits.")], "an exception for federal requests about persons in custody added at the end of (b).")
a = "consistent with federal and state law.\n\n(2) On or before"; b = "consistent with federal and state law. (2) On or before"
cons("reparagraphed", CA12532, D_CA, [(a, b)], [ch(a, b, N, ["ice_cooperation"], "Paragraphs (a)(1) and (a)(2) are run together; no word changes.")], "the break between (a)(1) and (a)(2) removed (negative control).")
a = "(c) A rule, policy, or standard of general application issued by the Attorney General pursuant to this section shall not be subject to the requirements of Chapter 3.5 (commencing with Section 11340) of Part 1."
b = "(c) Chapter 3.5 (commencing with Section 11340) of Part 1 does not apply to a rule, policy, or standard of general application issued by the Attorney General pursuant to this section."
cons("restated", CA12532, D_CA, [(a, b)], [ch(a, b, N, ["ice_cooperation"], "Same APA exemption, sentence turned around.")], "(c) restated (negative control).")

D_CA2 = "Cal. Gov. Code 7284.8(a) (California Values Act, SB 54, Stats. 2017 ch. 495), https://self-law.org/code/ca/government-code/7284-8 (stored copy; (a) only, cut before (b), which breaks off in the copy; the three sentences of (a) set as separate paragraphs)"
a = "All public schools, health facilities operated by the state or a political subdivision of the state, and courthouses shall implement"; b = "All public schools and health facilities operated by the state or a political subdivision of the state shall implement"
cons("list_item_removed", CA7284_8, D_CA2, [(a, b)], [ch(a, b, E, ["ice_cooperation"], "Courthouses no longer have to adopt the policy limiting assistance with immigration enforcement.")], "'courthouses' removed from the entities that shall implement the model policy.")
a = "All public schools, health facilities operated"; b = "All public schools, public libraries, health facilities operated"
cons("list_item_added", CA7284_8, D_CA2, [(a, b)], [ch(a, b, L, ["ice_cooperation", "access_to_services"], "Public libraries must now implement the limiting policy rather than only being encouraged.")], "'public libraries' added to the entities that shall implement the model policy.")
a = "All public schools, health facilities operated by the state or a political subdivision of the state, and courthouses shall implement the model policy, or an equivalent policy."
b = "No public school, health facility operated by the state or a political subdivision of the state, or courthouse shall fail to implement the model policy, or an equivalent policy."
cons("double_negation", CA7284_8, D_CA2, [(a, b)], [ch(a, b, N, ["ice_cooperation"], "'No ... shall fail to implement' is the same duty as 'shall implement'.")], "the implementation sentence rewritten as a double negative (negative control).")
a = "limiting assistance with immigration enforcement to the fullest extent possible consistent with federal and state law"; b = "limiting assistance with immigration enforcement to the extent the Attorney General deems practicable"
cons("scope_change", CA7284_8, D_CA2, [(a, b)], [ch(a, b, E, ["ice_cooperation"], "The policies need only limit assistance as far as the Attorney General finds practicable, not to the fullest extent possible.")], "'to the fullest extent possible consistent with federal and state law' -> 'to the extent the Attorney General deems practicable'.")

D_NY = "New York Executive Order No. 170.1 (Gov. Andrew M. Cuomo, Apr. 25, 2018), 'Amendment to Executive Order 170 - State Policy Concerning Immigrant Access to State Services and Buildings', title, recitals and section A.1, https://www.governor.ny.gov/news/no-1701-amendment-executive-order-170-state-policy-concerning-immigrant-access-state-services (stored copy breaks off in A.2, so cut after A.1; curly quotes straightened, tab spacing removed)"
a = "owned or leased by any Affected State Entity."; b = "owned by any Affected State Entity."
cons("definition_change", NY1701, D_NY, [(a, b)], [ch(a, b, E, ["ice_cooperation", "access_to_services"], "Leased buildings drop out of 'State facility', so the order's protections against enforcement in state facilities reach fewer buildings.")], "'owned or leased' -> 'owned' in the definition of State facility.")
a = "shall not inquire about an individual's immigration status unless necessary"; b = "may inquire about an individual's immigration status only when necessary"
cons("restated", NY1701, D_NY, [(a, b)], [ch(a, b, N, ["status_inquiry"], "'shall not ... unless necessary' and 'may ... only when necessary' state the same limit.")], "the recital's inquiry rule restated positively (negative control).")
a = "for the purpose of federal civil immigration enforcement unless required by law;"; b = "for the purpose of federal civil immigration enforcement unless required or permitted by law;"
cons("exception_changed", NY1701, D_NY, [(a, b)], [ch(a, b, E, ["information_sharing"], "Disclosure to immigration authorities is allowed whenever the law merely permits it, widening the exception.")], "'unless required by law' -> 'unless required or permitted by law'.")
a1 = "immigration enforcement activity in these spaces create a chilling effect"; b1 = "immigration enforcement activity in these spaces creates a chilling effect"
a2 = "access to State services is critical to the well-being"; b2 = "access to State services is essential to the well-being"
cons("neutral_rewrite", NY1701, D_NY, [(a1, b1), (a2, b2)], [ch(a1, b1, N, ["access_to_services"], "Grammar fix in a recital."), ch(a2, b2, N, ["access_to_services"], "Synonym in a recital.")], "two recitals reworded (negative control).")

D_VA = "Virginia Governor Glenn Youngkin, Executive Order 47 'Keep Virginians Safe from Dangerous Criminal Illegal Immigrants' (Feb. 27, 2025), the three main directives as stated by the Governor's office, quoted in https://www.wsls.com/news/local/2025/02/27/gov-youngkin-signs-executive-order-47-orders-police-to-fully-cooperate-with-ice/ (the order's own text was not stored; heading line added by me to name the document)"
a = "\n\nInstruct the Secretary of Public Safety & Homeland Security to contact every Director, Sheriff, or other official in charge of a local or regional jail in the Commonwealth of Virginia and request a certification confirming their full cooperation with ICE in all Enforcement and Removal Operations and stating that they will cooperate with the Section 287(g) VSP Task Force."
cons("list_item_removed", VA47, D_VA, [(a, "")], [ch(a.strip(), "", L, ["ice_cooperation", "raids_joint_operations"], "The state no longer presses local jails to certify full cooperation with ICE.")], "the third directive (jail cooperation certifications) deleted.")
a = "apprehension of criminal illegal immigrants who pose a risk to public safety throughout"; b = "apprehension of illegal immigrants throughout"
cons("scope_change", VA47, D_VA, [(a, b)], [ch(a, b, E, ["raids_joint_operations", "enforcement_authority"], "The task force may pursue any removable person, not only criminals who pose a public-safety risk.")], "target of the VSP task force widened from 'criminal illegal immigrants who pose a risk to public safety' to 'illegal immigrants'.")
a = "who pose a risk to public safety throughout the Commonwealth of Virginia."; b = "who pose a risk to public safety throughout the Commonwealth of Virginia. Each Task Force operation shall require the prior written approval of the Superintendent of State Police."
cons("approval_added", VA47, D_VA, [(a, b)], [ch("", "Each Task Force operation shall require the prior written approval of the Superintendent of State Police.", L, ["supervisor_approval", "raids_joint_operations"], "Adds a superintendent sign-off before each 287(g) task-force operation.")], "a Superintendent-approval sentence added to the first directive.")
a = "and request a certification confirming"; b = "and require a certification confirming"
cons("modal_change", VA47, D_VA, [(a, b)], [ch(a, b, E, ["ice_cooperation"], "Jails' cooperation certification becomes a demand rather than a request.")], "'request a certification' -> 'require a certification'.")

D_MD = "Maryland Attorney General Anthony G. Brown, guidance to state and local law enforcement on immigration enforcement (Jan. 27, 2025): the AG's statement and the 'key provisions' list as issued in his release, quoted in https://wmar2news.com/local/carroll-county-states-attorney-slams-maryland-attorney-generals-ice-guidance (the 11-page memorandum itself was not stored; the line 'Key provisions - Maryland law enforcement officers:' is my heading for the list)"
a = "- Are prohibited from contracting with private immigration detention facilities"; b = "- Are prohibited from contracting with private immigration detention facilities\n\n- Cannot take part in joint operations with federal immigration authorities whose purpose is civil immigration enforcement"
cons("list_item_added", MDAG, D_MD, [(a, b)], [ch("", "- Cannot take part in joint operations with federal immigration authorities whose purpose is civil immigration enforcement", L, ["raids_joint_operations"], "Adds a bar on joint civil immigration operations.")], "a seventh item added.")
a = "unless relevant to a criminal investigation"; b = "unless relevant to a criminal investigation or to a request from federal immigration authorities"
cons("exception_changed", MDAG, D_MD, [(a, b)], [ch(a, b, E, ["status_inquiry"], "Officers may ask about status whenever federal immigration authorities request it.")], "exception to the status-inquiry ban widened.")
a = "- May share citizenship/immigration status with federal officials but are not required to do so"; b = "- Must share citizenship/immigration status with federal officials when asked"
cons("modal_change", MDAG, D_MD, [(a, b)], [ch(a, b, E, ["information_sharing"], "Sharing status information becomes a duty instead of an option.")], "'May share ... but are not required to' -> 'Must share ... when asked'.")
a = "immigrant communities, helping them feel safe to report and prevent crime. The federal government"; b = "immigrant communities, helping them feel safe to report and prevent crime.\n\nThe federal government"
a2 = "enforce immigration laws. This guidance ensures"; b2 = "enforce immigration laws.\n\nThis guidance ensures"
cons("reparagraphed", MDAG, D_MD, [(a, b), (a2, b2)], [ch(a, b, N, ["ice_cooperation"], "Statement split into paragraphs; same words."), ch(a2, b2, N, ["ice_cooperation"], "Statement split into paragraphs; same words.")], "the AG's statement split into three paragraphs (negative control).")
a = "with federal immigration authorities without a judicial warrant"; b = "with federal immigration authorities"
cons("exception_removed", MDAG, D_MD, [(a, b)], [ch(a, b, L, ["information_sharing"], "Personal information may no longer be shared even with a judicial warrant under this item.")], "'without a judicial warrant' deleted from the personal-information item.")

a = "1. \"State facility\" shall mean any building, or part thereof, owned or leased by any Affected State Entity."
b = a + "\n\nB. No Affected State Entity shall permit federal immigration authorities to enter a nonpublic area of a State facility to make a civil immigration arrest unless they present a judicial warrant."
cons("rule_added", NY1701, D_NY, [(a, b)], [ch("", "B. No Affected State Entity shall permit federal immigration authorities to enter a nonpublic area of a State facility to make a civil immigration arrest unless they present a judicial warrant.", L, ["ice_cooperation", "detainers_holds"], "Adds a warrant requirement before immigration agents may make civil arrests inside nonpublic areas of State facilities.")], "a section B written for this set (my wording, not the real text of EO 170.1's later sections) added after A.1.")
a = "to assist in the identification and apprehension of criminal illegal immigrants who pose a risk to public safety throughout the Commonwealth of Virginia."
b = a + " Task Force officers shall not conduct immigration enforcement at schools, places of worship, hospitals, or courthouses."
cons("exception_added", VA47, D_VA, [(a, b)], [ch("", "Task Force officers shall not conduct immigration enforcement at schools, places of worship, hospitals, or courthouses.", L, ["raids_joint_operations"], "Carves sensitive locations out of the task force's enforcement activity.")], "a sensitive-locations exception added to the first directive.")
a = "(2) On or before January 1, 2027, a state or local agency shall implement the model policy or an equivalent policy."
b = a + "\n\n(3) A state or local agency shall not enter into an agreement giving federal immigration authorities access to its databases without the approval of its governing body."
cons("approval_added", CA12532, D_CA, [(a, b)], [ch("", "(3) A state or local agency shall not enter into an agreement giving federal immigration authorities access to its databases without the approval of its governing body.", L, ["supervisor_approval", "information_sharing"], "Database-access agreements with immigration authorities now need governing-body approval.")], "a paragraph (a)(3) requiring governing-body approval of database-access agreements added.")
a = "(3) The definitions in RCW 43.17.420 and section 1 of this act apply to this section."
b = "(3) Subsection (2) of this section does not authorize an early learning provider to admit an officer or employee of an agency conducting immigration enforcement to a nonpublic area without a valid judicial warrant or court order.\n\n(4) The definitions in RCW 43.17.420 and section 1 of this act apply to this section."
cons("cross_clause", WA_AGMODEL, D_WA, [(a, b)], [ch("", "(3) Subsection (2) of this section does not authorize an early learning provider to admit an officer or employee of an agency conducting immigration enforcement to a nonpublic area without a valid judicial warrant or court order.", L, ["ice_cooperation"], "Closes the funding-requirements caveat in (2) as a route to admitting agents without a warrant.")], "a new (3) limiting the reach of the implementation caveat in (2); old (3) renumbered (4).")
a = "and ensuring that they remain safe and accessible to all California residents, regardless of immigration status."
b = "and ensuring that they remain safe and accessible to all California residents, regardless of immigration status. The model policies shall provide that staff may not consent to entry by immigration enforcement officers into nonpublic areas without a judicial warrant."
cons("rule_added", CA7284_8, D_CA2, [(a, b)], [ch("", "The model policies shall provide that staff may not consent to entry by immigration enforcement officers into nonpublic areas without a judicial warrant.", L, ["ice_cooperation", "access_to_services"], "Requires the model policies to bar warrantless consent to entry by immigration officers.")], "a sentence on nonpublic areas added to the first paragraph.")

for i, p in enumerate(P):
    p["id"] = "JL-%02d" % (i + 1)
    check(p)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P))
