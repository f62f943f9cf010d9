# Real passages, verbatim from the stored copies (normalised: line breaks inside sentences joined,
# paragraphs separated by a blank line, list items one per line, curly quotes straightened,
# line-break hyphens rejoined). Cuts and repairs are listed in SOURCE.md.

SRC = {}
URL = {}
NAME = {}

NAME["DENVER250"] = "Denver (Colorado) Revised Municipal Code sec. 28-250 'Use of city funds and resources limited; exceptions' (chapter 28, article VIII, Public Safety Enforcement Priorities Act, Ord. No. 940-17, 2017), subsection (a) with items (1)-(4)"
URL["DENVER250"] = "http://denver-co.elaws.us/code/coor_ch28_artviii_sec28-250"
SRC["DENVER250"] = """\u00a7 28-250. Use of city funds and resources limited; exceptions.

(a) Except as specifically authorized in this article VIII, no department, agency, board, commission, officer or employee of the city, including without limitation, county court administrative and clerical employees, probation, pre-trial services and community corrections, shall use any city funds or resources to assist in the enforcement of federal immigration laws. The prohibition set forth in this section shall include but not be limited to:
(1) Assisting or cooperating in one's official capacity with any investigation, detention, or arrest procedures relating to alleged violations of the civil provisions of federal immigration laws.
(2) Requesting information about the national origin, immigration or citizenship status of any individual or engaging in activities designed to ascertain such information, except to the extent required by any federal, state or city law or regulation, or any international treaty to which the United States is a party.
(3) Including on the application for any city services or benefits any question regarding national origin, immigration or citizenship status of the applicant, or conditioning the provision of city services or benefits upon the national origin, immigration or citizenship status of any individual, except to the extent required by any federal, state or city law or regulation.
(4) Disseminating information about the national origin, immigration or citizenship status of any individual except to the extent required by any federal, state or city law or regulation, including by way of example 8 U.S.C. \u00a71373 and 8 U.S.C. \u00a71644, or any international treaty to which the United States is a party."""

NAME["DENVER252"] = "Denver (Colorado) Revised Municipal Code sec. 28-252 'Limitations on access to secure areas of city and county jails and related facilities' (Ord. No. 940-17, sec. 1, 8-28-17), whole section"
URL["DENVER252"] = "http://denver-co.elaws.us/code/coor_ch28_artviii_sec28-252"
SRC["DENVER252"] = """\u00a7 28-252. Limitations on access to secure areas of city and county jails and related facilities.

(a) Unless federal immigration authorities present a warrant issued by a federal judge or magistrate, federal immigration authorities shall not be granted access or allowed to use the secure areas of any city or county jail or other city-owned law enforcement facility for the purpose of conducting investigative interviews or any other purpose related to the enforcement of federal immigration laws. For purposes of this section the term "secure area" means any area of the facility that is not generally open and accessible to the general public, but instead requires special permission for admittance by a city officer or employee on an individual basis.

(b) Nothing in subsection (a) of this section or in section 28-250 shall prevent city law enforcement officials from coordinating telephone or video interviews between federal immigration authorities and individuals incarcerated in any city or county jail to the same extent as telephone or video contact with such individuals is allowed by the general public; provided, however, that no such interview shall be allowed until the individual has been advised of certain legal rights in writing in the individual's language of choice, including but not limited to:
(1) The interview is being sought by federal immigration authorities;
(2) The individual has the right to decline the interview and remain silent;
(3) The individual has the right to speak to an attorney before submitting to the interview; and
(4) Anything the individual says may be used against him or her in subsequent proceedings, including in a federal immigration court.

(Ord. No. 940-17, \u00a7 1, 8-28-17)"""

NAME["ITHACA"] = "City of Ithaca (New York) Code, article adopted 2-1-2017 by Ord. No. 2017-03 (the 'sanctuary' article on immigration enforcement), purpose section and the first definitions (CBP, civil immigration detainer, ICE, IPD, judicial warrant)"
URL["ITHACA"] = "https://ecode360.com/32288286"
SRC["ITHACA"] = """[Adopted 2-1-2017 by Ord. No. 2017-03]

The purpose and intent of this article is to recognize the importance of fostering a city that is welcoming and inclusive for all individuals, regardless of nationality or citizenship status, and to ensure, to the greatest extent permitted by law, that immigration enforcement is a function of the federal government and not the City of Ithaca.

When used in this article, the following terms shall have the meanings indicated:

CBP
U.S. Customs and Border Protection, including any successor federal agency(s) tasked with immigration, customs, and/or border enforcement.

CIVIL IMMIGRATION DETAINER (also called a "CIVIL IMMIGRATION WARRANT")
A detainer issued pursuant to 8 CFR 287.7 or any similar request from ICE or CPB for detention of a person suspected of violating civil immigration law. [NOTE: See "Immigration Detainer-Request for Voluntary Action" (5/15), available at https://www.ice.gov/sites/default/files/documents/Document/2016/I-247D.PDF.]

ICE
U.S. Immigration and Customs Enforcement, including any successor federal agency(s) tasked with immigration, customs, and/or border enforcement.

IPD
Ithaca Police Department, including entities, efforts, and initiatives jointly operated or pursued by officers of the Ithaca Police Department, acting in their official capacity, and others (e.g., the Joint Special Weapons and Tactics Team).

JUDICIAL WARRANT
A warrant based on probable cause and issued by an Article III federal judge or a federal magistrate judge that authorizes federal immigration authorities to take into custody the person who is the subject of the warrant. A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by U.S. Immigration and Customs Enforcement (ICE) or Customs and Border Protection (CBP) officials."""

NAME["TOMPKINS"] = "Tompkins County (New York) Sheriff's Office General Order 719 'Immigration Enforcement', effective February 6th, 2019 (cross reference County Resolution 2017-21), header, I. Purpose and II. Definitions"
URL["TOMPKINS"] = "https://de.scribd.com/document/399141258/Tompkins-County-Sheriff-Derek-Osborne-Immigration-Enfrocement-Policy-February-6-2019"
SRC["TOMPKINS"] = """TOMPKINS COUNTY SHERIFF'S OFFICE
GENERAL ORDERS
G.O. 719
IMMIGRATION ENFORCEMENT
Effective Date: February 6th, 2019
Cross Reference: County Resolution 2017-21
New Issue/Amend Date: February 6th, 2019

I. PURPOSE

This policy details the Tompkins County Sheriff's Office rules for responding to requests from Federal immigration officials, enforcement actions and community interactions.

II. DEFINITIONS

Civil Immigration Detainer: (also called a "civil immigration warrant") means a detainer issued pursuant to 8 C.F.R. \u00a7 287.7 or any similar request from ICE or CPB for detention of a person suspected of violating civil immigration law. See DHS Form I-247D ("Immigration Detainer-Request for Voluntary Action") (5/15), available at https://www.ice.gov/sites/default/files/documents/Document/2016/I-247D.PDF

Judicial Warrant: means a warrant based on probable cause and issued by an Article III federal judge or a federal magistrate judge that authorizes federal immigration authorities to take into custody the person who is the subject of the warrant. A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by ICE or CBP officials.

Probable Cause: means more than mere suspicion or that something is at least more probable than not. "Probable cause" and "reasonable cause," as that latter term is used in the New York State criminal procedure code, are equivalent standards.

Local Law Enforcement Agencies: or "LEAs" include, among others, local police personnel, sheriffs' department personnel, local corrections and probation.

CBP: Customs and Border Patrol, a Division of the U.S. Department of Homeland Security (https://www.cbp.gov/)

ICE: U.S. Immigrations and Customs Enforcement, a Division of the U.S. Department of Homeland Security (https://www.ice.gov/)"""

NAME["ESF"] = "SUNY College of Environmental Science and Forestry (ESF), Policies and Procedures, 'Immigration Enforcement Policy' (University Police), Policy Statement and the first two items of 'Enforcement Actions and Community Interaction'"
URL["ESF"] = "https://www.esf.edu/employees/policies/policies-immigration-enforcement.php"
SRC["ESF"] = """Immigration Enforcement Policy

Policy Statement

This policy supports ESF's mission to provide a safe and welcoming environment on campus. The policy is based upon rulings from the United States Supreme Court, holding that it is not a crime for an immigrant to remain in the United States without authorization. Instead, this is a civil violation that is not policed by the University Police Department.

The purpose of this policy is to detail procedures for responding to requests from Federal immigration officials. This policy provides guidance to the University Police Department regarding rare circumstances when officers may interact with Federal immigration officials, including but not limited to U.S Immigration and Customs Enforcement (ICE) and Customs and Border Patrol (CBP). Further, this policy reinforces the pre-existing practice of the University Police Department wherein officers do not stop, question, interrogate, investigate, or arrest an individual based solely on their actual or suspected immigration or citizenship status.

Enforcement Actions and Community Interaction

- University Police shall not stop, question, interrogate, investigate, or arrest an individual based solely on any of the following:
  - Actual or suspected immigration or citizenship status; or
  - A "civil immigration warrant," administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database.
- University Police shall not inquire about the immigration status of an individual, including a crime victim, a witness, or a person who calls or approaches the police seeking assistance, unless necessary to investigate criminal activity by that individual."""

NAME["BERWYN"] = "City of Berwyn (Illinois) Code of Ordinances sec. 620.24 'Conditioning benefits, services, or opportunities on immigrant status prohibited' (Welcoming City Ordinance, passed April 11, 2017), divisions (A)-(C)"
URL["BERWYN"] = "https://codelibrary.amlegal.com/codes/berwyn/latest/berwyn_il/0-0-0-31674"
SRC["BERWYN"] = """\u00a7 620.24 CONDITIONING BENEFITS, SERVICES, OR OPPORTUNITIES ON IMMIGRANT STATUS PROHIBITED.

(A) No agent or agency shall condition the provision of city benefits, services, or opportunities on matters related to citizenship or immigration status unless required to do so by state or federal law, or court order.

(B) Where presentation of an Illinois driver's license or identification card is accepted as adequate evidence of identity, presentation of a photo identity document issued by the person's nation of origin, such as a driver's license, passport, or matricula consular (consulate-issued document), shall be accepted and shall not subject the person to a higher level of scrutiny or different treatment than if the person had provided an Illinois driver's license or identification card except that this division (B) shall not apply to the completion of the federally mandated I-9 forms.

(C) In order to ensure that eligible persons are not deterred from seeking city benefits, services, or opportunities, all agencies shall review their confidentiality policies and identify any changes necessary to ensure that information collected from individuals is limited to that necessary to perform agency duties and is not used or disclosed for any other purpose. Any revision made to the confidentiality policies shall be made in accordance with all city policies regarding the same, the [Illinois] Open Meetings Act, the [Illinois] Freedom of Information Act and similar federal enactments of law."""

NAME["SOMERVILLE"] = "Somerville (Massachusetts) Welcoming Community Ordinance, text as proposed (co-sponsored April 11, 2019; ordained June 13, 2019 with amendments), as printed in The Somerville Times, April 24, 2019: Purpose, Preamble, 1. Definitions ('ICE')"
URL["SOMERVILLE"] = "http://www.thesomervilletimes.com/archives/91011"
SRC["SOMERVILLE"] = """PURPOSE.

The purpose of this ordinance is to establish our city as a Welcoming Community, to declare that all are welcome here, and to increase public confidence in Somerville's government by providing guidelines associated with our city's voluntary involvement in federal immigration enforcement.

PREAMBLE

It is not within the purview nor mandate of the City of Somerville to enforce federal immigration law or seek the detention, transfer, or deportation of Somerville residents for civil immigration purposes, nor should the City of Somerville's resources be expended toward that end.

The City of Somerville will equally enforce the law and serve the public without consideration of immigration status, citizenship, national origin, race, or ethnicity.

1. DEFINITIONS

"ICE" means the federal agency "Immigration and Customs Enforcement ("ICE")," and any other federal agency charged with the enforcement of immigration laws."""

NAME["CAMBRIDGE"] = "City of Cambridge (Massachusetts) Ordinance #2020-3 (final publication), new Chapter 2.129 'Welcoming Community Ordinance', 2.129.010 Purpose and first paragraph of 2.129.020 Preamble (passed Feb. 10, 2020)"
URL["CAMBRIDGE"] = "https://www.scribd.com/document/447049225/Cambridge-s-Welcoming-Community-Ordinance"
SRC["CAMBRIDGE"] = """2.129.010 - PURPOSE.

The purpose of this Ordinance is to establish the City of Cambridge as a Welcoming City, to declare that all are welcome here, and to increase public confidence in the City of Cambridge's government by establishing standards associated with the City's voluntary involvement in federal immigration enforcement.

2.129.020 - PREAMBLE

It is not within the purview nor mandate of the City of Cambridge to enforce federal immigration law or seek the detention, transfer or deportation of Cambridge residents for civil immigration purposes, nor should the City's resources be expended toward that end."""

NAME["NYS4575"] = "New York State Senate bill S4575 (2023-2024 Regular Sessions, introduced February 10, 2023 by Sens. Ramos, Krueger), proposed Executive Law sec. 844 'Inquiry into immigration status limited', subdivisions A-C (a bill as introduced, not enacted)"
URL["NYS4575"] = "GitHub ryantd42/NY-Legislative-Git, path 2023/S4575-2023/bill.md, commit 3547dea655e7c0f3ccfa33a0c864319807ea5e6d"
SRC["NYS4575"] = """\u00a7 844. INQUIRY INTO IMMIGRATION STATUS LIMITED.

A. IN CONDUCTING A ROUTINE OR SPONTANEOUS INVESTIGATORY ACTIVITY, INCLUDING AN INTERVIEW, A DETENTION, A TRAFFIC STOP, A PEDESTRIAN STOP, A FRISK OR OTHER TYPE OF BODILY SEARCH OR A SEARCH OF PERSONAL OR REAL PROPERTY, A LAW ENFORCEMENT AGENCY OR A LAW ENFORCEMENT OFFICER SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS.

B. IN CONDUCTING AN INVESTIGATORY ACTIVITY IN CONNECTION WITH AN INVESTIGATION, A LAW ENFORCEMENT AGENCY OR A LAW ENFORCEMENT OFFICER SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A VICTIM'S OR WITNESS'S IMMIGRATION STATUS.

C. IN CONDUCTING AN INVESTIGATORY ACTIVITY IN CONNECTION WITH AN INVESTIGATION, A LAW ENFORCEMENT AGENCY OR A LAW ENFORCEMENT OFFICER SHALL NOT INQUIRE ABOUT OR SEEK PROOF OF A PERSON'S IMMIGRATION STATUS, UNLESS:
(1) THE PERSON IS BOOKED INTO A DETENTION FACILITY; OR
(2) THE PERSON IS ARRESTED FOR A VIOLATION OF THE PENAL LAW OF THE STATE OR A POLITICAL SUBDIVISION OF THE STATE AND THE IMMIGRATION STATUS OF THAT PERSON IS PERTINENT TO THE CRIMINAL INVESTIGATION."""
