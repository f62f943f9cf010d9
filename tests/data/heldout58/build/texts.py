# Real texts (stored page copies), as used for OLD sides. See SOURCE.md.
HIGHLINE = """Applicably of Policies to Immigration Enforcement:

- Highline Public Schools adheres to all requirements of federal and state law.

- The provisions of this policy shall apply to all properties owned and/or operated by Highline Public Schools and all school facilities, which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, and entrances and exits from said building spaces.

- Highline Public Schools' policies prohibiting participation or aid in immigration enforcement shall apply for enforcement activity against students and their families, as well as staff and volunteers.

- Highline Public Schools personnel shall presume that activities by federal immigration authorities, including surveillance, constitute immigration enforcement

Access to Schools:

- Highline Public Schools has a responsibility to ensure that all students who reside within their boundaries can safely access a free public K-12 education.

- Highline Public Schools does not exclude students from receiving an education or unlawfully discriminate against anyone because of their race, color, national origin, age, disability, gender identity, immigration or citizenship status, sex, creed, use of a trained dog guide or service animal by a person with a disability, sexual orientation, or on any other basis prohibited by federal, state, or local law.

- Highline Public Schools will uphold its responsibility to all students and ensure that all staff and volunteers are aware of the rights of immigrant students to an education.

Immigration Enforcement on School Campus

1. Highline Public Schools does not grant permission for any person engaging in, or intending to engage in, immigration enforcement, including surveillance, to access the nonpublic areas of District facilities or property, or facilities or property operated by the District; equipment; databases; or otherwise on school grounds or their immediate vicinity."""

ISSAQUAH = """4300 - Limiting Immigration Enforcement in Schools

Applicably of Policies to Immigration Enforcement:

- The Issaquah School District adheres to all requirements of federal and state law.

- The provisions of this policy shall apply to public school and all school facilities, which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, and entrances and exits from said building spaces.

- Issaquah School District's policies prohibiting participation or aid in immigration enforcement shall apply for enforcement activity against students and their families, staff, and volunteers.

- Issaquah School District personnel shall presume that activities by federal immigration authorities, including surveillance, constitute immigration enforcement

Access to Schools:

- Issaquah School District has a responsibility to ensure that all students who reside within their boundaries can safely access a free public K-12 education.

- Issaquah School District does not exclude students from receiving an education or unlawfully discriminate against anyone because of their race, color, national origin, age, disability, gender identity, immigration or citizenship status, sex, creed, use of a trained dog guide or service animal by a person with a disability, sexual orientation, or on any other basis prohibited by federal, state, or local law.

- Issaquah School District will uphold its responsibility to all students and ensure that all staff and volunteers are aware of the rights of immigrant students to an education

Immigration Enforcement on School Campus:

- Issaquah School District does not grant permission for any person engaging in, or intending to engage in, immigration enforcement, including surveillance, to access the nonpublic areas of Issaquah School District facilities, property, equipment, databases, or otherwise on school grounds or their immediate vicinity."""

MUKILTEO = """Limiting Immigration Enforcement in Schools - 4300

Applicability of Policies to Immigration Enforcement

Mukilteo School District adheres to all requirements of federal and state law.

The provisions of this policy will apply to Mukilteo School District and all school facilities, which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities, playgrounds, and entrances and exits from said building spaces.

Mukilteo School District's policies prohibiting participation or aid in immigration enforcement will apply for enforcement activity against students and their families, staff, and volunteers.

Mukilteo School District personnel will presume that activities by federal immigration authorities, including surveillance, constitute immigration enforcement.

Access to Schools

Mukilteo School District has a responsibility to ensure that all students who reside within their boundaries can safely access a free public K-12 education.

Mukilteo School District does not exclude students from receiving an education or unlawfully discriminate against anyone because of their race, color, national origin, age, disability, gender identity, immigration or citizenship status, sex, creed, use of a trained dog guide or service animal by a person with a disability, sexual orientation, or on any other basis prohibited by federal, state, or local law.

Mukilteo School District will uphold its responsibility to all students and ensure that all staff and volunteers are aware of the rights of immigrant students to an education."""

HUMBOLDT = """No department, agency, commission, officer, or employee of the County of Humboldt shall use any County funds or resources to assist in the enforcement of Federal immigration law or to gather or disseminate information regarding release status of individuals or any other such personal information in the County of Humboldt unless such assistance is required by Federal or State statute, regulation, or court order or decision. The prohibition set forth in this chapter shall include, but shall not be limited to:

(a) Assisting or cooperating, in one's official capacity, with any investigation, detention, or arrest procedures, public or clandestine, conducted by the Federal agency charged with enforcement of the Federal immigration law and relating to alleged violations of the civil provisions of the Federal immigration law, except as permitted herein.

(b) Assisting or cooperating, in one's official capacity, with any investigation, surveillance, or gathering of information conducted by foreign governments, except for cooperation related to an alleged violation of County, State, or Federal criminal laws.

(c) Requesting information about or disseminating information, in one's official capacity, regarding the release status of any individual or any other such personal information, except as permitted herein, or conditioning the provision of services or benefits by the County of Humboldt upon immigration status, except as required by Federal or State statute or regulation, County public assistance criteria, or court order or decision."""

TRINITY = """In the unlikely event that federal authorities from Immigration and Customs Enforcement (ICE) or Customs and Border Patrol (CBP) come to campus to carry out enforcement activities:

1. Any employee approached by ICE or CBP agents seeking information about someone on campus should immediately contact Campus Safety. Campus Safety will escort the agents to the President's Office so that the College's legal counsel may review any warrant, court order, or subpoena.

2. Agents who do not possess a warrant, court order, or subpoena will be asked to cease any enforcement activities and to leave the campus.

3. Neither Campus Safety Officers nor faculty or staff shall:

- Release sensitive, non-public information (home addresses, phone numbers, etc.) to federal immigration officials without a subpoena or judicial warrant that has been vetted by legal counsel.

- Permit ICE and CBP agents to use College facilities for investigations, interviews, or interrogations for the purpose of enforcing federal immigration laws."""

RARITAN = """Immigration officers, ICE officials, may enter public spaces on campus, requiring no warrant or prior approval. ICE agents may only enter private spaces, such as classrooms, labs, and offices, on campus if they have judicial warrant signed by a judge.

Assess the situation.

If you observe an immigration officer on campus, contact the Office of the President and then Campus Safety.

If the immigration officer requests access or information, immediately refer the ICE official and their related request for access or information to the Office of the President. In partnership with legal counsel, the Office of the President will assess the documentation and determine next appropriate steps.

Stay calm. Do not interfere with, run from, lie to, or otherwise engage with law enforcement officers who are in the process of conducting official operations.

Campus Safety

From on campus, extension 8800

Ground floor level of Somerset Hall, room S-010

Red phones are located within campus building hallways, which dial directly to the Campus Safety Office"""

FARGO = """Procedure: Law Enforcement Inquiries

What to do if an agent of a federal, state, or local law enforcement department comes to the library to request information:

All employees should always get their supervisor.
If the request comes when a supervisor is not present, inform the senior reference librarian on duty.

Below is the normal procedure that a supervisor (Library director, deputy director, or stated person in charge) will follow. Sample copies of warrants and subpoenas have been distributed to each service desk, and additional copies are available.

If a verified law enforcement agent presents a Search Warrant:
We accept the copy of the warrant and let them get what they need. A search warrant will have a list of specific items they are seeking.

If a verified law enforcement agent presents a Subpoena:
We accept the subpoena. Nothing needs to be given to anyone at the moment. Respond to the officer/agent with "Thank you, I will give this to my director." The library director and library counsel will follow up as needed.

If a verified law enforcement agent makes a verbal request:
We do not give out information that connects a patron with library materials or services solely on a verbal request. Contact the library director. If he is not available, turn down the agent politely. As you would with any request of this nature say, "I'm sorry, I cannot help you with that information.\""""

OCONOMOWOC = """Procedures for Complying with Law Enforcement Request for Information

The library staff will comply with law enforcement when supplied with a legal subpoena or search warrant.

Staff Procedures:

- If anyone approaches staff alleging to be a law enforcement official requesting information, staff will immediately contact the Library Director. In the Director's absence, the supervisor or librarian-in-charge who is on duty is responsible for working with the requestor.

- The Director or her/his representative will ask to see official identification and will photocopy the ID.

- If the law enforcement officer does not have a court order compelling the production of records, the Director or her/his representative shall explain the state statute regarding confidentiality of library records under ss. 43.30. Staff will not disclose any information to law enforcement personnel without a court order.

- If the law enforcement official presents a subpoena, the Library Director or her/his representative will contact the City Attorney for advice on how best to proceed. It is desirable for legal counsel to be present when the subpoena is executed. In the event that the City Attorney is not available, library staff will attempt to contact another attorney in the City Attorney's firm. In the event neither can be reached, city staff will contact the legal counsel for the American Library Association."""

ACCE = """A Public Safety Resolution Calling on the [Insert Jurisdiction] to Define [Insert Jurisdiction] as a Rule of Law Community

WHEREAS, The Federal Government under the provisions of the Immigration and Nationality Act as codified in the United States Code (U.S.C.) is responsible for the establishment and enforcement of the laws of the United States of America as they pertain to legal immigration; and

WHEREAS, the authority for enforcement of the Immigration and Nationality Act and the U.S.C. is vested with the Federal Government, and it is the responsibility of all levels of government to fully support the Federal Government in the exercise of its obligations under the law pertaining to immigration; and

WHEREAS, the level of immigration enforcement by the Federal Government has been inadequate in preventing millions of persons from illegally entering the United States without complying with the laws of our nation; and

WHEREAS, the [Insert Jurisdiction] is working with County Sheriff's department to establish ICE trained personnel in our local station to identify arrested felons and gang members who are suspected violators of Federal Immigration laws; and,

WHEREAS, the [Insert Jurisdiction] should consider and approve those local measures that further define the locality as a Rule of Law Community when it comes to upholding our immigration laws.

Resolution No. [Insert Number]

THE [Insert Governing Body] OF THE [Insert Jurisdiction] HEREBY RESOLVES AS FOLLOWS:

Section 1. The [Insert Governing Body] of the [Insert Jurisdiction] does hereby pledge support of Federal Immigration enforcement through the adoption of local measures within the scope of local authority in accordance to the state and US Constitutions.

Section 2. The [Insert Governing Body] of the [Insert Jurisdiction] does hereby declare that [Insert Jurisdiction] is not a sanctuary community and is in fact a Rule of Law Community"""

MORRISVILLE = """Law Enforcement Inquiries Policy and Guidelines

Philosophy

The mission of the Morrisville Public Library is to facilitate creation, collaboration, education, and exploration in our community by providing access to the world of information and ideas. As required by law, the Library serves all residents in the Morrisville Eaton Central School District without regard to citizenship or immigration status. As required by law, the Library keeps library user records confidential and releases such information to law enforcement agencies only to the degree required after appropriate authentication of credentials, warrants, court orders and/or subpoenas.

To assist users who do not want to be at the Library when law enforcement is present, the Library has several means of egress. To enhance the Library's ability to maintain confidentiality, "private" areas where only library officials and their invitees may enter are designated with signage.

The Library may also elect to release any library record it determines must be released for the proper operation of the Library."""
