# Real base texts, copied from stored copies of the pages named in SOURCES (see ../SOURCE.md).
# Handling: curly quotes/apostrophes straightened; link arrows (" »") dropped; bullets written as "- " lines;
# paragraphs separated by one blank line; each text cut at a clean boundary before the stored copy breaks off.

OR_TK_OLD = """We know that law enforcement seeks to protect all community members in Oregon so that individuals and families can live healthy, safe, and productive lives. As a sanctuary state since 1987, Oregon passed several statewide laws with overwhelming bipartisan support prohibiting state and local law enforcement and government from involvement in federal immigration enforcement (ORS 180.805, ORS 181A.820). The Oregon Sanctuary Promise Act, 2021's HB 3265, reasserts this commitment and protects the safety and security of all victims, witnesses and community members.

Our Sanctuary Promise Law Enforcement Toolkit provides you with:

- Law Enforcement Bulletin – A general overview of the new Sanctuary Promise law and law enforcement obligations and prohibitions under the new law.

- The New Law – A link to the full text of 2021's Enrolled House Bill 3265.

- FAQs – A list of Frequently Asked Questions to help guide your compliance with Oregon's sanctuary laws, whether you're agency leadership or out on patrol.

- Flowchart

- Notice to arrested and detained adults pursuant to HB 3265 – HB 3265 requires a law enforcement agency to provide notice to an individual on their arrest or commitment about their right to refuse to disclose nationality, citizenship, or immigration status information, and that disclosure may result in immigration enforcement consequences. Notice must be in writing and/or in the person's preferred language. We have provided this notice for you in written and audio files in X languages."""

OR_TK_NEW = """We know that law enforcement seeks to protect all community members in Oregon so that individuals and families can live healthy, safe, and productive lives. As a sanctuary state since 1987, the Oregon legislature passed several statewide laws, with overwhelming bipartisan support, prohibiting state and local law enforcement and government from involvement in federal immigration enforcement (ORS 180.805, ORS 180.810, ORS 181A.820 et seq).

Oregon DOJ's Sanctuary Promise Law Enforcement Toolkit provides you with:

- Law Enforcement Bulletin – A general review of Oregon's sanctuary laws and law enforcement obligations and prohibitions under the laws.

- The Updated Law, 2021's HB 3265 – A link to the full text of 2021's Enrolled House Bill 3265, also known as Oregon's Sanctuary Promise Act.

- Training Memorandum regarding State Law Restrictions on Immigration Enforcement – Oregon Association Chiefs of Police and Oregon State Sheriffs' Association published this memo in January 2025.

- FAQs coming soon! – A list of Frequently Asked Questions to help guide your compliance with Oregon's sanctuary laws, whether you're agency leadership or out on patrol.

- Easy to Read Overview for LE – A quick access overview of prohibitions related to immigration enforcement under Oregon's laws.

- Notice to Arrested and Detained Adults Pursuant to ORS 181A.823 – ORS 181A.823(3) requires a law enforcement agency to provide notice to an individual on their commitment or detainment about their right to refuse to disclose their nationality, citizenship, or immigration status information, and that disclosure may result in civil or criminal immigration enforcement consequences. By statute, notice must be in writing and in the person's preferred language. We have provided this sample notice to help you comply with the law."""

OR_ABOUT_OLD = """Oregon Is a Sanctuary State

As a sanctuary state since 1987, Oregon stands for the safety, dignity and human rights of all Oregonians. Oregon was the first state in the nation to pass a statewide law stopping state and local police and government from helping federal authorities with immigration enforcement. In the ensuing decades, the law was updated several times.

To strengthen existing sanctuary laws, the Sanctuary Promise Act (HB 3265) was passed in 2021. The Act increases safety and protection measures for immigrant communities through increased support, as well as transparency and accountability regarding government interactions with federal immigration authorities.

It is against Oregon law for state and local law enforcement or public agencies (state and local government offices) in the state of Oregon to participate directly or indirectly in immigration enforcement without a judicial warrant. Federal immigration authorities are prohibited from operating private detention centers or accessing non-public spaces in jails. State and local police are prohibited from acting on non-judicial warrants (see our Glossary). The Sanctuary Promise Act requires all requests made by federal agencies to state and local law enforcement and government agencies regarding immigration enforcement to be documented, reported, and denied. There may be exceptions to each of these.

The Sanctuary Promise team at the Oregon Department of Justice's Civil Rights Unit provides support to impacted community members and elevates violations reported on the Sanctuary Promise Hotline (1-844-924-STAY / 1-844-6-AMPARO) and Online Portal (SanctuaryPromise.Oregon.gov or PromesaSantuario.Oregon.gov) for investigation by Oregon Department of Justice."""

OR_ABOUT_NEW = """Oregon Is a Sanctuary State

As a sanctuary state since 1987, Oregon stands for the safety, dignity and human rights of all Oregonians. Oregon was the first state in the nation to pass a statewide law stopping state and local police and government from helping federal authorities with immigration enforcement. In the ensuing decades, the law was updated several times.

To strengthen existing sanctuary laws, the Sanctuary Promise Act (HB 3265) was passed in 2021. The Act increases safety and protection measures for immigrant communities through increased support, as well as transparency and accountability regarding government interactions with federal immigration authorities.

It is against Oregon law for state and local law enforcement or public agencies (state and local government offices) in the state of Oregon to participate directly or indirectly in immigration enforcement without a judicial warrant. State/local officials may not grant federal immigration authorities access to non-public spaces without a judicial warrant. State law prohibits private entities from operating immigration detention centers. State and local police are prohibited from acting on non-judicial warrants (see our Glossary). The Sanctuary Promise Act requires all requests made by federal agencies to state and local law enforcement and government agencies regarding immigration enforcement without a judicial order to be documented, reported, and denied. There may be exceptions to each of these.

The Sanctuary Promise team at the Oregon Department of Justice's Civil Rights Unit provides support to impacted community members and elevates violations reported on the Sanctuary Promise Hotline (1-844-924-STAY / 1-844-6-AMPARO) and Online Portal (SanctuaryPromise.Oregon.gov or PromesaSantuario.Oregon.gov) for investigation by Oregon Department of Justice."""

WA_FORM_OLD = """The Washington State Legislature passed the Keep Washington Working Act (KWW), Laws of 2019 ch. 440, E2SB 5497 during the 2019 Legislative Session.

KWW made numerous changes to state law for the stated purpose of "ensuring the state of Washington remains a place where the rights and dignity of all residents are maintained and protected in order to keep Washington working."

KWW required that the Attorney General publish model policies, guidance, and training recommendations based on these new limits, and those were published on May 21, 2020 here: https://www.atg.wa.gov/publications.

In addition, RCWs 43.10.310 and .315 require that all state and local law enforcement agencies; public schools; health facilities operated by the state or political subdivision of the state; shelters and courthouses must either: (1) Adopt policies consistent with the AGO's guidance; or (2) Notify the Attorney General that the agency is not adopting the AGO's guidance and model policies, state the reasons that the agency is not adopting the model policies and guidance, and provide the attorney general with a copy of the agency's policies to ensure compliance with chapter 440, Laws of 2019.

Pursuant to that direction, this web form is to help streamline those policy submissions. In the interest of transparency, the AGO will post all final policies that were submitted as part of RCW 43.10.315 (2) and RCW 43.10.310 (2). Should you have questions, please reach out to KWW@atg.wa.gov."""

WA_KWW_NEW = """Keep Washington Working (KWW)

In 2019, the Washington State Legislature passed the Keep Washington Working Act (KWW) with bipartisan support. KWW made numerous changes to state law for the stated purpose of "ensuring the state of Washington remains a place where the rights and dignity of all residents are maintained and protected in order to keep Washington working."

KWW required the Attorney General to publish model policies, guidance, and training recommendations based on these new limits by May 21, 2020. Below are the submission requirements and model policies as mandated by the state legislature. Should you have questions, please reach out to KWW@atg.wa.gov.

KWW Submission Requirements

KWW requires all Washington public schools, courthouses, publicly operated Washington health facilities, & Washington law enforcement agencies to (1) adopt policies consistent with those published by the AGO, or (2) notify the AGO that they are not adopting the necessary changes, state the reasons why they are not doing so, and provide the AGO with a copy of the agency's policies that ensure compliance with KWW. Please submit policies here. You may view submitted policies on this page."""

NJ_DIR = """ATTORNEY GENERAL LAW ENFORCEMENT DIRECTIVE NO. 2018-6

TO: All Law Enforcement Chief Executives
FROM: Gurbir S. Grewal, Attorney General
DATE: November 29, 2018
SUBJECT: Directive Strengthening Trust Between Law Enforcement and Immigrant Communities

In recent years, the federal government has increasingly relied on state and local law enforcement agencies to enforce federal civil immigration law. This trend presents significant challenges to New Jersey's law enforcement officers, who have worked hard to build trust with our state's large and diverse immigrant communities.

It is well-established, for example, that individuals are less likely to report a crime if they fear that the responding officer will turn them over to immigration authorities. This fear makes it more difficult for officers to solve crimes and bring suspects to justice, putting all New Jerseyans at risk. It is therefore crucial that the State of New Jersey makes very clear to our immigrant communities something that may seem obvious to those of us in law enforcement: there is a difference between state, county, and local law enforcement officers, who are responsible for enforcing state criminal law, and federal immigration authorities, who enforce federal civil immigration law.

Put simply, New Jersey's law enforcement officers protect the public by investigating state criminal offenses and enforcing state criminal laws. They are not responsible for enforcing civil immigration violations except in narrowly defined circumstances. Such responsibilities instead fall to the federal government and those operating under its authority."""

NJ_LAKEWOOD = """Attorney General Directive 2018-6, known as the "Immigrant Trust Directive," is designed to strengthen trust between New Jersey's law enforcement officers and the state's diverse immigrant communities, thereby ensuring that victims and witnesses feel safe reporting crimes.

The Directive is intended to draw a clearer distinction between state, county, and local law enforcement officers, who are responsible for enforcing state criminal law, and federal immigration authorities, (including Immigration and Customs Enforcement, or ICE), who enforce federal civil immigration law. The Directive limits the types of voluntary assistance that New Jersey's 36,000 law enforcement officers may provide to federal immigration authorities and applies to state and local police officers, correctional officers working in state prisons and county jails, and state and county prosecutors.

The Directive goes into effect in March 2019. Under the new rules, except in limited circumstance:

New Jersey's police officers:

- Cannot stop, question, arrest, search, or detain any individual based solely on actual or suspected immigration status.

- Cannot ask the immigration status of any individual, unless doing so is necessary to the ongoing investigation of a serious offense and relevant to the offense under investigation.

- Cannot participate in ICE's civil immigration enforcement operations.

- Cannot provide ICE with access to state or local law enforcement resources, including equipment, office space, databases, or property.

New Jersey's correctional officers:

- Cannot allow ICE to interview individuals detained on criminal charges, unless the detainee is advised of his or her right to a lawyer and signs a written consent form."""

NY_AG = """Guidance concerning local authorities' participation in immigration enforcement and model provisions

Purpose

The purpose of this guidance is two-fold: (1) to describe the legal landscape governing the participation of local authorities in immigration enforcement; and (2) to assist local authorities in New York State by offering model language that can be used to enact local laws or policies that limit participation in immigration enforcement activities. The Office of the New York State Attorney General believes that effective implementation of the policies set forth in this guidance fosters a relationship of trust between law enforcement and immigrant communities; promotes public safety for all New Yorkers; and best directs state and local resources.

As explained in detail in Part II of this guidance, as a general rule, it is not a crime for an undocumented individual to remain present in the United States. In addition, undocumented individuals—like all other New Yorkers—are afforded certain rights by the New York State and United States Constitutions, as well as by federal, state, and local statutes, regulations, and policies. Local law enforcement agencies ("LEAs") must adhere to the requirements and prohibitions of the New York State and United States Constitutions and federal, state, and local law in serving the public, regardless of whether an individual is lawfully present in the U.S. or otherwise subject to immigration enforcement. For instance, under New York state law, LEAs are not ordinarily permitted to detain people at the request of federal civil immigration authorities alone without a judicial warrant. However, LEAs may notify federal immigration authorities of an individual's release date, without extending their detention, under narrow circumstances as described below in Part III, Principle 2."""

TX_PR = """Governor Greg Abbott today issued five Executive Orders directing state agencies to partner with the Trump Administration to assist in their border and homeland security operations to protect Americans.

"For the past four years, Texas has worked around-the-clock to defend our southern border while former President Joe Biden refused to protect our country from an invasion he allowed," said Governor Abbott. "Now, we have a Commander-in-Chief in the White House who will do what is necessary to protect Americans. Today, I issued five Executive Orders directing Texas state agencies to partner with the Trump Administration to enforce the rule of law and help secure the homeland. Just like President Donald Trump and his Administration, Texas will do what is necessary to keep our country safe."

Governor Abbott today issued five Executive Orders to partner with the Trump Administration:

- Directing state agencies to assist federal immigration officers to investigate, arrest, detain, and deport illegal immigrants in Texas.

- Directing the Texas Military Department to assist the United States Northern Command in repelling the invasion, securing the southern border, and neutralizing foreign enemies infiltrating Texas.

- Directing state agencies to assist federal partners to deploy additional border barriers to improve operational security at the southern border.

- Directing state agencies to share intelligence on foreign terrorist organizations, like Mexican cartels and Tren de Aragua, with federal law enforcement personnel to support counter-terror operations.

- Directing the Texas Department of Criminal Justice and the Texas Facilities Commission to identify all Texas land and facilities for federal partners to lease and use for the detention and deportation of illegal immigrants."""

IL_AG = """Law Enforcement Guidance & Reporting on Compliance with the Illinois TRUST Act and VOICES Act

The Way Forward Act, which became law in Illinois in August 2021, amended two existing state laws to add additional requirements and protections for immigrant communities: the Illinois TRUST Act and the Voices of Immigrant Communities Empowering Survivors ("VOICES") Act. The TRUST Act generally prohibits local law enforcement in Illinois from participating in immigration enforcement. The VOICES Act provides procedural protections for immigrants victimized by violent crime or human trafficking who have assisted law enforcement in investigating or prosecuting certain types of crimes.

The Attorney General's office has issued updated guidance to law enforcement agencies to provide an overview of Illinois laws that govern law enforcement interactions with immigrant communities, including the TRUST Act and the VOICES Act. The guidance clarifies the restrictions on participation in immigration enforcement by state and local law enforcement in Illinois and reminds law enforcement of certain legal obligations to assist foreign nationals and immigrant victims of crimes.

Under the amended laws, state, county and local law enforcement agencies in Illinois must also submit annual reports to the Attorney General's Office regarding their compliance with the TRUST Act and the VOICES Act."""

NJ_2007 = """Re: Attorney General Directive Concerning Immigration and State and Local Law Enforcement-Update

As part of its ongoing effort to gather information, the League Task Force on Immigration requests that you and your police department provide us with feedback concerning your experiences with the directive issued in August, 2007 by Attorney General Anne Milgram regarding the relationship between state and local law enforcement and federal immigration authorities.

The directive requires local police to inquire about immigration status after arresting an individual on certain criminal charges, and to notify Immigration Customs Enforcement ("ICE"), the prosecuting agency, and the court if there is a reason to believe that the arrestee may be an undocumented immigrant. The Attorney General listed specific indictable offenses and driving while intoxicated as charges to which this procedure applies. The directive also declares that no law enforcement officer shall inquire about or investigate the immigration status of any victim, witness or person requesting assistance from the police.

Guidelines are also set for municipalities that apply to U.S immigration authorities for "Section 287(g) authority". Section 287(g) permits the federal government to enter into agreements with municipalities to deputize local officers on the street to enforce federal immigration laws. The directive indicates that Section 287(g) officers can only invoke their federal immigration authority after placing an undocumented immigrant under arrest for an indictable offense or for driving while intoxicated."""

OR_CJC = """Sanctuary Promise Violation

HB 3265 (2021) states that if a public body receives a communication or request from a federal agency that relates to immigration enforcement, other than a qualifying judicial subpoena, the public body shall decline the request and document the communication or request. The public body shall then report on that request to the Oregon Criminal Justice Commission.

Frequently Asked Questions (FAQs)

How often does my agency need to report to CJC?
At least monthly if your agency receives a communication or request from a federal agency.

Do I need to report to the agency monthly if my agency received no requests?
No, your agency only needs to report to the CJC if a federal agency requests information or cooperation from your agency that fulfillment of would violation HB 3265.

Which agencies qualify as public bodies?
Public body has the meaning given in ORS 174.109. State government bodies, local government bodies, law enforcement agencies, public jails and correctional facilities, and other special government bodies all qualify as public bodies.

Which federal agencies qualify as a federal immigration authority?
The United States Department of Homeland Security ("DHS"), the United States Immigration and Customs Enforcement ("ICE"), the United States Citizenship and Immigration Services ("USCIS"), the United States Customs and Border Protection ("CBP"), any successor agency, any other federal immigration agency or official, or any other entity to which a federal immigration agency delegates or assigns the authority to detect, investigate or enforce violations of immigration law."""

OR_NEWS = """State sanctuary laws, codified in ORS 180.805, 180.810 and 181A.820 to 829, bar Oregon public bodies and law enforcement agencies from inquiring about immigration status or aiding in federal immigration enforcement efforts. Provisions are summarized this way on the state Department of Justice website:

* You do not have to share and you should not be asked about your country of birth, immigration, or citizenship status by state or local law enforcement or government agencies. There are exceptions.

* You may not be investigated or interrogated by state or local law enforcement for immigration enforcement purposes.

* Your country of birth, immigration or citizenship status information should not be stored or shared by state or local government agencies or law enforcement. There are exceptions.

* Your information should not be shared by state or local law enforcement to assist in detaining you or any individual for immigration purposes.

* All requests from federal agencies to state or local government agencies or law enforcement about immigration enforcement without a judicial order should be documented, reported and denied by the local agency receiving the request.

* You cannot be arrested from a court facility, or while you are traveling to or from court, with any immigration warrant except a judicial warrant or order signed by a judge.

* State or local law enforcement or public agencies must refuse and reject collaboration with federal authorities for immigration enforcement purposes, including setting up traffic stops or traffic perimeters to enforce federal immigration laws/orders.

* You can access certain government services without being asked about your immigration status.

* You can take legal action against violators of Oregon's sanctuary laws."""
