# Verbatim passages (curly quotes straightened, list bullets as separate lines, paragraphs split by blank lines).
NEWTON = """The Immigrant Trust Directive is designed to strengthen trust between New Jersey's law enforcement officers and the state's diverse immigrant communities, thereby ensuring that victims and witnesses feel safe reporting crimes. The directive is intended to draw a clearer distinction between state, county, and municipal law enforcement officers, who are responsible for enforcing state criminal law and federal immigration authorities, (including Immigration and Customs Enforcement, or ICE), who enforce federal civil immigration law.

Nothing in the directive limits the ability of Newton Police Officers to enforce state criminal law or suggests that New Jersey provides "sanctuary" to individuals who commit crimes.

New Jersey Attorney General Law Enforcement Directive No. 2018-6:

When a Newton Police Officer makes an arrest for a violent or serious offense (including any crime of the 1st or 2nd degree or any domestic violence indictable offense), the officer will inquire on the defendants citizenship, nationality and immigration status during the booking process. If there is reasonable belief that the defendant may not be in the United States lawfully, the arresting agency shall notify the Immigration and Customs Enforcement and the Sussex County Prosecutors Office.

Newton Police Officers Cannot:

Stop, question, arrest, search, or detain any individual based solely on actual or suspected immigration status;

Ask the immigration status of any individual, unless doing so is necessary to the ongoing investigation of a serious offense and relevant to the offense under investigation;

Participate in ICE's civil immigration enforcement operations;

Provide ICE with access to state or local law enforcement resources, including equipment, office space, databases, or property"""

MECK = """What is 287(g)?

The Illegal Immigration Reform and Immigrant Responsibility Act of 1996 added section 287(g), performance of immigration officer functions by state officers and employees, to the Immigration and Nationality Act (INA). Section 287(g) authorizes the Director of Immigration and Customs Enforcement (ICE) to enter into agreements with state and local law enforcement agencies, permitting designated officers to perform immigration law enforcement functions, provided that the officers receive appropriate training and operate under the supervision of ICE officers.

In February 2006, the Mecklenburg County Sheriff's Office (MCSO) entered into a partnership with the Department of Homeland Security, Immigration Customs Enforcement via the ICE Jail Model to identify individuals arrested in Mecklenburg County who are in the country illegally. The MCSO's most recent Memorandum of Agreement (MOA) as a Jail Enforcement Model was signed on February 28, 2017 and will expire June 30, 2019.

The MOA defines the scope and limitations of the delegation of authority and is signed by the Executive Associate Director of Enforcement & Removal Operations, or his delegate, and the Sheriff. ICE retains sole discretion in determining how it will manage its detention resources and advance its mission. The MCSO is expected to pursue to completion all criminal charges that caused the alien to be taken into custody and over which the MCSO has jurisdiction. Subject to its civil immigration enforcement priorities, ICE will assume custody of an alien for purposes of removal, only after said individual has been released from the MCSO custody. By signing the MOA, the MCSO agrees to use its 287(g) authority in a manner consistent with ICE's civil immigration enforcement priorities."""

CH_JAN = """MEMORANDUM

TO: Roger Stancil, Town Manager

FROM: Gregg Jarvies, Police Chief

DATE: January 26, 2007

RE: CHPD Immigration Policy

In response to a Council Member's request for information regarding the police department's policy on immigration, I offer the following:

1. We will not detain a person merely for the purposes of verifying his immigration status nor will we question a person about his immigration status during a routine detention for another matter (i.e. a traffic stop or a minor criminal offense).

2. If we have an individual in custody for a felony or for an act which resulted in injury to another (i.e. an aggravated assault, domestic violence involving injury or threatening intimidation, a traffic accident fatality) we will inquire and attempt to confirm that person's residency status and will hold the individual for federal immigration officials if they request same.

When we arrest someone we are required by federal law to note his country of citizenship on the police report and, if the person is a citizen of a country other than the U. S., we are required by federal law to provide that individual an opportunity to contact that country's consulate. However, we do not ask the individual whether they are in the United States legally.

The protocols noted above have been in effect for several years."""

CH_JAN_TAIL = """

After the incident in early December involving the detention of Ms. Sima Fallahi on an outstanding order of deportation, we clarified our policies regarding what actions officers will take should they encounter an individual with an outstanding order of custody in effect by U. S. Immigration and Customs Enforcement (ICE). (NOTE: If you recall, we did not initiate a check on Ms. Fallahi's residency status. A notice regarding the outstanding deportation order came up when we were conducting a required background check for her solicitation permit application)."""

CH_NOV = """MEMORANDUM

TO: Roger L. Stancil, Town Manager

FROM: Terrie Gale, Chapel Hill Police Attorney; Brian Curran, Chief of Police

SUBJECT: Immigration Report

Date: November 7, 2007

PURPOSE

The purpose of this report is to provide information to the Council regarding the Chapel Hill Police Department's involvement in two separate immigration enforcement encounters in response to a petition submitted on October 8, 2007 by Margaret Misch.

BACKGROUND AND DISCUSSION

The Chapel Hill Police Department (CHPD) does not inquire into the immigration status of complainants, victims, witnesses, arrestees, or other persons whom we encounter, with the exception that we may check the status of a person who is in our custody for a felony or other violent crime resulting in injury to another person.

In the cases of both Ms. Sima Fallahi and Mr. Nelson Herrera Ventura, information about immigration status came to the CHPD's attention from receiving a "hit" from the databases of the North Carolina Division of Motor Vehicles (DMV) and the National Criminal Information Center (NCIC). A "hit" means that a name entered into a database matches a name listed in the database. Names are listed in the databases for a variety of reasons: criminal arrest warrants, missing persons, sex offender registrations, etc., as well as immigration detainers. The two databases are linked; a name or drivers license number run through the DMV database will receive a "hit response" if there is a match in either the DMV or NCIC database."""

CH_MAR = """From: TERRIE GALE
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

RISP = """Rhode Island State Police General Order - 56A10

Section Operations - Field Operations Article 56A - Enforcement Title Illegal Immigration Procedures & Consular Notification Special Instructions

I. PURPOSE

The purpose of this General Order is to provide sworn members, in the execution of their duties, with general guidance when encountering persons who are not legal citizens of the United States.

II. DEFINITIONS

UNITED STATES CITIZEN

1. Any person born in the United States or its possession (i.e. Puerto Rico, U.S., Virgin Islands and Guam).

2. Any person born outside of the United States who has been granted U.S. citizenship through the proper judicial channels.

3. Any person born outside of the United States who has derived U.S. citizenship through their parents.

ALIEN

1. Any person in the United States who is not a U.S. Citizen.

2. There are four (4) major classifications of Aliens in the United States:

a. Non-Immigrant: Persons admitted to the United States for a temporary period of time for a specific purpose. Examples of non-immigrants are visitors, foreign students, crewman and foreign diplomats.

b. Immigrant: Persons admitted to the United States for permanent residence. They may reside and work in the United States for an unlimited time. They must carry their Form I-551; Resident Alien Card or Permanent Resident Card, commonly referred to as a "Green Card."

c. Undocumented Alien: Includes all aliens who are in violation of the immigration laws. A few examples are persons who enter the United States without inspection along the Mexican and Canadian borders and non-immigrants who stay beyond their authorized time period.

d. Alien Absconders: Foreign nationals who entered the United States legally, but have since violated the conditions of their visa and who have had a removal, deportation, or exclusion hearing before an immigration judge and are under a final order of deportation and have not left the United States."""

AMB = """Town of Amherst Sanctuary Community Bylaw

Purpose

This bylaw shall be known as the Town of Amherst Sanctuary Community Bylaw. It is enacted pursuant to the police powers of the Town of Amherst. It affirms that Amherst is a welcoming town and seeks to ensure public safety and trust between law enforcement and all members of our community.

Section 1. Definitions

(a) Civil immigration detainer request means a non-mandatory request issued by an authorized federal immigration officer to a local law enforcement official, to maintain custody of an individual once that person is eligible for release from local custody, or to notify the requesting federal immigration office prior to the release of that individual.

(b) Eligible for release from custody means that the individual may be released from custody because any of the following conditions has occurred:

(1) All criminal charges against the individual have been dropped or dismissed;

(2) The individual has been acquitted of all criminal charges filed against him or her;

(3) The individual has served all the time required for his or her sentence;

(4) The individual has posted a bail or bond, or has been released on his or her own recognizance;

(5) The individual has been referred to pre-trial diversion services;

(6) The individual has been sentenced to an alternative to incarceration, including a rehabilitation facility;

(7) The individual has been released from custody under probation, or

(8) The individual is otherwise eligible for release under state or local law.

(c) ICE administrative warrant means a warrant, notice to appear, removal order, or warrant of deportation issued by a federal immigration officer, not a judicial officer, that does not confer detention authority on a local jurisdiction."""

# Amherst PD 'Policy Statement' as posted at amherstpd.org/2016/Policy-Statement (full stored text)
AMP_2016_FULL = """Policy Statement

The Amherst Police Department shall treat all persons in an equal, fair and respectful manner, regardless of their race, gender, religion, sexual orientation, gender identity, age, occupation, national origin, or immigration status. This shall be the case regardless of whether the person is a crime victim, suspect, witness, or simply a person in need of police services. Skin color, language, accent, or other individual traits shall not be considered an element in building reasonable suspicion or probable cause, unless these descriptions are pertinent in developing a suspect, such as when we rely on witness or victim recollection of a suspect, and they use such descriptions of skin color, language, accent or other individual trait.

Skin color, language, accent, or other individual traits will not be used as a basis for disparate treatment by individual sworn or unsworn personnel of the police department. A person's right to file a report, participate in police-community activities, or otherwise benefit from police services shall not be contingent upon citizenship or immigration status. We value the diversity of our community, and strive to maintain partnerships and positive relationships with the community to improve the quality of life of all persons who visit or call the town of Amherst home."""

# Amherst 'Immigrant Community Members' page (amherstmarec.org/1580), stored copy cut after '...of the police department.'
AMP_LATER = """Immigrant Community Members

Immigration Enforcement Information

The enforcement of federal immigration laws is the duty of the United States Bureau of Immigration and Customs Enforcement. The Amherst Police Department does not have the authority, nor the resources, to enforce federal immigration laws. We rely on the cooperation of our community to ensure our success in preventing and solving crime. To that end, Amherst Police personnel do not make inquiries into the immigration status of crime victims, witnesses or others who request our assistance. We do not use the threat of immigration status/deportation as leverage with victims, witnesses or suspects.

As the Amherst Police Department does not have the authority to enforce federal immigration laws, persons wishing to report immigration violations can contact the U.S. Immigration and Customs Enforcement public toll free tip hotline at 1- 866- 347- 2423.

View the Amherst Police Department written policy on Immigrant Community Members.

Policy Statement

The Amherst Police Department shall treat all persons in an equal, fair and respectful manner, regardless of their race, gender, religion, sexual orientation, gender identity, age, occupation, national origin, or immigration status. This shall be the case regardless of whether the person is a crime victim, suspect, witness, or simply a person in need of police services. Skin color, language, accent, or other individual traits shall not be considered an element in building reasonable suspicion or probable cause, unless these descriptions are pertinent in developing a suspect, such as when we rely on witness or victim recollection of a suspect, and they use such descriptions of skin color, language, accent or other individual trait. Skin color, language, accent, or other individual traits will not be used as a basis for disparate treatment by individual sworn or unsworn personnel of the police department."""

# 2016 text cut at the same point as the later page's stored copy
AMP_2016_CUT = AMP_2016_FULL.split(" A person's right")[0]
