# Real passages used by heldout16 (see ../SOURCE.md for addresses). Paragraphs separated by a blank line.

# EO 13768 (Jan. 25, 2017), Sec. 8, text from https://www.lewik.org/term/15191/... (heading from the page title)
EO13768_S8 = """Sec. 8. Federal-State Agreements. It is the policy of the executive branch to empower State and local law enforcement agencies across the country to perform the functions of an immigration officer in the interior of the United States to the maximum extent permitted by law.

(a) In furtherance of this policy, the Secretary shall immediately take appropriate action to engage with the Governors of the States, as well as local officials, for the purpose of preparing to enter into agreements under section 287(g) of the INA (8 U.S.C. 1357(g)).

(b) To the extent permitted by law and with the consent of State or local officials, as appropriate, the Secretary shall take appropriate action, through agreements under section 287(g) of the INA, or otherwise, to authorize State and local law enforcement officials, as the Secretary determines are qualified and appropriate, to perform the functions of immigration officers in relation to the investigation, apprehension, or detention of aliens in the United States under the direction and the supervision of the Secretary. Such authorization shall be in addition to, rather than in place of, Federal performance of these duties.

(c) To the extent permitted by law, the Secretary may structure each agreement under section 287(g) of the INA in a manner that provides the most effective model for enforcing Federal immigration laws for that jurisdiction."""

# EO 13768, Sec. 9, text from https://www.lewik.org/term/15192/... and https://eohistory.info/Election2017/sanctuary.html
EO13768_S9 = """Sec. 9. Sanctuary Jurisdictions. It is the policy of the executive branch to ensure, to the fullest extent of the law, that a State, or a political subdivision of a State, shall comply with 8 U.S.C. 1373.

(a) In furtherance of this policy, the Attorney General and the Secretary, in their discretion and to the extent consistent with law, shall ensure that jurisdictions that willfully refuse to comply with 8 U.S.C. 1373 (sanctuary jurisdictions) are not eligible to receive Federal grants, except as deemed necessary for law enforcement purposes by the Attorney General or the Secretary. The Secretary has the authority to designate, in his discretion and to the extent consistent with law, a jurisdiction as a sanctuary jurisdiction. The Attorney General shall take appropriate enforcement action against any entity that violates 8 U.S.C. 1373, or which has in effect a statute, policy, or practice that prevents or hinders the enforcement of Federal law.

(b) To better inform the public regarding the public safety threats associated with sanctuary jurisdictions, the Secretary shall utilize the Declined Detainer Outcome Report or its equivalent and, on a weekly basis, make public a comprehensive list of criminal actions committed by aliens and any jurisdiction that ignored or otherwise failed to honor any detainers with respect to such aliens.

(c) The Director of the Office of Management and Budget is directed to obtain and provide relevant and responsive information on all Federal grant money that currently is received by any sanctuary jurisdiction."""

# EO 14159 (Jan. 20, 2025), GitHub brian14708/wh-briefings, presidential-actions/2025-01/2025-01-20-protecting-the-american-people-against-invasion.md
EO14159_S10_11 = """Sec. 10. Detention Facilities. The Secretary of Homeland Security shall promptly take all appropriate action and allocate all legally available resources or establish contracts to construct, operate, control, or use facilities to detain removable aliens. The Secretary of Homeland Security, further, shall take all appropriate actions to ensure the detention of aliens apprehended for violations of immigration law pending the outcome of their removal proceedings or their removal from the country, to the extent permitted by law.

Sec. 11. Federal-State Agreements. To ensure State and local law enforcement agencies across the United States can assist with the protection of the American people, the Secretary of Homeland Security shall, to the maximum extent permitted by law, and with the consent of State or local officials as appropriate, take appropriate action, through agreements under section 287(g) of the INA (8 U.S.C. 1357(g)) or otherwise, to authorize State and local law enforcement officials, as the Secretary of Homeland Security determines are qualified and appropriate, to perform the functions of immigration officers in relation to the investigation, apprehension, or detention of aliens in the United States under the direction and the supervision of the Secretary of Homeland Security. Such authorization shall be in addition to, rather than in place of, Federal performance of these duties. To the extent permitted by law, the Secretary of Homeland Security may structure each agreement under section 287(g) of the INA (8 U.S.C. 1357(g)) in the manner that provides the most effective model for enforcing Federal immigration laws in that jurisdiction."""

EO14159_S11 = EO14159_S10_11.split("\n\n")[1]

EO14159_S17_18 = """Sec. 17. Sanctuary Jurisdictions. The Attorney General and the Secretary of Homeland Security shall, to the maximum extent possible under law, evaluate and undertake any lawful actions to ensure that so-called "sanctuary" jurisdictions, which seek to interfere with the lawful exercise of Federal law enforcement operations, do not receive access to Federal funds. Further, the Attorney General and the Secretary of Homeland Security shall evaluate and undertake any other lawful actions, criminal or civil, that they deem warranted based on any such jurisdiction's practices that interfere with the enforcement of Federal law.

Sec. 18. Information Sharing. (a) The Secretary of Homeland Security shall promptly issue guidance to ensure maximum compliance by Department of Homeland Security personnel with the provisions of 8 U.S.C. 1373 and 8 U.S.C. 1644 and ensure that State and local governments are provided with the information necessary to fulfill law enforcement, citizenship, or immigration status verification requirements authorized by law; and"""

# Maryland SB 608 (2025), Chapter 114, Criminal Procedure 11-931 / 11-932. GitHub Maryland-State-Innovation-Team/Legi-Assist data/2025rs/md/SB0608.md.
# OLD = existing law as printed in the chapter with [brackets] kept; NEW = chapter text with bracketed matter dropped and
# struck committee-amendment words dropped; new matter stays in CAPITALS as printed.
MD_11931_OLD = """11-931.

(f) A certifying official may withdraw the certification provided under this section only on refusal to provide information and assistance when reasonably requested of:

(1) the victim; or

(2) the victim's parent, guardian, or next friend if the victim was under the age of 16 years on the date that an act that constitutes an element of qualifying criminal activity first occurred or if the victim is incapacitated or incompetent.

(g) A certifying entity may disclose information relating to a victim who is seeking or has obtained U Nonimmigrant Status only:

(1) in order to comply with federal law, court order, or a discovery obligation in the prosecution of a criminal offense; or

(2) after adult petitioners for U Nonimmigrant Status or adult U Nonimmigrant Status holders have provided written consent for the disclosure of the information.

(h) (1) Except in cases of willful or wanton misconduct, a certifying entity or certifying official who acts or fails to act in good faith in compliance with this section has the immunity from liability described under § 5-643 of the Courts Article.

(2) A person who brings an action to seek enforcement of this section may not be awarded attorney's fees or costs unless the action demonstrates willful or wanton misconduct by a certifying entity or certifying official."""

MD_11931_NEW = """11-931.

(I) A certifying official may DENY OR withdraw the certification provided under this section only IF, AFTER CONSIDERING THE TOTALITY OF THE CIRCUMSTANCES, THE PERSON PROVIDING THE HELPFULNESS UNDER SUBSECTION (A) OF THIS SECTION UNREASONABLY REFUSED TO COOPERATE OR UNREASONABLY FAILED TO PROVIDE INFORMATION OR ASSISTANCE REASONABLY REQUESTED BY A CERTIFYING OFFICIAL.

(K) A CERTIFYING ENTITY SHALL DEVELOP PROTOCOLS TO ASSIST PETITIONERS WHO HAVE LIMITED ENGLISH PROFICIENCY TO PROCEED UNDER THIS SECTION.

11-932.

(A) A CERTIFYING ENTITY OR A CERTIFYING OFFICIAL MAY DISCLOSE INFORMATION RELATING TO A VICTIM WHO IS SEEKING CERTIFICATION, OR WHO IS SEEKING OR HAS OBTAINED U NONIMMIGRANT STATUS ONLY:

(1) TO COMPLY WITH FEDERAL LAW, A COURT ORDER, OR A DISCOVERY OBLIGATION IN THE PROSECUTION OF A CRIMINAL OFFENSE; OR

(2) IF APPLICABLE, AFTER THE VICTIM HAS WAIVED CONFIDENTIALITY PROTECTIONS UNDER THE VIOLENCE AGAINST WOMEN ACT UNDER 34 U.S.C. § 12291(B)(2).

(B) THIS SECTION MAY NOT BE CONSTRUED TO ALTER OR DIMINISH THE DUTIES AND REQUIREMENTS OF A LAW ENFORCEMENT OFFICER, A STATE'S ATTORNEY, OR THE ATTORNEY GENERAL FROM DISCLOSING EXCULPATORY INFORMATION TO A DEFENDANT IN A CRIMINAL CASE."""

# Maryland SB 608 (2025): 11-931(d)/(e) time limits (old) -> (E)/(F) (new); (E)(3) and (E)(4) are new matter.
MD_TIME_OLD = """(d) (1) Except as provided in paragraph (2) of this subsection, the certifying entity shall certify or decline certification of the Form I-918, Supplement B certification within 90 days after receiving a request under subsection (a) of this section.

(2) If a noncitizen victim is the subject of removal, exclusion, or deportation proceedings or subject to a final order of removal, exclusion, or deportation, the certifying entity shall certify or decline certification of the Form I-918, Supplement B certification within 14 days after receiving a request under subsection (a) of this section.

(e) A current investigation, the filing of charges, a prosecution, or a conviction is not required for a victim or the victim's parent, guardian, or next friend to request and obtain the Form I-918, Supplement B certification under this section."""

MD_TIME_NEW = """(E) (1) Except as provided in PARAGRAPHS (2), (3), AND (4) of this subsection, the certifying entity shall certify or decline certification of the Form I-918, Supplement B certification within 45 days after receiving a request under subsection (a) of this section.

(2) If a noncitizen victim is the subject of removal, exclusion, or deportation proceedings or subject to a final order of removal, exclusion, or deportation, the certifying entity shall certify or decline certification of the Form I-918, Supplement B certification within 7 days after receiving a request under subsection (a) of this section.

(3) IF A NONCITIZEN VICTIM IS THE SUBJECT OF REMOVAL, EXCLUSION, OR DEPORTATION PROCEEDINGS AND IS DETAINED PENDING RESOLUTION OF THE PROCEEDINGS, THE CERTIFYING ENTITY SHALL CERTIFY OR DECLINE CERTIFICATION OF THE FORM I-918, SUPPLEMENT B CERTIFICATION WITHIN 7 DAYS AFTER RECEIVING A REQUEST UNDER SUBSECTION (A) OF THIS SECTION.

(4) IF A QUALIFYING FAMILY MEMBER OF A NONCITIZEN VICTIM WILL LOSE ELIGIBILITY FOR U NONIMMIGRANT STATUS IN 60 DAYS OR FEWER BECAUSE OF THE AGE OF THE QUALIFYING FAMILY MEMBER, THE CERTIFYING ENTITY SHALL CERTIFY OR DECLINE CERTIFICATION OF THE FORM I-918, SUPPLEMENT B CERTIFICATION WITHIN 12 DAYS AFTER RECEIVING A REQUEST UNDER SUBSECTION (A) OF THIS SECTION.

(F) A current investigation, the filing of charges, a prosecution, or a conviction is not required for a victim or the victim's parent, guardian, next friend, ATTORNEY, VICTIM ADVOCATE, OR OTHER REPRESENTATIVE to request and obtain the Form I-918, Supplement B certification under this section."""

# Maryland HB 675 (2026, introduced Feb. 2, 2026), proposed Public Safety 3-535. Legi-Assist data/2026rs/md/HB0675.md.
HB675 = """3-535.

(A) (1) IN THIS SECTION THE FOLLOWING WORDS HAVE THE MEANINGS INDICATED.

(2) "IMMIGRATION ENFORCEMENT AGREEMENT" MEANS AN AGREEMENT OR A MEMORANDUM OF UNDERSTANDING WITH THE FEDERAL GOVERNMENT MADE IN ACCORDANCE WITH 8 U.S.C. § 1357 THAT AUTHORIZES A LOCAL LAW ENFORCEMENT AGENCY IN THE STATE TO ENFORCE CIVIL IMMIGRATION LAW USING THE JAIL ENFORCEMENT MODEL.

(3) "LOCAL LAW ENFORCEMENT AGENCY" MEANS THE POLICE DEPARTMENT, BUREAU, OR FORCE OF A COUNTY.

(4) "OFFICE" MEANS THE GOVERNOR'S OFFICE OF CRIME PREVENTION AND POLICY.

(B) THE OFFICE SHALL BE RESPONSIBLE FOR ENFORCING THE REQUIREMENTS OF THIS SECTION.

(C) (1) EXCEPT AS PROVIDED IN PARAGRAPH (2) OF THIS SUBSECTION, ON OR BEFORE JANUARY 1, 2027, EACH LOCAL LAW ENFORCEMENT AGENCY THAT OPERATES A CORRECTIONAL FACILITY SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.

(2) (I) A LOCAL LAW ENFORCEMENT AGENCY MAY APPLY FOR A ONE-TIME WAIVER FROM THE OFFICE IN ORDER TO DELAY THE DATE BY WHICH THE LOCAL LAW ENFORCEMENT AGENCY MUST ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.

(II) THE OFFICE MAY GRANT A ONE-TIME WAIVER TO A LOCAL LAW ENFORCEMENT AGENCY TO DELAY THE DATE BY WHICH THE LOCAL LAW ENFORCEMENT AGENCY MUST ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.

(III) A LOCAL LAW ENFORCEMENT AGENCY THAT OBTAINS A WAIVER UNDER THIS PARAGRAPH SHALL ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT ON OR BEFORE JULY 1, 2027.

(D) (1) BEGINNING JULY 1, 2027, A LOCAL LAW ENFORCEMENT AGENCY THAT OPERATES A CORRECTIONAL FACILITY THAT HAS NOT MET THE REQUIREMENTS OF SUBSECTION (C) OF THIS SECTION SHALL, IF REQUESTED BY FEDERAL IMMIGRATION AUTHORITIES:

(I) DETAIN AN INDIVIDUAL FOR UP TO 48 HOURS IN ORDER TO FACILITATE THE TRANSFER OF THE INDIVIDUAL TO FEDERAL IMMIGRATION AUTHORITIES; AND

(II) TRANSFER AN INDIVIDUAL TO FEDERAL IMMIGRATION AUTHORITIES.

(2) IF A LOCAL LAW ENFORCEMENT AGENCY THAT OPERATES A CORRECTIONAL FACILITY VIOLATES THIS SUBSECTION BY RELEASING AN INDIVIDUAL AND THE INDIVIDUAL IS LATER DETAINED OR ARRESTED BY ANOTHER LAW ENFORCEMENT AGENCY OF THE STATE, ANOTHER STATE, OR THE FEDERAL GOVERNMENT WITHIN 5 YEARS OF BEING RELEASED BY THE LOCAL LAW ENFORCEMENT AGENCY, THE LOCAL LAW ENFORCEMENT AGENCY THAT RELEASED THE INDIVIDUAL IN VIOLATION OF THIS SUBSECTION SHALL BE RESPONSIBLE FOR:

(I) ANY HOUSING COSTS ASSOCIATED WITH DETAINING THE INDIVIDUAL; AND

(II) ANY COURT COSTS ASSOCIATED WITH ANY CRIMINAL PROCEEDING INVOLVING THE INDIVIDUAL."""

# Maryland SB 660 (2026, introduced Feb. 6, 2026), proposed Public Safety 3-535. Legi-Assist data/2026rs/md/SB0660.md.
SB660 = """3-535.

(A) IN THIS SECTION, "IMMIGRATION ENFORCEMENT" HAS THE MEANING STATED IN § 6-111 OF THE STATE GOVERNMENT ARTICLE.

(B) (1) SUBJECT TO § 5-104 OF THE CRIMINAL PROCEDURE ARTICLE, ON RECEIVING NOTICE OF AN IMMIGRATION ENFORCEMENT ACTION HAPPENING IN A LAW ENFORCEMENT AGENCY'S JURISDICTION, A LAW ENFORCEMENT AGENCY SHALL DISPATCH AT LEAST ONE LAW ENFORCEMENT OFFICER TO:

(I) OBSERVE THE IMMIGRATION ENFORCEMENT ACTION;

(II) ENSURE THE SAFE TRANSFER OF AN INDIVIDUAL IN CUSTODY AS A RESULT OF THE IMMIGRATION ENFORCEMENT ACTION;

(III) NOTWITHSTANDING ANY POLICY ADOPTED UNDER § 3-511 OF THIS SUBTITLE, AND TO THE EXTENT PRACTICABLE, RECORD THE IMMIGRATION ENFORCEMENT ACTION WITH THE OFFICER'S BODY-WORN CAMERA;

(IV) FILE A REPORT DOCUMENTING THE ACTIVITY OF IMMIGRATION ENFORCEMENT OFFICIALS, INCLUDING:

1. THE DATE, TIME, AND LOCATION OF THE ACTION;

2. IF APPLICABLE, THE TYPE OF WARRANT USED FOR THE IMMIGRATION ENFORCEMENT ACTION;

3. WHAT FEDERAL AGENCIES WERE INVOLVED WITH THE IMMIGRATION ENFORCEMENT ACTION;

4. A DESCRIPTION OF ANY FORCE USED DURING THE IMMIGRATION ENFORCEMENT ACTION;

5. WHETHER ANY MEDICAL ATTENTION WAS REQUIRED AS A RESULT OF THE IMMIGRATION ENFORCEMENT ACTION;

6. WHETHER THE LAW ENFORCEMENT OFFICERS WERE RESTRICTED FROM OBSERVING OR RECORDING THE IMMIGRATION ENFORCEMENT ACTION; AND

7. ANY VIOLATIONS OF LAW THE OFFICER OBSERVED DURING THE IMMIGRATION ENFORCEMENT ACTION; AND

(V) PRESERVE ANY EVIDENCE RELATED TO THE IMMIGRATION ENFORCEMENT ACTION.

(2) WHILE RESPONDING TO AN IMMIGRATION ENFORCEMENT ACTION, A LAW ENFORCEMENT OFFICER SHALL CONTINUE TO PERFORM THE CONSTITUTIONAL OBLIGATIONS OF THE OFFICER'S POSITION.

(3) THE DOCUMENTATION AND FOOTAGE RECORDED CONSISTENT WITH PARAGRAPH (1)(III) AND (IV) OF THIS SUBSECTION SHALL BE SUBJECT TO THE PROVISIONS OF TITLE 4 OF THE GENERAL PROVISIONS ARTICLE."""

# Washington SB 5818 (2025-26, original bill), sec. 2 (RCW 10.93.160 as the bill would amend it), subsections (10)-(16),
# and sec. 3 (new section). GitHub tannewt/wa-law.org site/bill/2025-26/sb/5818/1/README.md (markdown list numbers
# rewritten as the bill's (10), (a) etc.).
WA5818_S2 = """(10) In accordance with section 3 of this act, the department of corrections may transfer an incarcerated individual to federal immigration authorities at any time during the person's term of total confinement or community custody pursuant to RCW 9.94A.701 and 9.94A.702.

(11) No state or local law enforcement officer may enter into any contract, agreement, or arrangement, whether written or oral, that would grant federal civil immigration enforcement authority or powers to state and local law enforcement officers, including but not limited to agreements created under 8 U.S.C. Sec. 1357(g), also known as 287(g) agreements.

(12)(a) No state agency or local government or law enforcement officer may enter into an immigration detention agreement. All immigration detention agreements must be terminated no later than one hundred eighty days after May 21, 2019, except as provided in (b) of this subsection.

(b) Any immigration detention agreement in effect prior to January 1, 2019, and under which a payment was made between July 1, 2017, and December 31, 2018, may remain in effect until the date of completion or December 31, 2021, whichever is earlier.

(13) No state or local law enforcement agency or school resource officer may enter into or renew a contract for the provision of language services from federal immigration authorities, nor may any language services be accepted from such for free or otherwise.

(14) The department of corrections may not give federal immigration authorities access to interview individuals about federal immigration violations while they are in custody, except as required by state or federal law or by court order, unless such individuals consent to be interviewed in writing. Before agreeing to be interviewed, individuals must be advised that they will not be punished or suffer retaliation for declining to be interviewed.

(15) Subsections (3) through (6) of this section do not apply to individuals who are in the physical custody of the department of corrections.

(16) Nothing in this section prohibits the collection, use, or disclosure of information that is:

(a) Required to comply with state or federal law; or

(b) In response to a lawfully issued court order."""

WA5818_S3 = """NEW SECTION. Sec. 3. (1)(a) In accordance with RCW 10.93.160, the department may transfer an incarcerated individual serving a term of total confinement or community custody under the jurisdiction of the department to the custody of federal immigration authorities for an immigration enforcement purpose.

(b) The department of corrections may transfer the individual to the custody of the federal government at any time during the person's term of total confinement or community custody on the basis of the presence of an immigration detainer, hold, notification request, or civil immigration warrant.

(2) Upon transfer from the jurisdiction of the department to the custody of federal immigration authorities pursuant to this section, the individual's term of total confinement or community custody shall run concurrently while the person is in the custody of federal immigration authorities.

(3) For the purposes of this section, the definitions contained in RCW 43.17.420 apply to this section."""
