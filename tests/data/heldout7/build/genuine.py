"""Genuine version pairs: both sides are published wordings of the same provision.

Illinois 'Immigration Violations' policy (Lexipol Illinois template) in six published adoptions, all from
github.com/jjarmoc/chicago-area-general-orders (PDFs collected under FOIA by the repository owner, commit
9475b33 of 9 Dec 2020; text extracted with pypdf, see extract.py and src/):
  URBANA   Urbana PD Policy 413, template edition 'Adoption Date: 2015/12/30, (c) 1995-2016 Lexipol'
           (Illinois/Urbana/413-immigration-violations.pdf, added 2020-11-10)
  LISLE    Village of Lisle PD Policy Manual, Policy 415, 'Copyright Lexipol, LLC 2020/05/04'
  NBROOK   Northbrook PD Policy Manual, Policy 418, 'Copyright Lexipol, LLC 2020/06/10'
  LAGRANGE La Grange PD manual, Policy 428, file Lagrange_9.30.2020.pdf (manual dated 30 Sep 2020)
  NRIV     North Riverside PD Policy Manual, Policy 414, 'Copyright Lexipol, LLC 2020/11/12'
  NEIU     Northeastern Illinois University PD IL Policy Manual, Policy 415 'Procedures for Incidents
           Regarding Citizenship Status', 'Copyright Lexipol, LLC 2017/08/28' (the department's own text
           in the template's slot; the purpose sentence is the 2016 template's)
Federal: H.R. 32 / S. 707 / S. 4316 (119th Congress), see bills.py.
"""
from lib import ch, changes_pair
from extract import sec
import bills

L, X, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"

REPO = ("github.com/jjarmoc/chicago-area-general-orders, commit 9475b33 (2020-12-09); text extracted from "
        "the PDF with pypdf, page headers/footers dropped, wrapped lines joined (build/extract.py)")
URB = ("Urbana (IL) Police Department Policy 413 'Immigration Violations', Lexipol template edition "
       "'Adoption Date: 2015/12/30, (c) 1995-2016 Lexipol, LLC', file Illinois/Urbana/413-immigration-violations.pdf")
LIS = ("Village of Lisle (IL) Police Department Policy Manual, Policy 415 'Immigration Violations', "
       "'Copyright Lexipol, LLC 2020/05/04', file Illinois/Lisle/RELEASE_20200504_T124942_Lisle_PD_Policy_Manual_202006050733112249.pdf")
LAG = ("La Grange (IL) Police Department policy manual, Policy 428 'Immigration Violations', file "
       "Illinois/La Grange/Lagrange_9.30.2020.pdf (manual dated 30 Sep 2020)")
NRV = ("North Riverside (IL) Police Department Policy Manual, Policy 414 'Immigration Violations', "
       "'Copyright Lexipol, LLC 2020/11/12', file Illinois/North Riverside/RELEASE_20201112_T105814_North_Riverside_PD_Policy_Manual.pdf")
NBK = ("Northbrook (IL) Police Department Policy Manual, Policy 418 'Immigration Violations', "
       "'Copyright Lexipol, LLC 2020/06/10', file Illinois/Northbrook/RELEASE_20200610_T123804_Northbrook_PD_Policy_Manual_202006101600362558.pdf")
NEI = ("Northeastern Illinois University Police Department, IL Policy Manual, Policy 415 'Procedures for "
       "Incidents Regarding Citizenship Status', 'Copyright Lexipol, LLC 2017/08/28', file "
       "Illinois/Northeastern Illinois University/NEIU PD Policy Manual.pdf (printed typos kept: "
       "'being and undocumented alien', 'reportand', 'servicible', 'absense', 'Leiutenants', 'victim of witness')")
KIND_T = ("GENUINE (two published editions of the same Lexipol Illinois policy: the 2016 template edition "
          "adopted by Urbana and the 2020 edition adopted by Lisle; department names differ because they are "
          "two adopting agencies).")
KIND_A = ("GENUINE (two agencies' published adoptions of the same Lexipol Illinois 'Immigration Violations' "
          "policy, 2020 editions of different dates; wording differences are template revisions or local edits).")


def src(old, new, kind, extra=""):
    return "OLD: %s. NEW: %s. Both from %s. %s %s" % (old, new, REPO, kind, extra)


def cut(text, start, end=None):
    i = text.index(start)
    j = len(text) if end is None else text.index(end, i)
    return text[i:j].strip()


def pairs():
    ps = []
    urb = {k: sec("urbana", a, b) for k, a, b in [
        ("1-3", "413.1", "413.4 "), ("4", "413.4 ", "413.4.1"), ("4.1", "413.4.1", "413.4.2"),
        ("4.2", "413.4.2", "413.4.3"), ("4.3", "413.4.3", "413.5"), ("5", "413.5", "413.6"),
        ("6", "413.6", "413.7"), ("7", "413.7 ", "413.7.1"), ("7.1", "413.7.1", "413.8"),
        ("8", "413.8", "413.9"), ("9", "413.9", None)]}
    lis = {k: sec("lisle", a, b, joins=("Include a copy",)) for k, a, b in [
        ("1-3", "415.1", "415.4 "), ("4", "415.4 ", "415.4.1"), ("4.1", "415.4.1", "415.5"),
        ("5", "415.5", "415.6"), ("6", "415.6", "415.7"), ("7", "415.7 ", "415.7.1"),
        ("7.1", "415.7.1", "415.8"), ("8", "415.8 ", "415.9"), ("9", "415.9", None)]}

    # ---- G1: purpose, policy, victims and witnesses (2016 template -> 2020 edition)
    ps.append(changes_pair("G1", "neutral_rewrite", urb["1-3"], lis["1-3"], [
        ch("413.1 PURPOSE AND SCOPE\n\nThe purpose of this policy is to provide guidelines to members of the Urbana Police Department for investigating and enforcing immigration laws.",
           "415.1 PURPOSE AND SCOPE\n\nThe purpose of this policy is to provide guidelines to members of the Village of Lisle Police Department relating to immigration and interacting with federal immigration officials.",
           N, ["enforcement_authority"],
           "The purpose clause no longer describes the policy as guidance 'for investigating and enforcing immigration laws' but as guidance on immigration and dealing with federal officials; a scope statement, no rule changes."),
        ch("It is the policy of the Urbana Police Department", "It is the policy of the Village of Lisle Police Department", N, ["access_to_services"],
           "Name of the adopting department only."),
        ch("regardless of their immigration status.\n\n413.3", "regardless of their national origin or immigration status.\n\n415.3", N, ["access_to_services"],
           "The equal-service commitment adds national origin to immigration status; a statement of policy with no effect on immigration enforcement (section renumbered 413.3 -> 415.3)."),
        ch("without regard to race, color or national origin in any way that would violate the United States or Illinois Constitutions.",
           "without regard to race, ethnicity, or national origin in any way that would violate the United States or Illinois constitutions.",
           N, ["access_to_services"], "'color' becomes 'ethnicity' in the equal-treatment duty toward victims and witnesses; same protection, no change to status inquiries."),
    ], src(URB + ", sections 413.1-413.3", LIS + ", sections 415.1-415.3", KIND_T)))

    # ---- G2: 413.4 ENFORCEMENT + 413.4.1 -> 415.4 DETENTIONS (first two paragraphs)
    new2 = cut(lis["4"], "415.4 DETENTIONS", "If the officer has facts")
    ps.append(changes_pair("G2", "mixed_edits", urb["4"] + "\n\n" + urb["4.1"], new2, [
        ch("An officer may detain an individual when there are facts supporting a reasonable suspicion that the individual entered into the United States in violation of a federal criminal law.",
           "An officer who has a reasonable suspicion that an individual already lawfully contacted or detained has committed a criminal violation of federal immigration law may detain the person for a reasonable period of time in order to contact federal immigration officials to verify whether an immigration violation is a federal civil violation or a criminal violation.",
           L, ["enforcement_authority", "status_inquiry"],
           "Detention on suspicion of a criminal immigration violation is now allowed only for someone already lawfully contacted or detained, and only for a reasonable time to verify with federal officials, instead of a free-standing power to detain on suspicion of illegal entry."),
        ch("Federal authorities shall be notified as soon as possible and the detained individual shall be immediately released if the federal authorities do not want the person held.",
           "If the violation is a criminal violation, the officer may continue to detain the person for a reasonable period of time if requested by federal immigration officials (8 USC § 1357(g)(10)).",
           L, ["ice_cooperation", "detainers_holds"],
           "The mandatory notice to federal authorities of every such detention is dropped, and continued holding at federal request is limited to criminal violations and a reasonable period."),
        ch("the detained individual shall be immediately released if the federal authorities do not want the person held.", "(8 USC § 1357(g)(10)). No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved.",
           L, ["detainers_holds"],
           "Added: no one ready for release may be kept only because status questions are unresolved (in the 2016 edition this sentence stood in 413.4.2, outside this excerpt)."),
        ch("An officer should not detain any individual, for any length of time, for a civil violation of federal immigration laws or a related civil warrant.",
           "An officer should not detain any individual, for any length of time, for a civil violation of federal immigration laws or a related civil warrant.",
           N, ["detainers_holds", "enforcement_authority"],
           "The ban on detention for civil immigration violations moves from the end of the section to its first paragraph, same words."),
        ch("An individual who enters into the United States illegally has committed a misdemeanor (8 USC § 1325(a)). Generally, an alien who initially made a legal entry into the United States but has remained beyond what is a legal period of time has committed a federal civil offense.",
           "415.4 DETENTIONS", N, ["enforcement_authority"],
           "The explanation of which immigration violations are criminal or civil (413.4.1) is dropped; it states the law and sets no rule."),
        ch("Reasonable suspicion that a criminal immigration violation has occurred shall not be based on race, color, national origin or any other generalization that would cast suspicion on or stigmatize any person, except to the extent permitted by the United States or Illinois Constitutions. Instead, the totality of circumstances shall be used to determine reasonable suspicion, and shall include factors weighing for and against reasonable suspicion.",
           "415.4 DETENTIONS", X, ["enforcement_authority"],
           "The rule that suspicion of an immigration crime may not rest on race, color, national origin or other stigmatising generalisations is removed with 413.4.1, so this limit on immigration detentions is gone from the policy."),
        ch("Factors that may be considered in determining reasonable suspicion that a criminal immigration violation has occurred may include, but are not limited to:",
           "415.4 DETENTIONS", L, ["status_inquiry", "document_requests"],
           "The list of factors officers may rely on to suspect an immigration crime (admissions, suspect immigration documents, lack of English proficiency) is removed, so the policy no longer points officers to these grounds."),
    ], src(URB + ", sections 413.4 and 413.4.1", LIS + ", section 415.4, first two paragraphs (cut before 'If the officer has facts')", KIND_T)))

    # ---- G3: 413.4.2 IMMIGRATION CHECKS -> 415.4 paragraphs 2-4 (first paragraph omitted)
    new3 = "415.4 DETENTIONS\n\n" + cut(lis["4"], "An officer who has a reasonable suspicion")
    ps.append(changes_pair("G3", "rule_removed", urb["4.2"], new3, [
        ch("Immigration status may be determined through any of the following sources:", "415.4 DETENTIONS", L, ["status_inquiry", "raids_joint_operations"],
           "The list of sources for determining a person's immigration status (a 287(g) certified officer, ICE, CBP) is removed."),
        ch("An officer shall verify from a 287(g) certified officer, ICE or CBP whether a person’s presence in the United States relates to a federal civil violation or a criminal violation.",
           "may detain the person for a reasonable period of time in order to contact federal immigration officials to verify whether an immigration violation is a federal civil violation or a criminal violation.",
           L, ["status_inquiry", "ice_cooperation"],
           "A mandatory duty to verify a person's immigration status with a 287(g) officer, ICE or CBP becomes a permission, limited to people already lawfully contacted and suspected of a criminal immigration violation."),
        ch("may request ICE or CBP to respond to the location to take custody of the detained person.",
           "may request a federal immigration official to respond to the location to take custody of the detained person (8 USC § 1357(g)(10)).",
           N, ["ice_cooperation"], "Same permission to call federal immigration officers to take custody after probable cause; agency names replaced by a general term and a citation added."),
        ch("In addition, the officer should notify a supervisor as soon as practicable.",
           "An officer should notify a supervisor as soon as practicable whenever an individual is being detained for a criminal immigration violation.",
           N, ["supervisor_approval"], "The duty to notify a supervisor moves to the end of the section and is restated; same duty."),
        ch("No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved.\n\nAn officer is encouraged",
           "No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved.\n\nIf the officer has facts",
           N, ["detainers_holds"], "The release rule moves from the probable-cause paragraph to the reasonable-suspicion paragraph, same words."),
    ], src(URB + ", section 413.4.2", LIS + ", section 415.4 heading and paragraphs 2-4 (its first paragraph, on civil violations, is left out; see HH-02)", KIND_T)))

    # ---- G4: supervisor responsibilities
    ps.append(changes_pair("G4", "mixed_edits", urb["4.3"], lis["4.1"], [
        ch("When notified that an officer has detained a person and established probable cause to believe",
           "When notified that an officer has detained an individual and established reasonable suspicion or probable cause to believe",
           U, ["supervisor_approval", "ice_cooperation"],
           "Supervisor review now also covers detentions on reasonable suspicion, not only probable cause; this adds supervisory checks but also brings those cases to a decision on transfer to federal authorities, so the net effect is unclear."),
        ch("the supervisor should:\n\n(a) Confirm that the detained person’s immigration status was properly verified.",
           "the supervisor should determine whether it is appropriate to:",
           L, ["status_inquiry"], "The supervisor's duty to confirm that the person's immigration status was verified is removed."),
        ch("(b) Ensure that the detained person is taken into custody when appropriate. Take any additional steps necessary that may include, but are not limited to:\n\n1. Transfer to federal authorities.",
           "(a) Transfer the person to federal authorities.",
           L, ["ice_cooperation"], "Instead of ensuring the person is taken into custody and taking steps such as transfer to federal authorities, the supervisor only decides whether transfer is appropriate."),
        ch("2. Lawful arrest for a criminal offense or warrant.",
           "(b) Lawfully arrest the person for a criminal offense or pursuant to a judicial warrant (see the Law Enforcement Authority Policy).",
           L, ["detainers_holds"], "Arrest on 'a warrant' becomes arrest on 'a judicial warrant', excluding administrative immigration warrants."),
    ], src(URB + ", section 413.4.3", LIS + ", section 415.4.1", KIND_T)))

    # ---- G5: requests for assistance
    ps.append(changes_pair("G5", "neutral_rewrite", urb["6"], lis["6"], [
        ch("413.6 ICE REQUEST FOR ASSISTANCE", "415.6 FEDERAL REQUESTS FOR ASSISTANCE", N, ["ice_cooperation"], "Heading and number only."),
        ch("Requests by ICE, or any other federal agency, for assistance from this department should be directed to a supervisor.",
           "Requests by federal immigration officials for assistance from this department should be directed to a supervisor.",
           N, ["ice_cooperation", "supervisor_approval"],
           "Requests from immigration officials still go to a supervisor; dropping other federal agencies does not change the handling of immigration requests."),
        ch("such as traffic control or peacekeeping efforts, to ICE or other federal agencies.", "such as traffic control or peacekeeping efforts.",
           N, ["ice_cooperation", "raids_joint_operations"], "The recipients of the support are no longer named; the same limited support services may be given."),
    ], src(URB + ", section 413.6", LIS + ", section 415.6", KIND_T)))

    # ---- G6: information sharing (anti-restriction clause)
    ps.append(changes_pair("G6", "double_negation", urb["7"], lis["7"], [
        ch("(8 USC § 1373):", "(8 USC § 1373; 5 ILCS 805/5):", N, ["information_sharing"], "Citation of the Illinois TRUST Act added; no new rule."),
        ch("(a) Sending information to, or requesting or receiving such information from ICE",
           "(a) Sending information to, or requesting or receiving such information from federal immigration officials",
           N, ["information_sharing"],
           "The protected exchange now names federal immigration officials rather than ICE, but item (c) already protected exchanges with any federal entity, so nothing more is allowed."),
        ch("413.7 INFORMATION SHARING", "415.7 INFORMATION SHARING", N, ["information_sharing"], "Renumbered."),
    ], src(URB + ", section 413.7", LIS + ", section 415.7", KIND_T)))

    # ---- G7: immigration holds / detainers
    ps.append(changes_pair("G7", "exception_changed", urb["7.1"], lis["7.1"], [
        ch("413.7.1 IMMIGRATION HOLDS", "415.7.1 IMMIGRATION DETAINERS", N, ["detainers_holds"], "Heading and number only."),
        ch("under 8 CFR 287.7 unless", "under 8 CFR 287.7 or any other hold request unless", L, ["detainers_holds"],
           "The bar on holding people now covers any other hold request, not only detainers under 8 CFR 287.7."),
        ch("accompanied by a warrant, affidavit of probable cause, or removal order.", "accompanied by a judicial warrant.", L, ["detainers_holds"],
           "The exception is narrowed: an affidavit of probable cause, a removal order or a non-judicial warrant no longer allows a hold; only a judicial warrant does."),
        ch("should be made prior to the release.", "should be made prior to the release (5 ILCS 805/15).", N, ["detainers_holds"], "Citation added."),
    ], src(URB + ", section 413.7.1", LIS + ", section 415.7.1", KIND_T)))

    # ---- G8: U visa / T visa designation (first three paragraphs)
    o8 = cut(urb["8"], "413.8", "(a) Consult")
    n8 = cut(lis["8"], "415.8 U VISA", "(a) Consult")
    ps.append(changes_pair("G8", "neutral_rewrite", o8, n8, [
        ch("413.8 U VISA AND T VISA NON-IMMIGRANT STATUS", "415.8 U VISA AND T VISA NONIMMIGRANT STATUS", N, ["access_to_services"], "Heading spelling and number."),
        ch("A law enforcement certification for a U visa may be completed by an officer in order for a U visa to be issued.",
           "The Investigation Unit supervisor is designated to complete the law enforcement certification for a U visa.",
           N, ["access_to_services", "supervisor_approval"], "Who completes the U visa certification for victims is assigned to one supervisor; a service to immigrant victims, no change in enforcement."),
        ch("A law enforcement declaration for a T visa may be completed by an officer in order for a T visa to be issued.",
           "The Investigation Unit supervisor is designated to complete a law enforcement declaration for a T visa (5 ILCS 825/10).",
           N, ["access_to_services", "supervisor_approval"], "Same for the T visa declaration, with a citation."),
        ch("to the Criminal Investigation Division supervisor assigned to oversee the handling of any related case. The Criminal Investigation Division supervisor should:",
           "to the Investigation Unit supervisor assigned to oversee the handling of any related case. The Investigation Unit supervisor should:",
           N, ["access_to_services"], "Unit name only."),
    ], src(URB + ", section 413.8, first three paragraphs", LIS + ", section 415.8, first three paragraphs (both cut before item (a))", KIND_T)))

    # ---- G9: U visa / T visa procedure, non-disclosure added
    o9 = cut(urb["8"], "(a) Consult")
    n9 = cut(lis["8"], "(a) Consult")
    ps.append(changes_pair("G9", "rule_added", o9, n9, [
        ch("1. The instructions for completing certification and declaration forms can be found on the U.S. Department of Homeland Security (DHS) website.",
           "2. The certification form should be completed within 90 business days of the request unless (5 ILCS 825/10):",
           N, ["access_to_services"], "Deadlines for completing and reissuing certifications are added (items 2-3); they speed a service to immigrant victims and do not touch enforcement."),
        ch("(d) Ensure that any decision", "(d) Provide written notice to the victim or the victim's representative if it cannot be determined based on the evidence that the victim is qualified for a U visa or T visa (5 ILCS 825/10).",
           N, ["access_to_services"], "New duty to tell the victim in writing when qualification cannot be determined; a service duty (old (d) relettered (e))."),
        ch("Include a copy of any completed form in the case file.",
           "415.8.1 NON-DISCLOSURE OF IMMIGRATION STATUS\n\nNo member shall disclose the immigration status of the victim or the person requesting the certification form unless authorized in writing by the individual or as required by law (5 ILCS 825/10).",
           L, ["information_sharing", "access_to_services"],
           "New rule: members may not disclose a U/T visa applicant's immigration status without written consent or legal requirement, a new limit on sharing status information."),
        ch("Include a copy of any completed form in the case file.",
           "415.8.2 PUBLICATION OF DECLARATION AND CERTIFICATION FORM PROCESS",
           N, ["access_to_services"], "New duty to publish the certification procedure; a service matter."),
    ], src(URB + ", section 413.8 from item (a) to its end", LIS + ", section 415.8 from item (a) through 415.8.2", KIND_T)))

    # ---- G10: training
    ps.append(changes_pair("G10", "modal_change", urb["9"], lis["9"], [
        ch("The Training Officer shall ensure that all appropriate members receive immigration training.",
           "The Training Coordinator should ensure officers receive training on this policy.",
           N, ["enforcement_authority"], "The training duty is softened (shall -> should) and reassigned; training does not by itself widen or narrow what officers do in immigration matters."),
        ch("receive immigration training.",
           "Training should include:\n\n(a) Identifying civil versus criminal immigration violations.\n\n(b) Factors that may be considered in determining whether a criminal immigration offense has been committed.",
           U, ["enforcement_authority", "status_inquiry"],
           "Training is now to cover how to tell civil from criminal violations and the factors for suspecting an immigration crime; it can make officers more careful about civil cases or better at finding criminal ones, so the effect is unclear."),
    ], src(URB + ", section 413.9", LIS + ", section 415.9", KIND_T)))

    # ---- G11: arrest notification (Lisle May 2020 -> La Grange Sept 2020)
    ps.append(changes_pair("G11", "mixed_edits", lis["5"], sec("lagrange", "428.5", "428.6"), [
        ch("Generally, an officer will not need to notify ICE when booking arrestees at the county jail.",
           "Generally, an officer should not notify federal immigration officials when booking arrestees at a jail facility.",
           L, ["ice_cooperation", "information_sharing"],
           "'Will not need to notify' (notice is unnecessary but allowed) becomes 'should not notify' (officers are told not to), so notifying immigration officials at booking is now discouraged."),
        ch("Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail on criminal charges.",
           "when booking arrestees at a jail facility.", N, ["ice_cooperation"],
           "A descriptive sentence about ICE interviews at the county jail is dropped; it set no rule."),
        ch("Notification will be handled according to jail operation procedures.", "Any required notification will be handled according to jail operation procedures.",
           L, ["information_sharing"], "Jail-procedure notification is now limited to notification that is required."),
        ch("415.5 ARREST NOTIFICATION", "428.5 ARREST NOTIFICATION", N, ["ice_cooperation"], "Renumbered."),
    ], src(LIS + ", section 415.5", LAG + ", section 428.5", KIND_A)))

    # ---- G12: U visa designation + training (Lisle -> La Grange), neutral
    o12 = cut(lis["8"], "415.8 U VISA", "(a) Consult") + "\n\n" + lis["9"]
    n12 = cut(sec("lagrange", "428.8 ", "428.8.1"), "428.8 U VISA", "(a) Consult") + "\n\n" + sec("lagrange", "428.9", None)
    ps.append(changes_pair("G12", "neutral_rewrite", o12, n12, [
        ch("The Investigation Unit supervisor is designated to complete the law enforcement certification", "The Investigation Division supervisor is designated to complete the law enforcement certification",
           N, ["access_to_services"], "Unit renamed (also in the T visa sentence and the referral paragraph); same duties."),
        ch("The Training Coordinator should ensure", "The Training Supervisor should ensure", N, ["enforcement_authority"], "Title of the person responsible for training only."),
        ch("415.9 TRAINING", "428.9 TRAINING", N, ["enforcement_authority"], "Renumbered (also 415.8 -> 428.8)."),
    ], src(LIS + ", section 415.8 first three paragraphs and 415.9", LAG + ", section 428.8 first three paragraphs and 428.9 (both cut before item (a) of the visa section)", KIND_A)))

    # ---- G13: detentions (Lisle May 2020 -> North Riverside Nov 2020, which keeps the older template's 4.1/4.2)
    old13 = lis["4"] + "\n\n" + lis["4.1"]
    new13 = sec("nriverside", "414.4 ", "414.5", breaks=("An officer shall verify",))
    ps.append(changes_pair("G13", "list_added", old13, new13, [
        ch("415.4 DETENTIONS", "414.4 DETENTIONS", N, ["enforcement_authority"], "Renumbered."),
        ch("415.4.1 SUPERVISOR RESPONSIBILITIES", "414.4.1 CIVIL VS. CRIMINAL FEDERAL OFFENSES\n\nAn individual who enters into the United States illegally has committed a misdemeanor (8 USC § 1325(a)).",
           N, ["enforcement_authority"], "Added explanation of criminal versus civil immigration violations; states the law, sets no rule."),
        ch("415.4.1 SUPERVISOR RESPONSIBILITIES",
           "Reasonable suspicion that a criminal immigration violation has occurred shall not be based on race, color, national origin or any other generalization that would cast suspicion on or stigmatize any person, except to the extent permitted by the United States or Illinois Constitutions.",
           L, ["enforcement_authority"], "Added: suspicion of an immigration crime may not rest on race, color, national origin or similar generalisations, a new limit on immigration detentions."),
        ch("415.4.1 SUPERVISOR RESPONSIBILITIES",
           "Factors that may be considered in determining reasonable suspicion that a criminal immigration violation has occurred may include, but are not limited to:",
           X, ["status_inquiry", "document_requests"],
           "Added list of grounds officers may use to suspect an immigration crime, including suspect immigration documents and (as one factor) lack of English proficiency."),
        ch("415.4.1 SUPERVISOR RESPONSIBILITIES",
           "An officer shall verify from a 287(g) certified officer, ICE or CBP whether a person’s presence in the United States relates to a federal civil violation or a criminal violation.",
           X, ["status_inquiry", "ice_cooperation", "raids_joint_operations"],
           "Added 414.4.2: immigration status may be checked with a 287(g) officer, ICE or CBP, and officers shall verify with them whether a person's presence is a civil or criminal violation, a new duty to check status with federal immigration authorities."),
        ch("may request a federal immigration official to respond to the location",
           "may request ICE or CBP to respond to the location to take custody of the detained person. In addition, the officer should notify a supervisor as soon as practicable.",
           N, ["ice_cooperation"], "The added 414.4.2 repeats the existing permission to call federal officers after probable cause and the supervisor notice; restated."),
        ch("415.4.1 SUPERVISOR RESPONSIBILITIES", "414.4.3 SUPERVISOR RESPONSIBILITIES", N, ["supervisor_approval"], "Renumbered; same text."),
    ], src(LIS + ", sections 415.4-415.4.1", NRV + ", sections 414.4-414.4.3 (the list items (a)-(c) of 414.4.2 and the sentence after them are printed run together in the PDF text; a paragraph break is put before 'An officer shall verify')", KIND_A,
           "North Riverside's edition keeps the 2020 text of 414.4 and adds the older template's civil/criminal and immigration-checks subsections.")))

    # ---- G14: renumbering and moved training section (Lisle -> Northbrook), with a real change in notification
    old14 = "\n\n".join([lis["5"], lis["6"], lis["7"], lis["7.1"], lis["9"]])
    nb = {k: sec("northbrook", a, b) for k, a, b in [("5", "418.5", "418.6 "), ("7", "418.7", "418.8"), ("8", "418.8", "418.9 "),
                                                     ("9", "418.9 ", "418.9.1"), ("9.1", "418.9.1", None)]}
    new14 = "\n\n".join([nb["5"], nb["7"], nb["8"], nb["9"], nb["9.1"]])
    ps.append(changes_pair("G14", "renumbering", old14, new14, [
        ch("415.9 TRAINING\n\nThe Training Coordinator should ensure", "418.5 TRAINING\n\nThe Training Sergeant should ensure", N, ["enforcement_authority"],
           "The training section moves from the end to the front of this part (before the U visa section, left out here) and names another trainer; same content."),
        ch("415.5 ARREST NOTIFICATION", "418.7 ARREST NOTIFICATION", N, ["ice_cooperation"], "Renumbered."),
        ch("Generally, an officer will not need to notify ICE when booking arrestees at the county jail.",
           "Generally, an officer should not notify federal immigration officials when booking arrestees at a jail facility.",
           L, ["ice_cooperation", "information_sharing"], "Notice to immigration officials at booking changes from unnecessary to discouraged ('should not notify')."),
        ch("Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail on criminal charges. Notification will be handled",
           "Any required notification will be handled", L, ["information_sharing"],
           "The descriptive sentence on ICE jail interviews is dropped and jail-procedure notification is limited to required notification."),
        ch("415.6 FEDERAL REQUESTS", "418.8 FEDERAL REQUESTS", N, ["ice_cooperation"], "Renumbered; same text."),
        ch("415.7 INFORMATION SHARING", "418.9 INFORMATION SHARING", N, ["information_sharing"], "Renumbered; same text."),
        ch("415.7.1 IMMIGRATION DETAINERS", "418.9.1 IMMIGRATION DETAINERS", N, ["detainers_holds"], "Renumbered; same text."),
    ], src(LIS + ", sections 415.5-415.7.1 and 415.9", NBK + ", sections 418.5 and 418.7-418.9.1 (the U visa section, 415.8 / 418.6, is left out of both)", KIND_A)))

    # ---- G15: template enforcement section -> NEIU's own text
    old15 = urb["1-3"].split("\n\n413.3")[0] + "\n\n" + urb["4"]
    new15 = sec("neiu", "415.1", "415.2.2")
    ps.append(changes_pair("G15", "mixed_edits", old15, new15, [
        ch("members of the Urbana Police Department for investigating", "members of the Northeastern Illinois University Police Department for investigating", N, ["enforcement_authority"], "Department name only."),
        ch("for investigating and enforcing immigration laws.\n\n413.2 POLICY", "Definition of ICE - the United States Immigration and Customs Enforcement Agency", N, ["ice_cooperation"], "A definition of ICE is added; no rule."),
        ch("that all members make personal and professional commitments to equal enforcement of the law and equal service to the public.",
           "that members will provide police service to all persons on or adjacent to NEIU property regardless of their citizenship status.",
           N, ["access_to_services"], "The equal-service statement is reworded for the campus; service regardless of status in both."),
        ch("An officer may detain an individual when there are facts supporting a reasonable suspicion that the individual entered into the United States in violation of a federal criminal law. Federal authorities shall be notified as soon as possible and the detained individual shall be immediately released if the federal authorities do not want the person held.",
           "NEIUPD will at times be required to conduct criminal investigations and routine questions in regards to calls for service, but Department members will not:",
           L, ["enforcement_authority", "ice_cooperation"],
           "The permission to detain on suspicion of illegal entry and the duty to notify federal authorities are dropped; the section now opens a list of things members will not do."),
        ch("An officer should not detain any individual, for any length of time, for a civil violation of federal immigration laws or a related civil warrant.",
           "1. arrest or detain an individual solely on the belief that the person is not a legal resident of the United States or is in violation of a civil immigration law.\n\n2. arrest or detain a person for an administrative warrant issued solely for the violation of an administrative/civil immigration law.",
           L, ["enforcement_authority", "detainers_holds"],
           "'Should not detain' becomes 'will not arrest or detain', and the ban now also covers the belief that a person is not a legal resident and administrative immigration warrants; 'solely' is added but the rule is firmer overall."),
        ch("related civil warrant.", "3. conduct sweeps or searches or other concentrated efforts aimed at identifying or detaining individuals solely based on immigration and citizenship status.",
           L, ["raids_joint_operations", "status_inquiry"], "New ban on sweeps or concentrated efforts to find people by immigration status."),
        ch("related civil warrant.", "At no time will any basis for contact be based solely on the fact that the person is suspected of being and undocumented alien.",
           L, ["enforcement_authority"], "New rule: suspected undocumented status alone is never a basis for contact."),
    ], src(URB + ", sections 413.1, 413.2 and 413.4", NEI + ", sections 415.1 through 415.2.1 (the policy numbers two sections '415.2')", "GENUINE (model policy text vs a department's adopted, rewritten version: NEIU's 2017 manual keeps the template's purpose sentence, then replaces the template's enforcement section with its own).")))

    # ---- G16: victims and witnesses, template -> NEIU
    ps.append(changes_pair("G16", "rule_added", cut(urb["1-3"], "413.3"), sec("neiu", "415.5", None), [
        ch("413.3 VICTIMS AND WITNESSES", "415.5 VICTIMS OR WITNESSES", N, ["access_to_services"], "Heading and number."),
        ch("To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation.",
           "All individuals, regardless of their immigration status, race, ethnicity, age, gender, sexual orientation and socioeconomic status, must feel secure in contacting the NEIUPD.",
           N, ["access_to_services", "status_inquiry"], "The assurance is reworded and widened to more characteristics; the promise that contact will not 'automatically' lead to immigration inquiry is replaced by the firmer rule that follows."),
        ch("While it may be necessary to determine the identity of a victim or witness, members shall treat all individuals equally and without regard to race, color or national origin in any way that would violate the United States or Illinois Constitutions.",
           "Department members will not attempt to determine the immigration status of a victim of witness",
           L, ["status_inquiry"], "New rule: members will not try to determine a victim's or witness's immigration status (the acknowledgement that identity checks may be needed is dropped)."),
    ], src(URB + ", section 413.3", NEI + ", section 415.5 (the policy's last section)", "GENUINE (model policy text vs a department's adopted, rewritten version).")))

    # ---- G17: federal companion bills, House vs Senate
    ps.append(changes_pair("G17", "neutral_rewrite", bills.HR32, bills.S707, [
        ch("2. Sanctuary jurisdiction defined", "2. Definition of sanctuary jurisdiction", N, ["information_sharing", "detainers_holds"], "Section heading only."),
        ch("Except as provided under subsection (b), for purposes of this Act,", "Except as provided in subsection (b), in this Act,", N, ["information_sharing"], "Drafting style only."),
        ch("complying with a request lawfully made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer for, or notify about the release of, an individual.",
           "complying with a request lawfully made by the Secretary of Homeland Security under section 236 or 287 of the Immigration and Nationality Act ( 8 U.S.C. 1226 , 1357) to comply with a detainer for, or notify about the release of, an individual.",
           U, ["detainers_holds", "ice_cooperation"],
           "Requests 'made by the Department' become requests 'made by the Secretary'; read literally this could narrow which detainer refusals make a jurisdiction a sanctuary jurisdiction, but detainers are issued by ICE officers on the Secretary's delegated authority, so a reader cannot tell whether anything changes."),
        ch("A State or political subdivision of a State shall not be deemed a sanctuary jurisdiction based solely on its having a policy whereby its officials will not share information regarding, or comply with a request made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer regarding, an individual who comes forward as a victim or a witness to a criminal offense.",
           "For purposes of this Act, a State or political subdivision of a State shall not be considered a sanctuary jurisdiction based solely on the State or political subdivision of a State having a policy under which officials of the State or political subdivision of a State will not share information with respect to, or comply with a request made by the Secretary of Homeland Security under section 236 or 287 of the Immigration and Nationality Act ( 8 U.S.C. 1226 , 1357) to comply with a detainer for, an individual who comes forward as a victim of or a witness to a criminal offense.",
           N, ["information_sharing", "detainers_holds"], "The victim/witness exception is restated at length; same scope."),
        ch("Beginning on the earlier of the date that is 60 days after the date of enactment of this Act", "Beginning on the date that is the earlier of the date that is 60 days after the date of the enactment of this Act",
           N, ["access_to_services"], "Same start date, reworded (and the definition citation in the same sentence is expanded)."),
        ch("a report that includes a list of States, and political subdivisions of States, that have failed to comply with requests described in section 2(a)(2).",
           "a report that identifies each State and political subdivision of a State that has, within the preceding 1-year period, failed to comply with a request described in section 2(a)(2).",
           N, ["detainers_holds", "ice_cooperation"], "The annual federal report on non-complying jurisdictions is limited to the preceding year; a reporting detail that does not change what local agencies must do."),
        ch("the Committee on the Judiciary of the House of Representatives and the Committee on the Judiciary of the Senate", "the Committee on the Judiciary of the Senate and the Committee on the Judiciary of the House of Representatives",
           N, ["ice_cooperation"], "Order of the two committees receiving the report swapped."),
    ], "OLD: H.R. 32, 119th Congress, No Bailout for Sanctuary Cities Act, as introduced in the House, January 3, 2025 (Rep. LaLota), https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr32ih.xml, sections 2-4. NEW: S. 707, 119th Congress, same short title, as introduced in the Senate, February 25, 2025 (Sen. Risch), https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s707is.xml, sections 2-4. Text as stored in congress.gov API dumps (markdown) in the GitHub code index (found with find_string; repository name not shown by the index), rendered as described in build/bills.py. GENUINE in the looser sense: two published wordings of the same act's provisions in the House bill and its Senate companion, not one document amended."))

    # ---- G18: the same definition re-used in a 2026 bill
    ps.append(changes_pair("G18", "neutral_rewrite", bills.HR32_SEC2, bills.S4316_SEC3, [
        ch("2. Sanctuary jurisdiction defined", "3. Sanctuary jurisdiction defined", N, ["information_sharing"], "Section number only."),
        ch("based solely on its having a policy", "based solely on it having a policy", N, ["information_sharing", "detainers_holds"], "Grammar only."),
    ], "OLD: H.R. 32, 119th Congress (No Bailout for Sanctuary Cities Act, introduced January 3, 2025), section 2, https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr32ih.xml. NEW: S. 4316, 119th Congress, Sanctuary City Elimination Act, introduced April 16, 2026 (Sen. Cornyn), section 3, https://www.govinfo.gov/bulkdata/BILLS/119/2/s/BILLS-119s4316is.xml. Stored congress.gov API dumps, see build/bills.py. GENUINE in the looser sense: the same definition as published in two bills (later re-use), near-identical."))
    # ---- G19: arrest notification, 2016 template (Urbana) -> North Riverside Nov 2020
    ps.append(changes_pair("G19", "mixed_edits", urb["5"], sec("nriverside", "414.5", "414.6"), [
        ch("413.5 ARREST NOTIFICATION", "414.5 ARREST NOTIFICATION", N, ["ice_cooperation"], "Renumbered."),
        ch("Generally, an officer will not need to notify ICE when booking arrestees at the county jail.",
           "Generally, an officer should not notify federal immigration officials when booking arrestees at a jail facility.",
           L, ["ice_cooperation", "information_sharing"],
           "Notice to immigration officials at booking goes from 'will not need to' (allowed but unnecessary) to 'should not' (discouraged), and covers all federal immigration officials, not only ICE."),
        ch("Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail on criminal charges. Notification will be handled according to jail operation procedures.",
           "Any required notification will be handled according to jail operation procedures.",
           L, ["information_sharing", "ice_cooperation"],
           "The description of routine ICE interviews at the jail is dropped and jail-procedure notification is limited to required notification."),
    ], src(URB + ", section 413.5", NRV + ", section 414.5", "GENUINE (the 2016 template edition and a later agency's 2020 adoption of the same policy section).")))
    return ps
