"""Builds ../pairs.jsonl for heldout16 (prefix HR). Run: cd build && python3 pairs.py && python3 check.py"""
import json, os
from lib import apply, check, pair_label
from texts import *

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
OUT = []


def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}


def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "HR-%02d" % (len(OUT) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    OUT.append(p)


def con(situation, old, edits, changes, source):
    add(situation, old, apply(old, edits), changes, source)


# ---------------- GENUINE ----------------
add("mixed", EO13768_S8, EO14159_S11, [
    ch("It is the policy of the executive branch to empower State and local law enforcement agencies across the country to perform the functions of an immigration officer in the interior of the United States to the maximum extent permitted by law.",
       "To ensure State and local law enforcement agencies across the United States can assist with the protection of the American people,",
       N, ["raids_joint_operations"], "The policy sentence becomes an introductory purpose clause; the operative 287(g) authorization that follows is the same."),
    ch("(a) In furtherance of this policy, the Secretary shall immediately take appropriate action to engage with the Governors of the States, as well as local officials, for the purpose of preparing to enter into agreements under section 287(g) of the INA (8 U.S.C. 1357(g)).", "",
       N, ["raids_joint_operations"], "Dropping the federal outreach instruction to governors does not change what State or local officers may do under the agreements, which are still authorized in the next sentence."),
    ch("To the extent permitted by law and with the consent of State or local officials, as appropriate, the Secretary shall take appropriate action",
       "the Secretary of Homeland Security shall, to the maximum extent permitted by law, and with the consent of State or local officials as appropriate, take appropriate action",
       E, ["raids_joint_operations", "enforcement_authority"], "The deputization of State and local officers is now to be pursued 'to the maximum extent permitted by law' instead of merely 'to the extent permitted'."),
    ch("in a manner that provides the most effective model for enforcing Federal immigration laws for that jurisdiction.",
       "in the manner that provides the most effective model for enforcing Federal immigration laws in that jurisdiction.",
       N, ["raids_joint_operations"], "Same discretion to structure each 287(g) agreement, in slightly different words."),
], "GENUINE: Executive Order 13768 'Enhancing Public Safety in the Interior of the United States' (Jan. 25, 2017; 82 FR 8799), Sec. 8 'Federal-State Agreements', text from https://www.lewik.org/term/15191/federal-state-agreements-section-8-executive-order-enhancing-public-safety-in-the-interior-of-the-united-states (heading added from the page title) -> Executive Order 14159 'Protecting the American People Against Invasion' (Jan. 20, 2025), Sec. 11 'Federal-State Agreements', text from GitHub brian14708/wh-briefings presidential-actions/2025-01/2025-01-20-protecting-the-american-people-against-invasion.md (whitehouse.gov copy). EO 13768 was revoked by EO 13993 (Jan. 20, 2021); EO 14159 revoked EO 13993 and re-issued this section in the form shown. Both verbatim.")

add("mixed", EO13768_S9, EO14159_S17_18, [
    ch("shall ensure that jurisdictions that willfully refuse to comply with 8 U.S.C. 1373 (sanctuary jurisdictions) are not eligible to receive Federal grants, except as deemed necessary for law enforcement purposes by the Attorney General or the Secretary.",
       "evaluate and undertake any lawful actions to ensure that so-called \"sanctuary\" jurisdictions, which seek to interfere with the lawful exercise of Federal law enforcement operations, do not receive access to Federal funds.",
       E, ["ice_cooperation"], "The funding penalty now reaches any jurisdiction that 'interferes' with federal enforcement (not only those refusing to comply with 1373), covers all federal funds rather than grants, and loses the law-enforcement exception, increasing pressure to cooperate."),
    ch("The Attorney General shall take appropriate enforcement action against any entity that violates 8 U.S.C. 1373, or which has in effect a statute, policy, or practice that prevents or hinders the enforcement of Federal law.",
       "Further, the Attorney General and the Secretary of Homeland Security shall evaluate and undertake any other lawful actions, criminal or civil, that they deem warranted based on any such jurisdiction's practices that interfere with the enforcement of Federal law.",
       E, ["ice_cooperation"], "Enforcement against non-cooperating jurisdictions is extended expressly to criminal as well as civil action by both departments."),
    ch("(b) To better inform the public regarding the public safety threats associated with sanctuary jurisdictions, the Secretary shall utilize the Declined Detainer Outcome Report or its equivalent and, on a weekly basis, make public a comprehensive list of criminal actions committed by aliens and any jurisdiction that ignored or otherwise failed to honor any detainers with respect to such aliens.", "",
       N, ["detainers_holds"], "The weekly federal list of declined detainers is not carried over; this is a federal publication duty and does not change what local officers must or may do with detainers."),
    ch("(c) The Director of the Office of Management and Budget is directed to obtain and provide relevant and responsive information on all Federal grant money that currently is received by any sanctuary jurisdiction.", "",
       N, ["ice_cooperation"], "An internal OMB reporting task is dropped; no effect on local involvement."),
    ch("", "Sec. 18. Information Sharing. (a) The Secretary of Homeland Security shall promptly issue guidance to ensure maximum compliance by Department of Homeland Security personnel with the provisions of 8 U.S.C. 1373 and 8 U.S.C. 1644 and ensure that State and local governments are provided with the information necessary to fulfill law enforcement, citizenship, or immigration status verification requirements authorized by law",
       E, ["information_sharing", "status_inquiry"], "A new instruction to maximise 1373/1644 status-information exchange and to supply State and local governments with status-verification information."),
], "GENUINE: Executive Order 13768 (Jan. 25, 2017), Sec. 9 'Sanctuary Jurisdictions', text from https://www.lewik.org/term/15192/sanctuary-jurisdictions-section-9-executive-order-enhancing-public-safety-in-the-interior-of-the-united-states and https://eohistory.info/Election2017/sanctuary.html -> Executive Order 14159 (Jan. 20, 2025), Sec. 17 'Sanctuary Jurisdictions' and Sec. 18(a) 'Information Sharing' (18(b) omitted; the passage stops after '(a) ... authorized by law; and'), GitHub brian14708/wh-briefings (whitehouse.gov copy). EO 13768 was revoked in 2021 (EO 13993); EO 14159 revoked EO 13993 and replaced the sanctuary section with Sec. 17-18. Both verbatim.")

add("mixed", MD_11931_OLD, MD_11931_NEW, [
    ch("A certifying official may withdraw the certification provided under this section only on refusal to provide information and assistance when reasonably requested of:",
       "A certifying official may DENY OR withdraw the certification provided under this section only IF, AFTER CONSIDERING THE TOTALITY OF THE CIRCUMSTANCES, THE PERSON PROVIDING THE HELPFULNESS UNDER SUBSECTION (A) OF THIS SECTION UNREASONABLY REFUSED TO COOPERATE",
       N, ["access_to_services"], "Changes when a U-visa certification may be refused or withdrawn; this concerns help to crime victims, not officers' part in immigration enforcement."),
    ch("A certifying entity may disclose information relating to a victim who is seeking or has obtained U Nonimmigrant Status only:",
       "A CERTIFYING ENTITY OR A CERTIFYING OFFICIAL MAY DISCLOSE INFORMATION RELATING TO A VICTIM WHO IS SEEKING CERTIFICATION, OR WHO IS SEEKING OR HAS OBTAINED U NONIMMIGRANT STATUS ONLY:",
       L, ["information_sharing"], "The 'only' restriction on disclosing victim information now also binds individual certifying officials and covers victims who are only seeking certification, so fewer disclosures are allowed."),
    ch("(h) (1) Except in cases of willful or wanton misconduct, a certifying entity or certifying official who acts or fails to act in good faith in compliance with this section has the immunity from liability",
       "", N, ["access_to_services"], "Removal of the officials' immunity and fee rule concerns civil liability, not immigration enforcement."),
], "GENUINE: Maryland Code, Criminal Procedure 11-931(f)-(h) as in force before 2025 -> 11-931(I), (K) and new 11-932 as enacted by SB 608 (2025), Chapter 114, approved Apr. 22, 2025, eff. Oct. 1, 2025. Text from GitHub Maryland-State-Innovation-Team/Legi-Assist data/2025rs/md/SB0608.md (the chaptered law). OLD = existing law as printed in the chapter (bracketed matter kept, capitalised new matter removed); NEW = chapter text with bracketed matter dropped and words struck by committee amendment (~~) dropped; new matter stays in CAPITALS as printed. New 11-931(J) (four paragraphs on the effect of a certification) is omitted from NEW; section signs and en-dashes normalised.")

# ---------------- CONSTRUCTED: Maryland HB 675 (2026) ----------------
S675 = ("CONSTRUCTED: OLD = Maryland HB 675 (2026 session, introduced Feb. 2, 2026, Del. Arikan et al.; not enacted as of the "
        "stored copy), proposed Public Safety Article 3-535 'Immigration Enforcement Agreements', verbatim from GitHub "
        "Maryland-State-Innovation-Team/Legi-Assist data/2026rs/md/HB0675.md (line numbers and page furniture removed; "
        "capitals as printed). NEW = OLD with an edit written for this set: ")
con("modal_change", HB675, [("EACH LOCAL LAW ENFORCEMENT AGENCY THAT OPERATES A CORRECTIONAL FACILITY SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.", "EACH LOCAL LAW ENFORCEMENT AGENCY THAT OPERATES A CORRECTIONAL FACILITY MAY ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.")],
    [ch("OPERATES A CORRECTIONAL FACILITY SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.", "OPERATES A CORRECTIONAL FACILITY MAY ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.", L, ["raids_joint_operations", "enforcement_authority"], "The mandate to sign a 287(g) jail agreement becomes a mere permission.")],
    S675 + "'SHALL ENTER INTO' -> 'MAY ENTER INTO' in (C)(1).")
con("exception_removed", HB675, [("EXCEPT AS PROVIDED IN PARAGRAPH (2) OF THIS SUBSECTION, ON OR BEFORE", "ON OR BEFORE"),
    ("\n\n(2) (I) A LOCAL LAW ENFORCEMENT AGENCY MAY APPLY FOR A ONE-TIME WAIVER FROM THE OFFICE IN ORDER TO DELAY THE DATE BY WHICH THE LOCAL LAW ENFORCEMENT AGENCY MUST ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.\n\n(II) THE OFFICE MAY GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY TO DELAY THE DATE BY WHICH THE LOCAL LAW ENFORCEMENT AGENCY MUST ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.\n\n(III) A LOCAL LAW ENFORCEMENT AGENCY THAT OBTAINS A WAIVER UNDER THIS PARAGRAPH SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT ON OR BEFORE JULY 1, 2027.", "")],
    [ch("(2) (I) A LOCAL LAW ENFORCEMENT AGENCY MAY APPLY FOR A ONE-TIME WAIVER FROM THE OFFICE IN ORDER TO DELAY THE DATE", "", E, ["raids_joint_operations"], "With the waiver gone every jail-operating agency must sign the 287(g) agreement by the first deadline.")],
    S675 + "the waiver paragraph (C)(2) and the cross-reference 'EXCEPT AS PROVIDED IN PARAGRAPH (2) OF THIS SUBSECTION,' deleted.")
con("approval_removed_or_weakened", HB675, [("(II) THE OFFICE MAY GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY TO DELAY", "(II) THE OFFICE SHALL GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY THAT APPLIES UNDER SUBPARAGRAPH (I) OF THIS PARAGRAPH TO DELAY")],
    [ch("THE OFFICE MAY GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY TO DELAY", "THE OFFICE SHALL GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY THAT APPLIES UNDER SUBPARAGRAPH (I) OF THIS PARAGRAPH TO DELAY", L, ["supervisor_approval", "raids_joint_operations"], "The Office's discretionary approval of a delay becomes automatic on application, so any agency can postpone the 287(g) mandate.")],
    S675 + "(C)(2)(II) 'THE OFFICE MAY GRANT' -> 'THE OFFICE SHALL GRANT ... THAT APPLIES UNDER SUBPARAGRAPH (I) OF THIS PARAGRAPH'.")
con("definition_change", HB675, [("USING THE JAIL ENFORCEMENT MODEL.", "USING THE JAIL ENFORCEMENT MODEL OR THE TASK FORCE MODEL.")],
    [ch("USING THE JAIL ENFORCEMENT MODEL.", "USING THE JAIL ENFORCEMENT MODEL OR THE TASK FORCE MODEL.", E, ["raids_joint_operations", "enforcement_authority"], "The agreements the section requires now include the task force model, under which deputized officers enforce immigration law in the field.")],
    S675 + "'OR THE TASK FORCE MODEL' added to the definition in (A)(2).")
con("scope_change", HB675, [("FOR UP TO 48 HOURS", "FOR UP TO 24 HOURS")],
    [ch("DETAIN AN INDIVIDUAL FOR UP TO 48 HOURS", "DETAIN AN INDIVIDUAL FOR UP TO 24 HOURS", L, ["detainers_holds"], "The maximum hold for federal immigration authorities is halved.")],
    S675 + "'48 HOURS' -> '24 HOURS' in (D)(1)(I).")
con("list_item_removed", HB675, [("TO FEDERAL IMMIGRATION AUTHORITIES; AND\n\n(II) TRANSFER AN INDIVIDUAL TO FEDERAL IMMIGRATION AUTHORITIES.", "TO FEDERAL IMMIGRATION AUTHORITIES.")],
    [ch("(II) TRANSFER AN INDIVIDUAL TO FEDERAL IMMIGRATION AUTHORITIES.", "", L, ["ice_cooperation", "detainers_holds"], "The duty to hand individuals over to federal immigration authorities on request is removed; only the short hold remains.")],
    S675 + "item (D)(1)(II) 'TRANSFER AN INDIVIDUAL TO FEDERAL IMMIGRATION AUTHORITIES.' deleted and '; AND' after (I) replaced by '.'.")
con("reparagraphed", HB675, [("AGREEMENT.\n\n(II) THE OFFICE MAY GRANT", "AGREEMENT. (II) THE OFFICE MAY GRANT"), ("AGREEMENT.\n\n(III) A LOCAL LAW ENFORCEMENT AGENCY THAT OBTAINS", "AGREEMENT. (III) A LOCAL LAW ENFORCEMENT AGENCY THAT OBTAINS")],
    [ch("AGREEMENT.\n\n(II) THE OFFICE MAY GRANT", "AGREEMENT. (II) THE OFFICE MAY GRANT", N, ["raids_joint_operations"], "Subparagraphs (I)-(III) of the waiver are run together in one paragraph; the words are unchanged."),
     ch("AGREEMENT.\n\n(III) A LOCAL LAW ENFORCEMENT AGENCY THAT OBTAINS", "AGREEMENT. (III) A LOCAL LAW ENFORCEMENT AGENCY THAT OBTAINS", N, ["raids_joint_operations"], "Same words, different paragraph break.")],
    S675 + "the paragraph breaks before (C)(2)(II) and (C)(2)(III) removed.")
con("restated", HB675, [("THE OFFICE SHALL BE RESPONSIBLE FOR ENFORCING THE REQUIREMENTS OF THIS SECTION.", "THE OFFICE SHALL ENFORCE THIS SECTION."),
    ("THE LOCAL LAW ENFORCEMENT AGENCY THAT RELEASED THE INDIVIDUAL IN VIOLATION OF THIS SUBSECTION SHALL BE RESPONSIBLE FOR:", "THE LOCAL LAW ENFORCEMENT AGENCY THAT RELEASED THE INDIVIDUAL IN VIOLATION OF THIS SUBSECTION SHALL PAY:")],
    [ch("THE OFFICE SHALL BE RESPONSIBLE FOR ENFORCING THE REQUIREMENTS OF THIS SECTION.", "THE OFFICE SHALL ENFORCE THIS SECTION.", N, ["raids_joint_operations"], "Same enforcement responsibility in shorter words."),
     ch("SHALL BE RESPONSIBLE FOR:", "SHALL PAY:", N, ["detainers_holds"], "Being 'responsible for' the costs and 'paying' them are the same penalty.")],
    S675 + "(B) reworded 'SHALL BE RESPONSIBLE FOR ENFORCING THE REQUIREMENTS OF' -> 'SHALL ENFORCE'; (D)(2) 'SHALL BE RESPONSIBLE FOR:' -> 'SHALL PAY:'.")
con("cross_clause", HB675, [("(II) ANY COURT COSTS ASSOCIATED WITH ANY CRIMINAL PROCEEDING INVOLVING THE INDIVIDUAL.", "(II) ANY COURT COSTS ASSOCIATED WITH ANY CRIMINAL PROCEEDING INVOLVING THE INDIVIDUAL.\n\n(E) SUBSECTIONS (C) AND (D) OF THIS SECTION DO NOT APPLY TO A LOCAL LAW ENFORCEMENT AGENCY OF A COUNTY WHOSE GOVERNING BODY HAS ADOPTED A RESOLUTION DECLINING TO PARTICIPATE IN IMMIGRATION ENFORCEMENT AGREEMENTS.")],
    [ch("", "(E) SUBSECTIONS (C) AND (D) OF THIS SECTION DO NOT APPLY TO A LOCAL LAW ENFORCEMENT AGENCY OF A COUNTY WHOSE GOVERNING BODY HAS ADOPTED A RESOLUTION DECLINING TO PARTICIPATE", L, ["raids_joint_operations", "detainers_holds"], "A county opt-out placed in a new subsection switches off both the 287(g) mandate and the hold/transfer duty.")],
    S675 + "new subsection (E) (county opt-out from (C) and (D)) added at the end.")
con("exception_added", HB675, [("(II) ANY COURT COSTS ASSOCIATED WITH ANY CRIMINAL PROCEEDING INVOLVING THE INDIVIDUAL.", "(II) ANY COURT COSTS ASSOCIATED WITH ANY CRIMINAL PROCEEDING INVOLVING THE INDIVIDUAL.\n\n(3) PARAGRAPH (1) OF THIS SUBSECTION DOES NOT REQUIRE A LOCAL LAW ENFORCEMENT AGENCY TO DETAIN OR TRANSFER AN INDIVIDUAL WHO HAS NOT BEEN CHARGED WITH OR CONVICTED OF A CRIME OF VIOLENCE.")],
    [ch("", "(3) PARAGRAPH (1) OF THIS SUBSECTION DOES NOT REQUIRE A LOCAL LAW ENFORCEMENT AGENCY TO DETAIN OR TRANSFER AN INDIVIDUAL WHO HAS NOT BEEN CHARGED WITH OR CONVICTED OF A CRIME OF VIOLENCE.", L, ["detainers_holds", "ice_cooperation"], "The hold-and-transfer duty no longer covers people not charged with or convicted of a crime of violence.")],
    S675 + "new paragraph (D)(3) excepting individuals not charged with or convicted of a crime of violence.")
con("exception_to_exception", HB675, [("SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT ON OR BEFORE JULY 1, 2027.", "SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT ON OR BEFORE JULY 1, 2027.\n\n(IV) THE OFFICE MAY NOT GRANT A WAIVER UNDER THIS PARAGRAPH TO A LOCAL LAW ENFORCEMENT AGENCY THAT DECLINED TO HONOR AN IMMIGRATION DETAINER DURING THE PRECEDING 12 MONTHS.")],
    [ch("", "(IV) THE OFFICE MAY NOT GRANT A WAIVER UNDER THIS PARAGRAPH TO A LOCAL LAW ENFORCEMENT AGENCY THAT DECLINED TO HONOR AN IMMIGRATION DETAINER", E, ["raids_joint_operations", "detainers_holds"], "A carve-out from the waiver (itself an exception to the mandate) means agencies that declined detainers must sign the 287(g) agreement on time.")],
    S675 + "new (C)(2)(IV) barring waivers for agencies that declined a detainer in the preceding 12 months.")

# ---------------- CONSTRUCTED: Maryland SB 660 (2026) ----------------
S660 = ("CONSTRUCTED: OLD = Maryland SB 660 (2026 session, introduced Feb. 6, 2026, Sen. Love; not enacted as of the stored copy), "
        "proposed Public Safety Article 3-535 'Response to Immigration Enforcement Actions', subsections (A)-(B)(3) (paragraph "
        "(B)(4) on storage periods omitted), verbatim from GitHub Maryland-State-Innovation-Team/Legi-Assist "
        "data/2026rs/md/SB0660.md (line numbers and page furniture removed; capitals as printed). NEW = OLD with an edit written for this set: ")
con("list_item_added", SB660, [("(V) PRESERVE ANY EVIDENCE RELATED TO THE IMMIGRATION ENFORCEMENT ACTION.", "(V) PRESERVE ANY EVIDENCE RELATED TO THE IMMIGRATION ENFORCEMENT ACTION; AND\n\n(VI) IF REQUESTED BY FEDERAL IMMIGRATION OFFICIALS, PROVIDE PERIMETER SECURITY AND TRAFFIC CONTROL FOR THE IMMIGRATION ENFORCEMENT ACTION."),
    ("7. ANY VIOLATIONS OF LAW THE OFFICER OBSERVED DURING THE IMMIGRATION ENFORCEMENT ACTION; AND", "7. ANY VIOLATIONS OF LAW THE OFFICER OBSERVED DURING THE IMMIGRATION ENFORCEMENT ACTION;")],
    [ch("", "(VI) IF REQUESTED BY FEDERAL IMMIGRATION OFFICIALS, PROVIDE PERIMETER SECURITY AND TRAFFIC CONTROL FOR THE IMMIGRATION ENFORCEMENT ACTION.", E, ["raids_joint_operations", "ice_cooperation"], "Dispatched officers must now give operational support to the federal enforcement action.")],
    S660 + "item (VI) (perimeter security and traffic control on federal request) added; 'AND' moved from item 7 to (V).")
con("rule_added", SB660, [("SHALL CONTINUE TO PERFORM THE CONSTITUTIONAL OBLIGATIONS OF THE OFFICER'S POSITION.", "SHALL CONTINUE TO PERFORM THE CONSTITUTIONAL OBLIGATIONS OF THE OFFICER'S POSITION AND MAY NOT ASSIST IN THE ARREST, DETENTION, OR TRANSPORT OF ANY INDIVIDUAL FOR THE PURPOSE OF CIVIL IMMIGRATION ENFORCEMENT.")],
    [ch("", "AND MAY NOT ASSIST IN THE ARREST, DETENTION, OR TRANSPORT OF ANY INDIVIDUAL FOR THE PURPOSE OF CIVIL IMMIGRATION ENFORCEMENT", L, ["raids_joint_operations", "enforcement_authority"], "A new prohibition on officers at the scene helping with civil immigration arrests.")],
    S660 + "prohibition on assisting arrests, detention or transport for civil immigration enforcement added to (B)(2).")
con("neutral_rewrite", SB660, [("SHALL DISPATCH AT LEAST ONE LAW ENFORCEMENT OFFICER TO:", "SHALL DISPATCH ONE OR MORE LAW ENFORCEMENT OFFICERS TO:"),
    ("A LAW ENFORCEMENT OFFICER SHALL CONTINUE TO PERFORM THE CONSTITUTIONAL OBLIGATIONS OF THE OFFICER'S POSITION.", "A LAW ENFORCEMENT OFFICER REMAINS BOUND BY THE CONSTITUTIONAL OBLIGATIONS OF THE OFFICER'S POSITION.")],
    [ch("AT LEAST ONE LAW ENFORCEMENT OFFICER", "ONE OR MORE LAW ENFORCEMENT OFFICERS", N, ["ice_cooperation"], "'At least one' and 'one or more' are the same number."),
     ch("SHALL CONTINUE TO PERFORM THE CONSTITUTIONAL OBLIGATIONS", "REMAINS BOUND BY THE CONSTITUTIONAL OBLIGATIONS", N, ["ice_cooperation"], "Same duty in other words.")],
    S660 + "'AT LEAST ONE LAW ENFORCEMENT OFFICER' -> 'ONE OR MORE LAW ENFORCEMENT OFFICERS'; 'SHALL CONTINUE TO PERFORM' -> 'REMAINS BOUND BY'.")

# ---------------- CONSTRUCTED: Washington SB 5818 (2025) ----------------
SWA2 = ("CONSTRUCTED: OLD = Washington SB 5818 (2025-26, original bill, 'Facilitating the transfer of certain individuals in the custody "
        "of the department of corrections'), sec. 2 = RCW 10.93.160 as the bill would amend it, subsections (10)-(16), verbatim from "
        "GitHub tannewt/wa-law.org site/bill/2025-26/sb/5818/1/README.md (source PDF lawfilesext.leg.wa.gov/biennium/2025-26/Pdf/Bills/Senate Bills/5818.pdf; "
        "markdown list numbers rewritten in the bill's (10), (a) form). NEW = OLD with an edit written for this set: ")
SWA3 = ("CONSTRUCTED: OLD = Washington SB 5818 (2025-26, original bill), new sec. 3 (transfer of incarcerated individuals by the department "
        "of corrections to federal immigration authorities), verbatim from GitHub tannewt/wa-law.org site/bill/2025-26/sb/5818/1/README.md "
        "(heading 'NEW SECTION. Sec. 3.' written in the bill's style; list numbers as in the bill). NEW = OLD with an edit written for this set: ")
con("scope_change", WA5818_S3, [("on the basis of the presence of an immigration detainer, hold, notification request, or civil immigration warrant.", "only on the basis of a warrant or order signed by a federal judge.")],
    [ch("on the basis of the presence of an immigration detainer, hold, notification request, or civil immigration warrant.", "only on the basis of a warrant or order signed by a federal judge.", L, ["detainers_holds", "ice_cooperation"], "Transfers may no longer rest on detainers, holds, notification requests or administrative warrants; a judicial warrant is required.")],
    SWA3 + "the basis for transfer in (1)(b) narrowed from 'an immigration detainer, hold, notification request, or civil immigration warrant' to 'a warrant or order signed by a federal judge'.")
con("modal_change", WA5818_S3, [("the department may transfer an incarcerated individual serving", "the department shall transfer an incarcerated individual serving")],
    [ch("the department may transfer an incarcerated individual serving", "the department shall transfer an incarcerated individual serving", E, ["ice_cooperation", "detainers_holds"], "Transfer to federal immigration custody becomes mandatory instead of discretionary.")],
    SWA3 + "'may transfer' -> 'shall transfer' in (1)(a).")
con("restated", WA5818_S3, [("shall run concurrently while the person is in the custody of federal immigration authorities.", "continues to run during any period in which the person is held by federal immigration authorities."),
    ("(3) For the purposes of this section, the definitions contained in RCW 43.17.420 apply to this section.", "(3) The definitions in RCW 43.17.420 apply throughout this section.")],
    [ch("shall run concurrently while the person is in the custody of federal immigration authorities.", "continues to run during any period in which the person is held by federal immigration authorities.", N, ["ice_cooperation"], "Same sentence-credit rule in other words."),
     ch("For the purposes of this section, the definitions contained in RCW 43.17.420 apply to this section.", "The definitions in RCW 43.17.420 apply throughout this section.", N, ["ice_cooperation"], "Same cross-reference to the definitions.")],
    SWA3 + "(2) and (3) reworded without change of meaning.")
con("exception_removed", WA5818_S2, [(" or by court order, unless such individuals consent to be interviewed in writing. Before agreeing to be interviewed, individuals must be advised that they will not be punished or suffer retaliation for declining to be interviewed.", " or by court order.")],
    [ch("unless such individuals consent to be interviewed in writing.", "", L, ["ice_cooperation"], "Written consent no longer opens the door to ICE interviews of people in prison custody; only law or a court order does.")],
    SWA2 + "the consent exception (and its advisement sentence) deleted from (14).")
con("cross_clause", WA5818_S2, [("(15) Subsections (3) through (6) of this section", "(15) Subsections (3) through (9) of this section")],
    [ch("Subsections (3) through (6) of this section do not apply", "Subsections (3) through (9) of this section do not apply", E, ["detainers_holds", "status_inquiry"], "Three more protections of the section (no detention solely to determine status, no custody on civil warrants or holds, written advisement) stop applying to people in prison custody.")],
    SWA2 + "'(3) through (6)' -> '(3) through (9)' in (15) (the subsections referred to are not in the passage).")
con("list_item_added", WA5818_S2, [("(a) Required to comply with state or federal law; or\n\n(b) In response to a lawfully issued court order.", "(a) Required to comply with state or federal law;\n\n(b) In response to a lawfully issued court order; or\n\n(c) Provided to federal immigration authorities about an individual in the physical custody of the department of corrections.")],
    [ch("", "(c) Provided to federal immigration authorities about an individual in the physical custody of the department of corrections.", E, ["information_sharing"], "A new item under 'Nothing in this section prohibits' frees any disclosure to immigration authorities about people in prison custody.")],
    SWA2 + "item (c) added to (16) and 'or' moved.")
con("exception_added", WA5818_S2, [("also known as 287(g) agreements.", "also known as 287(g) agreements, except that the department of corrections may enter into such an agreement for the purpose of transferring incarcerated individuals under section 3 of this act.")],
    [ch("", ", except that the department of corrections may enter into such an agreement for the purpose of transferring incarcerated individuals", E, ["raids_joint_operations", "enforcement_authority"], "An exception lets the prison agency sign a 287(g)-type agreement.")],
    SWA2 + "exception for department of corrections 287(g) agreements added to (11).")
con("double_negation", WA5818_S2, [("(16) Nothing in this section prohibits the collection, use, or disclosure of information that is:", "(16) This section permits the collection, use, or disclosure of information that is:")],
    [ch("Nothing in this section prohibits the collection, use, or disclosure of information that is:", "This section permits the collection, use, or disclosure of information that is:", N, ["information_sharing"], "'Nothing prohibits' and 'permits' leave the same two carve-outs for legally required and court-ordered disclosures.")],
    SWA2 + "'Nothing in this section prohibits' -> 'This section permits' in the stem of (16).")

# ---------------- CONSTRUCTED: EO 14159 ----------------
SEO = ("CONSTRUCTED: OLD = Executive Order 14159 'Protecting the American People Against Invasion' (Jan. 20, 2025), %s, verbatim from "
       "GitHub brian14708/wh-briefings presidential-actions/2025-01/2025-01-20-protecting-the-american-people-against-invasion.md "
       "(whitehouse.gov copy). NEW = OLD with an edit written for this set: ")
con("approval_removed_or_weakened", EO14159_S10_11, [(", and with the consent of State or local officials as appropriate,", ",")],
    [ch("and with the consent of State or local officials as appropriate,", "", E, ["supervisor_approval", "raids_joint_operations"], "Deputization of State and local officers is no longer conditioned on the consent of State or local officials.")],
    SEO % "Sec. 10-11" + "', and with the consent of State or local officials as appropriate,' deleted from Sec. 11.")
con("scope_change", EO14159_S10_11, [("in relation to the investigation, apprehension, or detention of aliens in the United States", "in relation to the detention of aliens in State and local jails")],
    [ch("in relation to the investigation, apprehension, or detention of aliens in the United States", "in relation to the detention of aliens in State and local jails", L, ["raids_joint_operations", "enforcement_authority"], "Deputized officers would be limited to jail functions, with no field investigation or arrests.")],
    SEO % "Sec. 10-11" + "'the investigation, apprehension, or detention of aliens in the United States' -> 'the detention of aliens in State and local jails' in Sec. 11.")
con("reparagraphed", EO14159_S17_18, [("do not receive access to Federal funds. Further, the Attorney General", "do not receive access to Federal funds.\n\nFurther, the Attorney General"),
    ("Sec. 18. Information Sharing. (a) The Secretary", "Sec. 18. Information Sharing.\n\n(a) The Secretary")],
    [ch("do not receive access to Federal funds. Further, the Attorney General", "do not receive access to Federal funds.\n\nFurther, the Attorney General", N, ["ice_cooperation"], "Sec. 17 split into two paragraphs; words unchanged."),
     ch("Sec. 18. Information Sharing. (a) The Secretary", "Sec. 18. Information Sharing.\n\n(a) The Secretary", N, ["information_sharing"], "Subsection (a) set on its own line; words unchanged.")],
    SEO % "Sec. 17 and Sec. 18(a) (passage stops at '(a) ... authorized by law; and')" + "paragraph breaks added before 'Further,' and before '(a)'.")

# ---------------- CONSTRUCTED: Maryland 11-932 ----------------
SMD = ("CONSTRUCTED: OLD = the NEW side of HR-03 (Maryland Criminal Procedure 11-931(I), (K) and 11-932 as enacted by SB 608 (2025), ch. 114, "
       "text as printed in the chapter, GitHub Maryland-State-Innovation-Team/Legi-Assist data/2025rs/md/SB0608.md). NEW = OLD with an edit written for this set: ")
con("list_item_added", MD_11931_NEW, [("CRIMINAL OFFENSE; OR", "CRIMINAL OFFENSE;"), ("12291(B)(2).", "12291(B)(2); OR\n\n(3) TO FEDERAL IMMIGRATION AUTHORITIES, ON REQUEST, IF THE VICTIM IS SUBJECT TO A FINAL ORDER OF REMOVAL.")],
    [ch("", "(3) TO FEDERAL IMMIGRATION AUTHORITIES, ON REQUEST, IF THE VICTIM IS SUBJECT TO A FINAL ORDER OF REMOVAL.", E, ["information_sharing", "ice_cooperation"], "A new item under the 'only' list allows disclosure of victim information to immigration authorities.")],
    SMD + "item (3) added to 11-932(A) and 'OR' moved.")
con("double_negation", MD_11931_NEW, [("EXCULPATORY INFORMATION TO A DEFENDANT IN A CRIMINAL CASE.", "EXCULPATORY INFORMATION TO A DEFENDANT IN A CRIMINAL CASE.\n\n(C) NOTHING IN THIS SECTION PROHIBITS A CERTIFYING ENTITY FROM SHARING INFORMATION ABOUT A VICTIM'S IMMIGRATION STATUS WITH FEDERAL IMMIGRATION AUTHORITIES.")],
    [ch("", "(C) NOTHING IN THIS SECTION PROHIBITS A CERTIFYING ENTITY FROM SHARING INFORMATION ABOUT A VICTIM'S IMMIGRATION STATUS WITH FEDERAL IMMIGRATION AUTHORITIES.", E, ["information_sharing"], "A 'nothing prohibits' savings clause carves status information out of the disclosure limit, allowing it to go to immigration authorities.")],
    SMD + "savings clause (C) added after 11-932(B).")
con("rule_added", EO13768_S9, [("currently is received by any sanctuary jurisdiction.", "currently is received by any sanctuary jurisdiction.\n\n(d) Nothing in this section shall be construed to require any State or local officer to honor a detainer or to share information beyond what 8 U.S.C. 1373 requires.")],
    [ch("", "(d) Nothing in this section shall be construed to require any State or local officer to honor a detainer or to share information beyond what 8 U.S.C. 1373 requires.", L, ["detainers_holds", "information_sharing"], "A saving clause confirms local officers need not honor detainers or share beyond 1373, narrowing the section's reach over local practice.")],
    "CONSTRUCTED: OLD = Executive Order 13768 (Jan. 25, 2017), Sec. 9 'Sanctuary Jurisdictions', verbatim from https://www.lewik.org/term/15192/ and https://eohistory.info/Election2017/sanctuary.html. NEW = OLD with an edit written for this set: new subsection (d) (no duty to honor detainers or share beyond 1373) added.")

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for p in OUT:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(OUT), "pairs written")
