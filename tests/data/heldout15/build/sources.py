"""Real passages for heldout15, copied verbatim from the stored page excerpts returned by the project's
`search` tool (pages corpus) and normalised: curly quotes/apostrophes -> straight; bullet spacing collapsed;
blank lines dropped; paragraphs joined with a single "\n"; each excerpt cut at the last complete sentence or
list item before the stored excerpt ends. Source-specific repairs are noted per passage. No policy word changed."""

DOCS = {}

def doc(key, citation, text):
    DOCS[key] = citation
    return text

MORRIS = doc("MORRIS", "Morris County (New Jersey) Prosecutor's Office web page 'Immigrant Trust' (county summary of "
 "NJ Attorney General Law Enforcement Directive 2018-6 as applied to its officers), "
 "https://www.morriscountynj.gov/Departments/Prosecutor/About-Us/Immigrant-Trust?lang_update=638543268314342330 "
 "(undated; cut after the third 'Cannot' bullet, the fourth being truncated in the stored copy)",
"Immigrant Trust\n"
"This Directive establishes important protections for New Jersey's Immigrant Communities.\n"
"The Immigrant Trust Directive is designed to strengthen trust between New Jersey's law enforcement officers and the state's diverse immigrant communities, thereby ensuring that victims and witnesses feel safe reporting crimes. The directive is intended to draw a clearer distinction between state, county, and municipal law enforcement officers, who are responsible for enforcing state criminal law and federal immigration authorities, (including Immigration and Customs Enforcement, otherwise known as ICE), who enforce federal civil immigration law.\n"
"Nothing in the directive limits the ability of Morris County Prosecutor's Officers to enforce state criminal law or suggests that New Jersey provides \"sanctuary\" to individuals who commit crimes.\n"
"New Jersey Attorney General Law Enforcement Directive No. 2018-6:\n"
"When a Morris County Prosecutor's Officer makes an arrest for a violent or serious offense (including any crime of the 1st or 2nd degree or any domestic violence indictable offense), the officer will inquire on the defendant's citizenship, nationality and immigration status during the booking process. If there is reasonable belief that the defendant may not be in the United States lawfully, the arresting agency shall notify the Immigration and Customs Enforcement and the Morris County Prosecutor's Office.\n"
"Morris County Prosecutor's Officers Cannot:\n"
"\u2022 Stop, question, arrest, search, or detain any individual based solely on actual or suspected immigration status;\n"
"\u2022 Ask the immigration status of any individual, unless doing so is necessary to the ongoing investigation of a serious offense and relevant to the offense under investigation;\n"
"\u2022 Participate in ICE's civil immigration enforcement operations;")

NJDOS = doc("NJDOS", "'Immigrant Trust Directive - NJ Law Enforcement Officer Resource Guide - Dos and Don'ts for New "
 "Jersey Law Enforcement Officers', The NJ Police Chief magazine vol. 31 no. 7 (New Jersey State Association of "
 "Chiefs of Police), p. 9, https://viewer.joomag.com/the-nj-police-chief-magazine-volume-31-number-7/0079066001742829272/p9 "
 "(2025; 'DO' list only, cut before footnote 1; viewer spacing repaired: \"Don' ts\" -> \"Don'ts\", \"Jersey' s\" -> "
 "\"Jersey's\", \"law enforcement' s\" -> \"law enforcement's\", \"detainee( using\" -> \"detainee (using\")",
"Immigrant Trust Directive\n"
"NJ Law Enforcement Officer Resource Guide\n"
"Dos and Don'ts for New Jersey Law Enforcement Officers\n"
"The Immigrant Trust Directive, first issued in 2018, helps protect public safety, which is law enforcement's core mission. The directive has, for over six years, allowed state and local officials to work with federal authorities to remove violent criminals from this country, while otherwise ensuring that individuals who are victims or witnesses to a crime can safely come forward to New Jersey law enforcement officials, regardless of their immigration status. It allows New Jersey law enforcement to properly focus on preventing violent crime. It is also settled law. Federal and local officials challenged it years ago, and their claims were thoroughly rejected, by judges across the ideological spectrum up through the Third Circuit. The Directive has been helping foster trust between immigrant residents and law enforcement in our state for years.\n"
"DO\n"
"Under the Immigrant Trust Directive, officers MUST:\n"
"\u25a0 Continue to enforce New Jersey's criminal law regardless of the immigration status of any target or defendant.\n"
"\u25a0 Comply with judicial warrants issued by federal or state judges.\n"
"\u25a0 Assist federal immigration authorities in response to exigent circumstances.\n"
"\u25a0 In response to an operational deconfliction check, provide federal immigration officials with relevant safety information when necessary to protect human life / officer safety.\n"
"\u25a0 Notify a detainee (using the forms provided by the AG) when federal civil immigration authorities request to:\n"
"\u25a0 Interview them;\n"
"\u25a0 Be notified when they are released; or\n"
"\u25a0 Continue detaining them past when they would otherwise be eligible for release.\n"
"\u25a0 Agencies are required to develop procedures to assist victims and witnesses applying for T-Visas and U-Visas, which provide special immigration status for those cooperating with law enforcement investigations.")

MADISON = doc("MADISON", "Madison (New Jersey) Police Department / Borough of Madison web page 'Immigration Trust', "
 "http://rosenet.org/1125/Immigration-Trust (undated; site account banner dropped; cut after the sentence on the "
 "Department Policy web-page)",
"The Immigrant Trust Directive is designed to strengthen trust between New Jersey's law enforcement officers and the state's diverse immigrant communities, thereby ensuring that victims and witnesses feel safe reporting crimes. The directive is intended to draw a clearer distinction between state, county, and municipal law enforcement officers, who are responsible for enforcing state criminal law and federal immigration authorities, (including Immigration and Customs Enforcement, or ICE), who enforce federal civil immigration law.\n"
"Nothing in the directive limits the ability of Madison Police Officers to enforce state criminal law or suggests that New Jersey provides \"sanctuary\" to individuals who commit crimes.\n"
"When a Madison Police Officer makes an arrest for a violent or serious offense (including any crime of the 1st or 2nd degree or any domestic violence indictable offense), the officer will inquire on the defendants citizenship, nationality and immigration status during the booking process. If there is reasonable belief that the defendant may not be in the United States lawfully, the arresting agency shall notify the Immigration and Customs Enforcement and the Morris County Prosecutors Office.\n"
"Any person that feels that a violation has occurred regarding these directives or policies may file a complaint through the Madison Police Department Internal Affairs Unit. Anonymous complaints will also be thoroughly investigated. For more information, visit: Internal Affairs\n"
"To Learn more, visit: www.NJ.gov/trust\n"
"The Policy & Procedure of the Madison Police Department regarding Immigration trust can be viewed on the Department Policy web-page.")

SCCREPORT = doc("SCCREPORT", "County of Santa Clara (California) Board of Supervisors legislative file 66920, report of the "
 "Office of the County Counsel on the public-safety impacts of Board Policy No. 3.54 (the Civil Detainer Policy), "
 "http://sccgov.iqm2.com/Citizens/Detail_LegiFile.aspx?ID=66920 (2013; from the file summary to the end of the "
 "sentence quoting the Policy's conditions; the next sentence is truncated in the stored copy)",
"Accept report from the Office of the County Counsel on behalf of County public safety and justice officials relating to public safety and other impacts of Board Policy No. 3.54 (the Civil Detainer Policy). (Referral from November 7, 2012 Public Safety and Justice Committee meeting, Item No. 10.)\n"
"FISCAL IMPLICATIONS\n"
"There are no fiscal implications associated with accepting this report.\n"
"REASONS FOR RECOMMENDATION\n"
"The Public Safety and Justice Committee requested that County Counsel convene a group of County public safety and justice officials to review the Civil Detainer Policy and assess the public safety and other impacts of the Policy on the County since its adoption on October 18, 2011. The group met several times over the past few months to discuss the impacts of the Policy and the report and recommendation submitted by the Office of the District Attorney on November 7, 2012. The members of the group provided data, if available, that they had collected on the impact of the Civil Detainer Policy. The group also solicited input from interested community groups, and held a public meeting with these community groups on January 31, 2013.\n"
"The Civil Detainer Policy provides that the County will honor ICE detainer requests only if the County has a prior written agreement with ICE \"by which all costs incurred by the County in complying with the ICE detainer shall be reimbursed,\" and the individual subject to the detainer \"is convicted of a serious or violent felony offense for which he or she is currently in custody,\" or \"has been convicted of a serious or violent felony within 10 years of the request, or was released after having served a sentence for a serious or violent felony within 5 years of the request, whichever is later.\"")

SCCNEWS = doc("SCCNEWS", "County of Santa Clara (California) news release 'Board Votes to Uphold its Policies on Civil "
 "Detainers, Notification' (Board of Supervisors vote of June 4, [2019]), "
 "https://news.sccgov.org/news-release/board-votes-uphold-its-policies-civil-detainers-notification "
 "('Skip to main content' dropped; cut before the last, truncated sentence)",
"Board Votes to Uphold its Policies on Civil Detainers, Notification\n"
"Action Updates Ordinance Language but Makes No Significant Changes\n"
"Affirming Santa Clara County's duty to protect the due process rights of all residents regardless of immigration status, the Board of Supervisors voted unanimously to keep intact its Civil Detainer and Notification policies regarding requests by the Immigration and Customs Enforcement Agency.\n"
"The vote, discussion and hours of public testimony that came on Tuesday, June 4, was a response to a call from Supervisor Dave Cortese in April for the County Counsel and Administration to examine the County's policies and return in 60 days with recommendations for improvements.\n"
"After a thorough examination of the current policies, practices in other counties, federal and state laws and ICE's history of racial profiling, and input from stakeholders, the recommendation from the County Counsel and the County Executive was that the Board should not establish a new notification policy and to continue to refuse to detain anyone beyond a release date unless presented with a judicial warrant.\n"
"\"We've been steadfast in our commitment to refuse cooperation with ICE's unlawful civil detainer requests and in notifying ICE of releases from custody,\" said Cortese. \"But that doesn't mean we shouldn't take a look at whether the language in our ordinance is still appropriate and that it is still in line with County policies. This exhaustive analysis by our County Counsel and administration gives us documentation that our policies do uphold due process rights and strive to keep our communities safe.\"\n"
"By law, the county and city laws enforcement are not allowed to keep a released inmate in custody if ICE does not have a judicial warrant for that person.")

VENTURA = doc("VENTURA", "Ventura County (California) Sheriff's Office web page 'Sheriff's Office and Immigration' "
 "(public resources: local law enforcement and immigration), "
 "https://test.venturasheriff.org/public-resources/local-law-enforcement-and-immigration/ (undated; whole page as stored)",
"Sheriff's Office and Immigration\n"
"As Sheriff, I feel it is important to share my perspective on local law enforcement's role in enforcing immigration laws. To be very clear, the Sheriff's Office does not involve itself with the enforcement of immigration laws. This practice is not going to change. A safe community needs an effective law enforcement agency. To be effective, we need the trust and cooperation between all residents and the deputies sworn to protect them. We do not want the fear of immigration status to inhibit members of our communities from interacting with their deputies.\n"
"Those who commit qualifying serious crimes and are eligible for ICE referrals should have their immigration status reviewed. This process has been in place for years and is compliant with the Values Act (SB 54) and the TRUTH Act.\n"
"We deeply appreciate and value the trust and confidence our communities place in the Sheriff's Office and look forward to your continued support.\n"
"The information on this page will be updated quarterly")

DURHAM = doc("DURHAM", "Durham County (North Carolina) Sheriff's Office statement 'Sheriff's statement regarding I.C.E. "
 "Activities', dated February 8, 2019 (posted 03/13/2019), https://www.dconc.gov/Home/Components/News/News/6052/31 "
 "(navigation hint, post date and press-contact block dropped; the original's spellings 'Enforcment' and "
 "'individuals presence' kept)",
"Sheriff's statement regarding I.C.E. Activities\n"
"February 8, 2019\n"
"Durham, NC - Sheriff Clarence Birkhead, the Durham County Sheriff stands by his decision to end the practice of honoring ICE detainers. Detainers are a request from Immigration and Customs Enforcment or ICE made of detention centers to hold suspected undocumented immigrants 48 hours beyond the time they would legally be allowed to be released after posting bond or serving a sentence.\n"
"ICE is notified of an individuals presence in a facility when they are entered into a database accessible by all law enforcement. Once an individual is processed into the detention center ICE has the opportunity to obtain appropriate court orders or warrants to take someone into custody. We will comply with these legal court orders.\n"
"In response to a statement made by immigration officials today Sheriff Birkhead offers the following statement \"It is unfortunate that ICE is now becoming more active in North Carolina, specifically in Durham. The recent actions of ICE agents are making persons, in our community, afraid of law enforcement. The decision I made to not honor ICE detainers was in part to help ALL of Durham's people feel safe and encourage our residents to feel like they can trust my deputies, and law enforcement in general. And, if ICE agents presented a warrant, which is based on probable cause, in my capacity as sheriff I would support such an action.\"")

BELLINGHAM = doc("BELLINGHAM", "City of Bellingham (Washington) news item 'New Bellingham ordinance keeps City focused on "
 "local needs, not immigration enforcement', February 14, 2017, by Mark Gardner, Legislative Analyst (questions and "
 "answers on the ordinance codified as BMC ch. 2.25), "
 "https://cob.org/news/2017/new-bellingham-ordinance-keeps-city-focused-on-local-needs-not-immigration-enforcement "
 "(teaser paragraph before the byline dropped; cut after the second answer)",
"New Bellingham ordinance keeps City focused on local needs, not immigration enforcement\n"
"February 14, 2017 - by Mark Gardner, Legislative Analyst\n"
"Last night the Bellingham City Council voted 7-0 on an ordinance reaffirming a commitment to keeping Bellingham a safe and welcoming city by focusing resources on local needs, not on enforcing federal immigration law. According to City Council President Michael Lilliquist, \"This is a good-government effort to ensure the City focuses on our local needs.\" Mayor Kelli Linville said, \"The ordinance reaffirms that the City will not consider immigration status in delivering City services.\" The following represents some answers to questions that have arisen regarding this ordinance.\n"
"Question: Does this ordinance result in the City obstructing federal immigration enforcement?\n"
"Answer: No. This ordinance is grounded in the principles of federalism and recognizes that immigration enforcement is a federal matter. Cities have prime responsibility for delivering local services and enforcing state and local criminal laws. While City staff will not assist in the enforcement of civil immigration law, Bellingham officers do not and will not obstruct federal agents from carrying out enforcement activities.\n"
"Question: Does this new ordinance result in the shielding of dangerous criminals?\n"
"Answer: No. It simply directs the City to avoid participation in federal civil immigration enforcement. Those who commit crimes, or who are wanted for crimes elsewhere, will be apprehended as usual regardless of their immigration status.")

WAFAQ = doc("WAFAQ", "Washington State Office of the Attorney General, 'Keep Washington Working Act FAQ - Law "
 "Enforcement' (guidance to local law enforcement agencies), "
 "https://atg.wa.gov/index.php/keep-washington-working-act-faq-law-enforcement (introduction only, cut before the "
 "list of questions)",
"The Washington State Legislature passed the Keep Washington Working Act (KWW), Laws of 2019 ch. 440, E2SB 5497, after holding four public hearings on the bill during the 2019 Legislative Session. The bill passed the Legislature with bipartisan support.\n"
"KWW made numerous changes to state law for the stated purpose of \"ensuring the state of Washington remains a place where the rights and dignity of all residents are maintained and protected in order to keep Washington working.\" Among those changes, KWW restricts the extent to which local law enforcement agencies (LEAs) may participate in the enforcement of federal immigration laws. Because KWW is now in effect, LEAs have an immediate obligation to comply with KWW's requirements.\n"
"KWW requires the Attorney General to publish model policies, guidance, and training recommendations based on these new limits by May 21, 2020. Consequently, the Attorney General's Office (AGO) is engaging with law enforcement stakeholders and analyzing KWW. In so doing, the AGO is receiving requests and inquiries from local law enforcement regarding certain aspects of KWW. These Frequently Asked Questions (FAQs) are intended to answer some common inquiries and to help assist local LEAs with implementing KWW.\n"
"Consistent with the requirements set forth in the law, KWW requires all Washington law enforcement agencies to (1) adopt policies consistent with those published here, or (2) notify the AGO that they are not adopting the necessary changes, state the reasons why they are not doing so, and provide the AGO with a copy of the agency's policies that ensure compliance with KWW. Please submit policies here.\n"
"You may view submitted policies pursuant to RCW 43.10.315 (2) and RCW 43.10.310 (2), here.\n"
"This document is not intended as legal advice. For more specific answers and clarification about how the provisions of KWW impact your agency, you are encouraged to consult the law itself and/or your respective legal counsel.")

ELGIN = doc("ELGIN", "City of Elgin (Illinois) Resolution No. 25-196 'Resolution Prohibiting the Use of City Property for "
 "Federal Civil Immigration Enforcement Activities' (2025), recitals, "
 "https://lf-portal.cityofelgin.net/WebLink/DocView.aspx?dbid=0&id=2528471&repo=Elgin-Public (viewer text "
 "'Loading... HomeMy WebLinkAbout 25-196 (2)' dropped; one recital per line; commas without a following space "
 "given one; the last recital ends where the stored copy ends and may continue in the original)",
"Resolution No. 25-196\n"
"RESOLUTION PROHIBITING THE USE OF CITY PROPERTY FOR FEDERAL CIVIL IMMIGRATION ENFORCEMENT ACTIVITIES\n"
"WHEREAS, the City of Elgin is committed to the principle that all people in Elgin can live with respect, safety, and dignity regardless of immigration or citizenship status, and to fostering a safe, inclusive, and welcoming community for all residents and visitors, regardless of immigration status; and\n"
"WHEREAS, the City of Elgin is home to a rich and diverse population whose residents- regardless of national origin or language-contribute to the City's economic strength, cultural vibrancy, and civic life; and\n"
"WHEREAS, immigrants and their families have helped build and sustain City of Elgin's economy, schools, and neighborhoods, making essential contributions to business, public service, and community life; and\n"
"WHEREAS, the City Council for the City of Elgin affirms that all people, regardless of immigration status, are entitled to dignity, due process, and equal protection under the United States Constitution; and\n"
"WHEREAS, reports and community accounts have documented aggressive Immigration and Customs Enforcement (ICE) actions in Illinois communities, including near schools and workplaces, creating fear and trauma among residents; and\n"
"WHEREAS, such federal agents have used publicly-owned parking lots, vacant lots, garages, and other facilities as staging sites for civil immigration enforcement operations; and\n"
"WHEREAS, the corporate authorities of the City of Elgin have taken notice of increasing threats to the City of Elgin's immigrant communities under the current federal administration; and\n"
"WHEREAS, the Illinois Trust Act (5 ILCS 805/1 et seq.) establishes limitations on state and local law enforcement cooperation with federal immigration enforcement to protect community trust and public safety; and\n"
"WHEREAS, the Trust Act limits the use of City resources for federal civil immigration enforcement purposes")

OAKPARK = doc("OAKPARK", "Village of Oak Park (Illinois) legislative file ORD 25-204 'An Ordinance Amending Article 13-7 "
 "(\"Welcoming Village\") of the Oak Park Village Code Regarding the Use of Village Property for Civil Immigration "
 "Enforcement Purposes', staff summary for the Village Board meeting of 11/4/2025, "
 "https://oak-park.legistar.com/LegislationDetail.aspx?GUID=3503D592-4880-49DB-A3BC-5F8CA1C6E047&ID=7720912 "
 "(Legistar field markers 'title', 'end', 'overview', 'body' dropped; cut after the sentence naming the Immigration "
 "Resources page)",
"Title\n"
"An Ordinance Amending Article 13-7 (\"Welcoming Village\") of the Oak Park Village Code Regarding the Use of Village Property for Civil Immigration Enforcement Purposes\n"
"Introduction\n"
"This is an ordinance amending Article 13-7 (\"Welcoming Village\") of the Oak Park Village Code regarding the use of Village property for civil immigration enforcement purposes.\n"
"Recommended Action\n"
"Adopt the ordinance.\n"
"Prior Board Action\n"
"At the October 21, 2025 Village Board meeting, during the discussion of item ID 25-624, the Board directed staff to create an ordinance prohibiting the commandeering of Village property for staging areas, processing locations, and operations bases for civil immigration enforcement purposes.\n"
"Background\n"
"On October 21, 2025, staff received direction from the Board of Trustees to draft an ordinance prohibiting staging areas, processing locations, and operations bases for civil immigration enforcement purposes on Village-owned property. Since this meeting, staff have drafted ordinance language, highlighted some operational impacts of adopting the ordinance, and have begun identifying and developing additional community education and engagement approaches.\n"
"In terms of engagement, the Village has issued multiple news releases that reinforce the Village's position as a Welcoming Village, including on October 9, 2025, September 26, 2025, September 19, 2025, and September 18, 2025. The content of the statements does vary, but each release references the Welcoming Ordinance, describes the role of Village law enforcement and other Village staff and confirms that the Village does not assist in matters related to federal civil immigration enforcement. These news releases also direct people to the Village's Immigration Resources page, www.oak-park.us/immigrationresources.")
