"""Builds ../pairs.jsonl (heldout43, id prefix JT). Base texts are in texts.py (real, verbatim)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

SRC = {
 "POS2018": "OLD = real text, Port of Seattle Commission Agenda Memorandum, Action Item No. 6b, meeting of May 22, 2018 (Resolution No. 3747, Welcoming Port Policy Directive; the Port runs Seattle-Tacoma International Airport, the seaport and its own Police Department), page 4 of 5: end of the language-assistance item and the bullets on Port law enforcement officers and on ICE/CBP detainer requests, https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2018/1769/2018_05_22_RM_6b.html (stored copy, 2018). The stored copy starts mid-sentence and breaks off inside the next sentence ('Similarly, the Port will not enter into any contract ...'); both ends were cut at sentence/paragraph boundaries.",
 "DEFS": "OLD = real text, Port of Seattle Commission Resolution No. 3838 (revised Welcoming Port Policy Directive amending Resolution No. 3747; introduced Sept. 9, 2025), definitions of 'Administrative warrant', 'Citizenship or immigration status' and 'Civil immigration enforcement operation' (lines 185-206 of the introduced text, line numbers removed), https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2025/3157/2025_09_09_RM_10b_Resolution_Amending-the-Welcoming-Port-Policy-Directive-Reso-3838.html (stored copy). The stored copy breaks off inside the next definition ('Immigration detainer'), which was left out.",
 "ORDER": "OLD = real text, Port of Seattle Commission Order No. 2026-03 'Community Protection and Civil Rights at Port of Seattle Facilities' (proposed; introduced Feb. 24, 2026, sponsors Commissioners Hasegawa and Mohamed), page 3 of 4, lines 80-107: the last training items and sections 3 'Employee Response Protocols', 4 'State and Regional Coordination' and 5 'Implementation and Reporting' (cut before 'STATEMENT IN SUPPORT OF THE ORDER'; line numbers removed), https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2026/3195/2026_02_24_RM_10b_Order_Civil-Rights-Community-Protection-and-Accountability.html (stored copy).",
 "MSP": "OLD = real text, Michigan State Police, 'Immigration' policy page (Public Information > Transparency > Policies), introduction, list of related official orders and the first four 'Policy points' summarising MSP Official Order No. 14 as updated, https://www.michigan.gov/msp/public-information/transparency/accordion/policies/immigration (stored copy, undated). The fifth policy point (language services) is cut off in the stored copy and was left out.",
 "MEMO25": "OLD = real text, Port of Seattle Commission Agenda Memorandum, Action Item No. 10b, meeting of Sept. 9, 2025 (introduction of Resolution No. 3838 amending the Welcoming Port Policy Directive), page 3 of 5, item 'B. Interpretation and Translation' 1)-2), https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2025/3157/2025_09_09_RM_10b_Memo_Amending-the-Welcoming-Port-Policy-Directive-Reso-3838.html (stored copy). The stored page starts inside item A and breaks off inside item C.1); both were left out.",
 "BART": "OLD = real text, San Francisco Bay Area Rapid Transit District (BART, which has its own Police Department) Board of Directors, Safe Transit Policy resolution adopted June 22, 2017, caption, title and first five WHEREAS clauses as posted in the BART news item 'Board approves Safe Transit policy', https://data.bart.gov/news/articles/2017/news20170622-0 (stored copy). The stored copy breaks off in the sixth WHEREAS clause, which was left out; the resolution's operative clauses were not in the stored copy.",
 "GOALS": "OLD = real text, Port of Seattle Commission Agenda Memorandum, Action Item No. 8a, meeting of May 8, 2018 (Resolution No. 3747, Welcoming Port Policy Directive), page 3 of 5: the five goals and the first directed step, https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2018/1767/2018_05_08_SM_8a.html (stored copy). The stored copy breaks off inside the next step (interpretation and translation), which was left out.",
 "ILEO": "OLD = real text, Illinois Executive Order 15-02 'Executive Order Establishing Governor's New Americans Trust Initiative' (Gov. Pat Quinn, Jan. 5, 2015; it applied to agencies under the Governor, including the Illinois State Police), heading and first four WHEREAS clauses, https://www.illinois.gov/government/executive-orders/executive-order.executive-order-number-2.2015.html (stored copy). The stored copy breaks off in the fifth WHEREAS clause, which was left out; the order's operative sections were not in the stored copy.",
}
BASE = {"GOALS": T.POS2018_GOALS, "POS2018": T.POS2018_MEMO, "DEFS": T.POS3838_DEFS, "ORDER": T.POS_ORDER_2026, "MSP": T.MSP,
        "MEMO25": T.POS2025_MEMO_B, "BART": T.BART, "ILEO": T.IL_EO}

def C(qo, qn, lab, tops, why):
    return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}

P = []   # (situation, old, new, changes, source)

# ---- GENUINE: Port of Seattle Res. 3747 (2018) -> Res. 3838 (2025), preambles
P.append(("neutral_rewrite", T.RES3747, T.RES3838, [
  C("A RESOLUTION of the Port of Seattle Commission establishing a Welcoming Port Policy Directive on increased engagement with, and support for, immigrant and refugee communities.",
    "A RESOLUTION of the Port of Seattle Commission, establishing a revised Welcoming Port Policy Directive and amending Resolution No. 3747, in order to demonstrate the Port\u2019s ongoing commitment to supporting immigrants, refugees, and international visitors in line with the Port\u2019s mission and values.",
    N, ["access_to_services"], "The title is recast for an amending resolution; it states purpose only and sets no rule on immigration enforcement."),
  C("protect the rights of, and uphold equity for, every King County residents", "protect the rights and uphold the dignity of every King County resident",
    N, ["access_to_services"], "A preamble value is reworded ('equity' to 'dignity') with no operative effect on officers."),
  C("WHEREAS, these principles hold especially true for immigrants, refugees, and international visitors; and", "",
    N, ["access_to_services"], "A recital is dropped; recitals create no duty or prohibition."),
  C("WHEREAS, the last year and a half has brought immigrant and refugee issues to the forefront", "WHEREAS, the Port not only has a moral obligation to support immigrant communities, but also an economic imperative",
    N, ["access_to_services"], "The 2018 recital about recent rhetoric is replaced by a recital about the Port's economic interest; both are findings, not rules."),
  C("since President Trump's Executive Order banning travel from seven Muslim-majority countries was put into effect on January 27, 2017", "in 2018, in response to changes in federal immigration policy, the Port of Seattle Commission passed Resolution No. 3747",
    N, ["access_to_services"], "The historical recital is updated to refer to the 2018 resolution; no change to what Port police do."),
 ], "GENUINE: two editions of the Port of Seattle's Welcoming Port Policy Directive resolution (the Port runs Seattle-Tacoma International Airport, the seaport and its own Police Department). OLD = Resolution No. 3747 (2018), title and first six WHEREAS clauses, https://meetings.portseattle.org/index.php?option=com_meetings&view=meetingattachment&fmt=html&id=36786 and https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2018/1767/2018_05_08_SM_8a_reso.html ; NEW = Resolution No. 3838 'establishing a revised Welcoming Port Policy Directive and amending Resolution No. 3747' (introduced Sept. 9, 2025; the Commission voted the updated policy on Oct. 28, 2025 per SeaTac Blog), caption, title and first five WHEREAS clauses, https://scctv-portals-pos.s3.us-west-2.amazonaws.com/attachments/2025/3157/2025_09_09_RM_10b_Resolution_Amending-the-Welcoming-Port-Policy-Directive-Reso-3838.html . Both stored copies break off inside the next WHEREAS clause and were cut at the end of the last complete clause; line numbers removed. Only the preambles could be read in both editions, so all changes are neutral."))

def K(key, situation, edits, changes, what):
    old = BASE[key]
    new = apply(old, edits)
    P.append((situation, old, new, changes, "CONSTRUCTED: " + SRC[key] + " NEW = OLD with " + what))

# ---- Port of Seattle 2018 memo (Port police)
x = ", or where the Chief of Police approves assistance to a federal immigration operation at a Port facility"
K("POS2018", "exception_added",
  [("except where state or federal law, regulation, or court order shall so require.", "except where state or federal law, regulation, or court order shall so require" + x + ".")],
  [C("", x, E, ["ice_cooperation", "raids_joint_operations", "supervisor_approval"], "A new exception lets Port police assist federal immigration operations whenever the Chief approves, narrowing the ban on spending resources on civil immigration enforcement.")],
  "a second exception added to the resource ban: '" + x[2:] + "'.")
K("POS2018", "exception_removed",
  [(", except where state or federal law, regulation, or court order shall so require.", ".")],
  [C(", except where state or federal law, regulation, or court order shall so require", "", L, ["ice_cooperation", "raids_joint_operations"], "The exception for assistance required by law, regulation or court order is deleted, so the ban on facilitating civil immigration enforcement has no exception.")],
  "the exception ', except where state or federal law, regulation, or court order shall so require' deleted.")
K("POS2018", "modal_change",
  [("The Port will continue to defer detainer requests", "The Port may defer detainer requests")],
  [C("The Port will continue to defer detainer requests", "The Port may defer detainer requests", E, ["detainers_holds"], "Deferring ICE/CBP detainer requests to King County becomes optional, so the Port could act on detainers itself.")],
  "'will continue to defer' changed to 'may defer'.")
K("POS2018", "list_item_removed",
  [("an individual\u2019s place of birth, citizenship or immigration status", "an individual\u2019s citizenship or immigration status")],
  [C("an individual\u2019s place of birth, citizenship or immigration status", "an individual\u2019s citizenship or immigration status", E, ["enforcement_authority", "status_inquiry"], "Place of birth is dropped from the grounds on which officers may not base police action, so action based solely on birthplace is no longer excluded.")],
  "'place of birth,' deleted from the list of grounds in the first bullet.")
x = "demanding passports, visas, green cards or other immigration documents from travelers or workers, "
K("POS2018", "list_item_added",
  [("or using stops for minor offenses", x + "or using stops for minor offenses")],
  [C("", x, L, ["document_requests"], "Demanding immigration documents from travelers or workers is added to the practices Port officers must not engage in.")],
  "an item added to the list of practices: '" + x.strip() + "'.")
x = "participating in any immigration enforcement operation, joint operation or task force that has civil immigration enforcement among its objectives"
K("POS2018", "scope_change",
  [("participating in civil immigration enforcement operations", x)],
  [C("participating in civil immigration enforcement operations", x, L, ["raids_joint_operations"], "The ban now reaches joint operations and task forces with any civil-immigration objective, not only civil immigration enforcement operations as such.")],
  "'participating in civil immigration enforcement operations' widened to '" + x + "'.")
K("POS2018", "reparagraphed",
  [("immigration status. Furthermore, no Port employee", "immigration status.\n\n\u2022 Furthermore, no Port employee")],
  [C("immigration status. Furthermore, no Port employee", "immigration status.\n\n\u2022 Furthermore, no Port employee", N, ["ice_cooperation"], "The resource ban is moved into its own bullet with identical words; no rule changes.")],
  "the sentence beginning 'Furthermore, no Port employee' moved into a separate bullet (words unchanged).")
o = "\u2022 The Port will continue to defer detainer requests from the U.S. Department of Homeland Security\u2019s Immigration and Customs Enforcement (ICE) or CBP to King County, as jails are in King County\u2019s jurisdiction."
n = "\u2022 Because jails fall within King County\u2019s jurisdiction, the Port will continue to refer to King County any detainer request it receives from the U.S. Department of Homeland Security\u2019s Immigration and Customs Enforcement (ICE) or CBP."
K("POS2018", "restated", [(o, n)],
  [C(o[2:], n[2:], N, ["detainers_holds"], "The same deferral of detainer requests to King County is stated in a different word order.")],
  "the detainer bullet reworded: '" + n[2:] + "'.")
x = "\u2022 Nothing in the preceding paragraphs restricts Port law enforcement officers from notifying ICE or CBP of a person\u2019s presence at a Port facility when a federal agency requests that information."
K("POS2018", "cross_clause", [("as jails are in King County\u2019s jurisdiction.", "as jails are in King County\u2019s jurisdiction.\n\n" + x)],
  [C("", x, E, ["ice_cooperation", "information_sharing"], "A new closing paragraph carves notifying ICE/CBP of a person's whereabouts out of the earlier ban on facilitating civil immigration enforcement.")],
  "a closing paragraph added: '" + x[2:] + "'.")
x1 = ", or using stops for minor offenses or requests for voluntary information as a pretext for discovering a person\u2019s immigration status"
x2 = " Port law enforcement officers shall not hold any person on an immigration detainer absent a judicial warrant."
K("POS2018", "mixed", [(x1, ""), ("as jails are in King County\u2019s jurisdiction.", "as jails are in King County\u2019s jurisdiction." + x2)],
  [C(x1, "", E, ["status_inquiry"], "The commitment not to use minor-offense stops or voluntary-information requests as a pretext to discover immigration status is deleted."),
   C("", x2.strip(), L, ["detainers_holds"], "A new sentence forbids Port officers to hold anyone on an immigration detainer without a judicial warrant.")],
  "the pretext clause ('" + x1[2:] + "') deleted and a sentence added to the detainer bullet: '" + x2.strip() + "'.")
x = " and the Port\u2019s General Counsel has confirmed that requirement in writing"
K("POS2018", "approval_added",
  [("except where state or federal law, regulation, or court order shall so require.", "except where state or federal law, regulation, or court order shall so require" + x + ".")],
  [C("", x.strip(), L, ["supervisor_approval", "ice_cooperation"], "The exception for legally required assistance now also needs written confirmation by the General Counsel, so it applies less often.")],
  "a written confirmation by the General Counsel added to the exception: '" + x.strip() + "'.")
K("POS2018", "scope_change",
  [("all employees \u2013 including Port law enforcement officers \u2013", "all employees \u2013 including Port law enforcement officers and contracted security personnel \u2013")],
  [C("including Port law enforcement officers \u2013", "including Port law enforcement officers and contracted security personnel \u2013", L, ["enforcement_authority", "status_inquiry"], "The no-pretext, no-status-based-action commitments are extended to contracted security staff at Port facilities.")],
  "'and contracted security personnel' added after 'Port law enforcement officers'.")
x = "no Port employee other than a Port law enforcement officer acting at the request of a federal agency shall expend"
K("POS2018", "scope_change", [("no Port employee shall expend", x)],
  [C("no Port employee shall expend", x, E, ["ice_cooperation", "raids_joint_operations"], "Port police acting at a federal agency's request are taken out of the ban on spending resources on civil immigration enforcement.")],
  "'no Port employee shall expend' changed to '" + x + "'.")

# ---- Port of Seattle Res. 3838 definitions
x = "A warrant of removal issued after a final order of removal is not an \u201cadministrative warrant\u201d for purposes of this Directive."
K("DEFS", "definition_change",
  [("and Form I-205 \u201cWarrant of Removal/Deportation,\u201d as well as predecessor and successor versions.", "as well as predecessor and successor versions. " + x)],
  [C("and Form I-205 \u201cWarrant of Removal/Deportation,\u201d", x, E, ["detainers_holds"], "Removal warrants are carved out of 'administrative warrant', so the Directive's limits on acting on administrative warrants no longer cover them.")],
  "the I-205 example deleted and a sentence added: '" + x + "'.")
K("DEFS", "list_item_removed",
  [("1. Civil immigration detention;\n2. Removal proceedings; or\n3. Removal from the United States.", "1. Civil immigration detention; or\n2. Removal from the United States.")],
  [C("2. Removal proceedings; or", "", E, ["raids_joint_operations"], "Operations aimed only at placing people in removal proceedings no longer count as civil immigration enforcement operations, so the Directive's limits cover fewer operations.")],
  "item 2 'Removal proceedings' deleted from the list and the list renumbered.")
x = "3. Expedited removal, reinstatement of removal or voluntary departure; or"
K("DEFS", "list_item_added",
  [("2. Removal proceedings; or\n3. Removal from the United States.", "2. Removal proceedings;\n" + x + "\n4. Removal from the United States.")],
  [C("", x, L, ["raids_joint_operations"], "Operations aimed at expedited removal, reinstatement or voluntary departure are added, widening what counts as a civil immigration enforcement operation the Port will not join.")],
  "a new item 3 added ('" + x[3:] + "'), 'or' moved and the last item renumbered 4.")
o = "Customs and Border Protection (CBP), or U.S. Citizenship and Immigration Services (USCIS) that can form"
n = "Customs and Border Protection (CBP), U.S. Citizenship and Immigration Services (USCIS), or any federal, state, or local officer exercising delegated federal immigration authority, that can form"
K("DEFS", "definition_change", [(o, n)],
  [C("or U.S. Citizenship and Immigration Services (USCIS) that", "U.S. Citizenship and Immigration Services (USCIS), or any federal, state, or local officer exercising delegated federal immigration authority, that", L, ["detainers_holds", "raids_joint_operations"], "Documents issued by officers with delegated (287(g)-type) immigration authority now also count as administrative warrants subject to the Directive's limits.")],
  "issuers widened to 'or any federal, state, or local officer exercising delegated federal immigration authority'.")
o = "ICE administrative warrant forms include the U.S. DHS form I-200 (Rev. 09/16) \u201cWarrant for Arrest of Alien\u201d and Form I-205 \u201cWarrant of Removal/Deportation,\u201d as well as predecessor and successor versions."
n = "Examples are DHS Form I-200 (Rev. 09/16), \u201cWarrant for Arrest of Alien,\u201d and Form I-205, \u201cWarrant of Removal/Deportation,\u201d together with their earlier and later versions."
K("DEFS", "neutral_rewrite", [(o, n)],
  [C(o, n, N, ["detainers_holds"], "The same examples of administrative warrant forms are listed in other words.")],
  "the sentence listing ICE forms reworded: '" + n + "'.")
x = " It does not include a person\u2019s place of birth, country of citizenship, or nationality."
K("DEFS", "definition_change", [("at the time an agent or agency receives the information.", "at the time an agent or agency receives the information." + x)],
  [C("", x.strip(), E, ["information_sharing", "status_inquiry"], "Birthplace and nationality are carved out of protected status information, so limits on collecting and sharing status data no longer reach them.")],
  "a sentence added to 'Citizenship or immigration status': '" + x.strip() + "'.")
K("DEFS", "definition_change", [("that has as one of its objectives", "that has as its primary objective")],
  [C("that has as one of its objectives", "that has as its primary objective", E, ["raids_joint_operations"], "Only operations whose primary objective is immigration enforcement now qualify, so mixed-purpose operations fall outside the Directive's limits.")],
  "'one of its objectives' changed to 'its primary objective'.")

# ---- Port of Seattle Order 2026-03
a = "consistent with Port policy."
x = "\u2022 Port employees, including Port Police officers, shall not provide federal immigration authorities with information about a worker\u2019s or traveler\u2019s location, work schedule, or identity for civil immigration enforcement purposes, except as required by a judicial warrant or court order."
K("ORDER", "rule_added", [(a, a + "\n\n" + x)],
  [C("", x[2:], L, ["information_sharing", "ice_cooperation"], "A new rule bars Port employees and police from giving ICE/CBP location or identity information for civil enforcement absent a judicial warrant or court order.")],
  "a bullet added under section 3: '" + x[2:] + "'.")
a = "to promote consistency in public-facing information and appropriate strategies."
x = "\u2022 The Port Police Department shall coordinate with U.S. Immigration and Customs Enforcement and U.S. Customs and Border Protection to provide perimeter security and traffic control for federal enforcement operations at Port facilities when requested."
K("ORDER", "rule_added", [(a, a + "\n\n" + x)],
  [C("", x[2:], E, ["raids_joint_operations", "ice_cooperation"], "Port police are directed to support ICE/CBP enforcement operations at Port facilities on request.")],
  "a bullet added under section 4: '" + x[2:] + "'.")
a = "consistent with Port policy."
x = "\u2022 No Port employee shall admit federal immigration officers to nonpublic areas of a Port facility for a civil immigration enforcement purpose without the prior written approval of the Executive Director or the Port\u2019s General Counsel."
K("ORDER", "approval_added", [(a, a + "\n\n" + x)],
  [C("", x[2:], L, ["supervisor_approval", "ice_cooperation"], "Admitting immigration officers to nonpublic areas now requires prior written approval by the Executive Director or General Counsel.")],
  "a bullet added under section 3: '" + x[2:] + "'.")
K("ORDER", "reparagraphed", [("to reduce confusion by the public.\n\n\u2022 The Executive Director shall ensure", "to reduce confusion by the public. The Executive Director shall ensure")],
  [C("to reduce confusion by the public.\n\n\u2022 The Executive Director shall ensure", "to reduce confusion by the public. The Executive Director shall ensure", N, ["ice_cooperation"], "The two section-3 bullets are merged into one paragraph with the same words.")],
  "the two bullets under section 3 merged into one paragraph (words unchanged).")
o = "to assess and verify reports of immigration enforcement activity at Port facilities in order to"
n = "to assess and verify reports of immigration enforcement activity at Port facilities, and to share verified reports, including the identities of persons named in them, with federal immigration authorities, in order to"
K("ORDER", "scope_change", [(o, n)],
  [C("", "and to share verified reports, including the identities of persons named in them, with federal immigration authorities,", E, ["information_sharing", "ice_cooperation"], "The confirmation protocol now passes verified reports and the identities in them to federal immigration authorities.")],
  "the protocol's purpose widened: 'and to share verified reports, including the identities of persons named in them, with federal immigration authorities,'.")
o1 = "\u2022 Training shall be conducted by qualified persons with expertise in immigration law and civil rights."
n1 = "\u2022 Persons qualified by expertise in immigration law and civil rights shall conduct the training."
o2 = "The Executive Director shall develop any necessary procedures, guidance, or training materials to implement this Order."
n2 = "The Executive Director shall develop the procedures, guidance, and training materials needed to implement this Order."
K("ORDER", "neutral_rewrite", [(o1, n1), (o2, n2)],
  [C(o1[2:], n1[2:], N, ["access_to_services"], "Who conducts training is restated in the active voice; no change to immigration enforcement."),
   C(o2, n2, N, ["access_to_services"], "The implementation duty is reworded with the same meaning.")],
  "two sentences reworded: '" + n1[2:] + "' and '" + n2 + "'.")

# ---- Michigan State Police
o = "unless such information is necessary as part of a criminal investigation."
n = "unless such information is relevant to any investigation or enforcement action."
K("MSP", "exception_changed", [(o, n)],
  [C("necessary as part of a criminal investigation", "relevant to any investigation or enforcement action", E, ["status_inquiry", "document_requests"], "The exception widens from status questions necessary to a criminal investigation to any relevant investigation or enforcement action.")],
  "the exception in the second point widened: '" + n + "'.")
K("MSP", "list_item_removed", [("shall not stop, interrogate, search, arrest or detain", "shall not arrest or detain")],
  [C("shall not stop, interrogate, search, arrest or detain", "shall not arrest or detain", E, ["detainers_holds", "enforcement_authority"], "Stopping, questioning and searching someone on the basis of an ICE administrative warrant or detainer are no longer forbidden.")],
  "'stop, interrogate, search,' deleted from the third point.")
o = "unless the inquiry relates to an on-going criminal investigation or the inquiry is related to obtaining services for immigration relief available to victims."
n = "unless the inquiry relates to an on-going criminal investigation, the inquiry is related to obtaining services for immigration relief available to victims, or the victim or witness is unable to produce a valid state-issued identification."
K("MSP", "list_item_added", [(o, n)],
  [C("", ", or the victim or witness is unable to produce a valid state-issued identification", E, ["status_inquiry", "document_requests"], "A third case is added to the exception, so troopers may ask victims or witnesses without state ID about their status.")],
  "a third exception added to the fourth point: 'or the victim or witness is unable to produce a valid state-issued identification' (and 'or' moved).")
x = ", unless it is necessary to identify the individual where an investigation reveals that an individual has committed a crime or civil infraction"
K("MSP", "exception_removed", [(x, "")],
  [C(x, "", L, ["status_inquiry", "enforcement_authority"], "The identification exception is deleted, so no stop or prolonged traffic stop may be used to establish citizenship status.")],
  "the exception '" + x[2:] + "' deleted from the first point.")
o = "Enforcement members shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire about"
n = "Enforcement members are not required to request proof of immigration status, citizenship or place of birth, or otherwise to inquire about"
K("MSP", "modal_change", [(o, n)],
  [C("shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire", "are not required to request proof of immigration status, citizenship or place of birth, or otherwise to inquire", E, ["status_inquiry", "document_requests"], "A prohibition becomes a mere absence of duty, so troopers may ask for status and papers at their discretion.")],
  "'shall not require proof ... or otherwise inquire' changed to 'are not required to request proof ... or otherwise to inquire'.")
o = "\u2022 Enforcement members shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire about a person's immigration status, unless such information is necessary as part of a criminal investigation."
n = "\u2022 Nothing in this policy prohibits enforcement members from requiring proof of immigration status, citizenship or place of birth, or from inquiring about a person's immigration status, when such information is necessary as part of a criminal investigation; in all other cases enforcement members shall not require such proof or make such an inquiry."
K("MSP", "double_negation", [(o, n)],
  [C(o[2:], n[2:], N, ["status_inquiry", "document_requests"], "Rewritten as 'nothing prohibits ... when necessary to a criminal investigation; otherwise shall not', which is the same rule and exception.")],
  "the second point rewritten with a 'nothing in this policy prohibits' clause: '" + n[2:] + "'.")
a = "(including forms I-200, I-205, I-274A, or I-203)."
x = "\u2022 When a records check returns an immigration administrative warrant or immigration detainer, the member may notify U.S. Immigration and Customs Enforcement of the individual's identity and location after the contact has concluded."
K("MSP", "rule_added", [(a, a + "\n\n" + x)],
  [C("", x[2:], E, ["ice_cooperation", "information_sharing"], "Troopers gain express permission to tell ICE who and where a person with an administrative warrant or detainer is.")],
  "a point added after the third: '" + x[2:] + "'.")
o = "unless such information is necessary as part of a criminal investigation."
n = "unless such information is necessary as part of a criminal investigation and the inquiry has been approved by a supervisor."
K("MSP", "approval_added", [(o, n)],
  [C("", "and the inquiry has been approved by a supervisor", L, ["supervisor_approval", "status_inquiry"], "Status inquiries within the criminal-investigation exception now also need a supervisor's approval.")],
  "a supervisor approval added to the exception in the second point.")
o = "\u2022 An individual shall not be stopped or detained, or a traffic stop prolonged, solely for the purpose of establishing an individual's citizenship status, unless it is necessary to identify the individual where an investigation reveals that an individual has committed a crime or civil infraction."
n = "\u2022 No individual shall be stopped or detained, and no traffic stop shall be prolonged, solely to establish that individual's citizenship status, except where it is necessary to identify the individual because an investigation reveals that the individual has committed a crime or civil infraction."
K("MSP", "restated", [(o, n)],
  [C(o[2:], n[2:], N, ["status_inquiry"], "The first point is restated with the same prohibition and the same identification exception.")],
  "the first point reworded: '" + n[2:] + "'.")
o = "Enforcement members shall not inquire about a crime victim's or witness' immigration status"
n = "Enforcement members shall not inquire about the immigration status of a crime victim, a witness, or any person who calls for police assistance or reports a crime,"
K("MSP", "scope_change", [(o, n)],
  [C("a crime victim's or witness' immigration status", "the immigration status of a crime victim, a witness, or any person who calls for police assistance or reports a crime,", L, ["status_inquiry"], "The no-inquiry rule now also protects anyone who calls for help or reports a crime.")],
  "the fourth point widened to 'any person who calls for police assistance or reports a crime'.")
a = "(including forms I-200, I-205, I-274A, or I-203)."
x = "\u2022 Enforcement members shall not participate in a joint operation or task force with U.S. Immigration and Customs Enforcement whose purpose is the enforcement of civil immigration law."
K("MSP", "rule_added", [(a, a + "\n\n" + x)],
  [C("", x[2:], L, ["raids_joint_operations"], "A new point bars troopers from joint operations or task forces with ICE aimed at civil immigration enforcement.")],
  "a point added after the third: '" + x[2:] + "'.")

# ---- Port of Seattle 2025 memo, item B
o = "to federal agencies operating in our facilities, to ensure that their interactions are fully understood by all travelers."
n = "to federal agencies operating in our facilities, including for interviews that U.S. Immigration and Customs Enforcement or U.S. Customs and Border Protection conduct with travelers or workers for civil immigration enforcement purposes."
K("MEMO25", "scope_change", [(o, n)],
  [C("to ensure that their interactions are fully understood by all travelers.", "including for interviews that U.S. Immigration and Customs Enforcement or U.S. Customs and Border Protection conduct with travelers or workers for civil immigration enforcement purposes.", E, ["ice_cooperation"], "Port interpreters are offered to ICE/CBP for civil immigration enforcement interviews, a new form of assistance.")],
  "the purpose of offering interpreters to federal agencies changed to '... including for interviews that ICE or CBP conduct with travelers or workers for civil immigration enforcement purposes'.")
o = "Bilingual and multilingual staff members may assist travelers and members of the public with language interpretation needs related to basic immigration resources, while ensuring professional interpreters are engaged in issues related to civil immigration law or other sensitive topics beyond their professional expertise."
n = "Bilingual and multilingual staff may help travelers and members of the public with interpretation needs concerning basic immigration resources, but professional interpreters are to be engaged for questions of civil immigration law and other sensitive topics beyond staff members\u2019 professional expertise."
K("MEMO25", "restated", [(o, n)],
  [C(o, n, N, ["access_to_services"], "The division of work between bilingual staff and professional interpreters is restated without change.")],
  "the last sentence of 2) reworded: '" + n + "'.")

# ---- BART
x = "NOW, THEREFORE, BE IT RESOLVED, That, except as required by federal or state law or court order, no District funds or resources shall be used to assist in the enforcement of federal immigration law, and no District employee, including any member of the BART Police Department, shall inquire into the immigration status of any rider or employee."
K("BART", "rule_added", [("buildings, and facilities; and", "buildings, and facilities; and\n\n" + x)],
  [C("", x, L, ["ice_cooperation", "status_inquiry"], "An operative clause is added barring District resources for immigration enforcement and status questions by BART police, save where law or a court requires.")],
  "an operative clause written by the set's author added after the recitals (it is not the resolution's real text): '" + x + "'.")
x = "NOW, THEREFORE, BE IT RESOLVED, That the BART Police Department shall not provide federal immigration authorities with information regarding the release status, date, or time of any individual in its custody, except as required by federal or state law or court order."
K("BART", "rule_added", [("buildings, and facilities; and", "buildings, and facilities; and\n\n" + x)],
  [C("", x, L, ["information_sharing", "detainers_holds"], "A new operative clause forbids BART police to share release information with immigration authorities unless law or a court requires it.")],
  "an operative clause written by the set's author added after the recitals (not the resolution's real text): '" + x + "'.")

# ---- Illinois EO 15-02
x = "THEREFORE, I hereby order as follows:\n\nI. No agency under the jurisdiction of the Governor, including the Illinois State Police, shall detain or continue to detain any individual solely on the basis of an immigration detainer or an administrative immigration warrant."
K("ILEO", "rule_added", [("unreasonable searches or seizures; and", "unreasonable searches or seizures; and\n\n" + x)],
  [C("", x.split("\n\n")[1], L, ["detainers_holds"], "An operative section bars state troopers and other executive agencies from holding anyone solely on an immigration detainer or administrative warrant.")],
  "an operative section written by the set's author added after the recitals (not the order's real text): '" + x.replace("\n\n", " ") + "'.")
x = "THEREFORE, I hereby order as follows:\n\nI. No officer of the Illinois State Police shall contact U.S. Immigration and Customs Enforcement regarding the immigration status of a person encountered during a traffic stop without the prior approval of a District Commander."
K("ILEO", "approval_added", [("unreasonable searches or seizures; and", "unreasonable searches or seizures; and\n\n" + x)],
  [C("", x.split("\n\n")[1], L, ["supervisor_approval", "ice_cooperation", "status_inquiry"], "Troopers may contact ICE about a motorist's status only with a District Commander's prior approval.")],
  "an operative section written by the set's author added after the recitals (not the order's real text): '" + x.replace("\n\n", " ") + "'.")

# ---- Port of Seattle 2018 goals (memo 8a)
o = "or collect information on citizenship or immigration status."
x = ", except when the information is required to advance a criminal investigation, other than an investigation in which the person is the victim of or a witness to the crime"
K("GOALS", "exception_to_exception", [(o, o[:-1] + x + ".")],
  [C("", x[2:], E, ["status_inquiry"], "A criminal-investigation exception is added to the ban on status questions by Port police; the carve-back for victims and witnesses narrows it, but the net effect is that more questioning is allowed than before.")],
  "an exception added to goal 2 with an exception of its own: '" + x[2:] + "'.")

out = []
for i, (sit, old, new, ch, src) in enumerate(P):
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "JT-%02d" % (i + 1), "situation": sit, "old": old, "new": new, "changes": ch,
         "label": pair_label(ch), "topics": tops, "source": src}
    check(p)
    out.append(p)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out), "pairs written")
