import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import bases as B
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
SRC = {
 "NCC": "New Castle County (Delaware) County Executive Matt Meyer, Executive Order 17-003 'Regarding the Safety, Security and Rights of Residents of New Castle County' (signed May 24, 2017), title and preamble up to 'It is hereby ordered that:', http://nccde.org/CivicAlerts.aspx?AID=1310 (also https://bluedelaware.com/2017/05/23/new-castle-county-safe-and-inclusive-communites-executive-order/); the stored copy breaks off inside section 1, so the operative sections are not included",
 "SJCSO": "San Juan County (New Mexico) Sheriff's Office directive OPER-331.00 'Consular Notification & Access' (effective 7/17/2016), header, PURPOSE and POLICY, http://www.sjcso.com/wiki/index.php/Consular_Notification_%26_Access (cut before DEFINITIONS, whose first item is truncated in the stored copy)",
 "VCU": "Virginia Commonwealth University Police Department directive 6-12 'Procedure for Consular Notification of Foreign Officials' (initial 11/13/2013, revision approved 5/24/2018), 'General' section, https://police.vcu.edu/facts/policies/6-12-procedure-for-consular-notification-of-foreign-officials/ (cut before 'Accountability Statement')",
 "RENO": "Reno (Nevada) Police Department General Order P17004 'Diplomatic Immunity' (issued June 8, 2004), Policy, Immunity for Consular Officials and first sentence of Verifying Diplomatic Immunity, https://docslib.org/download/1842180/reno-police-department-general-order-this (the liability disclaimer and the signature line are left out; cut after the first sentence of 'Verifying', the next sentence being truncated)",
 "ILAG": "Illinois Attorney General, guidance to law enforcement on the TRUST Act, VOICES Act and Way Forward Act (updated January 2025), two paragraphs as quoted verbatim at https://capitolfax.com/2025/01/22/a-quick-illinois-trust-act-primer (the stored quotation is cut before 'Local law enforcement may provide these types of assistance only in two narrow circumstances'; em dashes typed as ' - ')",
 "HPD": "Houston (Texas) Police Department questions and answers on its immigration policy (c. 2006-2008, after the 2006 General Order 500-05 revision), questions 1-5, as reproduced at http://chinatownconnection.com/hpd-immigration-policy.htm (a department FAQ reproduced by a community site, not the General Order itself; question 6 left out because its answer is missing in the stored copy)",
}
P = []
def C(qo, qn, lab, tops, why): return dict(quote_old=qo, quote_new=qn, label=lab, topics=tops, why=why)
def add(base, sit, edits, changes, what):
    old = getattr(B, base); new = apply(old, edits)
    P.append(dict(situation=sit, old=old, new=new, changes=changes,
                  source="CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (SRC[base], what)))

# ---- genuine
P.append(dict(situation="neutral_rewrite", old=B.WA17, new=B.WA20, changes=[
  C("Guidance Concerning Immigration Enforcement", "KEEP WASHINGTON WORKING ACT GUIDANCE, MODEL POLICIES, AND TRAINING RECOMMENDATIONS FOR STATE AND LOCAL LAW ENFORCEMENT AGENCIES", N, ["ice_cooperation"], "Only the title of the publication changes; the front matter states no rule on immigration enforcement."),
  C("Originally Published April 2017", "Originally Published May 2020", N, ["ice_cooperation"], "A publication date, not a rule."),
  C("without prior written permission of the Washington State Attorney General's Office.", "without prior written permission of the Washington State Office of the Attorney General.", N, ["ice_cooperation"], "The office's name is restyled in the copyright notice; nothing about enforcement changes."),
  C("About the Attorney General's Office", "About the Washington State Office of the Attorney General", N, ["ice_cooperation"], "Heading restyled; the mission and vision text is identical."),
 ], source="GENUINE: two editions of the Washington State Attorney General's guidance to local law enforcement on immigration, front matter (cover, copyright notice, mission, vision). OLD: 'Guidance Concerning Immigration Enforcement', April 2017, http://lawsdocbox.com/Immigration/86952948-Guidance-concerning-immigration-enforcement.html (also https://pdffox.com/guidance-concerning-immigration-enforcement-pdf-free.html). NEW: 'Keep Washington Working Act Guidance, Model Policies, and Training Recommendations for State and Local Law Enforcement Agencies', May 2020 (issued under RCW 43.10.315), https://vdocuments.mx/washington-state-office-of-the-attorney-general-bob-ferguson-questions-or.html . Both verbatim from stored copies; both cut after 'Vision:' because the 2020 copy breaks off inside 'Values:'. Normalised: the 2017 transcript's lost apostrophes restored ('Attorney General s' -> 'Attorney General's'); the 2020 cover line taken from the copy's upper-case title line. Negative control: only front matter changes."))

# ---- New Castle County EO
add("NCC", "scope_change",
    [("all people in New Castle County have equal access to County services, regardless of their citizenship or immigration status.", "all people lawfully present in New Castle County have equal access to County services.")],
    [C("all people in New Castle County have equal access to County services, regardless of their citizenship or immigration status.", "all people lawfully present in New Castle County have equal access to County services.", E, ["access_to_services", "status_inquiry"], "Equal access is confined to people lawfully present, which ties County services to immigration status.")],
    "the equal-access sentence confined to 'all people lawfully present' and 'regardless of their citizenship or immigration status' deleted.")
add("NCC", "double_negation",
    [("It is hereby ordered that:", "Nothing in this Order shall be construed to prohibit any County employee or officer from cooperating with federal immigration authorities to the fullest extent permitted by law.\n\nIt is hereby ordered that:")],
    [C("", "Nothing in this Order shall be construed to prohibit any County employee or officer from cooperating with federal immigration authorities to the fullest extent permitted by law.", E, ["ice_cooperation"], "A 'nothing shall prohibit' savings clause preserves full cooperation with immigration authorities, cutting back whatever limits the order sets.")],
    "a savings clause ('Nothing in this Order shall be construed to prohibit ... cooperating with federal immigration authorities to the fullest extent permitted by law') added before the operative part.")
add("NCC", "neutral_rewrite",
    [("Our police department has, is and will to continue to focus on keeping", "Our police department has focused, and will continue to focus, on keeping"),
     ("This order is another step toward achieving that goal.", "This Order is a further step toward that goal.")],
    [C("Our police department has, is and will to continue to focus on keeping", "Our police department has focused, and will continue to focus, on keeping", N, ["enforcement_authority"], "Grammar of the preamble sentence repaired; same statement."),
     C("This order is another step toward achieving that goal.", "This Order is a further step toward that goal.", N, ["enforcement_authority"], "Same statement in other words.")],
    "two preamble sentences reworded (grammar repaired), no change of meaning (negative control).")
add("NCC", "reparagraphed",
    [("achieving that goal.\n\nMoreover, it is fundamental", "achieving that goal. Moreover, it is fundamental"),
     ("quality of life for the people of New Castle County.\n\nAssistance from any person", "quality of life for the people of New Castle County. Assistance from any person")],
    [C("achieving that goal.\n\nMoreover, it is fundamental", "achieving that goal. Moreover, it is fundamental", N, ["access_to_services"], "Two paragraphs joined; same words."),
     C("quality of life for the people of New Castle County.\n\nAssistance from any person", "quality of life for the people of New Castle County. Assistance from any person", N, ["access_to_services"], "Two paragraphs joined; same words.")],
    "paragraph breaks removed between the first two and between the second and third preamble paragraphs (negative control).")
add("NCC", "rule_added",
    [("It is hereby ordered that:", "No County funds, facilities, equipment or personnel shall be used to investigate, interrogate, detain, detect or arrest persons for the purpose of enforcing federal civil immigration law, and the County shall not participate in joint operations with federal immigration authorities for that purpose.\n\nIt is hereby ordered that:")],
    [C("", "No County funds, facilities, equipment or personnel shall be used to investigate, interrogate, detain, detect or arrest persons for the purpose of enforcing federal civil immigration law", L, ["ice_cooperation", "enforcement_authority"], "A new prohibition on using County resources for civil immigration enforcement."),
     C("", "the County shall not participate in joint operations with federal immigration authorities for that purpose.", L, ["raids_joint_operations"], "A new bar on joint immigration operations.")],
    "a new paragraph barring use of County resources for civil immigration enforcement and joint operations inserted before 'It is hereby ordered that:'.")
add("NCC", "scope_change",
    [("concerning immigration status and enforcement of federal (civil) immigration laws, and to ensure the County provides an equal level of service to all people within New Castle County.", "concerning immigration status and enforcement of federal (civil) immigration laws.")],
    [C(", and to ensure the County provides an equal level of service to all people within New Castle County.", "", E, ["access_to_services"], "The stated purpose of guaranteeing equal service to all people is dropped, weakening the services-regardless-of-status commitment.")],
    "the clause 'and to ensure the County provides an equal level of service to all people within New Castle County' deleted from the purpose paragraph.")

# ---- San Juan County SO consular notification
add("SJCSO", "rule_added",
    [("or the transfer of guardianship of a foreign national is being considered.", "or the transfer of guardianship of a foreign national is being considered. When a foreign national is arrested, the arresting deputy shall also notify U.S. Immigration and Customs Enforcement (ICE) of the arrest and of the person's country of citizenship.")],
    [C("", "When a foreign national is arrested, the arresting deputy shall also notify U.S. Immigration and Customs Enforcement (ICE) of the arrest and of the person's country of citizenship.", E, ["information_sharing", "ice_cooperation"], "A new duty to report arrested foreign nationals to ICE.")],
    "a sentence requiring deputies to notify ICE of every arrest of a foreign national added at the end of POLICY.")
add("SJCSO", "restated",
    [("This means prompt and courteous compliance with all notification requirements.", "Accordingly, all notification requirements shall be complied with promptly and courteously.")],
    [C("This means prompt and courteous compliance with all notification requirements.", "Accordingly, all notification requirements shall be complied with promptly and courteously.", N, ["information_sharing"], "Same consular-notification duty reworded; no immigration-enforcement effect.")],
    "one PURPOSE sentence reworded (negative control).")
add("SJCSO", "rule_added",
    [("or the transfer of guardianship of a foreign national is being considered.", "or the transfer of guardianship of a foreign national is being considered.\n\nConsular notification shall not be used to determine a person's immigration status. Deputies shall not ask about immigration status when advising a person of consular rights, and shall not report a person's nationality to federal immigration authorities.")],
    [C("", "Deputies shall not ask about immigration status when advising a person of consular rights", L, ["status_inquiry"], "A new prohibition on status questions during consular advisement."),
     C("", "shall not report a person's nationality to federal immigration authorities.", L, ["information_sharing"], "A new bar on passing nationality information to immigration authorities.")],
    "a paragraph added after POLICY separating consular notification from immigration status inquiries and reporting.")
add("SJCSO", "scope_change",
    [("when a foreign national has been arrested or detained by a member of this agency;", "when a foreign national has been arrested or detained by a member of this agency, including a person held for federal immigration authorities on an immigration detainer;")],
    [C("when a foreign national has been arrested or detained by a member of this agency;", "when a foreign national has been arrested or detained by a member of this agency, including a person held for federal immigration authorities on an immigration detainer;", E, ["detainers_holds"], "The policy now presupposes that deputies hold people on immigration detainers, recognising detainer holds as agency practice.")],
    "the POLICY sentence extended to persons 'held for federal immigration authorities on an immigration detainer'.")

# ---- VCU PD consular
add("VCU", "rule_added",
    [("regarding the arrest and detention of foreign nationals.", "regarding the arrest and detention of foreign nationals, and directs officers to verify the immigration status of any foreign national who is arrested.")],
    [C("regarding the arrest and detention of foreign nationals.", "regarding the arrest and detention of foreign nationals, and directs officers to verify the immigration status of any foreign national who is arrested.", E, ["status_inquiry"], "A new duty to verify the immigration status of arrested foreign nationals.")],
    "the purpose sentence extended with a directive to verify the immigration status of arrested foreign nationals.")
add("VCU", "modal_change",
    [("foreign diplomats who violate traffic laws shall be cited.", "foreign diplomats who violate traffic laws may be cited.")],
    [C("foreign diplomats who violate traffic laws shall be cited.", "foreign diplomats who violate traffic laws may be cited.", N, ["enforcement_authority"], "A traffic-citation rule for diplomats; it does not touch immigration enforcement.")],
    "'shall be cited' -> 'may be cited' in the traffic sentence (negative control: a modal change outside immigration).")
add("VCU", "neutral_rewrite",
    [("In their dealings with foreign diplomatic and consular personnel, law enforcement officers shall recognize and show due respect for these privileges and immunities.", "Law enforcement officers shall recognize and show due respect for these privileges and immunities in all dealings with foreign diplomatic and consular personnel.")],
    [C("In their dealings with foreign diplomatic and consular personnel, law enforcement officers shall recognize and show due respect for these privileges and immunities.", "Law enforcement officers shall recognize and show due respect for these privileges and immunities in all dealings with foreign diplomatic and consular personnel.", N, ["enforcement_authority"], "Word order changed only.")],
    "one sentence reordered (negative control).")
add("VCU", "rule_added",
    [("regarding the arrest and detention of foreign nationals.", "regarding the arrest and detention of foreign nationals.\n\nThe arrest or detention of a foreign national does not by itself give officers cause to inquire into the person's immigration status or to contact federal immigration authorities, and officers shall not do so for that reason.")],
    [C("", "officers shall not do so for that reason.", L, ["status_inquiry", "ice_cooperation"], "A new prohibition on status inquiries or ICE contact triggered merely by foreign nationality.")],
    "a paragraph added after the first paragraph barring immigration-status inquiries or ICE contact because a person is a foreign national.")

# ---- Reno PD diplomatic immunity
add("RENO", "rule_added",
    [("to verify the person's status and immunity.", "to verify the person's status and immunity. If the individual is unable to produce satisfactory identification, the officer shall contact U.S. Immigration and Customs Enforcement to determine the person's immigration status.")],
    [C("", "If the individual is unable to produce satisfactory identification, the officer shall contact U.S. Immigration and Customs Enforcement to determine the person's immigration status.", E, ["ice_cooperation", "status_inquiry"], "A new duty to call ICE to check immigration status when identification fails.")],
    "a sentence requiring an ICE status check when identification is not produced added to VERIFYING DIPLOMATIC IMMUNITY.")
add("RENO", "scope_change",
    [("request official Department of State identification to verify", "request official Department of State identification, together with the person's passport and visa or other immigration documents, to verify")],
    [C("request official Department of State identification to verify", "request official Department of State identification, together with the person's passport and visa or other immigration documents, to verify", E, ["document_requests"], "Officers must now demand passports, visas or immigration documents.")],
    "the identification request extended to the person's passport, visa or other immigration documents.")
add("RENO", "restated",
    [("their immunity should be fully respected to the degree to which the person is entitled.", "officers should respect that immunity fully, to the degree to which the person is entitled.")],
    [C("their immunity should be fully respected to the degree to which the person is entitled.", "officers should respect that immunity fully, to the degree to which the person is entitled.", N, ["enforcement_authority"], "Passive turned active; same rule, and not an immigration rule.")],
    "one POLICY sentence reworded (negative control).")

# ---- Illinois AG guidance
add("ILAG", "list_item_removed",
    [("detain individuals pursuant to a federal administrative warrant; ", "")],
    [C("detain individuals pursuant to a federal administrative warrant; ", "", E, ["detainers_holds"], "Holding people on administrative immigration warrants drops out of the list of things agencies cannot do.")],
    "the item 'detain individuals pursuant to a federal administrative warrant' removed from the list of things an agency cannot do.")
add("ILAG", "list_item_added",
    [("or share information about individuals in its custody with federal immigration authorities.", "share information about individuals in its custody with federal immigration authorities; or participate in joint operations or task forces whose purpose is civil immigration enforcement.")],
    [C("or share information about individuals in its custody with federal immigration authorities.", "share information about individuals in its custody with federal immigration authorities; or participate in joint operations or task forces whose purpose is civil immigration enforcement.", L, ["raids_joint_operations"], "A further item under 'cannot' bars joint immigration operations and task forces.")],
    "an item 'participate in joint operations or task forces whose purpose is civil immigration enforcement' added to the 'cannot' list.")
add("ILAG", "exception_added",
    [("or share information about individuals in its custody with federal immigration authorities.", "or share information about individuals in its custody with federal immigration authorities, unless the individual has been convicted of a forcible felony.")],
    [C("", ", unless the individual has been convicted of a forcible felony", E, ["information_sharing"], "An exception now allows sharing custody information with immigration authorities about people with forcible-felony convictions.")],
    "an exception 'unless the individual has been convicted of a forcible felony' added to the information-sharing item.")
add("ILAG", "modal_change",
    [("State law dictates whether local law enforcement can comply with those requests.", "Local law enforcement should comply with those requests unless state law expressly prohibits it.")],
    [C("State law dictates whether local law enforcement can comply with those requests.", "Local law enforcement should comply with those requests unless state law expressly prohibits it.", E, ["ice_cooperation", "detainers_holds"], "Compliance with federal requests becomes the default rather than a matter for state law to permit.")],
    "the last sentence turned into a default of compliance ('should comply ... unless state law expressly prohibits it').")
add("ILAG", "restated",
    [("No federal law compels law enforcement in Illinois to assist with or participate in any immigration enforcement action.", "Law enforcement in Illinois is not required by any federal law to assist with or participate in any immigration enforcement action."),
     ("The federal government cannot require local law enforcement to enforce federal law.", "Local law enforcement cannot be required by the federal government to enforce federal law.")],
    [C("No federal law compels law enforcement in Illinois to assist with or participate in any immigration enforcement action.", "Law enforcement in Illinois is not required by any federal law to assist with or participate in any immigration enforcement action.", N, ["ice_cooperation"], "Same statement, active turned passive."),
     C("The federal government cannot require local law enforcement to enforce federal law.", "Local law enforcement cannot be required by the federal government to enforce federal law.", N, ["enforcement_authority"], "Same statement, active turned passive.")],
    "two sentences restated in the passive (negative control).")
add("ILAG", "reparagraphed",
    [("federal immigration authorities. Importantly, local law enforcement", "federal immigration authorities.\n\nImportantly, local law enforcement")],
    [C("federal immigration authorities. Importantly, local law enforcement", "federal immigration authorities.\n\nImportantly, local law enforcement", N, ["enforcement_authority"], "The first paragraph is split in two; same words.")],
    "the first paragraph split before 'Importantly' (negative control).")
add("ILAG", "cross_clause",
    [("State law dictates whether local law enforcement can comply with those requests.", "State law dictates whether local law enforcement can comply with those requests. A request to detain an individual who is subject to a final order of removal may be honored notwithstanding the preceding paragraph.")],
    [C("", "A request to detain an individual who is subject to a final order of removal may be honored notwithstanding the preceding paragraph.", E, ["detainers_holds"], "A sentence in the second paragraph creates an exception to the first paragraph's ban on detainer holds.")],
    "a sentence added at the end of the second paragraph allowing detainer holds for people with final removal orders 'notwithstanding the preceding paragraph'.")
add("ILAG", "mixed",
    [("give an immigration agent access to individuals in its custody; ", ""),
     ("or share information about individuals in its custody with federal immigration authorities.", "share information about individuals in its custody with federal immigration authorities; or transfer an individual into the custody of federal immigration authorities.")],
    [C("give an immigration agent access to individuals in its custody; ", "", E, ["ice_cooperation"], "Giving immigration agents access to people in custody is no longer listed as forbidden."),
     C("or share information about individuals in its custody with federal immigration authorities.", "share information about individuals in its custody with federal immigration authorities; or transfer an individual into the custody of federal immigration authorities.", L, ["detainers_holds", "ice_cooperation"], "Transfers into immigration custody are added to the forbidden list.")],
    "the access item removed and a transfer item added to the 'cannot' list (changes pointing both ways).")

# ---- Houston PD FAQ
add("HPD", "exception_changed",
    [("HPD will contact ICE when the person is confirmed to have a deportation warrant or a notice that they are a previously deported felon.", "HPD will contact ICE when the person is confirmed to have a deportation warrant, an immigration detainer, or any other immigration-related entry in a federal database.")],
    [C("a deportation warrant or a notice that they are a previously deported felon.", "a deportation warrant, an immigration detainer, or any other immigration-related entry in a federal database.", E, ["ice_cooperation", "detainers_holds"], "The occasions for calling ICE widen from deportation warrants and deported felons to any immigration entry.")],
    "the circumstances in which HPD contacts ICE widened to detainers and any immigration-related database entry.")
add("HPD", "rule_removed",
    [("Once a person has been arrested and taken to a jail facility, HPD jail personnel will then ask the person for his/her legal status. Jail personnel will ask the arrested person if they are a citizen of the United States or if they were born in the U.S.", "HPD jail personnel will not ask arrested persons about their legal status or place of birth.")],
    [C("Once a person has been arrested and taken to a jail facility, HPD jail personnel will then ask the person for his/her legal status.", "HPD jail personnel will not ask arrested persons about their legal status or place of birth.", L, ["status_inquiry"], "Jail status questioning of arrestees is replaced by a prohibition."),
     C("Jail personnel will ask the arrested person if they are a citizen of the United States or if they were born in the U.S.", "", L, ["status_inquiry"], "The citizenship and birthplace question at booking is dropped.")],
    "the answer to question 3 rewritten: jail status questioning replaced by a statement that jail personnel will not ask.")
add("HPD", "exception_added",
    [("solely on a belief that the person is in the country illegally.", "solely on a belief that the person is in the country illegally, except when acting under an agreement with ICE under Section 287(g) of the Immigration and Nationality Act.")],
    [C("", ", except when acting under an agreement with ICE under Section 287(g) of the Immigration and Nationality Act", E, ["raids_joint_operations", "enforcement_authority"], "An exception lets officers arrest on immigration grounds under a 287(g) agreement.")],
    "a 287(g) exception added to the answer to question 2.")
add("HPD", "scope_change",
    [("Officers are not authorized to detain or arrest a person solely on the basis of their nationality or ethnicity.", "Officers are not authorized to detain or arrest a person on the basis of their nationality or ethnicity.")],
    [C("Officers are not authorized to detain or arrest a person solely on the basis of their nationality or ethnicity.", "Officers are not authorized to detain or arrest a person on the basis of their nationality or ethnicity.", L, ["enforcement_authority"], "Dropping 'solely' widens the prohibition to any reliance on nationality.")],
    "'solely' deleted from the answer to question 4.")
add("HPD", "neutral_rewrite",
    [("We hope and encourage immigrant communities to continue to call us when they need assistance from the police.", "We encourage immigrant communities to keep calling us whenever they need police assistance."),
     ("They should not fear that HPD will call federal immigration agents on them.", "They need not fear that HPD will report them to federal immigration agents.")],
    [C("We hope and encourage immigrant communities to continue to call us when they need assistance from the police.", "We encourage immigrant communities to keep calling us whenever they need police assistance.", N, ["access_to_services"], "Same encouragement in other words."),
     C("They should not fear that HPD will call federal immigration agents on them.", "They need not fear that HPD will report them to federal immigration agents.", N, ["ice_cooperation"], "Same assurance in other words.")],
    "two sentences of answer 1 reworded (negative control).")
add("HPD", "rule_added",
    [("should contact the police. They should not fear", "should contact the police. HPD will not contact ICE about a person who reports a crime or is a witness to one, regardless of any warrant or notice. They should not fear")],
    [C("", "HPD will not contact ICE about a person who reports a crime or is a witness to one, regardless of any warrant or notice.", L, ["ice_cooperation", "access_to_services"], "Victims and witnesses are shielded from ICE contact even where the later warrant rule would otherwise apply.")],
    "a sentence shielding crime reporters and witnesses from ICE contact added to answer 1 (it overrides the warrant rule in the same answer).")
add("HPD", "modal_change",
    [("Officers also have the discretion to check the wanted status of all persons they have legally detained.", "Officers shall also check the wanted status, including any immigration warrant or detainer, of all persons they have legally detained.")],
    [C("Officers also have the discretion to check the wanted status of all persons they have legally detained.", "Officers shall also check the wanted status, including any immigration warrant or detainer, of all persons they have legally detained.", E, ["detainers_holds", "status_inquiry"], "Discretionary checks become mandatory and expressly cover immigration warrants and detainers.")],
    "the discretionary wanted check in answer 5 made mandatory and extended to immigration warrants and detainers.")
add("HPD", "approval_added",
    [("HPD will contact ICE when the person is confirmed to have a deportation warrant", "With the approval of a shift commander, HPD will contact ICE when the person is confirmed to have a deportation warrant")],
    [C("", "With the approval of a shift commander, ", L, ["supervisor_approval", "ice_cooperation"], "Contacting ICE now needs a shift commander's approval.")],
    "shift-commander approval added before contacting ICE in answer 1.")
add("NCC", "restated",
    [("The cooperation of all persons, both those residing here legally and those without documentation, is essential", "The cooperation of every person, whether residing here legally or without documentation, is essential")],
    [C("The cooperation of all persons, both those residing here legally and those without documentation, is essential", "The cooperation of every person, whether residing here legally or without documentation, is essential", N, ["access_to_services"], "Same statement in other words.")],
    "one preamble clause reworded (negative control).")
add("SJCSO", "approval_added",
    [("This policy details the procedures to ensure all consular notification and access requirements are met when required.", "This policy details the procedures to ensure all consular notification and access requirements are met when required. No information about a detained foreign national shall be released to federal immigration authorities without the approval of the Undersheriff.")],
    [C("", "No information about a detained foreign national shall be released to federal immigration authorities without the approval of the Undersheriff.", L, ["supervisor_approval", "information_sharing"], "Release of information to immigration authorities now requires command approval.")],
    "an Undersheriff-approval requirement for releasing information to immigration authorities added at the end of PURPOSE.")

add("ILAG", "exception_removed",
    [("cannot arrest an individual for violation of a federal law without a warrant unless state law has granted them authority to do so, and", "cannot arrest an individual for violation of a federal immigration law without a judicial warrant, and")],
    [C("without a warrant unless state law has granted them authority to do so", "without a judicial warrant", L, ["enforcement_authority"], "The exception for arrests authorised by state law is gone and only a judicial warrant now allows an immigration arrest.")],
    "the exception 'unless state law has granted them authority to do so' removed and 'a warrant' narrowed to 'a judicial warrant' (sentence limited to federal immigration law).")
add("HPD", "exception_changed",
    [("HPD will contact ICE when the person is confirmed to have a deportation warrant or a notice that they are a previously deported felon.", "HPD will contact ICE only when the person is confirmed to have a warrant signed by a federal judge.")],
    [C("HPD will contact ICE when the person is confirmed to have a deportation warrant or a notice that they are a previously deported felon.", "HPD will contact ICE only when the person is confirmed to have a warrant signed by a federal judge.", L, ["ice_cooperation", "detainers_holds"], "ICE contact is confined to judicial warrants; administrative deportation warrants and deported-felon notices no longer trigger it.")],
    "the ICE-contact triggers in answer 1 replaced by a judicial-warrant-only rule.")
add("VCU", "rule_added",
    [("the privileges and immunities to which they are entitled.", "the privileges and immunities to which they are entitled. Officers shall not ask a foreign national for a passport, visa, or other immigration document except as needed to identify the person or to give consular notification.")],
    [C("", "Officers shall not ask a foreign national for a passport, visa, or other immigration document except as needed to identify the person or to give consular notification.", L, ["document_requests"], "A new limit on demanding immigration documents from foreign nationals.")],
    "a sentence limiting requests for passports, visas or immigration documents added to the first paragraph.")

out = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8")
for i, p in enumerate(P):
    tops = []
    for c in p["changes"]:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    q = dict(id="HY-%02d" % (i + 1), situation=p["situation"], old=p["old"], new=p["new"], changes=p["changes"],
             label=pair_label(p["changes"]), topics=tops, source=p["source"])
    check(q)
    out.write(json.dumps(q, ensure_ascii=False) + "\n")
out.close()
print(len(P))
