# Real texts (verbatim from stored copies, search corpus 'pages'); see ../SOURCE.md
SNOHO = """Immigration FAQs

The Snohomish County Sheriff's Office is committed to enforcement of all Washington criminal laws, to protect and serve all residents of Snohomish County, and to ensure the continued participation of victims and witnesses regardless of their immigration status.

Why doesn't the Snohomish County Sheriff's Office enforce immigration laws?

Snohomish County Sheriff's deputies are general authority Washington peace officers and are empowered to enforce the criminal laws of the state of Washington and local jurisdictions generally. Federal laws related to immigration and removability are enforced by federal enforcement agencies, such as U.S. Immigration and Customs Enforcement (ICE).

Who has the authority to enforce immigration laws?

Immigration status and removability is primarily the jurisdiction of the U.S. Immigration and Customs Enforcement (ICE), but several other federal agencies also have enforcement authority, including U.S. Customs and Border Protection, U.S. Citizenship and Immigration Services, as well as the Departments of State, Justice, and Labor.

Do Sheriff's deputies check citizenship status when responding to a call?

No. "To encourage crime reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation. While it may be necessary to determine the identity of a victim or witness, members shall treat all individuals equally and without regard to race, color or national origin in any way that would violate the United States or Washington Constitutions." (Snohomish County Sheriff's Office Policy (PDF) 428 - Immigration Violations)"""

OLMSTED = """Recently, questions have been asked about the relationship between the Olmsted County Sheriff's Office and Immigration and Customs Enforcement. When we hear from community members, three questions are frequently asked. Here are the questions and answers.

Is the Olmsted County Sheriff's Office honoring ICE detainers?

No. The courts have ruled local detention centers cannot hold persons for ICE for any additional time beyond which they would otherwise be released from custody. An ICE detainer is a request and not an order issued by a judge. Thus, the courts have directed local detention facilities to not honor ICE detainers. Following this decision - Orellana v. Nobles County 230 F.Supp.3d 934 (D.Minn 2017) - the sheriff's office immediately stopped honoring ICE detainers.

How does the sheriff's office communicate with ICE?

The sheriff's office follows the law in all interactions and communications with ICE. The U.S. Department of State has bilateral agreements with countries that require law enforcement officials to notify consulates if someone from their country is detained in the United States. Likewise, the U.S. has the same agreements with many countries should a U.S. citizen be detained in a foreign country. As required by law, the sheriff's office only provides the minimal amount of information to ICE.

The sheriff's office does not hold individuals for ICE. It does not actively work with ICE to deport individuals. Sheriff's office staff does, however, provide referrals and assistance to inmates prior to leaving custody."""

BOULDER = """- Colorado law bans Immigration and Customs Enforcement (ICE) from arresting people for civil immigration detainers inside courthouses or in the immediate surrounding areas that serve courthouses (including the adjacent sidewalks, driveways, entryways, and parking areas). (C.R.S § 13-1-403)

- Colorado law prohibits state agencies from requesting information from an individual as to their immigration status. Further, state agencies and the Probation Department are prohibited from providing any information obtained regarding an individual to ICE without a warrant, court order, or subpoena. (C.R.S. §§ 24-74-103, 24-74-104, and 24-76.6-103)

- The District Attorney's Office will not seek to obtain and will not provide any information obtained about the immigration status of a victim or witness to ICE and will not notify ICE if a defendant in a pending case is undocumented.

- The DA's Office is willing to move court dates for a defendant if there is a fear that immigration officials will use the time of the court date to attempt to locate an individual, even though arrest at the courthouse is prohibited by Colorado law. The DA's Office may consider immigration consequences as a factor in resolving criminal cases. (DA Policy - Immigration Consequences)

- Boulder County law enforcement agencies do not seek to obtain information about the immigration status of individuals contacted and will not share this information with ICE absent a court order.

- The Boulder County Jail does not proactively notify the federal government about immigration status of individuals that are in-custody. (BCSO Policy J1618)

- Information about all individuals in-custody at the Boulder County Jail is public information and may be obtained by federal immigration authorities.

- As established by the Boulder County Jail Incarceration Standards, the Boulder County Jail and Boulder County law enforcement must, and will, honor warrants signed by a judge or magistrate."""

SLCO = """ICE Dashboard FAQ

The Salt Lake County Jail interacts with Immigration and Customs Enforcement (ICE) by: 1) providing access to inmate information regarding citizenship status and country of origin; 2) accepting properly documented ICE detainer requests; and 3) releasing individuals subject to ICE detainer to federal custody once criminal charges are resolved.

Understanding the process

1. Arrest

A law enforcement agency makes an arrest for an alleged violation of criminal code and transports the individual to jail.

The arresting agency completes documentation about the arrest and the jail accepts the individual for booking.

Before accepting an arrestee, the jail may refer them to an outside medical provider.

2. Booking

During the booking process every individual is asked about citizenship status and country of origin.

These questions are in compliance with the Department of State Consulate Notification process.

Overcrowding release decisions are not affected by citizenship status or county of origin information.

All information collected during the booking process is documented in the jail's records management system which can be accessed by local, state, or federal law enforcement agencies.

This includes Immigration and Customs Enforcement (ICE), a federal law enforcement agency.

3. ICE Issues Detainer

Upon review of the jail's records management system, ICE may issue a detainer, requesting that the jail hold the individual for no more than 48 hours beyond when that individual would otherwise be eligible for release.

A detainer includes Form I-247 accompanied by an I-200 or I-205 warrant.

4. Release with ICE Detainer

Once all local, state, and federal criminal charges are satisfied, ICE has 48 hours (counting weekends and holidays) to take custody of an individual subject to detainer."""

FRED_A = """287(g) ICE-Homeland Security Partnership

In 2008, Sheriff Jenkins entered into a partnership with the Department of Homeland Security's Immigration and Customs office to begin the 287(g) Criminal Alien Program within the Sheriff's Office. This partnership entailed training office personnel from both the Detention Center and Law Enforcement Operations to become authorized to identify and begin deportation proceedings against illegal aliens committing crimes within Frederick County.

Sheriff's Office members (16 correctional officers & 10 law enforcement deputies) completed training in 2008, and the program officially started on April 11th, 2008.  The Task Force Model (law enforcement deputies) was discontinued in 2012. The partnership with the Department of Homeland Security's Immigration and Customs Enforcement continues as a seamless partnership.

Victim Notification Program

Access the Homeland Security Investigation's Victim Notification Program Resource for information pertaining to U.S. Immigration and Customs Enforcement (ICE). The program allows eligible victims and witnesses to obtain reliable and timely information regarding a criminal alien's release from custody."""
FRED_B = "287(G) PROGRAM\n\n" + FRED_A

MONTEZ = """When inmates with an immigration enforcement action pending are arrested, ICE will be notified of the arrest and court case number of the arrestee, Nowlin told The Journal.

The Montezuma County Detention Center and Sheriff's Office, however, will not hold inmates for ICE, even if the inmate's sentence expires before ICE can pick them up.

"We do not hold for ICE, same as a parole violation, we do not house federal prisoners," Nowlin said. "Only La Plata County has a contract for federal inmate housing. ICE knows that when the person wanted for immigration violations is released, it is up to them to make a contact if they want, after the person is released and out of our facility."

In addition, arrestees aren't asked about their immigration status at the time of arrest and booking into the detention center.

"We do not ask arrestees about immigration status as we cannot enforce immigration law," Nowlin said.

The Sheriff's Office also does not notify ICE whenever a foreign-born inmate is booked in the jail. ICE would only be notified if there is a wanted notice in the National Crime Information Database, which Nowlin added would be the same as any other federal, out of state or out of jurisdiction warrant or wanted notice."""
