"""Builds ../pairs.jsonl from the real texts in texts/ and the edits below (all pairs CONSTRUCTED)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label
D = os.path.dirname(os.path.abspath(__file__))
T = {k: open(os.path.join(D, "texts", k + ".txt"), encoding="utf-8").read().strip() for k in
     ["ohio963", "wi715", "kybr194", "mnp3", "mnp4", "mpd", "wisb54", "wisb401", "wiab450", "wiab138"]}
SRC = {
 "ohio963": "Ohio Revised Code § 9.63(A)-(C)(1) (enacted 2006 by Am. Sub. S.B. 9, 126th G.A.), text as reprinted in S.B. 230 (135th G.A., 2023-2024, as introduced, Sen. Antani), https://fastdemocracy.com/bill-summary/?billsummary_id=OHB00012955&billsummary_session=135&billsummary_state=oh (the same wording is reprinted in H.B. 26, 136th G.A., 2025, https://app.legiplex.com/oh/legislature/2025/2025-r/bills/hb26/drafts-latest); bill line numbers removed; cut before (C)(2), where the stored copy breaks off",
 "wi715": "Wisconsin 2005 Senate Bill 715 (introduced April 28, 2006, Sen. Grothman), proposed Wis. Stat. § 66.0408, https://docs.legis.wisconsin.gov/document/proposaltext/2005/REG/SB715 (relating clause, SECTION 1 and the whole of the proposed section; line numbers and 'SB715,x,y' markers removed)",
 "kybr194": "Kentucky 20 RS BR 194 (2019 pre-filed draft, 'AN ACT relating to the enforcement of sanctuary policies', Sen. Carroll / Rep. Blanton), unofficial copy at https://id.scribd.com/document/416745989/Draft-Bill-Sanctuary-City-Policies (title, enacting clause, Section 1(1)(a)-(d)1.; line numbers and page furniture removed; the stored copy's garbled section marker 'âSECTION 0.' written as 'SECTION 1.'; cut after item 1. of (d), since the stored copy stops inside item 2.)",
 "mnp3": "Minnesota North Star Act, bill draft 23-04475 as introduced (03/06/23, Revisor KLL/AD), page 3 lines 3.1-3.23, as attached in a City of Ramsey (MN) council packet, https://weblink.cityoframsey.com/WebLink/0/doc/558362/Page42.aspx (line numbers and <br /> tags removed; starts at item (6) of the preceding paragraph, whose stem on page 2 is not stored; cut before line 3.24, where the stored page ends)",
 "mnp4": "Minnesota North Star Act draft (as attached to the Pequot Lakes (MN) city council packet of 03-04-2024, item 10.6 'North Star Act Resolution'), page 4 lines 4.1-4.11, https://mail.pequotlakes-mn.gov/WebLink/0/doc/31709/Page10.aspx (line numbers and <br /> tags removed; items (1)-(3) of a list whose stem is on the preceding page, not stored; cut before item (4), where the stored page breaks off)",
 "mpd": "Minneapolis (MN) Police Department, 'MPD statement on immigration' (published Dec 19, 2016), quoting MPD policy 'Police Authority in Immigration Matters', http://www.minneapolismn.gov/news/WCMSP-191321 (video links dropped; curly quotes and apostrophes typed straight)",
 "wisb54": "Wisconsin 2025 Senate Bill 54 (introduced February 21, 2025, Sens. Carpenter et al.), relating clause and first paragraph of the Legislative Reference Bureau analysis, https://docs-preview.legis.wisconsin.gov/2025/related/proposals/sb54/1 (line numbers removed; cut at the end of the first analysis paragraph)",
 "wisb401": "Wisconsin 2019 Senate Bill 401 (introduced September 16, 2019, Sens. Larson et al.), relating clause and the first two paragraphs of the Legislative Reference Bureau analysis, https://docs-preview.legis.wisconsin.gov/scroll/up/39/2019/related/proposals/sb401 (line numbers removed; curly quotes typed straight; cut after 'hold request.', where the stored copy goes on into the next paragraph)",
 "wiab450": "Wisconsin 2015 Assembly Bill 450 (introduced October 23, 2015, Reps. Spiros et al.), relating clause and the Legislative Reference Bureau analysis, https://docs.legis.wisconsin.gov/2015/related/proposals/ab450/1/_8 (line numbers removed; cut before the fiscal-estimate note)",
}
P = []
def pair(src, situation, edits, changes, what):
    old = T[src]; new = apply(old, edits)
    ch = [{"quote_old": a, "quote_new": b, "label": l, "topics": t, "why": w} for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    P.append({"id": "JC-%02d" % (len(P) + 1), "situation": situation, "old": old, "new": new, "changes": ch,
              "label": pair_label(ch), "topics": tops,
              "source": "CONSTRUCTED: OLD = " + SRC[src] + ". NEW = OLD with this edit written for this set (not a real version): " + what})
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- Ohio R.C. 9.63 (an anti-sanctuary duty to assist) ----------------
pair("ohio963", "scope_change",
     [("shall unreasonably fail to comply", "shall fail to comply")],
     [("no state or local employee shall unreasonably fail to comply", "no state or local employee shall fail to comply", E, ["ice_cooperation"],
       "Dropping 'unreasonably' turns a duty that tolerated reasonable refusals into an absolute duty to comply with federal immigration requests.")],
     "'unreasonably' deleted from (A).")
pair("ohio963", "exception_removed",
     [("any lawful request for assistance", "any request for assistance"),
      (" pertaining to homeland security, to the extent that the request is consistent with the doctrine of federalism.", " pertaining to homeland security.")],
     [("pertaining to homeland security, to the extent that the request is consistent with the doctrine of federalism.", "pertaining to homeland security.", E, ["ice_cooperation"],
       "The federalism limit on the duty to comply is removed, so employees must assist with immigration investigations even where the request goes beyond what federalism allows."),
      ("comply with any lawful request for assistance", "comply with any request for assistance", E, ["ice_cooperation"],
       "The duty now reaches any federal request, not only lawful ones.")],
     "in (A), 'lawful' deleted before 'request' and the closing clause 'to the extent that the request is consistent with the doctrine of federalism' deleted.")
pair("ohio963", "modal_change",
     [("no state or local employee shall unreasonably fail to comply with any lawful request", "a state or local employee may comply with any lawful request")],
     [("no state or local employee shall unreasonably fail to comply with any lawful request for assistance", "a state or local employee may comply with any lawful request for assistance", L, ["ice_cooperation"],
       "A duty to comply with federal immigration requests becomes a mere permission, so employees may decline.")],
     "(A) rewritten from a duty ('no ... shall unreasonably fail to comply') to a permission ('may comply').")
pair("ohio963", "list_item_removed",
     [(" pertaining to homeland security or from cooperating with state or federal immigration services and terrorism investigations.", " pertaining to homeland security.")],
     [("or from cooperating with state or federal immigration services and terrorism investigations.", "", L, ["ice_cooperation"],
       "Municipal ordinances that hinder cooperation with immigration services are no longer forbidden, so cities may restrict such cooperation.")],
     "the last object 'or from cooperating with state or federal immigration services and terrorism investigations' deleted from (B).")
pair("ohio963", "reparagraphed",
     [("that would materially hinder or prevent local employees from complying with the USA Patriot Act or any executive order of the president of the United States pertaining to homeland security or from cooperating with state or federal immigration services and terrorism investigations.",
       "that would materially hinder or prevent local employees from doing either of the following:\n\n(1) Complying with the USA Patriot Act or any executive order of the president of the United States pertaining to homeland security;\n\n(2) Cooperating with state or federal immigration services and terrorism investigations.")],
     [("from complying with the USA Patriot Act or any executive order of the president of the United States pertaining to homeland security or from cooperating with state or federal immigration services and terrorism investigations.",
       "from doing either of the following:\n\n(1) Complying with the USA Patriot Act or any executive order of the president of the United States pertaining to homeland security;\n\n(2) Cooperating with state or federal immigration services and terrorism investigations.", N, ["ice_cooperation"],
       "The same two forbidden effects are split into numbered items; what municipalities may not enact is unchanged.")],
     "division (B)'s two objects split into numbered items (1) and (2) under a list stem; no words of substance changed.")
pair("ohio963", "exception_added",
     [("is ineligible to receive any homeland security funding available from the state.",
       "is ineligible to receive any homeland security funding available from the state.\n\n(D) Nothing in this section requires a state or local employee to detain a person solely on the basis of an immigration detainer request that is not accompanied by a warrant signed by a judge.")],
     [("", "(D) Nothing in this section requires a state or local employee to detain a person solely on the basis of an immigration detainer request that is not accompanied by a warrant signed by a judge.", L, ["detainers_holds"],
       "A carve-out from the duty to assist lets employees refuse to hold people on ICE detainers that lack a judicial warrant.")],
     "a new division (D) added saying nothing in the section requires holding a person on a detainer not accompanied by a judge's warrant.")

# ---------------- Wisconsin 2005 SB 715 (proposed 66.0408) ----------------
pair("wi715", "scope_change",
     [("may not enact an ordinance or adopt a resolution prohibiting", "may not enact an ordinance, adopt a resolution, or establish a policy prohibiting"),
      ("an ordinance or resolution that is inconsistent with par. (a), the ordinance or resolution does not apply", "an ordinance, resolution, or policy that is inconsistent with par. (a), the ordinance, resolution, or policy does not apply")],
     [("may not enact an ordinance or adopt a resolution prohibiting", "may not enact an ordinance, adopt a resolution, or establish a policy prohibiting", E, ["status_inquiry"],
       "The ban on local rules that stop employees asking about immigration status now also reaches unwritten or administrative policies.")],
     "in (2)(a) 'or establish a policy' added to the banned instruments, and (2)(b) conformed ('ordinance, resolution, or policy').")
pair("wi715", "list_added",
     [("from inquiring about the immigration status of an individual seeking or receiving public services from the political subdivision.",
       "from inquiring about the immigration status of an individual seeking or receiving public services from the political subdivision or from notifying the federal government of the presence of illegal aliens in the political subdivision.")],
     [("", "or from notifying the federal government of the presence of illegal aliens in the political subdivision", E, ["information_sharing", "ice_cooperation"],
       "Local rules may no longer stop employees from reporting people to the federal government, widening the anti-sanctuary ban to information sharing.")],
     "a second protected activity, notifying the federal government of the presence of illegal aliens, added to (2)(a) (the wording used in the 2007 successor bill AB 569's analysis).")
pair("wi715", "exception_added",
     [("may not be enforced.", "may not be enforced.\n\n(c) Paragraph (a) does not apply to an ordinance or resolution that prohibits inquiries about the immigration status of an individual who is seeking services as the victim of or a witness to a crime, or of an individual who is seeking emergency medical services.")],
     [("", "Paragraph (a) does not apply to an ordinance or resolution that prohibits inquiries about the immigration status of an individual who is seeking services as the victim of or a witness to a crime", L, ["status_inquiry", "access_to_services"],
       "Local ordinances may now bar status questions to crime victims and witnesses, an exception to the ban on such ordinances."),
      ("", "or of an individual who is seeking emergency medical services.", L, ["status_inquiry", "access_to_services"],
       "The same exception also lets localities bar status questions to people seeking emergency medical care.")],
     "a new (2)(c) exempting from (a) local rules that protect crime victims, witnesses and people seeking emergency medical services from status inquiries.")
pair("wi715", "neutral_rewrite",
     [("(b) If a political subdivision has in effect on the effective date of this paragraph .... [revisor inserts date], an ordinance or resolution that is inconsistent with par. (a), the ordinance or resolution does not apply and may not be enforced.",
       "(b) An ordinance or resolution that is inconsistent with par. (a) and that a political subdivision has in effect on the effective date of this paragraph .... [revisor inserts date] does not apply and may not be enforced.")],
     [("If a political subdivision has in effect on the effective date of this paragraph .... [revisor inserts date], an ordinance or resolution that is inconsistent with par. (a), the ordinance or resolution does not apply and may not be enforced.",
       "An ordinance or resolution that is inconsistent with par. (a) and that a political subdivision has in effect on the effective date of this paragraph .... [revisor inserts date] does not apply and may not be enforced.", N, ["status_inquiry"],
       "The voiding of existing inconsistent ordinances is reworded without changing which ordinances are void.")],
     "(2)(b) reworded with the ordinance as subject; same effect.")

# ---------------- Kentucky 20 RS BR 194 (anti-sanctuary definitions) ----------------
pair("kybr194", "list_item_added",
     [("within the jurisdiction of the local government;", "within the jurisdiction of the local government;\n\n2. Prohibits a law enforcement officer from honoring an immigration detainer request issued by United States Immigration and Customs Enforcement;")],
     [("", "2. Prohibits a law enforcement officer from honoring an immigration detainer request issued by United States Immigration and Customs Enforcement;", E, ["detainers_holds"],
       "A local rule refusing ICE detainers becomes a forbidden sanctuary policy, pushing jails toward honoring detainers.")],
     "a new item 2. (refusing ICE detainers) added to the definition of 'sanctuary policy' in (d).")
pair("kybr194", "definition_change",
     [(", and includes local air boards organized under KRS Chapter 83 as well as any other special district in the Commonwealth employing law enforcement officers;", ";")],
     [(", and includes local air boards organized under KRS Chapter 83 as well as any other special district in the Commonwealth employing law enforcement officers;", ";", L, ["ice_cooperation"],
       "Airport boards and special districts with police drop out of 'local government', so the sanctuary-policy ban no longer binds them.")],
     "the closing clause on local air boards and special districts deleted from the definition of 'Local government' in (b).")
pair("kybr194", "scope_change",
     [("means an order, ordinance, resolution, or policy, whether formally enacted or informally adopted by custom or practice, that:", "means an order, ordinance, resolution, or policy, formally enacted, that:")],
     [("whether formally enacted or informally adopted by custom or practice", "formally enacted", L, ["ice_cooperation", "information_sharing"],
       "Only formally enacted rules count as sanctuary policies, so informal practices of non-cooperation escape the ban.")],
     "'whether formally enacted or informally adopted by custom or practice' narrowed to 'formally enacted' in (d).")
pair("kybr194", "restated",
     [("means any elected or appointed official or any law enforcement officer serving a local government;", "means any law enforcement officer, or any elected or appointed official, who serves a local government;"),
      ("from communicating or cooperating with federal agencies or officials to verify or report the immigration status", "from cooperating or communicating with federal officials or agencies to verify or report the immigration status")],
     [("any elected or appointed official or any law enforcement officer serving a local government", "any law enforcement officer, or any elected or appointed official, who serves a local government", N, ["ice_cooperation"],
       "Same persons covered, listed in another order."),
      ("communicating or cooperating with federal agencies or officials", "cooperating or communicating with federal officials or agencies", N, ["information_sharing"],
       "Word pairs swapped; the sanctuary-policy definition covers the same conduct.")],
     "(c) and (d)1. reworded (word order only).")
pair("kybr194", "definition_change",
     [("constables, jailers, deputy jailers, executive directors and corrections personnel of metropolitan correctional services departments operating under KRS Chapter 67B, law enforcement support personnel,", "constables, law enforcement support personnel,")],
     [("jailers, deputy jailers, executive directors and corrections personnel of metropolitan correctional services departments operating under KRS Chapter 67B, ", "", L, ["detainers_holds", "ice_cooperation"],
       "Jail staff are taken out of 'law enforcement officer', so the anti-sanctuary rules no longer reach how jails deal with ICE.")],
     "jailers, deputy jailers and metro corrections personnel deleted from the definition of 'Law enforcement officer' in (a).")

# ---------------- Minnesota North Star Act draft, page 3 ----------------
pair("mnp3", "list_item_removed",
     [("(1) investigate a suspected immigration violation; or\n\n(2) inquire about immigration or citizenship status or place of birth of an arrestee or victim of a crime.", "(1) investigate a suspected immigration violation.")],
     [("(2) inquire about immigration or citizenship status or place of birth of an arrestee or victim of a crime.", "", E, ["status_inquiry"],
       "Officers are no longer barred from stopping or detaining people in order to ask about status or birthplace.")],
     "item (b)(2) deleted and (b)(1) closed with a period.")
pair("mnp3", "exception_added",
     [("(b) A law enforcement official shall not stop, arrest, search, or detain an individual to:", "(b) Unless a federal immigration officer has requested the official's assistance, a law enforcement official shall not stop, arrest, search, or detain an individual to:")],
     [("", "Unless a federal immigration officer has requested the official's assistance,", E, ["enforcement_authority", "ice_cooperation"],
       "The stop-and-detain ban now lifts whenever ICE asks for help, an exception that swallows much of the rule.")],
     "an opening exception 'Unless a federal immigration officer has requested the official's assistance' added to (b).")
pair("mnp3", "scope_change",
     [("(b) A law enforcement official shall not stop, arrest, search, or detain an individual to:", "(b) A law enforcement official shall not stop, question, arrest, search, or detain an individual to:"),
      ("place of birth of an arrestee or victim of a crime.", "place of birth of any person, including an arrestee, witness, or victim of a crime.")],
     [("shall not stop, arrest, search, or detain", "shall not stop, question, arrest, search, or detain", L, ["enforcement_authority", "status_inquiry"],
       "Questioning is added to the acts officers may not take for immigration purposes."),
      ("of an arrestee or victim of a crime.", "of any person, including an arrestee, witness, or victim of a crime.", L, ["status_inquiry"],
       "The ban on status and birthplace questions now protects every person, witnesses included.")],
     "'question' added to (b)'s verbs and (b)(2) widened from 'an arrestee or victim' to 'any person, including an arrestee, witness, or victim'.")
pair("mnp3", "list_item_removed",
     [("national or ethnic origin;\n\n(2) make a governmental database available, in whole or in part, to any person or entity for the purpose of immigration enforcement or investigation or enforcement of any federal program requiring registration of individuals on the basis of race, gender, sexual orientation, religion, immigration status, or national or ethnic origin; or\n\n(3) participate in any manner in the creation or maintenance of a registry described in clause (1) or (2).",
       "national or ethnic origin; or\n\n(2) participate in any manner in the creation or maintenance of a registry described in clause (1).")],
     [("(2) make a governmental database available, in whole or in part, to any person or entity for the purpose of immigration enforcement", "", E, ["information_sharing"],
       "Funded agencies are no longer forbidden to open government databases for immigration enforcement.")],
     "item (c)(2) (databases for immigration enforcement) deleted; (c)(3) renumbered (2) and its cross-reference conformed.")
pair("mnp3", "reparagraphed",
     [("(b) A law enforcement official shall not stop, arrest, search, or detain an individual to:\n\n(1) investigate a suspected immigration violation; or\n\n(2) inquire about immigration or citizenship status or place of birth of an arrestee or victim of a crime.",
       "(b) A law enforcement official shall not stop, arrest, search, or detain an individual to investigate a suspected immigration violation or to inquire about immigration or citizenship status or place of birth of an arrestee or victim of a crime.")],
     [("to:\n\n(1) investigate a suspected immigration violation; or\n\n(2) inquire about", "to investigate a suspected immigration violation or to inquire about", N, ["enforcement_authority", "status_inquiry"],
       "The two listed purposes are run into one sentence; the prohibition is the same.")],
     "paragraph (b)'s items (1)-(2) merged into one sentence.")

# ---------------- Minnesota North Star Act draft, page 4 ----------------
pair("mnp4", "scope_change",
     [("redistribution of that data to federal immigration authorities or for the purpose of civil immigration enforcement.", "redistribution of that data for the purpose of civil immigration enforcement.")],
     [("to federal immigration authorities or for the purpose of civil immigration enforcement", "for the purpose of civil immigration enforcement", E, ["information_sharing"],
       "Data contracts need only bar resale for civil immigration enforcement, so data can flow to immigration authorities for other stated purposes.")],
     "'to federal immigration authorities or' deleted from item (3).")
pair("mnp4", "exception_added",
     [("for civil immigration enforcement purposes no later than .......", "for civil immigration enforcement purposes no later than ......., unless the governing body of the county votes to continue the agreement")],
     [("", ", unless the governing body of the county votes to continue the agreement", E, ["detainers_holds", "ice_cooperation"],
       "A county board may now keep an immigration detention contract going instead of having to end it.")],
     "an exception 'unless the governing body of the county votes to continue the agreement' added to item (1).")
pair("mnp4", "restated",
     [("No data or information may be disseminated, distributed, or shared under any agreement that does not contain restrictions as required under this clause;", "Data or information shall not be disseminated, distributed, or shared under an agreement that lacks the restrictions required under this clause;")],
     [("No data or information may be disseminated, distributed, or shared under any agreement that does not contain restrictions as required under this clause;", "Data or information shall not be disseminated, distributed, or shared under an agreement that lacks the restrictions required under this clause;", N, ["information_sharing"],
       "Same prohibition on sharing under agreements lacking the required restrictions, reworded.")],
     "last sentence of item (3) reworded.")
pair("mnp4", "scope_change",
     [("that is utilized to house or detain any person for civil immigration enforcement purposes", "that is utilized to house, detain, or transport any person for civil immigration enforcement purposes")],
     [("to house or detain any person", "to house, detain, or transport any person", L, ["ice_cooperation", "detainers_holds"],
       "Contracts to transport people for ICE must also be ended, ending one more form of help with immigration enforcement.")],
     "'or transport' added to item (1).")

# ---------------- Minneapolis PD statement / policy ----------------
pair("mpd", "scope_change",
     [("when potential violation of the federal immigration law is the principal issue.", "when potential violation of the federal immigration law is the sole issue.")],
     [("is the principal issue", "is the sole issue", E, ["enforcement_authority"],
       "The bar now applies only when immigration is the sole issue, so officers may act whenever some other matter is also present.")],
     "'principal issue' changed to 'sole issue' in the policy's second paragraph.")
pair("mpd", "scope_change",
     [("Officers shall not independently undertake to approach", "Officers shall not undertake to approach"),
      ("Neither shall any officer independently seek to ascertain", "Neither shall any officer seek to ascertain")],
     [("Officers shall not independently undertake", "Officers shall not undertake", L, ["enforcement_authority", "ice_cooperation"],
       "Without 'independently' the bar also covers acting alongside or at the request of federal agents."),
      ("Neither shall any officer independently seek to ascertain", "Neither shall any officer seek to ascertain", L, ["status_inquiry"],
       "Officers may not seek a person's status at all, not just on their own initiative.")],
     "'independently' deleted from both sentences of the policy's second paragraph.")
pair("mpd", "restated",
     [("as the sole authority in immigration matters. This means that state and local law enforcement agencies have no authority with respect to immigration violations.",
       "as the only authority in immigration matters. State and local law enforcement agencies therefore have no authority with respect to immigration violations."),
      ("has made a statement on its role in immigration", "has issued a statement on its role in immigration")],
     [("This means that state and local law enforcement agencies have no authority", "State and local law enforcement agencies therefore have no authority", N, ["enforcement_authority"],
       "Same statement that local agencies lack immigration authority, reworded."),
      ("as the sole authority in immigration matters", "as the only authority in immigration matters", N, ["enforcement_authority"],
       "'sole' and 'only' mean the same here.")],
     "policy's first paragraph reworded ('sole'->'only', 'This means that ...'->'... therefore ...'); 'made' -> 'issued' in the introduction.")

# ---------------- Wisconsin 2025 SB 54 ----------------
pair("wisb54", "list_item_removed",
     [("in a public building or facility, school, place of worship, place where child care services are provided,", "in a public building or facility, place where child care services are provided,")],
     [("school, place of worship, ", "", E, ["raids_joint_operations", "ice_cooperation"],
       "Schools and places of worship drop out of the protected places, so officials may help ICE detain people there.")],
     "'school, place of worship,' deleted from the list of covered places.")
pair("wisb54", "list_item_added",
     [("in a public building or facility, school,", "in a public building or facility, courthouse, school,")],
     [("public building or facility, school,", "public building or facility, courthouse, school,", L, ["raids_joint_operations", "ice_cooperation"],
       "Courthouses are added to the places where officials may not help with status-only detentions.")],
     "'courthouse' added to the list of covered places.")
pair("wisb54", "exception_changed",
     [("as required pursuant to a properly executed judicial warrant.", "as required pursuant to a properly executed judicial or administrative warrant.")],
     [("a properly executed judicial warrant", "a properly executed judicial or administrative warrant", E, ["detainers_holds", "ice_cooperation"],
       "An ICE administrative warrant now suffices to give access, widening the exception.")],
     "'or administrative' added to the warrant exception.")
pair("wisb54", "scope_change",
     [(" The bill applies only to a detention that occurs in a public building or facility, school, place of worship, place where child care services are provided, or place where medical or other health care services are provided.", "")],
     [("The bill applies only to a detention that occurs in a public building or facility, school, place of worship, place where child care services are provided, or place where medical or other health care services are provided.", "", L, ["ice_cooperation", "raids_joint_operations"],
       "Without the place limit, officials may not aid any status-only detention anywhere.")],
     "the sentence limiting the bill to listed places deleted.")

# ---------------- Wisconsin 2019 SB 401 ----------------
pair("wisb401", "definition_change",
     [("any federal civil immigration law or any federal criminal immigration law that penalizes an individual's presence in, entry or reentry to, or employment in the United States.", "any federal civil immigration law.")],
     [("or any federal criminal immigration law that penalizes an individual's presence in, entry or reentry to, or employment in the United States", "", E, ["enforcement_authority", "ice_cooperation"],
       "Criminal entry and reentry laws fall out of 'immigration enforcement', so officers may help enforce them.")],
     "the criminal-law limb deleted from the definition of 'immigration enforcement'.")
pair("wisb401", "exception_added",
     [("nor may a sheriff or deputy provide such assistance. ", ""),
      ("detaining an individual on an Immigration and Customs Enforcement hold request.", "detaining an individual on an Immigration and Customs Enforcement hold request. However, a sheriff may hold an individual on such a request for up to 48 hours if the individual has been convicted of a felony.")],
     [("", "However, a sheriff may hold an individual on such a request for up to 48 hours if the individual has been convicted of a felony.", E, ["detainers_holds"],
       "Sheriffs may now honor ICE holds for up to 48 hours for people with felony convictions."),
      ("nor may a sheriff or deputy provide such assistance.", "", E, ["ice_cooperation"],
       "The express ban on sheriffs and deputies helping immigration officers is dropped.")],
     "'nor may a sheriff or deputy provide such assistance' deleted and a 48-hour felony exception for ICE holds added at the end.")
pair("wisb401", "definition_change",
     [("any federal criminal immigration law that penalizes an individual's presence in, entry or reentry to, or employment in the United States.", "any federal criminal immigration law.")],
     [("any federal criminal immigration law that penalizes an individual's presence in, entry or reentry to, or employment in the United States.", "any federal criminal immigration law.", L, ["enforcement_authority", "ice_cooperation"],
       "Every federal criminal immigration law now counts as immigration enforcement, so the bans on assistance reach more activity.")],
     "the limiting clause 'that penalizes ... employment in the United States' deleted from the definition.")
pair("wisb401", "reparagraphed",
     [("nor may a sheriff or deputy provide such assistance. In addition, neither", "nor may a sheriff or deputy provide such assistance.\n\nIn addition, neither")],
     [("provide such assistance. In addition, neither", "provide such assistance.\n\nIn addition, neither", N, ["enforcement_authority"],
       "Only a paragraph break is added; the rules are unchanged.")],
     "second analysis paragraph split in two at 'In addition'.")

# ---------------- Wisconsin 2015 AB 450 ----------------
pair("wiab450", "scope_change",
     [("an individual who has been lawfully detained or arrested,", "an individual who has been arrested,")],
     [("who has been lawfully detained or arrested", "who has been arrested", L, ["status_inquiry"],
       "Local rules may now forbid status questions during mere detentions; only the ban for arrests remains.")],
     "'lawfully detained or' deleted.")
pair("wiab450", "modal_change",
     [("the department of revenue must reduce", "the department of revenue may reduce")],
     [("the department of revenue must reduce", "the department of revenue may reduce", L, ["ice_cooperation"],
       "The revenue penalty for sanctuary policies becomes discretionary, so the push to cooperate is weaker.")],
     "'must reduce' changed to 'may reduce'.")
pair("wiab450", "rule_added",
     [("with immigration enforcement. The bill also authorizes", "with immigration enforcement. The bill also requires a political subdivision to comply with a lawful detainer that is issued by U.S. Immigration and Customs Enforcement. The bill also authorizes")],
     [("", "The bill also requires a political subdivision to comply with a lawful detainer that is issued by U.S. Immigration and Customs Enforcement.", E, ["detainers_holds"],
       "A new duty to honor ICE detainers is added.")],
     "a sentence requiring compliance with ICE detainers added (wording borrowed from the analysis of the 2019 successor bill AB 138).")

# ---------------- more neutral controls ----------------
pair("wisb54", "restated",
     [("Also, the bill does not prohibit any state or local government official from providing access to any place or facility as required pursuant to a properly executed judicial warrant.",
       "Also, nothing in the bill prohibits a state or local government official from providing access to any place or facility when a properly executed judicial warrant requires it.")],
     [("the bill does not prohibit any state or local government official from providing access to any place or facility as required pursuant to a properly executed judicial warrant",
       "nothing in the bill prohibits a state or local government official from providing access to any place or facility when a properly executed judicial warrant requires it", N, ["ice_cooperation"],
       "The judicial-warrant carve-out is reworded; same scope.")],
     "the warrant sentence reworded.")
pair("ohio963", "restated",
     [("(C)(1) Any municipal corporation that enacts any ordinance, policy, directive, rule, or resolution that division (B) of this section prohibits is ineligible to receive any homeland security funding available from the state.",
       "(C)(1) A municipal corporation is ineligible to receive any homeland security funding available from the state if it enacts an ordinance, policy, directive, rule, or resolution that division (B) of this section prohibits.")],
     [("Any municipal corporation that enacts any ordinance, policy, directive, rule, or resolution that division (B) of this section prohibits is ineligible to receive any homeland security funding available from the state.",
       "A municipal corporation is ineligible to receive any homeland security funding available from the state if it enacts an ordinance, policy, directive, rule, or resolution that division (B) of this section prohibits.", N, ["ice_cooperation"],
       "The funding sanction is restated with the condition moved to the end; same sanction.")],
     "(C)(1) reordered.")

# ---------------- GENUINE: Wisconsin anti-sanctuary proposal, 2015 AB 450 -> 2019 AB 138 ----------------
old = T["wiab450"]; new = T["wiab138"]
ch = [
 ("inquiring about the immigration status of an individual who has been lawfully detained or arrested", "ascertaining whether an individual has satisfactory immigration status", E, ["status_inquiry"],
  "Local rules may no longer stop employees from checking the status of anyone, not only of people lawfully detained or arrested."),
 ("from otherwise cooperating with or assisting the federal government, or other units of government, with immigration enforcement", "prohibits the enforcement of a federal or state law relating to illegal aliens", E, ["ice_cooperation", "enforcement_authority"],
  "The ban now covers any local rule that prohibits enforcing federal or state law on illegal aliens, a wider ban than one on rules against assisting other governments."),
 ("", "The bill also requires a political subdivision to comply with a lawful detainer that is issued by U.S. Immigration and Customs Enforcement", E, ["detainers_holds"],
  "A new duty to honor ICE detainers is added."),
 ("", "Also under the bill, if a court makes such a finding, the political subdivision is liable for any damages caused by an illegal alien.", E, ["ice_cooperation"],
  "Damages liability is added as a further penalty for sanctuary policies, pushing localities to cooperate."),
]
chs = [{"quote_old": a, "quote_new": b, "label": l, "topics": t, "why": w} for a, b, l, t, w in ch]
tops = []
for c in chs:
    for t in c["topics"]:
        if t not in tops: tops.append(t)
P.append({"id": "JC-%02d" % (len(P) + 1), "situation": "mixed", "old": old, "new": new, "changes": chs, "label": pair_label(chs), "topics": tops,
          "source": "GENUINE: two published versions of the same Wisconsin anti-sanctuary proposal by the same lead sponsor (Rep. Spiros; Sen. Nass lead cosponsor), the 2015 bill and its 2019 reintroduction; relating clause and Legislative Reference Bureau analysis of each (the analysis, not the statutory text, which the stored copies do not reach). OLD = " + SRC["wiab450"] + ". NEW = Wisconsin 2019 Assembly Bill 138 (introduced March 25, 2019), proposed § 66.0414, relating clause and LRB analysis, https://docs.legis.wisconsin.gov/2019/related/proposals/ab138/1/_11 (line numbers removed; cut before the fiscal-estimate note). Not an amendment of one enacted text: neither bill passed; the 2019 bill re-offers the 2015 proposal as a new section number."})

with open(os.path.join(D, "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs")
for p in P:
    for s in ("old", "new"):
        if not 800 <= len(p[s]) <= 4000: print("LEN", p["id"], s, len(p[s]))
