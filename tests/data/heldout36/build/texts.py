# Real texts, copied verbatim from stored page excerpts (see SOURCE.md). Line numbers, page headers and
# table markup of the stored copies removed; one paragraph per numbered unit.

TN = """SECTION 1. Tennessee Code Annotated, Title 4, Chapter 3, Part 20, is amended by adding the following as a new section:

(a) There is created within the department of safety the centralized immigration enforcement division.

(b) The chief executive of the division is the chief immigration enforcement officer, to be appointed by the governor, whose duties include:

(1) Overseeing state and local collaboration with federal immigration agencies;

(2) Facilitating efficient communication between state, local, and federal agencies with respect to immigration policy and enforcement;

(3) Allocating resources, including the approval and distribution of grants from the immigration enforcement grant fund created pursuant to SECTION 5;

(4) Developing strategic immigration enforcement plans;

(5) Coordinating participation in federal immigration programs, including the 287(g) program pursuant to the Immigration and Nationality Act (8 U.S.C. § 1357(g));

(6) Ensuring state and local compliance with federal and state immigration laws;"""

FL_A = """Senator Smith moved the following:

Senate Amendment (with title amendment)

Delete lines 1016 - 1087 and insert:

Section 25. Subsection (1) of section 908.104, Florida Statutes, is amended to read:

908.104 Cooperation with federal immigration authorities.—

(1) Except as provided in s. 908.1041, a law enforcement agency shall use best efforts to support the enforcement of federal immigration law. This subsection applies to an official, representative, agent, or employee of the entity or agency only when he or she is acting within the scope of his or her official duties or within the scope of his or her employment.

Section 26. Section 908.1041, Florida Statutes, is created to read:

908.1041 Prohibition against engaging in immigration enforcement activities near public schools or religious institutions.—

(1) As used in this section, the term:

(a) “Immigration enforcement activities” means any action by a law enforcement officer or agency, including, but not limited to, the identification, detention, questioning, investigation, or arrest of individuals based on their immigration status.

(b) “Public school” means any facility or location providing primary or secondary education, including, but not limited to, public K-12 schools, charter schools, and school grounds."""

FL_B = """Senator Smith moved the following:

Senate Amendment to Amendment (843850) (with title amendment)

Delete lines 846 - 917 and insert:

Section 30. Subsection (1) of section 908.104, Florida Statutes, is amended to read:

908.104 Cooperation with federal immigration authorities.—

(1) Except as provided in s. 908.1041, a law enforcement agency shall use best efforts to support the enforcement of federal immigration law. This subsection applies to an official, representative, agent, or employee of the entity or agency only when he or she is acting within the scope of his or her official duties or within the scope of his or her employment.

Section 31. Section 908.1041, Florida Statutes, is created to read:

908.1041 Prohibition against engaging in immigration enforcement activities near public schools or religious institutions.—

(1) As used in this section, the term:

(a) “Immigration enforcement activities” means any action by a law enforcement officer or agency, including, but not limited to, the identification, detention, questioning, investigation, or arrest of individuals based on their immigration status.

(b) “Public school” means any facility or location providing primary or secondary education, including, but not limited to, public K-12 schools, charter schools, and school grounds."""

DE = """BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE:

Section 1. Amend Chapter 21, Title 10 of the Delaware Code by making deletions as shown by strike through and insertions as shown by underline as follows:

2115. Federal agency cooperation; restrictions.

(a) A sheriff, deputy, or constable may not cooperate with a federal agency in activity at schools or churches that relates to immigration enforcement unless the specific cooperation requested by the federal agency is first authorized by the Delaware Attorney General.

(b) Authorization under subsection (a) of this section must be requested by the supervising authority of the sheriff, deputy, or constable seeking authorization for cooperation. The request for cooperation must:

(1) Be in writing.

(2) Be submitted at least 72 hours prior to the date of the activity.

(3) State the name of the enforcement agency making the request.

(4) State the reason for the request.

(5) Provide the dates and duration of the activity."""

TX997 = """SECTION 1. Chapter 2, Code of Criminal Procedure, is amended by adding Article 2.255 to read as follows:

Art. 2.255. ENFORCEMENT OF FEDERAL IMMIGRATION LAW AT PLACES OF WORSHIP, HOSPITALS, PUBLIC SCHOOLS, AND COURTHOUSES. (a) A law enforcement agency or other governmental entity that employs a peace officer shall adopt and enforce a policy that prohibits the agency's or entity's peace officers from participating in the enforcement of federal laws relating to immigrants or immigration, including the federal Immigration and Nationality Act (8 U.S.C. Section 1101 et seq.), on the property of a place of worship, hospital, public school, including a public institution of higher education, or courthouse.

(b) The attorney general, in consultation with agencies and entities described by Subsection (a), shall develop and publish a model policy on the attorney general's Internet website for the enforcement of federal immigration law at places of worship, hospitals, public schools, and courthouses to ensure that those facilities remain safe and accessible to all residents of this state regardless of immigration status.

SECTION 2. This Act takes effect September 1, 2017."""

TX108 = """SECTION 1. Chapter 2, Code of Criminal Procedure, is amended by adding Article 2.255 to read as follows:

Art. 2.255. ENFORCEMENT OF FEDERAL IMMIGRATION LAW AT PLACES OF WORSHIP, HOSPITALS, PUBLIC SCHOOLS, AND COURTHOUSES. (a) A law enforcement agency or other governmental entity that employs a peace officer shall adopt and enforce a policy that prohibits the agency's or entity's peace officers from participating in the enforcement of federal law relating to aliens, immigrants, or immigration, including the federal Immigration and Nationality Act (8 U.S.C. Section 1101 et seq.), on the property of a place of worship, hospital, public school, including a public institution of higher education, or courthouse.

(b) The attorney general, in consultation with agencies and entities described by Subsection (a), shall develop and publish a model policy on the attorney general's Internet website for the enforcement of federal immigration law at places of worship, hospitals, public schools, and courthouses to ensure that those facilities remain safe and accessible to all residents of this state regardless of immigration status.

SECTION 2. Section 752.053, Government Code, as effective September 1, 2017, is amended to read as follows:

Sec. 752.053. POLICIES AND ACTIONS REGARDING IMMIGRATION ENFORCEMENT. (a) Except as provided by Article 2.255, Code of Criminal Procedure, a local entity or campus police department may not:

(1) adopt, enforce, or endorse a policy under which the entity or department prohibits or materially limits the enforcement of immigration laws;

(2) as demonstrated by pattern or practice, prohibit or materially limit the enforcement of immigration laws; or"""

IN1393_C = """HOUSE BILL No. 1393

DIGEST OF HB 1393 (Updated January 28, 2025 3:33 pm - DI 92)

Citations Affected: IC 5-2; IC 34-30.

Synopsis: Immigration notice. Provides that, in the event that a law enforcement officer arrests an individual for a felony or a misdemeanor and has probable cause to believe that the individual is not lawfully present in the United States, the officer's law enforcement agency shall notify the county sheriff of the probable cause during the individual's intake process. Provides that a law enforcement officer shall arrest an individual in lieu of issuing a summons for a misdemeanor if the law enforcement officer has probable cause to believe that the individual is not lawfully present in the United States. Requires the county sheriff to notify the proper authority. Provides that a law enforcement agency, including a county sheriff, or a law enforcement officer or other employee of a law enforcement agency, is immune from civil liability if there is reasonable belief that the notification requirements under this statute have been fulfilled.

Effective: July 1, 2025.

Bascom, Prescott, Lucas, Payne

January 13, 2025, read first time and referred to Committee on Veterans Affairs and Public Safety.

January 27, 2025, amended, reported — Do Pass."""

IN1393_E = """ENGROSSED HOUSE BILL No. 1393

DIGEST OF HB 1393 (Updated March 20, 2025 2:36 pm - DI 106)

Citations Affected: IC 5-2.

Synopsis: Immigration notice. Provides that if a law enforcement officer arrests an individual for a felony or a misdemeanor and there is probable cause to believe that the individual is not lawfully present in the United States, the jail or detention facility shall notify the county sheriff of the probable cause during the individual's intake process, and the county sheriff shall notify the proper authority.

Effective: July 1, 2025.

Bascom, Prescott, Lucas, Payne

(SENATE SPONSORS — FREEMAN, BALDWIN, KOCH, MAXWELL, YOUNG M)

January 13, 2025, read first time and referred to Committee on Veterans Affairs and Public Safety.

January 27, 2025, amended, reported — Do Pass.

February 3, 2025, read second time, ordered engrossed.

February 4, 2025, engrossed. Read third time, passed. Yeas 67, nays 26.

SENATE ACTION

February 18, 2025, read first time and referred to Committee on Corrections and Criminal Law.

March 18, 2025, amended, reported favorably — Do Pass.

March 20, 2025, read second time, amended, ordered engrossed."""

_IN_COMMON = """Clarifies that the enforcement of federal immigration laws may be carried out by federal, state, or local law enforcement. Removes the mens rea standard in the statute concerning governmental entities or postsecondary institutions violating the citizenship and immigration status information and enforcement of federal laws{CH}. Provides that a governmental body that has the custody of an individual who is the subject of an immigration detainer request shall: (1) provide the judge authorized to grant or deny the individual's release on bail notice that the individual is subject to an immigration detainer request; (2) record in the individual's case file that the individual is subject to an immigration detainer request; (3) comply with the immigration detainer request; and (4) inform the individual that the individual is being held pursuant to an immigration detainer request. Provides immunity to a governmental body or an employee of a governmental body for any action taken concerning an immigration detainer request. Provides that if the attorney general determines that probable cause exists that a governmental entity has not complied with an immigration detention request, the attorney general may: (1) issue a cease and desist order; (2) bring a court action to enjoin an action or practice constituting a violation of an immigration detention request or compel compliance with the immigration detention request; and (3) impose a civil penalty for noncompliance with an immigration detention request."""

IN428 = """Introduced Version

SENATE BILL No. 428

DIGEST OF INTRODUCED BILL

Citations Affected: IC 5-2-18.2; IC 34-30-2.1-32.5.

Synopsis: Immigration matters. """ + _IN_COMMON.replace("{CH}", "")

IN1531 = """Introduced Version

HOUSE BILL No. 1531

DIGEST OF INTRODUCED BILL

Citations Affected: IC 5-2-18.2; IC 6-3-7-6; IC 12-8-1.5-21; IC 20-26-11-34; IC 22-5-9; IC 34-30-2.1-32.5; IC 35-52-6-23.5.

Synopsis: Various immigration matters. """ + _IN_COMMON.replace("{CH}", " chapter")

IA = """Sec. 2. NEW SECTION. 718C.2 Illegal reentry into state by certain aliens.

1. A person who is an alien commits an offense if the person enters, attempts to enter, or is at any time found in this state under any of the following circumstances:

a. The person has been denied admission to or has been excluded, deported, or removed from the United States.

b. The person has departed from the United States while an order of exclusion, deportation, or removal is outstanding.

2. An offense under this section is an aggravated misdemeanor, except that the offense is:

a. A class “D” felony if any of the following are true:

(1) The person’s removal was subsequent to a conviction for commission of two or more misdemeanors involving drugs, crimes against a person, or both.

(2) The person was excluded pursuant to 8 U.S.C. §1225(c) because the defendant was excludable under 8 U.S.C. §1182(a)(3)(B).

(3) The person was removed pursuant to the provisions of 8 U.S.C. ch. 12, subch. V.

(4) The person was removed pursuant to 8 U.S.C. §1231(a)(4)(B).

b. A class “C” felony if the person was removed subsequent to a conviction for the commission of a felony."""
