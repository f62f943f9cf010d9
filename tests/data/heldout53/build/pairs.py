"""Builds ../pairs.jsonl for heldout53 (prefix KD). Each constructed pair = real text + (find, replace) edits."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import CHI, LIN, PHL, DC_IH, DC_RH

SRC = {
 "CHI": "Municipal Code of Chicago § 2-173-030 'Intentional collection and sharing of citizenship or immigration status information' (Welcoming City Ordinance), as amended Coun. J. 1-27-21 (O2021-117), American Legal Publishing, https://codelibrary.amlegal.com/codes/chicago/latest/chicago_il/0-0-0-2605290 (stored copy; indentation removed, each lettered/numbered item its own paragraph; history note kept)",
 "LIN": "Lincoln County (North Carolina) Code of Ordinances § 30.01 'Illegal Residents' (Res. passed 6-18-2007), American Legal Publishing, https://codelibrary.amlegal.com/codes/lincolncounty/latest/lincoln_nc/0-0-0-159 (stored copy; indentation removed, each item its own paragraph)",
 "PHL": "Philadelphia City Council bill adding Chapter 21-3600 'Non-Intervention with Respect to Immigration Enforcement' to Title 21 of The Philadelphia Code (as introduced; Legistar ID 7861986), title and § 21-3601 definitions 'Administrative warrant' and 'City Agency', https://phila.legistar.com/LegislationDetail.aspx?FullText=1&GUID=4FCDA5F7-894D-4449-A4B4-7A13A4C6272C&ID=7861986 (stored copy; the bill's '(X)' placeholders kept; the copy breaks off inside the next definition, 'Citizenship or immigration status', which is left out; the enacting line 'THE COUNCIL ... HEREBY ORDAINS' and 'SECTION 1 ... amended to read as follows' omitted)",
 "DC": "H.R. 2056 (119th Congress), District of Columbia Federal Immigration Compliance Act, sections 1-2 as introduced in the House, March 11, 2025, https://app.legiplex.com/us/legislature/2025/us119/bills/hb2056/drafts-latest and https://congress.wiki/map/legislation/district-of-columbia-federal-immigration-compliance-act-of-2025-119hr2056/text/introduced-in-house (stored copies; GPO line numbers and page headers removed, small-caps run-in headings written 'In General.—' / 'Exception.—', items on their own lines)",
}

P = []
def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}
def add(situation, base, key, edits, changes, what):
    new = apply(base, edits)
    P.append(dict(situation=situation, old=base, new=new, changes=changes,
                  source="CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (SRC[key], what)))

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- GENUINE ----------------
P.append(dict(situation="neutral_rewrite", old=DC_IH, new=DC_RH, changes=[
    C("Federal Immigration Compliance Act”.", "Federal Immigration Compliance Act of 2025”.", N, ["information_sharing", "detainers_holds"],
      "Only the short title gains the year; the ban on D.C. sanctuary policies, its two items and the victim/witness exception are word for word the same.")],
    source="GENUINE: two printed versions of the same bill. OLD = H.R. 2056 (119th Congress) as introduced in the House (IH), March 11, 2025, sections 1-2, https://app.legiplex.com/us/legislature/2025/us119/bills/hb2056/drafts-latest and https://congress.wiki/map/legislation/district-of-columbia-federal-immigration-compliance-act-of-2025-119hr2056/text/introduced-in-house (GPO line numbers and page headers removed). NEW = H.R. 2056 as reported in the House with an amendment in the nature of a substitute (RH, Union Calendar No. 100, Report No. 119-131), June 3, 2025: subsections (a)-(b) from https://congress.wiki/map/legislation/district-of-columbia-federal-immigration-compliance-act-of-2025-119hr2056/text/reported-in-house (verbatim, identical to IH); short title 'District of Columbia Federal Immigration Compliance Act of 2025' from the RH file https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr2056rh.xml (dc:title) and the summary of the June 3, 2025 version at https://www.nasdaq.com/articles/congress-vote-house-has-passed-hr-2056-district-columbia-federal-immigration-compliance . The RH section headings were not visible in the stored copies and are assumed unchanged. Passed House June 12, 2025; not enacted as far as checked."))

# ---------------- Chicago 2-173-030 ----------------
add("exception_added", CHI, "CHI",
    [("court order, or a lawfully issued judicial warrant,", "court order, a lawfully issued judicial warrant, or an administrative warrant or subpoena issued by a federal immigration agency,")],
    [C("court order, or a lawfully issued judicial warrant,", "court order, a lawfully issued judicial warrant, or an administrative warrant or subpoena issued by a federal immigration agency,", E, ["information_sharing", "status_inquiry"],
       "An immigration agency's own warrant or subpoena now lifts the bar on requesting, keeping and sharing status information, widening the exception to the prohibition.")],
    "'or an administrative warrant or subpoena issued by a federal immigration agency' added to the exceptions in the stem of (a).")
add("exception_removed", CHI, "CHI",
    [(" Notwithstanding this provision, the Corporation Counsel may investigate and inquire about immigration status when relevant to potential or actual litigation or an administrative proceeding in which the City is or may be a party.", "")],
    [C("Notwithstanding this provision, the Corporation Counsel may investigate and inquire about immigration status when relevant to potential or actual litigation or an administrative proceeding in which the City is or may be a party.", "", L, ["status_inquiry"],
       "The Corporation Counsel's carve-out is deleted, so the ban on requesting status information now also covers litigation and administrative proceedings.")],
    "the Corporation Counsel sentence in (a)(1) deleted.")
add("modal_change", CHI, "CHI",
    [("(b) No agency or agent shall enter into or renew", "(b) No agency or agent should enter into or renew")],
    [C("(b) No agency or agent shall enter into or renew", "(b) No agency or agent should enter into or renew", E, ["information_sharing"],
       "'Shall' becomes 'should', turning the ban on giving federal agencies database access for immigration enforcement into advice.")],
    "'shall' -> 'should' in (b).")
add("scope_change", CHI, "CHI",
    [("to any federal agency, if the agency or agent determines that the purpose of such access is for the enforcement of civil immigration law.", "to any federal agency, unless the agency or agent determines that the purpose of such access is unrelated to the enforcement of civil immigration law.")],
    [C("if the agency or agent determines that the purpose of such access is for the enforcement of civil immigration law.", "unless the agency or agent determines that the purpose of such access is unrelated to the enforcement of civil immigration law.", L, ["information_sharing"],
       "The database-access ban now applies by default and is lifted only on a finding that access is unrelated to immigration enforcement, instead of applying only on a finding that it is for enforcement.")],
    "'if ... is for the enforcement' -> 'unless ... is unrelated to the enforcement' in (b).")
add("approval_added", CHI, "CHI",
    [("is for the enforcement of civil immigration law.\n", "is for the enforcement of civil immigration law. Any other agreement providing a federal agency with direct access to such a database shall require the prior written approval of the Corporation Counsel.\n")],
    [C("", "Any other agreement providing a federal agency with direct access to such a database shall require the prior written approval of the Corporation Counsel.", L, ["supervisor_approval", "information_sharing"],
       "Database-access agreements with federal agencies that were allowed freely now need the Corporation Counsel's written approval.")],
    "sentence requiring Corporation Counsel approval for other federal database-access agreements added to (b).")
add("reparagraphed", CHI, "CHI",
    [("guardian. Notwithstanding this provision", "guardian.\n\nNotwithstanding this provision")],
    [C("guardian. Notwithstanding this provision", "guardian.\n\nNotwithstanding this provision", N, ["status_inquiry"],
       "The Corporation Counsel sentence is moved to its own paragraph with the same words; it still qualifies (a)(1).")],
    "the Corporation Counsel sentence of (a)(1) put in a paragraph of its own, words unchanged.")
add("restated", CHI, "CHI",
    [("no agent or agency shall request, maintain, or share the citizenship", "no agent or agency shall ask for, keep, or disclose to others the citizenship"),
     ("Departments shall annually review such materials", "Each department shall review such materials once every year")],
    [C("shall request, maintain, or share the citizenship", "shall ask for, keep, or disclose to others the citizenship", N, ["status_inquiry", "information_sharing"],
       "Plain-language synonyms for request/maintain/share; the prohibited acts are the same."),
     C("Departments shall annually review such materials", "Each department shall review such materials once every year", N, ["access_to_services"],
       "Same annual review duty reworded.")],
    "'request, maintain, or share' -> 'ask for, keep, or disclose to others'; 'Departments shall annually review' -> 'Each department shall review ... once every year'.")
add("double_negation", CHI, "CHI",
    [("in which the City is or may be a party.", "in which the City is or may be a party. Nothing in this subsection shall be construed to prohibit an agent from sharing the immigration status of a person in the agency's custody with a federal agency that requests it in writing.")],
    [C("", "Nothing in this subsection shall be construed to prohibit an agent from sharing the immigration status of a person in the agency's custody with a federal agency that requests it in writing.", E, ["information_sharing", "ice_cooperation"],
       "A 'nothing shall prohibit' clause carves custody status-sharing on written federal request out of the ban, permitting more sharing with immigration authorities.")],
    "a 'Nothing in this subsection shall be construed to prohibit ...' sentence added at the end of (a)(1).")
add("list_item_removed", CHI, "CHI",
    [("(2) no applications, questionnaires, or interview forms used in relation to City of Chicago benefits, opportunities, or services shall contain questions regarding citizenship or immigration status. Departments shall annually review such materials and amend them to conform with the requirements of this subsection.\n\n", "")],
    [C("(2) no applications, questionnaires, or interview forms used in relation to City of Chicago benefits, opportunities, or services shall contain questions regarding citizenship or immigration status.", "", E, ["status_inquiry", "access_to_services"],
       "With item (2) gone, City benefit forms may again ask about citizenship or immigration status.")],
    "item (a)(2) (no status questions on benefit forms) deleted.")
add("scope_change", CHI, "CHI",
    [("shall enter into or renew any agreement", "shall enter into any agreement")],
    [C("shall enter into or renew any agreement", "shall enter into any agreement", E, ["information_sharing"],
       "Dropping 'or renew' lets existing federal database-access agreements for immigration enforcement be renewed.")],
    "'or renew' deleted from (b).")
add("mixed", CHI, "CHI",
    [("to any federal agency, if the agency", "to any federal agency or to any private entity acting on behalf of a federal agency, if the agency"),
     ("has been authorized in writing by the individual", "has been authorized in writing or orally by the individual")],
    [C("to any federal agency, if the agency", "to any federal agency or to any private entity acting on behalf of a federal agency, if the agency", L, ["information_sharing"],
       "The database-access ban now also reaches contractors working for federal agencies, closing a route for immigration enforcement data."),
     C("has been authorized in writing by the individual", "has been authorized in writing or orally by the individual", E, ["information_sharing", "status_inquiry"],
       "Oral consent now suffices to lift the ban on requesting or sharing status, a weaker safeguard.")],
    "private entities acting for federal agencies added to (b); 'in writing' -> 'in writing or orally' in (a)(1).")

# ---------------- Lincoln County 30.01 ----------------
add("scope_change", LIN, "LIN",
    [("upon his or her arrest by such available means", "upon his or her arrest for a felony by such available means")],
    [C("upon his or her arrest by such available means", "upon his or her arrest for a felony by such available means", L, ["status_inquiry"],
       "Status checks at arrest are confined to felony arrests instead of every arrest.")],
    "'for a felony' added after 'arrest' in (B)(4).")
add("modal_change", LIN, "LIN",
    [("(5) To allow the Sheriff to partner", "(5) To direct the Sheriff to partner")],
    [C("(5) To allow the Sheriff to partner", "(5) To direct the Sheriff to partner", E, ["raids_joint_operations", "ice_cooperation"],
       "Partnering with ICE to verify and detain changes from a permission to a directive.")],
    "'To allow the Sheriff' -> 'To direct the Sheriff' in (B)(5).")
add("list_item_removed", LIN, "LIN",
    [("other accessible data;\n\n(5) To allow the Sheriff to partner with Immigration and Customs Enforcement (ICE) officials to verify undocumented residents during the investigation or processing of any public safety infraction or offense and detain for deportation any illegal residents so identified; and\n\n(6) To direct", "other accessible data; and\n\n(5) To direct")],
    [C("(5) To allow the Sheriff to partner with Immigration and Customs Enforcement (ICE) officials to verify undocumented residents during the investigation or processing of any public safety infraction or offense and detain for deportation any illegal residents so identified; and", "", L, ["ice_cooperation", "raids_joint_operations", "detainers_holds"],
       "The authorisation to partner with ICE and detain people for deportation is removed."),
     C("(6) To direct all county departments", "(5) To direct all county departments", N, ["access_to_services"],
       "The spending item is only renumbered.")],
    "item (B)(5) (ICE partnership and detention) deleted; (6) renumbered (5); 'and' moved to (4).")
add("exception_added", LIN, "LIN",
    [("detain for deportation any illegal residents so identified; and", "detain for deportation any illegal residents so identified, except that no person shall be held past the time of his or her release on the local charge unless ICE presents a warrant signed by a judge; and")],
    [C("", ", except that no person shall be held past the time of his or her release on the local charge unless ICE presents a warrant signed by a judge", L, ["detainers_holds"],
       "Detention for deportation past the local release time now requires a judicial warrant.")],
    "judicial-warrant exception on holds added at the end of (B)(5).")
add("approval_added", LIN, "LIN",
    [("(5) To allow the Sheriff to partner", "(5) To allow the Sheriff, with the prior approval of the Board of Commissioners for each written agreement, to partner")],
    [C("", "with the prior approval of the Board of Commissioners for each written agreement,", L, ["supervisor_approval", "raids_joint_operations"],
       "The Sheriff's partnership with ICE now needs Board approval of each agreement.")],
    "Board approval of each agreement added to (B)(5).")
add("neutral_rewrite", LIN, "LIN",
    [("Immigration and Customs Enforcement (ICE) officials", "U.S. Immigration and Customs Enforcement (ICE) officers"),
     ("fingerprints, federally-verified social security numbers, and other accessible data", "fingerprints, Social Security numbers verified with federal agencies, and other available data")],
    [C("Immigration and Customs Enforcement (ICE) officials", "U.S. Immigration and Customs Enforcement (ICE) officers", N, ["ice_cooperation"],
       "Same agency named more fully; the partnership is unchanged."),
     C("federally-verified social security numbers, and other accessible data", "Social Security numbers verified with federal agencies, and other available data", N, ["status_inquiry"],
       "The means of checking status are described in other words.")],
    "agency name and list of checking means reworded.")
add("list_item_added", LIN, "LIN",
    [("so identified; and\n\n(6) To direct", "so identified;\n\n(6) To request the Sheriff to notify ICE of the scheduled release date of any inmate identified under subdivision (4) as an undocumented resident; and\n\n(7) To direct")],
    [C("", "(6) To request the Sheriff to notify ICE of the scheduled release date of any inmate identified under subdivision (4) as an undocumented resident; and", E, ["information_sharing", "detainers_holds"],
       "A new item asks the Sheriff to give ICE release dates of identified inmates."),
     C("(6) To direct all county departments", "(7) To direct all county departments", N, ["access_to_services"],
       "The spending item is only renumbered.")],
    "new item (6) on release-date notification added; old (6) renumbered (7); 'and' moved.")
add("cross_clause", LIN, "LIN",
    [("\n\n(Res. passed 6-18-2007)", "\n\n(C) Exception. Subdivisions (B)(4) and (B)(5) shall not apply to a person who is the victim of or a witness to a crime, or who has contacted law enforcement to report a crime.\n\n(Res. passed 6-18-2007)")],
    [C("", "(C) Exception. Subdivisions (B)(4) and (B)(5) shall not apply to a person who is the victim of or a witness to a crime, or who has contacted law enforcement to report a crime.", L, ["status_inquiry", "ice_cooperation"],
       "A new paragraph exempts victims, witnesses and crime reporters from the status checks and ICE partnership set out in (B)(4)-(5).")],
    "new paragraph (C) exempting victims/witnesses from (B)(4)-(5) added.")
add("scope_change", LIN, "LIN",
    [("during the investigation or processing of any public safety infraction or offense", "during any encounter with the Sheriff's Office, including traffic stops and calls for service,")],
    [C("during the investigation or processing of any public safety infraction or offense", "during any encounter with the Sheriff's Office, including traffic stops and calls for service,", E, ["ice_cooperation", "status_inquiry", "enforcement_authority"],
       "Verification with ICE may now happen in any encounter, not only when an infraction or offense is investigated or processed.")],
    "occasion for ICE verification in (B)(5) widened to any encounter.")
add("mixed", LIN, "LIN",
    [("and to consistently check the immigration status of each undocumented resident upon his or her arrest", "and to check the immigration status of each undocumented resident upon his or her arrest for a felony or an impaired-driving offense"),
     ("detain for deportation any illegal residents so identified; and", "detain for deportation any illegal residents so identified, including holding such residents for up to 48 hours beyond their scheduled release at the request of ICE; and")],
    [C("upon his or her arrest by such", "upon his or her arrest for a felony or an impaired-driving offense by such", L, ["status_inquiry"],
       "Status checks are limited to felony and impaired-driving arrests."),
     C("", "including holding such residents for up to 48 hours beyond their scheduled release at the request of ICE", E, ["detainers_holds"],
       "The Sheriff may now hold people up to 48 hours past release on ICE's request."),
     C("and to consistently check the immigration status", "and to check the immigration status", N, ["status_inquiry"],
       "Dropping 'consistently' does not change the duty to check.")],
    "status checks limited to felony/impaired-driving arrests; 48-hour ICE holds added; 'consistently' dropped.")

# ---------------- Philadelphia 21-3601 ----------------
add("definition_change", PHL, "PHL",
    [("administrative subpoenas, detainer requests, removal orders", "administrative subpoenas, removal orders")],
    [C("administrative subpoenas, detainer requests, removal orders", "administrative subpoenas, removal orders", E, ["detainers_holds"],
       "Detainer requests drop out of 'administrative warrant', so the chapter's limits on acting on administrative warrants no longer reach them.")],
    "'detainer requests,' deleted from the definition of administrative warrant.")
add("definition_change", PHL, "PHL",
    [("established by authority of ordinance, executive order, or Charter.", "established by authority of ordinance, executive order, or Charter, and any person or entity acting under contract with or on behalf of the City.")],
    [C("", ", and any person or entity acting under contract with or on behalf of the City", L, ["information_sharing"],
       "City contractors become 'City agencies', so the chapter's limits on handling personal information for immigration enforcement bind them too.")],
    "contractors added to 'City Agency'.")
add("definition_change", PHL, "PHL",
    [("removal orders, entries in databases maintained by National Crime Information Center or other entities, and any similar", "removal orders, and any similar")],
    [C("entries in databases maintained by National Crime Information Center or other entities, ", "", E, ["detainers_holds", "information_sharing"],
       "Civil immigration entries in NCIC and other databases are no longer 'administrative warrants', so the chapter's limits do not cover acting on them.")],
    "NCIC/database entries deleted from the definition of administrative warrant.")
add("restated", PHL, "PHL",
    [("relating to suspected violations of immigration law", "concerning alleged violations of immigration law"),
     ("(X) City Agency. City department, division, commission, council, committee, board, or other body", "(X) City Agency. Any department, division, commission, council, committee, board, or other body of the City")],
    [C("relating to suspected violations of immigration law", "concerning alleged violations of immigration law", N, ["detainers_holds"],
       "Synonyms; the documents covered are the same."),
     C("City department, division, commission, council, committee, board, or other body", "Any department, division, commission, council, committee, board, or other body of the City", N, ["information_sharing"],
       "Same list of City bodies, reordered wording.")],
    "'relating to suspected' -> 'concerning alleged'; City Agency definition reworded.")
add("definition_change", PHL, "PHL",
    [("detainer requests, removal orders", "detainer requests, requests for notification of an individual's release from custody, removal orders")],
    [C("", "requests for notification of an individual's release from custody, ", L, ["information_sharing", "detainers_holds"],
       "Release-notification requests become 'administrative warrants', bringing them under the chapter's limits.")],
    "release-notification requests added to the definition of administrative warrant.")

# ---------------- H.R. 2056 (D.C.) ----------------
add("exception_changed", DC_IH, "DC",
    [("an individual who comes forward as a victim or a witness to a criminal offense, or comply", "an individual who comes forward as a victim or a witness to a criminal offense or who is under 18 years of age, or comply")],
    [C("", " or who is under 18 years of age", L, ["information_sharing"],
       "The exception to the ban on sanctuary policies widens: D.C. may also keep a policy of not sharing information about minors.")],
    "'or who is under 18 years of age' added to the information-sharing part of the exception in (b).")
add("list_item_removed", DC_IH, "DC",
    [("of any individual; or\n\n(2) complying with a request lawfully made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer for, or notify about the release of, an individual.", "of any individual.")],
    [C("(2) complying with a request lawfully made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer for, or notify about the release of, an individual.", "", L, ["detainers_holds"],
       "D.C. may again keep policies refusing detainers and release notifications, since item (2) no longer bars them."),
     C("of any individual; or", "of any individual.", N, ["information_sharing"],
       "Punctuation follows the deletion.")],
    "item (a)(2) (detainer compliance) deleted.")
add("exception_removed", DC_IH, "DC",
    [("Except as provided under subsection (b), the District of Columbia may not", "The District of Columbia may not"),
     ("\n\n(b) Exception.—The District of Columbia is not in violation of subsection (a) solely because it has a policy whereby its officials will not share information regarding an individual who comes forward as a victim or a witness to a criminal offense, or comply with a request made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer regarding an individual who comes forward as a victim or a witness to a criminal offense.", "")],
    [C("(b) Exception.—The District of Columbia is not in violation of subsection (a) solely because it has a policy whereby its officials will not share information regarding an individual who comes forward as a victim or a witness to a criminal offense", "", E, ["information_sharing", "detainers_holds"],
       "Without the victim/witness exception, D.C. must share information and honor detainers even for victims and witnesses."),
     C("Except as provided under subsection (b), the District of Columbia may not", "The District of Columbia may not", N, ["information_sharing"],
       "The cross-reference is dropped because subsection (b) no longer exists.")],
    "subsection (b) and the cross-reference to it deleted.")
add("list_item_added", DC_IH, "DC",
    [("of any individual; or\n\n(2) complying", "of any individual;\n\n(2) complying"),
     ("notify about the release of, an individual.\n", "notify about the release of, an individual; or\n\n(3) permitting an officer of U.S. Immigration and Customs Enforcement to interview an individual in the custody of the District government.\n")],
    [C("", "(3) permitting an officer of U.S. Immigration and Customs Enforcement to interview an individual in the custody of the District government.", E, ["ice_cooperation"],
       "D.C. may no longer bar ICE interviews of people in its custody."),
     C("of any individual; or\n\n(2) complying", "of any individual;\n\n(2) complying", N, ["information_sharing"],
       "'Or' moves to the new last item.")],
    "item (3) on ICE interviews added to (a); 'or' moved.")
add("scope_change", DC_IH, "DC",
    [("policy, or practice that prohibits or restricts any entity", "policy, or practice that prohibits any entity")],
    [C("that prohibits or restricts any entity", "that prohibits any entity", L, ["information_sharing", "detainers_holds"],
       "Only outright prohibitions are barred now; D.C. may keep policies that restrict (but do not forbid) information sharing and detainer compliance.")],
    "'or restricts' deleted from (a).")
add("reparagraphed", DC_IH, "DC",
    [("government from—\n\n(1) sending", "government from— (1) sending"), ("individual; or\n\n(2) complying", "individual; or (2) complying")],
    [C("government from—\n\n(1) sending", "government from— (1) sending", N, ["information_sharing"],
       "Item (1) is run into the stem; same words."),
     C("individual; or\n\n(2) complying", "individual; or (2) complying", N, ["detainers_holds"],
       "Item (2) is run into the same paragraph; same words.")],
    "items (1) and (2) run into the paragraph of (a), words unchanged.")

# ---------------- additional directional pairs ----------------
add("exception_to_exception", CHI, "CHI",
    [("court order, or a lawfully issued judicial warrant,\n", "court order, or a lawfully issued judicial warrant, provided that no federal regulation shall be treated as requiring a disclosure made for the purpose of civil immigration enforcement,\n")],
    [C("", "provided that no federal regulation shall be treated as requiring a disclosure made for the purpose of civil immigration enforcement,", L, ["information_sharing"],
       "A proviso narrows the 'required by federal regulation' exception, so regulations no longer unlock disclosures for civil immigration enforcement.")],
    "proviso limiting the federal-regulation exception added to the stem of (a).")
add("rule_added", CHI, "CHI",
    [("is for the enforcement of civil immigration law.\n", "is for the enforcement of civil immigration law.\n\n(c) No agency or agent shall permit ICE agents to use agency facilities, equipment, or records systems to search for information regarding a person's citizenship or immigration status.\n")],
    [C("", "(c) No agency or agent shall permit ICE agents to use agency facilities, equipment, or records systems to search for information regarding a person's citizenship or immigration status.", L, ["ice_cooperation", "information_sharing"],
       "A new subsection bars letting ICE use City facilities or records systems to look up status.")],
    "new subsection (c) added.")
add("rule_removed", CHI, "CHI",
    [("\n\n(b) No agency or agent shall enter into or renew any agreement providing direct access to any electronic database or other data-sharing platform maintained by any agency, or otherwise provide direct access to such database, to any federal agency, if the agency or agent determines that the purpose of such access is for the enforcement of civil immigration law.", "")],
    [C("(b) No agency or agent shall enter into or renew any agreement providing direct access to any electronic database or other data-sharing platform maintained by any agency, or otherwise provide direct access to such database, to any federal agency, if the agency or agent determines that the purpose of such access is for the enforcement of civil immigration law.", "", E, ["information_sharing"],
       "With (b) deleted, nothing stops City agencies from giving federal agencies direct database access for immigration enforcement.")],
    "subsection (b) deleted.")
add("list_item_removed", LIN, "LIN",
    [("(4) To request the Sheriff to diligently battle the ever-increasing criminal element which is growing daily with the influx of illegal residents and to consistently check the immigration status of each undocumented resident upon his or her arrest by such available means as fingerprints, federally-verified social security numbers, and other accessible data;\n\n(5) To allow", "(4) To allow"),
     ("(6) To direct all county", "(5) To direct all county")],
    [C("(4) To request the Sheriff to diligently battle the ever-increasing criminal element which is growing daily with the influx of illegal residents and to consistently check the immigration status of each undocumented resident upon his or her arrest", "", L, ["status_inquiry"],
       "The request that the Sheriff check the immigration status of every undocumented arrestee is dropped."),
     C("(5) To allow the Sheriff to partner", "(4) To allow the Sheriff to partner", N, ["ice_cooperation"],
       "Renumbered only."),
     C("(6) To direct all county", "(5) To direct all county", N, ["access_to_services"],
       "Renumbered only.")],
    "item (B)(4) (status checks at arrest) deleted; (5)-(6) renumbered (4)-(5).")
add("exception_to_exception", DC_IH, "DC",
    [("comes forward as a victim or a witness to a criminal offense, or comply", "comes forward as a victim or a witness to a criminal offense, unless that individual has been convicted of a felony, or comply")],
    [C("", ", unless that individual has been convicted of a felony", E, ["information_sharing"],
       "An exception to the victim/witness exception: D.C. may no longer shield information about victims or witnesses with felony convictions.")],
    "felony-conviction proviso added inside the information-sharing part of (b).")
add("modal_change", DC_IH, "DC",
    [("the District of Columbia may not have in effect", "the District of Columbia should not have in effect")],
    [C("may not have in effect", "should not have in effect", L, ["information_sharing", "detainers_holds"],
       "The federal ban on D.C. sanctuary policies becomes advice, leaving D.C. free to keep policies that restrict sharing and detainer compliance.")],
    "'may not have in effect' -> 'should not have in effect' in (a).")

add("modal_change", LIN, "LIN",
    [("(4) To request the Sheriff to diligently battle", "(4) To direct the Sheriff to diligently battle")],
    [C("(4) To request the Sheriff", "(4) To direct the Sheriff", E, ["status_inquiry"],
       "Status checks of every undocumented arrestee change from a request to the Sheriff into a directive.")],
    "'To request the Sheriff' -> 'To direct the Sheriff' in (B)(4).")
add("rule_added", LIN, "LIN",
    [("\n\n(Res. passed 6-18-2007)", "\n\n(C) Reporting. Each county department that identifies an illegal resident in the course of providing services shall report the person's name and address to Immigration and Customs Enforcement (ICE).\n\n(Res. passed 6-18-2007)")],
    [C("", "(C) Reporting. Each county department that identifies an illegal resident in the course of providing services shall report the person's name and address to Immigration and Customs Enforcement (ICE).", E, ["information_sharing", "access_to_services"],
       "A new duty makes county service departments report identified undocumented residents to ICE.")],
    "new paragraph (C) requiring departments to report to ICE added.")
add("scope_change", DC_IH, "DC",
    [("information regarding the citizenship or immigration status (lawful or unlawful) of any individual", "information regarding the citizenship or immigration status (lawful or unlawful), address, or scheduled release date of any individual")],
    [C("", ", address, or scheduled release date", E, ["information_sharing"],
       "D.C. may no longer restrict sharing addresses and release dates either, widening the information it must let flow to immigration authorities.")],
    "'address, or scheduled release date' added to the information in (a)(1).")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(P):
        tops = []
        for c in p["changes"]:
            for t in c["topics"]:
                if t not in tops: tops.append(t)
        rec = {"id": "KD-%02d" % (i + 1), "situation": p["situation"], "old": p["old"], "new": p["new"],
               "changes": p["changes"], "label": pair_label(p["changes"]), "topics": tops, "source": p["source"]}
        check(rec)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(P), "pairs written")
