"""Real policy passages used by heldout5, as retrieved from stored public copies
(see ../SOURCE.md for addresses, dates and the normalisation applied).  These strings
are the REAL text; every constructed edit is made in pairs.py, never here."""

# --- S1  Gilbert (AZ) Police Department, General Order 1006 'Mutual Aid', Rev. 10-22-2007,
# section L, items 1-6 (item 7 omitted: the stored copy breaks off inside it).
GILBERT = """L. U.S. Immigration and Customs Enforcement (ICE)

1. ICE (U.S. Immigration and Customs Enforcement) may be contacted when an officer has made contact with a person believed to be in violation of federal immigration laws and circumstances indicate involvement with:
a) Criminal activity (except non-hazardous or civil traffic offenses)
b) Gang activity
c) Human smuggling
d) Identity theft/fraudulent identification.

2. Officers will not make random contacts with people for the sole purpose of determining immigration status.

3. Supervisory approval will be obtained prior to making contact with ICE. If the person is the subject of an ICE detainer, the officer shall contact ICE to verify the detainer and whether they want the person held. When there is no detainer, ICE will determine immigration status. In either situation, if ICE advises the officer to hold a subject, the officer will stand-by with the subject and allow ICE a reasonable amount of time to respond. Officers will not transport subjects to ICE.

4. If a subject has been contacted and it is determined they have violated a state law, the officer will hold and/or book the subject on those offenses and notify ICE of the subject's detention location. If ICE has indicated they want the subject detained, the officer will place a hold on the subject and advise ICE of the detention location.

5. Officers will not effect an arrest if the person is the subject of an ICE civil warrant.

6. Officers have authority to arrest if the person is the subject of an ICE criminal warrant (after following procedures for verifying an arrest warrant). The procedures outlined above apply."""

# --- S2  Takoma Park (MD) City Code ch. 9.04 'Rights of Non-U.S. Citizens in Takoma Park',
# 9.04.010 and 9.04.020 A-B.1 (B.2 omitted: the stored copy breaks off inside it).
TAKOMA = """9.04.010 No City enforcement of immigration laws.

A. No agent, officer or employee of the City, in the performance of official duties, shall assist the United States Bureau of Immigration and Customs Enforcement in the investigation or arrest of any persons for civil or criminal violation of the immigration and nationality laws of the United States.

B. Except for subsection (A) of this section, this chapter does not prohibit the Takoma Park Police Department from carrying out its mandated duty to apprehend violators of the criminal law and does not prohibit the Department from assisting any federal agency with investigations or arrests relating to criminal activity and suspected criminal activity other than violations of the immigration and nationality laws of the United States. (Ord. 2007-58 § 1 (part), 2007)

(Ord. No. 2008-7, § 1, 2-11-08)

9.04.020 No inquiries into citizenship.

A. Except as provided in subsection B of this section, no agent, officer or employee of the City, in the performance of official duties, shall ask any person about his or her citizenship or immigration status or inquire about any person's citizenship or immigration status with any third person.

B. This section does not prohibit:

1. the collection of information regarding citizenship status in connection with the registration or attempted registration of non United States citizens to vote in City elections."""

# --- S3  Hyattsville (MD) City Code chapter adopted 3-28-2017 by HO 2017-02 (ecode360),
# first section (A-C) and second section (A-D); the stored copy has no section headings.
HYATTSVILLE_1 = """A. No official or employee may inquire into an individual's citizenship or immigration status.

B. If an official or employee learns of an individual's citizenship or immigration status, the official or employee may not act based solely on the individual's citizenship or immigration status.

C. No official or employee may utilize or allow to be utilized City resources to support federal civil immigration enforcement operations or activities."""

HYATTSVILLE_2 = """A. No official or employee may detain or arrest an individual based solely on known or suspected violations of federal civil immigration law.

B. No official or employee may utilize any individual's citizenship or immigration status as an interrogation tool or tactic. No official or employee may communicate to a suspect, detainee, or arrestee that any individual's ability to remain within the United States of America may be in jeopardy. Nothing herein shall be construed as barring an official or employee from providing information regarding an individual's citizenship or immigration status to that same individual.

C. No official or employee may enter into an agreement under 8 U.S.C. § 1357(g) or any other federal law that permits state or local governmental entities to enforce federal immigration laws.

D. No provision in this chapter shall be construed as prohibiting the City of Hyattsville Police Department from:
(1) Investigating, detaining, or arresting violators of the criminal law; or
(2) Assisting any law enforcement agency with investigations or arrests relating to criminal activity and suspected criminal activity other than violations of the civil immigration and nationality laws of the United States of America; or
(3) Complying with the provisions of 8 U.S.C. § 1373."""

# --- S4  Minneapolis Code of Ordinances 19.30 'Public safety services' (ACLU copy, document
# date September 26, 2003), subsection (a) (subsection (b) omitted).
MINNEAPOLIS = """19.30. Public safety services. (a) To the extent permitted by law, in providing public safety services, employees of the police and fire departments, and the city attorney's office - criminal division, (collectively, public safety officials), shall be governed by the following requirements:

(1) Public safety officials shall not undertake any law enforcement action for the purpose of detecting the presence of undocumented persons, or to verify immigration status, including but not limited to questioning any person or persons about their immigration status.

(2) City attorney's office - criminal division employees shall be permitted to:
a. Inform persons of the possible immigration consequences of a guilty plea.
b. Question and conduct cross-examination of a witness or defendant regarding immigration status.
c. Inquire about immigration status for purposes of bail or conditional release.
d. Investigate and inquire about immigration status when relevant to the potential or actual prosecution of the case or when immigration status is an element of the crime.
e. Take immigration status and collateral effects of possible deportation into consideration during discussions held for the purpose of case resolution.

(3) Public safety officials shall not question, arrest or detain any person for violations of federal civil immigration laws except when immigration status is an element of the crime or when enforcing 8 U.S.C. 1324(c).

(4) Nothing in this chapter shall prohibit public safety personnel from assisting federal law enforcement officers in the investigation of criminal activity involving individuals present in the United States who may also be in violation of federal civil immigration laws."""

# --- S5  Alameda County (CA) Sheriff's Office General Order 1.24 'ICE Request for Notifications
# and Transfers' (issue date January 1, 2014; revision date January 6, 2017), page 1 (header,
# I-III.A) and section E.1-2 of page 3 (Laserfiche copy in San Leandro records).
ALAMEDA_1 = """ALAMEDA COUNTY SHERIFF'S OFFICE GENERAL ORDER

NUMBER: 1.24
ISSUE DATE: January 1, 2014
REVISION DATE: January 6, 2017
CHAPTER: Law Enforcement Role, Responsibilities, and Relationships
SUBJECT: ICE Request for Notifications and Transfers

I. PURPOSE: The purpose of this order is to provide deputies with guidelines on their duties and responsibilities associated with immigration law, enforcement, arrests, detentions/detainers, and Requests for Notification.

II. POLICY: The Alameda County Sheriff's Office will equally enforce laws and serve the public without consideration of immigration status. The ACSO does not accept and/or honor immigration detainers from ICE. The immigration status of a person, and the lack of immigration documentation, alone, shall have no bearing on the manner in which staff executes their duties. Please note there is a difference between an arrest warrant signed by a Judge (which ACSO does honor), and an immigration detainer signed by an ICE agent.

Under no circumstances shall a person be detained or arrested by Sheriff's Office members based solely on his or her immigration status whether known or unknown.

III. DEFINITIONS

A. IMMIGRATION ENFORCEMENT JURISDICTION: The U.S. Department of Homeland Security's Immigration and Customs Enforcement Agency (ICE) has primary responsibility to investigate and enforce federal immigration laws. Alameda County Sheriff's Office personnel may assist ICE in the enforcement of federal immigration laws upon its specific request and in those situations where ICE initiated investigations have led to the discovery of criminal violations of California law."""

ALAMEDA_E = """E. ICE IMMIGRATION DETAINERS AND REQUESTS FOR NOTIFICATION

1. The Alameda County Sheriff's Office previously received immigration detainers (Form I-247D formerly known as the Form 247) from ICE. The Alameda County Sheriff's Office no longer honors these detainers/holds.

2. The Alameda County Sheriff's Office currently receives and accepts the Department of Homeland Security (DHS) I-247N form (Request for Voluntary Notification Release) from ICE as part of the 2015 Priority Enforcement Program. The Request for Notification does not seek any extended detention of the individual, but is merely asking that they receive timely notification of the release of priority aliens for which there is an enforcement interest, as indicated by the issuance of the Request for Notification.

If ICE asks for information about an individual that we would otherwise share with other law enforcement agencies or is publicly available information), the Sheriff's Office shall share this information with ICE. To be clear, the Sheriff's Office shall not extend the detention of an inmate so that ICE may detain the individual; rather, the Sheriff's Office shall only provide ICE with timely notification of release."""

# --- S6  Sonoma County (CA) Sheriff's Office Policy 428 'Immigration Violations' (web page),
# 428.1-428.3 (428.3 cut after its second sentence).
SONOMA_428 = """428 - Immigration Violations

428.1 PURPOSE AND SCOPE

The Sheriff's Office is committed to equal enforcement of the law and equal service to the public -- regardless of alien status. Confidence in this commitment will increase the Sheriff's Office's effectiveness in protecting and serving the entire community.

428.2 BASIS FOR CONTACT

The United States Department of Homeland Security, Bureau of Immigration and Customs Enforcement (ICE) has primary jurisdiction for enforcement of the Immigration and Nationality Act (Title 8 of the United States Codes) as to both civil and criminal immigration violations. California peace officers are not authorized under federal law to arrest an individual for violation of a civil immigration law, such as being illegally present in the country (i.e., an undocumented alien).

If a Sheriff's Office member suspects that an individual is unlawfully present in the United States, such a suspicion shall not, by itself, serve as the basis for contact, detention, or arrest. Absent a separate law enforcement reason, Sheriff's Office members shall not question such persons directly about their immigration status, nor telephone ICE while in the field to obtain such information.

428.3 EQUAL ENFORCEMENT OF THE LAWS

Sheriff's Office members shall give equal consideration to all persons with whom they come into contact. As stated in other policies, law enforcement actions shall not be taken against persons on the basis of race, ethnicity, national origin, age, gender, sexual orientation, religion, socioeconomic status, or other protected classification."""

# --- S7  Benton County (WA) Sheriff's Office Policy Manual, Policy 413 'Immigration Violations',
# 413.1 and the first three definitions of 413.1.1 (the Lexipol margin tags 'State' and
# 'Agency Content' of the stored copy removed).
BENTON = """413 Immigration Violations

413.1 PURPOSE AND SCOPE

The purpose of this policy is to provide guidelines to members of the Benton County Sheriff's Office relating to immigration laws and interacting with federal immigration officials (RCW 43.10.315).

413.1.1 DEFINITIONS

Civil immigration warrant - means any warrant for a violation of federal civil immigration law issued by a federal immigration authority. A "civil immigration warrant" includes, but is not limited to, administrative warrants entered in the national crime information center database, warrants issued on ICE Form I-200 (Warrant for Arrest of Alien), Form I-205 (ICE Administrative Warrant), or prior or subsequent versions of those forms, which are not court orders.

Court order and judicial warrant - mean a directive issued by a judge or magistrate under the authority of Article III of the United States Constitution or Article IV of the Washington Constitution. A "court order" includes, but is not limited to, judicially authorized warrants and judicially enforced subpoenas. Such orders and warrants do not include civil immigration warrants, or other administrative orders, warrants or subpoenas that are not signed or enforced by a judge or magistrate as defined in this section.

De-identified - means information that does not identify an individual and with respect to which there is no reasonable basis to believe that the information can be used to identify an individual."""

# --- S8  El Dorado County (CA) Sheriff's Office, Custody Division Procedural Order BK 2.04
# 'Illegal Aliens' (issue date 06-97, revision date 04-16-08; TRUST Act text), I-II.A.3
# (item 4 omitted: the stored copy breaks off inside it).
ELDORADO = """EL DORADO COUNTY SHERIFF'S OFFICE CUSTODY DIVISION
PROCEDURAL ORDER
SECTION: BK 2.04
CHAPTER: BOOKING AND RELEASE
SUBJECT: ILLEGAL ALIENS

I. PURPOSE:

A. To establish the policy as it relates to contacting, placing or releasing a hold for the Department of Homeland Security, Immigration and Customs Enforcement Agency (ICE) in accordance with Government Code sections 7282 and 7282.5 Trust Act.

II. POLICY:

A. The TRUST Act provides that a person may not be held in custody solely on the basis of an immigration detainer if he or she is otherwise "Eligible for Release from Criminal Custody" unless one of the following exceptions applies:

1. The individual is arrested and taken before a magistrate on a charge involving a Serious or Violent felony, as identified in subdivision (c) of Section 1192.7 or subdivision (c) of Section 667.5 of the Penal Code, a felony punishable by imprisonment in state prison, or any felony listed in paragraph (2) or (3) other than domestic violence, and the magistrate makes a finding of probable cause as to that charge pursuant to Section 872 of the Penal Code.

2. The individual has been convicted of a Serious or Violent felony according to a criminal background check or documentation provided to the law enforcement official by the United States Immigration and Customs Enforcement;

3. Individuals that have any conviction or prior conviction for which the person is required to register on the California Sex and Arson Registry (CSAR) as a sex offender pursuant to PC 290 or as an arson offender pursuant to PC 457.1."""

# --- S9  'Immigration Violation Policy - Justice Center Draft' (model objectives for a law
# enforcement agency), Objectives #1-#3 (OCR repaired, see SOURCE.md).
JUSTICE_CENTER = """Objective #1: (a) [The LEA] shall not stop, question, interrogate, investigate, or arrest an individual based solely on any of the following: (i) Actual or suspected immigration or citizenship status; or (ii) A "civil immigration warrant," administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database. (b) [The LEA] shall not inquire about the immigration status of an individual, including a crime victim, a witness, or a person who calls or approaches the police seeking assistance, unless necessary to investigate criminal activity by that individual. (c) [The LEA] shall not perform the functions of a federal immigration officer or otherwise engage in the enforcement of federal immigration law-whether pursuant to Section 1357(g) of Title 8 of the United States Code or under any other law, regulation, or policy.

Objective #2: [The LEA] may respond affirmatively to a "civil immigration detainer" from ICE or CBP to detain or transfer an individual for immigration enforcement or investigation purposes for up to 48 hours ONLY IF the request is accompanied by a judicial warrant.

Objective #3: (a) [The LEA] may respond affirmatively to an ICE or CBP request for non-public information about an individual-including but not limited to non-public information about an individual's release, home address, or work address-ONLY IF the request is accompanied by a judicial warrant or is otherwise required by law. (b) [The LEA] shall limit the information collected from individuals concerning immigration or citizenship status to that necessary to perform agency duties and shall prohibit the use or disclosure of such information in any manner that violates federal, state, or local law."""

# --- S10  Fresno County (CA) Sheriff's Office, Jail Division Policies and Procedures C-185
# 'Immigration Status / ICE Access' (effective 01-01-18, revised through 09-09-21), header,
# PURPOSE and POLICY (page 1).
FRESNO = """FRESNO COUNTY SHERIFF'S OFFICE
JAIL DIVISION POLICIES AND PROCEDURES
TITLE: IMMIGRATION STATUS NO: C-185
FILE: ICE ACCESS
EFFECTIVE DATE: 01-01-18 REVISED: 03-20-18, 07-18-19, 12-03-19, 09-09-21

PURPOSE:

The purpose of this policy is to establish and maintain a consistent method of access, communication, and cooperation with United States Immigration and Customs Enforcement (ICE) agents.

POLICY:

It is the policy of the Fresno County Sheriff's Office Jail Division to cooperate with all law enforcement agencies, providing access to computer databases and responding to agency requests. Contrarily, in order to comply with the California Values Act, immigration authorities must be restricted from normal law enforcement access and information sharing. This policy serves to address those restrictions.

It is the policy of the Fresno County Sheriff's Office Jail Division that all records relating to ICE access provided by the Sheriff's Office, including all communication with ICE, shall be public records for purposes of the California Public Records Act (PRA).

It is the policy of the Fresno County Sheriff's Office Jail Division to cooperate with immigration authorities to the extent that doing so does not violate any federal, state, or local law or local policy, and where permitted by the California Values Act.

It is the policy of the Fresno County Sheriff's Office Jail Division that no person shall be held solely on the basis of their immigration status."""

# --- S11  Sutter County (CA) Sheriff's Office: Jail Command Order #05-2014 'ICE Holds'
# (May 6, 2014) and the opening of jail policy J150.90 'Processing Foreign Born Inmates/ICE
# Policy' through item A's first paragraph.
SUTTER = """COMMAND ORDER #05-2014 (JAIL)
May 6, 2014
To: Jail Staff
From: Captain Dave Samson Jail Division Commander
Subject: ICE Holds

Effective Immediately, The Sutter County Sheriff's Office will no longer hold inmates or Intakes based solely on Immigration Customs Enforcement (ICE) holds or detainers. The Sutter Sheriff's Office will continue to notify ICE when we have a possible immigration violation, however we will not hold someone past the time their local charges would otherwise cause them to be released.

By Order Of,
Dave Samson
Jail Division Commander

J150.90 - PROCESSING FOREIGN BORN INMATES/ICE POLICY

A percentage of persons who commit crimes in Sutter County and who are arrested/serving commitments are foreign born, are in the United States illegally or have been convicted on deportable charges. These foreign-born criminals affect crime and public safety in our community. Immigration officials will screen foreign-born arrestees for immigration status and may place immigration holds on those arrestees.

The regulatory authorization for a jail to detain the person based on the immigration hold comes from the Code of Federal Regulations (8 C.F.R. §287.7(d)).

This policy identifies those prisoners who are under arrest or returning to serve sentences and who are foreign born and to notify the arrest to Immigration and Customs Enforcement (ICE) within a timely manner.

A. Identification at Booking/Commitment: During the booking/commitment process the officer will determine the country in which the person was born and if it is outside of the United States an ICE questionnaire will be completed."""
