import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
B = "\n\n"
ALA = B.join([
"6. Inmate attorney notifications: Whenever ACSO receives any ICE requests on an ACSO inmate, via the DHS I-247N form, a copy of the form shall also be provided to the specified inmate(s) and their attorney of record, upon the attorney's request.",
"7. Upon notification to ICE that an individual is being, or will be, released on a certain date, ACSO shall promptly provide the same notification in writing to the individual and to his or her attorney and/or to one additional person who the individual shall be permitted to designate.",
"8. All records relating to ICE access provided by and to ACSO, including all non-exempt communication with ICE, shall be public records for purposes of the California Public Records Act, including the exemptions provided by that act, and as permitted under that act, personal identifying information and other non-exempt information may be redacted prior to public disclosure. Records relating to ICE access include, but are not limited to:",
"a. Data maintained by ACSO regarding the number and demographic characteristics of individuals to whom ACSO has provided ICE access;",
"b. The date ICE access was provided;",
"c. Whether the ICE access was provided through a notification request, transfer, or through other means, to the extent the ACSO maintains such records; and",
"d. Non-exempt records to and/or from ICE and ACSO, including, but not limited to ICE notification or transfer requests.",
"e. These records shall be maintained in ATIMS JMS."])
ALA_SRC = ("Alameda County (California) Sheriff's Office General Order 1.24 'ICE Request for Notifications and Transfers' (issued January 1, 2014, revised January 6, 2017), "
"page 5 of 6, items 6-8 (TRUTH Act implementation), as filed in San Leandro City Council packet 2017-02-21, https://weblink.sanleandro.org/PublicWeblink8/0/doc/372412/Page45.aspx "
"(the carried-over end of item 5 and item 9, where the stored copy breaks off, are left out; <br /> line breaks removed; curly quotes straightened). Earlier sets used pages 1 and 3 of this order (items I-III.A and E.1-2), not these items.")
GA1 = B.join([
"42-1-11.1. Alien prisoners eligible for deportation; cooperation with federal deportation program.",
"(a) As used in this Code section, the term:",
"(1) \"Alien prisoner\" means a person who is not a citizen or national of the United States who is serving a sentence under the supervision of the department.",
"(2) \"Board\" means the State Board of Pardons and Paroles.",
"(3) \"Department\" means the Department of Corrections.",
"(4) \"Release on a reprieve\" means being released on a reprieve with a detainer to United States Immigration and Customs Enforcement.",
"(b) The department and board shall establish a process and agreements among multiple state, local, and federal agencies for the implementation of the United States Immigration and Customs Enforcement Rapid Removal of Eligible Parolees Accepted for Transfer (REPAT) Program or similar federal program, by whatever name, for the purpose of deporting alien prisoners in the state prison system who are eligible for deportation.",
"(c) The department shall include as a part of the intake process a procedure to identify alien prisoners eligible for deportation. The department shall coordinate with the federal authorities to determine an alien prisoner's immigration status and eligibility for removal. The identity and information regarding alien prisoners eligible for deportation shall be provided expeditiously to the board, and the board shall then consider such alien prisoner for a release on a reprieve. Alien prisoners who would otherwise be ineligible for parole shall not become eligible by reason of eligibility for a release on a reprieve.",
"(d) Upon an alien prisoner's acceptance into the federal deportation program, the board may establish a tentative release month for the alien prisoner to be transferred into federal custody."])
GA1_SRC = ("O.C.G.A. 42-1-11.1(a)-(d) (Ga. L. 2010, p. 263, SB 136; Department of Corrections / Board of Pardons and Paroles participation in ICE's REPAT program), "
"text from https://getpocketlaw.com/law/state_georgia/section-42-1-11-1-alien-prisoners-eligible-for-deportation-cooperation-with-federal-deportation-program-waiver-of-extradition-rights-transportation_fd63cc516814 "
"(the site's '1.'/'2.' list markers rewritten as the Code's (a)/(1) lettering; catchline shortened to its first two parts; subsection (e) onward left out because the stored copy breaks off in it).")
GA2 = B.join([
"42-9-43.1. Citizenship status of prisoner; deportation.",
"(a) In determining whether to grant parole the board shall be authorized to make inquiry into whether the prisoner is lawfully present in the United States under federal law.",
"(b) If the board determines that the prisoner is not lawfully present in the United States, the board shall be authorized to make inquiry into whether the prisoner would be legally subject to deportation from the United States while on parole.",
"(c) If the board determines that the prisoner would be legally subject to deportation from the United States while on parole, the board may:",
"(1) Consider the interest of the state in securing certain and complete execution of its judicial sentences in criminal cases;",
"(2) Consider the likelihood that deportation may intervene to frustrate that state interest if parole is granted; and",
"(3) Where appropriate, decline to grant parole in furtherance of the state interest in certain and complete execution of sentences.",
"(d) Any grant of parole to an alien prisoner, as such term is defined in Code Section 42-1-11.1, who is subject to deportation shall be conditioned upon the deportation of such prisoner pursuant to a final removal order and a further condition that such prisoner abide by the deportation order and all immigration laws of the United States."])
GA2_SRC = ("O.C.G.A. 42-9-43.1 (State Board of Pardons and Paroles; Ga. L. 2007, p. 34, SB 23; Ga. L. 2010, p. 263, SB 136), whole section, text from http://ga.elaws.us/law/section42-9-43.1 "
"(same words at getpocketlaw.com and laws9.com; history line left out).")
BOP = B.join([
"606. PRE-RELEASE NOTIFICATION",
"No later than 90 calendar days before the inmates release, CS staff will notify the agency that placed a detainer or notification, usually via a DAL or letter, of the inmate's projected release date. The authority that filed a detainer must notify the institution of its intent to take custody of the inmate. It is the responsibility of the agency placing the detainer to arrange with local law enforcement authorities when the need for an extradition hearing arises.",
"If the requesting authority indicates in writing it will not take custody of the inmate, a DAL will be completed and forwarded, the detainer will be removed, the warrant will be returned, and the institution may continue with release planning. The unit team will be notified of the removal of all detainers via DAL. If the detainer is removed within one month of release, the unit team will be notified of the action without delay (ordinarily within the same business day)."])
BOP_SRC = ("U.S. Department of Justice, Federal Bureau of Prisons, Change Notice to Program Statement 5800.15 'Correctional Systems Manual', CN-1, September 23, 2016 (implementing the BOP-ICE memorandum of understanding), "
"section 606 'Pre-Release Notification' as reproduced at https://fdocuments.net/document/correctional-systems-manual-upon-request-cs-staff-will-provide-ices-medical-staff.html "
"(the stored copy's highlight/bold marking of deleted and inserted words is not visible in the text, so the section is used as printed there; 'inmates release' kept as printed; heading put on its own line).")

pairs = []
def C(qo, qn, lab, tops, why):
    return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
def P(sit, old, edits, changes, src, what):
    new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "", "situation": sit, "old": old, "new": new, "changes": changes, "label": pair_label(changes), "topics": tops,
         "source": "CONSTRUCTED: OLD = real text, " + src + " NEW = OLD with an edit written for this set: " + what}
    pairs.append(p)

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
# ---------------- Alameda
s = ", ACSO shall promptly provide the same notification in writing"
P("rule_added", ALA,
  [("7. Upon notification to ICE", "7. ACSO shall notify ICE that an individual is being, or will be, released on a certain date only if the individual has been convicted of a serious or violent felony identified in Penal Code section 1192.7(c) or 667.5(c). Upon notification to ICE")],
  [C("", "ACSO shall notify ICE that an individual is being, or will be, released on a certain date only if the individual has been convicted of a serious or violent felony identified in Penal Code section 1192.7(c) or 667.5(c).", L, ["information_sharing", "detainers_holds"],
     "Release-date notifications to ICE, previously given without a stated condition, are now allowed only for people with serious or violent felony convictions.")],
  ALA_SRC, "a new first sentence in item 7 confining release-date notifications to ICE to people with serious or violent felony convictions.")
P("approval_added", ALA,
  [("7. Upon notification to ICE that", "7. Upon notification to ICE, which shall be made only with the prior approval of the on-duty Watch Commander, that")],
  [C("", ", which shall be made only with the prior approval of the on-duty Watch Commander,", L, ["supervisor_approval", "information_sharing"],
     "A release-date notification to ICE now needs the Watch Commander's prior approval.")],
  ALA_SRC, "', which shall be made only with the prior approval of the on-duty Watch Commander,' inserted in item 7.")
P("rule_added", ALA,
  [("upon the attorney's request.", "upon the attorney's request. ICE agents presenting official identification may interview the specified inmate(s) at any time after the I-247N form is received, and staff shall make the inmate available for the interview.")],
  [C("", "ICE agents presenting official identification may interview the specified inmate(s) at any time after the I-247N form is received, and staff shall make the inmate available for the interview.", E, ["ice_cooperation"],
     "Adds a standing permission and duty to give ICE interview access to inmates named in a request.")],
  ALA_SRC, "a sentence added at the end of item 6 giving ICE agents interview access to inmates named in an I-247N request.")
P("neutral_rewrite", ALA,
  [("6. Inmate attorney notifications: Whenever ACSO receives any ICE requests on an ACSO inmate, via the DHS I-247N form, a copy of the form shall also be provided to the specified inmate(s) and their attorney of record, upon the attorney's request.",
    "6. Inmate attorney notifications: When ACSO receives an ICE request concerning an ACSO inmate on the DHS I-247N form, ACSO shall also give a copy of the form to the inmate and, if the attorney so requests, to the inmate's attorney of record."),
   (s, ", ACSO shall without delay provide the same notification in writing")],
  [C("Whenever ACSO receives any ICE requests on an ACSO inmate, via the DHS I-247N form, a copy of the form shall also be provided to the specified inmate(s) and their attorney of record, upon the attorney's request.",
     "When ACSO receives an ICE request concerning an ACSO inmate on the DHS I-247N form, ACSO shall also give a copy of the form to the inmate and, if the attorney so requests, to the inmate's attorney of record.", N, ["information_sharing"],
     "The duty to copy the I-247N form to the inmate and, on request, the attorney is the same, in active voice."),
   C("ACSO shall promptly provide", "ACSO shall without delay provide", N, ["information_sharing"], "'Promptly' and 'without delay' set the same timing for the notice to the individual.")],
  ALA_SRC, "item 6 reworded in the active voice with the same duty; 'promptly' -> 'without delay' in item 7.")
P("reparagraphed", ALA,
  [(" Records relating to ICE access include, but are not limited to:", "\n\nRecords relating to ICE access include, but are not limited to:")],
  [C("redacted prior to public disclosure. Records relating to ICE access include", "redacted prior to public disclosure.\n\nRecords relating to ICE access include", N, ["information_sharing"],
     "The list stem of item 8 is moved to its own paragraph; no word changes.")],
  ALA_SRC, "the list stem 'Records relating to ICE access include, but are not limited to:' split off into its own paragraph (words unchanged).")
P("exception_added", ALA,
  [("upon the attorney's request.", "upon the attorney's request, unless the on-duty Watch Commander determines that providing the form before ICE assumes custody would jeopardize the transfer.")],
  [C("", ", unless the on-duty Watch Commander determines that providing the form before ICE assumes custody would jeopardize the transfer", E, ["ice_cooperation", "information_sharing"],
     "Lets the jail withhold the ICE request from the inmate and counsel to protect an ICE transfer, weakening a safeguard in ICE's favour.")],
  ALA_SRC, "an exception added to item 6 letting the Watch Commander withhold the I-247N copy when giving it would 'jeopardize the transfer'.")
P("mixed", ALA,
  [("7. Upon notification to ICE", "7. ACSO shall provide release-date notifications to ICE only in response to a written DHS I-247N request and shall not initiate such notifications on its own. Upon notification to ICE"),
   ("to one additional person who the individual shall be permitted to designate.", "to one additional person who the individual shall be permitted to designate, except where ICE has asked that the notification not be disclosed.")],
  [C("", "ACSO shall provide release-date notifications to ICE only in response to a written DHS I-247N request and shall not initiate such notifications on its own.", L, ["information_sharing", "ice_cooperation"],
     "Bars self-initiated release reports to ICE, so notice goes only where ICE has made a written request."),
   C("", ", except where ICE has asked that the notification not be disclosed", E, ["ice_cooperation", "information_sharing"],
     "Lets ICE suppress the person's own notice of the release-date report, easing ICE pickups at release.")],
  ALA_SRC, "item 7 gains a first sentence barring self-initiated release notifications to ICE, and an exception at its end letting ICE ask that the person not be told.")
# ---------------- Georgia 42-1-11.1
P("modal_change", GA1,
  [("(b) The department and board shall establish a process", "(b) The department and board may establish a process")],
  [C("The department and board shall establish a process", "The department and board may establish a process", L, ["ice_cooperation"],
     "Participation in ICE's REPAT removal program becomes optional instead of required.")],
  GA1_SRC, "'shall establish' -> 'may establish' in (b).")
P("modal_change", GA1,
  [("the board may establish a tentative release month", "the board shall establish a tentative release month")],
  [C("the board may establish a tentative release month", "the board shall establish a tentative release month", E, ["ice_cooperation", "detainers_holds"],
     "Setting a release month for transfer into federal (ICE) custody becomes mandatory for every accepted prisoner.")],
  GA1_SRC, "'may establish' -> 'shall establish' in (d).")
P("definition_change", GA1,
  [("who is serving a sentence under the supervision of the department.", "who is serving a sentence under the supervision of the department or who is confined in a county jail or correctional institution pending transfer to the department.")],
  [C("", " or who is confined in a county jail or correctional institution pending transfer to the department", E, ["status_inquiry", "ice_cooperation"],
     "Widening 'alien prisoner' brings people held in county jails into the status checks and REPAT process.")],
  GA1_SRC, "the definition of 'alien prisoner' in (a)(1) widened to people in county jails awaiting transfer.")
P("approval_added", GA1,
  [("The department shall coordinate with the federal authorities", "With the written approval of the commissioner in each case, the department shall coordinate with the federal authorities")],
  [C("", "With the written approval of the commissioner in each case,", L, ["supervisor_approval", "status_inquiry", "ice_cooperation"],
     "Each status check with federal authorities now needs the commissioner's written approval.")],
  GA1_SRC, "'With the written approval of the commissioner in each case,' added before the coordination duty in (c).")
P("rule_removed", GA1,
  [("(c) The department shall include as a part of the intake process a procedure to identify alien prisoners eligible for deportation. The department shall coordinate with the federal authorities to determine an alien prisoner's immigration status and eligibility for removal. The identity", "(c) The identity")],
  [C("The department shall include as a part of the intake process a procedure to identify alien prisoners eligible for deportation. The department shall coordinate with the federal authorities to determine an alien prisoner's immigration status and eligibility for removal.", "", L, ["status_inquiry", "ice_cooperation"],
     "The intake screening duty and the duty to check status with federal authorities are deleted.")],
  GA1_SRC, "the first two sentences of (c) deleted.")
P("exception_added", GA1,
  [("a procedure to identify alien prisoners eligible for deportation.", "a procedure to identify alien prisoners eligible for deportation, other than alien prisoners who have a pending application for asylum or other relief from removal.")],
  [C("", ", other than alien prisoners who have a pending application for asylum or other relief from removal", L, ["status_inquiry"],
     "Prisoners with pending asylum or relief applications are taken out of the intake identification procedure.")],
  GA1_SRC, "an exception for prisoners with pending asylum or relief applications added to the first sentence of (c).")
P("neutral_rewrite", GA1,
  [("(d) Upon an alien prisoner's acceptance into the federal deportation program,", "(d) Once an alien prisoner has been accepted into the federal deportation program,"),
   ("means the Department of Corrections.", "means the Georgia Department of Corrections.")],
  [C("Upon an alien prisoner's acceptance into the federal deportation program", "Once an alien prisoner has been accepted into the federal deportation program", N, ["ice_cooperation"], "Same trigger for setting a release month, reworded."),
   C("means the Department of Corrections.", "means the Georgia Department of Corrections.", N, ["ice_cooperation"], "Names the same department more fully.")],
  GA1_SRC, "(d)'s opening reworded and 'Department of Corrections' -> 'Georgia Department of Corrections' in (a)(3).")
P("scope_change", GA1,
  [("shall be provided expeditiously to the board,", "shall be provided expeditiously to the board and to United States Immigration and Customs Enforcement,")],
  [C("", " and to United States Immigration and Customs Enforcement", E, ["information_sharing", "ice_cooperation"],
     "Prisoner identity and information now also go straight to ICE, not only to the parole board.")],
  GA1_SRC, "'and to United States Immigration and Customs Enforcement' added after 'to the board' in (c).")
P("cross_clause", GA1,
  [("(c) The department shall include", "(c) Except as provided in subsection (e) of this Code section, the department shall include"),
   ("to be transferred into federal custody.", "to be transferred into federal custody.\n\n(e) The department shall not provide the identity or information of an alien prisoner to federal authorities under subsection (c) of this Code section while a direct appeal or petition for post-conviction relief filed by the prisoner is pending.")],
  [C("(c) The department shall include", "(c) Except as provided in subsection (e) of this Code section, the department shall include", N, ["ice_cooperation"],
     "The cross-reference only points to the new subsection (e); by itself it changes nothing."),
   C("", "(e) The department shall not provide the identity or information of an alien prisoner to federal authorities under subsection (c) of this Code section while a direct appeal or petition for post-conviction relief filed by the prisoner is pending.", L, ["information_sharing", "status_inquiry"],
     "A new subsection elsewhere bars giving federal authorities a prisoner's information while an appeal is pending, narrowing (c).")],
  GA1_SRC, "(c) made subject to a new subsection (e) barring sharing with federal authorities while an appeal or post-conviction petition is pending.")
P("mixed", GA1,
  [("(b) The department and board shall establish a process", "(b) The department and board may establish a process"),
   ("shall be provided expeditiously to the board,", "shall be provided expeditiously to the board and, upon request, to United States Immigration and Customs Enforcement,")],
  [C("The department and board shall establish a process", "The department and board may establish a process", L, ["ice_cooperation"], "REPAT participation becomes optional."),
   C("", " and, upon request, to United States Immigration and Customs Enforcement", E, ["information_sharing", "ice_cooperation"], "Prisoner information may now be given to ICE on request.")],
  GA1_SRC, "'shall establish' -> 'may establish' in (b), and 'and, upon request, to United States Immigration and Customs Enforcement' added in (c).")
# ---------------- Georgia 42-9-43.1
P("modal_change", GA2,
  [("(a) In determining whether to grant parole the board shall be authorized to make inquiry", "(a) In determining whether to grant parole the board shall make inquiry")],
  [C("the board shall be authorized to make inquiry", "the board shall make inquiry", E, ["status_inquiry"],
     "A permission to ask about lawful presence becomes a duty to ask in every parole decision.")],
  GA2_SRC, "'shall be authorized to make inquiry' -> 'shall make inquiry' in (a).")
P("rule_removed", GA2,
  [("\n\n(d) Any grant of parole to an alien prisoner, as such term is defined in Code Section 42-1-11.1, who is subject to deportation shall be conditioned upon the deportation of such prisoner pursuant to a final removal order and a further condition that such prisoner abide by the deportation order and all immigration laws of the United States.", "")],
  [C("(d) Any grant of parole to an alien prisoner, as such term is defined in Code Section 42-1-11.1, who is subject to deportation shall be conditioned upon the deportation of such prisoner pursuant to a final removal order and a further condition that such prisoner abide by the deportation order and all immigration laws of the United States.", "", L, ["ice_cooperation", "enforcement_authority"],
     "Parole is no longer conditioned on deportation and compliance with immigration laws.")],
  GA2_SRC, "subsection (d) deleted.")
P("list_item_added", GA2,
  [("in furtherance of the state interest in certain and complete execution of sentences.", "in furtherance of the state interest in certain and complete execution of sentences; and\n\n(4) Request that United States Immigration and Customs Enforcement lodge a detainer against the prisoner before any release.")],
  [C("", "(4) Request that United States Immigration and Customs Enforcement lodge a detainer against the prisoner before any release.", E, ["detainers_holds", "ice_cooperation"],
     "A new option lets the board ask ICE to lodge a detainer before release.")],
  GA2_SRC, "item (c)(4) added ('and' left after item (2) as in the original list).")
P("exception_added", GA2,
  [("is lawfully present in the United States under federal law.", "is lawfully present in the United States under federal law, but shall not make such inquiry of a prisoner who was under 18 years of age at the time of the offense.")],
  [C("", ", but shall not make such inquiry of a prisoner who was under 18 years of age at the time of the offense", L, ["status_inquiry"],
     "Status inquiries are barred for prisoners who offended as minors.")],
  GA2_SRC, "an exception for juvenile offenders added to (a).")
P("double_negation", GA2,
  [("(a) In determining whether to grant parole the board shall be authorized to make inquiry into whether", "(a) Nothing shall prohibit the board, in determining whether to grant parole, from making inquiry into whether")],
  [C("In determining whether to grant parole the board shall be authorized to make inquiry into whether", "Nothing shall prohibit the board, in determining whether to grant parole, from making inquiry into whether", N, ["status_inquiry"],
     "'Nothing shall prohibit ... from making inquiry' grants the same permission as 'shall be authorized to make inquiry'.")],
  GA2_SRC, "(a) rewritten as a double negative ('Nothing shall prohibit the board ... from making inquiry').")
P("restated", GA2,
  [("(b) If the board determines that the prisoner is not lawfully present in the United States, the board shall be authorized to make inquiry into whether", "(b) Where the board finds that the prisoner is not lawfully present in the United States, the board may inquire whether"),
   ("the board may:", "the board is authorized to:")],
  [C("If the board determines that the prisoner is not lawfully present in the United States, the board shall be authorized to make inquiry into whether", "Where the board finds that the prisoner is not lawfully present in the United States, the board may inquire whether", N, ["status_inquiry"], "Same permissive inquiry in plainer words."),
   C("the board may:", "the board is authorized to:", N, ["status_inquiry"], "'May' and 'is authorized to' give the same discretion.")],
  GA2_SRC, "(b) reworded and the stem of (c) changed from 'may' to 'is authorized to'.")
P("mixed", GA2,
  [("(a) In determining whether to grant parole the board shall be authorized to make inquiry", "(a) In determining whether to grant parole the board shall make inquiry"),
   ("a final removal order and a further condition", "a final removal order issued by an immigration judge and a further condition")],
  [C("the board shall be authorized to make inquiry", "the board shall make inquiry", E, ["status_inquiry"], "Status inquiry becomes mandatory."),
   C("a final removal order and", "a final removal order issued by an immigration judge and", L, ["enforcement_authority", "ice_cooperation"],
     "Deportation-conditioned parole now needs a removal order from an immigration judge, so expedited or administrative orders no longer trigger it.")],
  GA2_SRC, "'shall be authorized to make inquiry' -> 'shall make inquiry' in (a), and 'issued by an immigration judge' added in (d).")
# ---------------- BOP 606
P("exception_added", BOP,
  [("of the inmate's projected release date.", "of the inmate's projected release date, except that CS staff will not notify U.S. Immigration and Customs Enforcement (ICE) on the basis of an immigration detainer unless it is accompanied by a warrant signed by a judge.")],
  [C("", ", except that CS staff will not notify U.S. Immigration and Customs Enforcement (ICE) on the basis of an immigration detainer unless it is accompanied by a warrant signed by a judge", L, ["information_sharing", "detainers_holds"],
     "Release-date notice to ICE is withheld unless the detainer comes with a judicial warrant.")],
  BOP_SRC, "an exception added to the first sentence withholding notice to ICE absent a judge-signed warrant.")
P("rule_added", BOP,
  [("when the need for an extradition hearing arises.", "when the need for an extradition hearing arises. When the detainer was lodged by U.S. Immigration and Customs Enforcement (ICE), CS staff will also provide ICE, upon request, with the inmate's release address and scheduled transportation.")],
  [C("", "When the detainer was lodged by U.S. Immigration and Customs Enforcement (ICE), CS staff will also provide ICE, upon request, with the inmate's release address and scheduled transportation.", E, ["information_sharing", "ice_cooperation"],
     "Adds a duty to give ICE the inmate's release address and travel details.")],
  BOP_SRC, "a sentence added at the end of the first paragraph giving ICE the release address and transport details on request.")
P("rule_added", BOP,
  [("and the institution may continue with release planning.", "and the institution may continue with release planning. Where U.S. Immigration and Customs Enforcement (ICE) has lodged a detainer but has not assumed custody on the release date, the inmate may be held for up to 48 hours, excluding Saturdays, Sundays and holidays, to permit ICE to assume custody.")],
  [C("", "Where U.S. Immigration and Customs Enforcement (ICE) has lodged a detainer but has not assumed custody on the release date, the inmate may be held for up to 48 hours, excluding Saturdays, Sundays and holidays, to permit ICE to assume custody.", E, ["detainers_holds", "ice_cooperation"],
     "Authorises holding an inmate past release for up to 48 hours on an ICE detainer.")],
  BOP_SRC, "a 48-hour hold for ICE detainers added to the second paragraph.")
P("approval_added", BOP,
  [("of the inmate's projected release date.", "of the inmate's projected release date. Notification to U.S. Immigration and Customs Enforcement requires the prior approval of the Warden.")],
  [C("", "Notification to U.S. Immigration and Customs Enforcement requires the prior approval of the Warden.", L, ["supervisor_approval", "information_sharing"],
     "Release-date notice to ICE now needs the Warden's prior approval.")],
  BOP_SRC, "a Warden-approval requirement for notifying ICE added after the first sentence.")
P("modal_change", BOP,
  [("CS staff will notify the agency that placed a detainer or notification", "CS staff may notify the agency that placed a detainer or notification"),
   ("the unit team will be notified of the action without delay (ordinarily within the same business day).", "the unit team will be notified of the action without delay (normally the same business day).")],
  [C("CS staff will notify the agency", "CS staff may notify the agency", L, ["information_sharing", "detainers_holds"],
     "Pre-release notice to detaining agencies, ICE included, becomes discretionary."),
   C("(ordinarily within the same business day)", "(normally the same business day)", N, ["detainers_holds"], "Same timing for telling the unit team, reworded.")],
  BOP_SRC, "'will notify' -> 'may notify' in the first sentence; the parenthesis at the end reworded.")
P("reparagraphed", BOP,
  [(" It is the responsibility of the agency placing the detainer", "\n\nIt is the responsibility of the agency placing the detainer")],
  [C("of its intent to take custody of the inmate. It is the responsibility", "of its intent to take custody of the inmate.\n\nIt is the responsibility", N, ["detainers_holds"], "The extradition-hearing sentence is moved to its own paragraph; no word changes.")],
  BOP_SRC, "the third sentence of the first paragraph split off into its own paragraph (words unchanged).")
P("neutral_rewrite", BOP,
  [("The authority that filed a detainer must notify the institution of its intent to take custody of the inmate.", "The detaining authority must tell the institution whether it intends to take custody of the inmate."),
   ("If the requesting authority indicates in writing it will not take custody of the inmate,", "Where the requesting authority states in writing that it will not take custody of the inmate,")],
  [C("The authority that filed a detainer must notify the institution of its intent to take custody of the inmate.", "The detaining authority must tell the institution whether it intends to take custody of the inmate.", N, ["detainers_holds"], "Same duty on the detaining agency, reworded."),
   C("If the requesting authority indicates in writing it will not take custody of the inmate,", "Where the requesting authority states in writing that it will not take custody of the inmate,", N, ["detainers_holds"], "Same condition for lifting the detainer, reworded.")],
  BOP_SRC, "two sentences reworded without changing their effect.")
P("scope_change", BOP,
  [("No later than 90 calendar days before the inmates release, CS staff will notify the agency that placed a detainer or notification,", "No later than 90 calendar days before the inmates release, CS staff will notify the agency that placed a detainer,")],
  [C("the agency that placed a detainer or notification,", "the agency that placed a detainer,", L, ["information_sharing", "detainers_holds"],
     "Agencies that filed only a notification request (as ICE does with an I-247N) no longer get the pre-release notice.")],
  BOP_SRC, "'or notification' deleted from the first sentence.")
P("modal_change", ALA,
  [("a copy of the form shall also be provided to the specified inmate(s)", "a copy of the form may also be provided to the specified inmate(s)")],
  [C("a copy of the form shall also be provided", "a copy of the form may also be provided", E, ["information_sharing", "ice_cooperation"],
     "Telling the inmate and counsel about an ICE request becomes optional, removing a safeguard against ICE transfers.")],
  ALA_SRC, "'shall also be provided' -> 'may also be provided' in item 6.")
P("exception_removed", GA1,
  [(" Alien prisoners who would otherwise be ineligible for parole shall not become eligible by reason of eligibility for a release on a reprieve.", "")],
  [C("Alien prisoners who would otherwise be ineligible for parole shall not become eligible by reason of eligibility for a release on a reprieve.", "", E, ["detainers_holds", "ice_cooperation"],
     "Without the bar, parole-ineligible prisoners can now also be released on a reprieve to an ICE detainer, so more prisoners go to ICE.")],
  GA1_SRC, "the last sentence of (c) (parole-ineligible prisoners not made eligible by reprieve eligibility) deleted.")

P("list_added", BOP,
  [("when the need for an extradition hearing arises.", "when the need for an extradition hearing arises.\n\nWhen the detainer or notification was lodged by U.S. Immigration and Customs Enforcement (ICE), CS staff will also:\n\n(a) confirm the projected release date with ICE 30 days and again 48 hours before release; and\n\n(b) arrange with ICE the time and place at which ICE will assume custody at the institution.")],
  [C("", "When the detainer or notification was lodged by U.S. Immigration and Customs Enforcement (ICE), CS staff will also:\n\n(a) confirm the projected release date with ICE 30 days and again 48 hours before release; and\n\n(b) arrange with ICE the time and place at which ICE will assume custody at the institution.", E, ["information_sharing", "ice_cooperation"],
     "A new list of ICE-specific duties adds repeated release-date confirmations and arranging the custody handover.")],
  BOP_SRC, "a new paragraph with a two-item list of ICE-specific duties added after the first paragraph.")
P("scope_change", GA2,
  [("(d) Any grant of parole to an alien prisoner, as such term is defined in Code Section 42-1-11.1, who is subject to deportation shall be conditioned", "(d) Any grant of parole to a prisoner who is not lawfully present in the United States shall be conditioned"),
   ("abide by the deportation order and all immigration laws of the United States.", "comply with the deportation order and all United States immigration laws.")],
  [C("Any grant of parole to an alien prisoner, as such term is defined in Code Section 42-1-11.1, who is subject to deportation shall be conditioned", "Any grant of parole to a prisoner who is not lawfully present in the United States shall be conditioned", E, ["ice_cooperation", "enforcement_authority"],
     "The deportation condition now reaches every parolee found not lawfully present, not only those already subject to deportation."),
   C("abide by the deportation order and all immigration laws of the United States.", "comply with the deportation order and all United States immigration laws.", N, ["enforcement_authority"], "Same condition, reworded.")],
  GA2_SRC, "the class in (d) widened from alien prisoners subject to deportation to any prisoner not lawfully present, and the end of (d) reworded.")
# order: interleave sources for spread
import random
random.seed(60)
random.shuffle(pairs)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(pairs):
        p["id"] = "KK-%02d" % (i + 1)
        check(p)
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
