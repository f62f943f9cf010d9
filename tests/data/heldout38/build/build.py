"""Builds ../pairs.jsonl (heldout38, prefix JO)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *

L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
PAIRS = []


def add(sit, old, new, changes, source):
    if isinstance(new, list):
        new = apply(old, new)
    ch = [dict(quote_old=a, quote_new=b, label=c, topics=d, why=e) for a, b, c, d, e in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = dict(id="JO-%02d" % (len(PAIRS) + 1), situation=sit, old=old, new=new, changes=ch,
             label=pair_label(ch), topics=tops, source=source)
    check(p)
    assert 800 <= len(old) <= 4000 and 800 <= len(new) <= 4000, (p["id"], len(old), len(new))
    PAIRS.append(p)


WI_SRC = ("Wisconsin Legislature, docs.legis.wisconsin.gov: %s. Text = bill title, Legislative Reference Bureau analysis "
          "and opening of the created section as printed in the introduced bill; line numbers, bill line ids and the "
          "sponsor block removed; both sides cut at the same clean boundary (the stored copies stop there).")

# ---------------- GENUINE ----------------
add("mixed", WI_AB569, WI_AB492, [
    ("prohibiting local ordinances, resolutions, and policies that prohibit immigration status inquiries and reports to the federal government about the presence of illegal aliens and authorizing a private right of action.",
     "local ordinances and providing a reduction in shared revenue payments.", E, ["status_inquiry", "information_sharing"],
     "The title now announces a shared-revenue penalty for non-complying local governments."),
    ("enacting or enforcing an ordinance, resolution, or policy that prohibits an employee of that political subdivision",
     "enacting an ordinance, adopting a resolution, or establishing a policy that would prohibit an employee", L, ["status_inquiry"],
     "The ban now reaches only enacting or adopting such measures; 'enforcing' an existing one is no longer named, so the bar on local limits is narrower."),
    ("from inquiring about the immigration status of an individual who is seeking or receiving public services provided by that political subdivision",
     "from inquiring whether an individual who receives public services is lawfully present in the state", L, ["status_inquiry"],
     "Only people who receive services are covered, no longer people who are seeking them, so local bans on asking applicants are no longer void."),
    ("and from notifying the federal government of the presence of illegal aliens in the political subdivision",
     "notifying the federal government of the presence of aliens who are not lawfully present,", N, ["information_sharing"],
     "Same protected reporting duty in other words ('illegal aliens' becomes 'aliens who are not lawfully present')."),
    ("", "or acting according to or complying with state law regarding arrested persons who are not lawfully present", E,
     ["enforcement_authority", "detainers_holds"],
     "A third item is added: local governments may not stop employees from acting under state law on arrested persons who are not lawfully present."),
    ("The bill also authorizes an elector of a political subdivision to file a writ of mandamus with the circuit court to require compliance with the requirements created by the bill if the elector is aggrieved by the failure of the political subdivision to comply with the requirements.",
     "Under the bill, a state resident who believes that a political subdivision is not complying with these requirements may petition for a writ of mandamus requiring compliance",
     E, ["status_inquiry", "information_sharing"],
     "Any state resident who believes there is non-compliance may sue, no longer only an aggrieved elector of that locality."),
    ("", "the department of revenue must reduce the political subdivision's shared revenue payments in the next year by $500 to $5,000, depending on the political subdivision's population, for each day of noncompliance",
     E, ["status_inquiry", "information_sharing"],
     "A daily shared-revenue penalty is added for local governments that keep limits on inquiries or reporting."),
], "GENUINE: two published versions of the proposed Wisconsin statute 66.0408. OLD = 2007 Assembly Bill 569 (introduced November 6, 2007), "
   "http://docs.legis.wisconsin.gov/2007/related/proposals/ab569 ; NEW = 2015 Assembly Bill 492 (introduced November 10, 2015), "
   "https://docs.legis.wisconsin.gov/2015/related/proposals/ab492 . " + WI_SRC % "both bills")

# ---------------- CONSTRUCTED: Mounds View 2-157(b) / 2-158 ----------------
MV2_SRC = ("CONSTRUCTED: OLD = real text, City of Mounds View (Minnesota) draft City Code section 2-157, subsection (b), and "
           "section 2-158 'Reporting requirements' (immigration use of City resources), City Council agenda packet document 520876, page 198 "
           "(2026), https://miweblink.metro-inet.us/MoundsViewPublic/0/doc/520876/Page198.aspx ; starts at (b) because 2-157's opening is on the "
           "previous page; ends at the end of 2-158 (d). NEW = OLD with this edit: ")

add("exception_changed", MV2, [("judicial warrant, subpoena or other similar lawful authorization", "judicial warrant, subpoena, administrative immigration warrant or other similar lawful authorization")], [
    ("authorized by a judicial warrant, subpoena or other similar lawful authorization", "authorized by a judicial warrant, subpoena, administrative immigration warrant or other similar lawful authorization",
     E, ["detainers_holds", "raids_joint_operations"], "An administrative immigration warrant now suffices to use City Property for staging operations.")],
    MV2_SRC + "'administrative immigration warrant' added to the exception in (b).")

add("scope_change", MV2, [("for the purposes of staging operations, except", "for the purposes of staging civil immigration enforcement operations, except")], [
    ("for the purposes of staging operations, except", "for the purposes of staging civil immigration enforcement operations, except", E,
     ["raids_joint_operations"], "The staging ban shrinks from all operations to civil immigration operations, so staging for criminal immigration operations is no longer barred.")],
    MV2_SRC + "'staging operations' -> 'staging civil immigration enforcement operations' in (b).")

add("approval_added", MV2, [("or other similar lawful authorization.", "or other similar lawful authorization and approved in writing by the City Administrator.")], [
    ("subpoena or other similar lawful authorization.", "subpoena or other similar lawful authorization and approved in writing by the City Administrator.", L,
     ["supervisor_approval", "raids_joint_operations"], "Even with a warrant or subpoena, staging on City Property now also needs the City Administrator's written approval.")],
    MV2_SRC + "'and approved in writing by the City Administrator' added at the end of the exception in (b).")

add("restated", MV2, [("enforcing federal immigrations law.", "enforcing federal immigration law."),
                      ("must provide a report to the City Administrator within five business days of observing, identifying, or denying use of City resources, including the following information:",
                       "shall, within five business days of observing, identifying, or denying such use, report the following information to the City Administrator:")], [
    ("enforcing federal immigrations law.", "enforcing federal immigration law.", N, ["raids_joint_operations"], "A typing error is corrected; same rule."),
    ("must provide a report to the City Administrator within five business days of observing, identifying, or denying use of City resources, including the following information:",
     "shall, within five business days of observing, identifying, or denying such use, report the following information to the City Administrator:", N,
     ["raids_joint_operations", "information_sharing"], "Same five-day reporting duty to the City Administrator, reworded."),
], MV2_SRC + "'immigrations law' -> 'immigration law'; the 2-158 stem reworded ('must provide a report ... including the following information' -> 'shall, within five business days ..., report the following information to the City Administrator').")

add("list_added", MV2, [("enforcing federal immigrations law.\n\n", "enforcing federal immigrations law.\n\n(c) No City employee shall, for the purpose of enforcing federal immigration laws:\n\n(1) provide City personnel, vehicles, or equipment to a federal agency staging operations on City Property;\n\n(2) disclose to a federal agency information held in City records about any individual; or\n\n(3) establish or staff traffic perimeters for a federal agency.\n\n")], [
    ("", "(c) No City employee shall, for the purpose of enforcing federal immigration laws:\n\n(1) provide City personnel, vehicles, or equipment to a federal agency staging operations on City Property;", L, ["ice_cooperation", "raids_joint_operations"],
     "A new list of prohibitions opens with a bar on lending City staff, vehicles or equipment to federal immigration staging operations."),
    ("", "(2) disclose to a federal agency information held in City records about any individual; or", L, ["information_sharing"],
     "City employees may no longer hand City record information to federal agencies for immigration enforcement."),
    ("", "(3) establish or staff traffic perimeters for a federal agency.", L, ["raids_joint_operations"],
     "City employees may no longer set up traffic perimeters for federal immigration operations."),
], MV2_SRC + "a new subsection (c) with three items (no City personnel/vehicles/equipment for staging, no disclosure of City record information, no traffic perimeters) inserted after (b).")

add("list_item_added", MV2, [("may use or access City Property for", "may use or access City Property, City vehicles, or City equipment for")], [
    ("may use or access City Property for the purposes of staging operations", "may use or access City Property, City vehicles, or City equipment for the purposes of staging operations",
     L, ["raids_joint_operations"], "City vehicles and equipment are added to what may not be used for staging operations.")],
    MV2_SRC + "'City vehicles, or City equipment' added after 'City Property' in the first sentence of (b).")

# ---------------- CONSTRUCTED: St. Paul 44.01 ----------------
SP_SRC = ("CONSTRUCTED: OLD = real text, City of Saint Paul (Minnesota) Council File 04-316, administrative ordinance adding Chapter 44 "
          "'Employee Authority in Immigration Matters' to the Administrative Code (2004): enacting words and section 44.01, "
          "http://stpdocs.stpaul.gov/Weblink8CityClerk/DocView.aspx?dbid=0&id=5060&repo=CityClerk ; OCR slips corrected "
          "('ardinance', 'cit7', 'a11'); cut before 44.02 (its list is cut off in the stored copy). NEW = OLD with this edit: ")

add("double_negation", SP44, [("for the purpose of enforcing federal immigration laws. Homeland", "for the purpose of enforcing federal immigration laws. Nothing in this chapter shall be construed to prohibit a city employee from assisting Homeland Security in the enforcement of civil immigration laws upon its request. Homeland")], [
    ("", "Nothing in this chapter shall be construed to prohibit a city employee from assisting Homeland Security in the enforcement of civil immigration laws upon its request.",
     E, ["ice_cooperation"], "The saving clause expressly allows employees to help enforce civil immigration law whenever Homeland Security asks.")],
    SP_SRC + "a 'Nothing in this chapter shall be construed to prohibit ... assisting Homeland Security ... upon its request' sentence inserted after the second sentence of 44.01.")

add("scope_change", SP44, [("by avoiding pro-active enforcement of civil immigration laws", "by avoiding any enforcement of civil or criminal immigration laws")], [
    ("by avoiding pro-active enforcement of civil immigration laws", "by avoiding any enforcement of civil or criminal immigration laws", L,
     ["enforcement_authority"], "The city now avoids all immigration enforcement, civil or criminal and reactive or proactive, not only proactive civil enforcement.")],
    SP_SRC + "'avoiding pro-active enforcement of civil immigration laws' -> 'avoiding any enforcement of civil or criminal immigration laws'.")

add("restated", SP44, [("Homeland Security has the legal authority to enforce immigration laws in the United States, in Minnesota and in the city.",
                        "Homeland Security is legally authorized to enforce immigration laws throughout the United States, including in Minnesota and in the city."),
                       ("This ordinance is not intended to limit the proper enforcement of generally applicable laws.",
                        "Nothing in this ordinance limits the proper enforcement of generally applicable laws.")], [
    ("Homeland Security has the legal authority to enforce immigration laws in the United States, in Minnesota and in the city.",
     "Homeland Security is legally authorized to enforce immigration laws throughout the United States, including in Minnesota and in the city.", N,
     ["enforcement_authority"], "Same statement of federal authority, reworded."),
    ("This ordinance is not intended to limit the proper enforcement of generally applicable laws.", "Nothing in this ordinance limits the proper enforcement of generally applicable laws.",
     N, ["enforcement_authority"], "Same saving clause for generally applicable laws, reworded."),
], SP_SRC + "two sentences of 44.01 reworded without change of meaning.")

add("rule_removed", SP44, [("as it does with all state and federal agencies, but the city does not operate its programs for the purpose of enforcing federal immigration laws.", "as it does with all state and federal agencies.")], [
    ("as it does with all state and federal agencies, but the city does not operate its programs for the purpose of enforcing federal immigration laws.",
     "as it does with all state and federal agencies.", E, ["ice_cooperation", "enforcement_authority"],
     "The statement that city programs are not run to enforce federal immigration law is deleted, leaving only general cooperation.")],
    SP_SRC + "', but the city does not operate its programs for the purpose of enforcing federal immigration laws' deleted from 44.01.")

add("cross_clause", SP44, [("without regard to their immigration status under federal law.", "without regard to their immigration status under federal law. City employees may assist Homeland Security in the enforcement of civil immigration laws only in the circumstances listed in section 44.03(b).")], [
    ("", "City employees may assist Homeland Security in the enforcement of civil immigration laws only in the circumstances listed in section 44.03(b).", L,
     ["ice_cooperation"], "Help to Homeland Security on civil immigration matters is confined to the cases another section lists.")],
    SP_SRC + "a sentence confining assistance to Homeland Security to 'the circumstances listed in section 44.03(b)' added at the end of 44.01 (44.03(b) is not in the excerpt).")

add("approval_added", SP44, [("as it does with all state and federal agencies, but", "as it does with all state and federal agencies; a city employee may respond to a request for assistance from Homeland Security only with the approval of the employee's department director; but")], [
    ("", "a city employee may respond to a request for assistance from Homeland Security only with the approval of the employee's department director;", L,
     ["supervisor_approval", "ice_cooperation"], "Answering a Homeland Security request for help now needs a department director's approval.")],
    SP_SRC + "an approval clause ('only with the approval of the employee's department director') inserted into the second sentence of 44.01.")

# ---------------- CONSTRUCTED: Hartford (VT) ----------------
HVT_SRC = ("CONSTRUCTED: OLD = real text, Town of Hartford (Vermont) 'Welcoming Hartford Ordinance' (adopted by the voters, March 2020), "
           "heading, Title and Purpose and intent, as posted by the Town, https://hartford-vt.org/CivicAlerts.aspx?AID=475&ARC=972 ; "
           "the table of contents and the definitions (cut off in the stored copy) are left out. NEW = OLD with this edit: ")

add("double_negation", HVT, [("enforcement of federal civil immigration laws.", "enforcement of federal civil immigration laws. Nothing in this ordinance shall be construed to prohibit Town officials from assisting federal authorities in the enforcement of federal civil immigration laws when requested.")], [
    ("", "Nothing in this ordinance shall be construed to prohibit Town officials from assisting federal authorities in the enforcement of federal civil immigration laws when requested.",
     E, ["ice_cooperation"], "A saving clause lets Town officials help with civil immigration enforcement on request.")],
    HVT_SRC + "a 'Nothing in this ordinance shall be construed to prohibit ... assisting federal authorities ...' sentence appended to the purpose.")

add("scope_change", HVT, [("enforcement of federal civil immigration laws.", "enforcement of federal civil and criminal immigration laws.")], [
    ("enforcement of federal civil immigration laws.", "enforcement of federal civil and criminal immigration laws.", L, ["enforcement_authority"],
     "The Town's procedures now also govern enforcement of criminal immigration laws.")],
    HVT_SRC + "'federal civil immigration laws' -> 'federal civil and criminal immigration laws' in the last sentence.")

add("reparagraphed", HVT, [("resolving problems. The Town Selectboard further", "resolving problems.\n\nThe Town Selectboard further"),
                           ("and the federal government. The purpose of this chapter", "and the federal government.\n\nThe purpose of this chapter")], [
    ("resolving problems. The Town Selectboard further", "resolving problems.\n\nThe Town Selectboard further", N, ["access_to_services"],
     "A paragraph break is added between two findings; same words."),
    ("and the federal government. The purpose of this chapter", "and the federal government.\n\nThe purpose of this chapter", N, ["enforcement_authority"],
     "The purpose sentence becomes its own paragraph; same words."),
], HVT_SRC + "two paragraph breaks added; no words changed.")

add("restated", HVT, [("The Town Selectboard further finds that assistance from a person, whether documented or not, who is a victim of, or a witness to, a crime is important to promoting the safety of all its residents.",
                       "The Town Selectboard further finds that the help of crime victims and witnesses, whatever their immigration status, is important to the safety of all residents.")], [
    ("The Town Selectboard further finds that assistance from a person, whether documented or not, who is a victim of, or a witness to, a crime is important to promoting the safety of all its residents.",
     "The Town Selectboard further finds that the help of crime victims and witnesses, whatever their immigration status, is important to the safety of all residents.",
     N, ["access_to_services"], "Same finding about victims and witnesses in other words.")],
    HVT_SRC + "the second finding reworded.")

add("rule_added", HVT, [("enforcement of federal civil immigration laws.", "enforcement of federal civil immigration laws. The Town shall not use its personnel, funds, or facilities to assist in the enforcement of federal civil immigration laws.")], [
    ("", "The Town shall not use its personnel, funds, or facilities to assist in the enforcement of federal civil immigration laws.", L,
     ["ice_cooperation", "enforcement_authority"], "A new rule bars the use of Town personnel, funds or facilities for civil immigration enforcement.")],
    HVT_SRC + "a sentence 'The Town shall not use its personnel, funds, or facilities to assist ...' appended to the purpose.")

# ---------------- CONSTRUCTED: Mounds View 2.04-2.05 ----------------
MVC_SRC = ("CONSTRUCTED: OLD = real text, City of Mounds View (Minnesota) Ordinance No. 1056, draft v2 of 1/28/26, sections 2.04 "
           "(portable recording system) and 2.05 (facial covering), https://miweblink.metro-inet.us/MoundsViewPublic/0/doc/520045/Page7.aspx ; "
           "cut at the end of 2.05. NEW = OLD with this edit: ")

add("neutral_rewrite", MVC, [("The wear and use of a portable recording system shall not be required where such wear and use is prevented by exigent circumstances, though wear and use should be remedied as soon as practicable.",
                              "A portable recording system need not be worn or used where exigent circumstances prevent it, but its wear and use should resume as soon as practicable.")], [
    ("The wear and use of a portable recording system shall not be required where such wear and use is prevented by exigent circumstances, though wear and use should be remedied as soon as practicable.",
     "A portable recording system need not be worn or used where exigent circumstances prevent it, but its wear and use should resume as soon as practicable.",
     N, ["raids_joint_operations"], "Same body-camera exception in plainer words; it does not touch immigration enforcement.")],
    MVC_SRC + "the exigent-circumstances sentence of 2.04 reworded.")

add("reparagraphed", MVC, [("while within the City. This section 2.05", "while within the City.\n\nThis section 2.05"),
                           ("while within the City. The wear and use of such", "while within the City.\n\nThe wear and use of such")], [
    ("while within the City. This section 2.05", "while within the City.\n\nThis section 2.05", N, ["raids_joint_operations"],
     "The SWAT exception to the mask rule becomes its own paragraph; same words."),
    ("while within the City. The wear and use of such", "while within the City.\n\nThe wear and use of such", N, ["raids_joint_operations"],
     "A paragraph break inside 2.04; same words."),
], MVC_SRC + "two paragraph breaks added; no words changed.")

# ---------------- CONSTRUCTED: Wisconsin 2011 AB 173 ----------------
AB173_SRC = ("CONSTRUCTED: OLD = real text, Wisconsin 2011 Assembly Bill 173 (LRB-1116/4, introduced June 8, 2011), title and the first two "
             "paragraphs of the Legislative Reference Bureau analysis, http://docs.legis.wisconsin.gov/document/proposaltext/2011/REG/AB173 ; "
             "line numbers removed; cut before the third paragraph (the stored copy breaks off in it). NEW = OLD with this edit: ")

add("modal_change", WI_AB173, [("This bill requires a law enforcement officer to have a federal agency", "This bill authorizes a law enforcement officer to have a federal agency")], [
    ("This bill requires a law enforcement officer to have a federal agency", "This bill authorizes a law enforcement officer to have a federal agency", L,
     ["status_inquiry", "ice_cooperation"], "A mandatory federal status check on reasonable suspicion becomes optional.")],
    AB173_SRC + "'requires' -> 'authorizes' in the first sentence of the analysis.")

add("scope_change", WI_AB173, [("who is arrested for or charged with a crime or civil violation is lawfully present", "who is arrested for or charged with a crime is lawfully present")], [
    ("who is arrested for or charged with a crime or civil violation is lawfully present", "who is arrested for or charged with a crime is lawfully present", L,
     ["status_inquiry"], "People cited only for civil violations are no longer subject to the status check.")],
    AB173_SRC + "'or civil violation' deleted from the first sentence (the relating clause and the identification sentence left as they were).")

add("rule_removed", WI_AB173, [(" The bill states that if a person refuses or fails to provide identification at the time he or she is arrested for or charged with a crime or civil violation, that refusal or failure can give rise to reasonable suspicion that the person is not lawfully present.", "")], [
    ("The bill states that if a person refuses or fails to provide identification at the time he or she is arrested for or charged with a crime or civil violation, that refusal or failure can give rise to reasonable suspicion that the person is not lawfully present.", "",
     L, ["document_requests", "status_inquiry"], "Failing to show identification no longer counts as grounds to suspect unlawful presence, so fewer status checks are triggered.")],
    AB173_SRC + "the sentence making a failure to provide identification a ground of reasonable suspicion deleted.")

add("scope_change", WI_AB173, [("held in secured custody for up to 48 hours", "held in secured custody for up to 96 hours")], [
    ("held in secured custody for up to 48 hours", "held in secured custody for up to 96 hours", E, ["detainers_holds"],
     "People who cannot prove lawful presence may be held twice as long.")],
    AB173_SRC + "'48 hours' -> '96 hours'.")

add("approval_added", WI_AB173, [("unless he or she has been authorized by the federal government to do so.", "unless he or she has been authorized by the federal government to do so and the verification has been approved by the chief of his or her agency.")], [
    ("", "and the verification has been approved by the chief of his or her agency", L, ["supervisor_approval", "status_inquiry"],
     "Each lawful-presence verification now also needs the agency chief's approval.")],
    AB173_SRC + "'and the verification has been approved by the chief of his or her agency' added to the federal-authorization sentence.")

add("double_negation", WI_AB173, [("except as permitted under the U.S. and the Wisconsin constitutions.", "except as permitted under the U.S. and the Wisconsin constitutions. Nothing in the bill prohibits an officer from asking any person he or she lawfully stops about the person's immigration status.")], [
    ("", "Nothing in the bill prohibits an officer from asking any person he or she lawfully stops about the person's immigration status.", E,
     ["status_inquiry", "enforcement_authority"], "Status questions are expressly allowed for anyone lawfully stopped, not only arrested or charged persons.")],
    AB173_SRC + "a 'Nothing in the bill prohibits an officer from asking ... about the person's immigration status' sentence added after the race sentence.")

add("restated", WI_AB173, [("The bill specifies the kinds of documentation that are satisfactory to prove lawful presence.", "The bill lists the documents that are sufficient to prove lawful presence.")], [
    ("The bill specifies the kinds of documentation that are satisfactory to prove lawful presence.", "The bill lists the documents that are sufficient to prove lawful presence.", N,
     ["document_requests"], "Same provision on acceptable documents, reworded.")],
    AB173_SRC + "the sentence on documentation reworded.")

# ---------------- CONSTRUCTED: Evanston 93-R-25 ----------------
EV_SRC = ("CONSTRUCTED: OLD = real text, City of Evanston (Illinois) Resolution 93-R-25 'Prohibiting the Use of City of Evanston Property for "
          "Federal Civil Immigration Enforcement Operations ...' (October 13, 2025), heading and first six recitals, "
          "https://doccenter.cityofevanston.org/WebLink/DocView.aspx?dbid=0&id=201590&repo=Other-City-Departments ; cut at the end of the sixth "
          "recital (the stored copy breaks off in the seventh). NEW = OLD with this edit: ")

add("list_item_removed", EV93, [("like parking lots, vacant lots, and garages for", "like parking lots and garages for")], [
    ("including use of City facilities like parking lots, vacant lots, and garages for", "including use of City facilities like parking lots and garages for", E,
     ["raids_joint_operations"], "Vacant lots drop out of the City facilities the recital says may not serve as staging areas.")],
    EV_SRC + "'vacant lots,' deleted from the fourth recital.")

add("scope_change", EV93, [("to establish public policies that limit federal civil immigration enforcement operations on their premises to the fullest extent possible consistent with federal and state law",
                            "to establish public policies that bar federal civil immigration enforcement operations on their premises unless the agents present a judicial warrant")], [
    ("limit federal civil immigration enforcement operations on their premises to the fullest extent possible consistent with federal and state law",
     "bar federal civil immigration enforcement operations on their premises unless the agents present a judicial warrant", L,
     ["raids_joint_operations", "detainers_holds"], "City facilities must now bar operations unless there is a judicial warrant, a firmer rule than limiting them as far as possible.")],
    EV_SRC + "in the sixth recital 'limit ... to the fullest extent possible consistent with federal and state law' -> 'bar ... unless the agents present a judicial warrant'.")

add("exception_added", EV93, [("including establishing traffic perimeters; and", "including establishing traffic perimeters, except where a perimeter is needed to protect public safety; and")], [
    ("", ", except where a perimeter is needed to protect public safety", E, ["raids_joint_operations"],
     "City staff may set traffic perimeters for immigration operations whenever public safety is invoked.")],
    EV_SRC + "', except where a perimeter is needed to protect public safety' added to the fifth recital.")

add("neutral_rewrite", EV93, [("in 2016, the City of Evanston adopted the Welcoming City Ordinance to limit local involvement in federal immigration enforcement",
                               "the City of Evanston adopted the Welcoming City Ordinance in 2016 to limit local involvement in federal immigration enforcement"),
                              ("to provide new safeguards against increasing threats to Evanston's immigrant communities under the incoming federal administration",
                               "to add safeguards for Evanston's immigrant communities against growing threats under the incoming federal administration")], [
    ("in 2016, the City of Evanston adopted the Welcoming City Ordinance", "the City of Evanston adopted the Welcoming City Ordinance in 2016", N,
     ["enforcement_authority"], "Same historical recital; only the word order changes."),
    ("to provide new safeguards against increasing threats to Evanston's immigrant communities under the incoming federal administration",
     "to add safeguards for Evanston's immigrant communities against growing threats under the incoming federal administration", N,
     ["access_to_services"], "Same recital in other words."),
], EV_SRC + "the first and third recitals reworded without change of meaning.")

# ---------------- CONSTRUCTED: St. Paul Ch. 44A ----------------
SPA_SRC = ("CONSTRUCTED: OLD = real text, City of Saint Paul (Minnesota) ordinance 'Adding Ch. 44A to the Administrative Code to institute training, "
           "reporting, and programming ...' (legislative file ID 7960150, 2026), title, recitals and first resolve clause, "
           "https://stpaul.legistar.com/LegislationDetail.aspx?FullText=1&GUID=54CE2B88-EFEB-437A-8DDA-B3D3694CF739&ID=7960150 ; "
           "cut before the trailing 'and now,' (the stored copy breaks off after it). NEW = OLD with this edit: ")

add("modal_change", SP44A, [("city officials are prohibited from inquiring about immigration status", "city officials are discouraged from inquiring about immigration status")], [
    ("city officials are prohibited from inquiring about immigration status", "city officials are discouraged from inquiring about immigration status", E,
     ["status_inquiry"], "A prohibition on status questions is restated as mere discouragement, so officials may ask.")],
    SPA_SRC + "'prohibited' -> 'discouraged' in the first recital.")

add("reparagraphed", SP44A, [("Title\n\nAdding", "Title\nAdding"), ("Body\n\nSection 1.\n\nWHEREAS", "Body\nSection 1.\nWHEREAS")], [
    ("Title\n\nAdding", "Title\nAdding", N, ["enforcement_authority"], "A blank line is removed after the heading; same words."),
    ("Body\n\nSection 1.\n\nWHEREAS", "Body\nSection 1.\nWHEREAS", N, ["status_inquiry"], "Headings and first recital joined into one paragraph; same words."),
], SPA_SRC + "the blank lines after 'Title', 'Body' and 'Section 1.' removed; no words changed.")

# ---------------- additional constructed pairs ----------------
add("exception_added", SP44, [("by avoiding pro-active enforcement of civil immigration laws.", "by avoiding pro-active enforcement of civil immigration laws, except with respect to persons who are charged with or convicted of a crime.")], [
    ("", ", except with respect to persons who are charged with or convicted of a crime", E, ["enforcement_authority", "ice_cooperation"],
     "The city's restraint no longer applies to people charged with or convicted of crimes, so proactive civil immigration enforcement against them is allowed.")],
    SP_SRC + "', except with respect to persons who are charged with or convicted of a crime' added to the fourth sentence of 44.01.")

add("exception_added", MV2, [("for operations enforcing federal immigrations law.", "for operations enforcing federal immigrations law, unless the Chief of Police determines that such access is necessary to protect public safety.")], [
    ("", ", unless the Chief of Police determines that such access is necessary to protect public safety", E,
     ["raids_joint_operations", "supervisor_approval"], "The Chief of Police may now grant immigration agents special access to City Property on public-safety grounds.")],
    MV2_SRC + "', unless the Chief of Police determines that such access is necessary to protect public safety' added to the last sentence of (b).")

add("list_item_added", WI_AB173, [("to have a federal agency, or a person authorized by a federal agency, determine", "to have a federal agency, a person authorized by a federal agency, or a jail officer designated by the sheriff determine")], [
    ("to have a federal agency, or a person authorized by a federal agency, determine", "to have a federal agency, a person authorized by a federal agency, or a jail officer designated by the sheriff determine",
     E, ["enforcement_authority", "status_inquiry"], "A local jail officer designated by the sheriff may now make the lawful-presence determination.")],
    AB173_SRC + "'or a jail officer designated by the sheriff' added to the list of who may determine lawful presence.")

add("exception_to_exception", WI_AB173, [("unless he or she has been authorized by the federal government to do so.", "unless he or she has been authorized by the federal government to do so, except that no such authorization is needed to verify the lawful presence of a person held in a county jail.")], [
    ("", ", except that no such authorization is needed to verify the lawful presence of a person held in a county jail", E,
     ["enforcement_authority", "status_inquiry"],
     "An exception to the federal-authorization requirement lets any officer verify the status of county jail inmates.")],
    AB173_SRC + "', except that no such authorization is needed to verify the lawful presence of a person held in a county jail' added to the verification sentence.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PAIRS), "pairs written")
