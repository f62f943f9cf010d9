"""Build heldout5/pairs.jsonl.  Every pair = one REAL passage (build/sources.py) plus one or
two CONSTRUCTED edits written here.  make_pair: OLD is the real text, NEW carries the edit.
make_pair_rev: NEW is the real text, OLD carries the constructed wording.
Run: python3 build/pairs.py   (rewrites ../pairs.jsonl; all checks in lib.check_pair)."""
from lib import make_pair, make_pair_rev, write_all
import sources as S

L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"

DOC = {
    "GILBERT": "Gilbert (Arizona) Police Department General Order 1006 'Mutual Aid', Rev. 10-22-2007, section L 'U.S. Immigration and Customs Enforcement (ICE)', items 1-6, as reproduced in Appendix E ('Gilbert, Ariz. General Order on Contacts with Immigration and Customs Enforcement') of a report on police and immigration, https://docslib.org/doc/4188412/immigration-report",
    "TAKOMA": "Takoma Park (Maryland) City Code ch. 9.04 'Rights of Non-U.S. Citizens in Takoma Park', sections 9.04.010 and 9.04.020 A-B.1 (Ord. 2007-58; Ord. 2008-7 of 2-11-08), https://www.codepublishing.com/MD/TakomaPark/html/TakomaPark09/TakomaPark0904.html",
    "HYATTSVILLE_1": "Hyattsville (Maryland) City Code, chapter adopted 3-28-2017 by HO 2017-02, first section (A-C), https://www.ecode360.com/36857644",
    "HYATTSVILLE_2": "Hyattsville (Maryland) City Code, chapter adopted 3-28-2017 by HO 2017-02, second section (A-D), https://www.ecode360.com/36857644",
    "MINNEAPOLIS": "Minneapolis (Minnesota) Code of Ordinances 19.30 'Public safety services', subsection (a), 2003 text as posted by the ACLU (document date September 26, 2003), https://www.aclu.org/documents/minneapolis-mn-ordinance",
    "ALAMEDA_1": "Alameda County (California) Sheriff's Office General Order 1.24 'ICE Request for Notifications and Transfers' (issued January 1, 2014, revised January 6, 2017), page 1 (header, I Purpose, II Policy, III.A), https://weblink.sanleandro.org/PublicWeblink8/0/doc/372412/Page41.aspx",
    "ALAMEDA_E": "Alameda County (California) Sheriff's Office General Order 1.24 'ICE Request for Notifications and Transfers' (revised January 6, 2017), section E.1-2 'ICE Immigration Detainers and Requests for Notification', https://weblink.sanleandro.org/PublicWeblink8/0/doc/372412/Page43.aspx",
    "SONOMA_428": "Sonoma County (California) Sheriff's Office Policy 428 'Immigration Violations' (Lexipol-derived patrol policy, undated web page), 428.1-428.3, https://www.sonomasheriff.org/immigration-violations",
    "BENTON": "Benton County (Washington) Sheriff's Office Policy Manual, Policy 413 'Immigration Violations' (Lexipol template for Washington, cites RCW 43.10.315; undated), 413.1 and first three definitions of 413.1.1, https://docslib.org/doc/2453007/immigration-violations",
    "ELDORADO": "El Dorado County (California) Sheriff's Office, Custody Division Procedural Order BK 2.04 'Illegal Aliens' (issue date 06-97, revision date printed 04-16-08, TRUST Act text), I-II.A.3, https://studylib.net/doc/9243697/el-dorado-county---california-trust-act",
    "JUSTICE_CENTER": "'Immigration Violation Policy - Justice Center Draft' (draft model policy objectives for a law enforcement agency), Objectives #1-#3, https://vi.scribd.com/document/375701067/Immigration-Violation-Policy-Justice-Center-Draft",
    "FRESNO": "Fresno County (California) Sheriff's Office, Jail Division Policies and Procedures C-185 'Immigration Status / ICE Access' (effective 01-01-18, revised through 09-09-21), header, Purpose and Policy, https://publicinfo.fresnosheriff.org/docs/DocView.aspx?dbid=0&id=6671&repo=SheriffPublic",
    "SUTTER": "Sutter County (California) Sheriff's Office, Jail Command Order #05-2014 'ICE Holds' (May 6, 2014) and the opening of jail policy J150.90 'Processing Foreign Born Inmates/ICE Policy', https://studylib.net/doc/6588924/sutter-county---california-trust-act",
}


def src(doc, edit, reverse=False):
    if reverse:
        return ("%s. NEW = real text (verbatim from the stored copy, normalised as described in "
                "SOURCE.md). OLD = real text with edit constructed for this set: %s" % (DOC[doc], edit))
    return ("%s. OLD = real text (verbatim from the stored copy, normalised as described in "
            "SOURCE.md). NEW = real text with edit constructed for this set: %s" % (DOC[doc], edit))


def ed(find, replace, label, topics, why, **kw):
    d = {"find": find, "replace": replace, "label": label, "topics": topics, "why": why}
    d.update(kw)
    return d


def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}


P = []

# ---------------------------------------------------------------- Gilbert GO 1006 L
P.append(make_pair("HE-01", "list_removed", S.GILBERT, [
    ed("c) Human smuggling\nd) Identity theft/fraudulent identification.", "c) Human smuggling.", L,
       ["ice_cooperation"],
       "Item d) is deleted from the list of circumstances under which officers may contact ICE, so a suspected identity-theft/false-ID case no longer permits an ICE contact.",
       quote_old="d) Identity theft/fraudulent identification.", quote_new="c) Human smuggling."),
], src("GILBERT", "item d) 'Identity theft/fraudulent identification.' deleted from the list under item 1.")))

P.append(make_pair("HE-02", "list_added", S.GILBERT, [
    ed("d) Identity theft/fraudulent identification.",
       "d) Identity theft/fraudulent identification\ne) Driving without a valid driver license.", E,
       ["ice_cooperation"],
       "A new item e) lets officers contact ICE about a person stopped for driving without a licence - a common, non-hazardous offence that item a) otherwise keeps out of the list.",
       quote_old="d) Identity theft/fraudulent identification.", quote_new="e) Driving without a valid driver license."),
], src("GILBERT", "item e) 'Driving without a valid driver license.' added to the list under item 1.")))

P.append(make_pair("HE-03", "approval_removed", S.GILBERT, [
    ed("3. Supervisory approval will be obtained prior to making contact with ICE. If the person",
       "3. If the person", E, ["supervisor_approval", "ice_cooperation"],
       "The requirement of supervisory approval before any contact with ICE is deleted; officers may now contact ICE on their own judgment.",
       quote_old="Supervisory approval will be obtained prior to making contact with ICE.",
       quote_new="3. If the person is the subject of an ICE detainer"),
], src("GILBERT", "the first sentence of item 3 ('Supervisory approval will be obtained prior to making contact with ICE.') deleted.")))

P.append(make_pair_rev("HE-04", "modal_change", S.GILBERT, [
    ed("5. Officers may effect an arrest if the person is the subject of an ICE civil warrant.",
       "5. Officers will not effect an arrest if the person is the subject of an ICE civil warrant.", L,
       ["detainers_holds", "enforcement_authority"],
       "'may effect an arrest' on an ICE civil (administrative) warrant becomes 'will not effect an arrest': a permission becomes a prohibition.",
       quote_old="Officers may effect an arrest if the person is the subject of an ICE civil warrant",
       quote_new="Officers will not effect an arrest if the person is the subject of an ICE civil warrant"),
], src("GILBERT", "in item 5 the real 'Officers will not effect an arrest' was replaced on the OLD side by 'Officers may effect an arrest'.", reverse=True)))

P.append(make_pair("HE-05", "neutral_rewrite", S.GILBERT, [
    ed("L. U.S. Immigration and Customs Enforcement (ICE)", "L. Contacts with U.S. Immigration and Customs Enforcement (ICE)", N,
       ["ice_cooperation"], "Heading reworded; no rule changes."),
    ed("1. ICE (U.S. Immigration and Customs Enforcement) may be contacted", "1. ICE may be contacted", N,
       ["ice_cooperation"], "Spelled-out agency name dropped because the heading already defines ICE; same agency, same rule."),
    ed("the officer will stand-by with the subject", "the officer will remain with the subject", N,
       ["detainers_holds"], "Synonym ('stand-by' -> 'remain'); the officer still waits with the subject for a reasonable time."),
    ed("Officers will not transport subjects to ICE.", "Subjects will not be transported to ICE by officers.", N,
       ["ice_cooperation"], "Active sentence turned passive; the ban on transporting subjects to ICE is unchanged."),
], src("GILBERT", "heading reworded, spelled-out agency name dropped in item 1, 'stand-by' -> 'remain', and the transport sentence recast in the passive (negative control).")))

P.append(make_pair("HE-06", "approval_moved", S.GILBERT, [
    ed("3. Supervisory approval will be obtained prior to making contact with ICE. If the person", "3. If the person", N,
       ["supervisor_approval", "ice_cooperation"], "moved",
       entries=[]),
    ed("L. U.S. Immigration and Customs Enforcement (ICE)\n\n1. ICE",
       "L. U.S. Immigration and Customs Enforcement (ICE)\n\nSupervisory approval will be obtained prior to making contact with ICE.\n\n1. ICE", N,
       ["supervisor_approval", "ice_cooperation"], "moved",
       entries=[ch("3. Supervisory approval will be obtained prior to making contact with ICE. If the person",
                   "(ICE)\n\nSupervisory approval will be obtained prior to making contact with ICE.\n\n1. ICE", N,
                   ["supervisor_approval", "ice_cooperation"],
                   "The approval sentence moves unchanged from item 3 to the head of section L; it still applies to every contact with ICE, so the requirement is the same.")]),
], src("GILBERT", "the sentence 'Supervisory approval will be obtained prior to making contact with ICE.' moved from the start of item 3 to an unnumbered line at the head of section L (negative control).")))

P.append(make_pair("HE-07", "approval_moved", S.GILBERT, [
    ed("3. Supervisory approval will be obtained prior to making contact with ICE. If the person", "3. If the person", E,
       ["supervisor_approval", "ice_cooperation"], "moved", entries=[]),
    ed("and notify ICE of the subject's detention location.", "and, with supervisory approval, notify ICE of the subject's detention location.", E,
       ["supervisor_approval", "ice_cooperation"], "moved",
       entries=[ch("Supervisory approval will be obtained prior to making contact with ICE.",
                   "and, with supervisory approval, notify ICE of the subject's detention location.", E,
                   ["supervisor_approval", "ice_cooperation", "information_sharing"],
                   "Supervisory approval, which the old text required before ANY contact with ICE, now attaches only to notifying ICE of a booked subject's location (item 4); field contacts under items 1 and 3 no longer need approval.")]),
], src("GILBERT", "the approval sentence deleted from item 3 and a phrase ', with supervisory approval,' inserted in item 4 (approval moved to a narrower clause).")))

# ---------------------------------------------------------------- Takoma Park 9.04
P.append(make_pair("HE-08", "exception_added", S.TAKOMA, [
    ed("to vote in City elections.", "to vote in City elections.\n\n2. inquiries by a police officer about the immigration status of a person who has been arrested for a felony.", E,
       ["status_inquiry"],
       "A new exception to the ban on asking about citizenship or immigration status lets police officers ask anyone arrested for a felony.",
       quote_old="to vote in City elections.", quote_new="2. inquiries by a police officer about the immigration status of a person who has been arrested for a felony."),
], src("TAKOMA", "item 2 added under 9.04.020 B ('This section does not prohibit:'). The real B.2 (on citizenship of applicants for police officer posts) is not used because the stored copy breaks off inside it.")))

P.append(make_pair("HE-09", "double_negation", S.TAKOMA, [
    ed("relating to criminal activity and suspected criminal activity other than violations of the immigration and nationality laws of the United States. (Ord.",
       "relating to criminal activity and suspected criminal activity. (Ord.", U,
       ["ice_cooperation", "enforcement_authority"],
       "The carve-out 'does not prohibit ... assisting any federal agency' no longer excludes immigration violations, which read alone would let police help federal agencies with criminal immigration cases; but B still opens 'Except for subsection (A)', and A still bars assisting ICE in any civil or criminal immigration case. Whether anything changes depends on assistance to other federal agencies (e.g. CBP, FBI) - genuinely unclear.",
       quote_old="suspected criminal activity other than violations of the immigration and nationality laws of the United States.",
       quote_new="relating to criminal activity and suspected criminal activity. (Ord."),
], src("TAKOMA", "in 9.04.010 B the words 'other than violations of the immigration and nationality laws of the United States' deleted.")))

P.append(make_pair_rev("HE-10", "scope_change", S.TAKOMA, [
    ed("any persons for civil violation of the immigration", "any persons for civil or criminal violation of the immigration", L,
       ["ice_cooperation", "enforcement_authority"],
       "The ban on assisting ICE, which covered only civil immigration violations, now also covers criminal immigration violations (e.g. illegal re-entry)."),
], src("TAKOMA", "in 9.04.010 A the real 'civil or criminal violation' was narrowed on the OLD side to 'civil violation'.", reverse=True)))

P.append(make_pair("HE-11", "neutral_rewrite", S.TAKOMA, [
    ed("shall assist the United States Bureau of Immigration and Customs Enforcement in", "shall assist U.S. Immigration and Customs Enforcement (ICE) in", N,
       ["ice_cooperation"], "Agency renamed to its current form; the same federal agency."),
    ed("9.04.020 No inquiries into citizenship.", "9.04.020 No inquiries into citizenship or immigration status.", N,
       ["status_inquiry"], "Section heading completed to match the text, which already covered immigration status."),
    ed("shall ask any person about his or her citizenship", "may ask any person about their citizenship", N,
       ["status_inquiry"], "'no agent ... shall ask' -> 'no agent ... may ask' are the same prohibition; 'his or her' -> 'their' is style."),
], src("TAKOMA", "agency name modernised, heading of 9.04.020 completed, and 'no agent ... shall ask ... his or her' -> 'no agent ... may ask ... their' (negative control).")))

# ---------------------------------------------------------------- Hyattsville
P.append(make_pair("HE-12", "double_negation", S.HYATTSVILLE_2, [
    ed("(3) Complying with the provisions of 8 U.S.C. § 1373.",
       "(3) Complying with the provisions of 8 U.S.C. § 1373; or\n(4) Responding to a request from federal immigration authorities for the release date of a person in the custody of the Police Department.", E,
       ["information_sharing", "ice_cooperation"],
       "A new item under 'No provision in this chapter shall be construed as prohibiting ...' protects giving federal immigration authorities a detainee's release date; what is 'not prohibited' grows, so cooperation expands.",
       quote_old="(3) Complying with the provisions of 8 U.S.C. § 1373.",
       quote_new="(4) Responding to a request from federal immigration authorities for the release date of a person in the custody of the Police Department."),
], src("HYATTSVILLE_2", "item (4) added to the list under D ('No provision in this chapter shall be construed as prohibiting ...').")))

P.append(make_pair("HE-13", "scope_change", S.HYATTSVILLE_1, [
    ed("may not act based solely on the individual's citizenship", "may not act based on the individual's citizenship", L,
       ["enforcement_authority", "status_inquiry"],
       "Dropping 'solely' widens the rule: an official who learns of someone's status may not act on it at all, not merely when it is the only basis."),
], src("HYATTSVILLE_1", "'solely' deleted from B.")))

P.append(make_pair("HE-14", "modal_change", S.HYATTSVILLE_1, [
    ed("A. No official or employee may inquire into", "A. No official or employee should routinely inquire into", E,
       ["status_inquiry"], "x", entries=[
           ch("No official or employee may inquire into", "No official or employee should routinely inquire into", E,
              ["status_inquiry"], "'may not' (a prohibition) becomes 'should not' (advice): the ban on asking about status is weakened to guidance."),
           ch("may inquire into an individual's citizenship", "routinely inquire into an individual's citizenship", E,
              ["status_inquiry"], "'routinely' limits the ban to routine questioning; case-by-case inquiries are no longer covered."),
       ]),
], src("HYATTSVILLE_1", "A 'No official or employee may inquire' -> 'No official or employee should routinely inquire' (one sentence, two edits: modal and scope word).")))

P.append(make_pair("HE-15", "reparagraph", S.HYATTSVILLE_1, [
    ed("A. No official or employee may inquire", "No official or employee may inquire", N,
       ["status_inquiry"], "Letter 'A.' dropped when the three paragraphs are joined; the sentence is unchanged."),
    ed("immigration status.\n\nB. If an official", "immigration status. If an official", N,
       ["status_inquiry", "enforcement_authority"], "Paragraph B joined to A without its letter; wording unchanged."),
    ed("immigration status.\n\nC. No official", "immigration status. No official", N,
       ["ice_cooperation"], "Paragraph C joined to the same paragraph without its letter; wording unchanged."),
], src("HYATTSVILLE_1", "paragraphs A, B and C joined into one unlettered paragraph; no word changed (negative control).")))

P.append(make_pair("HE-16", "double_negation", S.HYATTSVILLE_2, [
    ed("other than violations of the civil immigration and nationality laws", "other than violations of the immigration and nationality laws", L,
       ["ice_cooperation", "enforcement_authority"],
       "The protected activity in D(2) ('shall not be construed as prohibiting ... assisting ... other than violations of the civil immigration laws') no longer reaches criminal immigration violations, so assisting in those is no longer safeguarded: the carve-out narrows, which limits cooperation."),
], src("HYATTSVILLE_2", "'civil' deleted from D(2).")))

P.append(make_pair("HE-17", "list_removed", S.HYATTSVILLE_2, [
    ed("C. No official or employee may enter into an agreement under 8 U.S.C. § 1357(g) or any other federal law that permits state or local governmental entities to enforce federal immigration laws.\n\nD. No provision",
       "C. No provision", E, ["raids_joint_operations", "enforcement_authority"], "x", entries=[
           ch("C. No official or employee may enter into an agreement under 8 U.S.C. § 1357(g)", "C. No provision in this chapter", E,
              ["raids_joint_operations", "enforcement_authority"],
              "The ban on 287(g) and similar agreements that let city staff enforce federal immigration law is deleted."),
           ch("D. No provision in this chapter", "C. No provision in this chapter", N,
              ["ice_cooperation"], "Paragraph D relettered C after the deletion; same text."),
       ]),
], src("HYATTSVILLE_2", "paragraph C (ban on 8 U.S.C. 1357(g) agreements) deleted and D relettered C.")))

# ---------------------------------------------------------------- Minneapolis 19.30
P.append(make_pair_rev("HE-18", "exception_changed", S.MINNEAPOLIS, [
    ed("an element of the crime, when enforcing 8 U.S.C. 1324(c), or when the person is the subject of an immigration detainer.",
       "an element of the crime or when enforcing 8 U.S.C. 1324(c).", L,
       ["detainers_holds", "enforcement_authority"],
       "The exception allowing officials to question, arrest or detain a person who is the subject of an immigration detainer is removed; only the two narrower exceptions remain."),
], src("MINNEAPOLIS", "in (3) the OLD side adds a third exception ', or when the person is the subject of an immigration detainer' to the real 'except when immigration status is an element of the crime or when enforcing 8 U.S.C. 1324(c)'.", reverse=True)))

P.append(make_pair("HE-19", "scope_change", S.MINNEAPOLIS, [
    ed("any law enforcement action for the purpose of detecting", "any law enforcement action for the sole purpose of detecting", E,
       ["status_inquiry", "enforcement_authority"],
       "'for the sole purpose' narrows the ban: actions with a mixed purpose (e.g. a traffic stop also used to check status) are no longer prohibited."),
], src("MINNEAPOLIS", "'sole' inserted in (1) ('for the sole purpose of detecting').")))

P.append(make_pair("HE-20", "list_removed", S.MINNEAPOLIS, [
    ed("c. Inquire about immigration status for purposes of bail or conditional release.\nd. Investigate", "c. Investigate", L,
       ["status_inquiry"], "x", entries=[
           ch("c. Inquire about immigration status for purposes of bail or conditional release.", "b. Question and conduct cross-examination", L,
              ["status_inquiry"], "Permission for criminal-division attorneys to ask about immigration status for bail or conditional release is deleted; the general ban in (1) now covers those inquiries."),
           ch("d. Investigate and inquire about immigration status", "c. Investigate and inquire about immigration status", N,
              ["status_inquiry"], "Item relettered d -> c; same text."),
       ]),
    ed("e. Take immigration status", "d. Take immigration status", N, ["status_inquiry"],
       "Item relettered e -> d; same text."),
], src("MINNEAPOLIS", "item c. (bail/conditional-release inquiries) deleted from the list under (2) and the following items relettered.")))

P.append(make_pair("HE-21", "double_negation", S.MINNEAPOLIS, [
    ed("(4) Nothing in this chapter shall prohibit public safety personnel from assisting federal law enforcement officers",
       "(4) Public safety personnel may assist federal law enforcement officers", N,
       ["ice_cooperation"],
       "'Nothing in this chapter shall prohibit ... from assisting' restated as a direct permission 'may assist'; same scope (criminal investigations only)."),
], src("MINNEAPOLIS", "the double negative in (4) rewritten as a permission (negative control).")))

# ---------------------------------------------------------------- Alameda County Sheriff GO 1.24
P.append(make_pair("HE-22", "exception_added", S.ALAMEDA_1, [
    ed("immigration detainers from ICE. The immigration status", "immigration detainers from ICE, unless the individual has been convicted of a serious or violent felony. The immigration status", E,
       ["detainers_holds"], "An exception is added to the flat refusal to honor ICE detainers: they will now be honored for people convicted of a serious or violent felony.",
       quote_old="The ACSO does not accept and/or honor immigration detainers from ICE.",
       quote_new="unless the individual has been convicted of a serious or violent felony."),
    ed("serve the public without consideration of immigration status.", "serve the public without consideration of immigration status, except where eligibility for a service depends on lawful presence.", E,
       ["access_to_services"], "Service regardless of status now has an exception tying some services to lawful presence, so status may be checked for them.",
       quote_old="serve the public without consideration of immigration status.", quote_new="except where eligibility for a service depends on lawful presence."),
], src("ALAMEDA_1", "two exceptions added in II. POLICY (detainers honored after a serious/violent felony conviction; services tied to lawful presence).")))

P.append(make_pair("HE-23", "approval_added", S.ALAMEDA_E, [
    ed("the Sheriff's Office shall share this information with ICE.", "the Sheriff's Office may share this information with ICE, with the prior approval of the on-duty Watch Commander.", L,
       ["information_sharing"], "x", entries=[
           ch("the Sheriff's Office shall share this information with ICE", "the Sheriff's Office may share this information with ICE", L,
              ["information_sharing", "ice_cooperation"], "A duty to share information with ICE ('shall share') becomes discretion ('may share')."),
           ch("shall share this information with ICE.", "with the prior approval of the on-duty Watch Commander.", L,
              ["supervisor_approval", "information_sharing"], "Sharing with ICE now needs the on-duty Watch Commander's prior approval."),
       ]),
], src("ALAMEDA_E", "'shall share this information with ICE.' -> 'may share this information with ICE, with the prior approval of the on-duty Watch Commander.'")))

P.append(make_pair("HE-24", "modal_change", S.ALAMEDA_E, [
    ed("the Sheriff's Office shall not extend the detention of an inmate", "the Sheriff's Office should not extend the detention of an inmate", E,
       ["detainers_holds"], "'shall not extend' -> 'should not extend': the ban on holding inmates past release for ICE becomes advisory."),
], src("ALAMEDA_E", "'shall not extend the detention' -> 'should not extend the detention'.")))

P.append(make_pair("HE-25", "definition_change", S.ALAMEDA_1, [
    ed("upon its specific request and in those situations where", "upon its specific request or in those situations where", E,
       ["ice_cooperation", "enforcement_authority"],
       "Two conditions that had to be met together (a specific ICE request AND an ICE investigation that uncovered California crimes) become alternatives: any specific ICE request now suffices for deputies to assist in immigration enforcement."),
], src("ALAMEDA_1", "'and' -> 'or' in definition III.A.")))

P.append(make_pair("HE-26", "cross_clause", S.ALAMEDA_1, [
    ed("\n\nUnder no circumstances shall a person be detained or arrested by Sheriff's Office members based solely on his or her immigration status whether known or unknown.", "", E,
       ["enforcement_authority"], "x", entries=[]),
    ed("criminal violations of California law.", "criminal violations of California law. Sheriff's Office members should not detain or arrest a person based solely on his or her immigration status.", E,
       ["enforcement_authority"], "x", entries=[
           ch("Under no circumstances shall a person be detained or arrested by Sheriff's Office members based solely on his or her immigration status whether known or unknown.",
              "Sheriff's Office members should not detain or arrest a person based solely on his or her immigration status.", E,
              ["enforcement_authority"],
              "The rule moves from the Policy section into definition III.A and is reworded from 'Under no circumstances shall' to 'should not': an absolute prohibition becomes advice."),
       ]),
], src("ALAMEDA_1", "the last paragraph of II. POLICY moved to the end of definition III.A and reworded ('Under no circumstances shall ... be detained or arrested' -> 'should not detain or arrest'; 'whether known or unknown' dropped).")))

# ---------------------------------------------------------------- Sonoma 428
P.append(make_pair("HE-27", "scope_change", S.SONOMA_428, [
    ed("such a suspicion shall not, by itself, serve as the basis", "such a suspicion shall not serve as the basis", L,
       ["enforcement_authority", "status_inquiry"],
       "Without 'by itself', suspected unlawful presence may not serve as a basis for contact, detention or arrest even in combination with other reasons."),
    ed("nor telephone ICE while in the field to obtain such information.", "nor telephone ICE while in the field to obtain such information, nor ask them to produce a passport, visa or other immigration document.", L,
       ["document_requests"], "A new prohibition on asking people to produce passports, visas or other immigration documents.",
       quote_old="nor telephone ICE while in the field to obtain such information.", quote_new="nor ask them to produce a passport, visa or other immigration document."),
], src("SONOMA_428", "'by itself' deleted and a ban on demanding immigration documents appended to the same 428.2 paragraph.")))

P.append(make_pair("HE-28", "exception_removed", S.SONOMA_428, [
    ed("Absent a separate law enforcement reason, Sheriff's Office members shall not question", "Sheriff's Office members shall not question", L,
       ["status_inquiry", "ice_cooperation"],
       "The exception 'Absent a separate law enforcement reason' is removed: members may not ask about status or call ICE from the field even when they have another law enforcement reason.",
       quote_old="Absent a separate law enforcement reason, Sheriff's Office members shall not question",
       quote_new="in the United States, such a suspicion shall not, by itself, serve as the basis for contact, detention, or arrest. Sheriff's Office members shall not question"),
    ed("Department of Homeland Security, Bureau of Immigration and Customs Enforcement (ICE)", "Department of Homeland Security, Immigration and Customs Enforcement (ICE)", N,
       ["ice_cooperation"], "Obsolete 'Bureau of' dropped from the agency name; same agency."),
], src("SONOMA_428", "'Absent a separate law enforcement reason,' deleted and 'Bureau of' dropped from the agency name.")))

P.append(make_pair("HE-29", "cross_clause", S.SONOMA_428, [
    ed(" California peace officers are not authorized under federal law to arrest an individual for violation of a civil immigration law, such as being illegally present in the country (i.e., an undocumented alien).", "", N,
       ["enforcement_authority"], "x", entries=[]),
    ed("or other protected classification.", "or other protected classification. California peace officers are not authorized under federal law to arrest an individual for violation of a civil immigration law, such as being illegally present in the country (i.e., an undocumented person).", N,
       ["enforcement_authority"], "x", entries=[
           ch("California peace officers are not authorized under federal law to arrest an individual for violation of a civil immigration law",
              "or other protected classification. California peace officers are not authorized under federal law to arrest an individual for violation of a civil immigration law", N,
              ["enforcement_authority"], "The statement that officers cannot arrest for civil immigration violations moves from 428.2 to the end of 428.3; the rule is unchanged."),
           ch("(i.e., an undocumented alien)", "(i.e., an undocumented person)", N,
              ["enforcement_authority"], "'alien' -> 'person' in the example; terminology only."),
       ]),
    ed("regardless of alien status", "regardless of immigration status", N, ["access_to_services"],
       "Purpose statement: 'alien status' -> 'immigration status'; equal service regardless of status is unchanged."),
], src("SONOMA_428", "the 'California peace officers are not authorized ...' sentence moved from 428.2 to the end of 428.3 with 'alien' -> 'person', and 'alien status' -> 'immigration status' in 428.1 (negative control).")))

# ---------------------------------------------------------------- Benton County 413
P.append(make_pair("HE-30", "definition_change", S.BENTON, [
    ed("or Article IV of the Washington Constitution. A \"court order\"", "or Article IV of the Washington Constitution, or a final order of removal issued by an immigration judge. A \"court order\"", E,
       ["detainers_holds"],
       "The definition of 'court order', the kind of order the policy lets members act on, now includes an immigration judge's removal order (an administrative, not judicial, order), so members may act on it.",
       quote_old="or Article IV of the Washington Constitution.", quote_new="or a final order of removal issued by an immigration judge."),
], src("BENTON", "', or a final order of removal issued by an immigration judge' added to the definition of 'Court order and judicial warrant'.")))

P.append(make_pair("HE-31", "definition_change", S.BENTON, [
    ed("includes, but is not limited to, administrative warrants entered in the national crime information center database, warrants issued on ICE Form I-200",
       "includes, but is not limited to, warrants issued on ICE Form I-200", U,
       ["detainers_holds"],
       "The NCIC administrative-warrant example is dropped from 'civil immigration warrant'. The general words ('any warrant for a violation of federal civil immigration law issued by a federal immigration authority') and 'not limited to' still cover NCIC entries, but an officer reading the list may treat an NCIC hit as actionable; whether the restriction narrowed cannot be told from the text.",
       quote_old="administrative warrants entered in the national crime information center database,",
       quote_new="includes, but is not limited to, warrants issued on ICE Form I-200"),
], src("BENTON", "the example 'administrative warrants entered in the national crime information center database,' deleted from the definition of 'Civil immigration warrant'.")))

# ---------------------------------------------------------------- El Dorado BK 2.04
P.append(make_pair("HE-32", "list_added", S.ELDORADO, [
    ed("as an arson offender pursuant to PC 457.1.", "as an arson offender pursuant to PC 457.1.\n\n4. The individual has a prior conviction for driving under the influence within the last five years.", E,
       ["detainers_holds"],
       "A fourth exception lets the jail hold people on an ICE detainer after a DUI conviction in the last five years; more people can be held for ICE.",
       quote_old="as an arson offender pursuant to PC 457.1.", quote_new="4. The individual has a prior conviction for driving under the influence within the last five years."),
], src("ELDORADO", "exception 4 (DUI conviction within five years) added after exception 3. The real exception 4 (a list of 'wobbler' crimes) is not used because the stored copy breaks off inside it.")))

P.append(make_pair("HE-33", "list_removed", S.ELDORADO, [
    ed("exceptions applies:\n\n1. The individual is arrested and taken before a magistrate on a charge involving a Serious or Violent felony, as identified in subdivision (c) of Section 1192.7 or subdivision (c) of Section 667.5 of the Penal Code, a felony punishable by imprisonment in state prison, or any felony listed in paragraph (2) or (3) other than domestic violence, and the magistrate makes a finding of probable cause as to that charge pursuant to Section 872 of the Penal Code.\n\n2. The individual has been convicted",
       "exceptions applies:\n\n1. The individual has been convicted", L, ["detainers_holds"], "x", entries=[
           ch("1. The individual is arrested and taken before a magistrate on a charge involving a Serious or Violent felony",
              "exceptions applies:\n\n1. The individual has been convicted", L, ["detainers_holds"],
              "The exception for people merely charged with a serious or violent felony (after a probable-cause finding) is deleted; a detainer can now be honored only after a conviction."),
           ch("2. The individual has been convicted", "1. The individual has been convicted", N, ["detainers_holds"],
              "Exception renumbered 2 -> 1; same text."),
       ]),
    ed("3. Individuals that have any conviction", "2. Individuals that have any conviction", N, ["detainers_holds"],
       "Exception renumbered 3 -> 2; same text."),
], src("ELDORADO", "exception 1 (arrest and probable-cause finding on a serious/violent felony charge) deleted and the remaining exceptions renumbered.")))

P.append(make_pair_rev("HE-34", "modal_change", S.ELDORADO, [
    ed("a person should not be held in custody solely on the basis of an immigration detainer", "a person may not be held in custody solely on the basis of an immigration detainer", L,
       ["detainers_holds"], "'should not be held' (advice) becomes 'may not be held' (a prohibition) on holding people solely on an ICE detainer."),
], src("ELDORADO", "in II.A the real 'may not be held' was replaced on the OLD side by 'should not be held'.", reverse=True)))

# ---------------------------------------------------------------- Justice Center draft
P.append(make_pair("HE-35", "exception_changed", S.JUSTICE_CENTER, [
    ed("for up to 48 hours ONLY IF the request is accompanied by a judicial warrant.", "for up to 48 hours ONLY IF the request is accompanied by a judicial warrant or an administrative warrant (ICE Form I-200 or I-205).", E,
       ["detainers_holds"],
       "The only condition for honoring a detainer (a judicial warrant) is widened to include ICE's own administrative warrants, so most detainers can now be honored.",
       quote_old="ONLY IF the request is accompanied by a judicial warrant.\n\nObjective #3",
       quote_new="ONLY IF the request is accompanied by a judicial warrant or an administrative warrant (ICE Form I-200 or I-205)."),
], src("JUSTICE_CENTER", "'or an administrative warrant (ICE Form I-200 or I-205)' added to the ONLY IF condition of Objective #2.")))

P.append(make_pair("HE-36", "scope_change", S.JUSTICE_CENTER, [
    ed("unless necessary to investigate criminal activity by that individual.", "unless necessary to investigate criminal activity.", E,
       ["status_inquiry"],
       "The status-inquiry exception no longer requires that the criminal activity be the person's own: a victim's or witness's status may now be asked whenever needed for any criminal investigation.",
       quote_old="unless necessary to investigate criminal activity by that individual.", quote_new="unless necessary to investigate criminal activity. Officers may"),
    ed("(c) [The LEA] shall not perform", "Officers may request a passport or other immigration document when an individual is unable to produce other identification. (c) [The LEA] shall not perform", E,
       ["document_requests"], "New permission to demand a passport or other immigration document from people without other identification.",
       quote_old="(c) [The LEA] shall not perform",
       quote_new="Officers may request a passport or other immigration document when an individual is unable to produce other identification."),
], src("JUSTICE_CENTER", "'by that individual' deleted from Objective #1(b) and a sentence permitting requests for passports/immigration documents inserted before (c).")))

P.append(make_pair("HE-37", "reparagraph", S.JUSTICE_CENTER, [
    ed("Objective #1: (a) [The LEA]", "Objective #1:\n\n(a) [The LEA]", N, ["enforcement_authority"],
       "Objective #1 split: item (a) starts its own paragraph; wording unchanged."),
    ed("NCIC) database. (b) [The LEA]", "NCIC) database.\n\n(b) [The LEA]", N, ["status_inquiry"],
       "Item (b) starts its own paragraph; wording unchanged."),
    ed("by that individual. (c) [The LEA]", "by that individual.\n\n(c) [The LEA]", N, ["enforcement_authority", "raids_joint_operations"],
       "Item (c) (no 287(g)-type functions) starts its own paragraph; wording unchanged."),
], src("JUSTICE_CENTER", "the run-in items (a), (b), (c) of Objective #1 split into separate paragraphs; no word changed (negative control).")))

# ---------------------------------------------------------------- Fresno C-185
P.append(make_pair("HE-38", "neutral_rewrite", S.FRESNO, [
    ed("Jail Division", "Custody Division", N, ["ice_cooperation"],
       "Division renamed 'Jail' -> 'Custody' in each policy paragraph; same unit, same rules.",
       all=True, quote_old="It is the policy of the Fresno County Sheriff's Office Jail Division",
       quote_new="It is the policy of the Fresno County Sheriff's Office Custody Division"),
    ed("JAIL DIVISION POLICIES AND PROCEDURES", "CUSTODY DIVISION POLICIES AND PROCEDURES", N, ["ice_cooperation"],
       "Same rename in the document header."),
    ed("responding to agency requests. Contrarily, in order", "responding to agency requests. However, in order", N,
       ["information_sharing"], "'Contrarily' -> 'However'; connective only."),
    ed("California Public Records Act (PRA).\n\nIt is the policy", "California Public Records Act (PRA). It is the policy", N,
       ["ice_cooperation", "information_sharing"], "Two policy paragraphs (public-records rule and cooperation rule) joined into one; wording unchanged."),
], src("FRESNO", "'Jail Division' -> 'Custody Division' in every occurrence, 'Contrarily' -> 'However', and two Policy paragraphs joined (negative control).")))

# ---------------------------------------------------------------- Sutter
P.append(make_pair("HE-39", "scope_change", S.SUTTER, [
    ed("will continue to notify ICE when we have a possible immigration violation", "will notify ICE only when an inmate with a possible immigration violation has been convicted of a serious or violent felony", L,
       ["ice_cooperation", "information_sharing"],
       "Notification to ICE, given for every possible immigration violation, is now limited to inmates convicted of a serious or violent felony."),
    ed("however we will not hold someone", "however we shall not hold someone", N, ["detainers_holds"],
       "'will not hold' -> 'shall not hold': both state the same prohibition on holding past release."),
], src("SUTTER", "in the command order, ICE notification restricted to inmates convicted of a serious or violent felony, and 'will not hold' -> 'shall not hold'.")))

P.append(make_pair("HE-40", "modal_change", S.SUTTER, [
    ed("the officer will determine the country in which the person was born", "the officer may ask the country in which the person was born", L,
       ["status_inquiry"], "Asking every booked person's country of birth becomes optional ('will determine' -> 'may ask')."),
    ed("an ICE questionnaire will be completed.", "an ICE questionnaire may be completed.", L,
       ["information_sharing", "ice_cooperation"], "Completing the ICE questionnaire for foreign-born arrestees becomes optional ('will' -> 'may')."),
    ed("Immigration Customs Enforcement (ICE) holds", "Immigration and Customs Enforcement (ICE) holds", N, ["detainers_holds"],
       "Agency name corrected ('and' inserted); same agency."),
], src("SUTTER", "in J150.90 A 'will determine' -> 'may ask' and 'will be completed' -> 'may be completed'; agency name corrected in the command order.")))

# ---------------------------------------------------------------- joint operations (added)
P.append(make_pair("HE-41", "exception_added", S.JUSTICE_CENTER, [
    ed("or under any other law, regulation, or policy.", "or under any other law, regulation, or policy, except as a member of a joint task force with ICE or CBP targeting transnational criminal organizations.", E,
       ["raids_joint_operations", "enforcement_authority"],
       "An exception lets the agency take part in immigration enforcement as a member of a joint ICE/CBP task force, which the old text ruled out entirely.",
       quote_old="or under any other law, regulation, or policy.",
       quote_new="except as a member of a joint task force with ICE or CBP targeting transnational criminal organizations."),
], src("JUSTICE_CENTER", "an exception for joint ICE/CBP task forces appended to Objective #1(c).")))

P.append(make_pair("HE-42", "scope_change", S.HYATTSVILLE_1, [
    ed("to support federal civil immigration enforcement operations or activities.", "to support federal immigration enforcement operations or activities.", L,
       ["raids_joint_operations", "ice_cooperation"],
       "Dropping 'civil' extends the ban on using City resources to support federal immigration operations to criminal immigration operations as well."),
], src("HYATTSVILLE_1", "'civil' deleted from C ('federal civil immigration enforcement operations').")))

write_all(P)
