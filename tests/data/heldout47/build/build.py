import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
S = {
 "247D": "DHS Form I-247D 'Immigration Detainer - Request for Voluntary Action' (Priority Enforcement Program edition, 2015), first page up to section 1.B, text at https://p.pdfkul.com/i-247d-immigration-detainer-samplepdf_59bc24be1723ddeae84957b4.html (stored copy breaks off inside the third probable-cause item; cut there and marked [...])",
 "247A": "DHS Form I-247A 'Immigration Detainer - Notice of Action' (02/17), page 1, text at https://dokumen.tips/documents/department-of-homeland-security-the-department-of-homeland-security-dhs-has-placed.html (blank form fields and the 'Name of Alien' line dropped; stored copy breaks off in the LESC telephone number, cut there and marked [...])",
 "GUIDE": "ICE 'Guidance for Completing Form I-247A' (issued with ICE Policy 10074.2, March 2017), items 1-3, https://www.scribd.com/document/343192456/ICE-Guidance-for-Form-I-247A (stored copy breaks off in item 3(4); cut after 3(3))",
 "SC12": "ICE web page 'Secure Communities', https://www.ice.gov/secure-communities, edition of 2015-2016 (archived 'Secure Communities: Get the Facts' text, statistics through Aug. 31, 2012); cut before the sentence on deputization, where the stored copy breaks off",
 "SC17": "ICE web page 'Secure Communities', https://www.ice.gov/secure_communities/, edition after the program's reactivation on 25 Jan 2017 (the stored copy carries the later 'Archived Content' banner, which is left out); cut before 'Only federal DHS offic[ers]...', where the stored copy breaks off",
 "DHS17": "DHS Office of Public Affairs, 'Fact Sheet: U.S. Immigration and Customs Enforcement Declined Detainer Outcome Report', 20 Mar 2017, paragraphs 1-3, https://www.dhs.gov/archive/news/2017/03/20/fact-sheet-us-immigration-and-customs-enforcement-declined-detainer-outcome-report",
 "DET": "ICE web page 'Detainers', https://www.ice.gov/detainers (2017-2020 edition), paragraphs 1-3",
 "DETF": "ICE web page 'Detainers', https://www.ice.gov/detainers (2017-2020 edition), paragraphs 1-4 (cut before the paragraph 'When criminal aliens are released...', where the stored copy breaks off)",
 "FAQN": "ICE web page 'ICE Detainers: Frequently Asked Questions', https://ice.gov/identify-and-arrest/detainers/ice-detainers-frequently-asked-questions, edition using 'noncitizen' (2021-2024), opening and first two questions (cut before 'When does ICE lodge immigration detainers?')",
 "FAQA": "ICE web page 'ICE Detainers: Frequently Asked Questions' (same URL), edition using 'alien' (2025), opening and first two questions (cut before 'When does ICE lodge immigration detainers?')",
 "QA": "DHS 'Q&A: U.S. Immigration and Customs Enforcement Declined Detainer Outcome Report', 20 Mar 2017, first four questions, https://dhs.gov/news/2017/03/20/qa-us-immigration-and-customers-enforcement-declined-detainer-outcome-report (cut before 'Why do some jurisdictions ignore detainers?')",
 "M12": "John Morton, ICE Director, memorandum 'Civil Immigration Enforcement: Guidance on the Use of Detainers in the Federal, State, Local, and Tribal Criminal Justice Systems', 21 Dec 2012, last two sentences of Purpose and the Background section, https://mikebakerlaw.com/blog/2013/01/23/u-s-immigration-and-customs-enforcement-detainers (footnote marker '1' dropped; cut before the stored copy breaks off)",
 "D10": "ICE draft detainer policy released for public comment (Aug./Sept. 2010, the draft that became Interim Policy 10074.1), traffic-misdemeanor rule and its exceptions as rendered by Reveal (Center for Investigative Reporting), 'ICE issues new memo on detainers, seeks public comment', https://revealnews.org/article/ice-issues-new-memo-on-detainers-seeks-public-comment/, with the start of ICE's own request for comment quoted there; the stem sentence is the reporter's rendering of the draft",
}
P = []
def ch(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "JX-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); P.append(p)
def con(key, what, sit, old, edits, changes):
    new = apply(old, edits)
    add(sit, old, new, changes, "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (S[key], what))

# ---------------- GENUINE ----------------
add("list_removed", T.I247D, T.I247A_CUT, [
  ch("A. THE SUBJECT IS AN IMMIGRATION ENFORCEMENT PRIORITY BECAUSE HE/SHE:", "", E, ["detainers_holds", "enforcement_authority"],
     "The 2017 form drops the requirement that the subject also fall in a listed enforcement-priority class, so a detainer may issue on probable cause of removability alone."),
  ch("(mark at least one option in subsection A and one option in subsection B, or skip to section 2)", "(complete box 1 or 2)", E, ["detainers_holds"],
     "The instruction no longer requires a priority box to be checked before a detainer is lodged, the same widening seen in the stem."),
  ch("IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION", "IMMIGRATION DETAINER - NOTICE OF ACTION", N, ["detainers_holds"],
     "The form's title changes but it remains a request to the receiving agency; no duty of the jail is added or removed in this passage."),
  ch("Name of Subject:", "Name of Alien:", N, ["detainers_holds"], "Terminology only."),
 ], "GENUINE: two editions of DHS's immigration detainer form, the 2015 PEP form and the 2017 form that replaced it (ICE Policy 10074.2). OLD = " + S["247D"] + ". NEW = " + S["247A"].replace("blank form fields and the 'Name of Alien' line dropped; stored copy breaks off in the LESC telephone number, cut there and marked [...]", "blank form fields dropped; cut at the same point as OLD, inside the third probable-cause item, marked [...]; this side is 737 characters because the cut must match OLD") + ".")

add("restated", T.FAQ_N, T.FAQ_A, [
  ch("lodge immigration detainers against potentially dangerous noncitizens", "lodge immigration detainers against potentially dangerous aliens", N, ["detainers_holds"], "Word choice only ('noncitizens' -> 'aliens'); the same people are covered."),
  ch("- Hold the noncitizen for up to an additional 48 hours\n\nThis allows ICE time to take custody of those individuals in accordance with federal immigration law.",
     "- Hold the alien for up to 48 hours beyond the time they would ordinarily release them so DHS has time to assume custody in accordance with federal immigration law.", N, ["detainers_holds"],
     "Both describe the same request to hold a person up to 48 hours past release; the new text only spells out what 'additional' meant."),
  ch("", "ICE enforces the laws Congress passes, focusing primarily on immigration enforcement in the U.S. interior.", N, ["enforcement_authority"], "A descriptive sentence about ICE's mission that changes no request to local agencies."),
 ], "GENUINE: two editions of one official ICE web page. OLD = " + S["FAQN"] + ". NEW = " + S["FAQA"] + ".")

add("scope_change", T.SC12, T.SC17, [
  ch("prioritizes efforts to identify and remove criminal aliens and others who pose a potential threat to public safety",
     "ICE prioritizes the removal of public safety and national security threats, those who have violated our nation's immigration laws, including those who have failed to comply with a final order of removal, and those who have engaged in fraud/willful misrepresentation in connection with official government matters", E, ["enforcement_authority"],
     "The stated priorities widen from criminal aliens and public-safety threats to anyone who has violated the immigration laws, final-order cases and fraud."),
  ch("", "- as well as those who have violated the nation's immigration laws", E, ["enforcement_authority", "information_sharing"],
     "Enforcement action on fingerprint matches is no longer confined to public-safety threats but reaches immigration-law violators generally."),
  ch("uses an already-existing federal information-sharing partnership to identify and remove aliens who pose a threat to public safety",
     "It uses a federal information-sharing partnership between DHS and the Federal Bureau of Investigation (FBI) that helps to identify in-custody aliens without imposing new or additional requirements on state and local law enforcement", N, ["information_sharing"],
     "The same FBI-DHS fingerprint sharing is described; the no-new-requirements clause restates the local role."),
  ch("FACT: Under Secure Communities, state and local law enforcement officers continue enforcing their state or local law in the same manner in which they always have.",
     "The federal government, not the state or local law enforcement agency, determines what immigration enforcement action, if any, is appropriate.", N, ["enforcement_authority"],
     "Both say local officers take no immigration action of their own under the program; reworded."),
 ], "GENUINE: two editions of one official ICE web page, before and after the program's reactivation by EO 13768 and the Kelly memo of 20 Feb 2017. OLD = " + S["SC12"] + ". NEW = " + S["SC17"] + ".")

add("restated", T.DHS17, T.DET, [
  ch("release serious criminal offenders, it undermines", "release removable aliens, it undermines", N, ["detainers_holds"],
     "A descriptive sentence about the effect of declined detainers; who may be subject to a detainer is defined the same way in both (probable cause of removability)."),
 ], "GENUINE: the same ICE explanation of detainers in two official editions. OLD = " + S["DHS17"] + ". NEW = " + S["DET"] + " (the text ICE later kept on its own page).")

# ---------------- CONSTRUCTED: I-247A ----------------
con("247A", "a fifth basis ('the alien's statement of foreign birth at booking ...') added to the probable-cause list and 'and/or' moved.", "list_item_added", T.I247A,
  [("removable under U.S. immigration law; and/or\n- statements made", "removable under U.S. immigration law;\n- statements made"),
   ("is removable under U.S. immigration law.\n\n2.", "is removable under U.S. immigration law; and/or\n- the alien's statement of foreign birth recorded at booking by the arresting agency.\n\n2.")],
  [ch("", "- the alien's statement of foreign birth recorded at booking by the arresting agency.", E, ["detainers_holds", "status_inquiry"], "A new and weaker basis for probable cause lets ICE lodge detainers on more people.")])
con("247A", "the biometric-confirmation basis deleted from the list.", "list_item_removed", T.I247A,
  [("- biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or\n", "")],
  [ch("- biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or\n", "", L, ["detainers_holds", "information_sharing"], "Database hits from booking fingerprints can no longer support a detainer, so fewer detainers issue.")])
con("247A", "a second request (maintain custody up to 48 hours) added to the list of requests.", "rule_added", T.I247A,
  [("IT IS THEREFORE REQUESTED THAT YOU:\n", "IT IS THEREFORE REQUESTED THAT YOU:\n- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.\n")],
  [ch("", "- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.", E, ["detainers_holds"], "The form now asks the jail to hold the person past release, not only to notify ICE.")])
con("247A", "the 48-hour notice request limited to where 'state or local law permits' such notice.", "exception_added", T.I247A,
  [("- Notify DHS as early as practicable (at least 48 hours, if possible) before", "- Where state or local law permits, notify DHS as early as practicable (at least 48 hours, if possible) before")],
  [ch("- Notify DHS as early as practicable", "- Where state or local law permits, notify DHS as early as practicable", L, ["information_sharing", "detainers_holds"], "The request to give ICE release notice now yields to local law barring it.")])
con("247A", "the request paragraph re-broken: 'IT IS THEREFORE REQUESTED THAT YOU:' and its item joined into one run-in paragraph, and section 2's second sentence set as its own paragraph.", "reparagraphed", T.I247A,
  [("IT IS THEREFORE REQUESTED THAT YOU:\n- Notify", "IT IS THEREFORE REQUESTED THAT YOU: Notify"),
   ("(complete box 1 or 2). Upon completion", "(complete box 1 or 2).\n\nUpon completion")],
  [ch("IT IS THEREFORE REQUESTED THAT YOU:\n- Notify", "IT IS THEREFORE REQUESTED THAT YOU: Notify", N, ["detainers_holds"], "Layout only; the same request."),
   ch("(complete box 1 or 2). Upon completion", "(complete box 1 or 2).\n\nUpon completion", N, ["detainers_holds"], "A paragraph break only.")])

# ---------------- CONSTRUCTED: I-247D ----------------
con("247D", "the 'significant misdemeanor' item deleted from the priority list A.", "list_item_removed", T.I247D,
  [('- has been convicted of a "significant misdemeanor," as defined under DHS policy; and/or\n', ""),
   ("at the time of conviction;\n", "at the time of conviction; and/or\n")],
  [ch('- has been convicted of a "significant misdemeanor," as defined under DHS policy; and/or', "", L, ["detainers_holds", "enforcement_authority"], "A class of priority persons is removed, so detainers reach fewer people.")])
con("247D", "the 3-misdemeanor item lowered to '2 or more misdemeanors' and the exclusion of minor traffic offenses dropped.", "exception_removed", T.I247D,
  [("- has been convicted of 3 or more misdemeanors, not including minor traffic offenses and state or local offenses for which immigration status was an essential element, provided the offenses arise out of 3 separate incidents.",
    "- has been convicted of 2 or more misdemeanors, not including state or local offenses for which immigration status was an essential element, provided the offenses arise out of 2 separate incidents.")],
  [ch("has been convicted of 3 or more misdemeanors, not including minor traffic offenses and state or local offenses", "has been convicted of 2 or more misdemeanors, not including state or local offenses", E, ["detainers_holds", "enforcement_authority"], "A lower threshold and the loss of the traffic-offense exclusion make more people detainer priorities."),
   ch("provided the offenses arise out of 3 separate incidents.", "provided the offenses arise out of 2 separate incidents.", E, ["detainers_holds"], "Consequential on the lowered threshold; more people qualify.")])
con("247D", "'or skip to section 2' struck from the stem, so the priority boxes must always be completed.", "exception_removed", T.I247D,
  [("one option in subsection B, or skip to section 2):", "one option in subsection B):")],
  [ch("one option in subsection B, or skip to section 2):", "one option in subsection B):", L, ["detainers_holds"], "The transfer route around the priority requirement is removed, so every detainer needs a priority box.")])

# ---------------- CONSTRUCTED: Guidance for I-247A ----------------
con("GUIDE", "'must have probable cause' in 2(2) changed to 'should, where possible, have probable cause'.", "modal_change", T.GUIDE,
  [("immigration officers must have probable cause to believe", "immigration officers should, where possible, have probable cause to believe")],
  [ch("immigration officers must have probable cause", "immigration officers should, where possible, have probable cause", E, ["detainers_holds"], "Probable cause becomes a preference, not a condition, for issuing detainers.")])
con("GUIDE", "a new 2(2) requiring supervisory approval before a detainer issues, and old 2(2)-2(3) renumbered.", "approval_added", T.GUIDE,
  [("2) Prior to issuing an immigration detainer to an LEA, immigration officers must", "2) An immigration detainer may be issued only with the approval of a supervisory immigration officer.\n\n3) Prior to issuing an immigration detainer to an LEA, immigration officers must"),
   ("3) The Form I-247A advises", "4) The Form I-247A advises")],
  [ch("", "2) An immigration detainer may be issued only with the approval of a supervisory immigration officer.", L, ["supervisor_approval", "detainers_holds"], "An approval step is added before any detainer can be lodged.")])
con("GUIDE", "the service requirement in 2(3) removed ('must be served on the alien in order for the detainer to take effect' -> 'should be served on the alien').", "exception_removed", T.GUIDE,
  [("a copy of the form must be served on the alien in order for the detainer to take effect.", "a copy of the form should be served on the alien.")],
  [ch("a copy of the form must be served on the alien in order for the detainer to take effect.", "a copy of the form should be served on the alien.", E, ["detainers_holds"], "An unserved detainer now takes effect, removing a condition on holds.")])
con("GUIDE", "item 1's last two sentences reworded in the active voice without change of meaning.", "restated", T.GUIDE,
  [("The Form I-247D, Form I-247N, and Form I-247X may not be issued after April 2, 2017. Detainers issued on prior versions of the detainer form remain active and need not be replaced with a Form I-247A.",
    "After April 2, 2017, immigration officers may not issue the Form I-247D, Form I-247N, or Form I-247X. A detainer issued on a prior version of the form remains active, and officers need not replace it with a Form I-247A.")],
  [ch("The Form I-247D, Form I-247N, and Form I-247X may not be issued after April 2, 2017.", "After April 2, 2017, immigration officers may not issue the Form I-247D, Form I-247N, or Form I-247X.", N, ["detainers_holds"], "Same rule in the active voice."),
   ch("Detainers issued on prior versions of the detainer form remain active and need not be replaced with a Form I-247A.", "A detainer issued on a prior version of the form remains active, and officers need not replace it with a Form I-247A.", N, ["detainers_holds"], "Same rule reworded.")])
con("GUIDE", "old detainers on rescinded forms made void unless re-issued on Form I-247A.", "scope_change", T.GUIDE,
  [("Detainers issued on prior versions of the detainer form remain active and need not be replaced with a Form I-247A.", "Detainers issued on prior versions of the detainer form lapse on April 2, 2017, unless they are re-issued on a Form I-247A.")],
  [ch("Detainers issued on prior versions of the detainer form remain active and need not be replaced with a Form I-247A.", "Detainers issued on prior versions of the detainer form lapse on April 2, 2017, unless they are re-issued on a Form I-247A.", L, ["detainers_holds"], "Outstanding detainers stop binding jails unless ICE acts again.")])

# ---------------- CONSTRUCTED: Secure Communities 2017 ----------------
con("SC17", "the trailing clause '- as well as those who have violated the nation's immigration laws' deleted from the enforcement sentence.", "scope_change", T.SC17,
  [(" - as well as those who have violated the nation's immigration laws.", ".")],
  [ch(" - as well as those who have violated the nation's immigration laws.", "", L, ["enforcement_authority"], "Action on fingerprint matches is confined again to public-safety threats.")])
con("SC17", "a sentence added letting the LEA hold the person on the basis of the match until ICE responds.", "rule_added", T.SC17,
  [("determines what immigration enforcement action, if any, is appropriate.", "determines what immigration enforcement action, if any, is appropriate. Where the checks reveal a match, the LEA may hold the individual for up to 48 hours until ICE responds.")],
  [ch("", "Where the checks reveal a match, the LEA may hold the individual for up to 48 hours until ICE responds.", E, ["detainers_holds", "enforcement_authority"], "Local agencies gain permission to hold people on an immigration database match.")])
con("SC17", "the fingerprint sentences reordered and reworded without change of meaning.", "neutral_rewrite", T.SC17,
  [("Under Secure Communities, the FBI automatically sends the fingerprints to DHS to check against its immigration databases.", "Under Secure Communities, those fingerprints are automatically forwarded by the FBI to DHS and checked against DHS immigration databases.")],
  [ch("the FBI automatically sends the fingerprints to DHS to check against its immigration databases.", "those fingerprints are automatically forwarded by the FBI to DHS and checked against DHS immigration databases.", N, ["information_sharing"], "The same automatic sharing in the passive voice.")])

# ---------------- CONSTRUCTED: DHS Q&A ----------------
con("QA", "'If ICE has probable cause to suspect' changed to 'If the records suggest'.", "scope_change", T.QA,
  [("If ICE has probable cause to suspect the individual is a removable alien, ICE sends a detainer", "If the records suggest the individual may be a removable alien, ICE sends a detainer")],
  [ch("If ICE has probable cause to suspect the individual is a removable alien", "If the records suggest the individual may be a removable alien", E, ["detainers_holds", "information_sharing"], "A lower standard means detainers on more database matches.")])
con("QA", "a sentence added to the first answer saying ICE will not lodge a detainer on a person held only for a minor traffic offense.", "exception_added", T.QA,
  [("to allow DHS to assume custody for removal purposes.\n\nQ: What is a declined", "to allow DHS to assume custody for removal purposes. ICE will not lodge a detainer on an individual held only for a minor traffic offense.\n\nQ: What is a declined")],
  [ch("", "ICE will not lodge a detainer on an individual held only for a minor traffic offense.", L, ["detainers_holds"], "A class of arrestees is exempted from detainers.")])
con("QA", "the sentence on routing biometric data reworded: 'automatically routed through federal databases to the FBI. The FBI shares this information with ICE' -> 'sent to the FBI, which automatically shares it with ICE'.", "restated", T.QA,
  [("his or her biometric data is automatically routed through federal databases to the FBI. The FBI shares this information with ICE.", "his or her biometric data is sent to the FBI, which automatically shares it with ICE.")],
  [ch("his or her biometric data is automatically routed through federal databases to the FBI. The FBI shares this information with ICE.", "his or her biometric data is sent to the FBI, which automatically shares it with ICE.", N, ["information_sharing"], "The same sharing path in fewer words.")])

# ---------------- CONSTRUCTED: ICE Detainers page ----------------
con("DETF", "'ideally at least 48 hours' in the detainer sentence replaced by 'at least 48 hours' and the request for notification limited to persons 'convicted of a felony'.", "mixed", T.DET_FULL,
  [("A request for notification requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before a removable alien is released", "A request for notification requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before a removable alien convicted of a felony is released"),
   ("A detainer requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before", "A detainer requests that a LEA notify ICE at least 48 hours before")],
  [ch("A detainer requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before", "A detainer requests that a LEA notify ICE at least 48 hours before", E, ["detainers_holds", "information_sharing"], "A firm 48-hour notice replaces a best-efforts one, asking more of the jail."),
   ch("before a removable alien is released from criminal custody.\n\nThese", "before a removable alien convicted of a felony is released from criminal custody.\n\nThese", L, ["information_sharing"], "Notification requests now reach only felony convicts.")])
con("DETF", "'Detainers are placed on aliens arrested on criminal charges' widened to 'Detainers may be placed on any alien in LEA custody'.", "scope_change", T.DET_FULL,
  [("Detainers are placed on aliens arrested on criminal charges for whom", "Detainers may be placed on any alien in LEA custody for whom")],
  [ch("Detainers are placed on aliens arrested on criminal charges for whom", "Detainers may be placed on any alien in LEA custody for whom", E, ["detainers_holds"], "Detainers are no longer tied to a criminal arrest.")])
con("DETF", "the fourth paragraph split in two and its last two sentences merged with 'or'.", "reparagraphed", T.DET_FULL,
  [("harm individuals living within our communities. However, in some cases, state or local laws, ordinances or policies restrict or prohibit cooperation with ICE. In other cases, jurisdictions choose",
    "harm individuals living within our communities.\n\nHowever, in some cases, state or local laws, ordinances or policies restrict or prohibit cooperation with ICE, or jurisdictions choose")],
  [ch("harm individuals living within our communities. However, in some cases, state or local laws, ordinances or policies restrict or prohibit cooperation with ICE. In other cases, jurisdictions choose",
      "harm individuals living within our communities.\n\nHowever, in some cases, state or local laws, ordinances or policies restrict or prohibit cooperation with ICE, or jurisdictions choose", N, ["ice_cooperation"], "Layout and joining only; the same description.")])

# ---------------- CONSTRUCTED: Morton 2012 background ----------------
con("M12", "the CBP exclusion replaced by 'This guidance also governs the use of detainers by U.S. Customs and Border Protection (CBP).'", "scope_change", T.MORTON12BG,
  [("This guidance does not govern the use of detainers by U.S. Customs and Border Protection (CBP).", "This guidance also governs the use of detainers by U.S. Customs and Border Protection (CBP).")],
  [ch("This guidance does not govern the use of detainers by U.S. Customs and Border Protection (CBP).", "This guidance also governs the use of detainers by U.S. Customs and Border Protection (CBP).", L, ["detainers_holds"], "The priority-based limits on detainers now bind CBP too, narrowing its detainers.")])
con("M12", "'to the greatest extent possible' struck and 'exclusively' inserted before 'to individuals whose removal promotes'.", "scope_change", T.MORTON12BG,
  [("are dedicated, to the greatest extent possible, to individuals", "are dedicated exclusively to individuals")],
  [ch("are dedicated, to the greatest extent possible, to individuals", "are dedicated exclusively to individuals", L, ["enforcement_authority", "detainers_holds"], "Resources, and so detainers, go only to priority individuals.")])

# ---------------- CONSTRUCTED: 2010 draft detainer policy ----------------
con("D10", "the item 'the alien is part of an existing criminal investigation;' deleted from the exceptions.", "list_item_removed", T.DRAFT10,
  [("- the alien is part of an existing criminal investigation;\n", "")],
  [ch("- the alien is part of an existing criminal investigation;\n", "", L, ["detainers_holds"], "One fewer exception to the bar on detainers for traffic misdemeanants, so fewer detainers.")])
con("D10", "a new exception item 'the alien is unable to produce a valid driver's license or other identity document;' added.", "exception_to_exception", T.DRAFT10,
  [("- the alien is part of an existing criminal investigation;\n", "- the alien is part of an existing criminal investigation;\n- the alien is unable to produce a valid driver's license or other identity document;\n")],
  [ch("", "- the alien is unable to produce a valid driver's license or other identity document;", E, ["detainers_holds", "document_requests"], "A new exception to the no-detainer rule lets ICE hold unlicensed traffic arrestees.")])

# ---------------- additional constructed pairs ----------------
con("SC17", "'ICE takes enforcement action' changed to 'ICE may take enforcement action with the approval of a Field Office Director'.", "approval_added", T.SC17,
  [("or otherwise removable, ICE takes enforcement action - prioritizing", "or otherwise removable, ICE may take enforcement action with the approval of a Field Office Director - prioritizing")],
  [ch("ICE takes enforcement action", "ICE may take enforcement action", L, ["enforcement_authority"], "Action on every match becomes discretionary rather than the stated practice."),
   ch("", "with the approval of a Field Office Director", L, ["supervisor_approval", "enforcement_authority"], "A senior approval is required before acting on a fingerprint match.")])
con("FAQA", "a closing paragraph added that confines the two requests described earlier to aliens convicted of a crime.", "cross_clause", T.FAQ_A,
  [("focusing primarily on immigration enforcement in the U.S. interior.", "focusing primarily on immigration enforcement in the U.S. interior.\n\nThe requests described under 'What is an immigration detainer?' are made only for aliens whom a court has convicted of a crime.")],
  [ch("", "The requests described under 'What is an immigration detainer?' are made only for aliens whom a court has convicted of a crime.", L, ["detainers_holds"], "A condition placed in a later paragraph narrows the detainer requests defined above to convicted persons.")])
con("D10", "'generally should not issue detainers' changed to 'shall not issue detainers'.", "modal_change", T.DRAFT10,
  [("immigration officers generally should not issue detainers", "immigration officers shall not issue detainers")],
  [ch("immigration officers generally should not issue detainers", "immigration officers shall not issue detainers", L, ["detainers_holds"], "A soft guideline becomes a firm bar on detainers for unconvicted traffic misdemeanants.")])
con("DETF", "a sentence added after paragraph 2: 'Nothing in this guidance shall be read to require an LEA to maintain custody of an alien on the basis of a detainer that is not accompanied by a judicial warrant.'", "double_negation", T.DET_FULL,
  [("before a removable alien is released from criminal custody.\n\nThese requests", "before a removable alien is released from criminal custody. Nothing in this guidance shall be read to require an LEA to maintain custody of an alien on the basis of a detainer that is not accompanied by a judicial warrant.\n\nThese requests")],
  [ch("", "Nothing in this guidance shall be read to require an LEA to maintain custody of an alien on the basis of a detainer that is not accompanied by a judicial warrant.", L, ["detainers_holds"], "Read through the double negative, jails are told they need not hold people on warrantless detainers.")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P))
