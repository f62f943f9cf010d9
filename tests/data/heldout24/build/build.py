import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import FRAM, EH, BRK, MONT, CHEL
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
SRC = {
 "FRAM": "Framingham (MA) Police Department, Policy on Enforcement of Immigration Laws #200-15 (issued 02/2008, effective 02/04/2008), 'Policy Statement', definitions and '1. Policy Description', as reproduced at http://www.abetterframingham.org/police-illegal-policy.html (stored copy; cut after the first paragraph of Policy Description because the stored copy breaks off inside the next sentence; bullets of the definitions flattened)",
 "EH": "East Haven (CT) Police Department, Policies & Procedures No. 428.2 'Secure Communities Program' (issued June 10, 2014, effective July 1, 2014; rescinds 428.1), sections I, II and first paragraph of III, from https://ru.scribd.com/document/336312641/east-havensecure-communities-program-effective-07-01-2014 (stored copy; cut at the end of the first paragraph of III because the copy breaks off there)",
 "BRK": "Town of Brookline (MA) Board of Selectmen, 'Proposed Vote ... Policy on Immigration and Customs Enforcement Detainers and Related Immigration Enforcement Actions' as of February 28, 2017 (policies to be embodied in Brookline Police Department General Orders), preamble, I, II and III.1, from https://pt.scribd.com/document/340962066/Brookline-Proposed (stored copy; footnote markers i/ii dropped; cut before III.2 because the copy breaks off inside it)",
 "MONT": "Monterey County (CA) Sheriff's Office General Order No. 14-01 'Detention of Undocumented Persons' (effective 01/31/2014), header, I, II and III.A, from http://www.docstoc.com/docs/166631082/TRUST%20ACT%20POLICY (stored copy; cut before III.B because the copy breaks off inside it)",
 "CHEL": "Chelsea (MA) Police Department Manual Policy No. 1.33 (General Order 2017-03, effective August 1, 2017), header and I. Purpose and Scope (first three paragraphs), from https://assets.documentcloud.org/documents/5776607/1-33-the-Role-of-CPD-With-the-DHS-S-Comm-Program.txt (stored copy; the run-on scan split into paragraphs at sentence boundaries; cut before the sentence that breaks off)",
}
TXT = {"FRAM": FRAM, "EH": EH, "BRK": BRK, "MONT": MONT, "CHEL": CHEL}
P = []
def add(key, sit, edits, changes, what):
    P.append((key, sit, edits, changes, what))
def C(qo, qn, lab, tops, why):
    return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}

# ---------------- Framingham ----------------
add("FRAM", "scope_change",
 [("federal criminal law (excluding federal immigration law)", "federal criminal law (including federal immigration law)")],
 [C("federal criminal law (excluding federal immigration law)", "federal criminal law (including federal immigration law)", E, ["status_inquiry", "enforcement_authority"],
    "The permission to investigate a person's status now extends to investigations of federal immigration law itself.")],
 "in the second paragraph of the Policy Statement, '(excluding federal immigration law)' changed to '(including federal immigration law)'.")
add("FRAM", "list_item_removed",
 [("investigation of state criminal law, state motor vehicle law, federal criminal law", "investigation of state criminal law, federal criminal law")],
 [C("state criminal law, state motor vehicle law, federal criminal law", "state criminal law, federal criminal law", L, ["status_inquiry"],
    "Motor vehicle investigations are struck from the list of investigations in which officers may look into immigration status, so traffic stops no longer justify it.")],
 "'state motor vehicle law' deleted from the list of investigations that permit a status inquiry.")
add("FRAM", "approval_added",
 [("A member of the Department may investigate a person's immigration or travel status if", "A member of the Department may, with the prior approval of a shift supervisor, investigate a person's immigration or travel status if")],
 [C("A member of the Department may investigate", "A member of the Department may, with the prior approval of a shift supervisor, investigate", L, ["supervisor_approval", "status_inquiry"],
    "A status investigation that an officer could start alone now needs a shift supervisor's prior approval.")],
 "'with the prior approval of a shift supervisor' inserted into the permission to investigate status.")
add("FRAM", "modal_change",
 [("shall not undertake immigration-related investigations and shall not routinely inquire into", "is not required to undertake immigration-related investigations or to routinely inquire into")],
 [C("shall not undertake immigration-related investigations and shall not routinely inquire into", "is not required to undertake immigration-related investigations or to routinely inquire into", E, ["enforcement_authority", "status_inquiry"],
    "A prohibition on immigration investigations and routine status questions becomes a mere absence of duty, leaving officers free to do both.")],
 "in Policy Description, 'shall not undertake ... and shall not routinely inquire' changed to 'is not required to undertake ... or to routinely inquire'.")
add("FRAM", "neutral_rewrite",
 [("Enforcing federal immigration law is not a mission of the Framingham Police. Accordingly,", "The Framingham Police do not have the enforcement of federal immigration law as a mission. For that reason,"),
  ("A person may file a police report, participate in police-community activities, or otherwise benefit from the police services without regard to his/her immigration status.", "Without regard to his/her immigration status, a person may file a police report, take part in police-community activities, or otherwise benefit from police services.")],
 [C("Enforcing federal immigration law is not a mission of the Framingham Police. Accordingly,", "The Framingham Police do not have the enforcement of federal immigration law as a mission. For that reason,", N, ["enforcement_authority"],
    "The same statement of mission, reworded."),
  C("A person may file a police report, participate in police-community activities, or otherwise benefit from the police services without regard to his/her immigration status.", "Without regard to his/her immigration status, a person may file a police report, take part in police-community activities, or otherwise benefit from police services.", N, ["access_to_services"],
    "The same guarantee of services regardless of status with the clauses reordered.")],
 "two sentences reworded without changing their meaning (negative control).")
add("FRAM", "rule_added",
 [("without regard to his/her immigration status.\n\n", "without regard to his/her immigration status.\n\nNo member of the Department shall demand or seize a person's Documents for the sole purpose of determining the person's immigration status or of delivering the Documents to ICE.\n\n")],
 [C("", "No member of the Department shall demand or seize a person's Documents for the sole purpose of determining the person's immigration status or of delivering the Documents to ICE.", L, ["document_requests", "ice_cooperation"],
    "A new prohibition bars demanding or seizing passports and other documents to check status or hand them to ICE.")],
 "a new paragraph added prohibiting the demand or seizure of Documents (a term the policy already defines) for immigration purposes.")
add("FRAM", "double_negation",
 [("Accordingly, it is not appropriate for a member of the Department to inquire about, or investigate a non-citizen's immigration or travel status if the sole purpose is to", "Accordingly, nothing in this policy shall be read to make it inappropriate for a member of the Department to inquire about, or investigate a non-citizen's immigration or travel status where the purpose is to")],
 [C("it is not appropriate for a member of the Department to inquire about, or investigate a non-citizen's immigration or travel status if the sole purpose is to", "nothing in this policy shall be read to make it inappropriate for a member of the Department to inquire about, or investigate a non-citizen's immigration or travel status where the purpose is to", E, ["status_inquiry", "ice_cooperation"],
    "The bar on status inquiries made solely to find unlawful presence or help ICE deport is turned, through a double negative, into an express allowance.")],
 "the first Policy Statement prohibition rewritten as 'nothing in this policy shall be read to make it inappropriate ...'.")
add("FRAM", "exception_added",
 [("with the exceptions listed below in Section A.", "with the exceptions listed below in Section A, and except that officers may ask any person who cannot produce a driver's license or other Documents whether he or she is lawfully present in the United States.")],
 [C("with the exceptions listed below in Section A.", "with the exceptions listed below in Section A, and except that officers may ask any person who cannot produce a driver's license or other Documents whether he or she is lawfully present in the United States.", E, ["status_inquiry", "document_requests"],
    "A new exception lets officers ask anyone without a license or ID about lawful presence, which widens status questioning.")],
 "an exception added to the Policy Description prohibition for persons who cannot produce a license or Documents.")

# ---------------- East Haven ----------------
add("EH", "exception_changed",
 [("when formally requested as part of an on-going criminal investigation, or from", "when requested, or from")],
 [C("when formally requested as part of an on-going criminal investigation", "when requested", E, ["ice_cooperation"],
    "Help to ICE, once limited to formal requests in criminal investigations, is allowed on any request, including civil immigration matters.")],
 "the exception in II.B widened: 'when formally requested as part of an on-going criminal investigation' reduced to 'when requested'.")
add("EH", "exception_removed",
 [(" when formally requested as part of an on-going criminal investigation, or from notifying those federal officials in serious situations where a threat to public safety or national security is perceived, as set forth", " when formally requested as part of an on-going criminal investigation, as set forth")],
 [C(", or from notifying those federal officials in serious situations where a threat to public safety or national security is perceived", "", L, ["information_sharing", "ice_cooperation"],
    "The exception allowing officers to notify ICE on their own when they see a threat to public safety or national security is gone.")],
 "the notification limb of the exception in II.B deleted.")
add("EH", "scope_change",
 [("in serious situations where a threat to public safety or national security is perceived", "in any situation where a person is suspected of being unlawfully present in the United States")],
 [C("in serious situations where a threat to public safety or national security is perceived", "in any situation where a person is suspected of being unlawfully present in the United States", E, ["information_sharing", "ice_cooperation"],
    "Notifying ICE is no longer limited to serious threats and now covers anyone suspected of being unlawfully present.")],
 "the trigger for notifying ICE in II.B changed from serious threats to any suspected unlawful presence.")
add("EH", "approval_added",
 [("when formally requested as part of an on-going criminal investigation, or from", "when formally requested as part of an on-going criminal investigation and approved by the Chief of Police or his designee, or from")],
 [C("", " and approved by the Chief of Police or his designee", L, ["supervisor_approval", "ice_cooperation"],
    "Helping ICE on a formal request now also needs the Chief's approval.")],
 "'and approved by the Chief of Police or his designee' inserted in II.B.")
add("EH", "reparagraphed",
 [("A. The enforcement of the nations civil immigration laws is the responsibility of the federal government. Accordingly, the East Haven", "A. The enforcement of the nations civil immigration laws is the responsibility of the federal government.\n\nAccordingly, the East Haven")],
 [C("federal government. Accordingly, the East Haven", "federal government.\n\nAccordingly, the East Haven", N, ["enforcement_authority"],
    "The same two sentences are only split into separate paragraphs.")],
 "II.A split into two paragraphs at the sentence boundary; no words changed (negative control).")
add("EH", "modal_change",
 [("shall not undertake immigration-related investigations and shall not routinely inquire", "should not ordinarily undertake immigration-related investigations and should not routinely inquire")],
 [C("shall not undertake immigration-related investigations and shall not routinely inquire", "should not ordinarily undertake immigration-related investigations and should not routinely inquire", E, ["enforcement_authority", "status_inquiry"],
    "A firm prohibition is softened to guidance ('should not ordinarily'), leaving officers discretion to undertake immigration investigations.")],
 "'shall not undertake ... shall not routinely inquire' changed to 'should not ordinarily undertake ... should not routinely inquire'.")
add("EH", "cross_clause",
 [("proactive community policing services to everyone in our community.", "proactive community policing services to everyone in our community. The cooperation and notification permitted by Section II.B do not include holding any person on an immigration detainer or administrative immigration warrant in the absence of a warrant signed by a judge.")],
 [C("", "The cooperation and notification permitted by Section II.B do not include holding any person on an immigration detainer or administrative immigration warrant in the absence of a warrant signed by a judge.", L, ["detainers_holds", "ice_cooperation"],
    "A sentence in Section III narrows the exception in II.B so that it can no longer be used to hold people on detainers without a judicial warrant.")],
 "a sentence added to III that limits the cooperation exception in II.B.")
add("EH", "mixed",
 [("The purpose of this directive is to set forth the policies and procedures of the East Haven Police Department regarding", "This directive sets out the policies and procedures of the East Haven Police Department concerning"),
  ("values the diversity of the community it serves.", "values the diverse community that it serves."),
  ("shall not routinely inquire into the specific immigration status of any person(s) encountered during normal police operations.", "shall not routinely inquire into the specific immigration status of any person(s) encountered during normal police operations, and shall not stop or detain any person for the sole purpose of determining that person's immigration status.")],
 [C("The purpose of this directive is to set forth the policies and procedures of the East Haven Police Department regarding", "This directive sets out the policies and procedures of the East Haven Police Department concerning", N, ["enforcement_authority"],
    "Purpose statement reworded without effect."),
  C("values the diversity of the community it serves.", "values the diverse community that it serves.", N, ["access_to_services"],
    "Same statement of values in other words."),
  C("", ", and shall not stop or detain any person for the sole purpose of determining that person's immigration status", L, ["enforcement_authority", "status_inquiry"],
    "A new express ban on stops or detentions made only to determine immigration status.")],
 "purpose and values sentences reworded (neutral) and a ban on stops/detentions solely to determine status appended to II.A.")

# ---------------- Brookline ----------------
add("BRK", "exception_added",
 [("with the U.S. Attorney General, Immigration and Customs Enforcement, or any other federal agency for the performance by local law enforcement or other personnel of federal immigration law enforcement functions, including those specified in section 287(a) of the INA.",
   "with the U.S. Attorney General, Immigration and Customs Enforcement, or any other federal agency for the performance by local law enforcement or other personnel of federal immigration law enforcement functions, including those specified in section 287(a) of the INA, except an agreement approved by the Board of Selectmen after a public hearing.")],
 [C("", ", except an agreement approved by the Board of Selectmen after a public hearing", E, ["raids_joint_operations", "enforcement_authority"],
    "The flat ban on 287(g) agreements now has an exception, so such an agreement becomes possible with Board approval.")],
 "an exception for agreements approved by the Board after a public hearing added to the 287(g) prohibition in II.")
add("BRK", "exception_changed",
 [("unless the question pertains to a criminal investigation and the person has been read their Miranda rights.", "unless the question pertains to a criminal investigation or the person has been read their Miranda rights.")],
 [C("pertains to a criminal investigation and the person has been read", "pertains to a criminal investigation or the person has been read", E, ["status_inquiry"],
    "The two conditions of the exception become alternatives, so any arrestee who has been Mirandized can be asked about status even when it has no bearing on a criminal investigation.")],
 "'and' changed to 'or' between the two conditions of the exception in III.1.")
add("BRK", "scope_change",
 [("No person arrested shall be asked their immigration status", "No person, whether or not arrested, shall be asked their immigration status")],
 [C("No person arrested shall be asked", "No person, whether or not arrested, shall be asked", L, ["status_inquiry"],
    "The ban on asking about status, once limited to arrestees, now covers everyone officers deal with.")],
 "the ban on status questions in III.1 extended from arrestees to all persons.")
add("BRK", "rule_removed",
 [("INA); the Department and the Town of Brookline shall not enter into any memorandum of understanding or other agreement, written or oral, under section 287(g) of the INA, with the U.S. Attorney General, Immigration and Customs Enforcement, or any other federal agency for the performance by local law enforcement or other personnel of federal immigration law enforcement functions, including those specified in section 287(a) of the INA.", "INA).")],
 [C("the Department and the Town of Brookline shall not enter into any memorandum of understanding or other agreement, written or oral, under section 287(g) of the INA", "", E, ["raids_joint_operations"],
    "The ban on entering 287(g) or similar agreements with ICE is deleted.")],
 "the second clause of II (ban on 287(g) agreements) deleted.")
add("BRK", "restated",
 [("No Brookline Police Officer or other Brookline Police Department personnel shall be authorized to perform any federal immigration law enforcement functions", "Brookline Police Officers and other Brookline Police Department personnel are not authorized to perform any federal immigration law enforcement functions"),
  ("hereby adopts the following policies relative to the Brookline Police Department", "hereby adopts the following policies concerning the Brookline Police Department")],
 [C("No Brookline Police Officer or other Brookline Police Department personnel shall be authorized to perform", "Brookline Police Officers and other Brookline Police Department personnel are not authorized to perform", N, ["enforcement_authority"],
    "The same denial of immigration enforcement authority, phrased positively."),
  C("policies relative to the Brookline Police Department", "policies concerning the Brookline Police Department", N, ["enforcement_authority"],
    "A wording change in the preamble with no effect.")],
 "two clauses reworded without changing their meaning (negative control).")
add("BRK", "mixed",
 [("1. All persons arrested shall be informed that if they are a foreign national they have the right to request the Department to contact their consulate. No person arrested", "1. No person arrested"),
  (" unless the question pertains to a criminal investigation and the person has been read their Miranda rights.", " unless the question pertains to a criminal investigation.")],
 [C("All persons arrested shall be informed that if they are a foreign national they have the right to request the Department to contact their consulate. ", "", N, ["access_to_services"],
    "The consular-notification advisement concerns treaty rights of arrested foreign nationals, not immigration enforcement."),
  C(" and the person has been read their Miranda rights", "", E, ["status_inquiry"],
    "A condition on the exception is removed, so arrestees can be asked about status in a criminal investigation without first being read their rights.")],
 "consular advisement sentence deleted and the Miranda condition of the exception in III.1 deleted.")
add("BRK", "list_added",
 [("the person has been read their Miranda rights.", "the person has been read their Miranda rights.\n\n2. No officer shall, for the purpose of federal civil immigration enforcement:\n\n(a) respond to a request from ICE for notification of the release of any person;\n\n(b) provide ICE with any non-public information about a person in custody; or\n\n(c) permit ICE to interview a person in custody without that person's written consent.")],
 [C("", "(a) respond to a request from ICE for notification of the release of any person;", L, ["information_sharing", "detainers_holds"],
    "Officers may no longer tell ICE when a person will be released."),
  C("", "(b) provide ICE with any non-public information about a person in custody; or", L, ["information_sharing"],
    "Sharing non-public custody information with ICE is barred."),
  C("", "(c) permit ICE to interview a person in custody without that person's written consent.", L, ["ice_cooperation"],
    "ICE interviews of people in custody now need written consent.")],
 "a new item 2 with a list of three prohibitions on assistance to ICE added after III.1.")

# ---------------- Monterey ----------------
add("MONT", "exception_changed",
 [("in response to officer safety issues or emergency requests for immediate assistance.", "in response to officer safety issues, emergency requests for immediate assistance, or any request by ICE for help in locating a person subject to a final order of removal.")],
 [C("in response to officer safety issues or emergency requests for immediate assistance.", "in response to officer safety issues, emergency requests for immediate assistance, or any request by ICE for help in locating a person subject to a final order of removal.", E, ["ice_cooperation", "raids_joint_operations"],
    "Deputies may now help ICE find people with removal orders, which is civil immigration enforcement.")],
 "a third ground for assisting ICE (locating persons with final removal orders) added to III.A.")
add("MONT", "scope_change",
 [("have led to the discovery of criminal violations of California law.", "have led to the discovery of serious or violent felony violations of California law.")],
 [C("criminal violations of California law", "serious or violent felony violations of California law", L, ["ice_cooperation"],
    "Assistance to ICE-led investigations now requires a serious or violent felony rather than any crime.")],
 "'criminal violations' narrowed to 'serious or violent felony violations' in III.A.")
add("MONT", "modal_change",
 [("Under no circumstances shall a person be contacted, detained, or arrested by agency members based solely on his/her immigration status whether known or unknown.", "Generally, a person should not be contacted, detained, or arrested by agency members based solely on his/her immigration status whether known or unknown.")],
 [C("Under no circumstances shall a person be contacted", "Generally, a person should not be contacted", E, ["enforcement_authority"],
    "An absolute ban on status-based stops and arrests becomes a general guideline that allows exceptions.")],
 "'Under no circumstances shall' changed to 'Generally, ... should not'.")
add("MONT", "double_negation",
 [("based solely on his/her immigration status whether known or unknown.", "based solely on his/her immigration status whether known or unknown. Nothing in this paragraph shall prevent a deputy from holding a person in custody on an ICE immigration detainer.")],
 [C("", "Nothing in this paragraph shall prevent a deputy from holding a person in custody on an ICE immigration detainer.", E, ["detainers_holds"],
    "A 'nothing shall prevent' clause carves detainer holds out of the ban, which allows custody based on immigration status.")],
 "a 'nothing in this paragraph shall prevent' sentence added allowing holds on ICE detainers.")
add("MONT", "approval_added",
 [("may assist ICE in the enforcement of federal immigration laws upon its specific request", "may, with the approval of the on-duty watch commander, assist ICE in the enforcement of federal immigration laws upon its specific request")],
 [C("", "with the approval of the on-duty watch commander, ", L, ["supervisor_approval", "ice_cooperation"],
    "Assisting ICE now needs a watch commander's approval as well as an ICE request.")],
 "watch-commander approval inserted into the assistance clause of III.A.")
add("MONT", "neutral_rewrite",
 [("To provide deputies with guidelines on their duties and responsibilities associated with immigration law, enforcement, arrests, and detentions.", "This order guides deputies on their duties and responsibilities relating to immigration law, enforcement, arrests and detentions."),
  ("The Monterey County Sheriff's Office will equally enforce laws and serve the public without consideration of immigration status.", "Without consideration of immigration status, the Monterey County Sheriff's Office will enforce laws and serve the public equally.")],
 [C("To provide deputies with guidelines on their duties and responsibilities associated with immigration law, enforcement, arrests, and detentions.", "This order guides deputies on their duties and responsibilities relating to immigration law, enforcement, arrests and detentions.", N, ["enforcement_authority"],
    "Purpose statement reworded."),
  C("The Monterey County Sheriff's Office will equally enforce laws and serve the public without consideration of immigration status.", "Without consideration of immigration status, the Monterey County Sheriff's Office will enforce laws and serve the public equally.", N, ["access_to_services"],
    "Same commitment with the clauses reordered.")],
 "purpose and first policy sentence reworded (negative control).")
add("MONT", "exception_removed",
 [("Except as specifically outlined in this General Order, the immigration status of a person", "The immigration status of a person")],
 [C("Except as specifically outlined in this General Order, the immigration status", "The immigration status", L, ["enforcement_authority", "status_inquiry"],
    "The rule that status has no bearing on deputies' duties loses its opening exception, so it now applies without reservation.")],
 "the opening exception 'Except as specifically outlined in this General Order' deleted from II.")
add("MONT", "definition_change",
 [("A. IMMIGRATION ENFORCEMENT JURISDICTION: The U.S. Department of Homeland Security's Immigration and Customs Enforcement Agency (ICE) has primary responsibility to investigate and enforce federal immigration laws.", "A. IMMIGRATION ENFORCEMENT JURISDICTION: The U.S. Department of Homeland Security's Immigration and Customs Enforcement Agency (ICE) has primary responsibility to investigate and enforce federal immigration laws; Sheriff's personnel share that responsibility as to any person booked into the county jail.")],
 [C("", "; Sheriff's personnel share that responsibility as to any person booked into the county jail", E, ["enforcement_authority", "detainers_holds"],
    "The definition now gives deputies a share of immigration enforcement responsibility for everyone booked into the jail.")],
 "clause added to definition III.A making jail staff share enforcement responsibility.")

# ---------------- Chelsea ----------------
add("CHEL", "neutral_rewrite",
 [("The Chelsea Police Department recognizes and values the diversity of the community it serves.", "The Chelsea Police Department values and recognizes the diverse community that it serves."),
  ("to achieve our important goals of protecting life and property, investigating and preventing crime as well as resolving recurring neighborhood issues.", "in order to protect life and property, investigate and prevent crime, and resolve recurring neighborhood issues.")],
 [C("The Chelsea Police Department recognizes and values the diversity of the community it serves.", "The Chelsea Police Department values and recognizes the diverse community that it serves.", N, ["access_to_services"],
    "Same statement, reworded."),
  C("to achieve our important goals of protecting life and property, investigating and preventing crime as well as resolving recurring neighborhood issues.", "in order to protect life and property, investigate and prevent crime, and resolve recurring neighborhood issues.", N, ["access_to_services"],
    "Same list of goals in other words.")],
 "two sentences reworded without changing their meaning (negative control).")
add("CHEL", "rule_added",
 [("is the victim or witness to a serious crime including the intimate partner issue of domestic violence.", "is the victim or witness to a serious crime including the intimate partner issue of domestic violence. Accordingly, no officer shall ask a victim, a witness, or a person seeking police assistance about his or her immigration status.")],
 [C("", "Accordingly, no officer shall ask a victim, a witness, or a person seeking police assistance about his or her immigration status.", L, ["status_inquiry", "access_to_services"],
    "A new prohibition bars questions about the status of victims, witnesses and people seeking help.")],
 "a sentence prohibiting status questions to victims, witnesses and persons seeking assistance added at the end.")
add("CHEL", "rule_added",
 [("regardless of their specific immigration and/or documentation status without fear of status checks.", "regardless of their specific immigration and/or documentation status. Persons arrested by the Department, however, shall have their immigration status checked with ICE at booking.")],
 [C(" without fear of status checks.", ". Persons arrested by the Department, however, shall have their immigration status checked with ICE at booking.", E, ["status_inquiry", "information_sharing"],
    "The assurance against status checks is dropped and a duty to check every arrestee's status with ICE is added.")],
 "'without fear of status checks' replaced by a duty to check arrestees' status with ICE at booking.")
add("CHEL", "reparagraphed",
 [("domestic violence.", "domestic violence."),
  ("neighborhood issues. Assistance from", "neighborhood issues.\n\nAssistance from"),
  ("United States. The City and", "United States.\n\nThe City and")],
 [C("neighborhood issues. Assistance from", "neighborhood issues.\n\nAssistance from", N, ["access_to_services"],
    "Same sentences, new paragraph break."),
  C("United States. The City and", "United States.\n\nThe City and", N, ["access_to_services"],
    "Same sentences, new paragraph break.")],
 "two paragraph breaks inserted at sentence boundaries; no words changed (negative control).")
add("CHEL", "scope_change",
 [("all community members and general stakeholders should know that they are encouraged to seek and obtain police assistance and protection regardless of their specific immigration and/or documentation status without fear of status checks.", "all community members and general stakeholders should know that they are encouraged to seek and obtain police assistance and protection regardless of their specific immigration and/or documentation status without fear of status checks, unless they are the subject of a criminal investigation.")],
 [C("", ", unless they are the subject of a criminal investigation", E, ["status_inquiry"],
    "The assurance against status checks no longer covers anyone under criminal investigation, so officers may check those people's status.")],
 "an exception for subjects of criminal investigations added to the assurance against status checks.")

out = []
for i, (key, sit, edits, changes, what) in enumerate(P):
    old = TXT[key]
    new = apply(old, [e for e in edits if e[0] != e[1]])
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "JA-%02d" % (i + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops,
         "source": "CONSTRUCTED: OLD = real text, " + SRC[key] + ". NEW = OLD with one edit set written for this set: " + what}
    check(p)
    out.append(p)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in out: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out))
