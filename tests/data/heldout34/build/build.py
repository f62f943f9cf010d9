"""Builds ../pairs.jsonl for heldout34 (id prefix JK). Run: python3 build/build.py && python3 build/check.py"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import apply, pair_label, check
from texts_rcsd import A_OLD, B_OLD, C_OLD

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
pairs = []

def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}

def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "JK-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    pairs.append(p)

# ---------------------------------------------------------------- GENUINE: NY S837 (2023), PHL 2168, 2169, 2183
S837 = ("New York Senate bill S837 (2023-2024 session, Sen. Rivera; 'Protects the confidentiality of vaccine information; "
        "repealer'; status 'Signed by Governor'), a chapter amendment to the 2022 vaccine-confidentiality law (S.6541-A / "
        "A.7326-A); bill text from GitHub ryantd42/NY-Legislative-Git, file 2024/S837.md (commit "
        "df793e5d9b; PDF https://legislation.nysenate.gov/pdf/bills/2023/S837). OLD = the law as added in 2022 (bill text "
        "with bracketed matter kept and capitalised new matter left out); NEW = the law as amended by S837 (bracketed "
        "matter left out, new matter that the bill prints in capitals set in lower case). Line-break hyphens joined.")

G1_OLD = """Public Health Law section 2168 (statewide immunization information system), paragraph (d) of subdivision 4 and subdivision 11-a

4. (d) (i) Identifiable registrant information is not (1) subject to discovery, subpoena, warrant, or other means of legal compulsion for release to any person or (2) admissible in any civil, administrative, criminal, or family court proceeding, except for the purposes of investigations and prosecutions of allegations of computer tampering or billing fraud related to vaccination records, fraudulent statements related to an individual's vaccination status, an act of violence or attempted violence occurring at the site of a vaccination provider's or vaccine navigator's business, or medical malpractice. Disclosure for these purposes shall be subject to in camera review and approval by the court and, if the use is initiated by a party other than the individual whose registry information is sought, the information must be highly material and relevant for the purpose.

(ii) Nothing in this section shall be construed to limit commissioners of local social services districts or the commissioner of the office of children and family services from accessing identifiable registrant information under paragraph (d) of subdivision eight of this section.

11-a. The commissioner, or in the city of New York, the commissioner of the department of health and mental hygiene, may only share registry information with the federal Centers for Disease Control and Prevention, or successor agency, for public health purposes in summary, statistical, aggregate, or other form such that no individual person can be identified, except that either such commissioner may disclose identifiable registrant information to the federal Centers for Disease Control and Prevention, or its successor agency, when the commissioner has determined that the disclosure is in the best interests of the registrant or will contribute to the protection of public health, that the objective of the disclosure cannot be served by disclosure limited to de-identified information, and the federal health officials have committed in writing not to redisclose to or share registrant information with any other federal agency, including but not limited to the department of homeland security, immigration and customs enforcement, customs and border protection, or any successor agency, or any law enforcement agency; provided that either such commissioner may forgo the written commitment if requiring written commitment would result in the actual withholding of federal funds."""

G1_NEW = """Public Health Law section 2168 (statewide immunization information system), paragraph (d) of subdivision 4 and subdivision 11-a

4. (d) A person, institution or agency to whom such immunization information is furnished or to whom, access to records or information has been given, shall not divulge any part thereof so as to disclose the identity of such person to whom such information or record relates, except insofar as such disclosure is necessary for the best interests of the person or other persons, consistent with the purposes of this section.

11-a. The commissioner, or in the city of New York, the commissioner of the department of health and mental hygiene, may only share registry information maintained by the department, or in the case of the citywide immunization registry, the city of New York under the provisions of this section with the federal Centers for Disease Control and Prevention, or successor agency, for public health purposes in summary, statistical, aggregate, or other form such that no individual person can be identified, except that either such commissioner may disclose identifiable registrant information to the federal Centers for Disease Control and Prevention, or its successor agency, when the commissioner has determined that the disclosure is in the best interests of the registrant or will contribute to the protection of public health and that the objective of the disclosure cannot be served by disclosure limited to de-identified information, or the federal health officials have committed in writing not to redisclose to or share registrant information with any other federal agency, including but not limited to the department of homeland security, immigration and customs enforcement, customs and border protection, or any successor agency, or any law enforcement agency; provided that either such commissioner may forgo the written commitment if requiring written commitment would result in the actual withholding of federal funds."""

add("exception_changed", G1_OLD, G1_NEW, [
    ch("(d) (i) Identifiable registrant information is not (1) subject to discovery, subpoena, warrant, or other means of legal compulsion for release to any person",
       "(d) A person, institution or agency to whom such immunization information is furnished or to whom, access to records or information has been given, shall not divulge any part thereof",
       E, ["information_sharing"],
       "The express shield of registry data against subpoenas, warrants and other legal compulsion is dropped and replaced by a general non-divulgence duty, so identifiable data can again be reached by legal process, including federal process."),
    ch("(ii) Nothing in this section shall be construed to limit commissioners of local social services districts or the commissioner of the office of children and family services from accessing identifiable registrant information",
       "", N, ["information_sharing"],
       "The saving clause for social-services commissioners' access is deleted; it concerns state child-welfare access, not immigration enforcement."),
    ch("that the objective of the disclosure cannot be served by disclosure limited to de-identified information, and the federal health officials have committed in writing",
       "and that the objective of the disclosure cannot be served by disclosure limited to de-identified information, or the federal health officials have committed in writing",
       E, ["information_sharing", "ice_cooperation"],
       "The written promise not to pass identifiable data on to DHS, ICE or CBP stops being a required condition and becomes an alternative, so identifiable data can go to the CDC without it."),
    ch("may only share registry information with the federal Centers",
       "may only share registry information maintained by the department, or in the case of the citywide immunization registry, the city of New York under the provisions of this section with the federal Centers",
       N, ["information_sharing"],
       "Names the state and New York City registries the sharing limit applies to; the limit itself is unchanged."),
], "GENUINE: " + S837 + " Sections 1 and 2 of the bill (PHL 2168(4)(d) and 2168(11-a)).")

G2_OLD = """Public Health Law section 2169 (vaccine navigators), subdivision 2, subparagraph (iii) of paragraph (c), subparagraphs (ii) and (iv) of paragraph (d) and paragraph (e)

(c) (iii) Without consent under this subdivision, personal information and any evidence derived therefrom shall not be subject to or provided in response to any legal process or be admissible for any purpose in any judicial or administrative action or proceeding.

(d) (ii) A person may only possess or use de-identified information pertaining to services attendant to the delivery of immunization if the person maintains technical safeguards and policies and procedures that prevent re-identification, whether intentional or unintentional, of any individual, as may be required by the commissioner (or the New York city commissioner of health and mental hygiene, in the case of information collected by or under authority of the New York city department of health and mental hygiene. The commissioner (or the New York city commissioner as the case may be) shall require safeguards, policies and procedures under this paragraph as the commissioner deems practicable.

(iv) This section does not prevent disclosure of personal information sought for the purposes of investigations and prosecutions of allegations of computer tampering or billing fraud related to vaccination records, fraudulent statements related to an individual's vaccination status, an act of violence or attempted violence occurring at the site of a vaccination provider's or vaccine navigator's business, or medical malpractice, professional discipline, or defense of any claim brought against a vaccine navigator or provider. Disclosure for these purposes shall be subject to in camera review and approval by the court and, if the use is initiated by a party other than the individual whose registry information is sought, the information must be highly material and relevant for the purpose.

(e) A vaccine navigator that maintains personal information shall establish appropriate administrative, technical, and physical safeguards, policies, and procedures that ensure the security of that personal information. The commissioner or, in the city of New York, the commissioner of the department of health and mental hygiene shall make regulations as reasonably necessary to require that personal information possessed, used, or under the control of a vaccine navigator shall be subject to technical safeguards, policies, and procedures for storage, transmission, use, and protection of the information."""

G2_NEW = """Public Health Law section 2169 (vaccine navigators), subdivision 2, subparagraph (iii) of paragraph (c), subparagraph (ii) of paragraph (d) and paragraph (e)

(c) (iii) Without consent under this subdivision, personal information and any evidence derived therefrom shall not be subject to or provided in response to any legal process or be admissible for any purpose in any judicial or administrative action or proceeding unless provided in response pursuant to warrants, court-ordered subpoenas, administrative subpoenas, or grand jury subpoenas.

(d) (ii) A vaccine navigator may only possess or use de-identified information pertaining to services attendant to the delivery of immunization if the vaccine navigator maintains technical safeguards and policies and procedures that prevent re-identification, whether intentional or unintentional, of any individual, as may be required by the commissioner (or the New York city commissioner of health and mental hygiene, in the case of information collected by or under authority of the New York city department of health and mental hygiene. The commissioner (or the New York city commissioner as the case may be) shall require safeguards, policies and procedures under this paragraph as the commissioner deems practicable.

(e) A vaccine navigator that maintains personal information shall establish appropriate administrative, technical, and physical safeguards, policies, and procedures that ensure the security of that personal information. The commissioner or, in the city of New York, the commissioner of the department of health and mental hygiene may make regulations as reasonably necessary to require that personal information possessed, used, or under the control of a vaccine navigator shall be subject to technical safeguards, policies, and procedures for storage, transmission, use, and protection of the information."""

add("exception_added", G2_OLD, G2_NEW, [
    ch("or be admissible for any purpose in any judicial or administrative action or proceeding.",
       "or be admissible for any purpose in any judicial or administrative action or proceeding unless provided in response pursuant to warrants, court-ordered subpoenas, administrative subpoenas, or grand jury subpoenas.",
       E, ["information_sharing"],
       "An exception is added to the bar on legal process: vaccine-navigator data can now be produced on warrants and subpoenas, including administrative subpoenas such as those federal immigration agencies issue."),
    ch("(d) (ii) A person may only possess or use de-identified information pertaining to services attendant to the delivery of immunization if the person maintains",
       "(d) (ii) A vaccine navigator may only possess or use de-identified information pertaining to services attendant to the delivery of immunization if the vaccine navigator maintains",
       N, ["information_sharing"],
       "Narrows who the de-identification safeguard binds; it has nothing to do with immigration enforcement."),
    ch("(iv) This section does not prevent disclosure of personal information sought for the purposes of investigations and prosecutions",
       "", N, ["information_sharing"],
       "The exception for fraud, violence and malpractice investigations is deleted; it concerns criminal and civil cases, not immigration enforcement."),
    ch("department of health and mental hygiene shall make regulations", "department of health and mental hygiene may make regulations",
       N, ["information_sharing"],
       "The duty to make data-security regulations becomes a power; it does not touch immigration enforcement."),
], "GENUINE: " + S837 + " Section 3 of the bill (PHL 2169(2)(c)(iii), (d)(ii), (d)(iv), (e)); (e) cut after its second sentence (the rest is unchanged).")

G3_OLD = """Public Health Law section 2183

§ 2183. Immunity passports. 1. Any covered entity that requires proof of COVID-19 immunization shall permit the use of physical immunity passports. No covered entity may require digital, electronic, or smartphone-based proof of immunity.

2. Any covered entity that requires the use of an immunity passport shall delete any personal information derived from the immunity passport about the individual to whom the immunity passport pertains within twenty-four hours of receiving it, except that where a covered entity has an ongoing relationship with an individual, the covered entity may store the fact that the individual has received a COVID-19 vaccine, as well as a copy of the individual's immunity passport, provided that:

(a) the covered entity first obtains the individual's informed, affirmative, and voluntary consent to store such information, and

(b) the covered entity stores any copy of an individual's immunity passport and any personal information derived from the immunity passport as if they were subject to the confidentiality requirements of title I of the Americans with Disabilities Act 42 U.S.C. 12112(d) and its implementing regulations, 29 CFR 1630.14.

3. An immunity passport provider shall not use or disclose personal information derived from an immunity passport beyond what is adequate, relevant, and necessary to identify an individual as having received a COVID-19 vaccine or a COVID-19 test result and shall not collect, access, receive, capture, store, maintain, use, or disclose personal information pertaining to where or when an individual uses an immunity passport.

4. (a) Except as provided in this subdivision, no covered entity or immunity passport provider may:

(i) provide personal information derived from an immunity passport or otherwise make such personal information accessible, directly or indirectly, to a law enforcement agent or entity or immigration authority;

(ii) provide such personal information or otherwise make such personal information accessible, directly or indirectly, to any other individual or entity except as explicitly authorized by this section.

(b) Except as provided in this subdivision, personal information derived from an immunity passport, and any evidence derived therefrom, shall not be subject to or provided in response to any legal process or be admissible for any purpose in any judicial or administrative action or proceeding.

(c) Personal information derived from an immunity passport, and any evidence derived therefrom, may be disclosed for the purposes of investigations and prosecutions of allegations of computer tampering or fraudulent statements related to an individual's vaccination status. Disclosure for these purposes shall be subject to in camera review and approval by the court and, if the use is initiated by a party other than the individual whose personal information is sought, the information must be highly material and relevant for the purpose.

5. The commissioner shall make regulations as reasonably necessary to ensure that individuals who are medically contraindicated from receiving the COVID-19 vaccine are nonetheless able to obtain reasonable accommodations to enable them to access the services of a covered entity, in a manner that does not impose an undue hardship on the covered entity or present a direct threat that cannot be addressed by a reasonable accommodation.

6. Nothing in this section requires a covered entity to require proof of COVID-19 immunity or to independently verify the information contained in an immunity passport.

7. Nothing in this section shall be construed to limit a covered entity's obligations under the Americans with Disabilities Act, article fifteen of the executive law, the civil rights law, or any other federal, state, or local anti-discrimination law."""

G3_NEW = """Public Health Law section 2183

§ 2183. Immunity passports. 1. Any covered entity that requires proof of COVID-19 immunization shall permit the use of physical immunity passports. No covered entity may require digital, electronic, or smartphone-based proof of immunity. Notwithstanding this section, anyone requiring an immunization passport shall accept a valid COVID-19 vaccination record card allocated to COVID-19 vaccine providers by the Centers for Disease Control and Prevention for that purpose. The provisions of this section shall apply to valid COVID-19 vaccination record cards allocated to COVID-19 vaccine providers by the Centers for Disease Control and Prevention.

2. Nothing in this section requires a covered entity to require proof of COVID-19 immunity or to independently verify the information contained in an immunity passport.

3. Nothing in this section shall be construed to limit a covered entity's obligations under the Americans with Disabilities Act, article fifteen of the executive law, the civil rights law, or any other federal, state, or local anti-discrimination law."""

add("rule_removed", G3_OLD, G3_NEW, [
    ch("(i) provide personal information derived from an immunity passport or otherwise make such personal information accessible, directly or indirectly, to a law enforcement agent or entity or immigration authority;",
       "", E, ["information_sharing", "ice_cooperation"],
       "The ban on giving immunity-passport data to law enforcement or an immigration authority is repealed."),
    ch("(b) Except as provided in this subdivision, personal information derived from an immunity passport, and any evidence derived therefrom, shall not be subject to or provided in response to any legal process",
       "", E, ["information_sharing"],
       "The bar on producing the data in response to legal process, which covered federal immigration process, is repealed with the rest of subdivision 4."),
    ch("2. Any covered entity that requires the use of an immunity passport shall delete any personal information derived from the immunity passport",
       "", N, ["information_sharing"],
       "The 24-hour deletion and retention-consent rules are repealed; they govern data retention by businesses, not immigration enforcement."),
    ch("", "Notwithstanding this section, anyone requiring an immunization passport shall accept a valid COVID-19 vaccination record card",
       N, ["access_to_services"],
       "Adds a duty to accept the CDC vaccination card; no bearing on immigration enforcement."),
], "GENUINE: " + S837 + " Section 5 of the bill (PHL 2183, subdivisions 2-5 repealed, 6-7 renumbered 2-3); subdivision [8.] 4 (unchanged) left out of both sides for length.")

# ---------------------------------------------------------------- CONSTRUCTED: Redwood City SD AR 5145.13
RCSD = ("Redwood City School District (California), Administrative Regulation 5145.13 'Response to Immigration "
        "Enforcement' (adopted 06/27/2018), text as extracted in GitHub dweekly/rcsd-policy, "
        "data/extracted/regulations/5145.13.txt (commit 1acc99778b, June 2025; from 'RCSD Policies 5000.pdf', pp. 383-386); "
        "PDF line breaks joined into paragraphs")
RA = RCSD + ", section 'Responding to Requests for Access to Students or School Grounds', cut before item 7."
RB = RCSD + ", section 'Responding to Requests for Access to Students or School Grounds' from item 7 to the end (the heading and the list stem kept, items 1-6 left out)."
RC = RCSD + ", section 'Responding to the Detention or Deportation of Student's Family Member' (whole section)."

q = "unless the officer presents a valid, effective warrant signed by a judge or a valid, effective court order."
add("exception_changed", A_OLD, apply(A_OLD, [(q, "unless the officer presents a valid, effective warrant signed by a judge.")]), [
    ch("signed by a judge or a valid, effective court order.", "signed by a judge.", L, ["status_inquiry", "ice_cooperation"],
       "A court order no longer excuses the need for parental consent before an immigration officer interviews or searches a student; only a judge-signed warrant does.")],
   "CONSTRUCTED: OLD = real text, " + RA + " NEW = OLD with 'or a valid, effective court order' deleted from the exception to the parental-consent rule.")

add("modal_change", A_OLD, apply(A_OLD, [("District staff shall receive parent/guardian consent before",
                                          "District staff should attempt to obtain parent/guardian consent before")]), [
    ch("District staff shall receive parent/guardian consent before", "District staff should attempt to obtain parent/guardian consent before",
       E, ["ice_cooperation", "status_inquiry"],
       "Parental consent before an immigration officer interviews or searches a student turns from a requirement into a best effort, so staff may let the interview go ahead without it.")],
   "CONSTRUCTED: OLD = real text, " + RA + " NEW = OLD with 'shall receive' changed to 'should attempt to obtain' in the parental-consent rule.")

I1 = "1. Advise the officer that before school personnel can respond to the officer's request, they must first receive notification and direction from the Superintendent or designee, except under exigent circumstances that necessitate immediate action.\n\n"
new = apply(A_OLD, [(I1, ""), ("2. Request to see", "1. Request to see"), ("3. Ask the officer", "2. Ask the officer"),
                    ("4. Request that the officer", "3. Request that the officer"), ("5. Make a copy", "4. Make a copy"),
                    ("6. If the officer declares", "5. If the officer declares")])
add("approval_removed_or_weakened", A_OLD, new, [
    ch(I1.strip(), "", E, ["supervisor_approval", "ice_cooperation"],
       "Staff no longer have to wait for the Superintendent's direction before responding to an immigration officer's request."),
    ch("2. Request to see the officer's credentials", "1. Request to see the officer's credentials", N, ["supervisor_approval"],
       "The remaining items are renumbered 1-5; no change of substance.")],
   "CONSTRUCTED: OLD = real text, " + RA + " NEW = OLD with item 1 (advise the officer that staff need the Superintendent's direction first) deleted and items 2-6 renumbered 1-5.")

NEWI = "5. Advise the officer that district staff will not consent to entry into, or a search of, any area of the school that is not open to the public unless the officer presents a valid, effective warrant signed by a judge.\n\n"
new = apply(A_OLD, [("6. If the officer declares", "7. If the officer declares"), ("5. Make a copy", NEWI + "6. Make a copy")])
add("list_item_added", A_OLD, new, [
    ch("", NEWI.strip(), L, ["ice_cooperation", "enforcement_authority"],
       "A new step tells staff to refuse consent to entry or searches of non-public areas unless the officer has a judge-signed warrant."),
    ch("5. Make a copy of all documents", "6. Make a copy of all documents", N, ["ice_cooperation"],
       "Items 5-6 renumbered 6-7; no change of substance.")],
   "CONSTRUCTED: OLD = real text, " + RA + " NEW = OLD with a new item 5 (no consent to entry or search of non-public areas without a judicial warrant) inserted and items 5-6 renumbered 6-7.")

q6 = "comply with the officer's orders and immediately contact the Superintendent or designee."
add("exception_to_exception", A_OLD, apply(A_OLD, [(q6, "comply with the officer's orders and immediately contact the Superintendent or designee, unless the only document the officer produces is an administrative warrant or another document not signed by a judge, in which case staff shall not consent to the officer's access and shall immediately contact the Superintendent or designee.")]), [
    ch("", "unless the only document the officer produces is an administrative warrant or another document not signed by a judge, in which case staff shall not consent to the officer's access",
       L, ["ice_cooperation", "detainers_holds"],
       "An exception to the exigent-circumstances exception: where the officer holds only an administrative warrant, staff withhold consent even if exigency is claimed.")],
   "CONSTRUCTED: OLD = real text, " + RA + " NEW = OLD with an 'unless' clause (administrative warrant only: no consent) appended to item 6.")

add("scope_change", A_OLD, apply(A_OLD, [("any officer seeking to enforce civil immigration laws at the school,",
                                          "any officer seeking to enforce immigration laws at or near the school or on district transportation,")]), [
    ch("seeking to enforce civil immigration laws", "seeking to enforce immigration laws", L, ["status_inquiry", "ice_cooperation"],
       "The parental-consent rule now covers officers enforcing any immigration law, criminal as well as civil."),
    ch("at the school,", "at or near the school or on district transportation,", L, ["ice_cooperation"],
       "The rule now also reaches interviews near the school and on district buses.")],
   "CONSTRUCTED: OLD = real text, " + RA + " NEW = OLD with 'civil immigration laws at the school' widened to 'immigration laws at or near the school or on district transportation'.")

qa = "district staff shall inform the agent that they cannot consent to any request without first consulting with the district's legal counsel or other designated district official."
add("approval_removed_or_weakened", B_OLD, apply(B_OLD, [(qa, "district staff may consent to the agent's request and shall afterwards inform the district's legal counsel or other designated district official of the request.")]), [
    ch("district staff shall inform the agent that they cannot consent to any request without first consulting with the district's legal counsel",
       "district staff may consent to the agent's request and shall afterwards inform the district's legal counsel",
       E, ["supervisor_approval", "ice_cooperation", "detainers_holds"],
       "On a mere ICE administrative warrant staff may now consent themselves, with counsel told only afterwards instead of consulted first.")],
   "CONSTRUCTED: OLD = real text, " + RB + " NEW = OLD with item 7(a) rewritten: staff 'may consent' and inform counsel afterwards, instead of 'cannot consent ... without first consulting' counsel.")

qb = "b. If the officer has a federal judicial warrant, such as a search and seizure warrant or an arrest warrant signed by a federal judge or magistrate, district staff shall promptly comply with the warrant. If feasible, district staff shall consult with the district's legal counsel or designated administrator before providing the officer with access to the person or materials specified in the warrant."
nb = "b. If the officer has a federal judicial warrant (for example, a search and seizure warrant or an arrest warrant signed by a federal judge or magistrate), district staff shall comply with the warrant promptly and, where feasible, shall consult the district's legal counsel or designated administrator before giving the officer access to the person or materials the warrant specifies."
add("neutral_rewrite", B_OLD, apply(B_OLD, [(qb, nb)]), [
    ch(qb, nb, N, ["ice_cooperation", "supervisor_approval"],
       "Same duty to comply with a judicial warrant and same feasibility-qualified consultation, in one sentence.")],
   "CONSTRUCTED: OLD = real text, " + RB + " NEW = OLD with item 7(b) reworded into one sentence without change of meaning.")

qc = "await further instructions as to how to proceed."
add("rule_added", B_OLD, apply(B_OLD, [(qc, qc + " District staff shall not produce any document or student record in response to an administrative subpoena issued by the Department of Homeland Security unless the district's legal counsel has determined that production is required by law.")]), [
    ch("", "District staff shall not produce any document or student record in response to an administrative subpoena issued by the Department of Homeland Security unless the district's legal counsel has determined that production is required by law.",
       L, ["information_sharing", "supervisor_approval"],
       "New bar on producing records on a DHS administrative subpoena unless counsel finds production legally required.")],
   "CONSTRUCTED: OLD = real text, " + RB + " NEW = OLD with a sentence on DHS administrative subpoenas added at the end of item 7(c).")

jn = B_OLD
for x in "abcdefg":
    pass
new = B_OLD.replace("including:\n\na. A list", "including: a. A list")
for a, b in [("information.\n\nb. The identity", "information. b. The identity"), ("officer.\n\nc. Details", "officer. c. Details"),
             ("request.\n\nd. Whether", "request. d. Whether"), ("judge.\n\ne. District", "judge. e. District"),
             ("request.\n\nf. Any further", "request. f. Any further"), ("officer.\n\ng. A photo", "officer. g. A photo")]:
    assert new.count(a) == 1, a
    new = new.replace(a, b)
add("reparagraphed", B_OLD, new, [
    ch("including:\n\na. A list or copy of the officer's credentials and contact information.\n\nb. The identity",
       "including: a. A list or copy of the officer's credentials and contact information. b. The identity",
       N, ["ice_cooperation"], "Sub-items a-g of item 9 run on in one paragraph; the words are unchanged.")],
   "CONSTRUCTED: OLD = real text, " + RB + " NEW = OLD with sub-items a-g of item 9 joined into the paragraph of item 9 (paragraph breaks only).")

qe = "will only be used in response to specific emergency situations and not for any other purpose."
add("rule_added", C_OLD, apply(C_OLD, [(qe, "will only be used in response to specific emergency situations and not for any other purpose, and shall not be disclosed to any law enforcement agency or immigration authority without a judicial warrant or court order.")]), [
    ch("", "and shall not be disclosed to any law enforcement agency or immigration authority without a judicial warrant or court order",
       L, ["information_sharing"],
       "Emergency-contact data may no longer be handed to police or immigration authorities without a judicial warrant or court order.")],
   "CONSTRUCTED: OLD = real text, " + RC + " NEW = OLD with a non-disclosure clause (judicial warrant or court order) added to the emergency-card sentence.")

qr = "The Superintendent or designee shall notify a student whose parent/guardian was detained or deported that the student continues to meet the residency requirements for attendance in a district school, provided that the parent/guardian was a resident of California and the student lived in California immediately before they moved out of state as a result of the parent/guardian's departure. (Education Code 48204.4)"
nr = "If a student's parent/guardian was detained or deported, the Superintendent or designee shall inform the student that the student still meets the residency requirements for attendance in a district school, as long as the parent/guardian was a California resident and the student lived in California immediately before moving out of state because of the parent/guardian's departure. (Education Code 48204.4)"
add("restated", C_OLD, apply(C_OLD, [(qr, nr)]), [
    ch(qr, nr, N, ["access_to_services"], "The residency notice is reworded; same duty, same condition.")],
   "CONSTRUCTED: OLD = real text, " + RC + " NEW = OLD with the residency paragraph (Education Code 48204.4) reworded without change of meaning.")

# ---------------------------------------------------------------- CONSTRUCTED: Cal. Education Code 66093.3 (AB 21, 2017)
EDC_OLD = """California Education Code section 66093.3

66093.3. The Trustees of the California State University, the governing board of each community college district in the state, and each independent institution of higher education that is a qualifying institution as defined in subdivision (l) of Section 69432.7, shall, and the Regents of the University of California are requested to, do all of the following to the fullest extent consistent with state and federal law:

(a) Refrain from disclosing personal information about students, faculty, and staff except: (1) with the consent of the person identified, or if the person is under 18 years of age, with the consent of the parent or guardian of the person identified; (2) as may legally be disclosed under state and federal privacy laws; (3) for the programmatic purpose for which the information was obtained; (4) as part of a directory that does not include residence addresses or individual persons' course schedules and that the person has not elected to opt out of; or (5) in response to a judicial warrant, court order, or subpoena.

(b) Advise all students, faculty, and staff to notify the office of the chancellor or president, or his or her designee, as soon as possible, if he or she is advised that an immigration officer is expected to enter, will enter, or has entered the campus to execute a federal immigration order."""
EDC = ("California Education Code section 66093.3 (added by AB 21, Stats. 2017, ch. 488), opening paragraph and "
       "subdivisions (a)-(b), https://lawserver.com/law/state/california/codes/california_education_code_66093-3 "
       "(stored copy; the site's advertising lines between (a) and (b) removed, curly apostrophe straightened; cut after (b) because the copy breaks off in (c)).")

add("list_item_added", EDC_OLD, apply(EDC_OLD, [("opt out of; or (5) in response to a judicial warrant, court order, or subpoena.",
    "opt out of; (5) in response to a judicial warrant, court order, or subpoena; or (6) in response to a request from a federal immigration officer for information about a person who is the subject of an immigration detainer.")]), [
    ch("", "(6) in response to a request from a federal immigration officer for information about a person who is the subject of an immigration detainer",
       E, ["information_sharing", "detainers_holds"], "A new exception lets campuses disclose personal information to an immigration officer about anyone subject to a detainer."),
    ch("opt out of; or (5)", "opt out of; (5)", N, ["information_sharing"], "The 'or' moves to the new last item.")],
   "CONSTRUCTED: OLD = real text, " + EDC + " NEW = OLD with exception (6) (request from a federal immigration officer about a person subject to a detainer) added to the list in (a).")

add("exception_changed", EDC_OLD, apply(EDC_OLD, [("judicial warrant, court order, or subpoena.", "judicial warrant, court order, or judicial subpoena.")]), [
    ch("court order, or subpoena.", "court order, or judicial subpoena.", L, ["information_sharing"],
       "Only a judicial subpoena now allows disclosure, so DHS administrative subpoenas no longer do.")],
   "CONSTRUCTED: OLD = real text, " + EDC + " NEW = OLD with 'subpoena' narrowed to 'judicial subpoena' in exception (5).")

add("modal_change", EDC_OLD, apply(EDC_OLD, [("shall, and the Regents of the University of California are requested to, do all of the following",
                                             "may, and the Regents of the University of California are requested to, do any of the following")]), [
    ch("shall, and the Regents of the University of California are requested to, do all of the following",
       "may, and the Regents of the University of California are requested to, do any of the following",
       E, ["information_sharing", "ice_cooperation"],
       "The duty to refrain from disclosure and to set up the notice system becomes optional for CSU, community colleges and independent institutions.")],
   "CONSTRUCTED: OLD = real text, " + EDC + " NEW = OLD with 'shall ... do all of the following' changed to 'may ... do any of the following'.")

qb2 = "(b) Advise all students, faculty, and staff to notify the office of the chancellor or president, or his or her designee, as soon as possible, if he or she is advised that an immigration officer is expected to enter, will enter, or has entered the campus to execute a federal immigration order."
nb2 = "(b) Advise all students, faculty, and staff that, as soon as possible after being advised that an immigration officer is expected to enter, will enter, or has entered the campus to execute a federal immigration order, they are to notify the office of the chancellor or president, or the chancellor's or president's designee."
add("restated", EDC_OLD, apply(EDC_OLD, [(qb2, nb2)]), [
    ch(qb2, nb2, N, ["ice_cooperation"], "Same advisory duty and same trigger, reworded in gender-neutral form.")],
   "CONSTRUCTED: OLD = real text, " + EDC + " NEW = OLD with (b) reworded without change of meaning.")

add("rule_added", EDC_OLD, EDC_OLD + "\n\n(c) Refrain from granting an immigration officer access to any area of the campus that is not open to the public, including student housing, for the purpose of enforcing federal immigration law, unless the officer presents a judicial warrant.", [
    ch("", "(c) Refrain from granting an immigration officer access to any area of the campus that is not open to the public, including student housing, for the purpose of enforcing federal immigration law, unless the officer presents a judicial warrant.",
       L, ["ice_cooperation", "enforcement_authority"], "A new duty bars campus access for immigration enforcement to non-public areas without a judicial warrant.")],
   "CONSTRUCTED: OLD = real text, " + EDC + " NEW = OLD with a new subdivision (c) (no access to non-public areas without a judicial warrant) appended after (b); the real (c) is not shown because the stored copy breaks off.")

# ---------------------------------------------------------------- CONSTRUCTED: NY Civil Rights Law 28 (Protect Our Courts Act, as enacted 2020)
CVR_OLD = """New York Civil Rights Law section 28

§ 28. Civil arrest; certain locations. 1. A person duly and in good faith attending a court proceeding in which such person is a party or potential witness, or a family or household member is a party or potential witness, is privileged from civil arrest while going to, remaining at, and returning from, the place of such court proceeding, unless such civil arrest is supported by a judicial warrant or judicial order authorizing such civil arrest.

2. It is a contempt of the court and false imprisonment for any person to willfully violate subdivision one of this section, or an order of the court issued pursuant to section four-a of the judiciary law, by executing an arrest prohibited by subdivision one of this section or section four-a of the judiciary law, or willfully assisting an arrest prohibited by subdivision one of this section or section four-a of the judiciary law; provided, however, that nothing in this subdivision shall affect any right or defense of any person, police officer, peace officer or public officer pursuant to article thirty-five of the penal law, or any unified court system personnel acting lawfully pursuant to their duty to maintain safety and order in the courts.

3. Regardless of whether a proceeding for contempt of the court pursuant to subdivision two of this section has been initiated:

(a) a person described in subdivision one of this section may bring a civil action for appropriate equitable and declaratory relief if such person has reasonable cause to believe a violation of subdivision one of this section, as described in subdivision two of this section, or a violation of section four-a of the judiciary law, has occurred or may occur; and"""
CVR = ("New York Civil Rights Law section 28 as enacted by the Protect Our Courts Act (ch. 322 of 2020, A2176-A/S425-A), "
       "https://nysenate.gov/legislation/laws/CVR/28*2 (stored copy; line breaks joined; cut after paragraph (a) of "
       "subdivision 3 because the copy breaks off in (b)). This is the enacted 2020 edition, not the 2018 bill S8925 used by an earlier set.")

add("exception_changed", CVR_OLD, apply(CVR_OLD, [("unless such civil arrest is supported by a judicial warrant or judicial order authorizing such civil arrest.",
    "unless such civil arrest is supported by a judicial warrant or judicial order authorizing such civil arrest, or by a warrant of removal issued by federal immigration authorities.")]), [
    ch("", ", or by a warrant of removal issued by federal immigration authorities", E, ["detainers_holds", "enforcement_authority"],
       "An ICE administrative removal warrant now lifts the courthouse privilege, so civil immigration arrests at court become lawful on it.")],
   "CONSTRUCTED: OLD = real text, " + CVR + " NEW = OLD with 'or by a warrant of removal issued by federal immigration authorities' added to the exception in subdivision 1.")

add("scope_change", CVR_OLD, apply(CVR_OLD, [("A person duly and in good faith attending a court proceeding in which such person is a party or potential witness, or a family or household member is a party or potential witness, is privileged",
    "A person duly and in good faith attending a court proceeding in which such person is a party or potential witness, or a family or household member is a party or potential witness, or duly and in good faith seeking services at a court clerk's office, help center or other court facility, is privileged")]), [
    ch("", "or duly and in good faith seeking services at a court clerk's office, help center or other court facility,", L, ["enforcement_authority", "access_to_services"],
       "The privilege from civil (including immigration) arrest now also protects people using court services, not only parties and witnesses.")],
   "CONSTRUCTED: OLD = real text, " + CVR + " NEW = OLD with people seeking services at a clerk's office, help center or other court facility added to the protected class in subdivision 1.")

add("mixed", CVR_OLD, apply(CVR_OLD, [("or willfully assisting an arrest", "or willfully assisting or facilitating an arrest"),
    ("acting lawfully pursuant to their duty to maintain safety and order in the courts.",
     "acting lawfully pursuant to their duty to maintain safety and order in the courts, or any officer of a state or local law enforcement agency acting under an agreement entered into pursuant to section 287(g) of the federal Immigration and Nationality Act.")]), [
    ch("or willfully assisting an arrest", "or willfully assisting or facilitating an arrest", L, ["ice_cooperation"],
       "Facilitating a prohibited courthouse arrest, not only assisting it, becomes contempt and false imprisonment."),
    ch("", "or any officer of a state or local law enforcement agency acting under an agreement entered into pursuant to section 287(g) of the federal Immigration and Nationality Act",
       E, ["raids_joint_operations", "enforcement_authority"],
       "'Nothing shall affect any right or defense' now also shields local officers acting under a 287(g) agreement, easing their liability for courthouse arrests.")],
   "CONSTRUCTED: OLD = real text, " + CVR + " NEW = OLD with 'or facilitating' added in subdivision 2 and 287(g) officers added to its saving proviso.")

add("reparagraphed", CVR_OLD, CVR_OLD.replace("has been initiated:\n\n(a) a person", "has been initiated: (a) a person"), [
    ch("has been initiated:\n\n(a) a person", "has been initiated: (a) a person", N, ["enforcement_authority"],
       "Paragraph (a) is run on after the stem of subdivision 3; the words are unchanged.")],
   "CONSTRUCTED: OLD = real text, " + CVR + " NEW = OLD with the paragraph break between the stem of subdivision 3 and its paragraph (a) removed.")

# ---------------------------------------------------------------- CONSTRUCTED: Riverside USD policy 'District Campuses as Safe Learning Zones' (2017)
RIV_OLD = """Policy Number # 3515.

POLICY
Board of Education
Riverside Unified School District

District Campuses as Safe Learning Zones

PURPOSE: The purpose of this policy is to set forth the Districts position regarding the designation of all District Campuses as Safe Learning Zones.

POSITION: The Board of Education has designated every District campus as a safe learning zone for all students and their families, regardless of disability, gender, gender identity, gender expression, nationality, race or ethnicity, religion, sexual orientation, or any other protected characteristic, including immigration status.

1.0 GUIDING PRINCIPLES

1.1 Immigration enforcement activities in and around schools create hardships and barriers to health and educational attainment for immigrant students, and establish a pervasive climate of fear, conflict, and stress that affects all District students, regardless of their background or immigration status., The federal government has recognized the human cost associated with immigration enforcement on campus and declared that schools are " sensitive locations" at which immigration enforcement activity should not occur. Accordingly, federal immigration enforcement activities in and around District property would be a severe disruption to the learning environment and educational setting for students.

1.2 The District is committed to providing a safe, welcoming, and inclusive learning environment for immigrant students and their families. The District is also committed to protecting the rights of immigrant students and their families through policies that prohibit information-sharing with local law enforcement and federal immigration authorities to the fullest extent possible under the law."""
RIV = ("Riverside Unified School District (California), Board policy 'District Campuses as Safe Learning Zones' "
       "(adopted Sept. 18, 2017; policy number printed '# 3515.'), https://scribd.com/document/359601671/Riverside-school-board-adopts-campus-sanctuary-policy "
       "(stored copy, page 1 of 7; PDF line breaks joined, the document's own punctuation ('status., The', '\" sensitive') kept; "
       "cut after 1.2 because the copy breaks off in 1.3).")

add("scope_change", RIV_OLD, apply(RIV_OLD, [("through policies that prohibit information-sharing with local law enforcement and federal immigration authorities to the fullest extent possible under the law.",
    "through policies that limit information-sharing with federal immigration authorities to the extent required by law.")]), [
    ch("prohibit information-sharing with local law enforcement and federal immigration authorities", "limit information-sharing with federal immigration authorities",
       E, ["information_sharing"], "A commitment to prohibit sharing with local police and federal immigration authorities becomes a commitment only to limit sharing with the federal authorities."),
    ch("to the fullest extent possible under the law.", "to the extent required by law.", E, ["information_sharing"],
       "The limit now goes only as far as the law compels, not as far as the law allows.")],
   "CONSTRUCTED: OLD = real text, " + RIV + " NEW = OLD with the end of 1.2 rewritten ('prohibit ... with local law enforcement and federal immigration authorities to the fullest extent possible' -> 'limit ... with federal immigration authorities to the extent required by law').")

q11 = "Accordingly, federal immigration enforcement activities in and around District property would be a severe disruption to the learning environment and educational setting for students."
n11 = "For that reason, federal immigration enforcement activities on or near District property would severely disrupt the learning environment and educational setting for students."
add("neutral_rewrite", RIV_OLD, apply(RIV_OLD, [(q11, n11)]), [
    ch(q11, n11, N, ["raids_joint_operations"], "Same finding in other words; no rule changes.")],
   "CONSTRUCTED: OLD = real text, " + RIV + " NEW = OLD with the last sentence of 1.1 reworded.")

add("scope_change", RIV_OLD, apply(RIV_OLD, [("has designated every District campus as a safe learning zone",
    "has designated every District campus, District school bus, and District-sponsored activity site as a safe learning zone")]), [
    ch("", ", District school bus, and District-sponsored activity site", L, ["ice_cooperation", "access_to_services"],
       "The safe-learning-zone designation, and the protections attached to it, now also cover buses and activity sites.")],
   "CONSTRUCTED: OLD = real text, " + RIV + " NEW = OLD with buses and activity sites added to the designation in POSITION.")

# ---------------------------------------------------------------- CONSTRUCTED: Saint Mary's College of California page
SMC_OLD = """State of California - Laws Regarding Immigration Enforcement

California laws AB 21, 2017 and SB 98, 2025 on immigration enforcement require Saint Mary's to:
- implement and publicize rules about access to personal information and the campus;
- provide access to certain resources;
- take certain actions if immigration enforcement is anticipated;
- notify the campus community of confirmed immigration enforcement on campus, and;
- designate a school official responsible for implementing the steps above.

What follows is a summary of the law requirements for all colleges and universities in California.

ACCESS TO PERSONAL INFORMATION & THE CAMPUS

Under state law (AB 21, 2017), unless a disclosure is permitted by state and federal education privacy laws such as FERPA, faculty and staff are prohibited from discussing the personal information, including immigration status information, of any student, faculty, or staff with anyone, or revealing that personal information to anyone. As a reminder, under those privacy laws, internal disclosures are allowed for those with a legitimate need to know.

In addition, Saint Mary's must require a judicial warrant to give access to areas of campus not open to the public for immigration enforcement.

Areas Not Open to the Public on Campus:
- Residence Halls
- Classrooms while classes are in session
- Joseph L. Alioto Recreation Center
- Internal employee office spaces
- Physical & mental health offices (CAPS, Student Health Center, CARE)
- Locked athletic facilities and all locker rooms
- Restrooms and lactation rooms

Areas Open to the Public on Campus:
- Parking lots, walkways, outdoor quads
- Saint Albert Hall Library
- Dining facilities including Oliver Hall, Café Louis, and the 1928 Pub
- Athletic facilities during public events"""
SMC = ("Saint Mary's College of California, Office of General Counsel, 'State of California - Laws Regarding Immigration "
       "Enforcement' (undated page, after SB 98 of 2025), https://www.stmarys-ca.edu/offices-services/general-counsel/state-california-laws-regarding-immigration-enforcement "
       "(stored copy; curly apostrophes straightened, blank lines put between blocks; cut before 'Limited Access Space' because the copy breaks off in that list).")

add("list_item_removed", SMC_OLD, apply(SMC_OLD, [("Areas Not Open to the Public on Campus:\n- Residence Halls\n", "Areas Not Open to the Public on Campus:\n"),
    ("- Parking lots, walkways, outdoor quads\n", "- Parking lots, walkways, outdoor quads\n- Residence hall lobbies and lounges\n")]), [
    ch("Areas Not Open to the Public on Campus:\n- Residence Halls", "", E, ["ice_cooperation", "enforcement_authority"],
       "Residence halls drop out of the non-public areas, so immigration agents no longer need a judicial warrant to enter them."),
    ch("", "- Residence hall lobbies and lounges", E, ["ice_cooperation", "enforcement_authority"],
       "Listing residence-hall lobbies and lounges as public opens them to immigration agents without a warrant.")],
   "CONSTRUCTED: OLD = real text, " + SMC + " NEW = OLD with 'Residence Halls' deleted from the non-public list and 'Residence hall lobbies and lounges' added to the public list.")

add("list_item_added", SMC_OLD, apply(SMC_OLD, [("- Restrooms and lactation rooms\n", "- Restrooms and lactation rooms\n- Chapel and campus ministry offices\n")]), [
    ch("", "- Chapel and campus ministry offices", L, ["ice_cooperation", "enforcement_authority"],
       "One more area now needs a judicial warrant before the college gives immigration agents access.")],
   "CONSTRUCTED: OLD = real text, " + SMC + " NEW = OLD with 'Chapel and campus ministry offices' added to the non-public list.")

add("approval_added", SMC_OLD, apply(SMC_OLD, [("Saint Mary's must require a judicial warrant to give access",
    "Saint Mary's must require a judicial warrant, reviewed and approved by the Office of General Counsel, to give access")]), [
    ch("", ", reviewed and approved by the Office of General Counsel,", L, ["supervisor_approval", "ice_cooperation"],
       "Access on a judicial warrant now also needs General Counsel's review and approval.")],
   "CONSTRUCTED: OLD = real text, " + SMC + " NEW = OLD with General Counsel review and approval added to the judicial-warrant rule.")

# ---- two more limits pairs (added after the first count)
add("exception_removed", EDC_OLD, apply(EDC_OLD, [("(2) as may legally be disclosed under state and federal privacy laws; (3)", "(2)")]).replace("(4) as part of a directory", "(3) as part of a directory").replace("or (5) in response", "or (4) in response"), [
    ch("(2) as may legally be disclosed under state and federal privacy laws;", "", L, ["information_sharing"],
       "The open-ended exception for anything privacy law allows to be disclosed is dropped, so fewer disclosures, including to immigration authorities, are permitted."),
    ch("(4) as part of a directory", "(3) as part of a directory", N, ["information_sharing"], "Later exceptions renumbered (3)-(4).")],
   "CONSTRUCTED: OLD = real text, " + EDC + " NEW = OLD with exception (2) ('as may legally be disclosed under state and federal privacy laws') deleted and (3)-(5) renumbered (2)-(4).")

add("exception_to_exception", SMC_OLD, apply(SMC_OLD, [("internal disclosures are allowed for those with a legitimate need to know.",
    "internal disclosures are allowed for those with a legitimate need to know, except that no such information may be disclosed to campus security or police for immigration enforcement purposes.")]), [
    ch("", ", except that no such information may be disclosed to campus security or police for immigration enforcement purposes", L, ["information_sharing", "ice_cooperation"],
       "An exception to the internal-disclosure allowance keeps personal data from campus security or police for immigration purposes.")],
   "CONSTRUCTED: OLD = real text, " + SMC + " NEW = OLD with an exception (no internal disclosure to campus security or police for immigration enforcement) appended to the need-to-know sentence.")

out = os.path.join(HERE, "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs written")
