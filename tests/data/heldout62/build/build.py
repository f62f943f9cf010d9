import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *

S = {
 "SNOHO": "Snohomish County (Washington) Sheriff's Office, web page 'Immigration FAQs', https://www.snohomishcountywa.gov/3876/52076/Immigration-FAQs (stored copy, undated, post-2019; quotes SCSO Policy 428 'Immigration Violations'): introduction and first three questions with answers; the stored copy breaks off inside the fourth question's answer, which is left out; curly quotes/apostrophes straightened.",
 "OLMSTED": "Olmsted County (Minnesota) Sheriff's Office, column 'Sheriff: We want to build trust with immigrant community', Rochester Post-Bulletin, June 2018, https://www.postbulletin.com/opinion/columnists/sheriff-we-want-to-build-trust-with-immigrant-community/article_ee3db6bc-68f4-11e8-98ae-07c1a0056d9f.html (stored copy): introduction and first two questions with answers; the third question (place of birth at booking) is cut off in the stored copy and left out; dashes and apostrophes straightened.",
 "BOULDER": "Boulder County (Colorado) District Attorney's Office, web page 'Immigrant rights in the Boulder County justice system', https://bouldercounty.gov/district-attorney/immigrant-rights-in-the-boulder-county-justice-system (stored copy, undated, after 2019): first eight bullets (state law, DA, county law enforcement and Boulder County Jail / BCSO Policy J1618); the stored copy breaks off in the ninth bullet, which is left out; bullets kept as '- ' paragraphs, apostrophes/dashes straightened.",
 "SLCO": "Salt Lake County (Utah) Sheriff's Office Corrections Bureau, web page 'ICE Dashboard FAQ', https://slco.org/sheriff/corrections-bureau/ice-dashboard/ice-dashboard-faq/ (stored copy, undated): opening paragraph and 'Understanding the process' steps 1-4; the stored copy breaks off in the second sentence of step 4, which is left out; each line of the page is a paragraph; apostrophes straightened.",
 "FRED": "Frederick County (Maryland) Sheriff's Office, web page '287(g) Program', https://www.frederickcosheriff.com/287g-program (stored copy; page text on the 287(g) partnership begun 2008 and the Victim Notification Program); 'top of page'/'bottom of page' furniture left out; apostrophes straightened.",
 "MONTEZ": "Montezuma County (Colorado) Sheriff's Office policy on immigration status and ICE as described by Sheriff Steve Nowlin to The Journal (Cortez), article 'What is Montezuma County Sheriff's basic stance on immigration status and ICE?', https://www.the-journal.com/articles/what-are-montezuma-county-sheriffs-basic-stance-on-immigration-status-and-ice (stored copy): the six paragraphs reporting the policy (headline and lead paragraph left out). A news report of the policy with the sheriff's quoted words, not the written policy itself; apostrophes/quotes straightened.",
}

pairs = []
def P(sit, key, base, edits, changes, what):
    new = apply(base, edits)
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    src = "CONSTRUCTED: OLD = real text, " + S[key] + " NEW = OLD with an edit written for this set: " + what
    p = dict(id="", situation=sit, old=base, new=new, changes=ch, label=pair_label(ch), topics=tops, source=src)
    pairs.append(p)
    return p

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- Snohomish (WA)
P("exception_added", "SNOHO", SNOHO,
  [('No. "To encourage', 'No, except that deputies may ask about citizenship status and notify ICE when a person is arrested for a felony. "To encourage')],
  [('No. "', 'No, except that deputies may ask about citizenship status and notify ICE when a person is arrested for a felony. "', E, ["status_inquiry", "information_sharing"],
    "A felony-arrest exception now lets deputies ask about status and tell ICE where the answer was a flat no.")],
  "an exception (felony arrests: deputies may ask about citizenship status and notify ICE) added to the answer 'No.'")
P("rule_added", "SNOHO", SNOHO,
  [("such as U.S. Immigration and Customs Enforcement (ICE).\n", "such as U.S. Immigration and Customs Enforcement (ICE). Deputies may, however, assist ICE or U.S. Customs and Border Protection agents who ask for help at the scene of a stop or an arrest.\n")],
  [("", "Deputies may, however, assist ICE or U.S. Customs and Border Protection agents who ask for help at the scene of a stop or an arrest.", E, ["ice_cooperation", "raids_joint_operations"],
    "A new permission lets deputies help ICE/CBP agents at stops and arrests.")],
  "a sentence permitting on-scene assistance to ICE/CBP added to the answer on why deputies do not enforce immigration laws.")
P("restated", "SNOHO", SNOHO,
  [("Snohomish County Sheriff's deputies are general authority Washington peace officers and are empowered to enforce", "As general authority Washington peace officers, Snohomish County Sheriff's deputies have the power to enforce"),
   ("Immigration status and removability is primarily the jurisdiction of the U.S. Immigration and Customs Enforcement (ICE), but several", "U.S. Immigration and Customs Enforcement (ICE) has primary jurisdiction over immigration status and removability, though several")],
  [("Snohomish County Sheriff's deputies are general authority Washington peace officers and are empowered to enforce", "As general authority Washington peace officers, Snohomish County Sheriff's deputies have the power to enforce", N, ["enforcement_authority"],
    "Same statement of the deputies' state-law authority, reworded."),
   ("Immigration status and removability is primarily the jurisdiction of the U.S. Immigration and Customs Enforcement (ICE), but several", "U.S. Immigration and Customs Enforcement (ICE) has primary jurisdiction over immigration status and removability, though several", N, ["enforcement_authority"],
    "Same allocation of immigration authority to federal agencies, reworded.")],
  "two sentences reworded without change of meaning (deputies' authority; ICE's primary jurisdiction).")
P("rule_added", "SNOHO", SNOHO,
  [("will not automatically lead to immigration inquiry and/or deportation.", "will not lead to immigration inquiry and/or deportation. Members shall not ask a victim, witness or other person about his or her immigration status, and shall not share such information with ICE or CBP.")],
  [("will not automatically lead to", "will not lead to", L, ["status_inquiry"],
    "Dropping 'automatically' turns a qualified assurance into an unqualified one that contact will not lead to immigration inquiry."),
   ("", "Members shall not ask a victim, witness or other person about his or her immigration status, and shall not share such information with ICE or CBP.", L, ["status_inquiry", "information_sharing"],
    "A new prohibition on asking about status and on sharing it with ICE/CBP.")],
  "'automatically' deleted and a sentence barring status questions and sharing with ICE/CBP added inside the quoted Policy 428 passage.")
P("scope_change", "SNOHO", SNOHO,
  [("victims and witnesses regardless of their immigration status.", "victims and witnesses who are lawfully present in the United States.")],
  [("victims and witnesses regardless of their immigration status.", "victims and witnesses who are lawfully present in the United States.", E, ["access_to_services"],
    "The office's commitment to victims and witnesses no longer extends to people regardless of status.")],
  "'regardless of their immigration status' in the opening commitment replaced by 'who are lawfully present in the United States'.")
P("approval_added", "SNOHO", SNOHO,
  [("as well as the Departments of State, Justice, and Labor.\n", "as well as the Departments of State, Justice, and Labor. Deputies shall not assist ICE or CBP in a civil immigration enforcement operation unless the Sheriff or the Sheriff's designee has approved the assistance in writing.\n")],
  [("", "Deputies shall not assist ICE or CBP in a civil immigration enforcement operation unless the Sheriff or the Sheriff's designee has approved the assistance in writing.", L, ["ice_cooperation", "supervisor_approval"],
    "Assistance to ICE/CBP operations now needs the Sheriff's written approval.")],
  "a sentence added requiring the Sheriff's written approval before deputies assist ICE/CBP in a civil immigration operation.")

# ---------------- Olmsted (MN)
P("cross_clause", "OLMSTED", OLMSTED,
  [("The sheriff's office does not hold individuals for ICE.", "The sheriff's office does not hold individuals for ICE, unless ICE presents a detainer accompanied by an administrative warrant (Form I-200 or I-205).")],
  [("The sheriff's office does not hold individuals for ICE.", "The sheriff's office does not hold individuals for ICE, unless ICE presents a detainer accompanied by an administrative warrant (Form I-200 or I-205).", E, ["detainers_holds"],
    "An exception in a later paragraph lets the jail hold people on administrative-warrant detainers despite the earlier statement that detainers are not honored.")],
  "an exception for detainers with an ICE administrative warrant added to the no-hold sentence in the last paragraph (the detainer answer above is unchanged).")
P("rule_added", "OLMSTED", OLMSTED,
  [("only provides the minimal amount of information to ICE.", "only provides the minimal amount of information to ICE. On request, the sheriff's office will notify ICE of the date and time an inmate who is the subject of an ICE detainer will be released."),
   ("It does not actively work with ICE to deport individuals.", "Nor does it take an active part in ICE deportation efforts.")],
  [("", "On request, the sheriff's office will notify ICE of the date and time an inmate who is the subject of an ICE detainer will be released.", E, ["information_sharing", "detainers_holds"],
    "New duty to give ICE release dates and times on request."),
   ("It does not actively work with ICE to deport individuals.", "Nor does it take an active part in ICE deportation efforts.", N, ["ice_cooperation"],
    "Same statement of non-participation in deportations, reworded.")],
  "release-notification sentence added; the sentence on deportation work reworded.")
P("scope_change", "OLMSTED", OLMSTED,
  [("only provides the minimal amount of information to ICE.", "only provides the minimal amount of information to ICE and does not share release dates, home addresses or other non-public information with ICE."),
   ("to inmates prior to leaving custody.", "to inmates prior to leaving custody, regardless of immigration status.")],
  [("only provides the minimal amount of information to ICE.", "only provides the minimal amount of information to ICE and does not share release dates, home addresses or other non-public information with ICE.", L, ["information_sharing"],
    "Release dates, addresses and other non-public data are now expressly withheld from ICE."),
   ("to inmates prior to leaving custody.", "to inmates prior to leaving custody, regardless of immigration status.", L, ["access_to_services"],
    "Referrals and assistance are now expressly given regardless of status.")],
  "the information sentence narrowed (no release dates, addresses or non-public information) and 'regardless of immigration status' added to referrals/assistance.")
P("approval_added", "OLMSTED", OLMSTED,
  [("It does not actively work with ICE to deport individuals.", "It does not actively work with ICE to deport individuals. ICE agents may interview an inmate only with the written approval of the jail administrator and the inmate's written consent.")],
  [("", "ICE agents may interview an inmate only with the written approval of the jail administrator and the inmate's written consent.", L, ["supervisor_approval", "ice_cooperation"],
    "ICE interviews in the jail now need the jail administrator's approval and the inmate's consent.")],
  "sentence added conditioning ICE jail interviews on the jail administrator's written approval and the inmate's written consent.")
P("rule_removed", "OLMSTED", OLMSTED,
  [("The sheriff's office does not hold individuals for ICE. It does not actively work with ICE to deport individuals. Sheriff's", "Sheriff's")],
  [("The sheriff's office does not hold individuals for ICE.", "", E, ["detainers_holds"],
    "The statement that no one is held for ICE is removed."),
   ("It does not actively work with ICE to deport individuals.", "", E, ["ice_cooperation"],
    "The statement that the office does not work with ICE on deportations is removed.")],
  "the first two sentences of the last paragraph (no holds for ICE; no active work with ICE to deport) deleted.")
P("rule_added", "OLMSTED", OLMSTED,
  [("immediately stopped honoring ICE detainers.", "immediately stopped honoring ICE detainers and requests for notification of release."),
   ("Sheriff's office staff does, however,", "The sheriff's office will not enter into a 287(g) agreement or any agreement to house ICE detainees. Sheriff's office staff does, however,")],
  [("immediately stopped honoring ICE detainers.", "immediately stopped honoring ICE detainers and requests for notification of release.", L, ["detainers_holds", "information_sharing"],
    "ICE requests for notice of release are now refused as well as detainers."),
   ("", "The sheriff's office will not enter into a 287(g) agreement or any agreement to house ICE detainees.", L, ["raids_joint_operations", "ice_cooperation"],
    "New bar on 287(g) and ICE detention agreements.")],
  "'and requests for notification of release' added to the detainer answer and a sentence barring 287(g) and ICE housing agreements added.")

# ---------------- Boulder (CO)
P("modal_change", "BOULDER", BOULDER,
  [("does not proactively notify the federal government about immigration status of individuals that are in-custody.", "may notify the federal government about immigration status of individuals that are in-custody when the jail commander approves.")],
  [("does not proactively notify the federal government about immigration status of individuals that are in-custody.", "may notify the federal government about immigration status of individuals that are in-custody when the jail commander approves.", E, ["information_sharing", "supervisor_approval"],
    "A no-notification rule becomes a permission to notify, subject only to the jail commander's approval.")],
  "the jail bullet changed from 'does not proactively notify' to 'may notify ... when the jail commander approves'.")
P("exception_changed", "BOULDER", BOULDER,
  [("with ICE absent a court order.", "with ICE absent a court order, a judicial warrant, or a written request from ICE.")],
  [("absent a court order.", "absent a court order, a judicial warrant, or a written request from ICE.", E, ["information_sharing"],
    "A written ICE request now suffices to share status information, widening the exception.")],
  "the exception to the no-sharing rule for county law enforcement widened to judicial warrants and written ICE requests.")
P("list_item_removed", "BOULDER", BOULDER,
  [("- The District Attorney's Office will not seek to obtain and will not provide any information obtained about the immigration status of a victim or witness to ICE and will not notify ICE if a defendant in a pending case is undocumented.\n\n", "")],
  [("- The District Attorney's Office will not seek to obtain and will not provide any information obtained about the immigration status of a victim or witness to ICE and will not notify ICE if a defendant in a pending case is undocumented.", "", E, ["information_sharing", "status_inquiry"],
    "The DA's commitments not to seek status, not to give it to ICE and not to report undocumented defendants are dropped.")],
  "the third bullet (DA's Office will not seek or provide status information, will not notify ICE) deleted.")
P("rule_added", "BOULDER", BOULDER,
  [("(BCSO Policy J1618)\n", "(BCSO Policy J1618)\n\n- ICE agents may not enter the secure areas of the Boulder County Jail or interview individuals in custody for civil immigration enforcement purposes.\n"),
   ("honor warrants signed by a judge or magistrate.", "honor warrants signed by a judge or magistrate, and will not hold any person on an ICE detainer or administrative warrant.")],
  [("", "- ICE agents may not enter the secure areas of the Boulder County Jail or interview individuals in custody for civil immigration enforcement purposes.", L, ["ice_cooperation"],
    "New bar on ICE access to the jail and on ICE interviews."),
   ("honor warrants signed by a judge or magistrate.", "honor warrants signed by a judge or magistrate, and will not hold any person on an ICE detainer or administrative warrant.", L, ["detainers_holds"],
    "Holds on ICE detainers or administrative warrants are now expressly refused.")],
  "a bullet barring ICE jail access and interviews added; 'and will not hold any person on an ICE detainer or administrative warrant' added to the last bullet.")
P("reparagraphed", "BOULDER", BOULDER,
  [("(BCSO Policy J1618)\n\n- Information about", "(BCSO Policy J1618) Information about"),
   ("is undocumented.\n\n- The DA's Office is willing", "is undocumented. The DA's Office is willing")],
  [("(BCSO Policy J1618)\n\n- Information about", "(BCSO Policy J1618) Information about", N, ["information_sharing"],
    "Two jail bullets run into one paragraph; words unchanged."),
   ("is undocumented.\n\n- The DA's Office is willing", "is undocumented. The DA's Office is willing", N, ["information_sharing"],
    "Two DA bullets run into one paragraph; words unchanged.")],
  "paragraph breaks only: the two DA bullets and the two jail bullets each merged into one paragraph (negative control).")
P("scope_change", "BOULDER", BOULDER,
  [("inside courthouses or in the immediate surrounding areas that serve courthouses (including the adjacent sidewalks, driveways, entryways, and parking areas). (C.R.S", "inside courthouses. (C.R.S"),
   ("state agencies and the Probation Department are prohibited", "state agencies are prohibited")],
  [("inside courthouses or in the immediate surrounding areas that serve courthouses (including the adjacent sidewalks, driveways, entryways, and parking areas).", "inside courthouses.", E, ["detainers_holds", "access_to_services"],
    "The courthouse civil-arrest ban no longer covers sidewalks, entryways and parking areas."),
   ("state agencies and the Probation Department are prohibited", "state agencies are prohibited", E, ["information_sharing"],
    "The Probation Department is no longer named in the ban on giving information to ICE.")],
  "courthouse-arrest bullet cut back to 'inside courthouses'; 'and the Probation Department' deleted from the information-sharing bullet.")

# ---------------- Salt Lake County (UT)
P("list_item_added", "SLCO", SLCO,
  [("requests; and 3) releasing", "requests; 3) releasing"),
   ("once criminal charges are resolved.", "once criminal charges are resolved; and 4) allowing ICE officers to interview individuals in custody.")],
  [("once criminal charges are resolved.", "once criminal charges are resolved; and 4) allowing ICE officers to interview individuals in custody.", E, ["ice_cooperation"],
    "A fourth form of cooperation - ICE interviews of people in custody - is added to the list."),
   ("requests; and 3)", "requests; 3)", N, ["ice_cooperation"],
    "The conjunction moves to the new last item; no change of meaning.")],
  "item 4) (ICE interviews of individuals in custody) added to the opening list, 'and' moved.")
P("definition_change", "SLCO", SLCO,
  [("A detainer includes Form I-247 accompanied by an I-200 or I-205 warrant.", "A detainer includes Form I-247 accompanied by a warrant signed by a federal judge or magistrate; a Form I-247 accompanied only by an I-200 or I-205 warrant is not a properly documented detainer request.")],
  [("accompanied by an I-200 or I-205 warrant.", "accompanied by a warrant signed by a federal judge or magistrate; a Form I-247 accompanied only by an I-200 or I-205 warrant is not a properly documented detainer request.", L, ["detainers_holds"],
    "A detainer the jail accepts now needs a judicial warrant; administrative warrants no longer qualify.")],
  "the definition of a (properly documented) detainer changed from an I-200/I-205 administrative warrant to a judicial warrant.")
P("scope_change", "SLCO", SLCO,
  [("(counting weekends and holidays)", "(not counting weekends and holidays)"),
   ("2) accepting properly documented ICE detainer requests", "2) accepting ICE detainer requests")],
  [("(counting weekends and holidays)", "(not counting weekends and holidays)", E, ["detainers_holds"],
    "Excluding weekends and holidays lengthens the time people can be held for ICE."),
   ("accepting properly documented ICE detainer requests", "accepting ICE detainer requests", E, ["detainers_holds"],
    "Detainers are accepted without the 'properly documented' condition.")],
  "'counting' -> 'not counting' weekends and holidays in step 4; 'properly documented' deleted from item 2).")
P("exception_added", "SLCO", SLCO,
  [("1) providing access to inmate information regarding citizenship status and country of origin;", "1) providing access to inmate information when ordered by a court;"),
   ("This includes Immigration and Customs Enforcement (ICE), a federal law enforcement agency.", "Citizenship status and country of origin information is not available to Immigration and Customs Enforcement (ICE) without a court order.")],
  [("providing access to inmate information regarding citizenship status and country of origin;", "providing access to inmate information when ordered by a court;", L, ["information_sharing"],
    "ICE's access to inmate information is now conditioned on a court order."),
   ("This includes Immigration and Customs Enforcement (ICE), a federal law enforcement agency.", "Citizenship status and country of origin information is not available to Immigration and Customs Enforcement (ICE) without a court order.", L, ["information_sharing"],
    "The records-system access rule gets an exception keeping status and origin data from ICE without a court order.")],
  "item 1) limited to court-ordered access and the 'This includes ICE' line replaced by a court-order exception for status and origin data.")
P("restated", "SLCO", SLCO,
  [("Overcrowding release decisions are not affected by citizenship status or county of origin information.", "Citizenship status and country of origin information play no part in overcrowding release decisions."),
   ("These questions are in compliance with the Department of State Consulate Notification process.", "These questions are asked to comply with the Department of State consular notification process.")],
  [("Overcrowding release decisions are not affected by citizenship status or county of origin information.", "Citizenship status and country of origin information play no part in overcrowding release decisions.", N, ["detainers_holds"],
    "Same rule on release decisions, reworded (and 'county' typo corrected)."),
   ("These questions are in compliance with the Department of State Consulate Notification process.", "These questions are asked to comply with the Department of State consular notification process.", N, ["status_inquiry"],
    "Same reason for the booking questions, reworded.")],
  "two lines of step 2 reworded without change of meaning.")
P("scope_change", "SLCO", SLCO,
  [("During the booking process every individual is asked about citizenship status and country of origin.", "During the booking process an individual is asked about country of origin only when consular notification may be required; staff do not ask about immigration status.")],
  [("every individual is asked about citizenship status and country of origin.", "an individual is asked about country of origin only when consular notification may be required; staff do not ask about immigration status.", L, ["status_inquiry"],
    "Booking questions are narrowed and asking about immigration status is barred.")],
  "the booking question narrowed to country of origin where consular notification may be required, with a bar on immigration-status questions.")

# ---------------- Frederick (MD)
pairs.append(dict(id="", situation="neutral_rewrite", old=FRED_A, new=FRED_B,
  changes=[dict(quote_old="", quote_new="287(G) PROGRAM", label=N, topics=["raids_joint_operations"],
                why="Only a page heading was added; the description of the 287(g) program is word for word the same.")],
  label=N, topics=["raids_joint_operations"],
  source="GENUINE: two stored captures of the same page, Frederick County (Maryland) Sheriff's Office '287(g) Program', https://www.frederickcosheriff.com/287g-program (search corpus 'pages', two versions stored, both undated). One capture begins with the heading '287(G) PROGRAM', the other does not; otherwise the texts are identical. Which capture is older is NOT known; OLD = capture without the heading. 'top of page'/'bottom of page' furniture left out of both; apostrophes straightened. A trivial genuine pair (negative control)."))
P("rule_added", "FRED", FRED_A,
  [("was discontinued in 2012.", "was discontinued in 2012 and reinstated in 2025; trained deputies may again question and arrest persons suspected of immigration violations during patrol operations.")],
  [("was discontinued in 2012.", "was discontinued in 2012 and reinstated in 2025; trained deputies may again question and arrest persons suspected of immigration violations during patrol operations.", E, ["raids_joint_operations", "enforcement_authority"],
    "The task force model returns, giving patrol deputies immigration questioning and arrest powers.")],
  "the sentence on the discontinued Task Force Model extended: reinstated in 2025 with patrol questioning/arrest powers.")
P("scope_change", "FRED", FRED_A,
  [("training office personnel from both the Detention Center and Law Enforcement Operations", "training office personnel from the Detention Center only"),
   ("against illegal aliens committing crimes within Frederick County.", "against illegal aliens booked into the Adult Detention Center on felony charges.")],
  [("from both the Detention Center and Law Enforcement Operations", "from the Detention Center only", L, ["raids_joint_operations", "enforcement_authority"],
    "287(g) authority is confined to detention staff; patrol deputies are excluded."),
   ("against illegal aliens committing crimes within Frederick County.", "against illegal aliens booked into the Adult Detention Center on felony charges.", L, ["enforcement_authority", "status_inquiry"],
    "Screening is limited to people booked on felony charges.")],
  "the 287(g) authorisation narrowed to Detention Center staff and to people booked on felony charges.")
P("restated", "FRED", FRED_A,
  [("The partnership with the Department of Homeland Security's Immigration and Customs Enforcement continues as a seamless partnership.", "The Sheriff's Office continues its partnership with the Department of Homeland Security's Immigration and Customs Enforcement without interruption.")],
  [("The partnership with the Department of Homeland Security's Immigration and Customs Enforcement continues as a seamless partnership.", "The Sheriff's Office continues its partnership with the Department of Homeland Security's Immigration and Customs Enforcement without interruption.", N, ["raids_joint_operations"],
    "Same statement that the 287(g) partnership continues, reworded.")],
  "the sentence on the continuing partnership reworded.")

# ---------------- Montezuma (CO)
P("exception_added", "MONTEZ", MONTEZ,
  [("before ICE can pick them up.", "before ICE can pick them up, except that an inmate who is the subject of an ICE detainer may be held for up to 48 hours if the inmate has been charged with a felony.")],
  [("before ICE can pick them up.", "before ICE can pick them up, except that an inmate who is the subject of an ICE detainer may be held for up to 48 hours if the inmate has been charged with a felony.", E, ["detainers_holds"],
    "A felony exception allows 48-hour detainer holds under a no-hold rule.")],
  "a felony exception (48-hour detainer hold) added to the no-hold sentence.")
P("exception_changed", "MONTEZ", MONTEZ,
  [("court case number of the arrestee, Nowlin", "court case number of the arrestee only if ICE presents a judicial warrant, Nowlin"),
   ("if there is a wanted notice in the National", "if there is a judicial warrant in the National")],
  [("court case number of the arrestee,", "court case number of the arrestee only if ICE presents a judicial warrant,", L, ["information_sharing"],
    "Arrest notifications to ICE now require a judicial warrant."),
   ("if there is a wanted notice in the National", "if there is a judicial warrant in the National", L, ["information_sharing"],
    "The exception for notifying ICE narrows from any NCIC wanted notice to a judicial warrant.")],
  "arrest notification conditioned on a judicial warrant; 'wanted notice' in the last paragraph's exception replaced by 'judicial warrant'.")
P("mixed", "MONTEZ", MONTEZ,
  [("at the time of arrest and booking into the detention center.", "at the time of arrest, but booking staff ask every arrestee about country of birth and citizenship."),
   ("The Sheriff's Office also does not notify ICE whenever", "The Sheriff's Office also notifies ICE whenever")],
  [("at the time of arrest and booking into the detention center.", "at the time of arrest, but booking staff ask every arrestee about country of birth and citizenship.", E, ["status_inquiry"],
    "Booking now includes questions on birth country and citizenship."),
   ("also does not notify ICE whenever", "also notifies ICE whenever", E, ["information_sharing"],
    "A no-notification practice becomes notification of every foreign-born booking.")],
  "booking dropped from the no-questions sentence (with citizenship questions added) and 'does not notify' changed to 'notifies'.")
P("restated", "MONTEZ", MONTEZ,
  [('"We do not ask arrestees about immigration status as we cannot enforce immigration law," Nowlin said.', '"Because we cannot enforce immigration law, we do not ask arrestees about their immigration status," Nowlin said.')],
  [('We do not ask arrestees about immigration status as we cannot enforce immigration law,', 'Because we cannot enforce immigration law, we do not ask arrestees about their immigration status,', N, ["status_inquiry"],
    "Same no-questions practice and reason, clauses reordered.")],
  "the sheriff's quoted sentence on status questions reordered.")
P("rule_added", "MONTEZ", MONTEZ,
  [('same as a parole violation, we do not house federal prisoners," Nowlin said. "Only La Plata County has a contract for federal inmate housing. ICE knows', 'same as a parole violation, but we now house ICE detainees under an agreement with ICE," Nowlin said. "ICE knows')],
  [("we do not house federal prisoners,", "but we now house ICE detainees under an agreement with ICE,", E, ["ice_cooperation"],
    "The jail now holds ICE detainees under a detention agreement."),
   ("Only La Plata County has a contract for federal inmate housing. ", "", N, ["ice_cooperation"],
    "A remark about another county's contract is dropped; it states no rule for this office.")],
  "'we do not house federal prisoners' replaced by an ICE detention agreement; the La Plata County remark deleted.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(pairs):
        p["id"] = "KM-%02d" % (i + 1)
        check(p)
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
