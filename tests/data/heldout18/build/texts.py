# Real passages used by heldout18 (prefix HU). Each is verbatim from the stored copy named in CITE, with the
# normalisations listed in SOURCE.md (line wraps joined, <br /> removed, curly quotes straightened, OCR repairs noted).

CITE = {}
T = {}

CITE["FOREST"] = ("Forest Grove (Oregon) Police Department, Policy 412 'Immigration Violations' (Lexipol-derived, Oregon "
    "edition citing ORS 181A.820; undated web page), 412.1-412.4, https://www.forestgrove-or.gov/279/Immigration-Violations "
    "(stored copy; cut before 412.4.1, whose text breaks off)")
T["FOREST"] = """Immigration Violations - Policy 412

412.1 Purpose & Scope

The purpose of this policy is to provide guidelines to members of the Forest Grove Police Department for investigating and enforcing immigration laws.

412.2 Policy

It is the policy of the Forest Grove Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public. Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community and recognizing the dignity of all persons, regardless of their immigration status.

412.3 Victims & Witnesses

To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation. While it may be necessary to determine the identity of a victim or witness, members shall treat all individuals equally and without regard to race, color or national origin in any way that would violate the United States or Oregon Constitutions.

412.4 Enforcement

The U.S. Immigration and Customs Enforcement (ICE) has primary jurisdiction for enforcement of the provisions of Title 8 of the United States Code dealing with illegal entry. This department does not participate in routine immigration investigation and enforcement activities. However, an officer may arrest any person who is the subject of an arrest warrant issued by a federal magistrate for a criminal violation of federal immigration laws (ORS 181A.820)."""

CITE["EUGENE"] = ("City of Eugene (Oregon) Code 2.495 'Protections for Individuals' (added by Ordinance No. 20579, March 13, 2017), "
    "subsections (1)-(4), as reproduced in the July 24, 2019 council work-session packet, "
    "https://coeapps.eugene-or.gov/CMOWeblink/0/doc/2572628/Page18.aspx (stored copy; cut before (5), whose text breaks off)")
T["EUGENE"] = """2.495 Protections for Individuals.

(1) The city shall not use city law enforcement moneys, equipment or personnel for the purpose of detecting or apprehending persons whose only violation of law is that they are persons of foreign citizenship present in the United States in violation of federal immigration laws.

(2) Notwithstanding subsection (1) of this section, city law enforcement personnel may exchange information with the United States Bureau of Immigration and Customs Enforcement, the United States Bureau of Citizenship and Immigration Services and the United States Bureau of Customs and Border Protection in order to:

(a) Verify the immigration status of a person if the person is arrested for any criminal offense; or

(b) Request criminal investigation information with reference to persons named in records of the United States Bureau of Immigration and Customs Enforcement, the United States Bureau of Citizenship and Immigration Services or the United States Bureau of Customs and Border Protection.

(3) Notwithstanding subsection (1) of this section, city law enforcement personnel may arrest any person who:

(a) Is charged by the United States with a criminal violation of federal immigration laws under Title II of the Immigration and Nationality Act or 18 U.S.C. 1015, 1422 to 1429 or 1505; and

(b) Is subject to arrest for the crime pursuant to a warrant of arrest issued by a federal magistrate.

(4) As used in this section, "warrant of arrest" has the meaning given that term in ORS 131.005."""

CITE["EUGENEC"] = ("City of Eugene (Oregon), draft ordinance text 'Attachment C' in the 2017 council agenda packet on the "
    "protections-for-individuals ordinance, section 'Chapter provisions inapplicable to persons convicted of certain crimes', "
    "https://coeapps.eugene-or.gov/CMOWeblink/0/doc/1745859/Page12.aspx (stored copy; cut before the next section 'City Clerk to "
    "transmit copies'; OCR word joins repaired: 'thisChapter', 'Eugeneshall' (twice), 'toreport')")
T["EUGENEC"] = """CHAPTER PROVISIONS INAPPLICABLE TO PERSONS CONVICTED OF CERTAIN CRIMES.

Nothing in this Chapter shall preclude any City department, agency, commission, officer or employee from (a) cooperating with an ICE request for information regarding an individual who has been convicted of a felony committed in violation of the laws of the State of Oregon, which is still considered a felony under state law; or (b) reporting information as required by federal or state statute, or court order, regarding an individual who has been convicted of a felony committed in violation of the laws of the State of Oregon, which is still considered a felony under state law. For purposes of this Section, an individual has been "convicted" of a felony when: (a) there has been a conviction by a court of competent jurisdiction; and (b) all direct appeal rights have been exhausted or waived; or (c) the appeal period has lapsed.

However, no officer, employee or law enforcement agency of the City of Eugene shall stop, question, arrest or detain any individual solely because of the individual's national origin or immigration status. In addition, in deciding whether to report an individual to ICE under the circumstances described in this Section, an officer, employee or law enforcement agency of the City of Eugene shall not discriminate among individuals on the basis of their ability to speak English or perceived or actual national origin.

Nothing herein shall be construed or implemented so as to discourage any person, regardless of immigration status, from reporting criminal activity to law enforcement agencies."""

CITE["AA606"] = ("Anne Arundel County (Maryland) Police Department policy 606 'Illegal Immigration', effective 09-19-08, "
    "I. POLICY, https://pdfcoke.com/documents/anne-arundel-county-police-department-policy-on-illegal-immigration-september-9-2008-wqzmrlde1q30 "
    "and https://fdocuments.us/document/anne-arundel-county-police-department-policy-on-illegal-immigration-september.html (OCR copies; "
    "the last sentence is completed from the fdocuments copy; OCR repairs: 'aodier' read as 'and/or' (a guess), 'of. document' -> "
    "'of document', ',specifically' -> 'specifically', 'policy. officers' -> 'policy, officers', 'release. to include' -> 'release, "
    "to include'; header condensed)")
T["AA606"] = """ILLEGAL IMMIGRATION

INDEX CODE: 606 EFFECTIVE DATE: 09-19-08

I. POLICY

The department is committed to reducing all illegal activity within Anne Arundel County, including crimes committed by illegal aliens and the criminal enterprise of illegal aliens initiated by breach of federal law pertaining to legal residency. This reduction will be accomplished by:

A. Cooperating with federal immigration authorities as requested and/or in response to local matters,

B. Establishing legal authority to enforce immigration law with the proper federal authority.

C. Responding to citizen and community requests for action regarding illegal aliens, and

D. Proactively assessing legality of employment through a combination of document & benefit fraud investigations and worksite enforcement.

Pursuant to the Immigration and Nationality Act and regulations promulgated by the Attorney General and the Secretary of the Department of Homeland Security, only officers and employees of U.S. Immigration and Customs Enforcement (ICE) and certain specifically designated local law enforcement officers may arrest persons for being in this country illegally.

Pursuant to this policy, officers shall attempt to establish positive identification of all detainees before release, to include immigration status of individuals who willingly admit, or are reasonably believed or suspected to be in the United States illegally."""

CITE["ANTIOCH"] = ("Antioch Unified School District (California), 'Federal Immigration Enforcement Communications Guidelines and "
    "Procedures', section 'Federal Immigration Officials on Campus' (undated web page), https://www.antiochschools.net/Page/7981 "
    "(stored copy; cut before 'Special Requirements for International Students')")
T["ANTIOCH"] = """Federal Immigration Enforcement Communications Guidelines and Procedures

Federal Immigration Officials on Campus

The actual and perceived threats of immigration enforcement proceedings against undocumented students and their families could adversely affect students' sense of well-being and ability to learn. Therefore, the District has developed the following guidelines for all District faculty, staff, administrators, and students to follow should federal immigration enforcement officials, such as Immigration and Customs Enforcement (ICE) agents, seek access to District facilities or request student records/information.

If a federal immigration official requests access to:

- a school or District facility,
- school or District records,
- or student information

or if you have concerns about the presence of a federal immigration official on campus:

1. Stay calm.
2. Request the official's name, identification number, and agency affiliation.
3. Ask for a copy of the warrant or court order.
4. Inform the officer you are not impeding the agency's process, but simply adhering to established District protocol to address such requests.
5. Contact a District administrator.

The District administrator will work with the District's legal counsel to make a final determination as to whether the request for such access is lawful and will respond accordingly.

If a federal immigration enforcement official refuses to follow the protocol, do not confront the federal official yourself. Instead, call a District administrator immediately."""

CITE["SDUSD"] = ("San Diego Unified School District (California), Administrative Regulation 5145.13 'Response to Immigration "
    "Enforcement', section 'Responding to Requests for Information' (CSBA-derived; undated page), "
    "https://birney.sandiegounified.org/about_us/policies/a_r_5145_13_response_to_immigration_enforcement (stored copy; cut before "
    "'Responding to Requests for Access to Students or School Grounds', whose text breaks off; page number '1' dropped)")
T["SDUSD"] = """Students AR 5145.13

RESPONSE TO IMMIGRATION ENFORCEMENT

Responding to Requests for Information

Unless authorized by the Family Educational Rights and Privacy Act pursuant to 20 USC 1232g, student information shall not be disclosed to immigration law enforcement authorities without parental consent, a court order, or judicial subpoena. The Superintendent or designee shall annually notify parents/guardians that the district will not release student information to third parties for immigration enforcement purposes, unless the parent/guardian consents or as required to do by court order or judicial subpoena.

(cf. 1340 - Access to District Records)
(cf. 3580 - District Records)
(cf. 5125 - Student Records)

Upon receiving any verbal or written request for information related to a student's or family's immigration or citizenship status, district staff shall:

1. Notify the Superintendent or designee about the information request.

2. Provide students and families with appropriate notice and a description of the immigration officer's request.

3. Document any request for information by immigration authorities.

4. Except when the subpoena served on the local educational agency expressly prohibits disclosure, the district shall provide parental or guardian notification of any court orders, warrants, or subpoenas before responding to such requests.

(cf. 5141.4 - Child Abuse Prevention and Reporting)

Resources and data collected by the district shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination. (Government Code 8310.3)"""

CITE["NOSCI"] = ("New Orleans Charter Science and Mathematics High School (Louisiana), 'School Policy on Interactions with Law "
    "Enforcement and Immigration Authorities (ICE)', sections I-IV (2025 web page), "
    "https://noscihigh.org/classroom/School-Policy-on-Interactions-with-Law-Enforcement-and-Immigration (stored copy; cut before the "
    "definition 'Protected Areas', whose text breaks off; footnote marker after the Plyler sentence dropped)")
T["NOSCI"] = """School Policy on Interactions with Law Enforcement and Immigration Authorities (ICE)

I. Purpose

This policy establishes clear guidelines for interactions between school personnel and law enforcement agencies, including Immigration and Customs Enforcement (ICE). The purpose is to protect the rights, privacy, and well-being of all students while ensuring compliance with federal and state laws.

II. Scope

This policy applies to all school personnel, including administrators, teachers, staff, and any individuals acting on behalf of the school, in all interactions with law enforcement agencies, including local police, state authorities, federal agencies (such as the FBI and ICE), and school resource officers.

III. General Principles

Under Plyler v. Doe (1982), all children, regardless of immigration status, have the right to a free K-12 public education.

Schools should ensure that no student is deterred from accessing education due to concerns about law enforcement actions.

School personnel shall not take any action that could expose students to immigration enforcement, except when required by law.

All interactions with law enforcement agencies must comply with federal and state laws, including the Family Educational Rights and Privacy Act (FERPA) and applicable student privacy laws.

IV. Definitions

Law Enforcement Agents: Officers from local police departments, state law enforcement agencies, federal agencies (such as ICE, FBI, or DHS), and school resource officers.

Personally Identifiable Information (PII): Information that can be used to identify an individual, including name, address, Social Security number, and other sensitive data.

Education Records: Student records maintained by the school or a third party acting on behalf of the school, protected under FERPA.

Disclosure: The release, transfer, or access to information outside the entity holding it."""

CITE["UCSD"] = ("UC San Diego Police Department, 'Immigration Enforcement Policies, Procedures and FAQ' (undated web page), "
    "https://police.ucsd.edu/resources/immigration.html (stored copy; cut after item 2, because item 3's list of contacts is not in "
    "the stored copy)")
T["UCSD"] = """Immigration Enforcement Policies, Procedures and FAQ

UC San Diego is committed to cultivating and maintaining a campus environment that is safe and welcoming for all members of our community, regardless of immigration status. This information will help you know your rights and the steps to take in the event federal immigration agents come on campus to enforce the law.

Please note, the procedures and information below relate only to immigration enforcement activities. Federal immigration agencies are periodically on campus for non-enforcement activities, which can include recruitment and other activities related to normal immigration visa processing.

1. If you are advised that an immigration officer is expected to enter, will enter or has entered the campus to execute a federal immigration order, please notify UC San Diego Police at (858) 534-4357 as soon as possible.

2. All students, faculty and staff responding to or having contact with an immigration officer executing a federal immigration order, should refer the entity or individual to the Office of Campus Counsel, WarrantQuestions@ucsd.edu, for purposes of verifying the legality of any warrant, court order or subpoena."""

CITE["SJUSD"] = ("San Juan Unified School District (California), FAQ 'Do schools allow immigration enforcement officials or other "
    "government authorities on campus?' (undated, written while the DHS sensitive-locations guidance was in force), "
    "https://www.sanjuan.edu/site/default.aspx?PageType=3&ModuleInstanceID=64926&ViewID=9fc4dc78-f943-4224-8465-6c780e58f4df&RenderLoc=0&FlexDataID=33392&PageID=41834 "
    "(whole answer as stored; 'Posted by:' line dropped)")
T["SJUSD"] = """Do schools allow immigration enforcement officials or other government authorities on campus?

Current federal guidelines deem schools as 'sensitive locations' and restrict immigration enforcement activities on campuses unless there are urgent reasons. You can learn more about sensitive locations on the Immigration and Customs Enforcement website. District staff are monitoring these federal guidelines in case any changes are made.

School districts have the right to limit the amount of disruption to the learning environment and to ensure the safety of their staff and students, which may include denying an individual from accessing a campus during school hours.

In the unlikely event that ICE or other government authorities decide to pursue immigration-related investigations on school campuses, school staff should follow appropriate district procedures applicable to any visitor on campus including requesting guests to sign-in, provide identification and obtain the appropriate approvals for entry from the site administrator or superintendent. If a government official produces a warrant or court order site administrators should immediately contact legal services at (916) 971-7110.

School districts that allow non-immigrant, international students (who are in the U.S. under an F-1 or M-1 visa) to enroll in their programs through ICE's "Student and Exchange Visitor Program" (SEVP) are subject to onsite visits from SEVP officials at any time and must provide officials with certain records on such students. The SEVP, however, does not have the authorization to review the records of students suspected of being undocumented."""

CITE["JOSEPHINE"] = ("Josephine County (Oregon) Sheriff's Office, 'Informational Press Release On Immigration', February 8, 2025, "
    "Sheriff Dave Daniel, https://flashalert.net/id/JosephineSheriff/178882 (stored copy; cut after item 3, because item 4 breaks off; "
    "'INCIDENT DATE AND TIME' and 'REPORTING DEPUTY' lines dropped)")
T["JOSEPHINE"] = """RELEASE DATE: February 8, 2025

INCIDENT: Informational Press Release on Immigration

DETAILS: The purpose of this release is to inform Josephine County citizens on the status of immigration practices within Josephine County and state-wide law enforcement as it pertains to Oregon State Law and Federal Law. While I will not speak for law enforcement across the state, I will close with my personal opinions as it pertains to immigration reform and the direction I believe the majority of Josephine County citizens wish the Sheriff's Office will proceed.

First, I will explain the stance of Oregon State sanctuary laws as it pertains to actions law enforcement can and cannot perform under Oregon Revised Statutes section ORS 181A.8##.

In recent years, the Oregon Legislature enacted several immigration laws as it pertains to Oregon law enforcement's directives. Within the State of Oregon, law enforcement can:

1. Request information from ICE about a person named in ICE records for local criminal investigation. ORS 181A.820

2. Arrest a person wanted under certain federal criminal immigration statutes when there is a warrant signed by a federal judge (not just an ICE administrative subpoena). ORS 181.A.820

3. Provide information to ICE about a person in custody if the information is available to the public or by subpoena from the courts. ORS 181A.823"""

_MKE_BODY = """130.00 PURPOSE

The U.S. Department of State requires the assistance of state and local law enforcement authorities in carrying out the treaty obligations of the United States concerning the detention or arrest of foreign nationals and contacts with foreign diplomats in this country. The cooperation of state and local law enforcement authorities is essential to carry out these obligations effectively, and to ensure that Americans arrested or detained abroad obtain the treatment to which they are entitled. These obligations are embodied in both bilateral agreements with specific countries and in the multilateral Vienna Convention on Consular Relations, to which the United States is a party. These treaty obligations are legally binding on all state and local governments.

Note: A recent decision by the United States Court of Appeals has established potential liability to police officers that fail to follow the Vienna Convention on Consular Relations procedures. Accordingly, members of the department shall pay particular attention to the procedures outlined below when dealing with foreign nationals.

130.05 DEFINITIONS

A. FOREIGN NATIONALS

For the purpose of this procedure, a foreign national is defined as a person owing allegiance to, and entitled to the protection of, another sovereign state; specifically a person who claims the protection of that state, and applies especially to a person living or traveling outside that state."""

CITE["MKE"] = ("Milwaukee (Wisconsin) Police Department Standard Operating Procedure 130 'Foreign Nationals - Diplomatic Immunity - "
    "Immigration Enforcement', header, 130.00 and 130.05 A (first sentence). OLD: General Order 2016-17 (issued March 24, 2016), "
    "https://paperzz.com/doc/7791197/foreign-nationals-diplomatic-immunity ; NEW: General Order 2017-43 (issued July 6, 2017), "
    "https://assets.documentcloud.org/documents/5081056/Milwaukee-Police-Immigration-Policy.txt (both stored copies; both cut at the "
    "same sentence of 130.05 A, before 'Simply stated', because the 2016 copy breaks off soon after)")
T["MKE16"] = """MILWAUKEE POLICE DEPARTMENT

STANDARD OPERATING PROCEDURE

130 - FOREIGN NATIONALS - DIPLOMATIC IMMUNITY - IMMIGRATION ENFORCEMENT

GENERAL ORDER: 2016-17
ISSUED: March 24, 2016
EFFECTIVE: March 24, 2016
ACTION: Amends General Order 2015-56 (November 20, 2015)
REVIEWED/APPROVED BY: Captain Mark Stanmeyer
DATE: March 7, 2016
WILEAG STANDARD(S): 6.2.2

""" + _MKE_BODY
T["MKE17"] = """MILWAUKEE POLICE DEPARTMENT

STANDARD OPERATING PROCEDURE

130 - FOREIGN NATIONALS - DIPLOMATIC IMMUNITY - IMMIGRATION ENFORCEMENT

GENERAL ORDER: 2017-43
ISSUED: July 6, 2017
EFFECTIVE: July 6, 2017
ACTION: Amends General Order 2016-17 (March 24, 2016)
REVIEWED/APPROVED BY: Assistant Chief Carianne Yerkes
DATE: June 21, 2017
WILEAG STANDARD(S): 6.2.2

""" + _MKE_BODY
