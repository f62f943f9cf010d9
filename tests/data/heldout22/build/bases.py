# Real texts, copied verbatim from stored copies (search corpus 'pages'); see ../SOURCE.md.
NCC = """REGARDING THE SAFETY, SECURITY AND RIGHTS OF RESIDENTS OF NEW CASTLE COUNTY

EXECUTIVE ORDER 17-003

New Castle County is fortunate to have a population that is ethnically, racially and religiously diverse. Our County has vibrant immigrant communities, and we have thrived because of the strength and diversity of these communities. The cooperation of all persons, both those residing here legally and those without documentation, is essential to achieve the County's goals of protecting life and property and improving the quality of life for the people of New Castle County.

Assistance from any person, whether documented or not, who is a victim of, or a witness to, a crime is vital to providing safety to all of our residents. The cooperation of the County's immigrant communities is essential to prevent and solve crimes and maintain public order, safety and security in the entire County. Our police department has, is and will to continue to focus on keeping all communities of New Castle County safe. This order is another step toward achieving that goal.

Moreover, it is fundamental to who we are that all people in New Castle County have equal access to County services, regardless of their citizenship or immigration status.

The purpose of this Order is to establish the County's procedures concerning immigration status and enforcement of federal (civil) immigration laws, and to ensure the County provides an equal level of service to all people within New Castle County.

It is hereby ordered that:"""

SJCSO = """DIRECTIVE TYPE: POLICY SUBJECT: Consular Notification & Access NUMBER: OPER-331.00

APPROVED BY: Sheriff Ken Christesen EFFECTIVE DATE: 7/17/2016

NMLEA STANDARDS: ADMN.02.06 (a - h) LAST MODIFIED: 6/16/2016 LAST REVIEW: 6/16/2016

PURPOSE:

Consular notification and access is governed by the Vienna Convention on Consular Relations. These treaties are mutual obligations that also apply to foreign authorities when they arrest or detain U.S. citizens abroad. In general, a foreign national should be treated as one would want a U.S. citizen facing a similar situation to be treated when in a foreign country. This means prompt and courteous compliance with all notification requirements. This policy details the procedures to ensure all consular notification and access requirements are met when required.

POLICY:

It is the policy of the San Juan County Sheriff's Office to comply with consular notification and access requirements in accordance with international treaties when a foreign national has been arrested or detained by a member of this agency; or when a death, serious illness/injury, or the transfer of guardianship of a foreign national is being considered."""

VCU = """6-12 Procedure for Consular Notification of Foreign Officials

General

The purpose of this directive is to provide guidance to law enforcement officers regarding the various categories of foreign diplomatic and consular personnel, and the privileges and immunities to which they are entitled. In addition, this directive provides instruction and guidance to police personnel regarding the arrest and detention of foreign nationals.

The special privileges and immunities afforded foreign diplomats and consular representatives assigned to the United States reflect rules developed among the nations of the world regarding the manner in which civilized international relations must be conducted. In their dealings with foreign diplomatic and consular personnel, law enforcement officers shall recognize and show due respect for these privileges and immunities. At the same time, police officers should understand that diplomatic immunity is not a license to break the law or to avoid personal liability. Notwithstanding any privileges or immunities to which they may be entitled, foreign diplomats who violate traffic laws shall be cited. Allegations of serious crimes shall be fully investigated and promptly reported to the State Department, and procedurally developed to the maximum permissible extent. In circumstances where public safety is in imminent danger or it is apparent that a serious crime may be committed, police officers may intervene to the extent necessary to halt such activity. The power of police officers to defend themselves or others from personal harm is in no way diminished by the rules of diplomatic immunity."""

RENO = """General Order No: P17004 Issued: June 8, 2004 Supersedes: 1/460.000 General Order Title: DIPLOMATIC IMMUNITY

POLICY

There will be occasions when persons entitled to privileges and immunities in the United States are involved in criminal or traffic violations. If a subject's immunity is verified, their immunity should be fully respected to the degree to which the person is entitled.

IMMUNITY FOR CONSULAR OFFICIALS

Under prevailing international law and agreement, i.e., The 1961 Vienna Convention on Consular Relations, a foreign career consular officer is not liable to arrest or detention pending trial except in the case of a grave crime (a felony offense that would endanger public safety) and pursuant to a decision by the competent judicial authority. Immunity from criminal jurisdiction is limited to acts performed in the exercise of consular functions and is subject to court determination. A current reference chart on the various immunities can be located at the State Department Website, http://ds.state.gov/dipimmunities/dichart.pdf.

VERIFYING DIPLOMATIC IMMUNITY

When a police officer is confronted with a person claiming immunity, the officer will immediately request official Department of State identification to verify the person's status and immunity."""

ILAG = """No federal law compels law enforcement in Illinois to assist with or participate in any immigration enforcement action. At the state level, Illinois law generally prohibits participation in immigration enforcement by state and local law enforcement. For example, a local law enforcement agency in Illinois cannot: give an immigration agent access to individuals in its custody; detain individuals pursuant to a federal administrative warrant; detain individuals pursuant to an immigration detainer request from U.S. Immigration and Customs Enforcement (ICE); or share information about individuals in its custody with federal immigration authorities. Importantly, local law enforcement officers cannot arrest an individual for violation of a federal law without a warrant unless state law has granted them authority to do so, and Illinois law prohibits local law enforcement from stopping, arresting, searching, or detaining an individual based on his or her citizenship or immigration status.

The federal government cannot require local law enforcement to enforce federal law. In fact, any authorization from the federal government for local law enforcement to enforce federal immigration law is effective only if it is accompanied by authority under state law. Any requests from federal immigration authorities - such as ICE or U.S. Customs and Border Protection (CBP) - for assistance from local law enforcement to detain an individual or to provide access to individuals held by local authorities must be viewed as requests, not obligations. State law dictates whether local law enforcement can comply with those requests."""

HPD = """1. Is it true that immigrants should now be afraid of reporting any crimes to HPD because if they do, they may be turned over to Immigration and Customs Enforcement (ICE)?

No. We hope and encourage immigrant communities to continue to call us when they need assistance from the police. Immigrants who are victims of crime or have information regarding criminal activity should contact the police. They should not fear that HPD will call federal immigration agents on them. HPD will contact ICE when the person is confirmed to have a deportation warrant or a notice that they are a previously deported felon.

2. Will HPD officers detain me simply because they think I am here illegally?

No. HPD officers are not authorized to arrest or detain a person solely on a belief that the person is in the country illegally. Officers are authorized to arrest and detain persons they have reasonable basis to believe have committed a criminal violation.

3. Is it true that HPD officers are going to ask all people they encounter for proof of legal residence/status?

No. Once a person has been arrested and taken to a jail facility, HPD jail personnel will then ask the person for his/her legal status. Jail personnel will ask the arrested person if they are a citizen of the United States or if they were born in the U.S.

4. Is it true that HPD will arrest any foreign person?

No. Officers are not authorized to detain or arrest a person solely on the basis of their nationality or ethnicity. Officers are authorized to arrest and detain persons they have a reasonable basis to believe have committed a criminal violation.

5. Is it true that HPD will run a background check on all people they encounter?

No. Officers will check the wanted status of all persons who are ticketed, arrested, or who have been jailed. Officers also have the discretion to check the wanted status of all persons they have legally detained."""

WA17 = """Guidance Concerning Immigration Enforcement

Washington State Office of the Attorney General

BOB FERGUSON

April 2017

Originally Published April 2017

All rights reserved. This publication may not be copied in whole or in part by any means, or stored in a database or retrieval system without prior written permission of the Washington State Attorney General's Office.

Limited permission is hereby granted for not-for-profit reproduction and distribution of this publication and is also permitted if no profit, direct or indirect, is derived therefrom and if all notices contained in this copyright notice are included with such copy, together with attribution to the Washington State Attorney General's Office.

About the Attorney General's Office

Mission: The Office of the Attorney General will provide excellent, independent, and ethical legal services to the State of Washington and protect the rights of its people.

Vision: The Office of the Attorney General will be the best public law office in the United States."""

WA20 = """KEEP WASHINGTON WORKING ACT GUIDANCE, MODEL POLICIES, AND TRAINING RECOMMENDATIONS FOR STATE AND LOCAL LAW ENFORCEMENT AGENCIES

Washington State Office of the Attorney General

BOB FERGUSON

May 2020

Originally Published May 2020

All rights reserved. This publication may not be copied in whole or in part by any means, or stored in a database or retrieval system without prior written permission of the Washington State Office of the Attorney General.

Limited permission is hereby granted for not-for-profit reproduction and distribution of this publication and is also permitted if no profit, direct or indirect, is derived therefrom and if all notices contained in this copyright notice are included with such copy, together with attribution to the Washington State Office of the Attorney General.

About the Washington State Office of the Attorney General

Mission: The Office of the Attorney General will provide excellent, independent, and ethical legal services to the State of Washington and protect the rights of its people.

Vision: The Office of the Attorney General will be the best public law office in the United States."""
