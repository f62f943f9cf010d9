import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from lib import apply, pair_label, check
from texts import *

S = {
 "SAC17": "Sacramento State (California State University, Sacramento) University Policy Manual ADM-0183, 'Immigration and Customs Enforcement on Campus (Interim)', effective February 15, 2017, https://www.csus.edu/umanual/admin/adm-0183.html (stored copy; header, Policy Statement, 'Who the Policy applies to', 'Why the Policy is necessary'; cut before 'The Chief of Police ...' where the stored copy breaks off)",
 "SAC19": "Sacramento State University Policy Manual ADM-0183, 'Protecting Undocumented Individuals and Immigration and Customs Enforcement on Campus (Interim)', effective April 24, 2019 (updated April 18, 2019), https://www.csus.edu/umanual/admin/adm-0183.htm (stored copy; header and Policy Statement through the bullet list; cut before 'Moreover, ...' where the stored copy breaks off; the repeated all-caps title line dropped; bullets typed as '-')",
 "NEA": "National Education Association, 'Sample School Board Resolution' (Safe Zones), as reproduced by the Georgia Association of Educators, https://gae.org/resource-library/immigration-justice (stored copy; resolution heading and the six WHEREAS clauses; cut before 'NOW, THEREFORE' where the stored copy breaks off)",
 "WESD": "Washington Elementary School District (Phoenix, Arizona) Governing Board Resolution 'Safe and Stable Schools' (2017; adapted from the NEA sample), stored copy of the district page /Page/3712 at http://elfutbolpopular.com/Page/3712 (mirror; the district acronym appears there as mojibake and is typed 'WESD', lost 'fi' ligatures restored: 'significantly'; the six WHEREAS clauses; cut before 'NOW, THEREFORE')",
 "CSUFAQ": "California State University Office of General Counsel, 'FAQ's for California State University Employees about Federal Immigration Enforcement Actions on University Property' (2017 edition), https://docslib.org/doc/1980229/faqs-for-california-state-university-employees-about-federal-immigration (stored copy; also at paperzz.com/doc/7179621; title, introduction, question 1 and the first sentence of the next paragraph; footnote numbers dropped)",
 "CSULA": "California State University, Los Angeles, 'CSU FAQs for Undocumented Students' page reproducing the CSU FAQ with 'Department of Public Safety' wording, http://www.calstatela.edu/immigration/csu-faqs-undocumented-students (stored copy; title, introduction, first answer and first sentence of the next paragraph; footnote numbers dropped)",
 "SACWEB_OLD": "Sacramento State, 'Immigration-related Information and Resources' web page, earlier 2025 edition (contacts list headed 'Campus Contacts'; stored mirror copy http://09.7111t.com/experience/immigration.html of https://www.csus.edu/experience/immigration.html; cut before 'Campus Contacts' where the copy breaks off in that paragraph)",
 "SACWEB_NEW": "Sacramento State, 'Immigration-related Information and Resources' web page, later 2025 edition, https://www.csus.edu/experience/immigration.html (stored copy; cut before 'What to Say')",
 "SUNY_OLD": "SUNY, 'Protocols for interacting with external law enforcement' (SUNY Office of General Counsel, Feb. 2025), as posted in a campus 'Dateline' announcement that expired 03/01/2025, stored mirror http://mojocurrent.com/apps/messaging/announcement/view/25762 (mojibake apostrophes typed as ’; cut after the first answer)",
 "SUNY_NEW": "SUNY, 'SUNY Protocols for Interacting with External Law Enforcement', as posted by Farmingdale State College University Police, https://www.farmingdale.edu/university-police/external-law-enforcement.shtml (stored copy, 2025; cut after the first answer)",
 "F1776": "Foundation 1776, model resolution 'Resolution of the [School District Name] School Board to Support Federal Immigration Law Enforcement and Review Immigration-Related Educational Data' (2025), https://foundation1776.org/updates/resolution-of-the-school-board-to-support-federal-immigration-law-enforcement/ (stored copy; title through Section 3; cut before Section 4)",
 "PA": "Pennsylvania Department of Education, 'Guidance to LEAs Relating to Immigration Enforcement Actions' (2025), https://pa.gov/agencies/education/resources/policies-acts-and-laws/basic-education-circulars-becs/purdons-statutes/enrollment-of-students/guidancetoleasrelatingtoimmigration.html (stored copy; opening, 'Background', and the list of items a school may not request; cut before 'School records from the student's former school' where the copy breaks off)",
 "CSULB": "California State University, Long Beach, 'Enforcement Actions on Campus' web page (2025), https://csulb.edu/node/601671 (stored copy; cut before 'Know your rights')",
 "HCPSS": "Howard County Public School System (Maryland), Policy 1070 Appendix A 'Immigration Frequently Asked Questions (FAQ)' (2025), https://policy.hcpss.org/1000/1070/appendix/a (stored copy; questions 1-3; cut before question 4 where the copy breaks off)",
 "UTDRAFT": "No ICE in Schools (Utah), 'Draft policy' proposed to school districts (2025/26 advocacy model, not adopted law), https://noiceinschools.pages.dev/states/ut/draft-policy (stored copy; explanatory paragraphs and the first Policy Statement; cut before the second Policy Statement where the copy breaks off)",
 "SLC": "Salt Lake City School District Board of Education, 'The Safe School Resolution' (adopted March 21, 2017; reaffirmed 2019 and Dec. 10, 2024), http://www.slcschools.org/board-of-education/safe-school-resolution.php (stored copy; title and the first six WHEREAS clauses; cut before the seventh, where the copy breaks off)",
}

P = []
def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "JV-%02d" % (len(P) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); P.append(p)

def con(key, what):
    return "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (S[key], what)

# ---------------- GENUINE ----------------
add("mixed", SAC2017, SAC2019, [
  ch("the University will not enter into agreements with local law enforcement agencies, or any other federal agency for the enforcement of federal immigration law unless required by law", "", "expands_enforcement", ["raids_joint_operations", "ice_cooperation"],
     "The flat commitment not to enter immigration-enforcement agreements is not in the new policy statement as shown."),
  ch("", "limit access to personal information about students, faculty, and staff to the limits of the law;", "limits_enforcement", ["information_sharing"],
     "A new commitment to restrict access to personal information about students and staff as far as the law allows."),
  ch("", "discourage collaboration with immigration agencies for nonenforcement activities;", "limits_enforcement", ["ice_cooperation"],
     "A new commitment to discourage collaboration with immigration agencies."),
  ch("The University also directs the University Police Department at Sacramento State to adopt and make part of its general operating orders the procedures included with this policy relating to engagement with foreign nationals relating to immigration status.",
     "instruct the University Police Department as to how to respond to immigration enforcement actions;", "neutral", ["enforcement_authority"],
     "Both versions only say the police department will receive procedures; neither sets the content."),
  ch("", "otherwise comply with AB 21.", "neutral", ["access_to_services"], "A cross-reference to existing state law adds no new rule of its own."),
 ], "GENUINE: two published editions of one university policy. OLD = %s. NEW = %s." % (S["SAC17"], S["SAC19"]))

add("neutral_rewrite", NEA, WESD, [
  ch("to access a free public K-12 education and the District welcomes", "to access a free public education and the Washington Elementary School District (WESD) welcomes", "neutral", ["access_to_services"], "The district is named and 'K-12' dropped; same recital."),
  ch("can safely access a free public K-12 education;", "can safely access a free public K-8 education;", "neutral", ["access_to_services"], "The grade span is adjusted to an elementary district; no effect on enforcement."),
  ch("WHEREAS, parents and students have expressed", "WHEREAS, parents, guardians, and students have expressed", "neutral", ["access_to_services"], "Guardians added to a recital about fears expressed; no rule changes."),
  ch("the right to access a free public K-12 education through District schools", "the right to access a free public education through District schools", "neutral", ["access_to_services"], "'K-12' dropped from a recital."),
 ], "GENUINE: a model text and a district's adopted edition of it. OLD = %s. NEW = %s." % (S["NEA"], S["WESD"]))

add("restated", CSUFAQ17, CSULA, [
  ch("1. Will University Police Officers work with federal immigration officers to apprehend and remove individuals from campus, absent evidence of a judicial warrant?\n\n", "", "neutral", ["enforcement_authority"], "Only the question heading is dropped; the answer stays."),
  ch("Campus police officers will not contact", "Campus Department of Public Safety officers will not contact", "neutral", ["status_inquiry", "enforcement_authority"], "The campus's name for its police is used; same prohibition."),
  ch("and University Police (UPD) will not undertake joint efforts", "and the Department of Public Safety will not undertake joint efforts", "neutral", ["raids_joint_operations"], "Same bar on joint efforts, other name for the department."),
  ch("UPD may be called in to prevent injuries or property damage", "the Department of Public Safety may be called in to prevent injuries or property damage", "neutral", ["ice_cooperation"], "Same limited role, other department name."),
 ], "GENUINE: the CSU systemwide FAQ and one campus's published edition of it. OLD = %s. NEW = %s." % (S["CSUFAQ"], S["CSULA"]))

add("rule_removed", SACWEB_OLD, SACWEB_NEW, [
  ch("However, immigration officers cannot enter areas that are not open to the general public, such as residence halls, classrooms while class is in session, confidential meeting rooms and spaces, or employee offices unless the officer presents a valid judicial warrant or declares that exigent circumstances exist.", "", "expands_enforcement", ["ice_cooperation", "enforcement_authority"],
     "The page no longer states that immigration officers may not enter non-public campus areas without a judicial warrant or exigent circumstances."),
  ch("", "If you observe or are approached by a U.S. Immigration and Customs Enforcement (ICE) officers, immediately contact one of the following campus leaders:", "neutral", ["ice_cooperation"],
     "A list of campus contacts is a reporting channel; it does not change what the university does for enforcement."),
 ], "GENUINE: two editions of one university web page (order from the contacts' titles: 'Sr. AVP' in Feb.-Sept. 2025 messages, 'VP' in the later edition). OLD = %s. NEW = %s." % (S["SACWEB_OLD"], S["SACWEB_NEW"]))

add("reparagraphed", SUNY_OLD, SUNY_NEW, [
  ch("Two things: 1) Tell the agent you are not authorized to respond to their request, and 2) contact your campus UPD and campus counsel, who will review and respond to the request.",
     "Two things:\n\n1. Tell the agent you are not authorized to respond to their request.\n2. Contact your campus UPD and campus counsel, who will review and respond to the request.", "neutral", ["information_sharing", "ice_cooperation"],
     "The same two steps set out as a numbered list."),
  ch("- What should I do if the external law enforcement agent asks me for student or employee information/records, such as a particular individual’s current location, assigned dorm room or office or information about an individual in an official file or record?\n\n", "", "neutral", ["information_sharing"],
     "The question heading is not shown in the later copy; the answer that follows is unchanged."),
  ch("DO NOT make any assumptions", "please DO NOT make any assumptions", "neutral", ["ice_cooperation"], "Politeness word only."),
 ], "GENUINE: two published postings of the same SUNY protocols. OLD = %s. NEW = %s." % (S["SUNY_OLD"], S["SUNY_NEW"]))

# ---------------- CONSTRUCTED ----------------
def cadd(situation, key, old, edits, changes, what):
    new = apply(old, edits)
    add(situation, old, new, changes, con(key, what))

# Sac State 2019 policy
cadd("list_item_removed", "SAC19", SAC2019,
  [("- limit access to personal information about students, faculty, and staff to the limits of the law;\n", "")],
  [ch("- limit access to personal information about students, faculty, and staff to the limits of the law;", "", "expands_enforcement", ["information_sharing"], "The commitment to limit access to personal information is dropped.")],
  "the first bullet ('limit access to personal information ...') deleted.")
cadd("modal_change", "SAC19", SAC2019,
  [("discourage collaboration with immigration agencies", "prohibit collaboration with immigration agencies")],
  [ch("discourage collaboration", "prohibit collaboration", "limits_enforcement", ["ice_cooperation"], "A discouragement becomes a prohibition.")],
  "'discourage collaboration' -> 'prohibit collaboration' in the second bullet.")

# CSU FAQ
cadd("exception_added", "CSUFAQ", CSUFAQ17,
  [("to investigate, detain or arrest individuals for violation of federal immigration law.", "to investigate, detain or arrest individuals for violation of federal immigration law, except where the Chief of Police approves a joint effort in writing.")],
  [ch("", ", except where the Chief of Police approves a joint effort in writing", "expands_enforcement", ["raids_joint_operations", "supervisor_approval"], "An exception now allows joint enforcement efforts with the chief's written approval.")],
  "an exception for joint efforts approved in writing by the Chief of Police added to the first answer.")
cadd("scope_change", "CSUFAQ", CSUFAQ17,
  [("UPD may be called in to prevent injuries or property damage.", "UPD may be called in to assist ICE or CBP officers with those activities.")],
  [ch("UPD may be called in to prevent injuries or property damage", "UPD may be called in to assist ICE or CBP officers with those activities", "expands_enforcement", ["ice_cooperation", "raids_joint_operations"], "Campus police may now assist the enforcement activities themselves, not only keep the peace.")],
  "the role of UPD during ICE/CBP activities changed from preventing injuries or damage to assisting the officers.")
cadd("scope_change", "CSUFAQ", CSUFAQ17,
  [("an individual solely on the basis of suspected", "an individual on the basis of suspected")],
  [ch("an individual solely on the basis of suspected", "an individual on the basis of suspected", "limits_enforcement", ["status_inquiry", "enforcement_authority"], "Without 'solely', suspected status may not be any part of the basis for a stop or arrest.")],
  "'solely' deleted from the first answer.")

# Foundation 1776 model (pro-enforcement text)
cadd("scope_change", "F1776", F1776,
  [("when required by law or when such cooperation does not conflict with legal obligations or student privacy rights.", "when required by law.")],
  [ch("when required by law or when such cooperation does not conflict with legal obligations or student privacy rights", "when required by law", "limits_enforcement", ["ice_cooperation"], "Staff must cooperate with ICE only where the law requires it, no longer whenever cooperation is merely lawful.")],
  "the second case of required cooperation ('or when such cooperation does not conflict ...') deleted from Section 2.")
cadd("modal_change", "F1776", F1776,
  [("All school district staff are directed to cooperate", "All school district staff may cooperate")],
  [ch("are directed to cooperate", "may cooperate", "limits_enforcement", ["ice_cooperation"], "A directive to cooperate with ICE becomes a mere permission.")],
  "'are directed to cooperate' -> 'may cooperate' in Section 2.")
cadd("approval_added", "F1776", F1776,
  [("conflict with legal obligations or student privacy rights.", "conflict with legal obligations or student privacy rights. No staff member shall admit an ICE official to a nonpublic area of a school or to a student without the prior approval of the Superintendent.")],
  [ch("", "No staff member shall admit an ICE official to a nonpublic area of a school or to a student without the prior approval of the Superintendent.", "limits_enforcement", ["supervisor_approval", "ice_cooperation"], "ICE access to nonpublic areas or students now needs the Superintendent's prior approval.")],
  "a sentence requiring the Superintendent's prior approval for ICE access to nonpublic areas or students added to Section 2.")
cadd("scope_change", "F1776", F1776,
  [("regarding the sharing of information with law enforcement, including", "regarding the sharing of information with law enforcement, including student records and information on the immigration status of students and their families, and including")],
  [ch("", "including student records and information on the immigration status of students and their families, and ", "expands_enforcement", ["information_sharing"], "Student records and family immigration status are now expressly within the information to be exchanged.")],
  "student records and immigration status of students and families added to the information covered by Section 3.")
cadd("neutral_rewrite", "F1776", F1776,
  [("To affirm the commitment of the [School District Name] to support the enforcement of immigration laws within its jurisdiction and to ensure the safety and well-being of all students.", "The purpose of this resolution is to affirm that the [School District Name] is committed to supporting the enforcement of immigration laws within its jurisdiction and to ensuring the safety and well-being of all students."),
   ("ensuring that no policy or practice exists to prohibit or restrict the exchange of such information.", "and no policy or practice of the district shall prohibit or restrict the exchange of such information.")],
  [ch("To affirm the commitment of the [School District Name] to support the enforcement", "The purpose of this resolution is to affirm that the [School District Name] is committed to supporting the enforcement", "neutral", ["ice_cooperation"], "The purpose clause is put as a full sentence; same meaning."),
   ch("ensuring that no policy or practice exists to prohibit or restrict the exchange of such information.", "and no policy or practice of the district shall prohibit or restrict the exchange of such information.", "neutral", ["information_sharing"], "Same bar on policies restricting information exchange, worded as a rule.")],
  "the Section 1 purpose sentence and the end of Section 3 reworded without change of meaning.")

# Pennsylvania
cadd("list_item_removed", "PA", PA,
  [("4. A child’s or parent’s immigration status;\n5. Agency records;\n6. A court order", "4. Agency records;\n5. A court order"), ("; or\n7. Legal address", "; or\n6. Legal address")],
  [ch("4. A child’s or parent’s immigration status;", "", "expands_enforcement", ["status_inquiry"], "Immigration status is no longer on the list of things a school may not request at enrolment.")],
  "item 4 (immigration status) deleted from the list; later items renumbered.")
cadd("list_item_added", "PA", PA,
  [("3. A child’s or parent’s visa;\n", "3. A child’s or parent’s visa;\n3a. A child’s or parent’s passport, permanent resident card or other immigration document;\n")],
  [ch("", "3a. A child’s or parent’s passport, permanent resident card or other immigration document;", "limits_enforcement", ["document_requests"], "Schools may no longer ask for passports, green cards or other immigration documents.")],
  "item 3a (passport, permanent resident card or other immigration document) added to the list.")
cadd("modal_change", "PA", PA,
  [("LEAs are not legally permitted to inquire about", "LEAs should avoid inquiring about")],
  [ch("LEAs are not legally permitted to inquire about", "LEAs should avoid inquiring about", "expands_enforcement", ["status_inquiry"], "A legal bar on asking about immigration status becomes advice.")],
  "'are not legally permitted to inquire about' -> 'should avoid inquiring about'.")
cadd("neutral_rewrite", "PA", PA,
  [("ensure that their policies and protocols for responding to such requests are up-to-date and that staff are familiar with them", "keep their policies and protocols for responding to such requests current and make sure staff know them"),
   ("Every child of school age who is a resident of a Pennsylvania school district is entitled", "Every school-age child residing in a Pennsylvania school district is entitled")],
  [ch("ensure that their policies and protocols for responding to such requests are up-to-date and that staff are familiar with them", "keep their policies and protocols for responding to such requests current and make sure staff know them", "neutral", ["ice_cooperation"], "Same recommendation in other words."),
   ch("Every child of school age who is a resident of a Pennsylvania school district is entitled", "Every school-age child residing in a Pennsylvania school district is entitled", "neutral", ["access_to_services"], "Same entitlement in other words.")],
  "two sentences reworded without change of meaning.")
cadd("exception_changed", "PA", PA,
  [("6. A court order or records relating to a dependency proceeding, except in the limited circumstances described in the PDE Enrollment of Students Basic Education Circular; or",
    "6. A court order or records relating to a dependency proceeding, except in the limited circumstances described in the PDE Enrollment of Students Basic Education Circular or where federal immigration authorities have requested such records; or")],
  [ch("", " or where federal immigration authorities have requested such records", "expands_enforcement", ["information_sharing", "ice_cooperation"], "A new exception lets schools demand these records when immigration authorities want them.")],
  "an exception 'or where federal immigration authorities have requested such records' added to item 6.")

# CSULB
cadd("exception_added", "CSULB", CSULB,
  [("subpoena, or other legally binding requirement.", "subpoena, or other legally binding requirement, or a written request from U.S. Immigration and Customs Enforcement.")],
  [ch("", ", or a written request from U.S. Immigration and Customs Enforcement", "expands_enforcement", ["information_sharing", "ice_cooperation"], "A written ICE request now suffices to release immigration status and personal information.")],
  "'or a written request from U.S. Immigration and Customs Enforcement' added to the exceptions in the information-sharing sentence.")
cadd("scope_change", "CSULB", CSULB,
  [("does not inquire about immigration status in the normal course of its duties.", "does not inquire about immigration status.")],
  [ch("does not inquire about immigration status in the normal course of its duties.", "does not inquire about immigration status.", "limits_enforcement", ["status_inquiry"], "The no-inquiry rule no longer leaves room for questions outside 'the normal course' of duties.")],
  "'in the normal course of its duties' deleted.")
cadd("restated", "CSULB", CSULB,
  [("Inform the officer that you are not obstructing their process, but that you do not have the authority to respond to their request.", "Tell the officer that you do not have the authority to respond to their request, and that you are not obstructing their process.")],
  [ch("Inform the officer that you are not obstructing their process, but that you do not have the authority to respond to their request.", "Tell the officer that you do not have the authority to respond to their request, and that you are not obstructing their process.", "neutral", ["ice_cooperation"], "Same instruction, clauses reordered.")],
  "the first employee step reworded (clauses swapped).")
cadd("approval_removed_or_weakened", "CSULB", CSULB,
  [("If the officer does not accept the referral, contact your supervisor, director, AVP or dean. If you are unable to resolve the matter, contact University Police at 562-985-4101.",
    "If the officer does not accept the referral, you may respond to the officer's request yourself.")],
  [ch("If the officer does not accept the referral, contact your supervisor, director, AVP or dean. If you are unable to resolve the matter, contact University Police at 562-985-4101.", "If the officer does not accept the referral, you may respond to the officer's request yourself.", "expands_enforcement", ["supervisor_approval", "ice_cooperation"], "Escalation to supervisors is replaced by leave for the employee to answer the officer directly.")],
  "the escalation step replaced by permission for the employee to respond to the officer's request.")

# HCPSS
cadd("rule_added", "HCPSS", HCPSS,
  [("there is no requirement to report to any other government agency.", "there is no requirement to report to any other government agency. However, the principal may confirm a student's enrollment and attendance to federal immigration officers who ask for it.")],
  [ch("", "However, the principal may confirm a student's enrollment and attendance to federal immigration officers who ask for it.", "expands_enforcement", ["information_sharing", "ice_cooperation"], "A new permission to give immigration officers a student's enrolment and attendance.")],
  "a sentence permitting the principal to confirm enrolment and attendance to immigration officers added to answer 1.")
cadd("neutral_rewrite", "HCPSS", HCPSS,
  [("Schools should take proactive steps to support students impacted by an immigration enforcement action, just as they would in any other crisis situation.", "As in any other crisis, schools should act early to support students affected by an immigration enforcement action."),
   ("Schools should also convene their student services teams", "Schools should also bring together their student services teams")],
  [ch("Schools should take proactive steps to support students impacted by an immigration enforcement action, just as they would in any other crisis situation.", "As in any other crisis, schools should act early to support students affected by an immigration enforcement action.", "neutral", ["access_to_services"], "Same advice in other words."),
   ch("convene their student services teams", "bring together their student services teams", "neutral", ["access_to_services"], "Synonym.")],
  "two sentences of answer 3 reworded without change of meaning.")
cadd("modal_change", "HCPSS", HCPSS,
  [("No. If school staff obtain information that a student is undocumented, there is no requirement to report to any other government agency.", "No. If school staff obtain information that a student is undocumented, they shall not report it to any other government agency.")],
  [ch("there is no requirement to report to any other government agency", "they shall not report it to any other government agency", "limits_enforcement", ["information_sharing"], "The absence of a duty to report becomes a prohibition on reporting.")],
  "'there is no requirement to report' -> 'they shall not report it'.")

# Utah draft
cadd("rule_removed", "UTDRAFT", UTDRAFT,
  [("\n\nAdministrative warrants, ICE detainers, or other documents not signed by a court or judge shall not be considered sufficient for access.", "")],
  [ch("Administrative warrants, ICE detainers, or other documents not signed by a court or judge shall not be considered sufficient for access.", "", "neutral", ["detainers_holds", "ice_cooperation"], "The remaining rule already requires a judicial warrant signed by a court or judge, so the clarifying sentence adds no separate limit.")],
  "the sentence on administrative warrants and detainers deleted (the judicial-warrant rule is left as is).")
cadd("approval_removed_or_weakened", "UTDRAFT", UTDRAFT,
  [(", who shall consult with district legal counsel before any action is taken.", ".")],
  [ch(", who shall consult with district legal counsel before any action is taken.", "", "expands_enforcement", ["supervisor_approval", "ice_cooperation"], "The duty to consult counsel before acting on an immigration request is dropped.")],
  "', who shall consult with district legal counsel before any action is taken' deleted.")
cadd("list_item_removed", "UTDRAFT", UTDRAFT,
  [("shall not grant access to any student, student records, or non-public areas of school property", "shall not grant access to non-public areas of school property")],
  [ch("grant access to any student, student records, or non-public areas", "grant access to non-public areas", "expands_enforcement", ["information_sharing", "ice_cooperation"], "Students and student records are no longer covered by the warrant requirement.")],
  "'any student, student records,' deleted from the list in the first rule.")

# Salt Lake City
cadd("scope_change", "SLC", SLC,
  [("the immigration status of a student or the student’s parents and/or guardians as part of the admissions process; and", "the immigration status of a student or the student’s parents and/or guardians; and")],
  [ch("as part of the admissions process", "", "limits_enforcement", ["status_inquiry"], "The no-inquiry statement now covers all district contact, not just admissions.")],
  "'as part of the admissions process' deleted from the fifth WHEREAS clause.")
cadd("modal_change", "SLC", SLC,
  [("the District cannot and does not inquire", "the District does not currently inquire")],
  [ch("the District cannot and does not inquire", "the District does not currently inquire", "expands_enforcement", ["status_inquiry"], "A statement that the district may not ask becomes a description of current practice that can change.")],
  "'cannot and does not inquire' -> 'does not currently inquire'.")

# ---- extra constructed pairs (balance) ----
cadd("list_item_added", "SAC19", SAC2019,
  [("- instruct the University Police Department as to how to respond to immigration enforcement actions;\n", "- instruct the University Police Department as to how to respond to immigration enforcement actions;\n- direct the University Police Department not to hold any person on an immigration detainer or hold request;\n")],
  [ch("", "- direct the University Police Department not to hold any person on an immigration detainer or hold request;", "limits_enforcement", ["detainers_holds"], "A new bullet bars campus police from holding people on immigration detainers.")],
  "a bullet directing UPD not to hold anyone on an immigration detainer or hold request added after the fourth bullet.")
cadd("exception_removed", "CSULB", CSULB,
  [("unless presented with a judicially issued warrant, court order, subpoena, or other legally binding requirement.", "unless presented with a judicially issued warrant or court order.")],
  [ch("unless presented with a judicially issued warrant, court order, subpoena, or other legally binding requirement.", "unless presented with a judicially issued warrant or court order.", "limits_enforcement", ["information_sharing"], "Subpoenas and other legal requirements no longer open the way to disclosure; only a judicial warrant or court order does.")],
  "'subpoena, or other legally binding requirement' removed from the exceptions ('warrant, court order' joined with 'or').")
cadd("double_negation", "CSULB", CSULB,
  [("does not inquire about immigration status in the normal course of its duties.", "does not inquire about immigration status in the normal course of its duties. Nothing on this page prohibits University Police from sharing information about an individual's immigration status with federal immigration authorities.")],
  [ch("", "Nothing on this page prohibits University Police from sharing information about an individual's immigration status with federal immigration authorities.", "expands_enforcement", ["information_sharing", "ice_cooperation"], "The 'nothing prohibits' clause carves campus police out of the no-sharing statement above.")],
  "a 'Nothing on this page prohibits ...' sentence on police sharing status information added after the University Police sentence.")
cadd("exception_to_exception", "CSULB", CSULB,
  [("subpoena, or other legally binding requirement.", "subpoena, or other legally binding requirement, except that information about immigration status shall not be released under a subpoena that has not been signed by a judge.")],
  [ch("", ", except that information about immigration status shall not be released under a subpoena that has not been signed by a judge", "limits_enforcement", ["information_sharing"], "An exception to the disclosure exception: administrative subpoenas no longer unlock immigration-status information.")],
  "an exception for immigration-status information under subpoenas not signed by a judge appended to the disclosure exceptions.")
cadd("list_item_added", "UTDRAFT", UTDRAFT,
  [("shall not grant access to any student, student records, or non-public areas of school property", "shall not grant access to any student, student records, school buses, or non-public areas of school property")],
  [ch("", "school buses, ", "limits_enforcement", ["ice_cooperation"], "School buses are added to what staff may not open to immigration officers without a judicial warrant.")],
  "'school buses,' added to the list in the first rule.")
cadd("rule_added", "SLC", SLC,
  [("as part of the admissions process; and", "as part of the admissions process; and\n\nWHEREAS, District employees will not permit immigration officials to access students or nonpublic areas of District facilities without a judicial warrant and the prior approval of the Superintendent; and")],
  [ch("", "WHEREAS, District employees will not permit immigration officials to access students or nonpublic areas of District facilities without a judicial warrant and the prior approval of the Superintendent; and", "limits_enforcement", ["supervisor_approval", "ice_cooperation"], "A new clause conditions immigration officials' access on a judicial warrant and the Superintendent's approval.")],
  "a WHEREAS clause on judicial warrant and Superintendent approval for access added after the fifth clause.")
cadd("cross_clause", "CSUFAQ", CSUFAQ17,
  [("limited assistance where legally necessary to federal immigration enforcement officers.", "limited assistance where legally necessary to federal immigration enforcement officers. Such assistance, including any call-out described in the second paragraph above, shall not include detaining, transporting or holding any individual for ICE or CBP.")],
  [ch("", "Such assistance, including any call-out described in the second paragraph above, shall not include detaining, transporting or holding any individual for ICE or CBP.", "limits_enforcement", ["detainers_holds", "ice_cooperation"], "A limit placed in the last paragraph narrows the call-out role granted two paragraphs earlier.")],
  "a sentence limiting the assistance (and the call-out of paragraph 2) added to the last paragraph.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P))
