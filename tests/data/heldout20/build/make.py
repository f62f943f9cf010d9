import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, check, pair_label
from sources import *
P = []
def ch(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "HW-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); P.append(p)
def con(sit, base, edits, changes, source):
    add(sit, base, apply(base, edits), changes, source)
VA = "Code of Virginia"
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
LIS = "http://lis.virginia.gov/cgi-bin/legp604.exe?"
# ---------------- GENUINE ----------------
old = VA220_1_1985 + "\n\n" + H220_2 + "\n\n" + B_TEXT
new = VA220_1_1985 + "\n\n" + H220_2 + "\n\n" + H1_A + "\n\nB. " + B_TEXT
add("rule_added", old, new, [
 ch("", H1_A[:170], E, ["detainers_holds", "ice_cooperation"], "A new subsection A obliges the Director, sheriff or jail official to comply with any ICE detainer and not release the alien except by transfer, where before the section only permitted early transfer."),
 ch(H220_2 + "\n\nThe Director", "B. The Director", N, ["detainers_holds"], "The existing text is only relettered as subsection B, unchanged.")],
 "GENUINE: existing law vs a bill's amendment (not enacted in this form). OLD = Code of Virginia \u00a7 53.1-220.2 as in force before 2016, i.e. the existing-law text that HB 481 (2016) prints unmarked as subsection B (label 'B.' removed), preceded by the unchanged neighbouring \u00a7 53.1-220.1 (1985, c. 247) verbatim from https://lawserver.com/law/state/virginia/va-code/virginia_code_53-1-220-1 . NEW = same \u00a7 53.1-220.1 + \u00a7 53.1-220.2 as proposed by HB 481, House Committee on Militia, Police and Public Safety substitute of January 29, 2016 (16104781D), " + LIS + "161+ful+HB481H1 (verbatim, subsections A-B; the stored copy breaks off inside subsection C, so C is left out).")
add("modal_change", H220_2 + "\n\n" + H1_A + "\n\nB. " + B_TEXT, H220_2 + "\n\n" + H2_A + "\n\nB. " + B_TEXT, [
 ch("The Director, sheriff, or other official in charge of the facility in which an alien is incarcerated shall comply with any detainer received from U.S. Immigration and Customs Enforcement and shall not release an alien",
    "Any Director, sheriff, or other official in charge of the facility in which an alien is incarcerated who receives any detainer from U.S. Immigration and Customs Enforcement shall not release such alien", L, ["detainers_holds", "ice_cooperation"],
    "The general duty to 'comply with any detainer' (which would include ICE's other requests, such as notice) is dropped; only the duty not to release except by transfer remains."),
 ch("transfer custody of the alien to another facility", "transfer custody of such alien to another facility", N, ["detainers_holds"], "'the alien' -> 'such alien': wording only.")],
 "GENUINE: two successive texts of the same bill. OLD = Virginia HB 481 (2016), committee substitute of January 29, 2016 (16104781D), \u00a7 53.1-220.2 A-B, " + LIS + "161+ful+HB481H1 . NEW = HB 481 floor substitute proposed by Delegate Habeeb, February 5, 2016 (16105241D), \u00a7 53.1-220.2 A-B, " + LIS + "161+ful+HB481H2 . Both verbatim; both cut after subsection B (the first copy breaks off in C; the second's C is in HW-03).")
add("exception_to_exception", H220_2 + "\n\n" + H2_A + "\n\nB. " + B_TEXT + "\n\n" + H2_C, H220_2 + "\n\n" + SB270_A + "\n\nB. " + B_TEXT, [
 ch("or to U.S. Immigration and Customs Enforcement, provided", "or to an appropriate federal authority, provided", N, ["ice_cooperation"], "The permitted transfer is to 'an appropriate federal authority' rather than ICE by name; the alien still may be released only into custody, so the rule is the same in substance."),
 ch("", "However, if federal or state law requires that such alien be held in custody until transferred to an appropriate federal authority in excess of such date, such alien shall be held in custody in accordance with federal or state law.", E, ["detainers_holds"], "An exception to the proviso against holding past the release date: where law requires it, the alien must be held beyond that date."),
 ch(H2_C, "", N, ["detainers_holds"], "The victims' compensation clause is dropped; it gave injured persons a remedy but set no rule for jail officials.")],
 "GENUINE: House-passed text vs the companion Senate bill as enrolled (vetoed by the Governor). OLD = Virginia HB 481 (2016) floor substitute of February 5, 2016 (16105241D), " + LIS + "161+ful+HB481H2 (verbatim, A-C). NEW = Virginia SB 270 (2016) enrolled text ('VIRGINIA ACTS OF ASSEMBLY -- CHAPTER', S 270), https://www.richmondsunlight.com/bill/2016/sb270/fulltext/ (verbatim, A-B; the same words as HB 481 as passed, per its summary at " + LIS + "161+sum+HB481S).")
add("scope_change", H220_2 + "\n\n" + SB270_A + "\n\nB. " + B_TEXT, H220_2 + "\n\n" + HB1468_A + "\n\nB. " + B_TEXT, [
 ch("who receives any detainer from", "who receives a lawful detainer order from", L, ["detainers_holds"], "The no-release duty now arises only for a 'lawful detainer order', not for any detainer, so fewer ICE requests bind the jail.")],
 "GENUINE: 2016 enrolled bill vs its 2017 re-introduction. OLD = Virginia SB 270 (2016) enrolled text, https://www.richmondsunlight.com/bill/2016/sb270/fulltext/ . NEW = Virginia HB 1468 (2017, Marshall; offered January 11, 2017, 17100565D), " + LIS + "171+ful+HB1468+hil . Both verbatim, \u00a7 53.1-220.2 A-B.")
add("scope_change", VA220_1_1985, VA220_1_HB665, [
 ch("of Chapter 7 of Title 18.2. The director", "of Chapter 7 of Title 18.2 other than a Class 1 felony. The director", L, ["ice_cooperation", "detainers_holds"], "Aliens convicted of a Class 1 felony are taken out of the group that the immigration service may take into custody from state or local facilities, so fewer transfers are possible.")],
 "GENUINE: existing law vs a bill (not verified as enacted). OLD = Code of Virginia \u00a7 53.1-220.1 (1985, c. 247), https://lawserver.com/law/state/virginia/va-code/virginia_code_53-1-220-1 . NEW = \u00a7 53.1-220.1 as printed in Virginia HB 665 (1996 session, Grayson et al., offered January 19, 1996), " + LIS + "961+ful+HB665 (verbatim; the bill's new \u00a7 53.1-40.02 is cut off in the stored copy and left out).")
add("neutral_rewrite", NC148_OLD, NC148_NEW, [
 ch("(1) The Department of Correction has", "(1) The Division of Adult Correction and Juvenile Justice of the Department of Public Safety has", N, ["ice_cooperation"], "The state prison agency is renamed after a reorganisation; the conditions for release into ICE custody are unchanged.")],
 "GENUINE: two editions of the statute. OLD = N.C. Gen. Stat. \u00a7 148-64.1(a), edition naming the Department of Correction, http://statutes.laws.com/north-carolina/Chapter_148/GS_148-64_1 (run-together words split). NEW = the edition marked 'Effective until January 1, 2023', https://law.uslawyerdatabase.com/%c2%a7-148-64-1-early-conditional-release-of-inmates-subject-to-a-removal-order-revocation-of-releaseeffective-until-january-1-2023 (bracketed effective-date note left out of the heading). Both cut after (a)(5).")
# ---------------- CONSTRUCTED ----------------
def C(doc, what): return "CONSTRUCTED: OLD = real text, " + doc + ". NEW = OLD with an edit written for this set: " + what
VA2 = H220_2 + "\n\n" + SB270_A + "\n\nB. " + B_TEXT
VAD = "Code of Virginia \u00a7 53.1-220.2 A-B as in Virginia SB 270 (2016) enrolled, https://www.richmondsunlight.com/bill/2016/sb270/fulltext/"
con("modal_change", VA2, [("incarcerated may, upon receipt of a detainer", "incarcerated shall, upon receipt of a detainer")], [
 ch("incarcerated may, upon receipt of a detainer", "incarcerated shall, upon receipt of a detainer", E, ["detainers_holds", "ice_cooperation"], "Early transfer to ICE up to five days before release becomes mandatory instead of optional.")],
 C(VAD, "'may, upon receipt of a detainer' -> 'shall, upon receipt of a detainer' in B."))
con("approval_added", VA2, [("incarcerated may, upon receipt of a detainer", "incarcerated may, with the written approval of the attorney for the Commonwealth and upon receipt of a detainer")], [
 ch("", "with the written approval of the attorney for the Commonwealth and ", L, ["supervisor_approval", "ice_cooperation"], "Early transfer to ICE now needs the prosecutor's written approval, a new condition on cooperation.")],
 C(VAD, "'with the written approval of the attorney for the Commonwealth and' inserted in B."))
con("reparagraphed", VA2, [("custody. However, if federal", "custody.\n\nHowever, if federal")], [
 ch("custody. However, if federal", "custody.\n\nHowever, if federal", N, ["detainers_holds"], "The 'However' sentence is put in its own paragraph; it still qualifies subsection A.")],
 C(VAD, "subsection A split into two paragraphs before 'However,'."))
con("mixed", VA2, [("incarcerated who receives any detainer from", "incarcerated who receives any detainer or request for notification from"), ("no more than five days prior", "no more than three days prior")], [
 ch("who receives any detainer from", "who receives any detainer or request for notification from", E, ["detainers_holds", "information_sharing"], "The no-release duty now also attaches when ICE has only asked to be notified."),
 ch("no more than five days prior", "no more than three days prior", L, ["detainers_holds"], "The window for early transfer to ICE shrinks from five to three days.")],
 C(VAD, "'or request for notification' added after 'any detainer' in A; 'five days' -> 'three days' in B."))
VA1D = "Code of Virginia \u00a7 53.1-220.1 (1985, c. 247), https://lawserver.com/law/state/virginia/va-code/virginia_code_53-1-220-1"
con("approval_added", VA220_1_1985, [("is incarcerated may enter into an agreement", "is incarcerated may, with the approval of the State Board of Corrections, enter into an agreement")], [
 ch("", "with the approval of the State Board of Corrections, ", L, ["supervisor_approval", "ice_cooperation"], "Agreements to keep aliens in custody for the immigration service now need a state board's approval.")],
 C(VA1D, "'with the approval of the State Board of Corrections,' inserted before 'enter into an agreement'."))
con("double_negation", VA220_1_1985, [("custody of such alien to the Service.", "custody of such alien to the Service. Nothing in this section shall be construed to require the director, sheriff or other official to enter into such an agreement.")], [
 ch("", "Nothing in this section shall be construed to require the director, sheriff or other official to enter into such an agreement.", N, ["ice_cooperation"], "Restates that the agreement is optional, which 'may enter into' already said.")],
 C(VA1D, "a 'Nothing in this section shall be construed to require ...' sentence appended."))
NCD = "N.C. Gen. Stat. \u00a7 148-64.1(a), http://statutes.laws.com/north-carolina/Chapter_148/GS_148-64_1"
con("list_item_removed", NC148_OLD, [("(4) The inmate was not convicted of an impaired driving offense resulting in death or serious bodily injury, as that term is defined in G.S. 14-32.4.\n\n(5) The inmate agrees", "(4) The inmate agrees")], [
 ch("(4) The inmate was not convicted of an impaired driving offense resulting in death or serious bodily injury, as that term is defined in G.S. 14-32.4.", "", E, ["ice_cooperation"], "A condition for early release into ICE custody is dropped, so more inmates qualify for handover."),
 ch("(5) The inmate agrees", "(4) The inmate agrees", N, ["ice_cooperation"], "Renumbering only.")],
 C(NCD, "item (4) deleted and (5) renumbered (4)."))
con("list_item_added", NC148_OLD, [("(5) The inmate agrees not to reenter the United States unlawfully.", "(5) The inmate agrees not to reenter the United States unlawfully.\n\n(6) The inmate has been informed in writing of the right to consult an attorney before agreeing to release into the custody of United States Immigration and Customs Enforcement.")], [
 ch("", "(6) The inmate has been informed in writing of the right to consult an attorney before agreeing to release into the custody of United States Immigration and Customs Enforcement.", L, ["ice_cooperation"], "A further condition that must be satisfied before release into ICE custody.")],
 C(NCD, "a new item (6) added to the list of requirements that must all be satisfied."))
con("modal_change", NC148_OLD, [("Parole Commission may conditionally release", "Parole Commission shall conditionally release")], [
 ch("Parole Commission may conditionally release", "Parole Commission shall conditionally release", E, ["ice_cooperation"], "Release into ICE custody becomes mandatory once the conditions are met.")],
 C(NCD, "'may conditionally release' -> 'shall conditionally release'."))
con("scope_change", NC148_OLD, [("(3) The inmate has served at least half of the minimum sentence", "(3) The inmate has served at least three-quarters of the minimum sentence")], [
 ch("served at least half of the minimum sentence", "served at least three-quarters of the minimum sentence", L, ["ice_cooperation"], "Inmates must serve more of their sentence before they can be handed to ICE, so fewer qualify.")],
 C(NCD, "'at least half' -> 'at least three-quarters' in (3)."))
CAD = "Cal. Gov. Code \u00a7 7283.1(a)-(b) (TRUTH Act, AB 2792 of 2016), https://self-law.org/code/ca/government-code/7283-1 (subdivision (c) left out: stored copy breaks off)"
con("rule_added", CA7283_1, [("at no cost.\n\n(b)", "at no cost. The local law enforcement agency shall not permit ICE to conduct the interview unless the individual has signed the written consent form.\n\n(b)")], [
 ch("", "The local law enforcement agency shall not permit ICE to conduct the interview unless the individual has signed the written consent form.", L, ["ice_cooperation"], "ICE interviews in the jail become conditional on the inmate's signed consent.")],
 C(CAD, "a sentence added at the end of (a) barring the interview without signed consent."))
con("list_item_removed", CA7283_1, [("may decline to be interviewed or may choose to be interviewed only with the individual's attorney present.", "may decline to be interviewed.")], [
 ch("may decline to be interviewed or may choose to be interviewed only with the individual's attorney present.", "may decline to be interviewed.", E, ["ice_cooperation"], "The form no longer tells inmates they may insist on their attorney, making ICE interviews without counsel easier.")],
 C(CAD, "the option to be interviewed only with an attorney present deleted from the list of what the form explains."))
con("exception_added", CA7283_1, [("regarding civil immigration violations, the local", "regarding civil immigration violations, other than an individual who has been convicted of a serious or violent felony, the local")], [
 ch("", "other than an individual who has been convicted of a serious or violent felony, ", E, ["ice_cooperation"], "Inmates with serious or violent felony convictions can be interviewed by ICE without the consent-form step.")],
 C(CAD, "an exception for serious or violent felons inserted in (a)."))
con("list_item_added", CA7283_1, [("Vietnamese, and Korean.", "Vietnamese, Korean, and Russian.")], [
 ch("Vietnamese, and Korean.", "Vietnamese, Korean, and Russian.", N, ["access_to_services"], "One more language for the consent form; what ICE may do and what the jail does for ICE are unchanged.")],
 C(CAD, "Russian added to the consent-form languages."))
con("neutral_rewrite", CA7283_1, [("Upon receiving any ICE hold, notification, or transfer request,", "Upon receipt of a hold, notification, or transfer request from ICE,"), ("shall promptly provide the same notification", "shall provide the same notification promptly")], [
 ch("Upon receiving any ICE hold, notification, or transfer request,", "Upon receipt of a hold, notification, or transfer request from ICE,", N, ["detainers_holds"], "Same trigger in other words."),
 ch("shall promptly provide the same notification", "shall provide the same notification promptly", N, ["information_sharing"], "Word order only.")],
 C(CAD, "two phrases of (b) reworded."))
con("mixed", CA7283_1, [("shall provide a copy of the request to the individual and inform", "shall provide a copy of the request to the individual and to the individual's attorney and inform"), ("If a local law enforcement agency provides ICE with notification", "If, with the approval of the watch commander, a local law enforcement agency provides ICE with notification")], [
 ch("", "and to the individual's attorney ", N, ["detainers_holds"], "A copy also goes to the attorney: a notice to the inmate's side, not a change in what the jail does for ICE."),
 ch("", "with the approval of the watch commander, ", L, ["supervisor_approval", "information_sharing"], "Giving ICE release-date notice now needs a watch commander's approval.")],
 C(CAD, "'and to the individual's attorney' added to the first sentence of (b); 'with the approval of the watch commander,' added to the second."))
ALD = "Alexandria (Virginia) Sheriff's Office, 'Sheriff's Office Statement on Immigration Concerns' (page updated Nov 13, 2018), https://www.alexandriava.gov/sheriff/info/default.aspx?id=104952 (cut before the question on 287(g), where the stored copy breaks off)"
con("exception_changed", ALEX, [("past their release date unless a judicial warrant is filed.", "past their release date unless a judicial warrant or an ICE detainer is filed.")], [
 ch("unless a judicial warrant is filed.", "unless a judicial warrant or an ICE detainer is filed.", E, ["detainers_holds"], "An ICE detainer alone now suffices to hold an inmate past release.")],
 C(ALD, "'or an ICE detainer' added to the exception in the third paragraph."))
con("scope_change", ALEX, [("No. The Alexandria Sheriff's Office honors the administrative arrest warrant from ICE (I-200) which serves as a detainer.", "Yes. The Alexandria Sheriff's Office does not transfer custody on an administrative arrest warrant from ICE (I-200) alone.")], [
 ch("No. The Alexandria Sheriff's Office honors the administrative arrest warrant from ICE (I-200) which serves as a detainer.", "Yes. The Alexandria Sheriff's Office does not transfer custody on an administrative arrest warrant from ICE (I-200) alone.", L, ["detainers_holds", "ice_cooperation"], "Transfers to ICE now need a judicial warrant; an I-200 is no longer honoured.")],
 C(ALD, "the answer to 'Is a judicial warrant required to transfer custody to ICE?' reversed."))
con("restated", ALEX, [("All Sheriffs in Virginia are required by state codes \u00a719.2-83.2 and \u00a753.1-218 to determine the residency status of individuals arrested and brought to jail.", "State law (Code of Virginia \u00a7\u00a719.2-83.2 and 53.1-218) requires every Virginia sheriff to determine the residency status of individuals who are arrested and brought to jail.")], [
 ch("All Sheriffs in Virginia are required by state codes \u00a719.2-83.2 and \u00a753.1-218 to determine the residency status of individuals arrested and brought to jail.", "State law (Code of Virginia \u00a7\u00a719.2-83.2 and 53.1-218) requires every Virginia sheriff to determine the residency status of individuals who are arrested and brought to jail.", N, ["status_inquiry"], "The same duty restated.")],
 C(ALD, "the sentence on the state-law duty reworded."))
con("rule_removed", ALEX, [(" Per Code of Virginia \u00a753.1-220.2, the Sheriff's Office will continue to transfer custody of an inmate to ICE prior to their release date.", "")], [
 ch("Per Code of Virginia \u00a753.1-220.2, the Sheriff's Office will continue to transfer custody of an inmate to ICE prior to their release date.", "", L, ["ice_cooperation", "detainers_holds"], "The statement that the office will keep handing inmates to ICE before release is withdrawn (the FAQ still says it may legally do so).")],
 C(ALD, "the sentence on continued early transfers to ICE deleted."))
SJD = "San Joaquin County (California) Sheriff's Office jail detainer change and 'Interim Directive', as quoted in 'County jail changing immigration hold policy', Escalon Times, https://www.escalontimes.com/news/crime/county-jail-changing-immigration-hold-policy/ (paragraph on court decisions in Oregon and Pennsylvania left out)"
con("exception_added", SANJ, [("This does not apply to arrest warrants signed by a judge.", "This does not apply to arrest warrants signed by a judge or to inmates with a prior conviction for a serious or violent felony.")], [
 ch("", " or to inmates with a prior conviction for a serious or violent felony", E, ["detainers_holds"], "Detainers will again be honoured for inmates with serious or violent felony records.")],
 C(SJD, "an exception for serious or violent felons added to the first paragraph."))
con("approval_added", SANJ, [("once they are eligible for release.", "once they are eligible for release, unless the hold is approved by the Custody Division Commander.")], [
 ch("", ", unless the hold is approved by the Custody Division Commander", E, ["supervisor_approval", "detainers_holds"], "A commander's approval becomes a way to hold an inmate on a detainer past eligibility, which the directive barred outright.")],
 C(SJD, "an approval exception added to the interim directive's second sentence."))
con("reparagraphed", SANJ, [("by an Immigrations and Customs Agent. This does", "by an Immigrations and Customs Agent.\n\nThis does")], [
 ch("by an Immigrations and Customs Agent. This does", "by an Immigrations and Customs Agent.\n\nThis does", N, ["detainers_holds"], "Paragraph break only; the judicial-warrant carve-out still qualifies the no-detainer rule.")],
 C(SJD, "first paragraph split after its first sentence."))
con("scope_change", SANJ, [("all inmates currently being held solely on an immigration detainer will be released", "all inmates currently being held on an immigration detainer will be released")], [
 ch("being held solely on an immigration detainer", "being held on an immigration detainer", L, ["detainers_holds"], "Release is no longer limited to inmates whose only hold is the detainer; the detainer itself no longer keeps anyone in.")],
 C(SJD, "'solely' deleted from the interim directive."))
LCD = "Los Angeles County Sheriff's Department, Lancaster Station Unit Order 64 'Immigration Detainers' (implementing Custody Operations Directive 17-004), https://pars.lasd.org/Viewer/Manuals/14835/Content/14918?showHistorical=True (cut after the honouring rule; the release procedures that follow are left out)"
con("scope_change", LANC, [("shall only be honored if", "shall be honored if")], [
 ch("shall only be honored if", "shall be honored if", E, ["detainers_holds"], "'only' goes: the criteria become a sufficient ground to honour a detainer rather than the sole one, and qualifying detainers must be honoured.")],
 C(LCD, "'only' deleted from the last paragraph."))
con("list_item_added", LANC, [("Penal Code 290; or", "Penal Code 290;\n\n- The inmate has been arrested for driving under the influence within the last five years; or")], [
 ch("", "- The inmate has been arrested for driving under the influence within the last five years; or", E, ["detainers_holds"], "A new condition under which a detainer hold is allowed widens the exception to the TRUST Act bar."),
 ch("Penal Code 290; or", "Penal Code 290;", N, ["detainers_holds"], "The 'or' moves to the new item.")],
 C(LCD, "a new bullet on DUI arrests added to the list of conditions."))
con("neutral_rewrite", LANC, [("7282 et esq.", "7282 et seq."), ("California Government Code 1192.7(c)", "California Penal Code 1192.7(c)")], [
 ch("7282 et esq.", "7282 et seq.", N, ["detainers_holds"], "Typo corrected."),
 ch("California Government Code 1192.7(c)", "California Penal Code 1192.7(c)", N, ["detainers_holds"], "Citation corrected to the code that actually contains section 1192.7(c); the same felonies are meant.")],
 C(LCD, "'et esq.' -> 'et seq.' and 'Government Code 1192.7(c)' -> 'Penal Code 1192.7(c)'."))
con("approval_added", LANC, [("specified in California Government code 7282.5.", "specified in California Government code 7282.5 and the Watch Commander has approved the hold.")], [
 ch("", " and the Watch Commander has approved the hold", L, ["supervisor_approval", "detainers_holds"], "A detainer may be honoured only with the watch commander's approval, an added condition.")],
 C(LCD, "'and the Watch Commander has approved the hold' added to the last paragraph."))
con("list_item_removed", LANC, [("- The inmate has been convicted of a felony punishable by imprisonment in state prison;\n\n", "")], [
 ch("- The inmate has been convicted of a felony punishable by imprisonment in state prison;", "", L, ["detainers_holds"], "One ground for honouring a detainer is taken out of the order's list of exceptions to the TRUST Act bar.")],
 C(LCD, "the second bullet (state-prison felony conviction) deleted."))
TXD = "Texas HB 764 (85th Leg., 2017, Shaheen; introduced), proposed Civil Practice and Remedies Code \u00a7 101.0216, https://app.legiplex.com/tx/legislature/2017/85-0/bills/hb764/drafts-latest (SECTION 3, effective date, left out)"
con("exception_added", TX764, [("following the person's release by a local government.", "following the person's release by a local government.\n\n(d) Subsection (b) does not apply if the local government released the person because the detainer was not accompanied by a warrant signed by a judge.")], [
 ch("", "(d) Subsection (b) does not apply if the local government released the person because the detainer was not accompanied by a warrant signed by a judge.", L, ["detainers_holds"], "Jails that decline detainers lacking a judicial warrant are spared liability, so the pressure to honour bare detainers falls.")],
 C(TXD, "a new subsection (d) exempting releases where the detainer lacked a judicial warrant."))
con("scope_change", TX764, [("resulting from a felony committed by the person", "resulting from any offense committed by the person")], [
 ch("resulting from a felony committed by the person", "resulting from any offense committed by the person", E, ["detainers_holds"], "Liability for releasing a detainer subject now covers any later offense, a stronger push to honour detainers.")],
 C(TXD, "'a felony' -> 'any offense' in (b)."))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs")
