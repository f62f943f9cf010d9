# Real texts, verbatim from the stored copies (curly quotes straightened; paragraphs separated by blank lines;
# scribd/ecode360 layout line breaks joined). Each is cut at a clean paragraph boundary where the stored copy ends.

# Kingston (NY) Police Department, General Operations Manual, Section 3000.10 'Immigration Violations',
# DRAFT ('Date Effective: TBD'), https://ru.scribd.com/document/375701064/Immigration-Violation-Policy-DRAFT
# Cut after IV.A.2 (the stored copy breaks off inside IV.B).
KINGSTON = """KINGSTON POLICE DEPARTMENT

GENERAL OPERATIONS MANUAL

Immigration Violations

Date Effective: TBD Section: 3000.10

I. PURPOSE AND SCOPE

The purpose of this policy is to provide guidelines to members of the City of Kingston Police Department relating to immigration and interacting with federal immigration officials.

II. POLICY

It is the policy of the City of Kingston Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public. Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community and recognizing the dignity of all persons, regardless of their national origin or immigration status.

III. VICTIMS AND WITNESSES

To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation. While it may be necessary to determine the identity of a victim or witness, members shall treat all individuals equally and without regard to race, ethnicity or national origin in any way that would violate the United States constitutions.

IV. IMMIGRATION INQUIRIES PROHIBITED

Officers shall not inquire into an individual's immigration status for immigration enforcement purposes.

A. Officers shall not stop, question, interrogate, investigate, or arrest an individual based solely on any of the following:

1. Actual or suspected immigration or citizenship status; or

2. A "civil immigration warrant," administrative warrant, or an immigration detainer in the individual's name, including those identified in the National Crime Information Center (NCIC) database."""

# Grand Isle County (VT) Sheriff's Department, Fair and Impartial Policing Policy, 'Updated December 7, 2017'
# (the department's adoption of the Vermont Criminal Justice Training Council model policy),
# http://grandislesheriffvt.org/fip-policy/ . Cut before 'To achieve the...' (stored copy breaks off there).
GRANDISLE = """GRAND ISLE COUNTY SHERIFF'S DEPARTMENT

FAIR AND IMPARTIAL POLICING POLICY

Updated December 7, 2017

PURPOSE

The purpose of this policy is to require that all Grand Isle County Sheriff's Department members conduct policing in a fair and impartial manner, to clarify the circumstances in which officers can consider personal characteristics, or immigration status, when making law enforcement decisions and to reinforce processes and procedures that enable us to provide services and enforce laws in an equitable and impartial way. Grand Isle County Sheriff's Department is required to adopt each component the Vermont Criminal Justice Training Council's model fair and impartial policing policy. Grand Isle County Sheriff's Department may adopt additional components.

INTRODUCTION

Employees are prohibited from engaging in biased policing. This means no member of Grand Isle County Sheriff's Department shall take actions based on any personal characteristics, or immigration status, except as described below, in the services our employees provide to the community in connection with our law enforcement activities.

Because partnership with Vermont residents is the most effective way to ensure public safety, maintaining the public's trust is a primary concern. To secure this trust personal characteristics, or immigration status, should have no adverse bearing on an individual's treatment in Grand Isle County Sheriff's Department's custody. Enforcement of civil immigration law is a federal responsibility and agencies should not engage in such enforcement except as otherwise outlined in this policy. Vermont residents are more likely to engage with law enforcement and other officials by reporting emergencies, crimes, and acting as witnesses; to participate in economic activity; and to be engaged in civic life if they can be assured they will not be singled out for scrutiny on the basis of the personal characteristics or immigration status."""

# Town of New Paltz (NY) Code, chapter on immigration (ecode360 section 32325142): purpose A-B and the first three
# definitions (section numbers not in the stored copy). https://www.ecode360.com/32325142 . Cut before 'ICE'
# (stored copy breaks off inside that definition). 'CPB' [sic] as printed.
NEWPALTZ = """A. The purpose and intent of this chapter is to recognize the importance of fostering a town that is welcoming and inclusive for all individuals, regardless of nationality or citizenship status, and to ensure, to the greatest extent permitted by law, that immigration enforcement is a function of the federal government and not the Town of New Paltz.

B. The below text clarifies and codifies existing New Paltz Police Department policies as well as maintains the values of those who founded the Town. The English word "refugee" derives from the root word refuge, from Old French refuge, meaning "hiding place." It refers to "shelter or protection from danger or distress." In Western history, the term was first applied to the French Huguenots.

When used in this chapter, the following terms shall have the following meanings:

CIVIL IMMIGRATION DETAINER (also called a "CIVIL IMMIGRATION WARRANT")
A detainer issued pursuant to 8 CFR 287.7 or any similar request from ICE or CPB for detention of a person suspected of violating civil immigration law.

CBP
United States Customs and Border Protection, including any successor federal agency(s) tasked with immigration, customs, and/or border enforcement.

JUDICIAL WARRANT
A warrant based on probable cause and issued by an Article III federal judge or a federal magistrate judge that authorizes federal immigration authorities to take into custody the person who is the subject of the warrant. A judicial warrant does not include a civil immigration warrant, administrative warrant, or other document signed only by United States Immigration and Customs Enforcement ("ICE") or Customs and Border Protection ("CBP") officials."""

# Vermont Criminal Justice Council, 'Statement to Communities' (a summary letter of the Council's model Fair and
# Impartial Policing Policy, 2025), https://vcjc.vermont.gov/src . Cut before the next bullet (stored copy breaks off).
VCJC = """Vermont Criminal Justice Council Statement to Communities

The Vermont Criminal Justice Council (VCJC) and all Vermont Law Enforcement agencies are committed to practicing fair and impartial policing. We value community trust, cooperation, and public safety. VCJC understands that the federal government's immigration orders impact many Vermont communities, causing great anxiety. It is important to VCJC that Vermonters understand Vermont Law Enforcement's responsibilities and communications with federal immigration authorities. VCJC has a comprehensive model policy about Fair and Impartial Policing. This letter is a snapshot of our Model Policy, and it is our hope that this letter makes the model Fair and Impartial Policing Policy easier to understand.

The VCJC worked with community organizations to create the Fair and Impartial Policing Policy, and every Council member voted in favor of accepting the policy. By law, all Vermont Law Enforcement Agencies (sheriffs, municipal/city, state, and towns) must adopt the components of the Vermont Criminal Justice Council's Fair and Impartial Policing Policy within their own agency policies. This means that Vermont Law Enforcement Agencies commit to treat everyone living in and visiting Vermont fairly.

Here are important things to know:

- Vermont Law Enforcement cannot enforce federal civil immigration law.

- Vermont Law Enforcement can enforce federal criminal immigration law. Enforcing federal criminal immigration law is generally not a priority for Vermont Law Enforcement agencies.

- Vermont Law Enforcement should not arrest people without a warrant, hold people, help other agencies hold people, or use resources to investigate or enforce unlawful entry or unlawful reentry cases unless such actions are:

  - Necessary to ensure public safety or officer safety (imminent risk of physical injury to subject, officer, or third party) or

  - Essential to the investigation of criminal offenses unrelated to immigration law."""
