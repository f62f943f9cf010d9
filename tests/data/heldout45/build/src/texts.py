# Verbatim texts from stored copies (normalisations documented in SOURCE.md)
SAC2017 = """Policy Title: Immigration and Customs Enforcement on Campus (Interim)
Policy Administrator: Vice President of Administration/CFO
California Government Code Section 7232
Effective Date:
February 15, 2017 (Interim)

This interim policy may evolve and change based on the feedback received from the campus community.

Policy Statement:
Sacramento State is proud of the diversity of its students and employees and strives to foster a campus community that is safe and welcoming for everyone. Consequently, Sacramento State is committed to promoting an environment where all members of our community are not hesitant or afraid to come forward to report crimes and/or otherwise cooperate with our University Police Department because of their immigration status, including fear of intervention by U.S. Immigration and Customs Enforcement agency (ICE). Because of this commitment and the fact that primary jurisdiction for enforcement lies with ICE and not with University police or other local or municipal law enforcement departments, the University will not enter into agreements with local law enforcement agencies, or any other federal agency for the enforcement of federal immigration law unless required by law. The University also directs the University Police Department at Sacramento State to adopt and make part of its general operating orders the procedures included with this policy relating to engagement with foreign nationals relating to immigration status.

Who the Policy applies to:
All students, faculty and staff.

Why the Policy is necessary:
To promote the University’s commitment to diversity, inclusion and to create a safe environment for the campus community which supports it educational mission."""

SAC2019 = """Protecting Undocumented Individuals and Immigration and Customs Enforcement on Campus (Interim)

Policy Administrator: Vice President of Administration/CFO

Authority: California Government Code Section 7232 and California Education Code Section 66093.3

Effective Date: April 24, 2019

Updated: February 15 ,2017 (Interim), April 18, 2019

Index Cross-References: FS 18/19-122/FPC/EX

Policy File Number: ADM-0183

Policy Statement:

California State University, Sacramento is proud of the diversity of its students and employees and strives to foster a campus community that is safe, inclusive, and welcoming for everyone. Sacramento State is committed to protecting community members from intimidation, unfair investigations, and loss of opportunity.

Because of our commitment to all members of our campus community, the University will:

- limit access to personal information about students, faculty, and staff to the limits of the law;
- discourage collaboration with immigration agencies for nonenforcement activities;
- advise students, faculty and staff with respect to what to do if an individual learns of immigration enforcement activity on Sacramento State’s campus or encounters immigration officers attempting to execute a federal immigration order on campus;
- instruct the University Police Department as to how to respond to immigration enforcement actions;
- instruct the President’s designee as to how to support any student, faculty, or staff person who may be the subject of an immigration order or inquiry on campus; and
- otherwise comply with AB 21."""

NEA = """___________ BOARD OF EDUCATION
RESOLUTION NO. ____

WHEREAS, it is the right of every child, regardless of immigration status, to access a free public K-12 education and the District welcomes and supports all students;

WHEREAS, the District has a responsibility to ensure that all students who reside within its boundaries, regardless of immigration status, can safely access a free public K-12 education;

WHEREAS, federal immigration law enforcement activities, on or around District property and transportation routes, whether by surveillance, interview, demand for information, arrest, detention, or any other means, harmfully disrupt the learning environment to which all students, regardless of immigration status, are entitled and significantly interfere with the ability of all students, including U.S. citizen students and students who hold other legal grounds for presence in the U.S., to access a free public K-12 education;

WHEREAS, through its policies and practices, the District has made a commitment to a quality education for all students, which includes a safe and stable learning environment, means of transportation to and from school sites, the preservation of classroom hours for educational instruction, and the requirement of school attendance;

WHEREAS, parents and students have expressed to the District fear and confusion about the continued physical and emotional safety of all students and the right to access a free public K-12 education through District schools and programs;

AND WHEREAS, educational personnel are often the primary sources of support, resources, and information to assist and support students and student learning, which includes their emotional health;"""

WESD = """WESD Governing Board Resolution - Safe and Stable Schools

WHEREAS, it is the right of every child, regardless of immigration status, to access a free public education and the Washington Elementary School District (WESD) welcomes and supports all students;

WHEREAS, the District has a responsibility to ensure that all students who reside within its boundaries, regardless of immigration status, can safely access a free public K-8 education;

WHEREAS, federal immigration law enforcement activities, on or around District property and transportation routes, whether by surveillance, interview, demand for information, arrest, detention, or any other means, harmfully disrupt the learning environment to which all students, regardless of immigration status, are entitled and significantly interfere with the ability of all students, including U.S. citizen students and students who hold other legal grounds for presence in the U.S., to access a free public education;

WHEREAS, through its policies and practices, WESD has made a commitment to a quality education for all students, which includes a safe and stable learning environment, means of transportation to and from school sites, the preservation of classroom hours for educational instruction, and the requirement of school attendance;

WHEREAS, parents, guardians, and students have expressed to the District fear and confusion about the continued physical and emotional safety of all students and the right to access a free public education through District schools and programs;

AND WHEREAS, educational personnel are often the primary sources of support, resources, and information to assist and support students and student learning, which includes their emotional health;"""

CSUFAQ17 = """FAQ’S FOR CALIFORNIA STATE UNIVERSITY EMPLOYEES ABOUT FEDERAL IMMIGRATION ENFORCEMENT ACTIONS ON UNIVERSITY PROPERTY

Many members of the CSU community are concerned about immigration enforcement actions occurring across the country and have asked about the possibility that enforcement actions could occur at a CSU campus. This set of FAQs provides guidance for how you should respond in such a situation. Please bear in mind that Department of Homeland Security (DHS) policies are in transition; we may update this guidance as warranted.

1. Will University Police Officers work with federal immigration officers to apprehend and remove individuals from campus, absent evidence of a judicial warrant?

Campus police officers will not contact, detain, question or arrest an individual solely on the basis of suspected undocumented immigration status or to discover the immigration status of any individual, and University Police (UPD) will not undertake joint efforts with federal immigration enforcement authorities to investigate, detain or arrest individuals for violation of federal immigration law.

Nonetheless, if U.S. Immigration and Customs Enforcement (“ICE”) or U.S. Customs and Border Protection (“CBP”) officers conduct immigration enforcement activities on campus, UPD may be called in to prevent injuries or property damage. In addition, where other federal law enforcement agencies such as the FBI or DEA have reason to pursue criminal suspects on campus, UPD may cooperate with those efforts to enforce criminal laws.

On July 29, 2016, Chancellor White issued a memorandum to the CSU Presidents, advising that each campus must adopt a policy consistent with the systemwide guidance, providing only limited assistance where legally necessary to federal immigration enforcement officers."""

CSULA = """FAQ’S FOR CALIFORNIA STATE UNIVERSITY EMPLOYEES ABOUT FEDERAL IMMIGRATION ENFORCEMENT ACTIONS ON UNIVERSITY PROPERTY

Many members of the CSU community are concerned about immigration enforcement actions occurring across the country and have asked about the possibility that enforcement actions could occur at a CSU campus. This set of FAQs provides guidance for how you should respond in such a situation. Please bear in mind that Department of Homeland Security (DHS) policies are in transition; we may update this guidance as warranted.

Campus Department of Public Safety officers will not contact, detain, question or arrest an individual solely on the basis of suspected undocumented immigration status or to discover the immigration status of any individual, and the Department of Public Safety will not undertake joint efforts with federal immigration enforcement authorities to investigate, detain or arrest individuals for violation of federal immigration law.

Nonetheless, if U.S. Immigration and Customs Enforcement (“ICE”) or U.S. Customs and Border Protection (“CBP”) officers conduct immigration enforcement activities on campus, the Department of Public Safety may be called in to prevent injuries or property damage. In addition, where other federal law enforcement agencies such as the FBI or DEA have reason to pursue criminal suspects on campus, Public Safety may cooperate with those efforts to enforce criminal laws.

On July 29, 2016, Chancellor White issued a memorandum to the CSU Presidents, advising that each campus must adopt a policy consistent with the systemwide guidance, providing only limited assistance where legally necessary to federal immigration enforcement officers."""

SACWEB_OLD = """Immigration-related Information and Resources

Sacramento State supports all members of our diverse, global campus community. Members of our campus community may have questions and concerns about potential immigration enforcement actions on campus. We are steadfast in our commitment to maintaining a safe, supportive, and inclusive environment where every Hornet can thrive. This webpage provides guidance on responding to immigration officers, information about individual rights, and available resources.

CSU is a public university and a large portion of CSU property is open to the general public. The areas on campus that are open to the general public, like the campus quad and walkways, are also open to federal immigration enforcement officers. However, immigration officers cannot enter areas that are not open to the general public, such as residence halls, classrooms while class is in session, confidential meeting rooms and spaces, or employee offices unless the officer presents a valid judicial warrant or declares that exigent circumstances exist. Exigent circumstances are emergency situations that would allow immigration officers to enter a location without a judicial warrant.

The University Police Department does not have responsibility for immigration enforcement. Consistent with California Law, and the approach of law enforcement agencies in California, it does not inquire about immigration status in the normal course of its duties and will not participate with other agencies in immigration enforcement activities unless legally required to do so."""

SACWEB_NEW = """Immigration-related Information and Resources

Sacramento State supports all members of our diverse, global campus community. Members of our campus community may have questions and concerns about potential immigration enforcement actions on campus. We are steadfast in our commitment to maintaining a safe, supportive, and inclusive environment where every Hornet can thrive. This webpage provides guidance on responding to immigration officers, information about individual rights, and available resources.

The University Police Department does not have responsibility for immigration enforcement. Consistent with California Law, and the approach of law enforcement agencies in California, it does not inquire about immigration status in the normal course of its duties and will not participate with other agencies in immigration enforcement activities unless legally required to do so.

What To Do If You See ICE On Campus

Who To Contact

If you observe or are approached by a U.S. Immigration and Customs Enforcement (ICE) officers, immediately contact one of the following campus leaders:
- Machelle Martin, VP for Human Resources, 916-278-4400, machelle.martin@csus.edu
- Bill Hébert, Dean of Students, 916-278-6060, deanofstudents@csus.edu
- Kristen Tudor, Chief of Staff, 916-278-7737, khtudor@csus.edu

After business hours, please contact Machelle Martin at the number above, or contact the University Police Department at 916-278-6000."""

SUNY_OLD = """SUNY protocols for interacting with external law enforcement

These protocols are in conformance with New York Executive Order 170.1 and accompanying guidance and apply to all employees of SUNY State-operated campuses. These protocols are designed to ensure that there is a process in place so that all requests from external law enforcement are referred to campus New York State University Police (UPD) and Office of General Counsel (OGC) representatives for intake and response consistent with all relevant legal requirements.

External law enforcement is any law enforcement agency or individual that is not a SUNY UPD officer. This may include individuals from: local law enforcement (town/city/municipality Police Department or Sheriff’s Office), state agencies (like NYS State Troopers or the Inspector General’s Offices), or federal agencies (like the Federal Bureau of Investigations, Immigration and Customs Enforcement or U.S. Marshal Service).

Typically, a member of law enforcement will wear a uniform, badge or other item of clothing that identifies them as a law enforcement officer or agent. If you are uncertain whether an individual is a member of an external law enforcement entity, DO NOT make any assumptions. Contact UPD.

- What should I do if the external law enforcement agent asks me for student or employee information/records, such as a particular individual’s current location, assigned dorm room or office or information about an individual in an official file or record?

Two things: 1) Tell the agent you are not authorized to respond to their request, and 2) contact your campus UPD and campus counsel, who will review and respond to the request."""

SUNY_NEW = """SUNY Protocols for Interacting with External Law Enforcement

These protocols are in conformance with New York Executive Order 170.1 and accompanying guidance, and apply to all employees of SUNY State-operated campuses. These protocols are designed to ensure that there is a process in place so that all requests from external law enforcement are referred to campus New York State University Police (UPD) and Office of General Counsel (OGC) representatives for intake and response consistent with all relevant legal requirements.

External law enforcement is any law enforcement agency or individual that is not a SUNY UPD officer. This may include individuals from: local law enforcement (town/city/municipality Police Department or Sheriff’s Office), state agencies (like NYS State Troopers or the Inspector General’s Offices), or federal agencies (like the Federal Bureau of Investigations, Immigration and Customs Enforcement, or U.S. Marshal Service).

Typically, a member of law enforcement will wear a uniform, badge, or other item of clothing that identifies them as a law enforcement officer or agent. If you are uncertain whether an individual is a member of an external law enforcement entity, please DO NOT make any assumptions. Contact UPD.

Two things:

1. Tell the agent you are not authorized to respond to their request.
2. Contact your campus UPD and campus counsel, who will review and respond to the request."""

F1776 = """Resolution of the [School District Name] School Board to Support Federal Immigration Law Enforcement and Review Immigration-Related Educational Data

WHEREAS, the President of the United States has issued an executive order titled “Protecting the American People Against Invasion,” which seeks to enforce immigration laws rigorously;

WHEREAS, the School Board of [School District Name] recognizes the importance of law enforcement cooperation and the need to address impacts of illegal immigration on educational resources and outcomes;

WHEREAS, the board acknowledges its role in supporting federal, state, and local law enforcement in the maintenance of public safety and adherence to immigration laws within the educational framework;

NOW, THEREFORE, BE IT RESOLVED:

Section 1. Purpose.

To affirm the commitment of the [School District Name] to support the enforcement of immigration laws within its jurisdiction and to ensure the safety and well-being of all students.

Section 2. Compliance with Federal Immigration Authorities.

All school district staff are directed to cooperate with officials from U.S. Immigration and Customs Enforcement (ICE) and other relevant law enforcement agencies when required by law or when such cooperation does not conflict with legal obligations or student privacy rights.

Section 3. Policy on Information Sharing.

The school district will comply with federal and state laws regarding the sharing of information with law enforcement, including provisions under 8 U.S.C. 1373 and 8 U.S.C. 1644, ensuring that no policy or practice exists to prohibit or restrict the exchange of such information."""

PA = """Guidance to LEAs Relating to Immigration Enforcement Actions

The Pennsylvania Department of Education (Department) has received inquiries related to enforcement actions and information requests by the U.S. Department of Homeland Security (DHS), which includes Immigration and Customs Enforcement (ICE) and Customs and Border Protection (CBP), on school property. The Department recommends that Local Education Agencies (LEAs) ensure that their policies and protocols for responding to such requests are up-to-date and that staff are familiar with them. This document provides non-binding guidance for LEAs as they develop or revise these policies.

Background

Every child of school age who is a resident of a Pennsylvania school district is entitled to a public-school education. An essential part of this right is a safe and welcoming learning environment in which all children in the Commonwealth have equal access to a basic public elementary and secondary education.

The U.S. Supreme Court in Plyler v. Doe (1982) found that all children, regardless of actual or perceived immigration status, have an equal right to a free public education. Based on this ruling, and as reflected in State Board of Education regulations (22 Pa. Code § 11.11), LEAs are not legally permitted to inquire about a child’s or parent’s immigration status during the admission process. For both enrollment and residency determinations, a school may not legally request or require any of the following:

1. A Social Security number;
2. The reason for a child’s placement, if not living with natural parents;
3. A child’s or parent’s visa;
4. A child’s or parent’s immigration status;
5. Agency records;
6. A court order or records relating to a dependency proceeding, except in the limited circumstances described in the PDE Enrollment of Students Basic Education Circular; or
7. Legal address for families enrolled in the Address Confidentiality Program (ACP)."""

CSULB = """Enforcement Actions on Campus

Particularly as federal immigration policies evolve, many campus community members are concerned that representatives and officers from U.S. immigration enforcement agencies may visit university campuses across the country. While we have no knowledge of any planned visit to our campus, we offer this website as a helpful resource.

The university does not share information about immigration status, religion, nationality, ethnicity or other personal information about individual students or employees with anyone, including law enforcement authorities, without the student’s or employee’s permission, unless presented with a judicially issued warrant, court order, subpoena, or other legally binding requirement.

Immigration enforcement is the responsibility of U.S. Immigration and Customs Enforcement, not the university. Consistent with the approach of law enforcement agencies in California, our University Police department does not inquire about immigration status in the normal course of its duties.

This approach is codified in both California law and the CSU’s Policy 414.

If you are an employee on campus, please familiarize yourself with steps to take if you or a colleague are approached by federal law enforcement on campus:

Inform the officer that you are not obstructing their process, but that you do not have the authority to respond to their request.

Direct the officer to Administration and Finance in Brotman Hall 320. Please make sure to report the interaction to your supervisor, director, AVP or dean.

If the officer does not accept the referral, contact your supervisor, director, AVP or dean. If you are unable to resolve the matter, contact University Police at 562-985-4101."""

HCPSS = """Policy 1070 Appendix A - Immigration Frequently Asked Questions (FAQ)

1. Are schools required to report students’ immigration status to other government agencies?

No. If school staff obtain information that a student is undocumented, there is no requirement to report to any other government agency. In fact, the school staff would likely be violating the U.S. Supreme Court decision of Plyler v. Doe by discouraging or denying undocumented students the ability to access their education.

2. Are federal agencies allowed to conduct enforcement activities at school?

On January 21, 2025, the U.S. Department of Homeland Security revoked long-standing federal policy that schools are “protected areas” where immigration enforcement actions were previously not allowed. The federal policy now allows enforcement actions to occur, but it is anticipated that federal agents will continue to utilize restraint and care when actions are directed at schools. Plyler v. Doe still provides the right of students regardless of immigration status to attend school and all students maintain constitutional rights against unreasonable search and seizure or self-incrimination.

3. How should schools respond if they learn that a parent/guardian has been detained?

Schools should take proactive steps to support students impacted by an immigration enforcement action, just as they would in any other crisis situation. For example, if a school learns that a parent/guardian has been detained, school staff should reach out to the student’s emergency contacts listed in Synergy and try to make sure the student has adequate supervision and care before releasing them at the end of the school day. Schools should also convene their student services teams, and they should connect students impacted by immigration enforcement actions with school counselors, school social workers, psychologists, and other related service providers."""

UTDRAFT = """Front office employees should not be asked to make legal determinations on the spot. Clear written procedures protect staff as much as students.

FERPA already restricts sharing student information without proper legal authority. District policy should make this explicit and operationalize it.

Without written policy, responses vary by school and by individual staff member. Inconsistency is itself a form of harm — to students and to the district's legal exposure.

Four sections, each adoptable as a standalone policy or integrated into existing district policies on visitors, student records, or school safety.

The following language is written in a format intended to align with standard school board policy and administrative procedure structures.

Policy Statement:

School district employees shall not grant access to any student, student records, or non-public areas of school property to immigration enforcement officers (including ICE and CBP) unless the officer presents a valid judicial warrant signed by a court or judge.

Administrative warrants, ICE detainers, or other documents not signed by a court or judge shall not be considered sufficient for access.

All requests from immigration enforcement shall be immediately referred to the school principal or designated administrator, who shall consult with district legal counsel before any action is taken."""

SLC = """The Safe School Resolution

WHEREAS, all children in the United States have the right to a free and appropriate public elementary and secondary education, regardless of their or their parents’ actual or perceived national origin, citizenship or immigration status; and

WHEREAS, the Board embraces its responsibility to welcome and educate all students and uphold its mission to provide an excellent and equitable education in every classroom, to every student, every day; and

WHEREAS, the Board is committed to ensuring that schools and District facilities are safe and welcoming places for all students and their families; where students are able to focus on their education, be secure in knowing that the District will support their safety and emotional well-being regardless of immigration status, ethnicity, national origin, race, or religion; and

WHEREAS, families have expressed their concerns about sending their children to school out of fear that deportation will occur while their children are in school, or that immigration officials may involve our schools; and

WHEREAS, the District cannot and does not inquire regarding the immigration status of a student or the student’s parents and/or guardians as part of the admissions process; and

WHEREAS, U.S. Immigration and Customs Enforcement (ICE) policy characterizes public schools as “sensitive locations,” places where, in the normal course of business, immigration enforcement actions should not occur, and, to date, the District has not had any contact by federal immigration authorities; and"""
