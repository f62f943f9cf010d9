import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

SRC = {
 "MO472": "Missouri Rev. Stat. § 544.472 (transferred from § 577.680 by 2014 Mo. Laws SB 491, eff. 1-1-2017), text from https://casetext.com/statute/missouri-revised-statutes/title-xxxvii-criminal-procedure/chapter-544-arrest-examination-commitment-and-bail/section-544472-persons-confined-to-jail-verification-of-lawful-immigration-status-required ('current with changes from the 2023 Legislative Session'); history line omitted",
 "MO470": "Missouri Rev. Stat. § 544.470 as currently in force, text from https://print.casetext.com/statute/missouri-revised-statutes/title-xxxvii-criminal-procedure/chapter-544-arrest-examination-commitment-and-bail/section-544470-commitment-of-individual-when-presumption-for-aliens-unlawfully-present ('current with changes from the 2024 Legislative Session'); prior-revisions line omitted",
 "TN50": "Tennessee Code Ann. § 50-1-101 (Acts 2007, ch. 529, § 2), 287(g) agreements, text from https://raw.githubusercontent.com/unicourt/cic-code-tn/master/transforms/tn/octn/r76/gov.tn.tca.title.50.html (list labels 'a.'/'b.' of the rendering written '(a)'/'(b)'; history and compiler's notes omitted)",
 "TNR": "Tennessee Corrections Institute rule 1400-01-.14 'Admission, Records and Release', paragraphs (1)-(3), text from http://print.casetext.com/regulation/tennessee-administrative-code/title-1400-corrections-institute/chapter-1400-01-minimum-standards-for-local-correctional-facilities/section-1400-01-14-admission-records-and-release ('current through October 22, 2024'); cut before (4)",
 "ARA": "Arapahoe County (Colorado) Sheriff's Office, 'Procedures for Determining Immigration Status of Foreign Born Arrestees' (2008 presentation by the Detentions line supervisor and booking clerk), slides 1-3, transcript at https://powershow.com./view/3d017a-MzY3O/Arapahoe_County_Sheriff_s_Office_powerpoint_ppt_presentation (same slides at https://cdn.slideserve.com/ros/arapahoe-county-sheriff-s-office); bullets written '- ', the presenters' line punctuated, '–' written '-'; cut before slide 4 ('Additional circumstances'), where the stored copy breaks off",
}

pairs = []
def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "KC-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); pairs.append(p)

def con(key, situation, edits, changes, what):
    old = getattr(T, {"MO472": "MO_544_472", "MO470": "MO_544_470_NOW", "TN50": "TN_50_1_101", "TNR": "TN_INTAKE_NEW", "ARA": "ARAPAHOE"}[key])
    new = apply(old, edits)
    add(situation, old, new, changes, "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (SRC[key], what))

# ---------------- GENUINE ----------------
add("neutral_rewrite", T.MO_577_680, T.MO_544_472, [
  C("577.680. Persons confined", "544.472. Persons confined", "neutral", ["status_inquiry"], "The section is only renumbered (transferred from chapter 577 to chapter 544); the rule is unchanged."),
  C(" Until August 28, 2009, this section shall only apply to officers employed by the department of public safety to include: the highway patrol, water patrol, capitol police, fire marshal's office, and division of alcohol and tobacco control.", "", "neutral", ["status_inquiry", "enforcement_authority"], "The deleted phase-in sentence had expired in 2009, so since then the verification duty already bound every arresting agency; dropping it changes nothing in force."),
 ], "GENUINE: two published editions of the same Missouri statute. OLD = Mo. Rev. Stat. § 577.680 as in the 2014 edition ('August 28, 2014 ... Until December 31, 2016'), http://www.moga.mo.gov/statutes/C500-599/5770000680.HTM (from L. 2008 H.B. 1549, § 577.900; the 'Until December 31, 2016--' prefix of the heading and the history lines omitted). NEW = the section as transferred to § 544.472 by 2014 Mo. Laws SB 491 (eff. 1-1-2017), https://casetext.com/statute/missouri-revised-statutes/title-xxxvii-criminal-procedure/chapter-544-arrest-examination-commitment-and-bail/section-544472-persons-confined-to-jail-verification-of-lawful-immigration-status-required (history line omitted). Both verbatim.")

add("restated", T.MO_544_470_2008, T.MO_544_470_NOW, [
  C("Commitment of prisoner, when--presumption", "Commitment of individual, when - presumption", "neutral", ["detainers_holds"], "Heading reworded ('prisoner' -> 'individual'); no change of substance."),
  C("If the offense is not bailable, or if the person does not meet the conditions for release", "If the offense is not bailable, if the individual is not granted electronic monitoring, or if the individual does not meet the conditions for release", "neutral", ["detainers_holds"], "Adds electronic monitoring to the general pretrial commitment rule; it does not touch the unlawful-presence presumption in subsection 2."),
  C("the prisoner shall be committed to the jail of the county in which the same is to be tried, there to remain until he be discharged", "the individual shall be committed to the jail of the county in which the same is to be tried, there to remain until such individual be discharged", "neutral", ["detainers_holds"], "Gender-neutral wording only."),
 ], "GENUINE: two published editions of Missouri Rev. Stat. § 544.470. OLD = the section as amended by L. 2008 H.B. 1549 (which added the unlawful-presence presumption), http://www.laws9.com/statutes/missouri/t37/c544/544_470 (run-together words re-spaced; history line '(RSMo 1939 § 3877, A.L. 1972 H.B. 1160, A.L. 2008 H.B. 1549, et al.)' omitted). NEW = current text, https://print.casetext.com/statute/missouri-revised-statutes/title-xxxvii-criminal-procedure/chapter-544-arrest-examination-commitment-and-bail/section-544470-commitment-of-individual-when-presumption-for-aliens-unlawfully-present ('current with changes from the 2024 Legislative Session'; prior-revisions line omitted; subsections numbered on separate lines). Both verbatim. The amending act for subsection 1 was not identified.")

add("neutral_rewrite", T.TN_INTAKE_OLD, T.TN_INTAKE_NEW, [
  C("An intake form must be completed for every person admitted to the jail and must contain", "An intake form shall be completed for every inmate, except detainees, admitted to the facility and shall contain", "neutral", ["status_inquiry"], "The intake-form duty (which includes place of birth) is reworded and detainees (persons held briefly) are left out; neither change concerns immigration enforcement and place of birth stays on the form."),
  C("12. Place of birth;", "(l) Place of birth;", "neutral", ["status_inquiry"], "The place-of-birth item is only relettered."),
  C("The admitting officer must assure himself or herself that each prisoner received is committed under proper legal authority.", "(3) The admitting officer shall ensure that each inmate received is committed under proper legal authority.", "neutral", ["detainers_holds"], "Same duty in other words."),
 ], "GENUINE: two published renderings of the Tennessee Corrections Institute's jail intake rule. OLD = the earlier rule 1400-1-.14(1)-(2) as reproduced (numbered list, with rule citations) by the University of Tennessee County Technical Assistance Service e-Li reference 'Intake', http://eli.ctas.tennessee.edu/reference/intake (a secondary publication of the rule text, undated). NEW = rule 1400-01-.14(1)-(3) as currently published, http://print.casetext.com/regulation/tennessee-administrative-code/title-1400-corrections-institute/chapter-1400-01-minimum-standards-for-local-correctional-facilities/section-1400-01-14-admission-records-and-release ('current through October 22, 2024'); cut before (4). Both verbatim.")

# ---------------- CONSTRUCTED: Missouri 544.472 ----------------
v = "verification shall be made by the arresting agency within forty-eight hours"
con("MO472", "modal_change", [(v, "verification may be made by the arresting agency within forty-eight hours")],
    [C(v, "verification may be made by the arresting agency within forty-eight hours", "limits_enforcement", ["status_inquiry", "ice_cooperation"], "The mandatory status query to DHS's Law Enforcement Support Center becomes optional.")],
    "'verification shall be made' -> 'verification may be made' in subsection 1.")
n = "If it is determined that the prisoner is in the United States unlawfully, the arresting agency shall notify the United States Department of Homeland Security."
con("MO472", "rule_removed", [(" " + n, "")],
    [C(n, "", "limits_enforcement", ["ice_cooperation", "information_sharing"], "The duty to report prisoners found to be unlawfully present to DHS is deleted.")],
    "the last sentence of subsection 1 (duty to notify DHS) deleted.")
con("MO472", "exception_added", [("eligible for release.", "eligible for release.\n\n3. Subsection 1 of this section shall not apply to a person charged only with a traffic offense or a violation of a county or municipal ordinance.")],
    [C("", "3. Subsection 1 of this section shall not apply to a person charged only with a traffic offense or a violation of a county or municipal ordinance.", "limits_enforcement", ["status_inquiry", "ice_cooperation"], "Prisoners held only on traffic or ordinance charges are taken out of the status-verification and DHS-notification duty.")],
    "new subsection 3 exempting persons charged only with traffic or ordinance offenses from subsection 1.")
d = "2. Nothing in this section shall be construed to deny any person bond or prevent a person from being released from confinement if such person is otherwise eligible for release."
dn = "2. Nothing in this section shall be construed to prohibit the arresting agency from holding a person whom the United States Department of Homeland Security has requested be detained, for up to forty-eight hours after the person is otherwise eligible for release."
con("MO472", "double_negation", [(d, dn)],
    [C(d, dn, "expands_enforcement", ["detainers_holds", "ice_cooperation"], "The 'nothing prohibits' clause no longer protects release on bond and instead allows a 48-hour hold past release on a DHS request.")],
    "subsection 2's release safeguard replaced by a 'nothing ... shall be construed to prohibit' clause allowing a 48-hour hold on a DHS request.")
s = "any person who is charged and confined to jail for any period of time"
con("MO472", "scope_change", [(s, "any person who is charged with a felony and confined to jail for any period of time")],
    [C(s, "any person who is charged with a felony and confined to jail for any period of time", "limits_enforcement", ["status_inquiry"], "The verification duty is narrowed from everyone charged and jailed to those charged with a felony.")],
    "'charged and confined' -> 'charged with a felony and confined' in subsection 1.")
con("MO472", "reparagraphed", [(" If it is determined that the prisoner", "\n\nIf it is determined that the prisoner")],
    [C("Security. If it is determined that the prisoner", "Security.\n\nIf it is determined that the prisoner", "neutral", ["ice_cooperation"], "Subsection 1 is split into two paragraphs; no word changes.")],
    "subsection 1 split into two paragraphs before 'If it is determined'; no words changed.")
con("MO472", "approval_added", [(v, "verification shall be made by the arresting agency, with the approval of the prosecuting attorney, within forty-eight hours")],
    [C("verification shall be made by the arresting agency within", "verification shall be made by the arresting agency, with the approval of the prosecuting attorney, within", "limits_enforcement", ["supervisor_approval", "status_inquiry"], "A status query to DHS now needs the prosecuting attorney's approval.")],
    "', with the approval of the prosecuting attorney,' inserted in the verification duty.")
con("MO472", "mixed", [(v, "verification may be made by the arresting agency within forty-eight hours"),
                        ("shall notify the United States Department of Homeland Security.", "shall notify the United States Department of Homeland Security and shall provide the prisoner's scheduled release date and time.")],
    [C(v, "verification may be made by the arresting agency within forty-eight hours", "limits_enforcement", ["status_inquiry"], "The status query becomes discretionary."),
     C("", "and shall provide the prisoner's scheduled release date and time", "expands_enforcement", ["information_sharing", "detainers_holds"], "When a prisoner is found unlawfully present, the agency must also give DHS the release date and time.")],
    "'shall be made' -> 'may be made' in the verification duty, and a duty to give DHS the release date and time added to the notification sentence (the edits point opposite ways).")
con("MO472", "definition_change", [("eligible for release.", "eligible for release.\n\n3. As used in this section, \"charged\" includes a person arrested and booked on a warrant or detainer issued by a federal immigration officer.")],
    [C("", "3. As used in this section, \"charged\" includes a person arrested and booked on a warrant or detainer issued by a federal immigration officer.", "expands_enforcement", ["detainers_holds", "status_inquiry"], "Defining 'charged' to cover people booked on civil immigration warrants or detainers brings them within the verification and DHS-notification duty.")],
    "new subsection 3 defining 'charged' to include persons booked on a federal immigration warrant or detainer.")

# ---------------- CONSTRUCTED: Missouri 544.470 ----------------
p = "reasonably believes that the person is an alien unlawfully present in the United States."
con("MO470", "exception_added", [(p, p + " This presumption shall not apply to a person who has a pending application for asylum, adjustment of status or other relief with the federal government.")],
    [C("", "This presumption shall not apply to a person who has a pending application for asylum, adjustment of status or other relief with the federal government.", "limits_enforcement", ["detainers_holds", "status_inquiry"], "People with pending immigration applications are exempted from the no-release presumption based on unlawful presence.")],
    "exception for persons with pending asylum/adjustment applications added after the first sentence of subsection 2.")
con("MO470", "scope_change", [("reasonably believes that the person is an alien unlawfully present", "has received written confirmation from the United States Department of Homeland Security that the person is an alien unlawfully present")],
    [C("reasonably believes that the person is an alien unlawfully present", "has received written confirmation from the United States Department of Homeland Security that the person is an alien unlawfully present", "limits_enforcement", ["detainers_holds", "status_inquiry"], "The presumption against release is triggered only by written DHS confirmation, not by the judge's belief.")],
    "the trigger 'reasonably believes that the person is' replaced by 'has received written confirmation from the United States Department of Homeland Security that the person is'.")
con("MO470", "rule_added", [("remain until discharged by due course of law.", "remain until discharged by due course of law.\n\n3. When a person is committed under subsection 2 of this section, the sheriff shall notify United States Immigration and Customs Enforcement of the commitment and of the date of any hearing on the person's release.")],
    [C("", "3. When a person is committed under subsection 2 of this section, the sheriff shall notify United States Immigration and Customs Enforcement of the commitment and of the date of any hearing on the person's release.", "expands_enforcement", ["ice_cooperation", "information_sharing"], "A new duty for the sheriff to tell ICE about the commitment and the release hearing date.")],
    "new subsection 3 requiring the sheriff to notify ICE of commitments under subsection 2 and of release-hearing dates.")
con("MO470", "neutral_rewrite", [("until such person provides verification of his or her lawful presence in the United States to rebut such presumption", "until the person rebuts such presumption by providing verification of the person's lawful presence in the United States"),
                                 ("without regard to previous issues concerning whether the person is lawfully present", "without regard to any earlier question of whether the person is lawfully present")],
    [C("until such person provides verification of his or her lawful presence in the United States to rebut such presumption", "until the person rebuts such presumption by providing verification of the person's lawful presence in the United States", "neutral", ["detainers_holds"], "Same rebuttal rule in other words."),
     C("without regard to previous issues concerning whether", "without regard to any earlier question of whether", "neutral", ["status_inquiry"], "Same rule in other words.")],
    "two clauses of subsection 2 reworded without change of substance.")
con("MO470", "modal_change", [("There shall be a presumption that releasing", "There may be a presumption that releasing")],
    [C("There shall be a presumption", "There may be a presumption", "limits_enforcement", ["detainers_holds"], "The mandatory presumption that a suspected unlawfully present person must be held becomes discretionary.")],
    "'There shall be a presumption' -> 'There may be a presumption' in subsection 2.")

# ---------------- CONSTRUCTED: Tennessee 50-1-101 (287(g)) ----------------
a = "or the chief law enforcement officer of the county upon approval by the governing legislative body, may enter"
con("TN50", "approval_removed_or_weakened", [(a, "or the chief law enforcement officer of the county, may enter")],
    [C("the chief law enforcement officer of the county upon approval by the governing legislative body, may enter", "the chief law enforcement officer of the county, may enter", "expands_enforcement", ["supervisor_approval", "raids_joint_operations"], "The sheriff may sign a 287(g) agreement without the county legislative body's approval.")],
    "'upon approval by the governing legislative body' deleted from (a).")
con("TN50", "modal_change", [("governing legislative body, may enter into a written agreement", "governing legislative body, shall seek to enter into a written agreement")],
    [C("may enter into a written agreement", "shall seek to enter into a written agreement", "expands_enforcement", ["raids_joint_operations", "ice_cooperation"], "Seeking a 287(g) agreement becomes a duty instead of an option.")],
    "'may enter into' -> 'shall seek to enter into' in (a).")
sc = "concerning the enforcement of federal immigration laws, detention and removals, and investigations in the municipality or county."
con("TN50", "scope_change", [(sc, "concerning the identification and processing of removable aliens confined in the county jail.")],
    [C(sc, "concerning the identification and processing of removable aliens confined in the county jail.", "limits_enforcement", ["raids_joint_operations", "enforcement_authority"], "Agreements are confined to a jail model; field enforcement and investigations are no longer authorised.")],
    "the subject of the agreement narrowed to identification and processing of removable aliens in the county jail.")
con("TN50", "exception_added", [("investigations in the municipality or county.", "investigations in the municipality or county; provided, that no such agreement shall authorize municipal or county officers to stop, detain or arrest any person solely to determine the person's immigration status.")],
    [C("", "provided, that no such agreement shall authorize municipal or county officers to stop, detain or arrest any person solely to determine the person's immigration status", "limits_enforcement", ["enforcement_authority", "status_inquiry"], "A proviso bars agreements that would allow status-only stops or arrests.")],
    "a proviso barring status-only stops, detentions and arrests added to (a).")
con("TN50", "restated", [("If a memorandum of understanding with the United States department of homeland security is executed pursuant to subsection (a), municipal and county law enforcement officers shall be designated from local law enforcement agencies who,", "Where a memorandum of understanding is executed with the United States department of homeland security under subsection (a), the municipal and county law enforcement officers to be trained shall be designated from local law enforcement agencies and,")],
    [C("If a memorandum of understanding with the United States department of homeland security is executed pursuant to subsection (a), municipal and county law enforcement officers shall be designated from local law enforcement agencies who,", "Where a memorandum of understanding is executed with the United States department of homeland security under subsection (a), the municipal and county law enforcement officers to be trained shall be designated from local law enforcement agencies and,", "neutral", ["raids_joint_operations"], "Same designation and training rule in other words.")],
    "the first sentence of (b) reworded without change of substance.")
con("TN50", "rule_added", [("or subsequent federal funding sources.", "or subsequent federal funding sources.\n\n(c) Before a municipality or county enters into or renews an agreement under subsection (a), its legislative body shall hold at least one (1) public hearing on the proposed agreement and shall make the proposed agreement available to the public at least thirty (30) days before the hearing.")],
    [C("", "(c) Before a municipality or county enters into or renews an agreement under subsection (a), its legislative body shall hold at least one (1) public hearing on the proposed agreement", "limits_enforcement", ["raids_joint_operations"], "A public-hearing and notice condition is placed on entering or renewing 287(g) agreements.")],
    "new subsection (c) requiring a public hearing before a 287(g) agreement is entered or renewed.")
con("TN50", "list_item_removed", [("who, by written designation and recommendation of a commanding officer, shall be trained", "who shall be trained")],
    [C("who, by written designation and recommendation of a commanding officer, shall be trained", "who shall be trained", "expands_enforcement", ["supervisor_approval", "raids_joint_operations"], "Officers can be put forward for 287(g) training without a commanding officer's written designation and recommendation.")],
    "the requirement of 'written designation and recommendation of a commanding officer' deleted from (b).")

# ---------------- CONSTRUCTED: Tennessee intake rule ----------------
con("TNR", "list_item_added", [("(cc) Fingerprints; and\n(dd) Criminal history check.", "(cc) Fingerprints;\n(dd) Criminal history check; and\n(ee) For an inmate who states a place of birth outside the United States, the result of an immigration alien query to United States Immigration and Customs Enforcement.")],
    [C("", "(ee) For an inmate who states a place of birth outside the United States, the result of an immigration alien query to United States Immigration and Customs Enforcement.", "expands_enforcement", ["status_inquiry", "ice_cooperation"], "Jails must run an ICE status query on every foreign-born inmate and record the result.")],
    "new item (ee) (result of an immigration alien query for inmates born outside the United States) added; 'and' moved.")
con("TNR", "list_item_removed", [("(l) Place of birth;", "(l) [Deleted];")],
    [C("(l) Place of birth;", "(l) [Deleted];", "limits_enforcement", ["status_inquiry"], "Jails are no longer required to ask and record place of birth at intake, the usual trigger for referral to ICE.")],
    "item (l) 'Place of birth' deleted (marked '[Deleted]').")
con("TNR", "rule_added", [("This requirement applies only to Types I, II, and III Facilities.", "This requirement applies only to Types I, II, and III Facilities.\n\n(4) Place of birth recorded under paragraph (2)(l) shall be used for identification only and shall not be provided to federal immigration authorities except pursuant to a judicial warrant or as otherwise required by federal law.")],
    [C("", "(4) Place of birth recorded under paragraph (2)(l) shall be used for identification only and shall not be provided to federal immigration authorities except pursuant to a judicial warrant or as otherwise required by federal law.", "limits_enforcement", ["information_sharing", "status_inquiry"], "A new rule bars passing place-of-birth data to immigration authorities save by judicial warrant or federal mandate.")],
    "new paragraph (4) restricting use of place-of-birth data and its release to immigration authorities.")
con("TNR", "cross_clause", [("unless otherwise prohibited by statute:", "unless otherwise prohibited by statute or by paragraph (4):"),
                            ("This requirement applies only to Types I, II, and III Facilities.", "This requirement applies only to Types I, II, and III Facilities.\n\n(4) An inmate shall not be asked his or her place of birth or citizenship unless the inmate is charged with a felony.")],
    [C("", "(4) An inmate shall not be asked his or her place of birth or citizenship unless the inmate is charged with a felony.", "limits_enforcement", ["status_inquiry"], "A later paragraph, cross-referenced from the intake list, stops place-of-birth questions for non-felony inmates."),
     C("unless otherwise prohibited by statute:", "unless otherwise prohibited by statute or by paragraph (4):", "neutral", ["status_inquiry"], "The cross-reference only points to the new limit counted above.")],
    "new paragraph (4) limiting place-of-birth questions to felony inmates, with a cross-reference added to the stem of (2).")

# ---------------- CONSTRUCTED: Arapahoe County IAQ procedure ----------------
pp = "- While completing an inventory of their personal property, indication / identification is discovered creating suspicion of foreign born status. (i.e. Resident Alien Card, Foreign Drivers License, etc.)\n"
con("ARA", "list_item_removed", [(pp, "")],
    [C(pp.strip(), "", "limits_enforcement", ["status_inquiry", "document_requests"], "Foreign documents found in property inventory no longer trigger an ICE status query.")],
    "the IAQ factor on documents found during property inventory deleted.")
con("ARA", "list_item_added", [("- If an arrestee states that they were born anywhere outside the United States or its Territories.", "- If an arrestee states that they were born anywhere outside the United States or its Territories.\n- If an arrestee declines to state a place of birth or a country of citizenship.")],
    [C("", "- If an arrestee declines to state a place of birth or a country of citizenship.", "expands_enforcement", ["status_inquiry"], "Refusing to state place of birth becomes a further trigger for an ICE query.")],
    "new IAQ factor: the arrestee declines to state a place of birth or citizenship.")
f = "There are several factors that determine whether an IAQ is requested."
con("ARA", "approval_added", [(f, "An IAQ is requested only with the approval of the Detentions Line Supervisor. There are several factors that determine whether the supervisor approves an IAQ.")],
    [C(f, "An IAQ is requested only with the approval of the Detentions Line Supervisor. There are several factors that determine whether the supervisor approves an IAQ.", "limits_enforcement", ["supervisor_approval", "status_inquiry"], "Booking staff can no longer send an IAQ to ICE without supervisor approval.")],
    "supervisor approval required before an IAQ is requested.")
con("ARA", "modal_change", [(f, "An IAQ shall be requested whenever any of the following factors is present.")],
    [C(f, "An IAQ shall be requested whenever any of the following factors is present.", "expands_enforcement", ["status_inquiry", "ice_cooperation"], "The factors stop being matters of judgement: any one of them now requires an ICE query.")],
    "the IAQ stem made mandatory ('shall be requested whenever any of the following factors is present').")
b = "- If an arrestee states that they were born anywhere outside the United States or its Territories."
con("ARA", "scope_change", [(b, "- If an arrestee states that they were born anywhere outside the United States or its Territories and cannot produce a valid United States or state-issued identification document.")],
    [C(b, "- If an arrestee states that they were born anywhere outside the United States or its Territories and cannot produce a valid United States or state-issued identification document.", "limits_enforcement", ["status_inquiry", "document_requests"], "Foreign birth alone no longer triggers a query; the arrestee must also lack valid U.S. or state ID.")],
    "the place-of-birth factor narrowed to arrestees without valid U.S. or state identification.")
con("ARA", "neutral_rewrite", [("- Transfer from other agency / facility.", "- Transfer from another agency or facility."), ("- Self admission.", "- Admission by the arrestee.")],
    [C("- Transfer from other agency / facility.", "- Transfer from another agency or facility.", "neutral", ["status_inquiry"], "Same identification source in other words."),
     C("- Self admission.", "- Admission by the arrestee.", "neutral", ["status_inquiry"], "Same identification source in other words.")],
    "two identification bullets reworded.")
con("ARA", "cross_clause", [("admits to providing false information about their identity.", "admits to providing false information about their identity.\n\nNone of the factors above applies to an arrestee booked only on a traffic offense or a municipal ordinance violation.")],
    [C("", "None of the factors above applies to an arrestee booked only on a traffic offense or a municipal ordinance violation.", "limits_enforcement", ["status_inquiry", "ice_cooperation"], "A closing paragraph exempts traffic and ordinance bookings from every IAQ trigger listed earlier.")],
    "closing paragraph exempting traffic and ordinance bookings from all IAQ factors.")
con("ARA", "rule_added", [("IAQ (Immigration Alien Query)\n\n", "IAQ (Immigration Alien Query)\n\nWhen an IAQ response shows that the arrestee is in the United States unlawfully, booking staff will notify the ICE Denver Field Office of the arrestee's booking number, charges and next court date.\n\n")],
    [C("", "When an IAQ response shows that the arrestee is in the United States unlawfully, booking staff will notify the ICE Denver Field Office of the arrestee's booking number, charges and next court date.", "expands_enforcement", ["information_sharing", "ice_cooperation"], "Booking staff must pass booking and court details to ICE when the query shows unlawful presence.")],
    "new paragraph requiring notification of the ICE field office with booking number, charges and court date.")

# ---------------- more expands (added for balance) ----------------
con("MO472", "exception_removed", [("\n\n" + d, "")],
    [C(d, "", "expands_enforcement", ["detainers_holds"], "The saving clause that the status check may not be used to deny bond or delay an otherwise due release is deleted.")],
    "subsection 2 (no denial of bond or release) deleted.")
con("MO472", "rule_added", [("the arresting agency shall notify the United States Department of Homeland Security.", "the arresting agency shall notify the United States Department of Homeland Security. If the prisoner states a place of birth outside the United States, verification shall be made through a query to the Law Enforcement Support Center in every case, whether or not the prisoner possesses documents.")],
    [C("", "If the prisoner states a place of birth outside the United States, verification shall be made through a query to the Law Enforcement Support Center in every case, whether or not the prisoner possesses documents.", "expands_enforcement", ["status_inquiry", "ice_cooperation"], "Every foreign-born prisoner is now queried with DHS, even one whose documents show lawful status.")],
    "sentence added to subsection 1 requiring an LESC query for every prisoner born abroad.")
con("TN50", "list_item_added", [("detention and removals, and investigations in the municipality or county.", "detention and removals, the service of administrative immigration warrants, the transport of detainees, and investigations in the municipality or county.")],
    [C("detention and removals, and investigations", "detention and removals, the service of administrative immigration warrants, the transport of detainees, and investigations", "expands_enforcement", ["raids_joint_operations", "detainers_holds"], "Serving ICE administrative warrants and transporting detainees are added to what a 287(g) agreement may cover.")],
    "'the service of administrative immigration warrants, the transport of detainees' added to the subjects listed in (a).")
con("MO470", "scope_change", [("reasonably believes that the person is an alien unlawfully present in the United States.", "reasonably believes that the person is an alien unlawfully present in the United States or the person is the subject of an immigration detainer issued by the United States Department of Homeland Security.")],
    [C("", "or the person is the subject of an immigration detainer issued by the United States Department of Homeland Security", "expands_enforcement", ["detainers_holds"], "An ICE detainer alone now triggers the presumption against pretrial release.")],
    "presumption extended to persons subject to an immigration detainer.")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as fh:
    for p in pairs:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
