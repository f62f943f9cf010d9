TUCSON = """TPD's policies and General Orders relating to immigration matters have not changed. Those General Orders, which were revised and updated in the aftermath of the Arizona Legislature's adoption of SB 1070 nearly 15 years ago, continue to state that enforcement of immigration violations arising out of a person's unauthorized presence in the United States is reserved for federal agencies, and is not part of the mission of TPD.

The General Orders also include the following specific direction to TPD officers:

- TPD Officers will not make immigration status inquiries during consensual contacts with members of the public;

- TPD Officers will not make immigration status inquiries of victims or witnesses, since discouraging cooperation will likely hinder or obstruct investigations and can negatively impact overall community trust and confidence;

- TPD Officers cannot stop a car for the purpose of determining the immigration status of the driver or any passengers;

- When reasonable suspicion exists to believe a detainee is unlawfully present in the U.S. but there are no state or local criminal violations, or any other lawful basis to continue the detention (i.e. completion of a traffic stop), the officer shall release the detainee without delay;

- TPD officers do not have the authority to transport a person or take any other enforcement action for a civil violation of federal law (e.g., unauthorized presence);

- Juveniles who are detained for criminal activity shall not be asked about immigration status without the presence of a parent, guardian or attorney;

- When interacting with students, School Resource Officers and/or other officers who respond to a school shall refrain from asking about immigration status;

- An officer shall not prolong a field release arrest to make an immigration status inquiry or to request verification of immigration status;"""

ED = """Education Code section 234.7

(a) Except as required by state or federal law or as required to administer a state or federally supported educational program, school officials and employees of a local educational agency shall not collect information or documents regarding citizenship or immigration status of pupils or their family members.

(b) The superintendent of a school district, the superintendent of a county office of education, and the principal of a charter school, as applicable, shall report to the respective governing board or body of the local educational agency in a timely manner any requests for information or access to a schoolsite by an officer or employee of a law enforcement agency for the purpose of enforcing the immigration laws in a manner that ensures the confidentiality and privacy of any potentially identifying information.

(c) If an employee of a school is aware that a pupil's parent or guardian is not available to care for the pupil, the school shall first exhaust any parental instruction relating to the pupil's care in the emergency contact information it has for the pupil to arrange for the pupil's care. A school is encouraged to work with parents or guardians to update the emergency contact information and not to contact Child Protective Services to arrange for the pupil's care unless the school is unable to arrange for care through the use of emergency contact information or other information or instructions provided by the parent or guardian.

(d) The governing board or body of a local educational agency shall do both of the following:

(1) Provide information to parents and guardians, as appropriate, regarding their children's right to a free public education, regardless of immigration status or religious beliefs."""

FERG = """Public and Private Spaces in relation to Immigration and Customs Enforcement

Protecting the privacy of users is a core value of the Ferguson Library. While library staff will comply with legal requirements from U.S. Immigration and Customs Enforcement, they are committed to taking all reasonable measures to fully safeguard user information and privacy.

A) The Ferguson Library distinguishes between private and public and non-public spaces.

a. Public space refers to communal areas that are accessible to everyone, regardless of their purpose for visiting. U.S. Immigration and Customs Enforcement, as well as any other accompanying law enforcement officials may be in this area. You may direct them to wait in this area while you notify Administration of their presence.

b. Non-public space refers to areas designated for private interactions, or library programs. This includes staff or work areas, as well as any space used for operational services provided by the library such as Passports. These areas are restricted to the public, and non-library personnel, including immigration agents and other law enforcement officials, are not permitted unless approved by Administration.

B. Immigration agents and other law enforcement officials are welcome to use public library spaces, just like any other user. However, the Ferguson Library does not permit access to user records or information about a particular user's whereabouts by law enforcement unless required by a valid judicial warrant, signed by a federal judge.

a. Immigration agents and other law enforcement officials must observe the same code of conduct as any members of the public.

Procedures When Interacting with Immigration Agents and Other Law Enforcement Officials

1) Immediately contact the Administrator/Manager/Person-in-Charge (an "Administrator"). Greet them nicely, ask for identification, escort them to a public space, and contact an administrator."""

WEBER = """Law Enforcement Searches - Library Procedure

The Stewart Library aims to protect the privacy of its users and the confidentiality of information sought or received and materials consulted, borrowed or acquired by a library user. As an integral component of the academic community, the Library seeks to create and maintain an environment that is safe, comfortable, and supportive of learning and the pursuit of knowledge and information on any topic. In response to requests for or inquiries regarding information contained in library records the Library will strive to uphold the privacy and confidentiality of users' free access to information by relying on existing laws and library policies. The Library strives to not disclose confidential library records in any format to a federal agent, law enforcement officer or other person unless a court of competent jurisdiction has entered a court order in proper form after showing good cause by the law enforcement agency or person seeking the records.

Procedures

Library personnel will follow the following procedures in response to requests for library records by law enforcement:

A. Response to law enforcement inquiries without a court order.

1. Immediately ask for and examine the ID of the agent/officer.

2. If reasonably possible, record the ID number and name of the agent/officer and the law enforcement agency.

2. Explain that you are not authorized to deal with this issue and University Police coordinates all interactions with external law enforcement agencies.

3. Refer the agent/officer to the University Police in the Public Safety Building and notify the University Police about the agent/officer.

4. Notify the Dean of the Library so the Dean of the Library can be prepared to potentially work with the University Police to respond to the law enforcement inquiry."""

NYPOCA = """Section 1. This act shall be known and may be cited as the "protect our courts act".

§ 2. The civil rights law is amended by adding a new section 28 to read as follows:

§ 28. CIVIL ARREST; CERTAIN LOCATIONS. 1. A PERSON DULY AND IN GOOD FAITH ATTENDING A COURT PROCEEDING IN WHICH SUCH PERSON IS A PARTY OR POTENTIAL WITNESS, OR A FAMILY OR HOUSEHOLD MEMBER IS A PARTY OR POTENTIAL WITNESS, IS PRIVILEGED FROM CIVIL ARREST WHILE GOING TO, REMAINING AT, AND RETURNING FROM, THE PLACE OF SUCH COURT PROCEEDING, UNLESS SUCH CIVIL ARREST IS SUPPORTED BY A JUDICIAL WARRANT OR JUDICIAL ORDER AUTHORIZING SUCH CIVIL ARREST.

2. IT IS A CONTEMPT OF THE COURT AND FALSE IMPRISONMENT FOR ANY PERSON TO WILLFULLY VIOLATE SUBDIVISION ONE OF THIS SECTION, OR AN ORDER OF THE COURT ISSUED PURSUANT TO SECTION FOUR-A OF THE JUDICIARY LAW, BY EXECUTING AN ARREST PROHIBITED BY SUBDIVISION ONE OF THIS SECTION OR SECTION FOUR-A OF THE JUDICIARY LAW, OR WILLFULLY ASSISTING OR WILLFULLY FACILITATING AN ARREST PROHIBITED BY SUBDIVISION ONE OF THIS SECTION OR SECTION FOUR-A OF THE JUDICIARY LAW; PROVIDED, HOWEVER, THAT NOTHING IN THIS SUBDIVISION SHALL AFFECT ANY RIGHT OR DEFENSE OF ANY PERSON, POLICE OFFICER, PEACE OFFICER OR PUBLIC OFFICER PURSUANT TO ARTICLE THIRTY-FIVE OF THE PENAL LAW."""

TEMPL = """Will [ENTITY NAME] work with federal immigration officers to apprehend and remove individuals from [ENTITY NAME]?

No. The jurisdiction to enforce federal immigration laws rests with the federal government and not with [ENTITY NAME] or [ENTITY NAME] employees. [ENTITY NAME] is devoted to providing a safe and secure environment and quality care to every member of our community, regardless of their immigration status. [ENTITY NAME] will not divert resources from this mission in order to assist with the enforcement of federal immigration laws.

Can federal immigration enforcement officers enter [ENTITY NAME] premises?

Federal immigration enforcement officers are free to enter areas of [ENTITY NAME] that are open to the general public. [ENTITY NAME] does not have the authority to prohibit federal immigration officers from entering areas of [ENTITY NAME] that are open to the public to enforce immigration laws.

However, federal immigration officers have to present a judicial warrant in order to enter "limited access areas" without consent. Public access is limited in limited access areas because of privacy concerns, operational needs or safety considerations. Spaces in which access is physically restricted, such as by key card, locked doors or monitored entryways, fall into this category. Limited access spaces also include some that may normally be left unlocked during the workday, including, for example, administrative or staff offices, hospital inpatient rooms, clinic exam rooms, maintenance areas, and storage facilities.

[ENTITY NAME] employees are not required to affirmatively assist federal immigration authorities or grant permission to enter limited access space when officers do not have a judicial warrant to enter, and it is appropriate to seek guidance from [LEGAL DEPARTMENT] to understand your duties in particular circumstances."""

SRC = {
 "TUCSON": "City of Tucson (Arizona), joint statement of the Mayor, City Manager, City Attorney and Chief of Police on federal immigration actions (January 2025), quoting the Tucson Police Department General Orders on immigration; first paragraph from https://content.govdelivery.com/accounts/AZTUCSON/bulletins/3cef03d (stored copy), list of directions from the same statement as reproduced at https://search.azpm.org/s/100277-city-of-tucson-stresses-tpd-will-not-enforce-immigration-law (stored copy; the govdelivery copy breaks off in the third item). Curly apostrophes straightened; list bullets normalised to '- '.",
 "ED": "California Education Code section 234.7, subdivisions (a)-(d)(1), as in force before AB 49 (Stats. 2025, urgency, signed Sept. 20, 2025); text from https://getpocketlaw.com/law/state_california/section-234-7-section-234-7_ef837fa5e8c0 (stored copy; cut after the first sentence of (d)(1) because the copy breaks off there). Heading line added; curly apostrophes straightened.",
 "FERG": "The Ferguson Library (Stamford, Connecticut, public library), 'Public and Private Space Policy' -- 'Public and Private Spaces in relation to Immigration and Customs Enforcement', https://www.fergusonlibrary.org/policies/public-and-private-space-policy (stored copy, undated 'Last Updated Date'; cut after procedure step 1) because the copy breaks off there). Curly quotes straightened.",
 "WEBER": "Weber State University (Utah), Stewart Library, 'Law Enforcement Searches - Library Procedure', https://library.weber.edu/about/pp/law_enforcement_searches (stored copy; cut before 'What will happen next?' because the copy breaks off in that section; the duplicated item number '2.' is in the source). Curly apostrophe straightened.",
 "NYPOCA": "New York Senate bill S8925 of 2018 (Sen. Alcantara, introduced June 5, 2018; 'Protect Our Courts Act', proposed Civil Rights Law section 28, subdivisions 1-2; an earlier edition of the act enacted as ch. 322 of 2020 from A2176-A/S425-A), https://www.nysenate.gov/legislation/bills/2017/s8925 (stored copy; line-break hyphens joined, capitals as printed for new matter; cut after subdivision 2 because the copy breaks off in subdivision 3).",
 "TEMPL": "'Employee Guidance Template' (model FAQ for public entities, including hospitals and clinics, on federal immigration enforcement on their premises; placeholders [ENTITY NAME] / [LEGAL DEPARTMENT] as published), https://docest.com/doc/169326/employee-guidance-template (stored copy; cut at the end of the paragraph on limited access space because the copy breaks off in the next paragraph; curly quotes straightened). Publisher of the template not identified in the stored copy.",
}
