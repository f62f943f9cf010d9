# Real source texts (as stored; line numbers, bill line ids and page furniture removed).

# Wisconsin 2005 Senate Bill 715 (LRB-4930/1), introduced April 28, 2006.
WI_SB715 = """An Act to create 66.0408 of the statutes; relating to: prohibiting local ordinances that prohibit immigration status inquiries.

Analysis by the Legislative Reference Bureau

This bill prohibits a city, village, town, or county (political subdivision) from enacting or enforcing an ordinance or resolution that prohibits an employee of that political subdivision from inquiring about the immigration status of an individual who is seeking or receiving public services provided by that political subdivision.

For further information see the local fiscal estimate, which will be printed as an appendix to this bill.

The people of the state of Wisconsin, represented in senate and assembly, do enact as follows:

Section 1. 66.0408 of the statutes is created to read:

66.0408 Local ordinances, immigration status. (1) Definitions. In this section:"""

WI_SB715_FULL = WI_SB715 + """

(a) "Immigration status" means satisfactory immigration status as that term is used in 42 USC 1320b-7 (d).

(b) "Political subdivision" means a city, village, town, or county.

(2) Inquiries about immigration status. (a) A political subdivision may not enact an ordinance or adopt a resolution prohibiting an employee of that political subdivision from inquiring about the immigration status of an individual seeking or receiving public services from the political subdivision.

(b) If a political subdivision has in effect on the effective date of this paragraph .... [revisor inserts date], an ordinance or resolution that is inconsistent with par. (a), the ordinance or resolution does not apply and may not be enforced."""

# Wisconsin 2007 Assembly Bill 569 (LRB-3368/1), introduced November 6, 2007 (cut after the section heading).
WI_AB569 = """An Act to create 66.0408 of the statutes; relating to: prohibiting local ordinances, resolutions, and policies that prohibit immigration status inquiries and reports to the federal government about the presence of illegal aliens and authorizing a private right of action.

Analysis by the Legislative Reference Bureau

This bill prohibits a city, village, town, or county (political subdivision) from enacting or enforcing an ordinance, resolution, or policy that prohibits an employee of that political subdivision from inquiring about the immigration status of an individual who is seeking or receiving public services provided by that political subdivision and from notifying the federal government of the presence of illegal aliens in the political subdivision. The bill also authorizes an elector of a political subdivision to file a writ of mandamus with the circuit court to require compliance with the requirements created by the bill if the elector is aggrieved by the failure of the political subdivision to comply with the requirements.

For further information see the state and local fiscal estimate, which will be printed as an appendix to this bill.

The people of the state of Wisconsin, represented in senate and assembly, do enact as follows:

Section 1. 66.0408 of the statutes is created to read:

66.0408 Local ordinances, immigration status, illegal aliens. (1) Definitions. In this section:"""

# Wisconsin 2015 Assembly Bill 492, introduced November 10, 2015 (cut after the section heading).
WI_AB492 = """An Act to create 66.0408 of the statutes; relating to: local ordinances and providing a reduction in shared revenue payments.

Analysis by the Legislative Reference Bureau

This bill prohibits a city, village, town, or county (political subdivision) from enacting an ordinance, adopting a resolution, or establishing a policy that would prohibit an employee from inquiring whether an individual who receives public services is lawfully present in the state, notifying the federal government of the presence of aliens who are not lawfully present, or acting according to or complying with state law regarding arrested persons who are not lawfully present. Under the bill, a state resident who believes that a political subdivision is not complying with these requirements may petition for a writ of mandamus requiring compliance, and, if a court finds that a political subdivision has failed to comply, the department of revenue must reduce the political subdivision's shared revenue payments in the next year by $500 to $5,000, depending on the political subdivision's population, for each day of noncompliance.

For further information see the state and local fiscal estimate, which will be printed as an appendix to this bill.

The people of the state of Wisconsin, represented in senate and assembly, do enact as follows:

Section 1. 66.0408 of the statutes is created to read:

66.0408 Local ordinances, immigration status, illegal aliens. (1) Definitions. In this section:"""

# Wisconsin 2015 Assembly Bill 450 (LRB-2842/4), introduced October 23, 2015 (title and analysis).
WI_AB450 = """An Act to create 66.0408 of the statutes; relating to: prohibiting local ordinances, resolutions, and policies that prohibit immigration status inquiries and reports to, and cooperation with, other units of government about the presence of illegal aliens, authorizing certain elective officeholders to commence an enforcement action, and providing a reduction in shared revenue payments.

Analysis by the Legislative Reference Bureau

This bill prohibits a city, village, town, or county (political subdivision) from enacting or enforcing an ordinance, resolution, or policy that prohibits an employee of that political subdivision from inquiring about the immigration status of an individual who has been lawfully detained or arrested, or from otherwise cooperating with or assisting the federal government, or other units of government, with immigration enforcement. The bill also authorizes the attorney general or the appropriate district attorney or sheriff to file a writ of mandamus with the circuit court to require compliance with the requirements created by the bill if he or she believes that the political subdivision is failing to comply with the requirements.

If a court finds that a political subdivision has failed to comply, the department of revenue must reduce the political subdivision's shared revenue payments in the next year by $500 to $5,000, depending on the political subdivision's population, for each day of noncompliance."""

# Wisconsin 2019 Assembly Bill 138, introduced March 25, 2019 (title and analysis).
WI_AB138 = """An Act to create 66.0414 of the statutes; relating to: prohibiting local ordinances, resolutions, and policies that prohibit the enforcement of federal or state law relating to illegal aliens or immigration status, authorizing certain elective officeholders to commence an enforcement action, providing a reduction in shared revenue payments, and creating governmental liability for damages caused by illegal aliens.

Analysis by the Legislative Reference Bureau

This bill prohibits a city, village, town, or county from enacting or enforcing an ordinance, resolution, or policy that prohibits the enforcement of a federal or state law relating to illegal aliens or ascertaining whether an individual has satisfactory immigration status. The bill also requires a political subdivision to comply with a lawful detainer that is issued by U.S. Immigration and Customs Enforcement, and authorizes the attorney general or the appropriate district attorney or sheriff to file a writ of mandamus with the circuit court to require compliance with the requirements created by the bill if he or she believes that the political subdivision is failing to comply with the requirements.

If a court finds that a political subdivision has failed to comply, the department of revenue must reduce the political subdivision's shared revenue payments in the next year by $500 to $5,000, depending on the political subdivision's population, for each day of noncompliance. Also under the bill, if a court makes such a finding, the political subdivision is liable for any damages caused by an illegal alien."""

# Saint Paul (MN) Council File 04-316, ordinance adding Chapter 44 to the Administrative Code (2004).
SP44 = """An administrative ordinance establishing procedures for city employees relative to the immigration status of persons seeking city employment or services.

THE COUNCIL OF THE CITY OF SAINT PAUL DOES ORDAIN:

Section 1.

That the Saint Paul Administrative Code be amended by adding thereto a new Chapter 44 to read as follows:

CHAPTER 44. EMPLOYEE AUTHORITY IN IMMIGRATION MATTERS

44.01. Purpose and policy statement. This ordinance clarifies the communication and enforcement relationship between the city and the United States Department of Homeland Security ("Homeland Security") and other federal agencies with respect to the enforcement of civil immigration laws. The city works cooperatively with Homeland Security, as it does with all state and federal agencies, but the city does not operate its programs for the purpose of enforcing federal immigration laws. Homeland Security has the legal authority to enforce immigration laws in the United States, in Minnesota and in the city. It is the policy of the city to respect the role of Homeland Security by avoiding pro-active enforcement of civil immigration laws. This ordinance is not intended to limit the proper enforcement of generally applicable laws. It is the policy of the City of St. Paul that all residents are equally entitled to protection and that all residents should be able to access city services to which they are entitled, without regard to their immigration status under federal law."""

# Mounds View (MN) Ordinance No. 1056, draft v2 of 1/28/26 (agenda packet 2026/02/02), section 2.02.
MV1 = """2.02 PROHIBITION ON USE OF CITY-OWNED PROPERTY

(A) All City-owned or City-controlled parking lots, ramps, vacant lots, and garages are not open to the general public without restrictions. No federal, state, or local government entity or personnel is authorized to use any city-owned or city-controlled parking lot or ramp, vacant lot, or garage as a staging area, processing location, operations base, or any other similar use including for enforcing civil immigration laws. Such spaces are not available to the general public for similar activities, and federal, state, or local government entities or personnel will not receive special or enhanced access to city property for operations enforcing civil immigration laws. Nothing herein shall prohibit the City police department from using any city property for any law enforcement purpose.

(B) The city restricts access to non-public City spaces. Non-public City spaces are not open for the purposes of enforcement of civil immigration laws except with a judicial warrant or when access is otherwise required by law. City employees do not have the legal authority to consent to permit access to non-public City spaces in situations where a judicial warrant or other legal obligation would otherwise be necessary to gain access.

(C) IMPLEMENTATION AND ENFORCEMENT. City departments shall collaborate to identify City-owned and City-controlled parking lots, ramps, vacant lots, and garages that either have been used, or are likely to be used in the future, as a staging area, processing location, operations base, or any other similar use for the purpose of enforcing civil immigration laws."""

# Mounds View (MN), draft City Code Sections 2-157 (subsection (b)) and 2-158, agenda packet document 520876, page 198.
MV2 = """(b) No individual or federal, state, or local agency may use or access City Property for the purposes of staging operations, except the use of City Property authorized by a judicial warrant, subpoena or other similar lawful authorization. Federal, state, or local government entities or personnel will not receive special or enhanced access to City Property for operations enforcing federal immigrations law.

Section 2-158 - Reporting requirements

Any City employee or City public official who observes or identifies use of City resources for one of the purposes prohibited in Section 2-157 or who denies a request to use City resources for one of those purposes, must provide a report to the City Administrator within five business days of observing, identifying, or denying use of City resources, including the following information:

(a) The date the request for resources was received or resources were observed or identified as used for a prohibited purpose;

(b) The identity of the individual or agency requesting use of City resources for a prohibited purpose or who was observed or identified as using City resources for a prohibited purpose;

(c) A summary description of the City resources requested or used, which shall not include any personally identifiable information;

(d) The prohibited purpose for which City resources were used or for which the request for City resources was denied."""

# Mounds View (MN) Ordinance No. 1056, draft v2 of 1/28/26, Section 1 (Preamble) 1.07-1.10.
MVP = """1.07 The trust, respect, and cooperation would likely be irreparably damaged, particularly between the City and immigrant communities, if the City allowed its property to be used for the purpose of enforcing federal immigration laws.

1.08 Although the federal government has the legal authority to enforce federal immigration laws in the United States, in Minnesota, and in the City, the City opposes any use of its property for the enforcement of federal immigration laws. The City believes any such use of its property would have deleterious effects on public safety and have a chilling effect on the City's current and future immigrant populations' willingness to report crime and cooperate with the city's public safety efforts.

1.09 By this ordinance, the City seeks to clarify the permitted use of city property with respect to any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal civil immigration law and any federal criminal immigration law that penalizes a person's presence in, entry, or reentry to, or employment in, the United States, when not accompanied by other criminal conduct (collectively, "federal immigration laws").

1.10 By this ordinance, the City seeks to establish expectations for law enforcement officers and agencies within the City in order to maintain the public faith and trust in law enforcement and to minimize the potential for inadvertent conflict between City law enforcement and other jurisdictions. It is the City's goal for law enforcement officers of other jurisdictions to act in a manner similar to that of Mounds View's Police Department and, in doing so, engender public accountability and trust in law enforcement."""

# Mounds View (MN) Ordinance No. 1056, draft v2 of 1/28/26, sections 2.04 and 2.05.
MVC = """2.04 PORTABLE RECORDING SYSTEM REQUIRED. Any law enforcement agency operating within the jurisdictional bounds of the City shall require its personnel to wear and use a portable recording system while within the City. The wear and use of such portable recording system by a law enforcement agency and law enforcement officers shall substantially comport with the requirements of Mounds View Police Department General Order 370 "Use of Body Worn Cameras Policy" or any updated City policy addressing similar subject matter. The wear and use of a portable recording system shall not be required where such wear and use is prevented by exigent circumstances, though wear and use should be remedied as soon as practicable.

2.05 FACIAL COVERING PROHIBITION. A law enforcement officer shall not wear a facial covering that conceals or obscures the officer's facial identity in the course of their duties while within the City. This section 2.05 does not apply to protective gear used by special weapons and tactics team officers or officers of a similar organization, where such gear is necessary to protect the officers' faces from harm while performing their special weapons and tactics team responsibilities."""

# Town of Hartford (VT), Welcoming Hartford Ordinance (adopted by voters March 2020), title and purpose.
HVT = """WELCOMING HARTFORD ORDINANCE

Title

This ordinance shall be known as the Welcoming Hartford Ordinance.

Purpose and intent

The Town Selectboard finds that the cooperation of all persons, citizens and non-citizens regardless of immigration status, is essential to achieve the Town's goals of protecting life and property, preventing crime and resolving problems. The Town Selectboard further finds that assistance from a person, whether documented or not, who is a victim of, or a witness to, a crime is important to promoting the safety of all its residents.

Due to the Town's limited resources; the complexity of immigration laws; the clear need to foster the trust of and cooperation from the public, including members of the immigrant communities; and to effectuate the Town's goals, the Town Selectboard finds that there is a need to articulate its guidelines regarding the communications and enforcement relationship between the Town and the federal government. The purpose of this chapter is to establish the Town's procedures concerning immigration status and enforcement of federal civil immigration laws."""

# Wisconsin 2011 Assembly Bill 173 (LRB-1116/4), introduced June 8, 2011: title and first two paragraphs of the analysis.
WI_AB173 = """An Act to amend 302.372 (2) (a) (intro.) and 302.372 (3); and to create 66.0408 and 175.55 of the statutes; relating to: local ordinances, determining the lawful presence of a person arrested for or charged with a crime or certain civil violations, and providing a penalty.

Analysis by the Legislative Reference Bureau

This bill requires a law enforcement officer to have a federal agency, or a person authorized by a federal agency, determine whether a person who is arrested for or charged with a crime or civil violation is lawfully present in the state if the officer has reasonable suspicion that the person is not lawfully present. Under the bill, a law enforcement officer may not consider a person's race, color, or national origin except as permitted under the U.S. and the Wisconsin constitutions. The bill states that if a person refuses or fails to provide identification at the time he or she is arrested for or charged with a crime or civil violation, that refusal or failure can give rise to reasonable suspicion that the person is not lawfully present.

Under the bill, a person who cannot prove his or her lawful presence may be held in secured custody for up to 48 hours to allow the person to obtain documentation of his or her lawful presence. The bill specifies the kinds of documentation that are satisfactory to prove lawful presence. Under the bill, no state or local law enforcement officer may verify a person's lawful presence unless he or she has been authorized by the federal government to do so. If the person produces the required documentation, he or she may be released."""

# City of Evanston (IL) Resolution 93-R-25 (October 13, 2025), heading and first six recitals.
EV93 = """93-R-25

A RESOLUTION PROHIBITING THE USE OF CITY PROPERTY FOR FEDERAL CIVIL IMMIGRATION ENFORCEMENT

WHEREAS, in 2016, the City of Evanston adopted the Welcoming City Ordinance to limit local involvement in federal immigration enforcement and to ensure all people in Evanston can live with respect, safety, and dignity regardless of immigration or citizenship status; and

WHEREAS, in 2017, the State of Illinois passed the TRUST Act, which prohibits state and local law enforcement from participating in federal immigration operations, and the City of Evanston simultaneously strengthened its Welcoming City Ordinance in accordance with the state law; and

WHEREAS, in 2025, the City of Evanston again strengthened the Welcoming City Ordinance to provide new safeguards against increasing threats to Evanston's immigrant communities under the incoming federal administration; and

WHEREAS, the Welcoming City Ordinance and the TRUST Act prohibit use of City resources for federal civil immigration enforcement, including use of City facilities like parking lots, vacant lots, and garages for federal civil immigration enforcement staging areas, processing locations, or operations bases; and

WHEREAS, the Welcoming City Ordinance and the TRUST Act additionally prohibit use of City resources for on-site support in federal civil immigration enforcement operations, including establishing traffic perimeters; and

WHEREAS, the Welcoming City Ordinance also directs all City facilities to establish public policies that limit federal civil immigration enforcement operations on their premises to the fullest extent possible consistent with federal and state law; and"""

# City of Saint Paul (MN) ordinance adding Chapter 44A to the Administrative Code (legislative file ID 7960150, 2026): title, recitals and first resolve clause.
SP44A = """Title

Adding Ch. 44A to the Administrative Code to institute training, reporting, and programming related to the City's relationship with civil immigration laws and enforcement practices under Administrative Code Chapter 44.

Body

Section 1.

WHEREAS, Saint Paul's residents rely on the values enacted in Chapter 44 of the City's Administrative Code, also known as the Separation ordinance, to ensure that the city does not operate its programs for the purposes of enforcing federal immigration law and that city officials are prohibited from inquiring about immigration status; and

WHEREAS, Saint Paul's Separation ordinance reflects the City's decision to have its police and public safety resources focus on local criminal enforcement and to preserve the necessary trust with its residents to effectively accomplish that objective; and

WHEREAS, Saint Paul city employees regularly interact with the full diversity of Saint Paul residents, including residents from immigrant communities; and

WHEREAS, the City of Saint Paul has a duty to its employees to ensure they are fully trained in upholding the tenets of Chapter 44 throughout the course of their work and to report the results of that training to its residents; and

WHEREAS, the City of Saint Paul has a duty to its residents to publicly report information about immigration enforcement activity in the city generally and provide critical contextual details about Saint Paul public safety personnel if deployed in relation to civil immigration enforcement activity;

THEREFORE BE IT RESOLVED; the Saint Paul City Council adds Chapter 44A to the Administrative Code to require that the City implement policies that creates training for General service employees, Supervisors, and Public safety employees;"""
