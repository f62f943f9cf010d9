# Builds ../pairs.jsonl for heldout23 (prefix HZ). Base texts are real statute text copied from stored pages
# (see SOURCE.md); NEW sides of CONSTRUCTED pairs are produced by the (find, replace) edits below.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check

OK = """A. A law enforcement agency that has custody of a person who is subject to an immigration detainer request issued by the United States Immigration and Customs Enforcement shall:

1. Comply with, honor and fulfill any request made in the immigration detainer request provided by the United States Immigration and Customs Enforcement; and

2. Inform the person identified in the immigration detainer request that he or she is being held pursuant to an immigration detainer request issued by the United States Immigration and Customs Enforcement.

B. A law enforcement agency shall not be required to perform a duty imposed by subsection A of this section with respect to a person who has provided proof that the person is a citizen of the United States. Such proof may include:

1. An Oklahoma driver license or identification card issued by the Department of Public Safety on or after November 1, 2007; or

2. State- or federal government-issued identification.

C. As used in this section:

1. "Immigration detainer request" means a federal government request to a local entity to maintain temporary custody of an alien, including a United States Department of Homeland Security Form I-247 document or a similar successor form; and

2. "Law enforcement agency" means any state, county or municipal agency or department which maintains custody of persons accused of, charged with or convicted of any criminal offense. This term includes, but shall not be limited to, peace officers, sheriffs, deputy sheriffs, jailers, correctional officers, agents, employees or contractors of a law enforcement agency."""

AR_OLD = """(a)(1) A municipality shall not enact or adopt a sanctuary policy.

(2) A municipality that enacts or adopts a sanctuary policy is ineligible for discretionary moneys provided through funds or grants administered by the state until the sanctuary policy is repealed or no longer in effect.

(b) As used in this section, "sanctuary policy" means an order, ordinance, or law enforcement policy, whether formally enacted or informally adopted by custom or practice, that:

(1) Limits or prohibits a municipal official or person employed by the municipality from communicating or cooperating with federal agencies or officials to verify or report the immigration status of a person within the municipality;

(2) Grants to illegal immigrants the right to lawful presence or status within the municipality in violation of federal law;

(3) Violates 8 U.S.C. § 1373, as in effect January 1, 2019;

(4) Restricts or imposes any conditions upon the municipality's cooperation or compliance with detainers or other requests from United States Immigration and Customs Enforcement to maintain custody of an immigrant or to transfer an immigrant to the custody of United States Immigration and Customs Enforcement;

(5) Requires United States Immigration and Customs Enforcement to obtain a warrant or demonstrate more than probable cause before complying with detainers or other legal and valid requests from United States Immigration and Customs Enforcement to maintain custody of an immigrant or to transfer an immigrant to the custody of United States Immigration and Customs Enforcement; or

(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status."""

# genuine pair: both sides cut after item (4)/(D)
AR_G_OLD = AR_OLD.split("\n\n(5) Requires")[0]
AR_G_NEW = """(a)(1) A local government shall not enact or adopt a sanctuary policy.

(2) A local government that enacts or adopts a sanctuary policy is ineligible for discretionary moneys provided through funds or grants administered by the state until the sanctuary policy is repealed or no longer in effect.

(b) As used in this section:

(1) "Local government" means:

(A) A county;

(B) A city of the first class, a city of the second class, or an incorporated town; or

(C) Any other political subdivision of the state; and

(2) "Sanctuary policy" means an order, ordinance, or law enforcement policy, whether formally enacted or informally adopted by custom or practice, that:

(A) Limits or prohibits a local government official or person employed by the local government from communicating or cooperating with federal agencies or officials to verify or report the immigration status of a person within the local government;

(B) Grants to illegal immigrants the right to lawful presence or status within the local government in violation of federal law;

(C) Violates 8 U.S.C. § 1373, as in effect January 1, 2019;

(D) Restricts or imposes any conditions upon the local government's cooperation or compliance with detainers or other requests from United States Immigration and Customs Enforcement to maintain custody of an immigrant or to transfer an immigrant to the custody of United States Immigration and Customs Enforcement;"""

SC = """(A) If a law enforcement officer of this State or a political subdivision of this State lawfully stops, detains, investigates, or arrests a person for a criminal offense, and during the commission of the stop, detention, investigation, or arrest the officer has reasonable suspicion to believe that the person is unlawfully present in the United States, the officer shall make a reasonable effort, when practicable, to determine whether the person is lawfully present in the United States, unless the determination would hinder or obstruct an investigation.

(B)(1) If the person provides the officer with a valid form of any of the following picture identifications, the person is presumed to be lawfully present in the United States:

(a) a driver's license or picture identification issued by the South Carolina Department of Motor Vehicles;

(b) a driver's license or picture identification issued by another state;

(c) a picture identification issued by the United States, including a passport or military identification; or

(d) a tribal picture identification."""

SRC_OK = ("CONSTRUCTED: OLD = real text, Oklahoma Statutes Title 22, Section 171.3 'Custody of persons subject to immigration detainer request' "
          "(Added by Laws 2021, c. 255, § 2 = Enrolled House Bill 2774 of 2021, eff. Nov. 1, 2021), verbatim from "
          "https://getpocketlaw.com/law/state_oklahoma/section-22-171-3-custody-of-persons-subject-to-immigration-detainer-request_e263a473bbee "
          "(whole section; the history line left out). NEW = my edit: ")
SRC_AR = ("CONSTRUCTED: OLD = real text, Arkansas Code § 14-1-103 'Sanctuary policies prohibited - Definition', subsections (a) and (b) "
          "as enacted by Act 2019 (SB 411), text 'current with legislation from 2024 Fiscal and Special Sessions', verbatim from "
          "https://casetext.com/statute/arkansas-code-of-1987/title-14-local-government/subtitle-1-general-provisions/chapter-1-general-provisions/subchapter-1-sport-shooting-ranges-and-facilities/section-14-1-103-sanctuary-policies-prohibited-definition "
          "(subsection (c) left out). NEW = my edit: ")
SRC_SC = ("CONSTRUCTED: OLD = real text, South Carolina Code § 17-13-170(A) and (B)(1) 'Law enforcement authorization to determine immigration status; "
          "reasonable suspicion' (2011 Act No. 69, S. 20), 2013 code, verbatim from "
          "https://law.justia.com/codes/south-carolina/2013/title-17/chapter-13/section-17-13-170/ (cut after (B)(1)(d); (B)(2) onward left out). NEW = my edit: ")

pairs = []
def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(situation, old, edits, changes, source, new=None):
    if new is None:
        new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "HZ-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    pairs.append(p)

LIM, EXP, NEU = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- GENUINE: Arkansas 14-1-103 before / after Act 654 of 2025 (SB 426) ----------------
add("scope_change", AR_G_OLD, None, [
    C("(a)(1) A municipality shall not enact or adopt a sanctuary policy.", "(a)(1) A local government shall not enact or adopt a sanctuary policy.", EXP, ["ice_cooperation"],
      "The ban on sanctuary policies now reaches counties and other political subdivisions, not only cities and towns, so more local bodies must leave cooperation with federal immigration authorities unrestricted."),
    C("", "(1) \"Local government\" means:\n\n(A) A county;", EXP, ["ice_cooperation", "detainers_holds"],
      "The new definition brings counties - which run the jails that receive detainers - under the ban on restricting detainer compliance."),
    C("(b) As used in this section, \"sanctuary policy\" means", "(2) \"Sanctuary policy\" means", NEU, ["ice_cooperation"],
      "The definition of sanctuary policy is renumbered under a new stem with the same wording."),
], "GENUINE: Arkansas Code § 14-1-103(a)-(b). OLD: text enacted by Act 2019 (SB 411), 'current with legislation from 2024 Fiscal and Special Sessions', verbatim from "
   "https://casetext.com/statute/arkansas-code-of-1987/title-14-local-government/subtitle-1-general-provisions/chapter-1-general-provisions/subchapter-1-sport-shooting-ranges-and-facilities/section-14-1-103-sanctuary-policies-prohibited-definition . "
   "NEW: text as amended by Act 654 of 2025 (SB 426, 'Defense Against Criminal Illegals Act', which says it expands 'the state's current ban on sanctuary cities to include counties and unincorporated areas'; "
   "bill at https://app.legiplex.com/ar/legislature/2025/2025-r/bills/sb426/drafts-compare), verbatim from https://policyrisk.com/states/arkansas/statutes/14-1-103 "
   "(that page runs items together on one line; I put each item on its own paragraph). Both sides cut after definition item (4)/(D) because the newer stored copy breaks off inside item (E); items (5)/(6) and subsection (c) are left out of both.",
   new=AR_G_NEW)

# ---------------- Oklahoma 22 O.S. 171.3 (constructed) ----------------
add("modal_change", OK, [("Immigration and Customs Enforcement shall:\n\n1. Comply", "Immigration and Customs Enforcement may:\n\n1. Comply")], [
    C("Immigration and Customs Enforcement shall:", "Immigration and Customs Enforcement may:", LIM, ["detainers_holds"],
      "Honoring ICE detainers becomes optional instead of mandatory for agencies holding the person."),
], SRC_OK + "in subsection A the stem 'shall:' became 'may:'.")

add("list_item_removed", OK, [("2007; or\n\n2. State- or federal government-issued identification.", "2007.")], [
    C("1. An Oklahoma driver license or identification card issued by the Department of Public Safety on or after November 1, 2007; or\n\n2. State- or federal government-issued identification.",
      "1. An Oklahoma driver license or identification card issued by the Department of Public Safety on or after November 1, 2007.", EXP, ["detainers_holds", "document_requests"],
      "Other state or federal IDs no longer count as proof of citizenship, so fewer detained people escape the duty to hold them on a detainer."),
], SRC_OK + "deleted item B.2 ('State- or federal government-issued identification.') and the 'or' before it.")

add("list_item_added", OK, [("2. State- or federal government-issued identification.", "2. State- or federal government-issued identification; or\n\n3. A United States passport, passport card, certificate of naturalization or certificate of citizenship.")], [
    C("", "3. A United States passport, passport card, certificate of naturalization or certificate of citizenship.", LIM, ["detainers_holds", "document_requests"],
      "A further way to prove citizenship widens the exception to the detainer duty, so fewer people are held."),
], SRC_OK + "added item B.3 (U.S. passport, passport card, naturalization or citizenship certificate) and moved 'or'.")

add("definition_change", OK, [("Form I-247 document or a similar successor form; and", "Form I-247 document or a similar successor form, and any administrative warrant of arrest or removal issued by the United States Department of Homeland Security, including Form I-200 or Form I-205; and")], [
    C("Form I-247 document or a similar successor form; and", "Form I-247 document or a similar successor form, and any administrative warrant of arrest or removal issued by the United States Department of Homeland Security, including Form I-200 or Form I-205; and", EXP, ["detainers_holds"],
      "Administrative immigration warrants now also count as detainer requests that agencies must honor, widening the holding duty."),
], SRC_OK + "widened the definition of 'Immigration detainer request' in C.1 to include DHS administrative warrants (Forms I-200/I-205).")

add("definition_change", OK, [("correctional officers, agents, employees or contractors of a law enforcement agency.", "correctional officers, agents and employees of a law enforcement agency, but does not include a private contractor operating a detention facility under contract with a county or municipality.")], [
    C("correctional officers, agents, employees or contractors of a law enforcement agency.", "correctional officers, agents and employees of a law enforcement agency, but does not include a private contractor operating a detention facility under contract with a county or municipality.", LIM, ["detainers_holds"],
      "Private contractors running jails drop out of the entities bound to honor detainers."),
], SRC_OK + "in C.2 removed contractors and added an express exclusion of private contractors operating detention facilities.")

add("approval_added", OK, [("1. Comply with, honor and fulfill any request", "1. With the written approval of the sheriff or the chief administrator of the facility, comply with, honor and fulfill any request")], [
    C("1. Comply with, honor and fulfill any request", "1. With the written approval of the sheriff or the chief administrator of the facility, comply with, honor and fulfill any request", LIM, ["detainers_holds", "supervisor_approval"],
      "Holding a person on a detainer now needs written approval from the sheriff or jail administrator first, a new condition on compliance."),
], SRC_OK + "added a written-approval condition at the start of A.1.")

add("rule_added", OK, [("issued by the United States Immigration and Customs Enforcement.\n\nB.", "issued by the United States Immigration and Customs Enforcement.\n\nB. A law enforcement agency shall not maintain custody of a person under subsection A of this section for more than forty-eight (48) hours, excluding Saturdays, Sundays and holidays, after the time the person would otherwise have been released.\n\nC."),
                          ("\n\nC. As used in this section:", "\n\nD. As used in this section:")], [
    C("", "B. A law enforcement agency shall not maintain custody of a person under subsection A of this section for more than forty-eight (48) hours, excluding Saturdays, Sundays and holidays, after the time the person would otherwise have been released.", LIM, ["detainers_holds"],
      "A new time cap limits how long a person may be held past release on a detainer."),
], SRC_OK + "inserted a new subsection B (48-hour limit on detainer holds) and relettered former B and C as C and D.")

add("rule_added", OK, [("\n\nC. As used in this section:", "\n\nC. A law enforcement agency shall provide officers of the United States Immigration and Customs Enforcement reasonable access to its detention facilities and to persons in its custody for the purpose of interviewing persons who are subject to an immigration detainer request.\n\nD. As used in this section:")], [
    C("", "C. A law enforcement agency shall provide officers of the United States Immigration and Customs Enforcement reasonable access to its detention facilities and to persons in its custody for the purpose of interviewing persons who are subject to an immigration detainer request.", EXP, ["ice_cooperation"],
      "Jails gain a new duty to let ICE into the facility to interview detainees."),
], SRC_OK + "inserted a new subsection C (ICE access to detention facilities for interviews) and relettered the definitions subsection D.")

add("exception_to_exception", OK, [("2. State- or federal government-issued identification.", "2. State- or federal government-issued identification.\n\nThis subsection shall not apply if the law enforcement agency has probable cause to believe that the proof offered by the person is false, fictitious or fraudulently obtained.")], [
    C("", "This subsection shall not apply if the law enforcement agency has probable cause to believe that the proof offered by the person is false, fictitious or fraudulently obtained.", EXP, ["detainers_holds", "document_requests"],
      "The citizenship-proof exception to the detainer duty no longer shields a person whose documents the agency suspects are false, so the duty to hold reaches more people."),
], SRC_OK + "added an unnumbered paragraph at the end of subsection B that withdraws the exception where the agency has probable cause to think the proof is false.")

add("restated", OK, [("2. Inform the person identified in the immigration detainer request that he or she is being held pursuant to an immigration detainer request issued by",
                      "2. Notify the person named in the immigration detainer request that the person is being held under an immigration detainer request issued by")], [
    C("2. Inform the person identified in the immigration detainer request that he or she is being held pursuant to",
      "2. Notify the person named in the immigration detainer request that the person is being held under", NEU, ["detainers_holds"],
      "The notice duty is reworded (inform/notify, identified/named, pursuant to/under) with the same effect."),
], SRC_OK + "reworded A.2 ('Inform the person identified ... he or she ... pursuant to' -> 'Notify the person named ... the person ... under').")

add("reparagraphed", OK, [("Such proof may include:\n\n1. An Oklahoma driver license or identification card issued by the Department of Public Safety on or after November 1, 2007; or\n\n2. State- or federal government-issued identification.",
                           "Such proof may include: 1. An Oklahoma driver license or identification card issued by the Department of Public Safety on or after November 1, 2007; or 2. State- or federal government-issued identification.")], [
    C("Such proof may include:\n\n1. An Oklahoma driver license", "Such proof may include: 1. An Oklahoma driver license", NEU, ["document_requests", "detainers_holds"],
      "The two kinds of proof are run into the paragraph of subsection B instead of standing as separate items; the words are unchanged."),
], SRC_OK + "joined the list items B.1 and B.2 to the paragraph of subsection B (same words, no paragraph breaks).")

# ---------------- Arkansas 14-1-103 (constructed, on the 2019-2024 text) ----------------
add("list_item_removed", AR_OLD, [("to the custody of United States Immigration and Customs Enforcement; or\n\n(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.",
                               "to the custody of United States Immigration and Customs Enforcement.")], [
    C("(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.", "", LIM, ["status_inquiry"],
      "A city may now forbid its officers to ask about immigration status without its policy counting as a banned sanctuary policy."),
], SRC_AR + "deleted item (b)(6) (policies preventing officers from asking about status) and ended item (5) with a period.")

add("list_item_added", AR_OLD, [("to the custody of United States Immigration and Customs Enforcement; or\n\n(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.",
                             "to the custody of United States Immigration and Customs Enforcement;\n\n(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status; or\n\n(7) Prohibits the municipality or its law enforcement agency from entering into, renewing, or carrying out an agreement with the federal government under 8 U.S.C. § 1357(g).")], [
    C("", "(7) Prohibits the municipality or its law enforcement agency from entering into, renewing, or carrying out an agreement with the federal government under 8 U.S.C. § 1357(g).", EXP, ["raids_joint_operations", "ice_cooperation"],
      "A city may no longer bar its police from 287(g) agreements, so the ban on sanctuary policies now protects 287(g) participation."),
], SRC_AR + "added item (b)(7) (policies barring 287(g) agreements) and moved 'or'.")

add("exception_added", AR_OLD, [("(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.",
                             "(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.\n\nHowever, \"sanctuary policy\" does not include a policy that prevents a law enforcement officer from asking about the citizenship or immigration status of a person who is a victim of or witness to a crime or who is reporting a crime, or that prevents a municipal employee from asking about status as a condition of providing emergency medical, fire, or police services.")], [
    C("", "However, \"sanctuary policy\" does not include a policy that prevents a law enforcement officer from asking about the citizenship or immigration status of a person who is a victim of or witness to a crime or who is reporting a crime",
      LIM, ["status_inquiry"], "Cities may now shield crime victims and witnesses from status questions without breaking the state ban."),
    C("", "or that prevents a municipal employee from asking about status as a condition of providing emergency medical, fire, or police services.", LIM, ["access_to_services", "status_inquiry"],
      "A policy keeping status questions out of emergency services is likewise carved out of the banned category."),
], SRC_AR + "added an unnumbered paragraph after item (b)(6) excluding victim/witness and emergency-services policies from the definition.")

add("modal_change", AR_OLD, [("(2) A municipality that enacts or adopts a sanctuary policy is ineligible for discretionary moneys",
                          "(2) A municipality that enacts or adopts a sanctuary policy may be declared ineligible for discretionary moneys")], [
    C("is ineligible for discretionary moneys", "may be declared ineligible for discretionary moneys", LIM, ["ice_cooperation"],
      "Loss of state funds for a sanctuary policy becomes discretionary instead of automatic, weakening the pressure on cities to cooperate."),
], SRC_AR + "in (a)(2) 'is ineligible' became 'may be declared ineligible'.")

add("scope_change", AR_OLD, [("(4) Restricts or imposes any conditions upon the municipality's cooperation or compliance with detainers",
                          "(4) Prohibits the municipality's compliance with detainers")], [
    C("(4) Restricts or imposes any conditions upon the municipality's cooperation or compliance with detainers", "(4) Prohibits the municipality's compliance with detainers", LIM, ["detainers_holds"],
      "Only an outright refusal of detainers is banned now; a city may put conditions on honoring them."),
], SRC_AR + "narrowed item (b)(4) from policies that restrict or condition detainer compliance to policies that prohibit it.")

add("scope_change", AR_OLD, [("to verify or report the immigration status of a person within the municipality;",
                          "to verify or report the immigration status, custody status, release date, or home or work address of a person within the municipality;")], [
    C("to verify or report the immigration status of a person within the municipality;", "to verify or report the immigration status, custody status, release date, or home or work address of a person within the municipality;", EXP, ["information_sharing"],
      "A city can no longer stop its staff from giving federal agents release dates and addresses, widening the information-sharing that must stay unrestricted."),
], SRC_AR + "widened item (b)(1) to cover custody status, release date and addresses.")

add("restated", AR_OLD, [("(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.",
                      "(6) Prohibits a law enforcement officer from inquiring into the citizenship or immigration status of a person.")], [
    C("(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.", "(6) Prohibits a law enforcement officer from inquiring into the citizenship or immigration status of a person.", NEU, ["status_inquiry"],
      "Item (6) is reworded (prevents/prohibits, asking/inquiring) with the same meaning."),
], SRC_AR + "reworded item (b)(6).")

add("reparagraphed", AR_OLD, [("(a)(1) A municipality shall not enact or adopt a sanctuary policy.\n\n(2) A municipality that enacts",
                           "(a) A municipality shall not enact or adopt a sanctuary policy. A municipality that enacts")], [
    C("(a)(1) A municipality shall not enact or adopt a sanctuary policy.\n\n(2) A municipality that enacts", "(a) A municipality shall not enact or adopt a sanctuary policy. A municipality that enacts", NEU, ["ice_cooperation"],
      "The prohibition and the funding sanction are merged into one paragraph without numbers; the words are unchanged."),
], SRC_AR + "merged (a)(1) and (a)(2) into one unnumbered paragraph (a).")

add("cross_clause", AR_OLD, [("(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.",
                          "(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.\n\n(c) Subdivisions (b)(4) and (b)(5) of this section do not apply to a policy under which a municipality declines to maintain custody of a person for more than forty-eight (48) hours, excluding weekends and holidays, after the person would otherwise be released.")], [
    C("", "(c) Subdivisions (b)(4) and (b)(5) of this section do not apply to a policy under which a municipality declines to maintain custody of a person for more than forty-eight (48) hours",
      LIM, ["detainers_holds"], "A separate subsection lets a city refuse detainer holds beyond 48 hours without that refusal counting as a banned sanctuary policy."),
], SRC_AR + "added a new subsection (c) qualifying items (b)(4) and (b)(5) (the original subsection (c) is not reproduced).")

add("mixed", AR_OLD, [("to the custody of United States Immigration and Customs Enforcement; or\n\n(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status.",
                   "to the custody of United States Immigration and Customs Enforcement;\n\n(6) Prevents law enforcement officers from asking a person about his or her citizenship or immigration status; or\n\n(7) Prohibits law enforcement officers from assisting or participating in a federal immigration enforcement operation when requested by a federal agency."),
                  ("(2) Grants to illegal immigrants the right to lawful presence or status within the municipality in violation of federal law;\n\n(3)", "(3)")], [
    C("", "(7) Prohibits law enforcement officers from assisting or participating in a federal immigration enforcement operation when requested by a federal agency.", EXP, ["raids_joint_operations"],
      "Cities may no longer forbid their officers to join federal immigration operations on request."),
    C("(2) Grants to illegal immigrants the right to lawful presence or status within the municipality in violation of federal law;", "", NEU, ["access_to_services"],
      "Dropping the item about granting lawful presence (which no city can do anyway) does not change what officers do about enforcement."),
], SRC_AR + "added item (b)(7) (policies forbidding officers to join federal operations) and deleted item (b)(2), leaving the numbering of the rest unchanged as a drafter's interim copy would.")

# ---------------- South Carolina 17-13-170 (constructed) ----------------
add("modal_change", SC, [("the officer shall make a reasonable effort", "the officer may make a reasonable effort")], [
    C("the officer shall make a reasonable effort", "the officer may make a reasonable effort", LIM, ["status_inquiry"],
      "Checking the immigration status of a suspected unlawfully present person becomes optional for the officer."),
], SRC_SC + "in (A) 'shall make' became 'may make'.")

add("scope_change", SC, [("lawfully stops, detains, investigates, or arrests a person for a criminal offense, and", "lawfully stops, detains, investigates, or arrests a person for any reason, including a traffic or other noncriminal violation, and")], [
    C("arrests a person for a criminal offense, and", "arrests a person for any reason, including a traffic or other noncriminal violation, and", EXP, ["status_inquiry", "enforcement_authority"],
      "The status check now attaches to every lawful stop, including traffic and civil stops, not only criminal ones."),
], SRC_SC + "replaced 'for a criminal offense' in (A) with 'for any reason, including a traffic or other noncriminal violation'.")

add("list_item_removed", SC, [("(a) a driver's license or picture identification issued by the South Carolina Department of Motor Vehicles;\n\n(b) a driver's license or picture identification issued by another state;\n\n(c) a picture identification issued by the United States, including a passport or military identification; or\n\n(d) a tribal picture identification.",
                              "(a) a driver's license or picture identification issued by the South Carolina Department of Motor Vehicles;\n\n(b) a picture identification issued by the United States, including a passport or military identification; or\n\n(c) a tribal picture identification.")], [
    C("(b) a driver's license or picture identification issued by another state;", "", EXP, ["document_requests", "status_inquiry"],
      "Out-of-state licences no longer create a presumption of lawful presence, so more people face a status check."),
], SRC_SC + "deleted item (B)(1)(b) (other states' licences) and relettered (c)-(d) as (b)-(c).")

add("list_item_added", SC, [("(c) a picture identification issued by the United States, including a passport or military identification; or\n\n(d) a tribal picture identification.",
                            "(c) a picture identification issued by the United States, including a passport or military identification;\n\n(d) a tribal picture identification; or\n\n(e) a picture identification card issued to a student or employee by a public or private school, college, or university in this State.")], [
    C("", "(e) a picture identification card issued to a student or employee by a public or private school, college, or university in this State.", LIM, ["document_requests", "status_inquiry"],
      "One more kind of ID now presumes lawful presence, ending the status check for more people."),
], SRC_SC + "added item (B)(1)(e) (school, college or university picture IDs) and moved 'or'.")

add("exception_added", SC, [("unless the determination would hinder or obstruct an investigation.", "unless the determination would hinder or obstruct an investigation or the person is a victim of, a witness to, or a person reporting a criminal offense.")], [
    C("", "or the person is a victim of, a witness to, or a person reporting a criminal offense", LIM, ["status_inquiry"],
      "Victims, witnesses and people reporting crimes are exempted from the status check."),
], SRC_SC + "extended the closing exception of (A) to victims, witnesses and persons reporting crimes.")

add("exception_removed", SC, [("to determine whether the person is lawfully present in the United States, unless the determination would hinder or obstruct an investigation.",
                              "to determine whether the person is lawfully present in the United States.")], [
    C(", unless the determination would hinder or obstruct an investigation.", "", EXP, ["status_inquiry"],
      "The officer can no longer skip the status check on the ground that it would hinder an investigation."),
], SRC_SC + "deleted the closing 'unless' clause of (A).")

add("approval_added", SC, [("unless the determination would hinder or obstruct an investigation.", "unless the determination would hinder or obstruct an investigation. An officer shall not begin the determination until a supervisor has approved it, and the supervisor's approval shall be recorded in the incident report.")], [
    C("", "An officer shall not begin the determination until a supervisor has approved it, and the supervisor's approval shall be recorded in the incident report.", LIM, ["status_inquiry", "supervisor_approval"],
      "A status check now needs prior, recorded supervisor approval."),
], SRC_SC + "added a sentence at the end of (A) requiring recorded supervisor approval before a status check.")

add("scope_change", SC, [("the officer has reasonable suspicion to believe that the person is unlawfully present", "the officer has probable cause to believe that the person is unlawfully present")], [
    C("the officer has reasonable suspicion to believe", "the officer has probable cause to believe", LIM, ["status_inquiry"],
      "Raising the threshold from reasonable suspicion to probable cause means fewer status checks."),
], SRC_SC + "in (A) 'reasonable suspicion' became 'probable cause'.")

add("restated", SC, [("the person is presumed to be lawfully present in the United States:", "the officer shall presume that the person is lawfully present in the United States:"),
                     ("the officer shall make a reasonable effort, when practicable, to determine", "the officer shall, when practicable, make a reasonable effort to determine")], [
    C("the person is presumed to be lawfully present in the United States:", "the officer shall presume that the person is lawfully present in the United States:", NEU, ["status_inquiry", "document_requests"],
      "The presumption is put in the active voice with no change in effect."),
    C("the officer shall make a reasonable effort, when practicable, to determine", "the officer shall, when practicable, make a reasonable effort to determine", NEU, ["status_inquiry"],
      "Moving 'when practicable' within the sentence keeps the same duty."),
], SRC_SC + "put the (B)(1) presumption in the active voice and moved 'when practicable' in (A).")

add("reparagraphed", SC, [("lawfully present in the United States:\n\n(a) a driver's license", "lawfully present in the United States: (a) a driver's license"),
                          ("Department of Motor Vehicles;\n\n(b)", "Department of Motor Vehicles; (b)"),
                          ("another state;\n\n(c)", "another state; (c)"),
                          ("military identification; or\n\n(d)", "military identification; or (d)")], [
    C("lawfully present in the United States:\n\n(a) a driver's license", "lawfully present in the United States: (a) a driver's license", NEU, ["document_requests", "status_inquiry"],
      "The four kinds of ID are run into one paragraph; the words and letters are unchanged."),
], SRC_SC + "removed the paragraph breaks between the items (a)-(d) of (B)(1).")

add("mixed", SC, [("arrests a person for a criminal offense, and", "arrests a person, and"),
                  ("unless the determination would hinder or obstruct an investigation.", "unless the determination would hinder or obstruct an investigation or the person is under eighteen years of age.")], [
    C("arrests a person for a criminal offense, and", "arrests a person, and", EXP, ["status_inquiry", "enforcement_authority"],
      "Dropping 'for a criminal offense' extends the status check to every lawful stop."),
    C("", "or the person is under eighteen years of age", LIM, ["status_inquiry"],
      "Minors are newly exempted from the status check."),
], SRC_SC + "deleted 'for a criminal offense' in (A) and added minors to the closing exception.")

add("rule_added", SC, [("(d) a tribal picture identification.", "(d) a tribal picture identification.\n\n(C) If the person is unable to provide an identification listed in subsection (B)(1) and the officer is unable to determine whether the person is lawfully present, the officer shall contact United States Immigration and Customs Enforcement or the Law Enforcement Support Center and may detain the person for a reasonable time, not to exceed four hours, to await a response.")], [
    C("", "the officer shall contact United States Immigration and Customs Enforcement or the Law Enforcement Support Center", EXP, ["ice_cooperation", "status_inquiry"],
      "Officers now must contact ICE whenever a person cannot show a listed ID."),
    C("", "and may detain the person for a reasonable time, not to exceed four hours, to await a response.", EXP, ["enforcement_authority", "detainers_holds"],
      "Officers gain power to hold a person up to four hours solely to await an immigration answer."),
], SRC_SC + "added a new subsection (C) (mandatory ICE/LESC contact and up to four hours' detention).")

# ---------------- additions ----------------
add("exception_changed", OK, [("with respect to a person who has provided proof that the person is a citizen of the United States.",
                               "with respect to a person who has provided proof, satisfactory to the chief administrator of the facility after verification with the United States Immigration and Customs Enforcement, that the person is a citizen of the United States.")], [
    C("with respect to a person who has provided proof that the person is a citizen", "with respect to a person who has provided proof, satisfactory to the chief administrator of the facility after verification with the United States Immigration and Customs Enforcement, that the person is a citizen", EXP, ["detainers_holds", "ice_cooperation"],
      "The citizenship exception now applies only after the jail verifies the proof with ICE, so the exception is harder to meet and more people are held."),
], SRC_OK + "in subsection B made the proof subject to the chief administrator's satisfaction after verification with ICE.")

add("list_added", OK, [("1. Comply with, honor and fulfill any request made in the immigration detainer request provided by the United States Immigration and Customs Enforcement; and",
                        "1. Comply with, honor and fulfill any request made in the immigration detainer request provided by the United States Immigration and Customs Enforcement, if the person:\n\na. is charged with or has been convicted of a felony;\n\nb. is charged with or has been convicted of an offense involving domestic abuse or driving under the influence; or\n\nc. is identified in the request as a known or suspected member of a criminal street gang or terrorist organization; and")], [
    C("", "if the person:\n\na. is charged with or has been convicted of a felony;", LIM, ["detainers_holds"],
      "The duty to honor detainers is confined to the listed categories of people, so people held on other charges are no longer held for ICE."),
], SRC_OK + "added to A.1 a list (a.-c.) of the persons for whom detainers must be honored.")

add("rule_removed", SC, [("\n\n(B)(1) If the person provides the officer with a valid form of any of the following picture identifications, the person is presumed to be lawfully present in the United States:\n\n(a) a driver's license or picture identification issued by the South Carolina Department of Motor Vehicles;\n\n(b) a driver's license or picture identification issued by another state;\n\n(c) a picture identification issued by the United States, including a passport or military identification; or\n\n(d) a tribal picture identification.",
                         "\n\n(B) The officer shall ask the person to produce documentation of the person's lawful presence in the United States, such as a permanent resident card, an employment authorization document, a visa, or a United States passport, and shall record in the incident report the documentation produced or the person's failure to produce it.")], [
    C("(B)(1) If the person provides the officer with a valid form of any of the following picture identifications, the person is presumed to be lawfully present in the United States:", "", EXP, ["document_requests", "status_inquiry"],
      "The presumption of lawful presence from ordinary IDs is gone, so showing a licence no longer ends the status check."),
    C("", "(B) The officer shall ask the person to produce documentation of the person's lawful presence in the United States, such as a permanent resident card, an employment authorization document, a visa, or a United States passport, and shall record in the incident report the documentation produced or the person's failure to produce it.", EXP, ["document_requests"],
      "Officers must now demand immigration documents from the person."),
], SRC_SC + "replaced subsection (B)(1) and its list with a new (B) requiring officers to ask for documentation of lawful presence (examples listed) and to record the result.")

add("neutral_rewrite", AR_OLD, [("(b) As used in this section, \"sanctuary policy\" means", "(b) As used in this section, \"ICE\" means United States Immigration and Customs Enforcement, and \"sanctuary policy\" means"),
                            ("(4) Restricts or imposes any conditions upon the municipality's cooperation or compliance with detainers or other requests from United States Immigration and Customs Enforcement to maintain custody of an immigrant or to transfer an immigrant to the custody of United States Immigration and Customs Enforcement;",
                             "(4) Restricts or imposes any conditions upon the municipality's cooperation or compliance with detainers or other requests from ICE to maintain custody of an immigrant or to transfer an immigrant to the custody of ICE;"),
                            ("(5) Requires United States Immigration and Customs Enforcement to obtain a warrant or demonstrate more than probable cause before complying with detainers or other legal and valid requests from United States Immigration and Customs Enforcement to maintain custody of an immigrant or to transfer an immigrant to the custody of United States Immigration and Customs Enforcement; or",
                             "(5) Requires ICE to obtain a warrant or demonstrate more than probable cause before complying with detainers or other legal and valid requests from ICE to maintain custody of an immigrant or to transfer an immigrant to the custody of ICE; or")], [
    C("(b) As used in this section, \"sanctuary policy\" means", "(b) As used in this section, \"ICE\" means United States Immigration and Customs Enforcement, and \"sanctuary policy\" means", NEU, ["ice_cooperation"],
      "A short form for the agency's name is defined, which changes nothing of substance."),
    C("requests from United States Immigration and Customs Enforcement to maintain custody of an immigrant or to transfer an immigrant to the custody of United States Immigration and Customs Enforcement;", "requests from ICE to maintain custody of an immigrant or to transfer an immigrant to the custody of ICE;", NEU, ["detainers_holds"],
      "Items (4) and (5) use the new short form with the same meaning."),
], SRC_AR + "defined \"ICE\" in the stem of (b) and used the short form in items (4) and (5).")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs written")
