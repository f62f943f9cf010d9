"""Genuine version pairs: both sides are published wordings of the same provision of an ICE 287(g)
memorandum of agreement (MOA).  All PDFs are from github.com/appelson/Tracking_287g, commit 1946c79
(2025-07-19), folder agreements/agreements_20250519_024922/ (ICE's published 287(g) agreements as
scraped by the repository owner); text layer extracted with pypdfium2, see extract.py and src/.

  W19  Warrant Service Officer (WSO) MOA, ICE - Charlotte County (FL) Sheriff's Office, signed 2019-05-06
       (first WSO template, 12 pages)            FLORIDA/Charlotte_County_Sheriff's_Office/287gWSO_CharlotteCoFl2019-05-06.pdf
  W20  WSO MOA, ICE - Alaska Department of Corrections, 2020-07-24 (revised WSO template, 10 pages)
                                                 ALASKA/Alaska_Department_of_Corrections/287gWSO_DeptOfCorrectionsAK_07-24-2020.pdf
  W25  WSO MOA, ICE - Clay County (FL) Sheriff's Office, 2025-02-24 (template 'Revised 02/14/2025')
                                                 FLORIDA/Clay_County_Sheriff's_Office/clayCoSheriffsOffice_WSO_MOA_02242025.pdf
  J20  Jail Enforcement Model (JEM) MOA, ICE - Benton County (AR) Sheriff's Office, 2020-06-30
                                                 ARKANSAS/Benton_County_Sheriff's_Office/287gJEM_BentonCoAR_06-30-2020.pdf
  J25  JEM MOA, ICE - Grayson County (KY) Detention Center, 2025-03-04 (template 'Revised 02/15/2025')
                                                 KENTUCKY/Grayson_County_Detention_Center/GraysonCountyDCKY_JEM_MOA_030425.pdf
  MW19 WSO MOA, ICE - Marion County (FL) Sheriff's Office, 2019-10-15
                                                 FLORIDA/Marion_County_Sheriff's_Office/287gWSO_MarionCoFl2019-10-15.pdf
  MT25 Task Force Model (TFM) MOA, ICE - Marion County (FL) Sheriff's Office, 2025-02-26 (template 'Revised 02/12/2025')
                                                 FLORIDA/Marion_County_Sheriff's_Office/marionCoSheriffsOffice_TFM_MOA_02262025.pdf

Kinds of genuine pair: (T) two editions of ICE's MOA template for the same 287(g) model (W19->W20, W20->W25,
J20->J25; the adopting agencies differ, and agency names are the only local text); (S) one sheriff's
successive 287(g) agreements with ICE (Marion County: 2019 WSO agreement -> 2025 Task Force agreement),
same section topic in both.
"""
from lib import ch, changes_pair
from extract import sec

L, X, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
REPO = "github.com/appelson/Tracking_287g, commit 1946c799ae59af836cbc5b0b5c063237546f9a86 (2025-07-19), folder agreements/agreements_20250519_024922/"
D = {
 "W19": "ICE 287(g) Warrant Service Officer MOA with the Charlotte County (FL) Sheriff's Office, signed 2019-05-06 (first WSO template), file FLORIDA/Charlotte_County_Sheriff's_Office/287gWSO_CharlotteCoFl2019-05-06.pdf (scanned; OCR text layer, misreadings repaired as listed in build/extract.py)",
 "W20": "ICE 287(g) Warrant Service Officer MOA with the Alaska Department of Corrections, signed 2020-07-24 (revised WSO template), file ALASKA/Alaska_Department_of_Corrections/287gWSO_DeptOfCorrectionsAK_07-24-2020.pdf (scanned; OCR text layer, misreadings repaired as listed in build/extract.py)",
 "W25": "ICE 287(g) Warrant Service Officer MOA with the Clay County (FL) Sheriff's Office, 2025-02-24 (template footer 'Revised 02/14/2025'), file FLORIDA/Clay_County_Sheriff's_Office/clayCoSheriffsOffice_WSO_MOA_02242025.pdf",
 "J20": "ICE 287(g) Jail Enforcement Model MOA with the Benton County (AR) Sheriff's Office, signed 2020-06-30, file ARKANSAS/Benton_County_Sheriff's_Office/287gJEM_BentonCoAR_06-30-2020.pdf (scanned; OCR text layer)",
 "J25": "ICE 287(g) Jail Enforcement Model MOA with the Grayson County (KY) Detention Center, 2025-03-04 (template footer 'Revised 02/15/2025'), file KENTUCKY/Grayson_County_Detention_Center/GraysonCountyDCKY_JEM_MOA_030425.pdf",
 "MW19": "ICE 287(g) Warrant Service Officer MOA with the Marion County (FL) Sheriff's Office, signed 2019-10-15, file FLORIDA/Marion_County_Sheriff's_Office/287gWSO_MarionCoFl2019-10-15.pdf (scanned; OCR text layer, misreadings repaired as listed in build/extract.py)",
 "MT25": "ICE 287(g) Task Force Model MOA with the Marion County (FL) Sheriff's Office, 2025-02-26 (template footer 'Revised 02/12/2025'), file FLORIDA/Marion_County_Sheriff's_Office/marionCoSheriffsOffice_TFM_MOA_02262025.pdf (text-layer spacing glitches repaired as listed in build/extract.py)",
}
KT = "GENUINE (two editions of ICE's 287(g) MOA template for the same model, as signed with two agencies; agency names are the only local text)."
KS = "GENUINE (one sheriff's successive 287(g) agreements with ICE: the 2019 Warrant Service Officer MOA and the 2025 Task Force Model MOA that followed it; same subject section in both)."


def src(o, n, kind, what):
    return "OLD: %s. NEW: %s. Both from %s. %s Excerpt: %s" % (D[o], D[n], REPO, kind, what)


def pairs():
    ps = []
    A = lambda *a, **k: ps.append(changes_pair(*a, **k))
    BR = ("287(g) Complaint Process", "The LEA will also handle", "Upon transfer of the alien")

    # ---------------- WSO 2019 -> WSO 2020 (template revision) ----------------
    o = sec("W19", "MEMORANDUM OF AGREEMENT", "III. AUTHORITY"); n = sec("W20", "MEMORANDUM OF AGREEMENT", "III. AUTHORITY")
    A("G1", "neutral_rewrite", o, n, [
        ch("MEMORANDUM OF AGREEMENT\n\nI. PARTIES", "MEMORANDUM OF AGREEMENT\n\nWarrant Service Officer Program\n\nI. PARTIES", N, ["raids_joint_operations"],
           "The revised template names the 287(g) model ('Warrant Service Officer Program') under the title; the agreement's content is unchanged."),
        ch("and the Charlotte County Sheriff's Office (CCSO), pursuant to which ICE delegates to nominated, trained, certified, and authorized CCSO personnel",
           "and the Alaska Department of Corrections, hereinafter the law enforcement agency (LEA) , pursuant to which ICE delegates to nominated, trained, certified, and authorized LEA personnel",
           N, ["raids_joint_operations", "enforcement_authority"], "The partner agency is now called 'the LEA' throughout instead of by its own name; the delegation is worded the same."),
        ch("facilitating the custodial transfer of specific aliens in CCSO's jail/correctional facilities to ICE", "facilitating the custodial transfer of specific aliens in LEA jail/correctional facilities to ICE",
           N, ["detainers_holds", "ice_cooperation"], "The purpose is still the transfer of specific jail inmates to ICE at release; only the agency label changed."),
        ch("as members of the Charlotte County Sheriff's Office.", "as members of the LEA.", N, ["enforcement_authority"],
           "The savings clause for the officers' ordinary powers is unchanged apart from the agency label."),
    ], src("W19", "W20", KT, "title, I. PARTIES, II. PURPOSE."))

    o = sec("W19", "B. COMMUNICATION", "D. RELEASE"); n = sec("W20", "B. COMMUNICATION", "D. RELEASE")
    A("G2", "mixed_edits", o, n, [
        ch("The FOD in The Miami Field Office and the Charlotte County Sheriff's Office shall make every effort to meet at least annually",
           "The FOD (or the FOD's management representative) and the LEA shall make every effort to meet at least annually", N, ["ice_cooperation", "supervisor_approval"],
           "The annual compliance meeting may now be attended by the ICE field office director's representative; the duty to meet is unchanged."),
        ch("The attendees will meet in The Miami Field Office at locations to be agreed upon by the parties", "The attendees will meet at locations to be agreed upon by the parties",
           N, ["ice_cooperation"], "The Miami-specific meeting place is dropped from the template; meetings are still at agreed locations or by teleconference."),
        ch("To the extent practicable, an initial review meeting between ICE and the Charlotte County Sheriff's Office should be held approximately nine to 12 months after certification of the initial class of participating CCSO personnel.",
           "An initial review meeting between ICE and the LEA should be held within approximately 12 months of the MOAs operational date.", N, ["raids_joint_operations"],
           "The first review meeting is now timed from the agreement's start rather than from the first class's certification; it remains a 'should'."),
        ch("The Charlotte County Sheriff's Office will, if necessary, engage in Steering Committee meetings",
           "The LEA, in coordination with the local ICE Field Office, will engage, as necessary, in Steering Committee meetings", N, ["ice_cooperation"],
           "Steering committee meetings are now held in coordination with the local ICE field office; they are still only 'as necessary'."),
        ch("to assess the immigration enforcement activities conducted by the participating CCSO personnel, and to ensure compliance with the terms of this MOA.",
           "to enhance support for the 287(g) mission, and to ensure compliance with the terms of this MOA.", X, ["raids_joint_operations"],
           "The community steering committee's job changes from assessing the deputies' immigration enforcement to enhancing support for the 287(g) mission."),
    ], src("W19", "W20", KT, "V.B COMMUNICATION and V.C COMMUNITY OUTREACH."))

    o = sec("W19", "D. RELEASE", "Information obtained"); n = sec("W20", "D. RELEASE", "Information obtained")
    A("G3", "neutral_rewrite", o, n, [
        ch("The Charlotte County Sheriff's Office may, at its discretion, communicate the substance of this agreement", "The LEA may, at its discretion, communicate the substance of this agreement",
           N, ["information_sharing"], "The agency may still tell interested groups about the agreement; only its label changed."),
        ch("For releases of information to all other parties, the Charlotte County Sheriff's Office must coordinate in advance of release with the applicable FOD in The Miami Field Office.",
           "For releases of information to all other parties, the LEA must coordinate in advance of release with the FOD or the FOD's representative.", N, ["information_sharing", "supervisor_approval"],
           "Non-media releases still need advance coordination with ICE; the director's representative may now handle it."),
    ], src("W19", "W20", KT, "V.D RELEASE OF INFORMATION TO THIRD PARTIES, first two paragraphs (the following paragraphs, identical apart from names, left out)."))

    o = sec("W19", "Additional Supervisory", "APPENDIX"); n = sec("W20", "Additional Supervisory", "APPENDIX")
    A("G4", "modal_change", o, n, [
        ch("in a manner mutually agreed upon by the CCSO and the FOD in The Miami Field Office.", "in a manner mutually agreed upon by the LEA and the FOD.", N, ["ice_cooperation"],
           "The duty to notify ICE right after serving a warrant is unchanged; the Miami office reference is dropped."),
        ch("The Charlotte County Sheriff's Office must report all encounters with asserted or suspected claims of U.S. citizenship to the FOD in The Miami Field Office through their chain of command immediately,",
           "Participating LEA personnel must report all encounters with asserted or suspected claims of U.S. citizenship to ICE immediately,", N, ["ice_cooperation", "status_inquiry"],
           "The duty to report citizenship claims moves from the agency (through its chain of command) to the participating officers, reporting to ICE directly."),
        ch("but, absent unforeseen exigent circumstances, in no case more than one hour of the claim, in a manner mutually agreed upon by the Charlotte County Sheriff's Office and the FOD.",
           "but generally within one hour of the claim.", U, ["status_inquiry", "enforcement_authority"],
           "The one-hour limit for reporting a claim of U.S. citizenship becomes 'generally' - a weaker safeguard for people wrongly held, though it does not add any enforcement power."),
    ], src("W19", "W20", KT, "Appendix A (SOP), 'Additional Supervisory and Administrative Responsibilities'."))

    o = sec("W19", "COMPLAINT PROCEDURE", "1. Complaint and Allegation", breaks=BR); n = sec("W20", "COMPLAINT PROCEDURE", "APPENDIX", breaks=BR)
    A("G5", "mixed_edits", o, n, [
        ch("Complaints filed against those personnel in the course of their non-immigration duties will remain the domain of the CCSO and be handled in accordance with the CCSO's applicable rules, policies, and procedures.",
           "COMPLAINT PROCEDURE", N, ["raids_joint_operations"], "The sentence leaving complaints about non-immigration duties to the agency is dropped; nothing in the new text gives them to ICE."),
        ch("at JointIntake@cbp.dhs.gov. Complaints regarding the exercise of immigration enforcement authority by participating CCSO personnel shall be handled as described below.",
           "at JointIntake@cbp.dhs.gov.", N, ["raids_joint_operations"], "The cross-reference to the detailed complaint procedure goes with the procedure itself."),
        ch("must be forwarded to the ICE officer. It is the responsibility of the ICE officer to ensure notification is made to JIC.",
           "must be forwarded to the ICE officer within 48 hours of the LEA receiving notice of the complaint. It is the responsibility of the ICE officer to ensure notification is made to the JIC.",
           N, ["ice_cooperation"], "Complaints about undesignated staff doing immigration work must now reach ICE within 48 hours; an accountability deadline, not a change in enforcement."),
        ch("In order to simplify the process, complaints against participating CCSO personnel relating to their immigration enforcement can be made according to the procedures outlined below.",
           "287(g) Complaint Process posters will be displayed in the processing areas of the LEA to ensure aliens encountered under the 287(g) Program are aware of the complaint process.",
           U, ["access_to_services", "raids_joint_operations"],
           "The detailed public complaint procedure is replaced by posters in English and Spanish in processing areas; whether complaints become easier or harder to make depends on practice."),
    ], src("W19", "W20", KT, "Appendix B COMPLAINT PROCEDURE, up to the numbered procedures; OLD is cut before its items 1-4 (reporting channels, review, resolution, notification), which the NEW template does not have."))

    # ---------------- WSO 2020 -> WSO 2025 ----------------
    o = sec("W20", "B. COMMUNICATION", "The LEA hereby agrees"); n = sec("W25", "B. COMMUNICATION", "The LEA hereby agrees")
    A("G6", "rule_removed", o, n, [
        ch("C. COMMUNITY OUTREACH\n\nThe LEA, in coordination with the local ICE Field Office, will engage, as necessary, in Steering Committee meetings to enhance support for the 287(g) mission, and to ensure compliance with the terms of this MOA.",
           "of the MOAs operational date.", U, ["raids_joint_operations"],
           "The community steering-committee clause is deleted; it was optional and meant both to support the program and to check compliance, so the effect on enforcement is unclear."),
        ch("D. RELEASE OF INFORMATION TO THIRD PARTIES", "C. RELEASE OF INFORMATION TO THIRD PARTIES", N, ["information_sharing"], "Relettered from D to C after the deletion; text unchanged."),
    ], src("W20", "W25", KT, "V.B COMMUNICATION to the first paragraph of V.D (NEW: V.C) RELEASE OF INFORMATION."))

    o = sec("W20", "COMPLAINT PROCEDURE", "APPENDIX", breaks=BR); n = sec("W25", "COMPLAINT PROCEDURE", "APPENDIX", breaks=BR)
    A("G7", "neutral_rewrite", o, n, [
        ch("Office of Professional Responsibility (OPR) via the Joint Intake Center (JIC) at JointIntake@cbp.dhs.gov.", "Office of Professional Responsibility (OPR) at ICEOPRIntake@ice.dhs.gov.",
           N, ["raids_joint_operations"], "Complaints go to ICE's own professional-responsibility intake address instead of the CBP joint intake centre."),
        ch("It is the responsibility of the ICE officer to ensure notification is made to the JIC.", "It is the responsibility of the ICE officer to ensure notification is made to OPR.",
           N, ["raids_joint_operations"], "Same change of complaint channel for undesignated staff."),
    ], src("W20", "W25", KT, "Appendix B COMPLAINT PROCEDURE (whole)."))

    # ---------------- JEM 2020 -> JEM 2025 ----------------
    o = sec("J20", "B. COMMUNICATION", "The LEA hereby agrees"); n = sec("J25", "B. COMMUNICATION", "The LEA hereby agrees")
    A("G8", "rule_removed", o, n, [
        ch("C. COMMUNITY OUTREACH\n\nThe LEA, in coordination with the local ICE Field Office, will engage, as necessary, in Steering Committee meetings to enhance support for the 287(g) mission, and to ensure compliance with the terms of this MOA.",
           "of the MOA's operational date.", U, ["raids_joint_operations"],
           "The jail-model template also drops the optional community steering committee; it served both promotion and compliance, so the direction is unclear."),
        ch("D. RELEASE OF INFORMATION TO THIRD PARTIES", "C. RELEASE OF INFORMATION TO THIRD PARTIES", N, ["information_sharing"], "Relettered from D to C; text unchanged."),
    ], src("J20", "J25", KT, "V.B COMMUNICATION to the first paragraph of V.D (NEW: V.C) RELEASE OF INFORMATION."))

    o = sec("J20", "COMPLAINT PROCEDURE", "APPENDIX", breaks=BR); n = sec("J25", "COMPLAINT PROCEDURE", "APPENDIX", breaks=BR)
    A("G9", "neutral_rewrite", o, n, [
        ch("(OPR) via the Joint Intake Center (JIC) at JointIntake@cbp.dhs.gov.", "(OPR) at ICEOPRIntake@ice.dhs.gov.", N, ["raids_joint_operations"],
           "Complaint notices go to ICE's OPR intake address instead of the CBP joint intake centre."),
        ch("ensure notification is made to the JIC.", "ensure notification is made to OPR.", N, ["raids_joint_operations"], "Same change of channel."),
    ], src("J20", "J25", KT, "Appendix B COMPLAINT PROCEDURE (whole)."))

    # ---------------- Marion County: WSO 2019 -> Task Force 2025 ----------------
    o = sec("MW19", "II. PURPOSE", "III. AUTHORITY"); n = sec("MT25", "I. PURPOSE", "II. AUTHORITY")
    A("G10", "scope_change", o, n, [
        ch("II. PURPOSE", "I. PURPOSE", N, ["raids_joint_operations"], "Renumbered from II to I (the new agreement has no 'Parties' section before it)."),
        ch("The purpose of this collaboration is to promote public safety by facilitating the custodial transfer of specific aliens in Marion County's jail/correctional facilities to ICE for removal purposes at the time of the alien's scheduled release from criminal custody.",
           "The purpose of this MOA is to set forth the terms and conditions pursuant to which selected LEA personnel (participating LEA personnel) will be nominated, trained, and thereafter be approved by ICE",
           X, ["raids_joint_operations", "detainers_holds"], "The agreement is no longer limited to transferring specific jail inmates to ICE at release; the new purpose is open-ended delegation of immigration-officer functions."),
        ch("to perform certain limited functions of an immigration officer within the Marion County's jail/correctional facilities.",
           "to perform certain functions of an immigration officer under the direction and supervision of ICE within the LEA's jurisdiction.", X, ["enforcement_authority", "raids_joint_operations"],
           "Deputies' immigration powers extend from 'limited functions' inside the jail to functions anywhere in the county, under ICE direction."),
        ch("This MOA sets forth the terms and conditions pursuant to which", "This MOA sets forth the scope of the immigration officer functions that DHS is authorizing the participating LEA personnel to perform.",
           N, ["enforcement_authority"], "A sentence saying the MOA defines the scope of the delegated functions; the scope itself is set elsewhere (section V)."),
        ch("However, the exercise of the immigration enforcement authority delegated under this MOA", "However, the exercise of the immigration enforcement authority granted under this MOA",
           N, ["enforcement_authority"], "'delegated' becomes 'granted'; the authority is still usable only as the agreement provides."),
        ch("shall occur only as provided in this MOA.", "shall occur only as provided in this MOA. This MOA also describes the complaint procedures available to members of the public regarding immigration enforcement actions taken pursuant to this agreement by participating LEA personnel.",
           N, ["raids_joint_operations"], "A sentence announcing the public complaint procedure is added; it adds no power and no limit."),
    ], src("MW19", "MT25", KS, "OLD II. PURPOSE; NEW I. PURPOSE."))

    o = sec("MW19", "IV. RESPONSIBILITIES", "A. DESIGNATION"); n = sec("MT25", "VI. RESOLUTION", "VII. NOMINATION")
    A("G11", "exception_added", o, n, [
        ch("IV. RESPONSIBILITIES", "VI. RESOLUTION OF LOCAL CHARGES", N, ["detainers_holds"], "Heading and number changed for the same rule on local charges."),
        ch("The Marion County Sheriff's Office is expected to pursue to completion all criminal charges that caused the alien to be taken into custody and over which it has jurisdiction.",
           "The LEA is expected to pursue to completion prosecution of any state or local charges that caused the alien to be taken into custody.", N, ["detainers_holds"],
           "The sheriff is still expected to see local charges through before handing a person to ICE."),
        ch("ICE will assume custody of an alien only after said individual has been released from Marion County Jail custody.",
           "ICE may assume custody of aliens who have been convicted of a state or local offense only after such aliens have concluded service of any sentence of incarceration. The ICE Enforcement and Removal Operations Field Office Director or designee shall assess on a case-by-case basis the appropriate actions for aliens who do not meet the above criteria based on special interests or other circumstances after processing by the LEA.",
           X, ["detainers_holds", "ice_cooperation"], "The rule that ICE takes custody only after release from jail now covers only convicted people serving sentences, and ICE may decide case by case for everyone else."),
        ch("IV. RESPONSIBILITIES", "After notification to and coordination with the ICE supervisor, the alien whom participating LEA personnel have determined to be removable will be arrested on behalf of ICE by participating LEA personnel and be transported by the LEA on the same day to the relevant ICE detention office or facility.",
           X, ["enforcement_authority", "supervisor_approval"], "New: deputies themselves arrest people they judge removable on ICE's behalf and drive them to ICE the same day, after coordinating with an ICE supervisor."),
    ], src("MW19", "MT25", KS, "OLD IV. RESPONSIBILITIES (opening paragraph); NEW VI. RESOLUTION OF LOCAL CHARGES."))

    o = sec("MW19", "B. NOMINATION", "C. TRAINING"); n = sec("MT25", "VII. NOMINATION", "VIII. TRAINING")
    A("G12", "mixed_edits", o, n, [
        ch("B. NOMINATION OF PERSONNEL", "VII. NOMINATION OF PERSONNEL", N, ["raids_joint_operations"], "Renumbered from IV.B to VII."),
        ch("The Marion County Sheriff's Office will use due diligence to screen and nominate candidates for ICE training and approval under this MOA.",
           "The chief officer of the LEA will nominate candidates for initial training and certification under this MOA.", N, ["supervisor_approval"],
           "The agency's chief officer nominates candidates; the duty to screen 'with due diligence' is no longer spelled out."),
        ch("have knowledge of and have enforced laws and regulations pertinent to their law enforcement activities and their jurisdictions, and have been trained on maintaining the security of Marion County Sheriff's Office facilities, and have enforced rules and regulations governing inmate accountability and conduct.",
           "All candidates must have at least two years of LEA work experience. All candidates must be approved by ICE and must be able to qualify for appropriate federal security clearances",
           N, ["enforcement_authority"], "Jail-security qualifications give way to two years' experience and federal clearance, fitting officers who will act outside the jail; the pool is set, not widened or narrowed, in clear terms."),
        ch("This background check requires all candidates to complete a background questionnaire. The questionnaire requires, but is not limited to, the submission of fingerprints, a personal history questionnaire, and the candidate's disciplinary history (including allegations of excessive force or discriminatory action).",
           "For each candidate, ICE may request any information necessary for a background check", U, ["raids_joint_operations"],
           "The required disclosure of each candidate's disciplinary history, including excessive-force and discrimination allegations, is no longer listed; ICE may still ask for it."),
        ch("Upon request by ICE, the Marion County Sheriff's Office will provide continuous access to disciplinary records of all candidates along with a written authorization by the candidate allowing ICE to have access to his or her disciplinary records.",
           "Should a candidate not be approved, a substitute candidate may be submitted if time permits such substitution to occur without delaying the start of training.", U, ["raids_joint_operations"],
           "ICE's standing access to candidates' disciplinary records is dropped and a substitution rule added; vetting is lighter, but the effect on enforcement is indirect."),
        ch("Any expansion in the number of participating Marion County Sheriff's Office personnel or scheduling of additional training classes is subject to all the requirements of this MOA and the accompanying SOP.",
           "Any subsequent expansion in the number of participating LEA personnel or scheduling of additional training classes may be based on an oral agreement of the parties but will be subject to all the requirements of this MOA.",
           X, ["raids_joint_operations"], "More deputies can be added to the 287(g) program on an oral agreement, with no written amendment."),
    ], src("MW19", "MT25", KS, "OLD IV.B NOMINATION OF PERSONNEL; NEW VII. NOMINATION OF PERSONNEL."))

    o = sec("MW19", "C. TRAINING", "D. CERT"); n = sec("MT25", "IV. TRAINING", "V. DESIGNATION")
    A("G13", "rule_added", o, n, [
        ch("C. TRAINING OF PERSONNEL", "IV. TRAINING AND ASSIGNMENTS", N, ["raids_joint_operations"], "Renumbered and retitled."),
        ch("they must successfully complete initial training provided by ICE on relevant administrative, legal, and operational issues tailored to the immigration enforcement functions to be performed.",
           "they must successfully complete mandatory training on relevant administrative, legal, and operational issues tailored to the immigration enforcement functions to be performed as provided by ICE instructors and thereafter pass examinations equivalent to those given to ICE officers. The mandatory training may be made available to the LEA in both in-person and online, recorded or virtual-meeting formats, as determined by ICE.",
           N, ["enforcement_authority"], "Training is still required before any authority is used; it may now be given online."),
        ch("Each Marion County Sheriff's Office nominee must pass a final examination with a minimum score of 70 percent to receive certification.",
           "Only participating LEA personnel who are nominated, trained, certified, and authorized, as set out herein, have authority pursuant to this MOA to conduct the delegated immigration officer functions, under ICE direction and supervision, enumerated in this MOA.",
           N, ["enforcement_authority"], "The 70 percent pass mark and retake rule are not repeated here; only certified, authorized officers may act, as before."),
        ch("ICE will review the training requirements annually, reserves the right to amend them, and may require additional training as needed.",
           "Upon the LEA's agreement, participating LEA personnel performing immigration-related duties pursuant to this MOA will be assigned to various units, teams, or task forces designated by ICE.",
           X, ["raids_joint_operations"], "New: with the sheriff's agreement, 287(g) deputies are assigned to ICE-designated units, teams or task forces."),
    ], src("MW19", "MT25", KS, "OLD IV.C TRAINING OF PERSONNEL; NEW IV. TRAINING AND ASSIGNMENTS."))

    o = sec("MW19", "Authorized Functions", "Additional Supervisory", breaks=BR); n = sec("MT25", "V. DESIGNATION", "VI. RESOLUTION", breaks=("The power",))
    A("G14", "list_added", o, n, [
        ch("Participating Marion County Sheriff's Office personnel are only delegated the two authorities listed below:",
           "For the purposes of this MOA, participating LEA personnel are authorized to perform the following functions pursuant to the stated authorities, subject to the limitations contained in this MOA:",
           X, ["enforcement_authority"], "The closed list of 'only ... two authorities' becomes an open grant of nine functions."),
        ch("Authorized Functions:", "• The power and authority to interrogate any alien or person believed to be an alien as to his right to be or remain in the United States (INA§ 287(a)(l) and 8 C.F.R. § 287.5(a)(l)) and to process for immigration violations those individuals who have been arrested for State or Federal criminal offenses.",
           X, ["status_inquiry", "enforcement_authority"], "Deputies may now question anyone believed to be an alien about immigration status and process arrestees for immigration violations."),
        ch("Authorized Functions:", "• The power and authority to arrest without a warrant any alien entering or attempting to unlawfully enter the United States in the officer's presence or view, or any alien in the United States, if the officer has reason to believe the alien to be arrested is in the United States in violation of law and is likely to escape before a warrant can be obtained.",
           X, ["enforcement_authority"], "Deputies gain warrantless civil immigration arrest power anywhere, not just warrant service in the jail."),
        ch("Authorized Functions:", "• The power to arrest without warrant for felonies which have been committed and which are cognizable under any law of the United States regulating the admission, exclusion, expulsion, or removal of aliens,",
           X, ["enforcement_authority"], "Warrantless arrests for federal immigration felonies are added."),
        ch("• The power and authority to serve and execute warrants of arrest for immigration violations, 8 U.S.C. § 1357(a) and 8 C.F.R. § 287.5(e)(3), on designated aliens in Marion County Sheriff's Office jail/correctional facilities at the time of the alien's scheduled release from criminal custody in order to transfer custody of the alien to ICE; and",
           "• The power to serve and execute warrants of arrest for immigration violations under INA § 287(a) and 8 C.F.R. § 287.5(e)(3).",
           X, ["detainers_holds", "enforcement_authority"], "Warrant service is no longer confined to designated inmates in the jail at the time of release."),
        ch("Authorized Functions:", "• The power and authority to administer oaths and to take and consider evidence (INA § 287(b) and 8 C.F.R. § 287.5(a)(2)) to complete required alien processing to include fingerprinting, photographing, and interviewing,",
           X, ["enforcement_authority", "status_inquiry"], "Deputies may now take sworn statements and process people for removal."),
        ch("Authorized Functions:", "• The power and authority to prepare charging documents",
           X, ["enforcement_authority"], "Deputies may prepare Notices to Appear for an ICE officer's signature."),
        ch("Authorized Functions:", "• The power and authority to issue immigration detainers (8 C.F.R. § 287.7) and I-213, Record of Deportable/Inadmissible Alien, for aliens in categories established by ICE supervisors.",
           X, ["detainers_holds"], "Deputies may issue immigration detainers themselves."),
        ch("• The power and authority to serve warrants of removal, 8 U.S.C. § 1357(a) and 8 C.F.R. §§ 241.2(b)(2), 287.5(e)(3), on designated aliens in Marion County Sheriff's Office jail/correctional facilities",
           "• The power and authority to take and maintain custody of aliens arrested by ICE, or another State or local law enforcement agency on behalf of ICE.",
           X, ["detainers_holds", "raids_joint_operations"], "The power to serve removal warrants in the jail is not listed; instead deputies may hold people arrested by ICE or other agencies for ICE, and transport them to ICE detention."),
        ch("Upon transfer of the alien's custody to ICE, the alien will continue to be held in the Marion County Sheriff's Office jail/correctional facilities for no more than 48 hours unless there exists an agreement",
           "• The power and authority to take and maintain custody of aliens arrested pursuant to the immigration laws and transport (8 C.F.R. § 287.5(c)(6)) such aliens to ICE-approved detention facilities.",
           U, ["detainers_holds"], "The 48-hour cap on holding a person in the jail after transfer to ICE is not in the new list; whether another clause of the task-force agreement limits custody time is not shown here."),
    ], src("MW19", "MT25", KS, "OLD Appendix A 'Authorized Functions' (with the 48-hour paragraph); NEW V. DESIGNATION OF AUTHORIZED FUNCTIONS."))

    o = sec("MW19", "F. ICE SUPERVISION", "G. INTERPRETATION"); n = sec("MT25", "XI. ICE SUPERVISION", "XII. REPORTING")
    A("G15", "mixed_edits", o, n, [
        ch("F. ICE SUPERVISION", "XI. ICE SUPERVISION", N, ["supervisor_approval"], "Renumbered from IV.F to XI."),
        ch("Additional supervisory and administrative responsibilities are specified in Appendix A.",
           "When operating in the field, participating LEA personnel shall contact an ICE supervisor at the time of exercising the authority in this MOA, or as soon as is practicable thereafter, for guidance.",
           N, ["supervisor_approval", "ice_cooperation"], "New rule for field work: deputies must contact an ICE supervisor when they use their 287(g) powers, or as soon as practicable - guidance, not prior approval."),
        ch("the policies and procedures to be utilized by the participating Marion County Sheriff's Office personnel in exercising these delegated authorities under this MOA shall be DHS and ICE policies and procedures.",
           "the policies and procedures to be utilized by the participating LEA personnel in exercising these authorities shall be DHS and ICE policies and procedures, including the ICE Use of Force Policy.",
           N, ["enforcement_authority"], "ICE's use-of-force policy is named among the federal policies the deputies follow."),
        ch("ICE is responsible for providing the Marion County Sheriff's Office with the applicable DHS and ICE policies.", "including the ICE Use of Force Policy.",
           N, ["ice_cooperation"], "ICE's stated duty to hand the agency the applicable DHS and ICE policies is dropped; the deputies must still follow them."),
        ch("If a conflict arises between an order or direction of an ICE officer or a DHS or ICE policy and the Marion County Sheriff's Office rules, standards, or policies,",
           "If a conflict arises between an order or direction of an ICE supervisory officer and LEA rules, standards, or policies,", U, ["supervisor_approval"],
           "Only conflicts with an ICE supervisor's order, no longer conflicts with DHS or ICE policy, are named for reporting; the practical effect is unclear."),
        ch("or be required to fail to abide by restrictions or limitations as may otherwise be imposed by law.",
           "or be required to fail to abide by restrictions or limitations as may otherwise be imposed by law unless doing so would violate federal law.",
           X, ["enforcement_authority"], "The promise that deputies need not break their own agency's rules or legal limits now yields whenever following them would violate federal law."),
        ch("the conflict shall be promptly reported to the points of contact in Section VII. who shall attempt to resolve the conflict.",
           "the conflict shall be promptly reported to ICE, and the chief officer of the LEA, or designee, when circumstances safely allow the concern to be raised.",
           N, ["supervisor_approval"], "Conflicts between ICE orders and local rules go to ICE and the agency head, and only when it is safe to raise them."),
        ch("who shall attempt to resolve the conflict.",
           "Whenever possible, the LEA will deconflict all addresses, telephone numbers, and known or suspected identities of violators of the INA with ICE's Homeland Security Investigations or ICE's Enforcement and Removal Operations prior to taking any enforcement action.",
           X, ["information_sharing", "ice_cooperation"], "New: before enforcement actions the agency checks addresses, phone numbers and identities of suspected immigration violators with ICE."),
        ch("who shall attempt to resolve the conflict.",
           "LEA participating personnel authorized pursuant to this MOA may be assigned and/or co-located with ICE as task force officers to assist ICE with criminal investigations.",
           X, ["raids_joint_operations"], "New: deputies may be placed with ICE as task force officers."),
    ], src("MW19", "MT25", KS, "OLD IV.F ICE SUPERVISION; NEW XI. ICE SUPERVISION."))

    A("G16", "rule_added", sec("MW19", "D. RELEASE", "Information obtained"), sec("MT25", "XII. REPORTING", "Information obtained"), [
        ch("D. RELEASE OF INFORMATION TO THIRD PARTIES", "XII. REPORTING REQUIREMENTS\n\nThe LEA will be responsible for tracking and maintaining accurate data and statistical information for their 287(g) program, including any specific tracking data requested by ICE. Upon ICE's request, such data and information shall be provided to ICE",
           X, ["information_sharing"], "New duty: the sheriff tracks 287(g) data, including any data ICE asks for, and hands it to ICE on request."),
        ch("D. RELEASE OF INFORMATION TO THIRD PARTIES", "XIII. RELEASE OF INFORMATION TO THIRD PARTIES", N, ["information_sharing"], "Renumbered from V.D to XIII."),
        ch("communicate the substance of this agreement to organizations and groups expressing an interest", "communicate the substance of this agreement to the media and other parties expressing an interest",
           N, ["information_sharing"], "The agency may describe the agreement to the media as well as to interested groups; public disclosure of the agreement, not of personal data."),
        ch("the Marion County Sheriff's Office must coordinate in advance of release with the applicable FOD in The Miami Field Office.", "the LEA must coordinate in advance of release with the FOD or the FOD's representative.",
           N, ["information_sharing", "supervisor_approval"], "Advance coordination with ICE for other releases is kept."),
        ch("which will consult the ICE Privacy Office for approval prior to any release.", "which will consult with ICE Privacy Office for approval prior to any release.",
           N, ["information_sharing"], "Wording only: media releases still need the ICE Privacy Office's approval."),
    ], src("MW19", "MT25", KS, "OLD V.D RELEASE OF INFORMATION TO THIRD PARTIES, first two paragraphs; NEW XII. REPORTING REQUIREMENTS and the first two paragraphs of XIII. RELEASE OF INFORMATION TO THIRD PARTIES."))
    return ps
