# Source passages (verbatim from stored copies; see ../SOURCE.md for normalisation notes).

DENVER_OCT = """Office of Denver Adult Probation, Second Judicial District, State of Colorado
Supervision Policy and Procedure, Code: S-043
Date of Revision: October, 2017. Date of Previous Issues: June, 2015

DAPD is committed to current and future community safety through client accountability and the provision of services designed to reduce the likelihood that clients will reoffend. The residency status of a probationer is directly related to his/her ability to comply with the terms and conditions of probation as described in 18-1.3-204 C.R.S. Therefore DAPD will cooperate with Immigration and Customs Enforcement (ICE) to determine a probationer's residency status in the United States.

II. HOW

DAPD will work with ICE at both the pre-sentence investigative stage and the supervision phase by providing releasable public client information in a timely manner.

III. WHAT

At the PSI stage, the officer will contact ICE if the offender states that he is in the country illegally, states that he is a foreign born national, or if the offender has an ICE hold. If a PSI was not completed, the supervising officer will determine the probationer's status in the country utilizing the same criteria.

If ICE contacts DAPD with regards to a probationer, the officer should make all efforts to respond to ICE in a timely manner. Information that can be shared with ICE includes:

- Confirmation of probation status
- Name/Alias/DOB
- Case Number/Charges/Disposition
- Probationer's Address/Phone Number/Employment Information
- Next appointment date and time

If ICE wishes to arrest a probationer at our office for a violation of federal immigration laws, the officer should follow the steps outlined below:

- Notify supervisor or SOW
- Have ICE Agents arrive in plain clothes at the office prior to the probationer's appointment time
- Escort agents to the conference room out of the view of other clients"""

DENVER_DEC = """Office of Denver Adult Probation, Second Judicial District, State of Colorado
Supervision Policy and Procedure, Code: S-043
Date of Revision: December, 2017. Date of Previous Issues: October, 2017, June, 2015

SUBJECT: Immigration/Residency Status

PURPOSE:

The 2nd Judicial District Adult Probation Department ("Probation") provides supervision to clients sentenced to probation irrespective of the client's citizenship. However, because the residency status of a client on probation is directly related to the client's ability to comply with the terms and conditions of probation, as described in C.R.S. 18-1.3-204, the following local policy shall be followed by Probation for adult clients.

POLICY:

The 2ND Judicial District Probation Department is committed to providing services to defendants in criminal cases regardless of their citizenship or immigration status. Therefore, pre-sentence investigations will be completed, supervision will be performed, and all other services will be rendered without regard to a defendant's citizenship or immigration status.

DEFINITIONS

"Complaint to revoke probation": A complaint to revoke probation includes a complaint to revoke a defendant's probation, a complaint to revoke a defendant's deferred judgment and sentence, and a complaint to revoke both a defendant's probation and his or her deferred judgment and sentence.

"Probation": The term "probation" includes both probation and a deferred judgment and sentence.

"Probationer": The term "probationer" includes a defendant on probation, a defendant on a deferred judgment and sentence, and a defendant on both probation and a deferred judgment and sentence."""

MODEL = """SUBJECT: Immigration/Residency Status

The __ Judicial District Probation Department ("Probation") provides supervision to clients sentenced to probation irrespective of the client's citizenship. However, because the residency status of a client on probation is directly related to the client's ability to comply with the terms and conditions of probation, as described in C.R.S. 18-1.3-204, the following local policy shall be followed by Probation for adult clients. This policy is inapplicable to JD cases.

1. Notification of Immigration Status to Immigration and Customs Enforcement (ICE), Department of Homeland Security

a. If a client aged 18 years or older informs Probation that he or she was born in a country other than the United States and its territories, probation officers:

i. Shall attempt to verify the client's immigration status by:

1. Asking the client to provide all ICE documentation authenticating the client's status, including but not limited all documents filed with ICE to request legal status; or

2. Completing an appropriate query in NCIC; or

3. Requesting a copy of the client's work authorization card.

ii. Shall complete a Notification of Criminal Alien form, submit the form to ICE, and place a copy of the form in the client's file.

2. Pre-sentence Investigations

a. If a defendant aged 18 years or older informs Probation that he or she was born in a country other than the United States or its territories during a pre-sentence investigation, the PSI writer shall follow the procedures set forth in section 1(a) of this policy and shall note in the PSI when the Notification of Criminal Alien form was submitted to ICE.

b. If a PSI writer receives information from ICE regarding a defendant's residency status, that information shall be included in the PSI. For example, "According to ICE records, a detainer has been placed on the defendant at the county jail.\""""

SB5270 = """Sec. 2. (1) In accordance with RCW 10.93.160, the department may not arrest or assist with the arrest, confinement, detention, transfer, interrogation, or deportation of an individual under the jurisdiction of the department for an immigration enforcement purpose in any manner including, but not limited to, by notifying another agency or subcontractor of the agency regarding the release date and time of an individual, releasing or transferring an individual into the custody of another agency or subcontractor of the agency, or disclosing personal information, as defined in this section, about an individual.

(2)(a) The department may not record or enter into any database used by the department including, but not limited to, the offender management network information system, for any person currently or previously incarcerated or under the supervision of the department the following information:

(i) Place of birth; and

(ii) Immigration or citizenship status.

(b) The department may not allow any federal immigration authority to access to the department's offender management network information system or any other database used or controlled by the department.

(c) The department shall outline the applicable government assistance and benefit programs that an individual may be eligible for and must explain in writing:

(i) The individual's right to refuse to disclose their immigration or citizenship status; and

(ii) That disclosure of their immigration or citizenship status may result in civil or criminal immigration enforcement, including removal from the United States.

(d) The department may not disclose any information provided by an individual under (c) of this subsection for determining eligibility for relevant government assistance and benefit programs to any federal immigration authority.

(3)(a) The department may not use an individual's immigration or citizenship status, including the existence of a hold or immigration detainer request, as a factor to deny or recommend denial of privileges or participation in any diversion, rehabilitation, work program, or mental health program or placement in a credit-earning or vocational training program; or to determine custodial classification level.

(b) Immigration or citizenship status, including the existence of a hold or immigration detainer request, shall not be considered necessary for classification or placement purposes for individuals under the jurisdiction of the department.

(4) Nothing in this section shall prohibit the department's compliance with a bench warrant issued by the court for a criminal matter."""

SB6264 = """Sec. 1. (1) Except as provided in subsection (3) of this section, no state agency, including law enforcement, may use agency funds, facilities, property, equipment, or personnel to investigate, enforce, cooperate with, or assist in the investigation or enforcement of any federal registration or surveillance programs or any other laws, rules, or policies that target Washington residents solely on the basis of race, religion, immigration, or citizenship status, or national or ethnic origin. This subsection does not apply to any program with the primary purpose of providing persons with services or benefits, or to RCW 9.94A.685.

(2) Except as provided in subsection (3) of this section, the state agencies listed in subsections (5) and (6) of this section shall review their policies and identify and make any changes necessary to ensure that:

(a) Information collected from individuals is limited to the minimum necessary to comply with subsection (3) of this section;

(b) Information collected from individuals is not disclosed except as necessary to comply with subsection (3) of this section or as permitted by state or federal law;

(c) Agency employees may not condition services or request information or proof regarding a person's immigration status, citizenship status, or place of birth; and

(d) Public services are available to, and agency employees shall serve, all Washington residents without regard to immigration or citizenship status.

(3) Nothing in subsection (1) or (2) of this section prohibits the collection, use, or disclosure of information that is:

(a) Required to comply with state or federal law;

(b) In response to a lawfully issued court order;

(c) Necessary to perform agency duties, functions, or other business, as permitted by statute or rule, conducted by the agency that is not related to immigration enforcement;

(d) Required to comply with policies, grants, waivers, or other requirements necessary to maintain funding;

(e) In the form of deidentified or aggregated data, including census data; or

(f) Permitted under RCW 10.93.160 (4) through (6).

(4) Any changes to agency policies required by this section must be made as expeditiously as possible, consistent with agency procedures. Final policies must be published.

(5) The following state agencies shall begin implementation of this section within twelve months after May 21, 2019, and demonstrate full compliance by December 1, 2021:

(a) Department of licensing;

(b) Department of labor and industries;

(c) Employment security department;

(d) Department of revenue;

(e) Department of health;

(f) Health care authority;

(g) Department of social and health services;

(h) Department of children, youth, and families;

(i) Office of the superintendent of public instruction;

(j) State patrol."""

HB1889_ORIG = """Sec. 1. (1) An individual who is not lawfully present in the United States is eligible for a professional license, commercial license, certificate, permit, or registration as allowed under Title 8 U.S.C. Sec. 1621. A state agency or regulatory authority shall not deny an application for a professional license, commercial license, certificate, permit, or registration solely on the basis of a person's immigration or citizenship status if the person has met all other qualifications.

(2) An applicant for a professional license, commercial license, certificate, permit, or registration may provide an individual taxpayer identification number in lieu of a social security number when completing an application.

(3) A state agency or regulatory authority shall not disclose to any person who is not employed by the state agency or regulatory authority the social security number or individual taxpayer identification number of an applicant or licensee for any purpose except:

(a) Tax purposes;

(b) Licensing purposes; and

(c) Enforcement of an order for the payment of child support.

(4) A social security number or individual taxpayer identification number provided to a regulatory authority is confidential and is exempt from disclosure under chapter 42.56 RCW.

(5) Nothing in this section shall affect the requirements to obtain a professional license, commercial license, certificate, permit, or registration that are not directly related to citizenship status or immigration status."""

HB1889_PL = """Sec. 1. For the businesses and professions included under this title, except for interstate compacts:

(1) An individual who is not lawfully present in the United States is eligible for a professional license, commercial license, certificate, permit, or registration as allowed under Title 8 U.S.C. Sec. 1621. A state agency, regulatory authority, or disciplining authority shall not deny an application for a professional license, commercial license, certificate, permit, or registration solely on the basis of a person's immigration or citizenship status if the person has met all other qualifications.

(2) An applicant for a professional license, commercial license, certificate, permit, or registration may provide an individual taxpayer identification number in lieu of a social security number when completing an application.

(3) A state agency, regulatory authority, or disciplining authority shall not disclose to any person who is not employed by the state agency, regulatory authority, or disciplining authority the social security number or individual taxpayer identification number of an applicant or licensee for any purpose except:

(a) Tax purposes;

(b) Licensing purposes; and

(c) Enforcement of an order for the payment of child support.

(4) A social security number or individual taxpayer identification number provided to a state agency, regulatory authority, or disciplining authority is confidential and is exempt from disclosure under chapter 42.56 RCW.

(5) Nothing in this section shall affect the requirements to obtain a professional license, commercial license, certificate, permit, or registration that are not directly related to citizenship status or immigration status.

(6) This chapter does not apply to licensees under chapters 18.165 and 18.170 RCW and RCW 18.185.250."""
