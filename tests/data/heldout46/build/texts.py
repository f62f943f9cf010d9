# Real texts, verbatim from stored copies (normalisation described in SOURCE.md).
from s5457 import load as _load_s5457

WA300 = """RCW 2.28.300

Definitions—Immigration enforcement and civil arrests.

The definitions in this section apply throughout this section and RCW 2.28.310 through 2.28.330 unless the context clearly requires otherwise.

(1) "Civil arrest" means the arrest of a person for an alleged violation of civil law. It is not an arrest for an alleged violation of criminal law, or for contempt of the court in which the court proceeding is taking place or will be taking place.

(2) "Court facility" means any building or space occupied or used by a court of this state, and adjacent property, including but not limited to adjacent sidewalks, all parking areas, grassy areas, plazas, court-related offices, commercial and governmental spaces within court building property, and entrances and exits from said building or space.

(3) "Court order" means a directive issued by a judge or magistrate under the authority of Article III of the United States Constitution or Article IV of the state Constitution. A "court order" includes but is not limited to warrants and subpoenas.

(4) "Court security personnel" means law enforcement agencies and officers assigned to protect court facilities or to transport in-custody individuals to and from court proceedings and private agents contracted to provide security at court facilities.

(5) "Court staff" means any municipal, county, or state employees or contractors assigned to perform duties in court facilities, including but not limited to probation officers, court security personnel, court clerks, court administrators, interpreters, court facilitators, and bailiffs.

(6) "Federal immigration authority" means any officer, employee, or person otherwise paid by or acting as an agent of the United States department of homeland security including but not limited to its subagencies, immigration and customs enforcement, and customs and border protection, and any present or future divisions thereof, charged with immigration enforcement."""

WA310_HEAD = """RCW 2.28.310

Immigration and citizenship information—Federal immigration authorities.

"""
WA310_1 = """(1) Judges, court staff, court security personnel, prosecutors, and personnel of the prosecutor's office:

(a) Shall not inquire into or collect information about an individual's immigration or citizenship status, or place of birth, unless there is a connection between such information and an investigation into a violation of state or local criminal law; provided that a judge may make such inquiries as are necessary to adjudicate matters within their jurisdiction. The court may enter orders or conditions to maintain limited disclosure of any information regarding immigration status as it deems appropriate to protect the liberty interests of victims, the accused, civil litigants, witnesses, and those who have accompanied victims to a court facility; and

(b) Shall not otherwise provide nonpublicly available personal information about an individual, including individuals subject to community custody pursuant to RCW 9.94A.701 and 9.94A.702, to federal immigration authorities for the purpose of civil immigration enforcement, nor notify federal immigration authorities of the presence of individuals attending proceedings or accessing court services in court facilities, unless required by federal law or court order."""
WA310_2 = """

(2) RCW 2.28.300 through 2.28.330 do not limit or prohibit any state or local agency or officer from:

(a) Sending to, or receiving from, federal immigration authorities the citizenship or immigration status of a person, or maintaining such information, or exchanging the citizenship or immigration status of an individual with any other federal, state, or local government agency, in accordance with 8 U.S.C. Sec. 1373; or

(b) Complying with any other state or federal law."""
WA310 = WA310_HEAD + WA310_1 + WA310_2

CHELAN = """Chapter 1.228

COURTHOUSE SECURITY AND COURTS OPEN TO ALL ACT

1.228.010 Courthouse security and Courts Open to All Act.

It is the intent of Chelan County to implement the provisions of SHB 2567 codified in RCW 2.28.300 through 2.28.340, 3.02.070, and 35.20.290, the Courts Open to All Act, establishing a statewide policy restricting enforcement of federal civil arrests in and around Washington's court facilities to prevent impediments caused thereby to the fundamental mission of Washington's courts to ensure due process and access to justice for everyone.

(1) Judges, court staff, court security personnel, prosecutors, and personnel of the prosecutor's office:

(A) Shall not inquire into or collect information about an individual's immigration or citizenship status, or place of birth, unless there is a connection between such information and an investigation into a violation of state or local criminal law; provided, that a judge may make such inquiries as are necessary to adjudicate matters within their jurisdiction. The court may enter orders or conditions to maintain limited disclosure of any information regarding immigration status as it deems appropriate to protect the liberty interests of victims, the accused, civil litigants, witnesses, and those who have accompanied victims to a court facility; and

(B) Shall not otherwise provide nonpublicly available personal information about an individual, including individuals subject to community custody pursuant to RCW 9.94A.701 and 9.94A.702, to federal immigration authorities for the purpose of civil immigration enforcement, nor notify federal immigration authorities of the presence of individuals attending proceedings or accessing court services in court facilities, unless required by federal law or court order."""

WA320 = """RCW 2.28.320

Law enforcement actions in court facilities—Completion of information form—Notice to court staff.

(1) The governmental entity responsible for the security of a court facility, using the form described in subsection (2) of this section, shall collect the name of the law enforcement officer, agency, date, time, specific law enforcement purpose, and the proposed law enforcement action to be taken by all on-duty state and federal law enforcement officers, including plain-clothed officers, entering court facilities, unless such officer's purpose is to participate in a case or proceeding before the court. Completed forms must be immediately transmitted to the appropriate court staff. Information collected must not include personal identifying information concerning the individuals who were the target of the law enforcement action, and to the extent such individuals are identified, they must be identified by the initials of their first and last names. Completed forms must be transmitted to the administrative office of the courts on a monthly basis.

(2) The administrative office of the court [courts] shall develop a standard form to collect the information in subsection (1) of this section. The form must be developed no later than July 1, 2020. The administrative office of the courts shall publish a quarterly report of the information collected in subsection (1) of this section beginning October 1, 2020.

(3) Designated court staff must be notified without delay if a law enforcement agent covered by this section is present in the court facility with the intent of conducting a civil arrest."""

WA330 = """RCW 2.28.330

Privilege from civil arrest—Court facilities.

(1) No person is subject to civil arrest while going to, remaining at, or returning from, a court facility, except:

(a) Where such arrest is pursuant to a court order authorizing the arrest;

(b) When necessary to secure the immediate safety of judges, court staff, or the public; or

(c) Where circumstances otherwise permit warrantless arrest pursuant to RCW 10.31.100.

(2) For purposes of this section, "going to" and "returning from" includes the area within one mile of the court facility.

(3) Prior to any civil arrest in or on a court facility authorized by subsection (1)(a) of this section, a designated judicial officer shall review a court order authorizing any civil arrest to confirm compliance with subsection (1)(a) of this section.

(4) Nothing in this section narrows, or in any way lessens, any common law or other right or privilege of a person privileged from arrest pursuant to RCW 2.28.300 through 2.28.320 or otherwise."""

SB349 = """SB 349, Lara. Courthouses: Privilege from civil arrest.

An act to add Section 43.54 to the Civil Code, and to amend Section 177 of the Code of Civil Procedure, relating to courthouses.

Existing law prohibits specified conduct inside public buildings owned and occupied, or leased and occupied, by the state. Existing law provides that a judicial officer has the power to preserve and enforce order in judicial proceedings and to compel obedience to judicial orders, as specified.

This bill would clarify the power of judicial officers to prevent activities that threaten access to courthouses, including by protecting the privilege from arrest. The bill would provide that no person shall be subject to civil arrest in a courthouse while attending a court proceeding or having legal business in the courthouse, and that a violation of these provisions constitutes contempt of court. The bill would also authorize the Attorney General to bring a civil action to obtain equitable and declaratory relief for a violation of this section, and it would allow a party in a successful action to enforce liability for a violation of this section to recover court costs and reasonable attorneys fees.

By expanding the scope of an existing crime, this bill would impose a state-mandated local program.

The California Constitution requires the state to reimburse local agencies and school districts for certain costs mandated by the state. Statutory provisions establish procedures for making that reimbursement.

This bill would provide that no reimbursement is required by this act for a specified reason."""

SB31 = """SB 31, as introduced, Lara. Courthouses: Privilege from civil arrest.

An act to add Section 43.54 to the Civil Code, and to amend Section 177 of the Code of Civil Procedure, relating to courthouses.

Existing law prohibits specified conduct inside public buildings owned and occupied, or leased and occupied, by the state. Existing law provides that a judicial officer has the power to preserve and enforce order in judicial proceedings and to compel obedience to judicial orders, as specified.

This bill would clarify the power of judicial officers to prevent activities that threaten access to courthouses, including by protecting the privilege from arrest at a courthouse. The bill would provide that no person shall be subject to civil arrest in a courthouse while attending a court proceeding or having legal business in the courthouse. The bill would also authorize the Attorney General to bring a civil action to obtain equitable and declaratory relief for a violation of this section, and it would allow a party in a successful action to enforce liability for a violation of this section to recover court costs and reasonable attorney's fees."""

NJ0719 = """TO: Assignment Judges
Municipal Court Presiding Judges
Trial Court Administrators

FROM: Chief Justice Stuart Rabner

RE: Immigration-Related Policies: Revisions to Judiciary Forms; Updated Attorney General Guidance; Court Involvement with ICE Activities

DATE: May 23, 2019

Directive #07-19 [Supersedes Directive #11-07]

This directive modifies the Judiciary's policies on the collection of immigration-related data and the protocol for responding to Immigration and Customs Enforcement (ICE) activities at courthouses. These changes are consistent with the Attorney General's revised policy on assistance to ICE officials.

Revisions to Judiciary Forms; Collection of Immigration Information

Courts generally gather and retain needed information about litigants. In some instances, the Judiciary has requested and recorded information about an individual's immigration status. Effective today, the Judiciary will request and retain information about immigration status only when needed to fulfill a legitimate court purpose. Courts will no longer collect immigration-related data for demographic or other non-specific purposes. To that end, electronic and paper forms used by the Judiciary, including complaint forms (E-CDR and CDR2), will be revised to capture only information needed for court purposes. Administrative Directive #11-07, issued in response to the Attorney General's Law Enforcement Directive No. 2007-03, is accordingly superseded.

By way of example, the Judiciary will continue to receive information about immigration status to resolve criminal matters, make findings related to Special Immigrant Juvenile Status, and process child adoptions. More generally, immigration status may be pertinent to particular court proceedings or decisions. In such cases, attorneys - not judges - are responsible to raise relevant issues."""

CO104 = """24-74-104. Reduce personal identifying information collected by state agencies.

(1) Beginning January 1, 2022, a state agency employee shall not inquire into, or request information or documents to ascertain, a person's immigration status for the purpose of identifying if the person has complied with federal immigration laws, including civil immigration laws and 8 U.S.C. sec. 1325 or 1326, except as required by state or federal law or as necessary to perform state agency duties, or to verify a person's eligibility for a government funded program for housing or economic development if verification is a necessary condition of the government funding.

(2) Beginning January 1, 2022, a state agency shall not collect the following, except as required by state or federal law or as necessary to perform state agency duties, or to verify a person's eligibility for a government funded program for housing or economic development if verification is a necessary condition of the government funding:

(a) Place of birth;

(b) Immigration or citizenship status; or

(c) Information from passports, permanent resident cards, alien registration cards, or employment authorization documents.

(3) This section does not apply to a database or automated network collecting data or documents that was activated by a state agency on or before December 31, 2021."""

UCD = """Immigration questions answered: Review UC policies and patient resources

Last week, the Department of Homeland Security, Immigration and Customs Enforcement (ICE) rescinded a 2021 internal memo that directed ICE officers to generally avoid conducting enforcement activities at protected areas, including hospitals.

We do not yet know if this change in policy will result in increased enforcement activities at hospitals, but we do want to remind you that the laws that a hospital must follow have not changed. ICE still requires a warrant to enter private areas of a health care facility, such as interior areas or those marked "private," unless staff consent to the search.

However, public areas like lobbies, waiting areas, and parking lots do not require a warrant. As a reminder, personnel should do the following if an officer makes a request for access or information for immigration enforcement purposes:

- Advise the officer that before proceeding with their request, you must first notify and receive direction from the Site Administrator or Administrator on Duty/Call and legal counsel.

- Notify the Site Administrator or Administrator on Duty/Call and legal counsel.

- Advise the officer that the health facility is not obstructing the officer's process and direct them to speak to the Site Administrator or Administrator on Duty/Call if the officer raises objections or poses questions.

- Ask to see the officer's credentials (name and badge number). Also, ask for the officer's business card if they have one. Write down the officer's name, badge number, and contact information.

- Ask the officer to explain the purpose of their visit and note the response.

- Ask the officer if they have any documentation that authorizes health facility access, and if they do, ask the officer to produce such documentation. Make copies of all documents provided by the officer. Provide to legal counsel.

- The response will depend upon the type of documentation they provide."""

SEIU = """Sections 1 & 2

Purpose:
Policies for managing patient information while limiting unnecessary collection of immigration status.

Governing Law:
HIPAA, the California Constitution, and California state laws, including the Confidentiality of Medical Information Act (CMIA), prohibit healthcare providers, insurance plans, and contractors from disclosing medical information to third parties.

Policy Recommendations:
Healthcare facilities should limit the collection of immigration-related information.
Staff should be trained on privacy policies.
Patients should educated on their privacy rights.

Model Policies and Procedures Regarding Information Sharing

[Healthcare facility] should develop and post its model policies, if at all possible in the languages commonly spoken in the local community, and make these policies accessible on the [healthcare facility's] website. Staff, including any relevant volunteers, should be well-trained in these policies and procedures.

[Healthcare facility] shall designate a healthcare facility administrator to handle immigration issues, ensuring staff members and relevant volunteers are adequately dealing with immigration enforcement inquiries and requests, dissemination of information to patients, and compliance with internal procedures."""

_S = _load_s5457()
_i5 = _S.index("\n\n6. AS USED")
_i2 = _S.index("\n\n2. IT IS")
S29A = _S[:_i5]                                  # heading and subdivisions 1-5
S29B = _S[:_i2] + _S[_i5:]                       # heading, subdivision 1, subdivisions 6-7

IL1015 = """(705 ILCS 96/10-15)

Sec. 10-15. Civil arrest prohibited; certain locations.

(a) A person duly and in good faith attending a State court proceeding in which the person is a party, a witness, a potential witness, or a court companion of a party, witness, or potential witness is privileged from civil arrest while going to, remaining at, and returning from the court proceeding, including:

(1) at the place of the court proceedings;

(2) within the courthouse building;

(3) on the premises of the courthouse, including parking facilities serving the courthouse;

(4) on any sidewalk, parkway, and street surrounding the courthouse and its premises; and

(5) on any public way within 1,000 feet of the courthouse including a sidewalk, parkway, or street.

(b) Nothing in this Section shall be construed to narrow, or in any way lessen, any common law or other right or privilege of a person privileged from arrest under this Act or otherwise.

(c) The protections in this Section apply regardless of whether a judicial order under Section 10-20 is issued or a court otherwise implements this Act by a rule or order.

(d) Nothing in this Section precludes the execution of a criminal arrest warrant issued by a judge or a criminal arrest based on probable cause for a violation of criminal law."""

OR3265_INTRO = """Requires that officer of law enforcement agency who arrests individual who is foreign national inform individual of consular notification procedures. Prohibits law enforcement agency or public body from denying services, benefits, privileges or opportunities to certain individuals on basis of federal civil immigration actions, inquiring about individual's citizenship status without connection to criminal investigation or providing information about individual in custody to federal immigration authority. Prohibits use of public resources to assist federal immigration enforcement. Requires public body that receives request for assistance from federal immigration authority to report request to office of Governor and publish annual report received. Requires office of Governor to establish mechanism to receive reports of certain violations. Prohibits public body, law enforcement agency or officer from entering into specified agreements related to federal immigration enforcement."""

OR3265_ENR = """Prohibits law enforcement agency or public body from denying services, benefits, privileges or opportunities to certain individuals on basis of federal civil immigration actions, inquiring about individual's citizenship status without connection to criminal investigation or providing information about individual in custody to federal immigration authority. Requires law enforcement agency to explain to individual committed or detained by law enforcement agency individual's right to refuse to disclose nationality, citizenship or immigration status and potential immigration consequences of refusal to disclose. Prohibits use of public resources to assist federal immigration enforcement. Requires public body that receives communication or request for assistance from federal immigration authority to report request or communication to Oregon Criminal Justice Commission. Requires commission to continually publish reports of communications and requests received by public bodies. Requires Department of Justice to establish mechanism to receive reports of certain violations. Prohibits public body, law enforcement agency or officer from entering into specified agreements related to federal immigration enforcement."""
