"""Builds ../pairs.jsonl (heldout36, prefix JM). Run: python3 build/pairs.py && python3 build/check.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label
import texts as T

SRC = {
 "TN": "Tennessee S.B. 6002 / H.B. 6001 (114th General Assembly, 2025 1st Extraordinary Session, Johnson / Lamberth; enacted Feb. 2025 as part of the special-session immigration package), SECTION 1, new section in T.C.A. Title 4, Ch. 3, Part 20, subsections (a)-(b)(6), as filed, https://app.legiplex.com/tn/legislature/2025/2025-r/bills/hb6001/drafts-compare (stored copy breaks off after (b)(6); both sides cut there)",
 "FLA": "Florida Senate, Senator Smith's amendment 482654 to CS/SB 2-B (2025 Special Session B, 'TRUMP Act'), proposed s. 908.104(1) and new s. 908.1041(1)(a)-(b), https://flsenate.gov/Session/Bill/2025B/2/Amendment/482654/HTML (Jan. 2025; stored copy breaks off inside (1)(c), cut after (1)(b)); a Democratic floor amendment, not shown as adopted in the stored bill history; SB 2-B itself was superseded by SB 2-C (ch. 2025-1)",
 "FLB": "Florida Senate, Senator Smith's amendment 802846 to amendment 843850 (the Gruters strike-all) to CS/SB 2-B (2025 Special Session B), https://flsenate.gov/Session/Bill/2025B/2/Amendment/802846/HTML (Jan. 28, 2025; cut after (1)(b) as for 482654)",
 "DE": "Delaware House Bill No. 94 (153rd General Assembly, 2025, Rep. Lynn et al.; as introduced, later replaced by House Substitute 1), Section 1, proposed 10 Del. C. s. 2115(a)-(b)(5), https://app.legiplex.com/de/legislature/2025/2025-r/bills/hb94/drafts-latest (stored copy breaks off in (b)(6); cut after (b)(5); strike/underline marks are not visible in the stored copy - the section is new text)",
 "TX997": "Texas S.B. 997 (85th Leg., R.S., 2017, introduced), SECTIONS 1-2, proposed Code of Criminal Procedure art. 2.255, https://capitol.texas.gov/tlodocs/85R/billtext/html/SB00997I.htm",
 "TX108": "Texas S.B. 108 (85th Leg., 1st C.S., 2017, Garcia / Rodriguez, introduced), SECTIONS 1-2, proposed art. 2.255 and amended Gov. Code 752.053(a)(1)-(2), https://app.legiplex.com/tx/legislature/2017/85-1/bills/sb108/drafts-latest (the bill prints '[A]' for the deleted capital; NEW shows the text as amended; cut after (a)(2) because the stored copy breaks off in (a)(3))",
 "IN1393C": "Indiana H.B. 1393 (2025, Bascom et al.), committee-amended version HB1393.2, digest 'Updated January 28, 2025 3:33 pm - DI 92', https://app.legiplex.com/in/legislature/2025/2025-r/bills/hb1393/draft-1524257?id=1524257",
 "IN1393E": "Indiana H.B. 1393 (2025), engrossed reprint EH1393.2 of March 21, 2025, digest 'Updated March 20, 2025 2:36 pm - DI 106', https://app.legiplex.com/in/legislature/2025/2025-r/bills/hb1393/drafts-compare",
 "IN428": "Indiana S.B. 428 (2025, introduced), digest of introduced bill (citations and synopsis; amends IC 5-2-18.2), https://app.legiplex.com/in/legislature/2025/2025-r/bills/sb0428/drafts-compare (synopsis cut after the attorney general's three powers, where the stored copy breaks off)",
 "IN1531": "Indiana H.B. 1531 (2025, Prescott, introduced), digest of introduced bill, https://app.legiplex.com/in/legislature/2025/2025-r/bills/hb1531/draft-1486341?id=1486341 (cut at the same point as S.B. 428)",
 "IA": "Iowa Senate File 2340 (2024, enrolled; signed April 10, 2024), Sec. 2, new Iowa Code s. 718C.2(1)-(2), https://legiscan.com/IA/text/SF2340/id/2965002 (subsection 3 onward omitted)",
}
pairs = []

def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    pairs.append({"id": None, "situation": sit, "old": old, "new": new, "changes": changes,
                  "label": pair_label(changes), "topics": tops, "source": source})

def con(key, what):
    return "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (SRC[key], what)

# ---------------- GENUINE ----------------
add("rule_removed", T.IN1393_C, T.IN1393_E, [
    ch("the officer's law enforcement agency shall notify the county sheriff", "the jail or detention facility shall notify the county sheriff",
       "neutral", ["information_sharing"], "The notice of probable cause to the sheriff at intake stays mandatory; only the unit that sends it changes."),
    ch("Provides that a law enforcement officer shall arrest an individual in lieu of issuing a summons for a misdemeanor if the law enforcement officer has probable cause to believe that the individual is not lawfully present in the United States.", "",
       "limits_enforcement", ["enforcement_authority", "status_inquiry"], "The duty to make a custodial arrest instead of a summons because of suspected unlawful presence is dropped."),
    ch("Provides that a law enforcement agency, including a county sheriff, or a law enforcement officer or other employee of a law enforcement agency, is immune from civil liability if there is reasonable belief that the notification requirements under this statute have been fulfilled.", "",
       "limits_enforcement", ["information_sharing", "ice_cooperation"], "The civil-liability shield for agencies and officers who make the immigration notifications is removed, weakening the incentive to report."),
    ch("Requires the county sheriff to notify the proper authority.", "and the county sheriff shall notify the proper authority.",
       "neutral", ["ice_cooperation"], "The sheriff's duty to notify the federal authority is the same, merged into the preceding sentence."),
], "GENUINE: two real versions of the same bill's digest. OLD = %s. NEW = %s. Both are the official digests printed on the bill; between them the Senate committee and floor amendments dropped the arrest-in-lieu-of-summons and immunity provisions and the IC 34-30 citation." % (SRC["IN1393C"], SRC["IN1393E"]))

add("neutral_rewrite", T.IN428, T.IN1531, [
    ch("Synopsis: Immigration matters.", "Synopsis: Various immigration matters.", "neutral", ["enforcement_authority"], "Only the short title of the synopsis differs."),
    ch("enforcement of federal laws. Provides that", "enforcement of federal laws chapter. Provides that", "neutral", ["ice_cooperation"], "Adds the word 'chapter' to the name of the same IC 5-2-18.2 chapter; the mens rea change is the same."),
    ch("Citations Affected: IC 5-2-18.2; IC 34-30-2.1-32.5.", "Citations Affected: IC 5-2-18.2; IC 6-3-7-6; IC 12-8-1.5-21; IC 20-26-11-34; IC 22-5-9; IC 34-30-2.1-32.5; IC 35-52-6-23.5.",
       "neutral", ["access_to_services"], "The extra citations are the House bill's tax, welfare, school, employment and sentencing sections, outside the shown text; the detainer and cooperation provisions quoted are word for word the same."),
], "GENUINE: two real companion bills of the 2025 Indiana session with the same detainer provisions. OLD = %s. NEW = %s." % (SRC["IN428"], SRC["IN1531"]))

add("neutral_rewrite", T.FL_A, T.FL_B, [
    ch("Senate Amendment (with title amendment)", "Senate Amendment to Amendment (843850) (with title amendment)", "neutral", ["ice_cooperation"], "The same text is refiled as an amendment to the strike-all amendment; no change to the rule."),
    ch("Delete lines 1016 - 1087 and insert:", "Delete lines 846 - 917 and insert:", "neutral", ["ice_cooperation"], "Only the line numbers of the text being replaced differ."),
    ch("Section 25. Subsection (1)", "Section 30. Subsection (1)", "neutral", ["enforcement_authority"], "Bill sections renumbered (25/26 to 30/31); 908.104(1) and 908.1041 read word for word the same."),
], "GENUINE: two real filings of the same Florida Senate floor amendment. OLD = %s. NEW = %s." % (SRC["FLA"], SRC["FLB"]))

add("cross_clause", T.TX997, T.TX108, [
    ch("federal laws relating to immigrants or immigration", "federal law relating to aliens, immigrants, or immigration", "neutral", ["enforcement_authority"], "Wording of the body of federal law covered is aligned with Gov. Code 752; the places and the ban are the same."),
    ch("SECTION 2. This Act takes effect September 1, 2017.", "", "neutral", ["enforcement_authority"], "The effective-date section moves to a later section of the bill; not an enforcement rule."),
    ch("", "(a) Except as provided by Article 2.255, Code of Criminal Procedure, a local entity or campus police department may not:", "limits_enforcement", ["enforcement_authority", "ice_cooperation"],
       "SB 4's ban on local policies that limit immigration enforcement gets an exception for the art. 2.255 policies, so agencies may keep officers out of enforcement at worship places, hospitals, schools and courthouses."),
], "GENUINE: two real filings of the same proposal. OLD = %s. NEW = %s. Older than the 2023-2026 focus, kept because the second filing cross-references the anti-sanctuary statute." % (SRC["TX997"], SRC["TX108"]))

# ---------------- CONSTRUCTED: Tennessee 2025 ----------------
o = T.TN
add("list_item_removed", o, apply(o, [("\n\n(6) Ensuring state and local compliance with federal and state immigration laws;", "")]), [
    ch("(6) Ensuring state and local compliance with federal and state immigration laws;", "", "limits_enforcement", ["ice_cooperation"], "The state officer no longer has the duty to ensure local compliance with immigration laws, easing pressure on local agencies to cooperate.")],
   con("TN", "item (6) of subsection (b) deleted."))
add("scope_change", o, apply(o, [("(1) Overseeing state and local collaboration", "(1) Overseeing state collaboration"), ("between state, local, and federal agencies", "between state and federal agencies")]), [
    ch("(1) Overseeing state and local collaboration", "(1) Overseeing state collaboration", "limits_enforcement", ["ice_cooperation"], "Local agencies' collaboration with federal immigration agencies drops out of the division's oversight."),
    ch("between state, local, and federal agencies", "between state and federal agencies", "limits_enforcement", ["information_sharing"], "The division no longer channels communication between local and federal agencies on enforcement.")],
   con("TN", "'and local' deleted from (b)(1) and 'local,' from (b)(2)."))
add("approval_added", o, apply(o, [("(8 U.S.C. § 1357(g));", "(8 U.S.C. § 1357(g)), provided that a local law enforcement agency participates only with the approval of the legislative body of its county or municipality;")]), [
    ch("(8 U.S.C. § 1357(g));", "(8 U.S.C. § 1357(g)), provided that a local law enforcement agency participates only with the approval of the legislative body of its county or municipality;", "limits_enforcement", ["raids_joint_operations", "supervisor_approval"], "Local 287(g) participation now needs the county or city legislative body's approval.")],
   con("TN", "a proviso requiring local legislative-body approval added to (b)(5)."))
add("list_item_added", o, o + "\n\n(7) Directing local law enforcement agencies to honor immigration detainers issued by federal immigration agencies;", [
    ch("", "(7) Directing local law enforcement agencies to honor immigration detainers issued by federal immigration agencies;", "expands_enforcement", ["detainers_holds"], "A new duty lets the state officer direct local agencies to hold people on federal detainers.")],
   con("TN", "new item (7) on detainers appended to subsection (b)."))
add("reparagraphed", o, apply(o, [("whose duties include:\n\n(1)", "whose duties include: (1)"), (";\n\n(2)", "; (2)"), (";\n\n(3)", "; (3)"), (";\n\n(4)", "; (4)"), ("plans;\n\n(5)", "plans; (5)"), (";\n\n(6)", "; (6)")]), [
    ch("whose duties include:\n\n(1) Overseeing", "whose duties include: (1) Overseeing", "neutral", ["ice_cooperation"], "Items (1)-(6) are run into the stem as one paragraph; the words are unchanged.")],
   con("TN", "items (1)-(6) of (b) joined into one run-in paragraph, no word changed."))
add("modal_change", o, apply(o, [("(5) Coordinating participation in federal immigration programs", "(5) Requiring each county sheriff to participate in federal immigration programs")]), [
    ch("(5) Coordinating participation in federal immigration programs", "(5) Requiring each county sheriff to participate in federal immigration programs", "expands_enforcement", ["raids_joint_operations"], "Coordination of voluntary participation becomes a power to require every sheriff to join 287(g) and similar programs.")],
   con("TN", "(b)(5) 'Coordinating participation' replaced by 'Requiring each county sheriff to participate'."))

# ---------------- CONSTRUCTED: Florida 908.104 / 908.1041 amendment ----------------
o = T.FL_A
add("exception_removed", o, apply(o, [("(1) Except as provided in s. 908.1041, a law enforcement agency shall", "(1) A law enforcement agency shall")]), [
    ch("(1) Except as provided in s. 908.1041, a law enforcement agency shall", "(1) A law enforcement agency shall", "expands_enforcement", ["ice_cooperation"], "The best-efforts duty no longer yields to the school and church protections of 908.1041.")],
   con("FLA", "the opening exception 'Except as provided in s. 908.1041,' deleted from 908.104(1)."))
add("definition_change", o, apply(o, [("the identification, detention, questioning, investigation, or arrest", "the identification, detention, or arrest")]), [
    ch("the identification, detention, questioning, investigation, or arrest", "the identification, detention, or arrest", "expands_enforcement", ["status_inquiry", "enforcement_authority"], "Questioning and investigating status near schools and churches are no longer covered by the defined prohibited activities.")],
   con("FLA", "'questioning, investigation,' deleted from definition (1)(a)."))
add("definition_change", o, apply(o, [("providing primary or secondary education, including, but not limited to, public K-12 schools, charter schools, and school grounds.", "providing primary, secondary, or postsecondary education, including, but not limited to, public K-12 schools, charter schools, state universities, Florida College System institutions, school grounds, and school bus stops.")]), [
    ch("providing primary or secondary education, including, but not limited to, public K-12 schools, charter schools, and school grounds.", "providing primary, secondary, or postsecondary education, including, but not limited to, public K-12 schools, charter schools, state universities, Florida College System institutions, school grounds, and school bus stops.", "limits_enforcement", ["enforcement_authority"], "More places count as a 'public school', so the enforcement ban covers campuses and bus stops too.")],
   con("FLA", "definition (1)(b) widened to postsecondary institutions and school bus stops."))
add("modal_change", o, apply(o, [("a law enforcement agency shall use best efforts", "a law enforcement agency may use best efforts"), ("within the scope of his or her official duties or within the scope of his or her employment.", "within the scope of his or her official duties or employment.")]), [
    ch("a law enforcement agency shall use best efforts", "a law enforcement agency may use best efforts", "limits_enforcement", ["ice_cooperation"], "Supporting federal immigration enforcement becomes optional for local agencies."),
    ch("within the scope of his or her official duties or within the scope of his or her employment.", "within the scope of his or her official duties or employment.", "neutral", ["ice_cooperation"], "Same scope-of-employment limit, shorter wording.")],
   con("FLA", "'shall' -> 'may' in 908.104(1) and the scope clause shortened."))
add("scope_change", o, apply(o, [("of individuals based on their immigration status.", "of individuals based solely on their immigration status.")]), [
    ch("of individuals based on their immigration status.", "of individuals based solely on their immigration status.", "expands_enforcement", ["enforcement_authority"], "Only actions based solely on status are covered, so mixed-motive stops and arrests near schools and churches fall outside the ban.")],
   con("FLA", "'based on' -> 'based solely on' in definition (1)(a)."))
add("restated", o, apply(o, [("(1) As used in this section, the term:", "(1) For purposes of this section:"), ("including, but not limited to, the identification", "including, without limitation, the identification")]), [
    ch("(1) As used in this section, the term:", "(1) For purposes of this section:", "neutral", ["enforcement_authority"], "Same definitions stem in other words."),
    ch("including, but not limited to, the identification", "including, without limitation, the identification", "neutral", ["enforcement_authority"], "'Without limitation' means the same as 'but not limited to'.")],
   con("FLA", "definitions stem and 'including, but not limited to' in (1)(a) reworded."))
add("rule_added", o, o + "\n\n(2) A law enforcement officer or agency may not engage in immigration enforcement activities within 1,000 feet of a public school or religious institution, unless acting pursuant to a judicial warrant.", [
    ch("", "(2) A law enforcement officer or agency may not engage in immigration enforcement activities within 1,000 feet of a public school or religious institution, unless acting pursuant to a judicial warrant.", "limits_enforcement", ["enforcement_authority", "raids_joint_operations"], "A new prohibition bars enforcement near schools and churches except on a judicial warrant.")],
   con("FLA", "an operative subsection (2) written for this set and appended after the definitions (the stored copy of the amendment breaks off before its own operative text)."))

# ---------------- CONSTRUCTED: Delaware HB 94 ----------------
o = T.DE
add("approval_removed_or_weakened", o, apply(o, [("is first authorized by the Delaware Attorney General.", "is first authorized by the supervising authority of the sheriff, deputy, or constable."), ("must be requested by the supervising authority of the sheriff, deputy, or constable seeking authorization", "must be requested by the sheriff, deputy, or constable seeking authorization")]), [
    ch("is first authorized by the Delaware Attorney General.", "is first authorized by the supervising authority of the sheriff, deputy, or constable.", "expands_enforcement", ["supervisor_approval", "ice_cooperation"], "Authorization moves from the Attorney General to the officer's own supervisor, a much lower bar."),
    ch("must be requested by the supervising authority of the sheriff, deputy, or constable seeking authorization", "must be requested by the sheriff, deputy, or constable seeking authorization", "neutral", ["supervisor_approval"], "Conforming change: the officer now files the request with the supervisor.")],
   con("DE", "approving authority in (a) changed from the Attorney General to the supervising authority; (b) conformed."))
add("scope_change", o, apply(o, [("in activity at schools or churches that relates", "in activity at schools, churches, health-care facilities, or child-care facilities that relates")]), [
    ch("in activity at schools or churches that relates", "in activity at schools, churches, health-care facilities, or child-care facilities that relates", "limits_enforcement", ["ice_cooperation", "raids_joint_operations"], "The approval requirement now covers cooperation at health-care and child-care facilities too.")],
   con("DE", "health-care and child-care facilities added to the places in (a)."))
add("double_negation", o, apply(o, [("(a) A sheriff, deputy, or constable may not cooperate with a federal agency in activity at schools or churches that relates to immigration enforcement unless the specific cooperation requested by the federal agency is first authorized by the Delaware Attorney General.", "(a) Nothing in this chapter prohibits a sheriff, deputy, or constable from cooperating with a federal agency in activity at schools or churches that relates to immigration enforcement, and the specific cooperation requested by the federal agency may be authorized in advance by the Delaware Attorney General.")]), [
    ch("may not cooperate with a federal agency in activity at schools or churches that relates to immigration enforcement unless the specific cooperation requested by the federal agency is first authorized by the Delaware Attorney General.", "from cooperating with a federal agency in activity at schools or churches that relates to immigration enforcement, and the specific cooperation requested by the federal agency may be authorized in advance by the Delaware Attorney General.", "expands_enforcement", ["ice_cooperation", "supervisor_approval"], "'Nothing prohibits ... from cooperating' removes the ban; Attorney General authorization becomes optional.")],
   con("DE", "(a) recast as 'Nothing in this chapter prohibits ... from cooperating', with AG authorization made optional ('may')."))
add("list_item_added", o, o + "\n\n(6) Be signed by the head of the supervising authority.", [
    ch("", "(6) Be signed by the head of the supervising authority.", "limits_enforcement", ["supervisor_approval"], "A request to cooperate now needs the agency head's signature, an added approval step.")],
   con("DE", "item (6) requiring the agency head's signature appended to the list in (b) (the real (6) is not in the stored copy)."))
add("exception_added", o, o + "\n\n(c) Subsection (a) of this section does not apply to cooperation in executing a warrant signed by a judge or to activity that relates to criminal immigration enforcement.", [
    ch("", "(c) Subsection (a) of this section does not apply to cooperation in executing a warrant signed by a judge or to activity that relates to criminal immigration enforcement.", "expands_enforcement", ["ice_cooperation", "enforcement_authority"], "Judicial-warrant and criminal immigration activity at schools and churches no longer need AG authorization.")],
   con("DE", "new subsection (c) exempting judicial warrants and criminal immigration matters."))
add("neutral_rewrite", o, apply(o, [("(2) Be submitted at least 72 hours prior to the date of the activity.", "(2) Be submitted no later than 72 hours before the date of the activity."), ("(4) State the reason for the request.", "(4) Explain why the request is made.")]), [
    ch("(2) Be submitted at least 72 hours prior to the date of the activity.", "(2) Be submitted no later than 72 hours before the date of the activity.", "neutral", ["supervisor_approval"], "The same 72-hour lead time in other words."),
    ch("(4) State the reason for the request.", "(4) Explain why the request is made.", "neutral", ["supervisor_approval"], "Same content requirement reworded.")],
   con("DE", "items (2) and (4) of (b) reworded without changing their effect."))
add("exception_changed", o, apply(o, [("at least 72 hours prior", "at least 24 hours prior")]), [
    ch("at least 72 hours prior", "at least 24 hours prior", "expands_enforcement", ["supervisor_approval", "ice_cooperation"], "A shorter lead time makes the authorized-cooperation route quicker to use.")],
   con("DE", "lead time in (b)(2) cut from 72 to 24 hours."))

# ---------------- CONSTRUCTED: Texas SB 997 (2017) ----------------
o = T.TX997
add("modal_change", o, apply(o, [("shall adopt and enforce a policy that prohibits", "may adopt and enforce a policy that prohibits")]), [
    ch("shall adopt and enforce a policy that prohibits", "may adopt and enforce a policy that prohibits", "expands_enforcement", ["enforcement_authority"], "The required no-enforcement policy at sensitive places becomes optional.")],
   con("TX997", "'shall adopt' -> 'may adopt' in art. 2.255(a)."))
add("list_item_removed", o, apply(o, [("on the property of a place of worship, hospital, public school", "on the property of a place of worship, public school")]), [
    ch("on the property of a place of worship, hospital, public school", "on the property of a place of worship, public school", "expands_enforcement", ["enforcement_authority"], "Hospitals drop out of the places where officers must not take part in enforcement.")],
   con("TX997", "'hospital,' deleted from the list of places in (a) ((b) left as is)."))
add("exception_added", o, apply(o, [("regardless of immigration status.\n\nSECTION 2.", "regardless of immigration status.\n\n(c) Subsection (a) does not prohibit a peace officer from executing a warrant issued by a magistrate or from performing a function under an agreement entered into under 8 U.S.C. Section 1357(g).\n\nSECTION 2.")]), [
    ch("", "(c) Subsection (a) does not prohibit a peace officer from executing a warrant issued by a magistrate or from performing a function under an agreement entered into under 8 U.S.C. Section 1357(g).", "expands_enforcement", ["raids_joint_operations", "enforcement_authority"], "Officers acting under a 287(g) agreement or a warrant may enforce at the listed places.")],
   con("TX997", "new subsection (c) exempting warrants and 287(g) functions."))
add("list_item_added", o, apply(o, [("including a public institution of higher education, or courthouse.", "including a public institution of higher education, child-care facility, or courthouse.")]), [
    ch("including a public institution of higher education, or courthouse.", "including a public institution of higher education, child-care facility, or courthouse.", "limits_enforcement", ["enforcement_authority"], "Child-care facilities join the places where officers must stay out of enforcement.")],
   con("TX997", "'child-care facility' added to the list in (a)."))
add("restated", o, apply(o, [("(b) The attorney general, in consultation with agencies and entities described by Subsection (a), shall develop and publish a model policy on the attorney general's Internet website", "(b) In consultation with the agencies and entities described by Subsection (a), the attorney general shall develop a model policy and publish it on the attorney general's Internet website")]), [
    ch("The attorney general, in consultation with agencies and entities described by Subsection (a), shall develop and publish a model policy", "In consultation with the agencies and entities described by Subsection (a), the attorney general shall develop a model policy and publish it", "neutral", ["access_to_services"], "Same duty to draft and post a model policy, clauses reordered.")],
   con("TX997", "first sentence of (b) reordered."))

# ---------------- CONSTRUCTED: Iowa 718C.2 ----------------
o = T.IA
add("list_item_added", o, apply(o, [("order of exclusion, deportation, or removal is outstanding.", "order of exclusion, deportation, or removal is outstanding.\n\nc. The person is not lawfully present in the United States and has been charged with a criminal offense in this state.")]), [
    ch("", "c. The person is not lawfully present in the United States and has been charged with a criminal offense in this state.", "expands_enforcement", ["enforcement_authority", "status_inquiry"], "Unlawful presence plus any state charge now makes a person arrestable for the state immigration crime.")],
   con("IA", "new circumstance c. added to subsection 1."))
add("scope_change", o, apply(o, [("if the person enters, attempts to enter, or is at any time found in this state", "if the person enters or attempts to enter this state")]), [
    ch("if the person enters, attempts to enter, or is at any time found in this state", "if the person enters or attempts to enter this state", "limits_enforcement", ["enforcement_authority"], "Being 'found in' Iowa is no longer an offense, so officers cannot arrest long-resident people under this section.")],
   con("IA", "'or is at any time found in' deleted from the stem of subsection 1."))
add("restated", o, apply(o, [("2. An offense under this section is an aggravated misdemeanor, except that the offense is:", "2. Except as provided in paragraphs “a” and “b”, an offense under this section is an aggravated misdemeanor. The offense is:")]), [
    ch("2. An offense under this section is an aggravated misdemeanor, except that the offense is:", "2. Except as provided in paragraphs “a” and “b”, an offense under this section is an aggravated misdemeanor. The offense is:", "neutral", ["enforcement_authority"], "Same grading rule with the exception moved to the front.")],
   con("IA", "stem of subsection 2 reworded."))

# ---------------- CONSTRUCTED: Indiana SB 428 digest ----------------
o = T.IN428
add("list_item_removed", o, apply(o, [("(2) record in the individual's case file that the individual is subject to an immigration detainer request; (3) comply with the immigration detainer request; and (4) inform", "(2) record in the individual's case file that the individual is subject to an immigration detainer request; and (3) inform")]), [
    ch("(3) comply with the immigration detainer request; and (4) inform", "and (3) inform", "limits_enforcement", ["detainers_holds"], "The duty to comply with (hold on) the detainer is removed; notice and recording remain.")],
   con("IN428", "item (3) 'comply with the immigration detainer request' removed from the synopsis list and the next item renumbered."))
add("modal_change", o, apply(o, [("the attorney general may: (1) issue a cease and desist order;", "the attorney general shall: (1) issue a cease and desist order;")]), [
    ch("the attorney general may: (1) issue a cease and desist order;", "the attorney general shall: (1) issue a cease and desist order;", "expands_enforcement", ["detainers_holds"], "Enforcement against agencies that ignore detainers becomes mandatory.")],
   con("IN428", "'may' -> 'shall' for the attorney general's remedies."))
add("exception_added", o, apply(o, [("(3) comply with the immigration detainer request; and", "(3) comply with the immigration detainer request, unless the request is not accompanied by a warrant signed by a judge; and")]), [
    ch("(3) comply with the immigration detainer request; and", "(3) comply with the immigration detainer request, unless the request is not accompanied by a warrant signed by a judge; and", "limits_enforcement", ["detainers_holds"], "Detainers without a judicial warrant no longer have to be honored.")],
   con("IN428", "judicial-warrant exception added to item (3)."))
add("rule_removed", o, apply(o, [("Synopsis: Immigration matters. Clarifies that the enforcement of federal immigration laws may be carried out by federal, state, or local law enforcement. Removes", "Synopsis: Immigration matters. Removes")]), [
    ch("Clarifies that the enforcement of federal immigration laws may be carried out by federal, state, or local law enforcement. ", "", "limits_enforcement", ["enforcement_authority"], "The statement that state and local police may enforce federal immigration law is dropped.")],
   con("IN428", "first sentence of the synopsis deleted."))
add("mixed", o, apply(o, [("(1) provide the judge authorized to grant or deny the individual's release on bail notice", "(1) provide the judge authorized to grant or deny the individual's release on bail and federal immigration authorities notice"), ("Provides immunity to a governmental body or an employee of a governmental body for any action taken concerning an immigration detainer request. ", "")]), [
    ch("(1) provide the judge authorized to grant or deny the individual's release on bail notice", "(1) provide the judge authorized to grant or deny the individual's release on bail and federal immigration authorities notice", "expands_enforcement", ["information_sharing", "ice_cooperation"], "Custodians must now also notify federal immigration authorities."),
    ch("Provides immunity to a governmental body or an employee of a governmental body for any action taken concerning an immigration detainer request. ", "", "limits_enforcement", ["detainers_holds"], "Removing immunity for detainer actions discourages holds.")],
   con("IN428", "federal immigration authorities added to the notice in item (1), and the immunity sentence deleted."))

# ---------------- added for balance (expands) ----------------
o = T.FL_A
add("definition_change", o, apply(o, [("including, but not limited to, public K-12 schools, charter schools, and school grounds.", "including, but not limited to, public K-12 schools and charter schools, but not school grounds outside school buildings.")]), [
    ch("including, but not limited to, public K-12 schools, charter schools, and school grounds.", "including, but not limited to, public K-12 schools and charter schools, but not school grounds outside school buildings.", "expands_enforcement", ["enforcement_authority"], "School grounds outside the buildings leave the protected area, so enforcement there is no longer barred.")],
   con("FLA", "school grounds carved out of definition (1)(b)."))
o = T.DE
add("list_item_removed", o, apply(o, [("\n\n(2) Be submitted at least 72 hours prior to the date of the activity.", ""), ("(3) State the name", "(2) State the name"), ("(4) State the reason", "(3) State the reason"), ("(5) Provide the dates", "(4) Provide the dates")]), [
    ch("(2) Be submitted at least 72 hours prior to the date of the activity.", "", "expands_enforcement", ["supervisor_approval", "ice_cooperation"], "Without the 72-hour lead time, cooperation can be authorized on short notice."),
    ch("(3) State the name of the enforcement agency making the request.", "(2) State the name of the enforcement agency making the request.", "neutral", ["supervisor_approval"], "Items renumbered after the deletion.")],
   con("DE", "item (2) (72-hour lead time) deleted from (b) and items (3)-(5) renumbered (2)-(4)."))
o = T.TX997
add("scope_change", o, apply(o, [("from participating in the enforcement of federal laws relating to immigrants or immigration", "from initiating the enforcement of federal laws relating to immigrants or immigration")]), [
    ch("from participating in the enforcement of federal laws", "from initiating the enforcement of federal laws", "expands_enforcement", ["enforcement_authority", "raids_joint_operations"], "Officers are barred only from starting enforcement, so they may join federal operations at the listed places.")],
   con("TX997", "'participating in' -> 'initiating' in (a)."))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(pairs):
        p["id"] = "JM-%02d" % (i + 1)
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs written")
