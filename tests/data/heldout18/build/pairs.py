"""Builds ../pairs.jsonl for heldout18 (prefix HU). Constructed NEW texts come from exact find/replace edits (lib.apply)."""
import json, os
from lib import apply, check, pair_label
from texts import T, CITE

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
OUT = []

def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "HU-%02d" % (len(OUT) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    OUT.append(p)

def con(key, situation, edits, changes, what):
    old = T[key]
    new = apply(old, edits)
    add(situation, old, new, changes,
        "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s." % (CITE[key], what))

# ---------------- GENUINE ----------------
add("neutral_rewrite", T["MKE16"], T["MKE17"], [
    ch("GENERAL ORDER: 2016-17\nISSUED: March 24, 2016\nEFFECTIVE: March 24, 2016\nACTION: Amends General Order 2015-56 (November 20, 2015)",
       "GENERAL ORDER: 2017-43\nISSUED: July 6, 2017\nEFFECTIVE: July 6, 2017\nACTION: Amends General Order 2016-17 (March 24, 2016)",
       N, ["ice_cooperation"], "Only the order number, dates and the order amended change; the procedure text shown is word for word the same."),
    ch("REVIEWED/APPROVED BY: Captain Mark Stanmeyer\nDATE: March 7, 2016",
       "REVIEWED/APPROVED BY: Assistant Chief Carianne Yerkes\nDATE: June 21, 2017",
       N, ["supervisor_approval"], "The person who signed off the order changed; this is document review, not an approval step officers need before acting on immigration matters."),
], "GENUINE: two editions of one department's order. " + CITE["MKE"] + ". Normalised: en dashes to hyphens, line wraps joined.")

# ---------------- FOREST GROVE 412 ----------------
con("FOREST", "scope_change",
    [("does not participate in routine immigration investigation", "does not participate in immigration investigation")],
    [ch("This department does not participate in routine immigration investigation and enforcement activities.",
        "This department does not participate in immigration investigation and enforcement activities.",
        L, ["enforcement_authority"], "Dropping 'routine' turns a practice statement that left room for occasional participation into a flat exclusion of immigration investigation.")],
    "'routine' deleted from the second sentence of 412.4")
con("FOREST", "exception_changed",
    [("subject of an arrest warrant issued by a federal magistrate for a criminal violation",
      "subject of an arrest warrant issued by a federal magistrate or of an administrative warrant issued by ICE for a violation")],
    [ch("the subject of an arrest warrant issued by a federal magistrate for a criminal violation of federal immigration laws",
        "the subject of an arrest warrant issued by a federal magistrate or of an administrative warrant issued by ICE for a violation of federal immigration laws",
        E, ["enforcement_authority", "detainers_holds"], "The arrest exception now reaches ICE administrative (civil) warrants, not only magistrate warrants for crimes.")],
    "the arrest exception in 412.4 widened to administrative warrants issued by ICE and to any (not only criminal) violation")
con("FOREST", "approval_added",
    [("However, an officer may arrest", "However, with the prior approval of the watch commander, an officer may arrest")],
    [ch("However, an officer may arrest any person", "However, with the prior approval of the watch commander, an officer may arrest any person",
        L, ["supervisor_approval", "enforcement_authority"], "The one permitted immigration arrest now needs a watch commander's prior approval.")],
    "watch-commander approval added to the arrest exception in 412.4")
con("FOREST", "rule_added",
    [("in any way that would violate the United States or Oregon Constitutions.",
      "in any way that would violate the United States or Oregon Constitutions. Members shall not ask a victim or witness about his or her immigration status.")],
    [ch("", "Members shall not ask a victim or witness about his or her immigration status.",
        L, ["status_inquiry"], "A new prohibition on asking victims and witnesses about immigration status.")],
    "a sentence prohibiting status questions to victims and witnesses added at the end of 412.3")
con("FOREST", "neutral_rewrite",
    [("The purpose of this policy is to provide guidelines to members of the Forest Grove Police Department for investigating and enforcing immigration laws.",
      "This policy gives members of the Forest Grove Police Department guidance on the investigation and enforcement of immigration laws."),
     ("must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation",
      "must be able to trust that contact with members of law enforcement will not automatically result in an immigration inquiry or deportation")],
    [ch("The purpose of this policy is to provide guidelines to members of the Forest Grove Police Department for investigating and enforcing immigration laws.",
        "This policy gives members of the Forest Grove Police Department guidance on the investigation and enforcement of immigration laws.",
        N, ["enforcement_authority"], "The purpose statement is reworded without changing its scope."),
     ch("must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation",
        "must be able to trust that contact with members of law enforcement will not automatically result in an immigration inquiry or deportation",
        N, ["status_inquiry", "access_to_services"], "Same aspiration in other words; no duty is added or removed.")],
    "412.1 and the first sentence of 412.3 reworded")

# ---------------- EUGENE 2.495 ----------------
con("EUGENE", "list_item_removed",
    [("(a) Verify the immigration status of a person if the person is arrested for any criminal offense; or\n\n(b) Request",
      "(a) Request")],
    [ch("(a) Verify the immigration status of a person if the person is arrested for any criminal offense; or", "",
        L, ["information_sharing", "status_inquiry"], "City officers lose the permission to exchange information with ICE to verify an arrestee's immigration status.")],
    "item (2)(a) (verify status of arrested persons) deleted and (b) relettered (a)")
con("EUGENE", "list_item_added",
    [("or the United States Bureau of Customs and Border Protection.\n\n(3)",
      "or the United States Bureau of Customs and Border Protection; or\n\n(c) Notify the United States Bureau of Immigration and Customs Enforcement of the date and time at which a person arrested for a felony will be released from custody.\n\n(3)"),
     ("for any criminal offense; or\n\n(b)", "for any criminal offense;\n\n(b)")],
    [ch("", "(c) Notify the United States Bureau of Immigration and Customs Enforcement of the date and time at which a person arrested for a felony will be released from custody.",
        E, ["information_sharing", "detainers_holds"], "A third permitted exchange (release-date notification to ICE) is added under the 'notwithstanding' exception to the resource ban.")],
    "item (2)(c) (release-date notification for felony arrestees) added and the 'or' moved")
con("EUGENE", "double_negation",
    [("(1) The city shall not use city law enforcement moneys", "(1) Nothing in this section requires the city to use city law enforcement moneys")],
    [ch("(1) The city shall not use city law enforcement moneys, equipment or personnel",
        "(1) Nothing in this section requires the city to use city law enforcement moneys, equipment or personnel",
        E, ["enforcement_authority", "raids_joint_operations"], "A prohibition on using city resources to hunt for undocumented people becomes a mere statement that the city is not required to, so such use is no longer barred.")],
    "the prohibition in (1) rewritten as 'Nothing in this section requires the city to use ...'")
con("EUGENE", "exception_changed",
    [("or 1505; and\n\n(b) Is subject", "or 1505; or\n\n(b) Is subject")],
    [ch("18 U.S.C. 1015, 1422 to 1429 or 1505; and", "18 U.S.C. 1015, 1422 to 1429 or 1505; or",
        E, ["enforcement_authority"], "With 'or', either a federal criminal charge or a magistrate warrant alone now allows an arrest, where both were required.")],
    "'and' between (3)(a) and (3)(b) changed to 'or'")
con("EUGENE", "cross_clause",
    [("has the meaning given that term in ORS 131.005.",
      "has the meaning given that term in ORS 131.005.\n\n(5) Subsection (2) of this section does not authorize city law enforcement personnel to provide any information about a person's release date, home address or work address.")],
    [ch("", "(5) Subsection (2) of this section does not authorize city law enforcement personnel to provide any information about a person's release date, home address or work address.",
        L, ["information_sharing"], "A new subsection elsewhere narrows the information-exchange permission of (2): release dates and addresses may no longer be passed on.")],
    "new subsection (5) limiting the exchange permission in (2)")
con("EUGENE", "reparagraphed",
    [("in order to:\n\n(a) Verify", "in order to: (a) Verify"),
     ("criminal offense; or\n\n(b) Request", "criminal offense; or (b) Request"),
     ("may arrest any person who:\n\n(a) Is charged", "may arrest any person who: (a) Is charged"),
     ("or 1505; and\n\n(b) Is subject", "or 1505; and (b) Is subject")],
    [ch("in order to:\n\n(a) Verify", "in order to: (a) Verify", N, ["information_sharing"], "The items of (2) are run into one paragraph; same words."),
     ch("may arrest any person who:\n\n(a) Is charged", "may arrest any person who: (a) Is charged", N, ["enforcement_authority"], "The items of (3) are run into one paragraph; same words.")],
    "the lettered items of (2) and (3) run into their stem paragraphs (no word changed)")

# ---------------- EUGENE Attachment C ----------------
con("EUGENEC", "exception_changed",
    [("(a) cooperating with an ICE request for information regarding an individual who has been convicted of a felony",
      "(a) cooperating with an ICE request for information regarding an individual who has been arrested for or convicted of a felony")],
    [ch("regarding an individual who has been convicted of a felony committed in violation of the laws of the State of Oregon, which is still considered a felony under state law; or (b)",
        "regarding an individual who has been arrested for or convicted of a felony committed in violation of the laws of the State of Oregon, which is still considered a felony under state law; or (b)",
        E, ["ice_cooperation", "information_sharing"], "The carve-out permitting cooperation with ICE information requests now covers people merely arrested for a felony.")],
    "'arrested for or' added to carve-out (a)")
con("EUGENEC", "definition_change",
    [("an individual has been \"convicted\" of a felony when: (a) there has been a conviction by a court of competent jurisdiction; and (b) all direct appeal rights have been exhausted or waived; or (c) the appeal period has lapsed.",
      "an individual has been \"convicted\" of a felony when there has been a conviction by a court of competent jurisdiction.")],
    [ch("when: (a) there has been a conviction by a court of competent jurisdiction; and (b) all direct appeal rights have been exhausted or waived; or (c) the appeal period has lapsed.",
        "when there has been a conviction by a court of competent jurisdiction.",
        E, ["ice_cooperation", "information_sharing"], "'Convicted' no longer waits for appeals to end, so the carve-out for cooperating with ICE applies sooner and to more people.")],
    "the finality conditions (b) and (c) deleted from the definition of 'convicted'")
con("EUGENEC", "scope_change",
    [("shall stop, question, arrest or detain any individual solely because of", "shall stop, question, arrest or detain any individual because of")],
    [ch("any individual solely because of the individual's national origin or immigration status",
        "any individual because of the individual's national origin or immigration status",
        L, ["enforcement_authority", "status_inquiry"], "Without 'solely', any stop or question in which immigration status plays a part is barred, not only those based on status alone.")],
    "'solely' deleted from the 'However' sentence")
con("EUGENEC", "exception_to_exception",
    [("solely because of the individual's national origin or immigration status.",
      "solely because of the individual's national origin or immigration status, unless the Chief of Police determines that doing so is necessary to protect public safety.")],
    [ch("", ", unless the Chief of Police determines that doing so is necessary to protect public safety",
        E, ["enforcement_authority", "status_inquiry"], "The limit placed on the carve-outs gets its own exception, so stops or questioning based solely on immigration status become possible on the Chief's say-so.")],
    "exception added to the 'However, no officer ... solely because of ... immigration status' limit")
con("EUGENEC", "approval_added",
    [("from (a) cooperating with an ICE request", "from (a) cooperating, with the written approval of the Chief of Police, with an ICE request")],
    [ch("from (a) cooperating with an ICE request for information", "from (a) cooperating, with the written approval of the Chief of Police, with an ICE request for information",
        L, ["supervisor_approval", "ice_cooperation"], "Cooperation with an ICE information request under the carve-out now requires the Chief's written approval.")],
    "written approval of the Chief of Police added to carve-out (a)")
con("EUGENEC", "restated",
    [("Nothing herein shall be construed or implemented so as to discourage any person, regardless of immigration status, from reporting criminal activity to law enforcement agencies.",
      "This Chapter shall be construed and implemented so that every person, whatever his or her immigration status, remains free to report criminal activity to law enforcement agencies.")],
    [ch("Nothing herein shall be construed or implemented so as to discourage any person, regardless of immigration status, from reporting criminal activity to law enforcement agencies.",
        "This Chapter shall be construed and implemented so that every person, whatever his or her immigration status, remains free to report criminal activity to law enforcement agencies.",
        N, ["access_to_services"], "The negative construction clause is restated positively with the same effect.")],
    "the last paragraph restated positively")

# ---------------- ANNE ARUNDEL 606 ----------------
con("AA606", "list_item_removed",
    [("C. Responding to citizen and community requests for action regarding illegal aliens, and\n\nD. Proactively assessing legality of employment through a combination of document & benefit fraud investigations and worksite enforcement.",
      "C. Responding to citizen and community requests for action regarding illegal aliens.")],
    [ch("D. Proactively assessing legality of employment through a combination of document & benefit fraud investigations and worksite enforcement.", "",
        L, ["raids_joint_operations"], "Proactive worksite enforcement is dropped from the means the department will use.")],
    "item D (worksite enforcement) deleted and item C closed with a full stop")
con("AA606", "list_item_added",
    [("and worksite enforcement.\n\nPursuant", "and worksite enforcement, and\n\nE. Participating in joint operations and task forces with ICE upon request.\n\nPursuant"),
     ("regarding illegal aliens, and\n\nD.", "regarding illegal aliens,\n\nD.")],
    [ch("", "E. Participating in joint operations and task forces with ICE upon request.",
        E, ["raids_joint_operations", "ice_cooperation"], "A new means is added: joining ICE operations and task forces on request.")],
    "item E (joint operations and task forces with ICE) added and 'and' moved")
con("AA606", "modal_change",
    [("officers shall attempt to establish positive identification", "officers may attempt to establish positive identification")],
    [ch("officers shall attempt to establish positive identification of all detainees before release, to include immigration status",
        "officers may attempt to establish positive identification of all detainees before release, to include immigration status",
        L, ["status_inquiry"], "The duty to establish detainees' immigration status before release becomes discretionary.")],
    "'shall attempt' -> 'may attempt' in the last paragraph")
con("AA606", "scope_change",
    [("to include immigration status of individuals who willingly admit, or are reasonably believed or suspected to be in the United States illegally.",
      "to include immigration status of individuals who willingly admit to being in the United States illegally.")],
    [ch("who willingly admit, or are reasonably believed or suspected to be in the United States illegally.",
        "who willingly admit to being in the United States illegally.",
        L, ["status_inquiry"], "Status checks are confined to people who admit unlawful presence; suspicion alone no longer triggers them.")],
    "'or are reasonably believed or suspected' deleted from the last paragraph")
con("AA606", "approval_added",
    [("A. Cooperating with federal immigration authorities as requested", "A. Cooperating with federal immigration authorities, with the approval of a shift commander, as requested")],
    [ch("A. Cooperating with federal immigration authorities as requested and/or in response to local matters,",
        "A. Cooperating with federal immigration authorities, with the approval of a shift commander, as requested and/or in response to local matters,",
        L, ["supervisor_approval", "ice_cooperation"], "Cooperation with immigration authorities now needs a shift commander's approval.")],
    "shift-commander approval added to item A")

# ---------------- ANTIOCH USD ----------------
con("ANTIOCH", "approval_removed_or_weakened",
    [("The District administrator will work with the District's legal counsel to make a final determination as to whether the request for such access is lawful and will respond accordingly.",
      "The site principal may grant the request for access if the official presents identification and states the purpose of the visit.")],
    [ch("The District administrator will work with the District's legal counsel to make a final determination as to whether the request for such access is lawful and will respond accordingly.",
        "The site principal may grant the request for access if the official presents identification and states the purpose of the visit.",
        E, ["supervisor_approval", "ice_cooperation"], "The district-level legal review of ICE access requests is replaced by a principal's discretion on identification alone.")],
    "the district administrator / legal counsel determination replaced by a principal's power to grant access")
con("ANTIOCH", "list_item_removed",
    [("3. Ask for a copy of the warrant or court order.\n4. Inform", "3. Inform"), ("5. Contact a District administrator.", "4. Contact a District administrator.")],
    [ch("3. Ask for a copy of the warrant or court order.", "",
        E, ["ice_cooperation", "document_requests"], "Staff no longer ask ICE for the warrant or court order before the request moves on.")],
    "step 3 (ask for the warrant or court order) deleted and the steps renumbered")
con("ANTIOCH", "list_item_added",
    [("- or student information\n", "- student information,\n- or a student\n")],
    [ch("- or student information", "- student information,\n- or a student",
        L, ["ice_cooperation"], "The protocol (identification, warrant, administrator) now also applies when an official asks for access to a student.")],
    "'a student' added to the list of things whose requested access triggers the protocol")
con("ANTIOCH", "reparagraphed",
    [("If a federal immigration official requests access to:\n\n- a school or District facility,\n- school or District records,\n- or student information\n\nor if you have concerns",
      "If a federal immigration official requests access to a school or District facility, school or District records, or student information, or if you have concerns")],
    [ch("If a federal immigration official requests access to:\n\n- a school or District facility,\n- school or District records,\n- or student information\n\nor if you have concerns",
        "If a federal immigration official requests access to a school or District facility, school or District records, or student information, or if you have concerns",
        N, ["ice_cooperation"], "The bulleted list is run into one sentence; the same three triggers remain.")],
    "the bulleted trigger list run into its sentence")

# ---------------- SAN DIEGO UNIFIED AR 5145.13 ----------------
con("SDUSD", "exception_added",
    [("without parental consent, a court order, or judicial subpoena.", "without parental consent, a court order, a judicial subpoena, or an administrative subpoena issued by the Department of Homeland Security.")],
    [ch("without parental consent, a court order, or judicial subpoena.", "without parental consent, a court order, a judicial subpoena, or an administrative subpoena issued by the Department of Homeland Security.",
        E, ["information_sharing"], "A DHS administrative subpoena now suffices to release student information to immigration authorities.")],
    "DHS administrative subpoena added to the exceptions in the first sentence")
con("SDUSD", "scope_change",
    [("Family Educational Rights and Privacy Act pursuant to 20 USC 1232g, student information shall not be disclosed",
      "Family Educational Rights and Privacy Act pursuant to 20 USC 1232g, information about a student's immigration or citizenship status shall not be disclosed")],
    [ch("student information shall not be disclosed to immigration law enforcement authorities",
        "information about a student's immigration or citizenship status shall not be disclosed to immigration law enforcement authorities",
        E, ["information_sharing"], "Only status information stays protected; addresses, schedules and other student information may now go to immigration authorities.")],
    "the protected category narrowed from 'student information' to immigration or citizenship status information")
con("SDUSD", "rule_removed",
    [("\n\nResources and data collected by the district shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination. (Government Code 8310.3)", "")],
    [ch("Resources and data collected by the district shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination.", "",
        E, ["information_sharing"], "The bar on using district data to build registries by immigration status is removed.")],
    "the Government Code 8310.3 registry paragraph deleted")
con("SDUSD", "exception_removed",
    [("Unless authorized by the Family Educational Rights and Privacy Act pursuant to 20 USC 1232g, student information shall not", "Student information shall not")],
    [ch("Unless authorized by the Family Educational Rights and Privacy Act pursuant to 20 USC 1232g, student information shall not", "Student information shall not",
        L, ["information_sharing"], "The FERPA-authorised disclosures no longer escape the ban, so fewer routes to give student information to immigration authorities remain.")],
    "the opening FERPA exception deleted")
con("SDUSD", "restated",
    [("The Superintendent or designee shall annually notify parents/guardians that the district will not release student information to third parties for immigration enforcement purposes, unless the parent/guardian consents or as required to do by court order or judicial subpoena.",
      "Each year the Superintendent or designee shall inform parents/guardians that, absent parental consent, a court order or a judicial subpoena, the district does not release student information to third parties for immigration enforcement purposes.")],
    [ch("The Superintendent or designee shall annually notify parents/guardians that the district will not release student information to third parties for immigration enforcement purposes, unless the parent/guardian consents or as required to do by court order or judicial subpoena.",
        "Each year the Superintendent or designee shall inform parents/guardians that, absent parental consent, a court order or a judicial subpoena, the district does not release student information to third parties for immigration enforcement purposes.",
        N, ["information_sharing"], "The annual notice is reworded; same duty and same exceptions.")],
    "the annual-notice sentence reworded")

# ---------------- NOSCI school policy ----------------
con("NOSCI", "exception_changed",
    [("immigration enforcement, except when required by law.", "immigration enforcement, except when required or permitted by law.")],
    [ch("except when required by law.", "except when required or permitted by law.",
        E, ["ice_cooperation"], "Anything the law merely permits (not only what it requires) now escapes the ban on exposing students to immigration enforcement.")],
    "'or permitted' added to the exception in III")
con("NOSCI", "modal_change",
    [("School personnel shall not take any action", "School personnel should not take any action")],
    [ch("School personnel shall not take any action that could expose students to immigration enforcement",
        "School personnel should not take any action that could expose students to immigration enforcement",
        E, ["ice_cooperation"], "A binding prohibition becomes advice.")],
    "'shall not' -> 'should not' in III")
con("NOSCI", "definition_change",
    [("Disclosure: The release, transfer, or access to information outside the entity holding it.",
      "Disclosure: The release or transfer of a written education record outside the entity holding it.")],
    [ch("Disclosure: The release, transfer, or access to information outside the entity holding it.",
        "Disclosure: The release or transfer of a written education record outside the entity holding it.",
        E, ["information_sharing"], "Oral sharing and giving access no longer count as 'disclosure', so less of what reaches ICE is covered.")],
    "definition of 'Disclosure' narrowed to written education records")
con("NOSCI", "neutral_rewrite",
    [("This policy establishes clear guidelines for interactions between school personnel and law enforcement agencies, including Immigration and Customs Enforcement (ICE). The purpose is to protect the rights, privacy, and well-being of all students while ensuring compliance with federal and state laws.",
      "This policy sets out guidelines for how school personnel interact with law enforcement agencies, Immigration and Customs Enforcement (ICE) among them. Its purpose is to protect the rights, privacy, and well-being of every student while complying with federal and state laws."),
     ("Under Plyler v. Doe (1982), all children, regardless of immigration status, have the right to a free K-12 public education.",
      "All children have the right to a free K-12 public education regardless of immigration status (Plyler v. Doe, 1982).")],
    [ch("This policy establishes clear guidelines for interactions between school personnel and law enforcement agencies, including Immigration and Customs Enforcement (ICE).",
        "This policy sets out guidelines for how school personnel interact with law enforcement agencies, Immigration and Customs Enforcement (ICE) among them.",
        N, ["ice_cooperation"], "Purpose reworded; same coverage."),
     ch("Under Plyler v. Doe (1982), all children, regardless of immigration status, have the right to a free K-12 public education.",
        "All children have the right to a free K-12 public education regardless of immigration status (Plyler v. Doe, 1982).",
        N, ["access_to_services"], "The same statement of the Plyler right, reordered.")],
    "section I and the Plyler sentence reworded")

# ---------------- UCSD ----------------
con("UCSD", "approval_removed_or_weakened",
    [("should refer the entity or individual to the Office of Campus Counsel, WarrantQuestions@ucsd.edu, for purposes of verifying the legality of any warrant, court order or subpoena.",
      "may provide the access or records requested once the officer displays a warrant, court order or subpoena.")],
    [ch("should refer the entity or individual to the Office of Campus Counsel, WarrantQuestions@ucsd.edu, for purposes of verifying the legality of any warrant, court order or subpoena.",
        "may provide the access or records requested once the officer displays a warrant, court order or subpoena.",
        E, ["ice_cooperation", "supervisor_approval", "information_sharing"], "Campus Counsel's check of the legal papers is dropped and any staff member may comply on sight of a warrant, including an administrative one.")],
    "the referral to Campus Counsel in item 2 replaced by permission to comply on display of papers")
con("UCSD", "neutral_rewrite",
    [("UC San Diego is committed to cultivating and maintaining a campus environment that is safe and welcoming for all members of our community, regardless of immigration status.",
      "UC San Diego is committed to a safe and welcoming campus for every member of our community, whatever their immigration status."),
     ("as soon as possible.", "promptly.")],
    [ch("UC San Diego is committed to cultivating and maintaining a campus environment that is safe and welcoming for all members of our community, regardless of immigration status.",
        "UC San Diego is committed to a safe and welcoming campus for every member of our community, whatever their immigration status.",
        N, ["access_to_services"], "Mission sentence shortened; no rule changes."),
     ch("as soon as possible.", "promptly.", N, ["ice_cooperation"], "Same timing for notifying campus police.")],
    "intro sentence and the timing words of item 1 reworded")

# ---------------- SAN JUAN USD ----------------
con("SJUSD", "approval_removed_or_weakened",
    [("provide identification and obtain the appropriate approvals for entry from the site administrator or superintendent.", "and provide identification.")],
    [ch("provide identification and obtain the appropriate approvals for entry from the site administrator or superintendent.", "and provide identification.",
        E, ["supervisor_approval", "ice_cooperation"], "Immigration officers no longer need approval from the site administrator or superintendent to enter.")],
    "the approval-for-entry requirement deleted")
con("SJUSD", "modal_change",
    [("school staff should follow appropriate district procedures", "school staff shall follow appropriate district procedures")],
    [ch("school staff should follow appropriate district procedures", "school staff shall follow appropriate district procedures",
        L, ["ice_cooperation"], "The visitor procedure for immigration officers (sign-in, identification, approvals) becomes mandatory.")],
    "'should follow' -> 'shall follow'")

# ---------------- JOSEPHINE COUNTY SHERIFF ----------------
con("JOSEPHINE", "list_item_added",
    [("ORS 181A.823", "ORS 181A.823\n\n4. Hold a person in jail for up to 48 hours on an ICE detainer when the detainer is accompanied by a final order of removal.")],
    [ch("", "4. Hold a person in jail for up to 48 hours on an ICE detainer when the detainer is accompanied by a final order of removal.",
        E, ["detainers_holds"], "A new item says deputies can honour ICE detainers backed by a removal order.")],
    "item 4 (48-hour detainer hold) added")
con("JOSEPHINE", "exception_changed",
    [("when there is a warrant signed by a federal judge (not just an ICE administrative subpoena).", "when there is a warrant signed by a federal judge or an ICE administrative warrant.")],
    [ch("when there is a warrant signed by a federal judge (not just an ICE administrative subpoena).", "when there is a warrant signed by a federal judge or an ICE administrative warrant.",
        E, ["enforcement_authority", "detainers_holds"], "An ICE administrative warrant now suffices for an arrest.")],
    "item 2 changed to allow arrest on an ICE administrative warrant")
con("JOSEPHINE", "list_item_removed",
    [("\n\n3. Provide information to ICE about a person in custody if the information is available to the public or by subpoena from the courts. ORS 181A.823", "")],
    [ch("3. Provide information to ICE about a person in custody if the information is available to the public or by subpoena from the courts.", "",
        L, ["information_sharing"], "The statement that deputies may give ICE information about people in custody is removed.")],
    "item 3 (information to ICE about persons in custody) deleted")

# ---------------- mixed pairs ----------------
con("FOREST", "mixed",
    [("does not participate in routine immigration investigation", "does not participate in immigration investigation"),
     ("arrest warrant issued by a federal magistrate", "arrest warrant issued by a federal magistrate or an ICE administrative warrant")],
    [ch("does not participate in routine immigration investigation", "does not participate in immigration investigation",
        L, ["enforcement_authority"], "The non-participation statement loses 'routine' and becomes absolute."),
     ch("arrest warrant issued by a federal magistrate for a criminal violation", "arrest warrant issued by a federal magistrate or an ICE administrative warrant for a criminal violation",
        E, ["enforcement_authority", "detainers_holds"], "The arrest exception is widened to ICE administrative warrants.")],
    "'routine' deleted and the arrest exception widened to ICE administrative warrants (one change each way)")
con("AA606", "mixed",
    [("B. Establishing legal authority to enforce immigration law with the proper federal authority.\n\n", ""),
     ("C. Responding", "B. Responding"), ("D. Proactively", "C. Proactively"),
     ("officers shall attempt to establish", "officers shall establish")],
    [ch("B. Establishing legal authority to enforce immigration law with the proper federal authority.", "",
        L, ["raids_joint_operations", "enforcement_authority"], "Seeking delegated (287(g)-type) immigration authority is dropped from the policy's means."),
     ch("officers shall attempt to establish positive identification", "officers shall establish positive identification",
        E, ["status_inquiry"], "A duty to attempt becomes a duty to establish identity and immigration status before release.")],
    "item B deleted (items relettered) and 'shall attempt to establish' -> 'shall establish' (one change each way)")

os.makedirs(os.path.dirname(os.path.abspath(__file__)), exist_ok=True)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in OUT:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(OUT), "pairs written")
