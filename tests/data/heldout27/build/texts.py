# Real passages (verbatim from stored copies; see ../SOURCE.md). Paragraphs separated by a blank line.

# NH SB 71 (2025) as introduced: analysis + section 1 (RSA 106-P:1 - 106-P:3, I)
SB71_ANALYSIS_INTRO = """ANALYSIS

This bill provides that unless expressly prohibited by state or federal law, local governmental entities may not prohibit or impede any state or federal law enforcement agency from complying with federal immigration laws, and provides for remedies for violations."""

SB71_ANALYSIS_AMENDED = """AMENDED ANALYSIS

This bill provides that unless expressly prohibited by state or federal law, local governmental entities may not prohibit or impede any state or federal law enforcement agency from complying with federal immigration laws, and provides for remedies for violations.  This bill further authorizes county corrections facilities to hold individuals subject to an Immigration and Customs Enforcement detention for up to 48 hours following the resolution of their state charges, excluding Saturdays, Sundays, and holidays, in order to permit assumption of custody by federal authorities, and requires any agency refusing to honor an immigration detainer for an inmate to report each such refusal to the attorney general."""

SB71_SEC1 = """1 New Chapter; Anti-Sanctuary City Act. Amend RSA by inserting after chapter 106-O the following new chapter:

CHAPTER 106-P

ANTI-SANCTUARY CITY ACT

106-P:1 Definitions. In this chapter:

I. "Law enforcement agency" means any agency charged with enforcement of state, county, municipal, or federal laws or with managing custody of detained persons in this state and includes municipal police departments, sheriff's offices, state police departments, state university and college police departments, county correctional agencies, and the department of corrections.

II. "Local governmental entity" means any county, municipality, or other political subdivision of this state.

106-P:2 Prohibition of Sanctuary Policies.

Except as otherwise expressly prohibited by state or federal law, local governmental entities may not prohibit or impede any state or federal law enforcement agency from complying with title 8 of the United States Code.

106-P:3 Enforcement.

I. Any local governmental entity that violates this chapter may be subject to action by the attorney general, who may file suit against a local governmental entity in a court of competent jurisdiction for a violation of this chapter. Relief for violations of this chapter shall be determined by the court and may include injunctive relief and punitive damages. Punitive damages may include a fine of up to 25 percent of the total state funds received by the local government entity in the fiscal year when the violation occurred. Any fines collected for violations of this chapter shall be lapsed to the general fund of the state of New Hampshire."""

# Section inserted by Senate amendment 2025-0494s
SB71_SEC2 = """2  County Department of Corrections; Immigration Detainees.  New Paragraph; County Department of Corrections; Immigration Detainees.  Amend RSA 30-B:1 by inserting after paragraph II the following new paragraph:

III.  A county may hold Immigration and Customs Enforcement detainees, after the resolution of state charges, for a maximum of 48 hours, excluding Saturdays, Sundays, and holidays, in order to permit assumption of custody by federal authorities.  Nothing in this paragraph shall prohibit the county from executing an agreement in accordance with RSA 30-B:16.  Any agency refusing to honor an immigration detainer for an inmate shall report each such refusal to the attorney general in a time, form, and manner to be prescribed by the attorney general or the attorney general's designee."""

# NH SB 563 (2024) House floor amendment 2024-1736h, RSA 103-A:3, I (cut before paragraph II)
SB563_AMD = """Floor Amendment to SB 563-FN

Amend RSA 103-A:3 as inserted by section 1 of the bill by replacing it with the following:

103-A:3 Cooperation with Federal Immigration Authorities.

I. A law enforcement agency shall contact Immigration and Customs Enforcement (ICE) and may, subject to available staffing, comply with an immigration detainer discovered during the investigation of a violation of New Hampshire law. If, due to staffing constraints, the agency is unable to detain the individual, the agency shall transfer the individual to the county jail for retrieval by ICE. The transferring agency shall notify the county facility of the immigration detainer, their contact with ICE, and when they are expected to pick up the detainee. The county facility shall be notified of when custody began and ensure the detainee is admitted to bail no later than 48 hours after custody began, if applicable based on the underlying offense. Unless otherwise authorized by law, no New Hampshire law enforcement agency shall investigate or take part in investigations related to a person's citizenship status, unless it is subsequent to an alleged violation of New Hampshire law. No agency shall have an explicit or implied blanket policy against honoring immigration detainers. Any agency refusing to honor an immigration detainer shall report each such refusal to the attorney general in a time, form, and manner to be prescribed by the attorney general or the attorney general's designee."""

# Hawaii SB 2057 S.D. 1 (2026), section 1 (new HRS section 139-) and sections 2-3
SB2057_SD1 = """"\u00a7139- Federal law enforcement collaboration; prohibited.

(a) Except as required by federal or state law, no law enforcement officer shall use any personnel or funds originating in the State to assist or facilitate conduct by federal immigration agents that exceeds their law enforcement duty or authority.

(b) Except as required by federal or state law, no law enforcement officer shall assist or cooperate with; or allow time, money, facilities, property, equipment, personnel, or other resources to be used to facilitate federal immigration agents in an operation that seeks to identify, arrest, or impose any other criminal or civil penalty on a person or entity for:

(1) Activities protected by the First Amendment of the United States Constitution; or

(2) Immigration enforcement purposes, including immigration enforcement that occurs at or near a school, health facility, place of worship, or courthouse."

SECTION 2. New statutory material is underscored.

SECTION 3. This Act shall take effect on July 1, 2050."""

# Hawaii SB 2056 (2026) as introduced, new HRS section 139- (a) and (b)
SB2056 = """"\u00a7139- Unlawful agreements; prohibited. (a) No law enforcement agency or law enforcement officer shall enter or seek to enter into an agreement with any federal or out-of-state law enforcement, including agreements through the Homeland Security Task Force, Joint Terrorism Task Force, and state fusion center, to engage in activities that include sharing personal information or aiding with surveillance, investigations, prosecutions, or immigration enforcement operations if these activities would:

(1) Violate the individual's liberties and rights guaranteed under the United States Constitution or Hawaii State Constitution;

(2) Constitute racial profiling, unlawful surveillance or investigation, excessive use of force, or unlawful detention;

(3) Identify or seek to identify, apprehend, arrest, or impose any other civil or criminal penalty for:

(A) Activities protected by the First Amendment to the United States Constitution, including rights to free speech and press, peaceable assembly, and petition the government for a redress of grievances;

(B) The provision of humanitarian or legal assistance, or any other aid that is lawful in this State;

(C) Offenses related to immigration status, including violations of title 8 United States Code; or

(D) Nonfederal misdemeanors and violations, including motor vehicle offenses;

(4) Subject individuals to immigration detention, removal, or deportation proceedings; or

(5) Result in requests to obtain data from a state agency, conduct surveillance, or investigate pursuant to the objectives of National Security Presidential Memorandum-7 of September 25, 2025.

(b) Law enforcement agencies shall obtain written authorization from the state attorney general certifying that any existing agreements comply with this section"""

# Hawaii HB 2540 H.D. 1 (2026), purpose clause of section 1 and start of section 2 (definitions)
HB2540_PURPOSE = """Accordingly, the purpose of this Act is to:

(1) Establish provisions limiting state and federal collaboration for purposes of immigration enforcement operations;

(2) Require law enforcement agencies operating in the State to establish and publicly post written policies regarding civil immigration enforcement, including procedures governing law enforcement officer's authority to make any inquiry into a person's civil immigration status;

(3) Prohibit law enforcement officers from initiating or prolonging a stop, detention, or arrest of a person for the purpose of determining the person's civil immigration status;

(4) Establish as a policy of the department of law Enforcement that civil immigration activity involving state or county participation or facilities shall only proceed under certain conditions;

(5) Prohibit state and county involvement in civil immigration enforcement activity in certain locations; and

(6) Require the department of law enforcement to assist state and county agencies in maintaining compliance with civil immigration enforcement policy."""

HB2540_DEFS = """SECTION 2. The Hawaii Revised Statutes is amended by adding a new chapter to be appropriately designated and to read as follows:

"Chapter

state and federal collaboration

\u00a7 -1 Definitions. As used in this chapter:

"Federal authorities" means any federal agency or department.

"Federal law enforcement officer" means any employee of the United States government authorized to arrest a person for criminal or civil violations of federal law and who is authorized to carry a firearm in the performance of their official duties"""

# Hawaii SB 3322 S.D. 2, H.D. 2 (2026), purpose clause of section 1
SB3322_PURPOSE = """Accordingly, the purpose of this Act is to:

(1) Establish provisions limiting state and federal collaboration for purposes of immigration enforcement operations;

(2) Require state and county law enforcement agencies to establish and publicly post written policies regarding civil immigration enforcement;

(3) Prohibit law enforcement officers from initiating or prolonging a stop, detention, or arrest of a person for the purpose of determining the person's civil immigration status, except under certain circumstances;

(4) Prohibit state and county involvement in civil immigration enforcement activity in certain locations; and

(5) Require the department of law enforcement to assist state and county agencies in maintaining compliance with the civil immigration enforcement policy"""

# Hawaii SB 2057 C.D. 1 (2026): purpose clause and start of new chapter (cut inside the definitions)
SB2057_CD1 = """Therefore, the purpose of this Act is to prohibit:

(1) Any state or county law enforcement agency or law enforcement official from entering into an agreement under title 8 United States Code section 1357(g) or any other federal law that permits state or county agencies to engage in immigration enforcement; and

(2) State and county law enforcement agencies and law enforcement officials from engaging in certain immigration-related actions, except under limited circumstances.

SECTION 2. The Hawaii Revised Statutes is amended by adding a new chapter to be appropriately designated and to read as follows:

"Chapter

IMMIGRATION ENFORCEMENT; PROHIBITIONS

\u00a7 -1 Definitions. As used in this chapter:

"Federal immigration authority" means any federal officer, employee, or person performing immigration enforcement functions."""

# Narragansett (RI) Police Department memo, Immigration Enforcement FAQ, Nov. 19, 2017 (scan text; cut after answer 2)
NARR = """Memo Topic: Immigration Enforcement November 19, 2017

This memo has been written to answer some frequently asked questions regarding the practices of the Narragansett Police Department (NPD) in regards to the enforcement of immigration laws. Immigration issues rarely come up in the town of Narragansett. However, given our nation's tumultuous political climate I believe the publishing of this FAQ may reassure the community that the focus of the NPD is on public safety and that immigration enforcement is not a part of the mission of NPD.

It is the responsibility of Federal agencies like Immigration and Customs Enforcement (ICE) to administer and enforce federal civil and criminal immigration laws. To s state is clearly the NPD does not and will not take upon the responsibilities of the Federal Government to enforce and regulate immigration laws.

1. Does NPD arrest people for being undocumented immigrants?

No. Being an undocumented immigrant is a Federal Civil Violation, NPD officers do not have the authority or responsibility for enforcing federal civil laws that regulate an 'immigrant's status in the United States.

2. Can an officer stop a person to determine the person's immigration status?

No. Under the NPD policy #320.02 entitled, "Bias Based Policing Prohibited", officers may not stop, detain or question a person based solely on the person's suspected immigration status. In addition, federal law restricts a local police officer from stopping an individual based on the perceived immigration status of the person or enforcing federal civil immigration law absent an agreement and delegation of authority by the U.S. Department of Homeland Security."""

# Philadelphia bill (2026 "ICE Out" package), proposed Code sec. 10-849 (1)(a)-(b)
PHL849 = """\u00a7 10-849. Prohibiting Immigration Enforcement in City-Owned or Operated Spaces

(1) Definitions. The following definitions shall apply to this Section:

(a) City-owned or controlled property. Any property identified as owned or controlled by the City of Philadelphia including, but not limited to:

(.1) Buildings;

(.2) Parking lots;

(.3) Garages;

(.4) Parks;

(.5) Vacant lots;

(.6) Playgrounds;

(.7) Libraries;

(.8) Buses;

(.9) Schools operated by the School District of Philadelphia, charter schools, or City-funded or licensed pre-schools;

(.10) Property within the jurisdiction of the City operated by the City Controller, Sheriff, City Commissioners, or Register of Wills; and

(.11) Any other property identified as being "owned" or "controlled" by the City of Philadelphia.

(b) Immigration enforcement. Any action pertaining to execution of immigration-related federal law, including enforcement or processing of individuals based on their immigration status shall be construed to mean, for the purposes of this Section:

(.1) Processing;

(.2) Operations;

(.3) Questioning;

(.4) Staging;

(.5) Raids;

(.6) Arrests; and

(.7) Any other activities deemed necessary to conduct federal immigration enforcement."""

# Philadelphia bill (2026 "ICE Out" package), proposed Code sec. 10-848 (1)(a)-(f)
PHL848 = """\u00a7 10-848. Protecting Community Spaces

(1) Definitions. The following definitions shall apply to this Section:

(a) Law Enforcement Officer. Any "peace officer" as defined in 18 Pa.C.S. \u00a7 501 (relating to definitions).

(b) Hospital. Any institution accredited by the appropriate state authority to provide medical care, pursuant to 31 Pa. Code \u00a7 88.131.

(c) Information. Any personal identifying information, including custody status, release date, photos, Social Security number, Individual Tax Identification Number, contact information, place of birth, country of origin, place of employment, school or educational institution records, income, status as a recipient of public benefits, public utilities accounts, medical information or disability information.

(d) Municipal Authority. An authority established by the City of Philadelphia pursuant to Pennsylvania Municipality Authorities Act, 53 Pa. C.S. \u00a7 5601 et seq.

(e) Judicial warrant. A warrant based on probable cause and issued by a judge appointed pursuant to Article III of the United States Constitution or a federal magistrate judge appointed pursuant to Section 631 of Title 28 of the United States Code.

(f) Administrative warrant. An order to arrest a person for an immigration violation, including an I-200 "Warrant for Arrest of Alien," an I-205 "Warrant of Removal/Deportation," and any similar forms."""
