"""Builds ../pairs.jsonl (heldout40, prefix JQ). All OLD texts are real (bases.py); NEW = OLD + the stated edit."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import bases

SRC = {
 "LV": "Las Vegas Metropolitan Police Department (Nevada) Policy 4.166 on immigration (revised 2019 and 2023), as posted by LVMPD on X on Jan. 21, 2025 and reproduced 'in full' by KNPR on Jan. 22, 2025, https://knpr.org/2025-01-22/las-vegas-police-officers-will-not-enforce-immigration-violations-they-say (first two paragraphs, verbatim; the stored copy breaks off in the third paragraph on ICE notification at booking, so the text stops after the second paragraph)",
 "LA": "Los Alamos Police Department (New Mexico), procedure on encounters with foreign nationals ('Identification'), as reproduced in the Los Alamos Reporter, July 17, 2019, https://losalamosreporter.com/2019/07/17/los-alamos-police-department-rescinds-process-of-sending-jail-reports-to-ice/ (verbatim; the stored copy breaks off at the next paragraph, so the text stops after the Matricula Consular paragraph; the dash after 'Identification' typed as ' - ')",
 "LC": "Las Cruces Police Department (New Mexico) general order on undocumented foreign nationals (in effect since August 2011), as quoted in 'Las Cruces Police Department retains focus on local laws', SW Senior, 2017, https://swsenior.net/las-cruces-police-department-retains-focus-local-laws/ (verbatim, including the article's own lead-in sentences around the quoted general-order items; the stored copy breaks off in a fourth item, so the text stops after the third item)",
 "TA": "Tacoma Police Department (Washington), 'FAQs on Tacoma Police Department's Commitment to Public Safety and Adherence to RCW 10.93.160', updated January 28, 2025, https://cityoftacoma.org/cms/One.aspx?pageId=279346&portalId=169 (verbatim; the stored copy breaks off in the next question 'What agreements does the Tacoma Police Department ...', so the text stops before it)",
 "ME": "Mesa Police Department (Arizona) media release 'Response to SB 1070 Ruling', September 20, 2012, http://www.mesaaz.gov/police/MediaReleases/2012/ResponseToSB1070Ruling092012.aspx (full body, verbatim; contact footer omitted)",
 "AN": "Anaheim Police Department (California): Chief Raul Quezada's answers in 'Five questions on immigration for Anaheim PD Chief Raul Quezada', Behind the Badge OC, 2017, https://behindthebadge.com/?p=26053 (first two questions and answers, verbatim; the stored copy breaks off in the third answer)",
 "LB": "Long Beach Police Department (California) press release 'LBPD in compliance with TRUST Act; joins other law enforcement agencies with best practice modification', July 9, 2014, https://www.longbeach.gov/police/press-releases/lbpd-in-compliance-with-trust-act--joins-other-law-enforcement-agencies-with-best-practice-modification/ (subject line and body, verbatim; masthead and contact block omitted)",
 "LAF": "Los Angeles Police Department, 'Federal Immigration Enforcement and the LAPD: Frequently Asked Questions', May 16, 2017, stored copy https://docslib.org/doc/1584185/the-los-angeles-police-department-and-federal-immigration-enforcement-frequently-asked-questions-may-16-2017 (introduction and 'The LAPD' section, verbatim; cut before the page footer and the next section 'Federal Immigration Authorities')",
 "LV19": "Las Vegas Metropolitan Police Department announcement of Oct. 23, 2019 ending detention on federal immigration holds and suspending its jail 287(g) agreement, as reported by KLAS 8 News Now, https://www.8newsnow.com/news/local-news/court-ruling-gives-metro-police-authority-to-suspend-act-of-detaining-people-for-ice/ (full article body, verbatim)",
}

PAIRS = []
def P(situation, base, edits, changes, what):
    PAIRS.append((situation, base, edits, changes, what))

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- LVMPD 4.166 ----------------
P("exception_added", "LV",
  [("an immigration hold on any individuals on the grounds they are an undocumented immigrant.",
    "an immigration hold on any individuals on the grounds they are an undocumented immigrant, except that an immigration hold may be placed on an individual already booked into the Clark County Detention Center who is the subject of an ICE detainer.")],
  [("", "except that an immigration hold may be placed on an individual already booked into the Clark County Detention Center who is the subject of an ICE detainer", E, ["detainers_holds"],
    "An exception now lets officers place immigration holds on detained people with an ICE detainer, which the old flat prohibition did not allow.")],
  "an exception added to the 'will not ... place an immigration hold' sentence allowing holds on booked individuals who are the subject of an ICE detainer")

P("rule_added", "LV",
  [("with any and all law enforcement agencies to include ICE.",
    "with any and all law enforcement agencies to include ICE. Upon request, LVMPD will also provide ICE with the scheduled release date of any foreign-born individual in its custody.")],
  [("", "Upon request, LVMPD will also provide ICE with the scheduled release date of any foreign-born individual in its custody.", E, ["information_sharing", "ice_cooperation"],
    "A new duty to give ICE release dates of foreign-born inmates adds information sharing for immigration purposes.")],
  "a sentence added after the intelligence-sharing sentence: LVMPD will give ICE, on request, the release date of any foreign-born individual in custody")

P("restated", "LV",
  [("Although Nevada peace officers have the authority to assist in enforcing federal laws, LVMPD officers will not enforce immigration violations.",
    "LVMPD officers will not enforce immigration violations, even though Nevada peace officers have the authority to assist in enforcing federal laws."),
   ("Officers will not stop and question, detain, arrest, or place an immigration hold on any individuals on the grounds they are an undocumented immigrant.",
    "No officer will stop and question, detain, arrest, or place an immigration hold on an individual on the ground that the individual is an undocumented immigrant.")],
  [("Although Nevada peace officers have the authority to assist in enforcing federal laws, LVMPD officers will not enforce immigration violations.",
    "LVMPD officers will not enforce immigration violations, even though Nevada peace officers have the authority to assist in enforcing federal laws.", N, ["enforcement_authority"],
    "The clauses are reordered; the ban on enforcing immigration violations is unchanged."),
   ("Officers will not stop and question, detain, arrest, or place an immigration hold on any individuals on the grounds they are an undocumented immigrant.",
    "No officer will stop and question, detain, arrest, or place an immigration hold on an individual on the ground that the individual is an undocumented immigrant.", N, ["enforcement_authority", "detainers_holds"],
    "Same prohibition, restated in the singular with 'No officer will'.")],
  "the two operative sentences of the second paragraph reworded (clause order; 'Officers will not ... any individuals' -> 'No officer will ... an individual'); meaning unchanged")

P("scope_change", "LV",
  [("criminal intelligence regarding transnational organized crime and international terrorism with any and all law enforcement agencies to include ICE.",
    "criminal intelligence regarding international terrorism with any and all law enforcement agencies to include ICE.")],
  [("regarding transnational organized crime and international terrorism", "regarding international terrorism", L, ["information_sharing", "ice_cooperation"],
    "Intelligence sharing with agencies including ICE is narrowed to terrorism only, dropping transnational organized crime.")],
  "'transnational organized crime and' deleted from the intelligence-sharing sentence")

P("mixed", "LV",
  [("Citizens reporting suspected undocumented immigrants will be referred to the local ICE office.",
    "Citizens reporting suspected undocumented immigrants will be told that LVMPD does not take reports of immigration status."),
   ("Officers will not stop and question, detain, arrest,",
    "Officers will not detain, arrest,")],
  [("Citizens reporting suspected undocumented immigrants will be referred to the local ICE office.",
    "Citizens reporting suspected undocumented immigrants will be told that LVMPD does not take reports of immigration status.", L, ["ice_cooperation"],
    "Officers stop routing callers' tips about undocumented people to ICE."),
   ("Officers will not stop and question, detain, arrest,", "Officers will not detain, arrest,", E, ["status_inquiry", "enforcement_authority"],
    "Stopping and questioning someone because they are undocumented is no longer listed among the prohibited actions.")],
  "the ICE-referral sentence replaced by 'will be told that LVMPD does not take reports of immigration status'; 'stop and question,' deleted from the list of prohibited actions")

# ---------------- Los Alamos ----------------
P("scope_change", "LA",
  [("hold on any person NOT suspected of crimes, solely on the grounds", "hold on any person solely on the grounds")],
  [("hold on any person NOT suspected of crimes, solely on the grounds", "hold on any person solely on the grounds", L, ["enforcement_authority", "detainers_holds"],
    "The ban on stops, arrests and ICE holds for being undocumented now also protects people who are suspected of crimes.")],
  "'NOT suspected of crimes,' deleted from the prohibition, so it covers every person")

P("modal_change", "LA",
  [("Officers shall not request immigration documents but may consider them for purposes of identification.",
    "Officers may request immigration documents and may consider them for purposes of identification.")],
  [("Officers shall not request immigration documents but may consider them", "Officers may request immigration documents and may consider them", E, ["document_requests"],
    "A prohibition on asking for immigration documents becomes a permission.")],
  "'shall not request immigration documents but may' -> 'may request immigration documents and may'")

P("exception_removed", "LA",
  [("they may not ordinarily detain the vehicle's occupants", "they may not detain the vehicle's occupants")],
  [("they may not ordinarily detain the vehicle's occupants", "they may not detain the vehicle's occupants", L, ["enforcement_authority", "detainers_holds"],
    "Removing 'ordinarily' removes the implied room for extending a stop, e.g. to await immigration officers.")],
  "'ordinarily' deleted from the rule against detaining vehicle occupants beyond the time needed for the stop")

P("rule_added", "LA",
  [("nor is it sufficient evidence to establish reasonable suspicion of a person's immigration status.",
    "nor is it sufficient evidence to establish reasonable suspicion of a person's immigration status.\n\nOfficers and detention staff shall not provide booking reports, release dates, dates of birth or social security numbers of persons in custody to I.C.E. unless required by a court order.")],
  [("", "Officers and detention staff shall not provide booking reports, release dates, dates of birth or social security numbers of persons in custody to I.C.E. unless required by a court order.", L, ["information_sharing", "ice_cooperation"],
    "A new paragraph bars giving ICE booking and release information without a court order.")],
  "a new final paragraph forbidding officers and detention staff to give ICE booking reports, release dates and personal data without a court order")

P("reparagraphed", "LA",
  [("they shall comply with the following procedures:\n\nEnforcement of immigration laws", "they shall comply with the following procedures: Enforcement of immigration laws"),
   ("deportable foreign nationals. When Officers make a lawful stop", "deportable foreign nationals.\n\nWhen Officers make a lawful stop")],
  [("they shall comply with the following procedures:\n\nEnforcement of immigration laws", "they shall comply with the following procedures: Enforcement of immigration laws", N, ["enforcement_authority"],
    "The first two paragraphs are joined; the words are unchanged."),
   ("deportable foreign nationals. When Officers make a lawful stop", "deportable foreign nationals.\n\nWhen Officers make a lawful stop", N, ["enforcement_authority"],
    "The stop-duration sentence becomes its own paragraph; same words.")],
  "paragraph breaks moved: the stem and the first rule joined; the lawful-stop sentence split into its own paragraph; no words changed")

P("exception_added", "LA",
  [("The Mexican Consular ID Card is not an indication of a person's immigration status, nor is it sufficient evidence to establish reasonable suspicion of a person's immigration status.",
    "The Mexican Consular ID Card is not, by itself, an indication of a person's immigration status, but it may be considered with other factors in establishing reasonable suspicion of a person's immigration status.")],
  [("nor is it sufficient evidence to establish reasonable suspicion of a person's immigration status", "but it may be considered with other factors in establishing reasonable suspicion of a person's immigration status", E, ["status_inquiry", "document_requests"],
    "Presenting a consular ID may now count toward suspicion of unlawful status, which the old text ruled out."),
   ("is not an indication", "is not, by itself, an indication", E, ["status_inquiry", "document_requests"],
    "'By itself' lets the card count as an indication of status when combined with other facts.")],
  "the Matricula sentence changed: 'not, by itself, an indication' and 'may be considered with other factors in establishing reasonable suspicion' instead of 'nor is it sufficient evidence'")

# ---------------- Las Cruces ----------------
P("exception_changed", "LC",
  [("unless the person is in custody or is a suspect in an investigation for a non-immigration criminal violation.",
    "unless the person is in custody, is a suspect in an investigation for a non-immigration criminal violation, or is the driver or a passenger of a vehicle stopped for a traffic violation.")],
  [("unless the person is in custody or is a suspect in an investigation for a non-immigration criminal violation.",
    "unless the person is in custody, is a suspect in an investigation for a non-immigration criminal violation, or is the driver or a passenger of a vehicle stopped for a traffic violation.", E, ["status_inquiry", "document_requests"],
    "A new case is added to the exception to the ban on status questions, so officers may ask everyone in a stopped car.")],
  "a third case ('or is the driver or a passenger of a vehicle stopped for a traffic violation') added to the exception in the first item")

P("modal_change", "LC",
  [("• Commissioned employees may call federal immigration officials to the scene of a detention or investigation when the immigration status of an individual is discovered through the self-disclosure of the person stopped.",
    "• Commissioned employees shall not call federal immigration officials to the scene of a detention or investigation, even when the immigration status of an individual is discovered through the self-disclosure of the person stopped.")],
  [("Commissioned employees may call federal immigration officials to the scene of a detention or investigation when", "Commissioned employees shall not call federal immigration officials to the scene of a detention or investigation, even when", L, ["ice_cooperation"],
    "A permission to summon immigration officials becomes a prohibition.")],
  "second item: 'may call ... when' -> 'shall not call ..., even when'")

P("approval_added", "LC",
  [("• Commissioned employees may call federal immigration officials to the scene",
    "• With the prior approval of the on-duty shift commander, commissioned employees may call federal immigration officials to the scene")],
  [("", "With the prior approval of the on-duty shift commander,", L, ["supervisor_approval", "ice_cooperation"],
    "Calling immigration officials to a scene now needs a commander's prior approval.")],
  "'With the prior approval of the on-duty shift commander,' added at the start of the second item")

P("list_item_removed", "LC",
  [("• Commissioned employees shall not inquire about or seek proof of a person's immigration status unless the person is in custody or is a suspect in an investigation for a non-immigration criminal violation.\n\n", "")],
  [("• Commissioned employees shall not inquire about or seek proof of a person's immigration status unless the person is in custody or is a suspect in an investigation for a non-immigration criminal violation.", "", E, ["status_inquiry", "document_requests"],
    "The item forbidding status questions and demands for proof is deleted, leaving no such limit.")],
  "the first item (no inquiries into or proof of immigration status, with its exceptions) deleted")

P("list_item_added", "LC",
  [("for further follow up.",
    "for further follow up.\n\n• Commissioned employees shall not extend a detention beyond the time needed to resolve the original reason for the stop in order to await the arrival of federal immigration officials.")],
  [("", "• Commissioned employees shall not extend a detention beyond the time needed to resolve the original reason for the stop in order to await the arrival of federal immigration officials.", L, ["detainers_holds", "ice_cooperation"],
    "A new item bars holding people at the scene for immigration officials.")],
  "a fourth item added: no extending a detention to await federal immigration officials")

P("neutral_rewrite", "LC",
  [("• If the department receives a call for service regarding possible federal immigration law violations, the caller shall be referred to U.S. Immigration and Customs Enforcement (ICE) for further follow up.",
    "• A caller who reports possible federal immigration law violations to the department shall be referred to U.S. Immigration and Customs Enforcement (ICE) for further follow up."),
   ("LCPD employees are not authorized to detain or arrest any person solely on the basis of their nationality or ethnicity.",
    "No LCPD employee is authorized to detain or arrest a person solely because of that person's nationality or ethnicity.")],
  [("If the department receives a call for service regarding possible federal immigration law violations, the caller shall be referred", "A caller who reports possible federal immigration law violations to the department shall be referred", N, ["ice_cooperation"],
    "Same referral of callers to ICE, reworded."),
   ("LCPD employees are not authorized to detain or arrest any person solely on the basis of their nationality or ethnicity.", "No LCPD employee is authorized to detain or arrest a person solely because of that person's nationality or ethnicity.", N, ["enforcement_authority"],
    "Same prohibition, reworded.")],
  "the third item and the nationality/ethnicity sentence reworded without changing their effect")

# ---------------- Tacoma FAQ ----------------
P("exception_added", "TA",
  [("does not inquire into immigration status unless it is connected to a criminal investigation.",
    "does not inquire into immigration status unless it is connected to a criminal investigation or the officer has reason to believe the person has previously been deported.")],
  [("", "or the officer has reason to believe the person has previously been deported", E, ["status_inquiry"],
    "A second exception allows status inquiries about suspected prior deportees.")],
  "a second exception ('or the officer has reason to believe the person has previously been deported') added to the inquiry rule")

P("exception_changed", "TA",
  [("unless it is connected to a criminal investigation.", "unless immigration status is an element of the crime under investigation.")],
  [("unless it is connected to a criminal investigation.", "unless immigration status is an element of the crime under investigation.", L, ["status_inquiry"],
    "The exception narrows from any connection to a criminal investigation to cases where status is an element of the crime.")],
  "the inquiry exception narrowed: 'connected to a criminal investigation' -> 'an element of the crime under investigation'")

P("rule_removed", "TA",
  [(" Individuals cannot be detained solely for determining immigration status or held based on a civil immigration warrant or hold request.", "")],
  [("Individuals cannot be detained solely for determining immigration status or held based on a civil immigration warrant or hold request.", "", E, ["detainers_holds", "status_inquiry"],
    "The statement that no one is detained to determine status or held on civil warrants or holds is removed.")],
  "the sentence on detention for status determination and civil immigration warrants/holds deleted")

P("double_negation", "TA",
  [("or held based on a civil immigration warrant or hold request.",
    "or held based on a civil immigration warrant or hold request. Nothing in this answer prevents officers from sharing with federal immigration authorities immigration status information that was obtained during a criminal investigation.")],
  [("", "Nothing in this answer prevents officers from sharing with federal immigration authorities immigration status information that was obtained during a criminal investigation.", E, ["information_sharing"],
    "The 'nothing prevents' clause carves status information from criminal cases out of the ban on sharing with immigration authorities.")],
  "a 'Nothing in this answer prevents officers from sharing ...' sentence added to the third answer")

P("restated", "TA",
  [("Tacoma Police Department officers acting in their official capacity may not collect immigration status information or share it with federal immigration authorities for civil enforcement. Individuals cannot be detained solely for determining immigration status or held based on a civil immigration warrant or hold request.",
    "When acting in their official capacity, Tacoma Police Department officers are not permitted to collect immigration status information, nor to share it with federal immigration authorities for civil enforcement. No one may be detained solely to determine immigration status, and no one may be held on a civil immigration warrant or hold request.")],
  [("Tacoma Police Department officers acting in their official capacity may not collect immigration status information or share it with federal immigration authorities for civil enforcement.",
    "When acting in their official capacity, Tacoma Police Department officers are not permitted to collect immigration status information, nor to share it with federal immigration authorities for civil enforcement.", N, ["information_sharing", "status_inquiry"],
    "Same bar on collecting and sharing status information, reworded."),
   ("Individuals cannot be detained solely for determining immigration status or held based on a civil immigration warrant or hold request.",
    "No one may be detained solely to determine immigration status, and no one may be held on a civil immigration warrant or hold request.", N, ["detainers_holds"],
    "Same ban on detention and civil holds, reworded.")],
  "the third answer reworded sentence by sentence without changing its effect")

P("mixed", "TA",
  [("does not enforce civil federal immigration law.", "does not enforce civil or criminal federal immigration law."),
   ("may not collect immigration status information or share it with federal immigration authorities for civil enforcement.",
    "may not collect immigration status information for civil enforcement, but may share immigration status information already in department records with federal immigration authorities on request.")],
  [("does not enforce civil federal immigration law.", "does not enforce civil or criminal federal immigration law.", L, ["enforcement_authority"],
    "Non-enforcement now also covers criminal immigration law."),
   ("may not collect immigration status information or share it with federal immigration authorities for civil enforcement.",
    "may not collect immigration status information for civil enforcement, but may share immigration status information already in department records with federal immigration authorities on request.", E, ["information_sharing", "ice_cooperation"],
    "Sharing status information in records with immigration authorities becomes permitted on request.")],
  "'civil federal immigration law' -> 'civil or criminal federal immigration law'; the sharing ban replaced by permission to share status information already in records on request")

# ---------------- Mesa ----------------
P("modal_change", "ME",
  [("the officer will make the appropriate calls to Immigrations and Customs Enforcement (ICE) to verify their status.",
    "the officer may make the appropriate calls to Immigrations and Customs Enforcement (ICE) to verify their status.")],
  [("the officer will make the appropriate calls", "the officer may make the appropriate calls", L, ["ice_cooperation", "status_inquiry"],
    "Calling ICE to verify status changes from a required step to an optional one.")],
  "'the officer will make the appropriate calls to ... ICE' -> 'the officer may make ...'")

P("scope_change", "ME",
  [("If the detainee is not arrested, the officer would follow the direction of ICE to detain or release the person.",
    "If the detainee is not arrested, the officer would release the person and would not hold the person for ICE.")],
  [("the officer would follow the direction of ICE to detain or release the person.", "the officer would release the person and would not hold the person for ICE.", L, ["detainers_holds", "ice_cooperation"],
    "Officers stop holding non-arrested people at ICE's direction; they release them.")],
  "the sentence on following ICE's direction to detain or release a non-arrested detainee replaced by 'would release the person and would not hold the person for ICE'")

P("approval_added", "ME",
  [("the officer will make the appropriate calls to Immigrations and Customs Enforcement (ICE)",
    "the officer, after obtaining the approval of a supervisor, will make the appropriate calls to Immigrations and Customs Enforcement (ICE)")],
  [("", "after obtaining the approval of a supervisor,", L, ["supervisor_approval", "ice_cooperation"],
    "Status checks with ICE now need a supervisor's approval first.")],
  "'after obtaining the approval of a supervisor,' inserted before 'will make the appropriate calls to ICE'")

P("rule_added", "ME",
  [("If the suspect is being arrested, he or she would be booked as usual.",
    "If the suspect is being arrested, he or she would be booked as usual, and every person booked will be asked about his or her immigration status, with ICE notified of any person who states that he or she is not legally in the country.")],
  [("", "and every person booked will be asked about his or her immigration status, with ICE notified of any person who states that he or she is not legally in the country", E, ["status_inquiry", "ice_cooperation"],
    "A new booking-stage rule requires status questions for every arrestee and ICE notification.")],
  "a clause added to the booking sentence: every person booked is asked about immigration status and ICE is notified of admitted unlawful presence")

P("rule_added", "ME",
  [("If ICE is not available, the officer would follow Mesa Police policy for the documentation of the contact and forward the information to ICE.",
    "If ICE is not available, the officer would follow Mesa Police policy for the documentation of the contact and forward the information to ICE. An officer shall not prolong a detention to wait for a response from ICE; if ICE has not responded by the time the original reason for the stop is resolved, the detainee will be released.")],
  [("", "An officer shall not prolong a detention to wait for a response from ICE; if ICE has not responded by the time the original reason for the stop is resolved, the detainee will be released.", L, ["detainers_holds", "ice_cooperation"],
    "A new rule bars extending stops to await ICE and requires release once the stop's purpose is done.")],
  "a sentence added after the 'If ICE is not available' sentence: no prolonging a detention to wait for ICE; release when the stop's purpose is resolved")

P("cross_clause", "ME",
  [("is stopping the criminal activity that lead to the contact.",
    "is stopping the criminal activity that lead to the contact. The conditions described above for verifying a detainee's status with ICE do not apply to a person contacted in connection with criminal activity, whose status will be verified with ICE in every case.")],
  [("", "The conditions described above for verifying a detainee's status with ICE do not apply to a person contacted in connection with criminal activity, whose status will be verified with ICE in every case.", E, ["status_inquiry", "ice_cooperation"],
    "A sentence in the last paragraph lifts the earlier conditions (no ID, reasonable suspicion) on ICE status checks for anyone contacted about crime.")],
  "a sentence added at the end of the last paragraph that switches off the second paragraph's conditions for ICE status checks when a person is contacted about criminal activity")

P("scope_change", "ME",
  [("When a person is lawfully detained, has no presumptive identification and the officer has reasonable suspicion",
    "When a person is lawfully detained and the officer has reasonable suspicion")],
  [("When a person is lawfully detained, has no presumptive identification and the officer has reasonable suspicion", "When a person is lawfully detained and the officer has reasonable suspicion", E, ["status_inquiry", "ice_cooperation"],
    "Dropping the 'no presumptive identification' condition extends ICE status checks to people who do carry ID.")],
  "the condition 'has no presumptive identification' deleted from the status-check sentence")

# ---------------- Anaheim ----------------
P("exception_changed", "AN",
  [("Unless immigration status is an integral component of a particular investigation", "Unless immigration status is relevant to a particular investigation")],
  [("an integral component of a particular investigation", "relevant to a particular investigation", E, ["status_inquiry"],
    "The exception to the no-inquiry practice widens from 'integral component' to anything 'relevant'.")],
  "'an integral component of' -> 'relevant to' in the exception to the no-inquiry answer")

P("rule_removed", "AN",
  [(" APD also does not honor ICE Detainers — which can give federal immigration officers the ability to detain non-citizens who come in contact with local law enforcement — received for those arrested and in our custody.", "")],
  [("APD also does not honor ICE Detainers — which can give federal immigration officers the ability to detain non-citizens who come in contact with local law enforcement — received for those arrested and in our custody.", "", E, ["detainers_holds"],
    "The statement that APD does not honor ICE detainers is removed.")],
  "the sentence 'APD also does not honor ICE Detainers ...' deleted")

P("scope_change", "AN",
  [("during their contacts in the field and when conducting traffic enforcement.", "during their contacts in the field, when conducting traffic enforcement, or when booking arrestees into our jail.")],
  [("during their contacts in the field and when conducting traffic enforcement.", "during their contacts in the field, when conducting traffic enforcement, or when booking arrestees into our jail.", L, ["status_inquiry"],
    "The no-inquiry practice now also covers jail booking.")],
  "'or when booking arrestees into our jail' added to the settings where status is not asked")

P("neutral_rewrite", "AN",
  [("the Anaheim Police Department is not charged with and does not engage in the enforcement of immigration laws. That is the responsibility and purview of the federal government.",
    "the enforcement of immigration laws is the responsibility and purview of the federal government; the Anaheim Police Department is not charged with that task and does not engage in it.")],
  [("the Anaheim Police Department is not charged with and does not engage in the enforcement of immigration laws. That is the responsibility and purview of the federal government.",
    "the enforcement of immigration laws is the responsibility and purview of the federal government; the Anaheim Police Department is not charged with that task and does not engage in it.", N, ["enforcement_authority"],
    "The same statement with its two parts reversed.")],
  "the 'not charged with and does not engage in' sentence pair restructured into one sentence; same meaning")

# ---------------- Long Beach ----------------
P("approval_removed_or_weakened", "LB",
  [("modifying its policy to require judicial review in order to honor federal immigration detainment requests.",
    "modifying its policy to require the approval of the Watch Commander in order to honor federal immigration detainment requests.")],
  [("to require judicial review in order to honor", "to require the approval of the Watch Commander in order to honor", E, ["detainers_holds", "supervisor_approval"],
    "Detainers could be honored on an internal commander's approval instead of judicial review, a weaker condition.")],
  "'judicial review' -> 'the approval of the Watch Commander' as the condition for honoring detainment requests")

P("rule_added", "LB",
  [("in order to honor federal immigration detainment requests.",
    "in order to honor federal immigration detainment requests. The Department will also decline ICE requests for notification of an arrestee's release date.")],
  [("", "The Department will also decline ICE requests for notification of an arrestee's release date.", L, ["information_sharing", "detainers_holds"],
    "ICE release-date notification requests will no longer be answered.")],
  "a sentence added: the Department will decline ICE requests for notification of release dates")

P("reparagraphed", "LB",
  [("since its enactment on January 1, 2014. The Department announced", "since its enactment on January 1, 2014.\n\nThe Department announced"),
   ("clarifying the TRUST Act requirements. A federal court", "clarifying the TRUST Act requirements.\n\nA federal court")],
  [("since its enactment on January 1, 2014. The Department announced", "since its enactment on January 1, 2014.\n\nThe Department announced", N, ["detainers_holds"],
    "A paragraph break is added; the detainer sentence is unchanged."),
   ("clarifying the TRUST Act requirements. A federal court", "clarifying the TRUST Act requirements.\n\nA federal court", N, ["detainers_holds"],
    "The liability explanation moves to its own paragraph; same words.")],
  "two paragraph breaks added (before 'The Department announced' and before 'A federal court'); words unchanged")

P("exception_to_exception", "LB",
  [("modifying its policy to require judicial review in order to honor federal immigration detainment requests.",
    "modifying its policy to require judicial review in order to honor federal immigration detainment requests, except that no judicial review will be required for an arrestee who has a prior conviction for a serious or violent felony.")],
  [("", "except that no judicial review will be required for an arrestee who has a prior conviction for a serious or violent felony", E, ["detainers_holds"],
    "An exception to the judicial-review condition lets detainers be honored for some arrestees without it.")],
  "an exception to the judicial-review condition for arrestees with a prior serious or violent felony conviction")

# ---------------- LAPD FAQ ----------------
P("scope_change", "LAF",
  [("may arrest criminal suspects wanted for violating criminal provisions of federal immigration law",
    "may arrest persons wanted for violating criminal or civil provisions of federal immigration law")],
  [("may arrest criminal suspects wanted for violating criminal provisions of federal immigration law", "may arrest persons wanted for violating criminal or civil provisions of federal immigration law", E, ["enforcement_authority"],
    "Arrests may now be made for civil immigration violations too.")],
  "'criminal suspects wanted for violating criminal provisions' -> 'persons wanted for violating criminal or civil provisions'")

P("exception_removed", "LAF",
  [("Although in some cases LAPD officers may arrest criminal suspects wanted for violating criminal provisions of federal immigration law, the Department does not take on",
    "LAPD officers do not arrest persons for violating criminal provisions of federal immigration law, and the Department does not take on")],
  [("Although in some cases LAPD officers may arrest criminal suspects wanted for violating criminal provisions of federal immigration law,",
    "LAPD officers do not arrest persons for violating criminal provisions of federal immigration law,", L, ["enforcement_authority"],
    "The carve-out allowing arrests for criminal immigration offenses is replaced by a statement that officers do not make them.")],
  "the 'Although in some cases LAPD officers may arrest ...' clause replaced by 'LAPD officers do not arrest persons for violating criminal provisions ...'")

P("restated", "LAF",
  [("The LAPD is neither responsible for, nor has the authority to, enforce federal civil immigration laws which are used to detain and remove undocumented immigrants from the United States. Therefore, the LAPD does not serve as a civil immigration enforcement agency for the federal government.",
    "Federal civil immigration laws, which are used to detain and remove undocumented immigrants from the United States, are not the LAPD's responsibility, and the LAPD has no authority to enforce them. For that reason the LAPD does not act as a civil immigration enforcement agency for the federal government.")],
  [("The LAPD is neither responsible for, nor has the authority to, enforce federal civil immigration laws which are used to detain and remove undocumented immigrants from the United States.",
    "Federal civil immigration laws, which are used to detain and remove undocumented immigrants from the United States, are not the LAPD's responsibility, and the LAPD has no authority to enforce them.", N, ["enforcement_authority"],
    "Same statement of no responsibility or authority, restructured."),
   ("Therefore, the LAPD does not serve as a civil immigration enforcement agency", "For that reason the LAPD does not act as a civil immigration enforcement agency", N, ["enforcement_authority"],
    "Same conclusion in other words.")],
  "the first two sentences of the last paragraph reworded; same meaning")

P("rule_added", "LAF",
  [("unrelated to investigating and enforcing criminal violations.",
    "unrelated to investigating and enforcing criminal violations. LAPD personnel will not participate in joint operations or task forces whose purpose is civil immigration enforcement.")],
  [("", "LAPD personnel will not participate in joint operations or task forces whose purpose is civil immigration enforcement.", L, ["raids_joint_operations"],
    "A new ban on joining civil-immigration joint operations or task forces.")],
  "a sentence added at the end: no participation in joint operations or task forces for civil immigration enforcement")

# ---------------- LVMPD 2019 ----------------
P("exception_added", "LV19",
  [("concluded that it would no longer honor federal immigration detainers for civil immigration violations.",
    "concluded that it would no longer honor federal immigration detainers for civil immigration violations, except for inmates charged with a violent felony.")],
  [("", "except for inmates charged with a violent felony", E, ["detainers_holds"],
    "Detainers would still be honored for inmates charged with violent felonies.")],
  "an exception 'except for inmates charged with a violent felony' added to the decision not to honor detainers")

P("approval_added", "LV19",
  [("LVMPD will, however, continue to work with ICE at the Clark County Detention Center",
    "LVMPD will, however, with the approval of the Detention Services Division commander in each case, continue to work with ICE at the Clark County Detention Center")],
  [("", "with the approval of the Detention Services Division commander in each case,", L, ["supervisor_approval", "ice_cooperation"],
    "Each instance of working with ICE on a removal now needs a commander's approval.")],
  "'with the approval of the Detention Services Division commander in each case,' inserted in the sentence on continued work with ICE at the jail")

P("mixed", "LV19",
  [("LVMPD will, however, continue to work with ICE at the Clark County Detention Center in removing persons without legal status who have committed violent crimes.",
    "LVMPD will, however, continue to work with ICE at the Clark County Detention Center in removing persons without legal status who have been convicted of violent crimes."),
   ("On Oct. 22, 2019, LVMPD gave notice to ICE that it was suspending the agreement.",
    "On Oct. 22, 2019, LVMPD gave notice to ICE that it was suspending the agreement, except for the screening of inmates by 287(g)-trained officers at booking.")],
  [("who have committed violent crimes.", "who have been convicted of violent crimes.", L, ["ice_cooperation"],
    "Cooperation with ICE removals is limited to people convicted, not merely accused."),
   ("", "except for the screening of inmates by 287(g)-trained officers at booking", E, ["raids_joint_operations", "status_inquiry"],
    "The 287(g) booking screening survives the suspension, keeping immigration screening in the jail.")],
  "'have committed' -> 'have been convicted of'; an exception keeping 287(g) screening at booking added to the suspension sentence")

# ---------------- build ----------------
out = []
for i, (sit, base, edits, changes, what) in enumerate(PAIRS, 1):
    old = getattr(bases, base)
    new = apply(old, edits)
    ch = [dict(quote_old=a, quote_new=b, label=c, topics=d, why=e) for a, b, c, d, e in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = dict(id="JQ-%02d" % i, situation=sit, old=old, new=new, changes=ch, label=pair_label(ch), topics=tops,
             source="CONSTRUCTED: OLD = real text, %s. NEW = OLD with %s (edit written for this set; not a published version)." % (SRC[base], what))
    check(p)
    assert 800 <= len(old) <= 4000 and 800 <= len(new) <= 4000, (p["id"], len(old), len(new))
    out.append(p)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in out:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out), "pairs")
