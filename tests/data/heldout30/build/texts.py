# Real OLD texts, copied from the stored copies named in ../SOURCE.md.
# Hard line wraps of the stored copies were joined into paragraphs; paragraphs are separated by a blank line.

NASH_EO30 = """Executive Order 30

Subject: Communications Between Federal Immigration Authorities and the Metropolitan Government (Amended)

I, Freddie O'Connell, Mayor of the Metropolitan Government of Nashville and Davidson County, by virtue of the power and authority vested in me, do hereby find, direct, and order the following:

I. Reporting Policy: Pursuant to the recommendations contained in the Final Report of the Mayor's Immigration Task Force delivered on December 13, 2019, all Covered Employees shall report certain Immigration Communications to the Designated Person at his or her Department/Office.

II. Immigration Communications Subject to Reporting: The following communications ("Immigration Communications") are subject to reporting in accordance with paragraph III below:

- Communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro emergency services department (Police, Fire, Emergency Management, or Emergency Communications); and,

- Communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro non-emergency services department or office (all but Police, Fire, Emergency Management, and Emergency Communications).

III. Timeline for Reporting/Responding:

- All communications between federal immigration authorities (or their parent agency, if regarding immigration) and a Metro emergency services department shall be submitted within one business day to the Mayor's Office of New Americans at newamericans@nashville.gov and mayor@nashville.gov;"""

NASH_LPR = """An ordinance amending Section 13.08.080 of the Metropolitan Code of Laws pertaining to the use of License Plate Scanner (LPR) technology to exclude assisting with immigration enforcement as an allowed use of LPRs.

WHEREAS, the current LPR law is silent about whether Metro's LPRs can be used to assist with federal immigration enforcement; and

WHEREAS, Chief of Police John C. Drake and Director Diana Alarcon of the Nashville Department of Transportation wrote a letter to Vice Mayor Jim Shulman dated January 31, 2022, stating in part that "LPR information will NOT be shared with ICE for any type of immigration enforcement"; and

WHEREAS, this commitment by Chief Drake and Director Alarcon to not use Metro's LPRs for immigration enforcement is important to the public welfare of the city of Nashville and should be incorporated into Metro's LPR law.

NOW, THEREFORE, BE IT ENACTED BY THE COUNCIL OF THE METROPOLITAN GOVERNMENT OF NASHVILLE AND DAVIDSON COUNTY:

Section 1. Part G(1)(a)(ii) of Section 13.08.080 is hereby amended by adding a new subpart (6) as follows:

(6) to assist any federal official in the identification, apprehension, detention, or removal of any person in connection with the immigration laws of the United States."""

DCSO_MOA = """MEMORANDUM OF AGREEMENT

This Memorandum of Agreement (MOA) constitutes an agreement between United States Immigration and Customs Enforcement (ICE), a component of the Department of Homeland Security (DHS), and the Metropolitan Government of Nashville and Davidson County (Metro), by and through the Davidson County Sheriff's Office (DCSO). The DCSO represents the County in the implementation and administration of this MOA. Pursuant to this MOA, ICE authorizes up to a maximum of twelve (12) nominated, trained, and certified DCSO personnel to perform certain immigration enforcement functions as specified herein. It is the intent of the parties that these delegated authorities will enable the DCSO to identify and process immigration violators in DCSO jail and correctional facilities. ICE and DCSO points of contact for purposes of this MOA are identified in Appendix A.

I. PURPOSE

The purpose of this MOA is to set forth the terms and conditions pursuant to which selected DCSO personnel (participating DCSO personnel) will be nominated, trained, and thereafter perform certain functions of an immigration officer within DCSO facilities. Nothing contained herein shall otherwise limit the jurisdiction and powers normally possessed by participating DCSO personnel as members of the DCSO. However, the exercise of the immigration enforcement authority granted under this MOA to participating DCSO personnel shall occur only as provided in this MOA. This MOA also describes the complaint procedures available to members of the public regarding immigration enforcement actions taken by participating DCSO personnel pursuant to this agreement"""

TULSA_MOA = """MEMORANDUM OF AGREEMENT

[...] (LEA), pursuant to which ICE authorizes up to a maximum of forty (40) nominated, trained, and certified LEA personnel to perform certain immigration enforcement functions as specified herein. It is the intent of the parties that these delegated authorities will enable the LEA to identify and process immigration violators in the State of Oklahoma. ICE and LEA points of contact for purposes of his MOA are identified in Appendix A.

I. PURPOSE

The purpose of his MOA is to set forth the terms and conditions pursuant to which selected LEA personnel (participating LEA personnel) will be nominated, trained, and thereafter perform certain functions of an immigration officer within the State of Oklahoma. Nothing contained herein shall otherwise limit the jurisdiction and powers normally possessed by participating LEA personnel as members of the LEA. However, the exercise of the immigration enforcement authority granted under this MOA to participating LEA personnel shall occur only as provided in this MOA. This MOA also describes the complaint procedures available to members of the public regarding immigration enforcement actions taken by participating LEA personnel pursuant to this agreement

II. AUTHORITY"""

IMPD_14 = """Indianapolis Metropolitan Police Department

Jurisdiction and Mutual Aid

General Order 1.4

POLICY

It shall be the policy of the Indianapolis Metropolitan Police Department to provide reasonable assistance to any law enforcement agency, whether federal, state, or municipal, who requests assistance in the investigation or enforcement of criminal laws over which the requesting agency has jurisdiction.

DEFINITION

Disaster: An occurrence or imminent threat of widespread or severe damage, injury, or loss of life or property resulting from any phenomenon or human act. (See all examples listed in IC 10-14-3-1)

PROCEDURE

I. Jurisdiction <2.1.1>

A. The primary area of jurisdiction for officers of the Indianapolis Metropolitan Police Department shall be the geographical boundaries of the incorporated City of Indianapolis/Marion County, Indiana.

1. The department has the authority to enforce felony and misdemeanor laws in those incorporated municipalities located within Marion County, Indiana.

B. A detailed official map of Marion County, including jurisdictional boundaries, shall be available to all officers of the department."""

IMPD_12 = """Indianapolis Metropolitan Police Department

GENERAL ORDER 1.2

BIAS-FREE POLICING

POLICY

The Indianapolis Metropolitan Police Department (IMPD) is dedicated to providing law enforcement services in an unbiased, equitable, and respectful manner. This policy is intended to reaffirm IMPD's commitment to biasfree policing and to clarify the circumstances in which agency personnel can consider race, national origin, citizenship, religion, ethnicity, age, gender, disability, socioeconomic status, gender identity, or sexual orientation when carrying out duties.

DEFINITIONS

Biased Policing - The inappropriate consideration of specified characteristics in carrying out duties.

Specified Characteristics - Race, national origin, citizenship, religion, ethnicity, age, gender, disability, socioeconomic status, gender identity, or sexual orientation in relation to making law enforcement decisions.

PROCEDURE

I. Officer Responsibilities

A. Agency personnel may only consider the specified characteristics when credible, timely intelligence relevant to the locality link a person or people of a specified characteristic to a specific unlawful incident(s), or criminal pattern(s) or scheme(s)."""

HPD_HOLD = """Under the constitution and laws of the United States and the State of Hawaii, all departmental employees shall be responsible for safeguarding the civil rights, safety, and security of arrested persons while in holding and temporary detention facilities. All departmental employees shall work to prevent and eliminate sexual misconduct, sexual abuse, sexual harassment, and sexual violence in all holding and temporary detention facilities.

GENERAL INFORMATION

A. The holding facility at the Alapai headquarters should be used to detain arrestees who are under police investigation, in the booking process, unable to post bail, on a state or federal hold, or awaiting initial appearance before a District Court magistrate or fugitives from other jurisdictions awaiting initial arraignment or waiting to be extradited to another jurisdiction.

B. The temporary detention facilities at other stations should be used to detain persons who are under police investigation, in the booking process, or awaiting transfer to the Alapai headquarters.

C. Arrestees of outside agencies shall not be detained in the holding/temporary detention facility without the approval of the Chief of Police or a designee.

D. Juveniles shall not be detained in the adult detention block unless they have been waived from Family Court jurisdiction. The handling of juvenile detainees shall be guided by Policy 4.33, HANDLING JUVENILES, and this directive.

E. An adult who is charged for a crime committed as a juvenile shall be processed as a juvenile and then held in the adult detention block."""

HPD_FIELD = """The Honolulu Police Department (HPD) proactively gathers information that may assist with police objectives by encouraging officers to engage persons observed in suspicious circumstances. While on duty, field and investigative officers should collect information on any person observed in suspicious circumstances with attention to anything that may serve a police purpose.

CIRCUMSTANCES

Officers may, without probable cause or reasonable suspicion, temporarily stop individuals to conduct field interviews. These interviews are neither arrests nor detentions because a person's participation is voluntary.

1. A person is not obligated to provide his or her name, address, identification, or reason for being in an area.

2. A consensual interview may become a situation that requires the exercise of police authority. Statements made or other attending circumstances may give rise to reasonable suspicion about the person and a crime. The contact may then become an investigative detention.

DIGITAL NOTEBOOK ENTRY

A. Officers shall enter information on persons contacted under suspicious circumstances into the Digital Notebook system during their tour of duty.

B. Unless the Internet is unavailable, a computer check shall be made to determine if the subject is wanted locally or by a National Crime Information Center warrant.

C. The Information Technology Division shall be responsible for the system design and maintenance and developing and updating the user guide. The user guide shall be made available to authorized personnel via the HPD intranet.

D. The computerized data shall be available to authorized personnel."""

OMAHA = """Dear Mr. Varas,

We are aware of concerns in our community about federal immigration and deportation policies, and the role of local law enforcement agencies.

Please be assured that Omaha police officers do not and will not seek out individuals to check their legal status. This is not the mission or duty of the Omaha Police Department. A department policy specifically says, "It is not within the jurisdiction of the OPD to determine whether an individual is an undocumented individual."

You will not be asked about your legal status when you call 911 for emergency assistance. Whether you are the victim of a crime or a witness to a crime, you can be confident you can seek help from our police department without fear.

However, when any person commits a crime, he or she can be subject to the policies of federal agencies. In those instances, the Omaha Police Department will cooperate with our federal partners, only as outlined in our policies.

Public safety is our top priority. We value our relationships with all community members as we make Omaha a safe place to live.

Sincerely,

Jean Stothert, Mayor, City of Omaha and Todd Schmaderer Chief of Police"""

LMPD = """New LMPD policy: No working with immigration officials to enforce federal laws

"This policy is a positive step that will make it clear to our officers how they should handle requests for help from federal immigration authorities." - Mayor Greg Fischer

Louisville Metro Police officers will not respond to requests to assist U.S. Immigration and Customs Enforcement officers in enforcing federal laws under a new policy for the department outlined Friday.

Officers will be dispatched for assistance only when there is a criminal warrant, when a crime has occurred or when there is an emergency situation, according to a news release sent from Mayor Greg Fischer's office.

The new policy comes in the wake of a report that police have been helping federal agents hunt down immigrants living in the country illegally. The Kentucky Center for Investigative Reporting published a story saying that Louisville police assisted ICE agents roughly two-dozen times in the first half of the year.

"This policy is a positive step that will make it clear to our officers how they should handle requests for help from federal immigration authorities," Fischer said in the release. "The news report pointed out a gap in our policies, and the Chief acted quickly to address it."

Under the policy, according to the news release, a commanding officer will handle any call from immigration agents, assess "what level of help, if any, is appropriate," and accompany officers to any scene. Those calls will be recorded "to ensure ultimate transparency."

LMPD officers were informed of the new policy Friday morning. MetroSafe staff will be trained on the new procedure, so they know to contact a commanding officer when immigration officials call MetroSafe."""

CHAPEL_MEMO = """MEMORANDUM

TO: Roger Stancil, Town Manager

FROM: Gregg Jarvies, Police Chief

DATE: January 26, 2007

RE: CHPD Immigration Policy

In response to a Council Member's request for information regarding the police department's policy on immigration, I offer the following:

1. We will not detain a person merely for the purposes of verifying his immigration status nor will we question a person about his immigration status during a routine detention for another matter (i.e. a traffic stop or a minor criminal offense).

2. If we have an individual in custody for a felony or for an act which resulted in injury to another (i.e. an aggravated assault, domestic violence involving injury or threatening intimidation, a traffic accident fatality) we will inquire and attempt to confirm that person's residency status and will hold the individual for federal immigration officials if they request same.

When we arrest someone we are required by federal law to note his country of citizenship on the police report and, if the person is a citizen of a country other than the U. S., we are required by federal law to provide that individual an opportunity to contact that country's consulate. However, we do not ask the individual whether they are in the United States legally.

The protocols noted above have been in effect for several years."""

CHAPEL_EMAIL = """From: TERRIE GALE

Sent: Tuesday, March 13, 2007 6:13 PM

To: All Police

Cc: Ralph Karpinos

Subject: Hits from ICE

Per the Chief -

If you get a hit from ICE (US Bureau of Immigration and Customs Enforcement) when you run a name through NCIC, DMV, or another database, handle it as follows.

First, let your supervisor know.

Second, read the computer screen sent back to you in response to the hit. You will have received one of two possible responses. Several lines down from the top of the response, you will see either the words "OUTSTANDING ADMINISTRATIVE WARRANT OF REMOVAL" or you will see "PREVIOUSLY DEPORTED FELON."

Third, if you see "PREVIOUSLY DEPORTED FELON," call the phone number listed in the response to confirm the hit, and handle the hit as normal.

Fourth, if you see "OUTSTANDING ADMINISTRATIVE WARRANT OF REMOVAL," DO NOT CALL the phone number and do not confirm the hit. Call either Terrie Gale or the Chief. In addition, if you have a state or local criminal charge against the person, or if there is an outstanding criminal arrest warrant for the person, you can proceed with that.

I am hearing questions and comments about our approach to hits for "Administrative Removal." Some officers have argued that we are not doing our duty which we have sworn to do.

The reason for our policy is that, even though the feds have started putting these names into the NCIC database, they are NOT CRIMINAL. They are strictly civil matters that will be brought before civil hearings. We do not have authority to take persons into custody for civil matters. We have authority to take some actions related to civil matters, but we do not have the authority to arrest people for noncriminal matters."""

NASH_739 = """ORDINANCE NO. BL2017-739

An ordinance to amend Title 11 of the Metropolitan Code of Laws regarding federal civil immigration laws.

WHEREAS, more than 80,000 residents of Nashville are foreign-born; and

WHEREAS, immigrants are deeply rooted in the Nashville community, raising children, owning homes, and starting businesses here; and

WHEREAS, Nashville has a proud history of welcoming immigrants and refugees and has long recognized the benefits of making it easier for all residents to participate, contribute, and access key services and opportunities, as seen through the rejection of the English Only referendum and the development of innovative programs and offices, such as the Mayor's Office of New Americans, MyCity Academy, and Parent Ambassadors; and

WHEREAS, the Metropolitan Council is responsible for allocating the city's limited resources, delivering public services, creating opportunities and quality of life for all residents, promoting public safety, and protecting due process for all residents; and

WHEREAS, the cooperation of immigrant residents, and trust between communities and public agencies, is critical to fulfilling the mission and duties of the city; and trust between the immigrant community and local law enforcement is critical to promoting public safety for our entire city; and

WHEREAS, the city has limited resources, immigration law is complex, and enforcing federal immigration law is the exclusive authority of the federal government; and

WHEREAS, participation in voluntary immigrant enforcement programs or expanded collaboration with immigration enforcement agencies is largely unfunded, undermines public safety, and puts the city at risk of constitutional liability; and

WHEREAS, at least 635 jurisdictions, from New Orleans, LA, to Clarkston, GA, have placed reasonable limits on their voluntary participation in federal immigration enforcement activities."""

BRILEY = """Among those actions:

- Unless they are issued with a valid and properly issued warrant, no Metro agency or Metro employee or agent will give ICE or CBP access to a person being detained by or in the custody of that agent or agency. No Metro agency or Metro employee or agent will transfer any person into ICE or CBP custody.

- No Metro agency or Metro employee will permit ICE or CBP agents to use Metro facilities, information or equipment, including any agency, electronic databases, for investigative interviews or any other investigative purpose or to execute an immigration enforcement operation.

- No Metro agency or Metro employee or agent may spend time responding to ICE or CBP inquiries or communicating with ICE or CBP regarding a person's custody, status, release date, or home or work address."""
