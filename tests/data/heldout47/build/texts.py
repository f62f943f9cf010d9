# Verbatim texts (normalised: curly quotes straight, en/em dashes ' - ', bullets '- ', blank form lines dropped).
I247D = """DEPARTMENT OF HOMELAND SECURITY (DHS)

IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION

Subject ID: Event #: File No: Date: TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) FROM: (DHS Office Address)

Name of Subject: Date of Birth: Citizenship: Sex:

1. DHS HAS DETERMINED THAT (mark at least one option in subsection A and one option in subsection B, or skip to section 2):

A. THE SUBJECT IS AN IMMIGRATION ENFORCEMENT PRIORITY BECAUSE HE/SHE:
- has engaged in or is suspected of terrorism or espionage, or otherwise poses a danger to national security;
- has been convicted of an offense of which an element was active participation in a criminal street gang, as defined in 18 U.S.C. § 521(a), or is at least 16 years old and intentionally participated in an organized criminal gang to further its illegal activities;
- has been convicted of an offense classified as a felony, other than a state or local offense for which an essential element was the alien's immigration status;
- has been convicted of an aggravated felony, as defined under 8 U.S.C. § 1101(a)(43) at the time of conviction;
- has been convicted of a "significant misdemeanor," as defined under DHS policy; and/or
- has been convicted of 3 or more misdemeanors, not including minor traffic offenses and state or local offenses for which immigration status was an essential element, provided the offenses arise out of 3 separate incidents.

B. PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
- a final order of removal against the subject;
- the pendency of ongoing removal proceedings against the subject;
- biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks [...]"""

I247A_CUT = """DEPARTMENT OF HOMELAND SECURITY (DHS)

IMMIGRATION DETAINER - NOTICE OF ACTION

Subject ID: Event #: File No: Date: TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) FROM: (DHS Office Address)

Name of Alien: Date of Birth: Citizenship: Sex:

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
- a final order of removal against the alien;
- the pendency of ongoing removal proceedings against the alien;
- biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks [...]"""

I247A = """DEPARTMENT OF HOMELAND SECURITY (DHS)

IMMIGRATION DETAINER - NOTICE OF ACTION

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
- a final order of removal against the alien;
- the pendency of ongoing removal proceedings against the alien;
- biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
- statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION (complete box 1 or 2). Upon completion of the proceeding or investigation for which the alien was transferred to your custody, DHS intends to resume custody of the alien to complete processing and/or make an admissibility determination.

IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling U.S. Immigration and Customs Enforcement (ICE) or U.S. Customs and Border Protection (CBP) at ____. If you cannot reach an official at the number(s) provided, please contact the Law Enforcement Support Center [...]"""

GUIDE = """ICE GUIDANCE FOR COMPLETING FORM I-247A

1. Form I-247A (Immigration Detainer Notice of Action). Effective April 2, 2017, the Department rescinded Form I-247D (Immigration Detainer Request for Voluntary Action), Form I-247N (Request for Voluntary Notification of Release of Suspected Priority Alien), and Form I-247X (Request for Voluntary Transfer), and replaced them with a consolidated detainer form, the Form I-247A (Immigration Detainer Notice of Action). The Form I-247D, Form I-247N, and Form I-247X may not be issued after April 2, 2017. Detainers issued on prior versions of the detainer form remain active and need not be replaced with a Form I-247A.

2. Form I-247A, Box 1.

1) When Box 1 is checked, Form I-247A requests that the receiving LEA: (1) notify DHS as early as practicable, at least 48 hours, if possible, before a removable alien is released from criminal custody; and (2) maintain custody of the alien for a period not to exceed 48 hours beyond the time he or she would otherwise have been released to allow DHS to assume custody for removal purposes.

2) Prior to issuing an immigration detainer to an LEA, immigration officers must have probable cause to believe that the individual they seek to detain is a removable alien.

3) The Form I-247A advises that a copy of the form must be served on the alien in order for the detainer to take effect.

3. Form I-247A, Box 2.

1) When a federal, state, local, or tribal LEA requests that ICE transfer an alien detained in ICE custody for a proceeding or investigation, the immigration officer will check Box 2 on Form I-247A.

2) If using Box 2, the immigration officer should not complete Box 1.

3) Immigration officers who transfer an alien into the custody of another federal, state, local, or tribal LEA must serve a copy of the completed detainer form on the alien before transfer."""

SC12 = """Secure Communities: Get the Facts

FACT: ICE is focused on smart, effective immigration enforcement that prioritizes efforts to identify and remove criminal aliens and others who pose a potential threat to public safety.

Under this administration, U.S. Immigration and Customs Enforcement (ICE) has prioritized the removal of aliens who are in the country illegally who have also broken criminal laws.

One important tool that ICE relies upon to advance this priority is Secure Communities, which uses an already-existing federal information-sharing partnership to identify and remove aliens who pose a threat to public safety. Through Aug. 31, 2012, more than 166,000 immigrants convicted of crimes, were removed from the United States after identification through Secure Communities. Of the more than 166,000, more than 61,000 immigrants were convicted of aggravated felony (level 1) offenses, including murder, rape and the sexual abuse of children.

The National Sheriffs' Association and Major County Sheriffs' Association have issued formal statements in support of Secure Communities.

FACT: Under Secure Communities, state and local law enforcement officers continue enforcing their state or local law in the same manner in which they always have."""

SC17 = """Secure Communities

The highest priority of any law enforcement agency is to protect the safety and security of the communities it serves.

ICE prioritizes the removal of public safety and national security threats, those who have violated our nation's immigration laws, including those who have failed to comply with a final order of removal, and those who have engaged in fraud/willful misrepresentation in connection with official government matters.

Secure Communities is a simple and common sense way to carry out ICE's enforcement priorities for those aliens detained in the custody of another law enforcement agency (LEA). It uses a federal information-sharing partnership between DHS and the Federal Bureau of Investigation (FBI) that helps to identify in-custody aliens without imposing new or additional requirements on state and local law enforcement. For decades, local jurisdictions have shared the fingerprints of individuals arrested and/or booked into custody with the FBI to see if those individuals have a criminal record and outstanding warrants. Under Secure Communities, the FBI automatically sends the fingerprints to DHS to check against its immigration databases. If these checks reveal that an individual is unlawfully present in the United States or otherwise removable, ICE takes enforcement action - prioritizing the removal of individuals who present the most significant threats to public safety as determined by the severity of their crime, their criminal history, and risk to public safety - as well as those who have violated the nation's immigration laws.

The federal government, not the state or local law enforcement agency, determines what immigration enforcement action, if any, is appropriate."""

DHS17 = """U.S. Immigration and Customs Enforcement (ICE) issues detainers and requests for notification to law enforcement agencies (LEAs) to provide notice of its intent to assume custody of an individual detained in federal, state, or local custody. Detainers are placed on aliens arrested on criminal charges for whom ICE possesses probable cause to believe that they are removable from the United States.

A detainer requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before a removable alien is released from criminal custody and then briefly maintain custody of the alien for up to 48 hours to allow DHS to assume custody for removal purposes. A request for notification requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before a removable alien is released from criminal custody.

These requests are intended to allow a reasonable amount of time for ICE to respond and take custody of the alien. When LEAs fail to honor immigration detainers or requests for notification and release serious criminal offenders, it undermines ICE's ability to protect public safety and carry out its mission."""

DET = """U.S. Immigration and Customs Enforcement (ICE) issues detainers and requests for notification to law enforcement agencies (LEAs) to provide notice of its intent to assume custody of an individual detained in federal, state, or local custody. Detainers are placed on aliens arrested on criminal charges for whom ICE possesses probable cause to believe that they are removable from the United States.

A detainer requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before a removable alien is released from criminal custody and then briefly maintain custody of the alien for up to 48 hours to allow DHS to assume custody for removal purposes. A request for notification requests that a LEA notify ICE as early as practicable - ideally at least 48 hours - before a removable alien is released from criminal custody.

These requests are intended to allow a reasonable amount of time for ICE to respond and take custody of the alien. When LEAs fail to honor immigration detainers or requests for notification and release removable aliens, it undermines ICE's ability to protect public safety and carry out its mission."""

DET_FULL = DET + """

ICE continues to collaborate with all law enforcement agencies to help ensure that aliens who may pose a threat to our communities are not released onto the streets to potentially reoffend and harm individuals living within our communities. However, in some cases, state or local laws, ordinances or policies restrict or prohibit cooperation with ICE. In other cases, jurisdictions choose to willfully decline ICE detainers or requests for notification and release removable aliens back into the community."""

FAQ_N = """U.S. Immigration and Customs Enforcement works closely with local, state and federal law enforcement agencies to protect the public from national security, public safety and border security threats.

In some cases, that means ICE's federal law enforcement officers lodge immigration detainers against potentially dangerous noncitizens who have been arrested by another law enforcement agency or are removable from the United States.

What is an immigration detainer?

An immigration detainer is a request from ICE that asks a federal, state or local law enforcement agency - including jails, prisons or other confinement facilities - to:
- Notify the requesting agency as early as possible before they release a removable noncitizen.
- Hold the noncitizen for up to an additional 48 hours

This allows ICE time to take custody of those individuals in accordance with federal immigration law.

Why does ICE use immigration detainers?

When jails, prisons or other confinement facilities agree to honor immigration detainers, ICE officers can take custody of removable noncitizens in a safe, controlled environment instead of at-large in the community.

At-large arrests are unpredictable and can be dangerous to the public, noncitizens and federal law enforcement officers. It's safer to assume custody of removable noncitizens in a secure, private environment.

Detainers also conserve scarce government resources and taxpayer dollars. When a confinement facility allows ICE to take custody of removable noncitizens when they're released, the agency doesn't need to expend resources to locate and arrest a noncitizen in the community."""

FAQ_A = """U.S. Immigration and Customs Enforcement works closely with local, state and federal law enforcement agencies to protect the public from national security, public safety and border security threats.

In some cases, that means ICE's federal law enforcement officers lodge immigration detainers against potentially dangerous aliens who have been arrested by another law enforcement agency or are removable from the United States.

What is an immigration detainer?

An immigration detainer is a request from ICE that asks a federal, state or local law enforcement agency - including jails, prisons or other confinement facilities - to:
- Notify the requesting agency as early as possible before they release a removable alien.
- Hold the alien for up to 48 hours beyond the time they would ordinarily release them so DHS has time to assume custody in accordance with federal immigration law.

Why does ICE use immigration detainers?

When jails, prisons or other confinement facilities agree to honor immigration detainers, ICE officers can take custody of removable aliens in a safe, controlled environment instead of at-large in the community.

At-large arrests are unpredictable and can be dangerous to the public, aliens and federal law enforcement officers. It's safer to assume custody of removable aliens in a secure, private environment.

Detainers also conserve scarce government resources and taxpayer dollars. When a confinement facility allows ICE to take custody of removable aliens when they're released, the agency doesn't need to expend resources to locate and arrest an alien in the community.

ICE enforces the laws Congress passes, focusing primarily on immigration enforcement in the U.S. interior."""

QA = """Q: What is a detainer?
A: U.S. Immigration and Customs Enforcement (ICE) issues detainers to federal, state, and local law enforcement agencies to provide notice of its intent to assume custody of a removable alien detained in federal, state, or local custody. A detainer requests that the law enforcement agency notify ICE as early as practicable - ideally at least 48 hours - before a removable alien is released from criminal custody and briefly maintain custody of the alien for up to 48 hours to allow DHS to assume custody for removal purposes.

Q: What is a declined detainer?
A: When law enforcement agencies fail to honor immigration detainers and release a criminal alien onto the streets, they have declined an ICE detainer. This undermines ICE's ability to protect public safety and carry out its mission. Federal immigration laws authorize DHS to issue detainers and provide ICE broad authority to detain removable aliens.

Q: How is an individual placed under a detainer?
A: When an individual is booked into custody by a law enforcement agency, his or her biometric data is automatically routed through federal databases to the FBI. The FBI shares this information with ICE. If ICE has probable cause to suspect the individual is a removable alien, ICE sends a detainer to the law enforcement agency.

Q: Why is ICE providing these reports now?
A: The president's Executive Order 13768, Enhancing Public Safety in the Interior of the United States, and DHS Secretary Kelly's memorandum on the implementation of the same, instructs the ICE Director to make this report public."""

MORTON12BG = """This guidance does not govern the use of detainers by U.S. Customs and Border Protection (CBP). This guidance replaces Sections 4.2 and 4.5 of the August 2010 Interim Guidance on Detainers (Policy Number 10074.1) and otherwise supplements the remaining sections of that same guidance.

Background

In the memorandum entitled Civil Immigration Enforcement: Priorities for the Apprehension, Detention, and Removal of Aliens, issued in June 2010, ICE set forth clear priorities that guide its civil immigration enforcement. These priorities ensure that ICE's finite enforcement resources are dedicated, to the greatest extent possible, to individuals whose removal promotes public safety, national security, border security, and the integrity of the immigration system.

As ICE's implementation of these priorities continues, it is of critical importance that ICE remain focused on ensuring that the priorities are uniformly, transparently, and effectively pursued. To that end, ICE issues the following guidance governing the use of detainers in the nation's criminal justice system at the federal, state, local, and tribal levels."""

DRAFT10 = """The draft memo states that immigration officers generally should not issue detainers - or an immigration hold - on a person charged only with a traffic-related misdemeanor unless or until the person is convicted, except for the following reasons:
- the alien has a prior criminal conviction;
- the alien previously has been excluded, deported, or removed from the United States or allowed to voluntarily return to his or her country of nationality;
- the alien is the subject of an outstanding immigration warrant or is the subject of a final order (of deportation);
- the alien is part of an existing criminal investigation;
- an articulable reason exists to believe that the alien presents a danger to national security or a genuine risk to public safety; or
- the traffic-related misdemeanor involves driving under the influence of alcohol or drugs, physical injury to a person or property, or flight from the scene of an accident.

The agency posted the draft memo on its web site Friday, and included an email address to send comments.

Request for Public Comment on Immigration Detainer Policy

ICE has drafted an immigration detainer policy to engage all interested stakeholders and solicit a broad range of views and comments. This is not a final policy and is disseminated solely to collect feedback."""
