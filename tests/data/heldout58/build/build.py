import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

SRC = {
 "HIGHLINE": "Highline Public Schools (Washington) Board Policy 4300 'Limiting Immigration Enforcement in Schools', https://www.highlineschools.org/about/board-policies/policy-details/~board/board-policies/post/policy-4300-limiting-immigration-enforcement-in-schools (stored copy, undated; cut after item 1 of 'Immigration Enforcement on School Campus', whose second sentence is truncated in the stored copy)",
 "ISSAQUAH": "Issaquah School District (Washington) Regulation/Policy 4300 'Limiting Immigration Enforcement in Schools', https://www.isd411.org/about-us/regulations/4000-series/4300-limiting-immigration-enforcement-in-schools (stored copy, undated; cut after the first sentence of 'Immigration Enforcement on School Campus'; bullets kept as '- ')",
 "MUKILTEO": "Mukilteo School District (Washington) Policy 4300 'Limiting Immigration Enforcement in Schools', https://www.mukilteoschools.org/site/default.aspx?PageType=3&ModuleInstanceID=32753&ViewID=7b97f7ed-8e5e-4120-848f-a8b4987d588f&RenderLoc=0&FlexDataID=48937&PageID=16421 (stored copy, undated; sections 'Applicability' and 'Access to Schools' only; the truncated 'Immigration Enforcement on School Campus' section left out)",
 "HUMBOLDT": "Humboldt County (California) Code sec. 9121-5 (Measure K, 'sanctuary' ordinance chapter), https://humboldt.county.codes/Code/9121-5 (stored copy; cut after item (c), item (d) truncated in the stored copy)",
 "TRINITY": "Trinity College (Hartford, CT), Dean of Students page 'Federal Immigration Agents' (campus procedure), https://www.trincoll.edu/dean-of-students/daca-undocumented-students/federal-immigration-agents/ (stored copy, undated)",
 "RARITAN": "Raritan Valley Community College (NJ) Library guide 'ICE' (campus guidance on immigration officers), https://library.raritanval.edu/ICE (stored copy, undated, 2025)",
 "FARGO": "Fargo Public Library (North Dakota) procedure 'Law Enforcement Inquiries' (approved 7-22-2003, revised 9-18-2018), https://www.fargond.gov/city-government/departments/library/about/policies/law-enforcement-inquiries-preview (stored copy; approval lines left out)",
 "OCONOMOWOC": "Oconomowoc Public Library (Wisconsin) 'Procedures for Complying with Law Enforcement Request for Information', https://www.oconomowoclibrary.org/about/library-policies/privacy-policy/procedures-for-complying-with-law-enforcement-request-for-information/ (stored copy, undated; cut after the subpoena bullet, the search-warrant bullet being truncated)",
 "ACCE": "American City County Exchange (ACCE) model policy 'Rule of Law Community Resolution' (a model resolution for cities/counties, not itself adopted law), https://www.acce.us/model-policy/rule-of-law-community-resolution/ (stored copy; cut after Section 2, the rest truncated)",
 "MORRISVILLE": "Morrisville Public Library (New York) 'Law Enforcement Inquiries Policy and Guidelines', section 'Philosophy', https://morrisvillepubliclibrary.org/about-us/library-policy-manual-index/policies-of-the-morrisville-public-library/law-enforcement-inquiries-policy-and-guidelines/ (stored copy, undated)",
}

def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []  # (key, situation, edits, changes, what_edited)

# ---------------- Highline
P.append(("HIGHLINE", "exception_added",
  [("or otherwise on school grounds or their immediate vicinity.",
    "or otherwise on school grounds or their immediate vicinity, except where the Superintendent or designee, after consulting legal counsel, authorizes such access.")],
  [C("", ", except where the Superintendent or designee, after consulting legal counsel, authorizes such access", E, ["ice_cooperation", "supervisor_approval"],
     "An exception now lets the Superintendent let immigration enforcement into nonpublic areas, which the policy had refused outright.")],
  "an exception added at the end of item 1 letting the Superintendent or designee, after consulting counsel, authorize access"))
P.append(("HIGHLINE", "scope_change",
  [("shall apply for enforcement activity against students and their families, as well as staff and volunteers.",
    "shall apply for enforcement activity against students and their families."),
   ("all properties owned and/or operated by Highline Public Schools and all school facilities",
    "all school buildings")],
  [C("students and their families, as well as staff and volunteers.", "students and their families.", E, ["ice_cooperation"],
     "Staff and volunteers are dropped from the people the no-aid rule protects, so the district may aid enforcement against them."),
   C("all properties owned and/or operated by Highline Public Schools and all school facilities", "all school buildings", E, ["ice_cooperation"],
     "The policy no longer covers all district-owned or -operated property, only school buildings, narrowing where the prohibitions apply.")],
  "'as well as staff and volunteers' deleted; 'all properties owned and/or operated by Highline Public Schools and all school facilities' replaced by 'all school buildings'"))
P.append(("HIGHLINE", "reparagraphed",
  [("- The provisions of this policy shall apply to all properties owned and/or operated by Highline Public Schools and all school facilities, which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, and entrances and exits from said building spaces.",
    "- The provisions of this policy shall apply to all properties owned and/or operated by Highline Public Schools and all school facilities.\n\n- School facilities include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, and entrances and exits from said building spaces."),
   ("Immigration Enforcement on School Campus\n\n1. Highline", "Immigration Enforcement on School Campus\n\n1.\nHighline")],
  [C("all school facilities, which include (but are not limited to)", "all school facilities.\n\n- School facilities include (but are not limited to)", N, ["ice_cooperation"],
     "The list of covered places is moved into its own bullet without changing it."),
   C("1. Highline", "1.\nHighline", N, ["ice_cooperation"], "Only the line break after the item number changes.")],
  "the properties bullet split into two bullets; a line break inserted after '1.'"))
# ---------------- Issaquah
P.append(("ISSAQUAH", "modal_change",
  [("Issaquah School District does not grant permission for any person", "Issaquah School District may grant permission for any person")],
  [C("does not grant permission", "may grant permission", E, ["ice_cooperation"],
     "The district's refusal to let immigration enforcement into nonpublic areas becomes a discretion to allow it.")],
  "'does not grant permission' changed to 'may grant permission'"))
P.append(("ISSAQUAH", "approval_added",
  [("or otherwise on school grounds or their immediate vicinity.",
    "or otherwise on school grounds or their immediate vicinity.\n\n- No staff member shall answer a request from federal immigration authorities for access to a student, a school facility or student records until the building principal has notified the Superintendent and the Superintendent has approved the response in writing.")],
  [C("", "No staff member shall answer a request from federal immigration authorities for access to a student, a school facility or student records until the building principal has notified the Superintendent and the Superintendent has approved the response in writing.", L, ["ice_cooperation", "supervisor_approval"],
     "A written Superintendent approval is now needed before any staff response to an immigration request, adding a condition on cooperation.")],
  "a new bullet requiring the Superintendent's written approval before staff answer immigration requests"))
P.append(("ISSAQUAH", "restated",
  [("- The Issaquah School District adheres to all requirements of federal and state law.", "- The Issaquah School District complies with all requirements of state and federal law."),
   ("Issaquah School District personnel shall presume that activities", "Issaquah School District staff shall treat activities"),
   ("including surveillance, constitute immigration enforcement\n", "including surveillance, as immigration enforcement\n")],
  [C("adheres to all requirements of federal and state law", "complies with all requirements of state and federal law", N, ["ice_cooperation"],
     "Same compliance statement in other words."),
   C("Issaquah School District personnel shall presume that activities", "Issaquah School District staff shall treat activities", N, ["ice_cooperation"],
     "'Presume ... constitute' and 'treat ... as' state the same presumption.")],
  "'adheres to ... federal and state law' -> 'complies with ... state and federal law'; 'personnel shall presume that activities ... constitute' -> 'staff shall treat activities ... as'"))
P.append(("ISSAQUAH", "list_item_added",
  [("which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, and entrances and exits from said building spaces.",
    "which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, school buses and bus stops, and entrances and exits from said building spaces.")],
  [C("playgrounds, and entrances", "playgrounds, school buses and bus stops, and entrances", L, ["ice_cooperation"],
     "School buses and bus stops are added to the places where the district refuses to aid immigration enforcement.")],
  "'school buses and bus stops' added to the list of covered facilities"))
# ---------------- Mukilteo
P.append(("MUKILTEO", "definition_change",
  [("activities by federal immigration authorities, including surveillance, constitute immigration enforcement.",
    "activities by federal immigration authorities constitute immigration enforcement only when they involve an arrest, detention or search.")],
  [C("activities by federal immigration authorities, including surveillance, constitute immigration enforcement.", "activities by federal immigration authorities constitute immigration enforcement only when they involve an arrest, detention or search.", E, ["ice_cooperation", "raids_joint_operations"],
     "Surveillance and other activity no longer count as immigration enforcement, so the policy's prohibitions reach less of what federal agents do.")],
  "the presumption that all federal immigration activity incl. surveillance is enforcement narrowed to arrests, detentions or searches"))
P.append(("MUKILTEO", "rule_added",
  [("aware of the rights of immigrant students to an education.",
    "aware of the rights of immigrant students to an education.\n\nMukilteo School District staff will not ask students or families about their citizenship or immigration status, and will not require a passport, visa, green card or other immigration document as a condition of enrollment.")],
  [C("", "Mukilteo School District staff will not ask students or families about their citizenship or immigration status", L, ["status_inquiry"],
     "A new ban on asking about immigration status."),
   C("", "will not require a passport, visa, green card or other immigration document as a condition of enrollment", L, ["document_requests", "access_to_services"],
     "Immigration documents may no longer be demanded for enrollment.")],
  "a new paragraph barring status questions and immigration-document demands at enrollment"))
P.append(("MUKILTEO", "rule_removed",
  [("Mukilteo School District's policies prohibiting participation or aid in immigration enforcement will apply for enforcement activity against students and their families, staff, and volunteers.\n\n", "")],
  [C("Mukilteo School District's policies prohibiting participation or aid in immigration enforcement will apply for enforcement activity against students and their families, staff, and volunteers.", "", E, ["ice_cooperation"],
     "The statement that the no-aid policies protect students, families, staff and volunteers is deleted, removing the rule that applies them to such enforcement.")],
  "the paragraph applying the no-aid policies to students, families, staff and volunteers deleted"))
P.append(("MUKILTEO", "neutral_rewrite",
  [("Mukilteo School District has a responsibility to ensure that all students who reside within their boundaries can safely access a free public K-12 education.",
    "Every student who resides within Mukilteo School District boundaries is entitled to safely access a free public K-12 education, and the district is responsible for ensuring it."),
   ("The provisions of this policy will apply to Mukilteo School District and all school facilities", "This policy applies to Mukilteo School District and all school facilities")],
  [C("Mukilteo School District has a responsibility to ensure that all students who reside within their boundaries can safely access a free public K-12 education.", "Every student who resides within Mukilteo School District boundaries is entitled to safely access a free public K-12 education, and the district is responsible for ensuring it.", N, ["access_to_services"],
     "The same guarantee of access for all resident students, reworded."),
   C("The provisions of this policy will apply to", "This policy applies to", N, ["ice_cooperation"], "Same scope, shorter wording.")],
  "two sentences reworded without change of meaning"))
# ---------------- Humboldt
P.append(("HUMBOLDT", "exception_changed",
  [("unless such assistance is required by Federal or State statute, regulation, or court order or decision.",
    "unless such assistance is requested by a Federal law enforcement agency or is required by Federal or State statute, regulation, or court order or decision.")],
  [C("unless such assistance is required by Federal", "unless such assistance is requested by a Federal law enforcement agency or is required by Federal", E, ["ice_cooperation", "information_sharing"],
     "The exception to the ban on using County resources now covers any federal request, so the County may assist ICE whenever asked.")],
  "'requested by a Federal law enforcement agency or is' inserted in the exception of the opening prohibition"))
P.append(("HUMBOLDT", "list_item_added",
  [("County public assistance criteria, or court order or decision.",
    "County public assistance criteria, or court order or decision.\n\n(d) Permitting agents of the Federal agency charged with enforcement of the Federal immigration law to use County jail facilities, interview rooms, or office space to interview or question any person about that person's immigration status, absent a judicial warrant.")],
  [C("", "(d) Permitting agents of the Federal agency charged with enforcement of the Federal immigration law to use County jail facilities, interview rooms, or office space to interview or question any person about that person's immigration status, absent a judicial warrant.", L, ["ice_cooperation", "status_inquiry"],
     "A new item adds jail interviews and use of County space by ICE to the prohibited forms of assistance.")],
  "new item (d) added to the prohibited list (County facilities for ICE interviews without a judicial warrant)"))
P.append(("HUMBOLDT", "list_item_removed",
  [(", or conditioning the provision of services or benefits by the County of Humboldt upon immigration status, except as required by Federal or State statute or regulation, County public assistance criteria, or court order or decision.", "."),
   ("(b) Assisting or cooperating, in one's official capacity, with any investigation, surveillance, or gathering of information conducted by foreign governments, except for cooperation related to an alleged violation of County, State, or Federal criminal laws.\n\n", "")],
  [C("or conditioning the provision of services or benefits by the County of Humboldt upon immigration status", "", E, ["access_to_services"],
     "The County may now condition services and benefits on immigration status, which (c) had forbidden."),
   C("(b) Assisting or cooperating, in one's official capacity, with any investigation, surveillance, or gathering of information conducted by foreign governments", "", N, ["information_sharing"],
     "The deleted item concerns foreign governments, not federal immigration enforcement.")],
  "item (b) deleted; the 'conditioning services ... upon immigration status' clause struck from (c)"))
P.append(("HUMBOLDT", "reparagraphed",
  [("court order or decision. The prohibition set forth in this chapter shall include, but shall not be limited to:",
    "court order or decision.\n\nThe prohibition set forth in this chapter shall include, but shall not be limited to:"),
   ("conducted by the Federal agency charged with enforcement of the Federal immigration law and relating to alleged violations",
    "conducted by the Federal agency charged with enforcement of the Federal immigration law\nand relating to alleged violations")],
  [C("court order or decision. The prohibition set forth", "court order or decision.\n\nThe prohibition set forth", N, ["ice_cooperation"],
     "The list stem moves to its own paragraph; the words are the same."),
   C("immigration law and relating", "immigration law\nand relating", N, ["ice_cooperation"], "A line break only.")],
  "the list stem sentence moved into its own paragraph; a line break inserted in (a)"))
# ---------------- Trinity
P.append(("TRINITY", "rule_removed",
  [("2. Agents who do not possess a warrant, court order, or subpoena will be asked to cease any enforcement activities and to leave the campus.\n\n3.", "2.")],
  [C("2. Agents who do not possess a warrant, court order, or subpoena will be asked to cease any enforcement activities and to leave the campus.", "", E, ["ice_cooperation", "raids_joint_operations"],
     "The College no longer asks agents without a warrant, order or subpoena to stop and leave.")],
  "item 2 deleted and item 3 renumbered 2"))
P.append(("TRINITY", "exception_changed",
  [("without a subpoena or judicial warrant that has been vetted by legal counsel.", "without a judicial warrant that has been vetted by legal counsel.")],
  [C("without a subpoena or judicial warrant", "without a judicial warrant", L, ["information_sharing"],
     "A subpoena no longer suffices to release non-public information to immigration officials; only a judicial warrant does.")],
  "'a subpoena or' deleted from the release exception"))
P.append(("TRINITY", "list_item_added",
  [("for the purpose of enforcing federal immigration laws.",
    "for the purpose of enforcing federal immigration laws.\n\n- Ask about, record or disclose the citizenship or immigration status of any student, employee or visitor at the request of federal immigration officials, unless required by law.")],
  [C("", "- Ask about, record or disclose the citizenship or immigration status of any student, employee or visitor at the request of federal immigration officials, unless required by law.", L, ["status_inquiry", "information_sharing"],
     "A new item under 'shall not' bars status inquiries and disclosures made for immigration officials.")],
  "a third bullet added under 'Neither ... shall'"))
P.append(("TRINITY", "approval_removed_or_weakened",
  [("Campus Safety will escort the agents to the President's Office so that the College's legal counsel may review any warrant, court order, or subpoena.",
    "Campus Safety may respond to the agents' request directly.")],
  [C("Campus Safety will escort the agents to the President's Office so that the College's legal counsel may review any warrant, court order, or subpoena.", "Campus Safety may respond to the agents' request directly.", E, ["supervisor_approval", "ice_cooperation"],
     "Review by the President's Office and legal counsel is dropped; Campus Safety may deal with agents on its own.")],
  "the escort to the President's Office and counsel review replaced by 'Campus Safety may respond to the agents' request directly'"))
# ---------------- Raritan
P.append(("RARITAN", "exception_changed",
  [("on campus if they have judicial warrant signed by a judge.", "on campus if they have a judicial warrant signed by a judge or an administrative warrant issued by the Department of Homeland Security.")],
  [C("if they have judicial warrant signed by a judge.", "if they have a judicial warrant signed by a judge or an administrative warrant issued by the Department of Homeland Security.", E, ["detainers_holds", "ice_cooperation"],
     "An ICE administrative warrant now opens private campus spaces, which only a judicial warrant did before.")],
  "'or an administrative warrant issued by the Department of Homeland Security' added"))
P.append(("RARITAN", "approval_removed_or_weakened",
  [("immediately refer the ICE official and their related request for access or information to the Office of the President. In partnership with legal counsel, the Office of the President will assess the documentation and determine next appropriate steps.",
    "you may provide the requested access or information, and then notify the Office of the President.")],
  [C("immediately refer the ICE official and their related request for access or information to the Office of the President. In partnership with legal counsel, the Office of the President will assess the documentation and determine next appropriate steps.", "you may provide the requested access or information, and then notify the Office of the President.", E, ["supervisor_approval", "ice_cooperation", "information_sharing"],
     "Staff may grant ICE access or information themselves; the President's Office is only told afterwards instead of deciding first.")],
  "the referral to the Office of the President and counsel review replaced by permission to respond and notify afterwards"))
P.append(("RARITAN", "restated",
  [("If you observe an immigration officer on campus, contact the Office of the President and then Campus Safety.",
    "Should you see an immigration officer on campus, first contact the Office of the President, then Campus Safety."),
   ("Stay calm. Do not interfere with, run from, lie to, or otherwise engage with law enforcement officers",
    "Remain calm. Do not interfere with, run from, lie to, or otherwise engage with law enforcement officers")],
  [C("If you observe an immigration officer on campus, contact the Office of the President and then Campus Safety.", "Should you see an immigration officer on campus, first contact the Office of the President, then Campus Safety.", N, ["ice_cooperation"],
     "Same notification order in other words."),
   C("Stay calm.", "Remain calm.", N, ["ice_cooperation"], "Wording only.")],
  "two sentences reworded"))
# ---------------- Fargo
P.append(("FARGO", "exception_added",
  [("We do not give out information that connects a patron with library materials or services solely on a verbal request.",
    "We do not give out information that connects a patron with library materials or services solely on a verbal request, except that a patron's address and telephone number may be given to a verified federal immigration officer on a verbal request.")],
  [C("", ", except that a patron's address and telephone number may be given to a verified federal immigration officer on a verbal request", E, ["information_sharing", "ice_cooperation"],
     "A new exception lets staff give patrons' contact details to immigration officers without any warrant or subpoena.")],
  "an exception added to the verbal-request rule for immigration officers"))
P.append(("FARGO", "approval_added",
  [("The library director and library counsel will follow up as needed.",
    "The library director and library counsel will follow up as needed. If the subpoena is issued by or for a federal immigration agency, no record may be released until the library director and library counsel have reviewed it and the director has approved the release in writing.")],
  [C("", "If the subpoena is issued by or for a federal immigration agency, no record may be released until the library director and library counsel have reviewed it and the director has approved the release in writing.", L, ["supervisor_approval", "information_sharing"],
     "Release of records on an immigration subpoena now needs counsel review and the director's written approval.")],
  "a sentence added to the subpoena paragraph requiring director approval for immigration subpoenas"))
P.append(("FARGO", "reparagraphed",
  [("All employees should always get their supervisor.\nIf the request comes when", "All employees should always get their supervisor.\n\nIf the request comes when"),
   ("If a verified law enforcement agent presents a Search Warrant:\nWe accept", "If a verified law enforcement agent presents a Search Warrant:\n\nWe accept")],
  [C("get their supervisor.\nIf the request", "get their supervisor.\n\nIf the request", N, ["supervisor_approval"], "A paragraph break only."),
   C("Search Warrant:\nWe accept", "Search Warrant:\n\nWe accept", N, ["information_sharing"], "A paragraph break only.")],
  "two line breaks turned into paragraph breaks"))
# ---------------- Oconomowoc
P.append(("OCONOMOWOC", "exception_changed",
  [("Staff will not disclose any information to law enforcement personnel without a court order.",
    "Staff will not disclose any information to law enforcement personnel without a court order, an administrative subpoena, or a warrant issued by a federal agency, including U.S. Immigration and Customs Enforcement.")],
  [C("without a court order.", "without a court order, an administrative subpoena, or a warrant issued by a federal agency, including U.S. Immigration and Customs Enforcement.", E, ["information_sharing", "detainers_holds"],
     "Administrative subpoenas and ICE-issued warrants now unlock library records, widening the exception to the non-disclosure rule.")],
  "administrative subpoena and federal-agency (ICE) warrant added to the disclosure exception"))
P.append(("OCONOMOWOC", "rule_added",
  [("The library staff will comply with law enforcement when supplied with a legal subpoena or search warrant.",
    "The library staff will comply with law enforcement when supplied with a legal subpoena or search warrant.\n\nThe library does not ask patrons about their citizenship or immigration status and does not record it. Library staff will not assist federal immigration authorities in locating a patron absent a judicial warrant.")],
  [C("", "The library does not ask patrons about their citizenship or immigration status and does not record it.", L, ["status_inquiry"],
     "A new rule forbids asking about or recording patrons' status."),
   C("", "Library staff will not assist federal immigration authorities in locating a patron absent a judicial warrant.", L, ["ice_cooperation"],
     "A new rule bars helping immigration authorities find patrons without a judicial warrant.")],
  "a new paragraph on status questions and assistance to immigration authorities"))
P.append(("OCONOMOWOC", "neutral_rewrite",
  [("The Director or her/his representative will ask to see official identification and will photocopy the ID.",
    "The Director, or a representative of the Director, will request to see official identification and make a photocopy of it."),
   ("It is desirable for legal counsel to be present when the subpoena is executed.", "Legal counsel should preferably be present when the subpoena is executed.")],
  [C("The Director or her/his representative will ask to see official identification and will photocopy the ID.", "The Director, or a representative of the Director, will request to see official identification and make a photocopy of it.", N, ["document_requests"],
     "Same identification step for the officer, reworded."),
   C("It is desirable for legal counsel to be present", "Legal counsel should preferably be present", N, ["information_sharing"], "Same preference, reworded.")],
  "two sentences reworded"))
# ---------------- ACCE model resolution
P.append(("ACCE", "rule_added",
  [("in accordance to the state and US Constitutions.",
    "in accordance to the state and US Constitutions, including by authorizing the Sheriff to enter into an agreement under Section 287(g) of the Immigration and Nationality Act and by directing that every immigration detainer request from U.S. Immigration and Customs Enforcement be honored.")],
  [C("", "including by authorizing the Sheriff to enter into an agreement under Section 287(g) of the Immigration and Nationality Act", E, ["raids_joint_operations", "enforcement_authority"],
     "The resolution now authorizes a 287(g) agreement, giving deputies immigration powers."),
   C("", "directing that every immigration detainer request from U.S. Immigration and Customs Enforcement be honored", E, ["detainers_holds"],
     "All ICE detainers must now be honored.")],
  "Section 1 extended with a 287(g) authorization and a duty to honor all ICE detainers"))
P.append(("ACCE", "cross_clause",
  [("is not a sanctuary community and is in fact a Rule of Law Community",
    "is not a sanctuary community and is in fact a Rule of Law Community\n\nSection 3. Notwithstanding Section 1, no officer or employee of the [Insert Jurisdiction] shall hold a person beyond the time the person would otherwise be released solely on the basis of an immigration detainer request, unless the request is accompanied by a warrant or order signed by a judge.")],
  [C("", "Notwithstanding Section 1, no officer or employee of the [Insert Jurisdiction] shall hold a person beyond the time the person would otherwise be released solely on the basis of an immigration detainer request, unless the request is accompanied by a warrant or order signed by a judge.", L, ["detainers_holds"],
     "A new section overriding Section 1 bars holding people on detainers without a judicial warrant.")],
  "a new Section 3 (detainer holds need a judicial warrant) that overrides Section 1"))
P.append(("ACCE", "restated",
  [("does hereby declare that [Insert Jurisdiction] is not a sanctuary community and is in fact a Rule of Law Community",
    "hereby declares that [Insert Jurisdiction] is a Rule of Law Community and not a sanctuary community"),
   ("does hereby pledge support of Federal Immigration enforcement", "hereby pledges its support of Federal Immigration enforcement")],
  [C("does hereby declare that [Insert Jurisdiction] is not a sanctuary community and is in fact a Rule of Law Community", "hereby declares that [Insert Jurisdiction] is a Rule of Law Community and not a sanctuary community", N, ["ice_cooperation"],
     "The same declaration with the clauses in the other order."),
   C("does hereby pledge support of", "hereby pledges its support of", N, ["ice_cooperation"], "Wording only.")],
  "Sections 1 and 2 reworded"))
# ---------------- Morrisville
P.append(("MORRISVILLE", "scope_change",
  [("releases such information to law enforcement agencies only to the degree required after appropriate authentication of credentials, warrants, court orders and/or subpoenas.",
    "releases such information to law enforcement agencies, including federal immigration authorities, upon request after appropriate authentication of credentials.")],
  [C("only to the degree required after appropriate authentication of credentials, warrants, court orders and/or subpoenas.", "including federal immigration authorities, upon request after appropriate authentication of credentials.", E, ["information_sharing", "ice_cooperation"],
     "User records go to any authenticated officer, immigration agents included, on request rather than only as a warrant, order or subpoena requires.")],
  "the release condition changed from 'only to the degree required after ... warrants, court orders and/or subpoenas' to 'upon request'"))
P.append(("MORRISVILLE", "mixed",
  [("without regard to citizenship or immigration status.",
    "without regard to citizenship or immigration status. Library staff do not ask users about their citizenship or immigration status."),
   ("The Library may also elect to release any library record it determines must be released for the proper operation of the Library.",
    "The Library may also elect to release any library record it determines must be released for the proper operation of the Library, or any record requested by federal immigration authorities.")],
  [C("", "Library staff do not ask users about their citizenship or immigration status.", L, ["status_inquiry"],
     "A new sentence stops staff asking about users' status."),
   C("", ", or any record requested by federal immigration authorities", E, ["information_sharing"],
     "The Library may now release any record immigration authorities ask for.")],
  "a no-inquiry sentence added; 'or any record requested by federal immigration authorities' added to the last paragraph"))
P.append(("MORRISVILLE", "reparagraphed",
  [("without regard to citizenship or immigration status. As required by law, the Library keeps",
    "without regard to citizenship or immigration status.\n\nAs required by law, the Library keeps"),
   ("has several means of egress. To enhance", "has several means of egress.\n\nTo enhance")],
  [C("immigration status. As required by law, the Library keeps", "immigration status.\n\nAs required by law, the Library keeps", N, ["access_to_services", "information_sharing"],
     "The confidentiality sentence moves into its own paragraph with the same words."),
   C("means of egress. To enhance", "means of egress.\n\nTo enhance", N, ["information_sharing"], "A paragraph break only.")],
  "two paragraph breaks inserted"))
# ---------------- extra mixed/ double negation pairs
P.append(("HUMBOLDT", "double_negation",
  [("County public assistance criteria, or court order or decision.",
    "County public assistance criteria, or court order or decision.\n\nNothing in this chapter shall prohibit the Sheriff from notifying the Federal agency charged with enforcement of the Federal immigration law of the release date and time of a person in custody.")],
  [C("", "Nothing in this chapter shall prohibit the Sheriff from notifying the Federal agency charged with enforcement of the Federal immigration law of the release date and time of a person in custody.", E, ["information_sharing", "detainers_holds"],
     "'Nothing shall prohibit' carves release-date notification to ICE out of the ban, permitting it.")],
  "a closing paragraph added: 'Nothing in this chapter shall prohibit the Sheriff from notifying [ICE] of the release date and time of a person in custody'"))
P.append(("HIGHLINE", "mixed",
  [("- Highline Public Schools personnel shall presume that activities by federal immigration authorities, including surveillance, constitute immigration enforcement",
    "- Highline Public Schools personnel shall presume that activities by federal immigration authorities, including surveillance and requests for student records, constitute immigration enforcement"),
   ("or otherwise on school grounds or their immediate vicinity.", "or otherwise on school grounds.")],
  [C("including surveillance, constitute", "including surveillance and requests for student records, constitute", L, ["information_sharing", "ice_cooperation"],
     "Requests for student records are now presumed to be immigration enforcement, so the no-aid rules cover them."),
   C("on school grounds or their immediate vicinity.", "on school grounds.", E, ["ice_cooperation"],
     "The refusal of permission no longer reaches the immediate vicinity of schools.")],
  "'and requests for student records' added to the presumption; 'or their immediate vicinity' deleted from item 1"))

# ---------------- more limits pairs
P.append(("RARITAN", "rule_added",
  [("If the immigration officer requests access or information, immediately refer",
    "College employees shall not provide an immigration officer with a student's or employee's class schedule, work schedule, location or contact information unless the officer presents a judicial warrant signed by a judge.\n\nIf the immigration officer requests access or information, immediately refer")],
  [C("", "College employees shall not provide an immigration officer with a student's or employee's class schedule, work schedule, location or contact information unless the officer presents a judicial warrant signed by a judge.", L, ["information_sharing", "ice_cooperation"],
     "A new prohibition bars giving schedules, locations or contact details to immigration officers without a judicial warrant.")],
  "a new paragraph barring disclosure of schedules, locations and contact details without a judicial warrant"))
P.append(("FARGO", "exception_added",
  [("We accept the copy of the warrant and let them get what they need. A search warrant will have a list of specific items they are seeking.",
    "We accept the copy of the warrant and let them get what they need. A search warrant will have a list of specific items they are seeking. A warrant issued by an immigration agency rather than signed by a judge is not a search warrant; do not act on it and contact the library director.")],
  [C("", "A warrant issued by an immigration agency rather than signed by a judge is not a search warrant; do not act on it and contact the library director.", L, ["detainers_holds", "information_sharing", "supervisor_approval"],
     "Administrative immigration warrants are carved out of the comply-with-warrants rule and sent to the director instead.")],
  "a sentence added excluding immigration administrative warrants from the search-warrant procedure"))
P.append(("HUMBOLDT", "exception_removed",
  [("relating to alleged violations of the civil provisions of the Federal immigration law, except as permitted herein.",
    "relating to alleged violations of the civil provisions of the Federal immigration law."),
   ("regarding the release status of any individual or any other such personal information, except as permitted herein, or conditioning",
    "regarding the release status of any individual or any other such personal information, or conditioning")],
  [C("Federal immigration law, except as permitted herein.", "Federal immigration law.", L, ["ice_cooperation"],
     "The 'except as permitted herein' exception to the ban on assisting civil immigration investigations is struck."),
   C("personal information, except as permitted herein, or conditioning", "personal information, or conditioning", L, ["information_sharing"],
     "The same exception is struck from the ban on sharing release status and personal information.")],
  "'except as permitted herein' struck from items (a) and (c)"))
P.append(("ACCE", "exception_added",
  [("within the scope of local authority in accordance to the state and US Constitutions.",
    "within the scope of local authority in accordance to the state and US Constitutions, provided that no personnel or funds of the [Insert Jurisdiction] shall be used to conduct or assist in immigration sweeps or raids, or to stop or question any person solely to determine immigration status.")],
  [C("", "provided that no personnel or funds of the [Insert Jurisdiction] shall be used to conduct or assist in immigration sweeps or raids", L, ["raids_joint_operations"],
     "A proviso bars using local personnel or funds for immigration sweeps or raids."),
   C("", "or to stop or question any person solely to determine immigration status", L, ["status_inquiry", "enforcement_authority"],
     "Stops or questioning solely to determine status are barred.")],
  "a proviso added to Section 1 barring sweeps/raids and stops solely to determine status"))

out = []
for i, (key, sit, edits, changes, what) in enumerate(P):
    old = getattr(T, key)
    new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    src = "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s." % (SRC[key], what)
    p = {"id": "KI-%02d" % (i + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": src}
    check(p)
    out.append(p)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out))
