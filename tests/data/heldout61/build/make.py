import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import raw, paras
from lib import apply, pair_label, check
S257 = raw("2023/S257.md"); S1457 = raw("2023/S1457.md"); S9613 = raw("2023/S9613.md")
T = {
 "A": paras(S257, "§  319-A.", "§  319-B."),
 "B": paras(S257, "§  319-B.", "§ 319-C."),
 "C": paras(S257, "§ 319-C.", "§  319-D."),
 "D": paras(S257, "§  319-D.", "§ 319-E. CIVIL"),
 "E": paras(S257, "§ 319-E. CIVIL", "§ 319-F. LIMITATION"),
 "F": paras(S257, "§ 319-F. LIMITATION", "§  319-G."),
 "DEF": paras(S257, "3. \"CIVIL IMMIGRATION DETAINER\"", "10.  \"TERRORIST"),
 "DIG": paras(S1457, "§ 844.", "§ 3. This act"),
 "NY96": paras(S9613, "§ 2. NO STATE", "§  2.  Resolved"),
}
SRC = {
 "A": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law art. 15-AA, section 319-A (access to services), https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "B": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law art. 15-AA, section 319-B (federal agencies to investigate and enforce federal immigration laws), https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "C": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law art. 15-AA, section 319-C (confidentiality of information), https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "D": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law art. 15-AA, section 319-D (custody: bail and related pre-trial issues), https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "E": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law art. 15-AA, section 319-E (civil immigration detainers), https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "F": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law art. 15-AA, section 319-F (limitation on use of certain facilities), https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "DEF": "New York Senate Bill S257 (2023-2024 session, Sen. Serrano et al., prefiled Jan. 4, 2023; not enacted), proposed Executive Law section 319, definitions 3-9, https://legislation.nysenate.gov/pdf/bills/2023/S257 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S257.md)",
 "DIG": "New York Senate Bill S1457 (2023-2024 session, Sens. Serrano, Krueger, Salazar, introduced Jan. 12, 2023; 'Dignity for Immigrants in New York State Act'; not enacted), proposed Executive Law section 844, https://legislation.nysenate.gov/pdf/bills/2023/S1457 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S1457.md)",
 "NY96": "New York Senate concurrent resolution S9613 (2023-2024 session, Sen. Borrello, introduced May 16, 2024; proposed constitutional article XX 'Regulation of discovery and disclosure of immigration status'; not adopted), article sections 2-4, https://legislation.nysenate.gov/pdf/bills/2023/S9613 (text from GitHub ryantd42/NY-Legislative-Git, 2023/S9613.md)",
}
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
def ch(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
P = []
def add(key, situation, edits, changes, what):
    old = T[key]; new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "KL-%02d" % (len(P) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops,
         "source": "CONSTRUCTED: OLD = real text, " + SRC[key] + ". NEW = OLD with this edit (written for this set, not a real version): " + what}
    check(p); P.append(p)

# ---- 319-B
add("B", "list_item_removed",
    [("AUTHORIZED REGULATIONS; OR\n\n(C) A CIVIL IMMIGRATION DETAINER.", "AUTHORIZED REGULATIONS.")],
    [ch("(C) A CIVIL IMMIGRATION DETAINER.", "", E, ["detainers_holds", "enforcement_authority"], "Dropping item (C) from the list of prohibited grounds lets officers stop or arrest a person on the basis of a civil immigration detainer.")],
    "item (C) 'A CIVIL IMMIGRATION DETAINER.' deleted from subdivision 1 and item (B) closed with a period.")
add("B", "exception_changed",
    [("IS AN ELEMENT OF A CRIMINAL OFFENSE IN A SPECIFIC, ONGOING LAW ENFORCEMENT INVESTIGATION ENGAGED IN BY SUCH STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF,", "IS RELEVANT TO ANY CRIMINAL INVESTIGATION,")],
    [ch("IS AN ELEMENT OF A CRIMINAL OFFENSE IN A SPECIFIC, ONGOING LAW ENFORCEMENT INVESTIGATION ENGAGED IN BY SUCH STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF,", "IS RELEVANT TO ANY CRIMINAL INVESTIGATION,", E, ["status_inquiry"], "The exception to the ban on status inquiries widens from status that is an element of an offense in a specific ongoing investigation to status merely relevant to any criminal investigation.")],
    "in subdivision 2 the exception 'IS AN ELEMENT OF A CRIMINAL OFFENSE IN A SPECIFIC, ONGOING LAW ENFORCEMENT INVESTIGATION ENGAGED IN BY SUCH STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF,' replaced by 'IS RELEVANT TO ANY CRIMINAL INVESTIGATION,'.")
add("B", "scope_change",
    [("OR OTHERWISE ENGAGE OR SIGNIFICANTLY ASSIST IN THE ENFORCEMENT OF FEDERAL IMMIGRATION LAW,", "OR OTHERWISE ENGAGE OR SIGNIFICANTLY ASSIST IN THE ENFORCEMENT OF FEDERAL IMMIGRATION LAW, OR PARTICIPATE IN ANY JOINT TASK FORCE OR JOINT OPERATION WITH A FEDERAL IMMIGRATION AUTHORITY THE PURPOSE OF WHICH INCLUDES THE ENFORCEMENT OF FEDERAL CIVIL IMMIGRATION LAW,")],
    [ch("", "OR PARTICIPATE IN ANY JOINT TASK FORCE OR JOINT OPERATION WITH A FEDERAL IMMIGRATION AUTHORITY THE PURPOSE OF WHICH INCLUDES THE ENFORCEMENT OF FEDERAL CIVIL IMMIGRATION LAW,", L, ["raids_joint_operations", "ice_cooperation"], "Subdivision 3 now also bars taking part in joint task forces or operations with immigration authorities that include civil immigration enforcement.")],
    "a clause barring participation in joint task forces or joint operations with a federal immigration authority added to subdivision 3.")
add("B", "restated",
    [("ARREST A PERSON FOR ANY OF THE FOLLOWING:", "ARREST A PERSON ON THE BASIS OF ANY OF THE FOLLOWING:"),
     ("PROVIDED AT NO COST OR EXPENSE TO SUCH PERSON.", "WITHOUT CHARGE TO SUCH PERSON.")],
    [ch("ARREST A PERSON FOR ANY OF THE FOLLOWING:", "ARREST A PERSON ON THE BASIS OF ANY OF THE FOLLOWING:", N, ["enforcement_authority"], "'For' and 'on the basis of' state the same prohibited grounds."),
     ch("PROVIDED AT NO COST OR EXPENSE TO SUCH PERSON.", "WITHOUT CHARGE TO SUCH PERSON.", N, ["access_to_services"], "A free interpreter either way; only the wording changes.")],
    "two wordings changed without change of meaning: 'FOR ANY OF THE FOLLOWING' -> 'ON THE BASIS OF ANY OF THE FOLLOWING' (subdivision 1) and 'PROVIDED AT NO COST OR EXPENSE TO SUCH PERSON' -> 'WITHOUT CHARGE TO SUCH PERSON' (subdivision 4).")
add("B", "approval_added",
    [("OR WHERE SUCH INQUIRY OR RECORDING OF SUCH INFORMATION IS OTHERWISE AUTHORIZED BY THIS ARTICLE.", "OR WHERE SUCH INQUIRY OR RECORDING OF SUCH INFORMATION IS OTHERWISE AUTHORIZED BY THIS ARTICLE; PROVIDED THAT NO SUCH INQUIRY SHALL BE MADE WITHOUT THE PRIOR APPROVAL OF A SUPERVISING OFFICER OF THE RANK OF SERGEANT OR ABOVE.")],
    [ch("", "PROVIDED THAT NO SUCH INQUIRY SHALL BE MADE WITHOUT THE PRIOR APPROVAL OF A SUPERVISING OFFICER OF THE RANK OF SERGEANT OR ABOVE.", L, ["status_inquiry", "supervisor_approval"], "Even the permitted status inquiries now need a supervisor's prior approval.")],
    "a proviso requiring prior approval of a supervising officer (sergeant or above) for any permitted inquiry added at the end of subdivision 2.")
# ---- 319-C
add("C", "list_item_removed",
    [("PERMITTED BY STATE LAW; AND\n\n", "PERMITTED BY STATE LAW.\n\n"),
     ("\n\n3. A STATE OR LOCAL AGENCY, OR AGENT THEREOF, OR STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF, MAY PROVIDE SUCH INFORMATION, OTHER THAN THE INFORMATION DESCRIBED IN SUBDIVISION ONE OF THIS SECTION, CONCERNING A PERSON, INCLUDING BUT NOT LIMITED TO STATUS AS A VICTIM OF OR WITNESS TO SUSPECTED CRIMINAL ACTIVITY, HOME ADDRESS AND/OR WORK ADDRESS, ONLY WITH INFORMED WRITTEN CONSENT OF THE PERSON AND, IF REPRESENTED BY COUNSEL, WRITTEN AUTHORIZATION BY SUCH ATTORNEY.", "")],
    [ch("3. A STATE OR LOCAL AGENCY, OR AGENT THEREOF, OR STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF, MAY PROVIDE SUCH INFORMATION", "", L, ["information_sharing"], "Removing the consent-based exception means the agency can no longer hand addresses or victim/witness status to immigration authorities even with the person's written consent."),
     ch("PERMITTED BY STATE LAW; AND", "PERMITTED BY STATE LAW.", N, ["information_sharing"], "Punctuation adjusted after the last item was removed.")],
    "exception 3 (disclosure with the person's informed written consent) deleted; '; AND' at the end of item 2 replaced by a period.")
add("C", "list_item_added",
    [("WRITTEN AUTHORIZATION BY SUCH ATTORNEY.", "WRITTEN AUTHORIZATION BY SUCH ATTORNEY; AND\n\n4. A STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF, MAY PROVIDE A PERSON'S RELEASE DATE AND TIME TO A FEDERAL IMMIGRATION AUTHORITY WHERE SUCH PERSON STANDS CONVICTED OF A VIOLENT FELONY OFFENSE AS DEFINED IN SUBDIVISION ONE OF SECTION 70.02 OF THE PENAL LAW."),
     ("PERMITTED BY STATE LAW; AND", "PERMITTED BY STATE LAW;")],
    [ch("", "4. A STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF, MAY PROVIDE A PERSON'S RELEASE DATE AND TIME TO A FEDERAL IMMIGRATION AUTHORITY WHERE SUCH PERSON STANDS CONVICTED OF A VIOLENT FELONY OFFENSE", E, ["information_sharing", "detainers_holds"], "A new exception lets police tell immigration authorities when a person convicted of a violent felony will be released."),
     ch("PERMITTED BY STATE LAW; AND", "PERMITTED BY STATE LAW;", N, ["information_sharing"], "The conjunction moves to the new last item; no change of meaning.")],
    "item 4 (release date and time may be given to immigration authorities for persons convicted of a violent felony) added to the list of exceptions; 'AND' moved accordingly.")
add("C", "exception_changed",
    [("UNLESS DISCLOSURE IS REQUIRED BY A LAWFUL COURT ORDER,", "UNLESS DISCLOSURE IS REQUIRED BY A LAWFUL COURT ORDER OR REQUESTED IN WRITING BY A FEDERAL IMMIGRATION AUTHORITY IN CONNECTION WITH A CRIMINAL INVESTIGATION,")],
    [ch("UNLESS DISCLOSURE IS REQUIRED BY A LAWFUL COURT ORDER,", "UNLESS DISCLOSURE IS REQUIRED BY A LAWFUL COURT ORDER OR REQUESTED IN WRITING BY A FEDERAL IMMIGRATION AUTHORITY IN CONNECTION WITH A CRIMINAL INVESTIGATION,", E, ["information_sharing", "ice_cooperation"], "A written request from immigration authorities citing a criminal investigation now suffices to release information, without a court order.")],
    "the opening exception widened from 'REQUIRED BY A LAWFUL COURT ORDER' to also cover a written request by a federal immigration authority in connection with a criminal investigation.")
add("C", "reparagraphed",
    [("EXCEPT THAT:\n\n1. PROVIDING", "EXCEPT THAT: 1. PROVIDING"), ("LAW;\n\n2. THE DIVISION", "LAW; 2. THE DIVISION"), ("; AND\n\n3. A STATE", "; AND 3. A STATE")],
    [ch("EXCEPT THAT:\n\n1. PROVIDING", "EXCEPT THAT: 1. PROVIDING", N, ["information_sharing"], "The stem and first exception are joined into one paragraph; words unchanged."),
     ch("LAW;\n\n2. THE DIVISION", "LAW; 2. THE DIVISION", N, ["information_sharing"], "Items 2 and 3 run on in the same paragraph; words unchanged.")],
    "the paragraph breaks before items 1, 2 and 3 removed so the section is one paragraph; no words changed.")
# ---- 319-D
add("D", "cross_clause",
    [("1. EXCEPT AS PROVIDED IN SECTION THREE HUNDRED NINETEEN-E OF THIS ARTICLE, NO STATE", "1. NO STATE")],
    [ch("EXCEPT AS PROVIDED IN SECTION THREE HUNDRED NINETEEN-E OF THIS ARTICLE, ", "", L, ["detainers_holds"], "Without the cross-reference to the detainer section, release on bail may not be delayed on the basis of a detainer even in the cases 319-E allowed.")],
    "the opening cross-reference 'EXCEPT AS PROVIDED IN SECTION THREE HUNDRED NINETEEN-E OF THIS ARTICLE,' deleted from subdivision 1.")
add("D", "scope_change",
    [("ON THE BASIS OF THE PERSON'S IMMIGRATION STATUS, A CIVIL IMMIGRATION DETAINER, OR A FEDERAL IMMIGRATION AUTHORITY'S REQUEST FOR NOTIFICATION ABOUT, TRANSFER OF, DETENTION OF, OR INTERVIEW OR INTERROGATION OF SUCH PERSON.", "ON THE BASIS OF THE PERSON'S IMMIGRATION STATUS.")],
    [ch("ON THE BASIS OF THE PERSON'S IMMIGRATION STATUS, A CIVIL IMMIGRATION DETAINER, OR A FEDERAL IMMIGRATION AUTHORITY'S REQUEST FOR NOTIFICATION ABOUT, TRANSFER OF, DETENTION OF, OR INTERVIEW OR INTERROGATION OF SUCH PERSON.", "ON THE BASIS OF THE PERSON'S IMMIGRATION STATUS.", E, ["detainers_holds", "ice_cooperation"], "Release may now be delayed to honour a detainer or a transfer, notification or interview request, since only status itself remains a forbidden ground.")],
    "in subdivision 1 the grounds 'A CIVIL IMMIGRATION DETAINER, OR A FEDERAL IMMIGRATION AUTHORITY'S REQUEST FOR NOTIFICATION ABOUT, TRANSFER OF, DETENTION OF, OR INTERVIEW OR INTERROGATION OF SUCH PERSON' deleted.")
add("D", "restated",
    [("THAT ARE AT LEAST AS PROTECTIVE OF INDIVIDUAL RIGHTS AS OTHER PERSONS IN SUCH AGENCY'S CUSTODY,", "THAT ARE NO LESS PROTECTIVE OF INDIVIDUAL RIGHTS THAN THOSE APPLIED TO OTHER PERSONS IN SUCH AGENCY'S CUSTODY,"),
     ("SHALL PROMPTLY NOTIFY THE PERSON", "SHALL NOTIFY, WITHOUT DELAY, THE PERSON")],
    [ch("THAT ARE AT LEAST AS PROTECTIVE OF INDIVIDUAL RIGHTS AS OTHER PERSONS IN SUCH AGENCY'S CUSTODY,", "THAT ARE NO LESS PROTECTIVE OF INDIVIDUAL RIGHTS THAN THOSE APPLIED TO OTHER PERSONS IN SUCH AGENCY'S CUSTODY,", N, ["access_to_services"], "'At least as protective as' and 'no less protective than' set the same equal-treatment rule."),
     ch("SHALL PROMPTLY NOTIFY THE PERSON", "SHALL NOTIFY, WITHOUT DELAY, THE PERSON", N, ["detainers_holds"], "'Promptly' and 'without delay' impose the same duty to tell the person about the detainer.")],
    "subdivision 3's comparison reworded ('AT LEAST AS PROTECTIVE ... AS' -> 'NO LESS PROTECTIVE ... THAN THOSE APPLIED TO') and 'PROMPTLY NOTIFY' -> 'NOTIFY, WITHOUT DELAY,' in subdivision 2.")
add("D", "modal_change",
    [("INFORM SUCH PERSON AND COUNSEL, REASONABLY IN ADVANCE OF RESPONDING TO THE FEDERAL IMMIGRATION AUTHORITY, AS TO WHETHER OR NOT SUCH AGENCY INTENDS TO COMPLY WITH SUCH DETAINER OR REQUEST.", "INFORM SUCH PERSON AND COUNSEL, REASONABLY IN ADVANCE OF RESPONDING TO THE FEDERAL IMMIGRATION AUTHORITY, AS TO WHETHER OR NOT SUCH AGENCY INTENDS TO COMPLY WITH SUCH DETAINER OR REQUEST. SUCH AGENCY SHALL NOT COMPLY WITH ANY SUCH DETAINER OR REQUEST EXCEPT AS PERMITTED BY SECTION THREE HUNDRED NINETEEN-E OF THIS ARTICLE.")],
    [ch("", "SUCH AGENCY SHALL NOT COMPLY WITH ANY SUCH DETAINER OR REQUEST EXCEPT AS PERMITTED BY SECTION THREE HUNDRED NINETEEN-E OF THIS ARTICLE.", L, ["detainers_holds", "ice_cooperation"], "Where the old text left compliance with detainers and requests open, the new sentence forbids it outside the 319-E cases.")],
    "a sentence forbidding compliance with any detainer or request except as permitted by section 319-E added at the end of subdivision 2 (the old text only required the agency to say whether it intends to comply).")
# ---- 319-E
add("E", "list_item_removed",
    [("CLASS A FELONY OFFENSE; OR\n\n(C) SUCH PERSON IS IDENTIFIED BY SUCH STATE OR LOCAL LAW ENFORCEMENT AGENCY AS A LIKELY MATCH WITH A PERSON LISTED IN THE TERRORIST SCREENING DATABASE.", "CLASS A FELONY OFFENSE.")],
    [ch("(C) SUCH PERSON IS IDENTIFIED BY SUCH STATE OR LOCAL LAW ENFORCEMENT AGENCY AS A LIKELY MATCH WITH A PERSON LISTED IN THE TERRORIST SCREENING DATABASE.", "", L, ["detainers_holds"], "One of the three grounds on which a detainer may be honoured is gone, so fewer people can be held past release.")],
    "ground (C) (likely match in the terrorist screening database) deleted from subdivision 1; (B) closed with a period.")
add("E", "list_item_added",
    [("LISTED IN THE TERRORIST SCREENING DATABASE.", "LISTED IN THE TERRORIST SCREENING DATABASE; OR\n\n(D) SUCH PERSON HAS BEEN CHARGED WITH A FELONY OFFENSE DEFINED IN THE PENAL LAW AND A JUDGE HAS FOUND REASONABLE CAUSE TO BELIEVE THAT SUCH PERSON COMMITTED SUCH OFFENSE."),
     ("CLASS A FELONY OFFENSE; OR\n\n(C)", "CLASS A FELONY OFFENSE;\n\n(C)")],
    [ch("", "(D) SUCH PERSON HAS BEEN CHARGED WITH A FELONY OFFENSE DEFINED IN THE PENAL LAW AND A JUDGE HAS FOUND REASONABLE CAUSE TO BELIEVE THAT SUCH PERSON COMMITTED SUCH OFFENSE.", E, ["detainers_holds"], "A fourth ground for honouring a detainer (pending felony charge) widens the exception to the default rule against holds.")],
    "ground (D) (pending felony charge with a judicial finding of reasonable cause) added to subdivision 1; 'OR' moved.")
add("E", "mixed",
    [("NOT EXCEEDING FORTY-EIGHT HOURS EXCLUDING WEEKENDS AND HOLIDAYS,", "NOT EXCEEDING TWENTY-FOUR HOURS,"),
     ("1326, AND THE PERSON STANDS CONVICTED", "1326, OR THE PERSON STANDS CONVICTED")],
    [ch("NOT EXCEEDING FORTY-EIGHT HOURS EXCLUDING WEEKENDS AND HOLIDAYS,", "NOT EXCEEDING TWENTY-FOUR HOURS,", L, ["detainers_holds"], "The longest permitted detainer hold shrinks from 48 business hours to 24 hours."),
     ch("1326, AND THE PERSON STANDS CONVICTED", "1326, OR THE PERSON STANDS CONVICTED", E, ["detainers_holds"], "Turning 'and' into 'or' makes either an illegal reentry or a serious conviction alone enough to honour a detainer, widening ground (B).")],
    "two edits in subdivision 1: the hold limit 'FORTY-EIGHT HOURS EXCLUDING WEEKENDS AND HOLIDAYS' -> 'TWENTY-FOUR HOURS', and in (B) 'AND THE PERSON STANDS CONVICTED' -> 'OR THE PERSON STANDS CONVICTED'.")
add("E", "double_negation",
    [("PRIOR TO THE ENACTMENT OF THIS SECTION.", "PRIOR TO THE ENACTMENT OF THIS SECTION.\n\n4. NOTHING IN SUBDIVISION TWO OF THIS SECTION SHALL PROHIBIT A STATE OR LOCAL LAW ENFORCEMENT AGENCY FROM NOTIFYING A FEDERAL IMMIGRATION AUTHORITY OF THE RELEASE DATE AND TIME OF A PERSON DESCRIBED IN PARAGRAPH (B) OR (C) OF SUBDIVISION ONE OF THIS SECTION.")],
    [ch("", "4. NOTHING IN SUBDIVISION TWO OF THIS SECTION SHALL PROHIBIT A STATE OR LOCAL LAW ENFORCEMENT AGENCY FROM NOTIFYING A FEDERAL IMMIGRATION AUTHORITY OF THE RELEASE DATE AND TIME", E, ["information_sharing", "detainers_holds"], "The 'nothing shall prohibit' clause carves release-date notifications for (B) and (C) persons out of the ban in subdivision 2, so they become allowed.")],
    "a new subdivision 4 ('NOTHING IN SUBDIVISION TWO ... SHALL PROHIBIT ... NOTIFYING ... OF THE RELEASE DATE AND TIME of a person described in (B) or (C)') added.")
add("E", "modal_change",
    [("MAY THEREAFTER DETAIN SUCH PERSON", "SHALL THEREAFTER DETAIN SUCH PERSON")],
    [ch("MAY THEREAFTER DETAIN SUCH PERSON", "SHALL THEREAFTER DETAIN SUCH PERSON", E, ["detainers_holds"], "Holding a person on a detainer in the listed cases turns from an option into a duty.")],
    "'MAY THEREAFTER DETAIN' -> 'SHALL THEREAFTER DETAIN' in subdivision 1.")
add("E", "cross_clause",
    [("2. EXCEPT TO THE EXTENT THAT DISCLOSURE IS REQUIRED BY FEDERAL LAW,", "2. EXCEPT TO THE EXTENT THAT DISCLOSURE IS REQUIRED BY FEDERAL LAW, OR CONCERNS A PERSON WHO MAY BE DETAINED PURSUANT TO SUBDIVISION ONE OF THIS SECTION,")],
    [ch("", "OR CONCERNS A PERSON WHO MAY BE DETAINED PURSUANT TO SUBDIVISION ONE OF THIS SECTION,", E, ["information_sharing", "detainers_holds"], "Information about anyone who falls under a detainer ground in subdivision 1 may now be given to immigration authorities.")],
    "the opening exception of subdivision 2 extended to persons who may be detained under subdivision 1.")
# ---- 319-F
add("F", "exception_removed",
    [("ANY OFFICE OR QUARTERS IN ANY BUILDING OR FACILITY OR ANY LAND OWNED, LEASED OR OPERATED BY A STATE OR LOCAL LAW ENFORCEMENT AGENCY; PROVIDED, HOWEVER THAT THE FEDERAL EXECUTIVE OFFICE FOR IMMIGRATION REVIEW, PURSUANT TO AN OTHERWISE LAWFUL AGREEMENT WITH THE STATE DEPARTMENT OF CORRECTIONS AND COMMUNITY SUPERVISION, MAY MAKE USE OF OFFICES IN ONE OR MORE BUILDINGS OR FACILITIES OPERATED AS STATE CORRECTIONAL FACILITIES IN THIS STATE FOR THE PURPOSE OF CONDUCTING ADJUDICATORY HEARINGS INVOLVING ALLEGED VIOLATION OF FEDERAL IMMIGRATION LAW.", "ANY OFFICE OR QUARTERS IN ANY BUILDING OR FACILITY OR ANY LAND OWNED, LEASED OR OPERATED BY A STATE OR LOCAL LAW ENFORCEMENT AGENCY.")],
    [ch("PROVIDED, HOWEVER THAT THE FEDERAL EXECUTIVE OFFICE FOR IMMIGRATION REVIEW, PURSUANT TO AN OTHERWISE LAWFUL AGREEMENT WITH THE STATE DEPARTMENT OF CORRECTIONS AND COMMUNITY SUPERVISION, MAY MAKE USE OF OFFICES", "", L, ["ice_cooperation"], "Without the proviso, immigration hearings can no longer be held in state prison offices.")],
    "the proviso allowing the Executive Office for Immigration Review to use offices in state correctional facilities deleted from subdivision 4.")
add("F", "approval_added",
    [("ONLY WITH KNOWING AND VOLUNTARY WRITTEN CONSENT OF THE INDIVIDUAL AND,", "ONLY WITH KNOWING AND VOLUNTARY WRITTEN CONSENT OF THE INDIVIDUAL, WITH THE WRITTEN APPROVAL OF THE SHERIFF OR CHIEF ADMINISTRATOR OF THE FACILITY AND,")],
    [ch("", "WITH THE WRITTEN APPROVAL OF THE SHERIFF OR CHIEF ADMINISTRATOR OF THE FACILITY", L, ["ice_cooperation", "supervisor_approval"], "A consented interview with federal agents now also needs the written approval of the sheriff or facility head, narrowing the exception.")],
    "the written approval of the sheriff or chief administrator of the facility added as a further condition in subdivision 2.")
add("F", "approval_removed_or_weakened",
    [("WRITTEN CONSENT OF THE INDIVIDUAL AND, IF REPRESENTED BY COUNSEL, WRITTEN AUTHORIZATION BY SUCH COUNSEL, PROVIDED THAT", "WRITTEN CONSENT OF THE INDIVIDUAL, PROVIDED THAT")],
    [ch("AND, IF REPRESENTED BY COUNSEL, WRITTEN AUTHORIZATION BY SUCH COUNSEL", "", E, ["ice_cooperation"], "A represented person's interview with federal agents no longer needs the lawyer's written authorization, so the exception opens wider.")],
    "'AND, IF REPRESENTED BY COUNSEL, WRITTEN AUTHORIZATION BY SUCH COUNSEL' deleted from subdivision 2.")
add("F", "scope_change",
    [("WITH ACCESS TO AN INDIVIDUAL IN SUCH LAW ENFORCEMENT AGENCY'S CUSTODY OR CONTROL.", "WITH ACCESS TO AN INDIVIDUAL IN SUCH LAW ENFORCEMENT AGENCY'S CUSTODY OR CONTROL, OR TO ANY NON-PUBLIC AREA OF A BUILDING OR FACILITY OPERATED BY SUCH AGENCY, OR TO ANY DATABASE MAINTAINED BY SUCH AGENCY.")],
    [ch("", "OR TO ANY NON-PUBLIC AREA OF A BUILDING OR FACILITY OPERATED BY SUCH AGENCY, OR TO ANY DATABASE MAINTAINED BY SUCH AGENCY.", L, ["ice_cooperation", "information_sharing"], "The access ban now also covers non-public areas and agency databases.")],
    "subdivision 1 extended to non-public areas of agency buildings and agency databases.")
# ---- 319-A
add("A", "exception_added",
    [("FOR ANY PURPOSE OTHER THAN VERIFYING ELIGIBILITY, CONTINUED ELIGIBILITY, OR UPON RECERTIFICATION.", "FOR ANY PURPOSE OTHER THAN VERIFYING ELIGIBILITY, CONTINUED ELIGIBILITY, OR UPON RECERTIFICATION, EXCEPT THAT SUCH INFORMATION MAY BE DISCLOSED TO A FEDERAL IMMIGRATION AUTHORITY UPON ITS WRITTEN REQUEST WHERE THE PERSON IS THE SUBJECT OF A FINAL ORDER OF REMOVAL.")],
    [ch("", "EXCEPT THAT SUCH INFORMATION MAY BE DISCLOSED TO A FEDERAL IMMIGRATION AUTHORITY UPON ITS WRITTEN REQUEST WHERE THE PERSON IS THE SUBJECT OF A FINAL ORDER OF REMOVAL.", E, ["information_sharing", "access_to_services"], "Benefit applicants' status data may now be handed to immigration authorities in removal-order cases.")],
    "an exception allowing disclosure to a federal immigration authority on written request where the person has a final order of removal added at the end of subdivision 1.")
add("A", "rule_added",
    [("PROVIDED AT NO COST OR EXPENSE TO SUCH PERSON.", "PROVIDED AT NO COST OR EXPENSE TO SUCH PERSON.\n\n4. NO STATE OR LOCAL AGENCY, OR AGENT THEREOF, SHALL REQUIRE A PERSON TO PRODUCE A PASSPORT, PERMANENT RESIDENT CARD, VISA OR OTHER IMMIGRATION DOCUMENT AS A CONDITION OF RECEIVING ANY BENEFIT, ASSISTANCE OR SERVICE, EXCEPT WHERE EXPLICITLY REQUIRED BY STATE OR FEDERAL LAW FOR THE PURPOSE OF VERIFYING ELIGIBILITY.")],
    [ch("", "4. NO STATE OR LOCAL AGENCY, OR AGENT THEREOF, SHALL REQUIRE A PERSON TO PRODUCE A PASSPORT, PERMANENT RESIDENT CARD, VISA OR OTHER IMMIGRATION DOCUMENT AS A CONDITION OF RECEIVING ANY BENEFIT, ASSISTANCE OR SERVICE", L, ["document_requests", "access_to_services"], "A new subdivision bars demanding immigration documents for services unless the law requires it.")],
    "a new subdivision 4 forbidding demands for passports, permanent resident cards, visas or other immigration documents as a condition of services added.")
add("A", "neutral_rewrite",
    [("2. NOTWITHSTANDING THE PROVISIONS OF SUBDIVISION ONE OF THIS SECTION, LIMITED INQUIRY OF SUCH INFORMATION CONCERNING THE RELEVANT PERSON MAY BE MADE WHEN", "2. SUBDIVISION ONE OF THIS SECTION SHALL NOT BAR A LIMITED INQUIRY OF SUCH INFORMATION CONCERNING THE RELEVANT PERSON WHEN"),
     ("SHALL BE ENTITLED TO THE ASSISTANCE OF A NEUTRAL AND QUALIFIED INTERPRETER OR TRANSLATOR, AS THE CASE MAY BE, WITH RESPECT TO SUCH INQUIRY,", "SHALL HAVE THE RIGHT TO A NEUTRAL AND QUALIFIED INTERPRETER OR TRANSLATOR, AS APPROPRIATE, FOR SUCH INQUIRY,")],
    [ch("NOTWITHSTANDING THE PROVISIONS OF SUBDIVISION ONE OF THIS SECTION, LIMITED INQUIRY OF SUCH INFORMATION CONCERNING THE RELEVANT PERSON MAY BE MADE WHEN", "SUBDIVISION ONE OF THIS SECTION SHALL NOT BAR A LIMITED INQUIRY OF SUCH INFORMATION CONCERNING THE RELEVANT PERSON WHEN", N, ["status_inquiry"], "The same exception for inquiries made for the person's benefit, phrased as a negative instead of 'notwithstanding'."),
     ch("SHALL BE ENTITLED TO THE ASSISTANCE OF A NEUTRAL AND QUALIFIED INTERPRETER OR TRANSLATOR, AS THE CASE MAY BE, WITH RESPECT TO SUCH INQUIRY,", "SHALL HAVE THE RIGHT TO A NEUTRAL AND QUALIFIED INTERPRETER OR TRANSLATOR, AS APPROPRIATE, FOR SUCH INQUIRY,", N, ["access_to_services"], "The interpreter right is unchanged; only the wording differs.")],
    "subdivision 2's 'NOTWITHSTANDING ... MAY BE MADE' recast as 'SUBDIVISION ONE ... SHALL NOT BAR'; subdivision 3's interpreter clause reworded.")
# ---- definitions
add("DEF", "definition_change",
    [("OR A FEDERAL MAGISTRATE JUDGE SERVING BY APPOINTMENT PURSUANT TO 28 U.S.C. § 631,", "OR A FEDERAL MAGISTRATE JUDGE SERVING BY APPOINTMENT PURSUANT TO 28 U.S.C. § 631, OR AN IMMIGRATION JUDGE OF THE EXECUTIVE OFFICE FOR IMMIGRATION REVIEW,")],
    [ch("", "OR AN IMMIGRATION JUDGE OF THE EXECUTIVE OFFICE FOR IMMIGRATION REVIEW,", E, ["detainers_holds"], "Counting immigration judges' orders as 'judicial warrants' widens the warrant ground on which detainers may be honoured under the article.")],
    "'OR AN IMMIGRATION JUDGE OF THE EXECUTIVE OFFICE FOR IMMIGRATION REVIEW,' added to the definition of 'JUDICIAL WARRANT' (8).")
add("DEF", "definition_change",
    [("WHO IS CHARGED WITH ENFORCEMENT OF THE PROVISIONS OF ANY FEDERAL IMMIGRATION LAW.", "WHO IS CHARGED WITH ENFORCEMENT OF THE PROVISIONS OF ANY FEDERAL IMMIGRATION LAW, AND ANY STATE OR LOCAL OFFICER WHILE EXERCISING IMMIGRATION ENFORCEMENT FUNCTIONS UNDER AN AGREEMENT PURSUANT TO 8 U.S.C. § 1357(G).")],
    [ch("", "AND ANY STATE OR LOCAL OFFICER WHILE EXERCISING IMMIGRATION ENFORCEMENT FUNCTIONS UNDER AN AGREEMENT PURSUANT TO 8 U.S.C. § 1357(G).", L, ["information_sharing", "raids_joint_operations"], "The article's bans on sharing with and giving access to 'federal immigration authorities' now also reach 287(g) officers.")],
    "state or local officers exercising 287(g) functions added to the definition of 'FEDERAL IMMIGRATION AUTHORITY' (5).")
add("DEF", "restated",
    [("SHALL MEAN ANY AGENCY THAT IS EMPOWERED BY LAW TO CONDUCT AN INVESTIGATION OR MAKE AN ARREST FOR A CRIME OR OFFENSE,", "SHALL MEAN ANY AGENCY THAT HAS LEGAL AUTHORITY TO INVESTIGATE OR TO ARREST FOR A CRIME OR OFFENSE,"),
     ("SHALL MEAN IMMIGRATION STATUS, LAWFUL OR UNLAWFUL, OF AN INDIVIDUAL UNDER THE LAWS AND REGULATIONS OF THE UNITED STATES OF AMERICA.", "SHALL MEAN THE LAWFUL OR UNLAWFUL IMMIGRATION STATUS OF AN INDIVIDUAL UNDER THE LAWS AND REGULATIONS OF THE UNITED STATES.")],
    [ch("SHALL MEAN ANY AGENCY THAT IS EMPOWERED BY LAW TO CONDUCT AN INVESTIGATION OR MAKE AN ARREST FOR A CRIME OR OFFENSE,", "SHALL MEAN ANY AGENCY THAT HAS LEGAL AUTHORITY TO INVESTIGATE OR TO ARREST FOR A CRIME OR OFFENSE,", N, ["enforcement_authority"], "The same agencies are covered; only the phrasing differs."),
     ch("SHALL MEAN IMMIGRATION STATUS, LAWFUL OR UNLAWFUL, OF AN INDIVIDUAL UNDER THE LAWS AND REGULATIONS OF THE UNITED STATES OF AMERICA.", "SHALL MEAN THE LAWFUL OR UNLAWFUL IMMIGRATION STATUS OF AN INDIVIDUAL UNDER THE LAWS AND REGULATIONS OF THE UNITED STATES.", N, ["status_inquiry"], "Word order changed; the definition covers the same status.")],
    "definitions 9 ('LAW ENFORCEMENT AGENCY', first clause) and 7 ('IMMIGRATION STATUS') reworded without change of meaning.")
# ---- S1457
add("DIG", "list_item_added",
    [("IN SECTION 260.24 OF THE PENAL LAW.", "IN SECTION 260.24 OF THE PENAL LAW; 11. CRIMINAL CONTEMPT IN THE SECOND DEGREE AS DEFINED IN SECTION 215.50 OF THE PENAL LAW; 12. CRIMINAL MISCHIEF IN THE FOURTH DEGREE AS DEFINED IN SECTION 145.00 OF THE PENAL LAW.")],
    [ch("", "11. CRIMINAL CONTEMPT IN THE SECOND DEGREE AS DEFINED IN SECTION 215.50 OF THE PENAL LAW; 12. CRIMINAL MISCHIEF IN THE FOURTH DEGREE", E, ["detainers_holds"], "Two more misdemeanors in the exception list mean more people may be held for immigration violations.")],
    "items 11 (criminal contempt 2nd degree) and 12 (criminal mischief 4th degree) added to the list of disqualifying misdemeanors.")
add("DIG", "list_item_removed",
    [("SECTION 260.10 OF THE PENAL LAW; 10. ENDANGERING THE WELFARE OF AN INCOMPETENT OR PHYSICALLY DISABLED PERSON IN THE SECOND DEGREE AS DEFINED IN SECTION 260.24 OF THE PENAL LAW.", "SECTION 260.10 OF THE PENAL LAW.")],
    [ch("10. ENDANGERING THE WELFARE OF AN INCOMPETENT OR PHYSICALLY DISABLED PERSON IN THE SECOND DEGREE AS DEFINED IN SECTION 260.24 OF THE PENAL LAW.", "", L, ["detainers_holds"], "One fewer misdemeanor in the exception list narrows who may be detained for immigration violations.")],
    "item 10 (endangering the welfare of an incompetent or physically disabled person) deleted from the list.")
add("DIG", "exception_changed",
    [("CONVICTED WITHIN THE PAST FIVE YEARS OF ANY OF THE FOLLOWING MISDEMEANORS", "CONVICTED WITHIN THE PAST THREE YEARS OF ANY OF THE FOLLOWING MISDEMEANORS")],
    [ch("CONVICTED WITHIN THE PAST FIVE YEARS", "CONVICTED WITHIN THE PAST THREE YEARS", L, ["detainers_holds"], "A shorter look-back period narrows the misdemeanor exception to the ban on immigration detention.")],
    "look-back period of the misdemeanor exception cut from five to three years.")
add("DIG", "scope_change",
    [("SHALL NOT DETAIN PERSONS OTHERWISE ELIGIBLE FOR RELEASE FROM CUSTODY", "SHALL NOT DETAIN, OR TRANSFER TO THE CUSTODY OF A FEDERAL IMMIGRATION AUTHORITY, PERSONS OTHERWISE ELIGIBLE FOR RELEASE FROM CUSTODY")],
    [ch("", "OR TRANSFER TO THE CUSTODY OF A FEDERAL IMMIGRATION AUTHORITY,", L, ["detainers_holds", "ice_cooperation"], "The prohibition now also covers handing the person over to immigration authorities, not only holding them.")],
    "'OR TRANSFER TO THE CUSTODY OF A FEDERAL IMMIGRATION AUTHORITY,' added to the prohibition.")
add("DIG", "reparagraphed",
    [("OF ANY OF THE FOLLOWING MISDEMEANORS: 1.", "OF ANY OF THE FOLLOWING MISDEMEANORS:\n\n1."),
     ("120.00 OF THE PENAL LAW; 2.", "120.00 OF THE PENAL LAW;\n\n2."), ("120.20 OF THE PENAL LAW; 3.", "120.20 OF THE PENAL LAW;\n\n3."),
     ("130.20 OF THE PENAL LAW; 4.", "130.20 OF THE PENAL LAW;\n\n4."), ("130.52 OF THE PENAL LAW; 5.", "130.52 OF THE PENAL LAW;\n\n5."),
     ("130.60 OF THE PENAL LAW; 6.", "130.60 OF THE PENAL LAW;\n\n6."), ("195.06 OF THE PENAL LAW; 7.", "195.06 OF THE PENAL LAW;\n\n7."),
     ("195.12 OF THE PENAL LAW; 8.", "195.12 OF THE PENAL LAW;\n\n8."), ("135.05 OF THE PENAL LAW; 9.", "135.05 OF THE PENAL LAW;\n\n9."),
     ("260.10 OF THE PENAL LAW; 10.", "260.10 OF THE PENAL LAW;\n\n10.")],
    [ch("MISDEMEANORS: 1. ASSAULT", "MISDEMEANORS:\n\n1. ASSAULT", N, ["detainers_holds"], "The list is set out one item per paragraph; no words change."),
     ch("260.10 OF THE PENAL LAW; 10.", "260.10 OF THE PENAL LAW;\n\n10.", N, ["detainers_holds"], "Same items, new paragraph breaks only.")],
    "the run-in list of ten misdemeanors split into separate paragraphs, one per item; no words changed.")
# ---- S9613
add("NY96", "list_item_added",
    [("2. THE STATE OFFICER OR EMPLOYEE IS REQUIRED BY LAW TO INQUIRE ABOUT SUCH INDIVIDUAL'S STATUS.", "2. THE STATE OFFICER OR EMPLOYEE IS REQUIRED BY LAW TO INQUIRE ABOUT SUCH INDIVIDUAL'S STATUS; OR\n\n3. A FEDERAL IMMIGRATION AUTHORITY HAS REQUESTED IN WRITING THAT SUCH STATUS BE DETERMINED."),
     ("PROVISION OF A SERVICE; OR", "PROVISION OF A SERVICE;")],
    [ch("", "3. A FEDERAL IMMIGRATION AUTHORITY HAS REQUESTED IN WRITING THAT SUCH STATUS BE DETERMINED.", E, ["status_inquiry", "ice_cooperation"], "A new item under 'unless' lets state employees ask about status whenever immigration authorities request it.")],
    "item 3 (written request of a federal immigration authority) added to the exceptions in section 2; 'OR' moved.")
add("NY96", "modal_change",
    [("3. LAW ENFORCEMENT OFFICERS SHALL NOT USE RESOURCES, EQUIPMENT OR PERSONNEL", "3. LAW ENFORCEMENT OFFICERS SHOULD NOT, AS A MATTER OF PRIORITY, USE RESOURCES, EQUIPMENT OR PERSONNEL")],
    [ch("SHALL NOT USE RESOURCES", "SHOULD NOT, AS A MATTER OF PRIORITY, USE RESOURCES", E, ["enforcement_authority"], "A binding ban on using police resources to catch civil immigration violators becomes a non-binding priority.")],
    "'SHALL NOT USE' -> 'SHOULD NOT, AS A MATTER OF PRIORITY, USE' in section 4, subdivision 3.")
add("NY96", "double_negation",
    [(" NOTHING IN THIS ARTICLE SHALL RESTRICT LAW ENFORCEMENT OFFICERS FROM SEEKING DOCUMENTS FOR THE PURPOSE OF IDENTIFICATION FOLLOWING ARREST.", "")],
    [ch("NOTHING IN THIS ARTICLE SHALL RESTRICT LAW ENFORCEMENT OFFICERS FROM SEEKING DOCUMENTS FOR THE PURPOSE OF IDENTIFICATION FOLLOWING ARREST.", "", L, ["document_requests"], "Deleting the 'nothing shall restrict' saving clause removes the express permission to demand documents after arrest, leaving such demands subject to the bans.")],
    "the saving sentence 'NOTHING IN THIS ARTICLE SHALL RESTRICT ... SEEKING DOCUMENTS FOR THE PURPOSE OF IDENTIFICATION FOLLOWING ARREST.' deleted from section 4, subdivision 1.")
add("NY96", "restated",
    [("2. SUCH PROHIBITION AGAINST INQUIRING INTO STATUS INCLUDES, BUT IS NOT LIMITED TO, WHEN AN INDIVIDUAL APPROACHES A LAW ENFORCEMENT OFFICER SEEKING ASSISTANCE,", "2. THE PROHIBITION IN SUBDIVISION ONE OF THIS SECTION APPLIES, AMONG OTHER CASES, WHEN AN INDIVIDUAL SEEKS ASSISTANCE FROM A LAW ENFORCEMENT OFFICER,")],
    [ch("SUCH PROHIBITION AGAINST INQUIRING INTO STATUS INCLUDES, BUT IS NOT LIMITED TO, WHEN AN INDIVIDUAL APPROACHES A LAW ENFORCEMENT OFFICER SEEKING ASSISTANCE,", "THE PROHIBITION IN SUBDIVISION ONE OF THIS SECTION APPLIES, AMONG OTHER CASES, WHEN AN INDIVIDUAL SEEKS ASSISTANCE FROM A LAW ENFORCEMENT OFFICER,", N, ["status_inquiry"], "The same non-exhaustive list of situations covered by the inquiry ban, reworded.")],
    "section 4, subdivision 2 reworded without change of meaning.")
add("NY96", "exception_removed",
    [(" NOTWITHSTANDING SUCH PROHIBITION, THIS ARTICLE SHALL NOT PROHIBIT, OR IN ANY WAY RESTRICT, ANY STATE EMPLOYEE FROM SENDING TO, OR RECEIVING FROM, FEDERAL IMMIGRATION AUTHORITIES, INFORMATION REGARDING THE CITIZENSHIP OR IMMIGRATION STATUS, LAWFUL OR UNLAWFUL, OF ANY INDIVIDUAL, AS REQUIRED BY LAW.", ""),
     ("§ 4. 1. NO LAW ENFORCEMENT OFFICERS SHALL INQUIRE", "§ 4. 1. NO LAW ENFORCEMENT OFFICER SHALL INQUIRE")],
    [ch("NOTWITHSTANDING SUCH PROHIBITION, THIS ARTICLE SHALL NOT PROHIBIT, OR IN ANY WAY RESTRICT, ANY STATE EMPLOYEE FROM SENDING TO, OR RECEIVING FROM, FEDERAL IMMIGRATION AUTHORITIES, INFORMATION REGARDING THE CITIZENSHIP OR IMMIGRATION STATUS", "", N, ["information_sharing"], "The deleted sentence only saved exchanges 'as required by law', which the first sentence of section 3 already allows ('unless required by law'), so the rule is unchanged."),
     ch("NO LAW ENFORCEMENT OFFICERS SHALL INQUIRE", "NO LAW ENFORCEMENT OFFICER SHALL INQUIRE", N, ["status_inquiry"], "Singular for plural; same prohibition.")],
    "the second sentence of section 3 (saving clause for exchanges of status information 'as required by law') deleted; 'OFFICERS' -> 'OFFICER' in section 4(1).")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs")
for p in P: print(p["id"], p["situation"], p["label"], len(p["old"]), len(p["new"]))
