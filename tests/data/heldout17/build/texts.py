# Real passages (verbatim from stored copies, normalisations noted in SOURCE.md).
SANJUAN = """9.24.010 Immigration enforcement.

A. Employees of the County shall not engage in these certain activities:

1. Unless otherwise required by federal, state or County law, no County employee or elected official, whether paid in part or in full by the County, shall record information, inquire, or otherwise request specific documents or information about a person's civil immigration status, nationality or place of birth. Documents include but are not limited to:

a. Passports;

b. Alien registration cards;

c. Work permits.

2. Neither the County sheriff nor any employee of the sheriff's department or other local law enforcement officer shall stop, question, interrogate, investigate or arrest an individual based solely on any of the following:

a. Actual or suspected civil immigration status, nationality, place of birth, race, inability to speak or understand English or to read or write; or

b. Civil immigration warrant, an administrative warrant, or civil immigration detainer whether it names a specific person or is general in nature unless accompanied by a judicial order.

3. County employees and elected officials shall become familiar with RCW 70.48.100 (confidentiality of jail records) and the applicable provisions in the Public Records Act that exempt personal information from disclosure or prohibit the disclosure of personal information which could be deemed to be an invasion of privacy as defined in RCW 42.56.050. County employees and elected officials shall not promise confidentiality if the information they request may be subject to disclosure under the law."""

HUMBOLDT = """"Administrative warrant" means a document issued by the Federal agency charged with the enforcement of the Federal immigration law that is used as a non-criminal, civil warrant for immigration purposes.

"Civil immigration detainer" means a non-mandatory request issued by an authorized Federal immigration officer under Section 287.7 of Title 8 of the Code of Federal Regulations, to a local law enforcement official to maintain custody of an individual for a period not to exceed forty-eight (48) hours and advise the authorized Federal immigration officer prior to the release of that individual.

"Eligible for release from custody" means that the individual may be released from custody because one (1) of the following conditions has occurred:

(a) All criminal charges against the individual have been dropped or dismissed.

(b) The individual has been acquitted of all criminal charges filed against him or her.

(c) The individual has served all the time required for his or her sentence.

(d) The individual has posted a bond, or has been released on his or her own recognizance.

(e) The individual has been referred to pretrial diversion services.

(f) The individual is otherwise eligible for release under State or local law.

"Law enforcement official" means any County department or officer or employee of a County department, authorized to enforce criminal statutes, regulations, or local ordinances; operate jails or maintain custody of individuals in jails; and operate juvenile detention facilities or maintain custody of individuals in juvenile detention facilities."""

BEACON = """2. Detainer Requests. City employees and officials shall decline to respond affirmatively to a "civil immigration detainer" or similar request, unless (a) the request is accompanied by a judicial warrant, or (b) the police chief has determined there is probable cause to believe that the individual either (i) has illegally re-entered the country after a previous removal and has been convicted of a New York Penal Law Class A felony or Class B violent felony (or of an equivalent federal crime or crime under the law of another state); or (ii) has or is engaged in terrorist activity.

3. Information Requests. Subject to the ability of supervisory police officials to exercise their sound judgment as necessary to protect public safety, all City employees and officials shall:

(a) Decline to respond affirmatively to requests from the U.S. Immigration and Customs Enforcement ("ICE") or Customs and Border Protection ("CBP") for non-public information about an individual unless the request is accompanied by a judicial warrant or has a legitimate law enforcement purpose exclusive of the enforcement of immigration laws;"""

WESTEO = """EXECUTIVE ORDER No. 1 OF 2017

WHEREAS, checking on the immigration status of Westchester County residents is not a local responsibility and is only carried out in compliance with requirements of federal or state law; and

WHEREAS, the obtaining of pertinent information, which is essential to the performance of a wide variety of governmental functions, may in some cases be difficult or impossible if some expectation of confidentiality is not preserved, and preserving confidentiality in turn requires the government to regulate the use of such information by their employees;

NOW, THEREFORE, I, ROBERT P. ASTORINO, County Executive of the County of Westchester, in light of the aforementioned and in accordance with my statutory duties, do hereby order that:

I. As used herein,

a. "alien" means any person who is not a citizen or national of the United States;

b. "illegal activity" means unlawful activity but shall not include mere status as an undocumented alien.

II. A County officer or employee, other than law enforcement officers, shall not inquire about a person's immigration status unless:

a. such person's immigration status is necessary for the determination of program, service or benefit eligibility or the provision of County services; or

b. such officer or employee is required by law to inquire about such person's immigration status."""

WESTIPA = """REV. 08-07-17 ACT NO. 2017

AN ACT regarding the policy of the County of Westchester regarding the treatment of individuals relating to their Citizenship or Immigration Status.

BE IT ENACTED by the County Board of the County of Westchester as follows:

Section 1. Definitions:

a. Citizenship or Immigration Status means an individual's Citizenship of the United States or any other country and an individual's statutory or regulatory right to reside in or otherwise be present in the United States as determined under the federal Immigration and Nationality Act.

b. Federal Immigration Authorities means any agency or individual employed by or acting as an agent of the federal government and charged with enforcement of the civil provisions of the Immigration and Nationality Act, including but not limited to, United States Immigration and Customs Enforcement, United States Customs and Border Protection, and United States Citizenship and Immigration Services.

c. County Law Enforcement Agencies (CLEAs) means the employees, agents and officers of the County Departments of Public Safety, Correction, and Probation.

d. Civil Immigration Detainer/Hold Request means a request issued pursuant to 8 CFR § 287.7, or any similar request by Federal Immigration Authorities asking CLEAs to maintain custody of an individual currently in its custody beyond the time the individual would otherwise be eligible for release, in order to facilitate the individual's transfer to Federal Immigration Authorities, its form and content, including but not limited to United States Department of Homeland Security (DHS) Form I-247A.

e. Notification Request means a request from Federal Immigration Authorities to CLEAs asking to be informed of the release date, time, and/or location of an individual, its form and content, including but not limited to DHS Form I-247N."""

PORTCH = """Department Immigration Policy

It is the policy of the Port Chester Police Department to not inquire as to immigration status unless such status is pertinent to a criminal case. An example of this would be a human trafficking case in which the victim was threatened due to his or her immigration status. As municipal police officers, members of the Department are not authorized to detain or arrest persons based on their immigration status alone. The Department does however cooperate with immigration authorities in cases involving serious criminal charges, or on requests from immigration authorities to hold people so charged on detainers. These detainers are similar to warrants issued by a local court.

Subjects arrested by the Department for serious criminal charges are fingerprinted. These fingerprints are made available to both state and federal authorities. Persons so charged who are considered undocumented are often interdicted by immigration authorities. This is done in most cases at the local correctional level such as the Westchester County Jail or Rikers Island and is not done at the request of this agency.

It is the Department's policy to assist immigration authorities when requested. This usually involves cases in which prisoners in our custody are the subject of immigration warrants referred to as detainers. The policy followed by the Port Chester Police Department mirrors that of most local law enforcement agencies in the New York metropolitan area."""

SAC_RELEASE = """The City of Sacramento and Sacramento Police Department (SPD) are committed to the safety and well-being of all community members. California state law (Senate Bill 54) prohibits state and local law enforcement agencies from enforcing federal civil immigration laws—this is handled exclusively by federal agencies.

In addition, the City's sanctuary city ordinance makes it clear that no City official, employee or agent of the City, while in the course and scope of employment, shall use any City funds or resources to enforce federal civil immigration law.

"Immigrant communities are at the heart of Sacramento's culture and commerce," said Mayor Kevin McCarty. "We will continue to stand up for these communities and work to protect their safety and security."

"Since 1985, Sacramento has been a self-designated sanctuary city, and I'm proud those same values are reflected today, 40 years later," said Mayor Pro Tem Eric Guerra. "With this and state law, Sacramento police officers are prohibited from asking for immigration status or assisting in immigration enforcement. Sacramento will not turn its back on the community."

SPD is dedicated to addressing crime, supporting victims, and building trust, regardless of immigration status. For more information on SPD's policy regarding immigration, visit https://bit.ly/spd-immigration.

This Frequently Ask Questions (FAQ) list outlines SPD's role in immigration enforcement:

Can I be deported by SPD during a traffic stop or call for service?
Answer: No"""

SAC_FAQ_HEAD = """Immigration enforcement: City of Sacramento's policies and commitment

The City of Sacramento and Sacramento Police Department (SPD) remain committed to the safety and well-being of all community members. California state law (Senate Bill 54) prohibits state and local law enforcement agencies from enforcing federal civil immigration laws—this is handled exclusively by federal agencies.

In addition, the City's sanctuary city ordinance makes it clear that no City official, employee or agent of the City, while in the course and scope of employment, shall use any City funds or resources to enforce federal civil immigration law.

SPD is dedicated to addressing crime, supporting victims, and building trust, regardless of immigration status. For more information, please see SPD's General Order 523.07 - Contacts with Foreign Nationals, which is also available on our Policy and Procedures page.

This Frequently Ask Questions (FAQ) list outlines SPD's role in immigration enforcement

Question: Can I be deported by SPD during a traffic stop or call for service?
Answer: No"""

SAC_FAQ = SAC_FAQ_HEAD + """
SPD does not enforce federal immigration laws. SPD employees are also prohibited from arresting, detaining, or continuing to detain a person based solely on their immigration status.

Question: Can I be deported by SPD if I report a crime?
Answer: No
The policy is to provide equal enforcement of the law and equal service to all members of the public regardless of an individual's immigration status.

Question: Can SPD officers stop a person to determine the person's immigration status?
Answer: No
SPD employees are prohibited from investigating, interrogating, detaining, collecting or maintaining information about an individual solely to determine immigration status."""

PHILA = """City Policy On ICE in Philadelphia

In 2016, Mayor Kenney signed Executive Order 5-16. This states that the City will only follow federal detainer requests by ICE for immigrants in custody if:

- It there is a judicial warrant and,

- Pertains to an individual being released from custody following a conviction for a violent first or second-degree felony.

PPD Interactions with the Immigrant Community

When interacting with the police department, the immigrant community can be reassured that:

- When answering a call, PPD officers keep the information they collect confidential, to the extent of the law.

- The City does not give ICE access to records of people currently in the City's custody.

- The PPD does not enforce federal immigration law.

- A person's does not need to discuss immigration status to file a police report.

- This also applies to complaints filed against PPD members by immigrants. Internal Affairs does not ask for immigration status when you file a complaint.

Immigrants can feel safe interacting with PPD members. The police department will not share immigration status outside of the reasons established in Executive Order 5-16."""

MODELORD = """MODEL SANCTUARY ORDINANCE

Findings

The City Council/Board of Supervisors finds and declares the following:

a) Immigrants are valuable and essential members of the City/County.

b) A relationship of trust between the City/County's immigrant community and local law enforcement is central to the public safety of City/County.

c) This trust is threatened when local law enforcement agencies are entangled with federal immigration enforcement programs, with the result that immigrant community members fear approaching police when they are victims of, and witnesses to, crimes; seeking basic health services; and attending school, to the detriment of the public safety and well-being of all residents in the City/County.

d) Entangling local law enforcement with federal immigration enforcement programs diverts already limited resources and blurs lines of accountability between local and federal government;

e) Local participation in federal immigration enforcement programs also raises constitutional concerns, including the prospect that City/County residents could be detained in violation of the Fourth Amendment, targeted on the basis of race or ethnicity in violation of the Equal Protection Clause, or denied access to education based on immigration status.

f) This act seeks to ensure effective policing, protect the safety, well-being, and constitutional rights of the residents of the City/County and to direct the City/County's limited resources to matters of greatest concern to the City/County."""

WASHOE = """Sheriff Haley announces the Washoe County Detention Facility will no longer accept ICE Detainers

Washoe County Sheriff Michael Haley announced today that his Office will no longer hold people in custody at the Washoe County Detention Facility based solely on a request to detain by Federal immigration authorities.

Sheriff Haley said that Federal courts have recently ruled that U.S. Immigration and Customs Enforcement detainers are simply requests, not mandates. Based on these rulings, a Detention Facility could be held liable for any legal violations related to honoring a Federal detainer.

"If ICE provides a warrant saying that they are arresting an individual and are taking them into their custody, we will hold that person on behalf of ICE," Sheriff Haley said. "However, we will not hold a person in our custody based solely on an ICE-issued detainer saying that they may have some interest in that person."

Sheriff Haley said the decision not to honor Federal detainers is consistent with similar decisions being made by Sheriff's Offices across the country. He said the policy is not a statement on immigration issues, it is aimed at protecting Washoe County from legal liability based on current court interpretation of the law.

"We took a serious look at the recent court rulings and reviewed our policy accordingly," Sheriff Haley said. "Our policy was then updated to conform with current case law so as not to put the taxpayers of Washoe County at risk.\""""

PHILA2002 = """File #: 020394 Version: 0
Type: Resolution Status: ADOPTED
File created: 5/30/2002 In control: CITY COUNCIL
Final action: 5/30/2002

Title: Calling on Mayor Street and Police Commissioner Johnson to oppose a new federal policy which would provide state and local law enforcement agencies with the legal authority to arrest and detain persons for violations of federal immigration laws and calling on Mayor Street to issue an Executive Order prohibiting all City departments and agencies, including the Philadelphia Police Department, from requesting information about or otherwise investigating or assisting in the investigation of the citizenship or residency status of any person unless such inquiry or investigation is required by statute, ordinance, federal regulation or court decision.

Body

WHEREAS, In April 2002, the media reported that the Department of Justice was considering issuing a formal legal opinion which would, for the first time, provide state and local law enforcement agencies with the legal authority to arrest and detain persons for violations of federal immigration laws; and"""
