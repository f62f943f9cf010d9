GREENBELT = """Cooperation w/Federal Immigration Agents and Agencies

I. POLICY

It is the policy of the City of Greenbelt Police Department (GPD) to acknowledge that Greenbelt is a diverse community with citizens living together in a spirit of cooperation. The Police Department strives to be open and treat all individuals with respect, compassion, and courtesy, regardless of citizenship or immigration status.

II. GENERAL PRINCIPLES

1. GPD officers have no statutory authority to enforce civil violations of federal immigration laws. Criminal investigations or enforcement shall never be initiated based solely upon an individual's citizenship or immigration status.

2. Officers shall not ask about immigration status except in rare circumstances such as the investigation of suspected criminal activity including, but not limited to, human trafficking, terrorist activity, and gang violence.

3. Officers may offer individuals referral to services, including, but not limited to, T or U visa information, language services, appropriate community organizations, assisting with consular contacts, etc.

4. GPD officers may be assigned to federal task forces and are permitted to assist with investigations when the primary focus of the task force or investigation does not involve the enforcement of federal civil immigration violations. Task forces may include, but are not limited to, human trafficking, terrorist acts, narcotics, child pornography, money laundering, hate crimes, etc.

5. GPD officers may respond to requests for assistance or remain on the scene of any federal warrant service or investigation to assist with officer or public safety or scene security."""

OAKLAND = """ENFORCEMENT OF CIVIL IMMIGRATION LAWS

I. BACKGROUND

The immigration status of individuals alone is not a matter for police action. The Oakland Police Department commits to equal enforcement of the law and equal service to the public regardless of immigration status. This commitment increases the Departments effectiveness in protecting and serving the entire community.

The enforcement of civil immigration laws raises many complex legal, logistical, and resource issues for the City of Oakland, including:

Undermining the trust and cooperation with immigrant communities;

Increasing the risk of civil liability due to the complexity of civil immigration laws and the lack of training and expertise of local police on civil immigration enforcement;

Detracting from the core mission of the Oakland Police Department to create safe communities; and

Most immigrants in the City are law abiding and at times are victims of crime. The City wishes to foster the trust and cooperation with its immigrant communities and wishes to encourage immigrants to report crime and speak to the police without fear of being arrested or reported to the United Stated Immigration and Customs Enforcement (ICE).

II. TERMINOLOGY

NCIC Immigration Warrants and Holds

An NCIC check of an individual which results in a warrant or detainer issued by the United States Bureau of Immigration and Customs Enforcement (ICE)

Verify the type (criminal or civil) of warrant/hold by contacting ICE at the Law Enforcement Support Center (LESC) at (802) 872-6050."""

BROWN = """DPS has adopted procedural justice as a guiding principle and strives to create a culture of transparency and accountability. Below, please find quick information on the most commonly cited procedures.

a. Undocumented and DACAmented Community Members

What happens if DPS is contacted by ICE or other Federal organizations regarding an undocumented community member?

DPS neither inquires about nor acts upon information related to immigration status of undocumented or DACAmented community members, and does not partner with federal or state agencies to do so.

As a matter of practice, no individual being stopped by a member of DPS shall be requested to provide their immigration status during a routine field interview or traffic stop. In addition, the Family Educational Rights and Privacy Act (FERPA), is a Federal law that protects the privacy of student education records, including DPS incident reports which are considered part of FERPA.

The City of Providence prohibits the Providence Police Department from arresting a person based solely on their immigration status. However, Providence Police will arrest on all federal criminal warrants.

What should I do if I am approached on or off-campus by immigration officials?

If immigration authorities are on campus, or if you are detained off-campus at any time as a result of immigration status, please contact the Department of Public Safety (DPS) immediately at 863-3322. DPS will contact the relevant University officials."""

TRINITY = """In the unlikely event that federal authorities from Immigration and Customs Enforcement (ICE) or Customs and Border Patrol (CBP) come to campus to carry out enforcement activities:

1. Any employee approached by ICE or CBP agents seeking information about someone on campus should immediately contact Campus Safety. Campus Safety will escort the agents to the President's Office so that the College's legal counsel may review any warrant, court order, or subpoena.

2. Agents who do not possess a warrant, court order, or subpoena will be asked to cease any enforcement activities and to leave the campus.

3. Neither Campus Safety Officers nor faculty or staff shall:

Release sensitive, non-public information (home addresses, phone numbers, etc.) to federal immigration officials without a subpoena or judicial warrant that has been vetted by legal counsel.

Permit ICE and CBP agents to use College facilities for investigations, interviews, or interrogations for the purpose of enforcing federal immigration laws."""

CHARLOTTE = """City Releases Community Message on Immigration Law Concerns

Recent actions by the federal government and the North Carolina General Assembly have given rise to questions as to whether Charlotte is a 'Sanctuary City.'

First, it is critical to understand that CMPD does not enforce federal immigration laws nor do they profile possible immigrants.

Second, Immigration and Customs Enforcement also known as ICE has authority and jurisdiction over the entire country and a city cannot limit or restrict ICE's authority.

Regarding Sanctuary Cities, although there is no agreed upon legal definition of what a Sanctuary City is, Charlotte is not one. The City of Charlotte has reviewed state and federal immigration laws and has determined that the City is fully in compliance with those laws.

Laws dictate that CMPD can not prohibit officers from sharing information regarding a person's citizenship or immigration status with the federal government. (Under state (HB 318) and federal law (8 U.S.C. 1373))

CMPD will continue to focus its efforts on crime prevention, public safety, and building a relationship of trust and cooperation with the community."""

SANJOSE = """Much discussion is taking place across the country concerning what responsibility local police departments have to ensure compliance with immigration laws. While the San Jose Police Department stands ready to work with any law enforcement agency to pursue violent suspects, regardless of a suspect's immigration status, the Department has a longstanding policy of not arresting persons based solely upon their failure to comply with Federal immigration laws.

This longstanding policy was reaffirmed by the San Jose City Council on March 6, 2007, through its adoption of Resolution No. 73677, which states, in part: 'The City of San Jose has a strong interest in assuring that legal and undocumented immigrants do not fear interacting with their local government authorities. In past years, the City has seen how the reluctance of immigrants to interact with local authorities can critically undermine the health and safety of our community.'

'The City of San Jose maintains that Immigration and Customs Enforcement (ICE) raids - while laudable where they target violent or predatory criminals for deportation - can have harsh and unintended consequences. Those sweeps that have cast the net widely to arrest otherwise law-abiding undocumented immigrants have raised the Council's concerns, insofar as they undermine the ability of our police, fire department, and other city agencies to interact with fearful immigrants leaving all of San Jose's residents less safe.'"""

SRC = {
 "GREENBELT": "City of Greenbelt (Maryland) Police Department general order 'Cooperation w/Federal Immigration Agents and Agencies' (issued 2018 by Acting Chief Thomas Kemp; confirmed by City Council Sept. 2018), I. Policy and II. General Principles items 1-5 (item 6 on confiscation of documents and what follows omitted: the stored copy breaks off inside item 6), https://www.greenbeltmd.gov/government/departments-con-t/police/police-policy-general-orders/cooperation-w-federal-immigration-agents-and-agencies (stored copy; double spaces after periods made single)",
 "OAKLAND": "Oakland (California) Police Department Training Bulletin Index Number III-O.1 'Enforcement of Civil Immigration Laws' (effective 25 Jun 08; training bulletins 'shall constitute official policy'), I. Background and II. Terminology up to the LESC verification line (cut before 'A. Criminal'), https://de.scribd.com/document/265908602/Enforcement-of-Civil-Immigration-Laws-2-pdf (OCR copy; the three bullet items lost their bullet marks and are given one to a paragraph; typos 'Departments', 'United Stated' kept; page footer dropped)",
 "BROWN": "Brown University (Rhode Island) Department of Public Safety (campus police), 'Police Transparency & Accountability' page, introduction and item a. 'Undocumented and DACAmented Community Members' (the contact-persons sentence of the introduction and the line naming Lt. Carvalho dropped; cut after 'DPS will contact the relevant University officials.'), https://dps.brown.edu/about/police-transparency-accountability (undated stored copy)",
 "TRINITY": "Trinity College (Hartford, Connecticut), Dean of Students page 'Federal Immigration Agents' (Campus Safety protocol for ICE/CBP on campus), whole protocol, https://www.trincoll.edu/dean-of-students/daca-undocumented-students/federal-immigration-agents/ (undated stored copy; bullet marks dropped, double space made single)",
 "CHARLOTTE": "City of Charlotte (North Carolina) news release 'City Releases Community Message on Immigration Law Concerns' (Feb. 10, 2017) on the Charlotte-Mecklenburg Police Department (CMPD), whole message (author line dropped), https://charlottenc.gov/newsroom/releases/Pages/City-Releases-Community-Message-on-Immigration-Law-Concerns.aspx",
 "SANJOSE": "San Jose (California) Police Department press release of Sept. 2, 2010 on its policy on enforcing immigration laws (quoting City Council Resolution No. 73677 of March 6, 2007), the three quoted paragraphs as reproduced in 'SJPD Policy on Immigration Law Enforcement', San Jose Inside, Sept. 17, 2010, https://sanjoseinside.com/opinion/09_17_10_sjpd_policy_on_immigration_law_enforcement (the columnist's comments and the outer quotation marks dropped; em dashes typed as ' - '; cut where the stored copy breaks off)",
}
