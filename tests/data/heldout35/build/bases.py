# Real texts, copied from stored copies (see SOURCE.md). Washington bill text from GitHub tannewt/wa-law.org
# (markdown of the official bill PDFs); its "1." / "a." list rendering is written back in the bills' (1) / (a) style.

# ---------- SB 5906 (2025-26), original bill (site/bill/2025-26/sb/5906/1/README.md) ----------
O1_1_2 = """Sec. 1. (1) Except as required by state or federal law, or as required to administer a state or federally supported early learning or child care program, early learning providers may not do either of the following:

(a) Collect information or documents regarding immigration or citizenship status of students or their family members; or

(b) Allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of an early learning or child care site for any purpose without being presented with a valid judicial warrant, judicial subpoena, or a court order. An early learning provider shall, to the extent practicable, request a valid form of identification from an officer or employee of an agency conducting immigration enforcement seeking to enter a nonpublic area of an early learning or child care site. This subsection may not be construed to limit an early learning provider's right to consult with counsel or challenge the validity of a judicial warrant, judicial subpoena, or court order in a court of competent jurisdiction.

(2) The early learning provider shall, in a timely manner, report to the department any request for information or access to an early learning or child care site by any officer or employee of a law enforcement agency for the purpose of enforcing immigration laws. Any report made under this subsection must be provided in a manner that ensures the confidentiality and privacy of any potential identifying information."""

O1_3_6 = """(3) If an early learning provider is aware that a child's parent or legal guardian is not available to care for the student, the early learning provider shall first exhaust any parental instruction relating to the child's care in the emergency contact information it has for the child to arrange for the child's care. An early learning provider is encouraged to work with parents or legal guardians to update the emergency contact information and not contact the department to arrange for the child's care unless the early learning provider is unable to arrange for care through the use of emergency contact information or other information or instructions provided by the parent or legal guardian.

(4) The early learning provider shall provide information to parents and guardians, as appropriate, regarding their children's eligibility for certain early learning programs regardless of immigration or citizenship status or religious beliefs. This information must include "know your rights" immigration enforcement information established by the attorney general and may be provided in an annual notification to parents and legal guardians or any other cost-effective means determined by the early learning provider.

(5) This section does not prohibit or restrict any governmental entity or official from sending to, or receiving from, federal immigration authorities, information regarding the immigration or citizenship status, lawful or unlawful, of an individual, or from requesting from federal immigration authorities immigration status information, lawful or unlawful, or any individual, or maintaining or exchanging that information with any other federal, state, or local governmental entity, pursuant to 8 U.S.C. Secs. 1373 and 1644.

(6) For the purposes of this section, the following definitions apply:

(a) "Early learning providers" include, but are not limited to, licensed or certified child care centers, family home providers, and outdoor nature-based child care providers; early childhood education and assistance program providers; birth to three early childhood education and assistance program providers; head start and early head start programs; private and nonprofit preschool; home visitation programs; and early intervention services providers;

(b) "Immigration enforcement" includes any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal civil immigration law, and any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal criminal immigration law that penalizes a person's presence in, entry, or reentry to, or employment in, the United States; and

(c) "Provider" includes any officers, employees, agents, or contractors of the early learning provider."""

O2_1_3 = """Sec. 2. (1) Except as required by state or federal law or as required to administer a state or federally supported educational program, school district employees may not do either of the following:

(a) Collect information or documents regarding immigration or citizenship status of students or their family members; or

(b) Allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of a school site for any purpose without being presented with a valid judicial warrant, judicial subpoena, or a court order. A school district employee shall, to the extent practicable, request a valid form of identification from an officer or employee of an agency conducting immigration enforcement seeking to enter a nonpublic area of a school site. This subsection may not be construed to limit a school district's or employee's right to consult with counsel or challenge the validity of a judicial warrant, judicial subpoena, or court order in a court of competent jurisdiction.

(2) In accordance with the federal family educational rights and privacy act of 1974, 20 U.S.C. Sec. 1232g and RCW 28A.605.030, school district employees may not disclose or provide in writing, verbally, or in any other manner, the education records of or any information about a student or a student's family and household without the written consent of the student's parent or legal guardian including, but not limited to, personal information about the student's home and information about the student's travel schedule, to an officer or employee of an agency conducting immigration enforcement absent a valid judicial warrant, judicial subpoena, or court order directing the school district or its employee to do so. Any disclosure of a student's education records pursuant to a valid judicial warrant, judicial subpoena, or court order must be in accordance with the parent notification requirements set forth in 34 C.F.R. Part 99 Sec. 31(a)(9)(ii).

(3) The school district superintendent shall, in a timely manner, report to the school district board of directors any request for information or access to a school site by any officer or employee of a law enforcement agency for the purpose of enforcing immigration laws. Any report made under this subsection must be provided in a manner that ensures the confidentiality and privacy of any potential identifying information."""

O4 = """Sec. 4. (1) To enhance privacy available to facility users and promote a safe environment conducive to the facility's mission and patient care, health care facilities, as defined in RCW 70.37.020, shall designate areas where patients are receiving treatment or care, or where a patient is discussing protected health information, as nonpublic. The facility is encouraged to designate these areas through mapping signage, key entry, policy, or a combination of those.

(2) Unless required by state or federal law, a health care facility and its personnel may not allow any person access to the nonpublic areas of the facility as described in subsection (1) of this section, for immigration enforcement purposes, unless the person has a valid judicial warrant or court order that specifically grants access to the nonpublic areas of the facility.

(3) A health care facility and its personnel shall, to the extent possible, have the denial of permission for access to nonpublic areas of the facility pursuant to subsection (2) of this section witnessed and documented by at least one other health care facility employee.

(4) Health care facilities shall inform staff and relevant volunteers on how to respond to requests relating to immigration enforcement that grants access to health care facility sites or to patients.

(5) For purposes of this section, "immigration enforcement" has the same meaning as defined in section 1 of this act."""

O5_1 = """Sec. 5. (1) Each institution of higher education shall, to the fullest extent consistent with state and federal law:

(a) Refrain from disclosing personal information about students and employees except:

(i) With the consent of the person identified, or if the person is under 18 years of age, with the consent of the parent or legal guardian of the person identified;

(ii) As may legally be disclosed under state and federal privacy laws;

(iii) For the programmatic purpose for which the information was obtained;

(iv) As part of a directory that does not include residence addresses or individual persons' course schedules and that the person has not elected to opt out of; or

(v) In response to a judicial warrant, court order, or judicial subpoena;

(b) Advise all students and employees to notify the office of the president, or their designee, as soon as possible, if an immigration officer is expected to enter, will enter, or has entered the campus to execute a federal immigration order;

(c) Notify the person's emergency contact that the person has been taken into custody as soon as possible if there is reason to suspect that a student or employee has been taken into custody as a result of an immigration enforcement action;

(d) Comply with a request from an immigration officer for access to nonpublic areas of the campus only upon presentation of a judicial warrant, judicial subpoena, or court order. This subsection does not apply to an immigration officer's request for access to or for information related to the operation of international student or employee programs, employment verification efforts, or other nonenforcement activities;

(e) Advise all students and employees responding to or having contact with an immigration officer executing a federal immigration order, to direct the immigration officer to the office of the president, or their designee, for purposes of verifying the legality of any judicial warrant, court order, or judicial subpoena;"""

O6 = """Sec. 6. (1) During primaries, general elections, and special elections, a county auditor shall designate as nonpublic any place where ballots are handled, processed, counted, or tabulated. County auditors are encouraged to designate these areas through mapping signage, key entry, policy, or a combination of those.

(2) Unless required by state or federal law, any election officer, or any worker or volunteer of a county auditor's office, may not allow any person access to nonpublic areas as described in subsection (1) of this section for immigration enforcement purposes, unless the person has a valid judicial warrant or court order that specifically grants access to those nonpublic areas.

(3) An election officer, or a worker or volunteer of a county auditor's office, shall, to the extent possible, have the denial of permission for access to nonpublic areas pursuant to subsection (2) of this section witnessed and documented by at least one other election officer, worker, or volunteer.

(4) The county auditor shall inform election officers, workers, and volunteers on how to respond to requests relating to immigration enforcement that grants access to nonpublic areas as described in subsection (1) of this section.

(5) For the purposes of this section, "immigration enforcement" has the same meaning as defined in section 1 of this act."""

# ---------- SB 5906, substitute bill (site/bill/2025-26/sb/5906/S/README.md) ----------
S1_1_2 = """Sec. 1. (1) Except as required by state or federal law, or as required to administer a state or federally supported early learning or child care program, early learning providers may not do either of the following:

(a) Collect information or documents regarding immigration or citizenship status of students or their family members; or

(b) Allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of an early learning or child care site for any purpose without being presented with a valid judicial warrant or court order. An early learning provider shall, to the extent practicable, request a valid form of identification from an officer or employee of an agency conducting immigration enforcement seeking to enter a nonpublic area of an early learning or child care site. This subsection may not be construed to limit an early learning provider's right to consult with counsel or challenge the validity of a judicial warrant or court order in a court of competent jurisdiction.

(2) If a worker employed or hired by an early learning provider is represented by a union and is subject to an immigration enforcement action on the early learning or child care site, the early learning provider must contact the worker's collective bargaining representative."""

S1_3_4 = """(3) For the purposes of this section, the following definitions apply:

(a) "Early learning providers" include, but are not limited to, licensed or certified child care centers, family home providers, and outdoor nature-based child care providers; early childhood education and assistance program providers; birth to three early childhood education and assistance program providers; head start and early head start programs; private and nonprofit preschool; home visitation programs; and early intervention services providers;

(b) "Immigration enforcement" includes any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal civil immigration law, and any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal criminal immigration law that penalizes a person's presence in, entry, or reentry to, or employment in, the United States;

(c) "Immigration or citizenship status" has the same meaning as defined in RCW 43.17.420; and

(d) "Nonpublic area" means any area in which authorized individuals have a reasonable expectation of privacy. A "nonpublic area" may be established through methods including, but not limited to, mapping signage, key entry, and policies limiting access to authorized individuals.

(4) Nothing in this section may be construed to create a private right of action on the part of any individual or entity."""

S2_1_3 = """Sec. 2. (1) Except as required by state or federal law or as required to administer a state or federally supported educational program, school district employees may not do either of the following:

(a) Collect information or documents regarding immigration or citizenship status of students or their family members; or

(b) Allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of a school site for any purpose without being presented with a valid judicial warrant or court order. A school district employee shall, to the extent practicable, request a valid form of identification from an officer or employee of an agency conducting immigration enforcement seeking to enter a nonpublic area of a school site. This subsection may not be construed to limit a school district's or employee's right to consult with counsel or challenge the validity of a judicial warrant or court order in a court of competent jurisdiction.

(2) If a school district employee represented by a union is subject to an immigration enforcement action on the school site, the school district must contact the employee's collective bargaining representative.

(3) This section does not prohibit a school district from establishing heightened standards and protections."""

S3 = """Sec. 3. (1) To enhance privacy available to facility users and residents and promote a safe environment conducive to the facility's mission and patient care, health care facilities, as well as adult family homes, shall develop policies to designate areas as public or nonpublic.

(2) Unless required by state or federal law, a health care facility or adult family home and its personnel may not allow any person access to the nonpublic areas of the facility, for immigration enforcement purposes, unless the person has a valid judicial warrant or court order that specifically grants access to the nonpublic areas of the facility.

(3) A health care facility and adult family homes and its personnel shall, to the extent possible, have the denial of permission for access to nonpublic areas of the facility pursuant to subsection (2) of this section witnessed and documented by at least one other health care facility or adult family home employee.

(4) Health care facilities and adult family homes shall inform staff and relevant volunteers on how to respond to requests relating to immigration enforcement that grant access to health care facility sites, adult family homes, patients, or residents.

(5) For the purposes of this section, the following definitions apply:

(a) "Adult family home" has the same meaning as defined in RCW 70.128.010;

(b) "Immigration enforcement" has the same meaning as defined in section 1 of this act; and

(b) "Nonpublic area" has the same meaning as defined in section 1 of this act.

(6) Nothing in this section may be construed to create a private right of action on the part of any individual or entity."""

S4 = """Sec. 4. (1) Governing boards shall develop policies to designate areas of institutions of higher education as public or nonpublic.

(2) Except as required by state or federal law or as required to administer a state or federally supported educational program, faculty, employees, and volunteers of an institution of higher education may not allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of the institution for any purpose without being presented with a valid judicial warrant or court order. A faculty member, employee, or volunteer shall, to the extent practicable, direct the immigration officer to the office of the president, or their designee, for purposes of verifying the legality of any judicial warrant or court order. This subsection may not be construed to limit an institution's or individual's right to consult with counsel or challenge the validity of a judicial warrant or court order in a court of competent jurisdiction.

(3) This section does not prohibit an institution of higher education from establishing heightened standards and protections."""

S4_FULL = S4 + """

(4) For the purposes of this section, the following definitions apply:

(a) "Immigration enforcement" has the same meaning as defined in section 1 of this act;

(b) "Immigration officer" means any state, local, or federal law enforcement officer who is seeking to enforce immigration law;

(c) "Institution of higher education" has the same meaning as defined in RCW 28B.92.030; and

(d) "Nonpublic area" has the same meaning as defined in section 1 of this act.

(5) Nothing in this section may be construed to create a private right of action on the part of any individual or entity."""

S5 = """Sec. 5. (1) During primaries, general elections, and special elections, a county auditor shall designate as nonpublic any place where ballots are handled, processed, counted, or tabulated.

(2) Unless required by state or federal law, any election officer, or any worker or volunteer of a county auditor's office, may not allow any person access to nonpublic areas as described in subsection (1) of this section for immigration enforcement purposes, unless the person has a valid judicial warrant or court order that specifically grants access to those nonpublic areas.

(3) An election officer, or a worker or volunteer of a county auditor's office, shall, to the extent possible, have the denial of permission for access to nonpublic areas pursuant to subsection (2) of this section witnessed and documented by at least one other election officer, worker, or volunteer.

(4) The county auditor shall inform election officers, workers, and volunteers on how to respond to requests relating to immigration enforcement that grants access to nonpublic areas as described in subsection (1) of this section.

(5) For the purposes of this section, the following definitions apply:

(a) "Immigration enforcement" has the same meaning as defined in section 1 of this act; and

(b) "Nonpublic area" has the same meaning as defined in section 1 of this act.

(6) Nothing in this section may be construed to create a private right of action on the part of any individual or entity."""

# ---------- SB 5906, engrossed substitute bill (site/bill/2025-26/sb/5906/S.E/README.md) ----------
SE1_2_SE2 = S1_3_4_DUMMY = None  # built in build.py from S1_3_4 and SE_SEC2

SE_SEC2 = """Sec. 2. (1) Within 12 months after the effective date of this section, the attorney general, in consultation with appropriate stakeholders including, but not limited to, early learning providers and the department of children, youth, and families, shall publish a model policy limiting assistance with immigration enforcement at early learning provider settings and facilities. The model policy must be consistent with federal and state law and ensure that early learning provider settings and facilities remain safe and accessible to all Washington residents, regardless of immigration status or citizenship status. The attorney general may elect to publish more than one model policy to address the needs of different early learning providers, taking into account differences in facilities, settings, available resources, and other relevant factors.

(2) Implementation of any policy under this section must be in accordance with state and federal law; policies, grants, waivers, or other requirements necessary to maintain funding; or other agreements related to the operation and functions of the early learning provider, including any of the early learning provider's databases.

(3) The definitions in RCW 43.17.420 and section 1 of this act apply to this section."""

SE4 = """Sec. 4. (1) To enhance the privacy available to facility users and residents and promote safe environments conducive to patient and resident care, health care facilities and adult family homes shall develop policies to designate areas as public or nonpublic.

(2) Unless required by state or federal law, health care facilities and adult family homes and their workers may not allow any person access to the nonpublic areas of the facilities or homes, for immigration enforcement purposes, unless the person has a valid judicial warrant or court order that specifically grants access to nonpublic areas of the facilities or homes.

(3) Health care facilities and adult family homes and their workers shall, to the extent possible, have the denial of permission for access to nonpublic areas of the facilities or homes pursuant to subsection (2) of this section witnessed and documented by at least one other worker.

(4) If a worker employed or hired by a health care facility or adult family home is represented by a union and is subject to an immigration enforcement action at the facility or home, the health care facility or adult family home shall contact the worker's collective bargaining representative.

(5) Health care facilities and adult family homes shall inform workers and relevant volunteers on how to respond to requests relating to immigration enforcement that grant access to health care facility sites, adult family homes, patients, or residents.

(6) For the purposes of this section, the following definitions apply:

(a) "Adult family home" has the same meaning as defined in RCW 70.128.010;

(b) "Immigration enforcement" has the same meaning as defined in section 1 of this act; and

(b) "Nonpublic area" has the same meaning as defined in section 1 of this act.

(7) Nothing in this section may be construed to create a private right of action on the part of any individual or entity."""

SE5 = """Sec. 5. (1) Governing boards shall develop policies to designate areas of institutions of higher education as public or nonpublic.

(2) Except as required by state or federal law or as required to administer a state or federally supported educational program, faculty, employees, and volunteers of an institution of higher education may not allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of the institution for any purpose without being presented with a valid judicial warrant or court order. A faculty member, employee, or volunteer shall, to the extent practicable, direct the immigration officer to the office of the president, or their designee, for purposes of verifying the legality of any judicial warrant or court order. This subsection may not be construed to limit an institution's or individual's right to consult with counsel or challenge the validity of a judicial warrant or court order in a court of competent jurisdiction.

(3) If a faculty member or employee of an institution of higher education is represented by a union and is subject to an immigration enforcement action at the institution, the institution shall contact the faculty member's or employee's collective bargaining representative.

(4) This section does not prohibit an institution of higher education from establishing heightened standards and protections.

(5) For the purposes of this section, the following definitions apply:

(a) "Immigration enforcement" has the same meaning as defined in section 1 of this act;

(b) "Immigration officer" means any state, local, or federal law enforcement officer who is seeking to enforce immigration law;

(c) "Institution of higher education" has the same meaning as defined in RCW 28B.92.030; and

(d) "Nonpublic area" has the same meaning as defined in section 1 of this act.

(6) Nothing in this section may be construed to create a private right of action on the part of any individual or entity."""

# ---------- bases for constructed pairs ----------
# SB 5906 engrossed substitute, Sec. 2 (AG model policy for early learning) with Sec. 1(3) (same file as above)
WA_AGMODEL = """Sec. 1. (3) Early learning providers are encouraged to adopt the model policy described in section 2 of this act.

Sec. 2. (1) Within 12 months after the effective date of this section, the attorney general, in consultation with appropriate stakeholders including, but not limited to, early learning providers and the department of children, youth, and families, shall publish a model policy limiting assistance with immigration enforcement at early learning provider settings and facilities. The model policy must be consistent with federal and state law and ensure that early learning provider settings and facilities remain safe and accessible to all Washington residents, regardless of immigration status or citizenship status. The attorney general may elect to publish more than one model policy to address the needs of different early learning providers, taking into account differences in facilities, settings, available resources, and other relevant factors.

(2) Implementation of any policy under this section must be in accordance with state and federal law; policies, grants, waivers, or other requirements necessary to maintain funding; or other agreements related to the operation and functions of the early learning provider, including any of the early learning provider's databases.

(3) The definitions in RCW 43.17.420 and section 1 of this act apply to this section."""

# Cal. Gov. Code 12532.5 as added by SB 580 (Stats. 2025, ch. 670), leginfo chaptered text (indexed GitHub snapshot id 68345422546)
CA12532 = """12532.5. (a) (1) On or before July 1, 2026, in consultation with appropriate stakeholders, the Attorney General shall publish model policies for state and local agencies relating to interaction with immigration authorities consistent with federal and state law.

(2) On or before January 1, 2027, a state or local agency shall implement the model policy or an equivalent policy.

(b) On or before July 1, 2026, in consultation with appropriate stakeholders, the Attorney General shall publish guidance, audit criteria, and training recommendations for databases operated by a state or local agency, including databases maintained for the agency by private vendors, aimed at ensuring that the databases are governed in a manner that makes the availability of information therein to anyone or any entity for the purposes of immigration enforcement limited to the fullest extent practicable, consistent with federal and state law.

(c) A rule, policy, or standard of general application issued by the Attorney General pursuant to this section shall not be subject to the requirements of Chapter 3.5 (commencing with Section 11340) of Part 1."""

# Cal. Gov. Code 7284.8(a) (SB 54, 2017), https://self-law.org/code/ca/government-code/7284-8 (cut after (a); (b) is truncated in the stored copy)
CA7284_8 = """7284.8. (a) The Attorney General, by October 1, 2018, in consultation with the appropriate stakeholders, shall publish model policies limiting assistance with immigration enforcement to the fullest extent possible consistent with federal and state law at public schools, public libraries, health facilities operated by the state or a political subdivision of the state, courthouses, Division of Labor Standards Enforcement facilities, the Agricultural Labor Relations Board, the Division of Workers Compensation, and shelters, and ensuring that they remain safe and accessible to all California residents, regardless of immigration status.

All public schools, health facilities operated by the state or a political subdivision of the state, and courthouses shall implement the model policy, or an equivalent policy.

The Agricultural Labor Relations Board, the Division of Workers' Compensation, the Division of Labor Standards Enforcement, shelters, libraries, and all other organizations and entities that provide services related to physical or mental health and wellness, education, or access to justice, including the University of California, are encouraged to adopt the model policy."""

# New York Executive Order No. 170.1 (Apr. 25, 2018), https://www.governor.ny.gov/news/no-1701-amendment-executive-order-170-state-policy-concerning-immigrant-access-state-services
NY1701 = """No. 170.1: Amendment to Executive Order 170 - State Policy Concerning Immigrant Access to State Services and Buildings

WHEREAS, access to State services is critical to the well-being of immigrant communities and their integration into the State;

WHEREAS, New York State remains committed to welcoming immigrants as vital and respected members of our State;

WHEREAS, pursuant to Executive Order No. 170, it is the policy of the State that State officers or employees shall not inquire about an individual's immigration status unless necessary to determine eligibility for a program, benefit, or provision of a service, or disclose information to federal immigration authorities for the purpose of federal civil immigration enforcement unless required by law;

WHEREAS, the State has a recognized interest in maintaining the safety and security of its facilities to ensure that all residents have equal access to State programs, benefits, and services and must implement policies in furtherance thereof;

WHEREAS, federal immigration authorities have increasingly conducted immigration enforcement activity in sensitive spaces crucial to immigrants' full participation in the economic, civil, and cultural life of the State;

WHEREAS, immigration enforcement activity in these spaces create a chilling effect, preventing immigrants from fully participating in the State;

NOW, THEREFORE, I, ANDREW M. CUOMO, Governor of the State of New York, by virtue of the authority vested in me by the Constitution and laws of the State of New York, do hereby proclaim and order as follows:

A. Definitions

1. "State facility" shall mean any building, or part thereof, owned or leased by any Affected State Entity."""

# Virginia Governor Youngkin, Executive Order 47 (Feb. 27, 2025), main directives as stated by the Governor's office,
# quoted in https://www.wsls.com/news/local/2025/02/27/gov-youngkin-signs-executive-order-47-orders-police-to-fully-cooperate-with-ice/
VA47 = """Executive Order 47, "Keep Virginians Safe from Dangerous Criminal Illegal Immigrants" - main directives:

Direct the Virginia State Police (VSP) to enter into a 287(g) Task Force Model Memorandum of Understanding with U.S. Immigration and Customs Enforcement (ICE). This agreement will provide for a Section 287(g) VSP Task Force of federally deputized officers to assist in the identification and apprehension of criminal illegal immigrants who pose a risk to public safety throughout the Commonwealth of Virginia.

Direct the Virginia Department of Corrections (VADOC) to enter into a Section 287(g) Jail Enforcement Model Memorandum of Understanding with ICE. This agreement will provide for a Section 287(g) VADOC Jail Enforcement Model Program to leverage multiple detention and processing facilities throughout the Commonwealth of Virginia and train corrections officers to be assigned as Designated Immigration Officers (DIOs).

Instruct the Secretary of Public Safety & Homeland Security to contact every Director, Sheriff, or other official in charge of a local or regional jail in the Commonwealth of Virginia and request a certification confirming their full cooperation with ICE in all Enforcement and Removal Operations and stating that they will cooperate with the Section 287(g) VSP Task Force."""

# Maryland Attorney General Anthony G. Brown, immigration-enforcement guidance to law enforcement (Jan. 27, 2025),
# statement and key provisions as issued in the AG's release, quoted in https://wmar2news.com/local/carroll-county-states-attorney-slams-maryland-attorney-generals-ice-guidance
MDAG = """"Maryland law ensures police handle immigration enforcement in a way that builds trust with immigrant communities, helping them feel safe to report and prevent crime. The federal government cannot compel state and local law enforcement to enforce immigration laws. This guidance ensures that law enforcement agencies understand the scope and limitations of their authority and makes clear that the rule of law does not change depending on the federal government's priorities."

Key provisions - Maryland law enforcement officers:

- Cannot inquire about immigration status during routine police work unless relevant to a criminal investigation

- Must not extend detentions to investigate immigration status

- May share citizenship/immigration status with federal officials but are not required to do so

- Cannot share personal information (names, addresses) with federal immigration authorities without a judicial warrant

- Risk civil liability if they hold individuals on immigration detainers without probable cause

- Are prohibited from contracting with private immigration detention facilities"""
