# Real OLD texts (verbatim from stored copies; curly quotes straightened, bullets kept as printed).
LV = """It is the policy of this department to recognize the dignity of all persons, regardless of their national origin or immigration status. LVMPD strives to serve and protect the community with the highest regard for public safety and professionalism. LVMPD is committed to community-oriented policing as a strategy that focuses on developing relationships with community members regardless of the immigration status of a suspect or victim.

Although Nevada peace officers have the authority to assist in enforcing federal laws, LVMPD officers will not enforce immigration violations. Officers will not stop and question, detain, arrest, or place an immigration hold on any individuals on the grounds they are an undocumented immigrant. However, LVMPD will share criminal intelligence regarding transnational organized crime and international terrorism with any and all law enforcement agencies to include ICE. Citizens reporting suspected undocumented immigrants will be referred to the local ICE office."""

LA = """Identification - In conjunction with law and international treaties, when Officers/agents encounter foreign nationals during the course of their lawful duties, they shall comply with the following procedures:

Enforcement of immigration laws and the arrest of undocumented foreign nationals resides exclusively with the United States Federal Government.

Law Enforcement Officers may NOT stop, detain and question, arrest or place an immigration or a U.S. Immigration & Customs Enforcement (I.C.E.) hold on any person NOT suspected of crimes, solely on the grounds that they may be undocumented and deportable foreign nationals. When Officers make a lawful stop, they may not ordinarily detain the vehicle's occupants beyond a reasonable period of time required for the disposition of the matter that justified the initial stop.

Officers shall not request immigration documents but may consider them for purposes of identification. Officers shall accept the Mexican Consular Identification Card (Matricula Consular de Alta Seguridad) as a valid form of identification. The Mexican Consular ID Card is not an indication of a person's immigration status, nor is it sufficient evidence to establish reasonable suspicion of a person's immigration status."""

LC = """The LCPD has procedures for the treatment of undocumented foreign nationals encountered by employees of the department: "The enforcement of federal immigration laws and the arrest of undocumented foreign nationals reside exclusively with the federal government."

LCPD employees are not authorized to detain or arrest any person solely on the basis of their nationality or ethnicity. Other sections of the LCPD general orders regarding undocumented foreign nationals include:

• Commissioned employees shall not inquire about or seek proof of a person's immigration status unless the person is in custody or is a suspect in an investigation for a non-immigration criminal violation.

• Commissioned employees may call federal immigration officials to the scene of a detention or investigation when the immigration status of an individual is discovered through the self-disclosure of the person stopped.

• If the department receives a call for service regarding possible federal immigration law violations, the caller shall be referred to U.S. Immigration and Customs Enforcement (ICE) for further follow up."""

TA = """Frequently Asked Questions

Updated January 28, 2025

What is the mission of the Tacoma Police Department?
The Tacoma Police Department's mission is to create a safe and secure environment for all to live, work, and visit in Tacoma. It is committed to working together with the community, enforcing the law impartially, preserving peace in Tacoma's neighborhoods, and safeguarding constitutional guarantees for everyone.

How is the Tacoma Police Department complying with RCW 10.93.160?
Local law enforcement, including the Tacoma Police Department, does not enforce civil federal immigration law. The Tacoma Police Department does not inquire into immigration status unless it is connected to a criminal investigation.

Will Tacoma Police Department officers be collecting immigration status information?
Tacoma Police Department officers acting in their official capacity may not collect immigration status information or share it with federal immigration authorities for civil enforcement. Individuals cannot be detained solely for determining immigration status or held based on a civil immigration warrant or hold request.

How will the Tacoma Police Department work with the community?
The Tacoma Police Department's role is to protect all members of the community, regardless of immigration status. It is committed to creating an environment where everyone feels safe reporting crimes or concerns, without fear of deportation or immigration-related actions.

Does the Tacoma Police Department have a role in immigration enforcement?
The Tacoma Police Department is not involved in immigration enforcement and is here to serve and protect all community members."""

ME = """Response to SB 1070 Ruling

September 20, 2012

In the wake of the most recent ruling on SB 1070, the Mesa Police Department, like all other state law enforcement agencies, must look at our policy and procedure to ensure that we are in compliance with the law. Training has been provided to the officers and we are prepared to comply with the new law now in effect.

As far as the day to day operations of the department, there should be no noticeable change in what the public sees or the way that officers respond to their calls. When a person is lawfully detained, has no presumptive identification and the officer has reasonable suspicion that the detainee is not legally in the country, the officer will make the appropriate calls to Immigrations and Customs Enforcement (ICE) to verify their status. If the suspect is being arrested, he or she would be booked as usual. If the detainee is not arrested, the officer would follow the direction of ICE to detain or release the person. If ICE is not available, the officer would follow Mesa Police policy for the documentation of the contact and forward the information to ICE.

This latest ruling should have no bearing on Mesa Police officers treating contacts fairly and with respect. However, make no mistake that the men and women of the Mesa Police Department are very committed to the suppression of crime in our community. If there is reason to believe that a person has been involved in criminal activity, they will be contacted. As a result of the contact, the person's status may be checked, but the primary focus, first and foremost, is stopping the criminal activity that lead to the contact."""

AN = """Behind the Badge: Does the police department ask people it contacts about their immigration status?

Quezada: No. Unless immigration status is an integral component of a particular investigation (e.g., human trafficking involving forced labor of foreign nationals), an individual's immigration status is not relevant and our officers and employees do not inquire about it.

BTB: Are you going to deport me if I have no criminal record? Or if I'm pulled over for a speeding ticket?

Quezada: As clearly stated in our Immigration Policy, which is available in both English and Spanish on the Police Department's website, the Anaheim Police Department is not charged with and does not engage in the enforcement of immigration laws. That is the responsibility and purview of the federal government.

Our officers and employees also do not ask for immigration status during their contacts in the field and when conducting traffic enforcement. APD also does not honor ICE Detainers — which can give federal immigration officers the ability to detain non-citizens who come in contact with local law enforcement — received for those arrested and in our custody.

Once out of our custody, however, and transported to the custody of another agency — like the Orange County Jail — the deportation process could be initiated by another agency as APD would no longer have any authority."""

LB = """Subject:
LBPD IN COMPLIANCE WITH TRUST ACT; JOINS OTHER LAW ENFORCEMENT AGENCIES WITH BEST PRACTICE MODIFICATION

The Long Beach Police Department has been in compliance with requirements of the Transparency and Responsibility Using State Tools (TRUST) Act since its enactment on January 1, 2014. The Department announced it will take it a step further by joining local law enforcement agencies and following best practice by modifying its policy to require judicial review in order to honor federal immigration detainment requests.

"I am pleased our policies will be in line with recent court rulings and consistent with other law enforcement agencies throughout the state," said Long Beach Police Chief Jim McDonnell, "We value our federal and community partnerships and will continue to work diligently with them to ensure the public's safety."

Last month, State of California Attorney General Kamala Harris issued an advisory to law enforcement agencies clarifying the TRUST Act requirements. A federal court outside of California's jurisdiction has held a county liable for damages where it voluntarily complied with an ICE request to detain an individual, and the individual was otherwise eligible for release. If courts with jurisdiction affecting California follow the decision reached by this court, local law enforcement agencies may also be held liable for such conduct.

Long Beach Mayor Bob Foster said, "Long Beach's position of holding ourselves to a higher compliance standard protects our residents by limiting potential liability and challenges.\""""

LAF = """Immigration law and enforcement responsibilities are some of the most confusing areas of the law and public policy. This confusion often leads to misconceptions about what LAPD officers may or may not do regarding immigration enforcement within the City and the Department's relationship to federal law enforcement agencies. This document is intended to reduce this confusion and clarify the LAPD's roles, responsibilities, and legal authorities regarding civil and criminal immigration enforcement in Los Angeles.

The LAPD

The LAPD is a municipal police agency responsible for enforcing state and local criminal laws within the jurisdiction of the City of Los Angeles. The Department's nearly 10,000 officers and 3,000 civilian professionals are dedicated to protecting Los Angeles's four million residents and the millions more who visit, work and travel through this dynamic, vibrant, and diverse City every day. We do this through a robust community policing strategy that focuses on preventing crime through community partnerships, collaborative problem solving, and building public trust―essential components to reducing crime and protecting the public from harm.

The LAPD is neither responsible for, nor has the authority to, enforce federal civil immigration laws which are used to detain and remove undocumented immigrants from the United States. Therefore, the LAPD does not serve as a civil immigration enforcement agency for the federal government. Although in some cases LAPD officers may arrest criminal suspects wanted for violating criminal provisions of federal immigration law, the Department does not take on the responsibility of performing immigration functions unrelated to investigating and enforcing criminal violations."""

LV19 = """LAS VEGAS (KLAS) — The Las Vegas Metropolitan Police Department will no longer detain people on Federal Immigration Holds 287(g) Program following a recent court decision.

On Sept. 27, 2019, the U.S. District Court for the Central District of California ruled that ICE detainers violate the Fourth Amendment. Nevada does not have a law authorizing an arrest for civil immigration violations.

"I am optimistic that this change will not hinder LVMPD's ability to fight violent crime," said Sheriff Joseph Lombardo. "While the ruling can be seen as a setback, I am determined that through cooperation with our federal partners, the goal of removing the worst of the worst can still be accomplished."

LVMPD has analyzed the court's decision and concluded that it would no longer honor federal immigration detainers for civil immigration violations.

This decision also affects LVMPD's jail-based Memorandum of Agreement with ICE [287(g)]. On Oct. 22, 2019, LVMPD gave notice to ICE that it was suspending the agreement.

The Court's decision is likely to be appealed to the Ninth Circuit Court of Appeals. LVMPD awaits further direction from the appeals court; however, until the uncertainty in the law is clarified, it must cease honoring ICE detainers.

LVMPD will, however, continue to work with ICE at the Clark County Detention Center in removing persons without legal status who have committed violent crimes."""
