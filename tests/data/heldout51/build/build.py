import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check

LG_URL = ("La Grange (Illinois) Police Department, La Grange PD Policy Manual (Lexipol, 'Copyright Lexipol, LLC 2020/09/13'), "
          "Policy 428 'Immigration Violations', PDF 'Lagrange_9.30.2020.pdf' in GitHub repository jjarmoc/chicago-area-general-orders, "
          "path 'Illinois/La Grange/Lagrange_9.30.2020.pdf'")
LI_URL = ("Village of Lisle (Illinois) Police Department, Lisle PD Policy Manual (Lexipol, 'Copyright Lexipol, LLC 2020/05/04', release 2020-05-04), "
          "Policy 415 'Immigration Violations', PDF in GitHub repository jjarmoc/chicago-area-general-orders, "
          "path 'Illinois/Lisle/RELEASE_20200504_T124942_Lisle_PD_Policy_Manual_202006050733112249.pdf'")

A = """428.2 POLICY

It is the policy of the La Grange Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public. Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community and recognizing the dignity of all persons, regardless of their national origin or immigration status.

428.3 VICTIMS AND WITNESSES

To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation. While it may be necessary to determine the identity of a victim or witness, members shall treat all individuals equally and without regard to race, ethnicity, or national origin in any way that would violate the United States or Illinois constitutions.

428.4 DETENTIONS

An officer should not detain any individual, for any length of time, for a civil violation of federal immigration laws or a related civil warrant.

An officer who has a reasonable suspicion that an individual already lawfully contacted or detained has committed a criminal violation of federal immigration law may detain the person for a reasonable period of time in order to contact federal immigration officials to verify whether an immigration violation is a federal civil violation or a criminal violation. If the violation is a criminal violation, the officer may continue to detain the person for a reasonable period of time if requested by federal immigration officials (8 USC § 1357(g)(10)). No individual who is otherwise ready to be released should continue to be detained only because questions about the individual's status are unresolved.

If the officer has facts that establish probable cause to believe that a person already lawfully detained has committed a criminal immigration offense, he/she may continue the detention and may request a federal immigration official to respond to the location to take custody of the detained person (8 USC § 1357(g)(10)).

An officer is encouraged to forgo detentions made solely on the basis of a misdemeanor offense when time limitations, availability of personnel, issues of officer safety, communication capabilities, or the potential to obstruct a separate investigation outweigh the need for the detention.

An officer should notify a supervisor as soon as practicable whenever an individual is being detained for a criminal immigration violation."""

B = """428.4.1 SUPERVISOR RESPONSIBILITIES

When notified that an officer has detained an individual and established reasonable suspicion or probable cause to believe the person has violated a criminal immigration offense, the supervisor should determine whether it is appropriate to:

(a) Transfer the person to federal authorities.

(b) Lawfully arrest the person for a criminal offense or pursuant to a judicial warrant (see the Law Enforcement Authority Policy).

428.5 ARREST NOTIFICATION TO IMMIGRATION AND CUSTOMS ENFORCEMENT

Generally, an officer should not notify federal immigration officials when booking arrestees at a jail facility. Any required notification will be handled according to jail operation procedures. No individual who is otherwise ready to be released should continue to be detained solely for the purpose of notification.

428.6 FEDERAL REQUESTS FOR ASSISTANCE

Requests by federal immigration officials for assistance from this department should be directed to a supervisor. The Department may provide available support services, such as traffic control or peacekeeping efforts.

428.7 INFORMATION SHARING

No member of this department will prohibit, or in any way restrict, any other member from doing any of the following regarding the citizenship or immigration status, lawful or unlawful, of any individual (8 USC § 1373; 5 ILCS 805/5):

(a) Sending information to, or requesting or receiving such information from federal immigration officials

(b) Maintaining such information in department records

(c) Exchanging such information with any other federal, state, or local government entity

428.7.1 IMMIGRATION DETAINERS

No individual should be held based solely on a federal immigration detainer under 8 CFR 287.7 or any other hold request unless the person has been charged with a federal crime or the detainer is accompanied by a judicial warrant. Notification to the federal authority issuing the detainer should be made prior to the release (5 ILCS 805/15)."""

C = """428.7.1 IMMIGRATION DETAINERS

No individual should be held based solely on a federal immigration detainer under 8 CFR 287.7 or any other hold request unless the person has been charged with a federal crime or the detainer is accompanied by a judicial warrant. Notification to the federal authority issuing the detainer should be made prior to the release (5 ILCS 805/15).

428.8 U VISA AND T VISA NONIMMIGRANT STATUS

Under certain circumstances, federal law allows temporary immigration benefits, known as a U visa, to victims and witnesses of certain qualifying crimes (8 USC § 1101(a)(15)(U)). The Investigation Division supervisor is designated to complete the law enforcement certification for a U visa.

Similar immigration protection, known as a T visa, is available for certain qualifying victims of human trafficking (8 USC § 1101(a)(15)(T)). The Investigation Division supervisor is designated to complete a law enforcement declaration for a T visa (5 ILCS 825/10).

Any request for assistance in applying for U visa or T visa status should be forwarded in a timely manner to the Investigation Division supervisor assigned to oversee the handling of any related case. The Investigation Division supervisor should:

(a) Consult with the assigned investigator to determine the current status of any related case and whether further documentation is warranted.

(b) Contact the appropriate prosecutor assigned to the case, if applicable, to ensure the certification or declaration has not already been completed and whether a certification or declaration is warranted.

(c) Address the request and complete the certification or declaration, if appropriate, in a timely manner.

428.8.1 NON-DISCLOSURE OF IMMIGRATION STATUS

No member shall disclose the immigration status of the victim or the person requesting the certification form unless authorized in writing by the individual or as required by law (5 ILCS 825/10)."""

LI = """415.4.1 SUPERVISOR RESPONSIBILITIES

When notified that an officer has detained an individual and established reasonable suspicion or probable cause to believe the person has violated a criminal immigration offense, the supervisor should determine whether it is appropriate to:

(a) Transfer the person to federal authorities.

(b) Lawfully arrest the person for a criminal offense or pursuant to a judicial warrant (see the Law Enforcement Authority Policy).

415.5 ARREST NOTIFICATION TO IMMIGRATION AND CUSTOMS ENFORCEMENT

Generally, an officer will not need to notify ICE when booking arrestees at the county jail. Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail on criminal charges. Notification will be handled according to jail operation procedures. No individual who is otherwise ready to be released should continue to be detained solely for the purpose of notification.

415.6 FEDERAL REQUESTS FOR ASSISTANCE

Requests by federal immigration officials for assistance from this department should be directed to a supervisor. The Department may provide available support services, such as traffic control or peacekeeping efforts."""
LG_ABC_PART = B.split("428.7 INFORMATION SHARING")[0].rstrip()

BASES = {
 "A": (A, LG_URL + "; sections 428.2-428.4 (428.1 Purpose left out; cut before 428.4.1)"),
 "B": (B, LG_URL + "; sections 428.4.1-428.7.1 (cut before 428.8)"),
 "C": (C, LG_URL + "; sections 428.7.1, 428.8 first three paragraphs and items (a)-(c), 428.8.1 (the sub-items 1-3 and items (d)-(e) of 428.8 left out)"),
}
NORM = (" Text extracted from the PDF with pypdf; page headers/footers ('La Grange Police Department', 'La Grange PD Policy Manual', "
        "copyright line, 'Immigration Violations - NNN') dropped; PDF line breaks joined into paragraphs; headings split across two lines joined; "
        "curly apostrophe straightened.")

pairs = []
def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(sit, base, edits, changes, what):
    old, src = BASES[base]
    new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "KB-%02d" % (len(pairs) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops,
         "source": "CONSTRUCTED: OLD = real text, " + src + "." + NORM + " NEW = OLD with an edit written for this set: " + what}
    check(p); pairs.append(p)

def add_genuine(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "KB-%02d" % (len(pairs) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); pairs.append(p)

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# 1 genuine
LG_B3 = LG_ABC_PART
add_genuine("mixed", LI, LG_B3, [
 ch("Generally, an officer will not need to notify ICE when booking arrestees at the county jail.",
    "Generally, an officer should not notify federal immigration officials when booking arrestees at a jail facility.",
    L, ["ice_cooperation", "information_sharing"],
    "'will not need to notify' only removed a duty; 'should not notify' now discourages notifying immigration officials at booking."),
 ch("Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail on criminal charges. Notification will be handled",
    "Any required notification will be handled",
    N, ["ice_cooperation"],
    "A descriptive sentence about ICE jail interviews is dropped and 'notification' becomes 'any required notification'; no rule for officers changes."),
 ch("415.5 ARREST NOTIFICATION", "428.5 ARREST NOTIFICATION", N, ["ice_cooperation"],
    "Sections renumbered (415.x in Lisle's manual, 428.x in La Grange's); numbering only."),
], "GENUINE: two real published editions of the Lexipol Illinois 'Immigration Violations' policy, as adopted by two departments. OLD = " + LI_URL +
   ", sections 415.4.1-415.6 (template edition 2020/05/04). NEW = " + LG_URL + ", sections 428.4.1-428.6 (template edition 2020/09/13). "
   "The two texts are word-for-word identical apart from section numbers and the 415.5/428.5 paragraph (checked with diff over the whole policy; "
   "elsewhere only agency names, 'Investigation Unit'/'Investigation Division' and 'Training Coordinator'/'Training Supervisor' differ). "
   "CAVEAT: the two editions were published by different agencies (Lisle and La Grange, Illinois), not by one agency in two years; the change reflects a Lexipol template revision between May and Sept. 2020." + NORM.replace("La Grange Police Department', 'La Grange PD Policy Manual'", "agency name', 'PD Policy Manual'"))

# 2
add("modal_change", "A", [("An officer should not detain any individual, for any length of time,", "An officer shall not detain any individual, for any length of time,")],
 [ch("An officer should not detain any individual", "An officer shall not detain any individual", L, ["enforcement_authority", "detainers_holds"],
     "'should not' becomes a mandatory 'shall not', hardening the bar on detentions for civil immigration violations.")],
 "'should not detain' -> 'shall not detain' in the first paragraph of 428.4.")
# 3
add("rule_removed", "A", [(" If the violation is a criminal violation, the officer may continue to detain the person for a reasonable period of time if requested by federal immigration officials (8 USC § 1357(g)(10)).", "")],
 [ch("If the violation is a criminal violation, the officer may continue to detain the person for a reasonable period of time if requested by federal immigration officials (8 USC § 1357(g)(10)).", "", L, ["detainers_holds", "ice_cooperation"],
     "The permission to keep holding a person at the request of federal immigration officials is removed.")],
 "the sentence 'If the violation is a criminal violation, the officer may continue to detain ... (8 USC § 1357(g)(10)).' deleted from the second paragraph of 428.4.")
# 4
add("scope_change", "A", [("An officer who has a reasonable suspicion that an individual already lawfully contacted", "An officer who has probable cause to believe that an individual already lawfully contacted")],
 [ch("An officer who has a reasonable suspicion that an individual", "An officer who has probable cause to believe that an individual", L, ["enforcement_authority", "ice_cooperation"],
     "Raising the threshold from reasonable suspicion to probable cause narrows when an officer may detain someone to contact immigration officials.")],
 "'has a reasonable suspicion that' -> 'has probable cause to believe that' in the second paragraph of 428.4.")
# 5
add("rule_added", "A", [("in any way that would violate the United States or Illinois constitutions.", "in any way that would violate the United States or Illinois constitutions. Members shall not inquire about the immigration status of a victim or witness.")],
 [ch("", "Members shall not inquire about the immigration status of a victim or witness.", L, ["status_inquiry"],
     "A new prohibition bars asking victims and witnesses about their immigration status.")],
 "sentence 'Members shall not inquire about the immigration status of a victim or witness.' added at the end of 428.3.")
# 6
add("modal_change", "A", [("An officer is encouraged to forgo detentions made solely on the basis of a misdemeanor offense when", "An officer shall forgo detentions made solely on the basis of a misdemeanor offense when")],
 [ch("An officer is encouraged to forgo detentions", "An officer shall forgo detentions", L, ["enforcement_authority"],
     "Forgoing misdemeanor-only immigration detentions in the listed circumstances becomes mandatory rather than encouraged.")],
 "'is encouraged to forgo' -> 'shall forgo' in the fourth paragraph of 428.4.")
# 7
add("rule_removed", "A", [(" No individual who is otherwise ready to be released should continue to be detained only because questions about the individual's status are unresolved.", "")],
 [ch("No individual who is otherwise ready to be released should continue to be detained only because questions about the individual's status are unresolved.", "", E, ["detainers_holds"],
     "Removing the bar lets officers keep holding a releasable person while status questions are unresolved.")],
 "last sentence of the second paragraph of 428.4 ('No individual who is otherwise ready to be released ... unresolved.') deleted.")
# 8
add("approval_added", "A", [("An officer should notify a supervisor as soon as practicable whenever an individual is being detained for a criminal immigration violation.", "An officer shall obtain the approval of a supervisor before detaining an individual for a criminal immigration violation.")],
 [ch("An officer should notify a supervisor as soon as practicable whenever an individual is being detained", "An officer shall obtain the approval of a supervisor before detaining an individual", L, ["supervisor_approval", "enforcement_authority"],
     "After-the-fact notice becomes prior supervisory approval, a new condition on immigration detentions.")],
 "last paragraph of 428.4: 'should notify a supervisor as soon as practicable whenever an individual is being detained' -> 'shall obtain the approval of a supervisor before detaining an individual'.")
# 9
add("reparagraphed", "A", [("(8 USC § 1357(g)(10)). No individual who is otherwise ready to be released should continue to be detained only because questions about the individual's status are unresolved.\n\nIf the officer has facts", "(8 USC § 1357(g)(10)).\n\nNo individual who is otherwise ready to be released should continue to be detained only because questions about the individual's status are unresolved. If the officer has facts")],
 [ch("(8 USC § 1357(g)(10)). No individual who is otherwise ready", "(8 USC § 1357(g)(10)).\n\nNo individual who is otherwise ready", N, ["detainers_holds"],
     "The release sentence is moved to the start of the next paragraph; the words are unchanged.")],
 "the paragraph break after the second paragraph of 428.4 moved one sentence earlier (negative control; no words changed).")
# 10
add("restated", "A", [("An officer should not detain any individual, for any length of time, for a civil violation of federal immigration laws or a related civil warrant.", "No individual should be detained by an officer, for any length of time, for a civil violation of federal immigration laws or a related civil warrant.")],
 [ch("An officer should not detain any individual, for any length of time,", "No individual should be detained by an officer, for any length of time,", N, ["enforcement_authority", "detainers_holds"],
     "Active voice becomes passive; the same prohibition with the same modal.")],
 "first paragraph of 428.4 turned into the passive voice (negative control).")
# 11
add("exception_added", "A", [("for a civil violation of federal immigration laws or a related civil warrant.", "for a civil violation of federal immigration laws or a related civil warrant, unless federal immigration officials request that the individual be held for a reasonable period of time until they arrive.")],
 [ch("", "unless federal immigration officials request that the individual be held for a reasonable period of time until they arrive", E, ["detainers_holds", "ice_cooperation"],
     "An exception lets officers hold people for civil immigration violations at ICE's request.")],
 "exception ', unless federal immigration officials request that the individual be held ... until they arrive' added to the first paragraph of 428.4.")
# 12
add("scope_change", "A", [("that an individual already lawfully contacted or detained has committed", "that an individual has committed")],
 [ch("that an individual already lawfully contacted or detained has committed", "that an individual has committed", E, ["enforcement_authority"],
     "Dropping 'already lawfully contacted or detained' lets officers initiate stops to investigate criminal immigration violations.")],
 "'already lawfully contacted or detained' deleted from the second paragraph of 428.4.")
# 13
add("neutral_rewrite", "A", [("Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community and recognizing the dignity of all persons, regardless of their national origin or immigration status.", "This commitment builds confidence that makes this department more effective in protecting and serving the entire community and in recognizing the dignity of all persons, regardless of their national origin or immigration status."),
  ("To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals", "So that crime is reported and criminal investigations receive cooperation, all individuals")],
 [ch("Confidence in this commitment will increase the effectiveness of this department", "This commitment builds confidence that makes this department more effective", N, ["access_to_services"],
     "Policy statement reworded; same meaning."),
  ch("To encourage crime reporting and cooperation in the investigation of criminal activity", "So that crime is reported and criminal investigations receive cooperation", N, ["access_to_services"],
     "Purpose clause reworded; no rule changes.")],
 "two purpose sentences in 428.2 and 428.3 reworded (negative control).")
# 14
add("double_negation", "A", [("whenever an individual is being detained for a criminal immigration violation.", "whenever an individual is being detained for a criminal immigration violation.\n\nNothing in this policy shall prohibit an officer from inquiring about the citizenship or immigration status of a person who has been arrested for a felony.")],
 [ch("", "Nothing in this policy shall prohibit an officer from inquiring about the citizenship or immigration status of a person who has been arrested for a felony.", E, ["status_inquiry"],
     "A 'nothing shall prohibit' clause affirmatively preserves status questioning of felony arrestees.")],
 "closing paragraph 'Nothing in this policy shall prohibit an officer from inquiring ... arrested for a felony.' added to 428.4.")
# 15
add("cross_clause", "A", [("whenever an individual is being detained for a criminal immigration violation.", "whenever an individual is being detained for a criminal immigration violation.\n\nThe first paragraph of this section does not apply to an individual who has previously been removed from the United States.")],
 [ch("", "The first paragraph of this section does not apply to an individual who has previously been removed from the United States.", E, ["enforcement_authority", "detainers_holds"],
     "An exception placed at the end of 428.4 lifts the civil-violation detention bar for previously removed people.")],
 "paragraph 'The first paragraph of this section does not apply to an individual who has previously been removed from the United States.' added at the end of 428.4.")
# B pairs
add("list_item_removed", "B", [("\n\n(a) Transfer the person to federal authorities.\n\n(b) Lawfully arrest", "\n\n(a) Lawfully arrest")],
 [ch("(a) Transfer the person to federal authorities.", "", L, ["ice_cooperation"],
     "The supervisor's option to hand the detained person to federal authorities is removed.")],
 "item (a) 'Transfer the person to federal authorities.' deleted from 428.4.1; former (b) relettered (a).")
add("list_item_added", "B", [("such as traffic control or peacekeeping efforts.", "such as traffic control, peacekeeping efforts, or assistance in executing federal immigration warrants.")],
 [ch("such as traffic control or peacekeeping efforts.", "such as traffic control, peacekeeping efforts, or assistance in executing federal immigration warrants.", E, ["raids_joint_operations", "ice_cooperation"],
     "Helping execute immigration warrants is added to the support the Department may give.")],
 "'or assistance in executing federal immigration warrants' added to the support services in 428.6.")
add("approval_moved", "B", [("Requests by federal immigration officials for assistance from this department should be directed to a supervisor.", "Requests by federal immigration officials for assistance from this department shall be approved by the Chief of Police.")],
 [ch("should be directed to a supervisor", "shall be approved by the Chief of Police", L, ["supervisor_approval", "ice_cooperation"],
     "Routing to any supervisor becomes a required approval by the Chief, a higher bar for assisting immigration officials.")],
 "428.6: 'should be directed to a supervisor' -> 'shall be approved by the Chief of Police'.")
add("rule_added", "B", [("such as traffic control or peacekeeping efforts.", "such as traffic control or peacekeeping efforts. Members shall not participate in any joint operation with federal immigration officials conducted for the purpose of civil immigration enforcement.")],
 [ch("", "Members shall not participate in any joint operation with federal immigration officials conducted for the purpose of civil immigration enforcement.", L, ["raids_joint_operations"],
     "A new ban on joint civil immigration operations.")],
 "sentence 'Members shall not participate in any joint operation ... civil immigration enforcement.' added at the end of 428.6.")
add("exception_changed", "B", [("unless the person has been charged with a federal crime or the detainer is accompanied by a judicial warrant.", "unless the person has been charged with a federal crime, has been convicted of a forcible felony, or the detainer is accompanied by a judicial warrant.")],
 [ch("unless the person has been charged with a federal crime or the detainer", "unless the person has been charged with a federal crime, has been convicted of a forcible felony, or the detainer", E, ["detainers_holds"],
     "A new exception lets detainer holds be honored for people with forcible-felony convictions.")],
 "'has been convicted of a forcible felony' added to the exceptions in 428.7.1.")
add("exception_removed", "B", [("unless the person has been charged with a federal crime or the detainer is accompanied by a judicial warrant.", "unless the detainer is accompanied by a judicial warrant.")],
 [ch("unless the person has been charged with a federal crime or the detainer", "unless the detainer", L, ["detainers_holds"],
     "With the federal-charge exception gone, a detainer hold requires a judicial warrant.")],
 "exception 'the person has been charged with a federal crime or' deleted from 428.7.1.")
add("rule_removed", "B", [(" Notification to the federal authority issuing the detainer should be made prior to the release (5 ILCS 805/15).", "")],
 [ch("Notification to the federal authority issuing the detainer should be made prior to the release (5 ILCS 805/15).", "", L, ["information_sharing", "detainers_holds"],
     "The duty to notify the detaining federal agency before release is removed.")],
 "last sentence of 428.7.1 (notification before release) deleted.")
add("modal_change", "B", [("Generally, an officer should not notify federal immigration officials when booking arrestees at a jail facility.", "An officer may notify federal immigration officials when booking arrestees at a jail facility.")],
 [ch("Generally, an officer should not notify federal immigration officials", "An officer may notify federal immigration officials", E, ["information_sharing", "ice_cooperation"],
     "A general discouragement becomes an express permission to notify ICE at booking.")],
 "428.5: 'Generally, an officer should not notify' -> 'An officer may notify'.")
add("list_item_removed", "B", [(" department records\n\n(c) Exchanging such information with any other federal, state, or local government entity", " department records")],
 [ch("(c) Exchanging such information with any other federal, state, or local government entity", "", L, ["information_sharing"],
     "Exchanging status information with other agencies leaves the list of activities no one may restrict, so the Department may now restrict it.")],
 "item (c) deleted from the list in 428.7.")
add("exception_added", "B", [("of any individual (8 USC § 1373; 5 ILCS 805/5):", "of any individual, except that no member shall share information about a crime victim or witness unless required by law (8 USC § 1373; 5 ILCS 805/5):")],
 [ch("", "except that no member shall share information about a crime victim or witness unless required by law", L, ["information_sharing"],
     "A carve-out from the sharing guarantee bars sharing victims' and witnesses' status information.")],
 "exception ', except that no member shall share information about a crime victim or witness unless required by law' added to the stem of 428.7.")
add("reparagraphed", "B", [("jail operation procedures. No individual who is otherwise", "jail operation procedures.\n\nNo individual who is otherwise")],
 [ch("jail operation procedures. No individual", "jail operation procedures.\n\nNo individual", N, ["detainers_holds"],
     "428.5 split into two paragraphs; words unchanged.")],
 "paragraph break inserted in 428.5 (negative control).")
add("restated", "B", [("Requests by federal immigration officials for assistance from this department should be directed to a supervisor.", "A supervisor should receive any request from federal immigration officials for assistance from this department.")],
 [ch("Requests by federal immigration officials for assistance from this department should be directed to a supervisor.", "A supervisor should receive any request from federal immigration officials for assistance from this department.", N, ["ice_cooperation", "supervisor_approval"],
     "Same routing rule restated from the supervisor's side.")],
 "first sentence of 428.6 restated (negative control).")
add("mixed", "B", [("Generally, an officer should not notify", "Generally, an officer shall not notify"),
  ("such as traffic control or peacekeeping efforts.", "such as traffic control, peacekeeping efforts, or perimeter security during a civil immigration arrest.")],
 [ch("Generally, an officer should not notify", "Generally, an officer shall not notify", L, ["information_sharing", "ice_cooperation"],
     "The booking-notification discouragement becomes mandatory."),
  ch("such as traffic control or peacekeeping efforts.", "such as traffic control, peacekeeping efforts, or perimeter security during a civil immigration arrest.", E, ["raids_joint_operations"],
     "Perimeter security for civil immigration arrests is added to permitted support.")],
 "428.5 'should not' -> 'shall not'; and 'perimeter security during a civil immigration arrest' added to the support services in 428.6.")
add("definition_change", "B", [("or the detainer is accompanied by a judicial warrant.", "or the detainer is accompanied by a judicial warrant. For purposes of this section, a judicial warrant includes a warrant of removal signed by an immigration officer.")],
 [ch("", "For purposes of this section, a judicial warrant includes a warrant of removal signed by an immigration officer.", E, ["detainers_holds"],
     "Defining 'judicial warrant' to include an administrative removal warrant widens the exception that permits holds.")],
 "definition sentence 'For purposes of this section, a judicial warrant includes a warrant of removal signed by an immigration officer.' added to 428.7.1.")
add("exception_to_exception", "B", [("or the detainer is accompanied by a judicial warrant.", "or the detainer is accompanied by a judicial warrant, provided that no person shall be held under this exception for more than 48 hours after the person would otherwise be released.")],
 [ch("", "provided that no person shall be held under this exception for more than 48 hours after the person would otherwise be released", L, ["detainers_holds"],
     "A time limit narrows the exception that permits detainer holds.")],
 "proviso ', provided that no person shall be held under this exception for more than 48 hours ...' added to the exception in 428.7.1.")
add("approval_removed_or_weakened", "B", [("Requests by federal immigration officials for assistance from this department should be directed to a supervisor. The Department may provide", "Any member may respond to a request by federal immigration officials for assistance, and the Department may provide")],
 [ch("Requests by federal immigration officials for assistance from this department should be directed to a supervisor.", "Any member may respond to a request by federal immigration officials for assistance", E, ["supervisor_approval", "ice_cooperation"],
     "Supervisory routing is dropped; any member may answer immigration officials' requests.")],
 "428.6: supervisor routing replaced with 'Any member may respond to a request ... for assistance'.")
add("list_added", "B", [("The Department may provide available support services, such as traffic control or peacekeeping efforts.", "The Department may provide only the following support services:\n\n(a) Traffic control.\n\n(b) Peacekeeping efforts.")],
 [ch("The Department may provide available support services, such as traffic control or peacekeeping efforts.", "The Department may provide only the following support services:", L, ["ice_cooperation", "raids_joint_operations"],
     "An open list of examples becomes a closed list, so other support to immigration officials is no longer permitted.")],
 "428.6 second sentence turned into a closed list ('only the following support services: (a) Traffic control. (b) Peacekeeping efforts.').")
# C pairs
add("exception_added", "C", [("unless authorized in writing by the individual or as required by law (5 ILCS 825/10).", "unless authorized in writing by the individual, requested by federal immigration officials, or as required by law (5 ILCS 825/10).")],
 [ch("unless authorized in writing by the individual or as required by law", "unless authorized in writing by the individual, requested by federal immigration officials, or as required by law", E, ["information_sharing"],
     "Victims' status may now be disclosed whenever immigration officials ask.")],
 "'requested by federal immigration officials' added to the exceptions in 428.8.1.")
add("neutral_rewrite", "C", [("The Investigation Division supervisor is designated to complete the law enforcement certification for a U visa.", "The Investigations Commander is designated to complete the law enforcement certification for a U visa."),
  ("The Investigation Division supervisor is designated to complete a law enforcement declaration for a T visa", "The Investigations Commander is designated to complete a law enforcement declaration for a T visa")],
 [ch("The Investigation Division supervisor is designated to complete the law enforcement certification for a U visa.", "The Investigations Commander is designated to complete the law enforcement certification for a U visa.", N, ["access_to_services"],
     "Who signs U-visa certifications changes; it does not touch immigration enforcement."),
  ch("The Investigation Division supervisor is designated to complete a law enforcement declaration for a T visa", "The Investigations Commander is designated to complete a law enforcement declaration for a T visa", N, ["access_to_services"],
     "Same reassignment for T-visa declarations; not enforcement.")],
 "the certifying official for U and T visas changed from 'The Investigation Division supervisor' to 'The Investigations Commander' in the first two paragraphs of 428.8 (negative control).")
add("rule_added", "C", [("unless authorized in writing by the individual or as required by law (5 ILCS 825/10).", "unless authorized in writing by the individual or as required by law (5 ILCS 825/10). Information provided in a request for certification shall not be used to initiate or assist any civil immigration enforcement action.")],
 [ch("", "Information provided in a request for certification shall not be used to initiate or assist any civil immigration enforcement action.", L, ["information_sharing", "access_to_services"],
     "A new bar on using U/T-visa request information for immigration enforcement.")],
 "sentence 'Information provided in a request for certification shall not be used ... civil immigration enforcement action.' added to 428.8.1.")
add("rule_removed", "C", [("\n\n428.8.1 NON-DISCLOSURE OF IMMIGRATION STATUS\n\nNo member shall disclose the immigration status of the victim or the person requesting the certification form unless authorized in writing by the individual or as required by law (5 ILCS 825/10).", "")],
 [ch("No member shall disclose the immigration status of the victim or the person requesting the certification form unless authorized in writing by the individual or as required by law (5 ILCS 825/10).", "", E, ["information_sharing"],
     "Deleting the non-disclosure rule removes the bar on revealing a visa applicant's status.")],
 "section 428.8.1 (non-disclosure) deleted.")
add("mixed", "C", [("unless the person has been charged with a federal crime or the detainer", "unless the person has been charged with a felony or the detainer"),
  ("unless authorized in writing by the individual or as required by law", "unless authorized in writing by the individual")],
 [ch("unless the person has been charged with a federal crime or the detainer", "unless the person has been charged with a felony or the detainer", E, ["detainers_holds"],
     "'federal crime' -> 'felony' widens the exception to any felony charge, allowing more detainer holds."),
  ch("unless authorized in writing by the individual or as required by law", "unless authorized in writing by the individual", L, ["information_sharing"],
     "Only written consent now permits disclosure of a victim's status.")],
 "428.7.1 'a federal crime' -> 'a felony'; and 'or as required by law' deleted from 428.8.1.")

add("rule_removed", "A", [("\n\nAn officer is encouraged to forgo detentions made solely on the basis of a misdemeanor offense when time limitations, availability of personnel, issues of officer safety, communication capabilities, or the potential to obstruct a separate investigation outweigh the need for the detention.", ""),
  ("he/she may continue the detention and may request a federal immigration official", "he/she shall continue the detention and shall request a federal immigration official")],
 [ch("An officer is encouraged to forgo detentions made solely on the basis of a misdemeanor offense", "", E, ["enforcement_authority"],
     "The guidance to forgo misdemeanor-only immigration detentions is removed."),
  ch("he/she may continue the detention and may request a federal immigration official", "he/she shall continue the detention and shall request a federal immigration official", E, ["ice_cooperation", "detainers_holds"],
     "Holding the person and calling immigration officials becomes mandatory when probable cause exists.")],
 "fourth paragraph of 428.4 ('An officer is encouraged to forgo detentions ...') deleted; and in the third paragraph 'may continue ... may request' -> 'shall continue ... shall request'.")
add("rule_added", "A", [("While it may be necessary to determine the identity of a victim or witness, members shall treat", "While it may be necessary to determine the identity of a victim or witness, and members may ask a victim or witness to produce a passport, visa or other immigration document for that purpose, members shall treat")],
 [ch("", "and members may ask a victim or witness to produce a passport, visa or other immigration document for that purpose", E, ["document_requests"],
     "A new permission to demand immigration documents from victims and witnesses.")],
 "clause ', and members may ask a victim or witness to produce a passport, visa or other immigration document for that purpose' inserted in 428.3.")
add("list_item_added", "B", [("(see the Law Enforcement Authority Policy).", "(see the Law Enforcement Authority Policy).\n\n(c) Hold the person until federal immigration officials arrive to take custody.")],
 [ch("", "(c) Hold the person until federal immigration officials arrive to take custody.", E, ["detainers_holds", "ice_cooperation"],
     "A third option lets the supervisor keep the person for immigration officials.")],
 "item '(c) Hold the person until federal immigration officials arrive to take custody.' added to the list in 428.4.1.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
