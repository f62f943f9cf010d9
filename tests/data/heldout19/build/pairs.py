"""Builds ../pairs.jsonl for heldout19 (prefix HV). Constructed NEW texts are exact find/replace edits of the real
passages in texts.py (lib.apply: each find string must occur once)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import T, CITE

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []

def add(src, sit, edits, changes, desc, new=None, genuine=None):
    old = T[src]
    nw = new if new is not None else apply(old, edits)
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    if genuine:
        source = "GENUINE: " + genuine
    else:
        source = "CONSTRUCTED: OLD = real text, " + CITE[src] + ". NEW = OLD with an edit written for this set: " + desc + "."
    P.append(dict(id="", situation=sit, old=old, new=nw, changes=ch, label=pair_label(ch), topics=tops, source=source))

# ---------------------------------------------------------------- 01 genuine: MPD 2003 statement -> MPD 2007 statement
add("MPD2003", "restated", None, [
    ("This memorandum prohibits District government agents, agencies, officers or employees from making inquiries of subjects, directly or indirectly, about citizenship or U.S. residency status, unless federal or District regulations and judicial decisions require that inquiries be made to determine eligibility for benefits.", "",
     N, ["status_inquiry"], "The later statement no longer recites the Mayor's memorandum or General Order 201.26, but it says the policy has not changed, so the rule itself is untouched."),
    ("Inquiries into immigration status are allowed, pursuant to the General Order, only when officers are investigating crimes involving the criminal smuggling and harboring of immigrants or other crimes that have as an element of the crime the illegality of a person's presence.",
     "MPD officers are strictly prohibited from making inquiries into citizenship or residency status for the purpose of determining whether an individual has violated the civil immigration laws or for the purpose of enforcing those laws.",
     N, ["status_inquiry", "enforcement_authority"], "Both editions state the same ban on status inquiries for civil immigration enforcement (the 2003 text has the same sentence); the 2007 text omits the list of criminal-investigation exceptions but declares the policy unchanged."),
    ("", "The reasoning behind this policy is straightforward: Our department is responsible for providing police services to everyone in the District of Columbia - equally, fairly, and justly.",
     N, ["access_to_services"], "A paragraph explaining the community-policing rationale is added; it creates no rule."),
], "", new=T["MPD2007"], genuine="two editions of the Metropolitan Police Department (District of Columbia) public statement of its "
    "immigration-inquiry policy. OLD = " + CITE["MPD2003"] + ". NEW = " + CITE["MPD2007"] + ". Both verbatim apart from the stated repairs.")

# ---------------------------------------------------------------- Mount Rainier GO 935.00
add("MTRAINIER", "scope_change", [("shall not routinely inquire", "shall not inquire")], [
    ("shall not routinely inquire into the immigration status", "shall not inquire into the immigration status", L, ["status_inquiry"],
     "Dropping 'routinely' turns a ban on routine status questions into a ban on all status questions outside the order's exceptions.")],
    "'routinely' deleted from II")
add("MTRAINIER", "exception_changed", [("in serious situations where", "in situations where"), ("when required by federal law.", "when required or permitted by federal law.")], [
    ("cooperation with federal immigration authorities when required by federal law.", "cooperation with federal immigration authorities when required or permitted by federal law.", E, ["ice_cooperation"],
     "Cooperation the federal law merely permits is now also outside the prohibition, not only cooperation it requires."),
    ("notifying federal immigration officials in serious situations where a potential threat", "notifying federal immigration officials in situations where a potential threat", E, ["ice_cooperation", "information_sharing"],
     "The carve-out for notifying immigration officials no longer requires a serious situation, so it reaches more cases.")],
    "'serious' deleted from the notification exception in II and 'required' -> 'required or permitted' in the cooperation exception")
add("MTRAINIER", "approval_added", [("does not preclude the Department from notifying", "does not preclude the Department, with the prior approval of the Chief of Police, from notifying")], [
    ("This prohibition does not preclude the Department from notifying federal immigration officials", "This prohibition does not preclude the Department, with the prior approval of the Chief of Police, from notifying federal immigration officials", L, ["supervisor_approval", "ice_cooperation"],
     "Notifying immigration officials under the exception now needs the Chief's prior approval.")],
    "Chief of Police approval added to the notification exception in II")
add("MTRAINIER", "reparagraphed", [("federal government. Accordingly,", "federal government.\n\nAccordingly,"), ("general order. This prohibition", "general order.\n\nThis prohibition")], [
    ("is primarily the responsibility of the federal government. Accordingly, the Mount Rainier", "is primarily the responsibility of the federal government.\n\nAccordingly, the Mount Rainier", N, ["status_inquiry"],
     "Same words, split into separate paragraphs."),
    ("except as authorized in this general order. This prohibition does not preclude", "except as authorized in this general order.\n\nThis prohibition does not preclude", N, ["ice_cooperation"],
     "The exception sentence becomes its own paragraph under II; it still qualifies the same prohibition.")],
    "II split into three paragraphs, no word changed")
add("MTRAINIER", "mixed", [("shall not routinely inquire", "shall not inquire"), ("when required by federal law.", "when required by federal law and approved by the Chief of Police.")], [
    ("shall not routinely inquire", "shall not inquire", L, ["status_inquiry"], "The inquiry ban is no longer limited to routine questioning."),
    ("cooperation with federal immigration authorities when required by federal law.", "cooperation with federal immigration authorities when required by federal law and approved by the Chief of Police.", L, ["ice_cooperation", "supervisor_approval"],
     "Cooperation under the federal-law exception now also needs the Chief's approval.")],
    "'routinely' deleted and Chief of Police approval added to the cooperation exception in II")
add("MTRAINIER", "modal_change", [("shall not undertake immigration-related investigations", "should not undertake immigration-related investigations")], [
    ("shall not undertake immigration-related investigations", "should not undertake immigration-related investigations", E, ["enforcement_authority"],
     "'should not' is advisory, so immigration investigations are no longer flatly prohibited.")],
    "'shall not undertake' -> 'should not undertake' in II")
add("MTRAINIER", "exception_added", [("except as authorized in this general order.", "except as authorized in this general order or when directed by a shift supervisor.")], [
    ("except as authorized in this general order.", "except as authorized in this general order or when directed by a shift supervisor.", E, ["status_inquiry", "supervisor_approval"],
     "A supervisor's direction becomes a further exception to the investigation and inquiry ban, so the ban yields in more cases.")],
    "exception 'or when directed by a shift supervisor' added in II")
add("MTRAINIER", "neutral_rewrite", [
    ("The purpose of this general order is to establish guidelines for Mount Rainier Police Department personnel regarding enforcement of the immigration laws of the United States of America.",
     "This general order establishes guidelines for Mount Rainier Police Department personnel on the enforcement of United States immigration laws."),
    ("Enforcement of the immigration laws of the United States is primarily the responsibility of the federal government.",
     "The federal government bears primary responsibility for enforcing the immigration laws of the United States.")], [
    ("The purpose of this general order is to establish guidelines", "This general order establishes guidelines", N, ["enforcement_authority"], "Purpose sentence reworded, same meaning."),
    ("Enforcement of the immigration laws of the United States is primarily the responsibility of the federal government.", "The federal government bears primary responsibility for enforcing the immigration laws of the United States.", N, ["enforcement_authority"],
     "Same statement of federal responsibility in other words.")],
    "purpose sentence and first policy sentence reworded")

# ---------------------------------------------------------------- Bellingham BMC 2.25.060
add("BELLINGHAM", "list_item_added", [("such person; or\n\nI. Performing", "such person;\n\nI. Honoring a civil immigration detainer for up to forty-eight hours when the person named in it has been convicted of a violent felony; or\n\nJ. Performing")], [
    ("", "I. Honoring a civil immigration detainer for up to forty-eight hours when the person named in it has been convicted of a violent felony; or", E, ["detainers_holds"],
     "A new item in the list of things the chapter does not preclude lets officers hold people on ICE detainers.")],
    "new item I (detainer holds for persons convicted of a violent felony) added to the list and old I relettered J")
add("BELLINGHAM", "list_item_removed", [("status;\n\nH. Sharing information regarding the civil immigration status of an individual with any person or agency, when the disclosure has been authorized in writing signed by such person; or\n\nI. Performing", "status; or\n\nH. Performing")], [
    ("H. Sharing information regarding the civil immigration status of an individual with any person or agency, when the disclosure has been authorized in writing signed by such person; or", "", L, ["information_sharing"],
     "With the consent carve-out gone, the chapter's limits on sharing status information apply even when the person has authorised disclosure.")],
    "item H (sharing status information with written consent) deleted and old I relettered H")
add("BELLINGHAM", "exception_to_exception", [("federal agents, when requested, for the purpose", "federal agents for the purpose"), ("for the purpose of peacekeeping measures; provided, that such function shall not include using city funds or resources to stop, question, interrogate, investigate, or arrest persons based on civil or administrative immigration status;", "for the purpose of peacekeeping measures;")], [
    ("provided, that such function shall not include using city funds or resources to stop, question, interrogate, investigate, or arrest persons based on civil or administrative immigration status;", "", E, ["enforcement_authority", "status_inquiry"],
     "The proviso that kept the liaison carve-out from covering status-based stops and arrests is removed, so the carve-out now reaches them."),
    ("Providing a liaison function to federal agents, when requested,", "Providing a liaison function to federal agents for the purpose", E, ["ice_cooperation"],
     "The liaison carve-out no longer requires a federal request, so officers may offer it on their own initiative.")],
    "the proviso of item D and the words 'when requested,' deleted")
add("BELLINGHAM", "scope_change", [(" and immigration and customs enforcement, when such efforts are directed at suspected criminal activity;", " and immigration and customs enforcement;")], [
    ("immigration and customs enforcement, when such efforts are directed at suspected criminal activity;", "immigration and customs enforcement;", E, ["raids_joint_operations", "ice_cooperation"],
     "Joint task-force work with ICE and CBP is no longer limited to criminal activity, so civil immigration operations fall within the carve-out.")],
    "'when such efforts are directed at suspected criminal activity' deleted from item A")
add("BELLINGHAM", "double_negation", [("Nothing in this chapter shall be construed to preclude any city police officer or other employee from:", "Notwithstanding any other provision of this chapter, any city police officer or other employee may engage in the following:")], [
    ("Nothing in this chapter shall be construed to preclude any city police officer or other employee from:", "Notwithstanding any other provision of this chapter, any city police officer or other employee may engage in the following:", N, ["ice_cooperation"],
     "The double negative 'nothing ... shall be construed to preclude' becomes a plain permission with the same reach; the listed carve-outs are unchanged.")],
    "the stem rewritten from a double negative into 'Notwithstanding ... may engage in the following:'")
add("BELLINGHAM", "approval_added", [("when such efforts are directed at suspected criminal activity;", "when such efforts are directed at suspected criminal activity and have been approved in advance by the chief of police;"),
                                     ("to stop, question, interrogate, investigate, or arrest persons", "to stop, question, interrogate, investigate, detain, or arrest persons")], [
    ("when such efforts are directed at suspected criminal activity;", "when such efforts are directed at suspected criminal activity and have been approved in advance by the chief of police;", L, ["supervisor_approval", "raids_joint_operations"],
     "Task-force work with ICE and CBP is carved out only after the chief's advance approval."),
    ("stop, question, interrogate, investigate, or arrest persons", "stop, question, interrogate, investigate, detain, or arrest persons", L, ["enforcement_authority"],
     "The proviso in item D now also forbids using the liaison function to detain people on immigration status.")],
    "chief-of-police approval added to item A and 'detain' added to the proviso of item D")
add("BELLINGHAM", "exception_changed", [("that is required by federal or state statute, local law, or court decision or order.", "that is required or permitted by federal or state statute, local law, or court decision or order.")], [
    ("Performing any action that is required by federal or state statute", "Performing any action that is required or permitted by federal or state statute", E, ["ice_cooperation"],
     "Any action federal law merely permits (such as voluntary cooperation with ICE) now escapes the chapter, not only actions it requires.")],
    "'required' -> 'required or permitted' in item I")
add("BELLINGHAM", "restated", [("C. Confirming identity under RCW 46.20.035 which lists", "C. Confirming a person's identity under RCW 46.20.035, which lists"),
                               ("F. Engaging in all steps necessary and appropriate to comply with the Public Records Act;", "F. Taking all necessary and appropriate steps to comply with the Public Records Act;")], [
    ("Confirming identity under RCW 46.20.035 which lists", "Confirming a person's identity under RCW 46.20.035, which lists", N, ["document_requests"], "Wording and punctuation only."),
    ("F. Engaging in all steps necessary and appropriate to comply with the Public Records Act;", "F. Taking all necessary and appropriate steps to comply with the Public Records Act;", N, ["information_sharing"], "Same carve-out in other words.")],
    "items C and F reworded")

# ---------------------------------------------------------------- Enumclaw PD statement
add("ENUMCLAW", "scope_change", [("or arrest anyone solely to determine", "or arrest anyone to determine")], [
    ("Not stop, detain, or arrest anyone solely to determine their immigration or citizenship status.", "Not stop, detain, or arrest anyone to determine their immigration or citizenship status.", L, ["enforcement_authority", "status_inquiry"],
     "Without 'solely', a stop made partly to check status is also barred.")],
    "'solely' deleted from the first bullet")
add("ENUMCLAW", "exception_changed", [("directly relevant to a criminal investigation", "relevant to any investigation"), ("is not a local law enforcement function.", "is not a function of local law enforcement.")], [
    ("Civil immigration enforcement is not a local law enforcement function.", "Civil immigration enforcement is not a function of local law enforcement.", N, ["enforcement_authority"], "Word order only."),
    ("unless that information is directly relevant to a criminal investigation.", "unless that information is relevant to any investigation.", E, ["status_inquiry"],
     "The exception to the no-inquiry rule grows from information directly relevant to a criminal case to anything relevant to any investigation.")],
    "'directly relevant to a criminal investigation' -> 'relevant to any investigation' in the second bullet; 'a local law enforcement function' -> 'a function of local law enforcement'")
add("ENUMCLAW", "scope_change", [(" or hold requests when those requests are solely for civil immigration enforcement.", " or hold requests.")], [
    ("or hold requests when those requests are solely for civil immigration enforcement.", "or hold requests.", L, ["detainers_holds"],
     "The no-hold rule now covers every detainer or hold request, not only those made solely for civil enforcement.")],
    "the qualifier 'when those requests are solely for civil immigration enforcement' deleted from the third bullet")
add("ENUMCLAW", "exception_added", [("solely for civil immigration enforcement.", "solely for civil immigration enforcement, unless the on-duty supervisor approves the hold.")], [
    ("", ", unless the on-duty supervisor approves the hold.", E, ["detainers_holds", "supervisor_approval"],
     "A supervisor's approval becomes an exception to the no-hold rule, so holds for ICE become possible.")],
    "exception 'unless the on-duty supervisor approves the hold' added to the third bullet")
add("ENUMCLAW", "list_item_added", [("We uphold all applicable", "We follow all applicable"),
                                    ("solely for civil immigration enforcement.", "solely for civil immigration enforcement.\n\n- Not give federal immigration authorities access to interview individuals in our custody unless the individual consents in writing.")], [
    ("", "- Not give federal immigration authorities access to interview individuals in our custody unless the individual consents in writing.", L, ["ice_cooperation"],
     "A new commitment bars ICE interviews of people in custody without written consent."),
    ("We uphold all applicable", "We follow all applicable", N, ["ice_cooperation"], "Synonym; no change in meaning.")],
    "a fourth bullet on ICE interviews added and 'uphold' -> 'follow'")
add("ENUMCLAW", "list_item_removed", [("- Not ask about or collect information regarding a person's place of birth, national origin, immigration status, or citizenship status unless that information is directly relevant to a criminal investigation.\n\n", "")], [
    ("- Not ask about or collect information regarding a person's place of birth, national origin, immigration status, or citizenship status unless that information is directly relevant to a criminal investigation.", "", E, ["status_inquiry"],
     "The commitment not to ask about status or birthplace is dropped from the list.")],
    "the second bullet deleted")
add("ENUMCLAW", "reparagraphed", [("fairness, professionalism, and respect for the law. We uphold", "fairness, professionalism, and respect for the law.\n\nWe uphold"),
                                  ("Compliance with the Keep Washington Working Act:\n\nConsistent with", "Compliance with the Keep Washington Working Act: Consistent with")], [
    ("respect for the law. We uphold", "respect for the law.\n\nWe uphold", N, ["ice_cooperation"], "Paragraph break only."),
    ("Compliance with the Keep Washington Working Act:\n\nConsistent with this state law", "Compliance with the Keep Washington Working Act: Consistent with this state law", N, ["ice_cooperation"], "Two paragraphs joined; same words.")],
    "first paragraph split and the 'Compliance ...' line joined to the list stem; no word changed")
add("ENUMCLAW", "exception_to_exception", [("directly relevant to a criminal investigation.", "directly relevant to a criminal investigation, and in no case for the purpose of civil immigration enforcement.")], [
    ("", ", and in no case for the purpose of civil immigration enforcement.", L, ["status_inquiry"],
     "The criminal-investigation exception may no longer be used to gather status for civil immigration enforcement.")],
    "a limit on the criminal-investigation exception added to the second bullet")

# ---------------------------------------------------------------- Santa Ana jail detainer policy
add("SAPDJAIL", "approval_removed_or_weakened", [("shall be made by a shift supervisor or above.", "may be made by any member of the jail staff."), ("Further, the bulletin clarifies", "The bulletin also clarifies")], [
    ("Further, the bulletin clarifies", "The bulletin also clarifies", N, ["detainers_holds"], "Connective reworded."),
    ("shall be made by a shift supervisor or above.", "may be made by any member of the jail staff.", E, ["supervisor_approval", "detainers_holds"],
     "Any jail employee, not only a supervisor, may now decide to honor a detainer on a misdemeanor or traffic arrestee.")],
    "the shift-supervisor determination in I.A replaced by 'any member of the jail staff'; 'Further, the bulletin clarifies' -> 'The bulletin also clarifies'")
add("SAPDJAIL", "exception_added", [("who do not present a threat to public safety.", "who do not present a threat to public safety, unless the individual has a prior conviction for any offense.")], [
    ("", ", unless the individual has a prior conviction for any offense.", E, ["detainers_holds"],
     "Detainers on low-level arrestees will be honored whenever there is any prior conviction.")],
    "exception for a prior conviction added to the no-honor sentence")
add("SAPDJAIL", "scope_change", [("low-level offenses and who do not present a threat to public safety.", "low-level offenses."),
                                 ("become less inclined to report crimes", "are less likely to report crimes")], [
    ("jail staff will not honor detainers on individuals charged with low-level offenses and who do not present a threat to public safety.", "jail staff will not honor detainers on individuals charged with low-level offenses.", L, ["detainers_holds"],
     "The no-honor rule now covers every low-level arrestee, without a separate public-safety finding."),
    ("become less inclined to report crimes", "are less likely to report crimes", N, ["access_to_services"], "Same finding in other words.")],
    "the condition 'and who do not present a threat to public safety' deleted; 'become less inclined to' -> 'are less likely to'")
add("SAPDJAIL", "approval_added", [("honor an immigration detainer on an individual charged with a misdemeanor or traffic offense shall be made", "honor an immigration detainer on any individual shall be made")], [
    ("on an individual charged with a misdemeanor or traffic offense shall be made by a shift supervisor or above.", "on any individual shall be made by a shift supervisor or above.", L, ["supervisor_approval", "detainers_holds"],
     "Supervisor review now applies to every detainer, including felony arrestees.")],
    "supervisor determination in I.A extended from misdemeanor/traffic arrestees to any individual")
add("SAPDJAIL", "cross_clause", [("run a criminal history report on the subject of the detainer.", "run a criminal history report on the subject of the detainer. Notwithstanding paragraph A, no detainer shall be honored on an individual charged only with a traffic offense.")], [
    ("", "Notwithstanding paragraph A, no detainer shall be honored on an individual charged only with a traffic offense.", L, ["detainers_holds"],
     "A sentence in B overrides A's supervisor discretion for traffic-only arrestees, so they can no longer be held.")],
    "a sentence overriding I.A for traffic-only arrestees added to the end of I.B")
add("SAPDJAIL", "approval_moved", [("A. The determination to honor an immigration detainer on an individual charged with a misdemeanor or traffic offense shall be made by a shift supervisor or above.\n\nB. When jail personnel receive an ICE detainer through the automated Secure Communities system, the detainer is to be turned over to Classification staff so personnel can run a criminal history report on the subject of the detainer.",
                                    "A. When jail personnel receive an ICE detainer through the automated Secure Communities system, the detainer is to be turned over to Classification staff so personnel can run a criminal history report on the subject of the detainer.\n\nB. The determination to honor an immigration detainer on an individual charged with a misdemeanor or traffic offense shall be made by a shift supervisor or above.")], [
    ("A. The determination to honor an immigration detainer", "B. The determination to honor an immigration detainer", N, ["supervisor_approval", "detainers_holds"],
     "The supervisor-determination paragraph moves after the screening paragraph and is relettered; its words and scope are the same.")],
    "I.A and I.B swapped and relettered")
add("SAPDJAIL", "rule_removed", [("While individuals booked into Santa Ana Jail (SAJ) will be subjected to Secure Communities automated immigration review as a matter of course, jail staff will not honor detainers on individuals charged with low-level offenses and who do not present a threat to public safety.",
                                  "Individuals booked into Santa Ana Jail (SAJ) will be subjected to Secure Communities automated immigration review as a matter of course.")], [
    ("jail staff will not honor detainers on individuals charged with low-level offenses and who do not present a threat to public safety.", "", E, ["detainers_holds"],
     "The rule against honoring detainers on low-level, non-dangerous arrestees is deleted.")],
    "the no-honor clause deleted, leaving only the Secure Communities sentence")
add("SAPDJAIL", "approval_added", [("run a criminal history report on the subject of the detainer.", "run a criminal history report on the subject of the detainer. Classification staff shall not notify ICE of an inmate's release date or time without the approval of the jail commander.")], [
    ("", "Classification staff shall not notify ICE of an inmate's release date or time without the approval of the jail commander.", L, ["information_sharing", "supervisor_approval"],
     "Release-date notifications to ICE now need the jail commander's approval.")],
    "jail-commander approval for release notifications added to I.B")
add("SAPDJAIL", "modal_change", [("offense shall be made by a shift supervisor or above.", "offense should be made by a shift supervisor or above.")], [
    ("shall be made by a shift supervisor or above.", "should be made by a shift supervisor or above.", E, ["supervisor_approval", "detainers_holds"],
     "'should' makes supervisor review advisory, so staff may honor detainers without it.")],
    "'shall be made' -> 'should be made' in I.A")

# ---------------------------------------------------------------- MPD 2007 statement
add("MPD2007", "exception_added", [("or for the purpose of enforcing those laws.", "or for the purpose of enforcing those laws, unless a watch commander has approved the inquiry.")], [
    ("", ", unless a watch commander has approved the inquiry.", E, ["status_inquiry", "supervisor_approval"],
     "A watch commander's approval now lifts the ban on status inquiries for civil enforcement.")],
    "exception 'unless a watch commander has approved the inquiry' added to the policy sentence")
add("MPD2007", "neutral_rewrite", [("The reasoning behind this policy is straightforward:", "The reason for this policy is simple:")], [
    ("The reasoning behind this policy is straightforward:", "The reason for this policy is simple:", N, ["access_to_services"], "Wording only.")],
    "'The reasoning behind this policy is straightforward:' -> 'The reason for this policy is simple:'")
add("MPD2007", "rule_added", [("is not in the business of enforcing civil immigration laws.", "is not in the business of enforcing civil immigration laws. MPD officers shall not ask crime victims or witnesses about their citizenship or residency status for any purpose.")], [
    ("", "MPD officers shall not ask crime victims or witnesses about their citizenship or residency status for any purpose.", L, ["status_inquiry", "access_to_services"],
     "A new absolute ban on asking victims and witnesses about status is added.")],
    "a sentence barring status questions to victims and witnesses added")

# ---------------------------------------------------------------- MPD 2003 statement
add("MPD2003", "list_item_added", [("the illegality of a person's presence.", "the illegality of a person's presence, or when the person has been arrested for a felony.")], [
    ("", ", or when the person has been arrested for a felony.", E, ["status_inquiry"],
     "A felony arrest is added to the short list of cases where status inquiries are allowed.")],
    "felony arrest added to the circumstances in which inquiries are allowed")
add("MPD2003", "list_item_removed", [("the criminal smuggling and harboring of immigrants or other crimes that have as an element of the crime the illegality of a person's presence.", "the criminal smuggling and harboring of immigrants."), ("civil immigration laws and enforcing those laws.", "civil immigration laws or enforcing those laws.")], [
    ("has violated the civil immigration laws and enforcing those laws.", "has violated the civil immigration laws or enforcing those laws.", L, ["status_inquiry", "enforcement_authority"],
     "With 'or', an inquiry made for either purpose is barred, not only one made for both."),
    ("or other crimes that have as an element of the crime the illegality of a person's presence.", "", L, ["status_inquiry"],
     "Inquiries are now allowed only in smuggling and harboring cases, not in other crimes whose element is unlawful presence.")],
    "the second class of crimes deleted from the inquiry exception; 'and enforcing those laws' -> 'or enforcing those laws'")
add("MPD2003", "modal_change", [("Officers shall not make inquiries", "Officers should not make inquiries")], [
    ("Officers shall not make inquiries into immigration status", "Officers should not make inquiries into immigration status", E, ["status_inquiry"],
     "The ban on status inquiries for civil enforcement becomes advisory.")],
    "'shall not' -> 'should not' in the last sentence")
add("MPD2003", "definition_change", [("unless federal or District regulations and judicial decisions require that inquiries be made to determine eligibility for benefits.", "unless federal or District law permits such inquiries."),
                                     ("except in very limited circumstances.", "except in the limited circumstances described below.")], [
    ("unless federal or District regulations and judicial decisions require that inquiries be made to determine eligibility for benefits.", "unless federal or District law permits such inquiries.", E, ["status_inquiry"],
     "The memorandum's exception widens from inquiries required for benefit eligibility to any inquiry the law permits."),
    ("except in very limited circumstances.", "except in the limited circumstances described below.", N, ["status_inquiry"],
     "Cross-reference wording; the circumstances are those the next sentence already lists.")],
    "the benefits exception widened to 'unless federal or District law permits such inquiries'; 'very limited circumstances' reworded")

for i, p in enumerate(P):
    p["id"] = "HV-%02d" % (i + 1)
    check(p)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs written")
