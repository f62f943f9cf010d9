"""Builds ../pairs.jsonl for heldout31 (prefix JH). Real texts are in texts/; constructed NEW sides are made
with lib.apply (each find string must occur exactly once)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import apply, pair_label, check

def T(name):
    return open(os.path.join(HERE, "texts", name), encoding="utf-8").read().strip()

def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

pairs = []
def P(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "JH-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    pairs.append(p)

LA83 = T("la83_new.txt")
LA81 = "PART III. PROHIBITION ON SANCTUARY POLICIES FOR ILLEGAL IMMIGRATION\n\n" + T("la81_new.txt")
LA134 = T("la134_new.txt")
LA1301 = T("la1301_old.txt")
AL1920 = T("al1920.txt")
AL4 = T("al4.txt")
AL32 = T("al32.txt")
TRAVIS = T("travis.txt")
DCSO = T("dcso.txt")
TN = T("tn768.txt")
GA = T("gasb21.txt")

SRC_LA83 = ("La. R.S. 33:83 (Part III, Prohibition on sanctuary policies, enacted 2024), current text from "
            "https://www.legis.la.gov/legis/Law.aspx?d=1389581 (stored copy; cut after C(2) because the copy breaks off in D)")
SRC_LA81 = ("La. R.S. 33:81 definitions, current text from https://legis.la.gov/legis/Law.aspx?d=91567 (stored copy, "
            "with the Part heading; cut after (3)(b)(i) because the copy breaks off in (ii))")
SRC_LA134 = ("La. R.S. 14:134(A)-(B) (malfeasance in office) as amended by SB 15 / Act 399 of 2025, text from "
             "https://legis.la.gov/legis/law.aspx?d=78317 (stored copy; cut after A(6)(a); Subsection B as in the stored "
             "copy of the earlier edition, Act 399 amended only Subsection A)")
SRC_LA1301 = ("La. R.S. 14:130.1(A)(1)-(2) (obstruction of justice) as in force before SB 15 / Act 399 of 2025, text from "
              "https://www.legis.la.gov/Legis/Law.aspx?d=78309 (stored copy; cut after A(2)(e) because the copy breaks off in (3))")
SRC_AL1920 = ("Code of Alabama 31-13-19 and 31-13-20 (Act 2011-535 as amended by Act 2012-491), 'current through the 2024 "
              "Regular Session', text from print.casetext.com pages for sections 31-13-19 and 31-13-20 (stored copies)")
SRC_AL4 = ("Code of Alabama 31-13-4 (Act 2011-535, memorandum of agreement with DHS under 8 U.S.C. 1357(g)), text from "
           "https://instalawyer.io/laws/code-of-alabama/section-31-13-4-memorandum-of (stored copy)")
SRC_AL32 = ("Code of Alabama 31-13-32 (Act 2012-491, s. 5), text from "
            "https://www.lawserver.com/law/state/alabama/al-code/alabama_code_31-13-32 (stored copy; site's 'Terms used' box dropped; "
            "heading line written by me)")
SRC_TRAVIS = ("Travis County (Texas) Sheriff's Office web page 'ICE Detainers FAQs', https://www.tcsheriff.org/inmate-jail-info/ice-detainers-faqs "
              "(stored copy, undated, post-Feb 2017), three questions and answers (PEP, 287(g), place of birth at booking)")
SRC_DCSO = ("Davidson County (Nashville, Tennessee) Sheriff's Office news release 'Davidson County Sheriff's Office ends ICE housing "
            "contract', 29 Oct 2019, https://sheriff.nashville.gov/news-release-sheriffs-office-ends-ice-housing-contract (stored copy; "
            "date line and '###' dropped)")
SRC_TN = ("Tenn. Code Ann. 7-68-101 and 7-68-103 (2018 HB 2315) as in force before the 2025 first extraordinary session, texts from "
          "https://www.lawserver.com/law/state/tennessee/tn-code/tennessee_code_7-68-101 and .../tennessee_code_7-68-103 (stored copies; "
          "site's 'Terms used' boxes dropped; section number lines written by me)")
SRC_GA = ("Georgia SB 21 (2025), Senate Public Safety Committee substitute 25 LC 57 0224S (filed 02/06/2025), title, Section 1 "
          "(new O.C.G.A. 36-80-23(f)) and the opening of Section 2, text from "
          "https://app.legiplex.com/ga/legislature/2025/2025-r/bills/sb21/draft-2056019?id=2056019 (stored copy; line numbers "
          "removed, cut at the opening of Section 2 where the copy breaks off)")

def CONS(base, what):
    return "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (base, what)

# ---------------- GENUINE ----------------
old = T("la134_old.txt")
P("list_item_added", old, LA134, [
    C("committed when any public officer or public employee shall:",
      "committed when any public officer or public employee does any of the following:", "neutral", ["enforcement_authority"],
      "The stem is restyled from 'shall:' to 'does any of the following:'; the listed acts stay the offence."),
    C("(1) Intentionally refuse or fail to perform any duty lawfully required of him, as such officer or employee; or",
      "(1) Intentionally refuses or fails to perform any duty lawfully required of him, as such officer or employee.",
      "neutral", ["enforcement_authority"], "Only the verb form and the trailing 'or' change; the same conduct is covered."),
    C("(2) Intentionally perform any such duty in an unlawful manner; or",
      "(2) Intentionally performs any such duty in an unlawful manner, including violating the provisions of R.S. 32:43 et seq.",
      "neutral", ["enforcement_authority"],
      "Adds a cross-reference to a provision that the visible text does not connect with immigration enforcement."),
    C("", "(5) Knowingly releases a person, following arrest or booking, from state, parish, or local law enforcement custody without providing advance notice to United States Immigration and Customs Enforcement that the law enforcement agency effecting release is aware that the person either illegally entered or unlawfully remained in the United States.",
      "expands_enforcement", ["information_sharing", "ice_cooperation", "detainers_holds"],
      "Makes it a crime for an officer to release a known unlawfully present arrestee without advance notice to ICE, so jails must tell ICE before release."),
    C("", "(6)(a) Takes any official action, fails to perform an official duty, or refuses a lawful request for cooperation submitted by either United States Immigration and Customs Enforcement, United States Customs and Border Protection, or United States Citizenship and Immigration Services with the intent to hinder, delay, prevent, or otherwise interfere, ignore, or thwart federal immigration enforcement efforts.",
      "expands_enforcement", ["ice_cooperation"],
      "Refusing a lawful cooperation request from ICE, CBP or USCIS with intent to thwart enforcement becomes malfeasance, pressing officials to cooperate."),
], "GENUINE: La. R.S. 14:134(A)-(B), malfeasance in office. OLD = edition before the 2025 amendment, verbatim from the stored copy of "
   "https://legis.la.gov/legis/law.aspx?d=78317 (older crawl; history note ends 'Acts 2016, No. 273, s. 1; Ac...'); NEW = edition after "
   "SB 15 of 2025 (Act 399, eff. 1 Aug 2025), verbatim from the later crawl of the same address and from "
   "https://legis.la.gov/Legis/LawPrint.aspx?d=78317. Both cut at the same point: NEW after A(6)(a) (the copy breaks off inside A(6)(b)); "
   "Subsection B is printed in the stored copy of OLD only and is repeated unchanged in NEW because Act 399 amended only Subsection A "
   "(fastdemocracy.com bill record: 'SB15 Act 399: 14:1(A), 14:134(A)'). The R.S. 32:43 reference in A(2) may come from another act "
   "between the two editions.")

P("restated", T("la83_old.txt"), LA83, [
    C("only when he is acting", "only when the person is acting", "neutral", ["ice_cooperation"],
      "Gender-neutral wording; the same officials are covered in the same circumstances."),
    C("representative of the entity or agency shall not prohibit", "representative of the entity or agency, shall not prohibit",
      "neutral", ["information_sharing"], "A comma is added; the prohibition and its list are unchanged."),
], "GENUINE: La. R.S. 33:83(A)-(C), two published editions. OLD = casetext mirror 'Current with operative changes from the 2024 Third "
   "Special Legislative Session', https://d1tvxue8o4w0fl.cloudfront.net/statute/louisiana-revised-statutes/revised-statutes/"
   "title-33-municipalities-and-parishes/.../section-3383-cooperation-federal-immigration-authorities (stored copy; heading line "
   "'Section 33:83 - ...' written as '§83. ...'); NEW = official text at https://www.legis.la.gov/legis/Law.aspx?d=1389581 (stored "
   "copy). Both cut after C(2) (both copies break off in D). Which later act made the wording change is not established; the "
   "order (casetext 2024 = older) is inferred from the casetext currency note and from the companion change to 33:81 (JH-03).")

P("definition_change", T("la81_old.txt"), T("la81_new.txt"), [
    C("", '(1) "Detainee" means an alien in the custody of a law enforcement agency.', "neutral", ["detainers_holds"],
      "A defined term is added for a word the Part already uses; it imposes no duty by itself."),
    C('(1) "Federal immigration agency"', '(2) "Federal immigration agency"', "neutral", ["ice_cooperation"],
      "Renumbering only; the definition's words are unchanged."),
    C('(2)(a) "Immigration detainer"', '(3)(a) "Immigration detainer"', "neutral", ["detainers_holds"],
      "Renumbering only; the detainer definition and its facial-sufficiency test are unchanged."),
], "GENUINE: La. R.S. 33:81, two published editions. OLD = casetext print mirror 'Current with changes from the 2024 Legislative "
   "Session', https://print.casetext.com/statute/louisiana-revised-statutes/.../section-3381-definitions (stored copy; its '(2)' and "
   "'(a)' on separate lines joined as '(2)(a)'); NEW = official text https://legis.la.gov/legis/Law.aspx?d=91567 (stored copy, which "
   "adds 'Detainee'). Both cut after the (i) item of the facial-sufficiency test (both copies break off in (ii)). The amending act "
   "(2025) is not identified.")

# ---------------- CONSTRUCTED: Louisiana 33:83 ----------------
P("list_item_removed", LA83, apply(LA83, [("(4) Using the information to comply with an immigration detainer.\n\n", ""),
                                        ("(5) Using the information to confirm", "(4) Using the information to confirm")]), [
    C("(4) Using the information to comply with an immigration detainer.", "", "limits_enforcement",
      ["detainers_holds", "information_sharing"],
      "Dropping an item from the list that local bodies 'shall not prohibit or in any way restrict' lets them bar use of status information to honor detainers."),
    C("(5) Using the information to confirm", "(4) Using the information to confirm", "neutral", ["information_sharing"],
      "Renumbering of the remaining item."),
], CONS(SRC_LA83, "item B(4) 'Using the information to comply with an immigration detainer.' deleted and (5) renumbered (4)."))

P("list_item_added", LA83, apply(LA83, [("(5) Using the information to confirm the identity of a detainee by a law enforcement agency.",
    "(5) Using the information to confirm the identity of a detainee by a law enforcement agency.\n\n(6) Notifying a federal immigration agency of the date and time of an alien's scheduled release from custody.\n\n(7) Permitting a federal immigration agency to interview a detainee in the custody of a law enforcement agency.")]), [
    C("", "(6) Notifying a federal immigration agency of the date and time of an alien's scheduled release from custody.",
      "expands_enforcement", ["information_sharing", "detainers_holds"],
      "A new item in the 'shall not prohibit or restrict' list bars local policies that stop jails from giving ICE release dates."),
    C("", "(7) Permitting a federal immigration agency to interview a detainee in the custody of a law enforcement agency.",
      "expands_enforcement", ["ice_cooperation"],
      "Local bodies may no longer forbid ICE interviews of people in jail custody."),
], CONS(SRC_LA83, "new items B(6) (release dates to a federal immigration agency) and B(7) (ICE interviews of detainees) added."))

P("modal_change", LA83, apply(LA83, [("A law enforcement agency shall use best efforts to support the enforcement",
                                     "A law enforcement agency may support the enforcement")]), [
    C("A law enforcement agency shall use best efforts to support the enforcement",
      "A law enforcement agency may support the enforcement", "limits_enforcement", ["ice_cooperation"],
      "A duty to use best efforts to support federal immigration enforcement becomes a mere permission."),
], CONS(SRC_LA83, "'shall use best efforts to support' replaced by 'may support' in A."))

P("exception_changed", LA83, apply(LA83, [("except as otherwise expressly prohibited by federal law:",
    "except as otherwise expressly prohibited by federal law or by a written policy of the sheriff or chief of police that applies to victims of and witnesses to a crime:")]), [
    C("except as otherwise expressly prohibited by federal law:",
      "except as otherwise expressly prohibited by federal law or by a written policy of the sheriff or chief of police that applies to victims of and witnesses to a crime:",
      "limits_enforcement", ["information_sharing", "supervisor_approval"],
      "The exception to the anti-restriction rule now also covers local written policies, so sheriffs or chiefs may restrict status-information sharing for victims and witnesses."),
], CONS(SRC_LA83, "exception in B widened to written policies of the sheriff or chief of police for victims and witnesses."))

P("restated", LA83, apply(LA83, [("shall use best efforts to support", "shall make its best efforts to support"),
    ("shall not prohibit or in any way restrict a law enforcement agency from taking any of the following actions",
     "may not prohibit a law enforcement agency from taking, or restrict in any manner its taking of, any of the following actions")]), [
    C("shall use best efforts to support", "shall make its best efforts to support", "neutral", ["ice_cooperation"],
      "Same duty in other words."),
    C("shall not prohibit or in any way restrict a law enforcement agency from taking any of the following actions",
      "may not prohibit a law enforcement agency from taking, or restrict in any manner its taking of, any of the following actions",
      "neutral", ["information_sharing"], "The prohibition on restricting the listed actions is reworded without changing its reach."),
], CONS(SRC_LA83, "A and the B stem reworded ('make its best efforts'; 'may not prohibit ... or restrict in any manner') with the same meaning."))

P("reparagraphed", LA83, apply(LA83, [("federal immigration law. This Section applies", "federal immigration law.\n\nThis Section applies"),
    ("secure correctional facility.\n\n(2) The judge", "secure correctional facility. (2) The judge")]), [
    C("federal immigration law. This Section applies", "federal immigration law.\n\nThis Section applies", "neutral",
      ["ice_cooperation"], "The scope sentence of A is moved to its own paragraph; words unchanged."),
    C("secure correctional facility.\n\n(2) The judge", "secure correctional facility. (2) The judge", "neutral",
      ["detainers_holds"], "Items (1) and (2) of C are run together in one paragraph; words unchanged."),
], CONS(SRC_LA83, "paragraph breaks only: A split after its first sentence; C(1) and C(2) joined."))

# ---------------- CONSTRUCTED: Louisiana 33:81 ----------------
P("definition_change", LA81, apply(LA81, [("means either the United States Department of Justice or the United States Department of Homeland Security, a division within either agency, including but not limited to United States Immigration and Customs Enforcement and United States Customs and Border Protection, any successor agency, and any other federal agency charged with the enforcement of immigration law.",
    "means United States Immigration and Customs Enforcement and any successor agency.")]), [
    C("means either the United States Department of Justice or the United States Department of Homeland Security, a division within either agency, including but not limited to United States Immigration and Customs Enforcement and United States Customs and Border Protection, any successor agency, and any other federal agency charged with the enforcement of immigration law.",
      "means United States Immigration and Customs Enforcement and any successor agency.", "limits_enforcement", ["ice_cooperation"],
      "Narrowing the agencies whose requests and detainers the anti-sanctuary Part covers (CBP, DOJ and others drop out) shrinks the cooperation it compels."),
], CONS(SRC_LA81, "definition (2) 'Federal immigration agency' narrowed to ICE and its successor."))

P("definition_change", LA81, apply(LA81, [("facially sufficient written or electronic request", "facially sufficient written, electronic, or oral request"),
    ("official form is complete and indicates on its face", "official form is complete or indicates on its face")]), [
    C("facially sufficient written or electronic request", "facially sufficient written, electronic, or oral request",
      "expands_enforcement", ["detainers_holds"], "Oral requests now count as immigration detainers, so more holds fall under the Part."),
    C("official form is complete and indicates on its face", "official form is complete or indicates on its face",
      "expands_enforcement", ["detainers_holds"],
      "A detainer is facially sufficient if the form is either complete or shows probable cause, not both, widening which detainers must be treated as valid."),
], CONS(SRC_LA81, "detainer definition widened to oral requests and 'complete and indicates' changed to 'complete or indicates'."))

# ---------------- CONSTRUCTED: Louisiana 14:134 ----------------
P("rule_removed", LA134, apply(LA134, [("(5) Knowingly releases a person, following arrest or booking, from state, parish, or local law enforcement custody without providing advance notice to United States Immigration and Customs Enforcement that the law enforcement agency effecting release is aware that the person either illegally entered or unlawfully remained in the United States.\n\n", ""),
    ("(6)(a) Takes any official action", "(5) Takes any official action")]), [
    C("(5) Knowingly releases a person, following arrest or booking, from state, parish, or local law enforcement custody without providing advance notice to United States Immigration and Customs Enforcement that the law enforcement agency effecting release is aware that the person either illegally entered or unlawfully remained in the United States.",
      "", "limits_enforcement", ["information_sharing", "detainers_holds"],
      "Releasing a known unlawfully present arrestee without advance notice to ICE is no longer malfeasance."),
    C("(6)(a) Takes any official action", "(5) Takes any official action", "neutral", ["ice_cooperation"],
      "Renumbering of the remaining paragraph."),
], CONS(SRC_LA134, "paragraph A(5) (release without advance notice to ICE) deleted and (6)(a) renumbered (5)."))

P("exception_added", LA134, apply(LA134, [("illegally entered or unlawfully remained in the United States.\n\n(6)(a)",
    "illegally entered or unlawfully remained in the United States. This Paragraph shall not apply when the person released is a victim of or a witness to a crime who is cooperating with the investigation or prosecution of that crime.\n\n(6)(a)")]), [
    C("", "This Paragraph shall not apply when the person released is a victim of or a witness to a crime who is cooperating with the investigation or prosecution of that crime.",
      "limits_enforcement", ["information_sharing"],
      "Victims and cooperating witnesses may be released without advance notice to ICE, narrowing the notice duty."),
], CONS(SRC_LA134, "a victim/witness exception added at the end of A(5)."))

P("scope_change", LA134, apply(LA134, [("(5) Knowingly releases a person, following arrest or booking,", "(5) Knowingly releases a person charged with a felony, following arrest or booking,"),
    ("submitted by either United States Immigration and Customs Enforcement, United States Customs and Border Protection, or United States Citizenship and Immigration Services with",
     "submitted by United States Immigration and Customs Enforcement with")]), [
    C("(5) Knowingly releases a person, following arrest or booking,", "(5) Knowingly releases a person charged with a felony, following arrest or booking,",
      "limits_enforcement", ["information_sharing", "detainers_holds"],
      "The advance-notice duty now covers only felony arrestees, not everyone booked."),
    C("submitted by either United States Immigration and Customs Enforcement, United States Customs and Border Protection, or United States Citizenship and Immigration Services with",
      "submitted by United States Immigration and Customs Enforcement with", "limits_enforcement", ["ice_cooperation"],
      "Refusing requests from CBP or USCIS is no longer covered, so fewer refusals are criminal."),
], CONS(SRC_LA134, "A(5) limited to persons charged with a felony; A(6)(a) limited to requests from ICE."))

P("approval_added", LA134, apply(LA134, [("from state, parish, or local law enforcement custody without providing advance notice",
    "from state, parish, or local law enforcement custody without the approval of the sheriff or chief of police and without providing advance notice")]), [
    C("from state, parish, or local law enforcement custody without providing advance notice",
      "from state, parish, or local law enforcement custody without the approval of the sheriff or chief of police and without providing advance notice",
      "limits_enforcement", ["supervisor_approval", "information_sharing"],
      "A release approved by the sheriff or chief is no longer malfeasance even without notice to ICE, so the notice duty can be waived by a commander."),
], CONS(SRC_LA134, "'without the approval of the sheriff or chief of police and' inserted in A(5)."))

# ---------------- CONSTRUCTED: Louisiana 14:130.1 ----------------
P("mixed", LA1301, apply(LA1301, [("future criminal proceeding as described in this Section:",
    "future criminal proceeding, civil immigration proceeding, or official act of an agent or employee of a governmental entity as described in this Section:"),
    ("parole or probation violation.", "parole or probation violation; or\n\n(f) Hinder, delay, prevent, or otherwise interfere with or thwart federal immigration enforcement efforts.")]), [
    C("future criminal proceeding as described in this Section:",
      "future criminal proceeding, civil immigration proceeding, or official act of an agent or employee of a governmental entity as described in this Section:",
      "expands_enforcement", ["ice_cooperation"],
      "Obstruction of justice now reaches acts affecting civil immigration proceedings and official acts of government agents."),
    C("", "(f) Hinder, delay, prevent, or otherwise interfere with or thwart federal immigration enforcement efforts.",
      "expands_enforcement", ["ice_cooperation"],
      "Using force to thwart federal immigration enforcement becomes a listed form of obstruction, backing federal enforcement with state criminal law."),
], CONS(SRC_LA1301, "the A stem widened to civil immigration proceedings and official acts, and item (2)(f) on thwarting federal immigration enforcement added. The edit imitates the direction of SB 15 of 2025 as described in news reports; it is not the enacted wording (SB 15 added a separate paragraph that does not require force)."))

P("neutral_rewrite", LA1301, apply(LA1301, [("Tampering with evidence shall include the intentional alteration, movement, removal, or addition of any object or substance either:",
    "Tampering with evidence includes intentionally altering, moving, removing, or adding any object or substance either:")]), [
    C("Tampering with evidence shall include the intentional alteration, movement, removal, or addition of any object or substance either:",
      "Tampering with evidence includes intentionally altering, moving, removing, or adding any object or substance either:",
      "neutral", ["enforcement_authority"], "Same definition of tampering in verb form; nothing about immigration changes."),
], CONS(SRC_LA1301, "the second sentence of A(1) reworded with the same meaning."))

# ---------------- CONSTRUCTED: Alabama 31-13-19 / 31-13-20 ----------------
P("modal_change", AL1920, apply(AL1920, [("local law enforcement agency shall comply with any request", "local law enforcement agency may comply with any request"),
    ("custody at that time shall notify the United States Bureau", "custody at that time may notify the United States Bureau")]), [
    C("custody at that time shall notify the United States Bureau", "custody at that time may notify the United States Bureau",
      "limits_enforcement", ["information_sharing", "ice_cooperation"],
      "Notifying ICE of a convicted unlawfully present inmate's release becomes discretionary."),
    C("local law enforcement agency shall comply with any request", "local law enforcement agency may comply with any request",
      "limits_enforcement", ["ice_cooperation", "detainers_holds"],
      "Handing a stayed victim or witness to federal immigration officers on request becomes optional."),
], CONS(SRC_AL1920, "'shall notify' changed to 'may notify' in 31-13-19 and 'shall comply' to 'may comply' in the last sentence of 31-13-20."))

P("list_item_removed", AL1920, apply(AL1920, [("is the child of a victim of a criminal act, ", ""),
    ("is the biological parent or legal guardian of a critical witness in any prosecution who is a minor, ", "")]), [
    C("is the child of a victim of a criminal act, ", "", "expands_enforcement", ["enforcement_authority"],
      "Children of crime victims lose the stay, so the chapter's enforcement provisions apply to them during proceedings."),
    C("is the biological parent or legal guardian of a critical witness in any prosecution who is a minor, ", "",
      "expands_enforcement", ["enforcement_authority"],
      "Parents of minor critical witnesses lose the stay as well."),
], CONS(SRC_AL1920, "two categories deleted from the stay list in 31-13-20 (children of victims; parents of minor critical witnesses)."))

P("scope_change", AL1920, apply(AL1920, [("in the United States is convicted of a violation of state or local law and is within 30 days of release",
    "in the United States is charged with or convicted of a violation of state or local law and is within 30 days of release")]), [
    C("in the United States is convicted of a violation of state or local law and is within 30 days of release",
      "in the United States is charged with or convicted of a violation of state or local law and is within 30 days of release",
      "expands_enforcement", ["information_sharing", "ice_cooperation"],
      "The duty to notify ICE before release now covers people merely charged, not only those convicted."),
], CONS(SRC_AL1920, "'is charged with or convicted of' replaces 'is convicted of' in 31-13-19."))

P("approval_added", AL1920, apply(AL1920, [("custody at that time shall notify the United States Bureau",
    "custody at that time shall, upon approval of the sheriff or chief jailer, notify the United States Bureau")]), [
    C("custody at that time shall notify the United States Bureau",
      "custody at that time shall, upon approval of the sheriff or chief jailer, notify the United States Bureau",
      "limits_enforcement", ["supervisor_approval", "information_sharing"],
      "Notification to ICE now waits on approval by the sheriff or chief jailer instead of being automatic."),
], CONS(SRC_AL1920, "'upon approval of the sheriff or chief jailer' inserted in the notification duty of 31-13-19."))

P("restated", AL1920, apply(AL1920, [("If an alien who is unlawfully present in the United States is convicted of a violation of state or local law and is within 30 days of release, the agency legally responsible",
    "When an alien who is unlawfully present in the United States has been convicted of a violation of state or local law and is within 30 days of release, the agency that is legally responsible"),
    ("all provisions of this chapter shall be stayed until all of the related legal proceedings are concluded",
     "the provisions of this chapter shall be stayed until the related legal proceedings have been concluded")]), [
    C("If an alien who is unlawfully present in the United States is convicted of a violation of state or local law and is within 30 days of release, the agency legally responsible",
      "When an alien who is unlawfully present in the United States has been convicted of a violation of state or local law and is within 30 days of release, the agency that is legally responsible",
      "neutral", ["information_sharing"], "Same trigger and same agency in other words."),
    C("all provisions of this chapter shall be stayed until all of the related legal proceedings are concluded",
      "the provisions of this chapter shall be stayed until the related legal proceedings have been concluded",
      "neutral", ["enforcement_authority"], "Same stay, reworded."),
], CONS(SRC_AL1920, "opening of 31-13-19 and the stay clause of 31-13-20 reworded with the same meaning."))

P("exception_removed", AL1920, apply(AL1920, [(" However, the relevant state, county, or local law enforcement agency shall comply with any request by federal immigration officers to take custody of the person.", "")]), [
    C("However, the relevant state, county, or local law enforcement agency shall comply with any request by federal immigration officers to take custody of the person.",
      "", "limits_enforcement", ["ice_cooperation", "detainers_holds"],
      "Without this carve-out from the stay, agencies no longer have to hand stayed victims and witnesses to federal immigration officers."),
], CONS(SRC_AL1920, "the last sentence of 31-13-20 (duty to comply with federal custody requests despite the stay) deleted."))

# ---------------- CONSTRUCTED: Alabama 31-13-4 ----------------
P("modal_change", AL4, apply(AL4, [("(a) The Attorney General shall attempt to negotiate", "(a) The Attorney General may negotiate")]), [
    C("(a) The Attorney General shall attempt to negotiate", "(a) The Attorney General may negotiate", "limits_enforcement",
      ["raids_joint_operations"], "Seeking a 287(g) agreement for state officers becomes optional instead of required."),
], CONS(SRC_AL4, "'shall attempt to negotiate' replaced by 'may negotiate' in (a)."))

P("approval_added", AL4, apply(AL4, [("by the Attorney General and the Governor or as otherwise required",
    "by the Attorney General and the Governor, after approval by joint resolution of the Legislature, or as otherwise required")]), [
    C("by the Attorney General and the Governor or as otherwise required",
      "by the Attorney General and the Governor, after approval by joint resolution of the Legislature, or as otherwise required",
      "limits_enforcement", ["raids_joint_operations", "supervisor_approval"],
      "The 287(g) agreement cannot be signed until the Legislature approves it, an added hurdle."),
], CONS(SRC_AL4, "legislative approval by joint resolution added before signature in (b)."))

P("scope_change", AL4, apply(AL4, [("by certain state law enforcement officers designated by the Attorney General.",
    "by certain state law enforcement officers designated by the Attorney General and by county sheriffs and municipal police officers designated by the heads of their agencies.")]), [
    C("by certain state law enforcement officers designated by the Attorney General.",
      "by certain state law enforcement officers designated by the Attorney General and by county sheriffs and municipal police officers designated by the heads of their agencies.",
      "expands_enforcement", ["raids_joint_operations", "enforcement_authority"],
      "The 287(g) agreement would also delegate immigration functions to county and municipal officers."),
], CONS(SRC_AL4, "sheriffs and municipal officers added to the officers covered by the agreement in (a)."))

# ---------------- CONSTRUCTED: Alabama 31-13-32 ----------------
P("neutral_rewrite", AL32, apply(AL32, [("(a) The Administrative Office of Courts shall submit a quarterly report, organized by county, to the Alabama Department of Homeland Security summarizing the number of cases in which an unlawfully present alien was detained by law enforcement and appeared in court for any violation of state law and shall include all of the following information in the report:",
    "(a) Each quarter, the Administrative Office of Courts shall submit to the Alabama Department of Homeland Security a report, organized by county, summarizing the number of cases in which an unlawfully present alien was detained by law enforcement and appeared in court for any violation of state law. The report shall include all of the following information:"),
    ("The display of this information on the department's public website shall be searchable by county and presiding judge.",
     "The information displayed on the department's public website shall be searchable by county and by presiding judge.")]), [
    C("(a) The Administrative Office of Courts shall submit a quarterly report, organized by county, to the Alabama Department of Homeland Security summarizing",
      "(a) Each quarter, the Administrative Office of Courts shall submit to the Alabama Department of Homeland Security a report, organized by county, summarizing",
      "neutral", ["information_sharing"], "Same quarterly report to the same agency, reordered."),
    C("for any violation of state law and shall include all of the following information in the report:",
      "for any violation of state law. The report shall include all of the following information:", "neutral",
      ["information_sharing"], "The list stem is split into its own sentence; the listed contents are unchanged."),
    C("The display of this information on the department's public website shall be searchable by county and presiding judge.",
      "The information displayed on the department's public website shall be searchable by county and by presiding judge.",
      "neutral", ["information_sharing"], "Same publication rule in other words."),
], CONS(SRC_AL32, "(a) stem and the second sentence of (b) reworded with the same meaning."))

P("definition_change", AL32, apply(AL32, [("shall be verified by the federal government pursuant to 8 U.S.C. § 1373(c).",
    "shall be made by the arresting law enforcement agency or verified by the federal government pursuant to 8 U.S.C. § 1373(c).")]), [
    C("shall be verified by the federal government pursuant to 8 U.S.C. § 1373(c).",
      "shall be made by the arresting law enforcement agency or verified by the federal government pursuant to 8 U.S.C. § 1373(c).",
      "expands_enforcement", ["status_inquiry", "enforcement_authority"],
      "Local arresting agencies may themselves determine who is unlawfully present instead of relying on federal verification."),
], CONS(SRC_AL32, "subsection (c) lets the arresting agency make the status determination."))

# ---------------- CONSTRUCTED: Travis County FAQ ----------------
P("rule_added", TRAVIS, apply(TRAVIS, [("TCSO never opted into this program.",
    "TCSO has entered into a 287(g) jail enforcement agreement, and designated detention officers check the immigration status of individuals after they are brought into jail.")]), [
    C("TCSO never opted into this program.",
      "TCSO has entered into a 287(g) jail enforcement agreement, and designated detention officers check the immigration status of individuals after they are brought into jail.",
      "expands_enforcement", ["raids_joint_operations", "status_inquiry"],
      "The office now takes part in 287(g) and its officers check immigration status at the jail."),
], CONS(SRC_TRAVIS, "the answer 'TCSO never opted into this program.' replaced by a statement that TCSO has a 287(g) jail agreement."))

P("scope_change", TRAVIS, apply(TRAVIS, [("Vienna Convention on Consular Relations and Bilateral Consular Treaties.",
    "Vienna Convention on Consular Relations and Bilateral Consular Treaties, and to identify individuals whose immigration status is to be verified with ICE.")]), [
    C("Vienna Convention on Consular Relations and Bilateral Consular Treaties.",
      "Vienna Convention on Consular Relations and Bilateral Consular Treaties, and to identify individuals whose immigration status is to be verified with ICE.",
      "expands_enforcement", ["status_inquiry", "ice_cooperation"],
      "The place-of-birth booking question is now also used to pick people for status checks with ICE, not only for consular notice."),
], CONS(SRC_TRAVIS, "purpose of the booking place-of-birth question widened to ICE status verification."))

# ---------------- CONSTRUCTED: Davidson County release ----------------
P("rule_removed", DCSO, apply(DCSO, [("\n\nHall says, DCSO's future ICE interaction will be limited to that which is required by state law.", "")]), [
    C("Hall says, DCSO's future ICE interaction will be limited to that which is required by state law.", "",
      "expands_enforcement", ["ice_cooperation"],
      "The stated cap on cooperation with ICE (only what state law requires) is dropped, leaving voluntary cooperation open."),
], CONS(SRC_DCSO, "the closing sentence limiting future ICE interaction to what state law requires deleted."))

P("exception_added", DCSO, apply(DCSO, [("will no longer contract to house Immigration and Customs Enforcement (ICE) detainees.",
    "will no longer contract to house Immigration and Customs Enforcement (ICE) detainees, except individuals held on an ICE detainer who are charged with a violent felony."),
    ("will continue to house individuals who are in USMS custody.", "will continue to house individuals who are in USMS custody, including individuals the USMS holds at the request of ICE.")]), [
    C("", ", except individuals held on an ICE detainer who are charged with a violent felony.", "expands_enforcement",
      ["detainers_holds"], "The jail will still house ICE detainees charged with violent felonies, an exception to ending the housing contract."),
    C("will continue to house individuals who are in USMS custody.",
      "will continue to house individuals who are in USMS custody, including individuals the USMS holds at the request of ICE.",
      "expands_enforcement", ["ice_cooperation", "detainers_holds"],
      "The renewed Marshals agreement would still bring ICE holds into the jail through the Marshals Service."),
], CONS(SRC_DCSO, "an exception for detainees charged with a violent felony added to the end-of-contract sentence, and USMS housing extended to people the USMS holds at ICE's request."))

# ---------------- CONSTRUCTED: Tennessee 7-68 ----------------
P("exception_added", TN, apply(TN, [("until the sanctuary policy is repealed, rescinded, or otherwise no longer in effect.",
    "until the sanctuary policy is repealed, rescinded, or otherwise no longer in effect. This section does not prohibit a local law enforcement agency from declining to detain an individual on an immigration detainer that is not accompanied by a warrant signed by a judge.")]), [
    C("", "This section does not prohibit a local law enforcement agency from declining to detain an individual on an immigration detainer that is not accompanied by a warrant signed by a judge.",
      "limits_enforcement", ["detainers_holds"],
      "Declining detainers without a judicial warrant is carved out of the sanctuary ban, so local agencies may refuse such holds."),
], CONS(SRC_TN, "a sentence excepting refusals of detainers without a judicial warrant added to 7-68-103."))

P("rule_added", TN, apply(TN, [("7-68-103.\n\nNo local governmental entity", "7-68-103.\n\n(a) No local governmental entity"),
    ("or otherwise no longer in effect.", "or otherwise no longer in effect.\n\n(b) An official who votes in the affirmative to adopt or enact a sanctuary policy commits a Class E felony and, upon conviction, shall be removed from office.")]), [
    C("7-68-103.\n\nNo local governmental entity", "7-68-103.\n\n(a) No local governmental entity", "neutral",
      ["ice_cooperation"], "The existing text is labelled subsection (a); no change in meaning."),
    C("", "(b) An official who votes in the affirmative to adopt or enact a sanctuary policy commits a Class E felony and, upon conviction, shall be removed from office.",
      "expands_enforcement", ["ice_cooperation"],
      "Voting for a sanctuary policy becomes a felony, strengthening the ban on local limits to cooperation."),
], CONS(SRC_TN, "existing text of 7-68-103 labelled (a) and a new (b) making a vote for a sanctuary policy a Class E felony added; the edit follows the subject of the 2025 extraordinary-session act (SB 6002/HB 6001) as reported in news, not its enacted wording."))

# ---------------- CONSTRUCTED: Georgia SB 21 ----------------
P("exception_added", GA, apply(GA, [("resulting in the violation of this Code section.\"",
    "resulting in the violation of this Code section; provided, however, that such immunity shall not be waived for a decision by a sheriff or jailer to decline an immigration detainer request that is not accompanied by a judicial warrant.\"")]), [
    C("", "; provided, however, that such immunity shall not be waived for a decision by a sheriff or jailer to decline an immigration detainer request that is not accompanied by a judicial warrant.",
      "limits_enforcement", ["detainers_holds"],
      "Declining detainers that lack a judicial warrant no longer exposes the county to suit, easing pressure to honor them."),
], CONS(SRC_GA, "a proviso keeping immunity for declined detainers without a judicial warrant added to the new 36-80-23(f)."))

P("scope_change", GA, apply(GA, [("\"(f) In the event that a local governing body acts in violation",
    "\"(f) In the event that a local governing body, sheriff, or jailer acts in violation")]), [
    C("(f) In the event that a local governing body acts in violation", "(f) In the event that a local governing body, sheriff, or jailer acts in violation",
      "expands_enforcement", ["ice_cooperation"],
      "The immunity waiver for breaching the anti-sanctuary law now also reaches sheriffs and jailers, adding pressure on them to cooperate."),
], CONS(SRC_GA, "'sheriff, or jailer' added to the actors whose violation waives immunity in the new 36-80-23(f)."))


# ---------------- extra situations ----------------
P("double_negation", LA83, apply(LA83, [("shall not prohibit or in any way restrict a law enforcement agency from taking any of the following actions",
    "may prohibit or restrict a law enforcement agency from taking any of the following actions")]), [
    C("shall not prohibit or in any way restrict a law enforcement agency from taking any of the following actions",
      "may prohibit or restrict a law enforcement agency from taking any of the following actions", "limits_enforcement",
      ["information_sharing", "detainers_holds"],
      "The ban on restricting status-information sharing becomes a permission to restrict it, so local bodies may bar the listed actions."),
], CONS(SRC_LA83, "'shall not prohibit or in any way restrict' in B changed to 'may prohibit or restrict'."))

P("exception_to_exception", AL1920, apply(AL1920, [("federal immigration officers to take custody of the person.",
    "federal immigration officers to take custody of the person, unless the person is a critical witness whose testimony is needed at a pending trial.")]), [
    C("", ", unless the person is a critical witness whose testimony is needed at a pending trial.", "limits_enforcement",
      ["ice_cooperation", "detainers_holds"],
      "An exception to the duty to surrender stayed persons to ICE is added, so critical trial witnesses stay in local custody despite a federal request."),
], CONS(SRC_AL1920, "an exception for critical witnesses needed at a pending trial added to the 'However ... shall comply' sentence of 31-13-20 (itself an exception to the stay)."))

P("list_added", TRAVIS, apply(TRAVIS, [("Why are individuals asked for their place of birth during the booking process?",
    "Does TCSO honor ICE detainer requests?\n\nTCSO honors an ICE detainer request only when the individual who is the subject of the request:\n\n(a) is charged with or has been convicted of capital murder, murder, or aggravated sexual assault;\n\n(b) is charged with or has been convicted of continuous smuggling of persons; or\n\n(c) is the subject of a warrant or order for continued detention signed by a judge.\n\nWhy are individuals asked for their place of birth during the booking process?")]), [
    C("", "TCSO honors an ICE detainer request only when the individual who is the subject of the request:", "limits_enforcement",
      ["detainers_holds"], "A new answer limits detainer compliance to the listed serious charges or a judicial warrant."),
], CONS(SRC_TRAVIS, "a new question and answer with a list (a)-(c) restricting detainer compliance inserted before the booking question; the list imitates the subject of TCSO's February 2017 policy but is not its wording."))

P("approval_removed_or_weakened", AL4, apply(AL4, [("shall be signed on behalf of this state by the Attorney General and the Governor or as otherwise required",
    "shall be signed on behalf of this state by the Attorney General or as otherwise required")]), [
    C("shall be signed on behalf of this state by the Attorney General and the Governor or as otherwise required",
      "shall be signed on behalf of this state by the Attorney General or as otherwise required", "expands_enforcement",
      ["raids_joint_operations", "supervisor_approval"],
      "The Governor's signature is no longer needed, so the Attorney General alone can commit the state to a 287(g) agreement."),
], CONS(SRC_AL4, "'and the Governor' deleted from the signature requirement in (b)."))

with open(os.path.join(HERE, "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs written")
