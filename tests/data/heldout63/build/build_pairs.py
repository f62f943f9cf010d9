import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

SRC = {
 "MN3": ("Minnesota North STAR Act bill text (2024 version; the act was then pending as H.F. 3459 / S.F. 3516 according to press reports, "
         "the attachment's file number is not in the stored copy), section 1, page 3 lines 3.3-3.19 "
         "(paragraphs (c)-(d) of the subdivision before subd. 3, then subd. 3(a) stem and clause (1)), verbatim from the bill copy in the Pequot Lakes (MN) City Council agenda "
         "packet of 03-04-2024, item 10.6 'North Star Act Resolution', https://mail.pequotlakes-mn.gov/WebLink/0/doc/31709/Page9.aspx "
         "(line numbers and <br /> tags removed; the stored copy breaks off inside clause (2), so the text stops after clause (1))"),
 "KY213": ("Kentucky House Bill 213 (2025 Regular Session, 25 RS BR 1026, introduced 1/10/2025; sponsors incl. Rep. T.J. Roberts), title, "
           "enacting clause and Section 1(1)(a)-(f)1.b., verbatim from https://app.legiplex.com/ky/legislature/2025/2025-r/bills/hb213/drafts-latest "
           "(line numbers and page headers removed; the stored copy breaks off after sub-item b., before the closing words of item 1 "
           "'to verify or report the immigration status of a person ...', so the text stops at b.)"),
 "KY344": ("Kentucky House Bill 344 (2025 Regular Session, 25 RS BR 875, introduced 2/3/2025, Reps. Bauman, Roberts et al.), title, enacting "
           "clause and Section 1 definitions (1)-(3) stem, verbatim from https://app.legiplex.com/ky/legislature/2025/2025-r/bills/hb344/drafts-latest "
           "(line numbers removed, curly apostrophes straightened; the stored copy breaks off inside (3)(a), so the text stops at the stem "
           "'deemed facially sufficient if:')"),
 "AL7": ("Alabama House Bill 7 (2025 Regular Session, 'Laken Riley Act', Reps. Yarbrough et al.), engrossed version filed 04/17/2025, title, "
         "enacting clause, Sections 1-2, Sec. 31-13-50 and Sec. 31-13-51(1)-(2), verbatim from "
         "https://app.legiplex.com/al/legislature/2025/2025-r/bills/hb7/drafts-latest (line numbers and page headers removed; the stored "
         "copy breaks off inside definition (3), so the text stops after (2))"),
 "MS538": ("Mississippi House Bill 538 (2026 Regular Session, Rep. Yancey, as introduced; passed the House Feb. 2026), heading, title, enacting "
           "clause and amending line of Section 1, verbatim from http://billstatus.ls.state.ms.us/documents/2026/html/HB/0500-0599/HB0538IN.htm "
           "(the amended text of Sec. 25-1-119(1) that follows was used by an earlier set and is not included here)"),
}
SRC["MI_HB4879_2023"] = ("Michigan House Bill 4879 (2023-2024 session, introduced June 28, 2023 by Reps. Cavitt et al., 'local government sanctuary "
    "policy prohibition act'), title, enacting clause and Secs. 1-5, verbatim from "
    "https://fastdemocracy.com/bill-summary/?billsummary_id=MIB00023392&billsummary_session=2023-2024&billsummary_state=mi (line numbers and page code "
    "removed; the stored copy breaks off inside Sec. 7, so the text stops after Sec. 5)")
SRC["MI_HB4090_2019"] = ("Michigan House Bill 4090 (2019-2020 session, introduced Jan. 24, 2019 by Reps. LaFave, Hornberger et al., 'county sanctuary "
    "policy prohibition act'), title, enacting clause and Secs. 1-7, verbatim from "
    "https://legiscan.com/MI/text/HB4090/id/1870378/Michigan-2019-HB4090-Introduced.html (the stored copy breaks off inside Sec. 9, so the text stops after Sec. 7)")

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []
def add(src, situation, edits, what):
    """edits: list of (find, replace, label, topics, why); quote_old=find, quote_new=replace."""
    old = getattr(T, src)
    new = apply(old, [(f, r) for f, r, *_ in edits])
    ch = [{"quote_old": f, "quote_new": r, "label": lab, "topics": tp, "why": why} for f, r, lab, tp, why in edits]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    P.append({"id": None, "situation": situation, "old": old, "new": new, "changes": ch, "label": pair_label(ch),
              "topics": tops, "source": "CONSTRUCTED: OLD = real text, " + SRC[src] + ". NEW = OLD with an edit written for this set: " + what})


# ---------------- GENUINE pairs (Michigan, successive bills on the same act) ----------------
G = []
def add_genuine(old, new, situation, changes, source):
    ch = [{"quote_old": f, "quote_new": r, "label": lab, "topics": tp, "why": why} for f, r, lab, tp, why in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    G.append({"id": None, "situation": situation, "old": old, "new": new, "changes": ch, "label": pair_label(ch),
              "topics": tops, "source": source})

from genuine_pairs import register
register(add_genuine, T, L, E, N)

# ---------------- MN3 (protective: prohibitions on government units) ----------------
add("MN3", "exception_added", [
 ("a judicial warrant, or other court order;",
  "a judicial warrant, or other court order, or to provide the scheduled release date of an individual convicted of a crime of violence;",
  E, ["information_sharing", "ice_cooperation"],
  "A new exception lets units give ICE release dates of people convicted of violent crimes, which the prohibition used to bar.")],
 "an exception for release dates of persons convicted of a crime of violence added at the end of subd. 3(a)(1).")

add("MN3", "exception_removed", [
 ("except as required by state or federal law, a judicial warrant, or other court order;",
  "except as required by federal law;",
  L, ["information_sharing"],
  "Disclosure for civil immigration enforcement is now allowed only where federal law requires it, not under state law or on a warrant or court order.")],
 "the exceptions for state law, a judicial warrant and a court order deleted from subd. 3(a)(1), leaving only federal law.")

add("MN3", "scope_change", [
 ("if the data or information will be used for civil immigration enforcement",
  "if the data or information will or may be used for civil immigration enforcement",
  L, ["information_sharing"],
  "The ban now covers disclosures that merely may be used for civil immigration enforcement, not only those that will be.")],
 "'will be used' widened to 'will or may be used' in subd. 3(a)(1).")

add("MN3", "restated", [
 ("(d) Nothing in this section is intended to hinder, obstruct, or prevent the cooperation between the state and the federal government for purposes of detection, investigation, or enforcement of criminal activity.",
  "(d) This section does not hinder, obstruct, or prevent cooperation between the state and the federal government to detect, investigate, or enforce criminal activity.",
  N, ["ice_cooperation"],
  "The criminal-cooperation saving clause is reworded without changing what it saves.")],
 "paragraph (d) reworded with the same meaning.")

add("MN3", "cross_clause", [
 ("for purposes of detection, investigation, or enforcement of criminal activity.",
  "for purposes of detection, investigation, or enforcement of criminal activity, or for purposes of responding to a request from a federal immigration authority concerning an individual in the custody of a government unit.",
  E, ["ice_cooperation", "information_sharing"],
  "The saving clause in (d) now shields responses to ICE requests about people in custody from the restrictions in subd. 3.")],
 "the saving clause in paragraph (d) extended to responses to federal immigration requests about persons in custody (the restriction it qualifies sits in subd. 3).")

add("MN3", "mixed", [
 ("(1) disclose, distribute, disseminate, or allow for the disclosure,",
  "(1) allow any federal immigration authority to access a database maintained by the unit, or disclose, distribute, disseminate, or allow for the disclosure,",
  L, ["information_sharing"],
  "Database access by immigration authorities is added to the things the unit may not allow."),
 ("a judicial warrant, or other court order;",
  "a judicial warrant, or other court order, or with the written approval of the head of the government unit;",
  E, ["information_sharing", "supervisor_approval"],
  "The head of the unit can now approve disclosures the clause otherwise forbids.")],
 "database access added to the prohibited acts in subd. 3(a)(1), and an exception for disclosures approved in writing by the head of the unit added.")









# ---------------- KY213 (anti-sanctuary) ----------------
add("KY213", "list_item_removed", [
 ("2. A sheriff's office;\n\n3. County jails operating pursuant to KRS Chapter 441; and\n\n4. Metropolitan",
  "2. A sheriff's office; and\n\n3. Metropolitan",
  L, ["detainers_holds", "ice_cooperation"],
  "County jails drop out of 'local law enforcement agency', so the ban on sanctuary policies no longer reaches them.")],
 "item 3 (county jails under KRS Chapter 441) deleted from (1)(b) and item 4 renumbered 3.")

add("KY213", "scope_change", [
 ("whether written or unwritten, that:",
  "that is formally adopted in writing, that:",
  L, ["ice_cooperation"],
  "Unwritten practices of non-cooperation are no longer 'sanctuary policies' and so are no longer banned.")],
 "'whether written or unwritten' narrowed to 'formally adopted in writing' in the definition of 'sanctuary policy' (f).")

add("KY213", "list_item_added", [
 ("or agencies or officers of another state; or\n\nb. Any other local law enforcement official or local employee;",
  "or agencies or officers of another state;\n\nb. Any other local law enforcement official or local employee; or\n\nc. Officers of a local law enforcement agency acting under an agreement entered into pursuant to 8 U.S.C. sec. 1357(g);",
  E, ["ice_cooperation", "raids_joint_operations"],
  "A policy limiting cooperation with 287(g)-deputized officers now also counts as a banned sanctuary policy.")],
 "a sub-item c. (officers acting under a 287(g) agreement) added under (f)1.; the 'or' moved.")

add("KY213", "definition_change", [
 ("consolidated local government or unified local government;",
  "consolidated local government or unified local government, or any board, commission, department, or special district thereof;",
  E, ["ice_cooperation"],
  "More local bodies fall under the sanctuary-policy ban.")],
 "boards, commissions, departments and special districts added to the definition of 'Local government' (d).")

add("KY213", "definition_change", [
 ("who is not otherwise a local law enforcement official, and a person who is employed by a local government who is not otherwise a public official;",
  "who is not otherwise a local law enforcement official;",
  L, ["ice_cooperation", "information_sharing"],
  "General local-government employees drop out of 'local employee', so policies restricting their cooperation with ICE are no longer banned.")],
 "local-government employees (outside law enforcement) deleted from the definition of 'Local employee' (a).")

add("KY213", "restated", [
 ("means an elected or appointed officer, or peace officer, who oversees or serves within a local law enforcement agency;",
  "means an elected or appointed officer or a peace officer who oversees or serves within a local law enforcement agency;",
  N, ["ice_cooperation"],
  "Punctuation and article only; the same officials are covered.")],
 "definition (c) reworded with the same meaning.")

add("KY213", "list_item_added", [
 ("3. County jails operating pursuant to KRS Chapter 441; and\n\n4. Metropolitan correctional services departments operating under KRS Chapter 67B;",
  "3. County jails operating pursuant to KRS Chapter 441;\n\n4. Metropolitan correctional services departments operating under KRS Chapter 67B; and\n\n5. A police department of a public postsecondary education institution;",
  E, ["ice_cooperation"],
  "Campus police departments are now bound by the ban on sanctuary policies."),
 ("and a person who is employed by a local government who is not otherwise a public official;",
  "and a person who is employed by a local government or a public postsecondary education institution who is not otherwise a public official;",
  E, ["ice_cooperation", "information_sharing"],
  "Public college employees become 'local employees' whom a sanctuary policy may not restrict from cooperating with ICE.")],
 "a new item 5 (campus police of public postsecondary institutions) added to (1)(b), and their employees added to 'Local employee' (a).")

# ---------------- KY344 (anti-sanctuary) ----------------
add("KY344", "definition_change", [
 ("secs. 1226 and 1357 along with a warrant described in paragraph (b) of this subsection.",
  "secs. 1226 and 1357.",
  E, ["detainers_holds"],
  "A detainer no longer needs an accompanying warrant to count, so more holds fall under the Act's compliance duties.")],
 "'along with a warrant described in paragraph (b) of this subsection' deleted from the definition of 'Immigration detainer' (3).")

add("KY344", "definition_change", [
 ("means the United States Department of Justice, United States Department of Homeland Security,",
  "means the United States Department of Homeland Security,",
  L, ["ice_cooperation"],
  "The Department of Justice is no longer an agency local bodies must cooperate with under the Act."),
 ("United States Customs and Border Protection, and any other federal agency or successor agency charged with the enforcement of immigration law;",
  "and United States Customs and Border Protection;",
  L, ["ice_cooperation"],
  "The catch-all for other or successor immigration agencies is removed, narrowing whom the cooperation duties run to.")],
 "the Department of Justice and the catch-all for other or successor agencies deleted from 'Federal immigration agency' (2).")

add("KY344", "scope_change", [
 ("requires the defendant to be confined in a secure correctional facility and the record",
  "requires the defendant to be confined in a secure correctional facility or places the defendant on probation and the record",
  E, ["detainers_holds", "ice_cooperation"],
  "Probation cases now also count as 'applicable criminal cases', where the transfer-to-federal-custody duties apply.")],
 "probation sentences added to the definition of 'Applicable criminal case' (1).")

add("KY344", "neutral_rewrite", [
 ("As used in Sections 1 to 8 of this Act, unless context otherwise requires:",
  "Unless the context requires otherwise, as used in Sections 1 to 8 of this Act:",
  N, ["ice_cooperation"],
  "Word order only; the definitions apply to the same sections.")],
 "the stem of the definitions reworded with the same meaning.")

add("KY344", "exception_added", [
 ("along with a warrant described in paragraph (b) of this subsection.",
  "along with a warrant described in paragraph (b) of this subsection, but does not include a request concerning a person who is under eighteen (18) years of age.",
  L, ["detainers_holds"],
  "Requests about minors are no longer 'immigration detainers', so the Act's duties to honor them do not apply.")],
 "an exclusion for requests concerning persons under 18 added to the definition of 'Immigration detainer' (3).")

add("KY344", "approval_added", [
 ("means a facially sufficient written or electronic request issued by a federal immigration agency",
  "means a facially sufficient written or electronic request issued and signed by a supervisory immigration officer of a federal immigration agency",
  L, ["detainers_holds", "supervisor_approval"],
  "Only supervisor-signed requests now count as detainers that must be honored."),
 ("United States Customs and Border Protection, and any other",
  "United States Customs and Border Protection, United States Citizenship and Immigration Services, and any other",
  N, ["ice_cooperation"],
  "USCIS was already covered by the catch-all for other agencies charged with enforcing immigration law.")],
 "a supervisory-officer signature requirement added to 'Immigration detainer' (3); USCIS named in (2).")

# ---------------- AL7 (cooperation mandate) ----------------
add("AL7", "modal_change", [
 ("to allow state and local law enforcement agencies to enter into memorandums",
  "to require state and local law enforcement agencies to enter into memorandums",
  E, ["raids_joint_operations", "ice_cooperation"],
  "Entering into federal immigration-enforcement agreements becomes mandatory instead of optional.")],
 "'to allow' changed to 'to require' in the title clause on memorandums of understanding.")

add("AL7", "scope_change", [
 ("to require county and municipal jails to honor immigration detainer requests in certain circumstances;",
  "to require county and municipal jails to honor all immigration detainer requests;",
  E, ["detainers_holds"],
  "Jails must honor every detainer, not only those in defined circumstances.")],
 "'immigration detainer requests in certain circumstances' changed to 'all immigration detainer requests' in the title.")

add("AL7", "definition_change", [
 ("(1) FOREIGN NATIONAL. An individual who is not a citizen of the United States.",
  "(1) FOREIGN NATIONAL. An individual who is not a citizen or lawful permanent resident of the United States.",
  L, ["status_inquiry", "information_sharing"],
  "Green-card holders drop out of the foreign-national booking and reporting procedures.")],
 "lawful permanent residents excluded from the definition of 'Foreign national' in Sec. 31-13-51(1).")

add("AL7", "rule_removed", [
 ("to provide for procedures involving the arrest, detention, and transportation of illegal aliens; ",
  "",
  L, ["enforcement_authority", "detainers_holds"],
  "The bill no longer provides for arrest, detention and transport of people for immigration status.")],
 "the title clause on procedures for arrest, detention and transportation of illegal aliens deleted (as a drafter does when the matching section is dropped).")

add("AL7", "restated", [
 ("(2) ICE. United States Immigration and Customs Enforcement Division of the Department of Homeland Security.",
  "(2) ICE. The United States Immigration and Customs Enforcement agency within the United States Department of Homeland Security.",
  N, ["ice_cooperation"],
  "Same agency described in other words.")],
 "definition (2) reworded with the same meaning.")

add("AL7", "approval_added", [
 ("to allow state and local law enforcement agencies to enter into memorandums",
  "to allow state and local law enforcement agencies, with the approval of the governing body of the county or municipality, to enter into memorandums",
  L, ["raids_joint_operations", "supervisor_approval"],
  "Agencies now need county or city governing-body approval before signing immigration-enforcement agreements.")],
 "approval of the county or municipal governing body added to the title clause on memorandums of understanding.")

add("AL7", "reparagraphed", [
 ("§31-13-50\n\nThis act", "§31-13-50 This act", N, ["ice_cooperation"],
  "Section number and text joined on one line; same words.")],
 "the section number of Sec. 31-13-50 run into its first paragraph (paragraph break only).")

# ---------------- MS538 (anti-sanctuary) ----------------
add("MS538", "modal_change", [
 ("TO REQUIRE CERTAIN GOVERNMENT ENTITIES AND EMPLOYEES TO COOPERATE AND COMPLY",
  "TO AUTHORIZE CERTAIN GOVERNMENT ENTITIES AND EMPLOYEES TO COOPERATE AND COMPLY",
  L, ["ice_cooperation"],
  "A duty to cooperate with federal immigration enforcement becomes a mere permission.")],
 "'TO REQUIRE' changed to 'TO AUTHORIZE' in the title clause on cooperation.")

add("MS538", "list_item_added", [
 ("THAT LIMITS, RESTRICTS, BANS OR INTERFERES WITH THE ENFORCEMENT OF FEDERAL IMMIGRATION LAWS BY ANY PERSON;",
  "THAT LIMITS, RESTRICTS, BANS OR INTERFERES WITH THE ENFORCEMENT OF FEDERAL IMMIGRATION LAWS BY ANY PERSON, OR THAT DECLINES TO HONOR AN IMMIGRATION DETAINER;",
  E, ["detainers_holds"],
  "Policies of declining detainers are added to the banned sanctuary policies.")],
 "policies declining to honor immigration detainers added to what the title says the sanctuary ban includes.")

add("MS538", "mixed", [
 ("SHALL BE SUBJECT TO A WAIVER OF SOVEREIGN IMMUNITY IN ALL MATTERS RELATING TO VIOLATIONS OF THIS SECTION;",
  "SHALL BE SUBJECT TO A WAIVER OF SOVEREIGN IMMUNITY IN ALL MATTERS RELATING TO VIOLATIONS OF THIS SECTION; TO EXEMPT PUBLIC SCHOOLS, HOSPITALS AND PLACES OF WORSHIP FROM THE REQUIREMENTS OF THIS SECTION;",
  L, ["ice_cooperation", "access_to_services"],
  "Schools, hospitals and places of worship are relieved of the duty to cooperate with immigration enforcement."),
 ("TO AUTHORIZE THE ATTORNEY GENERAL TO INVESTIGATE AND PROSECUTE ANY VIOLATION OF THIS SECTION;",
  "TO REQUIRE THE ATTORNEY GENERAL TO INVESTIGATE AND PROSECUTE ANY VIOLATION OF THIS SECTION;",
  E, ["ice_cooperation"],
  "Enforcement against non-cooperating entities becomes mandatory for the Attorney General.")],
 "an exemption for schools, hospitals and places of worship added to the title, and the Attorney General's power to investigate made a duty.")


# ---------------- Michigan (anti-sanctuary), constructed ----------------
add("MI_HB4879_2023", "exception_added", [
 ("concerning the immigration status of an individual in this state. Any law,",
  "concerning the immigration status of an individual in this state. This section does not apply to a law, ordinance, policy, or rule that protects the confidentiality of information about a victim of or witness to a crime. Any law,",
  L, ["information_sharing", "ice_cooperation"],
  "Local rules shielding victims' and witnesses' information from federal immigration officials are now allowed.")],
 "an exception for rules protecting information about crime victims and witnesses added to Sec. 5.")

add("MI_HB4879_2023", "definition_change", [
 ("primarily funded by a city, village, township, or charter township.\n\n(c) An officer or official of a city, village, township, or charter township.",
  "primarily funded by a city, village, township, or charter township.",
  L, ["ice_cooperation"],
  "Individual officers' directives are no longer acts of a 'local unit of government', so the ban does not reach them.")],
 "item (c) (officers and officials) deleted from the definition of 'local unit of government' in Sec. 3.")

add("MI_HB4879_2023", "scope_change", [
 ("concerning the immigration status of an individual in this state. Any law,",
  "concerning the immigration status of an individual in this state, including by honoring a detainer request issued by United States Immigration and Customs Enforcement. Any law,",
  E, ["detainers_holds", "ice_cooperation"],
  "Local rules against honoring ICE detainers now also fall under the ban.")],
 "'including by honoring a detainer request issued by United States Immigration and Customs Enforcement' added to Sec. 5.")

add("MI_HB4090_2019", "list_item_added", [
 ("(c) An officer or official of a county.",
  "(c) An officer or official of a county.\n\n(d) The sheriff of a county and any jail operated by the sheriff.",
  E, ["detainers_holds", "ice_cooperation"],
  "Sheriffs and county jails are expressly brought under the ban on limiting cooperation with federal immigration officials.")],
 "a new item (d) (the sheriff and the county jail) added to the definition of 'county' in Sec. 3.")

add("MN3", "exception_to_exception", [
 ("except as required by state or federal law, a judicial warrant, or other court order;",
  "except as required by state or federal law, a judicial warrant, or other court order. An order of an immigration judge is not a court order for purposes of this clause;",
  L, ["information_sharing"],
  "Orders of immigration judges no longer fit the court-order exception, so the prohibition on disclosure covers more requests.")],
 "a sentence taking orders of immigration judges out of the court-order exception added at the end of subd. 3(a)(1).")

add("MN3", "exception_changed", [
 ("except as required by state or federal law,",
  "except as required or expressly authorized by state or federal law,",
  E, ["information_sharing", "ice_cooperation"],
  "Disclosures that federal law merely authorizes (not only those it requires) now escape the prohibition.")],
 "the exception in subd. 3(a)(1) widened from 'required' to 'required or expressly authorized' by state or federal law.")

add("MI_HB4090_2019", "modal_change", [
 ("the county shall bring that law, ordinance, policy, or rule into compliance with this act.",
  "the county may bring that law, ordinance, policy, or rule into compliance with this act.",
  L, ["ice_cooperation"],
  "The duty to repeal or amend existing non-cooperation rules becomes optional.")],
 "'shall bring' changed to 'may bring' in Sec. 7.")

add("MI_HB4090_2019", "neutral_rewrite", [
 ("Sec. 7. Not later than 60 days after the effective date of this act, if a county has an existing law, ordinance, policy, or rule that violates this act, the county shall bring that law, ordinance, policy, or rule into compliance with this act.",
  "Sec. 7. A county that, on the effective date of this act, has a law, ordinance, policy, or rule that violates this act shall bring that law, ordinance, policy, or rule into compliance with this act within 60 days after that date.",
  N, ["ice_cooperation"],
  "Same 60-day duty to bring existing rules into line, in other words.")],
 "Sec. 7 reworded with the same meaning.")

P = G + P
for i, p in enumerate(P):
    p["id"] = "KN-%02d" % (i + 1)
    # keys in required order
    P[i] = {k: p[k] for k in ["id", "situation", "old", "new", "changes", "label", "topics", "source"]}
    check(P[i])
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs written")
