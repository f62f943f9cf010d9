# Real base texts, copied verbatim from stored copies (search corpus "pages"); line numbers and page
# headers of the PDFs removed, paragraphs separated by blank lines. Each is cut at a clean boundary
# where the stored copy is truncated (see SOURCE.md).

POS2018_MEMO = """The Port shall develop language assistance plans that identify which of its vital documents and public communication materials need to be translated. The plans should also include identification of plans for providing translation of webpages, automated telephonic greetings, automated telephonic voice messages, and informational signage.

\u2022 The Port will continue to ensure that all employees \u2013 including Port law enforcement officers \u2013 are committed to welcoming and respectful treatment of immigrants, refugees, and foreign visitors \u2013 including not initiating police action based solely on an individual\u2019s place of birth, citizenship or immigration status, or using stops for minor offenses or requests for voluntary information as a pretext for discovering a person\u2019s immigration status. Furthermore, no Port employee shall expend time, money, or other resources on facilitating the civil enforcement of federal immigration law or participating in civil immigration enforcement operations, except where state or federal law, regulation, or court order shall so require.

\u2022 The Port will continue to defer detainer requests from the U.S. Department of Homeland Security\u2019s Immigration and Customs Enforcement (ICE) or CBP to King County, as jails are in King County\u2019s jurisdiction."""

POS3838_DEFS = """\u201cAdministrative warrant\u201d means a noncriminal immigration warrant of arrest, order to detain or release aliens, notice of custody determination, notice to appear, removal order, warrant of removal, or any other document, issued by Immigration and Customs Enforcement (ICE), Customs and Border Protection (CBP), or U.S. Citizenship and Immigration Services (USCIS) that can form the basis for a person\u2019s arrest or detention for a civil immigration enforcement purpose. ICE administrative warrant forms include the U.S. DHS form I-200 (Rev. 09/16) \u201cWarrant for Arrest of Alien\u201d and Form I-205 \u201cWarrant of Removal/Deportation,\u201d as well as predecessor and successor versions. \u201cAdministrative warrant\u201d does not include any criminal warrants issued upon a judicial determination of probable cause and in compliance with the Fourth Amendment to the United States Constitution.

\u201cCitizenship or immigration status\u201d means a person\u2019s recorded citizenship or immigration status, as such status is defined in the Immigration and Nationality Act, at the time an agent or agency receives the information.

\u201cCivil immigration enforcement operation\u201d means an operation that has as one of its objectives the identification, apprehension or transport of a person or persons in order to investigate them for a violation of the immigration laws and subject them to one or more of the following:
1. Civil immigration detention;
2. Removal proceedings; or
3. Removal from the United States."""

POS_ORDER_2026 = """\u2022 Training shall be conducted by qualified persons with expertise in immigration law and civil rights.

\u2022 The Port shall collaborate with tenants on strategies to support worker awareness of rights and appropriate workplace protocols.

\u2022 All materials developed pursuant to this Order shall be made available in English, Spanish, and other commonly spoken languages, including but not limited to Vietnamese, Somali, Korean, Amharic, Chinese, Japanese, American Sign Language, and Tagalog at Port facilities, consistent with the Port\u2019s language access practices.

3. Employee Response Protocols

\u2022 The Port Immigration Workgroup shall maintain a rapid confirmation protocol to assess and verify reports of immigration enforcement activity at Port facilities in order to maintain safety and security, and to reduce confusion by the public.

\u2022 The Executive Director shall ensure that relevant Port employees receive ongoing guidance on appropriate interactions with federal immigration authorities consistent with Port policy.

4. State and Regional Coordination

\u2022 The Port shall coordinate community protection efforts with the state and regional partners, including the City of Seattle, King County, and the Northwest Seaport Alliance, to promote consistency in public-facing information and appropriate strategies.

5. Implementation and Reporting

\u2022 The Executive Director shall develop any necessary procedures, guidance, or training materials to implement this Order.

\u2022 The Executive Director shall provide periodic briefings to the Commission regarding implementation progress and any material legal or operational developments affecting this Order."""

MSP = """The men and women of the Michigan State Police (MSP) are committed to the equitable treatment of all persons and to providing service and enforcing the law in a professional, just and nondiscriminatory manner. Longstanding department policies prohibit members from stopping or detaining anyone based solely on their race, ethnicity or possible immigration status.

05-29 \u2013 Arrests of Foreign Diplomats and Consular Officers
02-33 \u2013 Citizen Status Determinations
07-02 \u2013 Federal Immigration Investigations
16-10 \u2013 Immigration Relief Assistance (Witnesses and Victims)
16-11 \u2013 Persons with Limited English Proficiency

Policy points:

\u2022 An individual shall not be stopped or detained, or a traffic stop prolonged, solely for the purpose of establishing an individual's citizenship status, unless it is necessary to identify the individual where an investigation reveals that an individual has committed a crime or civil infraction.

\u2022 Enforcement members shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire about a person's immigration status, unless such information is necessary as part of a criminal investigation.

\u2022 Enforcement members shall not stop, interrogate, search, arrest or detain any individual based on an immigration administrative warrant or immigration detainer (including forms I-200, I-205, I-274A, or I-203).

\u2022 Enforcement members shall not inquire about a crime victim's or witness' immigration status or require proof of that status unless the inquiry relates to an on-going criminal investigation or the inquiry is related to obtaining services for immigration relief available to victims."""

POS2025_MEMO_B = """B. Interpretation and Translation:

1) Commission Order 2023-05 directs the creation of a Language Access Policy. This policy ensures access to translation and interpretation services, as both a value of the Port as well as an essential business requirement. Therefore, to ensure that everyone who engages with the Port feels welcome, the Port will strive to provide free interpretation and translation services for the most prevalent languages spoken in our region. This effort applies to Port employees, job seekers, participants in Port programs, and travelers through our facilities. In addition, the Port will offer access to its translation and interpretation services to federal agencies operating in our facilities, to ensure that their interactions are fully understood by all travelers.

2) The Port employs a large number of bilingual and multilingual staff members who assist travelers and members of the public with language interpretation needs on a regular basis, particularly related to travel through our facilities. Bilingual and multilingual staff members may assist travelers and members of the public with language interpretation needs related to basic immigration resources, while ensuring professional interpreters are engaged in issues related to civil immigration law or other sensitive topics beyond their professional expertise."""

BART = """BEFORE THE BOARD OF DIRECTORS OF THE SAN FRANCISCO BAY AREA RAPID TRANSIT DISTRICT

In the Matter of Setting a Policy to Most Effectively Use Resources to Ensure Safe and Quality Transportation for All Riders

A resolution declaring the San Francisco Bay Area Rapid Transit District\u2019s commitment to be a safe, secure, inviting, equitable, inclusive transit system for the community and affirming our dedication to the values of dignity, respect, and inclusivity regardless of ethnic or national origin, gender, gender identity, race, religious affiliation, sexual orientation or immigration status.

WHEREAS, The strength and vitality of our riding community and our employees come from our rich diversity of cultures, experiences, and faiths, and we celebrate that diversity; and

WHEREAS, The San Francisco Bay Area Rapid Transit District values the contributions of all our employees and customers to the economic development, vibrancy, and health of the District and region; and

WHEREAS, The San Francisco Bay Area Rapid Transit District will continue to protect the rights and dignity of all persons without prejudice or bias against ethnic or national origin, gender, gender identity, race, religious affiliation, sexual orientation, or immigration status; and

WHEREAS, The San Francisco Bay Area Rapid Transit District recognizes and upholds the rights of individuals to be treated fairly and to live their lives with dignity, free from discrimination or targeting because of their faith, race, national origin, or immigration status; and

WHEREAS, The San Francisco Bay Area Rapid Transit District is committed to ensuring all employees and users of our transportation system can move safely and conveniently in our parking lots, stations, trains, buildings, and facilities; and"""

IL_EO = """Executive Order Number 15-02

State Of Illinois Executive Department - Springfield, Illinois

Executive Order Establishing Governor's New Americans Trust Initiative

WHEREAS, the State of Illinois is committed to fair and equitable treatment of all individuals in the enforcement of its criminal laws and the administration of its criminal justice system; and

WHEREAS, law enforcement agencies rely on the trust of the communities they serve so that all residents will feel safe in reporting crimes and aiding the prosecution of suspects; and

WHEREAS, community policing efforts are hindered when immigrant residents who are victims of or witnesses to crime, including domestic violence, are less likely to report crime or cooperate with law enforcement out of fear that any contact with law enforcement could result in deportation. Deterred from reporting to or cooperating with local law enforcement, victims or witnesses may never learn about or pursue opportunities for lawful status such as U and T nonimmigrant visas, which are intended in part to encourage people to report crimes; and

WHEREAS, unlike criminal detainers and warrants, which comply with fundamental protections under the Fourth Amendment to the U.S. Constitution and Article I, Section 6 of the Illinois Constitution, immigration detainers and administrative immigration warrants do not require a showing of probable cause or any of the other procedural protections that undergird the right to be free from unreasonable searches or seizures; and"""

RES3747 = """RESOLUTION NO. 3747

A RESOLUTION of the Port of Seattle Commission establishing a Welcoming Port Policy Directive on increased engagement with, and support for, immigrant and refugee communities.

WHEREAS, as both an international gateway and a county-wide special purpose government, the Port of Seattle is committed to supporting the safety, inclusion, and engagement of all members of our community; and

WHEREAS, we strive to protect the rights of, and uphold equity for, every King County residents and every person who uses our facilities, and to provide fair and equal access to services, benefits and opportunities; and

WHEREAS, these principles hold especially true for immigrants, refugees, and international visitors; and

WHEREAS, the Port has an essential obligation to foster a culture and environment that make it possible for our region to remain a vibrant and welcoming global gateway where our immigrant communities, refugee residents, and foreign visitors can fully participate in - and be integrated into -the social, civic, and economic fabric of our region; and

WHEREAS, the last year and a half has brought immigrant and refugee issues to the forefront in an unexpected and unwelcoming manner, such that we not only fear for the safety and comfort of our foreign visitors and residents, but also are concerned that recent rhetoric and policies might reduce the foreign tourism that is so essential to our local and state economy; and

WHEREAS, since President Trump's Executive Order banning travel from seven Muslim-majority countries was put into effect on January 27, 2017, the Port of Seattle has been increasing its local and national efforts to support and protect the rights and quality of life of immigrants, refugees and foreign visitors; and"""

RES3838 = """PORT OF SEATTLE

RESOLUTION NO. 3838

A RESOLUTION of the Port of Seattle Commission, establishing a revised Welcoming Port Policy Directive and amending Resolution No. 3747, in order to demonstrate the Port\u2019s ongoing commitment to supporting immigrants, refugees, and international visitors in line with the Port\u2019s mission and values.

WHEREAS, the Port of Seattle as both an international gateway and a countywide special purpose government \u2013 is committed to supporting the safety, inclusion, and engagement of all members of our community; and

WHEREAS, we strive to protect the rights and uphold the dignity of every King County resident and every person who uses our facilities, and to provide fair and equal access to services, benefits, and opportunities; and

WHEREAS, the Port has an essential obligation to foster a culture and environment that make it possible for our region to remain a vibrant and welcoming global gateway, through which our immigrant and refugee residents and foreign visitors can fully participate in and be integrated into \u2013 the social, civic, and economic fabric of our region; and

WHEREAS, the Port not only has a moral obligation to support immigrant communities, but also an economic imperative, in that every part of our organization depends on connection to the global economy from the immigrants who work at our facilities to the foreign visitors that utilize our airport and cruise terminals, to the foreign-born workers who create goods and services that travel through our air and sea cargo gateways; and

WHEREAS, in 2018, in response to changes in federal immigration policy, the Port of Seattle Commission passed Resolution No. 3747, the Welcoming Port Policy Directive, as a way to formally demonstrate the Port\u2019s commitment to supporting immigrants, refugees, and international visitors; and"""

POS2018_GOALS = """First, the Port reaffirms its commitment to five goals:

1) Beyond what is required by local, state and federal law, the Port will not deny anyone services based on immigration status \u2013 whether they are travelers, job seekers, local residents, or employees of the Port, its tenants, its vendors, or its contractors.

2) Beyond what is required by local, state, and federal law, the Port prohibits any Port employees, including law enforcement officers, to ask about citizenship or immigration status or collect information on citizenship or immigration status.

3) Beyond what is required by local, state, and federal law, the Port will not use its own resources to facilitate the enforcement of civil immigration law.

4) The Port strives to make all visitors to its facilities to feel welcome, safe, and able to access services, benefits, and opportunities.

5) The Port remains committed to engaging and collaborating with local immigrant and refugee community stakeholders and advocates and with community-based organizations, and to continue identifying new or expanded opportunities for effective partnerships.

Second, to achieve the goals articulated above, the Commission directs the Executive Director to undertake the following steps by December 31, 2018:

\u2022 Unless required by local, state or federal law, or international treaty, all applications, questionnaires, and interview forms used in relation to the provision of Port opportunities or services shall not include required disclosure of information related to citizenship or immigration status. Unless otherwise required, the Port shall only collect this data in a manner that separates it from personally identifying information."""
