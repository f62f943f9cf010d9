"""Builds ../pairs.jsonl (heldout44, prefix JU). All pairs CONSTRUCTED: OLD = real text (texts.py), NEW = edit."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

SRC = {
 "K": ("Kingston (NY) Police Department, General Operations Manual, Section 3000.10 'Immigration Violations', draft "
       "('Date Effective: TBD', c. 2018), sections I-IV.A, https://ru.scribd.com/document/375701064/Immigration-Violation-Policy-DRAFT", T.KINGSTON),
 "G": ("Grand Isle County (Vermont) Sheriff's Department, Fair and Impartial Policing Policy (its adoption of the Vermont "
       "Criminal Justice Training Council model policy), 'Updated December 7, 2017', Purpose and Introduction, "
       "http://grandislesheriffvt.org/fip-policy/", T.GRANDISLE),
 "N": ("Town of New Paltz (NY) Code, immigration chapter, purpose (A-B) and definitions CIVIL IMMIGRATION DETAINER, CBP, "
       "JUDICIAL WARRANT, https://www.ecode360.com/32325142", T.NEWPALTZ),
 "V": ("Vermont Criminal Justice Council, 'Statement to Communities' (2025 summary of the Council's model Fair and "
       "Impartial Policing Policy), https://vcjc.vermont.gov/src", T.VCJC),
}

def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []
def pair(sit, key, edits, changes, what):
    P.append((sit, key, edits, changes, what))

# ---------------- Kingston ----------------
pair("list_item_added", "K",
 [("1. Actual or suspected immigration or citizenship status; or\n\n2. A", "1. Actual or suspected immigration or citizenship status;\n\n2. A"),
  ("(NCIC) database.", "(NCIC) database; or\n\n3. A request from ICE or CBP that is not accompanied by a judicial warrant.")],
 [C("", "3. A request from ICE or CBP that is not accompanied by a judicial warrant.", L, ["enforcement_authority", "ice_cooperation"],
    "A third basis is added to the list of grounds on which officers may not stop, question or arrest, so the prohibition covers more federal requests.")],
 "item 3 ('A request from ICE or CBP that is not accompanied by a judicial warrant.') added to IV.A's list; 'or' moved from item 1 to item 2.")

pair("list_item_removed", "K",
 [("1. Actual or suspected immigration or citizenship status; or\n\n2. A \"civil immigration warrant,\" administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.",
   "1. Actual or suspected immigration or citizenship status.")],
 [C("2. A \"civil immigration warrant,\" administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.", "", E,
    ["detainers_holds", "enforcement_authority"],
    "With item 2 gone, officers are no longer barred from stopping or arresting someone based solely on a civil immigration warrant or detainer.")],
 "IV.A item 2 (civil immigration warrant / administrative warrant / detainer) deleted; '; or' after item 1 replaced by a full stop.")

pair("scope_change", "K",
 [("Officers shall not inquire into an individual's immigration status for immigration enforcement purposes.",
   "Officers shall not inquire into an individual's immigration status for the sole purpose of enforcing federal civil immigration law.")],
 [C("for immigration enforcement purposes", "for the sole purpose of enforcing federal civil immigration law", E, ["status_inquiry"],
    "The inquiry ban now reaches only questions asked solely for civil enforcement, so questions with a criminal-immigration or mixed purpose are allowed.")],
 "'for immigration enforcement purposes' -> 'for the sole purpose of enforcing federal civil immigration law' in the opening sentence of IV.")

pair("exception_added", "K",
 [("(NCIC) database.", "(NCIC) database.\n\nThis section does not prohibit an officer from contacting ICE or CBP to verify the immigration status of a person who is under arrest for a criminal offense.")],
 [C("", "This section does not prohibit an officer from contacting ICE or CBP to verify the immigration status of a person who is under arrest for a criminal offense.", E,
    ["status_inquiry", "ice_cooperation"],
    "A new exception lets officers check any arrestee's immigration status with ICE or CBP, which the inquiry ban previously did not allow.")],
 "a sentence excepting status checks with ICE/CBP for criminal arrestees appended after IV.A.")

pair("modal_change", "K",
 [("Officers shall not inquire into", "Officers should not inquire into"),
  ("A. Officers shall not stop, question", "A. Officers should not stop, question")],
 [C("Officers shall not inquire into", "Officers should not inquire into", E, ["status_inquiry"],
    "'Shall not' becomes 'should not', turning the inquiry ban into guidance that officers may depart from."),
  C("A. Officers shall not stop, question", "A. Officers should not stop, question", E, ["enforcement_authority"],
    "The ban on stops and arrests based solely on status or a civil warrant is likewise softened to a recommendation.")],
 "'shall not' -> 'should not' in the opening sentence of IV and in IV.A.")

pair("approval_added", "K",
 [("Officers shall not inquire into an individual's immigration status for immigration enforcement purposes.",
   "Officers shall not inquire into an individual's immigration status for immigration enforcement purposes. No member shall contact ICE or CBP regarding an individual's immigration status without the prior approval of the Chief of Police or the Chief's designee.")],
 [C("", "No member shall contact ICE or CBP regarding an individual's immigration status without the prior approval of the Chief of Police or the Chief's designee.", L,
    ["supervisor_approval", "ice_cooperation"],
    "Contact with ICE or CBP about a person's status now needs the Chief's prior approval, a new condition on cooperation.")],
 "a sentence requiring the Chief's prior approval for contacting ICE/CBP about status added to the opening paragraph of IV.")

pair("reparagraphed", "K",
 [("any of the following:\n\n1. Actual", "any of the following: 1. Actual"),
  ("status; or\n\n2. A \"civil", "status; or 2. A \"civil")],
 [C("any of the following:\n\n1. Actual", "any of the following: 1. Actual", N, ["enforcement_authority"],
    "Item 1 is run into the list stem; the words are unchanged."),
  C("status; or\n\n2. A \"civil", "status; or 2. A \"civil", N, ["detainers_holds"],
    "Item 2 is run into the same paragraph; the words are unchanged.")],
 "IV.A's items 1 and 2 run into the stem paragraph; no word changed.")

pair("restated", "K",
 [("It is the policy of the City of Kingston Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public.",
   "Every member of the City of Kingston Police Department is expected to commit, personally and professionally, to enforcing the law equally and serving the public equally."),
  ("While it may be necessary to determine the identity of a victim or witness, members shall treat",
   "Although members may need to establish who a victim or witness is, they shall treat")],
 [C("It is the policy of the City of Kingston Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public.",
    "Every member of the City of Kingston Police Department is expected to commit, personally and professionally, to enforcing the law equally and serving the public equally.", N,
    ["access_to_services"], "The equal-service commitment is reworded without changing what members must do."),
  C("While it may be necessary to determine the identity of a victim or witness, members shall treat",
    "Although members may need to establish who a victim or witness is, they shall treat", N, ["status_inquiry"],
    "Identifying victims and witnesses is still allowed on the same terms; only the phrasing changes.")],
 "first sentence of II and the opening clause of the second sentence of III reworded.")

pair("double_negation", "K",
 [("(NCIC) database.", "(NCIC) database.\n\nNothing in this section shall be construed to prohibit an officer from asking a person about his or her immigration status when the officer has reasonable suspicion that the person is unlawfully present in the United States.")],
 [C("", "Nothing in this section shall be construed to prohibit an officer from asking a person about his or her immigration status when the officer has reasonable suspicion that the person is unlawfully present in the United States.", E,
    ["status_inquiry"],
    "The 'nothing shall prohibit' clause lets officers ask about status whenever they suspect unlawful presence, which cuts into the inquiry ban.")],
 "a 'Nothing in this section shall be construed to prohibit ... asking ... immigration status' savings clause appended after IV.A.")

pair("mixed", "K",
 [("will not automatically lead to immigration inquiry", "will not lead to immigration inquiry"),
  ("A \"civil immigration warrant,\" administrative warrant, or an immigration detainer", "A \"civil immigration warrant\" or an immigration detainer")],
 [C("will not automatically lead to immigration inquiry", "will not lead to immigration inquiry", L, ["status_inquiry"],
    "Dropping 'automatically' promises that contact with police will not lead to status questions at all, a firmer assurance than before."),
  C("A \"civil immigration warrant,\" administrative warrant, or an immigration detainer", "A \"civil immigration warrant\" or an immigration detainer", E,
    ["detainers_holds", "enforcement_authority"],
    "An administrative warrant is no longer listed among the grounds that cannot alone justify a stop or arrest.")],
 "'automatically' deleted in III; 'administrative warrant,' deleted from IV.A.2. The two edits point opposite ways (pair label 'unclear').")

pair("rule_added", "K",
 [("(NCIC) database.", "(NCIC) database.\n\nB. Officers shall not ask a crime victim, a witness, or a person who calls or approaches the police seeking assistance about his or her immigration status.")],
 [C("", "B. Officers shall not ask a crime victim, a witness, or a person who calls or approaches the police seeking assistance about his or her immigration status.", L,
    ["status_inquiry", "access_to_services"],
    "A new paragraph bars status questions to victims, witnesses and people seeking help.")],
 "a new IV.B barring status questions to victims, witnesses and callers added after IV.A (the real draft's IV.B is not in the stored copy and is not reproduced).")

# ---------------- Grand Isle ----------------
pair("modal_change", "G",
 [("agencies should not engage in such enforcement", "agencies shall not engage in such enforcement")],
 [C("agencies should not engage in such enforcement", "agencies shall not engage in such enforcement", L, ["enforcement_authority"],
    "'Should not' becomes 'shall not', making the bar on civil immigration enforcement mandatory.")],
 "'should not engage' -> 'shall not engage' in the Introduction.")

pair("exception_removed", "G",
 [("agencies should not engage in such enforcement except as otherwise outlined in this policy.", "agencies should not engage in such enforcement."),
  ("or immigration status, except as described below, in the services", "or immigration status, in the services")],
 [C("agencies should not engage in such enforcement except as otherwise outlined in this policy.", "agencies should not engage in such enforcement.", L, ["enforcement_authority"],
    "The bar on civil immigration enforcement loses its reference to exceptions elsewhere in the policy, so none remain."),
  C("or immigration status, except as described below, in the services", "or immigration status, in the services", L, ["status_inquiry", "enforcement_authority"],
    "The ban on acting on immigration status no longer allows the exceptions described later in the policy.")],
 "'except as otherwise outlined in this policy' and 'except as described below,' deleted from the Introduction.")

pair("scope_change", "G",
 [("agencies should not engage in such enforcement except as otherwise outlined in this policy.",
   "agencies should not engage in such enforcement on their own initiative except as otherwise outlined in this policy.")],
 [C("agencies should not engage in such enforcement except", "agencies should not engage in such enforcement on their own initiative except", E,
    ["enforcement_authority", "ice_cooperation"],
    "The bar now covers only self-initiated enforcement, leaving enforcement at federal request outside it.")],
 "'on their own initiative' inserted into the civil-enforcement sentence of the Introduction.")

pair("scope_change", "G",
 [("shall take actions based on any personal characteristics, or immigration status, except",
   "shall take actions based on any personal characteristics, or citizenship or immigration status, except")],
 [C("any personal characteristics, or immigration status, except", "any personal characteristics, or citizenship or immigration status, except", L,
    ["status_inquiry", "enforcement_authority"],
    "The operative ban on actions based on status now also covers citizenship status.")],
 "'citizenship or' inserted before 'immigration status' in the operative sentence of the Introduction (the wording the 2024 state model uses; the edit is made here on the 2017 text).")

pair("rule_added", "G",
 [("on the basis of the personal characteristics or immigration status.",
   "on the basis of the personal characteristics or immigration status. Members shall not ask a person about his or her citizenship or immigration status unless necessary to investigate a criminal offense, and shall not share such information with federal immigration authorities unless required by law.")],
 [C("", "Members shall not ask a person about his or her citizenship or immigration status unless necessary to investigate a criminal offense, and shall not share such information with federal immigration authorities unless required by law.", L,
    ["status_inquiry", "information_sharing"],
    "A new rule bars status questions outside criminal investigations and bars sharing status information unless the law requires it.")],
 "a sentence barring status questions and status-information sharing appended to the Introduction.")

pair("neutral_rewrite", "G",
 [("Because partnership with Vermont residents is the most effective way to ensure public safety, maintaining the public's trust is a primary concern.",
   "Maintaining the public's trust is a primary concern, because partnering with Vermont residents is the most effective way to keep the public safe."),
  ("Grand Isle County Sheriff's Department may adopt additional components.", "The Department may also adopt components beyond those in the model policy.")],
 [C("Because partnership with Vermont residents is the most effective way to ensure public safety, maintaining the public's trust is a primary concern.",
    "Maintaining the public's trust is a primary concern, because partnering with Vermont residents is the most effective way to keep the public safe.", N,
    ["access_to_services"], "The rationale sentence is reordered and reworded with the same meaning."),
  C("Grand Isle County Sheriff's Department may adopt additional components.", "The Department may also adopt components beyond those in the model policy.", N,
    ["enforcement_authority"], "The permission to add components is restated; it says nothing new about immigration enforcement.")],
 "the first sentence of the second Introduction paragraph and the last sentence of the Purpose reworded.")

pair("approval_added", "G",
 [("or immigration status, except as described below, in the services",
   "or immigration status, except as described below and with the prior approval of the Sheriff or a supervisor, in the services")],
 [C("except as described below, in the services", "except as described below and with the prior approval of the Sheriff or a supervisor, in the services", L,
    ["supervisor_approval", "enforcement_authority"],
    "Using the policy's exceptions to act on immigration status now also needs prior approval from the Sheriff or a supervisor.")],
 "'and with the prior approval of the Sheriff or a supervisor' added to the 'except as described below' exception.")

pair("cross_clause", "G",
 [("Grand Isle County Sheriff's Department may adopt additional components.",
   "Grand Isle County Sheriff's Department may adopt additional components. The limits on the enforcement of civil immigration law set out in the Introduction do not apply to members assigned to a federal task force.")],
 [C("", "The limits on the enforcement of civil immigration law set out in the Introduction do not apply to members assigned to a federal task force.", E,
    ["raids_joint_operations", "enforcement_authority"],
    "An exception placed in the Purpose lifts the Introduction's civil-enforcement bar for deputies on federal task forces.")],
 "a task-force exception to the Introduction's civil-enforcement sentence placed at the end of the Purpose.")

pair("reparagraphed", "G",
 [("in Grand Isle County Sheriff's Department's custody. Enforcement of civil immigration law", "in Grand Isle County Sheriff's Department's custody.\n\nEnforcement of civil immigration law")],
 [C("custody. Enforcement of civil immigration law", "custody.\n\nEnforcement of civil immigration law", N, ["enforcement_authority"],
    "The civil-enforcement sentence starts a new paragraph; no word is changed.")],
 "paragraph break inserted before 'Enforcement of civil immigration law'; no word changed.")

# ---------------- New Paltz ----------------
pair("definition_change", "N",
 [("issued by an Article III federal judge or a federal magistrate judge that authorizes", "issued by an Article III federal judge, a federal magistrate judge, or an immigration judge that authorizes")],
 [C("issued by an Article III federal judge or a federal magistrate judge that authorizes", "issued by an Article III federal judge, a federal magistrate judge, or an immigration judge that authorizes", E,
    ["detainers_holds", "ice_cooperation"],
    "Counting an immigration judge's order as a 'judicial warrant' widens the class of federal papers the Town will honour.")],
 "'or an immigration judge' added to the JUDICIAL WARRANT definition (label assumes the chapter's operative sections, not in the excerpt, let officers act on a judicial warrant).")

pair("definition_change", "N",
 [("for detention of a person suspected of violating civil immigration law.", "for detention, notification of release, or transfer of a person suspected of violating civil immigration law.")],
 [C("for detention of a person suspected of violating civil immigration law.", "for detention, notification of release, or transfer of a person suspected of violating civil immigration law.", L,
    ["detainers_holds", "information_sharing"],
    "Notification and transfer requests now count as detainers, so the chapter's detainer limits reach them too.")],
 "'notification of release, or transfer' added to the CIVIL IMMIGRATION DETAINER definition (label assumes the chapter limits responses to detainers, as its purpose states).")

pair("list_item_removed", "N",
 [("does not include a civil immigration warrant, administrative warrant, or other document", "does not include a civil immigration warrant or other document")],
 [C("a civil immigration warrant, administrative warrant, or other document", "a civil immigration warrant or other document", E, ["detainers_holds"],
    "Administrative warrants are no longer expressly excluded from 'judicial warrant', opening a reading under which they are honoured.")],
 "'administrative warrant,' deleted from the list of papers excluded from JUDICIAL WARRANT.")

pair("scope_change", "N",
 [("to the greatest extent permitted by law, that immigration enforcement is a function", "to the extent practicable, that civil immigration enforcement is a function")],
 [C("to the greatest extent permitted by law", "to the extent practicable", E, ["enforcement_authority"],
    "'To the extent practicable' is a weaker commitment than 'to the greatest extent permitted by law'."),
  C("that immigration enforcement is a function", "that civil immigration enforcement is a function", E, ["enforcement_authority"],
    "The purpose now keeps only civil, not criminal, immigration enforcement out of the Town's functions.")],
 "in purpose A, 'to the greatest extent permitted by law' -> 'to the extent practicable' and 'immigration enforcement' -> 'civil immigration enforcement'.")

pair("neutral_rewrite", "N",
 [("The below text clarifies and codifies existing New Paltz Police Department policies", "This chapter puts into writing the existing policies of the New Paltz Police Department"),
  ("for all individuals, regardless of nationality or citizenship status,", "for all individuals, whatever their nationality or citizenship status,")],
 [C("The below text clarifies and codifies existing New Paltz Police Department policies", "This chapter puts into writing the existing policies of the New Paltz Police Department", N,
    ["enforcement_authority"], "The statement that the chapter codifies existing police policy is reworded only."),
  C("regardless of nationality or citizenship status,", "whatever their nationality or citizenship status,", N, ["access_to_services"],
    "'Regardless of' and 'whatever their' mean the same here.")],
 "opening clause of B and a phrase of A reworded.")

pair("rule_added", "N",
 [("first applied to the French Huguenots.", "first applied to the French Huguenots. No Town officer or employee shall use Town funds, facilities or personnel to investigate, interrogate, detain or arrest any person for the purpose of enforcing federal civil immigration law.")],
 [C("", "No Town officer or employee shall use Town funds, facilities or personnel to investigate, interrogate, detain or arrest any person for the purpose of enforcing federal civil immigration law.", L,
    ["enforcement_authority"],
    "A new prohibition bars use of Town resources for civil immigration investigation, detention or arrest.")],
 "a prohibition on using Town resources for civil immigration enforcement appended to B.")

pair("restated", "N",
 [("United States Customs and Border Protection, including any successor", "U.S. Customs and Border Protection, including any successor")],
 [C("United States Customs and Border Protection, including", "U.S. Customs and Border Protection, including", N, ["ice_cooperation"],
    "'United States' abbreviated; the agency defined is the same.")],
 "'United States' -> 'U.S.' in the CBP definition.")

# ---------------- VCJC statement ----------------
pair("list_item_added", "V",
 [("(imminent risk of physical injury to subject, officer, or third party) or\n\n", "(imminent risk of physical injury to subject, officer, or third party),\n\n  - Requested by a federal law enforcement agency and approved by a supervisor, or\n\n")],
 [C("", "  - Requested by a federal law enforcement agency and approved by a supervisor, or", E, ["ice_cooperation", "enforcement_authority"],
    "A third exception under 'unless such actions are:' lets officers arrest or hold on unlawful-entry cases whenever a federal agency asks.")],
 "a third exception ('Requested by a federal law enforcement agency and approved by a supervisor') added under the 'unless such actions are:' stem.")

pair("list_item_removed", "V",
 [("(imminent risk of physical injury to subject, officer, or third party) or\n\n  - Essential to the investigation of criminal offenses unrelated to immigration law.", "(imminent risk of physical injury to subject, officer, or third party).")],
 [C("  - Essential to the investigation of criminal offenses unrelated to immigration law.", "", L, ["enforcement_authority"],
    "Removing the criminal-investigation exception leaves public or officer safety as the only ground for such arrests or holds.")],
 "the second exception ('Essential to the investigation of criminal offenses unrelated to immigration law') deleted.")

pair("modal_change", "V",
 [("Vermont Law Enforcement should not arrest people without a warrant", "Vermont Law Enforcement shall not arrest people without a warrant")],
 [C("should not arrest people without a warrant", "shall not arrest people without a warrant", L, ["enforcement_authority", "detainers_holds"],
    "'Should not' becomes 'shall not', so the bar on warrantless arrests and holds in entry cases is mandatory.")],
 "'should not arrest' -> 'shall not arrest' in the third bullet.")

pair("exception_changed", "V",
 [("(imminent risk of physical injury to subject, officer, or third party)", "(any risk of harm to subject, officer, or third party)")],
 [C("imminent risk of physical injury", "any risk of harm", E, ["enforcement_authority"],
    "The safety exception no longer needs an imminent risk of physical injury, so it applies far more often.")],
 "'imminent risk of physical injury' -> 'any risk of harm' in the safety exception.")

pair("rule_removed", "V",
 [("- Vermont Law Enforcement cannot enforce federal civil immigration law.\n\n", "")],
 [C("- Vermont Law Enforcement cannot enforce federal civil immigration law.", "", E, ["enforcement_authority"],
    "The statement that officers cannot enforce civil immigration law is deleted.")],
 "first bullet ('Vermont Law Enforcement cannot enforce federal civil immigration law.') deleted.")

pair("list_item_removed", "V",
 [("hold people, help other agencies hold people, or use resources", "hold people, or use resources")],
 [C("hold people, help other agencies hold people, or use resources", "hold people, or use resources", E, ["detainers_holds", "ice_cooperation"],
    "Helping other agencies hold people is dropped from the list of restricted actions.")],
 "'help other agencies hold people,' deleted from the list of restricted actions.")

pair("restated", "V",
 [("Enforcing federal criminal immigration law is generally not a priority for Vermont Law Enforcement agencies.",
   "Vermont Law Enforcement agencies generally do not treat enforcement of federal criminal immigration law as a priority."),
  ("This letter is a snapshot of our Model Policy,", "This letter summarizes our Model Policy,")],
 [C("Enforcing federal criminal immigration law is generally not a priority for Vermont Law Enforcement agencies.",
    "Vermont Law Enforcement agencies generally do not treat enforcement of federal criminal immigration law as a priority.", N,
    ["enforcement_authority"], "The same statement of priorities in other words."),
  C("This letter is a snapshot of our Model Policy,", "This letter summarizes our Model Policy,", N, ["enforcement_authority"],
    "A description of the letter is reworded; no rule is affected.")],
 "second sentence of the second bullet and one clause of the first paragraph reworded.")

pair("reparagraphed", "V",
 [("easier to understand.\n\nThe VCJC worked", "easier to understand. The VCJC worked")],
 [C("easier to understand.\n\nThe VCJC worked", "easier to understand. The VCJC worked", N, ["access_to_services"],
    "Two introductory paragraphs are joined; no word is changed.")],
 "first and second paragraphs joined; no word changed.")

pair("approval_added", "V",
 [("unlawful reentry cases unless such actions are:", "unlawful reentry cases unless a supervisor approves and such actions are:")],
 [C("unlawful reentry cases unless such actions are:", "unlawful reentry cases unless a supervisor approves and such actions are:", L,
    ["supervisor_approval", "enforcement_authority"],
    "Relying on the exceptions now also needs a supervisor's approval, so fewer such actions are permitted.")],
 "'a supervisor approves and' inserted in the exception stem of the third bullet.")

pair("exception_to_exception", "V",
 [("  - Essential to the investigation of criminal offenses unrelated to immigration law.",
   "  - Essential to the investigation of criminal offenses unrelated to immigration law.\n\n  Neither exception permits holding a person solely on the basis of an immigration detainer or administrative warrant.")],
 [C("", "Neither exception permits holding a person solely on the basis of an immigration detainer or administrative warrant.", L, ["detainers_holds"],
    "An exception to the exceptions: holds based only on a detainer or administrative warrant stay barred even when safety or a criminal investigation is involved.")],
 "a sentence carving detainer-only holds out of both exceptions added after the exception list.")

pair("list_item_added", "V",
 [("help other agencies hold people, or use resources", "help other agencies hold people, share a person's release date or home address with federal immigration authorities, or use resources")],
 [C("", "share a person's release date or home address with federal immigration authorities,", L, ["information_sharing", "ice_cooperation"],
    "Sharing release dates and home addresses is added to the list of actions officers should not take outside the exceptions.")],
 "'share a person's release date or home address with federal immigration authorities,' added to the third bullet's list of restricted actions.")

out = []
for i, (sit, key, edits, changes, what) in enumerate(P):
    src, old = SRC[key]
    new = apply(old, edits)
    p = {"id": "JU-%02d" % (i + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": [], "source": ""}
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p["topics"] = tops
    p["source"] = "CONSTRUCTED: OLD = real text, %s (verbatim from the stored copy; quotes straightened, layout line breaks joined, cut at the end of the stored copy). NEW = OLD with this edit written for this set: %s" % (src, what)
    check(p)
    out.append(p)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for p in out: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(out), "pairs written")
