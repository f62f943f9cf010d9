# Real OLD texts (verbatim from stored copies; line numbers, <br /> tags and page headers removed).
MN3 = """(c) The legislature finds that the resources of the state are better spent on promoting public safety, trust in state government and its institutions, and the privacy of its residents. Trust in state government is central to the public safety and well-being of the people of Minnesota. Public safety and well-being are eroded when state and local government agencies participate in federal civil immigration enforcement efforts, as these actions cause immigrant community members to fear approaching law enforcement to report crimes and deter these members from accessing basic services, including but not limited to health care and public education.

(d) Nothing in this section is intended to hinder, obstruct, or prevent the cooperation between the state and the federal government for purposes of detection, investigation, or enforcement of criminal activity.

Subd. 3. Government restrictions. (a) A government unit, and the unit's personnel, shall not:

(1) disclose, distribute, disseminate, or allow for the disclosure, distribution, or dissemination of data or information on any individual to any federal immigration authority if the data or information will be used for civil immigration enforcement, except as required by state or federal law, a judicial warrant, or other court order;"""

KY213 = """AN ACT relating to sanctuary policies.

Be it enacted by the General Assembly of the Commonwealth of Kentucky:

SECTION 1. A NEW SECTION OF KRS CHAPTER 61 IS CREATED TO READ AS FOLLOWS:

(1) As used in this section:

(a) "Local employee" means a person who is employed by a local law enforcement agency who is not otherwise a local law enforcement official, and a person who is employed by a local government who is not otherwise a public official;

(b) "Local law enforcement agency" means:

1. A police department of a local government;

2. A sheriff's office;

3. County jails operating pursuant to KRS Chapter 441; and

4. Metropolitan correctional services departments operating under KRS Chapter 67B;

(c) "Local law enforcement official" means an elected or appointed officer, or peace officer, who oversees or serves within a local law enforcement agency;

(d) "Local government" means a city, county, urban-county government, charter county government, consolidated local government or unified local government;

(e) "Public official" means the chief executive officer and members of the legislative body of a local government ; and

(f) "Sanctuary policy" means an order, ordinance, resolution, or policy, whether written or unwritten, that:

1. Limits or prohibits a local law enforcement official or local employee from communicating or cooperating with:

a. Authorized federal agencies or federal law enforcement officers or agencies or officers of another state; or

b. Any other local law enforcement official or local employee;"""

KY344 = """AN ACT relating to sanctuary policies.

Be it enacted by the General Assembly of the Commonwealth of Kentucky:

SECTION 1. A NEW SECTION OF KRS CHAPTER 61 IS CREATED TO READ AS FOLLOWS:

As used in Sections 1 to 8 of this Act, unless context otherwise requires:

(1) "Applicable criminal case" means a criminal case in which the judgment requires the defendant to be confined in a secure correctional facility and the record of the case indicates that the defendant is subject to an immigration detainer or is otherwise subject to a transfer to federal custody;

(2) "Federal immigration agency" means the United States Department of Justice, United States Department of Homeland Security, United States Immigration and Customs Enforcement, United States Customs and Border Protection, and any other federal agency or successor agency charged with the enforcement of immigration law;

(3) "Immigration detainer" means a facially sufficient written or electronic request issued by a federal immigration agency using that agency's official form to request that another law enforcement agency detain a person because there is probable cause to believe that the person to be detained is a removable alien under federal immigration law, including detainers issued pursuant to 8 U.S.C. secs. 1226 and 1357 along with a warrant described in paragraph (b) of this subsection. For purposes of this subsection, an immigration detainer is deemed facially sufficient if:"""

AL7 = """A BILL

TO BE ENTITLED

AN ACT

Relating to illegal immigration; to designate Sections 31-13-1 through 31-13-35 as Article 1 of Chapter 13 of Title 31, Code of Alabama 1975; to add Article 2, commencing with Section 31-13-50, to Chapter 13 of Title 31, Code of Alabama 1975; to create the Laken Riley Act; to allow state and local law enforcement agencies to enter into memorandums of understanding and agreements with federal agencies to enforce federal immigration laws; to provide for procedures involving the arrest, detention, and transportation of illegal aliens; to provide for standard procedures for intake and booking of illegal aliens and foreign nationals in county and municipal jails; to require county and municipal jails to honor immigration detainer requests in certain circumstances; and to require county and municipal jails to prepare and report information regarding foreign nationals.

BE IT ENACTED BY THE LEGISLATURE OF ALABAMA:

Section 1. Sections 31-13-1 through 31-13-35 of Chapter 13 of Title 31, Code of Alabama 1975, are designated as Article 1.

Section 2. Article 2, commencing with Section 31-13-50, is added to Chapter 13, Code of Alabama 1975, to read as follows:

Article 2.

§31-13-50

This act shall be known and may be cited as the Laken Riley Act.

§31-13-51

As used in this article, the following words have the following meanings:

(1) FOREIGN NATIONAL. An individual who is not a citizen of the United States.

(2) ICE. United States Immigration and Customs Enforcement Division of the Department of Homeland Security."""

MS538 = """MISSISSIPPI LEGISLATURE

2026 Regular Session

To: Judiciary A

By: Representative Yancey

AN ACT TO AMEND SECTION 25-1-119, MISSISSIPPI CODE OF 1972, TO PROVIDE THAT THE LAW PROHIBITING SANCTUARY POLICIES IN THE STATE INCLUDES ANY POLICY, ORDER, ORDINANCE, PRACTICE OR PROCEDURE, THAT LIMITS, RESTRICTS, BANS OR INTERFERES WITH THE ENFORCEMENT OF FEDERAL IMMIGRATION LAWS BY ANY PERSON; TO REQUIRE CERTAIN GOVERNMENT ENTITIES AND EMPLOYEES TO COOPERATE AND COMPLY WITH THE FEDERAL GOVERNMENT AND OTHER STATE AND LOCAL GOVERNMENTS WHEN ENFORCING FEDERAL IMMIGRATION LAWS; TO PROVIDE THAT CERTAIN GOVERNMENT ENTITIES AND EMPLOYEES SHALL BE SUBJECT TO A WAIVER OF SOVEREIGN IMMUNITY IN ALL MATTERS RELATING TO VIOLATIONS OF THIS SECTION; TO AUTHORIZE THE ATTORNEY GENERAL TO INVESTIGATE AND PROSECUTE ANY VIOLATION OF THIS SECTION; TO BRING FORWARD SECTION 71-11-1, MISSISSIPPI CODE OF 1972, FOR THE PURPOSES OF POSSIBLE AMENDMENT; AND FOR RELATED PURPOSES.

BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF MISSISSIPPI:

SECTION 1. Section 25-1-119, Mississippi Code of 1972, is amended as follows:"""

MI_SB445_2015 = """A bill to prohibit local units of government from enacting or enforcing any law, ordinance, policy, or rule that limits local officials, officers, or employees from communicating or cooperating with appropriate federal officials concerning the immigration status of individuals; to prescribe the powers and duties of certain local officers, officials, and employees; to provide for certain reporting requirements; and to prescribe penalties.

THE PEOPLE OF THE STATE OF MICHIGAN ENACT:

Sec. 1. This act shall be known and may be cited as the "sanctuary policy prohibition act".

Sec. 3. As used in this act:

(a) "Governing body" means any of the following:

(i) The council, commission, or other entity vested with the legislative power of a city or village.

(ii) The township board of a township or charter township.

(iii) The county board of commissioners of a county.

(b) "Local unit of government" means a county, city, village, township, or charter township.

Sec. 5. The governing body of a local unit of government shall not enact or enforce any law, ordinance, policy, or rule that limits or prohibits a peace officer or local official, officer, or employee from communicating or cooperating with appropriate federal officials concerning the immigration status of an individual in this state."""

MI_HB4083_2019 = """A bill to prohibit local units of government from enacting or enforcing any law, ordinance, policy, or rule that limits local officials, officers, or employees from communicating or cooperating with appropriate federal officials concerning the immigration status of individuals; to prescribe the powers and duties of certain state and local officers, officials, and employees; and to prescribe penalties and remedies.

THE PEOPLE OF THE STATE OF MICHIGAN ENACT:

Sec. 1. This act shall be known and may be cited as the "local government sanctuary policy prohibition act".

Sec. 3. As used in this act, "local unit of government" means any of the following:

(a) A city, village, township, or charter township.

(b) A board, department, commission, council, agency, or body that is created or primarily funded by a city, village, township, or charter township.

(c) An officer or official of a city, village, township, or charter township.

Sec. 5. A local unit of government shall not enact or enforce any law, ordinance, policy, or rule that limits or prohibits a peace officer or local official, officer, or employee from communicating or cooperating with appropriate federal officials concerning the immigration status of an individual in this state. Any law, ordinance, policy, or rule that violates this act is void and unenforceable."""

MI_HB4879_2023 = MI_HB4083_2019.replace('Sec. 1. This act shall be known and may be cited as the', 'Sec. 1. This act may be cited as the')

MI_HB4090_2019 = """A bill to prohibit counties from enacting or enforcing any law, ordinance, policy, or rule that limits local officials, officers, or employees from communicating or cooperating with appropriate federal officials concerning the immigration status of individuals; to prescribe the powers and duties of certain state and local officers, officials, and employees; and to prescribe penalties and remedies.

THE PEOPLE OF THE STATE OF MICHIGAN ENACT:

Sec. 1. This act shall be known and may be cited as the "county sanctuary policy prohibition act".

Sec. 3. As used in this act, "county" includes any of the following:

(a) The county board of commissioners of a county.

(b) A board, department, commission, council, agency, or body that is created or primarily funded by a county.

(c) An officer or official of a county.

Sec. 5. A county shall not enact or enforce any law, ordinance, policy, or rule that limits or prohibits a peace officer or local official, officer, or employee from communicating or cooperating with appropriate federal officials concerning the immigration status of an individual in this state. Any law, ordinance, policy, or rule that violates this act is void and unenforceable.

Sec. 7. Not later than 60 days after the effective date of this act, if a county has an existing law, ordinance, policy, or rule that violates this act, the county shall bring that law, ordinance, policy, or rule into compliance with this act."""

MI_SB725_2023 = """A bill to prohibit counties from enacting or enforcing any law, ordinance, policy, or rule that limits or prohibits peace officers or local officials, officers, or employees from communicating or cooperating with appropriate federal officials concerning the immigration status of individuals; to prescribe the powers and duties of certain state and local officers, officials, and employees; and to prescribe penalties and remedies.

THE PEOPLE OF THE STATE OF MICHIGAN ENACT:

Sec. 1. This act may be cited as the "county sanctuary policy prohibition act".

Sec. 3. As used in this act, "county" includes any of the following:

(a) The county board of commissioners of a county.

(b) A board, department, commission, council, agency, or body that is created or primarily funded by a county.

(c) An officer or official of a county.

Sec. 5. A county shall not enact or enforce any law, ordinance, policy, or rule that limits or prohibits a peace officer or local official, officer, or employee from communicating or cooperating with appropriate federal officials concerning the immigration status of an individual in this state. Any law, ordinance, policy, or rule that violates this act is void and unenforceable.

Sec. 7. Not later than 60 days after the effective date of this act, if a county has an existing law, ordinance, policy, or rule that violates this act, the county shall bring that law, ordinance, policy, or rule into compliance with this act."""

MI_HB4880_2023 = """A bill to prohibit counties from enacting or enforcing any law, ordinance, policy, or rule that limits peace officers or local officials, officers, or employees from communicating or cooperating with appropriate federal officials concerning the immigration status of individuals; to prescribe the powers and duties of certain state and local officials, officers, and employees; and to prescribe penalties and remedies.

THE PEOPLE OF THE STATE OF MICHIGAN ENACT:

Sec. 1. This act may be cited as the "county law enforcement protection act".

Sec. 3. As used in this act, "county" includes any of the following:

(a) The county board of commissioners of a county.

(b) A board, department, commission, council, agency, or body that is created or primarily funded by a county.

(c) An officer or official of a county.

Sec. 5. A county shall not enact or enforce any law, ordinance, policy, or rule that limits or prohibits a peace officer or local official, officer, or employee from communicating or cooperating with appropriate federal officials concerning the immigration status of an individual in this state. Any law, ordinance, policy, or rule that violates this act is void and unenforceable.

Sec. 7. Not later than 60 days after the effective date of this act, if a county has an existing law, ordinance, policy, or rule that violates this act, the county shall bring that law, ordinance, policy, or rule into compliance with this act."""
