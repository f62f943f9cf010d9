# Base texts, verbatim from stored copies (search corpus "pages"); see ../SOURCE.md.
NORTH = """[Adopted 12-5-2019 by Ord. No. 19.153]

As used in this article, the following terms shall have the meanings indicated:

ELIGIBLE FOR RELEASE FROM CUSTODY
There is no judicial warrant, judicial order or law that prevents an individual from being released from custody of the City.

IMMIGRATION DETAINERS or ICE DETAINERS
Requests made by federal immigration officials, including but not limited to those authorized under Section 287 .7 of Title 8 of the Code of Federal Regulations to local law enforcement or courts to voluntarily maintain custody of an individual once that individual is released from local custody, and/or to notify a federal agency before the pending release of an individual.

IMMIGRATION ENFORCEMENT
Refers to the federal agency Immigration and Customs Enforcement (ICE), and any other federal agency charged with the enforcement of immigration laws.

A. It is the policy of the City of Northampton that unless required by state or federal law, the City shall not take any action for the sole purpose of facilitating federal immigration enforcement, including providing nonmandatory information to any state or federal agency.

B. Furthermore, City resources shall not be used:

(1) To determine the immigration status of a person unless such inquiry is required by state or federal law or to provide a public benefit.

(2) To take action on the basis of actual or perceived immigration status, unless to provide a public benefit.

(3) To neither detain nor delay the release of an individual otherwise eligible for release from custody on the basis of an immigration detainer."""

MIDDLESEX = """MIDDLESEX COUNTY POLICY REGARDING INTERACTION WITH HOMELAND SECURITY'S IMMIGRATION AND CUSTOMS ENFORCEMENT ("ICE")

The County of Middlesex has and will continue to cooperate with all law enforcement agencies at the local, state and federal levels in order to ensure the safety of its residents. Notwithstanding, the Board of Chosen Freeholders has determined that it is in the best interest of Middlesex County to adopt a clear policy regarding immigration matters and the interaction between agents, officers, or other representatives of Homeland Security's Immigration and Customs Enforcement ("ICE") and the Middlesex County Adult Correction Center and Sheriff's Department.

I. Adult Correction Center

A. It has recently been ruled by the United States Court of Appeals for the Third Circuit, which covers the State of New Jersey, that compliance with 48 hour civil detainers requests from ICE (currently Form I-247A) to local law enforcement authorities, prisons, and jails, is not mandatory but, rather, is voluntary. Therefore, it shall be the general policy of the County of Middlesex to decline 48 hour civil detainer requests from ICE (hereinafter referred to as "detainer requests") for any individual currently being held in the Adult Correction Center on any criminal charge or other violation except under the following two circumstances in which circumstances the County will honor the detainer requests;

1. When the subject of a detainer request has been previously convicted of a first or second degree serious offense (listed below as items a through e), or the equivalent offenses in any other jurisdiction outside of the State of New Jersey.

a. Offenses Involving Danger to the Person or Community

i. Criminal homicides, 2C:11-2

a. Murder, 2C:11-3

b. Manslaughter, 2C:11-4

c. Death by vehicular homicide, 2C:11-5

ii. Aggravated Assault, 2C:12-1"""

IPSWICH = """[Adopted 5-9-2017 ATM by Art. 25, approved 12-1-2017]

Definitions. For the purposes of this article the following definitions apply:

Civil immigration detainer request means a non-mandatory request issued by an authorized federal immigration officer under Section 287.7 of Title 8 of the Code of Federal Regulations to a local law enforcement official to maintain custody of an individual for a period not to exceed 48 hours, excluding Saturdays, Sundays, and holidays, and advise the authorized federal immigration officer prior to the release of that individual.

Convicted means having been proved guilty of a criminal act in a judicial proceeding, unless the conviction has been expunged or vacated pursuant to applicable law.

Eligible for release from custody means that the individual may be released from custody because any of the following conditions has occurred:

All criminal charges against the individual have been dropped or dismissed;

The individual has been acquitted of all criminal charges filed against him or her;

The individual has served all the time required for his or her sentence;

The individual has posted a bond, or has been released on his or her own recognizance;

The individual has been referred to pretrial diversion services;

The individual is otherwise eligible for release under state or local law."""

MALDEN = """Resolved: That it is the sense of the Malden City Council that no resources of the City of Malden should be used to assist with the Federal government's responsibility for civil (non-criminal) immigration enforcement in any manner not required by law, court order, or subpoena. This includes not assisting Immigration and Customs Enforcement, Customs and Border Protection, or other Federal agencies charged with this responsibility.

The City Council asks that all city staff and representatives comply with this intent to the best of their ability and within the limits of the law. This resolution is not intended to violate any Federal law, nor shall it be interpreted to do so.

We support the protections in the US Constitution for due process and condemn aggressive and inhumane tactics of ICE agents in Malden and other communities across the country. As a diverse and immigrant-rich community, we dedicate our resources to creating a safe, livable, and welcoming community for all."""
