import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sources import SRC, URL, NAME
from lib import apply, pair_label, check

PAIRS = []

def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def P(situation, key, edits, changes, describe, real="old"):
    real_text = SRC[key]
    built = apply(real_text, edits)
    if real == "old":
        old, new = real_text, built
        prov = ("OLD = real text (verbatim from the stored copy, normalised as described in SOURCE.md). "
                "NEW = real text with edit constructed for this set: " + describe)
    else:
        old, new = built, real_text
        prov = ("NEW = real text (verbatim from the stored copy, normalised as described in SOURCE.md). "
                "OLD = real text with edit constructed for this set (the real wording is on the NEW side): " + describe)
    topics = []
    for c in changes:
        for t in c["topics"]:
            if t not in topics:
                topics.append(t)
    p = {"id": "HL-%02d" % (len(PAIRS) + 1), "situation": situation, "old": old, "new": new,
         "changes": changes, "label": pair_label(changes), "topics": topics,
         "source": NAME[key] + ", " + URL[key] + ". " + prov}
    check(p)
    PAIRS.append(p)

# ---------------- list_item_added ----------------
P("list_item_added", "NYS4575",
  [("OF THAT PERSON IS PERTINENT TO THE CRIMINAL INVESTIGATION.",
    "OF THAT PERSON IS PERTINENT TO THE CRIMINAL INVESTIGATION; OR\n(3) THE PERSON IS THE SUBJECT OF AN IMMIGRATION DETAINER OR ADMINISTRATIVE WARRANT ISSUED BY FEDERAL IMMIGRATION AUTHORITIES."),
   ("(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR", "(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY;")],
  [C("", "(3) THE PERSON IS THE SUBJECT OF AN IMMIGRATION DETAINER OR ADMINISTRATIVE WARRANT ISSUED BY FEDERAL IMMIGRATION AUTHORITIES.",
     "expands_enforcement", ["status_inquiry", "detainers_holds"],
     "The list sits under 'SHALL NOT INQUIRE ... UNLESS:', so it lists exceptions to the prohibition; a third exception lets officers ask about and seek proof of status whenever a detainer or administrative warrant exists."),
   C("(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR", "(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY;", "neutral", ["status_inquiry"],
     "The 'OR' moves from item (1) to item (2) because a third item follows; list punctuation only.")],
  "item (3) 'THE PERSON IS THE SUBJECT OF AN IMMIGRATION DETAINER OR ADMINISTRATIVE WARRANT ISSUED BY FEDERAL IMMIGRATION AUTHORITIES.' added to the 'UNLESS:' list of subdivision C (and the connecting 'OR' moved from item (1) to item (2)).")

P("list_item_added", "DENVER252",
  [("(4) Anything the individual says may be used against him or her in subsequent proceedings, including in a federal immigration court.",
    "(4) Anything the individual says may be used against him or her in subsequent proceedings, including in a federal immigration court; and\n(5) The individual may have an attorney present during the interview."),
   ("before submitting to the interview; and", "before submitting to the interview;")],
  [C("", "(5) The individual may have an attorney present during the interview.", "limits_enforcement", ["ice_cooperation"],
     "The list is the set of rights an inmate must be told before the jail lets federal immigration authorities interview him; an added advisement is one more condition before the jail facilitates an ICE interview."),
   C("before submitting to the interview; and", "before submitting to the interview;", "neutral", ["ice_cooperation"],
     "The 'and' moves from item (3) to item (4); list punctuation only.")],
  "item (5) 'The individual may have an attorney present during the interview.' added to the list of advisements in (b) (and 'and' moved from item (3) to item (4)).")

P("list_item_added", "ESF",
  [("  - Actual or suspected immigration or citizenship status; or\n",
    "  - Actual or suspected immigration or citizenship status;\n  - Actual or perceived national origin or inability to speak English; or\n")],
  [C("", "  - Actual or perceived national origin or inability to speak English; or", "limits_enforcement", ["enforcement_authority"],
     "The stem is a prohibition ('shall not stop, question, interrogate, investigate, or arrest an individual based solely on any of the following'); one more forbidden basis means officers may do less."),
   C("  - Actual or suspected immigration or citizenship status; or", "  - Actual or suspected immigration or citizenship status;", "neutral", ["enforcement_authority"],
     "The 'or' moves to the new penultimate item; list punctuation only.")],
  "a third basis '- Actual or perceived national origin or inability to speak English;' inserted into the list under the first enforcement item ('or' moved accordingly).")

# ---------------- list_item_removed ----------------
P("list_item_removed", "NYS4575",
  [("UNLESS:\n(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR\n(2) THE PERSON IS ARRESTED",
    "UNLESS:\n(1) THE PERSON IS ARRESTED")],
  [C("(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR", "", "limits_enforcement", ["status_inquiry"],
     "Booking into a detention facility is deleted from the exceptions to 'SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS'; status may no longer be asked merely because the person is booked."),
   C("(2) THE PERSON IS ARRESTED", "(1) THE PERSON IS ARRESTED", "neutral", ["status_inquiry"],
     "The remaining exception is renumbered (2) -> (1); wording unchanged.")],
  "exception (1) 'THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR' deleted from the 'UNLESS:' list of C and item (2) renumbered (1).")

P("list_item_removed", "DENVER250",
  [("(2) Requesting information about the national origin, immigration or citizenship status of any individual or engaging in activities designed to ascertain such information, except to the extent required by any federal, state or city law or regulation, or any international treaty to which the United States is a party.\n(3) Including",
    "(2) Including"),
   ("(4) Disseminating", "(3) Disseminating")],
  [C("(2) Requesting information about the national origin, immigration or citizenship status of any individual or engaging in activities designed to ascertain such information, except to the extent required by any federal, state or city law or regulation, or any international treaty to which the United States is a party.", "",
     "expands_enforcement", ["status_inquiry"],
     "The express ban on city employees asking about immigration or citizenship status is deleted from the list of prohibited uses of city resources. The general ban on assisting immigration enforcement remains ('include but not be limited to'), but asking about status is no longer forbidden in itself."),
   C("(3) Including", "(2) Including", "neutral", ["access_to_services"], "Renumbering after the deletion; wording unchanged."),
   C("(4) Disseminating", "(3) Disseminating", "neutral", ["information_sharing"], "Renumbering after the deletion; wording unchanged.")],
  "item (2) (ban on requesting status information) deleted from the list in (a); items (3) and (4) renumbered (2) and (3).")

P("list_item_removed", "ESF",
  [("  - Actual or suspected immigration or citizenship status; or\n  - A \"civil immigration warrant,\" administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.\n",
    "  - Actual or suspected immigration or citizenship status.\n")],
  [C("  - A \"civil immigration warrant,\" administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.",
     "  - Actual or suspected immigration or citizenship status.", "expands_enforcement", ["detainers_holds", "enforcement_authority"],
     "Civil immigration warrants, administrative warrants and detainers (including NCIC entries) are removed from the bases on which officers may not stop, question or arrest; officers may now act on them alone."),
   C("  - Actual or suspected immigration or citizenship status; or", "  - Actual or suspected immigration or citizenship status.", "neutral", ["enforcement_authority"],
     "'; or' becomes '.' because the item is now last; punctuation only.")],
  "the second sub-item (civil immigration warrant, administrative warrant or detainer, incl. NCIC) deleted from the list under the first enforcement item; '; or' after the first sub-item becomes '.'.")

# ---------------- exception_added ----------------
P("exception_added", "DENVER252",
  [("Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, federal",
    "Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, or the individual to be interviewed is held on a charge of a violent felony, federal")],
  [C("present a warrant issued by a federal judge or magistrate, federal", "present a warrant issued by a federal judge or magistrate, or the individual to be interviewed is held on a charge of a violent felony, federal",
     "expands_enforcement", ["ice_cooperation"],
     "A second exception to the ban on immigration authorities using secure jail areas: for inmates held on violent-felony charges ICE may interview without a judicial warrant.")],
  "', or the individual to be interviewed is held on a charge of a violent felony' added to the 'Unless ...' exception at the start of (a).")

P("exception_added", "BERWYN",
  [("unless required to do so by state or federal law, or court order.",
    "unless required to do so by state or federal law, or court order, or unless the person is the subject of an immigration detainer.")],
  [C("unless required to do so by state or federal law, or court order.", "unless required to do so by state or federal law, or court order, or unless the person is the subject of an immigration detainer.",
     "expands_enforcement", ["access_to_services", "detainers_holds"],
     "A new exception lets the city condition benefits and services on immigration matters for anyone subject to a detainer; services no longer go to everyone regardless of status.")],
  "', or unless the person is the subject of an immigration detainer' added to the exception in (A).")

P("exception_added", "ESF",
  [("unless necessary to investigate criminal activity by that individual.",
    "unless necessary to investigate criminal activity by that individual or the individual has been arrested for a felony.")],
  [C("unless necessary to investigate criminal activity by that individual.", "unless necessary to investigate criminal activity by that individual or the individual has been arrested for a felony.",
     "expands_enforcement", ["status_inquiry"],
     "A second exception to 'shall not inquire about the immigration status': any felony arrestee may be asked, whether or not status matters to the investigation.")],
  "'or the individual has been arrested for a felony' added to the 'unless' exception of the inquiry item.")

# ---------------- exception_removed ----------------
P("exception_removed", "ESF",
  [(", unless necessary to investigate criminal activity by that individual.", ".")],
  [C("seeking assistance, unless necessary to investigate criminal activity by that individual.", "seeking assistance.", "limits_enforcement", ["status_inquiry"],
     "The only exception to the ban on asking about immigration status is deleted; the ban becomes absolute.")],
  "', unless necessary to investigate criminal activity by that individual' deleted from the inquiry item.")

P("exception_removed", "DENVER250",
  [(" including by way of example 8 U.S.C. \u00a71373 and 8 U.S.C. \u00a71644,", "")],
  [C("except to the extent required by any federal, state or city law or regulation, including by way of example 8 U.S.C. \u00a71373 and 8 U.S.C. \u00a71644, or any international treaty",
     "except to the extent required by any federal, state or city law or regulation, or any international treaty",
     "neutral", ["information_sharing"],
     "Only the examples of federal law ('including by way of example ...') are deleted; the exception for disclosures 'required by any federal, state or city law' remains and still covers those statutes, so what may be shared is unchanged.")],
  "the examples 'including by way of example 8 U.S.C. \u00a71373 and 8 U.S.C. \u00a71644,' deleted from the exception in item (4) (the general exception for disclosures required by law kept).")

P("exception_removed", "DENVER252",
  [("(a) Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, federal immigration authorities shall not",
    "(a) Federal immigration authorities shall not")],
  [C("(a) Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, federal immigration authorities shall not",
     "(a) Federal immigration authorities shall not", "limits_enforcement", ["ice_cooperation"],
     "The judicial-warrant exception is deleted: immigration authorities may not use secure jail areas for interviews even with a warrant from a federal judge or magistrate.")],
  "the opening exception 'Unless federal immigration authorities present a warrant issued by a federal judge or magistrate,' deleted from (a).")

P("exception_removed", "BERWYN",
  [(" except that this division (B) shall not apply to the completion of the federally mandated I-9 forms.", ".")],
  [C("identification card except that this division (B) shall not apply to the completion of the federally mandated I-9 forms.", "identification card.",
     "unclear", ["document_requests"],
     "The I-9 carve-out is deleted, so the rule that foreign identity documents 'shall be accepted' now reads as if it applies to federal employment-eligibility forms too. Federal I-9 rules still govern those forms, so the city's practical role in immigration enforcement may not change. A reader cannot tell whether this limits document scrutiny or has no effect.")],
  "the carve-out 'except that this division (B) shall not apply to the completion of the federally mandated I-9 forms' deleted from (B).")

# ---------------- exception_to_exception ----------------
P("exception_to_exception", "DENVER252",
  [("including in a federal immigration court.\n\n(Ord.",
    "including in a federal immigration court.\nThe advisement required by this subsection shall not be required where the individual is held on a charge of a violent felony.\n\n(Ord.")],
  [C("", "The advisement required by this subsection shall not be required where the individual is held on a charge of a violent felony.",
     "expands_enforcement", ["ice_cooperation"],
     "(b) is an exception to (a) (phone/video ICE interviews allowed) qualified by a proviso (no interview until rights are given). The new sentence makes an exception to that proviso, so inmates held on violent-felony charges can be put in front of ICE with no advisement.")],
  "sentence 'The advisement required by this subsection shall not be required where the individual is held on a charge of a violent felony.' added after item (4) of (b).")

P("exception_to_exception", "NYS4575",
  [("PERTINENT TO THE CRIMINAL INVESTIGATION.",
    "PERTINENT TO THE CRIMINAL INVESTIGATION.\nTHE EXCEPTION IN PARAGRAPH ONE OF THIS SUBDIVISION SHALL NOT APPLY TO A PERSON BOOKED SOLELY FOR A TRAFFIC INFRACTION OR A VIOLATION.")],
  [C("", "THE EXCEPTION IN PARAGRAPH ONE OF THIS SUBDIVISION SHALL NOT APPLY TO A PERSON BOOKED SOLELY FOR A TRAFFIC INFRACTION OR A VIOLATION.",
     "limits_enforcement", ["status_inquiry"],
     "This narrows exception (1) (booked into a detention facility) to the ban on status inquiries. People booked only for traffic infractions or violations can no longer be asked about status. The sentence uses 'SHALL NOT APPLY' and 'SOLELY', but it reduces what officers may do.")],
  "sentence 'THE EXCEPTION IN PARAGRAPH ONE OF THIS SUBDIVISION SHALL NOT APPLY TO A PERSON BOOKED SOLELY FOR A TRAFFIC INFRACTION OR A VIOLATION.' added after item (2) of C.")

P("exception_to_exception", "ESF",
  [("unless necessary to investigate criminal activity by that individual.",
    "unless necessary to investigate criminal activity by that individual, except that no crime victim or witness shall be asked about immigration status under this exception.")],
  [C("unless necessary to investigate criminal activity by that individual.", "unless necessary to investigate criminal activity by that individual, except that no crime victim or witness shall be asked about immigration status under this exception.",
     "limits_enforcement", ["status_inquiry"],
     "An exception to the 'unless necessary to investigate criminal activity' exception takes victims and witnesses out of it. They may no longer be asked about status even when they are themselves under criminal investigation.")],
  "', except that no crime victim or witness shall be asked about immigration status under this exception' added to the 'unless' exception of the inquiry item.")

# ---------------- approval_added ----------------
P("approval_added", "DENVER252",
  [("shall prevent city law enforcement officials from coordinating telephone or video interviews",
    "shall prevent city law enforcement officials, with the prior written approval of the sheriff or the sheriff's designee, from coordinating telephone or video interviews")],
  [C("shall prevent city law enforcement officials from coordinating", "shall prevent city law enforcement officials, with the prior written approval of the sheriff or the sheriff's designee, from coordinating",
     "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
     "The double-negative permission to set up ICE phone/video interviews now needs the sheriff's prior written approval. Officials can no longer arrange such interviews on their own.")],
  "', with the prior written approval of the sheriff or the sheriff's designee,' inserted into the permission in (b).")

P("approval_added", "NYS4575",
  [("OF THAT PERSON IS PERTINENT TO THE CRIMINAL INVESTIGATION.",
    "OF THAT PERSON IS PERTINENT TO THE CRIMINAL INVESTIGATION AND THE INQUIRY IS APPROVED IN ADVANCE BY A SUPERVISING OFFICER.")],
  [C("PERTINENT TO THE CRIMINAL INVESTIGATION.", "PERTINENT TO THE CRIMINAL INVESTIGATION AND THE INQUIRY IS APPROVED IN ADVANCE BY A SUPERVISING OFFICER.",
     "limits_enforcement", ["supervisor_approval", "status_inquiry"],
     "Exception (2) to the inquiry ban now also needs a supervising officer's advance approval, so officers may inquire in fewer cases.")],
  "'AND THE INQUIRY IS APPROVED IN ADVANCE BY A SUPERVISING OFFICER' added to the end of exception (2) of C.")

P("approval_added", "ESF",
  [("  - A \"civil immigration warrant,\" administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.\n",
    "  - A \"civil immigration warrant,\" administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.\n- No member of University Police shall contact ICE or CBP regarding an individual without the prior approval of the Chief of University Police or the Chief's designee.\n")],
  [C("", "- No member of University Police shall contact ICE or CBP regarding an individual without the prior approval of the Chief of University Police or the Chief's designee.",
     "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
     "Officers' contact with ICE or CBP about an individual, unregulated in the real text, now needs the Chief's prior approval. This adds a condition to cooperation; it grants no new permission.")],
  "new item '- No member of University Police shall contact ICE or CBP regarding an individual without the prior approval of the Chief of University Police or the Chief's designee.' inserted after the first enforcement item.")

# ---------------- approval_removed_or_weakened (real text on NEW side) ----------------
P("approval_removed_or_weakened", "DENVER252",
  [("Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, federal",
    "Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, or the sheriff has approved such access in writing, federal")],
  [C("present a warrant issued by a federal judge or magistrate, or the sheriff has approved such access in writing, federal", "present a warrant issued by a federal judge or magistrate, federal",
     "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
     "In OLD the sheriff's written approval was another way to give immigration authorities secure-area access; NEW drops it, so only a judicial warrant opens the door. Removing this approval narrows cooperation, although keyword-wise 'approval removed' suggests the opposite.")],
  "the OLD side carries the constructed words ', or the sheriff has approved such access in writing,' in the 'Unless ...' exception of (a); the NEW side is the real text without them.", real="new")

P("approval_removed_or_weakened", "ESF",
  [("unless necessary to investigate criminal activity by that individual.",
    "unless necessary to investigate criminal activity by that individual and approved in advance by a supervisor.")],
  [C("by that individual and approved in advance by a supervisor.", "by that individual.", "expands_enforcement", ["supervisor_approval", "status_inquiry"],
     "OLD required a supervisor's advance approval before an officer could use the criminal-investigation exception to ask about status; NEW (the real text) lets the officer decide alone.")],
  "the OLD side carries the constructed words 'and approved in advance by a supervisor' at the end of the inquiry item; the NEW side is the real text.", real="new")

P("approval_removed_or_weakened", "DENVER252",
  [("shall prevent city law enforcement officials from coordinating telephone or video interviews",
    "shall prevent city law enforcement officials, with the prior written approval of the sheriff, from coordinating telephone or video interviews")],
  [C("shall prevent city law enforcement officials, with the prior written approval of the sheriff, from coordinating", "shall prevent city law enforcement officials from coordinating",
     "expands_enforcement", ["supervisor_approval", "ice_cooperation"],
     "OLD allowed ICE phone/video interviews only with the sheriff's prior written approval; NEW (the real text) lets city law enforcement officials coordinate them without it.")],
  "the OLD side carries the constructed words ', with the prior written approval of the sheriff,' in the permission of (b); the NEW side is the real text.", real="new")

# ---------------- modal_change ----------------
P("modal_change", "ESF",
  [("- University Police shall not inquire about", "- University Police should not inquire about")],
  [C("University Police shall not inquire", "University Police should not inquire", "expands_enforcement", ["status_inquiry"],
     "'shall not' -> 'should not' turns a binding ban on status questions into advice; officers may ask.")],
  "in the inquiry item 'shall not inquire' -> 'should not inquire'.")

P("modal_change", "BERWYN",
  [("all agencies shall review their confidentiality policies", "all agencies may review their confidentiality policies")],
  [C("all agencies shall review their confidentiality policies", "all agencies may review their confidentiality policies", "expands_enforcement", ["information_sharing", "access_to_services"],
     "Reviewing confidentiality policies so personal information is not used or disclosed for other purposes becomes optional. Agencies no longer have to limit what they collect and disclose, so fewer safeguards against disclosure are required.")],
  "in (C) 'all agencies shall review' -> 'all agencies may review'.")

P("modal_change", "NYS4575",
  [("A LAW ENFORCEMENT OFFICER SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A VICTIM'S", "A LAW ENFORCEMENT OFFICER SHOULD NOT INQUIRE ABOUT OR SEEK PROOF OF A VICTIM'S")],
  [C("SHOULD NOT INQUIRE ABOUT OR SEEK PROOF OF A VICTIM'S", "SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A VICTIM'S", "limits_enforcement", ["status_inquiry"],
     "OLD's 'SHOULD NOT' was advice; NEW (the real text) makes it a binding prohibition on asking victims and witnesses about status.")],
  "the OLD side has 'SHOULD NOT INQUIRE' in subdivision B where the real text (NEW side) has 'SHALL NOT INQUIRE'.", real="new")

# ---------------- scope_change ----------------
P("scope_change", "ESF",
  [("arrest an individual based solely on any of the following:", "arrest an individual based on any of the following:")],
  [C("based solely on any of the following:", "based on any of the following:", "limits_enforcement", ["enforcement_authority"],
     "Deleting 'solely' widens the ban. Officers may not stop or arrest when status or an immigration warrant is even one of the reasons, not only when it is the sole reason.")],
  "'solely' deleted from the first enforcement item.")

P("scope_change", "DENVER250",
  [("relating to alleged violations of the civil provisions of federal immigration laws.", "relating to alleged violations of federal immigration laws.")],
  [C("alleged violations of the civil provisions of federal immigration laws.", "alleged violations of federal immigration laws.", "limits_enforcement", ["ice_cooperation", "raids_joint_operations"],
     "The ban on assisting investigations, detentions and arrests now covers criminal as well as civil immigration violations, so there are fewer cases where city staff may help.")],
  "'the civil provisions of' deleted from item (1).")

P("scope_change", "NYS4575",
  [("A LAW ENFORCEMENT OFFICER SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS.\n\nB.",
    "A LAW ENFORCEMENT OFFICER SHALL NOT ROUTINELY INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS.\n\nB.")],
  [C("SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS.\n\nB.", "SHALL NOT ROUTINELY INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS.\n\nB.",
     "expands_enforcement", ["status_inquiry"],
     "'ROUTINELY' shrinks the ban in subdivision A to habitual questioning, so occasional inquiries during stops and frisks become allowed. The word is added to a 'SHALL NOT' sentence but widens what officers may do.")],
  "'ROUTINELY' inserted into 'SHALL NOT INQUIRE' in subdivision A.")

P("scope_change", "CAMBRIDGE",
  [("to enforce federal immigration law or seek", "to enforce federal civil immigration law or seek")],
  [C("to enforce federal immigration law or seek", "to enforce federal civil immigration law or seek", "unclear", ["enforcement_authority"],
     "'civil' narrows the preamble's statement of what is outside the city's purview. A preamble states purpose and does not itself bind officers, and the operative sections are not in the passage, so the practical effect cannot be judged from this text.")],
  "'civil' inserted in the preamble: 'to enforce federal civil immigration law'.")

# ---------------- double_negation ----------------
P("double_negation", "DENVER252",
  [("from coordinating telephone or video interviews between", "from coordinating telephone, video or in-person interviews between")],
  [C("from coordinating telephone or video interviews between", "from coordinating telephone, video or in-person interviews between", "expands_enforcement", ["ice_cooperation"],
     "'Nothing in subsection (a) ... shall prevent' now also covers in-person interviews. Widening what the double negative leaves unprohibited lets jail officials arrange face-to-face ICE interviews despite (a).")],
  "'telephone or video interviews' -> 'telephone, video or in-person interviews' in the savings clause (b).")

P("double_negation", "DENVER252",
  [("(b) Nothing in subsection (a) of this section or in section 28-250 shall prevent city law enforcement officials from coordinating telephone or video interviews",
    "(b) Notwithstanding subsection (a) of this section and section 28-250, city law enforcement officials may coordinate telephone or video interviews")],
  [C("(b) Nothing in subsection (a) of this section or in section 28-250 shall prevent city law enforcement officials from coordinating", "(b) Notwithstanding subsection (a) of this section and section 28-250, city law enforcement officials may coordinate",
     "neutral", ["ice_cooperation"],
     "The double negative ('Nothing ... shall prevent ... from coordinating') is restated as a direct permission with the same scope and the same proviso; same effect.")],
  "opening of (b) recast from 'Nothing in subsection (a) ... shall prevent city law enforcement officials from coordinating' to 'Notwithstanding subsection (a) ..., city law enforcement officials may coordinate' (negative control).")

P("double_negation", "ESF",
  [("unless necessary to investigate criminal activity by that individual.",
    "unless necessary to investigate criminal activity by that individual.\n- Nothing in this policy shall prohibit University Police from sending to, or receiving from, ICE or CBP information regarding the citizenship or immigration status of any individual, or from responding to any request from ICE or CBP for information about an individual in University Police custody.")],
  [C("", "- Nothing in this policy shall prohibit University Police from sending to, or receiving from, ICE or CBP information regarding the citizenship or immigration status of any individual, or from responding to any request from ICE or CBP for information about an individual in University Police custody.",
     "expands_enforcement", ["information_sharing", "ice_cooperation"],
     "A savings clause that 'nothing ... shall prohibit' sharing status information with ICE/CBP and answering their requests about people in custody. It goes beyond the 8 U.S.C. 1373 status-information floor by covering any information on people in custody, which expressly opens information flow to immigration authorities. The words 'Nothing' and 'prohibit' could mislead a keyword reader into calling it limiting.")],
  "new item '- Nothing in this policy shall prohibit University Police from sending to, or receiving from, ICE or CBP information regarding the citizenship or immigration status of any individual, or from responding to any request from ICE or CBP for information about an individual in University Police custody.' added at the end.")

# ---------------- cross_clause ----------------
P("cross_clause", "DENVER252",
  [(" For purposes of this section the term \"secure area\" means any area of the facility that is not generally open and accessible to the general public, but instead requires special permission for admittance by a city officer or employee on an individual basis.\n\n(b)", "\n\n(b)"),
   ("including in a federal immigration court.\n\n(Ord.", "including in a federal immigration court.\nFor purposes of this section the term \"secure area\" means any area of the facility that is not generally open and accessible to the general public, but instead requires special permission for admittance by a city officer or employee on an individual basis.\n\n(Ord.")],
  [C("For purposes of this section the term \"secure area\" means any area of the facility that is not generally open and accessible to the general public, but instead requires special permission for admittance by a city officer or employee on an individual basis.",
     "For purposes of this section the term \"secure area\" means any area of the facility that is not generally open and accessible to the general public, but instead requires special permission for admittance by a city officer or employee on an individual basis.",
     "neutral", ["ice_cooperation"],
     "The definition of 'secure area' moves unchanged from the end of (a) to the end of (b). It says 'For purposes of this section', so it still governs (a); same effect.")],
  "the sentence defining 'secure area' moved from the end of (a) to the end of (b), unchanged (negative control).")

P("cross_clause", "BERWYN",
  [("on matters related to citizenship or immigration status unless required to do so by state or federal law, or court order.",
    "on matters related to citizenship or immigration status."),
   ("is not used or disclosed for any other purpose.", "is not used or disclosed for any other purpose unless required to do so by state or federal law, or court order.")],
  [C("on matters related to citizenship or immigration status unless required to do so by state or federal law, or court order.", "on matters related to citizenship or immigration status.",
     "limits_enforcement", ["access_to_services"],
     "The exception 'unless required to do so by state or federal law, or court order' leaves (A), which now bars conditioning city services on status without exception."),
   C("is not used or disclosed for any other purpose.", "is not used or disclosed for any other purpose unless required to do so by state or federal law, or court order.",
     "neutral", ["information_sharing"],
     "The same words now qualify the confidentiality aim in (C). Disclosures the law requires must be made anyway, and (C) only directs a review of policies, so this half of the move changes nothing in practice.")],
  "the exception 'unless required to do so by state or federal law, or court order' moved from the end of (A) to the end of the first sentence of (C).")

P("cross_clause", "TOMPKINS",
  [(" A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by ICE or CBP officials.\n\nProbable", "\n\nProbable"),
   ("available at https://www.ice.gov/sites/default/files/documents/Document/2016/I-247D.PDF\n\nJudicial",
    "available at https://www.ice.gov/sites/default/files/documents/Document/2016/I-247D.PDF A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by ICE or CBP officials.\n\nJudicial")],
  [C("A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by ICE or CBP officials.",
     "A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by ICE or CBP officials.",
     "neutral", ["detainers_holds"],
     "The exclusion sentence moves from the 'Judicial Warrant' definition to the end of the 'Civil Immigration Detainer' definition. It still speaks of 'A judicial warrant', and that definition already requires an Article III or magistrate judge, so what counts as a judicial warrant is unchanged.")],
  "the sentence 'A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by ICE or CBP officials.' moved from the Judicial Warrant definition to the end of the Civil Immigration Detainer definition (negative control).")

# ---------------- reparagraphed ----------------
P("reparagraphed", "DENVER250",
  [(" to assist in the enforcement of federal immigration laws. The prohibition set forth in this section",
    " to assist in the enforcement of federal immigration laws.\n\n(b) The prohibition set forth in this section")],
  [C("to assist in the enforcement of federal immigration laws. The prohibition set forth", "to assist in the enforcement of federal immigration laws.\n\n(b) The prohibition set forth",
     "neutral", ["ice_cooperation"],
     "Subsection (a) is split after its first sentence and the list stem becomes '(b)'; no word of the rule or its list changes.")],
  "(a) split into two paragraphs, the list stem 'The prohibition set forth in this section shall include ...' lettered (b) (negative control).")

P("reparagraphed", "ITHACA",
  [("and not the City of Ithaca.\n\nWhen used in this article,", "and not the City of Ithaca. When used in this article,"),
   ("Ithaca Police Department, including entities, efforts, and initiatives jointly operated or pursued by officers of the Ithaca Police Department, acting in their official capacity, and others",
    "Ithaca Police Department, including entities, efforts, and initiatives jointly operated or pursued by officers of the Ithaca Police Department, acting in their official capacity,\nand others")],
  [C("and not the City of Ithaca.\n\nWhen used in this article,", "and not the City of Ithaca. When used in this article,", "neutral", ["enforcement_authority"],
     "The purpose paragraph and the definitions lead-in are joined into one paragraph; same words."),
   C("acting in their official capacity, and others", "acting in their official capacity,\nand others", "neutral", ["raids_joint_operations"],
     "A line break inside the IPD definition; same words, and the joint-operations clause stays in the definition.")],
  "the purpose paragraph joined with 'When used in this article ...', and a line break inserted inside the IPD definition (negative control).")

P("reparagraphed", "ESF",
  [("without authorization. Instead, this is a civil violation", "without authorization.\n\nInstead, this is a civil violation"),
   ("(ICE) and Customs and Border Patrol (CBP). Further, this policy", "(ICE) and Customs and Border Patrol (CBP).\n\nFurther, this policy")],
  [C("without authorization. Instead, this is a civil violation", "without authorization.\n\nInstead, this is a civil violation", "neutral", ["enforcement_authority"],
     "A sentence of the Policy Statement starts a new paragraph; same words."),
   C("(CBP). Further, this policy reinforces", "(CBP).\n\nFurther, this policy reinforces", "neutral", ["enforcement_authority"],
     "The 'Further, this policy reinforces ... based solely on ... status' sentence becomes its own paragraph; same words, same practice.")],
  "two paragraphs of the Policy Statement split at 'Instead, ...' and 'Further, ...' (negative control).")

# ---------------- definition_change ----------------
P("definition_change", "ITHACA",
  [("issued by an Article III federal judge or a federal magistrate judge that authorizes", "issued by an Article III federal judge, a federal magistrate judge or an immigration judge that authorizes")],
  [C("issued by an Article III federal judge or a federal magistrate judge that authorizes", "issued by an Article III federal judge, a federal magistrate judge or an immigration judge that authorizes",
     "expands_enforcement", ["detainers_holds", "ice_cooperation"],
     "Adding immigration judges (administrative judges within the Justice Department) to 'judicial warrant' lets removal-proceeding orders pass as judicial warrants. A civil detainer backed by one would then be honoured. This contradicts the definition's own last sentence; the specific addition is read as controlling.")],
  "'or a federal magistrate judge' -> ', a federal magistrate judge or an immigration judge' in the JUDICIAL WARRANT definition.")

P("definition_change", "ITHACA",
  [(" acting in their official capacity, and others (e.g., the Joint Special Weapons and Tactics Team).", " acting in their official capacity.")],
  [C("acting in their official capacity, and others (e.g., the Joint Special Weapons and Tactics Team).", "acting in their official capacity.",
     "expands_enforcement", ["raids_joint_operations"],
     "'IPD' no longer covers initiatives operated jointly with others, such as the joint SWAT team. The article's restrictions on IPD would no longer bind joint operations with other agencies.")],
  "', and others (e.g., the Joint Special Weapons and Tactics Team)' deleted from the IPD definition.")

P("definition_change", "ITHACA",
  [("any similar request from ICE or CPB for detention of a person suspected of violating civil immigration law.",
    "any similar request from ICE or CPB for detention of, or notification of the release of, a person suspected of violating civil immigration law.")],
  [C("for detention of a person suspected", "for detention of, or notification of the release of, a person suspected", "unclear", ["detainers_holds", "information_sharing"],
     "Release-notification requests are pulled into 'civil immigration detainer'. The passage has no operative rule using the term, so it cannot show whether the article limits or allows responding to such detainers. If the rules restrict responses, this limits; if they authorise them, it expands.")],
  "'for detention of a person' -> 'for detention of, or notification of the release of, a person' in the CIVIL IMMIGRATION DETAINER definition.")

P("definition_change", "SOMERVILLE",
  [("\"ICE\" means the federal agency \"Immigration and Customs Enforcement (\"ICE\"),\" and any other federal agency charged with the enforcement of immigration laws.",
    "\"ICE\" means the federal agency \"Immigration and Customs Enforcement (\"ICE\").\"")],
  [C("(\"ICE\"),\" and any other federal agency charged with the enforcement of immigration laws.", "(\"ICE\").\"", "expands_enforcement", ["ice_cooperation"],
     "The ordinance's limits on involvement with 'ICE' would no longer reach other federal immigration agencies such as CBP. The city could then work with those agencies without those limits.")],
  "', and any other federal agency charged with the enforcement of immigration laws' deleted from the definition of 'ICE'.")

# ---------------- neutral_rewrite ----------------
P("neutral_rewrite", "TOMPKINS",
  [("CBP: Customs and Border Patrol, a Division", "CBP: U.S. Customs and Border Protection, a component"),
   ("ICE: U.S. Immigrations and Customs Enforcement, a Division", "ICE: U.S. Immigration and Customs Enforcement, a component"),
   ("request from ICE or CPB for detention", "request from ICE or CBP for detention")],
  [C("CBP: Customs and Border Patrol, a Division", "CBP: U.S. Customs and Border Protection, a component", "neutral", ["ice_cooperation"],
     "Agency name corrected and 'Division' -> 'component'; same agency."),
   C("ICE: U.S. Immigrations and Customs Enforcement, a Division", "ICE: U.S. Immigration and Customs Enforcement, a component", "neutral", ["ice_cooperation"],
     "Spelling of the agency name corrected; same agency."),
   C("request from ICE or CPB for detention", "request from ICE or CBP for detention", "neutral", ["detainers_holds"],
     "Typo 'CPB' corrected to 'CBP'; same definition.")],
  "agency names corrected ('Customs and Border Patrol' -> 'U.S. Customs and Border Protection', 'Immigrations' -> 'Immigration', 'Division' -> 'component', 'CPB' -> 'CBP') (negative control).")

P("neutral_rewrite", "BERWYN",
  [("(A) No agent or agency shall condition the provision of city benefits", "(A) An agent or agency shall not condition the provision of city benefits"),
   ("such as a driver's license, passport, or matricula consular (consulate-issued document)", "such as a passport, driver's license, or matricula consular (consular identification card)")],
  [C("(A) No agent or agency shall condition", "(A) An agent or agency shall not condition", "neutral", ["access_to_services"],
     "'No ... shall' -> '... shall not': the same prohibition."),
   C("such as a driver's license, passport, or matricula consular (consulate-issued document)", "such as a passport, driver's license, or matricula consular (consular identification card)", "neutral", ["document_requests"],
     "Examples reordered and the gloss reworded; the same documents must be accepted on the same terms.")],
  "(A) 'No agent or agency shall' -> 'An agent or agency shall not'; in (B) examples reordered and '(consulate-issued document)' -> '(consular identification card)' (negative control).")

P("neutral_rewrite", "CAMBRIDGE",
  [("to declare that all are welcome here, and to increase public confidence in the City of Cambridge's government by establishing standards associated with",
    "to declare that everyone is welcome here, and to increase public confidence in the City of Cambridge's government by setting standards for"),
   ("nor should the City's resources be expended toward that end.", "and the City's resources should not be spent toward that end.")],
  [C("to declare that all are welcome here, and to increase public confidence in the City of Cambridge's government by establishing standards associated with",
     "to declare that everyone is welcome here, and to increase public confidence in the City of Cambridge's government by setting standards for", "neutral", ["ice_cooperation"],
     "Synonyms in the purpose clause; same purpose."),
   C("nor should the City's resources be expended toward that end.", "and the City's resources should not be spent toward that end.", "neutral", ["enforcement_authority"],
     "'nor should ... be expended' -> 'and ... should not be spent'; the modal 'should' is kept, so the same statement.")],
  "purpose and preamble reworded with synonyms ('all are' -> 'everyone is', 'establishing standards associated with' -> 'setting standards for', 'nor should ... be expended' -> 'and ... should not be spent') (negative control).")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PAIRS), "pairs written")
