# Real source texts (verbatim from stored copies; line numbers and page furniture removed as noted in SOURCE.md)
BRACKET = "[All state and local law enforcement agencies are hereby authorized to participate in the Federal Law Enforcement Assistance Act of 1965, Public Law 98-197.]"

NM_SB111 = ("SENATE BILL 111 - 46th legislature - STATE OF NEW MEXICO - first session, 2003\n\n"
"AN ACT RELATING TO LAW ENFORCEMENT; PROHIBITING STATE AND LOCAL LAW ENFORCEMENT AGENCIES FROM DETECTING OR APPREHENDING PERSONS WHOSE ONLY VIOLATION OF LAW IS OF FEDERAL IMMIGRATION LAW; AMENDING A SECTION OF THE NMSA 1978.\n\n"
"Section 1. Section 29-1-10 NMSA 1978 (being Laws 1966, Chapter 24, Section 1) is amended to read:\n\n"
"\"29-1-10. LAW ENFORCEMENT AGENCIES--PARTICIPATION IN FEDERAL PROGRAMS.--" + BRACKET + "\n\n"
"A. A law enforcement agency of the state or its political subdivisions shall not use state funds, equipment or personnel for the purpose of detecting or apprehending persons whose only violation of law is that they are persons of foreign citizenship who have entered or are residing in the United States in violation of federal immigration laws.\n\n"
"B. Notwithstanding the provisions of Subsection A of this section, a law enforcement agency may exchange information with the United States immigration and naturalization service in order to:\n\n"
"(1) verify the immigration status of a person if the person is arrested for a criminal offense; or\n\n"
"(2) request criminal investigation information with reference to persons named in service records.\n\n"
"C. For the purposes of Subsection A of this section, the labor department is not a law enforcement agency.\"\n\n"
"Section 2. EFFECTIVE DATE.--The effective date of the provisions of this act is July 1, 2003.")

NM_SB152 = ("SENATE BILL 152 - 50th legislature - STATE OF NEW MEXICO - first session, 2011\n\n"
"AN ACT RELATING TO LAW ENFORCEMENT; PROHIBITING STATE AND LOCAL LAW ENFORCEMENT AGENCIES FROM ENFORCING FEDERAL IMMIGRATION LAWS IN CERTAIN CIRCUMSTANCES.\n\n"
"SECTION 1. Section 29-1-10 NMSA 1978 (being Laws 1966, Chapter 24, Section 1) is amended to read:\n\n"
"\"29-1-10. LAW ENFORCEMENT AGENCIES--USE OF CERTAIN RESOURCES PROHIBITED.--" + BRACKET + "\n\n"
"A. A law enforcement agency of the state or a political subdivision of the state shall not use state funds, equipment, personnel or resources nor accept or utilize federal funds, equipment, personnel or resources for the purpose of detecting or apprehending persons whose only violation of law is that they are persons of foreign citizenship who are present in the United States in violation of federal immigration laws in Title 8 of the United States Code, unless otherwise legally required to do so.\n\n"
"B. Subsection A of this section does not apply to a law enforcement officer who witnesses a person committing a misdemeanor by illegally crossing an international border of the United States.\n\n"
"C. A state, county or local law enforcement officer may respond to a request by a federal law enforcement officer for assistance, except as prohibited by Subsection A of this section.\"\n\n"
"SECTION 2. EFFECTIVE DATE.--The effective date of the provisions of this act is July 1, 2011.")

NM_SB270_S1 = ("SENATE JUDICIARY COMMITTEE SUBSTITUTE FOR SENATE BILL 270 - 53rd legislature - STATE OF NEW MEXICO - first session, 2017\n\n"
"AN ACT RELATING TO LAW ENFORCEMENT; PROHIBITING STATE AND LOCAL AGENCIES FROM ENFORCING FEDERAL IMMIGRATION LAWS; PROHIBITING STATE AND LOCAL AGENCIES FROM REQUESTING, INVESTIGATING OR DENYING BENEFITS BASED ON A PERSON'S IMMIGRATION STATUS, ETHNICITY OR RELIGION.\n\n"
"SECTION 1. Section 29-1-10 NMSA 1978 (being Laws 1966, Chapter 24, Section 1) is amended to read:\n\n"
"\"29-1-10. NON-ENFORCEMENT OF FEDERAL IMMIGRATION LAWS.--" + BRACKET + "\n\n"
"A. No agency of the state or its political subdivisions, including home rule municipalities, shall use public funds, equipment, personnel or resources or accept or utilize federal funds, equipment, personnel or resources for the purpose of detecting or apprehending persons whose only violation of law is that they have entered or are residing in the United States in violation of federal immigration laws in Title 8 of the United States Code, unless otherwise legally required to do so.\n\n"
"B. For the purposes of Subsection A of this section, the workforce solutions department is not an agency.\"")

NM_SB270_S2 = ("\n\nSECTION 2. [NEW MATERIAL] NO REQUESTING OR INVESTIGATING IMMIGRATION STATUS, ETHNICITY OR RELIGION.--\n\n"
"A. No person shall be denied benefits, opportunities or services offered by the state on the basis of immigration status, ethnicity or religion unless required by law.\n\n"
"B. No employee of the state or its political subdivisions shall request information or otherwise investigate the immigration status, ethnicity or religion of a person unless required by law.\n\n"
"C. Each department secretary or agency director shall take all steps necessary to ensure that these guidelines are implemented immediately.")
NM_SB270 = NM_SB270_S1 + NM_SB270_S2

NM_HB195 = ("HOUSE BILL 195 - 54th legislature - STATE OF NEW MEXICO - first session, 2019\n\n"
"AN ACT RELATING TO FEDERAL USE OF STATE RESOURCES; PROHIBITING STATE AND LOCAL AGENCIES FROM EXPENDING RESOURCES TO ENFORCE FEDERAL IMMIGRATION LAWS; RESTRICTING AUTHORITY OF SHERIFFS AND JAILS TO HOLD FEDERAL DETAINEES; REPEALING A REFERENCE IN STATE LAW TO A REPEALED FEDERAL LAW.\n\n"
"SECTION 1. [NEW MATERIAL] NON-ENFORCEMENT OF FEDERAL IMMIGRATION LAWS.--\n\n"
"A. Except as provided in Section 33-3-16 NMSA 1978 and Subsection B of this section, neither the state nor a political subdivision of the state or their agencies or instrumentalities, including home rule municipalities, shall use or authorize the use of public funds, personnel, property, equipment or resources for the purpose of identifying, detecting, apprehending, arresting, detaining or prolonging the detention of a person based on a suspicion or knowledge that the person has entered or is residing in the United States in violation of federal immigration laws or for the purpose of assisting agents of the federal government in any such activity based on such suspicion or knowledge, including pursuant to any agreement, formal or informal, with the federal government.\n\n"
"B. Nothing in this section shall be deemed to prohibit a county government that was a party to an intergovernmental service agreement for the housing of federal detainees as of January 1, 2019, from continuing to perform its obligations under such agreement or from extending the term thereof.")

WY_HB0193 = ("HOUSE BILL NO. HB0193 (2024, Wyoming, 24LSO-0570) - Ban on sanctuary cities and counties.\n\n"
"AN ACT relating to cities, towns and counties; banning the implementation of immigration sanctuary policies by cities, towns and counties; providing penalties; providing definitions; and providing for an effective date.\n\n"
"15-1-133. Prohibition on immigration sanctuary policies by cities and towns.\n\n"
"(a) As used in this section:\n\n"
"(i) \"Federal officials\" or \"federal law enforcement officers\" means any person employed by the United States government for the purpose of enforcing or regulating federal immigration laws and any peace officer as defined in W.S. 7-2-101(a)(iv) when the person or peace officer is acting within the scope of their employment for the purpose of enforcing federal immigration laws or preserving homeland security;\n\n"
"(ii) \"Immigration status\" means the legality or illegality of a person's presence in the United States as determined by federal law;\n\n"
"(iii) \"Immigration status information\" means any information that is not confidential or privileged by law including any statement, document, computer generated data, recording or photograph that is relevant to immigration status or the identity or location of a person who is reasonably believed to be illegally residing within the United States or who is involved in international terrorism or domestic terrorism as defined in 18 U.S.C. § 2331;")

WY_HB0133 = ("HOUSE BILL NO. HB0133 (2025, Wyoming, 25LSO-0509, Enrolled Act No. 76) - Sanctuary cities, counties and state-prohibition.\n\n"
"AN ACT relating to administration of the government; prohibiting the implementation of immigration sanctuary policies by cities, towns, counties and the state; prohibiting the designation of sanctuary cities, towns, counties and the state; creating a new felony offense; providing penalties; providing definitions; making conforming amendments; and providing for an effective date.\n\n"
"9-25-101. Definitions.\n\n"
"(a) As used in this chapter:\n\n"
"(i) \"Executive order\" means a directive, order, policy or proclamation that manages the operation of the state government issued by the governor;\n\n"
"(ii) \"Federal officials\" or \"federal law enforcement officers\" means any person employed by the United States government or any agency or department thereof for the primary purpose of enforcing or regulating federal immigration laws and any peace officer as defined in W.S. 7-2-101(a)(iv) when the person or peace officer is acting within the scope of employment to enforce federal immigration laws;\n\n"
"(iii) \"Immigration status\" means the legality or illegality of a person's presence in the United States as determined by federal law;\n\n"
"(iv) \"Immigration status information\" means any information that is not confidential or privileged by law including any statement, document, computer generated data, recording or photograph that is relevant to immigration status or the identity or location of a person who is reasonably believed to be illegally residing within the United States or involved in international terrorism or domestic terrorism as defined in 18 U.S.C. § 2331;")

NV_AB217_I = ("ASSEMBLY BILL NO. 217-ASSEMBLYMEMBER GONZALEZ (Nevada, 2025) - PREFILED FEBRUARY 3, 2025 - Referred to Committee on Education\n\n"
"SUMMARY-Revises provisions relating to law enforcement on school property. (BDR 34-201)\n\n"
"FISCAL NOTE: Effect on Local Government: Increases or Newly Provides for Term of Imprisonment in County or City Jail or Detention Facility. Effect on the State: No.\n\n"
"AN ACT relating to education; prohibiting school districts, public schools and their employees from providing permission to access school district facilities to certain federal officials investigating or enforcing immigration laws; prohibiting school districts, public schools and their employees from providing information concerning pupils to certain federal, state or local officials investigating or enforcing immigration laws; prohibiting a school police officer or employee of certain school districts from using a chemical agent or electronic stun device against pupils or minors in certain settings; requiring certain entities to prepare and submit a report to the board of trustees of a school district after such prohibited instruments are used; requiring the board of trustees of the school district to conduct an investigation and make certain determinations after receiving such a report; providing penalties; and providing other matters properly relating thereto.\n\n"
"Legislative Counsel's Digest: Existing law requires the Attorney General to publish model policies for limiting, to the fullest extent possible and consistent with any applicable law, immigration enforcement at certain public places, including public schools. (NRS 228.208)")

NV_AB217_R1 = ("(Reprinted with amendments adopted on April 15, 2025) FIRST REPRINT A.B. 217\n\n"
"ASSEMBLY BILL NO. 217-ASSEMBLYMEMBER GONZALEZ (Nevada, 2025) - PREFILED FEBRUARY 3, 2025 - Referred to Committee on Education\n\n"
"SUMMARY-Revises provisions relating to law enforcement on school property. (BDR 34-201)\n\n"
"FISCAL NOTE: Effect on Local Government: Increases or Newly Provides for Term of Imprisonment in County or City Jail or Detention Facility. Effect on the State: No.\n\n"
"AN ACT relating to education; prohibiting school districts, public schools and their employees from providing permission to access school district facilities to certain federal officials investigating or enforcing immigration laws; prohibiting school districts, public schools and their employees from providing information concerning pupils to certain federal, state or local officials investigating or enforcing immigration laws; providing a penalty; and providing other matters properly relating thereto.\n\n"
"Legislative Counsel's Digest: Existing law requires the Attorney General to publish model policies for limiting, to the fullest extent possible and consistent with any applicable law, immigration enforcement at certain public places, including public schools. (NRS 228.208)")

NRS228 = ("NRS 228.206 Model policies which provide guidance and training recommendations to law enforcement agencies: Publication by Attorney General; law enforcement agency required to adopt consistent policies or notify and provide inconsistent policies to Attorney General.\n\n"
"1. The Attorney General shall, in consultation with relevant stakeholders and the Keep Nevada Working Task Force created by NRS 225.520, publish model policies which provide guidance and training recommendations to state or local law enforcement agencies. The model policies must prioritize guidance and training recommendations which:\n\n"
"(a) Foster trust between the community and state or local law enforcement agencies; and\n\n"
"(b) Limit, to the fullest extent practicable and consistent with any applicable law, the engagement of state or local law enforcement agencies with federal immigration authorities for the purpose of immigration enforcement.\n\n"
"2. Each state or local law enforcement agency shall:\n\n"
"(a) Adopt policies consistent with the model policies of the Attorney General published pursuant to subsection 1; or\n\n"
"(b) Notify the Attorney General that the state or local law enforcement agency is not adopting policies consistent with the model policies of the Attorney General.\n\n"
"3. The notification described in paragraph (b) of subsection 2 must include, without limitation:\n\n"
"(a) The reason that the state or local law enforcement agency is not adopting policies consistent with the model policies of the Attorney General; and\n\n"
"(b) A copy of the policies of the state or local law enforcement agency.\n\n"
"4. As used in this section, \"state or local law enforcement agency\" means:\n\n"
"(a) The sheriff's office of a county;\n\n"
"(b) A metropolitan police department;\n\n"
"(c) A police department of an incorporated city;")

SANTAFE = ("The City of Santa Fe is reaffirming its long-standing policy that restricts the Santa Fe Police Department from assisting federal Immigration and Customs Enforcement (ICE) operations, except as required by law or pursuant to a judicial warrant.\n\n"
"City Council Resolution 1999-6, reaffirmed in Resolution 2017-19, declares that no municipal resources will be used to identify or apprehend any non-citizen resident solely on the basis of immigration status, unless otherwise lawfully required to do so.\n\n"
"The policy clearly defines the roles of ICE and the Santa Fe Police Department. ICE is solely responsible for immigration enforcement, while the Santa Fe Police Department operates under the guidelines of City Council Resolutions 1999-6 and 2017-19. The policy also outlines when the Santa Fe Police Department may contact ICE and the process to do so, which requires approval by a shift commander.\n\n"
"Under city policy, the Santa Fe Police Department may contact ICE only in cases involving a person arrested for:\n\n"
"Concealing identity\n\n"
"A violent crime against another person, including homicide, robbery, sexual assault, and felony domestic violence cases, where serious injury is caused\n\n"
"Human trafficking\n\n"
"Narcotics trafficking\n\n"
"Gang activity\n\n"
"Organized crime organizations\n\n"
"Other felonious crimes\n\n"
"The Santa Fe Police Department does not participate in the enforcement of federal immigration laws. The department's authority is limited to enforcing state laws and local ordinances. While the department may cooperate with federal agencies on serious criminal investigations that impact public safety, it does not conduct or assist with immigration enforcement.")

UNR = ("Immigration enforcement FAQ at the University of Nevada, Reno\n\n"
"The University Police Department does not ask anyone about their immigration status and does not arrest anyone solely on the basis of their immigration status. University Police do not act on detainment actions issued by U.S. Immigration and Customs Enforcement (ICE).\n\n"
"Generally, ICE does not have unrestricted jurisdiction to operate on NSHE campuses. However, if ICE does present a valid judicial warrant, specifically a criminal warrant (not an administrative ICE detainer based solely on immigration status), University Police would assist in the same manner as it would with any other law enforcement agency.\n\n"
"An administrative ICE detainer is a request from U.S. Immigration and Customs Enforcement (ICE) asking local law enforcement to hold someone who is suspected of immigration violations. This is not a court order-it's an administrative request, and local agencies do not have to comply. ICE detainers are used in civil immigration cases, such as overstaying a visa or being in the country with unlawful presence. Law enforcement holds a person for up to 48 hours beyond their release, giving ICE time to take custody for immigration proceedings.\n\n"
"In contrast, a judicial criminal warrant is a court-issued order, signed by a judge or magistrate. It gives law enforcement the legal authority to arrest someone or search their property. These warrants are based on probable cause and are required under the Fourth Amendment. Law enforcement must comply with these warrants.")

UVU = ("Utah Valley University follows established rules regarding access to spaces and records, outlined more fully below.\n\n"
"Generally, anyone is allowed to enter areas that are open to the public.\n\n"
"Access to non-public areas is more limited. This includes places where the university has restricted entrance by access cards, locked doors, or monitored entryways. It also includes areas that are open to certain individuals with authority to be there. Examples are offices, file rooms, classrooms, and labs.\n\n"
"Individuals without university-authorized access may only enter restricted areas with a search warrant or other appropriate legal authorization. To be enforceable these generally have to be signed by a judge, and even if signed by a judge, most orders provide an opportunity for the university to review their scope, validity, and object.\n\n"
"Follow our existing protocols by asking the person for their information and under what authorization they have to access the space. If they provide a search warrant or other legal authorization, let them know that you are not the individual authorized to make decisions regarding entrance based on those documents. Tell the person to wait while you call UVU Police Department (UVUPD), who can be reached at 801-863-5555. The Office of General Counsel can also be engaged to determine the validity of court orders or other legal documents at 801-863-5630.\n\n"
"People who are not legitimately authorized to be in a restricted area may be asked to leave.\n\n"
"No, the federal government engages its officers specifically to enforce immigration matters. The UVUPD does not ask anyone about their immigration status and does not detain anyone solely on the basis of their immigration status.\n\n"
"The UVUPD must enforce a criminal warrant from any law enforcement agency, including ICE, and may otherwise pursue any criminal activity not based on immigration status.")

BERN = ("Bernalillo County has an internal policy that addresses this issue. The Board of County Commissioners voted 4-1 on March 14 to declare Bernalillo County an immigrant-friendly county that welcomes and encourages immigrants to live, work and study in the county and participate in community affairs.\n\n"
"The resolution directed that no municipal resources be used, including that of the Sheriff's Department, to identify someone's immigration status or arrest them on the sole basis of status, unless otherwise required by law to do so.\n\n"
"Here's what this means in practical terms:\n\n"
"If someone is arrested for drunken driving tonight, they would be booked at the Metropolitan Detention Center based upon those criminal charges filed by the arresting officer.\n\n"
"Staff at the Bernalillo County Metropolitan Detention Center do not check their immigration status unless required to do so by a court order.\n\n"
"People are booked and released at the county jail based on decisions made by judges and whether defendants can post bail.\n\n"
"The March 14 resolution also notes the Tenth Amendment of the U.S. Constitution recognizes the sovereign status of the states and their political subdivisions, and precludes the federal government from attempting to compel state and local governments to assist the federal government in enforcing federal laws.\n\n"
"The resolution also says the county should not adopt policies that may violate resident's constitutional rights under the Fourth Amendment, such as immigration detainers.")
