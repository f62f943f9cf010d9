"""Builds heldout10/pairs.jsonl: one real passage + one or two constructed edits per pair.
Run: python3 build/pairs.py  (from heldout10/ or build/)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sources import SRC
from lib import ed, check_pair, pair_label, union_topics

L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
PAIRS = []


def C(qo, qn, label, topics, why):
    return dict(quote_old=qo, quote_new=qn, label=label, topics=topics, why=why)


def P(situation, src, edits, changes, desc, real="old"):
    s = SRC[src]
    t = s["text"]
    for e in edits:
        t = ed(t, *e)
    if real == "old":
        old, new = s["text"], t
        prov = ("OLD = real text (verbatim from the stored copy, normalised as described in SOURCE.md). "
                "NEW = real text with edit constructed for this set: " + desc)
    else:
        old, new = t, s["text"]
        prov = ("NEW = real text (verbatim from the stored copy, normalised as described in SOURCE.md). "
                "OLD = real text with edit constructed for this set: " + desc)
    pid = "HJ-%02d" % (len(PAIRS) + 1)
    p = dict(id=pid, situation=situation, old=old, new=new, changes=changes,
             label=pair_label(changes), topics=union_topics(changes),
             source=s["cite"] + ". " + prov)
    errs = check_pair(p)
    if errs:
        raise SystemExit(f"{pid}: " + "; ".join(errs))
    p["_src"] = src
    p["_real"] = real
    p["_desc"] = desc
    PAIRS.append(p)


# ---------------------------------------------------------------- list_item_added
P("list_item_added", "NEWLONDON_A",
  [("issued by ICE or CBP.",
    "issued by ICE or CBP, or\n\nc. Responding to a request from ICE or CBP for notice of the date or time of an individual's release from city custody.")],
  [C("b. Arresting, detaining, or transporting an individual solely on the basis of an immigration detainer or other administrative document issued by ICE or CBP.",
     "c. Responding to a request from ICE or CBP for notice of the date or time of an individual's release from city custody.",
     L, ["information_sharing", "detainers_holds"],
     "The stem is 'Any city official shall require a judicial warrant prior to'; adding release-date notification to its items means officials may no longer answer ICE/CBP notification requests without a judicial warrant.")],
  "item c (answering an ICE/CBP request for release-date notice) added under the stem 'shall require a judicial warrant prior to' (with 'or' moved to the end of b).")

P("list_item_added", "HUMBOLDT",
  [("(4) No arrests shall be made at hospitals, nursing homes, or other medical facilities.\n\n(5) Law", "(4) Law")],
  [C("", "(4) No arrests shall be made at hospitals, nursing homes, or other medical facilities.",
     L, ["enforcement_authority"],
     "A further place where immigration-status arrests may not be made is added to the protocols of (d), so officers may do less."),
   C("(4) Law enforcement officials shall make good faith efforts", "(5) Law enforcement officials shall make good faith efforts",
     N, ["detainers_holds"], "Renumbering of the reimbursement item only.")],
  "the real item (4) (no arrests at hospitals, nursing homes or other medical facilities) was left out of the OLD side and the last item renumbered (4).",
  real="new")

P("list_item_added", "EASTCHICAGO",
  [("the agency or agent;", "the agency or agent;\n\n(2) Respond to a request from ICE for notice of the release date or time of a person in the custody of the agency or agent;")],
  [C("(1) Permit ICE agents access to a person being detained by, or in the custody of, the agency or agent;",
     "(2) Respond to a request from ICE for notice of the release date or time of a person in the custody of the agency or agent;",
     L, ["information_sharing", "detainers_holds"],
     "(D) lists what no agency may do without a criminal warrant; a new item bars answering ICE release-notification requests, so information the agency could give before is now withheld.")],
  "item (2) (no response to ICE release-date notification requests without a criminal warrant) added under the stem of (D). The real (D) continues with other items not in the stored copy.")

P("list_item_added", "KALAMAZOO",
  [("the officer shall ensure that information is provided.",
    "the officer shall ensure that information is provided.\n\nEnsure that ICE agents presenting an immigration detainer are permitted to take custody of the inmate inside the secure area of the jail at the time of the inmate's release.")],
  [C("the officer shall ensure that information is provided.",
     "Ensure that ICE agents presenting an immigration detainer are permitted to take custody of the inmate inside the secure area of the jail at the time of the inmate's release.",
     E, ["ice_cooperation", "detainers_holds"],
     "The stem is an instruction that personnel 'will adhere to and, when necessary, facilitate the following'; a new item obliges them to hand inmates over to ICE inside the jail, which is more cooperation.")],
  "a third instruction added: ICE agents with a detainer may take custody inside the secure area of the jail at release.")

# ---------------------------------------------------------------- list_item_removed
P("list_item_removed", "NEWLONDON_A",
  [("Customs and Border Protection or\n\nb. Arresting, detaining, or transporting an individual solely on the basis of an immigration detainer or other administrative document issued by ICE or CBP.",
    "Customs and Border Protection.")],
  [C("b. Arresting, detaining, or transporting an individual solely on the basis of an immigration detainer or other administrative document issued by ICE or CBP.",
     "",
     E, ["detainers_holds", "enforcement_authority"],
     "Item b leaves the list of acts that need a judicial warrant, so arresting or transporting someone solely on an ICE/CBP detainer or administrative document no longer requires one (item a covers only detention at ICE/CBP's request).")],
  "item b (arrest, detention or transport solely on a detainer or administrative document) deleted from the list under 'shall require a judicial warrant prior to'; 'or' at the end of a replaced by a full stop.")

P("list_item_removed", "HUMBOLDT",
  [("(2) No arrests shall be made at a courthouse or other government building based upon the timing of a court hearing or appointment with government representative.\n\n(3) No arrests shall be made near a school and every reasonable precaution shall be made to avoid arrests in the presence of the arrestee's children.\n\n(4) No arrests shall be made at hospitals, nursing homes, or other medical facilities.\n\n(5) Law",
    "(2) No arrests shall be made near a school and every reasonable precaution shall be made to avoid arrests in the presence of the arrestee's children.\n\n(3) No arrests shall be made at hospitals, nursing homes, or other medical facilities.\n\n(4) Law")],
  [C("(2) No arrests shall be made at a courthouse or other government building based upon the timing of a court hearing or appointment with government representative.",
     "",
     E, ["enforcement_authority"],
     "Courthouse arrests timed to a hearing are no longer excluded from the protocols for immigration-status arrests, so officers may make them."),
   C("(3) No arrests shall be made near a school", "(2) No arrests shall be made near a school", N, ["enforcement_authority"], "Renumbering."),
   C("(4) No arrests shall be made at hospitals", "(3) No arrests shall be made at hospitals", N, ["enforcement_authority"], "Renumbering."),
   C("(5) Law enforcement officials shall make", "(4) Law enforcement officials shall make", N, ["detainers_holds"], "Renumbering.")],
  "item (d)(2) (no courthouse arrests timed to a hearing) deleted and the remaining items renumbered.")

P("list_item_removed", "EASTCHICAGO",
  [("database); or\n\n(3) Any other basis that is based solely on the belief that the person is not present legally in the United States, or that the person has committed a civil immigration violation.",
    "database).")],
  [C("(3) Any other basis that is based solely on the belief that the person is not present legally in the United States, or that the person has committed a civil immigration violation.",
     "",
     E, ["enforcement_authority"],
     "The catch-all item leaves the list of bases on which no one may be stopped or held; a stop or detention based solely on suspected unlawful presence or a civil immigration violation is no longer forbidden (only detainers and administrative warrants remain)."),
   C("database); or", "database).", N, ["detainers_holds"], "Punctuation that follows from the deletion.")],
  "item (A)(3) (any other basis resting solely on suspected unlawful presence or a civil immigration violation) deleted.")

P("list_item_removed", "KALAMAZOO",
  [("A Ensure that agents of the United States acting under the color of law are given access to the Kalamazoo County Jail as professional visitors for the narrow purpose of permitting such agents, with official government identification, to meet with specific, named inmates who are or believed to be aliens, in violation of federal law, and to inquire as to such individual's right to be in or to remain in the United States.\n\n", "")],
  [C("A Ensure that agents of the United States acting under the color of law are given access to the Kalamazoo County Jail as professional visitors",
     "",
     L, ["ice_cooperation", "status_inquiry"],
     "The instruction to give federal immigration agents professional-visitor access to question inmates about their right to remain is removed from the list of things personnel must facilitate; a duty to cooperate is gone.")],
  "instruction A (jail access for federal agents to interview named inmates about their immigration status) deleted.")

# ---------------------------------------------------------------- exception_added
P("exception_added", "NEWLONDON_A",
  [("Unless acting pursuant to a court order or a legitimate law enforcement purpose,",
    "Unless acting pursuant to a court order, a legitimate law enforcement purpose, or the written approval of the Chief of Police,")],
  [C("Unless acting pursuant to a court order or a legitimate law enforcement purpose,",
     "Unless acting pursuant to a court order, a legitimate law enforcement purpose, or the written approval of the Chief of Police,",
     E, ["ice_cooperation", "supervisor_approval"],
     "The approval is a new exception to the ban on giving ICE access to the jail and to people in custody: with the Chief's approval officials may now allow ICE interviews they could not allow before. Approval here widens, not narrows, cooperation.")],
  "'or the written approval of the Chief of Police' added to the exceptions of item 2.")

P("exception_added", "HUMBOLDT",
  [("on the basis of a civil immigration detainer.\n\n(b)",
    "on the basis of a civil immigration detainer, unless the individual has been convicted of a serious or violent felony within the past ten years.\n\n(b)")],
  [C("(a) No enforcement official shall detain an individual on the basis of a civil immigration detainer.",
     "unless the individual has been convicted of a serious or violent felony within the past ten years.",
     E, ["detainers_holds"],
     "An exception to the ban on detainer holds: people with a serious or violent felony conviction in the last ten years may now be held on an ICE detainer.")],
  "an exception for serious or violent felony convictions within ten years added to (a).")

P("exception_added", "OLYMPIA",
  [("unless it is accompanied by a warrant.", "unless it is accompanied by a warrant or the prisoner has been convicted of a felony offense.")],
  [C("The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant.",
     "The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant or the prisoner has been convicted of a felony offense.",
     E, ["detainers_holds"],
     "A second exception to the no-detainer rule: prisoners with any felony conviction may now be held on a bare ICE detainer.")],
  "'or the prisoner has been convicted of a felony offense' added to the exception in I.")

P("exception_added", "KALAMAZOO",
  [("to be in or to remain in the United States.",
    "to be in or to remain in the United States, except that no such meeting shall take place unless the inmate has been told its purpose and has agreed to it in writing.")],
  [C("and to inquire as to such individual's right to be in or to remain in the United States.",
     "except that no such meeting shall take place unless the inmate has been told its purpose and has agreed to it in writing.",
     L, ["ice_cooperation", "status_inquiry"],
     "The exception qualifies a duty to give ICE access: without the inmate's informed written consent the jail no longer lets agents meet the inmate, so cooperation narrows.")],
  "a consent exception appended to instruction A (no ICE meeting without the inmate's informed written agreement).")

# ---------------------------------------------------------------- exception_removed
P("exception_removed", "NEWLONDON_B",
  [("4. Unless an Automated Fingerprint Identification System or some other research database used by the City identifies an issue of public safety concern, City officials shall not inquire",
    "4. City officials shall not inquire")],
  [C("4. Unless an Automated Fingerprint Identification System or some other research database used by the City identifies an issue of public safety concern, City officials",
     "4. City officials",
     L, ["status_inquiry"],
     "The opening exception (a database flag of a public-safety concern) to the ban on asking about immigration or citizenship status is deleted, so such a flag no longer permits the question.")],
  "the opening 'Unless an Automated Fingerprint Identification System ... identifies an issue of public safety concern,' deleted from item 4.")

P("exception_removed", "EASTCHICAGO",
  [(" (except as may be required under § 39.059)", "")],
  [C("operations (except as may be required under § 39.059), to establish",
     "operations, to establish",
     L, ["information_sharing", "ice_cooperation"],
     "The carve-out that let the agency provide information on subjects of immigration operations where section 39.059 requires it is removed; the ban on accepting such requests now has no exception for information.")],
  "the parenthesis '(except as may be required under § 39.059)' deleted from (B)(1).")

P("exception_removed", "OLYMPIA",
  [("unless it is accompanied by a warrant.",
    "unless it is accompanied by a warrant, or unless the Jail Manager determines that the prisoner poses a danger to public safety.")],
  [C("unless it is accompanied by a warrant, or unless the Jail Manager determines that the prisoner poses a danger to public safety.",
     "unless it is accompanied by a warrant.",
     L, ["detainers_holds", "supervisor_approval"],
     "The Jail Manager's public-safety exception to the no-detainer rule disappears; only a warrant now allows a detainer hold.")],
  "on the OLD side an exception was added to I: ', or unless the Jail Manager determines that the prisoner poses a danger to public safety'.",
  real="new")

P("exception_removed", "SANTACRUZ",
  [(", and the individual is not going to be booked into the county jail,", ",")],
  [C("may not be a citizen of the United States, and the individual is not going to be booked into the county jail, the arresting deputy shall notify ICE",
     "may not be a citizen of the United States, the arresting deputy shall notify ICE",
     E, ["ice_cooperation", "information_sharing"],
     "The duty to notify ICE of drug-offence arrestees who may not be citizens no longer excepts those booked into the county jail; deputies must now notify ICE in every such case. Removing an exception to a duty widens cooperation.")],
  "the condition ', and the individual is not going to be booked into the county jail,' deleted from the notification duty in 428.4.")

# ---------------------------------------------------------------- exception_to_exception
P("exception_to_exception", "NEWLONDON_A",
  [("Unless acting pursuant to a court order or a legitimate law enforcement purpose,",
    "Unless acting pursuant to a court order or a legitimate law enforcement purpose that is unrelated to the enforcement of a civil immigration law,")],
  [C("a legitimate law enforcement purpose,",
     "a legitimate law enforcement purpose that is unrelated to the enforcement of a civil immigration law,",
     L, ["ice_cooperation"],
     "A proviso narrows the 'legitimate law enforcement purpose' exception to the ban on ICE access: civil immigration enforcement no longer qualifies, so ICE access on that ground is barred.")],
  "the exception in item 2 qualified: 'that is unrelated to the enforcement of a civil immigration law' added after 'a legitimate law enforcement purpose'.")

P("exception_to_exception", "NEWLONDON_B",
  [(" that is unrelated to the enforcement of a civil immigration law,", ",")],
  [C("a legitimate law enforcement purpose that is unrelated to the enforcement of a civil immigration law,",
     "a legitimate law enforcement purpose,",
     E, ["status_inquiry"],
     "The proviso that kept civil immigration enforcement out of the 'legitimate law enforcement purpose' exception is deleted, so officials may ask about status whenever they can call the purpose legitimate, civil immigration enforcement included.")],
  "the proviso 'that is unrelated to the enforcement of a civil immigration law' deleted from the exception in item 4.")

P("exception_to_exception", "DENVER",
  [("commander is required.", "commander is required. Such approval shall not be given where the only suspected violation is of civil immigration law.")],
  [C("the approval of an on duty supervisor or commander is required.",
     "Such approval shall not be given where the only suspected violation is of civil immigration law.",
     L, ["enforcement_authority", "supervisor_approval"],
     "The approved-enforcement exception to 'Generally, officers will not detain...' gets a proviso: no approval where only a civil immigration violation is suspected, so fewer stand-alone immigration detentions are possible.")],
  "a proviso added after the approval sentence of item 2: 'Such approval shall not be given where the only suspected violation is of civil immigration law.'")

P("exception_to_exception", "EASTCHICAGO",
  [("(except as may be required under § 39.059)", "(except as may be required under § 39.059, and then only information that is otherwise available to the public)")],
  [C("(except as may be required under § 39.059)",
     "(except as may be required under § 39.059, and then only information that is otherwise available to the public)",
     L, ["information_sharing"],
     "The information-sharing exception to the ban on assisting immigration operations is itself limited to publicly available information, so less can be given to ICE.")],
  "the exception in (B)(1) limited by ', and then only information that is otherwise available to the public'.")

# ---------------------------------------------------------------- approval_added
P("approval_added", "OLYMPIA",
  [("Staff will make notification to ICE when", "With the prior approval of the Jail Manager, staff will make notification to ICE when")],
  [C("Staff will make notification to ICE when a prisoner is a suspected or confirmed illegal alien.",
     "With the prior approval of the Jail Manager, staff will make notification to ICE when a prisoner is a suspected or confirmed illegal alien.",
     L, ["information_sharing", "supervisor_approval"],
     "Notifying ICE about a prisoner now needs the Jail Manager's prior approval; a condition is added to the duty to share information.")],
  "'With the prior approval of the Jail Manager,' added before the notification duty in II.")

P("approval_added", "KALAMAZOO",
  [("are given access to the Kalamazoo County Jail", "are, with the approval of the shift commander, given access to the Kalamazoo County Jail")],
  [C("acting under the color of law are given access to the Kalamazoo County Jail",
     "acting under the color of law are, with the approval of the shift commander, given access to the Kalamazoo County Jail",
     L, ["ice_cooperation", "supervisor_approval"],
     "ICE agents' access to interview inmates now depends on a shift commander's approval instead of being given as of course.")],
  "'with the approval of the shift commander,' inserted into instruction A.")

P("approval_added", "EASTCHICAGO",
  [("(B) (1) No agency or agent shall be permitted to accept requests", "(B) (1) No agency or agent shall, without the written approval of the agency director, accept requests"),
   ("who shall decline the request and document", "who shall decline the request, unless the agency director has approved it in writing, and document")],
  [C("(B) (1) No agency or agent shall be permitted to accept requests",
     "(B) (1) No agency or agent shall, without the written approval of the agency director, accept requests",
     E, ["raids_joint_operations", "supervisor_approval"],
     "An approval requirement added to a prohibition turns it into a permission: with the director's written approval the agency may now support ICE operations it could never support before. A keyword reader sees 'approval' and would say limits."),
   C("who shall decline the request and document",
     "who shall decline the request, unless the agency director has approved it in writing, and document",
     E, ["raids_joint_operations", "supervisor_approval"],
     "The supervisor's duty to decline gets the same approval exception, so approved requests for help with immigration operations are no longer declined.")],
  "(B)(1) reworded from an outright ban to 'shall, without the written approval of the agency director, accept requests', and in (B)(2) ', unless the agency director has approved it in writing,' added after 'who shall decline the request'.")

P("approval_added", "GILBERT1102",
  [("the officer should contact a supervisor.", "the officer shall obtain the approval of a supervisor before deviating from it.")],
  [C("the officer should contact a supervisor.",
     "the officer shall obtain the approval of a supervisor before deviating from it.",
     U, ["supervisor_approval", "enforcement_authority"],
     "Deviation from the policy now needs prior supervisor approval, but the passage does not say in which direction officers deviate (more or less enforcement than the policy prescribes), so whether this limits or expands immigration enforcement cannot be told.")],
  "'should contact a supervisor' replaced by 'shall obtain the approval of a supervisor before deviating from it' in A.2.")

# ---------------------------------------------------------------- approval_removed_or_weakened
P("approval_removed_or_weakened", "DENVER",
  [("the approval of an on duty supervisor or commander is required.", "the officer should, when practical, notify an on duty supervisor or commander.")],
  [C("the approval of an on duty supervisor or commander is required.",
     "the officer should, when practical, notify an on duty supervisor or commander.",
     E, ["enforcement_authority", "supervisor_approval"],
     "Required prior approval for enforcement action against a suspected undocumented immigrant becomes an optional notice, so officers may act alone.")],
  "'the approval of an on duty supervisor or commander is required' replaced by 'the officer should, when practical, notify an on duty supervisor or commander' in item 2.")

P("approval_removed_or_weakened", "NEWLONDON_A",
  [("a legitimate law enforcement purpose,", "a legitimate law enforcement purpose approved in advance by the Chief of Police,")],
  [C("a legitimate law enforcement purpose approved in advance by the Chief of Police,",
     "a legitimate law enforcement purpose,",
     E, ["ice_cooperation", "supervisor_approval"],
     "The exception to the ban on ICE access no longer needs the Chief's advance approval; any official who sees a legitimate purpose may now let ICE in.")],
  "on the OLD side 'approved in advance by the Chief of Police' was added after 'a legitimate law enforcement purpose' in item 2.",
  real="new")

P("approval_removed_or_weakened", "EASTCHICAGO",
  [("he or she shall report the request to his or her supervisor, who shall decline the request and document the declination in an interoffice memorandum to the agency director through the chain of command.",
    "he or she shall decline the request and may inform his or her supervisor.")],
  [C("he or she shall report the request to his or her supervisor, who shall decline the request and document the declination in an interoffice memorandum to the agency director through the chain of command.",
     "he or she shall decline the request and may inform his or her supervisor.",
     U, ["raids_joint_operations", "supervisor_approval"],
     "Supervisor review and the written record of declined ICE requests go, but the request must still be declined and (B)(1) still bans assistance; less oversight without any new power, so the effect on enforcement cannot be judged.")],
  "(B)(2) reduced to 'he or she shall decline the request and may inform his or her supervisor' (supervisor decision and memorandum removed).")

P("approval_removed_or_weakened", "DENVER",
  [("If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required.",
    "If enforcement action is taken under these circumstances, an on duty supervisor or commander shall review it as soon as is practical.")],
  [C("If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required.",
     "If enforcement action is taken under these circumstances, an on duty supervisor or commander shall review it as soon as is practical.",
     E, ["enforcement_authority", "supervisor_approval"],
     "Approval before acting becomes review after the fact: the officer may detain or arrest first and the supervisor only looks at it later.")],
  "the prior-approval sentence of item 2 replaced by after-the-fact review ('If enforcement action is taken ..., an on duty supervisor or commander shall review it as soon as is practical').")

# ---------------------------------------------------------------- modal_change
P("modal_change", "DENVER",
  [("Denver Police officers shall not initiate", "Denver Police officers should not initiate")],
  [C("Denver Police officers shall not initiate police actions", "Denver Police officers should not initiate police actions",
     E, ["status_inquiry"],
     "'shall not' -> 'should not' turns a prohibition on actions aimed at discovering immigration status into advice.")],
  "'shall not initiate' -> 'should not initiate' in item 1.")

P("modal_change", "OLYMPIA",
  [("Staff will make notification to ICE", "Staff may make notification to ICE")],
  [C("Staff will make notification to ICE", "Staff may make notification to ICE",
     L, ["information_sharing", "ice_cooperation"],
     "A duty to notify ICE about suspected illegal aliens becomes a discretion; staff may now decline, so less information reaches ICE. A keyword reader may call 'may notify ICE' an expansion.")],
  "'Staff will make notification' -> 'Staff may make notification' in II.")

P("modal_change", "SANTACRUZ",
  [("Except as described below, it is not necessary to notify ICE when booking arrestees at the county jail.",
    "Except as described below, deputies shall not notify ICE when booking arrestees at the county jail.")],
  [C("it is not necessary to notify ICE when booking arrestees", "deputies shall not notify ICE when booking arrestees",
     L, ["information_sharing", "ice_cooperation"],
     "'it is not necessary' (no duty, but permitted) becomes 'shall not' (forbidden): deputies lose the option of notifying ICE at booking.")],
  "'it is not necessary to notify ICE' -> 'deputies shall not notify ICE' in 428.4.")

P("modal_change", "HUMBOLDT",
  [("Law enforcement officials shall make good faith efforts to seek Federal reimbursement", "Law enforcement officials may seek Federal reimbursement")],
  [C("Law enforcement officials shall make good faith efforts to seek Federal reimbursement",
     "Law enforcement officials may seek Federal reimbursement",
     U, ["detainers_holds"],
     "The duty to seek federal reimbursement for detainer holds becomes optional; this concerns who pays for a hold, not whether or when people are held, so its effect on enforcement cannot be judged.")],
  "'shall make good faith efforts to seek' -> 'may seek' in (d)(5).")

# ---------------------------------------------------------------- scope_change
P("scope_change", "DENVER",
  [("against a person solely because", "against a person because")],
  [C("against a person solely because he/she is suspected", "against a person because he/she is suspected",
     L, ["enforcement_authority"],
     "Deleting 'solely' widens the rule: officers generally may not act against a person because of suspected undocumented status even when other reasons also exist. A keyword reader may see a lost restriction word and call it an expansion.")],
  "'solely' deleted from item 2.")

P("scope_change", "HUMBOLDT",
  [("task force which includes ICE, or for which a purpose is enforcement", "task force for which the primary purpose is enforcement")],
  [C("which includes ICE, or for which", "task force for which", E, ["raids_joint_operations"],
     "Task forces that merely include ICE are no longer barred; only those aimed at immigration enforcement are."),
   C("a purpose is enforcement of Federal immigration laws", "the primary purpose is enforcement of Federal immigration laws", E, ["raids_joint_operations"],
     "'a purpose' -> 'the primary purpose': a task force with immigration enforcement as one of several purposes is now allowed.")],
  "in (b) 'which includes ICE, or' deleted and 'a purpose' -> 'the primary purpose'.")

P("scope_change", "SANTACRUZ",
  [("will not automatically lead to immigration inquiry", "will not lead to immigration inquiry")],
  [C("will not automatically lead to immigration inquiry", "will not lead to immigration inquiry",
     L, ["status_inquiry", "access_to_services"],
     "Without 'automatically' the assurance to victims and witnesses is absolute: contact with deputies will not lead to immigration inquiry at all, so deputies may do less.")],
  "'automatically' deleted from 428.3.")

P("scope_change", "KALAMAZOO",
  [("to meet with specific, named inmates", "to meet with inmates")],
  [C("to meet with specific, named inmates who are or believed to be aliens", "to meet with inmates who are or believed to be aliens",
     E, ["ice_cooperation", "status_inquiry"],
     "ICE access is no longer limited to inmates named in advance; agents may meet any inmate believed to be an alien, which widens the 'narrow purpose' of the access.")],
  "'specific, named' deleted from instruction A.")

# ---------------------------------------------------------------- double_negation
P("double_negation", "GILBERT1102",
  [("This policy will not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.",
    "Nothing in this policy shall be construed to require officers to enforce federal civil immigration laws.")],
  [C("This policy will not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.",
     "Nothing in this policy shall be construed to require officers to enforce federal civil immigration laws.",
     L, ["enforcement_authority"],
     "The old double negative guarantees enforcement to the full extent federal law permits; the new one says nothing requires officers to enforce civil immigration law at all, so they may do less.")],
  "the 'will not limit or restrict ... to less than the full extent' sentence of A.1 replaced by 'Nothing in this policy shall be construed to require officers to enforce federal civil immigration laws.'")

P("double_negation", "GILBERT1102",
  [(" This policy will not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.", "")],
  [C("This policy will not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.",
     "protecting the civil rights, privileges and immunities of all persons.",
     U, ["enforcement_authority"],
     "The no-limitation guarantee is deleted, but nothing in the passage limits enforcement and A.R.S. 11-1051 (cited in the heading) imposes the same rule by statute; whether officers may now do less cannot be told from the text.")],
  "the sentence 'This policy will not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.' deleted from A.1.")

P("double_negation", "NEWLONDON_A",
  [("for investigative interviews or other investigative purposes.",
    "for investigative interviews or other investigative purposes. Nothing in this section shall be construed to prohibit a city official from permitting an ICE agent to interview a person in city custody who has consented to the interview in writing.")],
  [C("no city official shall permit ICE agents access to the city's detention facilities or to any person in city custody for investigative interviews or other investigative purposes.",
     "Nothing in this section shall be construed to prohibit a city official from permitting an ICE agent to interview a person in city custody who has consented to the interview in writing.",
     E, ["ice_cooperation"],
     "A 'nothing ... shall be construed to prohibit' clause carves consented interviews out of the ban on ICE access, so officials may now let ICE interview consenting detainees.")],
  "a 'Nothing in this section shall be construed to prohibit ...' sentence (consented ICE interviews) appended to item 2.")

P("double_negation", "OLYMPIA",
  [("II. This does not change Olympia City Jail Policy 75.3.1", "II. Nothing in this directive changes Olympia City Jail Policy 75.3.1")],
  [C("II. This does not change Olympia City Jail Policy 75.3.1", "II. Nothing in this directive changes Olympia City Jail Policy 75.3.1",
     N, ["information_sharing"],
     "Same saving clause in another negative form; the notification policy is kept exactly as before.")],
  "'This does not change' -> 'Nothing in this directive changes' in II (negative control).")

# ---------------------------------------------------------------- cross_clause
P("cross_clause", "DENVER",
  [(" In addition, the commander of the Civil Liability Bureau is available for guidance regarding enforcement and non-enforcement immigration matters.", ""),
   ("the immigration status of a person.", "the immigration status of a person. In addition, the commander of the Civil Liability Bureau is available for guidance regarding enforcement and non-enforcement immigration matters.")],
  [C("commanding officer. In addition, the commander of the Civil Liability Bureau is available for guidance regarding enforcement and non-enforcement immigration matters.",
     "the immigration status of a person. In addition, the commander of the Civil Liability Bureau is available for guidance regarding enforcement and non-enforcement immigration matters.",
     N, ["enforcement_authority"],
     "A sentence offering guidance moves from item 6 to item 1; no duty, permission or approval changes.")],
  "the sentence about the Civil Liability Bureau commander moved from the end of item 6 to the end of item 1 (negative control).")

P("cross_clause", "SANTACRUZ",
  [(" Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail.", ""),
   ("for investigating and enforcing immigration laws.", "for investigating and enforcing immigration laws. Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail.")],
  [C("at the county jail. Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail. Notification",
     "for investigating and enforcing immigration laws. Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail.",
     N, ["ice_cooperation"],
     "A descriptive sentence about ICE interviews at the jail moves from 428.4 to 428.1; it states a fact and imposes nothing, so the rules are unchanged.")],
  "the sentence 'Immigration officials routinely interview ...' moved from 428.4 to the end of 428.1 (negative control).")

P("cross_clause", "DENVER",
  [(" If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required.", ""),
   ("will be added to the original charges.", "will be added to the original charges. If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required.")],
  [C("undocumented immigrant. If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required.",
     "undocumented immigrant. In addition, as soon as is practical",
     E, ["enforcement_authority", "supervisor_approval"],
     "In item 2 the approval sentence is gone, so enforcement action against a person suspected only of being undocumented no longer needs a supervisor's or commander's approval."),
   C("will be added to the original charges. Sheriff's",
     "will be added to the original charges. If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required.",
     L, ["ice_cooperation", "supervisor_approval"],
     "Moved into item 3 the same sentence now makes the 'Refer to Immigration' charge added to arrestees depend on approval, which it did not before.")],
  "the approval sentence moved from item 2 to item 3 (after the 'Refer to Immigration' sentence), so it now governs a different action.")

P("cross_clause", "OLYMPIA",
  [(" The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant.", ""),
   ("II. This does not change", "II. The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant. This does not change")],
  [C("II. The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant. This does not change",
     "a prisoner. The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant.",
     N, ["detainers_holds"],
     "The no-detainer-without-warrant sentence sits in II in the old text and in I in the new; it still applies to every detainer, so nothing changes.")],
  "on the OLD side the sentence 'The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant.' was moved from I to the start of II (negative control).",
  real="new")

# ---------------------------------------------------------------- reparagraphed
P("reparagraphed", "DENVER",
  [("undocumented immigrant. If enforcement action", "undocumented immigrant.\n\nIf enforcement action")],
  [C("undocumented immigrant. If enforcement action", "undocumented immigrant.\n\nIf enforcement action",
     N, ["enforcement_authority", "supervisor_approval"],
     "Item 2 split into two paragraphs without a word changed; the approval sentence still refers to 'these circumstances' of the first half.")],
  "item 2 split into two paragraphs before 'If enforcement action' (negative control).")

P("reparagraphed", "NEWHAVEN",
  [("regardless of their immigration status.\n\nThe department relies", "regardless of their immigration status. The department relies")],
  [C("regardless of their immigration status.\n\nThe department relies", "regardless of their immigration status. The department relies",
     N, ["access_to_services"], "Two paragraphs of II.A joined; same words.")],
  "the two paragraphs of II.A joined into one (negative control).")

P("reparagraphed", "KALAMAZOO",
  [("professional partnership with all federal law enforcement agencies. In order to formalize policy",
    "professional partnership with all federal law enforcement agencies.\n\nIn order to formalize policy")],
  [C("with all federal law enforcement agencies. In order to formalize policy", "with all federal law enforcement agencies.\n\nIn order to formalize policy",
     N, ["ice_cooperation"], "The POLICY paragraph split before 'In order to formalize policy'; same words, the stem still introduces the instructions.")],
  "the POLICY paragraph split in two (negative control).")

P("reparagraphed", "HUMBOLDT",
  [("protocols shall be followed:\n\n(1) No arrests", "protocols shall be followed: (1) No arrests"),
   ("8:00 a.m.\n\n(2) No arrests", "8:00 a.m. (2) No arrests"),
   ("government representative.\n\n(3) No arrests", "government representative. (3) No arrests"),
   ("children.\n\n(4) No arrests", "children. (4) No arrests")],
  [C("protocols shall be followed:\n\n(1) No arrests shall be made at the arrestee's home from 12:00 a.m. to 8:00 a.m.\n\n(2)",
     "protocols shall be followed: (1) No arrests shall be made at the arrestee's home from 12:00 a.m. to 8:00 a.m. (2)",
     N, ["enforcement_authority"], "Items (1)-(4) of (d) run into the stem's paragraph with their labels kept; same words."),
   C("government representative.\n\n(3) No arrests shall be made near a school and every reasonable precaution shall be made to avoid arrests in the presence of the arrestee's children.\n\n(4)",
     "government representative. (3) No arrests shall be made near a school and every reasonable precaution shall be made to avoid arrests in the presence of the arrestee's children. (4)",
     N, ["enforcement_authority"], "Same join continued for (3) and (4).")],
  "items (d)(1)-(4) joined into the paragraph of (d), labels kept ((5) stays separate) (negative control).")

# ---------------------------------------------------------------- definition_change
P("definition_change", "NEWLONDON_A",
  [("be it RESOLVED:\n\n1.", "be it RESOLVED:\n\nFor purposes of this resolution, a \"judicial warrant\" includes an order of removal or warrant issued by an immigration judge.\n\n1.")],
  [C("be it RESOLVED:", "For purposes of this resolution, a \"judicial warrant\" includes an order of removal or warrant issued by an immigration judge.",
     E, ["detainers_holds", "enforcement_authority"],
     "Immigration judges sit in the executive branch; counting their removal orders as 'judicial warrants' lets officials detain, arrest or transport on a civil removal order. The word 'judicial' makes this look like a safeguard to a keyword reader.")],
  "a definition added before item 1: a 'judicial warrant' includes an order of removal or warrant issued by an immigration judge.")

P("definition_change", "OLYMPIA",
  [("Scope: Corrections Staff", "Scope: Corrections Staff\n\nDefinition: For purposes of this directive, a \"warrant\" means a warrant signed by a judge or magistrate. An ICE administrative warrant (Form I-200 or I-205) is not a warrant.")],
  [C("Scope: Corrections Staff",
     "Definition: For purposes of this directive, a \"warrant\" means a warrant signed by a judge or magistrate. An ICE administrative warrant (Form I-200 or I-205) is not a warrant.",
     L, ["detainers_holds"],
     "The detainer rule accepts 'a warrant'; defining it as a judge-signed warrant means an ICE administrative warrant no longer lets the jail honor a detainer.")],
  "a definition of 'warrant' (judge- or magistrate-signed; ICE administrative warrants excluded) added after Scope.")

P("definition_change", "DENVER",
  [("(includes illegal and \"undocumented aliens\" as referred to", "(includes illegal and \"undocumented aliens\", and persons who have remained in the United States after their authorized stay expired, as referred to")],
  [C("(includes illegal and \"undocumented aliens\" as referred to",
     "(includes illegal and \"undocumented aliens\", and persons who have remained in the United States after their authorized stay expired, as referred to",
     U, ["enforcement_authority", "ice_cooperation"],
     "Visa overstayers now count as 'undocumented immigrants': item 2's restraint on acting solely on that suspicion covers more people (limits) while item 3 adds a 'Refer to Immigration' charge for more arrestees (expands); the net effect cannot be told.")],
  "visa overstayers added to the heading's definition of 'undocumented immigrants'.")

P("definition_change", "NEWLONDON_B",
  [("verification of certain status.", "verification of certain status. For purposes of this item, a legitimate law enforcement purpose includes identifying a person who is the subject of an ICE administrative warrant.")],
  [C("except where the inquiry relates to a legitimate law enforcement purpose",
     "For purposes of this item, a legitimate law enforcement purpose includes identifying a person who is the subject of an ICE administrative warrant.",
     E, ["status_inquiry"],
     "Defining 'legitimate law enforcement purpose' to include finding people wanted on ICE administrative warrants widens the exception to the ban on status questions, so officials may ask more.")],
  "a sentence defining 'legitimate law enforcement purpose' to include identifying subjects of ICE administrative warrants appended to item 4.")

# ---------------------------------------------------------------- neutral_rewrite
P("neutral_rewrite", "DENVER",
  [("the Immigration and Naturalization Service (I.N.S.).", "U.S. Immigration and Customs Enforcement (ICE)."),
   ("notify the I.N.S. authorities", "notify ICE")],
  [C("rests with the Immigration and Naturalization Service (I.N.S.).", "rests with U.S. Immigration and Customs Enforcement (ICE).",
     N, ["ice_cooperation"], "Agency renamed after the 2003 transfer of INS functions; same role."),
   C("notify the I.N.S. authorities", "notify ICE", N, ["ice_cooperation"], "Same agency rename in item 3.")],
  "'the Immigration and Naturalization Service (I.N.S.)' -> 'U.S. Immigration and Customs Enforcement (ICE)' and 'the I.N.S. authorities' -> 'ICE' (negative control).")

P("neutral_rewrite", "EASTCHICAGO",
  [("an agreement under U.S.C. Title 8 § 1357(g)", "an agreement under 8 U.S.C. § 1357(g) (section 287(g) of the Immigration and Nationality Act)"),
   ("the Federal Bureau of Investigation's National Crime Information Center database", "the FBI's National Crime Information Center (NCIC) database")],
  [C("an agreement under U.S.C. Title 8 § 1357(g)", "an agreement under 8 U.S.C. § 1357(g) (section 287(g) of the Immigration and Nationality Act)",
     N, ["raids_joint_operations"], "Citation restyled and its common name added; the same agreements are barred."),
   C("the Federal Bureau of Investigation's National Crime Information Center database", "the FBI's National Crime Information Center (NCIC) database",
     N, ["detainers_holds"], "Abbreviation only.")],
  "citation of 8 U.S.C. 1357(g) restyled with '(section 287(g) of the Immigration and Nationality Act)' and 'Federal Bureau of Investigation's' -> 'FBI's ... (NCIC)' (negative control).")

P("neutral_rewrite", "OLYMPIA",
  [("Immigrations and Customs Enforcement", "Immigration and Customs Enforcement", 2),
   ("illegal aliens or suspected illegal aliens", "undocumented persons or suspected undocumented persons"),
   ("suspected or confirmed illegal aliens", "suspected or confirmed undocumented persons"),
   ("suspected or confirmed illegal alien.", "suspected or confirmed undocumented person.")],
  [C("Immigrations and Customs Enforcement Warrant", "Immigration and Customs Enforcement Warrant", N, ["detainers_holds"], "Typo in the agency name corrected (title and Purpose)."),
   C("to hold illegal aliens or suspected illegal aliens", "to hold undocumented persons or suspected undocumented persons", N, ["detainers_holds"], "Terminology only; the same people are meant."),
   C("when a prisoner is a suspected or confirmed illegal alien.", "when a prisoner is a suspected or confirmed undocumented person.", N, ["information_sharing"], "Terminology only (also in the preceding sentence).")],
  "'Immigrations' -> 'Immigration' (twice) and 'illegal alien(s)' -> 'undocumented person(s)' throughout (negative control).")

P("neutral_rewrite", "SANTACRUZ",
  [("428.1 PURPOSE", "415.1 PURPOSE"), ("428.2 POLICY", "415.2 POLICY"), ("428.3 VICTIMS", "415.3 VICTIMS"),
   ("428.4 ARREST", "415.4 ARREST"), ("and/ or deportation", "and/or deportation"),
   ("Confidence in this commitment will increase the effectiveness of this department", "This commitment will increase the effectiveness of the Sheriff's Office")],
  [C("428.1 PURPOSE AND SCOPE", "415.1 PURPOSE AND SCOPE", N, ["enforcement_authority"], "Policy renumbered 428 -> 415 (all four sections)."),
   C("Confidence in this commitment will increase the effectiveness of this department", "This commitment will increase the effectiveness of the Sheriff's Office",
     N, ["access_to_services"], "Rewording of a statement of purpose; no rule changes."),
   C("immigration inquiry and/ or deportation", "immigration inquiry and/or deportation", N, ["status_inquiry"], "Spacing typo fixed.")],
  "sections renumbered 428.x -> 415.x, 'and/ or' -> 'and/or', and the 'Confidence in this commitment ...' sentence reworded (negative control).")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(os.path.dirname(here), "pairs.jsonl")
    with open(out, "w") as f:
        for p in PAIRS:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "meta.json"), "w") as f:
        json.dump([{"id": p["id"], "src": p["_src"], "real": p["_real"], "desc": p["_desc"],
                    "situation": p["situation"], "label": p["label"], "n": len(p["changes"])} for p in PAIRS], f, indent=1)
    print(f"wrote {len(PAIRS)} pairs to {out}")


if __name__ == "__main__":
    main()
