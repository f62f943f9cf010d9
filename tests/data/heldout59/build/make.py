import json, os
from lib import apply, pair_label, check
from texts import *
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
def ch(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
P = []
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "KJ-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); P.append(p)

URL_T17 = "https://flsenate.gov/Session/Bill/2017/786/BillText/Filed/HTML (and www. copy)"
URL_T18 = "https://flsenate.gov/Session/Bill/2018/308/BillText/Filed/HTML"
URL_T19 = "https://legiscan.com/FL/text/S0170/2019 (and https://www.flsenate.gov/Session/Bill/2019/170/BillText/Filed/HTML)"
SRC_ST = "Florida Senate 2019, Senator Stewart's floor amendment 665568 to House Amendment 159253 to CS/CS/CS/SB 168 (1st Eng.), inserted text lines 5-29 (tail of proposed s. 908.102(4), (5), (6)(a)-(e); cut before (7), which breaks off in the stored copy), https://www.flsenate.gov/Session/Bill/2019/168/Amendment/665568/HTML"
SRC_LEE = "Florida Senate 2019, Senator Lee's floor amendment 418032 (2 May 2019) to Senate Amendment 406006 to House Amendment to CS/CS/CS/SB 168 (1st Eng.), inserted text lines 6-28 (the inserted text begins mid-sentence in proposed s. 908.102(6); then (7) and s. 908.103; cut before s. 908.104, which breaks off), https://www.flsenate.gov/Session/Bill/2019/168/Amendment/418032/HTML"
SRC_GR = "Florida Senate 2019, Senator Gruters' floor amendment 771258 to CS/CS/CS/SB 168, inserted text lines 5-26 (enforcement section, later s. 908.107(1)-(4)), https://www.flsenate.gov/Session/Bill/2019/168/Amendment/771258/HTML"
SRC_SI = "Florida Senate 2019, Judiciary Committee (Simmons) substitute amendment 941354 for amendment 246112 to SB 168 (withdrawn 21 Feb 2019), lines 6-22 (short title, s. 908.101, s. 908.102(1); cut before (2), which breaks off in the stored copy), https://flsenate.gov/Session/Bill/2019/168/Amendment/941354/HTML"
HB2470 = "Missouri HB 2470 (102nd General Assembly, 2nd Regular Session 2024, Rep. Dinkins, introduced, 5171H.01I; not enacted), text from LegiScan PDF https://legiscan.com/MO/text/HB2470 as extracted in GitHub IndigoW0lf/show-me-resistance-backend bills/mo/2024/HB2470_full_text.md (line numbers and page headers removed; words run together by the PDF extraction re-spaced)"
SB1520 = "Missouri SB 1520 (2024, introduced; not enacted), proposed s. 577.690, text from GitHub IndigoW0lf/show-me-resistance-backend bills/mo/2024/SB1520_full_text.md (LegiScan PDF extraction; line numbers and page headers removed)"
def C(base, what): return "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (base, what)

# ---------------- GENUINE ----------------
add("mixed", FL_T2017, FL_T2018, [
    ch("requiring state entities, local governmental entities, and law enforcement agencies to comply with and support the enforcement of federal immigration law; providing applicability; prohibiting", "requiring state entities, local governmental entities, and law enforcement agencies to comply with and support the enforcement of federal immigration law; prohibiting", N, ["ice_cooperation"], "Only the title's mention of an applicability section is dropped; the title does not say what that section did, so no change in the cooperation duty can be read from it."),
    ch("immigration status; providing applicability; providing requirements", "immigration status; providing requirements", N, ["information_sharing"], "Same as above for the information-sharing section: a bare 'providing applicability' entry removed from the title."),
    ch("providing that a person detained pursuant to an immigration detainer is not liable for detention expenses if the immigration detainer is found to be improperly issued; ", "", E, ["detainers_holds"], "The 2018 refiling drops the safeguard that a person held on an improperly issued detainer does not bear the detention costs, removing a check tied to detainer holds."),
    ch("providing implementation;", "", N, ["ice_cooperation"], "An implementation (timing) entry is dropped; it does not alter what local agencies must do."),
], "GENUINE: two successive filings of the same Florida bill (title as printed). OLD = Florida SB 786 (2017, Sen. Bean, filed), title lines 1-35 ending 'providing implementation;' (the stored copies break off at line 36), %s. NEW = Florida SB 308 (2018, Sen. Bean, filed), title lines 1-30 ending '...who report violations;' (cut there; the 2018 title continues with complaint, investigation and civil-penalty entries not in view of the OLD), %s. Neither bill was enacted; SB 168 (2019) was. Bill line numbers removed." % (URL_T17, URL_T18))

add("restated", FL_T2018, FL_T2019, [
    ch("transport an unauthorized alien under certain circumstances", "transport an alien unlawfully present in the United States under certain circumstances", N, ["enforcement_authority"], "The transport authority is the same; only the term for the person changes."),
    ch("requiring report of violations; providing penalties for failure to report a violation;", "requiring reports of violations; providing penalties for failure to report violations;", N, ["ice_cooperation"], "Singular/plural wording of the same reporting duty and penalty."),
    ch("creating ch. 908, F.S.,", "creating chapter 908, F.S.,", N, ["ice_cooperation"], "Abbreviation spelled out; no change in substance."),
], "GENUINE: two successive filings of the same Florida bill (title as printed). OLD = Florida SB 308 (2018, Sen. Bean, filed), title lines 1-29, %s. NEW = Florida SB 170 (2019, Sen. Bean, filed; died in Judiciary when companion CS/CS/CS/SB 168 passed as ch. 2019-102), title lines 1-30 ending '...failure to report violations;' (the stored copy breaks off at line 31), %s. Bill line numbers removed." % (URL_T18, URL_T19))

add("exception_added", MO_67307_CUR, MO_67307_HB1515, [
    ch("", "5. The provisions of this section shall not apply to qualified immigrant workers registered in the Missouri department of labor and industrial relations database under section 285.545.", L, ["ice_cooperation", "status_inquiry"], "A new carve-out lifts the sanctuary-policy ban and the officers' duty to cooperate for registered immigrant workers, so municipalities may limit status reporting for them."),
], "GENUINE: current law with a bill's insertion. OLD = Mo. Rev. Stat. s. 67.307 (current law, subsections 1-4) as reprinted in Missouri HB 1515 (2024, Rep. Murphy, introduced, 3754H.01I), i.e. the bill text without its new subsection 5 (Missouri prints new matter in bold; no bracketed deletions in this section). NEW = s. 67.307 as HB 1515 would re-enact it, with new subsection 5. Text from GitHub IndigoW0lf/show-me-resistance-backend bills/mo/2024/HB1515_full_text.md (LegiScan PDF extraction; line numbers removed; one run-together line re-spaced). Not enacted.")

add("rule_added", MO_67307_CUR, MO_67307_SB1138, [
    ch("", "(b) Shall be subject to a fine of twenty-five thousand five hundred dollars for each day on which the municipality has such sanctuary policy in effect.", E, ["ice_cooperation"], "Adds a daily fine on top of grant ineligibility, strengthening the mandate that municipalities not limit cooperation with federal immigration officials."),
    ch("Upon the complaint of any state resident", "(2) Upon the complaint of any state resident", N, ["ice_cooperation"], "The attorney-general opinion procedure is only renumbered as subdivision (2)."),
], "GENUINE: current law vs a bill re-enacting it. OLD = Mo. Rev. Stat. s. 67.307 (current law, subsections 1-4) as reprinted in Missouri HB 1515 (2024) (see KJ-03). NEW = s. 67.307 as it would be re-enacted by Missouri SB 1138 (2024, Sen. Brattin, introduced, 3257S.01I; identical in SB 1373 of 2024), text from GitHub IndigoW0lf/show-me-resistance-backend bills/mo/2024/SB1138_full_text.md (LegiScan PDF extraction; line numbers removed). Not enacted. (An earlier set used the 2025 HB 1163 version of subsection 2; this is the 2024 Senate version.)")

add("mixed", MO_577690_SB1331, MO_577690_SB1520, [
    ch("(2) Any person serving a term of imprisonment pursuant to subdivision (1) of this subsection may petition the circuit court for an order of removal, which the court shall grant absent aggravating circumstances which, in the discretion of the court, require denial of such a petition.", "", L, ["enforcement_authority"], "The route by which an imprisoned person obtains a state order of removal on petition, which the court had to grant, is dropped."),
    ch("If a person has been charged with another offense that is punishable as a class A misdemeanor or any higher category offense, the person shall complete any term of imprisonment or pay any fine prior to being subject to an order of removal.", "(b) The person is not charged with another offense that is punishable as a class A misdemeanor or any higher category of offense.", L, ["enforcement_authority"], "A person facing another serious charge is no longer merely made to wait for a removal order but cannot receive one at all."),
    ch("", "(a) The person has not previously been found guilty of the offense of improper entry by an alien; and", L, ["enforcement_authority"], "A new precondition bars state removal orders for repeat offenders, narrowing when the state orders a person out."),
], "GENUINE: two successive 2024 Missouri Senate bills proposing the same new s. 577.690 (state improper-entry offense). OLD = Missouri SB 1331 (102nd GA, 2nd Reg. Sess. 2024, introduced), text from GitHub IndigoW0lf/show-me-resistance-backend bills/mo/2024/SB1331_full_text.md. NEW = Missouri SB 1520 (2024, introduced later in the same session), bills/mo/2024/SB1520_full_text.md. Both LegiScan PDF extractions; line numbers and page headers removed. Neither enacted.")

# ---------------- CONSTRUCTED: Florida SB 168 (2019) amendment texts ----------------
add("definition_change", FL_STEWART, apply(FL_STEWART, [("(a) Complying with an immigration detainer;\n\n(b) Complying with a request from a federal immigration agency to notify the agency before the release of an inmate or detainee in the custody of the law enforcement agency;\n\n(c) Providing", "(a) Complying with an immigration detainer;\n\n(b) Providing"), ("(d) Participating", "(c) Participating"), ("(e) Providing a federal", "(d) Providing a federal")]), [
    ch("(b) Complying with a request from a federal immigration agency to notify the agency before the release of an inmate or detainee in the custody of the law enforcement agency;", "", L, ["information_sharing", "detainers_holds"], "Refusing ICE release-notification requests is no longer a listed sanctuary policy, so the ban on limiting cooperation reaches less."),
], C(SRC_ST, "item (b) (release-notification requests) deleted from the sanctuary-policy list and items (c)-(e) relettered (b)-(d)."))

add("scope_change", FL_STEWART, apply(FL_STEWART, [("or which knowingly prohibits or impedes", "or which prohibits or impedes")]), [
    ch("or which knowingly prohibits or impedes", "or which prohibits or impedes", E, ["ice_cooperation"], "Dropping 'knowingly' makes any policy that in fact impedes cooperation a banned sanctuary policy, widening the cooperation mandate."),
], C(SRC_ST, "the word 'knowingly' deleted from the definition of sanctuary policy."))

add("exception_added", FL_STEWART, apply(FL_STEWART, [("incarceration status or release date.", "incarceration status or release date.\n\nThe term does not include a policy that limits communication or cooperation with a federal immigration agency with respect to a person who is a victim of or a witness to a criminal offense.")]), [
    ch("", "The term does not include a policy that limits communication or cooperation with a federal immigration agency with respect to a person who is a victim of or a witness to a criminal offense.", L, ["ice_cooperation", "access_to_services"], "Local policies shielding crime victims and witnesses from cooperation are carved out of the ban, so they may lawfully limit cooperation."),
], C(SRC_ST, "a closing sentence added after item (e) excluding victim/witness policies from the definition."))

add("definition_change", FL_STEWART, apply(FL_STEWART, [("state police departments, college police departments, county correctional agencies", "state police departments, county correctional agencies"), ("does not include a state university police department.", "does not include a state university police department or a college police department.")]), [
    ch("state police departments, college police departments, county correctional agencies", "state police departments, county correctional agencies", L, ["ice_cooperation"], "College police departments are removed from the agencies bound by the cooperation mandate."),
    ch("The term does not include a state university police department.", "The term does not include a state university police department or a college police department.", L, ["ice_cooperation"], "The express exclusion is widened to college police, confirming they are outside the mandate."),
], C(SRC_ST, "'college police departments,' deleted from the list of law enforcement agencies and added to the excluded agencies."))

add("scope_change", FL_LEE, apply(FL_LEE, [("enforcement agency with respect to a person who has been arrested or incarcerated for an alleged criminal act from complying", "enforcement agency from complying")]), [
    ch("enforcement agency with respect to a person who has been arrested or incarcerated for an alleged criminal act from complying", "enforcement agency from complying", E, ["ice_cooperation", "detainers_holds"], "The ban on sanctuary policies now covers policies about anyone, not only people arrested or jailed, so locals may restrict cooperation in fewer cases."),
], C(SRC_LEE, "the limiting phrase 'with respect to a person who has been arrested or incarcerated for an alleged criminal act' deleted."))

add("list_item_added", FL_LEE, apply(FL_LEE, [("8 U.S.C. s. 1357; or", "8 U.S.C. s. 1357;"), ("incarceration status or release date.\n\n(7)", "incarceration status or release date; or\n\n(f) Providing a federal immigration agency with an inmate's booking record, fingerprints, or last known address.\n\n(7)")]), [
    ch("", "(f) Providing a federal immigration agency with an inmate's booking record, fingerprints, or last known address.", E, ["information_sharing"], "A further item means a local limit on sharing booking data and addresses with ICE is now a banned sanctuary policy."),
], C(SRC_LEE, "item (f) added to the list (with 'or' moved from (d) to (e))."))

add("exception_added", FL_LEE, apply(FL_LEE, [("may not adopt or have in effect a sanctuary policy.", "may not adopt or have in effect a sanctuary policy. This section does not prohibit a local governmental entity from adopting a policy under which its employees do not inquire into the immigration status of a person who reports a crime or is a witness to a crime.")]), [
    ch("", "This section does not prohibit a local governmental entity from adopting a policy under which its employees do not inquire into the immigration status of a person who reports a crime or is a witness to a crime.", L, ["status_inquiry", "access_to_services"], "An exception to the ban lets localities adopt no-inquiry policies for crime reporters and witnesses."),
], C(SRC_LEE, "a second sentence added to s. 908.103 allowing no-inquiry policies for crime reporters/witnesses."))

add("reparagraphed", FL_LEE, apply(FL_LEE, [("such agency from:\n\n(a)", "such agency from: (a)"), ("detainer;\n\n(b)", "detainer; (b)"), ("law enforcement agency;\n\n(c)", "law enforcement agency; (c)"), ("interview;\n\n(d)", "interview; (d)"), ("1357; or\n\n(e)", "1357; or (e)")]), [
    ch("prohibit such agency from:\n\n(a) Complying with an immigration detainer;\n\n(b)", "prohibit such agency from: (a) Complying with an immigration detainer; (b)", N, ["ice_cooperation", "detainers_holds"], "The lettered items are run into one paragraph; the words and their effect are unchanged."),
], C(SRC_LEE, "items (a)-(e) run into the stem paragraph (paragraph breaks removed); no words changed."))

add("mixed", FL_LEE, apply(FL_LEE, [("so as to limit or prohibit such agency from:", "including, but not limited to, limiting such agency in, or prohibiting such agency from:"), ("(c) Providing a federal immigration agency access to an inmate for interview;\n\n(d)", "(c)"), ("(e) Providing a federal", "(d) Providing a federal")]), [
    ch("so as to limit or prohibit such agency from:", "including, but not limited to, limiting such agency in, or prohibiting such agency from:", E, ["ice_cooperation"], "The list becomes open-ended, so limits on kinds of cooperation not listed are also banned."),
    ch("(c) Providing a federal immigration agency access to an inmate for interview;", "", L, ["ice_cooperation"], "Jail interview access for ICE is no longer named, so a policy refusing it is not expressly banned."),
], C(SRC_LEE, "closed stem 'so as to limit or prohibit such agency from:' replaced by an open 'including, but not limited to' stem, and item (c) (interview access) deleted, later items relettered."))

add("modal_change", FL_GRUTERS, apply(FL_GRUTERS, [("the court must enjoin the unlawful sanctuary policy", "the court may enjoin the unlawful sanctuary policy")]), [
    ch("the court must enjoin the unlawful sanctuary policy", "the court may enjoin the unlawful sanctuary policy", L, ["ice_cooperation"], "An injunction against a sanctuary policy becomes discretionary, weakening enforcement of the cooperation mandate."),
], C(SRC_GR, "'must enjoin' changed to 'may enjoin' in (3)."))

add("rule_added", FL_GRUTERS, apply(FL_GRUTERS, [("that violates this chapter.", "that violates this chapter.\n\n(5) A local governmental entity or local law enforcement agency that is found to have a sanctuary policy in effect is subject to a civil penalty of not less than $1,000 and not more than $5,000 for each day that the sanctuary policy was in effect.")]), [
    ch("", "(5) A local governmental entity or local law enforcement agency that is found to have a sanctuary policy in effect is subject to a civil penalty of not less than $1,000 and not more than $5,000 for each day that the sanctuary policy was in effect.", E, ["ice_cooperation"], "A daily civil penalty adds pressure on localities to drop limits on cooperation."),
], C(SRC_GR, "new subsection (5) (daily civil penalty) appended."))

add("approval_added", FL_GRUTERS, apply(FL_GRUTERS, [("(2) In addition, the Attorney General may file suit", "(2) In addition, upon the written request of the Governor, the Attorney General may file suit")]), [
    ch("(2) In addition, the Attorney General may file suit", "(2) In addition, upon the written request of the Governor, the Attorney General may file suit", L, ["supervisor_approval", "ice_cooperation"], "Suits against sanctuary policies now need the Governor's prior written request, a new approval step that makes enforcement of the mandate harder."),
], C(SRC_GR, "'upon the written request of the Governor,' inserted in (2)."))

add("restated", FL_GRUTERS, apply(FL_GRUTERS, [("If a local governmental entity or local law enforcement agency violates this chapter, the court must enjoin the unlawful sanctuary policy.", "The court must enjoin the unlawful sanctuary policy of any local governmental entity or local law enforcement agency that violates this chapter."), ("An order approving a consent decree or granting an injunction must include written findings of fact that describe with specificity", "Any order granting an injunction or approving a consent decree must contain written findings of fact describing specifically")]), [
    ch("If a local governmental entity or local law enforcement agency violates this chapter, the court must enjoin the unlawful sanctuary policy.", "The court must enjoin the unlawful sanctuary policy of any local governmental entity or local law enforcement agency that violates this chapter.", N, ["ice_cooperation"], "Same mandatory injunction, sentence reordered."),
    ch("An order approving a consent decree or granting an injunction must include written findings of fact that describe with specificity", "Any order granting an injunction or approving a consent decree must contain written findings of fact describing specifically", N, ["ice_cooperation"], "Same findings requirement in other words."),
], C(SRC_GR, "the first sentence of (3) and the opening of (4) reworded without change of meaning."))

add("definition_change", FL_SIMMONS, apply(FL_SIMMONS, [("including United States Immigration and Customs Enforcement and United States Customs and Border Protection, any successor agency, and any other federal agency charged with the enforcement of immigration law.", "including United States Immigration and Customs Enforcement and any successor agency. The term does not include United States Customs and Border Protection.")]), [
    ch("including United States Immigration and Customs Enforcement and United States Customs and Border Protection, any successor agency, and any other federal agency charged with the enforcement of immigration law.", "including United States Immigration and Customs Enforcement and any successor agency. The term does not include United States Customs and Border Protection.", L, ["ice_cooperation"], "Fewer federal bodies count as a 'federal immigration agency', so the chapter's cooperation duties reach only ICE, not CBP or other agencies."),
], C(SRC_SI, "CBP and 'any other federal agency charged with the enforcement of immigration law' deleted from definition (1), and a sentence expressly excluding CBP added."))

add("neutral_rewrite", FL_SIMMONS, apply(FL_SIMMONS, [("it is an important state interest to cooperate and assist the federal government in the enforcement of federal immigration laws within this state.", "cooperating with and assisting the Federal Government in enforcing federal immigration laws within this state is an important state interest.")]), [
    ch("it is an important state interest to cooperate and assist the federal government in the enforcement of federal immigration laws within this state.", "cooperating with and assisting the Federal Government in enforcing federal immigration laws within this state is an important state interest.", N, ["ice_cooperation"], "The findings sentence is restructured; the stated interest is the same."),
], C(SRC_SI, "the s. 908.101 finding reworded."))

# ---------------- CONSTRUCTED: Missouri HB 2470 (2024) ----------------
S544 = HB2470 + ", proposed s. 544.182 (arrest ban at schools, places of worship, health care and forensic-exam facilities) followed by proposed s. 545.835 (s. 544.245, which stands between them in the bill, omitted)"
add("list_item_removed", MO_544182, apply(MO_544182, [("(2) Church, synagogue, or other established place of religious worship;\n\n(3) Health", "(2) Health"), ("(4) Facility that provides", "(3) Facility that provides")]), [
    ch("(2) Church, synagogue, or other established place of religious worship;", "", E, ["enforcement_authority"], "Places of worship leave the protected list, so officers may now arrest for the state immigration offenses there."),
], C(S544, "item (2) (places of worship) deleted and later items renumbered."))

add("list_item_added", MO_544182, apply(MO_544182, [("forensic medical examination and treatment.", "forensic medical examination and treatment; or\n\n(5) Courthouse, provided that the person is on the premises or grounds of the courthouse to attend a proceeding as a party, witness, or victim."), ("for the purpose of receiving medical treatment; or", "for the purpose of receiving medical treatment;")]), [
    ch("", "(5) Courthouse, provided that the person is on the premises or grounds of the courthouse to attend a proceeding as a party, witness, or victim.", L, ["enforcement_authority", "access_to_services"], "Courthouses join the places where officers may not arrest for the state immigration offenses."),
], C(S544, "item (5) (courthouses) added, 'or' moved."))

add("exception_added", MO_544182, apply(MO_544182, [("forensic medical examination and treatment.", "forensic medical examination and treatment.\n\nThis section shall not apply if the law enforcement officer is executing an arrest warrant issued by a court of competent jurisdiction.")]), [
    ch("", "This section shall not apply if the law enforcement officer is executing an arrest warrant issued by a court of competent jurisdiction.", E, ["enforcement_authority"], "An exception to the arrest ban lets officers holding a warrant arrest at schools, churches and clinics."),
], C(S544, "a closing sentence (warrant exception) added after item (4)."))

add("scope_change", MO_544182, apply(MO_544182, [(" or the office of a health care provider as defined in section 191.900, provided that the person is on the premises or grounds of the facility or office for the purpose of receiving medical treatment; or", " or the office of a health care provider as defined in section 191.900; or")]), [
    ch(", provided that the person is on the premises or grounds of the facility or office for the purpose of receiving medical treatment; or", "; or", L, ["enforcement_authority"], "The ban now covers anyone at a health facility, not only patients, so fewer arrests are allowed there."),
], C(S544, "the proviso limiting item (3) to persons receiving medical treatment deleted."))

S545 = HB2470 + ", proposed s. 544.245 subsections 1-4 (state orders to return to a foreign nation; cut before subsection 5)"
add("list_item_removed", MO_544245, apply(MO_544245, [("(1) The person agrees to the order;\n\n(2) The person has not", "(1) The person has not"), ("(3) The person is not charged", "(2) The person is not charged"), ("(4) Before the issuance", "(3) Before the issuance")]), [
    ch("(1) The person agrees to the order;", "", E, ["enforcement_authority"], "A judge may now order a person to leave for a foreign nation without the person's consent, widening state removal orders."),
], C(S545, "condition (1) (the person agrees) deleted from subsection 3 and later items renumbered."))

add("modal_change", MO_544245, apply(MO_544245, [("the judge shall enter in the judgment in the case an order requiring the person to return", "the judge may enter in the judgment in the case an order requiring the person to return")]), [
    ch("the judge shall enter in the judgment in the case an order requiring the person to return", "the judge may enter in the judgment in the case an order requiring the person to return", L, ["enforcement_authority"], "The post-conviction order to return to a foreign nation becomes discretionary instead of mandatory."),
], C(S545, "'shall enter' changed to 'may enter' in subsection 4."))

add("reparagraphed", MO_544245, apply(MO_544245, [("Cross-references the collected information with:\n\na. All", "Cross-references the collected information with: a. All"), ("databases; and\n\nb. Federal", "databases; and b. Federal")]), [
    ch("Cross-references the collected information with:\n\na. All relevant local, state, and federal criminal databases; and\n\nb. Federal", "Cross-references the collected information with: a. All relevant local, state, and federal criminal databases; and b. Federal", N, ["information_sharing"], "The two sub-items are run into paragraph (b) without changing a word."),
], C(S545, "sub-items a. and b. of subdivision (4)(b) run into one paragraph; no words changed."))

add("cross_clause", MO_544245, apply(MO_544245, [("imposed by the judgment.", "imposed by the judgment.\n\n5. Subsection 4 of this section shall not apply to a person who has been granted asylum or who has an application for asylum pending before a federal immigration agency or immigration court.")]), [
    ch("", "5. Subsection 4 of this section shall not apply to a person who has been granted asylum or who has an application for asylum pending before a federal immigration agency or immigration court.", L, ["enforcement_authority"], "A new subsection, placed apart from the rule it qualifies, exempts asylum grantees and applicants from the mandatory return order in subsection 4."),
], C(S545, "new subsection 5 (asylum exemption from subsection 4) appended."))

S537 = HB2470 + ", proposed s. 537.656 (immunity and indemnification of local officials enforcing the state illegal-entry offenses), subsections 1-6"
add("exception_removed", MO_537656, apply(MO_537656, [("1. Except as provided under subsection 4 of this section, a local", "1. A local"), ("Subject to subsection 3 of this section and except as provided under subsection 4 of this section, a local", "Subject to subsection 3 of this section, a local"), ("4. Subsections 1 and 2 of this section shall not apply if the court or jury determines that the local government official, employee, or contractor acted in bad faith, with conscious indifference, or with recklessness.\n\n5. A local", "4. A local"), ("6. This section shall not be construed", "5. This section shall not be construed")]), [
    ch("4. Subsections 1 and 2 of this section shall not apply if the court or jury determines that the local government official, employee, or contractor acted in bad faith, with conscious indifference, or with recklessness.", "", E, ["enforcement_authority"], "Immunity and indemnity for enforcing the state immigration offenses now hold even for bad-faith or reckless acts, removing a brake on aggressive enforcement."),
], C(S537, "subsection 4 (bad-faith exception) deleted with its cross-references in subsections 1 and 2; later subsections renumbered."))

add("neutral_rewrite", MO_537656, apply(MO_537656, [("6. This section shall not be construed to waive any statutory limits on damages under state law.", "6. Nothing in this section waives any statutory limit on damages under state law."), ("Indemnification payments made under subsection 2 of this section by a local government shall not exceed:", "A local government's indemnification payments under subsection 2 of this section shall not exceed:")]), [
    ch("6. This section shall not be construed to waive any statutory limits on damages under state law.", "6. Nothing in this section waives any statutory limit on damages under state law.", N, ["enforcement_authority"], "Same savings clause in other words."),
    ch("Indemnification payments made under subsection 2 of this section by a local government shall not exceed:", "A local government's indemnification payments under subsection 2 of this section shall not exceed:", N, ["enforcement_authority"], "Same cap, stem reworded."),
], C(S537, "subsection 6 and the stem of subsection 3 reworded without change of meaning."))

S577 = HB2470 + ", proposed s. 577.683 (state offense of illegal entry), subsections 1-6"
add("list_item_added", MO_577683, apply(MO_577683, [("8 U.S.C. Section 1325(a); or", "8 U.S.C. Section 1325(a);"), ("between June 15, 2012, and July 15, 2021.", "between June 15, 2012, and July 15, 2021; or\n\n(4) The person has a pending application for asylum, withholding of removal, or temporary protected status.")]), [
    ch("", "(4) The person has a pending application for asylum, withholding of removal, or temporary protected status.", L, ["enforcement_authority"], "A further affirmative defense shields applicants for humanitarian relief from the state illegal-entry offense."),
], C(S577, "affirmative defense (4) added to subsection 3 ('or' moved)."))

add("list_item_removed", MO_577683, apply(MO_577683, [("8 U.S.C. Section 1325(a); or\n\n(3) The person was approved for benefits under the federal Deferred Action for Childhood Arrivals program between June 15, 2012, and July 15, 2021.", "8 U.S.C. Section 1325(a)."), (" or subdivision (3) of subsection 3 of this section.", ".")]), [
    ch("(3) The person was approved for benefits under the federal Deferred Action for Childhood Arrivals program between June 15, 2012, and July 15, 2021.", "", E, ["enforcement_authority"], "DACA recipients lose their defense, so more people can be prosecuted under the state entry offense."),
], C(S577, "affirmative defense (3) (DACA) deleted from subsection 3 and its cross-reference removed from subsection 4(2)."))

add("exception_to_exception", MO_577683, apply(MO_577683, [("4. The following federal programs shall not provide an affirmative defense for purposes of subdivision (1) of subsection 3 of this section:\n\n(1) The Deferred Action for Parents of Americans and Lawful Permanent Residents program; and\n\n(2) Any program", "4. The following federal programs shall not provide an affirmative defense for purposes of subdivision (1) of subsection 3 of this section:\n\n(1) Any program"), ("similar to the program under subdivision (1) of this subsection or subdivision (3)", "similar to the program under subdivision (3)")]), [
    ch("(1) The Deferred Action for Parents of Americans and Lawful Permanent Residents program; and", "", L, ["enforcement_authority"], "DAPA is struck from the list of programs that do not count as a defense, so a person relying on it may again raise the lawful-presence defense."),
], C(S577, "DAPA item deleted from subsection 4's list of excluded programs (the exception to the affirmative defense); item (2) renumbered and its cross-reference adjusted."))

S690 = SB1520
add("modal_change", MO_577690_SB1520, apply(MO_577690_SB1520, [("section 1 of this section, arrest or detain such person", "section 1 of this section, shall arrest or detain such person"), ("enforce criminal laws of this state may, upon probable cause", "enforce criminal laws of this state, upon probable cause")]), [
    ch("enforce criminal laws of this state may, upon probable cause that a person has violated subsection 1 of this section, arrest or detain such person", "enforce criminal laws of this state, upon probable cause that a person has violated subsection 1 of this section, shall arrest or detain such person", E, ["enforcement_authority"], "Arrest for the state improper-entry offense becomes a duty instead of a permission."),
], C(S690, "subsection 5 'may ... arrest or detain' changed to 'shall arrest or detain'."))

add("approval_added", MO_577690_SB1520, apply(MO_577690_SB1520, [("arrest or detain such person in a manner consistent with chapter 544.", "arrest or detain such person, with the prior approval of the officer's supervisor or the chief law enforcement officer of the agency, in a manner consistent with chapter 544.")]), [
    ch("", "with the prior approval of the officer's supervisor or the chief law enforcement officer of the agency,", L, ["supervisor_approval", "enforcement_authority"], "Arrests for the state improper-entry offense now need a supervisor's or chief's prior approval."),
], C(S690, "a prior-approval clause inserted in subsection 5."))

add("restated", MO_577690_SB1520, apply(MO_577690_SB1520, [("4. In lieu of continuing the prosecution of or entering an adjudication regarding the offense of improper entry, the court at any time after the person's appearance may, upon request, dismiss the charge pending against the person and issue an order of removal, as provided in subsection 3 of this section.", "4. At any time after the person's appearance, the court may, upon request, dismiss the pending charge of improper entry instead of continuing the prosecution or entering an adjudication, and issue an order of removal as provided in subsection 3 of this section.")]), [
    ch("4. In lieu of continuing the prosecution of or entering an adjudication regarding the offense of improper entry, the court at any time after the person's appearance may, upon request, dismiss the charge pending against the person and issue an order of removal, as provided in subsection 3 of this section.", "4. At any time after the person's appearance, the court may, upon request, dismiss the pending charge of improper entry instead of continuing the prosecution or entering an adjudication, and issue an order of removal as provided in subsection 3 of this section.", N, ["enforcement_authority"], "The same discretionary dismissal-and-removal option, reworded."),
], C(S690, "subsection 4 reworded without change of meaning."))

add("exception_removed", MO_577690_SB1520, apply(MO_577690_SB1520, [("3. (1) A written order of removal may be issued only if:\n\n(a) The person has not previously been found guilty of the offense of improper entry by an alien; and\n\n(b) The person is not charged with another offense that is punishable as a class A misdemeanor or any higher category of offense.\n\n(2) An order of removal shall include all of the following:\n\n(a) The manner of transportation of the person to a port of entry, as defined by 19 CFR Part 101; and\n\n(b) The law", "3. (1) A written order of removal may be issued only if the person is not charged with another offense that is punishable as a class A misdemeanor or any higher category of offense.\n\n(2) An order of removal shall include all of the following:\n\n(a) The manner of transportation of the person to a port of entry, as defined by 19 CFR Part 101; and\n\n(b) The law")]), [
    ch("(a) The person has not previously been found guilty of the offense of improper entry by an alien; and", "", E, ["enforcement_authority"], "Repeat offenders are no longer excluded from state removal orders, so such orders reach more people."),
], C(S690, "condition (a) (no prior finding of guilt) deleted from subsection 3(1) and the remaining condition run into the stem."))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs")
