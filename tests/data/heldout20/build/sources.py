# Real passages (verbatim from stored copies; curly quotes straightened, non-breaking hyphens -> '-',
# run-together words split, paragraphs separated by a blank line).
H220_2 = "\u00a7 53.1-220.2. Transfer of certain incarcerated persons to Immigration and Customs Enforcement."
VA220_1_1985 = ("\u00a7 53.1-220.1. Transfer of prisoners convicted of designated illegal acts.\n\n"
 "With the consent of the appropriate state authorities, the Immigration and Naturalization Service may, following notification under \u00a7 19.2-294.2, take physical custody of and responsibility for any alien convicted of any (i) felony offense involving murder, rape, robbery, burglary, larceny, extortion, or abduction, or (ii) illegal drug violation designated as a felony under Article 1 (\u00a7 18.2-247 et seq.) of Chapter 7 of Title 18.2. The director, sheriff or other official in charge of the facility in which such alien is incarcerated may enter into an agreement, which includes provisions relating to reimbursement, with the Immigration and Naturalization Service to retain custody or supervision of such alien until he is deported or until other mutually satisfactory arrangements are made to transfer custody of such alien to the Service.")
VA220_1_HB665 = VA220_1_1985.replace("of Title 18.2. The director", "of Title 18.2 other than a Class 1 felony. The director")
B_TEXT = "The Director, sheriff, or other official in charge of the facility in which an alien is incarcerated may, upon receipt of a detainer from U.S. Immigration and Customs Enforcement, transfer custody of the alien to U.S. Immigration and Customs Enforcement no more than five days prior to the date that he would otherwise be released from custody. Upon transfer of custody, notwithstanding any other provision of law, the alien shall receive credit for the number of days remaining before he would otherwise have been released."
H1_A = "A. The Director, sheriff, or other official in charge of the facility in which an alien is incarcerated shall comply with any detainer received from U.S. Immigration and Customs Enforcement and shall not release an alien subject to the detainer except to transfer custody of the alien to another facility or to U.S. Immigration and Customs Enforcement, provided that no alien may be held in custody in excess of the date that he would otherwise be released from custody."
H2_A = "A. Any Director, sheriff, or other official in charge of the facility in which an alien is incarcerated who receives any detainer from U.S. Immigration and Customs Enforcement shall not release such alien subject to the detainer except to transfer custody of such alien to another facility or to U.S. Immigration and Customs Enforcement, provided that no alien may be held in custody in excess of the date that he would otherwise be released from custody."
H2_C = "C. Any person who is injured by an alien released from custody in violation of subsection A shall be eligible for compensation to be paid from the Criminal Injuries Compensation Fund."
SB270_A = "A. Any Director, sheriff, or other official in charge of the facility in which an alien is incarcerated who receives any detainer from U.S. Immigration and Customs Enforcement shall not release such alien subject to the detainer except to transfer custody of such alien to another facility or to an appropriate federal authority, provided that no alien may be held in custody in excess of the date that he would otherwise be released from custody. However, if federal or state law requires that such alien be held in custody until transferred to an appropriate federal authority in excess of such date, such alien shall be held in custody in accordance with federal or state law."
HB1468_A = SB270_A.replace("who receives any detainer from", "who receives a lawful detainer order from")
assert HB1468_A != SB270_A

NC148_HEAD = "\u00a7 148-64.1. Early conditional release of inmates subject to a removal order; revocation of release."
NC148_A = """(a) Eligibility for Early Release. - Notwithstanding any other provision of law, the Post-Release Supervision and Parole Commission may conditionally release an inmate into the custody and control of United States Immigration and Customs Enforcement if all of the following requirements are satisfied:

(1) The Department of Correction has received a final order of removal for the inmate from United States Immigration and Customs Enforcement.

(2) The inmate was convicted of a nonviolent criminal offense and is incarcerated for that offense. If the inmate was convicted of and is incarcerated for more than one offense, then all of the offenses of which the inmate was convicted and is incarcerated must be nonviolent criminal offenses. As used in this subdivision, the term "nonviolent criminal offense" means a conviction for an impaired driving offense or a felony violation of any of the following:

a. G.S. 14-54.

b. G.S. 14-56.

c. G.S. 14-71.1.

d. G.S. 14-100, where the thing of value is less than one hundred thousand dollars ($100,000).

e. G.S. 90-95(d)(4).

(3) The inmate has served at least half of the minimum sentence imposed by the court or, in the case of an inmate convicted of an impaired driving offense under G.S. 20-138.1, the inmate has met all of the parole eligibility requirements under G.S. 15A-1371, notwithstanding G.S. 20-179(p)(3).

(4) The inmate was not convicted of an impaired driving offense resulting in death or serious bodily injury, as that term is defined in G.S. 14-32.4.

(5) The inmate agrees not to reenter the United States unlawfully."""
NC148_OLD = NC148_HEAD + "\n\n" + NC148_A
NC148_NEW = NC148_OLD.replace("(1) The Department of Correction has", "(1) The Division of Adult Correction and Juvenile Justice of the Department of Public Safety has")

CA7283_1 = """\u00a7 7283.1.

(a) In advance of any interview between ICE and an individual in local law enforcement custody regarding civil immigration violations, the local law enforcement entity shall provide the individual with a written consent form that explains the purpose of the interview, that the interview is voluntary, and that the individual may decline to be interviewed or may choose to be interviewed only with the individual's attorney present. The written consent form shall be available in English, Spanish, Chinese, Tagalog, Vietnamese, and Korean. The written consent form shall also be available in any additional languages that meet the county threshold as defined in subdivision (d) of Section 128552 of the Health and Safety Code if certified translations in those languages are made available to the local law enforcement agency at no cost.

(b) Upon receiving any ICE hold, notification, or transfer request, the local law enforcement agency shall provide a copy of the request to the individual and inform the individual whether the law enforcement agency intends to comply with the request. If a local law enforcement agency provides ICE with notification that an individual is being, or will be, released on a certain date, the local law enforcement agency shall promptly provide the same notification in writing to the individual and to the individual's attorney or to one additional person who the individual shall be permitted to designate."""

ALEX = """Sheriff's Office Statement on Immigration Concerns

The Alexandria Sheriff's Office is a public safety agency committed to ensuring the safety and security of the diverse communities it serves. The Sheriff's Office operates the Alexandria Adult Detention Center (ADC) and complies with local, state, and federal laws.

All Sheriffs in Virginia are required by state codes \u00a719.2-83.2 and \u00a753.1-218 to determine the residency status of individuals arrested and brought to jail.

During the booking process, fingerprints are automatically transmitted to a state database to which all local, state and national law enforcement agencies including ICE, have access. The Alexandria Sheriff's Office does not hold inmates who were arrested on local charges past their release date unless a judicial warrant is filed. Per Code of Virginia \u00a753.1-220.2, the Sheriff's Office will continue to transfer custody of an inmate to ICE prior to their release date. Alexandria's compliance with this is consistent with the practices of Arlington and Fairfax counties.

Can the Sheriff's Office legally transfer custody of individuals to ICE?

Yes, the Sheriff's Office has the legal authority to do so according to Virginia state code \u00a753.1-220.2. The Alexandria Sheriff's Office sought legal advice from the Virginia Attorney General on this matter. They agreed that all local sheriff's offices have the authority to do this.

Does the Sheriff's Office hold individuals wanted by ICE beyond their state release date?

No. A judicial warrant is required to hold anyone beyond their state release date.

Is a judicial warrant required to transfer custody to ICE?

No. The Alexandria Sheriff's Office honors the administrative arrest warrant from ICE (I-200) which serves as a detainer. A detainer allows a law enforcement agency to hold and transfer custody of wanted individuals to other law enforcement agencies."""

SANJ = """The San Joaquin County Jail will no longer honor immigration detainers from Immigration and Customs Enforcement (ICE) placed by an Immigrations and Customs Agent. This does not apply to arrest warrants signed by a judge. The Jail will continue to accept all lawfully valid arrest warrants including State and/or Federal charges.

Immigration and Customs Enforcement detainers request local law enforcement agencies to hold undocumented immigrants so as to allow ICE to take them into their custody.

When the jail receives an ICE detainer, it holds the person subject to the detainer for up to 48 hours beyond the time when the person would otherwise be released.

Throughout the past few months, the Sheriff's Office has held meetings to review (AB4), The Trust Act Bill which went into effective January 1, 2014. The Trust Act prohibits law enforcement agencies from detaining an individual solely on the basis of a U.S. Immigration and Customs Enforcement Detainer after the individual becomes eligible for release from custody. It does, however, allow detainments based upon specific criteria such as their criminal history.

The Sheriff's Office is in the process of revising Custody Division Policy and Procedure 4.1.1, "Booking," to reflect the changes. Until the policy is issued, the following "Interim Directive" will be followed:

"Effective immediately, all inmates currently being held solely on an immigration detainer will be released from custody. No inmate will be held on an immigration detainer once they are eligible for release. This does not include inmates with pending criminal charges that would normally be held for criminal proceedings.\""""

LANC = """LCS Unit Order 64

LANCASTER STATION UNIT ORDER # 64

IMMIGRATION DETAINERS

PURPOSE:

The purpose of this unit order is to ensure personnel assigned to Lancaster Station adhere to the below Custody Operations Directive 17-004. This directive establishes release procedures for inmates being housed at station jails who have an Immigration and Customs Enforcement (ICE) Detainer.

OVERVIEW:

The California Trust Act (California Government Code 7282 et esq. or "AB4") prohibits law enforcement officials from detaining an inmate for a United States Immigration and Customs (ICE) detainer after the inmate becomes eligible for release from custody, unless, certain conditions are met, including one or more of the following conditions:

- The inmate has a prior serious violent felony conviction as described in California Government Code 1192.7(c) and California Penal Code 667.5(c);

- The inmate has been convicted of a felony punishable by imprisonment in state prison;

- The inmate is currently on, or is required to register with, the California Sex and Arson Registry in accordance with California Penal Code 290; or

- The inmate has been convicted of a federal crime which meets the definition of an aggravated felony as set forth in subparagraphs (A) through (P), inclusive, of paragraph (43) of subsection (a) of section 101 of the Federal Immigration and Nationality Act (8 U.S.C. 1101), or is identified by the United States Department of Homeland Security's Immigration and Customs Enforcement as the subject of an outstanding federal warrant.

An ICE Detainer (Department of Homeland Security [DHS] I-247 form - "Immigration Detainer - Request for Voluntary Action") shall only be honored if the inmate's current or past criminal history meets the qualifying criteria specified in California Government code 7282.5."""

TX764 = """SECTION 1. Subchapter B, Chapter 101, Civil Practice and Remedies Code, is amended by adding Section 101.0216 to read as follows:

Sec. 101.0216. LIABILITY OF LOCAL GOVERNMENT FOR FAILURE TO COMPLY WITH IMMIGRATION DETAINER. (a) In this section, "local government" means a county, municipality, or political subdivision of this state.

(b) A local government that releases from custody a person who is the subject of an immigration detainer issued by United States Immigration and Customs Enforcement is liable for damages resulting from a felony committed by the person in this state within four years following the person's release.

(c) This section does not create liability for damages sustained by a person who is subject to an immigration detainer following the person's release by a local government.

SECTION 2. The change in law made by this Act applies only with respect to the release of a person from custody on or after the effective date of this Act."""
