# Real passages used by heldout10, verbatim from the stored copies (search corpus "pages"),
# normalised only as described in SOURCE.md (curly quotes -> straight, runs of spaces and
# list indentation collapsed, paragraphs separated by a blank line, OCR glyph repairs listed
# per source). No policy words were added except where a source's note says so.

SRC = {}

SRC["DENVER"] = dict(
    cite=("Denver (Colorado) Police Department Operations Manual, section on undocumented immigrants "
          "('(3) Undocumented immigrants', items 1-6, INS-era text), as reproduced verbatim in "
          "'Denver's Illegal Alien Sanctuary Policy', VDARE, 12 Feb 2005, "
          "https://vdare.org/articles/denver-s-illegal-alien-sanctuary-policy"),
    note="double space after 'is required.' collapsed; list indentation removed.",
    text="""(3) Undocumented immigrants (includes illegal and "undocumented aliens" as referred to in the Federal Immigration and Naturalization act)

1. The responsibility for enforcement of immigration laws rests with the Immigration and Naturalization Service (I.N.S.). Denver Police officers shall not initiate police actions with the primary objective of discovering the immigration status of a person.

2. Generally, officers will not detain, arrest, or take enforcement action against a person solely because he/she is suspected of being an undocumented immigrant. If enforcement action is deemed necessary under these circumstances, the approval of an on duty supervisor or commander is required. In addition, as soon as is practical the commander of the involved officer shall be notified.

3. However, when a suspect believed to be an undocumented immigrant is arrested for other charges, a "Refer to Immigration" charge will be added to the original charges. Sheriff's Department Personnel will then notify the I.N.S. authorities according to their procedures.

4. The charge "Hold For Immigration" will be lodged against a prisoner only when a warrant has been issued by the U.S. Department of Justice, or an agency thereof, and then only when the warrant is on an immigration matter.

5. Physical evidence pertaining to immigration violations shall be placed in the Property Bureau as evidence when there is no arrest made. A letter detailing the circumstances of the recovery of the property and the property invoice number shall be sent to the commander of the Crimes Against Persons Bureau for disposition.

6. All questions pertaining to the handling of immigration related cases shall be directed to the officer's supervisor and/or commanding officer. In addition, the commander of the Civil Liability Bureau is available for guidance regarding enforcement and non-enforcement immigration matters.""")

SRC["NEWLONDON_A"] = dict(
    cite=("City of New London (Connecticut), proposed resolution on immigration enforcement "
          "('A RESOLUTION OF THE CITY OF NEW LONDON', 2017, citing C.G.S. 54-192h and Governor Malloy's "
          "memorandum of 22 Feb 2017), opening through item 2, text layer published by DocumentCloud as "
          "'Sanctuary-Proposal', https://assets.documentcloud.org/documents/4416707/Sanctuary-Proposal.txt"),
    note=("OCR repairs: '54?192h' -> '54-192h', 'Malloy?s' -> 'Malloy's', 'US.' -> 'U.S.', 'of?cial' -> "
          "'official', 'city?s' -> 'city's'; paragraph breaks restored at the numbered and lettered items."),
    text="""A RESOLUTION OF THE CITY OF NEW LONDON

WHEREAS, the City Council has expressed a desire to protect the rights of all of its residents within the framework of state and federal laws.

NOW THEREFORE, in accordance with General Statute Section 54-192h and Governor Malloy's Memorandum of February 22, 2017, be it RESOLVED:

1. Any city official shall require a judicial warrant prior to

a. Detaining an individual or in any manner prolonging the detention of an individual at the request of U.S. Immigration and Customs Enforcement or Customs and Border Protection or

b. Arresting, detaining, or transporting an individual solely on the basis of an immigration detainer or other administrative document issued by ICE or CBP.

2. Unless acting pursuant to a court order or a legitimate law enforcement purpose, no city official shall permit ICE agents access to the city's detention facilities or to any person in city custody for investigative interviews or other investigative purposes.""")

SRC["NEWLONDON_B"] = dict(
    cite=("City of New London (Connecticut), proposed resolution on immigration enforcement (2017), "
          "items 4-5, same DocumentCloud text, "
          "https://assets.documentcloud.org/documents/4416707/Sanctuary-Proposal.txt"),
    note=("OCR repairs: 'Identi?cation' -> 'Identification', 'of?cials' -> 'officials', 'bene?t' -> 'benefit', 'veri?cation' -> 'verification'. "
          "Item 3 (OCR lost two words) and item 6 (copy truncated) are left out of both sides."),
    text="""4. Unless an Automated Fingerprint Identification System or some other research database used by the City identifies an issue of public safety concern, City officials shall not inquire into the immigration or citizenship status of an individual, except where the inquiry relates to a legitimate law enforcement purpose that is unrelated to the enforcement of a civil immigration law, or where required by state or federal law to verify eligibility for a benefit, service, or license that is conditioned on verification of certain status.

5. The City shall follow the Freedom of information Act for purposes of releasing any information about a person arrested by the City's Police Department.""")

SRC["HUMBOLDT"] = dict(
    cite=("Humboldt County (California) Code section 9121-6 (county sanctuary ordinance: restrictions in "
          "addition to SB 54), subsections (a)-(d)(5), https://humboldt.county.codes/Code/9121-6"),
    note="curly quotes and apostrophes straightened; the copy continues with (e), left out (truncated).",
    text="""In addition to the limitations set forth by the laws of the State of California, including but not limited to the above-described laws currently described in summary as "SB 54," the following restrictions shall apply:

(a) No enforcement official shall detain an individual on the basis of a civil immigration detainer.

(b) No agency shall participate in a joint law enforcement task force which includes ICE, or for which a purpose is enforcement of Federal immigration laws.

(c) Law enforcement officials shall not arrest or detain an individual, or provide any individual's personal information to a Federal immigration officer, on the basis of an administrative warrant, prior deportation order, or other civil immigration document based solely on alleged violations of the civil provisions of immigration laws.

(d) Where Federal law, State law, or court orders or decisions require that law enforcement arrest and detain immigrants for reasons pertaining to their immigration status (as opposed to the committing of violent crimes as defined herein) that the following protocols shall be followed:

(1) No arrests shall be made at the arrestee's home from 12:00 a.m. to 8:00 a.m.

(2) No arrests shall be made at a courthouse or other government building based upon the timing of a court hearing or appointment with government representative.

(3) No arrests shall be made near a school and every reasonable precaution shall be made to avoid arrests in the presence of the arrestee's children.

(4) No arrests shall be made at hospitals, nursing homes, or other medical facilities.

(5) Law enforcement officials shall make good faith efforts to seek Federal reimbursement for all costs incurred in continuing to detain an individual, after that individual becomes eligible for release, in response to each civil immigration detainer.""")

SRC["OLYMPIA"] = dict(
    cite=("Olympia (Washington) Police Department, Corrections directive SS-14-003 'Immigrations and Customs "
          "Enforcement Warrant' (implementation date May 15, 2014, signed C. Brady, Jail Manager), whole "
          "directive, http://www.codepublishing.com/WA/Olympia/opd/OlympiaOPDDI/OlympiaOPDDISS14003.html"),
    note="curly quotes straightened; list indentation removed. 'Immigrations' is sic in the original.",
    text="""Directive: SS-14-003
Immigrations and Customs Enforcement Warrant

General Order Reference: None

Implementation Date: May 15, 2014

Purpose: To require a warrant from Immigrations and Customs Enforcement (ICE) to detain prisoners.

Scope: Corrections Staff

Detail: The following policy shall govern OPD's response to a request from ICE to hold illegal aliens or suspected illegal aliens.

I. Staff will consider an ICE detainer a "request to voluntarily hold" a prisoner. The Olympia City Jail will not honor an ICE detainer unless it is accompanied by a warrant.

II. This does not change Olympia City Jail Policy 75.3.1 as it relates to notifications made to ICE when prisoners are suspected or confirmed illegal aliens. Staff will make notification to ICE when a prisoner is a suspected or confirmed illegal alien.

By: C. Brady, Jail Manager""")

SRC["EASTCHICAGO"] = dict(
    cite=("East Chicago (Indiana) Code of Ordinances section 39.055 'Immigration Enforcement Actions; Federal "
          "Responsibility', (A) through (D)(1), American Legal Publishing, "
          "https://codelibrary.amlegal.com/codes/eastchicagoin/latest/eastchicago_in/0-0-0-2591"),
    note=("curly apostrophe straightened; indentation removed, each lettered/numbered item its own paragraph. "
          "The copy breaks off inside (D)(2), so (D) ends at (1) on both sides."),
    text="""§ 39.055 IMMIGRATION ENFORCEMENT ACTIONS; FEDERAL RESPONSIBILITY.

(A) No agency or agent shall stop, arrest, detain, or continue to detain a person after that person becomes eligible for release from custody or is free to leave an encounter with an agent or agency, based on any of the following:

(1) An immigration detainer;

(2) An administrative warrant (including but not limited to entered into the Federal Bureau of Investigation's National Crime Information Center database); or

(3) Any other basis that is based solely on the belief that the person is not present legally in the United States, or that the person has committed a civil immigration violation.

(B) (1) No agency or agent shall be permitted to accept requests by ICE or other agencies to support or assist in any capacity with immigration enforcement operations, including, but not limited to requests to provide information on persons who may be the subject of immigration enforcement operations (except as may be required under § 39.059), to establish traffic perimeters, or to otherwise be present to assist or support an operation.

(2) In the event an agent receives a request to support or assist in an immigration enforcement operation he or she shall report the request to his or her supervisor, who shall decline the request and document the declination in an interoffice memorandum to the agency director through the chain of command.

(C) No agency or agent shall enter into an agreement under U.S.C. Title 8 § 1357(g) or any other federal law that permits state or local government entities to enforce federal civil immigration laws.

(D) Unless presented with a valid and properly issued criminal warrant, no agency or agent shall:

(1) Permit ICE agents access to a person being detained by, or in the custody of, the agency or agent;""")

SRC["KALAMAZOO"] = dict(
    cite=("Kalamazoo County (Michigan) Sheriff's Office Written Directive No. 1.0.67 'Undocumented Immigrants "
          "and ICE Detainers' (released 5 Dec 2018), PURPOSE, POLICY and its first two instructions, OCR text "
          "of the Scribd copy https://www.scribd.com/document/394979632/Kalamazoo-County-Sheriff-ICE-Policy "
          "(stored via a proxy page: https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F394979632%2FKalamazoo-County-Sheriff-ICE-Policy)"),
    note=("OCR header garbage before PURPOSE dropped; paragraph breaks restored at PURPOSE, POLICY and each "
          "'Ensure'; 'A Ensure' (sic, OCR lost the period) and 'Sherif's' (sic) kept; the second instruction has "
          "no letter in the OCR text and none was added. Cut before the 8 USC 1373 heading (copy truncated)."),
    text="""PURPOSE

To establish guidelines for the proper treatment of undocumented immigrants who come into contact with members of the Kalamazoo County Sheriff's Office and the handling of U.S. Immigration and Customs Enforcement (ICE) Detainers by the Kalamazoo County Sheriff's Office Jail

POLICY

It is the policy of the Kalamazoo County Sheriff's Office to maintain a long standing professional partnership with all federal law enforcement agencies. In order to formalize policy and to ensure continued compliance with existing federal law, personnel assigned to the Kalamazoo County Sherif's Office are hereby instructed that they will adhere to and, when necessary, facilitate the following:

A Ensure that agents of the United States acting under the color of law are given access to the Kalamazoo County Jail as professional visitors for the narrow purpose of permitting such agents, with official government identification, to meet with specific, named inmates who are or believed to be aliens, in violation of federal law, and to inquire as to such individual's right to be in or to remain in the United States.

Ensure that when the Department of Homeland Security (DHS) provides a formal written request, one that is authorized by the Immigration and Nationality Act, seeking advance notice of the scheduled release date of a particular in-custody inmate/alien, to an officer of the Kalamazoo County Sheriff's Office (KCSO), the officer shall ensure that information is provided.""")

SRC["SANTACRUZ"] = dict(
    cite=("Santa Cruz County (California) Sheriff's Office Policy Manual, Policy 428 'Immigration Violations' "
          "(Lexipol-derived; pre-TRUST-Act edition), 428.1-428.4 first paragraph, DocumentCloud text "
          "https://assets.documentcloud.org/documents/3220399/Santa-Cruz-County-Sheriff-Immigrant-Policy.txt"),
    note=("running header words 'Policy Santa Cruz County Sheriff's Office 428 Policy Manual' dropped; paragraph "
          "breaks restored at the section numbers; 428.4 cut before its last sentence (copy truncated)."),
    text="""Immigration Violations

428.1 PURPOSE AND SCOPE
The purpose of this policy is to provide guidelines to members of the Santa Cruz County Sheriff's Office for investigating and enforcing immigration laws.

428.2 POLICY
It is the policy of the Santa Cruz County Sheriff's Office that all members make personal and professional commitments to equal enforcement of the law and equal service to the public. Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community and recognizing the dignity of all persons, regardless of their immigration status.

428.3 VICTIMS AND WITNESSES
To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/ or deportation. While it may be necessary to determine the identity of a victim or witness, members shall treat all individuals equally and without regard to race, color or national origin in any way that would violate the United States or California Constitutions.

428.4 ARREST NOTIFICATION TO IMMIGRATION AND CUSTOMS ENFORCEMENT
Except as described below, it is not necessary to notify ICE when booking arrestees at the county jail. Immigration officials routinely interview suspected undocumented aliens who are booked into the county jail. Notification should be handled according to jail operation procedures. Whenever a deputy has reason to believe that an individual arrested for any offense listed in Health and Safety Code § 11369 may not be a citizen of the United States, and the individual is not going to be booked into the county jail, the arresting deputy shall notify ICE or other appropriate agency of the United States.""")

SRC["GILBERT1102"] = dict(
    cite=("Police General Order 1102 'Immigration / Contacts With Non-United States Citizens' (supersedes "
          "07-29-10 1102, Rev. 4-12; approved by Timothy J. Dorn, Chief of Police - the Gilbert, Arizona chief; "
          "the agency name itself is not in the stored copy), A. General and B. Definitions 1-5, "
          "https://docslib.org/doc/4951945/immigr-non-un-ration-nited-sta-contact-ates-cit-ts-with-tizens . "
          "A different order from the Gilbert GO 1006 used by heldout5"),
    note=("header block dropped; paragraph breaks restored at A., B. and each number; curly apostrophe straightened; "
          "definition 6 left out (copy truncated)."),
    text="""A. General (ARS §11-1051)

1. This agency shall conduct all immigration enforcement activities in a manner consistent with federal and state laws regulating immigration and protecting the civil rights, privileges and immunities of all persons. This policy will not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.

2. Officers should be aware that the enforcement of state and federal laws related to immigration is a complex effort requiring the cooperation of multiple agencies and the consideration of multiple facts and circumstances. Officers are encouraged to contact supervisors when necessary. If at any time, in the sound judgment of an officer, the officer believes that deviation from this policy is appropriate, the officer should contact a supervisor.

3. The purpose of this policy is to provide guidelines for the management of investigations into issues related to immigration enforcement.

B. Definitions

1. 287(g) Officer: State or local officer trained, certified and authorized by the federal government to enforce all aspects of federal immigration law.

2. Consular Officer: Person who displays a driver's license issued by the United States Department of State, or who otherwise claims immunities or privileges under Title 22 United States Code.

3. Documented Individual: Person who has proof of U.S. citizenship or lawful presence such as a valid visa or permanent resident alien card.

4. Foreign Diplomat: Person who displays a driver license issued by the United States Department of State, or who otherwise claims immunities or privileges under Title 22 United States Code.

5. Foreign National: Person who is not a U.S. citizen, including a resident alien.""")

SRC["NEWHAVEN"] = dict(
    cite=("New Haven (Connecticut) Department of Police Service, General Order 06-2 'Disclosure of Status "
          "Information: Policies and Procedures' (signed Dec. 2006), I. Purpose and II.A General, "
          "https://studylib.net/doc/8949852/general-order"),
    note="line breaks of the PDF text joined into paragraphs; the copy continues into II.B Policy, left out (truncated).",
    text="""NEW HAVEN DEPARTMENT OF POLICE SERVICE
GENERAL ORDER 06-2
RE: DISCLOSURE OF STATUS INFORMATION: POLICIES AND PROCEDURES

I. PURPOSE

The purpose of this General Order is to establish New Haven Police Department policy and procedures concerning citizenship status, enforcement of federal immigration laws and the disclosure of confidential information.

II. IMMIGRATION STATUS

A. General

The City of New Haven is home to a diverse population. Many of its residents have emigrated here from other countries, and some are not citizens of the United States. The City and the Police Department are committed to promoting the safety and providing proactive community policing services to all who live here. Residents should know that they are encouraged to seek and obtain police assistance and protection regardless of their immigration status.

The department relies upon the cooperation of all persons, both documented citizens and those without documentation status, to achieve our goals of protecting life and property, preventing crime and resolving problems. Assistance from immigrant populations is especially important when an immigrant, whether documented or not, is the victim of or witness to a crime. These persons must feel comfortable in coming forward with information and in filing reports. Their cooperation is needed to prevent and solve crimes and maintain public order, safety and security in the entire community. One of our most important goals is to enhance our relationship with the immigrant community, as well as to establish new and ongoing partnerships consistent with our community policing philosophy.""")
