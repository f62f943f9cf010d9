# Verbatim base texts copied from stored copies (search tool, pages corpus). See ../SOURCE.md.
DENVER = """\u00a7 28-253. Civil immigration detainers and requests for voluntary notification.

(a) Purpose. The purpose of this section is to address requests for non-mandatory civil immigration detainers, voluntary notification for release of individuals from custody, transmission of personal information, and other civil immigration documents based solely on alleged violations of the civil provisions of federal immigration laws. Nothing in this section shall be construed to apply to the authority of city law enforcement officers to investigate or enforce any criminal law.

(b) Definitions.

(1) "Eligible for release from custody" means that the individual may be released from custody because one (1) of the following conditions has occurred:

a. All criminal charges against the individual have been dropped or dismissed.

b. The individual has been acquitted of all criminal charges filed against him or her.

c. The individual has served all the time required for his or her sentence.

d. The individual has posted a bond or has been released on his or her own recognizance.

e. The individual has been referred to pre-trial division services.

f. The individual is otherwise eligible for release under state or city law.

(2) "Civil immigration detainer" means a non-mandatory request issued by federal immigration enforcement authorities under Section 287.7 of Title 8 of the Code of Federal Regulations, to city law enforcement officers to maintain custody of an individual for a period not to exceed forty-eight (48) hours, including by way of example any such request appearing on an I-247A form or any similar form promulgated by federal immigration enforcement authorities."""

HENNEPIN = """September 21, 2017

City Hall, Room 331
350 South 5th Street
Minneapolis, MN 55415

Dear Mayor Hodges and Councilmembers,

A number of representatives from cities in Hennepin County have made inquiries about immigration issues and about proposed sanctuary city resolutions. I welcome the opportunity to address these issues and write to provide information about the Sheriff's Office operations and a county law enforcement perspective on the question of sanctuary cities.

Immigration is a federal issue, and immigration violations are civil in nature, not criminal. Accordingly local law enforcement officers in Minnesota do not enforce immigration laws only federal law enforcement officers are empowered to enforce immigration laws. The Sheriff's Office makes no determination of a person's immigration status during resident contacts, at the time of jail booking, or while an inmate is in custody.

And because immigration violations are civil and not criminal, the Sheriff's Office has no legal authority to detain an inmate once their criminal charges have been resolved by the Courts. This is why we cannot honor ICE detainer requests- the Courts have been very clear: to do so would violate an individual's 4th Amendment Rights. Accordingly, there is not one inmate in the Hennepin County Jail being held solely on immigration violations."""

MD1222_HEAD = """HOUSE BILL 1222

E4 5lr2365 CF 5lr3498

By: Delegates Williams, Acevero, Allen, Amprey, Bagnall, Boafo, Boyce, Charkoudian, Crutchfield, Cullison, Davis, Ebersole, Edelson, Embry, Fair, Feldmark, Foley, Forbes, Fraser-Hidalgo, Harris, Hill, Ivey, A. Johnson, D. Jones, Kaiser, Kaufman, Kerr, Lehman, R. Lewis, J. Long, Lopez, Martinez, McCaskill, Mireku-North, Moon, Palakovich Carr, Pasteur, Patterson, Pena-Melnyk, Phillips, Queen, Roberson, Ruff, Ruth, Shetty, Simpson, Smith, Solomon, Spiegel, Stein, Stewart, Taveras, Taylor, Terrasa, Valderrama, Vogel, Wells, White Holland, Wilkins, Wims, Wolek, Woods, Woorman, and Young

Introduced and read first time: February 7, 2025
Assigned to: Judiciary"""

MD1222_TAIL = """A BILL ENTITLED

AN ACT concerning

Public Safety - Immigration Enforcement
(Maryland Values Act)

FOR the purpose of requiring an employee or agent of a State or local correctional facility and a law enforcement agent to detain a certain individual and transfer the individual to federal immigration authorities under certain circumstances; prohibiting the State, a unit of local government, a county sheriff, or any agency, officer, employee, or agent of the State or a unit of local government from entering into a certain immigration enforcement agreement; requiring the termination of an existing immigration enforcement agreement on or before a certain date; and generally relating to immigration enforcement.

BY adding to
Article - Correctional Services
Section 9-309
Annotated Code of Maryland
(2017 Replacement Volume and 2024 Supplement)"""

MD1222_INTRO = MD1222_HEAD + "\n\n" + MD1222_TAIL
MD1222_AMENDED = (MD1222_HEAD + "\nCommittee Report: Favorable with amendments\nHouse action: Adopted\nRead second time: March 6, 2025\n\nCHAPTER ______\n\n" + MD1222_TAIL.replace("A BILL ENTITLED\n\n", "")
    .replace("agent to detain a certain individual", "agent to provide certain notice of the release of a certain individual"))

MD1188 = """HOUSE BILL 1188

E4, E2, E5 5lr3184

By: Delegates Miller, Buckel, Hornberger, Mangione, McComas, T. Morgan, Pippy, Rose, Tomlinson, Valentine, and Wivell

Introduced and read first time: February 6, 2025
Assigned to: Judiciary

A BILL ENTITLED

AN ACT concerning

Public Safety - Immigration Enforcement - Cooperation

FOR the purpose of requiring law enforcement agencies, law enforcement agents, and local detention facilities that take custody of an individual to run a certain search on the individual, make a certain notice to federal immigration authorities, and cooperate with federal immigration authorities in regards to certain individuals; prohibiting the State, a unit of local government, a county sheriff, or an agency of the State or a unit of local government from adopting, implementing, or enforcing certain policies; and generally relating to cooperation with federal immigration authorities.

BY repealing
Article - Criminal Procedure
Section 5-104
Annotated Code of Maryland
(2018 Replacement Volume and 2024 Supplement)

BY adding to
Article - Criminal Procedure
Section 5-104
Annotated Code of Maryland
(2018 Replacement Volume and 2024 Supplement)

SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND, That Section(s) 5-104 of Article - Criminal Procedure of the Annotated Code of Maryland be repealed.

SECTION 2. AND BE IT FURTHER ENACTED, That the Laws of Maryland read as follows:

Article - Criminal Procedure

5-104.

(A) (1) IN THIS SECTION THE FOLLOWING WORDS HAVE THE MEANINGS INDICATED.

(2) "LAW ENFORCEMENT AGENCY" HAS THE MEANING STATED IN \u00a7 3-201 OF THE PUBLIC SAFETY ARTICLE."""

ANNE_ARUNDEL = """County Executive Leopold Orders Detention Officials to House Illegal Immigrants with Detainers

Action complies with request from U.S. Immigration Enforcement

Annapolis (December 4, 2008)-County Executive John R. Leopold announced today that he has ordered the Department of Detention Facilities to hold illegal immigrants for up to 48 hours when U.S. Immigrations and Customs Enforcement (ICE) authorities have issued a "detainer" on an individual.

Before County Executive Leopold's action, the Police Department was holding subjects up to 12 hours in less-secure Police facilities. Under federal law, a detainer serves to "advise another law enforcement agency that the Department seeks custody of an alien presently in the custody of that agency."

County Executive Leopold is responding to a request from ICE officials.

"This Administration is committed to providing whatever assistance to federal law enforcement authorities a local government can provide," County Executive Leopold said. "Anne Arundel County Police have provided support in the past, and this is another opportunity to contribute to the greater safety of our communities.\""""

MULTNOMAH = """April 4, 2013

The Board of County Commissioners has unanimously approved a resolution supporting Multnomah County Sheriff Dan Staton's decision to stop complying with federal immigration holds for low-level offenders in county jails.

The board's action at its regular meeting April 4 supports the change in policy taking effect April 15.

People suspected of undocumented immigration and taken into custody by the county Sheriff's Office have been jailed for up to 48 hours on behalf of Immigration Customs and Enforcement (ICE), the investigative branch of the U.S. Department of Homeland Security. These 48-hour holds, called I-247 detainers, keep people in jail even after they have been cleared of their booking charges and are normally enforced no matter the allegation.

Chair Jeff Cogen expressed his concern at the board meeting over the impact of enforcing immigration detainers for ICE on Multnomah County and its residents.

"Oregon law makes it clear that local governments are not to be involved in immigration enforcement," Cogen said. "This is because for local governments to be successful in carrying out their mission of protecting public safety and providing health and human services, we need to have good, strong, trusting relationships with the community. And immigration law in particular, because of the threat of forcible deportation, is very likely to cause fear in communities.\""""

CHELAN = """Chelan County: We cooperate with ICE as law allows

Angry callers mistakenly believed the county was operating as a "sanctuary."

WENATCHEE - Chelan County officials say they've been "inundated" by angry calls after the county jail landed on a federal "non-cooperative jurisdictions" list for releasing a man possibly in the country illegally before immigration officials could pick him up.

Commissioners issued a statement Thursday saying they do cooperate with the feds.

"Chelan County has in the past and continues to honor (Immigration and Customs Enforcement) requests to notify their office in advance of the release of individuals deemed of interest to ICE," says the statement by county commissioners Kevin Overbay, Keith Goehner and Doug England.

The statement continues: "What Chelan County cannot and will not do is to illegally hold prisoners past their scheduled release date. To do so has been determined by federal courts to be illegal. Chelan County expects to continue this practice of cooperation with ICE in a manner that fully complies with federal law."

The Wenatchee World reported Monday that the Chelan County Regional Justice Center is one of 47 state and local jails branded "non-cooperative jurisdictions" on a new weekly list ordered by President Donald Trump.

The listed jurisdictions don't hold immigrants already jailed for local crimes beyond their local court-ordered release dates."""

RIOARRIBA = """An overview of policies around the state of New Mexico related to the treatment of immigrants and undocumented people

Please note that this resource is intended as an overview of policies around the state of New Mexico related to the treatment of immigrants and undocumented people. There may be other policies in place that are not reflected in this document, and this overview is not intended as an endorsement of any specific policy. Please be aware that there may be other groups and individuals already advocating for the improvement of these policies in your community.

Rio Arriba County (2010-082):

1. Resolution reaffirming the Counties commitment to civil rights and equal access to county services regardless of immigration status.

2. Opposes any legislation "encouraging or compelling" local law enforcement to enforce federal civil immigration laws.

3. Calls on Congress to develop comprehensive immigration reform that allows for the reunification of immigrant families and a path to citizenship for undocumented workers.

Rio Arriba County Detention Center (2015-024):

1. An update of the Adult Detention Center Policies that instructs personnel to disregard immigration detainers.

2. Mandates that inmates not be held beyond their release date even if there is an ICE hold.

3. Allows inmates to post bond even when there is an ICE hold.

4. Prohibits ICE officials from telephone or in person contact with inmates without a court order.

Farmington Police Department (101-12):

1. Reaffirms Department's commitment to unbiased policing.

2. Prohibits Department personnel from initiating, prolonging, or expanding the scope or duration of an investigatory or enforcement activity in order to determine a person's immigration status."""

BALTCO = """Law Enforcement Standards on Immigration Status, Diversity and Equity Executive Order

In 2017, County Executive Kevin Kamenetz issued an executive order on law enforcement standards on immigration status, diversity and equity, and in 2018 County Executive Don Mohler updated the order. County Executive Olszewski has affirmed that the executive order remains in effect countywide.

Executive Order

Whereas, Baltimore County residents fully support our country's rich heritage of welcoming immigrants from around the world who come to America seeking a better life in pursuit of the American Dream; and

Whereas, Baltimore County has welcomed an increasingly diverse population that parallels statewide demographics; and

Whereas, Baltimore County recognizes that public trust and confidence in local government and law enforcement policies are essential to a fair and orderly government; and

Whereas, the Baltimore County Police Department prides itself on the positive relationship that it has maintained with the County's resident population, including its immigrant community, and maintenance of positive relationships are key to keeping our neighborhoods safe; and

Whereas, as part of that relationship, all residents must feel safe and secure to cooperate with Baltimore County Police Officers to report crimes and offer assistance in resolving criminal activity;

Whereas, an administrative warrant, prior deportation order, or other document or representation alleging that an individual has committed a civil immigration violation does not provide a Baltimore County Police Officer with a basis to arrest, detain, or extend a stop or detention of an individual who is the subject of that order, document, or representation; and"""

CONTRA = """To: Board of Supervisors
From: Monica Nino, County Administrator
Report Title: 2025 TRUTH Act Community Forum

RECOMMENDATIONS:
HOLD a community forum regarding the provision of access of certain individuals to the federal Immigration and Customs Enforcement Agency, pursuant to Government Code section 7283.1(d):
a. RECEIVE opening staff report from the County Administrator's Office (Enid Mendoza, Senior Deputy County Administrator);
b. PRESENTATION from Immigrant Legal Resource Center (Miosotti Tenecora, Staff Attorney)
c. REPORT from the Sheriff-Coroner (Hon. David O. Livingston, Sheriff-Coroner); and
d. OPEN Public Comment

FISCAL IMPACT:
There is no fiscal impact.

BACKGROUND:
The purpose of this community forum is to comply with the Transparent Review of Unjust Transfers and Holds Act (Government Code section 7283.1(d)), commonly referred to as the "TRUTH Act", which requires the Board of Supervisors to hold at least one community forum annually, with at least 30 days' notice, if a "local law enforcement agency" operated by the Board provided the federal Immigration and Customs Enforcement (ICE) agency "access" to individuals for civil immigration enforcement purposes during the prior calendar year.

The County has held TRUTH Act community forums since 2018. On July 9, 2018, the Sheriff's Office informed ICE and the United States Marshals Service (the "Service") of the determination to terminate agreements with the Service related to the housing of ICE Agency detainees. The County has not entered into subsequent contracts and does not house ICE Agency detainees within the adult or juvenile detention facility systems."""
