# Real texts (verbatim from stored copies; see SOURCE.md). Paragraphs separated by blank lines.
CHI = """2-173-030 Intentional collection and sharing of citizenship or immigration status information.

(a) Unless required to do so by statute, federal regulation, court order, or a lawfully issued judicial warrant,

(1) no agent or agency shall request, maintain, or share the citizenship or immigration status of any person unless such disclosure has been authorized in writing by the individual to whom such information pertains, or if such individual is a minor or is otherwise not legally competent, by such individual's parent or guardian. Notwithstanding this provision, the Corporation Counsel may investigate and inquire about immigration status when relevant to potential or actual litigation or an administrative proceeding in which the City is or may be a party.

(2) no applications, questionnaires, or interview forms used in relation to City of Chicago benefits, opportunities, or services shall contain questions regarding citizenship or immigration status. Departments shall annually review such materials and amend them to conform with the requirements of this subsection.

(b) No agency or agent shall enter into or renew any agreement providing direct access to any electronic database or other data-sharing platform maintained by any agency, or otherwise provide direct access to such database, to any federal agency, if the agency or agent determines that the purpose of such access is for the enforcement of civil immigration law.

(Added Coun. J. 3-29-06, p. 74325, § 1; Amend Coun. J. 11-8-12, p. 38872, § 25; Amend Coun. J. 1-27-21, p. 26741, Art. I, § 1)"""

LIN = """§ 30.01 ILLEGAL RESIDENTS.

(A) Generally. The Board of Commissioners establishes the following policies with respect to illegal residents and directs county staff as follows.

(B) Specifically.

(1) To cease and desist local funding for any local programs to the extent that they serve illegal residents;

(2) To reduce expenditures on all federally-funded and state-funded non-mandated programs to the extent that they serve illegal residents;

(3) To discontinue contracting with any local or out-of-county businesses employing or using identifiable illegal residents where county tax dollars are being expended;

(4) To request the Sheriff to diligently battle the ever-increasing criminal element which is growing daily with the influx of illegal residents and to consistently check the immigration status of each undocumented resident upon his or her arrest by such available means as fingerprints, federally-verified social security numbers, and other accessible data;

(5) To allow the Sheriff to partner with Immigration and Customs Enforcement (ICE) officials to verify undocumented residents during the investigation or processing of any public safety infraction or offense and detain for deportation any illegal residents so identified; and

(6) To direct all county departments and agencies, to the extent that they are able to do so with available information, to begin expenditure reductions for discretionary services provided to illegal aliens.

(Res. passed 6-18-2007)"""

PHL = """Amending Title 21 of The Philadelphia Code by adding a new Chapter 21-3600 entitled “Non-Intervention with Respect to Immigration Enforcement” to establish certain limits on how personal information may be handled by the City with regard to immigration enforcement, create reporting requirements, and provide for remedies for violations, all under certain terms and conditions.

CHAPTER 21-3600. Non-Intervention with Respect to Immigration Enforcement.

§ 21-3601. Definitions.

(X) Administrative warrant. A document issued by an immigration enforcement official, including those from the United States Department of Homeland Security (DHS), United States Immigration and Customs Enforcement (ICE), or an administrative immigration judge (IJ), relating to suspected violations of immigration law, including an I-200 “Warrant for Arrest of Alien”, I-205 “Warrant of Removal/Deportation”, and any successor or similar forms. The term shall include civil administrative warrants, administrative subpoenas, detainer requests, removal orders, entries in databases maintained by National Crime Information Center or other entities, and any similar civil order for the arrest or detention of an individual or for information but shall not include a judicial warrant or court order.

(X) City Agency. City department, division, commission, council, committee, board, or other body established by authority of ordinance, executive order, or Charter."""

DC_IH = """SECTION 1. SHORT TITLE.

This Act may be cited as the “District of Columbia Federal Immigration Compliance Act”.

SEC. 2. PROHIBITION ON DISTRICT OF COLUMBIA SERVING AS SANCTUARY JURISDICTION.

(a) In General.—Except as provided under subsection (b), the District of Columbia may not have in effect a statute, ordinance, policy, or practice that prohibits or restricts any entity or official of the District government from—

(1) sending, receiving, maintaining, or exchanging with any Federal, State, or local government entity information regarding the citizenship or immigration status (lawful or unlawful) of any individual; or

(2) complying with a request lawfully made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer for, or notify about the release of, an individual.

(b) Exception.—The District of Columbia is not in violation of subsection (a) solely because it has a policy whereby its officials will not share information regarding an individual who comes forward as a victim or a witness to a criminal offense, or comply with a request made by the Department of Homeland Security under section 236 or 287 of the Immigration and Nationality Act (8 U.S.C. 1226 and 1357) to comply with a detainer regarding an individual who comes forward as a victim or a witness to a criminal offense."""

DC_RH = DC_IH.replace("Federal Immigration Compliance Act”", "Federal Immigration Compliance Act of 2025”")
