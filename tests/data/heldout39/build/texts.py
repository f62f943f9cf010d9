# Verbatim texts from stored copies (curly quotes straightened, OCR letter errors fixed, bullets normalised).
M11 = """Policy Number: 10029.2

SUBJECT: Enforcement Actions at or Focused on Sensitive Locations

Purpose

This memorandum sets forth Immigration and Customs Enforcement (ICE) policy regarding certain enforcement actions by ICE officers and agents at or focused on sensitive locations. This policy is designed to ensure that these enforcement actions do not occur at nor are focused on sensitive locations such as schools and churches unless (a) exigent circumstances exist, (b) other law enforcement actions have led officers to a sensitive location as described in the "Exceptions to the General Rule" section of this policy memorandum, or (c) prior approval is obtained. This policy supersedes all prior agency policy on this subject.

Definitions

The enforcement actions covered by this policy are (1) arrests; (2) interviews; (3) searches; and (4) for purposes of immigration enforcement only, surveillance. Actions not covered by this policy include actions such as obtaining records, documents and similar materials from officials or employees, providing notice to officials or employees, serving subpoenas, engaging in Student and Exchange Visitor Program (SEVP) compliance and certification visits, or participating in official functions or community meetings."""

# same, without the second and third sentences of Purpose (for the genuine pair with the 2021 opening)
M11_SHORT = M11.replace(""" This policy is designed to ensure that these enforcement actions do not occur at nor are focused on sensitive locations such as schools and churches unless (a) exigent circumstances exist, (b) other law enforcement actions have led officers to a sensitive location as described in the "Exceptions to the General Rule" section of this policy memorandum, or (c) prior approval is obtained.""", "")

MAY21 = """SUBJECT: Guidelines for Enforcement Actions in or Near Protected Areas

This memorandum provides guidance for ICE and CBP enforcement actions in or near areas that require special protection. It is effective immediately.

This memorandum supersedes and rescinds John Morton's memorandum entitled, "Enforcement Actions at or Focused on Sensitive Locations" (number 10029.2, dated October 24, 2011), and David Aguilar's memorandum entitled, "U.S. Customs and Border Protection Enforcement Actions at or Near Certain Community Locations" (dated January 18, 2013).

I. Foundational Principle

In our pursuit of justice, including in the execution of our enforcement responsibilities, we impact people's lives and advance our country's well-being in the most fundamental ways. It is because of the profound impact of our work that we must consider so many different factors before we decide to act. This can make our work very difficult. It is also one of the reasons why our work is noble.

When we conduct an enforcement action - whether it is an arrest, search, service of a subpoena, or other action - we need to consider many factors, including the location in which we are conducting the action and its impact on other people and broader societal interests."""

HUF25 = """SUBJECT: Enforcement Actions in or Near Protected Areas

This memorandum addresses Immigration and Customs Enforcement (ICE) and Customs and Border Protection (CBP) enforcement actions in or near areas that the Department of Homeland Security (DHS) previously determined require special protection. It is effective immediately. This memorandum supersedes and rescinds Alejandro Mayorkas's October 27, 2021 memorandum entitled, Guidelines for Enforcement Actions in or Near Protected Areas.

[...]

Going forward, law enforcement officers should continue to use that discretion along with a healthy dose of common sense. It is not necessary, however, for the head of the agency to create bright line rules regarding where our immigration laws are permitted to be enforced. The Director of ICE and the Commissioner of CBP may wish to issue further guidance to assist officers in exercising appropriate enforcement discretion."""

CBP13 = """SUBJECT: U.S. Customs and Border Protection Enforcement Actions at or Near Certain Community Locations

The presence of U.S. Customs and Border Protection (CBP) Officers and Agents conducting enforcement activities at or near schools, places of worship, and certain other community locations has been a sensitive issue. Accordingly, careful consideration and planning must be undertaken, as outlined herein, in relation to enforcement actions conducted at or near these establishments.

The following establishments should be considered to be within the context of this policy:

- schools, including pre-schools, primary schools, secondary schools, post-secondary schools, vocational or trade schools, and colleges and universities;

- places of worship, including places where funerals, weddings, or other public religious ceremonies are taking place;

- community centers; and

- hospitals."""

ICEA_LIST = """Protected Areas

Protected areas are locations that provide essential services or activities. When determining if a location is a protected area, DHS considers the activities that take place there, the importance of those activities to the well-being of people and the communities of which they are a part and the impact an enforcement action would have on people's willingness to be in the protected area and receive or engage in the essential services or activities that occur there. It is a determination that requires the exercise of judgment.

Examples of protected areas include, but are not limited to:

- Schools;

- Medical or mental healthcare facilities;

- Places of worship or religious studies;

- Places where children gather;

- Social services establishments;

- Places where disaster or emergency response/relief is provided;

- Places where funerals, graveside ceremonies, rosaries, weddings, or other religious or civil ceremonies or observances occur; and

- Places where there are ongoing parades, demonstrations, or rallies."""

ICEA = """Protected Areas and Courthouse Arrests

Protected Areas Enforcement Actions

The Department of Homeland Security (DHS) issued a memorandum - Guidelines for Enforcement Actions In or Near Protected Areas - instructing officers to refrain from taking enforcement actions at or near locations or protected areas in October 2021. This policy is part of DHS's effort to avoid restricting people's access to essential services or engagement in essential activities.

""" + ICEA_LIST + """

Enforcement Actions Within the Scope of the Protected Areas Memorandum

Enforcement actions that are within the scope of this guidance include, but are not limited to, such actions as arrests, civil apprehensions, searches, inspections, seizures, the service of charging documents or subpoenas, interviews and immigration enforcement surveillance."""

ICEB = """Protected Areas and Courthouse Arrests

DHS Directive Enforcement Actions in or Near Protected Areas (Jan. 20, 2025)

The Department of Homeland Security (DHS) issued a directive - Enforcement Actions in or Near Protected Areas - on Jan. 20, 2025, for U.S. Immigration and Customs Enforcement (ICE) and U.S. Customs and Border Protection (CBP), superseding and rescinding DHS's Oct. 27, 2021, memorandum of the same title, which determined that certain locations require special protection from enforcement of U.S. immigration laws.

The Jan. 20, 2025, DHS Enforcement Actions in or Near Protected Areas directive recognizes that "officers frequently apply enforcement discretion to balance a variety of interests, including the degree to which any law enforcement action occurs in a sensitive location. Going forward, law enforcement officers should continue to use that discretion along with a healthy dose of common sense."

ICE Directive Enforcement Actions in or Near Courthouses (Jan. 21, 2025)

On Jan. 21, 2025, ICE issued interim guidance, Enforcement Actions in or Near Protected Areas. Under this interim guidance, ICE officers or agents may conduct civil immigration enforcement actions in or near courthouses when they have credible information that leads them to believe the targeted alien(s) is or will be present at a specific location, and where such action is not precluded by laws imposed by the jurisdiction in which the civil immigration enforcement action will take place.

ICE officers or agents must coordinate with the relevant local ICE Office of the Principal Legal Advisor (OPLA) office before conducting civil immigration enforcement actions in or near courthouses to determine whether jurisdiction-specific legal limitations apply."""

JOH14 = """SUBJECT: Policies for the Apprehension, Detention and Removal of Undocumented Immigrants

This memorandum reflects new policies for the apprehension, detention, and removal of aliens in this country. This memorandum should be considered Department-wide guidance, applicable to the activities of U.S. Immigration and Customs Enforcement (ICE), U.S. Customs and Border Protection (CBP), and U.S. Citizenship and Immigration Services (USCIS). This memorandum should inform enforcement and removal activity, detention decisions, budget requests and execution, and strategic planning. In general, our enforcement and removal policies should continue to prioritize threats to national security, public safety, and border security. The intent of this new policy is to provide clearer and more effective guidance in the pursuit of those priorities.

To promote public confidence in our enforcement activities, I am also directing herein greater transparency in the annual reporting of our removal statistics, to include data that tracks the priorities outlined below.

The Department of Homeland Security (DHS) and its immigration components-CBP, ICE, and USCIS-are responsible for enforcing the nation's immigration laws. Due to limited resources, DHS and its Components cannot respond to all immigration violations or remove all persons illegally in the United States. As is true of virtually every other law enforcement agency, DHS must exercise prosecutorial discretion in the enforcement of the law."""

KEL17 = """SUBJECT: Enforcement of the Immigration Laws to Serve the National Interest

This memorandum implements the Executive Order entitled "Enhancing Public Safety in the Interior of the United States," issued by the President on January 25, 2017. It constitutes guidance for all Department personnel regarding the enforcement of the immigration laws of the United States, and is applicable to the activities of U.S. Immigration and Customs Enforcement (ICE), U.S. Customs and Border Protection (CBP), and U.S. Citizenship and Immigration Services (USCIS). As such, it should inform enforcement and removal activities, detention decisions, administrative litigation, budget requests and execution, and strategic planning.

With the exception of the June 15, 2012, memorandum entitled "Exercising Prosecutorial Discretion with Respect to Individuals Who Came to the United States as Children," and the November 20, 2014 memorandum entitled "Exercising Prosecutorial Discretion with Respect to Individuals Who Came to the United States as Children and with Respect to Certain Individuals Who Are the Parents of U.S. Citizens or Permanent Residents," all existing conflicting directives, memoranda, or field guidance regarding the enforcement of our immigration laws and priorities for removal are hereby immediately rescinded - to the extent of the conflict - including [...]"""

P1_14 = """Priority 1 (threats to national security, border security, and public safety)

Aliens described in this priority represent the highest priority to which enforcement resources should be directed:

(a) aliens engaged in or suspected of terrorism or espionage, or who otherwise pose a danger to national security;

(b) aliens apprehended at the border or ports of entry while attempting to unlawfully enter the United States;

(c) aliens convicted of an offense for which an element was active participation in a criminal street gang, as defined in 18 U.S.C. § 521(a), or aliens not younger than 16 years of age who intentionally participated in an organized criminal gang to further the illegal activity of the gang;

(d) aliens convicted of an offense classified as a felony in the convicting jurisdiction, other than a state or local offense for which an essential element was the alien's immigration status; and

(e) aliens convicted of an "aggravated felony," as that term is defined in section 101(a)(43) of the Immigration and Nationality Act at the time of the conviction."""

P1_14_FULL = P1_14 + """

The removal of these aliens must be prioritized unless they qualify for asylum or another form of relief under our laws, or unless, in the judgment of an ICE Field Office Director, CBP Sector Chief or CBP Director of Field Operations, there are compelling and exceptional factors that clearly indicate the alien is not a threat to national security, border security, or public safety and should not therefore be an enforcement priority."""

PEK21 = """1. National security. Individuals who have engaged in or are suspected of terrorism or espionage, or whose apprehension, arrest and/or custody is otherwise necessary to protect the national security of the United States.

2. Border security. Individuals apprehended at the border or ports of entry while attempting to unlawfully enter the United States on or after November 1, 2020, or who were not physically present in the United States before November 1, 2020.

3. Public safety. Individuals incarcerated within federal, state, and local prisons and jails released on or after the issuance of this memorandum who have been convicted of an "aggravated felony," as that term is defined in section 101(a)(43) of the Immigration and Nationality Act at the time of conviction, and are determined to pose a threat to public safety."""

DET12 = """Purpose

This memorandum provides guidance on the use of U.S. Immigration and Customs Enforcement (ICE) detainers in the federal, state, local, and tribal criminal justice systems. This guidance applies to all uses of ICE detainers regardless of whether the contemplated use arises out of the Criminal Alien Program, Secure Communities, a 287(g) agreement, or any other ICE enforcement effort. This guidance does not govern the use of detainers by U.S. Customs and Border Protection (CBP).

[...]

ICE should issue a detainer only where (1) they have reason to believe the individual is an alien subject to removal from the United States AND (2) one or more of the following conditions apply:

- the individual has a prior felony conviction or has been charged with a felony offense;
- the individual has three or more prior misdemeanor convictions;
- the individual has a prior misdemeanor conviction or has been charged with a misdemeanor offense if the misdemeanor conviction or pending charge involves-
  - violence, threats, or assault;
  - sexual abuse or exploitation;
  - driving under the influence of alcohol or a controlled substance;
  - unlawful flight from the scene of an accident;
  - unlawful possession or use of a firearm or other deadly weapon;
  - the distribution or trafficking of a controlled substance; or
  - other significant threat to public safety;
- the individual has been convicted of illegal entry pursuant to 8 U.S.C. § 1325;
- the individual has illegally re-entered the country after a previous removal or return;
- the individual has an outstanding order of removal;
- the individual has been found by an immigration officer or an immigration judge to have knowingly committed immigration fraud; or
- the individual otherwise poses a significant risk to national security, border security, or public safety."""

N247 = """DEPARTMENT OF HOMELAND SECURITY (DHS) REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN

1. DHS SUSPECTS THAT THE SUBJECT IS A REMOVABLE ALIEN AND THAT THE SUBJECT IS AN IMMIGRATION ENFORCEMENT PRIORITY BECAUSE HE/SHE (mark at least one option below, or skip to section 2):

- has engaged in or is suspected of terrorism or espionage, or otherwise poses a danger to national security;
- has been convicted of an offense of which an element was active participation in a criminal street gang, as defined in 18 U.S.C. § 521(a), or is at least 16 years old and intentionally participated in an organized criminal gang to further its illegal activities;
- has been convicted of an offense classified as a felony, other than a state or local offense for which an essential element was the alien's immigration status;
- has been convicted of an aggravated felony, as defined under 8 U.S.C. § 1101(a)(43) at the time of conviction;
- has been convicted of a "significant misdemeanor," as defined under DHS policy; and/or
- has been convicted of 3 or more misdemeanors, not including minor traffic offenses and state or local offenses for which immigration status was an essential element, provided the offenses arise out of 3 separate incidents.

2. DHS TRANSFERRED THE SUBJECT TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION. Upon completion of the proceeding or investigation for which the subject was transferred to your custody, DHS intends to resume custody of the subject to complete processing.

IT IS THEREFORE REQUESTED THAT YOU:

- Provide notice as early as practicable (at least 48 hours, if possible) before the subject is released from your custody to allow DHS an opportunity to determine whether there is probable cause to conclude that he or she is a removable alien."""

SC14 = """SUBJECT: Secure Communities

The Secure Communities program, as we know it, will be discontinued.

The goal of Secure Communities was to more effectively identify and facilitate the removal of criminal aliens in the custody of state and local law enforcement agencies. But the reality is the program has attracted a great deal of criticism, is widely misunderstood, and is embroiled in litigation; its very name has become a symbol for general hostility toward the enforcement of our immigration laws. Governors, mayors, and state and local law enforcement officials around the country have increasingly refused to cooperate with the program, and many have issued executive orders or signed laws prohibiting such cooperation. A number of federal courts have rejected the authority of state and local law enforcement agencies to detain immigrants pursuant to federal detainers issued under the current Secure Communities program.

The overarching goal of Secure Communities remains in my view a valid and important law enforcement objective, but a fresh start and a new program are necessary. As recommended by the Homeland Security Advisory Council Task Force, Secure Communities "must be implemented in a way that supports community policing and sustains the trust of all elements of the community in working with local law enforcement."

Accordingly, I am directing U.S. Immigration and Customs Enforcement (ICE) to discontinue Secure Communities."""

DET17 = """Policy Number 10074.2: Issuance of Immigration Detainers by ICE Immigration Officers

Purpose/Background. This Directive establishes U.S. Immigration and Customs Enforcement (ICE) policy and procedures regarding the issuance of civil immigration detainers to federal, state, local, and tribal law enforcement agencies (LEAs). ICE issues detainers to federal, state, local, and tribal LEAs to provide notice of its intent to assume custody of a removable alien detained in federal, state, local, or tribal custody. The Department of Homeland Security's (Department or DHS) detainer authority, codified in section 287.7 of title 8 of the Code of Federal Regulations (C.F.R.), arises from the Secretary of Homeland Security's power under section 103(a)(3) of the Immigration and Nationality Act (INA) to provide regulations "necessary to carry out his authority," and from ICE's general authority to arrest and detain aliens subject to removal or removal proceedings, pursuant to sections 236, 241, and 287 of the INA. The use of immigration detainers, however, long pre-dates any reference to detainers in the statute or regulations. In fact, the former Immigration and Naturalization Service first used the Form I-247 as early as 1952.

Detainers enable ICE to judiciously deploy its investigative, detention, and removal resources consistent with the immigration enforcement priorities of the Department and the executive branch of the U.S. Government. Detainers also allow ICE immigration officers to avoid the risks to public safety and officer safety associated with arrests outside the custodial environment."""

OJP17 = """U.S. DEPARTMENT OF JUSTICE
OFFICE OF JUSTICE PROGRAMS

State or Local Government: FY 2017 Certification of Compliance with 8 U.S.C. § 1373

On behalf of the applicant government entity named below, and in support of its application, I certify under penalty of perjury to the Office of Justice Programs ("OJP"), U.S. Department of Justice ("USDOJ"), that all of the following are true and correct:

(1) I am the chief legal officer of the State or local government of which the applicant entity named below is a part ("the jurisdiction"), and I have the authority to make this certification on behalf of the jurisdiction and the applicant entity (that is, the entity applying directly to OJP). I understand that OJP will rely upon this certification as a material representation in any decision to make an award to the applicant entity.

(2) I have carefully reviewed 8 U.S.C. § 1373(a) and (b), including the prohibitions on certain actions by State and local government entities, -agencies, and -officials regarding information on citizenship and immigration status. I also have reviewed the provisions set out at (or referenced in) 8 U.S.C. § 1551 note ("Abolition ... and Transfer of Functions"), pursuant to which references to the "Immigration and Naturalization Service" in 8 U.S.C. § 1373 are to be read, as a legal matter, as references to particular components of the U.S. Department of Homeland Security.

(3) I (and also the applicant entity) understand that the U.S. Department of Justice will require States and local governments (and agencies or other entities thereof) to comply with 8 U.S.C. § 1373, with respect to any "program or activity" funded in whole or in part with the federal financial assistance provided through the FY 2017 OJP program under which this certification is being submitted ("the FY 2017 OJP Program" identified below)."""
