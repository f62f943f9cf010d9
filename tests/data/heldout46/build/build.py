import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
PAIRS = []

def add(situation, old, new, changes, source):
    ch = [dict(quote_old=a, quote_new=b, label=c, topics=d, why=e) for a, b, c, d, e in changes]
    PAIRS.append(dict(situation=situation, old=old, new=new, changes=ch, source=source))

def con(old, edits):
    return apply(old, edits)

# ---------------- source notes ----------------
SRC_WA300 = ("RCW 2.28.300 'Definitions—Immigration enforcement and civil arrests' (Courts Open to All Act, 2020 c 37 s 2), "
             "https://lawfilesext.leg.wa.gov/Law/RCW/RCW%20%20%202%20%20TITLE/RCW%20%20%202%20.%2028%20%20CHAPTER/RCW%20%20%202%20.%2028%20.300.htm "
             "(stored copy; cut after definition (6) because the copy breaks off in (7))")
SRC_WA310 = ("RCW 2.28.310 'Immigration and citizenship information—Federal immigration authorities' (Courts Open to All Act, 2020 c 37 s 3), "
             "https://app.leg.wa.gov/RCW/default.aspx?cite=2.28.310 (stored copy, verbatim)")
SRC_WA320 = ("RCW 2.28.320 'Law enforcement actions in court facilities—Completion of information form—Notice to court staff' (2020 c 37 s 4), "
             "https://app.leg.wa.gov/RCW/default.aspx?cite=2.28.320 (stored copy, verbatim, including the reviser's bracket '[courts]')")
SRC_WA330 = ("RCW 2.28.330 'Privilege from civil arrest—Court facilities' (2020 c 37 s 5), "
             "https://app.leg.wa.gov/RCW/default.aspx?cite=2.28.330 (stored copy, verbatim)")
SRC_S29A = ("New York Senate Bill S5457 (2023-2024 session, Sen. Jackson, introduced March 6, 2023; in Senate committee, not enacted), "
            "proposed Civil Rights Law sec. 29 'Civil arrest; certain locations', heading and subdivisions 1-5 (new matter printed in capitals, kept), "
            "GitHub ryantd42/NY-Legislative-Git 2023/S5457.md @ df793e5d9b (line-break hyphens joined, page furniture removed)")
SRC_S29B = ("New York Senate Bill S5457 (2023-2024 session, Sen. Jackson, introduced March 6, 2023; not enacted), proposed Civil Rights Law "
            "sec. 29, heading, subdivision 1 and subdivisions 6-7 (definitions incl. 'sensitive location' = health care facilities etc.; "
            "subdivisions 2-5 left out for length), GitHub ryantd42/NY-Legislative-Git 2023/S5457.md @ df793e5d9b")
SRC_NJ = ("New Jersey Supreme Court, Chief Justice Stuart Rabner, Administrative Directive #07-19 'Immigration-Related Policies: Revisions to "
          "Judiciary Forms; Updated Attorney General Guidance; Court Involvement with ICE Activities' (May 23, 2019; supersedes Directive #11-07), "
          "OCR text at https://assets.documentcloud.org/documents/6024764/COURTS-ICE-DIRECTIVE.txt (stored copy; letterhead dropped, OCR errors "
          "'info1mation', 'pe1iinent to paiiicular' corrected, stray OCR marks removed; cut before 'Judges retain discretion' where the copy breaks off)")
SRC_CO = ("Colorado Revised Statutes 24-74-104 'Reduce personal identifying information collected by state agencies' (SB 21-131, 2021 ch. 353), "
          "https://colorado.public.law/statutes/crs_24-74-104 (stored copy, 'current through Fall 2024', verbatim)")
SRC_UCD = ("UC Davis Health, 'Immigration questions answered: Review UC policies and patient resources' (staff news item, January 2025), "
           "https://health.ucdavis.edu/insideout/news/headlines/-immigration-questions-answered-review-uc-policies-and-patient-resources/2025/01 "
           "(stored copy; cut before the item that begins 'If the officer...', where the copy breaks off; bullets rendered '- ')")
SRC_SEIU = ("SEIU-UHW web page 'Our immigration work', quoting Sections 1 & 2 of the California Attorney General's updated model policies for "
            "healthcare facilities (December 4, 2024), https://seiu-uhw.org/our-immigration-work (stored copy; cut after the paragraph on the "
            "designated administrator, because the copy breaks off in the next one; the source's typo 'Patients should educated' kept)")
SRC_IL = ("Illinois Court Access, Safety, and Participation Act, 705 ILCS 96/10-15 (P.A. 104-440, eff. 12-9-25, from HB 1312), "
          "https://lrb.ilga.gov/legislation/ilcs/documents/070500960K10-15.htm (stored copy; lines of items joined)")

def C(src, what):
    return "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (src, what)

# ======================= GENUINE PAIRS =======================
add("exception_removed", T.SB349, T.SB31, [
    ("including by protecting the privilege from arrest.", "including by protecting the privilege from arrest at a courthouse.", N,
     ["enforcement_authority"], "Names the place the privilege protects; the arrest ban in the next sentence already speaks of a courthouse."),
    (", and that a violation of these provisions constitutes contempt of court", "", E, ["enforcement_authority"],
     "The 2019 bill no longer makes a civil (immigration) arrest at a courthouse a contempt of court, so the ban loses its criminal sanction."),
    ("By expanding the scope of an existing crime, this bill would impose a state-mandated local program.", "", N, ["enforcement_authority"],
     "Fiscal paragraph that follows from the dropped contempt offence; no rule on arrests of its own."),
    ("recover court costs and reasonable attorneys fees.", "recover court costs and reasonable attorney\u2019s fees.".replace("\u2019", "'"), N,
     ["enforcement_authority"], "Spelling of the fee phrase only."),
], "GENUINE: two editions of the California courthouse civil-arrest bill, Legislative Counsel's Digest with caption and act line. OLD = SB 349 "
   "(2017-2018, Lara), enrolled September 6, 2018 (vetoed September 27, 2018), digest as at https://calmatters.digitaldemocracy.org/bills/ca_201720180sb349 "
   "with caption and act line from https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=201720180SB349 (verbatim). NEW = SB 31 "
   "(2019-2020, Lara), as introduced December 3, 2018, https://www.legiscan.com/CA/text/SB31/2019 (verbatim; 'Vote: MAJORITY ...' line left out; curly "
   "apostrophe straightened). Caveat: a digest (official summary printed with each version), not the operative Civil Code 43.54 text, and the "
   "re-introduced bill is a new bill number carrying the same act.")

add("restated", T.WA310_HEAD + T.WA310_1, T.CHELAN, [
    ("RCW 2.28.310\n\nImmigration and citizenship information—Federal immigration authorities.",
     "Chapter 1.228\n\nCOURTHOUSE SECURITY AND COURTS OPEN TO ALL ACT\n\n1.228.010 Courthouse security and Courts Open to All Act.", N,
     ["information_sharing"], "Heading of the county chapter that adopts the state section."),
    ("", "It is the intent of Chelan County to implement the provisions of SHB 2567 codified in RCW 2.28.300 through 2.28.340, 3.02.070, and 35.20.290, the Courts Open to All Act,",
     N, ["ice_cooperation"], "Statement of intent to implement the state act; it adds no duty or permission of its own."),
    ("(a) Shall not inquire into", "(A) Shall not inquire into", N, ["status_inquiry"], "Item letter set in capitals; same ban on status questions."),
    ("provided that a judge may", "provided, that a judge may", N, ["status_inquiry"], "Punctuation only."),
    ("(b) Shall not otherwise provide", "(B) Shall not otherwise provide", N, ["information_sharing"], "Item letter only; same ban on passing data to ICE."),
], "GENUINE (two real published texts of the same rule): OLD = Washington RCW 2.28.310 heading and subsection (1) (Courts Open to All Act, 2020 c 37 s 3), "
   "https://app.leg.wa.gov/RCW/default.aspx?cite=2.28.310 (verbatim; subsection (2) left out because the county copy breaks off there). NEW = Chelan "
   "County (Washington) Code chapter 1.228, sec. 1.228.010 'Courthouse security and Courts Open to All Act', intent paragraph and subsection (1), "
   "http://www.codepublishing.com/WA/ChelanCounty/html/Chelco01/Chelco01228.html (stored copy, verbatim; cut where the copy breaks off in (2)(A); "
   "curly apostrophes straightened). Caveat: a county code restating the state statute, not an amendment of one text in place (negative control).")

add("mixed", T.OR3265_INTRO, T.OR3265_ENR, [
    ("Requires that officer of law enforcement agency who arrests individual who is foreign national inform individual of consular notification procedures. ", "", N,
     ["enforcement_authority"], "The consular-notification duty leaves the bill; it concerns foreign nationals' consular rights, not help to immigration enforcement."),
    ("", "Requires law enforcement agency to explain to individual committed or detained by law enforcement agency individual's right to refuse to disclose nationality, citizenship or immigration status and potential immigration consequences of refusal to disclose.",
     L, ["status_inquiry"], "New duty to tell detainees they may refuse to disclose status, which curbs status questioning in custody."),
    ("Requires public body that receives request for assistance from federal immigration authority to report request to office of Governor",
     "Requires public body that receives communication or request for assistance from federal immigration authority to report request or communication to Oregon Criminal Justice Commission", L,
     ["ice_cooperation"], "Every contact from ICE, not only requests for assistance, must now be reported, tightening oversight of cooperation; the recipient also changes."),
    ("and publish annual report received.", "Requires commission to continually publish reports of communications and requests received by public bodies.", N,
     ["ice_cooperation"], "Annual publication becomes continual publication by the commission; a transparency detail, not a rule on cooperation."),
    ("Requires office of Governor to establish mechanism", "Requires Department of Justice to establish mechanism", N, ["ice_cooperation"],
     "The body that receives violation reports moves from the Governor's office to the Department of Justice."),
], "GENUINE: Oregon HB 3265 (2021, 'Sanctuary Promise Act'), official measure summary in two editions, each cut before the sentence 'Allows any person to bring action ...'. "
   "OLD = summary of the bill as introduced/in House Judiciary (OLIS version of March 15, 2021), as quoted on https://oregoncitizenslobby.org/law-enforce-military/hb-3265-foreign-criminal-protections/ "
   "(stored copy, which breaks off inside the 'Allows any person to bring a' sentence; curly apostrophe straightened). NEW = summary of the enrolled act (chapter 550, Oregon Laws 2021, signed July 19, 2021), "
   "https://open.pluralpolicy.com/or/bills/2021/HB3265 (stored copy, 'Abstract'; same text at https://legiscan.com/OR/bill/HB3265/2021). Caveat: the measure summary (not part of the enacted text), and the OLD copy "
   "comes from an advocacy page quoting it.")

# ======================= RCW 2.28.330 =======================
add("list_item_added", T.WA330, con(T.WA330, [
    ("court staff, or the public; or", "court staff, or the public;"),
    ("pursuant to RCW 10.31.100.", "pursuant to RCW 10.31.100; or\n\n(d) Where the person is the subject of a final order of removal issued by an immigration judge.")]), [
    ("", "(d) Where the person is the subject of a final order of removal issued by an immigration judge.", E, ["enforcement_authority", "detainers_holds"],
     "A new exception to the courthouse arrest privilege lets ICE arrest people with removal orders at or near court without a court order."),
    ("court staff, or the public; or", "court staff, or the public;", N, ["enforcement_authority"], "The 'or' moves to the new last item."),
], C(SRC_WA330, "item (d) 'Where the person is the subject of a final order of removal issued by an immigration judge.' added to the exceptions in (1), 'or' moved."))

add("scope_change", T.WA330, con(T.WA330, [("includes the area within one mile of the court facility.", "includes the area within two miles of the court facility.")]), [
    ("includes the area within one mile of the court facility.", "includes the area within two miles of the court facility.", L, ["enforcement_authority"],
     "The protected zone around courthouses doubles, so civil (immigration) arrests are barred further from court."),
], C(SRC_WA330, "'one mile' replaced by 'two miles' in (2)."))

add("approval_removed_or_weakened", T.WA330, con(T.WA330, [
    ("a designated judicial officer shall review a court order authorizing any civil arrest to confirm compliance with subsection (1)(a) of this section.",
     "the arresting officer shall show a court order authorizing the civil arrest to court security personnel.")]), [
    ("a designated judicial officer shall review a court order authorizing any civil arrest to confirm compliance with subsection (1)(a) of this section.",
     "the arresting officer shall show a court order authorizing the civil arrest to court security personnel.", E, ["supervisor_approval", "detainers_holds"],
     "A judge's prior check of the arrest order is replaced by merely showing it to security staff, so no judicial officer confirms the paper before an arrest in court."),
], C(SRC_WA330, "in (3) the review of the court order by a designated judicial officer replaced by the arresting officer showing the order to court security personnel."))

add("exception_changed", T.WA330, con(T.WA330, [("(b) When necessary to secure the immediate safety of judges, court staff, or the public; or",
    "(b) When necessary to prevent an imminent threat of death or serious bodily injury to judges, court staff, or the public; or")]), [
    ("(b) When necessary to secure the immediate safety of judges, court staff, or the public; or",
     "(b) When necessary to prevent an imminent threat of death or serious bodily injury to judges, court staff, or the public; or", L,
     ["enforcement_authority"], "The safety exception is narrowed to threats of death or serious injury, so fewer civil arrests at court qualify."),
], C(SRC_WA330, "exception (1)(b) narrowed from 'to secure the immediate safety of' to 'to prevent an imminent threat of death or serious bodily injury to'."))

add("reparagraphed", T.WA330, con(T.WA330, [
    ("except:\n\n(a) Where", "except: (a) Where"), ("arrest;\n\n(b) When", "arrest; (b) When"), ("public; or\n\n(c) Where", "public; or (c) Where")]), [
    ("a court facility, except:\n\n(a) Where such arrest is pursuant to a court order authorizing the arrest;\n\n(b) When",
     "a court facility, except: (a) Where such arrest is pursuant to a court order authorizing the arrest; (b) When", N, ["enforcement_authority"],
     "The exceptions are run into one paragraph; their words are unchanged."),
], C(SRC_WA330, "the items (a)-(c) of (1) run into the stem paragraph (words unchanged)."))

# ======================= RCW 2.28.320 =======================
add("rule_added", T.WA320, T.WA320 + "\n\n(4) Court security personnel shall not assist a federal immigration authority in conducting a civil arrest in or on a court facility unless the arrest is authorized by a court order.", [
    ("", "(4) Court security personnel shall not assist a federal immigration authority in conducting a civil arrest in or on a court facility unless the arrest is authorized by a court order.",
     L, ["ice_cooperation", "detainers_holds"], "New ban on court security officers helping ICE make civil arrests at court without a court order."),
], C(SRC_WA320, "new subsection (4) barring court security personnel from assisting federal immigration civil arrests without a court order."))

add("exception_added", T.WA320, con(T.WA320, [("unless such officer's purpose is to participate in a case or proceeding before the court.",
    "unless such officer's purpose is to participate in a case or proceeding before the court or to execute an administrative warrant issued by a federal agency.")]), [
    ("unless such officer's purpose is to participate in a case or proceeding before the court.",
     "unless such officer's purpose is to participate in a case or proceeding before the court or to execute an administrative warrant issued by a federal agency.", E,
     ["detainers_holds", "enforcement_authority"],
     "Officers entering court to execute an administrative (ICE) warrant no longer have their entry and purpose logged, loosening the check on immigration arrests at court."),
], C(SRC_WA320, "exception 'or to execute an administrative warrant issued by a federal agency' added to the reporting duty in (1)."))

add("neutral_rewrite", T.WA320, con(T.WA320, [
    ("Completed forms must be immediately transmitted to the appropriate court staff.", "The governmental entity shall transmit each completed form to the appropriate court staff immediately."),
    ("The administrative office of the court [courts] shall develop", "The administrative office of the courts shall develop")]), [
    ("Completed forms must be immediately transmitted to the appropriate court staff.", "The governmental entity shall transmit each completed form to the appropriate court staff immediately.", N,
     ["information_sharing"], "Passive duty restated in the active voice; same duty, same recipient."),
    ("The administrative office of the court [courts] shall develop", "The administrative office of the courts shall develop", N, ["information_sharing"], "Reviser's correction absorbed into the text."),
], C(SRC_WA320, "a sentence of (1) put in the active voice and the bracketed correction '[courts]' absorbed."))

add("rule_removed", T.WA320, con(T.WA320, [("\n\n(3) Designated court staff must be notified without delay if a law enforcement agent covered by this section is present in the court facility with the intent of conducting a civil arrest.", "")]), [
    ("(3) Designated court staff must be notified without delay if a law enforcement agent covered by this section is present in the court facility with the intent of conducting a civil arrest.",
     "", E, ["enforcement_authority", "supervisor_approval"],
     "Court staff no longer have to be told when an agent is in the building to make a civil arrest, removing a check on immigration arrests at court."),
], C(SRC_WA320, "subsection (3) (notice to court staff of an agent present to make a civil arrest) deleted."))

# ======================= RCW 2.28.310 =======================
add("exception_added", T.WA310, con(T.WA310, [("accessing court services in court facilities, unless required by federal law or court order.",
    "accessing court services in court facilities, unless required by federal law or court order, or unless the individual has been convicted of a violent offense as defined in RCW 9.94A.030.")]), [
    ("unless required by federal law or court order.", "unless required by federal law or court order, or unless the individual has been convicted of a violent offense as defined in RCW 9.94A.030.", E,
     ["information_sharing", "ice_cooperation"], "Court and prosecutor staff may now give ICE nonpublic data, or tip it off, about people with violent-offence convictions."),
], C(SRC_WA310, "exception for persons convicted of a violent offense added at the end of (1)(b)."))

add("double_negation", T.WA310, con(T.WA310, [("from:\n\n(a) Sending to, or receiving from, federal immigration authorities the citizenship or immigration status of a person, or maintaining such information, or exchanging the citizenship or immigration status of an individual with any other federal, state, or local government agency, in accordance with 8 U.S.C. Sec. 1373; or\n\n(b) Complying with any other state or federal law.",
    "from complying with any other state or federal law.")]), [
    ("(a) Sending to, or receiving from, federal immigration authorities the citizenship or immigration status of a person, or maintaining such information, or exchanging the citizenship or immigration status of an individual with any other federal, state, or local government agency, in accordance with 8 U.S.C. Sec. 1373; or",
     "", L, ["information_sharing", "ice_cooperation"],
     "The 'does not limit or prohibit' clause no longer saves status exchanges with ICE, so the bans in (1) now reach them too."),
    ("from:\n\n(a) Sending to", "from complying with any other state or federal law.", N, ["information_sharing"], "Remaining item run into the stem."),
], C(SRC_WA310, "item (2)(a) (sending/receiving status information under 8 U.S.C. 1373) deleted from the 'do not limit or prohibit' clause and item (b) run into the stem."))

add("scope_change", T.WA310, con(T.WA310, [("(1) Judges, court staff, court security personnel, prosecutors, and personnel of the prosecutor's office:",
    "(1) Judges, court staff, court security personnel, prosecutors, personnel of the prosecutor's office, and staff of county jails and juvenile detention facilities:")]), [
    ("prosecutors, and personnel of the prosecutor's office:", "prosecutors, personnel of the prosecutor's office, and staff of county jails and juvenile detention facilities:", L,
     ["information_sharing", "status_inquiry"], "Jail and juvenile detention staff become bound by the bans on status questions and on giving ICE nonpublic data."),
], C(SRC_WA310, "'and staff of county jails and juvenile detention facilities' added to the persons bound by (1)."))

add("cross_clause", T.WA310, con(T.WA310, [("in accordance with 8 U.S.C. Sec. 1373; or\n\n(b) Complying with any other state or federal law.",
    "in accordance with 8 U.S.C. Sec. 1373;\n\n(b) Responding to a request from federal immigration authorities for the date and time of an individual's next scheduled court appearance; or\n\n(c) Complying with any other state or federal law.")]), [
    ("", "(b) Responding to a request from federal immigration authorities for the date and time of an individual's next scheduled court appearance; or", E,
     ["information_sharing", "ice_cooperation"],
     "A new item in the savings clause of (2) carves hearing dates out of the ban in (1)(b), so staff may tell ICE when a person will be in court."),
    ("(b) Complying with any other state or federal law.", "(c) Complying with any other state or federal law.", N, ["information_sharing"], "Renumbering."),
], C(SRC_WA310, "item (b) on answering ICE requests for the next court date added to the savings clause (2); old (b) renumbered (c), 'or' moved."))

# ======================= RCW 2.28.300 =======================
add("definition_change", T.WA300, con(T.WA300, [("or Article IV of the state Constitution. A \"court order\" includes",
    "or Article IV of the state Constitution, or an order or warrant of removal issued by an immigration judge or an immigration officer. A \"court order\" includes")]), [
    ("or Article IV of the state Constitution. A \"court order\" includes", "or Article IV of the state Constitution, or an order or warrant of removal issued by an immigration judge or an immigration officer. A \"court order\" includes", E,
     ["detainers_holds", "enforcement_authority"],
     "Administrative removal orders and warrants now count as 'court orders', which opens the court-order exceptions of RCW 2.28.310-.330 to ICE paperwork."),
], C(SRC_WA300, "immigration-judge and immigration-officer removal orders/warrants added to the definition of 'Court order'."))

add("definition_change", T.WA300, con(T.WA300, [("including but not limited to adjacent sidewalks, all parking areas, grassy areas,",
    "including but not limited to adjacent sidewalks, all parking areas, public transit stops serving the building, grassy areas,")]), [
    ("adjacent sidewalks, all parking areas, grassy areas,", "adjacent sidewalks, all parking areas, public transit stops serving the building, grassy areas,", L,
     ["enforcement_authority"], "Transit stops serving a courthouse become part of the 'court facility' where civil arrests are restricted."),
], C(SRC_WA300, "'public transit stops serving the building' added to the definition of 'Court facility'."))

add("definition_change", T.WA300, con(T.WA300, [("including but not limited to probation officers, court security personnel, court clerks,",
    "including but not limited to probation officers, court security personnel, pretrial services officers, court clerks,")]), [
    ("probation officers, court security personnel, court clerks,", "probation officers, court security personnel, pretrial services officers, court clerks,", L,
     ["information_sharing", "status_inquiry"],
     "Pretrial services officers are named as 'court staff' and so fall under the RCW 2.28.310 bans on status questions and on passing data to ICE."),
], C(SRC_WA300, "'pretrial services officers' added to the list in the definition of 'Court staff'."))

# ======================= NY S5457 sec. 29 =======================
S29B, S29A = T.S29B, T.S29A
add("list_item_removed", S29B, con(S29B, [("(I) ANY MEDICAL TREATMENT OR HEALTH CARE FACILITY, INCLUDING ANY HOSPITAL, DOCTOR'S OFFICE, ACCREDITED HEALTH CLINIC, OR EMERGENT OR URGENT CARE FACILITY, OR COMMUNITY HEALTH CENTER;\n\n(II) ALL PUBLIC", "(I) ALL PUBLIC"),
    ("(III) ANY SCHOLASTIC", "(II) ANY SCHOLASTIC"), ("(IV) LOCATIONS WHERE", "(III) LOCATIONS WHERE"), ("(V) LOCATIONS OF ANY", "(IV) LOCATIONS OF ANY"),
    ("(VI) PLACES OF WORSHIP", "(V) PLACES OF WORSHIP"), ("(VII) ANY OFFICE", "(VI) ANY OFFICE")]), [
    ("(I) ANY MEDICAL TREATMENT OR HEALTH CARE FACILITY, INCLUDING ANY HOSPITAL, DOCTOR'S OFFICE, ACCREDITED HEALTH CLINIC, OR EMERGENT OR URGENT CARE FACILITY, OR COMMUNITY HEALTH CENTER;",
     "", E, ["enforcement_authority", "access_to_services"], "Hospitals and clinics drop out of the 'sensitive locations', so civil (immigration) arrests near them are no longer barred."),
    ("(II) ALL PUBLIC AND PRIVATE SCHOOLS", "(I) ALL PUBLIC AND PRIVATE SCHOOLS", N, ["enforcement_authority"], "Renumbering of the remaining items."),
], C(SRC_S29B, "item (I) (medical treatment and health care facilities) deleted from the 'sensitive location' list and items renumbered."))

add("list_item_added", S29B, con(S29B, [("WEDDINGS OR OTHER RELIGIOUS CEREMONIES; AND", "WEDDINGS OR OTHER RELIGIOUS CEREMONIES;"),
    ("(VII) ANY OFFICE OF A STATE OR LOCAL ELECTED OFFICIAL; AND", "(VII) ANY OFFICE OF A STATE OR LOCAL ELECTED OFFICIAL; AND\n\n(VIII) ANY COURTHOUSE, INCLUDING ANY COURTROOM, CLERK'S OFFICE OR SELF-HELP CENTER; AND")]), [
    ("", "(VIII) ANY COURTHOUSE, INCLUDING ANY COURTROOM, CLERK'S OFFICE OR SELF-HELP CENTER; AND", L, ["enforcement_authority"],
     "Courthouses become sensitive locations, so civil arrests within 1,000 feet of them need a judicial warrant."),
    ("OR OTHER RELIGIOUS CEREMONIES; AND", "OR OTHER RELIGIOUS CEREMONIES;", N, ["enforcement_authority"], "Conjunction moved to the new last item."),
], C(SRC_S29B, "item (VIII) (courthouses) added to the 'sensitive location' list; 'AND' moved."))

add("scope_change", S29B, con(S29B, [("WHILE WITHIN ONE THOUSAND FEET OF A SENSITIVE LOCATION", "WHILE WITHIN ONE-HALF MILE OF A SENSITIVE LOCATION")]), [
    ("WHILE WITHIN ONE THOUSAND FEET OF A SENSITIVE LOCATION", "WHILE WITHIN ONE-HALF MILE OF A SENSITIVE LOCATION", L, ["enforcement_authority"],
     "The no-arrest zone around hospitals, schools and shelters grows from 1,000 feet to half a mile."),
], C(SRC_S29B, "'ONE THOUSAND FEET' replaced by 'ONE-HALF MILE' in subdivision 1."))

add("definition_change", S29B, con(S29B, [("ISSUED BY A MAGISTRATE SITTING IN THE JUDICIAL BRANCH OF A LOCAL OR STATE GOVERNMENT OR OF THE FEDERAL GOVERNMENT, AUTHORIZING",
    "ISSUED BY A MAGISTRATE SITTING IN THE JUDICIAL BRANCH OF A LOCAL OR STATE GOVERNMENT OR OF THE FEDERAL GOVERNMENT, OR A WARRANT OF REMOVAL ISSUED BY THE UNITED STATES DEPARTMENT OF HOMELAND SECURITY, AUTHORIZING")]), [
    ("OR OF THE FEDERAL GOVERNMENT, AUTHORIZING", "OR OF THE FEDERAL GOVERNMENT, OR A WARRANT OF REMOVAL ISSUED BY THE UNITED STATES DEPARTMENT OF HOMELAND SECURITY, AUTHORIZING", E,
     ["detainers_holds", "enforcement_authority"], "An administrative DHS removal warrant now satisfies the 'judicial warrant' exception, so ICE can arrest at sensitive locations on its own paper."),
], C(SRC_S29B, "DHS warrants of removal added to the definition of 'judicial warrant' in 6(C)."))

add("exception_to_exception", S29B, con(S29B, [("ACTING LAWFULLY PURSUANT TO THEIR DUTY TO MAINTAIN SAFETY AND ORDER IN THE COURTS.",
    "ACTING LAWFULLY PURSUANT TO THEIR DUTY TO MAINTAIN SAFETY AND ORDER IN THE COURTS, EXCEPT WHERE SUCH PERSONNEL HAVE WILLFULLY ASSISTED A CIVIL ARREST FOR THE PURPOSE OF FEDERAL IMMIGRATION ENFORCEMENT.")]), [
    ("", ", EXCEPT WHERE SUCH PERSONNEL HAVE WILLFULLY ASSISTED A CIVIL ARREST FOR THE PURPOSE OF FEDERAL IMMIGRATION ENFORCEMENT", L, ["ice_cooperation"],
     "Court personnel who help ICE make a civil arrest lose their shield from suit: an exception carved out of the exemption in subdivision 7."),
], C(SRC_S29B, "an exception for court personnel who willfully assisted an immigration civil arrest added to the immunity in subdivision 7."))

add("scope_change", S29A, con(S29A, [("OR WILLFULLY ASSISTING AN ARREST PROHIBITED BY SUBDIVISION ONE OF THIS SECTION;",
    "OR WILLFULLY ASSISTING, INCLUDING BY PROVIDING INFORMATION ABOUT THE LOCATION OF ANY PERSON, AN ARREST PROHIBITED BY SUBDIVISION ONE OF THIS SECTION;")]), [
    ("OR WILLFULLY ASSISTING AN ARREST", "OR WILLFULLY ASSISTING, INCLUDING BY PROVIDING INFORMATION ABOUT THE LOCATION OF ANY PERSON, AN ARREST", L,
     ["information_sharing", "ice_cooperation"], "Tipping off arresting agents about where a person is becomes contempt and false imprisonment."),
], C(SRC_S29A, "'INCLUDING BY PROVIDING INFORMATION ABOUT THE LOCATION OF ANY PERSON' added to the assisting clause of subdivision 2."))

add("rule_removed", S29A, con(S29A, [("\n\n(B) THE ATTORNEY GENERAL MAY BRING A CIVIL ACTION IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK TO OBTAIN APPROPRIATE EQUITABLE AND DECLARATORY RELIEF IF THE ATTORNEY GENERAL HAS REASONABLE CAUSE TO BELIEVE THAT A VIOLATION OF SUBDIVISION ONE OF THIS SECTION, AS DESCRIBED IN SUBDIVISION TWO OF THIS SECTION HAS OCCURRED OR MAY OCCUR.", ""),
    ("HAS OCCURRED OR MAY OCCUR; AND", "HAS OCCURRED OR MAY OCCUR.")]), [
    ("(B) THE ATTORNEY GENERAL MAY BRING A CIVIL ACTION IN THE NAME OF THE PEOPLE OF THE STATE OF NEW YORK", "", E, ["enforcement_authority"],
     "The Attorney General can no longer sue to stop barred civil arrests, weakening enforcement of the sensitive-location privilege."),
    ("HAS OCCURRED OR MAY OCCUR; AND", "HAS OCCURRED OR MAY OCCUR.", N, ["enforcement_authority"], "Punctuation after the removed item."),
], C(SRC_S29A, "paragraph 3(B) (Attorney General's civil action) deleted and the end of 3(A) repunctuated."))

add("reparagraphed", S29A, con(S29A, [("SECTION; PROVIDED, HOWEVER, THAT NOTHING", "SECTION;\n\nPROVIDED, HOWEVER, THAT NOTHING")]), [
    ("PROHIBITED BY SUBDIVISION ONE OF THIS SECTION; PROVIDED, HOWEVER,", "PROHIBITED BY SUBDIVISION ONE OF THIS SECTION;\n\nPROVIDED, HOWEVER,", N, ["enforcement_authority"],
     "The proviso is set in its own paragraph; words unchanged."),
], C(SRC_S29A, "the proviso of subdivision 2 set in its own paragraph (words unchanged)."))

# ======================= NJ Directive 07-19 =======================
NJ = T.NJ0719
add("exception_added", NJ, con(NJ, [("for demographic or other non-specific purposes.", "for demographic or other non-specific purposes, except when a law enforcement agency requests such data for a pending investigation.")]), [
    ("for demographic or other non-specific purposes.", "for demographic or other non-specific purposes, except when a law enforcement agency requests such data for a pending investigation.", E,
     ["status_inquiry", "information_sharing"], "Courts may again collect immigration data whenever police ask for it, widening status collection and sharing."),
], C(SRC_NJ, "exception for law-enforcement requests added to the sentence ending the collection of immigration data."))

add("modal_change", NJ, con(NJ, [("Courts will no longer collect immigration-related data", "Courts should avoid collecting immigration-related data")]), [
    ("Courts will no longer collect immigration-related data", "Courts should avoid collecting immigration-related data", E, ["status_inquiry"],
     "A firm end to collecting status data becomes advice, leaving courts free to keep collecting it."),
], C(SRC_NJ, "'will no longer collect' changed to 'should avoid collecting'."))

add("list_item_added", NJ, con(NJ, [("make findings related to Special Immigrant Juvenile Status, and process child adoptions.",
    "make findings related to Special Immigrant Juvenile Status, process child adoptions, and respond to inquiries from federal immigration authorities.")]), [
    ("and process child adoptions.", "process child adoptions, and respond to inquiries from federal immigration authorities.", E, ["information_sharing", "ice_cooperation"],
     "Answering ICE inquiries becomes one of the purposes for which courts keep receiving status information."),
], C(SRC_NJ, "'respond to inquiries from federal immigration authorities' added to the list of continued uses of status information."))

add("neutral_rewrite", NJ, con(NJ, [("In such cases, attorneys - not judges - are responsible to raise relevant issues.", "In such cases, it is the responsibility of attorneys, not judges, to raise relevant issues.")]), [
    ("In such cases, attorneys - not judges - are responsible to raise relevant issues.", "In such cases, it is the responsibility of attorneys, not judges, to raise relevant issues.", N,
     ["status_inquiry"], "Same allocation of the duty to raise status issues, reworded."),
], C(SRC_NJ, "the sentence on who raises immigration-status issues reworded without changing its sense."))

add("approval_added", NJ, con(NJ, [("only when needed to fulfill a legitimate court purpose", "only when needed to fulfill a legitimate court purpose and with the approval of the Assignment Judge")]), [
    ("only when needed to fulfill a legitimate court purpose", "only when needed to fulfill a legitimate court purpose and with the approval of the Assignment Judge", L,
     ["status_inquiry", "supervisor_approval"], "Collecting status information now also needs the Assignment Judge's approval, an added condition."),
], C(SRC_NJ, "an Assignment Judge approval condition added to the rule on requesting status information."))

# ======================= Colorado 24-74-104 =======================
CO = T.CO104
add("exception_added", CO, con(CO, [("a person's immigration status for the purpose of identifying if the person has complied with federal immigration laws, including civil immigration laws and 8 U.S.C. sec. 1325 or 1326, except as required by state or federal law or as necessary to perform state agency duties,",
    "a person's immigration status for the purpose of identifying if the person has complied with federal immigration laws, including civil immigration laws and 8 U.S.C. sec. 1325 or 1326, except as required by state or federal law, as requested by a federal immigration authority, or as necessary to perform state agency duties,")]), [
    ("except as required by state or federal law or as necessary to perform state agency duties, or to verify a person's eligibility for a government funded program for housing or economic development if verification is a necessary condition of the government funding.\n\n(2)",
     "except as required by state or federal law, as requested by a federal immigration authority, or as necessary to perform state agency duties, or to verify a person's eligibility for a government funded program for housing or economic development if verification is a necessary condition of the government funding.\n\n(2)", E,
     ["status_inquiry", "ice_cooperation"], "State employees may question people about status whenever ICE asks them to."),
], C(SRC_CO, "exception 'as requested by a federal immigration authority' added in (1)."))

add("list_item_removed", CO, con(CO, [("(a) Place of birth;\n\n(b) Immigration or citizenship status; or\n\n(c) Information from passports, permanent resident cards, alien registration cards, or employment authorization documents.",
    "(a) Place of birth; or\n\n(b) Immigration or citizenship status.")]), [
    ("(c) Information from passports, permanent resident cards, alien registration cards, or employment authorization documents.", "", E, ["document_requests"],
     "Agencies may again collect data from passports, green cards and work permits."),
    ("(a) Place of birth;\n\n(b) Immigration or citizenship status; or", "(a) Place of birth; or\n\n(b) Immigration or citizenship status.", N, ["status_inquiry"], "Conjunction and punctuation follow the removal."),
], C(SRC_CO, "item (2)(c) (information from passports and immigration documents) deleted; 'or' moved."))

add("exception_removed", CO, con(CO, [("\n\n(3) This section does not apply to a database or automated network collecting data or documents that was activated by a state agency on or before December 31, 2021.", "")]), [
    ("(3) This section does not apply to a database or automated network collecting data or documents that was activated by a state agency on or before December 31, 2021.", "", L,
     ["status_inquiry", "information_sharing"], "Older agency databases lose their exemption, so the collection limits now reach them too."),
], C(SRC_CO, "subsection (3) (exemption for databases activated by December 31, 2021) deleted."))

add("restated", CO, con(CO, [("a state agency employee shall not inquire into, or request information or documents to ascertain,", "a state agency employee is prohibited from inquiring into, or requesting information or documents to ascertain,")]), [
    ("a state agency employee shall not inquire into, or request information or documents to ascertain,", "a state agency employee is prohibited from inquiring into, or requesting information or documents to ascertain,", N,
     ["status_inquiry"], "Same prohibition in other words."),
], C(SRC_CO, "'shall not inquire into, or request' restated as 'is prohibited from inquiring into, or requesting' in (1)."))

# ======================= UC Davis Health =======================
U = T.UCD
add("approval_removed_or_weakened", U, con(U, [("- Advise the officer that before proceeding with their request, you must first notify and receive direction from the Site Administrator or Administrator on Duty/Call and legal counsel.\n\n- Notify", "- Notify")]), [
    ("- Advise the officer that before proceeding with their request, you must first notify and receive direction from the Site Administrator or Administrator on Duty/Call and legal counsel.", "", E,
     ["supervisor_approval", "ice_cooperation"], "Staff no longer hold an officer's request until the administrator and counsel give direction; only notice remains."),
], C(SRC_UCD, "the first step (tell the officer that staff must first receive direction from the administrator and counsel) deleted."))

add("rule_added", U, con(U, [("- The response will depend upon the type of documentation they provide.", "- Do not confirm whether a patient is in the facility or share any patient information unless legal counsel confirms that a judicial warrant or court order requires it.\n\n- The response will depend upon the type of documentation they provide.")]), [
    ("", "- Do not confirm whether a patient is in the facility or share any patient information unless legal counsel confirms that a judicial warrant or court order requires it.", L,
     ["information_sharing", "supervisor_approval"], "New step bars staff from giving officers patient whereabouts or data without counsel's confirmation of a judicial warrant or order."),
], C(SRC_UCD, "a step barring disclosure of patient presence or information without counsel's confirmation of a judicial warrant/court order added before the last item."))

add("exception_removed", U, con(U, [("such as interior areas or those marked \"private,\" unless staff consent to the search.", "such as interior areas or those marked \"private.\" Staff may not consent to a search of these areas.")]), [
    ("unless staff consent to the search.", "Staff may not consent to a search of these areas.", L, ["enforcement_authority", "supervisor_approval"],
     "Staff consent no longer opens private areas to ICE without a warrant; staff are told not to give it."),
], C(SRC_UCD, "the consent exception to the warrant requirement replaced by a sentence forbidding staff consent."))

# ======================= CA AG 2024 health model policy (SEIU page) =======================
S = T.SEIU
add("modal_change", S, con(S, [("Healthcare facilities should limit the collection of immigration-related information.", "Healthcare facilities shall not collect immigration-related information unless required by law.")]), [
    ("Healthcare facilities should limit the collection of immigration-related information.", "Healthcare facilities shall not collect immigration-related information unless required by law.", L,
     ["status_inquiry"], "A recommendation to limit status collection becomes a ban with a single legal-requirement exception."),
], C(SRC_SEIU, "'should limit the collection' changed to 'shall not collect ... unless required by law'."))

add("reparagraphed", S, con(S, [("Policy Recommendations:\nHealthcare facilities should limit the collection of immigration-related information.\nStaff should be trained on privacy policies.\nPatients should educated on their privacy rights.",
    "Policy Recommendations: Healthcare facilities should limit the collection of immigration-related information. Staff should be trained on privacy policies. Patients should educated on their privacy rights.")]), [
    ("Policy Recommendations:\nHealthcare facilities should limit", "Policy Recommendations: Healthcare facilities should limit", N, ["status_inquiry"],
     "Lines of the recommendations run together; words unchanged."),
], C(SRC_SEIU, "the three recommendation lines run into one paragraph (words unchanged)."))

# ======================= Illinois 705 ILCS 96/10-15 =======================
I = T.IL1015
add("list_item_added", I, con(I, [("(4) on any sidewalk, parkway, and street surrounding the courthouse and its premises; and", "(4) on any sidewalk, parkway, and street surrounding the courthouse and its premises;"),
    ("courthouse including a sidewalk, parkway, or street.", "courthouse including a sidewalk, parkway, or street; and\n\n(6) at any public transit station or stop within 1,000 feet of the courthouse.")]), [
    ("", "(6) at any public transit station or stop within 1,000 feet of the courthouse.", L, ["enforcement_authority"],
     "Transit stops near the courthouse are added to the places where court-goers are privileged from civil arrest."),
    ("its premises; and", "its premises;", N, ["enforcement_authority"], "Conjunction moved to the new last item."),
], C(SRC_IL, "item (6) (public transit stations or stops within 1,000 feet) added to the list in (a); 'and' moved."))

add("exception_added", I, con(I, [("(d) Nothing in this Section precludes the execution of a criminal arrest warrant issued by a judge or a criminal arrest based on probable cause for a violation of criminal law.",
    "(d) Nothing in this Section precludes the execution of a criminal arrest warrant issued by a judge, a criminal arrest based on probable cause for a violation of criminal law, or the execution of an administrative warrant of removal issued by the United States Department of Homeland Security.")]), [
    ("or a criminal arrest based on probable cause for a violation of criminal law.", ", a criminal arrest based on probable cause for a violation of criminal law, or the execution of an administrative warrant of removal issued by the United States Department of Homeland Security.", E,
     ["detainers_holds", "enforcement_authority"], "ICE removal warrants are carved out of the courthouse privilege."),
], C(SRC_IL, "execution of DHS administrative removal warrants added to the savings clause (d)."))

add("scope_change", I, con(I, [("A person duly and in good faith attending a State court proceeding in which the person is a party, a witness, a potential witness, or a court companion of a party, witness, or potential witness is privileged",
    "A person duly and in good faith attending a State court proceeding in which the person is a party, a witness, a potential witness, or a court companion of a party, witness, or potential witness, or a person having other business with the clerk of the court, is privileged")]), [
    ("a court companion of a party, witness, or potential witness is privileged", "a court companion of a party, witness, or potential witness, or a person having other business with the clerk of the court, is privileged", L,
     ["enforcement_authority"], "People visiting the clerk's office are added to those shielded from civil arrest at court."),
], C(SRC_IL, "'or a person having other business with the clerk of the court' added to the persons protected in (a)."))

add("cross_clause", I, con(I, [("(c) The protections in this Section apply regardless of whether a judicial order under Section 10-20 is issued or a court otherwise implements this Act by a rule or order.",
    "(c) The protections in this Section apply only where a judicial order under Section 10-20 has been issued or a court otherwise implements this Act by a rule or order.")]), [
    ("apply regardless of whether a judicial order under Section 10-20 is issued", "apply only where a judicial order under Section 10-20 has been issued", E, ["enforcement_authority"],
     "The privilege in (a) now depends on a separate court order under another section, so where none is issued civil arrests at court are not barred."),
], C(SRC_IL, "(c) changed from 'regardless of whether a judicial order under Section 10-20 is issued' to 'only where ... has been issued'."))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(PAIRS, 1):
        tops = []
        for c in p["changes"]:
            for t in c["topics"]:
                if t not in tops:
                    tops.append(t)
        rec = {"id": "JW-%02d" % i, "situation": p["situation"], "old": p["old"], "new": p["new"], "changes": p["changes"],
               "label": pair_label(p["changes"]), "topics": tops, "source": p["source"]}
        check(rec)
        assert 800 <= len(rec["old"]) <= 4000 and 800 <= len(rec["new"]) <= 4000, (rec["id"], len(rec["old"]), len(rec["new"]))
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(PAIRS), "pairs written")
