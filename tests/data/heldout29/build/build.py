import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
SRC = {
 "DOCT": "Denver Adult Probation (Colorado Second Judicial District), Supervision Policy and Procedure S-043 'Immigration Status', revision of October 2017 (previous issue June 2015), OCR text of https://www.scribd.com/document/365400287/October-2017-Denver-Adult-Probation-Policy-Procedure (stored copy; opening through the third step of the ICE-arrest procedure, cut there because the stored copy ends mid-step; OCR errors corrected, 'o' bullets rendered as '-', header lines joined)",
 "DDEC": "Denver Adult Probation S-043 'Immigration/Residency Status', revision of December 2017 (posted as 'S-043 Immigration Status-April, 2018'), https://zh.scribd.com/document/383298900/Denver-S-043-Immigration-Status-April-2018 (stored copy; header, PURPOSE, POLICY and DEFINITIONS, cut before PROCEDURES because the stored copy ends mid-sentence there; header lines joined)",
 "MODEL": "Colorado Judicial Branch, 'Probation Model Immigration Status Policy' (model local policy circulated by the State Court Administrator's Office to the judicial districts' probation departments, early 2018), https://id.scribd.com/document/372073201/Probation-Model-Immigration-Status-Policy-FINAL (stored copy; opening through 2.b, cut before 2.c because the stored copy ends mid-sentence there)",
 "SB5270": "Washington SB 5270 (2023-24, original bill, 'DOC/immigration assistance', the 'keeping communities together act' for the Department of Corrections), Sec. 2(1)-(4), from GitHub tannewt/wa-law.org bill/2023-24/sb/5270/1/README.md (source http://lawfilesext.leg.wa.gov/biennium/2023-24/Pdf/Bills/Senate%20Bills/5270.pdf); list numbering rendered in the bill's (1)/(a)/(i) style",
 "SB6264": "Washington SB 6264 (2025-26, original bill, 'Immigration status'), Sec. 1 = RCW 43.17.425 (state agencies, incl. Department of Licensing, Labor and Industries, Health, State Patrol) as printed in the bill, subsections (1)-(5), from GitHub tannewt/wa-law.org site/bill/2025-26/sb/6264/1/README.md (source http://lawfilesext.leg.wa.gov/biennium/2025-26/Pdf/Bills/Senate%20Bills/6264.pdf); list numbering rendered in (1)/(a) style; subsection (6) omitted",
}
pairs = []
def add(sit, old, new, changes, source):
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = dict(id="JF-%02d" % (len(pairs) + 1), situation=sit, old=old, new=new, changes=ch,
             label=pair_label(ch), topics=tops, source=source)
    check(p); pairs.append(p)

def con(key, sit, edits, changes, what):
    old = globals()[{"DOCT": "DENVER_OCT", "DDEC": "DENVER_DEC", "MODEL": "MODEL", "SB5270": "SB5270", "SB6264": "SB6264"}[key]]
    new = apply(old, edits)
    add(sit, old, new, changes, "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (SRC[key], what))

# ---------------- GENUINE ----------------
add("mixed", DENVER_OCT, DENVER_DEC, [
 ("Therefore DAPD will cooperate with Immigration and Customs Enforcement (ICE) to determine a probationer's residency status in the United States.",
  "Therefore, pre-sentence investigations will be completed, supervision will be performed, and all other services will be rendered without regard to a defendant's citizenship or immigration status.",
  L, ["ice_cooperation", "status_inquiry", "access_to_services"], "The stated commitment to cooperate with ICE in determining residency status is replaced by a commitment to deliver probation services without regard to immigration status."),
 ("At the PSI stage, the officer will contact ICE if the offender states that he is in the country illegally, states that he is a foreign born national, or if the offender has an ICE hold.", "",
  L, ["ice_cooperation", "status_inquiry"], "The instruction to contact ICE at the pre-sentence stage whenever an offender says he is foreign-born or undocumented no longer appears."),
 ("If ICE contacts DAPD with regards to a probationer, the officer should make all efforts to respond to ICE in a timely manner. Information that can be shared with ICE includes:", "",
  L, ["information_sharing", "ice_cooperation"], "The instruction to answer ICE promptly and the list of client information that may be shared with ICE (address, employment, next appointment) no longer appear."),
 ("", "The 2ND Judicial District Probation Department is committed to providing services to defendants in criminal cases regardless of their citizenship or immigration status.",
  L, ["access_to_services"], "A new policy statement commits the department to serve defendants regardless of citizenship or immigration status."),
], "GENUINE: two editions of the same agency policy. OLD = %s. NEW = %s. Both stored copies are truncated (see SOURCE.md): the December 2017 procedures section, which may still provide for some ICE contact, is not visible, so the labels describe only the visible text." % (SRC["DOCT"], SRC["DDEC"]))

add("mixed", HB1889_ORIG, HB1889_PL, [
 ("A state agency or regulatory authority shall not deny", "A state agency, regulatory authority, or disciplining authority shall not deny",
  L, ["access_to_services"], "The ban on denying a licence because of immigration status now also binds disciplining authorities."),
 ("A state agency or regulatory authority shall not disclose to any person who is not employed by the state agency or regulatory authority",
  "A state agency, regulatory authority, or disciplining authority shall not disclose to any person who is not employed by the state agency, regulatory authority, or disciplining authority",
  L, ["information_sharing"], "The bar on disclosing an applicant's SSN or ITIN to outsiders (which would include federal immigration authorities) is extended to disciplining authorities."),
 ("provided to a regulatory authority is confidential", "provided to a state agency, regulatory authority, or disciplining authority is confidential",
  L, ["information_sharing"], "Confidentiality of SSNs and ITINs now covers numbers held by state agencies and disciplining authorities, not only regulatory authorities."),
 ("", "For the businesses and professions included under this title, except for interstate compacts:",
  E, ["access_to_services"], "The protections are now confined to the businesses and professions in the title and do not reach licences issued under interstate compacts."),
 ("", "(6) This chapter does not apply to licensees under chapters 18.165 and 18.170 RCW and RCW 18.185.250.",
  E, ["access_to_services", "information_sharing"], "Private investigators, security guards and bail bond recovery agents are carved out of the protections against status-based denial and SSN/ITIN disclosure."),
], "GENUINE: two printed editions of the same bill section. OLD = Washington HB 1889 (2023-24), original bill, Sec. 1, from GitHub tannewt/wa-law.org site/bill/2023-24/hb/1889/1/README.md (source .../House Bills/1889.pdf). NEW = HB 1889 as passed by the Legislature (Substitute, 1889-S.PL, enacted 2024), Sec. 1, from tannewt/wa-law.org site/bill/2023-24/hb/1889/S.PL/README.md (source .../House Passed Legislature/1889-S.PL.pdf). Numbering rendered in (1)/(a) style; 'NEW SECTION' captions dropped.")

# ---------------- CONSTRUCTED: Denver October 2017 ----------------
con("DOCT", "list_item_removed", [("- Case Number/Charges/Disposition\n- Probationer's Address/Phone Number/Employment Information\n- Next appointment date and time", "- Case Number/Charges/Disposition")],
 [("- Probationer's Address/Phone Number/Employment Information\n- Next appointment date and time", "", L, ["information_sharing"], "Address, phone, employment and next-appointment details are dropped from the information that may be shared with ICE.")],
 "the last two items (address/phone/employment; next appointment date and time) deleted from the list of information that can be shared with ICE.")
con("DOCT", "list_item_added", [("- Next appointment date and time", "- Next appointment date and time\n- Country of birth and any immigration documents in the probation file")],
 [("", "- Country of birth and any immigration documents in the probation file", E, ["information_sharing", "document_requests"], "Country of birth and immigration documents are added to what officers may hand to ICE.")],
 "an item ('Country of birth and any immigration documents in the probation file') added to the list of information that can be shared with ICE.")
con("DOCT", "approval_added", [("If ICE contacts DAPD with regards to a probationer, the officer should make all efforts to respond to ICE in a timely manner.",
  "If ICE contacts DAPD with regards to a probationer, the officer shall refer the request to a supervisor and may respond to ICE only with the supervisor's approval.")],
 [("the officer should make all efforts to respond to ICE in a timely manner.", "the officer shall refer the request to a supervisor and may respond to ICE only with the supervisor's approval.", L, ["supervisor_approval", "ice_cooperation"], "Answering an ICE request now requires a supervisor's approval instead of a prompt response by the officer.")],
 "the duty to respond to ICE promptly replaced by referral to a supervisor whose approval is required before responding.")
con("DOCT", "scope_change", [("or if the offender has an ICE hold.", "if the offender has an ICE hold, or if the officer otherwise suspects that the offender is not lawfully present.")],
 [("or if the offender has an ICE hold.", "if the offender has an ICE hold, or if the officer otherwise suspects that the offender is not lawfully present.", E, ["ice_cooperation", "status_inquiry"], "Officers must now also contact ICE on their own suspicion that the offender is unlawfully present, widening the trigger.")],
 "a further trigger for contacting ICE at the PSI stage added (officer's own suspicion of unlawful presence).")
con("DOCT", "approval_removed_or_weakened", [("- Notify supervisor or SOW\n", "")],
 [("- Notify supervisor or SOW", "", E, ["supervisor_approval", "raids_joint_operations"], "Officers no longer have to notify a supervisor before facilitating an ICE arrest at the probation office.")],
 "the first step of the ICE-arrest procedure ('Notify supervisor or SOW') deleted.")
con("DOCT", "reparagraphed", [("Therefore DAPD will cooperate with Immigration and Customs Enforcement (ICE) to determine a probationer's residency status in the United States.\n\nII. HOW\n\nDAPD will work with ICE", "Therefore DAPD will cooperate with Immigration and Customs Enforcement (ICE) to determine a probationer's residency status in the United States. DAPD will work with ICE"),
  ("in a timely manner. Information that can be shared", "in a timely manner.\n\nInformation that can be shared")],
 [("Therefore DAPD will cooperate with Immigration and Customs Enforcement (ICE) to determine a probationer's residency status in the United States.\n\nII. HOW\n\nDAPD will work with ICE", "Therefore DAPD will cooperate with Immigration and Customs Enforcement (ICE) to determine a probationer's residency status in the United States. DAPD will work with ICE", N, ["ice_cooperation"], "The 'HOW' heading is dropped and its sentence joined to the opening paragraph; the words are unchanged."),
  ("in a timely manner. Information that can be shared", "in a timely manner.\n\nInformation that can be shared", N, ["information_sharing"], "The list stem is moved into its own paragraph with no change of words.")],
 "the 'II. HOW' heading removed and its sentence joined to the opening paragraph; the 'Information that can be shared' stem split into its own paragraph (no other words changed).")
con("DOCT", "mixed", [("At the PSI stage, the officer will contact ICE", "At the PSI stage, the officer may contact ICE"),
  ("- Next appointment date and time\n", "")],
 [("the officer will contact ICE", "the officer may contact ICE", L, ["ice_cooperation"], "Contacting ICE at the PSI stage becomes discretionary rather than required."),
  ("- Next appointment date and time", "", L, ["information_sharing"], "Next appointment date and time can no longer be shared with ICE.")],
 "'will contact ICE' changed to 'may contact ICE' and the item 'Next appointment date and time' deleted from the shareable-information list.")

# ---------------- CONSTRUCTED: Denver December 2017 ----------------
con("DDEC", "exception_added", [("without regard to a defendant's citizenship or immigration status.", "without regard to a defendant's citizenship or immigration status, except that Probation shall notify ICE of any defendant who informs Probation that he or she was born outside the United States.")],
 [("", ", except that Probation shall notify ICE of any defendant who informs Probation that he or she was born outside the United States", E, ["ice_cooperation", "information_sharing"], "An exception to the status-blind services policy requires Probation to report foreign-born defendants to ICE.")],
 "an exception requiring ICE notification of foreign-born defendants appended to the POLICY sentence.")
con("DDEC", "restated", [("The 2ND Judicial District Probation Department is committed to providing services to defendants in criminal cases regardless of their citizenship or immigration status. Therefore, pre-sentence investigations will be completed, supervision will be performed, and all other services will be rendered without regard to a defendant's citizenship or immigration status.",
  "Probation will complete pre-sentence investigations, perform supervision and render all other services to defendants in criminal cases without regard to their citizenship or immigration status, in keeping with the 2ND Judicial District Probation Department's commitment to serve defendants regardless of that status.")],
 [("Therefore, pre-sentence investigations will be completed, supervision will be performed, and all other services will be rendered without regard to a defendant's citizenship or immigration status.",
   "Probation will complete pre-sentence investigations, perform supervision and render all other services to defendants in criminal cases without regard to their citizenship or immigration status", N, ["access_to_services"], "The same status-blind service commitment is restated in one active-voice sentence.")],
 "the two POLICY sentences rewritten as one active-voice sentence with the same content.")

# ---------------- CONSTRUCTED: Colorado model probation policy ----------------
con("MODEL", "modal_change", [("i. Shall attempt to verify", "i. May attempt to verify")],
 [("i. Shall attempt to verify", "i. May attempt to verify", L, ["status_inquiry"], "Verifying a foreign-born client's immigration status becomes optional rather than mandatory.")],
 "'Shall attempt to verify' changed to 'May attempt to verify'.")
con("MODEL", "list_item_removed", [("2. Completing an appropriate query in NCIC; or\n\n3. Requesting a copy of the client's work authorization card.", "2. Completing an appropriate query in NCIC.")],
 [("3. Requesting a copy of the client's work authorization card.", "", L, ["document_requests"], "Officers may no longer verify status by demanding the client's work authorization card.")],
 "item 3 (requesting the client's work authorization card) deleted from the verification methods; 'or' after item 2 dropped.")
con("MODEL", "list_item_added", [("3. Requesting a copy of the client's work authorization card.", "3. Requesting a copy of the client's work authorization card; or\n\n4. Contacting the local ICE office to request the client's immigration history.")],
 [("", "4. Contacting the local ICE office to request the client's immigration history.", E, ["ice_cooperation", "status_inquiry"], "A new verification method has officers query ICE directly about the client.")],
 "item 4 (contacting the local ICE office for the client's immigration history) added to the verification methods.")
con("MODEL", "approval_added", [("ii. Shall complete a Notification of Criminal Alien form, submit the form to ICE,", "ii. Shall complete a Notification of Criminal Alien form, submit the form to ICE only with the written approval of the Chief Probation Officer,")],
 [("submit the form to ICE,", "submit the form to ICE only with the written approval of the Chief Probation Officer,", L, ["supervisor_approval", "information_sharing"], "Sending the notification form to ICE now requires the Chief Probation Officer's written approval.")],
 "written approval of the Chief Probation Officer added as a condition for submitting the notification form to ICE.")
con("MODEL", "scope_change", [("a. If a client aged 18 years or older informs Probation that he or she was born in a country other than the United States and its territories, probation officers:",
  "a. If a client aged 18 years or older informs Probation, or Probation otherwise has reason to believe, that he or she was born in a country other than the United States and its territories, probation officers:")],
 [("If a client aged 18 years or older informs Probation that he or she was born", "If a client aged 18 years or older informs Probation, or Probation otherwise has reason to believe, that he or she was born", E, ["status_inquiry", "ice_cooperation"], "Verification and ICE notification are triggered by Probation's own belief, not only by the client's statement.")],
 "the trigger in 1.a widened from the client's own statement to any reason to believe the client was foreign-born.")
con("MODEL", "exception_added", [("ii. Shall complete a Notification of Criminal Alien form, submit the form to ICE, and place a copy of the form in the client's file.",
  "ii. Shall complete a Notification of Criminal Alien form, submit the form to ICE, and place a copy of the form in the client's file, except where the client has provided documentation of a pending application for lawful status, asylum, or a U or T visa.")],
 [("", ", except where the client has provided documentation of a pending application for lawful status, asylum, or a U or T visa", L, ["information_sharing", "ice_cooperation"], "Clients with pending status, asylum or U/T-visa applications are exempted from ICE notification.")],
 "an exception for clients with pending lawful-status, asylum or U/T-visa applications added to the ICE-notification duty.")
con("MODEL", "neutral_rewrite", [("b. If a PSI writer receives information from ICE regarding a defendant's residency status, that information shall be included in the PSI.", "b. Any information a PSI writer receives from ICE regarding a defendant's residency status shall be included in the PSI.")],
 [("If a PSI writer receives information from ICE regarding a defendant's residency status, that information shall be included in the PSI.", "Any information a PSI writer receives from ICE regarding a defendant's residency status shall be included in the PSI.", N, ["information_sharing"], "Same duty to include ICE-supplied information in the PSI, reworded.")],
 "2.b reworded without changing its rule.")
con("MODEL", "cross_clause", [("the PSI writer shall follow the procedures set forth in section 1(a) of this policy and shall note", "the PSI writer shall follow the procedures set forth in section 1(a)(i) of this policy and shall note")],
 [("set forth in section 1(a) of this policy", "set forth in section 1(a)(i) of this policy", L, ["information_sharing", "ice_cooperation"], "By cross-referring only to the verification step 1(a)(i), PSI writers are no longer directed to file the ICE notification form under 1(a)(ii).")],
 "the cross-reference in 2.a narrowed from 'section 1(a)' to 'section 1(a)(i)' (verification only); the 'note in the PSI when the form was submitted' wording left as is.")
con("MODEL", "mixed", [("This policy is inapplicable to JD cases.", "This policy is inapplicable to JD cases and to clients supervised under interstate compact."),
  ("including but not limited all documents filed with ICE to request legal status; or", "including but not limited all documents filed with ICE to request legal status, together with a passport or consular identification card; or")],
 [("", " and to clients supervised under interstate compact", L, ["status_inquiry", "ice_cooperation"], "Clients supervised under interstate compact are taken out of the verification and ICE-notification procedure."),
  ("", ", together with a passport or consular identification card", E, ["document_requests"], "Officers now also demand a passport or consular ID card when verifying status.")],
 "interstate-compact clients excluded from the policy, and a passport or consular ID added to the documents demanded in 1.a.i.1.")

# ---------------- CONSTRUCTED: WA SB 5270 (Department of Corrections) ----------------
con("SB5270", "list_item_removed", [("(i) Place of birth; and\n\n(ii) Immigration or citizenship status.", "(i) Immigration or citizenship status.")],
 [("(i) Place of birth; and", "", E, ["status_inquiry", "information_sharing"], "The department may again record place of birth in its databases.")],
 "item (i) 'Place of birth' removed from the information the department may not record; item (ii) renumbered (i).")
con("SB5270", "exception_added", [("or any other database used or controlled by the department.", "or any other database used or controlled by the department, unless the authority presents a judicial warrant or a final order of removal.")],
 [("", ", unless the authority presents a judicial warrant or a final order of removal", E, ["information_sharing", "ice_cooperation"], "Federal immigration authorities may now access department databases when they present a removal order, not just a judicial warrant.")],
 "an exception (judicial warrant or final order of removal) added to the bar on federal immigration access to the department's databases.")
con("SB5270", "exception_changed", [("compliance with a bench warrant issued by the court for a criminal matter.", "compliance with a bench warrant issued by the court for a criminal matter, or with an immigration detainer request accompanied by an administrative warrant.")],
 [("", ", or with an immigration detainer request accompanied by an administrative warrant", E, ["detainers_holds"], "The savings clause now lets the department honour detainers backed only by an administrative warrant.")],
 "the savings clause in (4) widened to cover detainer requests accompanied by an administrative warrant.")
con("SB5270", "scope_change", [("or to determine custodial classification level.", "or to determine custodial classification level, eligibility for earned release, or community custody conditions.")],
 [("or to determine custodial classification level.", "or to determine custodial classification level, eligibility for earned release, or community custody conditions.", L, ["detainers_holds", "access_to_services"], "Immigration status and detainers may no longer be used to decide earned release or community custody conditions either.")],
 "earned release and community custody conditions added to the decisions in which immigration status or a detainer may not be used.")
con("SB5270", "modal_change", [("In accordance with RCW 10.93.160, the department may not arrest", "In accordance with RCW 10.93.160, the department should not arrest")],
 [("the department may not arrest", "the department should not arrest", E, ["ice_cooperation", "enforcement_authority"], "The ban on assisting immigration arrests, transfers and notifications becomes advisory.")],
 "'may not arrest or assist' changed to 'should not arrest or assist'.")
con("SB5270", "restated", [("(d) The department may not disclose any information provided by an individual under (c) of this subsection for determining eligibility for relevant government assistance and benefit programs to any federal immigration authority.",
  "(d) Information an individual provides under (c) of this subsection to determine eligibility for relevant government assistance and benefit programs may not be disclosed by the department to any federal immigration authority.")],
 [("The department may not disclose any information provided by an individual under (c) of this subsection for determining eligibility for relevant government assistance and benefit programs to any federal immigration authority.",
   "Information an individual provides under (c) of this subsection to determine eligibility for relevant government assistance and benefit programs may not be disclosed by the department to any federal immigration authority.", N, ["information_sharing"], "Same non-disclosure rule, passive voice.")],
 "(2)(d) recast in the passive voice with the same content.")
con("SB5270", "cross_clause", [("(4) Nothing in this section shall prohibit", "(4) Subsection (1) of this section does not apply to notifying federal immigration authorities of the release date and time of an individual convicted of a serious violent offense.\n\n(5) Nothing in this section shall prohibit")],
 [("", "(4) Subsection (1) of this section does not apply to notifying federal immigration authorities of the release date and time of an individual convicted of a serious violent offense.", E, ["information_sharing", "detainers_holds"], "A new subsection carves release-date notification for serious violent offenders out of the prohibition in (1).")],
 "a new subsection (4) added that disapplies subsection (1) to release-date notifications for serious violent offenders; old (4) renumbered (5).")
con("SB5270", "mixed", [("must explain in writing:", "may explain in writing:"),
  ("or disclosing personal information, as defined in this section, about an individual.", "or disclosing personal information, as defined in this section, about an individual, or permitting an interview of the individual by a federal immigration authority.")],
 [("must explain in writing:", "may explain in writing:", E, ["status_inquiry"], "The written warning that disclosing status may lead to immigration enforcement becomes optional."),
  ("", ", or permitting an interview of the individual by a federal immigration authority", L, ["ice_cooperation"], "Allowing immigration interviews of incarcerated people is added to the forms of prohibited assistance.")],
 "'must explain' changed to 'may explain' in (2)(c), and interviews by federal immigration authorities added to the examples in (1).")

# ---------------- CONSTRUCTED: WA SB 6264 Sec. 1 (RCW 43.17.425 as printed) ----------------
con("SB6264", "list_item_removed", [("(i) Office of the superintendent of public instruction;\n\n(j) State patrol.", "(i) Office of the superintendent of public instruction.")],
 [("(j) State patrol.", "", E, ["ice_cooperation", "information_sharing"], "The State Patrol is no longer among the agencies that must implement the information and service limits.")],
 "'(j) State patrol.' deleted from the list in (5).")
con("SB6264", "list_item_added", [("(i) Office of the superintendent of public instruction;\n\n(j) State patrol.", "(i) Office of the superintendent of public instruction;\n\n(j) State patrol; and\n\n(k) Department of corrections.")],
 [("", "(k) Department of corrections.", L, ["information_sharing", "status_inquiry"], "The Department of Corrections is added to the agencies bound to limit collection and disclosure of status information.")],
 "'(k) Department of corrections.' added to the list in (5).")
con("SB6264", "list_item_added", [("(f) Permitted under RCW 10.93.160 (4) through (6).", "(f) Permitted under RCW 10.93.160 (4) through (6); or\n\n(g) Requested by a federal immigration authority in connection with a federal criminal investigation.")],
 [("", "(g) Requested by a federal immigration authority in connection with a federal criminal investigation.", E, ["information_sharing", "ice_cooperation"], "A new item under the exception lets agencies hand information to immigration authorities on request in criminal investigations.")],
 "item (g) (requests by a federal immigration authority in a federal criminal investigation) added to the exceptions in (3); 'or' moved.")
con("SB6264", "exception_changed", [("(b) In response to a lawfully issued court order;", "(b) In response to a lawfully issued court order or administrative subpoena;")],
 [("In response to a lawfully issued court order;", "In response to a lawfully issued court order or administrative subpoena;", E, ["information_sharing"], "Administrative subpoenas, which immigration agencies issue themselves, now unlock disclosure as court orders do.")],
 "'or administrative subpoena' added to exception (3)(b).")
con("SB6264", "scope_change", [("regarding a person's immigration status, citizenship status, or place of birth; and", "regarding a person's immigration status or citizenship status; and")],
 [("regarding a person's immigration status, citizenship status, or place of birth; and", "regarding a person's immigration status or citizenship status; and", E, ["status_inquiry", "document_requests"], "Agency employees may again ask for a person's place of birth.")],
 "'or place of birth' deleted from (2)(c).")
con("SB6264", "neutral_rewrite", [("This subsection does not apply to any program with the primary purpose of providing persons with services or benefits, or to RCW 9.94A.685.", "This subsection does not apply to RCW 9.94A.685 or to any program whose primary purpose is to provide persons with services or benefits.")],
 [("This subsection does not apply to any program with the primary purpose of providing persons with services or benefits, or to RCW 9.94A.685.", "This subsection does not apply to RCW 9.94A.685 or to any program whose primary purpose is to provide persons with services or benefits.", N, ["access_to_services"], "The two carve-outs are listed in the other order and reworded; same scope.")],
 "the last sentence of (1) reordered and reworded with the same content.")
con("SB6264", "modal_change", [("of this section shall review their policies and identify and make any changes necessary", "of this section may review their policies and identify and make any changes they consider appropriate")],
 [("shall review their policies and identify and make any changes necessary", "may review their policies and identify and make any changes they consider appropriate", E, ["information_sharing", "status_inquiry"], "Listed agencies, including Licensing, Labor and Industries and the State Patrol, are no longer required to bring their policies into line.")],
 "'shall review ... make any changes necessary' changed to 'may review ... make any changes they consider appropriate' in (2).")
con("SB6264", "mixed", [("(b) Information collected from individuals is not disclosed except as necessary to comply with subsection (3) of this section or as permitted by state or federal law;", "(b) Information collected from individuals is not disclosed except as necessary to comply with subsection (3) of this section or as required by state or federal law;"),
  ("(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures. Final policies must be published.", "(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures, and final policies must be published.")],
 [("or as permitted by state or federal law;", "or as required by state or federal law;", L, ["information_sharing"], "Disclosure merely permitted by law (e.g., voluntary sharing with federal authorities) is no longer allowed; only legally required disclosure is."),
  ("consistent with agency procedures. Final policies must be published.", "consistent with agency procedures, and final policies must be published.", N, ["information_sharing"], "Two sentences joined; the publication duty is unchanged.")],
 "'as permitted by' changed to 'as required by' in (2)(b), and the two sentences of (4) joined.")
con("SB6264", "reparagraphed", [("(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures. Final policies must be published.\n\n", ""),
  ("(j) State patrol.", "(j) State patrol.\n\n(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures. Final policies must be published.")],
 [("(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures. Final policies must be published.\n\n(5) The following", "(j) State patrol.\n\n(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures. Final policies must be published.", N, ["information_sharing"], "Subsection (4) is moved after the agency list with the same words and number.")],
 "subsection (4) moved, unchanged, to follow the agency list in (5).")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), sum(len(p["changes"]) for p in pairs))
