import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []

def mk(sit, old, edits, source):
    """edits: (find, rep, label, topics, why[, qo, qn])"""
    new = apply(old, [(e[0], e[1]) for e in edits])
    ch = []
    for e in edits:
        qo, qn = (e[5], e[6]) if len(e) > 5 else (e[0], e[1])
        ch.append({"quote_old": qo, "quote_new": qn, "label": e[2], "topics": e[3], "why": e[4]})
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "HS-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": ch,
         "label": pair_label(ch), "topics": tops, "source": source}
    check(p); P.append(p)

def gen(sit, old, new, changes, source):
    ch = [{"quote_old": c[0], "quote_new": c[1], "label": c[2], "topics": c[3], "why": c[4]} for c in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "HS-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": ch,
         "label": pair_label(ch), "topics": tops, "source": source}
    check(p); P.append(p)

SAC_SRC = "Sacramento (CA): city statement and Sacramento Police Department FAQ 'Immigration: Frequently Asked Questions', https://www.cityofsacramento.gov/police/police-news/public-information-office/immigration--frequently-asked-questions- (stored copy, 2025)"
SJ_SRC = "San Juan County (WA) Code ch. 9.24 'Immigration Enforcement', sec. 9.24.010 A.1-A.3, https://www.codepublishing.com/WA/SanJuanCounty/html/SanJuanCounty09/SanJuanCounty0924.html (stored copy; cut before A.4, whose text breaks off)"
HUM_SRC = "Humboldt County (CA) Code sec. 9121-4 (definitions of the county's immigration-enforcement chapter), https://humboldt.county.codes/Code/9121-4 (stored copy; cut before the 'Notification request' definition, which breaks off)"
BEA_SRC = "City of Beacon (NY) immigration policy, paragraphs 2 (Detainer Requests) and 3(a) (Information Requests), as quoted on A Little Beacon Blog, https://www.alittlebeaconblog.com/blog?offset=1717846365655&reversePaginate=true (stored copy; paragraph 1 left out because its list stem is not in the stored copy; cut after 3(a))"
WEO_SRC = "Westchester County (NY) Executive Order No. 1 of 2017 (County Executive Robert P. Astorino), https://assets.documentcloud.org/documents/4057280/Rob-Astorino-undocumented-immigrant-executive.txt (OCR text; ligature/apostrophe artefacts repaired; first three WHEREAS clauses left out; cut before II.1, which breaks off)"
WIPA_SRC = "Westchester County (NY) Immigrant Protection Act, draft 'REV. 08-07-17' (the 2017 version vetoed by the County Executive), Section 1 definitions a-e, https://assets.documentcloud.org/documents/3914869/Westchester-County-Immigration-Protection-Act.txt (stored copy; cut before definition f, which breaks off; definitions put one to a paragraph)"
PC_SRC = "Port Chester (NY) Police Department, 'Department Immigration Policy', https://portchesterny.gov/218/Department-Immigration-Policy (stored copy, undated web page; the single source paragraph is split into three paragraphs at sentence boundaries)"
PH_SRC = "City of Philadelphia, 'Interactions between immigrants and Philadelphia police officers' (Nov. 2023), sections 'City Policy On ICE in Philadelphia' and 'PPD Interactions with the Immigrant Community', https://phila.gov/2023-11-24-interactions-between-immigrants-and-philadelphia-police-officers (stored copy; intro paragraph left out; typos of the original kept)"
MO_SRC = "'Model Sanctuary Ordinance' (findings section), https://docest.com/doc/420329/model-sanctuary-ordinance (stored copy; cut before the Definitions section)"
WA_SRC = "Washoe County (NV) Sheriff's Office press release PR #1400094, 'Sheriff Haley announces the Washoe County Detention Facility will no longer accept ICE Detainers', Sep. 10, 2014, https://www.washoesheriff.com/outreach/archive/1400094.php (stored copy; contact block left out; cut before the boilerplate about the Office)"
P02_SRC = "Philadelphia City Council Resolution No. 020394 (adopted 5/30/2002), https://phila.legistar.com/LegislationDetail.aspx?FullText=1&GUID=C7FB28FF-B1DC-403C-B125-43EAAEE526F8&ID=1226410 (stored copy; header lines condensed, 'Attachments' and 'Sponsors' lines left out; cut after the first WHEREAS clause)"

def C(what, src):
    return "CONSTRUCTED: OLD = real text, " + src + ". NEW = OLD with an edit written for this set: " + what

# 01 GENUINE Sacramento release (Jan 2025) -> FAQ page
gen("neutral_rewrite", T.SAC_RELEASE, T.SAC_FAQ_HEAD, [
    ("are committed to the safety", "remain committed to the safety", N, ["access_to_services"], "Only the tense of the commitment changes; no rule changes."),
    ("\"Since 1985, Sacramento has been a self-designated sanctuary city, and I'm proud those same values are reflected today, 40 years later,\" said Mayor Pro Tem Eric Guerra. \"With this and state law, Sacramento police officers are prohibited from asking for immigration status or assisting in immigration enforcement. Sacramento will not turn its back on the community.\"", "", N, ["status_inquiry", "ice_cooperation"], "A council member's quoted remark is dropped; the binding sentences on SB 54 and the sanctuary ordinance stay word for word."),
    ("\"Immigrant communities are at the heart of Sacramento's culture and commerce,\" said Mayor Kevin McCarty. \"We will continue to stand up for these communities and work to protect their safety and security.\"", "", N, ["access_to_services"], "The mayor's quoted remark is dropped; it stated no rule."),
    ("For more information on SPD's policy regarding immigration, visit https://bit.ly/spd-immigration.", "For more information, please see SPD's General Order 523.07 - Contacts with Foreign Nationals, which is also available on our Policy and Procedures page.", N, ["enforcement_authority"], "The pointer to the police policy now names General Order 523.07 instead of a short link; same policy referenced."),
], "GENUINE: two published editions of the City of Sacramento / Sacramento Police Department immigration statement. OLD = city news release of January 2025 as reproduced verbatim at https://antiracismdsa.blogspot.com/2025/01/sacramento-restates-sanctuary-city.html (the reproduction stops after the first FAQ answer 'Answer: No'). NEW = the later 'Immigration: Frequently Asked Questions' page, https://www.cityofsacramento.gov/police/police-news/public-information-office/immigration--frequently-asked-questions- (stored copy), cut at the same point (first 'Answer: No'); the page title line left out. Curly apostrophes straightened.")

# 02-04, 38 Sacramento FAQ constructed
mk("rule_removed", T.SAC_FAQ, [
    (" SPD employees are also prohibited from arresting, detaining, or continuing to detain a person based solely on their immigration status.", "", E, ["detainers_holds", "enforcement_authority"], "The FAQ no longer states the ban on arresting or holding people solely for their immigration status.", "SPD employees are also prohibited from arresting, detaining, or continuing to detain a person based solely on their immigration status.", ""),
], C("the sentence 'SPD employees are also prohibited from arresting, detaining, or continuing to detain a person based solely on their immigration status.' deleted.", SAC_SRC + "; cut after the third FAQ answer"))
mk("exception_added", T.SAC_FAQ, [
    ("solely to determine immigration status.", "solely to determine immigration status, except when the individual has been booked into jail on a felony charge.", E, ["status_inquiry"], "An exception now lets officers investigate the status of people booked on felonies.", "", ", except when the individual has been booked into jail on a felony charge"),
], C("', except when the individual has been booked into jail on a felony charge' added to the last answer.", SAC_SRC + "; cut after the third FAQ answer"))
mk("rule_added", T.SAC_FAQ, [
    ("regardless of an individual's immigration status.", "regardless of an individual's immigration status. SPD does not share the immigration status of victims or witnesses with federal immigration authorities.", L, ["information_sharing"], "A new sentence bars sharing victims' and witnesses' status with federal immigration authorities.", "", "SPD does not share the immigration status of victims or witnesses with federal immigration authorities."),
], C("a sentence on not sharing victims' and witnesses' status added to the second answer.", SAC_SRC + "; cut after the third FAQ answer"))

# 05-08 San Juan County
mk("list_item_added", T.SANJUAN, [
    ("c. Work permits.", "c. Work permits;\n\nd. Driver's licenses and state identification cards.", L, ["document_requests"], "A new item is added to the documents county staff may not request, widening the prohibition.", "", "d. Driver's licenses and state identification cards."),
], C("item 'd. Driver's licenses and state identification cards.' added to the list in A.1 (and 'c.' ends with ';').", SJ_SRC))
mk("exception_changed", T.SANJUAN, [
    ("unless accompanied by a judicial order.", "unless accompanied by a judicial order or by an administrative warrant issued by a federal immigration officer.", E, ["detainers_holds", "enforcement_authority"], "The exception to the ban on acting on immigration warrants and detainers now also covers administrative warrants, so deputies may arrest on them.", "unless accompanied by a judicial order.", "unless accompanied by a judicial order or by an administrative warrant issued by a federal immigration officer."),
], C("'or by an administrative warrant issued by a federal immigration officer' added to the exception in A.2.b.", SJ_SRC))
mk("scope_change", T.SANJUAN, [
    ("arrest an individual based solely on any of the following:", "arrest an individual based in whole or in part on any of the following:", L, ["enforcement_authority", "status_inquiry"], "The ban now applies whenever status or an immigration warrant is one of the reasons, not only the sole reason.", "based solely on any of the following", "based in whole or in part on any of the following"),
], C("'based solely on' -> 'based in whole or in part on' in the stem of A.2.", SJ_SRC))
mk("restated", T.SANJUAN, [
    ("Documents include but are not limited to:\n\na. Passports;\n\nb. Alien registration cards;\n\nc. Work permits.", "Documents include but are not limited to passports, alien registration cards and work permits.", N, ["document_requests"], "The same three example documents are listed in one sentence instead of lettered items.", "Documents include but are not limited to:", "Documents include but are not limited to passports, alien registration cards and work permits."),
], C("the lettered list a-c under A.1 folded into one sentence (negative control).", SJ_SRC))

# 09-11, 39 Humboldt definitions
mk("definition_change", T.HUMBOLDT, [
    ("individuals in jails; and operate juvenile detention facilities or maintain custody of individuals in juvenile detention facilities.", "individuals in jails.", E, ["detainers_holds"], "Juvenile detention staff fall out of 'law enforcement official', so the chapter's limits on holding people for ICE no longer bind them.", "; and operate juvenile detention facilities or maintain custody of individuals in juvenile detention facilities", ""),
], C("the juvenile-detention clause deleted from the definition of 'Law enforcement official'.", HUM_SRC))
mk("definition_change", T.HUMBOLDT, [
    ("prior to the release of that individual.", "prior to the release of that individual, and includes any similar request to notify federal immigration officers of an individual's release or to transfer an individual to their custody.", L, ["detainers_holds", "information_sharing"], "A wider 'civil immigration detainer' brings notification and transfer requests under the chapter's limits on detainers.", "", ", and includes any similar request to notify federal immigration officers of an individual's release or to transfer an individual to their custody"),
], C("notification and transfer requests added to the definition of 'Civil immigration detainer'.", HUM_SRC))
mk("neutral_rewrite", T.HUMBOLDT, [
    ("forty-eight (48) hours", "48 hours", N, ["detainers_holds"], "Number written in figures only; same 48-hour period."),
    ("The individual has been acquitted of all criminal charges filed against him or her.", "The individual has been acquitted of all criminal charges filed against the individual.", N, ["detainers_holds"], "Gender-neutral wording; same condition."),
], C("'forty-eight (48) hours' -> '48 hours' and 'him or her' -> 'the individual' in (b) (negative control).", HUM_SRC))

# 12-15 Beacon
mk("list_item_added", T.BEACON, [
    ("or (ii) has or is engaged in terrorist activity.", "(ii) has or is engaged in terrorist activity; or (iii) is the subject of a final order of removal.", E, ["detainers_holds"], "A third ground is added to the exception that lets the City honor detainers, so more detainers can be honored."),
], C("item '(iii) is the subject of a final order of removal' added under exception (b) of paragraph 2 (and the 'or' moved).", BEA_SRC))
mk("approval_removed_or_weakened", T.BEACON, [
    ("(b) the police chief has determined", "(b) the arresting officer has determined", E, ["supervisor_approval", "detainers_holds"], "The decision to honor a detainer moves from the police chief to any arresting officer."),
    ("there is probable cause to believe", "there is reason to believe", E, ["detainers_holds"], "A lower standard than probable cause is enough to honor a detainer."),
], C("'the police chief' -> 'the arresting officer' and 'probable cause' -> 'reason' in exception (b) of paragraph 2.", BEA_SRC))
mk("modal_change", T.BEACON, [
    ("all City employees and officials shall:", "all City employees and officials may:", E, ["information_sharing"], "Declining ICE/CBP information requests becomes optional instead of required.", "shall:", "may:"),
], C("'shall:' -> 'may:' in the stem of paragraph 3.", BEA_SRC))
mk("exception_removed", T.BEACON, [
    ("Subject to the ability of supervisory police officials to exercise their sound judgment as necessary to protect public safety, all City", "All City", L, ["information_sharing", "supervisor_approval"], "Supervisors lose the public-safety override of the duty to decline ICE/CBP information requests.", "Subject to the ability of supervisory police officials to exercise their sound judgment as necessary to protect public safety, all City", "All City"),
    (" or has a legitimate law enforcement purpose exclusive of the enforcement of immigration laws", "", L, ["information_sharing"], "Only a judicial warrant now overcomes the refusal; the 'legitimate law enforcement purpose' exception is gone.", "or has a legitimate law enforcement purpose exclusive of the enforcement of immigration laws", ""),
], C("the supervisory-judgment proviso of paragraph 3 and the 'legitimate law enforcement purpose' exception of 3(a) deleted.", BEA_SRC))

# 16-18 Westchester EO
mk("scope_change", T.WESTEO, [
    ("A County officer or employee, other than law enforcement officers, shall not inquire", "A County officer or employee shall not inquire", L, ["status_inquiry"], "Police officers are no longer carved out, so the ban on asking about status now covers them."),
    ("or benefit eligibility or the provision of County services; or", "or benefit eligibility; or", L, ["status_inquiry", "access_to_services"], "One permitted reason to ask about status (providing County services) is dropped.", "or benefit eligibility or the provision of County services; or", "or benefit eligibility; or"),
], C("', other than law enforcement officers,' deleted from II and 'or the provision of County services' deleted from II.a.", WEO_SRC))
mk("list_item_added", T.WESTEO, [
    ("b. such officer or employee is required by law to inquire about such person's immigration status.", "b. such officer or employee is required by law to inquire about such person's immigration status; or\n\nc. such person has been arrested and charged with a felony.", E, ["status_inquiry"], "A new item under 'unless' adds another situation in which officers may ask about status.", "", "c. such person has been arrested and charged with a felony."),
], C("item 'c. such person has been arrested and charged with a felony.' added under II.", WEO_SRC))
mk("neutral_rewrite", T.WESTEO, [
    ("a. \"alien\" means any person", "a. \"noncitizen\" means any person", N, ["status_inquiry"], "The defined term is renamed; same meaning.", "\"alien\" means", "\"noncitizen\" means"),
    ("mere status as an undocumented alien.", "mere status as an undocumented noncitizen.", N, ["enforcement_authority"], "Terminology follows the renamed term; same definition.", "undocumented alien", "undocumented noncitizen"),
], C("'alien' -> 'noncitizen' in definitions I.a and I.b (negative control).", WEO_SRC))

# 19-21, 39 Westchester IPA 2017 draft
mk("definition_change", T.WESTIPA, [
    ("Departments of Public Safety, Correction, and Probation.", "Departments of Public Safety and Correction.", E, ["ice_cooperation", "information_sharing"], "Probation drops out of 'County Law Enforcement Agencies', so the Act's limits on cooperating with ICE no longer reach probation officers.", "Public Safety, Correction, and Probation.", "Public Safety and Correction."),
], C("'and Probation' removed from the definition of County Law Enforcement Agencies (c).", WIPA_SRC))
mk("definition_change", T.WESTIPA, [
    ("and United States Citizenship and Immigration Services.", "and United States Citizenship and Immigration Services, and any state or local officer exercising immigration authority under an agreement made pursuant to 8 U.S.C. § 1357(g).", L, ["ice_cooperation", "raids_joint_operations"], "287(g)-deputized officers now count as Federal Immigration Authorities, so the Act's limits on assisting them apply too.", "", ", and any state or local officer exercising immigration authority under an agreement made pursuant to 8 U.S.C. § 1357(g)"),
], C("287(g)-deputized officers added to the definition of Federal Immigration Authorities (b).", WIPA_SRC))
mk("reparagraphed", T.WESTIPA, [
    ("Form I-247A.\n\ne. Notification", "Form I-247A. e. Notification", N, ["detainers_holds"], "Two definitions run into one paragraph; words unchanged."),
    ("Immigration Services.\n\nc. County", "Immigration Services. c. County", N, ["ice_cooperation"], "Two definitions run into one paragraph; words unchanged."),
], C("paragraph breaks between definitions b/c and d/e removed (negative control).", WIPA_SRC))

# 22-26 Port Chester
mk("approval_added", T.PORTCH, [
    ("to assist immigration authorities when requested.", "to assist immigration authorities when requested and the Chief of Police or a designee has approved the assistance.", L, ["ice_cooperation", "supervisor_approval"], "Assistance to immigration authorities now needs the chief's (or designee's) approval.", "", " and the Chief of Police or a designee has approved the assistance"),
], C("approval by the Chief of Police or a designee added to the assistance sentence of the third paragraph.", PC_SRC))
mk("scope_change", T.PORTCH, [
    ("in cases involving serious criminal charges, or on requests", "in cases involving any criminal charges, or on requests", E, ["ice_cooperation", "detainers_holds"], "Cooperation, including holding people on detainers, now extends to any criminal charge, not only serious ones.", "serious criminal charges, or on requests", "any criminal charges, or on requests"),
], C("'serious criminal charges' -> 'any criminal charges' in the cooperation sentence of the first paragraph.", PC_SRC))
mk("exception_changed", T.PORTCH, [
    ("unless such status is pertinent to a criminal case.", "unless such status is pertinent to a criminal case or the person has been taken into custody.", E, ["status_inquiry"], "Officers may now ask the status of anyone in custody, a wider exception to the no-inquiry rule.", "", " or the person has been taken into custody"),
], C("'or the person has been taken into custody' added to the exception of the no-inquiry rule.", PC_SRC))
mk("restated", T.PORTCH, [
    ("These detainers are similar to warrants issued by a local court.", "Such detainers resemble warrants that a local court issues.", N, ["detainers_holds"], "Same descriptive comparison in other words."),
    ("mirrors that of most local law enforcement agencies", "is similar to that of most local law enforcement agencies", N, ["ice_cooperation"], "Same statement in other words."),
], C("two descriptive sentences reworded (negative control).", PC_SRC))
mk("cross_clause", T.PORTCH, [
    ("It is the Department's policy to assist immigration authorities when requested.", "It is the Department's policy to assist immigration authorities when requested, but only in the cases involving serious criminal charges described above.", L, ["ice_cooperation"], "The general duty to assist is now tied back to the serious-charges limit stated in the first paragraph.", "", ", but only in the cases involving serious criminal charges described above"),
], C("', but only in the cases involving serious criminal charges described above' added to the assistance sentence, pointing back to the first paragraph.", PC_SRC))

# 27-30 Philadelphia
mk("list_item_removed", T.PHILA, [
    ("- It there is a judicial warrant and,\n\n", "", E, ["detainers_holds"], "The judicial-warrant condition is removed, so detainers are honored on a violent-felony conviction alone.", "- It there is a judicial warrant and,", ""),
], C("the first condition ('- It there is a judicial warrant and,') deleted from the list.", PH_SRC))
mk("double_negation", T.PHILA, [
    ("- The City does not give ICE access to records of people currently in the City's custody.", "- Nothing in this policy prevents the City from giving ICE access to records of people currently in the City's custody.", E, ["information_sharing"], "A flat refusal becomes 'nothing prevents' giving ICE access, which permits it.", "The City does not give ICE access", "Nothing in this policy prevents the City from giving ICE access"),
], C("'The City does not give ICE access' -> 'Nothing in this policy prevents the City from giving ICE access'.", PH_SRC))
mk("list_item_added", T.PHILA, [
    ("- The PPD does not enforce federal immigration law.", "- PPD officers do not ask about immigration status during traffic or pedestrian stops.\n\n- The PPD does not enforce federal immigration law.", L, ["status_inquiry"], "A new assurance bars status questions during stops.", "", "- PPD officers do not ask about immigration status during traffic or pedestrian stops."),
    ("confidential, to the extent of the law.", "confidential.", L, ["information_sharing"], "The confidentiality promise loses its 'to the extent of the law' qualifier.", ", to the extent of the law", ""),
], C("a new bullet on stops added and ', to the extent of the law' deleted.", PH_SRC))
mk("exception_changed", T.PHILA, [
    ("judicial warrant and,", "judicial warrant or,", E, ["detainers_holds"], "The two conditions for honoring a detainer become alternatives, so either one suffices."),
], C("'and,' -> 'or,' between the two conditions for following detainer requests.", PH_SRC))

# 31-32 Model ordinance findings
mk("neutral_rewrite", T.MODELORD, [
    ("with the result that immigrant community members fear approaching police", "so that immigrant community members become afraid to approach police", N, ["access_to_services"], "Finding reworded; no operative rule."),
    ("diverts already limited resources", "uses up scarce resources", N, ["ice_cooperation"], "Finding reworded; no operative rule."),
], C("two findings reworded (negative control).", MO_SRC))
mk("reparagraphed", T.MODELORD, [
    ("members of the City/County.\n\nb) A relationship", "members of the City/County. b) A relationship", N, ["access_to_services"], "Two findings run into one paragraph; words unchanged."),
    ("local and federal government;\n\ne) Local", "local and federal government; e) Local", N, ["ice_cooperation"], "Two findings run into one paragraph; words unchanged."),
], C("paragraph breaks between findings a/b and d/e removed (negative control).", MO_SRC))

# 33-34, 36 Washoe
mk("exception_changed", T.WASHOE, [
    ("\"If ICE provides a warrant saying that", "\"If ICE provides a warrant signed by a federal judge saying that", L, ["detainers_holds"], "Only a judge-signed warrant, not an ICE administrative warrant, now triggers a hold.", "", " signed by a federal judge"),
], C("'signed by a federal judge' added after 'warrant' in the sheriff's first quoted sentence.", WA_SRC))
mk("exception_added", T.WASHOE, [
    ("based solely on a request to detain by Federal immigration authorities.", "based solely on a request to detain by Federal immigration authorities, except where the person is charged with a violent felony.", E, ["detainers_holds"], "Detainers will again be honored for people charged with violent felonies.", "", ", except where the person is charged with a violent felony"),
    ("that they may have some interest in that person.\"", "that they may have some interest in that person, unless the person is charged with a violent felony.\"", E, ["detainers_holds"], "The quoted refusal gets the same violent-felony exception.", "", ", unless the person is charged with a violent felony"),
], C("a violent-felony exception added to the announcement and to the sheriff's quoted refusal.", WA_SRC))

# 35 Philadelphia 2002 resolution
mk("exception_changed", T.PHILA2002, [
    ("federal regulation or court decision.", "federal regulation or court decision, or is requested by federal immigration authorities.", E, ["status_inquiry", "ice_cooperation"], "The requested order's exception now lets departments investigate status whenever federal immigration authorities ask.", "", ", or is requested by federal immigration authorities"),
], C("', or is requested by federal immigration authorities' added to the exception in the title.", P02_SRC))

mk("approval_added", T.WASHOE, [
    ("we will hold that person on behalf of ICE,\"", "we will hold that person on behalf of ICE once a detention supervisor has reviewed the warrant,\"", L, ["detainers_holds", "supervisor_approval"], "Holding a person for ICE on a warrant now requires a supervisor's review first.", "", " once a detention supervisor has reviewed the warrant"),
], C("'once a detention supervisor has reviewed the warrant' added to the sheriff's first quoted sentence.", WA_SRC))
mk("scope_change", T.PHILA2002, [
    ("from requesting information about or otherwise investigating", "from requesting information about, sharing with federal immigration authorities, or otherwise investigating", L, ["information_sharing"], "The requested order would also bar sharing citizenship information with federal immigration authorities.", "", ", sharing with federal immigration authorities,"),
], C("'sharing with federal immigration authorities' added to the list of prohibited acts in the title.", P02_SRC))
mk("scope_change", T.SAC_FAQ, [
    ("an individual solely to determine immigration status.", "an individual to determine immigration status.", L, ["status_inquiry"], "Without 'solely', any investigation aimed at immigration status is barred, not only one whose sole purpose it is.", "solely to determine", "to determine"),
], C("'solely' deleted from the last answer.", SAC_SRC + "; cut after the third FAQ answer"))
mk("definition_change", T.WESTIPA, [
    ("release date, time, and/or location of an individual,", "release date, time, and/or location of an individual, or of the individual's home or work address,", L, ["information_sharing", "detainers_holds"], "More kinds of ICE requests count as Notification Requests and so fall under the Act's limits on answering them.", "", " or of the individual's home or work address,"),
], C("home and work addresses added to the definition of Notification Request (e).", WIPA_SRC))
mk("mixed", T.PORTCH, [
    ("to assist immigration authorities when requested.", "to assist immigration authorities when requested by a supervisor of those authorities and approved by the Chief of Police.", L, ["ice_cooperation", "supervisor_approval"], "Assistance now needs the chief's approval.", "", " by a supervisor of those authorities and approved by the Chief of Police"),
    ("members of the Department are not authorized to detain or arrest persons based on their immigration status alone.", "members of the Department may detain persons based on their immigration status for up to two hours pending a response from immigration authorities.", E, ["enforcement_authority", "detainers_holds"], "Officers may now briefly detain people for their immigration status alone.", "are not authorized to detain or arrest persons based on their immigration status alone", "may detain persons based on their immigration status for up to two hours pending a response from immigration authorities"),
], C("chief's approval added to assistance, and the ban on status-only detentions replaced by a two-hour detention power (changes point both ways).", PC_SRC))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P))
