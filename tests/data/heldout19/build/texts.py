# Real passages used in heldout19 (prefix HV). Each is verbatim from the stored copy named in CITE, with the
# normalisations listed there (curly quotes straightened, line wraps joined, paragraphs separated by blank lines).

T = {}
CITE = {}

T["MPD2003"] = """Statement Reaffirming MPD Policy Prohibiting Police Inquiries Into the Citizenship, Immigration or Residency Status of Individuals

Monday, July 28, 2003
Statement from the Metropolitan Police Department

The policy of the District of Columbia concerning enforcement of immigration laws was announced in Mayor's Memorandum 84-41. This memorandum prohibits District government agents, agencies, officers or employees from making inquiries of subjects, directly or indirectly, about citizenship or U.S. residency status, unless federal or District regulations and judicial decisions require that inquiries be made to determine eligibility for benefits. The District of Columbia and the Metropolitan Police Department continue to strictly adhere to this policy.

The Metropolitan Police Department has incorporated the District's policy by including specific directions to police officers in General Order 201.26. This order establishes policy and procedures for how MPD officers conduct themselves when performing their duties, exercising police powers and interacting with the public. Part of an officer's responsibility is to know that officers are not permitted to question persons about residency or immigration status, except in very limited circumstances. Inquiries into immigration status are allowed, pursuant to the General Order, only when officers are investigating crimes involving the criminal smuggling and harboring of immigrants or other crimes that have as an element of the crime the illegality of a person's presence. Officers shall not make inquiries into immigration status for the purpose of determining whether an individual has violated the civil immigration laws and enforcing those laws."""
CITE["MPD2003"] = ("Metropolitan Police Department (District of Columbia), 'Statement Reaffirming MPD Policy Prohibiting Police "
    "Inquiries Into the Citizenship, Immigration or Residency Status of Individuals', July 28, 2003, "
    "https://mpdc.dc.gov/release/statement-reaffirming-mpd-policy-prohibiting-police-inquiries-citizenship-immigration-or "
    "(stored copy; site navigation dropped; cut before the paragraph 'There may be certain situations ...', whose text breaks off)")

T["MPD2007"] = """MPD Policy on Immigration Enforcement

Friday, April 20, 2007

Chief Lanier reaffirms policy on enforcement of civil immigration laws.

The purpose of this statement is to re-affirm MPD's policy on the enforcement of civil immigration laws. I am issuing this statement because Latino community leaders have asked if MPD's policies have changed under my administration. I would like to state emphatically that MPD's policy has not changed.

MPD Policy

MPD's policy with respect to the enforcement of civil immigration laws is very clear: MPD officers are strictly prohibited from making inquiries into citizenship or residency status for the purpose of determining whether an individual has violated the civil immigration laws or for the purpose of enforcing those laws. In other words, the MPD is not in the business of inquiring about the residency status of the people we serve and is not in the business of enforcing civil immigration laws.

The reasoning behind this policy is straightforward: Our department is responsible for providing police services to everyone in the District of Columbia - equally, fairly, and justly. To help carry out that mission, we have adopted a strategy of community policing - of police and residents working together to fight crime in a partnership of cooperation, respect, and trust. If some of our residents are reluctant to interact with the police, because they fear we are there to enforce civil immigration laws, then all hopes for partnership and cooperation are lost, and what really suffers the most is the safety of entire communities."""
CITE["MPD2007"] = ("Metropolitan Police Department (District of Columbia), 'MPD Policy on Immigration Enforcement' (Chief Cathy "
    "Lanier), April 20, 2007, http://mpdc.dc.gov/release/mpd-policy-immigration-enforcement (stored copy; site navigation "
    "and <I> tags dropped; the stored '&in the business' repaired to 'not in the business' (an encoding loss; the sentence "
    "is otherwise ungrammatical); cut before the heading 'MPD Collaboration with Federal Immigration Authorities', whose "
    "text breaks off)")

T["MTRAINIER"] = """GENERAL ORDER

TITLE: ENFORCEMENT OF IMMIGRATIONS LAWS NUMBER: 935.00

EFFECTIVE DATE: March 1, 2008 REVIEW DATE: March 1, 2009

Authority: Chief Michael E. Scott Accreditation Standards: N/A Total Pages 3

This General Order consists of the following numbered sections: I. Purpose; II. Policy; III. Restrictions upon Inquiries into and Reporting of Immigration Status; IV. Arrest for Immigration Law Violations; V. Assisting Other Agencies; VI. Contacts

I. Purpose

The purpose of this general order is to establish guidelines for Mount Rainier Police Department personnel regarding enforcement of the immigration laws of the United States of America.

II. Policy

Enforcement of the immigration laws of the United States is primarily the responsibility of the federal government. Accordingly, the Mount Rainier Police Department shall not undertake immigration-related investigations and shall not routinely inquire into the immigration status of persons encountered during police operations except as authorized in this general order. This prohibition does not preclude the Department from notifying federal immigration officials in serious situations where a potential threat to national security or the public is identified, nor does it prohibit cooperation with federal immigration authorities when required by federal law."""
CITE["MTRAINIER"] = ("Mount Rainier (Maryland) Police Department, General Order 935.00 'Enforcement of Immigrations Laws', effective "
    "March 1, 2008, header, I. Purpose and II. Policy, as posted in full on https://themayorsspot.blogspot.com/2017/03/"
    "title-enforcement-of-immigrations.html (stored copy; the blog's introduction dropped; the header, printed twice "
    "with line breaks, condensed to one copy and the section list run into one line; cut before III, whose text "
    "breaks off)")

T["BELLINGHAM"] = """Nothing in this chapter shall be construed to preclude any city police officer or other employee from:

A. Participating in cross-designation, task force, deconfliction, or other cooperative efforts with federal law enforcement authorities, including, but not limited to, customs and border protection and immigration and customs enforcement, when such efforts are directed at suspected criminal activity;

B. Performing duties in relation to the consolidated 911 operations center (What-Comm) which includes the transfer of 911 calls to the Customs and Border Dispatch Center, when such calls are received from the communities of Blaine, Lynden, and Sumas;

C. Confirming identity under RCW 46.20.035 which lists valid forms of identification under state laws related to drivers' licenses and permit requirements;

D. Providing a liaison function to federal agents, when requested, for the purpose of peacekeeping measures; provided, that such function shall not include using city funds or resources to stop, question, interrogate, investigate, or arrest persons based on civil or administrative immigration status;

E. Engaging in all steps necessary and appropriate to comply with the I-9/E-Verify process for the purpose of employment eligibility as required by federal law;

F. Engaging in all steps necessary and appropriate to comply with the Public Records Act;

G. Engaging in all steps necessary and appropriate to participate in the U-Visa process at the request of an individual seeking U-Visa status;

H. Sharing information regarding the civil immigration status of an individual with any person or agency, when the disclosure has been authorized in writing signed by such person; or

I. Performing any action that is required by federal or state statute, local law, or court decision or order. [Ord. 2017-02-008 § 2]."""
CITE["BELLINGHAM"] = ("Bellingham (Washington) Municipal Code 2.25.060 (Ord. 2017-02-008 § 2), https://bellingham.municipal.codes/BMC/"
    "2.25.060 (stored copy, whole section; no section heading is stored, none is added; curly apostrophe "
    "straightened). Earlier sets used "
    "the city's 2017 news item about the ordinance, not the code text.")

T["ENUMCLAW"] = """The Enumclaw Police Department is committed to serving and protecting everyone in our community with fairness, professionalism, and respect for the law. We uphold all applicable federal, state, and local laws, including the Keep Washington Working Act (RCW 10.93.160), passed by the Washington State Legislature in 2019. Compliance with the Keep Washington Working Act:

Consistent with this state law, the Enumclaw Police Department will:

- Not stop, detain, or arrest anyone solely to determine their immigration or citizenship status. Civil immigration enforcement is not a local law enforcement function.

- Not ask about or collect information regarding a person's place of birth, national origin, immigration status, or citizenship status unless that information is directly relevant to a criminal investigation.

- Not hold individuals in custody at the request of federal immigration authorities based on detainers, administrative immigration warrants, or hold requests when those requests are solely for civil immigration enforcement."""
CITE["ENUMCLAW"] = ("Enumclaw (Washington) Police Department public statement on immigration enforcement (Facebook post of Jan. 26, "
    "2025), as quoted in full by the Courier-Herald, 'EPD posts immigration enforcement policies', "
    "https://www.courierherald.com/news/epd-posts-immigration-enforcement-policies (stored copy; the newspaper's "
    "introduction dropped; bullets written '- '; cut after the third bullet, because the fourth breaks off)")

T["SAPDJAIL"] = """Immigration and Customs Enforcement Detainee Processes

The Attorney Generals Information Bulletin 2012-DLE-01 published December 4, 2012, establishes ICE detainers are not compulsory and are enforceable at the discretion of the individual law enforcement agency.

Further, the bulletin clarifies the Secure Communities program does not require local law enforcement agencies to determine immigration status or enforce immigration laws. And, while anyone booked and fingerprinted is automatically screened for immigration violations through federal databases, local agencies have the discretion to determine their own policies regarding maintaining custody of individuals subject to federal detainers.

Santa Ana Police Department recognizes when police officers are perceived to engage in immigration enforcement, members of the immigrant community become less inclined to report crimes, identify criminals and assist law enforcement. While individuals booked into Santa Ana Jail (SAJ) will be subjected to Secure Communities automated immigration review as a matter of course, jail staff will not honor detainers on individuals charged with low-level offenses and who do not present a threat to public safety.

I. ICE Detainers

A. The determination to honor an immigration detainer on an individual charged with a misdemeanor or traffic offense shall be made by a shift supervisor or above.

B. When jail personnel receive an ICE detainer through the automated Secure Communities system, the detainer is to be turned over to Classification staff so personnel can run a criminal history report on the subject of the detainer."""
CITE["SAPDJAIL"] = ("Santa Ana (California) Police Department, Santa Ana Jail policy 'Immigration and Customs Enforcement Detainee "
    "Processes' (2014), https://www.scribd.com/document/226673963/SAPD-ICE-Detainer-Policy (stored copy; the purpose "
    "sentence, which breaks off mid-line in the stored copy, is dropped; cut after I.B, because I.C breaks off; "
    "'Attorney Generals' kept as printed)")
