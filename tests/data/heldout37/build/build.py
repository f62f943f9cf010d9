"""Builds ../pairs.jsonl (heldout37, prefix JN). Run: python3 build/build.py && python3 build/check.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
PAIRS = []

def P(situation, old, new, changes, source):
    ch = [dict(quote_old=a, quote_new=b, label=c, topics=d, why=e) for a, b, c, d, e in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = dict(id="JN-%02d" % (len(PAIRS) + 1), situation=situation, old=old, new=new, changes=ch,
             label=pair_label(ch), topics=tops, source=source)
    check(p)
    PAIRS.append(p)

CAP = "https://capitol.texas.gov/tlodocs/"
LGX = "https://app.legiplex.com/tx/legislature/2009/81-0/bills/sb2584/"
CUT_C = " Both sides cut at the end of subsection (c) of proposed art. 2.245 (the stored copies break off in the following subsection); sponsor line and line numbers removed."

# ---------------------------------------------------------------- GENUINE
P("mixed", HB3020, HB905_TO_D, [
    ("AN ACT relating to the identification and detention of certain foreign nationals who were not lawfully admitted to the United States or whose lawful status has expired.",
     "AN ACT relating to verifying the immigration status of certain defendants confined in correctional facilities.",
     N, ["status_inquiry"], "The caption changes; it describes the bill and sets no rule."),
    ("IDENTIFICATION AND DETENTION OF CERTAIN FOREIGN NATIONALS.",
     "SHERIFF OR OTHER OFFICER TO DETERMINE IMMIGRATION STATUS OF CERTAIN DEFENDANTS.",
     N, ["status_inquiry"], "The article heading is renamed; headings carry no operative rule."),
    ("", "(a) In this article, \"intoxication offense\" means an offense under Section 49.04, 49.045, 49.05, 49.06, 49.065, 49.07, or 49.08, Penal Code.",
     N, ["status_inquiry"], "A definition is added (and the subsections renumbered) so that the narrowed scope in (b) can refer to intoxication offenses; the narrowing itself is the next change."),
    ("in which a defendant is confined shall immediately", "in which a defendant is confined awaiting trial for a felony or an intoxication offense shall immediately",
     L, ["status_inquiry"], "The jail's nationality check no longer covers every confined defendant, only those awaiting trial for a felony or an intoxication offense."),
    ("the sheriff or other officer shall contact the Law Enforcement Support Center",
     "the sheriff or other officer, not later than 48 hours after the defendant is received at the correctional facility, shall contact the Law Enforcement Support Center",
     E, ["ice_cooperation", "status_inquiry"], "A 48-hour deadline is added to the duty to contact DHS's Law Enforcement Support Center, making the jail's referral to federal immigration authorities prompter and stricter."),
], "GENUINE (successive bills proposing the same article, not one bill's editions): Texas Code of Criminal Procedure art. 2.245 as proposed by OLD = H.B. 3020, 80th Leg. R.S. (2007), Harper-Brown, introduced, "
   + CAP + "80R/billtext/html/HB03020I.htm (through subsection (c); its (d)-(e) omitted because the stored copy breaks off in (e)); NEW = H.B. 905, 80th Leg. R.S. (2007), Zedler, introduced, "
   + CAP + "80R/billtext/html/HB00905I.htm (through subsection (d); the stored copy breaks off in (e)). Sponsor lines and line numbers removed.")

P("definition_change", HB905_TO_C, HB4485, [
    ("AN ACT relating to verifying the immigration status of certain defendants confined in correctional facilities.",
     "AN ACT relating to the identification of certain defendants as foreign nationals who were not lawfully admitted to the United States or whose lawful status has expired and to their release on bail.",
     N, ["status_inquiry"], "The caption changes (the later bill also deals with bail in subsections not shown); no rule in the shown text changes."),
    ("In this article, \"intoxication offense\" means an offense under Section 49.04, 49.045, 49.05, 49.06, 49.065, 49.07, or 49.08, Penal Code.",
     "In this section, \"intoxication offense\" means an offense under Section 49.04, 49.05, 49.06, or 49.065, Penal Code.",
     N, ["status_inquiry"], "Sections 49.045, 49.07 and 49.08 (DWI with a child passenger, intoxication assault, intoxication manslaughter) are all felonies, so defendants awaiting trial for them are still covered by 'a felony' in (b); the scope is unchanged."),
    ("on receipt of the defendant, make a reasonable effort to determine the defendant's nationality.",
     "on receiving the defendant, make a reasonable effort to determine the defendant's citizenship status.",
     N, ["status_inquiry"], "'Nationality' becomes 'citizenship status' and 'on receipt of' becomes 'on receiving'; the same check of whether the defendant is a foreign national."),
], "GENUINE (successive bills): Texas Code of Criminal Procedure art. 2.245 as proposed by OLD = H.B. 905, 80th Leg. R.S. (2007), Zedler, introduced, "
   + CAP + "80R/billtext/html/HB00905I.htm; NEW = H.B. 4485, 81st Leg. R.S. (2009), Howard of Fort Bend, introduced, https://app.legiplex.com/tx/legislature/2009/81-0/bills/hb4485/drafts-compare." + CUT_C)

P("definition_change", HB4485, HB875, [
    ("49.04, 49.05, 49.06, or 49.065", "49.04, 49.045, 49.05, 49.06, or 49.065",
     N, ["status_inquiry"], "Section 49.045 (DWI with a child passenger) is a state jail felony, already covered by 'a felony' in (b), so adding it to the intoxication-offense list does not widen the check."),
], "GENUINE (successive bills): Texas Code of Criminal Procedure art. 2.245 as proposed by OLD = H.B. 4485, 81st Leg. R.S. (2009), introduced, https://app.legiplex.com/tx/legislature/2009/81-0/bills/hb4485/drafts-compare; NEW = H.B. 875, 82nd Leg. R.S. (2011), introduced, "
   + CAP + "82R/billtext/html/HB00875I.htm (same caption)." + CUT_C)

P("scope_change", HB905_TO_C, SB2584_CR, [
    ("AN ACT relating to verifying the immigration status of certain defendants confined in correctional facilities.",
     "AN ACT relating to the reporting of certain felons incarcerated in Texas jails to federal authorities.",
     N, ["status_inquiry"], "The caption changes; it sets no rule."),
    ("(a) In this article, \"intoxication offense\" means an offense under Section 49.04, 49.045, 49.05, 49.06, 49.065, 49.07, or 49.08, Penal Code.",
     "(a) This article applies only to a conviction of a felony under:",
     L, ["status_inquiry"], "The article is confined to convictions for felonies in six listed titles and chapters instead of reaching intoxication offenses and all felonies."),
    ("in which a defendant is confined awaiting trial for a felony or an intoxication offense shall immediately, on receipt of the defendant, make a reasonable effort to determine the defendant's nationality.",
     "as defined by Section 1.07, Penal Code, shall immediately, on receiving a defendant who has been convicted of a felony to which this article applies, make a reasonable effort to determine the defendant's citizenship status.",
     L, ["status_inquiry"], "The jail no longer checks pretrial defendants; only defendants already convicted of a listed felony are checked."),
], "GENUINE (successive bills): Texas Code of Criminal Procedure art. 2.245 as proposed by OLD = H.B. 905, 80th Leg. R.S. (2007), introduced, "
   + CAP + "80R/billtext/html/HB00905I.htm; NEW = S.B. 2584, 81st Leg. R.S. (2009), Patrick, committee report (reported favorably May 14, 2009), " + LGX + "draft-1672767 (the committee-report header omitted)." + CUT_C)

P("restated", SB2584_INTRO, SB2584_CR, [
    ("the reporting of felons incarcerated", "the reporting of certain felons incarcerated",
     N, ["status_inquiry"], "The caption adds 'certain'; it sets no rule."),
    ("1. TITLE 5, Penal Code;\n\n2. TITLE 6, Penal Code;\n\n3. TITLE 7, Penal Code;\n\n4. TITLE 9, Chapter 43, Penal Code;\n\n5. TITLE 10, Chapter 46, Penal Code; or,\n\n6. Ch. 481, Health and Safety Code.",
     "(1) Title 5, Penal Code;\n\n(2) Title 6, Penal Code;\n\n(3) Title 7, Penal Code;\n\n(4) Chapter 43, Penal Code;\n\n(5) Chapter 46, Penal Code; or\n\n(6) Chapter 481, Health and Safety Code.",
     N, ["status_inquiry"], "The list of covered felonies is renumbered in drafting style and 'TITLE 9,' / 'TITLE 10,' dropped before the chapters they contain; the same six groups of felonies."),
], "GENUINE (two editions of one bill): Texas S.B. 2584, 81st Leg. R.S. (2009), Patrick, proposed Code of Criminal Procedure art. 2.245. OLD = introduced version, " + LGX + "draft-1672762; NEW = committee report, " + LGX + "draft-1672767." + CUT_C)

P("scope_change", SB2584_CR, SB2584_ENG, [
    ("make a reasonable effort to determine the defendant's citizenship status.",
     "make a reasonable effort to determine the defendant's citizenship status from documents in the defendant's possession.",
     L, ["status_inquiry", "document_requests"], "The sheriff's own citizenship determination is confined to documents the defendant carries, so the jail's inquiry is narrower (no open-ended investigation of status)."),
    ("make a reasonable effort to verify that:", "make a reasonable effort to verify from documents in the defendant's possession that:",
     L, ["status_inquiry", "document_requests"], "The sheriff's own verification of lawful admission and status is likewise limited to documents in the defendant's possession."),
], "GENUINE (two editions of one bill): Texas S.B. 2584, 81st Leg. R.S. (2009), proposed Code of Criminal Procedure art. 2.245. OLD = committee report, " + LGX + "draft-1672767; NEW = engrossed version as shown on "
   + LGX + "drafts-compare (its wording 'from documents in the defendant's possession' in (b) and (c) confirmed by the LBB fiscal note 'As Engrossed', May 20, 2009, " + LGX + "draft-1672773)." + CUT_C)

P("mixed", SB279_INTRO, CUR_AD, [
    ("", "(a) In this section, \"illegal criminal alien\" means an alien who has been convicted of a felony and is in the custody of the state and who:",
     N, ["status_inquiry"], "The new defined term supplies the category used below; its effect is counted where (b) and (d) use it."),
    ("reasonably ascertain United States citizenship.", "reasonably ascertain whether or not the person is an illegal criminal alien.",
     L, ["status_inquiry"], "The department now identifies only inmates who may be 'illegal criminal aliens' (defined classes of unlawfully present felons) rather than every inmate whose U.S. citizenship it cannot confirm."),
    ("a transfer facility", "", L, ["status_inquiry"], "Inmates in transfer facilities drop out of the identification duty."),
    ("", "a substance abuse treatment facility", E, ["status_inquiry"], "Inmates in substance abuse treatment facilities are added to the identification duty."),
    ("In attempting to ascertain whether an inmate is not a citizen of the United States", "In attempting to ascertain whether an inmate is an illegal criminal alien",
     N, ["status_inquiry"], "The evidence rule follows the new defined term; the sources the department may use are the same."),
    ("notify the Immigration and Naturalization Service of any inmate determined by the department to be an undocumented alien",
     "notify the United States Immigration and Naturalization Service of any inmate determined by the department to be an illegal criminal alien",
     N, ["information_sharing", "ice_cooperation"], "The duty to notify the federal immigration service promptly is kept; 'undocumented alien' becomes the defined term."),
    ("request the assistance of the Immigration and Naturalization Service in determining the citizenship of any inmate for whom the department cannot definitively determine United States citizenship.",
     "request the assistance of the Immigration and Naturalization Service, if necessary, in determining whether or not the person is an illegal criminal alien.",
     L, ["ice_cooperation", "status_inquiry"], "Requests for federal help become conditional ('if necessary') and limited to the illegal-criminal-alien question instead of every unconfirmed citizenship."),
], "GENUINE (bill as introduced and the section as now in force): Texas Government Code § 493.015 (Texas Department of Criminal Justice). OLD = S.B. 279, 74th Leg. R.S. (1995), Brown, introduced, proposed § 493.015(a)-(c), "
   + CAP + "74R/billtext/html/SB00279I.htm (bill caption and SECTION 1 enacting line omitted; the bill's (d) on a deportation system omitted because the stored copy breaks off in it); NEW = § 493.015(a)-(d) as currently codified, https://texas.public.law/statutes/tex._gov't_code_section_493.015 and https://instalawyer.io/laws/texas-statutes/section-493015-identification-of-deportable (cut before (e)).")

P("scope_change", SB279_ENG_AB, CUR_AB, [
    ("a transfer facility, ", "", L, ["status_inquiry"], "Transfer facilities are removed from the places whose inmates the department must screen for illegal-criminal-alien status (the removal probably tracks the later abolition of transfer facilities, but read as text it narrows the duty)."),
], "GENUINE (engrossed bill and the section as now in force): Texas Government Code § 493.015(a)-(b). OLD = S.B. 279, 74th Leg. R.S. (1995), Brown/Madla, Harris/Lucio, engrossed, "
   + CAP + "74R/billtext/html/SB00279E.htm; NEW = current text, https://texas.public.law/statutes/tex._gov't_code_section_493.015. Both cut at the end of (b) (the stored engrossed copy breaks off in (c)).")

# ---------------------------------------------------------------- CONSTRUCTED: Texas Gov't Code 493.015
SRC493 = ("CONSTRUCTED: OLD = real text, Texas Government Code § 493.015(a)-(d) (Texas Department of Criminal Justice, 'Identification of Deportable Aliens'), current text, "
          "https://texas.public.law/statutes/tex._gov't_code_section_493.015 (cut before (e)). NEW = OLD with an edit written for this set: ")
P("list_item_added", CUR_AD, apply(CUR_AD, [
    ("alien's status; or\n\n(3)", "alien's status;\n\n(3)"),
    ("(8 U.S.C. Section 1365).", "(8 U.S.C. Section 1365); or\n\n(4) is otherwise unlawfully present in the United States under federal law."),
]), [
    ("", "(4) is otherwise unlawfully present in the United States under federal law.", E, ["status_inquiry", "information_sharing"],
     "A catch-all item widens 'illegal criminal alien', so more inmates must be identified and reported to the federal immigration service."),
    ("alien's status; or", "alien's status;", N, ["status_inquiry"], "The 'or' moves from item (2) to item (3) because an item now follows; drafting only."),
], SRC493 + "a new item (4) ('is otherwise unlawfully present in the United States under federal law') added to the definition in (a), with the 'or' moved from (2) to (3).")

P("modal_change", CUR_AD, apply(CUR_AD, [("(d) The department shall promptly notify", "(d) The department may notify")]), [
    ("The department shall promptly notify", "The department may notify", L, ["information_sharing", "ice_cooperation"],
     "The mandatory, prompt notice to the federal immigration service becomes discretionary."),
], SRC493 + "'shall promptly notify' in (d) replaced by 'may notify'.")

P("exception_added", CUR_AD, apply(CUR_AD, [("to be an illegal criminal alien and request", "to be an illegal criminal alien, other than an inmate who is cooperating as a victim or witness in a pending criminal prosecution, and request")]), [
    ("", ", other than an inmate who is cooperating as a victim or witness in a pending criminal prosecution,", L, ["information_sharing", "ice_cooperation"],
     "An exception exempts cooperating victims and witnesses from the department's duty to report them to the federal immigration service."),
], SRC493 + "an exception for inmates cooperating as victims or witnesses in a pending prosecution inserted into the notification duty in (d).")

P("restated", CUR_AD, apply(CUR_AD, [(G_C,
    "(c) The department may consider a statement of noncitizenship made by the inmate to the department, or any information in the criminal history record information maintained on the inmate, in attempting to ascertain whether an inmate is an illegal criminal alien. That information includes information developed in presentence investigation reports that may reflect place of birth, registration with the Social Security Administration, or work history.")]), [
    ("In attempting to ascertain whether an inmate is an illegal criminal alien, the department may take into account a statement of noncitizenship made to the department by the inmate or any information in the criminal history record information maintained on the inmate, including information",
     "The department may consider a statement of noncitizenship made by the inmate to the department, or any information in the criminal history record information maintained on the inmate, in attempting to ascertain whether an inmate is an illegal criminal alien. That information includes information",
     N, ["status_inquiry"], "Subsection (c) is reordered and split into two sentences; the department may use the same sources for the same purpose."),
], SRC493 + "subsection (c) reworded (clauses reordered, 'take into account' -> 'consider', sentence split); no change of substance intended.")

P("definition_change", CUR_AD, apply(CUR_AD, [("an alien who has been convicted of a felony and is in the custody", "an alien who has been convicted of a felony or a Class A misdemeanor and is in the custody")]), [
    ("convicted of a felony and is in the custody", "convicted of a felony or a Class A misdemeanor and is in the custody", E, ["status_inquiry", "information_sharing"],
     "Class A misdemeanants in state custody now fall within 'illegal criminal alien', so more inmates are screened and reported."),
], SRC493 + "'or a Class A misdemeanor' added to the definition in (a).")

P("list_item_removed", CUR_AD, apply(CUR_AD, [
    ("alien's status; or\n\n(3) is a Marielito Cuban as defined in Section 501, Immigration Reform and Control Act of 1986 (8 U.S.C. Section 1365).", "alien's status."),
]), [
    ("\n\n(3) is a Marielito Cuban as defined in Section 501, Immigration Reform and Control Act of 1986 (8 U.S.C. Section 1365).", "", L, ["status_inquiry", "information_sharing"],
     "Item (3) is deleted from the definition, so Marielito Cubans are no longer identified and reported as illegal criminal aliens."),
    ("alien's status; or", "alien's status.", N, ["status_inquiry"], "Punctuation follows the deletion of the last item."),
], SRC493 + "item (3) (Marielito Cubans) deleted from the definition in (a); item (2) now ends the list.")

P("scope_change", CUR_AD, apply(CUR_AD, [("or a county jail awaiting transfer to the institutional division and", "a county jail awaiting transfer to the institutional division, or the supervision of the pardons and paroles division and")]), [
    ("or a county jail awaiting transfer to the institutional division and", "a county jail awaiting transfer to the institutional division, or the supervision of the pardons and paroles division and",
     E, ["status_inquiry"], "People on parole or mandatory supervision are added to those the department must screen for illegal-criminal-alien status."),
], SRC493 + "persons under the supervision of the pardons and paroles division added to the identification duty in (b).")

# ---------------------------------------------------------------- CONSTRUCTED: Texas art. 2.245 (H.B. 905)
SRC905 = ("CONSTRUCTED: OLD = real text, Texas H.B. 905, 80th Leg. R.S. (2007), Zedler, introduced, proposed Code of Criminal Procedure art. 2.245 (sheriff to determine immigration status of certain defendants), "
          + CAP + "80R/billtext/html/HB00905I.htm, through subsection (d) (the stored copy breaks off in (e)). NEW = OLD with an edit written for this set: ")
P("exception_added", HB905_TO_D, apply(HB905_TO_D, [("make a reasonable effort to determine the defendant's nationality.", "make a reasonable effort to determine the defendant's nationality. This subsection does not apply to a defendant confined solely for an intoxication offense that is a Class B misdemeanor.")]), [
    ("", "This subsection does not apply to a defendant confined solely for an intoxication offense that is a Class B misdemeanor.", L, ["status_inquiry"],
     "An exception removes first-offense (Class B) DWI defendants from the jail's nationality check."),
], SRC905 + "an exception for defendants held only for a Class B misdemeanor intoxication offense added at the end of (b).")

P("scope_change", HB905_TO_D, apply(HB905_TO_D, [("awaiting trial for a felony or an intoxication offense", "awaiting trial for a felony, a Class A misdemeanor, or an intoxication offense")]), [
    ("awaiting trial for a felony or an intoxication offense", "awaiting trial for a felony, a Class A misdemeanor, or an intoxication offense", E, ["status_inquiry"],
     "Defendants awaiting trial for Class A misdemeanors are added to those whose nationality the jail must check."),
], SRC905 + "'a Class A misdemeanor' added to the offenses in (b).")

P("rule_added", HB905_TO_D, HB905_TO_D + "\n\n(e) If the Department of Homeland Security requests that a defendant whose immigration status could not be verified be held, the sheriff or other officer shall hold the defendant for not more than 48 hours after the time the defendant would otherwise be released.", [
    ("", "(e) If the Department of Homeland Security requests that a defendant whose immigration status could not be verified be held, the sheriff or other officer shall hold the defendant for not more than 48 hours after the time the defendant would otherwise be released.",
     E, ["detainers_holds", "ice_cooperation"], "A new subsection obliges the jail to honor DHS hold requests for up to 48 hours past release."),
], SRC905 + "a new subsection (e) requiring a hold of up to 48 hours at DHS's request added after (d).")

P("double_negation", HB905_TO_D, HB905_TO_D + "\n\n(e) Nothing in this article prohibits the sheriff or other officer from inquiring into the immigration status of any other defendant confined in the correctional facility.", [
    ("", "(e) Nothing in this article prohibits the sheriff or other officer from inquiring into the immigration status of any other defendant confined in the correctional facility.",
     E, ["status_inquiry"], "The 'nothing prohibits' clause expressly allows status questioning of defendants outside the felony and intoxication categories, so inquiry may reach every inmate."),
], SRC905 + "a new subsection (e), 'Nothing in this article prohibits ... inquiring into the immigration status of any other defendant', added after (d).")

P("rule_added", HB905_TO_D, apply(HB905_TO_D, [("to verify the defendant's immigration status.", "to verify the defendant's immigration status, and shall provide that office or agency with the defendant's fingerprints, booking photograph, and scheduled court dates.")]), [
    ("", ", and shall provide that office or agency with the defendant's fingerprints, booking photograph, and scheduled court dates", E, ["information_sharing", "ice_cooperation"],
     "The jail must now also send DHS the defendant's fingerprints, photograph and court dates."),
], SRC905 + "a duty to send fingerprints, booking photograph and court dates to DHS added at the end of (d).")

# ---------------------------------------------------------------- CONSTRUCTED: Arizona DOC DI #275
SRCAZ = ("CONSTRUCTED: OLD = real text, Arizona Department of Corrections, Director's Instruction #275 'TR/CSBD and Half Deport Criminal Alien Release' (Charles L. Ryan, April 26, 2016; rescinds DI 275 of January 7, 2010), memorandum header, opening paragraph and INTAKE PROCESSES 1.1-1.3.2, "
         "transcription at https://wixlib.com/document/c643_arizona-department-of-corrections-director-s-office.html (run-together words re-spaced; the misplaced '1.4' label before 1.3.1 dropped; cut before 1.4 because the copy breaks off there). NEW = OLD with an edit written for this set: ")
P("modal_change", AZ, apply(AZ, [("needed, the Department shall contact ICE", "needed, the Department may contact ICE")]), [
    ("the Department shall contact ICE", "the Department may contact ICE", L, ["ice_cooperation", "status_inquiry"],
     "Contacting ICE about an inmate whose status is unknown becomes optional instead of required."),
], SRCAZ + "'shall contact ICE' in 1.3 replaced by 'may contact ICE'.")

P("double_negation", AZ, apply(AZ, [("1.3.1 The Department shall not attempt to substitute its own determination of the Criminal Alien’s immigration status independent of a finding from ICE.",
                                     "1.3.1 Nothing in this Director’s Instruction shall prevent the Department from making its own determination of the Criminal Alien’s immigration status independent of a finding from ICE.")]), [
    ("The Department shall not attempt to substitute its own determination of the Criminal Alien’s immigration status independent of a finding from ICE.",
     "Nothing in this Director’s Instruction shall prevent the Department from making its own determination of the Criminal Alien’s immigration status independent of a finding from ICE.",
     E, ["status_inquiry", "enforcement_authority"], "A prohibition on the Department deciding immigration status itself becomes a 'nothing shall prevent' permission to do so."),
], SRCAZ + "1.3.1 rewritten from 'shall not attempt to substitute its own determination' to 'Nothing ... shall prevent the Department from making its own determination'.")

P("approval_added", AZ, apply(AZ, [("needed, the Department shall contact ICE", "needed, the Department shall, with the approval of the Offender Operations Administrator, contact ICE")]), [
    ("the Department shall contact ICE", "the Department shall, with the approval of the Offender Operations Administrator, contact ICE", L, ["supervisor_approval", "ice_cooperation"],
     "Contact with ICE about an inmate now needs an administrator's prior approval."),
], SRCAZ + "'with the approval of the Offender Operations Administrator' inserted into the ICE-contact duty in 1.3.")

P("rule_added", AZ, apply(AZ, [("Department staff shall update the Criminal Alien’s AIMS information.", "Department staff shall update the Criminal Alien’s AIMS information.\n\n1.2.1 Department staff shall give ICE access to the Criminal Alien’s institutional file and shall make the Criminal Alien available for interview by ICE during intake.")]), [
    ("", "1.2.1 Department staff shall give ICE access to the Criminal Alien’s institutional file and shall make the Criminal Alien available for interview by ICE during intake.",
     E, ["information_sharing", "ice_cooperation"], "A new rule opens inmate files to ICE and makes inmates available for ICE interviews at intake."),
], SRCAZ + "new paragraph 1.2.1 (ICE access to institutional files and intake interviews) added after 1.2.")

P("reparagraphed", AZ, apply(AZ, [
    ("as outlined by Department Orders. Should the Criminal", "as outlined by Department Orders.\n\nShould the Criminal"),
    ("supplemental information.\n\n1.3.1 The Department", "supplemental information. 1.3.1 The Department"),
]), [
    ("as outlined by Department Orders. Should the Criminal", "as outlined by Department Orders.\n\nShould the Criminal", N, ["information_sharing"],
     "1.2 is split into two paragraphs; the same words and the same duties."),
    ("supplemental information.\n\n1.3.1 The Department", "supplemental information. 1.3.1 The Department", N, ["status_inquiry"],
     "1.3.1 is run into the paragraph of 1.3; the same words and the same prohibition."),
], SRCAZ + "paragraph breaks moved only: 1.2 split before 'Should the Criminal Alien’s immigration status change', and 1.3.1 joined to 1.3. No words changed.")

P("rule_added", AZ, AZ + "\n\n1.3.3 Staff shall not question a Criminal Alien about his or her immigration status or place of birth on behalf of ICE unless the Criminal Alien has first been advised in writing that he or she may decline to answer.", [
    ("", "1.3.3 Staff shall not question a Criminal Alien about his or her immigration status or place of birth on behalf of ICE unless the Criminal Alien has first been advised in writing that he or she may decline to answer.",
     L, ["status_inquiry", "ice_cooperation"], "A new prohibition bars staff from questioning inmates about status for ICE unless they were first told in writing they may refuse."),
], SRCAZ + "new paragraph 1.3.3 (no status questioning for ICE without a written advisal) added at the end.")

P("scope_change", AZ, apply(AZ, [("contact ICE regarding the Criminal Alien and obtain", "contact ICE regarding the Criminal Alien and any other inmate born outside the United States and obtain")]), [
    ("contact ICE regarding the Criminal Alien and obtain", "contact ICE regarding the Criminal Alien and any other inmate born outside the United States and obtain",
     E, ["information_sharing", "ice_cooperation"], "The Department's duty to contact ICE is extended to every foreign-born inmate, not only identified Criminal Aliens."),
], SRCAZ + "'and any other inmate born outside the United States' added to the ICE-contact duty in 1.3.")

P("cross_clause", AZ, AZ + "\n\n1.3.3 Paragraphs 1.2 and 1.3 do not apply to an inmate who has been granted lawful permanent resident status or asylum, and staff shall not record that inmate’s immigration status in AIMS or report it to ICE.", [
    ("", "1.3.3 Paragraphs 1.2 and 1.3 do not apply to an inmate who has been granted lawful permanent resident status or asylum, and staff shall not record that inmate’s immigration status in AIMS or report it to ICE.",
     L, ["information_sharing", "ice_cooperation"], "A later paragraph carves permanent residents and asylees out of the recording and ICE-contact rules in 1.2 and 1.3."),
], SRCAZ + "new paragraph 1.3.3 that exempts permanent residents and asylees from 1.2 and 1.3 added at the end.")

P("rule_removed", AZ, apply(AZ, [("\n\n1.3.1 The Department shall not attempt to substitute its own determination of the Criminal Alien’s immigration status independent of a finding from ICE.", "")]), [
    ("1.3.1 The Department shall not attempt to substitute its own determination of the Criminal Alien’s immigration status independent of a finding from ICE.", "",
     E, ["status_inquiry", "enforcement_authority"], "Deleting the bar on the Department making its own immigration-status determinations leaves staff free to decide status without ICE."),
], SRCAZ + "paragraph 1.3.1 deleted (1.3.2 keeps its number).")

# ---------------------------------------------------------------- CONSTRUCTED: CDCR DOM 62070.10.2
SRCCD = ("CONSTRUCTED: OLD = real text, California Department of Corrections and Rehabilitation, Department Operations Manual § 62070.10.2 'Immigration and Customs Enforcement Hold, Warrant, or Detainer' (Revised September 19, 2024), "
         "https://www.cdcr.ca.gov/operations-manual/dom/chapter-6-adult-classification/article-11-temporary-removals/62070-10-2-usins-holds/ (abbreviations 'HWD' and 'PC' as in the page source, https://www.cdcr.ca.gov/operations-manual/wp-json/wp/v2/dom/11278; the rendered page repeats each abbreviation's tooltip; bullets written as '- '; cut after the fifth bullet). NEW = OLD with an edit written for this set: ")
P("exception_added", CD, apply(CD, [("shall not be retained beyond their scheduled date of release.", "shall not be retained beyond their scheduled date of release, unless ICE has requested in writing that the incarcerated person be held for up to 48 hours to permit transfer.")]), [
    ("", ", unless ICE has requested in writing that the incarcerated person be held for up to 48 hours to permit transfer", E, ["detainers_holds"],
     "An exception lets the department keep a person up to 48 hours past release whenever ICE asks in writing."),
], SRCCD + "an exception for written ICE requests (hold up to 48 hours) added to the no-retention bullet.")

P("modal_change", CD, apply(CD, [("an incarcerated person with an ICE HWD may be released to ICE prior", "an incarcerated person with an ICE HWD shall be released to ICE prior")]), [
    ("may be released to ICE prior to their scheduled release date", "shall be released to ICE prior to their scheduled release date", E, ["ice_cooperation", "detainers_holds"],
     "Early release into ICE custody becomes mandatory instead of permitted."),
], SRCCD + "'may be released to ICE' replaced by 'shall be released to ICE' in the PC 4755(a) bullet.")

P("list_item_removed", CD, apply(CD, [("\n\n- An incarcerated person with an ICE HWD shall not be retained beyond their scheduled date of release.", "")]), [
    ("- An incarcerated person with an ICE HWD shall not be retained beyond their scheduled date of release.", "", E, ["detainers_holds"],
     "The bullet forbidding retention past the release date on an ICE HWD is deleted, removing the bar on detainer holds."),
], SRCCD + "the bullet 'An incarcerated person with an ICE HWD shall not be retained beyond their scheduled date of release.' deleted.")

P("definition_change", CD, apply(CD, [("Enforcement (ICE) Hold, Warrant, or Detainer (HWD) shall", "Enforcement (ICE) warrant signed by a federal judge or magistrate (HWD) shall")]), [
    ("Enforcement (ICE) Hold, Warrant, or Detainer (HWD)", "Enforcement (ICE) warrant signed by a federal judge or magistrate (HWD)", L, ["detainers_holds", "ice_cooperation"],
     "What counts as an 'HWD' shrinks from any ICE hold, warrant or detainer to judicial warrants, so releases to ICE under this section need a judge-signed warrant."),
], SRCCD + "the defined term 'HWD' in the list stem narrowed from 'Hold, Warrant, or Detainer' to 'warrant signed by a federal judge or magistrate'.")

P("cross_clause", CD, CD + "\n\nNotwithstanding any other provision of this section, an incarcerated person whose ICE HWD is accompanied by an ICE administrative warrant (Form I-200 or I-205) may be retained for up to 48 hours after the scheduled date of release to permit transfer to ICE.", [
    ("", "Notwithstanding any other provision of this section, an incarcerated person whose ICE HWD is accompanied by an ICE administrative warrant (Form I-200 or I-205) may be retained for up to 48 hours after the scheduled date of release to permit transfer to ICE.",
     E, ["detainers_holds"], "A closing 'notwithstanding' paragraph overrides the no-retention bullet for persons with an ICE administrative warrant."),
], SRCCD + "a closing 'Notwithstanding' paragraph allowing 48-hour retention on an ICE administrative warrant added after the bullets.")

P("reparagraphed", CD, apply(CD, [
    ("prior to their scheduled release date.\n\n- An incarcerated person", "prior to their scheduled release date. An incarcerated person"),
]), [
    ("prior to their scheduled release date.\n\n- An incarcerated person", "prior to their scheduled release date. An incarcerated person", N, ["detainers_holds"],
     "Two bullets are merged into one; the same words, so early release to ICE stays permitted and retention past the release date stays barred."),
], SRCCD + "the PC 4755(a) bullet and the no-retention bullet merged into one bullet (bullet mark removed); no words changed.")

P("approval_added", CD, apply(CD, [("- Release the incarcerated persons or supervised persons to the ICE officials within", "- With the approval of the Classification and Parole Representative, release the incarcerated persons or supervised persons to the ICE officials within")]), [
    ("- Release the incarcerated persons", "- With the approval of the Classification and Parole Representative, release the incarcerated persons", L, ["supervisor_approval", "ice_cooperation"],
     "Handing a person to ICE officials before the release date now requires a named official's approval."),
], SRCCD + "'With the approval of the Classification and Parole Representative' added to the first bullet.")

P("rule_added", CD, apply(CD, [("are to be given reporting instructions and released to parole", "are to be given reporting instructions and, after staff have notified the ICE officials of the date, time and place of release, released to parole")]), [
    ("are to be given reporting instructions and released to parole", "are to be given reporting instructions and, after staff have notified the ICE officials of the date, time and place of release, released to parole",
     E, ["information_sharing", "ice_cooperation"], "Before releasing someone ICE did not pick up, staff must first tell ICE when and where the release happens."),
], SRCCD + "a duty to notify ICE of the date, time and place of release inserted in the last bullet.")

# ---------------------------------------------------------------- CONSTRUCTED: CDCR DOM 72040.13
SRCNF = ("CONSTRUCTED: OLD = real text, California Department of Corrections and Rehabilitation, Department Operations Manual § 72040.13 'Notification to Filing Authorities' (Chapter 7, Article 6 Detainers; page of 2024-08-21), "
         "https://www.cdcr.ca.gov/operations-manual/wp-json/wp/v2/dom/32512 (bullets written as '- '; cut after the fifth bullet because the stored copy ends there). NEW = OLD with an edit written for this set: ")
P("exception_removed", NF, apply(NF, [("\n\n- Notification to ICE shall only occur 15 to 30 days prior to release.", "")]), [
    ("- Notification to ICE shall only occur 15 to 30 days prior to release.", "", E, ["information_sharing", "ice_cooperation"],
     "Without the ICE-specific rule, ICE is notified like any other filing agency, 90 days before release."),
], SRCNF + "the bullet 'Notification to ICE shall only occur 15 to 30 days prior to release.' deleted.")

P("scope_change", NF, apply(NF, [("Notification to ICE shall only occur 15 to 30 days prior to release.", "Notification to ICE shall only occur 15 to 30 days prior to release, and only if the ICE detainer is accompanied by a warrant signed by a federal judge.")]), [
    ("", ", and only if the ICE detainer is accompanied by a warrant signed by a federal judge", L, ["information_sharing", "detainers_holds"],
     "ICE is told of a release only when its detainer comes with a judicial warrant."),
], SRCNF + "a judicial-warrant condition added to the ICE notification bullet.")

P("neutral_rewrite", NF, apply(NF, [
    ("- Each agency that filed a detainer against an incarcerated person shall be notified of the incarcerated person’s pending release or parole 90 days prior to the tentative release date.",
     "- Ninety days before the tentative release date, the department shall notify each agency that filed a detainer against an incarcerated person of the person’s pending release or parole."),
    ("- Notification to ICE shall only occur 15 to 30 days prior to release.", "- ICE shall be notified no earlier than 30 days and no later than 15 days before release."),
]), [
    ("Each agency that filed a detainer against an incarcerated person shall be notified of the incarcerated person’s pending release or parole 90 days prior to the tentative release date.",
     "Ninety days before the tentative release date, the department shall notify each agency that filed a detainer against an incarcerated person of the person’s pending release or parole.",
     N, ["information_sharing"], "Passive voice becomes active; the same 90-day notice to filing agencies."),
    ("Notification to ICE shall only occur 15 to 30 days prior to release.", "ICE shall be notified no earlier than 30 days and no later than 15 days before release.",
     N, ["information_sharing", "ice_cooperation"], "The same 15-to-30-day window for notifying ICE, expressed as earliest and latest dates."),
], SRCNF + "the first two bullets reworded (active voice; the ICE window stated as 'no earlier than 30 days and no later than 15 days'); no change of substance intended.")

P("list_item_added", NF, NF + "\n\n- When ICE has placed a detainer, the department shall, upon request, provide ICE with the incarcerated person’s central file and current housing location.", [
    ("", "- When ICE has placed a detainer, the department shall, upon request, provide ICE with the incarcerated person’s central file and current housing location.",
     E, ["information_sharing", "ice_cooperation"], "A new bullet requires the department to hand ICE the central file and housing location on request."),
], SRCNF + "a new last bullet on giving ICE the central file and housing location added.")

P("exception_to_exception", NF, apply(NF, [("Notification to ICE shall only occur 15 to 30 days prior to release.", "Notification to ICE shall only occur 15 to 30 days prior to release, except that ICE may be notified at any time when the incarcerated person has been convicted of a serious or violent felony.")]), [
    ("", ", except that ICE may be notified at any time when the incarcerated person has been convicted of a serious or violent felony", E, ["information_sharing", "ice_cooperation"],
     "The ICE bullet is itself an exception to the 90-day notice rule; an exception to that exception lets staff tell ICE at any time about serious or violent felons."),
], SRCNF + "an exception for serious or violent felons added to the ICE notification bullet.")

P("exception_changed", NF, apply(NF, [("the initial offer of custody shall be to the agency holding the prison term detainer.", "the initial offer of custody shall be to the agency holding the prison term detainer or, if none, to ICE.")]), [
    ("the initial offer of custody shall be to the agency holding the prison term detainer.", "the initial offer of custody shall be to the agency holding the prison term detainer or, if none, to ICE.",
     E, ["detainers_holds", "ice_cooperation"], "The exception to first-come custody now puts ICE ahead of other detainers when no prison-term detainer exists."),
], SRCNF + "'or, if none, to ICE' added to the exception in the third bullet.")

P("list_item_added", NF, apply(NF, [("- Notification to ICE shall only occur 15 to 30 days prior to release.", "- Notification to ICE shall only occur 15 to 30 days prior to release.\n\n- Notification to ICE shall not include the incarcerated person’s home address, family contact information, or post-release residence.")]), [
    ("", "- Notification to ICE shall not include the incarcerated person’s home address, family contact information, or post-release residence.",
     L, ["information_sharing"], "A new bullet keeps home address, family contacts and post-release residence out of what is sent to ICE."),
], SRCNF + "a new bullet limiting the content of ICE notifications added after the ICE bullet.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PAIRS), "pairs written")
