# Verbatim passages (whitespace normalised, paragraphs separated by blank lines) from stored public copies.
FRAM = """Policy Statement

Enforcing federal immigration law is not a mission of the Framingham Police. Accordingly, it is not appropriate for a member of the Department to inquire about, or investigate a non-citizen's immigration or travel status if the sole purpose is to determine an individuals's immigration status or whether the person is in the country lawfully, or to facilitate a person's detention or deportation by the U.S. Immigration & Customs Enforcement (ICE).

A member of the Department may investigate a person's immigration or travel status if the inquiry or investigation is part of, and reasonably likely to facilitate, the investigation of state criminal law, state motor vehicle law, federal criminal law (excluding federal immigration law), or conduct that is independent of immigration status that poses a threat to public safety or order.

A person may file a police report, participate in police-community activities, or otherwise benefit from the police services without regard to his/her immigration status.

Seizure: To take possession of under compulsion of legal authority; to confiscate.

Documents: An article/credential that is, or purports to be issued by a government entity, that is relied upon to record or prove something. Examples include a driver's license from any state or country, ICE issued identity/status cards, documents issued by the Massachusetts RMV, or other official governmental motor vehicle organizations, and passports issued by the U.S. or any other sovereign nation.

1. Policy Description

The enforcement of the nation's immigration laws is a primary responsibility of the federal government. Accordingly, the Framingham Police Department shall not undertake immigration-related investigations and shall not routinely inquire into the immigration status of persons encountered during police operations with the exceptions listed below in Section A."""

EH = """I. PURPOSE

A. The purpose of this directive is to set forth the policies and procedures of the East Haven Police Department regarding the US Secure Communities Program and how the East Haven Police Department interfaces with federal immigration policy and procedure.

II. POLICY

A. The enforcement of the nations civil immigration laws is the responsibility of the federal government. Accordingly, the East Haven Police Department shall not undertake immigration-related investigations and shall not routinely inquire into the specific immigration status of any person(s) encountered during normal police operations.

B. This prohibition does not preclude the East Haven Police Department from cooperating and assisting with federal immigration officials from the Department of Homeland Security (DHS) Immigration and Customs Enforcement (ICE) Agency when formally requested as part of an on-going criminal investigation, or from notifying those federal officials in serious situations where a threat to public safety or national security is perceived, as set forth in this directive.

III. GENERAL GUIDELINES AND CONSIDERATIONS

The East Haven Police Department values the diversity of the community it serves. Many who live and work in and visit the Town have emigrated to this community from other countries and some may not be citizens or legal residents of the United States. The Town and the East Haven Police Department are committed to promoting safety and providing proactive community policing services to everyone in our community."""

BRK = """The Board of Selectmen of the Town of Brookline, in consultation with the Police Chief and pursuant to authority granted under Massachusetts General Laws, c. 41, 97, hereby adopts the following policies relative to the Brookline Police Department and the enforcement of federal immigration laws.

I. Special Order #2012-6.

Brookline Police Department Special Order #2012-6, to the extent that it is still in effect, is hereby rescinded, effective immediately.

II. Use of Town Resources for Immigration Enforcement.

No Brookline Police Officer or other Brookline Police Department personnel shall be authorized to perform any federal immigration law enforcement functions, including those specified in section 287(a) of the Immigration and Naturalization Act (INA); the Department and the Town of Brookline shall not enter into any memorandum of understanding or other agreement, written or oral, under section 287(g) of the INA, with the U.S. Attorney General, Immigration and Customs Enforcement, or any other federal agency for the performance by local law enforcement or other personnel of federal immigration law enforcement functions, including those specified in section 287(a) of the INA.

III. General Orders. The following policies shall be embodied in the General Orders of the Brookline Police Department, effective immediately:

1. All persons arrested shall be informed that if they are a foreign national they have the right to request the Department to contact their consulate. No person arrested shall be asked their immigration status unless the question pertains to a criminal investigation and the person has been read their Miranda rights."""

MONT = """Monterey County Sheriff's Office General Order No: 14-01

SUBJECT: DETENTION OF UNDOCUMENTED PERSONS. EFFECTIVE: 01/31/2014

I. PURPOSE: To provide deputies with guidelines on their duties and responsibilities associated with immigration law, enforcement, arrests, and detentions.

II. POLICY: The Monterey County Sheriff's Office will equally enforce laws and serve the public without consideration of immigration status. Except as specifically outlined in this General Order, the immigration status of a person, and the lack of immigration documentation, shall have no bearing on the manner in which staff execute their duties.

Under no circumstances shall a person be contacted, detained, or arrested by agency members based solely on his/her immigration status whether known or unknown.

III. DEFINITIONS:

A. IMMIGRATION ENFORCEMENT JURISDICTION: The U.S. Department of Homeland Security's Immigration and Customs Enforcement Agency (ICE) has primary responsibility to investigate and enforce federal immigration laws. Monterey County Sheriff's personnel may assist ICE in the enforcement of federal immigration laws upon its specific request and in those situations where ICE initiated investigations have led to the discovery of criminal violations of California law. Assistance to ICE will also be provided in response to officer safety issues or emergency requests for immediate assistance."""

CHEL = """CHELSEA POLICE DEPARTMENT Department Manual: Policy No. 1.33

Subject: The Specific Role and Impact of the CPD in the Enforcement of Federal Civil Immigration Law By the Department of Homeland Security (DHS-ICE-ERO) With the Secure Communities Program

Effective Date: August 1, 2017

I. PURPOSE AND SCOPE

The Chelsea Police Department recognizes and values the diversity of the community it serves. Many of its residents have emigrated to this community from other countries and some may not be citizens or legal residents of the United States. The City and the Chelsea Police Department are committed to promoting safety and providing proactive community policing services to all who live, work or visit our community.

In furtherance of the adherence to the department's community policing philosophy, all community members and general stakeholders should know that they are encouraged to seek and obtain police assistance and protection regardless of their specific immigration and/or documentation status without fear of status checks.

The Chelsea Police Department relies upon the cooperation of all persons located in the city of Chelsea including citizens, legal residents as well as those without a specific documentation status, to achieve our important goals of protecting life and property, investigating and preventing crime as well as resolving recurring neighborhood issues. Assistance from the many various immigrant populations is especially important when an immigrant, whether documented or not, is the victim or witness to a serious crime including the intimate partner issue of domestic violence."""
