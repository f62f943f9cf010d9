# Constructed pairs of heldout13 (executed inside pairs.py, which defines P, C, S, apply).
# Each pair: OLD = a real passage from sources.py; NEW = the same passage with the edit(s) listed
# in `edits` (each (find, replace) occurs exactly once).  The `source` field states the edit in words.

def K(situation, real, edits, changes, doc, edit_words):
    new = apply(real, edits)
    return P(situation, real, new, changes,
             "CONSTRUCTED EDIT on real text: " + doc + " OLD = real text (normalised as described in SOURCE.md). "
             "NEW = real text with edit constructed for this set: " + edit_words)

IN_DOC = ("Indiana Senate Bill 76 (2026 session), Introduced Version, proposed IC 5-2-18.2-1.7, -4, -9 and -10, PDF text "
          "https://iga.in.gov/pdf-documents/124/2026/senate/bills/SB0076/SB0076.01.INTR.pdf as quoted in an indexed GitHub file "
          "(read_file id 70402395143; PDF line numbers and page footers dropped, the SECTION enacting clauses left out, one line per section/item).")
USC1252C_DOC = ("8 U.S.C. 1252c(a)-(b), U.S. Code text from github.com/codexstanford/markdonw-chunck-of-the-usa-code, commit "
                "66d0b20a5e0521c0ffa33fe40368e4148bff046b, chuncks/title-08/chunck-363.md and -364.md (flush text after item (2) put on its own line).")
HR1680_DOC = ("H.R. 1680 (119th Congress, UPLIFT Act, introduced 27 Feb 2025), sec. 3(a)(4): proposed 8 U.S.C. 1373(d), (f) and (g) "
              "(subsection (e) on standing left out), congress.gov API dump, read_file id 55762926218; run-in headings and items on their own lines.")
KERMAN_DOC = ("Kerman Unified School District (California), Administrative Regulation 5145.13 'Response to Immigration Enforcement', section "
              "'Responding to Requests for Information', https://www.kermanusd.com/Page/2358 (stored copy; the page numbers every list item '1.', "
              "renumbered 1-4 here; indentation removed).")
HR5826_DOC = ("H.R. 5826 (114th Congress, Detain and Deport Act, introduced 14 Jul 2016), sec. 2(a)-(b), "
              "https://www.govinfo.gov/content/pkg/BILLS-114hr5826ih/xml/BILLS-114hr5826ih.xml (stored copy; run-in headings on their own lines).")
SURPRISE_DOC = ("Surprise (Arizona) Police Department, OPS-14 'Immigration Enforcement' (effective 12-22-08, revised 08-24-17), I. Purpose (first "
                "paragraph) and II. Policy, https://secureweb.surpriseaz.gov/PDPolicies/DocView.aspx?id=74244 (stored copy; the portal's <br /> "
                "line breaks joined; the second Purpose paragraph, which the stored copy garbles, left out).")
NOCCCD_DOC = ("North Orange County Community College District (California), 'Immigration-Related Requests', "
              "https://nocccd.edu/plans-policies-procedures/immigration-related-requests (stored copy, first three paragraphs).")
G910_DOC = ("8 U.S.C. 1357(g)(9)-(10), U.S. Code text from github.com/codexstanford/markdonw-chunck-of-the-usa-code, commit "
            "66d0b20a5e0521c0ffa33fe40368e4148bff046b, chuncks/title-08/chunck-546.md.")

IN = S.INDIANA_SB76
# HN-16
K("list_item_removed", IN, [(
    "(2) record in the individual's case file that the individual is subject to an immigration detainer request;\n(3) comply with all requests made in the immigration detainer request; and\n(4) inform",
    "(2) record in the individual's case file that the individual is subject to an immigration detainer request; and\n(3) inform")], [
    C("(3) comply with all requests made in the immigration detainer request; and", "", "limits_enforcement", ["detainers_holds", "ice_cooperation"],
      "Jails would no longer be required to hold people as ICE's detainer asks; they must still note the detainer and tell the judge and the person."),
    C("(4) inform the individual", "(3) inform the individual", "neutral", ["detainers_holds"], "The last item is renumbered and 'and' moves up; no change in substance."),
], IN_DOC, "item (3) 'comply with all requests made in the immigration detainer request' deleted from Sec. 9(a); item (4) renumbered (3) and 'and' moved to item (2).")

# HN-17
K("exception_added", IN, [(
    "(3) comply with all requests made in the immigration detainer request; and",
    "(3) comply with all requests made in the immigration detainer request, unless the request is not accompanied by a warrant signed by a judge; and")], [
    C("(3) comply with all requests made in the immigration detainer request; and",
      "(3) comply with all requests made in the immigration detainer request, unless the request is not accompanied by a warrant signed by a judge; and",
      "limits_enforcement", ["detainers_holds"],
      "The duty to honour ICE detainers would apply only when a judge's warrant comes with them; ordinary ICE detainers could be declined."),
], IN_DOC, "', unless the request is not accompanied by a warrant signed by a judge' added to Sec. 9(a)(3).")

# HN-18
K("definition_change", IN, [(
    "to detain an individual pursuant to 8 CFR 287.7.",
    "to detain an individual, or to notify the agency before the individual is released, pursuant to 8 CFR 287.7.")], [
    C("a request issued by an authorized immigration officer to a law enforcement agency to detain an individual pursuant to 8 CFR 287.7.",
      "a request issued by an authorized immigration officer to a law enforcement agency to detain an individual, or to notify the agency before the individual is released, pursuant to 8 CFR 287.7.",
      "expands_enforcement", ["detainers_holds", "information_sharing"],
      "Requests only to be told of a release date would now count as detainer requests, so jails must comply with them and give ICE release information."),
], IN_DOC, "', or to notify the agency before the individual is released,' added to the definition in Sec. 1.7.")

# HN-19
K("reparagraphed", IN, [
    ("shall:\n(1) provide", "shall: (1) provide"), ("request;\n(2) record", "request; (2) record"),
    ("request;\n(3) comply", "request; (3) comply"), ("request; and\n(4) inform", "request; and (4) inform")], [
    C("shall:\n(1) provide to the judge", "shall: (1) provide to the judge", "neutral", ["detainers_holds"],
      "The four duties of Sec. 9(a) are run into one paragraph; every word is the same."),
], IN_DOC, "the line breaks before items (1)-(4) of Sec. 9(a) removed, so the list runs on in one paragraph.")

# HN-20
K("exception_to_exception", IN, [(
    "to determine whether the individual is a citizen of the United States.",
    "to determine whether the individual is a citizen of the United States, and shall continue to hold the individual under the immigration detainer request until the authorized immigration officer responds.")], [
    C("", "and shall continue to hold the individual under the immigration detainer request until the authorized immigration officer responds.",
      "expands_enforcement", ["detainers_holds", "status_inquiry", "document_requests"],
      "Even a person who shows a U.S. passport or birth certificate would stay in jail on the detainer until ICE answers the citizenship check."),
], IN_DOC, "', and shall continue to hold the individual under the immigration detainer request until the authorized immigration officer responds' added to Sec. 9(b), the exception to the duties in (a).")

# HN-21 (documents)
K("list_item_added", IN, [("presents to the governmental body a United States passport or a birth certificate issued in the United States,",
                           "presents to the governmental body a United States passport, a birth certificate issued in the United States, or a certificate of naturalization,")], [
    C("a United States passport or a birth certificate issued in the United States,",
      "a United States passport, a birth certificate issued in the United States, or a certificate of naturalization,",
      "limits_enforcement", ["document_requests", "detainers_holds"],
      "Naturalised citizens who show their certificate would also be taken out of the detainer duties in (a) and checked with ICE instead."),
], IN_DOC, "'or a certificate of naturalization' added to the documents listed in Sec. 9(b) (with 'or' moved).")

U = S.USC1252C_TEXT
# HN-21
K("list_item_added", U, [
    ("(1) is an alien illegally present in the United States; and", "(1) is an alien illegally present in the United States;"),
    ("left the United States after such conviction,\n", "left the United States after such conviction; and\n(3) is not a victim of or witness to a criminal offense under investigation,\n")], [
    C("", "(3) is not a victim of or witness to a criminal offense under investigation,", "limits_enforcement", ["enforcement_authority", "access_to_services"],
      "Adds a third condition to the arrest power: crime victims and witnesses could not be arrested under it."),
    C("(1) is an alien illegally present in the United States; and", "(1) is an alien illegally present in the United States;", "neutral",
      ["enforcement_authority"], "'and' moves from item (1) to item (2) to join the new item."),
], USC1252C_DOC, "item '(3) is not a victim of or witness to a criminal offense under investigation,' added after item (2); 'and' moved from (1) to (2).")

# HN-22
K("approval_added", U, [(
    "of the status of such individual and only for such period",
    "of the status of such individual and the approval of a supervising officer of the arresting agency and only for such period")], [
    C("", "and the approval of a supervising officer of the arresting agency", "limits_enforcement", ["supervisor_approval", "enforcement_authority"],
      "Local officers would also need a supervisor's approval before arresting or holding someone under this power."),
], USC1252C_DOC, "'and the approval of a supervising officer of the arresting agency' added to the condition in (a).")

# HN-23
K("neutral_rewrite", U, [
    ("confirmation from the Immigration and Naturalization Service of the status", "confirmation from U.S. Immigration and Customs Enforcement of the status"),
    ("required for the Service to take", "required for that agency to take")], [
    C("appropriate confirmation from the Immigration and Naturalization Service of the status of such individual",
      "appropriate confirmation from U.S. Immigration and Customs Enforcement of the status of such individual", "neutral", ["ice_cooperation"],
      "INS is renamed ICE, the agency that now does this job; same confirmation requirement."),
    C("as may be required for the Service to take the individual into Federal custody", "as may be required for that agency to take the individual into Federal custody",
      "neutral", ["detainers_holds"], "'the Service' becomes 'that agency'; the hold still lasts only until federal custody."),
], USC1252C_DOC, "'the Immigration and Naturalization Service' replaced by 'U.S. Immigration and Customs Enforcement' and 'the Service' by 'that agency'.")

# HN-24
K("scope_change", U, [("Notwithstanding any other provision of law, to the extent permitted by relevant State and local law, State",
                         "Notwithstanding any other provision of law, State")], [
    C("to the extent permitted by relevant State and local law,", "", "expands_enforcement", ["enforcement_authority"],
      "The arrest authority would no longer depend on state or local law, so it could reach places whose own law forbids such arrests."),
], USC1252C_DOC, "'to the extent permitted by relevant State and local law,' deleted from (a).")

D = S.HR1680_DG
# HN-25
K("double_negation", D, [
    ("owned, managed, or operated by a private entity; or\n(4) receiving any payment related to the detention of individuals in an immigration detention facility that is owned, managed, or operated by a private entity.",
     "owned, managed, or operated by a private entity.")], [
    C("(4) receiving any payment related to the detention of individuals in an immigration detention facility that is owned, managed, or operated by a private entity.", "",
      "limits_enforcement", ["ice_cooperation"],
      "The list says what localities may not stop; dropping item (4) lets a city forbid its agencies to take payments for immigration detention."),
], HR1680_DOC, "item (4) of subsection (d) deleted and 'or' removed from item (3).")

# HN-26
K("exception_to_exception", D, [("to report or arrest victims of or witnesses to a criminal offense.",
                                  "to report or arrest victims of or witnesses to a criminal offense, unless the victim or witness is the subject of an immigration detainer.")], [
    C("", ", unless the victim or witness is the subject of an immigration detainer.", "expands_enforcement",
      ["access_to_services", "detainers_holds"], "Crime victims and witnesses who are subject to an ICE detainer lose the assurance that officers need not report or arrest them."),
], HR1680_DOC, "', unless the victim or witness is the subject of an immigration detainer' added to subsection (g).")

# HN-27
_g = "\n(g) Construction\nNothing in this section shall require law enforcement officials from States, or from local government entities, to report or arrest victims of or witnesses to a criminal offense."
K("cross_clause", D, [
    (_g, ""),
    ("operated by a private entity.\n(f) Compliance", "operated by a private entity. Nothing in this section shall require law enforcement officials from States, or from local government entities, to report or arrest victims of or witnesses to a criminal offense.\n(f) Compliance")], [
    C("(g) Construction\nNothing in this section shall require law enforcement officials from States, or from local government entities, to report or arrest victims of or witnesses to a criminal offense.",
      "operated by a private entity. Nothing in this section shall require law enforcement officials from States", "neutral", ["access_to_services", "ice_cooperation"],
      "The victim-and-witness clause moves from its own subsection (g) to the end of (d); it still speaks of 'this section', so its reach is unchanged."),
], HR1680_DOC, "subsection (g) 'Construction' deleted and its sentence appended to the end of subsection (d).")

KA = S.KERMAN_AR
# HN-28
K("modal_change", KA, [("immigration or citizenship status, District staff shall:", "immigration or citizenship status, District staff should:")], [
    C("District staff shall:", "District staff should:", "expands_enforcement", ["information_sharing", "access_to_services"],
      "Notifying the superintendent and families, documenting the request and passing on ICE's papers become recommendations, not duties."),
], KERMAN_DOC, "'District staff shall:' changed to 'District staff should:'.")

# HN-29
K("exception_added", KA, [("without parental consent, a court order, or judicial subpoena.",
                           "without parental consent, a court order, judicial subpoena, or an administrative warrant issued by U.S. Immigration and Customs Enforcement.")], [
    C("without parental consent, a court order, or judicial subpoena.",
      "without parental consent, a court order, judicial subpoena, or an administrative warrant issued by U.S. Immigration and Customs Enforcement.",
      "expands_enforcement", ["information_sharing", "ice_cooperation"],
      "An ICE-signed administrative warrant, which no judge reviews, would be enough to obtain student records."),
], KERMAN_DOC, "', or an administrative warrant issued by U.S. Immigration and Customs Enforcement' added to the list of exceptions (with 'or' moved).")

# HN-30
K("list_item_added", KA, [("or in cases involving investigations of child abuse, neglect, or dependency\n",
                           "or in cases involving investigations of child abuse, neglect, or dependency\n5. Refer the request to the district's legal counsel and release no information until counsel confirms that a court order or judicial subpoena has been served\n")], [
    C("", "5. Refer the request to the district's legal counsel and release no information until counsel confirms that a court order or judicial subpoena has been served",
      "limits_enforcement", ["information_sharing", "supervisor_approval"],
      "Adds a step: nothing is released to immigration authorities until district counsel confirms a court order or subpoena."),
], KERMAN_DOC, "item 5 'Refer the request to the district's legal counsel and release no information until counsel confirms that a court order or judicial subpoena has been served' added to the list.")

# HN-31
K("neutral_rewrite", KA, [("Resources and data collected by the District shall not be used, directly or by others, to compile a list,",
                           "The District shall not use, or allow others to use, resources and data it collects to compile a list,")], [
    C("Resources and data collected by the District shall not be used, directly or by others, to compile a list,",
      "The District shall not use, or allow others to use, resources and data it collects to compile a list,", "neutral", ["information_sharing"],
      "Passive voice turned active; the ban on building registries from district data is the same."),
], KERMAN_DOC, "the registry sentence rewritten in the active voice.")

H5 = S.HR5826_SEC2
# HN-32
K("scope_change", H5, [("not comply with any Department of Homeland Security detainer ordering that it",
                        "not comply with any Department of Homeland Security detainer, accompanied by a warrant signed by a judge, ordering that it")], [
    C("not comply with any Department of Homeland Security detainer ordering that it",
      "not comply with any Department of Homeland Security detainer, accompanied by a warrant signed by a judge, ordering that it",
      "limits_enforcement", ["detainers_holds"],
      "Only refusing detainers backed by a judge's warrant would cost grants; places that decline ordinary ICE detainers keep their funding."),
], HR5826_DOC, "', accompanied by a warrant signed by a judge,' added after 'detainer' in (b).")

# HN-33
K("neutral_rewrite", H5, [("shall not be eligible to receive\u2014", "shall be ineligible to receive\u2014")], [
    C("shall not be eligible to receive\u2014", "shall be ineligible to receive\u2014", "neutral", ["detainers_holds"],
      "'shall not be eligible' and 'shall be ineligible' mean the same; the grant penalty is unchanged."),
], HR5826_DOC, "'shall not be eligible to receive' changed to 'shall be ineligible to receive'.")

SU = S.SURPRISE_OPS14
# HN-34
K("approval_added", SU, [("Officers are encouraged to contact supervisors when necessary.",
                          "Officers are encouraged to contact supervisors when necessary. Officers shall obtain the approval of a supervisor before contacting U.S. Immigration and Customs Enforcement about any person who is not under arrest.")], [
    C("", "Officers shall obtain the approval of a supervisor before contacting U.S. Immigration and Customs Enforcement about any person who is not under arrest.",
      "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
      "Calls to ICE about people who are not under arrest would need a supervisor's approval first."),
], SURPRISE_DOC, "sentence 'Officers shall obtain the approval of a supervisor before contacting U.S. Immigration and Customs Enforcement about any person who is not under arrest.' added to II. Policy.")

G = S.paras(S.USC1357G, "(9) Nothing")
# HN-35
K("double_negation", G, [("removal of aliens not lawfully present in the United States.",
                          "removal of aliens not lawfully present in the United States; or\n(C) to hold an individual in custody on the basis of a detainer issued by the Attorney General."),
                         ("is not lawfully present in the United States; or\n(B)", "is not lawfully present in the United States;\n(B)")], [
    C("", "(C) to hold an individual in custody on the basis of a detainer issued by the Attorney General.", "expands_enforcement",
      ["detainers_holds", "ice_cooperation"],
      "The clause saying no 287(g) agreement is needed now also covers holding people on immigration detainers, signalling any officer may do so."),
    C("is not lawfully present in the United States; or", "is not lawfully present in the United States;\n(B)", "neutral", ["ice_cooperation"],
      "'or' moves from item (A) to item (B) to make room for the new item."),
], G910_DOC, "item '(C) to hold an individual in custody on the basis of a detainer issued by the Attorney General.' added to paragraph (10); 'or' moved from (A) to (B).")

NO = S.NOCCCD
# HN-36
K("restated", NO, [(
    "NOCCCD employees shall not release to U.S. Immigration Officers or to any person, any personally identifiable student information related to immigration status, or provide access to documents or information about NOCCCD students without a judicial warrant, subpoena or court order, unless authorized by the student or required by law.",
    "Unless authorized by the student or required by law, NOCCCD employees may release to U.S. Immigration Officers or to any person personally identifiable student information related to immigration status, or provide access to documents or information about NOCCCD students, only with a judicial warrant, subpoena or court order.")], [
    C("NOCCCD employees shall not release to U.S. Immigration Officers or to any person, any personally identifiable student information related to immigration status, or provide access to documents or information about NOCCCD students without a judicial warrant, subpoena or court order, unless authorized by the student or required by law.",
      "Unless authorized by the student or required by law, NOCCCD employees may release to U.S. Immigration Officers or to any person personally identifiable student information related to immigration status, or provide access to documents or information about NOCCCD students, only with a judicial warrant, subpoena or court order.",
      "neutral", ["information_sharing"],
      "'shall not release ... without a judicial warrant' is restated as 'may release ... only with a judicial warrant'; the same records stay closed to ICE."),
], NOCCCD_DOC, "the first sentence restated from 'shall not release ... without' to 'may release ... only with', exception moved to the front.")
