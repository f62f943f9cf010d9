"""Builds ../pairs.jsonl (heldout30, prefix JG). OLD texts are real (texts.py); NEW texts are edits written here."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
SRC = {
    "EO30": "Nashville (TN) Mayor Freddie O'Connell, Executive Order 30 'Communications Between Federal Immigration Authorities and the Metropolitan Government (Amended)', paragraphs I-III (first item), https://www.nashville.gov/departments/metro-clerk/legal-resources/executive-orders/mayor-freddie-oconnell/fo030 (stored copy; date of the amended order not shown on the stored page)",
    "LPR": "Nashville (TN) Metro Council ordinance BL2022-1115 as filed (File created 2/8/2022; passed as amended 8/16/2022), title, recitals and Section 1, https://nashville.legistar.com/LegislationDetail.aspx?ID=5450108&GUID=9B7CB31D-D982-466B-B69C-5D0F63166832",
    "DCSO": "Davidson County Sheriff's Office (Nashville, TN) 287(g) Memorandum of Agreement with ICE (former agreement), preamble and I. PURPOSE, https://ru.scribd.com/document/22586242/Nashville-Davidson-County-Sheriff-s-Office-Tennessee-former-287-g-agreement-with-ICE",
    "TULSA": "Tulsa County Sheriff's Office (Tulsa, OK) 287(g) Memorandum of Agreement with ICE, approved July 2007, preamble (from '(LEA), pursuant to which', the OCR-garbled opening omitted) and I. PURPOSE, https://fdocuments.in/document/tulsa-county-sheriffs-office-oklahoma-former-287g-agreement-with.html",
    "IMPD14": "Indianapolis Metropolitan Police Department General Order 1.4 'Jurisdiction and Mutual Aid' (2008), POLICY through I.B, https://quizgecko.com/uploads/general-orders-chapter-1-1-part2pdf-jWHwoJ",
    "IMPD12": "Indianapolis Metropolitan Police Department General Order 1.2 'Bias-Free Policing', POLICY through I.A, https://quizgecko.com/upload/combined-2023-gopdf-86S0S1 (2023 compilation)",
    "HPDHOLD": "Honolulu Police Department policy 'Holding and Temporary Detention Facilities', opening and GENERAL INFORMATION A-E, https://www.honolulupd.org/policy/policy-holding-and-temporary-detention-facilities/",
    "HPDFIELD": "Honolulu Police Department policy 'Field Information', https://www.honolulupd.org/policy/policy-field-information/",
    "OMAHA": "City of Omaha (NE) Mayor Jean Stothert and Police Chief Todd Schmaderer, letter on immigration enforcement, February 2017, as published by El Perico, https://el-perico.com/2017/03/01/clarifying-mayors-statement/",
    "LMPD": "Louisville Metro Police Department news release 'New LMPD policy: No working with immigration officials to enforce federal laws' (September 2017), https://www.lmpd.com/news/story/?story_id=1222 (cut before its closing caution paragraph)",
    "CHMEMO": "Chapel Hill (NC) Police Chief Gregg Jarvies, memorandum 'CHPD Immigration Policy', 26 Jan 2007 (Town Council agenda 7 Nov 2007, item 5b attachment 2), https://townhall.townofchapelhill.org/agendas/2007/11/07/5b/5b-2_immigration_policy_20070126.htm (cut before the paragraph on the Fallahi incident)",
    "CHEMAIL": "Chapel Hill (NC) Police Department e-mail 'Hits from ICE', 13 Mar 2007 (Town Council agenda 7 Nov 2007, item 5b attachment 3), https://townhall.townofchapelhill.org/agendas/2007/11/07/5b/5b-3_mmigration_email_20070313.htm (cut at a paragraph boundary before the stored copy breaks off)",
    "BL739": "Nashville (TN) Metro Council ordinance BL2017-739 (2017, not enacted), heading and recitals, https://legisarchive.nashville.gov/mc/ordinances/term_2015_2019/bl2017_739.htm",
    "BRILEY": "Nashville (TN) Mayor David Briley, Executive Order No. 11 (3 Sep 2019; rescinded 14 Oct 2019), the contingent directives as reproduced by The Tennessee Star, https://tennesseestar.com/news/david-briley-issues-executive-order-preventing-nashville-from-helping-ice/cbutler/2019/09/03/comment-page-1 (the article's rendering of the order, cut before its truncated last sentence)",
}

PAIRS = []


def P(situation, old, edits, changes, src, what):
    new = apply(old, edits)
    ch = [dict(quote_old=qo, quote_new=qn, label=lab, topics=tp, why=why) for qo, qn, lab, tp, why in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    PAIRS.append(dict(id=None, situation=situation, old=old, new=new, changes=ch, label=pair_label(ch), topics=tops,
                      source="CONSTRUCTED: OLD real: %s. NEW: %s" % (SRC[src], what)))


# ---------------- Nashville EO 30 ----------------
P("approval_added", T.NASH_EO30,
  [("mayor@nashville.gov;", "mayor@nashville.gov;\n\n- No Metro emergency services department shall provide assistance requested in an Immigration Communication, other than in an emergency or in executing a judicial warrant, until the request has been reported under this paragraph and approved in writing by the Director of Law.")],
  [("", "- No Metro emergency services department shall provide assistance requested in an Immigration Communication, other than in an emergency or in executing a judicial warrant, until the request has been reported under this paragraph and approved in writing by the Director of Law.", L, ["ice_cooperation", "supervisor_approval"],
    "Assistance to immigration authorities now needs prior written approval by the Director of Law, except in emergencies or for judicial warrants.")],
  "EO30", "added a new item under III requiring reporting and written approval by the Director of Law before emergency services assist federal immigration authorities (emergency / judicial-warrant exception).")

P("restated", T.NASH_EO30,
  [("all Covered Employees shall report certain Immigration Communications to the Designated Person at his or her Department/Office.",
    "each Covered Employee shall report the Immigration Communications described below to the Designated Person for the employee's Department or Office."),
   ("The following communications (\"Immigration Communications\") are subject to reporting in accordance with paragraph III below:",
    "For purposes of this order, \"Immigration Communications\" means the following communications, which shall be reported as provided in paragraph III:"),
   ("shall be submitted within one business day to", "shall be sent, no later than one business day after the communication, to")],
  [("all Covered Employees shall report certain Immigration Communications to the Designated Person at his or her Department/Office.",
    "each Covered Employee shall report the Immigration Communications described below to the Designated Person for the employee's Department or Office.", N, ["information_sharing"],
    "Same reporting duty, reworded."),
   ("The following communications (\"Immigration Communications\") are subject to reporting in accordance with paragraph III below:",
    "For purposes of this order, \"Immigration Communications\" means the following communications, which shall be reported as provided in paragraph III:", N, ["ice_cooperation"],
    "Same list stem recast as a definition; coverage unchanged."),
   ("shall be submitted within one business day to", "shall be sent, no later than one business day after the communication, to", N, ["information_sharing"],
    "Same one-business-day deadline in other words.")],
  "EO30", "reworded paragraph I, the stem of paragraph II and the deadline in III without changing their effect.")

P("scope_change", T.NASH_EO30,
  [("- Communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro emergency services department (Police, Fire, Emergency Management, or Emergency Communications); and,\n\n", ""),
   ("All communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro emergency services department shall be submitted",
    "Communications between federal immigration authorities and a Metro emergency services department that request assistance with an immigration enforcement operation shall be submitted")],
  [("- Communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro emergency services department (Police, Fire, Emergency Management, or Emergency Communications); and,", "", E, ["ice_cooperation", "information_sharing"],
    "Police and other emergency services' contacts with immigration authorities drop out of the list of communications that must be reported."),
   ("All communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro emergency services department shall be submitted",
    "Communications between federal immigration authorities and a Metro emergency services department that request assistance with an immigration enforcement operation shall be submitted", E, ["ice_cooperation"],
    "Only requests for operational assistance, not all police-ICE communications, must now be reported, loosening oversight of cooperation.")],
  "EO30", "deleted the emergency-services item from II and narrowed the III reporting item to requests for assistance with an enforcement operation.")

# ---------------- Nashville BL2022-1115 ----------------
P("exception_added", T.NASH_LPR,
  [("in connection with the immigration laws of the United States.",
    "in connection with the immigration laws of the United States, except where the federal official presents a warrant issued by a judge or where the person is the subject of a criminal investigation.")],
  [("", ", except where the federal official presents a warrant issued by a judge or where the person is the subject of a criminal investigation", E, ["ice_cooperation", "information_sharing"],
    "An exception to the excluded use lets LPR data assist immigration officials with a judicial warrant or in criminal investigations.")],
  "LPR", "added an exception (judicial warrant / criminal investigation) at the end of the new subpart (6).")

P("scope_change", T.NASH_LPR,
  [("(6) to assist any federal official in the identification, apprehension, detention, or removal of any person",
    "(6) to assist any federal, state, or private entity, or to share LPR data with any such entity, for the purpose of the identification, surveillance, apprehension, detention, or removal of any person")],
  [("to assist any federal official in the identification, apprehension, detention, or removal",
    "to assist any federal, state, or private entity, or to share LPR data with any such entity, for the purpose of the identification, surveillance, apprehension, detention, or removal", L, ["information_sharing", "ice_cooperation"],
    "The excluded use now also covers sharing data and assisting state or private entities, so fewer immigration-related uses remain allowed.")],
  "LPR", "widened subpart (6) to sharing LPR data and to state/private entities and added 'surveillance'.")

# ---------------- DCSO 287(g) MOA ----------------
P("scope_change", T.DCSO_MOA,
  [("up to a maximum of twelve (12) nominated", "up to a maximum of twenty-four (24) nominated"),
   ("to identify and process immigration violators in DCSO jail and correctional facilities.",
    "to identify and process immigration violators in DCSO jail and correctional facilities and in the course of DCSO field operations in Davidson County."),

  ],
  [("up to a maximum of twelve (12) nominated", "up to a maximum of twenty-four (24) nominated", E, ["raids_joint_operations", "enforcement_authority"],
    "Twice as many deputies may exercise delegated immigration authority."),
   ("to identify and process immigration violators in DCSO jail and correctional facilities.",
    "to identify and process immigration violators in DCSO jail and correctional facilities and in the course of DCSO field operations in Davidson County.", E, ["raids_joint_operations", "enforcement_authority"],
    "The 287(g) program moves beyond the jail into field operations.")],
  "DCSO", "raised the cap from 12 to 24 personnel and extended the stated aim of the delegated authority from the jail to field operations.")

P("scope_change", T.DCSO_MOA,
  [("to identify and process immigration violators in DCSO jail and correctional facilities.",
    "to identify and process immigration violators who have been booked into DCSO jail and correctional facilities on a charge of a felony offense."),
   ("This MOA also describes the complaint procedures", "Participating DCSO personnel shall not question any person about his or her immigration status before that person has been booked. This MOA also describes the complaint procedures")],
  [("to identify and process immigration violators in DCSO jail and correctional facilities.",
    "to identify and process immigration violators who have been booked into DCSO jail and correctional facilities on a charge of a felony offense.", L, ["enforcement_authority", "detainers_holds"],
    "Screening is confined to persons booked on felony charges."),
   ("", "Participating DCSO personnel shall not question any person about his or her immigration status before that person has been booked. ", L, ["status_inquiry"],
    "New bar on status questioning before booking.")],
  "DCSO", "limited screening to persons booked on felony charges and added a sentence barring status questions before booking.")

# ---------------- Tulsa 287(g) MOA ----------------
P("approval_added", T.TULSA_MOA,
  [("shall occur only as provided in this MOA.", "shall occur only as provided in this MOA and only with the prior approval of the Sheriff or the Sheriff's designee in each case.")],
  [("", " and only with the prior approval of the Sheriff or the Sheriff's designee in each case", L, ["supervisor_approval", "enforcement_authority"],
    "Each use of delegated immigration authority now needs the Sheriff's prior approval.")],
  "TULSA", "added a case-by-case Sheriff approval requirement to the 'shall occur only as provided' sentence.")

P("scope_change", T.TULSA_MOA,
  [("will enable the LEA to identify and process immigration violators in the State of Oklahoma.",
    "will enable the LEA to identify and process immigration violators in the Tulsa County jail."),
   ("perform certain functions of an immigration officer within the State of Oklahoma.",
    "perform certain functions of an immigration officer within the Tulsa County jail only.")],
  [("identify and process immigration violators in the State of Oklahoma.", "identify and process immigration violators in the Tulsa County jail.", L, ["enforcement_authority", "raids_joint_operations"],
    "Delegated enforcement shrinks from statewide to the county jail."),
   ("within the State of Oklahoma.", "within the Tulsa County jail only.", L, ["enforcement_authority"],
    "Immigration-officer functions confined to the jail.")],
  "TULSA", "narrowed the place of the delegated functions from 'the State of Oklahoma' to the county jail (two places).")

# ---------------- IMPD GO 1.4 ----------------
P("exception_added", T.IMPD_14,
  [("over which the requesting agency has jurisdiction.",
    "over which the requesting agency has jurisdiction. This policy does not extend to requests to assist in the enforcement of federal civil immigration law, which shall be referred to a district commander.")],
  [("", " This policy does not extend to requests to assist in the enforcement of federal civil immigration law, which shall be referred to a district commander.", L, ["ice_cooperation", "supervisor_approval"],
    "Civil immigration assistance requests are carved out of the mutual-aid duty and sent to a commander.")],
  "IMPD14", "added a sentence to POLICY excluding civil immigration enforcement requests from the assistance policy.")

P("scope_change", T.IMPD_14,
  [("in the investigation or enforcement of criminal laws over which the requesting agency has jurisdiction.",
    "in the investigation or enforcement of criminal or civil laws, including federal immigration laws, over which the requesting agency has jurisdiction.")],
  [("in the investigation or enforcement of criminal laws", "in the investigation or enforcement of criminal or civil laws, including federal immigration laws,", E, ["ice_cooperation", "raids_joint_operations"],
    "The duty to assist other agencies now reaches civil immigration enforcement.")],
  "IMPD14", "widened the POLICY from criminal laws to criminal or civil laws including federal immigration laws.")

P("reparagraphed", T.IMPD_14,
  [("It shall be the policy of the Indianapolis Metropolitan Police Department to provide reasonable assistance to any law enforcement agency, whether federal, state, or municipal, who requests assistance",
    "It shall be the policy of the Indianapolis Metropolitan Police Department to provide reasonable assistance to any law enforcement agency, whether federal, state, or municipal,\n\nwho requests assistance"),
   ("Indiana.\n\n1. The department has", "Indiana. 1. The department has")],
  [("whether federal, state, or municipal, who requests assistance", "whether federal, state, or municipal,\n\nwho requests assistance", N, ["ice_cooperation"],
    "Same words, paragraph break moved only."),
   ("Indiana.\n\n1. The department has", "Indiana. 1. The department has", N, ["enforcement_authority"],
    "Item 1 run into paragraph A; wording unchanged.")],
  "IMPD14", "moved two paragraph breaks; no words changed.")

# ---------------- IMPD GO 1.2 ----------------
P("list_item_removed", T.IMPD_12,
  [("can consider race, national origin, citizenship, religion,", "can consider race, national origin, religion,"),
   ("Specified Characteristics - Race, national origin, citizenship, religion,", "Specified Characteristics - Race, national origin, religion,")],
  [("can consider race, national origin, citizenship, religion,", "can consider race, national origin, religion,", E, ["status_inquiry"],
    "Citizenship is no longer a protected characteristic whose use the policy restricts."),
   ("Specified Characteristics - Race, national origin, citizenship, religion,", "Specified Characteristics - Race, national origin, religion,", E, ["status_inquiry", "enforcement_authority"],
    "Removing citizenship from the defined list frees officers to act on citizenship without the intelligence condition in I.A.")],
  "IMPD12", "deleted 'citizenship' from the POLICY sentence and from the definition of Specified Characteristics.")

P("rule_added", T.IMPD_12,
  [("or criminal pattern(s) or scheme(s).",
    "or criminal pattern(s) or scheme(s).\n\nB. Agency personnel shall not ask about a person's immigration status or request a passport, visa, or other immigration document for the purpose of determining immigration status, unless the information is required to investigate a specific crime.")],
  [("", "B. Agency personnel shall not ask about a person's immigration status or request a passport, visa, or other immigration document for the purpose of determining immigration status, unless the information is required to investigate a specific crime.", L, ["status_inquiry", "document_requests"],
    "New prohibition on status questions and immigration-document demands, with a narrow criminal-investigation exception.")],
  "IMPD12", "added paragraph I.B barring immigration status inquiries and document requests.")

P("definition_change", T.IMPD_12,
  [("Biased Policing - The inappropriate consideration of specified characteristics in carrying out duties.",
    "Biased Policing - The inappropriate consideration of specified characteristics in carrying out duties, including stopping, questioning, or detaining a person to determine that person's citizenship or immigration status.")],
  [("", ", including stopping, questioning, or detaining a person to determine that person's citizenship or immigration status", L, ["status_inquiry", "enforcement_authority"],
    "Status-driven stops and questioning now fall within prohibited biased policing.")],
  "IMPD12", "extended the definition of Biased Policing to stops/questioning to determine immigration status.")

# ---------------- HPD holding facilities ----------------
P("cross_clause", T.HPD_HOLD,
  [("without the approval of the Chief of Police or a designee.",
    "without the approval of the Chief of Police or a designee. No person shall be detained in a holding or temporary detention facility solely on the basis of a civil immigration detainer or administrative immigration warrant.")],
  [("", " No person shall be detained in a holding or temporary detention facility solely on the basis of a civil immigration detainer or administrative immigration warrant.", L, ["detainers_holds"],
    "Paragraph A still lists 'a state or federal hold', but C now excludes holds resting only on a civil immigration detainer or administrative warrant.")],
  "HPDHOLD", "added a sentence to C excluding detention solely on civil immigration detainers/administrative warrants (A's 'federal hold' left unchanged).")

P("approval_removed_or_weakened", T.HPD_HOLD,
  [("C. Arrestees of outside agencies shall not be detained in the holding/temporary detention facility without the approval of the Chief of Police or a designee.",
    "C. Arrestees of outside agencies, including U.S. Immigration and Customs Enforcement, may be detained in the holding/temporary detention facility with the approval of the watch commander.")],
  [("Arrestees of outside agencies shall not be detained", "Arrestees of outside agencies, including U.S. Immigration and Customs Enforcement, may be detained", E, ["detainers_holds", "ice_cooperation"],
    "ICE arrestees are expressly admitted to HPD cells."),
   ("without the approval of the Chief of Police or a designee.", "with the approval of the watch commander.", E, ["supervisor_approval", "detainers_holds"],
    "Approval drops from the Chief of Police to a watch commander.")],
  "HPDHOLD", "recast C as a permission naming ICE and moved approval from the Chief of Police to the watch commander.")

P("scope_change", T.HPD_HOLD,
  [("unable to post bail, on a state or federal hold, or awaiting", "unable to post bail, on a state or federal hold (including an immigration detainer issued by the Department of Homeland Security), or awaiting")],
  [("on a state or federal hold,", "on a state or federal hold (including an immigration detainer issued by the Department of Homeland Security),", E, ["detainers_holds"],
    "The headquarters cellblock is expressly to be used for persons held on immigration detainers.")],
  "HPDHOLD", "added a parenthesis bringing immigration detainers within 'federal hold' in A.")

# ---------------- HPD field information ----------------
P("list_item_added", T.HPD_FIELD,
  [("The contact may then become an investigative detention.",
    "The contact may then become an investigative detention.\n\n3. Officers shall not ask about a person's immigration or citizenship status, or request a passport or other immigration document, during a field interview.")],
  [("", "3. Officers shall not ask about a person's immigration or citizenship status, or request a passport or other immigration document, during a field interview.", L, ["status_inquiry", "document_requests"],
    "New numbered item forbids status questions and immigration-document requests in field interviews.")],
  "HPDFIELD", "added item 3 under CIRCUMSTANCES.")

P("scope_change", T.HPD_FIELD,
  [("to determine if the subject is wanted locally or by a National Crime Information Center warrant.",
    "to determine if the subject is wanted locally or by a National Crime Information Center warrant, including an immigration violator or administrative removal warrant record. Any such record shall be reported to U.S. Immigration and Customs Enforcement.")],
  [("", ", including an immigration violator or administrative removal warrant record", E, ["detainers_holds", "enforcement_authority"],
    "Field checks now look for civil immigration records."),
   ("", " Any such record shall be reported to U.S. Immigration and Customs Enforcement.", E, ["information_sharing", "ice_cooperation"],
    "New duty to report hits to ICE.")],
  "HPDFIELD", "extended the computer check in B to immigration records and added a duty to report hits to ICE.")

P("reparagraphed", T.HPD_FIELD,
  [(" While on duty, field and investigative officers should collect", "\n\nWhile on duty, field and investigative officers should collect"),
   (" These interviews are neither arrests nor detentions because a person's participation is voluntary.",
    "\n\nThese interviews are neither arrests nor detentions because a person's participation is voluntary.")],
  [("suspicious circumstances. While on duty", "suspicious circumstances.\n\nWhile on duty", N, ["status_inquiry"],
    "Same sentence moved into its own paragraph."),
   ("field interviews. These interviews", "field interviews.\n\nThese interviews", N, ["status_inquiry"],
    "Same sentence split off; no change in meaning.")],
  "HPDFIELD", "split two paragraphs; words unchanged.")

# ---------------- Omaha ----------------
P("restated", T.OMAHA,
  [("Please be assured that Omaha police officers do not and will not seek out individuals to check their legal status.",
    "Please be assured that Omaha police officers do not seek out, and will not seek out, any individual in order to check his or her legal status."),
   ("You will not be asked about your legal status when you call 911 for emergency assistance.",
    "When you call 911 for emergency assistance, no one will ask you about your legal status.")],
  [("do not and will not seek out individuals to check their legal status.", "do not seek out, and will not seek out, any individual in order to check his or her legal status.", N, ["status_inquiry"],
    "Same commitment reworded."),
   ("You will not be asked about your legal status when you call 911 for emergency assistance.", "When you call 911 for emergency assistance, no one will ask you about your legal status.", N, ["status_inquiry", "access_to_services"],
    "Same assurance, sentence reordered.")],
  "OMAHA", "reworded two sentences without changing their effect.")

P("exception_added", T.OMAHA,
  [("when you call 911 for emergency assistance.", "when you call 911 for emergency assistance, unless an officer has reason to believe that you have committed a crime.")],
  [("", ", unless an officer has reason to believe that you have committed a crime", E, ["status_inquiry"],
    "An exception lets officers ask 911 callers about status when they suspect a crime.")],
  "OMAHA", "added an exception to the 911 assurance.")

P("scope_change", T.OMAHA,
  [("will cooperate with our federal partners, only as outlined in our policies.",
    "will cooperate fully with our federal partners, including U.S. Immigration and Customs Enforcement, by notifying them of the arrest.")],
  [("will cooperate with our federal partners, only as outlined in our policies.", "will cooperate fully with our federal partners, including U.S. Immigration and Customs Enforcement, by notifying them of the arrest.", E, ["ice_cooperation", "information_sharing"],
    "The 'only as outlined in our policies' limit is dropped and arrest notification to ICE is promised.")],
  "OMAHA", "replaced the limited-cooperation sentence with full cooperation and arrest notification to ICE.")

# ---------------- LMPD ----------------
P("list_item_added", T.LMPD,
  [("when a crime has occurred or when there is an emergency situation,", "when a crime has occurred, when ICE requests help serving an administrative removal warrant or when there is an emergency situation,")],
  [("when a crime has occurred or when", "when a crime has occurred, when ICE requests help serving an administrative removal warrant or when", E, ["ice_cooperation", "detainers_holds"],
    "A new case in the 'only when' list lets officers help serve civil removal warrants.")],
  "LMPD", "added an item to the list of cases in which officers are dispatched to assist.")

P("list_item_removed", T.LMPD,
  [("only when there is a criminal warrant, when a crime has occurred or when there is an emergency situation,", "only when there is a criminal warrant signed by a judge or when there is an emergency situation,")],
  [("when there is a criminal warrant, when a crime has occurred or", "when there is a criminal warrant signed by a judge or", L, ["ice_cooperation"],
    "The 'crime has occurred' case is dropped and the warrant must be judicial, so officers assist in fewer cases.")],
  "LMPD", "removed 'when a crime has occurred' from the list and required a judge-signed warrant.")

P("approval_removed_or_weakened", T.LMPD,
  [("a commanding officer will handle any call from immigration agents, assess \"what level of help, if any, is appropriate,\" and accompany officers to any scene.",
    "the responding officer's sergeant may handle calls from immigration agents and assess \"what level of help, if any, is appropriate.\""),
   ("so they know to contact a commanding officer when", "so they know to contact a sergeant when")],
  [("a commanding officer will handle any call from immigration agents", "the responding officer's sergeant may handle calls from immigration agents", E, ["supervisor_approval", "ice_cooperation"],
    "Decision on ICE calls moves down from a commanding officer to a sergeant and becomes optional."),
   ("appropriate,\" and accompany officers to any scene.", "appropriate.\"", E, ["supervisor_approval", "raids_joint_operations"],
    "The commander no longer has to accompany officers to ICE scenes."),
   ("contact a commanding officer when", "contact a sergeant when", E, ["supervisor_approval"],
    "Dispatch routes ICE calls to a lower rank.")],
  "LMPD", "moved handling of ICE calls from a commanding officer to a sergeant, made it optional and dropped the duty to accompany officers.")

# ---------------- Chapel Hill memo ----------------
P("exception_to_exception", T.CHAPEL_MEMO,
  [("will inquire and attempt to confirm that person's residency status and will hold the individual for federal immigration officials if they request same.",
    "will inquire and attempt to confirm that person's residency status, but will not hold the individual for federal immigration officials unless they present a warrant signed by a judge.")],
  [("and will hold the individual for federal immigration officials if they request same.", ", but will not hold the individual for federal immigration officials unless they present a warrant signed by a judge.", L, ["detainers_holds"],
    "Holds for ICE now need a judicial warrant instead of a mere request.")],
  "CHMEMO", "in item 2, replaced holding on ICE request with no hold unless a judge-signed warrant is presented.")

P("modal_change", T.CHAPEL_MEMO,
  [("We will not detain a person merely for the purposes of verifying his immigration status nor will we question a person about his immigration status during a routine detention for another matter",
    "We will not detain a person merely for the purposes of verifying his immigration status, but we may question a person about his immigration status during a routine detention for another matter")],
  [("nor will we question a person about his immigration status during a routine detention", ", but we may question a person about his immigration status during a routine detention", E, ["status_inquiry"],
    "Questioning about status during traffic stops changes from forbidden to allowed.")],
  "CHMEMO", "in item 1, turned 'nor will we question' into 'but we may question'.")

P("list_item_added", T.CHAPEL_MEMO,
  [("threatening intimidation, a traffic accident fatality)", "threatening intimidation, a traffic accident fatality, driving while impaired, or any offense for which the person is not released on a written promise to appear)")],
  [("a traffic accident fatality)", "a traffic accident fatality, driving while impaired, or any offense for which the person is not released on a written promise to appear)", E, ["status_inquiry", "detainers_holds"],
    "More arrestees fall into the class whose status is checked and who are held for ICE.")],
  "CHMEMO", "added two items to the parenthetical list in item 2.")

# ---------------- Chapel Hill email ----------------
P("exception_removed", T.CHAPEL_EMAIL,
  [("Fourth, if you see \"OUTSTANDING ADMINISTRATIVE WARRANT OF REMOVAL,\" DO NOT CALL the phone number and do not confirm the hit. Call either Terrie Gale or the Chief.",
    "Fourth, if you see \"OUTSTANDING ADMINISTRATIVE WARRANT OF REMOVAL,\" call the phone number listed in the response to confirm the hit, and hold the person until ICE advises.")],
  [("DO NOT CALL the phone number and do not confirm the hit. Call either Terrie Gale or the Chief.", "call the phone number listed in the response to confirm the hit, and hold the person until ICE advises.", E, ["detainers_holds", "ice_cooperation"],
    "Officers now confirm civil removal warrants with ICE and hold the person, instead of not acting on them.")],
  "CHEMAIL", "reversed the 'Fourth' instruction on administrative removal warrants.")

P("approval_added", T.CHAPEL_EMAIL,
  [("call the phone number listed in the response to confirm the hit, and handle the hit as normal.",
    "do not call the phone number until the shift supervisor has approved it; then confirm the hit and handle the hit as normal."),
   ("In addition, if you have a state or local criminal charge", "Do not contact ICE about the person for any other purpose. In addition, if you have a state or local criminal charge")],
  [("call the phone number listed in the response to confirm the hit, and handle", "do not call the phone number until the shift supervisor has approved it; then confirm the hit and handle", L, ["supervisor_approval", "ice_cooperation"],
    "Confirming an ICE hit now needs supervisor approval."),
   ("", "Do not contact ICE about the person for any other purpose. ", L, ["ice_cooperation", "information_sharing"],
    "New bar on other contacts with ICE about administrative-warrant subjects.")],
  "CHEMAIL", "added shift-supervisor approval to the 'Third' instruction and a sentence barring other ICE contact in 'Fourth'.")

P("reparagraphed", T.CHAPEL_EMAIL,
  [("handle it as follows.\n\nFirst, let your supervisor know.", "handle it as follows. First, let your supervisor know."),
   ("civil hearings. We do not have", "civil hearings.\n\nWe do not have")],
  [("handle it as follows.\n\nFirst, let your supervisor know.", "handle it as follows. First, let your supervisor know.", N, ["supervisor_approval"],
    "Step one merged into the preceding paragraph; same words."),
   ("civil hearings. We do not", "civil hearings.\n\nWe do not", N, ["enforcement_authority"],
    "Paragraph split only.")],
  "CHEMAIL", "merged 'First' into the preceding paragraph and split the last paragraph; words unchanged.")

# ---------------- BL2017-739 ----------------
P("neutral_rewrite", T.NASH_739,
  [("WHEREAS, more than 80,000 residents of Nashville are foreign-born; and", "WHEREAS, Nashville is home to more than 80,000 foreign-born residents; and"),
   ("WHEREAS, the city has limited resources, immigration law is complex, and enforcing federal immigration law is the exclusive authority of the federal government; and",
    "WHEREAS, the enforcement of federal immigration law is the exclusive authority of the federal government, immigration law is complex, and the city's resources are limited; and")],
  [("more than 80,000 residents of Nashville are foreign-born", "Nashville is home to more than 80,000 foreign-born residents", N, ["access_to_services"],
    "Recital reworded; no operative effect."),
   ("the city has limited resources, immigration law is complex, and enforcing federal immigration law is the exclusive authority of the federal government",
    "the enforcement of federal immigration law is the exclusive authority of the federal government, immigration law is complex, and the city's resources are limited", N, ["enforcement_authority"],
    "Same recital with its clauses reordered.")],
  "BL739", "reworded two recitals (the operative sections are not part of the stored copy).")

P("restated", T.NASH_739,
  [("An ordinance to amend Title 11 of the Metropolitan Code of Laws regarding federal civil immigration laws.",
    "An ordinance amending Title 11 of the Metropolitan Code of Laws relating to federal civil immigration laws."),
   ("have placed reasonable limits on their voluntary participation in federal immigration enforcement activities.",
    "have reasonably limited their voluntary participation in federal immigration enforcement activities.")],
  [("An ordinance to amend Title 11 of the Metropolitan Code of Laws regarding", "An ordinance amending Title 11 of the Metropolitan Code of Laws relating to", N, ["enforcement_authority"],
    "Title reworded."),
   ("have placed reasonable limits on their voluntary participation", "have reasonably limited their voluntary participation", N, ["ice_cooperation"],
    "Recital restated.")],
  "BL739", "reworded the caption and the last recital.")

# ---------------- Briley EO 11 ----------------
P("exception_changed", T.BRILEY,
  [("Unless they are issued with a valid and properly issued warrant, no Metro agency", "Unless they are issued with a valid and properly issued warrant or immigration detainer, no Metro agency")],
  [("with a valid and properly issued warrant, no Metro agency", "with a valid and properly issued warrant or immigration detainer, no Metro agency", E, ["detainers_holds", "ice_cooperation"],
    "A detainer now unlocks ICE access to detained persons, widening the exception.")],
  "BRILEY", "added 'or immigration detainer' to the exception in the first directive.")

P("list_item_added", T.BRILEY,
  [("regarding a person's custody, status, release date, or home or work address.", "regarding a person's custody, status, release date, court dates, home or work address, or the address or contact information of any family member.")],
  [("release date, or home or work address.", "release date, court dates, home or work address, or the address or contact information of any family member.", L, ["information_sharing"],
    "More kinds of information are covered by the bar on communicating with ICE/CBP.")],
  "BRILEY", "added court dates and family members' addresses to the list in the third directive.")

P("rule_removed", T.BRILEY,
  [("No Metro agency or Metro employee or agent will transfer any person into ICE or CBP custody.",
    "Metro agencies may transfer a person into ICE or CBP custody when the person is released from local custody on the charges for which he or she was held."),
   ("or any other investigative purpose or to execute an immigration enforcement operation.", "or any other investigative purpose.")],
  [("No Metro agency or Metro employee or agent will transfer any person into ICE or CBP custody.", "Metro agencies may transfer a person into ICE or CBP custody when the person is released from local custody on the charges for which he or she was held.", E, ["detainers_holds", "ice_cooperation"],
    "The bar on transfers into ICE/CBP custody is replaced by a permission to transfer on release."),
   ("or any other investigative purpose or to execute an immigration enforcement operation.", "or any other investigative purpose.", E, ["raids_joint_operations", "ice_cooperation"],
    "Use of Metro facilities and equipment to execute enforcement operations is no longer barred.")],
  "BRILEY", "replaced the transfer ban with a permission to transfer on release, and struck 'or to execute an immigration enforcement operation' from the second directive.")

P("rule_added", T.OMAHA,
  [("Whether you are the victim of a crime or a witness to a crime,", "Whether you are the victim of a crime, a witness to a crime, or a person seeking any service of the City,"),
   ("In those instances, the Omaha Police Department will cooperate with our federal partners, only as outlined in our policies.",
    "In those instances, the Omaha Police Department will cooperate with our federal partners, only as outlined in our policies, and will not hold any person for federal immigration authorities beyond the time of release unless presented with a warrant signed by a judge.")],
  [("Whether you are the victim of a crime or a witness to a crime,", "Whether you are the victim of a crime, a witness to a crime, or a person seeking any service of the City,", L, ["access_to_services", "status_inquiry"],
    "The assurance of help without status questions now reaches anyone seeking a city service."),
   ("", ", and will not hold any person for federal immigration authorities beyond the time of release unless presented with a warrant signed by a judge", L, ["detainers_holds"],
    "New rule: no holds for immigration authorities without a judicial warrant.")],
  "OMAHA", "widened the 911 assurance to persons seeking city services and added a no-hold-without-judicial-warrant clause.")

P("approval_moved", T.LMPD,
  [("a commanding officer will handle any call from immigration agents, assess", "the Chief of Police or a deputy chief will handle any call from immigration agents, no assistance will be given without that approval, and the commander will assess"),
   ("so they know to contact a commanding officer when", "so they know to contact the Chief of Police or a deputy chief when")],
  [("a commanding officer will handle any call from immigration agents, assess", "the Chief of Police or a deputy chief will handle any call from immigration agents, no assistance will be given without that approval, and the commander will assess", L, ["supervisor_approval", "ice_cooperation"],
    "Approval of help to immigration agents moves up from a commanding officer to the Chief or a deputy chief and becomes a precondition."),
   ("contact a commanding officer when", "contact the Chief of Police or a deputy chief when", L, ["supervisor_approval"],
    "Dispatch must route ICE calls to the Chief's level.")],
  "LMPD", "moved handling/approval of ICE calls from a commanding officer to the Chief of Police or a deputy chief and made approval a precondition.")

P("rule_added", T.IMPD_14,
  [("located within Marion County, Indiana.", "located within Marion County, Indiana.\n\n2. Officers shall not stop, arrest, or detain any person solely for a suspected violation of federal civil immigration law.")],
  [("", "2. Officers shall not stop, arrest, or detain any person solely for a suspected violation of federal civil immigration law.", L, ["enforcement_authority"],
    "New item forbids stops and arrests based only on civil immigration violations.")],
  "IMPD14", "added item I.A.2 barring stops/arrests solely for civil immigration violations.")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, p in enumerate(PAIRS):
            p["id"] = "JG-%02d" % (i + 1)
            check(p)
            assert 800 <= len(p["old"]) <= 4000 and 800 <= len(p["new"]) <= 4000, (p["id"], len(p["old"]), len(p["new"]))
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(PAIRS), "pairs written")


if __name__ == "__main__":
    main()
