import json, os
from lib import apply, check, pair_label
import texts as T

U = {
 "DENVER": "Denver (Colorado) Revised Municipal Code sec. 28-253 'Civil immigration detainers and requests for voluntary notification' (ch. 28 art. VIII, Public Safety Enforcement Priorities Act, 2017; page says 'Latest version'), subsections (a) and (b)(1)-(2), http://denver-co.elaws.us/code/coor_ch28_artviii_sec28-253 (stored copy breaks off in (b)(3); cut before it). The City and County of Denver runs the county jails through the Denver Sheriff Department.",
 "HENNEPIN": "Hennepin County (Minnesota) Sheriff Richard W. Stanek, letter to the Minneapolis Mayor and City Council on the Sheriff's Office's immigration practices, September 21, 2017, as reproduced at https://secondward.blogspot.com/2017/10 (Council Member Cam Gordon's blog); date/address block, salutation and first three paragraphs (stored copy breaks off in the next paragraph; cut before it; line breaks of the blog rejoined into paragraphs).",
 "MD1222": "Maryland House Bill 1222 (2025 session, 'Maryland Values Act'), first reader as introduced Feb. 7, 2025, https://app.legiplex.com/md/legislature/2025/2025-r/bills/hb1222/draft-2059155?id=2059155: bill header, title, purpose paragraph and first 'BY adding to' block (stored copy continues with 'BY repealing and reenacting'; cut before it; line numbers removed, en-dashes normalised).",
 "MD1188": "Maryland House Bill 1188 (2025 session, 'Public Safety - Immigration Enforcement - Cooperation', Del. Miller et al.), first reader introduced Feb. 6, 2025, https://app.legiplex.com/md/legislature/2025/2025-r/bills/hb1188/drafts-latest: header, title, purpose, amending clauses and proposed Criminal Procedure 5-104(A)(1)-(2) (stored copy breaks off in (A)(3); cut before it; line numbers removed, capitals kept as printed, split words such as 'MAT TER' rejoined).",
 "ANNE_ARUNDEL": "Anne Arundel County (Maryland) news release 'County Executive Leopold Orders Detention Officials to House Illegal Immigrants with Detainers', December 4, 2008, http://www.aacounty.org/News/Archive2008/Detainers.cfm (whole release; navigation and footer left out).",
 "MULTNOMAH": "Multnomah County (Oregon) news release 'Board supports Sheriff's policy on immigration holds', April 4, 2013, https://multco.us/communications/news/board-supports-sheriffs-policy-immigration-holds (describes Board resolution supporting Sheriff Staton's detainer policy); first five paragraphs (stored copy breaks off in the paragraph after them; the Secure Communities paragraph was left out).",
 "CHELAN": "Chelan County (Washington) Board of Commissioners statement on ICE cooperation, as quoted in 'Chelan County: We cooperate with ICE as law allows' (Wenatchee World via The Daily World, Feb. 2017), http://www.thedailyworld.com/news/chelan-county-we-cooperate-with-ice-as-law-allows/ ; first eight paragraphs (cut before the paragraph on angry callers that follows).",
 "RIOARRIBA": "ACLU of New Mexico, 'New Mexico Freedom City Policies FAQ', https://www.aclu-nm.org/en/new-mexico-freedom-city-policies-faq : introduction and its summaries of Rio Arriba County Resolution 2010-082, Rio Arriba County Detention Center policy 2015-024 and Farmington Police Department policy 101-12 (cut before the San Juan County Detention Center entry, where the stored copy breaks off). The base text is the ACLU's published summary of the county policies, not the policies themselves.",
 "BALTCO": "Baltimore County (Maryland) Executive Order 'Law Enforcement Standards on Immigration Status, Diversity and Equity' (2017 Kamenetz order as updated by County Executive Mohler in 2018), page https://countycouncil.baltimorecountymd.gov/departments/executive/orders/enforcement-standards : heading, introductory note and the first six Whereas clauses (stored copy breaks off in the seventh; cut before it).",
 "CONTRA": "Contra Costa County (California) Board of Supervisors, County Administrator's report '2025 TRUTH Act Community Forum' (legislative file), https://contra-costa.legistar.com/LegislationDetail.aspx?FullText=1&GUID=679F50E0-9C78-4510-96A5-D69FE2555356&ID=7490667 : recommendations, fiscal impact and first two background paragraphs (the third breaks off in the stored copy; cut before it).",
}

P = []
def C(qo, qn, lab, tops, why):
    return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}

def add(sit, key, edits, changes, what, old=None, new=None, genuine=None):
    old = old if old is not None else getattr(T, key)
    new = new if new is not None else apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    if genuine:
        src = "GENUINE: " + genuine
    else:
        src = "CONSTRUCTED: OLD = real text, " + U[key] + " NEW = OLD with an edit written for this set: " + what
    p = {"id": "KA-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": src}
    check(p)
    P.append(p)

# ---------------- GENUINE ----------------
add("scope_change", "MD1222", None, [
    C("to detain a certain individual", "to provide certain notice of the release of a certain individual", "limits_enforcement", ["detainers_holds", "information_sharing"],
      "The committee amendment replaces the duty to hold the person for federal immigration authorities with a duty only to give notice of the release, so jails no longer keep people in custody for ICE."),
    C("A BILL ENTITLED", "CHAPTER ______", "neutral", ["ice_cooperation"],
      "Procedural header of the amended (second-reader) printing; no change in what officers do."),
    C("", "Committee Report: Favorable with amendments\nHouse action: Adopted\nRead second time: March 6, 2025", "neutral", ["ice_cooperation"],
      "Legislative-history lines of the amended printing; they change no rule."),
    ], "", old=T.MD1222_INTRO, new=T.MD1222_AMENDED,
    genuine="Maryland House Bill 1222 (2025, 'Maryland Values Act'). OLD = first reader as introduced Feb. 7, 2025, https://app.legiplex.com/md/legislature/2025/2025-r/bills/hb1222/draft-2059155?id=2059155. NEW = third-reader print with the Judiciary Committee amendments adopted (read second time March 6, 2025), https://app.legiplex.com/md/legislature/2025/2025-r/bills/hb1222/draft-2198209?id=2198209. Header, title, purpose paragraph and first 'BY adding to' block (both cut before 'BY repealing and reenacting'); bill line numbers removed, en-dashes normalised, sponsor list kept. The amended print marks deletions by strike-out, which the stored text loses: it reads 'to detain provide certain notice of the release of a certain individual'; NEW drops the struck word 'detain' (RECONSTRUCTION of the clean amended text from the bill's strike-out/underline convention; the amended purpose paragraph is otherwise word-for-word the introduced one). The 'Committee Report / House action / Read second time' lines are copied from the amended print.")

# ---------------- DENVER ----------------
add("exception_added", "DENVER",
    [("investigate or enforce any criminal law.", "investigate or enforce any criminal law, or to prohibit the department of safety from honoring a civil immigration detainer for an individual charged with a felony offense.")],
    [C("", ", or to prohibit the department of safety from honoring a civil immigration detainer for an individual charged with a felony offense", "expands_enforcement", ["detainers_holds"],
       "A new carve-out lets the city keep honoring detainers for anyone charged with a felony, which the section otherwise addresses as non-mandatory requests.")],
    "a carve-out 'or to prohibit the department of safety from honoring a civil immigration detainer for an individual charged with a felony offense' added to the last sentence of (a).")
add("scope_change", "DENVER",
    [("investigate or enforce any criminal law.", "investigate or enforce any criminal law, including criminal laws relating to unlawful entry or reentry into the United States.")],
    [C("", ", including criminal laws relating to unlawful entry or reentry into the United States", "expands_enforcement", ["enforcement_authority"],
       "The carve-out for criminal enforcement now expressly reaches criminal immigration offences such as illegal entry, widening what city officers may enforce.")],
    "', including criminal laws relating to unlawful entry or reentry into the United States' added to the last sentence of (a).")
add("reparagraphed", "DENVER",
    [("has occurred:\n\na. All criminal charges against the individual have been dropped or dismissed.\n\nb. The individual has been acquitted of all criminal charges filed against him or her.\n\nc.",
      "has occurred: a. All criminal charges against the individual have been dropped or dismissed. b. The individual has been acquitted of all criminal charges filed against him or her. c.")],
    [C("has occurred:\n\na. All criminal charges", "has occurred: a. All criminal charges", "neutral", ["detainers_holds"],
       "Items a. to c. are run into the definition's stem paragraph; the words and the list are unchanged.")],
    "items a.-c. of (b)(1) run into the stem paragraph (paragraph breaks removed; no word changed).")
add("restated", "DENVER",
    [("The purpose of this section is to address requests for non-mandatory civil immigration detainers, voluntary notification for release of individuals from custody, transmission of personal information, and other civil immigration documents based solely on alleged violations of the civil provisions of federal immigration laws.",
      "This section addresses non-mandatory civil immigration detainers, requests for voluntary notification of the release of individuals from custody, requests for transmission of personal information, and other civil immigration documents that are based solely on alleged violations of the civil provisions of federal immigration laws.")],
    [C("The purpose of this section is to address requests for non-mandatory civil immigration detainers", "This section addresses non-mandatory civil immigration detainers", "neutral", ["detainers_holds", "information_sharing"],
       "The purpose sentence is reworded with the same list of covered requests.")],
    "purpose sentence of (a) reworded ('This section addresses ...'), same items.")
add("definition_change", "DENVER",
    [("for a period not to exceed forty-eight (48) hours, including by way of example any such request appearing on an I-247A form or any similar form promulgated by federal immigration enforcement authorities.",
      "for a period not to exceed forty-eight (48) hours, including by way of example any such request appearing on an I-247A form or any similar form promulgated by federal immigration enforcement authorities, and any request to notify federal immigration enforcement authorities of the individual's release date or to transfer the individual to their custody.")],
    [C("", ", and any request to notify federal immigration enforcement authorities of the individual's release date or to transfer the individual to their custody", "limits_enforcement", ["detainers_holds", "information_sharing"],
       "The definition now also treats release-date notification and transfer requests as 'civil immigration detainers', bringing them under the section's limits on such requests.")],
    "release-date notification and transfer requests added to the definition of 'civil immigration detainer' in (b)(2). Label assumes, as (a) states, that the section limits compliance with such requests.")

# ---------------- HENNEPIN ----------------
add("list_item_removed", "HENNEPIN",
    [("during resident contacts, at the time of jail booking, or while an inmate is in custody.", "during resident contacts.")],
    [C("during resident contacts, at the time of jail booking, or while an inmate is in custody.", "during resident contacts.", "expands_enforcement", ["status_inquiry"],
       "The assurance that no status determination is made now covers only street contacts, leaving the jail free to determine status at booking and in custody.")],
    "'at the time of jail booking, or while an inmate is in custody' deleted from the status sentence.")
add("exception_added", "HENNEPIN",
    [("has no legal authority to detain an inmate once their criminal charges have been resolved by the Courts.",
      "has no legal authority to detain an inmate once their criminal charges have been resolved by the Courts, unless ICE presents a detainer accompanied by an administrative warrant of removal, in which case the inmate may be held for up to 48 hours.")],
    [C("", ", unless ICE presents a detainer accompanied by an administrative warrant of removal, in which case the inmate may be held for up to 48 hours", "expands_enforcement", ["detainers_holds"],
       "A new exception lets the jail hold people past release for 48 hours on an ICE detainer with an administrative (non-judicial) warrant.")],
    "exception for detainers with an administrative warrant (48-hour hold) added to the first sentence of the last paragraph.")
add("rule_added", "HENNEPIN",
    [("being held solely on immigration violations.", "being held solely on immigration violations. Nor does the Sheriff's Office notify ICE of an inmate's release date or allow ICE agents to interview inmates in the jail without a judicial warrant.")],
    [C("", "Nor does the Sheriff's Office notify ICE of an inmate's release date or allow ICE agents to interview inmates in the jail without a judicial warrant.", "limits_enforcement", ["information_sharing", "ice_cooperation"],
       "A new sentence rules out release-date notification to ICE and ICE interviews in the jail absent a judicial warrant.")],
    "sentence on release notification and ICE interviews added at the end.")
add("restated", "HENNEPIN",
    [("Accordingly local law enforcement officers in Minnesota do not enforce immigration laws only federal law enforcement officers are empowered to enforce immigration laws.",
      "For that reason, immigration laws are enforced only by federal law enforcement officers; local law enforcement officers in Minnesota have no power to enforce them.")],
    [C("Accordingly local law enforcement officers in Minnesota do not enforce immigration laws only federal law enforcement officers are empowered to enforce immigration laws.",
       "For that reason, immigration laws are enforced only by federal law enforcement officers; local law enforcement officers in Minnesota have no power to enforce them.", "neutral", ["enforcement_authority"],
       "Same statement that only federal officers enforce immigration law, reworded.")],
    "the sentence on who enforces immigration law reworded.")
add("mixed", "HENNEPIN",
    [("This is why we cannot honor ICE detainer requests- the Courts have been very clear: to do so would violate an individual's 4th Amendment Rights.",
      "This is why we cannot honor ICE detainer requests- the Courts have been very clear: to do so would violate an individual's 4th Amendment Rights. We do, however, notify ICE when an inmate subject to a detainer request is scheduled for release."),
     ("makes no determination of a person's immigration status during resident contacts", "makes no determination of, and does not ask about, a person's immigration status during resident contacts")],
    [C("", "We do, however, notify ICE when an inmate subject to a detainer request is scheduled for release.", "expands_enforcement", ["information_sharing", "ice_cooperation"],
       "A new sentence commits the jail to tell ICE when inmates with detainers are to be released."),
     C("makes no determination of a person's immigration status", "makes no determination of, and does not ask about, a person's immigration status", "limits_enforcement", ["status_inquiry"],
       "The office now also commits not to ask about immigration status, not only not to determine it.")],
    "release-notification sentence added after the detainer sentence, and ', and does not ask about,' added to the status sentence.")

# ---------------- MD 1222 constructed ----------------
add("rule_removed", "MD1222",
    [("requiring the termination of an existing immigration enforcement agreement on or before a certain date; ", "")],
    [C("requiring the termination of an existing immigration enforcement agreement on or before a certain date; ", "", "expands_enforcement", ["raids_joint_operations"],
       "Without the termination requirement, existing 287(g)-type agreements may run on; only new ones are barred.")],
    "the clause 'requiring the termination of an existing immigration enforcement agreement on or before a certain date;' deleted from the purpose paragraph.", old=T.MD1222_INTRO)
add("scope_change", "MD1222",
    [("prohibiting the State, a unit of local government, a county sheriff, or any agency,", "prohibiting the State, a unit of local government, or any agency,")],
    [C("a unit of local government, a county sheriff, or any agency,", "a unit of local government, or any agency,", "expands_enforcement", ["raids_joint_operations"],
       "County sheriffs drop out of the list barred from entering immigration enforcement agreements, so a sheriff could sign a 287(g) agreement.")],
    "'a county sheriff,' deleted from the list of entities barred from immigration enforcement agreements.", old=T.MD1222_INTRO)
add("exception_added", "MD1222",
    [("from entering into a certain immigration enforcement agreement;", "from entering into a certain immigration enforcement agreement, except an agreement limited to the identification of individuals in a local correctional facility who have been convicted of a crime of violence;")],
    [C("", ", except an agreement limited to the identification of individuals in a local correctional facility who have been convicted of a crime of violence", "expands_enforcement", ["raids_joint_operations", "status_inquiry"],
       "An exception to the agreement ban allows jail-based agreements to identify people convicted of violent crimes.")],
    "an exception for jail identification agreements (crimes of violence) added to the prohibition.", old=T.MD1222_INTRO)

# ---------------- MD 1188 constructed ----------------
add("list_item_removed", "MD1188",
    [("to run a certain search on the individual, make a certain notice to federal immigration authorities, and cooperate", "to run a certain search on the individual and cooperate")],
    [C("to run a certain search on the individual, make a certain notice to federal immigration authorities, and cooperate", "to run a certain search on the individual and cooperate", "limits_enforcement", ["information_sharing"],
       "The mandatory notice to federal immigration authorities is dropped from the duties imposed on agencies and jails.")],
    "'make a certain notice to federal immigration authorities,' deleted from the list of duties in the purpose paragraph.")
add("double_negation", "MD1188",
    [("prohibiting the State, a unit of local government, a county sheriff, or an agency of the State", "prohibiting the State, a unit of local government, or an agency of the State")],
    [C("a unit of local government, a county sheriff, or an agency", "a unit of local government, or an agency", "limits_enforcement", ["ice_cooperation"],
       "Sheriffs are no longer barred from adopting the (non-cooperation) policies the bill prohibits, so a sheriff may again limit cooperation.")],
    "'a county sheriff,' deleted from the list of entities barred from adopting certain (non-cooperation) policies.")
add("modal_change", "MD1188",
    [("FOR the purpose of requiring law enforcement agencies", "FOR the purpose of authorizing law enforcement agencies")],
    [C("FOR the purpose of requiring law enforcement agencies", "FOR the purpose of authorizing law enforcement agencies", "limits_enforcement", ["status_inquiry", "information_sharing", "ice_cooperation"],
       "The search, notice and cooperation duties become permissions, so agencies and jails may decline them.")],
    "'requiring' changed to 'authorizing' at the start of the purpose paragraph.")

# ---------------- ANNE ARUNDEL ----------------
add("scope_change", "ANNE_ARUNDEL",
    [("to hold illegal immigrants for up to 48 hours when", "to hold illegal immigrants for up to 48 hours, excluding weekends and holidays, when")],
    [C("", ", excluding weekends and holidays,", "expands_enforcement", ["detainers_holds"],
       "Excluding weekends and holidays lengthens the time a person can be held on an ICE detainer.")],
    "', excluding weekends and holidays,' added after 'up to 48 hours'.")
add("approval_added", "ANNE_ARUNDEL",
    [("authorities have issued a \"detainer\" on an individual.", "authorities have issued a \"detainer\" on an individual and the Director of Detention Facilities has approved the hold in writing.")],
    [C("", " and the Director of Detention Facilities has approved the hold in writing", "limits_enforcement", ["detainers_holds", "supervisor_approval"],
       "A detainer hold now also needs the Director's written approval, an added condition before holding anyone for ICE.")],
    "written approval by the Director of Detention Facilities added as a condition of the hold.")
add("neutral_rewrite", "ANNE_ARUNDEL",
    [("County Executive Leopold is responding to a request from ICE officials.", "The County Executive's action responds to a request made by ICE officials.")],
    [C("County Executive Leopold is responding to a request from ICE officials.", "The County Executive's action responds to a request made by ICE officials.", "neutral", ["ice_cooperation"],
       "Same background statement in other words.")],
    "the sentence on ICE's request reworded.")
add("exception_added", "ANNE_ARUNDEL",
    [("authorities have issued a \"detainer\" on an individual.", "authorities have issued a \"detainer\" on an individual, except that no individual shall be held on a detainer who is charged only with a traffic offense or a misdemeanor.")],
    [C("", ", except that no individual shall be held on a detainer who is charged only with a traffic offense or a misdemeanor", "limits_enforcement", ["detainers_holds"],
       "People charged only with traffic offences or misdemeanours are exempted from detainer holds.")],
    "exception for traffic/misdemeanour-only arrestees added to the order.")

# ---------------- MULTNOMAH ----------------
add("scope_change", "MULTNOMAH",
    [("to stop complying with federal immigration holds for low-level offenders in county jails.", "to stop complying with federal immigration holds for all offenders in county jails.")],
    [C("for low-level offenders in county jails", "for all offenders in county jails", "limits_enforcement", ["detainers_holds"],
       "The refusal to honor ICE holds now covers everyone in the jails, not only low-level offenders.")],
    "'low-level offenders' changed to 'all offenders' in the first paragraph.")
add("restated", "MULTNOMAH",
    [("The board's action at its regular meeting April 4 supports the change in policy taking effect April 15.", "The change in policy, which the board supported at its regular meeting on April 4, takes effect April 15.")],
    [C("The board's action at its regular meeting April 4 supports the change in policy taking effect April 15.", "The change in policy, which the board supported at its regular meeting on April 4, takes effect April 15.", "neutral", ["detainers_holds"],
       "Same dates and same board action, sentence reordered.")],
    "second paragraph reworded.")
add("exception_added", "MULTNOMAH",
    [("to stop complying with federal immigration holds for low-level offenders in county jails.", "to stop complying with federal immigration holds for low-level offenders in county jails, unless the Sheriff or his designee approves the hold after reviewing the person's criminal history.")],
    [C("", ", unless the Sheriff or his designee approves the hold after reviewing the person's criminal history", "expands_enforcement", ["detainers_holds", "supervisor_approval"],
       "An exception lets the Sheriff approve ICE holds for low-level offenders case by case, reopening holds the policy stopped.")],
    "an exception 'unless the Sheriff or his designee approves the hold after reviewing the person's criminal history' added to the first paragraph. (Situation: an approval path added as an exception to a prohibition; it widens what is allowed.)")

# ---------------- CHELAN ----------------
add("rule_removed", "CHELAN",
    [("\"Chelan County has in the past and continues to honor (Immigration and Customs Enforcement) requests to notify their office in advance of the release of individuals deemed of interest to ICE,\" says the statement by county commissioners Kevin Overbay, Keith Goehner and Doug England.\n\n", "")],
    [C("\"Chelan County has in the past and continues to honor (Immigration and Customs Enforcement) requests to notify their office in advance of the release of individuals deemed of interest to ICE,\"", "", "limits_enforcement", ["information_sharing", "ice_cooperation"],
       "The commitment to tell ICE in advance of releases disappears from the county's statement.")],
    "the quoted paragraph on honoring ICE release-notification requests deleted.")
add("exception_added", "CHELAN",
    [("What Chelan County cannot and will not do is to illegally hold prisoners past their scheduled release date.", "What Chelan County cannot and will not do is to illegally hold prisoners past their scheduled release date, unless ICE provides a probable cause affidavit with its detainer.")],
    [C("", ", unless ICE provides a probable cause affidavit with its detainer", "expands_enforcement", ["detainers_holds"],
       "An exception allows holding people past release when ICE attaches a probable cause affidavit, not a judicial warrant.")],
    "exception 'unless ICE provides a probable cause affidavit with its detainer' added (the practice the KIRO 7 list attributes to Clark County, WA).")
add("neutral_rewrite", "CHELAN",
    [("Chelan County expects to continue this practice of cooperation with ICE in a manner that fully complies with federal law.", "Chelan County will keep cooperating with ICE in this way, in full compliance with federal law.")],
    [C("Chelan County expects to continue this practice of cooperation with ICE in a manner that fully complies with federal law.", "Chelan County will keep cooperating with ICE in this way, in full compliance with federal law.", "neutral", ["ice_cooperation"],
       "Same statement of continued lawful cooperation, reworded.")],
    "last sentence of the statement reworded.")
add("scope_change", "CHELAN",
    [("requests to notify their office in advance of the release of individuals deemed of interest to ICE", "requests to notify their office in advance of the release of any foreign-born individual booked into the jail")],
    [C("of individuals deemed of interest to ICE", "of any foreign-born individual booked into the jail", "expands_enforcement", ["information_sharing"],
       "Release notification now covers every foreign-born inmate, not only those ICE has flagged.")],
    "the class of people whose release is notified widened to 'any foreign-born individual booked into the jail'.")

# ---------------- RIO ARRIBA / ACLU-NM ----------------
add("approval_removed_or_weakened", "RIOARRIBA",
    [("4. Prohibits ICE officials from telephone or in person contact with inmates without a court order.", "4. Prohibits ICE officials from telephone or in person contact with inmates without the approval of the detention center administrator.")],
    [C("without a court order", "without the approval of the detention center administrator", "expands_enforcement", ["ice_cooperation", "supervisor_approval"],
       "ICE access to inmates needs only the administrator's approval instead of a court order, an easier condition to meet.")],
    "'a court order' replaced by 'the approval of the detention center administrator' in detention item 4.")
add("list_item_added", "RIOARRIBA",
    [("4. Prohibits ICE officials from telephone or in person contact with inmates without a court order.", "4. Prohibits ICE officials from telephone or in person contact with inmates without a court order.\n\n5. Bars detention staff from notifying ICE of an inmate's release date or providing ICE with an inmate's home or work address.")],
    [C("", "5. Bars detention staff from notifying ICE of an inmate's release date or providing ICE with an inmate's home or work address.", "limits_enforcement", ["information_sharing"],
       "A new item forbids sharing release dates and addresses with ICE.")],
    "detention item 5 on release dates and addresses added.")
add("list_item_removed", "RIOARRIBA",
    [("initiating, prolonging, or expanding the scope or duration", "initiating or expanding the scope or duration")],
    [C("initiating, prolonging, or expanding", "initiating or expanding", "expands_enforcement", ["status_inquiry"],
       "Prolonging a stop to check immigration status is no longer among the prohibited acts.")],
    "'prolonging,' deleted from Farmington item 2.")
add("cross_clause", "RIOARRIBA",
    [("2. Mandates that inmates not be held beyond their release date even if there is an ICE hold.", "2. Mandates that inmates not be held beyond their release date even if there is an ICE hold, except as provided in item 4.")
     , ("4. Prohibits ICE officials from telephone or in person contact with inmates without a court order.", "4. Prohibits ICE officials from telephone or in person contact with inmates without a court order. Where ICE presents a court order, the inmate may be held up to 48 hours beyond the release date for transfer to ICE.")],
    [C("", ", except as provided in item 4", "expands_enforcement", ["detainers_holds"],
       "The no-hold rule now yields to item 4, which lets the jail hold an inmate up to 48 hours past release for transfer when ICE has a court order."),
     C("", "Where ICE presents a court order, the inmate may be held up to 48 hours beyond the release date for transfer to ICE.", "expands_enforcement", ["detainers_holds", "ice_cooperation"],
       "The exception itself, placed in another item: a 48-hour hold for transfer to ICE.")],
    "detention item 2 made subject to item 4, and item 4 given a sentence permitting a 48-hour post-release hold when ICE has a court order.")

# ---------------- BALTIMORE COUNTY ----------------
add("restated", "BALTCO",
    [("does not provide a Baltimore County Police Officer with a basis to arrest, detain, or extend a stop or detention of an individual who is the subject of that order, document, or representation; and",
      "is not a basis on which a Baltimore County Police Officer may arrest or detain the individual who is its subject, or extend a stop or detention of that individual; and")],
    [C("does not provide a Baltimore County Police Officer with a basis to arrest, detain, or extend a stop or detention of an individual who is the subject of that order, document, or representation",
       "is not a basis on which a Baltimore County Police Officer may arrest or detain the individual who is its subject, or extend a stop or detention of that individual", "neutral", ["enforcement_authority", "detainers_holds"],
       "Same recital that civil immigration documents give no basis to arrest, detain or extend a stop, reworded.")],
    "the last Whereas clause reworded.")
add("rule_removed", "BALTCO",
    [("Whereas, an administrative warrant, prior deportation order, or other document or representation alleging that an individual has committed a civil immigration violation does not provide a Baltimore County Police Officer with a basis to arrest, detain, or extend a stop or detention of an individual who is the subject of that order, document, or representation; and",
      "Whereas, an administrative warrant or prior deportation order may provide a Baltimore County Police Officer with a basis to detain an individual who is the subject of that order for a reasonable period while federal immigration authorities are contacted; and")],
    [C("does not provide a Baltimore County Police Officer with a basis to arrest, detain, or extend a stop or detention", "may provide a Baltimore County Police Officer with a basis to detain an individual who is the subject of that order for a reasonable period while federal immigration authorities are contacted", "expands_enforcement", ["enforcement_authority", "detainers_holds", "ice_cooperation"],
       "The recital now says civil immigration warrants can justify holding someone while ICE is called, reversing the statement that they give no basis.")],
    "the last Whereas clause reversed ('may provide ... a basis to detain ... for a reasonable period while federal immigration authorities are contacted').")

# ---------------- CONTRA COSTA ----------------
add("rule_added", "CONTRA",
    [("The County has not entered into subsequent contracts and does not house ICE Agency detainees within the adult or juvenile detention facility systems.",
      "The County has not entered into subsequent contracts and does not house ICE Agency detainees within the adult or juvenile detention facility systems. Any future agreement to house ICE Agency detainees shall require the prior approval of the Board of Supervisors at a public meeting.")],
    [C("", "Any future agreement to house ICE Agency detainees shall require the prior approval of the Board of Supervisors at a public meeting.", "limits_enforcement", ["ice_cooperation", "supervisor_approval"],
       "A new Board-approval requirement is placed on any future detention contract with ICE.")],
    "sentence requiring Board approval of any future ICE detention agreement added.")
add("definition_change", "CONTRA",
    [("provided the federal Immigration and Customs Enforcement (ICE) agency \"access\" to individuals for civil immigration enforcement purposes during the prior calendar year.",
      "provided the federal Immigration and Customs Enforcement (ICE) agency \"access\" to individuals for civil immigration enforcement purposes during the prior calendar year, \"access\" meaning only an in-person interview of an individual in custody.")],
    [C("", ", \"access\" meaning only an in-person interview of an individual in custody", "expands_enforcement", ["ice_cooperation", "information_sharing"],
       "Narrowing 'access' to interviews means release notifications and data sharing no longer trigger the public-forum accountability requirement.")],
    "a narrowing gloss on 'access' added to the TRUTH Act sentence. (A transparency duty rather than a direct limit; label read as fewer checks on cooperation.)")


# ---------------- multi-change pairs ----------------
add("mixed", "DENVER",
    [("investigate or enforce any criminal law.", "investigate or enforce any criminal law, or to prohibit the department of safety from honoring a civil immigration detainer for an individual charged with a felony offense."),
     ("similar form promulgated by federal immigration enforcement authorities.", "similar form promulgated by federal immigration enforcement authorities, and any request to notify federal immigration enforcement authorities of the individual's release date.")],
    [C("", ", or to prohibit the department of safety from honoring a civil immigration detainer for an individual charged with a felony offense", "expands_enforcement", ["detainers_holds"],
       "Carve-out lets the city honor detainers for people charged with felonies."),
     C("", ", and any request to notify federal immigration enforcement authorities of the individual's release date", "limits_enforcement", ["information_sharing"],
       "Release-date notification requests are brought within the definition and so under the section's limits.")],
    "felony-detainer carve-out added to (a) and release-date notification requests added to the (b)(2) definition; the two edits point in opposite directions.")
add("mixed", "MD1188",
    [("FOR the purpose of requiring law enforcement agencies", "FOR the purpose of authorizing law enforcement agencies"),
     ("prohibiting the State, a unit of local government, a county sheriff, or an agency of the State", "prohibiting the State or an agency of the State")],
    [C("FOR the purpose of requiring law enforcement agencies", "FOR the purpose of authorizing law enforcement agencies", "limits_enforcement", ["status_inquiry", "information_sharing", "ice_cooperation"],
       "The duties to search, notify and cooperate become mere permissions."),
     C("prohibiting the State, a unit of local government, a county sheriff, or an agency of the State", "prohibiting the State or an agency of the State", "limits_enforcement", ["ice_cooperation"],
       "Local governments and sheriffs are freed from the ban on adopting non-cooperation policies, so they may limit cooperation.")],
    "'requiring' -> 'authorizing', and 'a unit of local government, a county sheriff,' deleted from the ban on certain (non-cooperation) policies.")
add("mixed", "CHELAN",
    [("\"Chelan County has in the past and continues to honor (Immigration and Customs Enforcement) requests to notify their office in advance of the release of individuals deemed of interest to ICE,\"", "\"Chelan County will no longer honor (Immigration and Customs Enforcement) requests to notify their office in advance of the release of individuals deemed of interest to ICE,\""),
     ("to illegally hold prisoners past their scheduled release date.", "to illegally hold prisoners past their scheduled release date without a detainer signed by an ICE supervisory officer.")],
    [C("Chelan County has in the past and continues to honor", "Chelan County will no longer honor", "limits_enforcement", ["information_sharing", "ice_cooperation"],
       "The county stops honoring ICE release-notification requests."),
     C("", " without a detainer signed by an ICE supervisory officer", "expands_enforcement", ["detainers_holds"],
       "Holding past release becomes possible whenever an ICE supervisor signs the detainer, a non-judicial condition.")],
    "notification sentence reversed ('will no longer honor') and a supervisor-signed-detainer exception added to the no-hold sentence; the edits point both ways.")
add("mixed", "ANNE_ARUNDEL",
    [("to hold illegal immigrants for up to 48 hours when", "to hold illegal immigrants for up to 48 hours, excluding weekends and holidays, when"),
     ("County Executive Leopold is responding to a request from ICE officials.", "The County Executive's action responds to a request made by ICE officials.")],
    [C("", ", excluding weekends and holidays,", "expands_enforcement", ["detainers_holds"],
       "Excluding weekends and holidays lengthens detainer holds."),
     C("County Executive Leopold is responding to a request from ICE officials.", "The County Executive's action responds to a request made by ICE officials.", "neutral", ["ice_cooperation"],
       "Background sentence reworded.")],
    "weekend/holiday exclusion added to the 48-hour limit and the ICE-request sentence reworded.")
add("mixed", "MULTNOMAH",
    [("to stop complying with federal immigration holds for low-level offenders in county jails.", "to stop complying with federal immigration holds for low-level offenders in county jails and to bar ICE agents from interviewing those offenders in the jails without their written consent."),
     ("The board's action at its regular meeting April 4 supports the change in policy taking effect April 15.", "The change in policy, which the board supported at its regular meeting on April 4, takes effect April 15.")],
    [C("", " and to bar ICE agents from interviewing those offenders in the jails without their written consent", "limits_enforcement", ["ice_cooperation"],
       "A new bar on ICE jail interviews without consent is added to the policy the Board supports."),
     C("The board's action at its regular meeting April 4 supports the change in policy taking effect April 15.", "The change in policy, which the board supported at its regular meeting on April 4, takes effect April 15.", "neutral", ["detainers_holds"],
       "Same dates, sentence reordered.")],
    "consent requirement for ICE interviews added to the first paragraph and the second paragraph reworded.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs")
