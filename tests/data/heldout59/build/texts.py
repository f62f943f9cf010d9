# Real base texts (verbatim from the stored copies; see SOURCE.md). Bill line numbers, page headers removed.
from mo import clean
FIX = [("enactsoradoptsasanctuarypolicyshallbeineligibleforanymoneysprovidedthroughgrants", "enacts or adopts a sanctuary policy shall be ineligible for any moneys provided through grants"),
       ("Subjecttosubsection3ofthissectionandexceptasprovidedundersubsection", "Subject to subsection 3 of this section and except as provided under subsection"),
       ("andscopeoftheofficial's,employee's,orcontractor'soffice,employment,orcontractual", "and scope of the official's, employee's, or contractor's office, employment, or contractual"),
       ("Ifafterapersonisarrestedforaviolationofanoffenseundersection", "If after a person is arrested for a violation of an offense under section"),
       ("ThepersonisnotchargedwithanotheroffensethatispunishableasaclassA", "The person is not charged with another offense that is punishable as a class A"),
       ("Federallists orclassifications used toidentify a personas a threator potential", "Federal lists or classifications used to identify a person as a threat or potential"),
       ("Uponaperson'sconvictionofanoffenseundersections577.683to577.687,the", "Upon a person's conviction of an offense under sections 577.683 to 577.687, the"),
       ("theforeignnationfromwhichthepersonenteredorattemptedtoenter. Anorderissued", "the foreign nation from which the person entered or attempted to enter. An order issued"),
       ("commitsthe offense", "commits the offense"),
       ("AnyprogramnotenactedbytheUnitedStatesCongressthatisasuccessorto", "Any program not enacted by the United States Congress that is a successor to"),
       ("1325 (a); or", "1325(a); or")]
def fx(t):
    for a, b in FIX:
        t = t.replace(a, b)
    return t.strip()
def cut(t, end):
    i = t.index(end); return t[:i].strip()
MO_67307_HB1515 = fx(clean('src/HB1515.txt', '67.307.', '285.530.'))
MO_67307_CUR = cut(MO_67307_HB1515, '5. The provisions of this section shall not apply')
MO_67307_SB1138 = fx(clean('src/SB1138.txt', '67.307.', '285.530.'))
MO_577690_SB1331 = fx(clean('src/SB1331.txt', '577.690.', None))
MO_577690_SB1520 = fx(clean('src/SB1520.txt', '577.690.', None))
MO_537656 = fx(clean('src/HB2470.txt', '537.656.', '537.657.'))
_blk = fx(clean('src/HB2470.txt', '544.182.', '569.088.'))
MO_544182 = cut(_blk, '544.245.') + '\n\n' + _blk[_blk.index('545.835.'):]
MO_544245 = cut(_blk[_blk.index('544.245.'):], '5. An order issued under this section shall include')
MO_577683 = fx(clean('src/HB2470.txt', '577.683.', '577.685.'))

FL_T2017 = """A bill to be entitled

An act relating to federal immigration enforcement; providing a short title; creating ch. 908, F.S., relating to federal immigration enforcement; providing legislative findings and intent; providing definitions; prohibiting sanctuary policies; requiring state entities, local governmental entities, and law enforcement agencies to comply with and support the enforcement of federal immigration law; providing applicability; prohibiting restrictions by such entities and agencies on taking certain actions with respect to information regarding a person’s immigration status; providing applicability; providing requirements concerning certain criminal defendants subject to immigration detainers or otherwise subject to transfer to federal custody; authorizing a law enforcement agency to transport an unauthorized alien under certain circumstances; providing an exception to reporting requirements for crime victims or witnesses; requiring recordkeeping relating to crime victim and witness cooperation in certain investigations; specifying duties concerning certain arrested persons; specifying duties concerning immigration detainers; authorizing a board of county commissioners to adopt an ordinance to recover costs for complying with an immigration detainer; providing that a person detained pursuant to an immigration detainer is not liable for detention expenses if the immigration detainer is found to be improperly issued; authorizing local governmental entities and law enforcement agencies to petition the Federal Government for reimbursement of certain costs; requiring report of violations; providing penalties for failure to report a violation; providing whistle-blower protections for persons who report violations; providing implementation;"""

FL_T2018 = """A bill to be entitled

An act relating to federal immigration enforcement; providing a short title; creating ch. 908, F.S., relating to federal immigration enforcement; providing legislative findings and intent; providing definitions; prohibiting sanctuary policies; requiring state entities, local governmental entities, and law enforcement agencies to comply with and support the enforcement of federal immigration law; prohibiting restrictions by such entities and agencies on taking certain actions with respect to information regarding a person’s immigration status; providing requirements concerning certain criminal defendants subject to immigration detainers or otherwise subject to transfer to federal custody; authorizing a law enforcement agency to transport an unauthorized alien under certain circumstances; providing an exception to reporting requirements for crime victims or witnesses; requiring recordkeeping relating to crime victim and witness cooperation in certain investigations; specifying duties concerning certain arrested persons; specifying duties concerning immigration detainers; authorizing a board of county commissioners to adopt an ordinance to recover costs for complying with an immigration detainer; authorizing local governmental entities and law enforcement agencies to petition the Federal Government for reimbursement of certain costs; requiring report of violations; providing penalties for failure to report a violation; providing whistle blower protections for persons who report violations;"""

FL_T2019 = """A bill to be entitled

An act relating to federal immigration enforcement; providing a short title; creating chapter 908, F.S., relating to federal immigration enforcement; providing legislative findings and intent; providing definitions; prohibiting sanctuary policies; requiring state entities, local governmental entities, and law enforcement agencies to comply with and support the enforcement of federal immigration law; prohibiting restrictions by such entities and agencies on taking certain actions with respect to information regarding a person’s immigration status; providing requirements concerning certain criminal defendants subject to immigration detainers or otherwise subject to transfer to federal custody; authorizing a law enforcement agency to transport an alien unlawfully present in the United States under certain circumstances; providing an exception to reporting requirements for crime victims or witnesses; requiring recordkeeping relating to crime victim and witness cooperation in certain investigations; specifying duties concerning certain arrested persons; specifying duties concerning immigration detainers; authorizing a board of county commissioners to adopt an ordinance to recover costs for complying with an immigration detainer; authorizing local governmental entities and law enforcement agencies to petition the Federal Government for reimbursement of certain costs; requiring reports of violations; providing penalties for failure to report violations;"""

FL_STEWART = """state police departments, college police departments, county correctional agencies, and the Department of Corrections. The term does not include a state university police department.

(5) “Local governmental entity” means any county, municipality, or other political subdivision of this state.

(6) “Sanctuary policy” means a law, policy, practice, procedure, or custom adopted or permitted by a state entity, local governmental entity, or law enforcement agency which contravenes 8 U.S.C. s. 1373(a) or (b) or which knowingly prohibits or impedes a law enforcement agency from communicating or cooperating with a federal immigration agency with respect to federal immigration enforcement, including, but not limited to, limiting a law enforcement agency in, or prohibiting such agency from:

(a) Complying with an immigration detainer;

(b) Complying with a request from a federal immigration agency to notify the agency before the release of an inmate or detainee in the custody of the law enforcement agency;

(c) Providing a federal immigration agency access to an inmate for interview;

(d) Participating in any program or agreement authorized under s. 287 of the Immigration and Nationality Act, 8 U.S.C. s. 1357; or

(e) Providing a federal immigration agency with an inmate’s incarceration status or release date."""

FL_LEE = """enforcement agency with respect to a person who has been arrested or incarcerated for an alleged criminal act from complying with 8 U.S.C. s. 1373 or from communicating or cooperating with a federal immigration agency so as to limit or prohibit such agency from:

(a) Complying with an immigration detainer;

(b) Complying with a request from a federal immigration agency to notify the agency before the release of an inmate or detainee in the custody of the law enforcement agency;

(c) Providing a federal immigration agency access to an inmate for interview;

(d) Participating in any program or agreement authorized under section 287 of the Immigration and Nationality Act, 8 U.S.C. s. 1357; or

(e) Providing a federal immigration agency with an inmate’s incarceration status or release date.

(7) “State entity” means the state or any office, board, bureau, commission, department, branch, division, or institution thereof, including institutions within the State University System and the Florida College System.

908.103 Sanctuary policies prohibited.—A state entity, law enforcement agency, or local governmental entity may not adopt or have in effect a sanctuary policy."""

FL_GRUTERS = """(1) Any executive or administrative state, county, or municipal officer who violates his or her duties under this chapter may be subject to action by the Governor in the exercise of his or her authority under the State Constitution and state law. Pursuant to s. 1(b), Art. IV of the State Constitution, the Governor may initiate judicial proceedings in the name of the state against such officers to enforce compliance with any duty under this chapter or restrain any unauthorized act contrary to this chapter.

(2) In addition, the Attorney General may file suit against a local governmental entity or local law enforcement agency in a court of competent jurisdiction for declaratory or injunctive relief for a violation of this chapter.

(3) If a local governmental entity or local law enforcement agency violates this chapter, the court must enjoin the unlawful sanctuary policy. The court has continuing jurisdiction over the parties and subject matter and may enforce its orders with the initiation of contempt proceedings as provided by law.

(4) An order approving a consent decree or granting an injunction must include written findings of fact that describe with specificity the existence and nature of the sanctuary policy that violates this chapter."""

FL_SIMMONS = """Section 1. Short title.—This act may be cited as the “Rule of Law Adherence Act.”

Section 2. Chapter 908, Florida Statutes, consisting of sections 908.101-908.402, is created to read:

908.101 Legislative findings and intent.—The Legislature finds that it is an important state interest to cooperate and assist the federal government in the enforcement of federal immigration laws within this state.

908.102 Definitions.—As used in this chapter, the term:

(1) “Federal immigration agency” means the United States Department of Justice and the United States Department of Homeland Security, a division within such an agency, including United States Immigration and Customs Enforcement and United States Customs and Border Protection, any successor agency, and any other federal agency charged with the enforcement of immigration law. The term includes an official or employee of such an agency."""
