"""Real passages used for the constructed-edit pairs (verbatim from the stored copies named in
SOURCE.md, after the normalisation stated there).  Nothing here is invented."""

SEATTLE = """6.020 - Interactions with Foreign Nationals

Effective Date: 12/01/18

It is the Seattle Police Department's intent to foster trust and cooperation with all people served by the Department, including immigrant and refugee residents.

The Department encourages any person who wishes to communicate with Seattle Police officers to do so without fear of inquiry regarding their immigration status.

6.020-POL 1 - General Policy Regarding Contacts with Foreign Nationals

The Department recognizes that local law enforcement has no role in immigration enforcement. "Unlawful presence" in the country is a civil matter and not within the department's jurisdiction.

1. Employees Will Not Inquire About Any Person's Citizenship or Immigration Status.

There are no exceptions to this policy, unless approved by the Chief of Police or designee.

2. Employees Will Not Request Specific Documents for the Sole Purpose of Determining a Person's Immigration Status

A general request for adequate identification as part of a criminal investigation or to issue a Notice of Infraction is typically all that is necessary or appropriate.

Employees may rely on immigration documents to establish someone's identity if they are the person's only source of identification.

3. Employees Will Not Initiate, Maintain, or Participate in any Police Action Based on an Individual's Immigration Status

SPD employees will not act on NCIC/WACIC hits issued by Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), or other DHS agencies. These hits may include some or all of the following language:

- "Administrative Warrant of Removal from the United States"

- "Immigration Violation - Failure to Appear for Removal"

- "Outstanding Warrant for Deportation"

SPD Employees regardless of assignment within SPD or participation in joint task force operations must comply with this policy."""

TUKWILA = """CHAPTER 2.98 COMPLIANCE WITH FEDERAL IMMIGRATION LAWS

2.98.010 Immigration Inquiries Prohibited

Unless otherwise required by law or court order, or during the course of a criminal investigation where identity is in question and cannot otherwise be determined, no officer, agent, or employee of the City of Tukwila shall inquire into the immigration or citizenship status of any person or engage in activities designed to ascertain the immigration status of any person. (Ord. 2587 §2, 2018)

2.98.020 Enforcement of Federal Immigration Law

A. Unless otherwise required by law or court order, no officer of the City of Tukwila shall stop, search, arrest, detain, or continue to detain a person based on any administrative or civil immigration detainer request unless accompanied by a valid criminal warrant issued by a judge or magistrate.

B. The Tukwila Police Department shall not stop, search, investigate, arrest, or detain an individual based solely on immigration or citizenship status."""

MONTGOMERY = """FC No.: 520
Date: 02-11-09
DEALING WITH FOREIGN NATIONALS

I. Policy

All individuals, regardless of citizenship, are entitled to basic rights and privileges which are set forth in common law, state and federal law, and the Maryland and United States Constitutions. In addition, foreign nationals (persons who are not U.S. citizens) may be entitled to rights and privileges set forth in the Vienna Convention and other international laws. It is the policy of the department to provide service to all persons and to exercise its duties in conformance with all applicable laws, regardless of citizenship status, nationality, or racial/ethnic background.

II. Questioning of Foreign Nationals/Arrest Policy

A. Questioning of Foreign Nationals

The indiscriminate questioning of foreign nationals about their citizenship status (possession of their "green card") without a reasonable basis for suspicion of state/local traffic or criminal charges is unconstitutional according to Supreme Court decisions. Officers may ask a person who is under arrest about their citizenship for the purpose of complying with the Vienna Convention. (See Section IV)

B. Authority to Arrest

Officers have no statutory authority to enforce violations of federal immigration laws. If any foreign national is arrested, the arrest must be based on a confirmed warrant or on state/local traffic or criminal charges."""

IDAHO = """19-6102. Local government policy regarding immigration enforcement.

(1) A governmental entity shall not adopt, enforce, or endorse a policy under which the entity prohibits or discourages the enforcement of immigration laws.

(2) In compliance with subsection (1) of this section, a governmental entity shall not prohibit or discourage a person who is a commissioned peace officer, a corrections officer, a booking clerk, a magistrate, or a prosecuting attorney, and who is employed by or otherwise under the direction or control of the entity, from doing any of the following:

(a) Inquiring into the immigration status of a person under a lawful detention or under arrest;

(b) With respect to information relating to the immigration status, lawful or unlawful, of any person under a lawful detention or under arrest:

(i) Sending the information to, or requesting or receiving the information from, United States citizenship and immigration services or United States immigration and customs enforcement, including information regarding a person's place of birth;

(ii) Maintaining the information; or

(iii) Exchanging the information with another governmental entity, including a federal or state governmental entity;

(c) Assisting or cooperating with a federal immigration officer as reasonable or necessary, including providing enforcement assistance; or

(d) Permitting a federal immigration officer to enter and conduct enforcement activities at a municipal or county jail to enforce federal immigration laws."""

MONTANA = """27-16-801. Immigration detainer requests -- arrest authority and duty to arrest.

(1) A public safety officer as defined in 44-4-401(2) who is in possession of an immigration detainer request issued by a federal immigration agency shall arrest a person who is already in custody and the subject of an immigration detainer request;

(2) As used in this section, the following definitions apply:

(a) (i) "Federal immigration agency" means the United States department of justice, the United States department of homeland security, and any division, agency, or other component of either of those departments, including but not limited to United States immigration and customs enforcement, United States customs and border protection, United States citizenship and immigration services, and any successor department, division, agency or other component.

(ii) The term includes officials, officers, representatives, agents, and employees.

(b) "Immigration detainer request" means a written or electronic request issued by a federal immigration agency to detain and maintain control of an alien.

(3) In executing an arrest pursuant to an immigration detainer request, a public safety officer shall:

(a) comply with, honor, and fulfill any request made in the detainer request provided by the federal government; and

(b) inform the person to whom the immigration detainer request applies that the person is being held pursuant to an immigration detainer request issued by a federal immigration agency.

(4) A public safety officer is not required to arrest or detain a person if presented with credible evidence that the person is a citizen of the United States or that the person has lawful immigration status in the United States."""

ALABAMA = """Section 31-13-18 - Verification of legal status of person charged with a crime for which bail is required; detention.

(a) When a person is charged with a crime for which bail is required, or is confined for any period in a state, county, or municipal jail, a reasonable effort shall be made to determine if the person is an alien unlawfully present in the United States by verification with the federal government pursuant to 8 U.S.C. § 1373(c).

(b) A verification inquiry, pursuant to 8 U.S.C. § 1373(c), shall be made within 48 hours to the Law Enforcement Support Center of the United States Department of Homeland Security or other office or agency designated for that purpose by the federal government. If the person is determined to be an alien unlawfully present in the United States, the person shall be considered a flight risk and shall be detained until prosecution or until handed over to federal immigration authorities.

(Act 2011-535, §19.)"""

COLORADO = """24-76.6-101. Definitions.

As used in this article 76.6, unless the context otherwise requires:

(1) "Civil immigration detainer" means a written request issued by federal immigration enforcement authorities pursuant to 8 CFR 287.7 to law enforcement officers to maintain custody of an individual beyond the time when the individual is eligible for release from custody, including any request for law enforcement agency action, warrant for arrest of alien, order to detain or release alien, or warrant of removal/deportation on any form promulgated by federal immigration enforcement authorities.

(2) "Eligible for release from custody" means that an individual may be released from custody because one of the following conditions has occurred:

(a) All criminal charges against the individual have been dropped or dismissed;

(b) The individual has been acquitted of all criminal charges filed against him or her;

(c) The individual has served all the time required for his or her sentence;

(d) The individual has posted a bond or has been released on his or her own recognizance;

(e) The individual has been referred to pretrial diversion services; or

(f) The individual is otherwise eligible for release under state or municipal law.

(3) "Law enforcement officer" means a peace officer employed by the Colorado state patrol, a municipal police department, a town marshal's office, or a county sheriff's office.

(4) "Personal information" means any confidential identifying information about an individual, including but not limited to home or work contact information; family or emergency contact information; probation meeting date and time; community corrections locations; community corrections meeting date and time; or the meeting date and time for criminal court-ordered classes, treatment, and appointments."""

BOSTON = """1. Definitions.

(a) Civil Immigration Detainer Request. A non-mandatory request issued by an authorized federal immigration officer under Section 287.7 of Title 8 of the United States Code to a local law enforcement official to maintain custody of an individual for a period not to exceed forty-eight (48) hours, excluding Saturdays, Sundays, and holidays, and advise the authorized federal immigration officer prior to the release of that individual.

(b) Convicted. A state of having been proved guilty in a judicial proceeding, unless the conviction has been expunged or vacated pursuant to applicable law.

(c) Eligible for Release from Custody. The individual may be released from custody because any of the following conditions has occurred:

(1) All criminal charges against the individual have been dropped or dismissed;

(2) The individual has been acquitted of all criminal charges filed against him or her;

(3) The individual has served all the time required for his or her sentence;

(4) The individual has posted a bond, or has been released on his or her own recognizance;

(5) The individual has been referred to pre-trial diversion services;

(6) The individual is otherwise eligible for release under state or local law.

(d) Immigration and Customs Enforcement or ICE. The federal agency whose enforcement and removal division enforces federal immigration laws, including issuance and action on civil detainers and detainer requests."""

KIRKLAND = """3.18.010 Findings.

(a) The city of Kirkland is a noncharter code city organized under Chapter 35A RCW and Article 11, Section 10 of the Washington Constitution. Under its police powers, the city may exercise any power and perform any function, unless preempted by state or federal law, relating to its government and affairs, including the power to regulate for the protection and rights of its inhabitants. To this end, the city is dedicated to providing all of its residents and other individuals in the city of Kirkland with fair and equal access to services, opportunities and legal protections.

(b) The enforcement of civil immigration laws has historically been a federal government responsibility through the Immigration and Naturalization Service. Since 2002, matters of immigration law have been handled by the Office of Immigration and Customs Enforcement, a branch of the Department of Homeland Security. Requiring local law enforcement agencies, which are not specifically equipped or trained, to enforce civil immigration laws would force local governments to expend their limited resources to perform traditional federal functions.

(c) A goal of this chapter is to foster trust and cooperation between city personnel and law enforcement officials and immigrant communities to improve crime prevention and public safety."""

MD_5104 = """5–104.

(b) (1) In this subsection, “arrest” does not include a routine booking procedure.

(2) Except as provided in paragraphs (3) and (4) of this subsection, a law enforcement agent may not, during the performance of regular police functions:

(i) inquire about an individual’s citizenship, immigration status, or place of birth during a stop, a search, or an arrest;

(ii) detain, or prolong the detention of, an individual:

1. for the purpose of investigating the individual’s citizenship or immigration status; or

2. based on the suspicion that the individual has committed a civil immigration violation;

(iii) transfer an individual to federal immigration authorities unless required by federal law; or

(iv) coerce, intimidate, or threaten any individual based on the actual or perceived citizenship or immigration status of the individual or:

1. the individual’s family member;

2. the individual’s household member;

3. the individual’s legal guardian; or

4. another individual for whom the individual is a legal guardian.

(3) Nothing in this subsection shall prevent a law enforcement agent from inquiring about any information that is material to a criminal investigation.

(4) If the citizenship or immigration status of an individual is relevant to a protection accorded to the individual under State or federal law, or subject to a requirement imposed by international treaty, a law enforcement agent may:

(i) notify the individual of the protection or requirement; and

(ii) provide the individual an opportunity to voluntarily disclose the individual’s citizenship or immigration status for the purpose of receiving the protection or complying with the requirement."""

MD_9309 = """9–309.

If requested by federal immigration authorities, an employee or agent of a State or local correctional facility shall:

(1) provide notice of the release of an individual at least 48 hours prior to the release of the individual in order to facilitate the transfer of the individual to federal immigration authorities; and

(2) transfer the individual to federal immigration authorities provided that the transfer does not extend the time in custody of the individual beyond the individual’s scheduled release."""

MD_2104_3 = """2–104.3.

(a) (1) In this section the following words have the meanings indicated.

(2) “Civil immigration violation” means a violation of federal civil immigration law.

(3) “Family member” means a relative by blood, adoption, or marriage.

(4) “Household member” means a person who lives with another or is a regular presence in the home of another.

(5) “Immigration arrest” means taking an individual into custody solely or primarily based on the suspicion that the individual has committed a civil immigration violation.

(b) An individual duly and in good faith attending a court proceeding in which the individual is a party or potential witness, or a family member or household member of a party or potential witness, is immune from immigration arrest while going to, remaining at, or returning from the location of the court proceeding unless the immigration arrest is authorized by a valid judicial warrant.

(c) (1) A person may not make an immigration arrest in violation of subsection (b) of this section."""
