# ---------------- GENUINE ----------------
add("exception_added", W34, TF26, [
 C("ICE will assume custody of an alien only after said individual has been released from HCSO custody.",
   "ICE may assume custody of aliens who have been convicted of a state or local offense only after such aliens have concluded service of any sentence of incarceration. The ICE Enforcement and Removal Operations Field Office Director or designee shall assess on a case-by-case basis the appropriate actions for aliens who do not meet the above criteria",
   "expands_enforcement", ["detainers_holds","ice_cooperation"],
   "The flat rule that ICE takes custody only after release from local custody now carries a case-by-case exception for aliens who do not meet the criteria, decided by the ICE Field Office Director."),
 C("", "After notification to and coordination with the ICE supervisor, the alien whom participating LEA personnel have determined to be removable will be arrested on behalf of ICE by participating LEA personnel and be transported by the LEA on the same day to the relevant ICE detention office or facility.",
   "expands_enforcement", ["enforcement_authority","ice_cooperation"],
   "New duty: local officers arrest removable aliens on behalf of ICE and transport them to ICE detention the same day."),
 C("Such authority has been delegated by the Secretary to ICE, and this MOA constitutes such a written agreement.", "This MOA constitutes such a written agreement.",
   "neutral", ["raids_joint_operations"], "Restyled citation of the 287(g) authority; no change in what local officers do."),
 C("", "For the purposes of this MOA, ICE officers will provide direction and supervision for participating LEA personnel only as to immigration enforcement functions as authorized in this MOA.",
   "neutral", ["supervisor_approval"], "New policy paragraph states the usual 287(g) split of supervision (ICE for immigration functions, LEA for the rest) without changing duties."),
 C("Approved participating HCSO personnel will be authorized to perform only those immigration officer functions set forth in the Standard Operating Procedures (SOP) in Appendix A.",
   "participating LEA personnel are authorized to perform the following functions pursuant to the stated authorities, subject to the limitations contained in this MOA:",
   "neutral", ["enforcement_authority"], "Both texts confine officers to an enumerated list of functions; the lists themselves are not part of this excerpt."),
], "GENUINE: one sheriff's successive 287(g) agreements (model changed from Warrant Service Officer to Task Force). OLD = Sections III and IV (opening paragraph and IV.A) of the " + src("hwso") + ". NEW = " + TF26_note + " of the " + src("htfm") + ".")

add("mixed", T["wso_IV_AB"], T["hjem_IV_AB"], [
 C("The Hernando County Sheriff's Office is expected to pursue to completion all criminal charges that caused the alien to be taken into custody and over which it has jurisdiction.",
   "ICE retains sole discretion in determining how it will manage its limited resources and meet its mission requirements.",
   "neutral", ["ice_cooperation"], "The prosecution expectation is replaced by a statement of ICE's resource discretion; the custody-transfer sentence that follows is unchanged."),
 C("have knowledge of and have enforced laws and regulations pertinent to their law enforcement activities and their jurisdictions",
   "have knowledge of, and authority to enforce, laws and regulations pertinent to their law enforcement activities and their jurisdictions",
   "expands_enforcement", ["enforcement_authority"], "Candidates for immigration-officer training no longer need to have actually enforced the laws, only to hold the authority, widening who may be deputized."),
 C("ICE reserves the right to conduct an independent background check for each candidate.",
   "ICE will conduct a background investigation and make an eligibility determination on each candidate prior to personnel being authorized to perform duties under this MOA.",
   "neutral", ["supervisor_approval"], "Candidate vetting by ICE is restated as a mandatory investigation instead of a reserved right with a detailed questionnaire; no change to immigration duties."),
 C("Any expansion in the number of participating HCSO personnel or scheduling of additional training classes is subject to all the requirements of this MOA and the accompanying SOP.",
   "Should a candidate not be approved, a qualified substitute candidate may be submitted.",
   "neutral", ["raids_joint_operations"], "Administrative sentence on program expansion replaced by one on substitute candidates; ICE approval of every candidate remains."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Section IV opening paragraph, IV.A and IV.B of the " + src("hwso") + " (a page break inside IV.B joined). NEW = the same sections of the " + src("hjem") + ".")

add("neutral_rewrite", WGI, HJGI, [
 C("If an interpreter is used when a designated officer is performing functions under this MOA, the interpreter must be identified, by name, in records by annotating on the Warrant for Arrest of Alien or the Warrant of Removal/Deportation.", "",
   "neutral", ["access_to_services"], "A record-keeping rule about naming interpreters on warrants is dropped; interpreters are still provided."),
 C("", "Whether or not an interpreter is used, the record should always include questions and answers concerning the need for an interpreter.",
   "neutral", ["access_to_services"], "A record-keeping rule on the need for an interpreter is added; no change in immigration duties."),
 C("and Title II of the Americans with Disabilities Act of 1990", "and/or Title II of the Americans with Disabilities Act of 1990",
   "neutral", ["access_to_services"], "Citation wording of the civil-rights list adjusted."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Sections IV.G and IV.I of the " + src("hwso") + " (IV.H omitted from both sides). NEW = Sections IV.G and IV.I of the " + src("hjem") + ".")

add("neutral_rewrite", T["cjem_I"] + "\n\n" + CJ68, "XVI. CIVIL RIGHTS STANDARDS" + T["ctfm_XV_XVI"].split("XVI. CIVIL RIGHTS STANDARDS")[1] + "\n\n" + CT78, [
 C("are bound by all Federal civil rights laws, regulations, and guidance relating to non-discrimination, including",
   "who perform certain federal immigration enforcement functions are bound by all applicable federal civil rights statutes and regulations.",
   "neutral", ["access_to_services"], "The itemised list of civil-rights authorities is replaced by a general reference; officers remain bound by federal civil-rights law."),
 C("", "Participating LEA personnel will provide an opportunity for subjects with limited English language proficiency to request an interpreter.",
   "neutral", ["access_to_services"], "Interpreter rule moved here from the former interpretation-services section (outside this excerpt) in shortened form."),
 C("Modifications to this MOA, including the Appendices, must be proposed in writing and approved and signed by both parties.", "Modifications of this MOA must be proposed in writing and approved by the signatories.",
   "neutral", ["raids_joint_operations"], "Same requirement that both parties approve written modifications, reworded."),
 C("VII. POINTS OF CONTACT", "", "neutral", ["ice_cooperation"], "The points-of-contact section is dropped (contacts listed elsewhere in the 2025 MOA)."),
 C("generally reserved in instances", "generally reserved for instances", "neutral", ["raids_joint_operations"], "Wording fix."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Sections IV.I, VI, VII and VIII (to the end of the 90-day-notice paragraph) of the " + src("cjem") + ". NEW = Sections XVI, XVII and XVIII (same cut) of the " + src("ctfm") + ".")

add("restated", T["cjem_H"], T["ctfm_XIV"], [
 C("will be treated as Federal employees only for purposes of the Federal Tort Claims Act", "will be treated as Federal employees for purposes of the Federal Tort Claims Act",
   "neutral", ["raids_joint_operations"], "Word 'only' dropped from the FTCA sentence; the list of purposes is the same."),
 C("field location at 3535 Lawton Rd. Suite 100, Orlando, FL 32803.", "field location at Plantation, FL.", "neutral", ["ice_cooperation"], "Office address changed."),
 C("will comply with Federal standards and guidelines relating to the Supreme Court's decision in Giglio", "will comply with federal standards relating to the Supreme Court's decision in Giglio",
   "neutral", ["raids_joint_operations"], "Disclosure-duty wording trimmed; no change to immigration duties."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Section IV.H LIABILITY AND RESPONSIBILITY of the " + src("cjem") + ". NEW = Section XIV of the " + src("ctfm") + ".")

add("mixed", W68, HJ68, [
 C("until either party, upon 90-day written notice to the other party, provides notice of termination or suspension of the MOA.",
   "until either party terminates or suspends the MOA. Termination by the LEA shall be provided, in writing, to the local Field Office.",
   "limits_enforcement", ["raids_joint_operations"], "The sheriff can now end or suspend 287(g) participation by written notice without waiting out a 90-day period."),
 C("", "In instances where serious misconduct or violations of the terms of the MOA come to the attention of ICE, the ICE Director may, upon recommendation of the Executive Associate Director for Enforcement and Removal Operations, elect to immediately suspend the MOA pending investigation of the misconduct and/or violations.",
   "limits_enforcement", ["raids_joint_operations"], "New power to suspend the agreement immediately for misconduct stops delegated enforcement while it is investigated."),
 C("", "If the LEA is working to take corrective measures, ICE will generally not terminate an agreement.",
   "expands_enforcement", ["raids_joint_operations"], "ICE termination is now generally withheld while the LEA takes corrective measures and needs 90 days' notice, keeping agreements in force."),
 C("Modification to Appendix A shall be done in accordance with the procedures outlined in the SOP.", "", "neutral", ["raids_joint_operations"], "Separate procedure for amending Appendix A dropped; modifications, including the appendices, still need both parties' signed approval."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Sections VI-VIII (to the end of the termination paragraph) of the " + src("hwso") + ". NEW = Sections VI-VIII (to the end of the 90-day-notice paragraph) of the " + src("hjem") + " (OCR slips repaired: 'e lect', 'conective', 'umesolvable', 'IflCE', 'pai1nershjp', 'tenninate', 'Exainples').")
# ---------------- CONSTRUCTED ----------------
TFx = " (" + TF26_note + ")"
def tf(edits, sit, changes, what):
    add(sit, TF26, apply(TF26, edits), changes, con("htfm", what, TFx))
q = "ICE may assume custody of aliens who have been convicted of a state or local offense only after such aliens have concluded service of any sentence of incarceration."
tf([(q, "ICE may assume custody of aliens who have been convicted of a state or local offense at any time, including before such aliens have concluded service of any sentence of incarceration.")],
   "scope_change", [C("only after such aliens have concluded service of any sentence of incarceration", "at any time, including before such aliens have concluded service of any sentence of incarceration", "expands_enforcement", ["detainers_holds","ice_cooperation"], "ICE may now take convicted people from local custody before their sentence ends.")],
   "the limit 'only after ... concluded service of any sentence' replaced by 'at any time, including before'")
tf([("After notification to and coordination with the ICE supervisor, the alien whom", "The alien whom")],
   "approval_removed_or_weakened", [C("After notification to and coordination with the ICE supervisor, the alien whom", "The alien whom", "expands_enforcement", ["supervisor_approval","enforcement_authority"], "Local officers may arrest removable aliens for ICE without first notifying and coordinating with the ICE supervisor.")],
   "the condition 'After notification to and coordination with the ICE supervisor' deleted")
tf([("will be arrested on behalf of ICE by participating LEA personnel", "may, with the written approval of the Sheriff or the Sheriff's designee, be arrested on behalf of ICE by participating LEA personnel")],
   "approval_added", [C("will be arrested on behalf of ICE by participating LEA personnel", "may, with the written approval of the Sheriff or the Sheriff's designee, be arrested on behalf of ICE by participating LEA personnel", "limits_enforcement", ["supervisor_approval","enforcement_authority"], "Arrests on behalf of ICE become discretionary and need the Sheriff's written approval.")],
   "'will be arrested' replaced by 'may, with the written approval of the Sheriff or the Sheriff's designee, be arrested'")
tf([(" The ICE Enforcement and Removal Operations Field Office Director or designee shall assess on a case-by-case basis the appropriate actions for aliens who do not meet the above criteria based on special interests or other circumstances after processing by the LEA.", "")],
   "exception_removed", [C("The ICE Enforcement and Removal Operations Field Office Director or designee shall assess on a case-by-case basis the appropriate actions for aliens who do not meet the above criteria based on special interests or other circumstances after processing by the LEA.", "", "limits_enforcement", ["detainers_holds","ice_cooperation"], "The case-by-case exception for aliens who do not meet the sentence-served criterion is removed, so the custody limit applies to all.")],
   "the Field Office Director's case-by-case exception sentence deleted from VI")
tf([("to the relevant ICE detention office or facility.", "to the relevant ICE detention office or facility.\n\nNo person shall be kept in LEA custody beyond the time he or she would otherwise be released in order to allow an arrest or transport under this section, unless the person is the subject of a warrant signed by a judge.")],
   "rule_added", [C("", "No person shall be kept in LEA custody beyond the time he or she would otherwise be released in order to allow an arrest or transport under this section, unless the person is the subject of a warrant signed by a judge.", "limits_enforcement", ["detainers_holds"], "New ban on holding people past their release time for ICE, except on a judicial warrant.")],
   "a paragraph forbidding over-detention except on a judicial warrant added at the end of VI")
tf([("be transported by the LEA on the same day to", "be held by the LEA for up to 48 hours and transported by the LEA to")],
   "scope_change", [C("be transported by the LEA on the same day to", "be held by the LEA for up to 48 hours and transported by the LEA to", "expands_enforcement", ["detainers_holds"], "Local custody for ICE grows from same-day transport to a hold of up to 48 hours.")],
   "'transported by the LEA on the same day' replaced by 'held by the LEA for up to 48 hours and transported'")
tf([(q, "ICE may assume custody of aliens who have been convicted of a state or local offense only after such aliens have:\n\n(a) concluded service of any sentence of incarceration; or\n\n(b) been released on bond or on their own recognizance pending trial on any other charge.")],
   "list_added", [C("only after such aliens have concluded service of any sentence of incarceration.", "(b) been released on bond or on their own recognizance pending trial on any other charge.", "expands_enforcement", ["detainers_holds","ice_cooperation"], "A second alternative moment for ICE custody (release on bond pending trial) is added to the 'only after' condition, widening when ICE may take custody.")],
   "the 'only after' condition turned into a list (a)-(b) with new item (b) (release on bond or recognizance)")
tf([("For the purposes of this MOA, ICE officers will provide direction", "\n\nFor the purposes of this MOA, ICE officers will provide direction".replace("\n\n","",0)) if False else ("pursuant to this MOA. For the purposes of this MOA, ICE officers", "pursuant to this MOA.\n\nFor the purposes of this MOA, ICE officers"),
    ("After notification to and coordination with the ICE supervisor, the alien", "After notification to and coordination with the ICE supervisor,\n\nthe alien".replace(",\n\nthe", ", the"))],
   "reparagraphed", [C("pursuant to this MOA. For the purposes of this MOA, ICE officers", "pursuant to this MOA.\n\nFor the purposes of this MOA, ICE officers", "neutral", ["supervisor_approval"], "The supervision sentences of III are split into a separate paragraph; same words.")],
   "the POLICY paragraph in III split in two before 'For the purposes of this MOA, ICE officers' (no words changed)")

CJx = " (Section IV opening paragraph, IV.A and IV.B)"
def cj(edits, sit, changes, what):
    add(sit, CJIAB, apply(CJIAB, edits), changes, con("cjem", what, CJx))
cj([("has been released from LEA custody.", "has been released from LEA custody, unless the alien is subject to a final order of removal, in which case ICE may assume custody at any time.")],
   "exception_added", [C("", ", unless the alien is subject to a final order of removal, in which case ICE may assume custody at any time", "expands_enforcement", ["detainers_holds","ice_cooperation"], "New exception lets ICE take people with final removal orders out of local custody before release.")],
   "an exception for aliens with a final order of removal added to the custody sentence")
cj([("set forth in the Standard Operating Procedures (SOP) in Appendix A.", "set forth in the Standard Operating Procedures (SOP) in Appendix A and such other immigration officer functions as the Field Office Director may authorize in writing.")],
   "scope_change", [C("", " and such other immigration officer functions as the Field Office Director may authorize in writing", "expands_enforcement", ["enforcement_authority"], "Officers may perform functions beyond the SOP list when ICE's Field Office Director authorizes them.")],
   "'and such other immigration officer functions as the Field Office Director may authorize in writing' added to IV.A")
cj([("All candidates must be United States citizens,", "All candidates must be United States citizens assigned to the LEA's detention facilities,")],
   "scope_change", [C("All candidates must be United States citizens,", "All candidates must be United States citizens assigned to the LEA's detention facilities,", "limits_enforcement", ["enforcement_authority","raids_joint_operations"], "Only jail staff may be nominated, so patrol officers can no longer be deputized.")],
   "candidates restricted to personnel 'assigned to the LEA's detention facilities'")
cj([("ICE retains sole discretion in determining how it will manage its limited resources and meet its mission requirements.", "It is solely for ICE to decide how to manage its limited resources and meet its mission requirements.")],
   "restated", [C("ICE retains sole discretion in determining how it will manage its limited resources and meet its mission requirements.", "It is solely for ICE to decide how to manage its limited resources and meet its mission requirements.", "neutral", ["ice_cooperation"], "Same statement of ICE's discretion, reworded.")],
   "the first sentence of IV reworded")
cj([("Should a candidate not be approved, a qualified substitute candidate may be submitted.", "Should a candidate not be approved, a qualified substitute candidate may be submitted. Personnel approved under this section may also perform the functions described in Section IV.A outside the LEA's detention facilities while assigned to an ICE-led task force.")],
   "cross_clause", [C("", "Personnel approved under this section may also perform the functions described in Section IV.A outside the LEA's detention facilities while assigned to an ICE-led task force.", "expands_enforcement", ["raids_joint_operations","enforcement_authority"], "A sentence in the nomination section extends the functions authorised in IV.A to field work on ICE task forces.")],
   "a sentence in IV.B extending IV.A functions to ICE-led task force work outside the jail")
cj([("All LEA candidates must be approved by ICE", "All LEA candidates must be approved by ICE and by the Board of County Commissioners")],
   "approval_added", [C("All LEA candidates must be approved by ICE", "All LEA candidates must be approved by ICE and by the Board of County Commissioners", "limits_enforcement", ["supervisor_approval","raids_joint_operations"], "Each officer's deputization now also needs county-board approval.")],
   "county-board approval of candidates added")

CTx = " (Sections XVII and XVIII, to the end of the 90-day-notice paragraph)"
def ct(edits, sit, changes, what):
    add(sit, CT78, apply(CT78, edits), changes, con("ctfm", what, CTx))
ct([("approved by the signatories.", "approved by the signatories and, for any modification that adds functions or personnel, by the Board of County Commissioners after a public hearing.")],
   "approval_added", [C("", " and, for any modification that adds functions or personnel, by the Board of County Commissioners after a public hearing", "limits_enforcement", ["supervisor_approval","raids_joint_operations"], "Expanding the 287(g) agreement now needs county-board approval after a public hearing.")],
   "board approval after a public hearing added for modifications adding functions or personnel")
ct([("Termination by the LEA shall be provided, in writing, to the local Field Office.", "Termination by the LEA shall be provided, in writing, to the local Field Office, and shall require the prior approval of the Board of County Commissioners.")],
   "approval_added", [C("", ", and shall require the prior approval of the Board of County Commissioners", "expands_enforcement", ["supervisor_approval","raids_joint_operations"], "The approval is required to end the 287(g) agreement, making withdrawal harder and keeping enforcement in place.")],
   "county-board approval required before the LEA terminates")
ct([("Termination by the LEA shall be provided, in writing, to the local Field Office.", "Termination by the LEA shall be provided, in writing, to the local Field Office, and shall take effect 90 days after receipt of such notice.")],
   "rule_added", [C("", ", and shall take effect 90 days after receipt of such notice", "expands_enforcement", ["raids_joint_operations"], "The sheriff's withdrawal is delayed 90 days, keeping the delegated authority in force longer.")],
   "a 90-day delay added to termination by the LEA")
ct([("pending investigation of the misconduct and/or violations.\n\nNotice of the suspension", "pending investigation of the misconduct and/or violations. Notice of the suspension"),
    ("any corrective measures it has undertaken.\n\nICE shall provide", "any corrective measures it has undertaken. ICE shall provide")],
   "reparagraphed", [C("pending investigation of the misconduct and/or violations.\n\nNotice of the suspension", "pending investigation of the misconduct and/or violations. Notice of the suspension", "neutral", ["raids_joint_operations"], "Three suspension paragraphs merged into one; same words.")],
   "the three suspension paragraphs of XVIII merged into one (no words changed)")
ct([("If the LEA is working to take corrective measures, ICE will generally not terminate an agreement. ", "")],
   "rule_removed", [C("If the LEA is working to take corrective measures, ICE will generally not terminate an agreement.", "", "limits_enforcement", ["raids_joint_operations"], "ICE's undertaking not to terminate while corrective measures are under way is dropped, making it easier to end the agreement after misconduct.")],
   "the sentence shielding the agreement from termination during corrective measures deleted")
ct([("elect to immediately suspend the MOA", "elect to immediately suspend the MOA, and shall do so when the misconduct involves an arrest or detention made without legal authority,")],
   "modal_change", [C("elect to immediately suspend the MOA", "elect to immediately suspend the MOA, and shall do so when the misconduct involves an arrest or detention made without legal authority,", "limits_enforcement", ["raids_joint_operations","enforcement_authority"], "Suspension of the delegated authority becomes mandatory for unlawful arrests or detentions.")],
   "mandatory suspension for unlawful arrests or detentions added ('shall do so')")

WX = " (Sections III and IV, opening paragraph and IV.A)"
def ws(edits, sit, changes, what):
    add(sit, W34, apply(W34, edits), changes, con("hwso", what, WX))
ws([("set forth in the Standard Operating Procedures (SOP) in Appendix A.", "set forth in the Standard Operating Procedures (SOP) in Appendix A. Participating HCSO personnel shall perform these functions only at the Hernando County Detention Center and shall not perform them during patrol, traffic stops or calls for service.")],
   "rule_added", [C("", "Participating HCSO personnel shall perform these functions only at the Hernando County Detention Center and shall not perform them during patrol, traffic stops or calls for service.", "limits_enforcement", ["enforcement_authority"], "Delegated immigration functions are confined to the jail and barred in patrol and traffic stops.")],
   "a sentence confining the functions to the detention center added to IV.A")
ws([("ICE will assume custody of an alien only after said individual has been released from HCSO custody.", "Upon request, HCSO may keep an alien in custody for up to 48 hours after he or she would otherwise be released so that ICE may assume custody.")],
   "scope_change", [C("ICE will assume custody of an alien only after said individual has been released from HCSO custody.", "Upon request, HCSO may keep an alien in custody for up to 48 hours after he or she would otherwise be released so that ICE may assume custody.", "expands_enforcement", ["detainers_holds"], "Jail may now hold people up to 48 hours past release for ICE.")],
   "the custody sentence replaced by a 48-hour hold permission")
ws([("set forth in the Standard Operating Procedures (SOP) in Appendix A.", "set forth in the Standard Operating Procedures (SOP) in Appendix A. Nothing in this MOA shall be construed to prohibit HCSO personnel from inquiring into the immigration status of any person in HCSO custody.")],
   "double_negation", [C("", "Nothing in this MOA shall be construed to prohibit HCSO personnel from inquiring into the immigration status of any person in HCSO custody.", "expands_enforcement", ["status_inquiry"], "The 'nothing shall prohibit' clause confirms that any jail officer may ask any detainee about status, beyond the trained WSO officers.")],
   "a 'nothing ... shall prohibit' status-inquiry sentence added after IV.A")
ws([("Such authority has been delegated by the Secretary to ICE, and this MOA constitutes such a written agreement.", "The Secretary has delegated this authority to ICE. This MOA is such a written agreement.")],
   "restated", [C("Such authority has been delegated by the Secretary to ICE, and this MOA constitutes such a written agreement.", "The Secretary has delegated this authority to ICE. This MOA is such a written agreement.", "neutral", ["raids_joint_operations"], "Same statement of authority, split into two sentences.")],
   "the last sentence of III reworded")

W68x = " (Sections VI-VIII, to the end of the termination paragraph)"
def w6(edits, sit, changes, what):
    add(sit, W68, apply(W68, edits), changes, con("hwso", what, W68x))
w6([("shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise.", "shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice.")],
   "exception_removed", [C("shall take effect 90-days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise.\n", "shall take effect 90-days after receipt of such notice.", "expands_enforcement", ["raids_joint_operations"], "The sheriff can no longer end participation early for public-safety exigencies; the full 90 days always runs.")] if False else
   [C("Notice of termination or suspension by the Hernando County Sheriff's Office shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise.", "Notice of termination or suspension by the Hernando County Sheriff's Office shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice.", "expands_enforcement", ["raids_joint_operations"], "The sheriff can no longer end participation early for public-safety exigencies; the full 90 days always runs.")],
   "the exigent-circumstances exception removed from the sheriff's termination notice")
w6([("shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise.", "shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise; a change in the Sheriff's policy on cooperation with immigration authorities shall not be an exigent circumstance.")],
   "exception_to_exception", [C("", "; a change in the Sheriff's policy on cooperation with immigration authorities shall not be an exigent circumstance", "expands_enforcement", ["raids_joint_operations","ice_cooperation"], "Carves a policy change out of the early-termination exception, so a sheriff who decides to stop cooperating must still serve 90 days.")],
   "an exclusion of policy changes added to the exigent-circumstances exception for the sheriff's notice")
w6([("shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 90-days after receipt of such notice,", "shall be given to the FOD in The Miami Field Office and termination or suspension shall take effect 30 days after receipt of such notice,")],
   "scope_change", [C("termination or suspension shall take effect 90-days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise.", "termination or suspension shall take effect 30 days after receipt of such notice, unless exigent circumstances involving public safety dictate otherwise.", "limits_enforcement", ["raids_joint_operations"], "The sheriff's exit from the 287(g) program takes effect after 30 days instead of 90.")],
   "the sheriff's notice period shortened from 90 to 30 days")

HGx = " (Sections IV.G and IV.I)"
def hg(edits, sit, changes, what):
    add(sit, HJGI, apply(HJGI, edits), changes, con("hjem", what, HGx))
hg([("and requires the LEA to provide effective communication to individuals with disabilities.", "and requires the LEA to provide effective communication to individuals with disabilities.\n\nParticipating LEA personnel shall not use race, ethnicity, national origin, language or accent as a basis for asking any person about his or her immigration status or place of birth.")],
   "rule_added", [C("", "Participating LEA personnel shall not use race, ethnicity, national origin, language or accent as a basis for asking any person about his or her immigration status or place of birth.", "limits_enforcement", ["status_inquiry"], "New ban on status or birthplace questions prompted by race, language or accent.")],
   "a paragraph on status questions added at the end of IV.I")
hg([("Qualified foreign language interpreters will be provided by the LEA, as needed.", "The LEA will provide qualified foreign language interpreters as needed.")],
   "restated", [C("Qualified foreign language interpreters will be provided by the LEA, as needed.", "The LEA will provide qualified foreign language interpreters as needed.", "neutral", ["access_to_services"], "Passive sentence turned active; same duty.")],
   "the interpreter sentence turned from passive to active")
hg([("Participating LEA personnel will provide an opportunity for aliens with limited English language proficiency to request an interpreter.", "Participating LEA personnel will provide an opportunity for aliens with limited English language proficiency to request an interpreter. No person shall be interviewed about his or her immigration status under this MOA before being told, in a language he or she understands, that the interview is voluntary and that he or she may decline it or have an attorney present.")],
   "rule_added", [C("", "No person shall be interviewed about his or her immigration status under this MOA before being told, in a language he or she understands, that the interview is voluntary and that he or she may decline it or have an attorney present.", "limits_enforcement", ["status_inquiry","ice_cooperation"], "Adds a consent notice as a condition before status interviews.")],
   "a voluntary-interview notice requirement added to IV.G")
