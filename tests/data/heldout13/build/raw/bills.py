# Raw text of the bills and public laws used in heldout13, copied from the stored copies named
# with each constant (search corpus "pages" or the indexed congress.gov API dumps, found with
# find_string / read_file).  JSON escapes of the dumps are decoded (\u2014 -> an em dash,
# \u2019 -> a curly apostrophe); nothing else is changed here.  The dumps render bill text with
# "**(1)**" item labels and "#### 2." section heads; those are kept here as stored.

# --- H.R. 1680 (119th), UPLIFT Act, introduced 2025-02-27 (Rep. Evans), IH.
# congress.gov API dump, indexed file id 55762926218; sourceUrl
# https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr1680ih.xml
HR1680_SEC3 = """Section 642 of the Illegal Immigration Reform and Immigrant Responsibility Act of 1996 ( 8 U.S.C. 1373 ) is amended\u2014
**(1)**
by amending subsection (a) to read as follows:
(a) In general Notwithstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may prohibit or in any way restrict, a Federal, State, or local government entity, official, or other personnel from complying with the immigration laws and policies of the United States or from assisting or cooperating with Federal law enforcement entities, officials, or other personnel regarding the enforcement of the immigration laws. ;
**(2)**
by amending subsection (b) to read as follows:
(b) Law enforcement activities Notwithstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may prohibit, or in any way restrict, a Federal, State, or local government entity, official, or other personnel from undertaking any of the following law enforcement activities with respect to information regarding the citizenship or immigration status, lawful or unlawful, the inadmissibility or deportability, or the custody status, of any individual: (1) Making inquiries to any individual in order to obtain such information regarding such individual or any other individuals reasonably suspected of being involved in a crime. (2) Notifying the Federal Government regarding the presence of individuals reasonably suspected of being involved in a crime who are encountered by law enforcement officials or other personnel of a State or political subdivision of a State. (3) Complying with requests for such information from Federal law enforcement entities, officials, or other personnel. ;
**(3)**
in subsection (c), by striking Immigration and Naturalization Service and inserting Department of Homeland Security ;
**(4)**
by adding at the end the following:
(d) Government Involvement in Immigration Detention Not withstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may in any way restrict a Federal, State, or local government entity, official, or other personnel from\u2014 (1) entering into an agreement for the detention of individuals in an immigration detention facility that is owned, managed, or operated by a private entity; (2) selling any government-owned property for the purpose of establishing an immigration detention facility that is or will be owned, managed, or operated by a private entity; (3) paying any costs related to the sale, purchase, construction, development, ownership, management, or operation of an immigration detention facility that is or will be owned, managed, or operated by a private entity; or (4) receiving any payment related to the detention of individuals in an immigration detention facility that is owned, managed, or operated by a private entity. (e) Standing for local jurisdictions To seek injunctive relief Any local government entity alleging a violation of subsection (a), (b), or (d) by the State in which the entity is located that harms such entity or its residents shall have standing to bring an action against the respective State on behalf of such entity or the residents of such entity in an appropriate district court of the United States to obtain appropriate injunctive relief. The court shall advance on the docket and expedite the disposition of a civil action filed under this subsection to the greatest extent practicable. For purposes of this subsection, local government entity or its residents shall be considered to have been harmed if the entity or any of its residents experience harm, including financial harm in excess of $100. (f) Compliance (1) Annual determination The Secretary of Homeland Security shall determine, for each calendar year, which States or local government entities are not in compliance with subsection (a) or (b) or (d) and shall report such determinations to Congress by March 1 of each succeeding calendar year. (2) Reports The Secretary shall issue a report concerning the compliance with subsections (a) and (b) of any particular State or local government entity at the request of the Committee on the Judiciary of the House of Representatives or the Committee on the Judiciary of the Senate. (g) Construction Nothing in this section shall require law enforcement officials from States, or from local government entities, to report or arrest victims of or witnesses to a criminal offense. ."""

HR1680_SEC4 = """Section 287(d) of the Immigration and Nationality Act ( 8 U.S.C. 1357(d) ) is amended to read as follows:
(d) Detainer of inadmissible or deportable aliens (1) In general In the case of an individual who is arrested by any Federal, State, or local law enforcement official or other personnel for the alleged violation of any criminal or motor vehicle law, the Secretary may issue a detainer regarding the individual to any Federal, State, or local law enforcement entity, official, or other personnel if the Secretary has probable cause to believe that the individual is an inadmissible or deportable alien. (2) Probable cause The Secretary may establish proabable cause if\u2014 (A) the individual who is the subject of the detainer matches, pursuant to biometric confirmation or other Federal database records, the identity of an alien who the Secretary has reasonable grounds to believe to be inadmissible or deportable; (B) the individual who is the subject of the detainer is the subject of ongoing removal proceedings, including matters where a charging document has already been served; (C) the individual who is the subject of the detainer has previously been ordered removed from the United States and such an order is administratively final; (D) the individual who is the subject of the detainer has made voluntary statements or provided reliable evidence that indicate that they are an inadmissible or deportable alien; or (E) the Secretary otherwise has probable cause to believe that the individual who is the subject of the detainer is an inadmissible or deportable alien. (3) Transfer of custody If the Federal, State, or local law enforcement entity, official, or other personnel to whom a detainer is issued complies with the detainer and detains the individual who is the subject of the detainer for purposes of transfer of custody to the Department of Homeland Security, the Department may take custody of the individual within 48 hours (excluding weekends and holidays), but in no instance more than 96 hours, following the date that the individual is otherwise to be released from the custody of the relevant Federal, State, or local law enforcement entity. ."""

# --- S. 2401 (119th), 287(g) Program Protection Act, introduced 2025-07-23 (Sen. Risch), IS.
# congress.gov API dump, indexed file id 55596600335; sourceUrl
# https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s2401is.xml
S2401_SEC2 = """Section 287(g) of the Immigration and Nationality Act ( 8 U.S.C. 1357(g) ) is amended\u2014
**(1)**
by amending paragraph (1) to read as follows:
(1) (A) Notwithstanding section 1342 of title 31, United States Code, the Secretary of Homeland Security shall enter into a written agreement with a State, or any political subdivision of a State, upon request of the State or political subdivision, pursuant to which law enforcement officers of such State or subdivision, who the Secretary determines are qualified to perform a function of an immigration officer in relation to the investigation, apprehension, or detention of aliens in the United States (including the transportation of such aliens across State lines to detention centers), may carry out such function at the expense of the State or political subdivision. (B) All requests described in subparagraph (A) from a bona fide State or political subdivision or a bona fide law enforcement agency shall be approved absent a compelling reason. If the Secretary denies a request described in subparagraph (A), the Secretary, not later than 180 days before finalizing such denial, shall\u2014 (i) submit to Congress an explanation containing the reasons for denying such request; and (ii) publish such explanation in the Federal Register. (C) The Secretary may not place any limit on the number of agreements that may be approved under this subsection. The Secretary shall process each request for such an agreement as expeditiously as possible and never later than the date that is 90 days after the date on which the request is received. (D) In this subsection, any reference to a political subdivision shall be construed to include any law enforcement or corrections agency of such political subdivision. ;
**(2)**
by striking Attorney General each place such term appears and inserting Secretary ;
**(3)**
by redesignating paragraphs (2) through (10) as paragraphs (5) through (13), respectively;
**(4)**
by inserting after paragraph (1) the following:
(2) An agreement under this subsection shall accommodate a requesting State or political subdivision with respect to the enforcement model or combination of models, and shall accommodate a patrol model, task force model, jail model, any combination thereof, or any other reasonable model the State or political subdivision believes is best suited to the immigration enforcement needs of its jurisdiction. (3) No Federal program or technology directed broadly at identifying inadmissible or deportable aliens shall substitute for such agreements, including those establishing a jail model, and shall operate in addition to any agreement under this subsection. (4) (A) No agreement under this subsection may be terminated absent a compelling reason. (B) (i) The Secretary shall provide a State or political subdivision written notice of intent to terminate at least 180 days prior to date of intended termination, and the notice shall fully explain the grounds for termination, along with providing evidence substantiating the Secretary\u2019s allegations. (ii) In order to determine whether the requirements of this paragraph have been satisfied, the State or political subdivision shall have the right\u2014 (I) to appeal the decision of the Secretary to an administrative law judge for a hearing and decision; or (II) to bring a civil action in an appropriate court of jurisdiction. (C) The agreement shall remain in full effect during the course of any and all legal proceedings. ; and
**(5)**
in paragraph (6), as redesignated, by adding at the end the following: The Secretary of Homeland Security shall implement uniform training requirements for law enforcement officers who are, or will be, performing a function of an immigration officer authorized under this subsection. The training requirements shall align with Federal Law Enforcement Training Center standards for training under this subsection (as in effect on the date of the enactment of the 287(g) Program Protection Act ). ."""

# --- H.R. 756 (119th), 287(g) Program Protection Act, introduced 2025-01-28 (Rep. Cloud), IH.
# congress.gov API dump, indexed file id 55744539223; sourceUrl
# https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr756ih.xml  (sec. 2(1) only)
HR756_SEC2_1 = """in paragraph (1), by striking the Attorney General may enter and all that follows through the period at the end and inserting the following: the Secretary of Homeland Security shall enter into a written agreement with a State, or any political subdivision of a State, upon request of the State or political subdivision, pursuant to which law enforcement officers of the State or subdivision, who are determined by the Secretary to be qualified to perform a function of an immigration officer in relation to the investigation, apprehension, or detention of aliens in the United States (including the transportation of such aliens across State lines to detention centers), may carry out such function at the expense of the State or political subdivision. No request from a bona fide State or political subdivision or bona fide law enforcement agency shall be denied absent a compelling reason, and the Secretary shall notify the Congress and publish in the Federal Register an explanation for those reasons at least 180 days in advance of making final the denial. No limit on the number of agreements under this subsection may be imposed. The Secretary shall process requests for such agreements with all due haste, and in no case shall more than 90 days elapse from the date the request is made until the agreement is consummated. For purposes of this subsection, any reference to a political subdivision shall be construed to include any law enforcement or corrections agency of the political subdivision. ;"""

# --- H.R. 8077 (119th), 287(g) Cooperation Act of 2026, introduced 2026-03-25 (Rep. Cline), IH.
# congress.gov API dump, indexed file id 55692459262; sourceUrl
# https://www.govinfo.gov/bulkdata/BILLS/119/2/hr/BILLS-119hr8077ih.xml
HR8077_SEC2 = """Section 287(g) of the Immigration and Nationality Act ( 8 U.S.C. 1357(g) ) is amended\u2014
**(1)**
by redesignating paragraphs (10) and (11) as paragraphs (11) and (12), respectively; and
**(2)**
by inserting after paragraph (9) the following:
(10) (A) Any State or political subdivision of a State that maintains a law enforcement agency that, not later than 180 days after the date of enactment of the 287(g) Cooperation Act of 2026, has not entered into a written memorandum of agreement with the Secretary of Homeland Security under this subsection is ineligible to apply for or receive any grant under the \u2018Community Oriented Policing Services\u2019 program or any successor program administered by the Department of Justice. (B) The Attorney General shall consult with the Secretary of Homeland Security to establish procedures for determining whether an agency has entered into such a memorandum of agreement before approving the award of any grant under the Community Oriented Policing Services program. ."""

# --- H.R. 6397 (119th), Dignity for Detained Immigrants Act, introduced 2025-12-03 (Rep. Jayapal), IH.
# congress.gov API dump, indexed file id 55776088649 (sec. 9(a) opening and sec. 9(b)).
HR6397_SEC9A_OPENING = """Section 236 of the Immigration and Nationality Act ( 8 U.S.C. 1226 ) is amended to read as follows:
236. Apprehension and detention of aliens (a) Arrest, detention, and release (1) In general On a warrant issued by an immigration judge, or pursuant to section 287(a)(2), the Secretary of Homeland Security may arrest an alien, and in accordance with this section, detain the alien or release the alien on bond, subject to conditions, or recognizance, pending a decision on whether the alien is to be removed from the United States. (2) Exemption for unaccompanied alien children (A) In general This section shall not apply to unaccompanied alien children (as defined in section 462(g)(2) of the Homeland Security Act of 2002 ( 6 U.S.C. 279(g)(2) )). (B) Transfer of custody Any unaccompanied alien child in the custody of the Secretary of Homeland Security shall be transferred to the custody of the Secretary of Health and Human Services pursuant to section 235(b)(3) of the William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008 ( 8 U.S.C. 1232(b)(3) ). (b) Bond determination (1) In general An immigration judge who releases an alien on bond under this section shall\u2014 (A) consider, for purposes of setting the amount of the bond, the alien\u2019s financial position and ability to pay the bond without imposing financial hardship on the alien; and (B) set bond at an amount no greater than necessary to ensure the alien\u2019s appearance for removal proceedings. (2) Inability to pay bond The Secretary of Homeland Security may not continue to detain an alien solely based on the alien\u2019s inability to pay bond."""

HR6397_SEC9B = """Section 287(a) of the Immigration and Nationality Act ( 8 U.S.C. 1357(a)(2) ) is amended by striking the subsection designation and all that follows through United States; in paragraph (2) and inserting the following:
(a) In general Any officer or employee of the Department of Homeland Security authorized under regulations prescribed by the Secretary of Homeland Security shall have power without warrant\u2014 (1) to interrogate any alien or person believed to be an alien as to the person\u2019s right to be or to remain in the United States, provided that such interrogation is not based on the person\u2019s race, ethnicity, national origin, religion, sexual orientation, color, spoken language, or English language proficiency; and (2) to arrest any alien who, in the presence or view of the officer or employee, is entering or attempting to enter the United States in violation of any law or regulation made pursuant to law regulating the admission, exclusion, expulsion, or removal of aliens, or to arrest any alien in the United States, if\u2014 (A) the officer or employee has probable cause to believe that\u2014 (i) the alien is in the United States in violation of any such law or regulation; and (ii) is likely to escape before a warrant can be obtained for the arrest of the alien; (B) the officer or employee has reason to believe that the alien would knowingly and willfully fail to appear in immigration court in response to a properly served notice to appear; and (C) not later than 48 hours after being taken into custody, the alien is provided with a hearing before an immigration judge to determine whether there was probable cause for such arrest, including probable cause to believe that the alien would have knowingly and willfully failed to appear as required under subparagraph (B) if the alien had not been arrested, which burden to establish probable cause shall be on the Department of Homeland Security; ."""

# --- S. 149 (119th), Public Safety First Act, introduced 2025-01-17 (Sen. Cornyn), IS.
# congress.gov API dump, indexed file id 55650611237.  Its sec. 2 is word for word the enacted
# Laken Riley Act sec. 2; used only to confirm the words of the Detainer paragraph, which the
# stored congress.gov copies of S. 5 ENR and P.L. 119-1 cut off ("shall effectivel").
S149_SEC2_DETAINER = """(3) Detainer The Secretary of Homeland Security shall issue a detainer for an alien described in paragraph (1)(E) and, if the alien is not otherwise detained by Federal, State, or local officials, shall effectively and expeditiously take custody of the alien. ."""

# --- S. 5 (119th), Laken Riley Act, Enrolled Bill; = Public Law 119-1 (Jan. 29, 2025).
# https://www.congress.gov/119/bills/s5/BILLS-119s5enr.htm (stored copy, sec. 2; breaks off in the
# Detainer paragraph) and https://www.congress.gov/119/plaws/publ1/PLAW-119publ1.htm (same words).
S5_ENR_SEC2 = """Section 236(c) of the Immigration and Nationality Act (8 U.S.C.
1226(c)) is amended--
(1) in paragraph (1)--
(A) in subparagraph (C), by striking ``or'';
(B) in subparagraph (D), by striking the comma at the end
and inserting ``, or''; and
(C) by inserting after subparagraph (D) the following:
(E)(i) is inadmissible under paragraph (6)(A), (6)(C), or
(7) of section 212(a); and
``(ii) is charged with, is arrested for, is convicted of,
admits having committed, or admits committing acts which
constitute the essential elements of any burglary, theft,
larceny, shoplifting, or assault of a law enforcement officer
offense, or any crime that results in death or serious bodily
injury to another person,'';
(2) by redesignating paragraph (2) as paragraph (4); and
(3) by inserting after paragraph (1) the following:
``(2) Definition.--For purposes of paragraph (1)(E), the terms
`burglary', `theft', `larceny', `shoplifting', `assault of a law
enforcement officer', and `serious bodily injury' have the meanings
given such terms in the jurisdiction in which the acts occurred.''
``(3) Detainer.--The Secretary of Homeland Security shall issue
a detainer for an alien described in paragraph (1)(E) and, if the
alien is not otherwise detained by Federal, State, or local
officials, shall effectivel"""

# --- H.R. 29 (119th), Laken Riley Act (House bill), text as rendered by
# https://uslegi.com/bill/119/HR-29 (stored copy; the page shows the bill's latest status
# "Read the second time. Placed on Senate Legislative Calendar", i.e. after House passage on
# 7 Jan 2025; the page does not label the text version).  Sec. 2 only.
HR29_SEC2 = """Section 236(c) of the Immigration and Nationality Act (8 U.S.C. 1226(c)) is amended\u2014
(1) - in paragraph (1)\u2014
(A) - in subparagraph (C), by striking "or";
(B) - in subparagraph (D), by striking the comma at the end and inserting ", or"; and
(C) - by inserting after subparagraph (D) the following:
(E)
(i) - is inadmissible under paragraph (6)(A), (6)(C), or (7) of section 212(a), and
(ii) - is charged with, is arrested for, is convicted of, admits having committed, or admits committing acts which constitute the essential elements of any burglary, theft, larceny, or shoplifting offense,
(2) - by redesignating paragraph (2) as paragraph (4); and
(3) Definition - by inserting after paragraph (1) the following:
(2) Definition - For purposes of paragraph (1)(E), the terms "burglary", "theft", "larceny", and "shoplifting" have the meaning given such terms in the jurisdiction where the acts occurred.
(3) Detainer - The Secretary of Homeland Security shall issue a detainer for an alien described in paragraph (1)(E) and, if the alien is not otherwise detained by Federal, State, or local officials, shall effectively and expeditiously take custody of the alien."""

# --- H.R. 5825 (114th), Illegal Alien Capture Notification Act, introduced 2016-07-14 (Rep. Brat), IH.
# https://www.govinfo.gov/content/pkg/BILLS-114hr5825ih/xml/BILLS-114hr5825ih.xml (stored copy,
# opening; it breaks off inside the new subsection (d), which is therefore not used).
HR5825_SEC2 = """Section 642 of the Illegal Immigration Reform and Immigrant Responsibility Act of 1996 (8 U.S.C. 1373) is amended\u2014
 (1)by striking Immigration and Naturalization Service each place it appears and inserting Department of Homeland Security; (2)in subsection (a), by striking may and inserting shall;
 (3)in subsection (b)\u2014 (A)by striking no person or agency may  and inserting a person or agency shall not; and
 (B)by striking doing any of the following with respect to information and inserting undertaking any of the following law enforcement activities; (4)by striking paragraphs (1) through (3) and inserting the following:
 (1)Notifying the Federal Government regarding the presence of inadmissible and deportable aliens who are encountered by law enforcement personnel of a State or political subdivision of a State.
 (2)Complying with requests for information from Federal law enforcement.; and (5)by adding at the end the following:"""

# --- H.R. 3003 (115th), No Sanctuary for Criminals Act, as received in the Senate after House
# passage (RDS, 2017-07-10). https://www.govinfo.gov/content/pkg/BILLS-115hr3003rds/xml/BILLS-115hr3003rds.xml
# (stored copy, opening; breaks off at "or the custody").  The House summary reproduced at
# http://visualvotes.com/rollcall/115-1-341 says the measure "has not been amended since it was
# introduced".  The rest of subsection (b) is taken from the quotation of the introduced bill in
# http://theweekincongress.com/2017/06/28/h-r-3003-no-sanctuary-criminals-act/ (stored copy).
HR3003_RDS_OPENING = """(a)In generalSection 642 of the Illegal Immigration Reform and Immigrant Responsibility Act of 1996 (8 U.S.C. 1373) is amended\u2014
 (1)by striking subsection (a) and inserting the following:  (a)In generalNotwithstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may prohibit or in any way restrict, a Federal, State, or local government entity, official, or other personnel from complying with the immigration laws (as defined in section 101(a)(17) of the Immigration and Nationality Act (8 U.S.C. 1101(a)(17))), or from assisting or cooperating with Federal law enforcement entities, officials, or other personnel regarding the enforcement of these laws.;
 (2)by striking subsection (b) and inserting the following:  (b)Law enforcement activitiesNotwithstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may prohibit, or in any way restrict, a Federal, State, or local government entity, official, or other personnel from undertaking any of the following law enforcement activities as they relate to information regarding the citizenship or immigration status, lawful or unlawful, the inadmissibility or deportability, or the custody"""
HR3003_WEEKINCONGRESS_QUOTE = """"Notwithstanding any other provision of Federal, State, or local law, no Federal, State, or local government entity, and no individual, may prohibit, or in any way restrict, a Federal, State, or local government entity, official, or other personnel from undertaking any of the following law enforcement activities as they relate to information regarding the citizenship or immigration status, lawful or unlawful, the inadmissibility or deportability, or the custody status, of any individual:"

"(1) Making inquiries to any individual in order to obtain such information regarding such individual or any other individuals.

"(2) Notifying the Federal Government regarding the presence of individuals who are encountered by law enforcement officials or other personnel of a State or political subdivision of a State.

"(3) Complying with requests for such information from Federal law enforcement entities, officials, or other personnel.\""""

# --- PROTECT Immigration Act (115th), discussion draft of a Senate bill by Sen. Booker et al.
# ("MDM17175 S.L.C.", "S. __"), https://www.scribd.com/document/338329871/PROTECT-Immigration-Act
# (stored copy; printed line numbers 1-14 are part of the stored text).
PROTECT_SEC1 = """3 Section 287(g) of the Immigration and Nationality
4 Act (8 U.S.C. 1357(g)) is amended to read as follows:
5 \u2018\u2018(g) Except as provided in paragraphs (10) and (11)
6 of section 103(a), in section 274(c), and in section 439
7 of the Antiterrorism and Effective Death Penalty Act of
8 1996 (8 U.S.C. 1252c), the authority to inquire about or
9 verify immigration or citizenship status and to investigate,
10 apprehend, arrest, or detain an individual for a violation
11 of this Act or any regulation authorized by this Act is re-
12 stricted to immigration officers and authorized employees
13 of the Department of Homeland Security and subject to
14 limits set forth in other provisions of law.\u2019\u2019."""
