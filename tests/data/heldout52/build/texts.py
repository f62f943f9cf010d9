# Real passages (verbatim from stored public pages; see SOURCE.md). Paragraphs separated by blank lines.

MO_577_680 = """577.680. Persons confined to jail, verification of lawful immigration status required.

1. If verification of the nationality or lawful immigration status of any person who is charged and confined to jail for any period of time cannot be made from documents in the possession of the prisoner or after a reasonable effort on the part of the arresting agency to determine the nationality or immigration status of the person so confined, verification shall be made by the arresting agency within forty-eight hours through a query to the Law Enforcement Support Center (LESC) of the United States Department of Homeland Security or other office or agency designated for that purpose by the United States Department of Homeland Security. If it is determined that the prisoner is in the United States unlawfully, the arresting agency shall notify the United States Department of Homeland Security. Until August 28, 2009, this section shall only apply to officers employed by the department of public safety to include: the highway patrol, water patrol, capitol police, fire marshal's office, and division of alcohol and tobacco control.

2. Nothing in this section shall be construed to deny any person bond or prevent a person from being released from confinement if such person is otherwise eligible for release."""

MO_544_472 = """544.472. Persons confined to jail, verification of lawful immigration status required.

1. If verification of the nationality or lawful immigration status of any person who is charged and confined to jail for any period of time cannot be made from documents in the possession of the prisoner or after a reasonable effort on the part of the arresting agency to determine the nationality or immigration status of the person so confined, verification shall be made by the arresting agency within forty-eight hours through a query to the Law Enforcement Support Center (LESC) of the United States Department of Homeland Security or other office or agency designated for that purpose by the United States Department of Homeland Security. If it is determined that the prisoner is in the United States unlawfully, the arresting agency shall notify the United States Department of Homeland Security.

2. Nothing in this section shall be construed to deny any person bond or prevent a person from being released from confinement if such person is otherwise eligible for release."""

MO_544_470_2008 = """544.470. Commitment of prisoner, when--presumption for aliens unlawfully present.

1. If the offense is not bailable, or if the person does not meet the conditions for release, as provided in section 544.455, the prisoner shall be committed to the jail of the county in which the same is to be tried, there to remain until he be discharged by due course of law.

2. There shall be a presumption that releasing the person under any conditions as provided by section 544.455 shall not reasonably assure the appearance of the person as required if the circuit judge or associate circuit judge reasonably believes that the person is an alien unlawfully present in the United States. If such presumption exists, the person shall be committed to the jail, as provided in subsection 1 of this section, until such person provides verification of his or her lawful presence in the United States to rebut such presumption. If the person adequately proves his or her lawful presence, the circuit judge or associate circuit judge shall review the issue of release, as provided under section 544.455, without regard to previous issues concerning whether the person is lawfully present in the United States. If the person cannot prove his or her lawful presence, the person shall continue to be committed to the jail and remain until discharged by due course of law."""

MO_544_470_NOW = """544.470. Commitment of individual, when - presumption for aliens unlawfully present.

1. If the offense is not bailable, if the individual is not granted electronic monitoring, or if the individual does not meet the conditions for release, as provided in section 544.455, the individual shall be committed to the jail of the county in which the same is to be tried, there to remain until such individual be discharged by due course of law.

2. There shall be a presumption that releasing the person under any conditions as provided by section 544.455 shall not reasonably assure the appearance of the person as required if the circuit judge or associate circuit judge reasonably believes that the person is an alien unlawfully present in the United States. If such presumption exists, the person shall be committed to the jail, as provided in subsection 1 of this section, until such person provides verification of his or her lawful presence in the United States to rebut such presumption. If the person adequately proves his or her lawful presence, the circuit judge or associate circuit judge shall review the issue of release, as provided under section 544.455, without regard to previous issues concerning whether the person is lawfully present in the United States. If the person cannot prove his or her lawful presence, the person shall continue to be committed to the jail and remain until discharged by due course of law."""

TN_50_1_101 = """50-1-101. Memorandum of understanding with the department of homeland security for enforcement of federal immigration laws.

(a) For purposes of enforcing federal immigration laws, including, if applicable, federal laws relating to the employment of illegal aliens, the legislative body of a municipality or county, or the chief law enforcement officer of the county upon approval by the governing legislative body, may enter into a written agreement, in accordance with federal law, between the municipality or county and the United States department of homeland security concerning the enforcement of federal immigration laws, detention and removals, and investigations in the municipality or county.

(b) If a memorandum of understanding with the United States department of homeland security is executed pursuant to subsection (a), municipal and county law enforcement officers shall be designated from local law enforcement agencies who, by written designation and recommendation of a commanding officer, shall be trained pursuant to the memorandum of understanding. Funding for the training shall be provided pursuant to the federal Homeland Security Appropriation Act of 2006, P. L. 109-90, or subsequent federal funding sources."""

_TN_ITEMS = ["Picture", "Booking number", "Date and time of intake", None, "Last known address",
    "Date and time of commitment and authority therefore", "Names, title, signature and authority therefore",
    None, "Sex", "Age", "Date of birth", "Place of birth", "Race", "Occupation", "Last place of employment",
    "Education", "Name and relationship of next of kin", "Address of next of kin",
    "Driver's license and social security numbers", "Disposition of vehicle, where applicable",
    "Court and sentence (if sentenced inmate)", "Notation of cash and property", "Bonding company",
    "Amount of bond", "Date of arrest", "Warrant number", "Court date and time", "Cell assignment",
    "Fingerprints", "Criminal history check"]

def _tn_list(old):
    out = []
    letters = [chr(97 + i) for i in range(26)] + ["aa", "bb", "cc", "dd"]
    for i, it in enumerate(_TN_ITEMS):
        if it is None:
            if i == 3:
                it = "Name and aliases of person" if old else "Names and aliases of person"
            else:
                it = "Specific charges" if old else "Specific charge(s)"
        last = i == len(_TN_ITEMS) - 1
        end = "." if last else ("; and," if (old and i == len(_TN_ITEMS) - 2) else ("; and" if i == len(_TN_ITEMS) - 2 else ";"))
        label = "%d." % (i + 1) if old else "(%s)" % letters[i]
        out.append("%s %s%s" % (label, it, end))
    return "\n".join(out)

TN_INTAKE_OLD = ("Pursuant to state regulations, each jail must have a space where inmates are received, searched, showered, and issued clothing (if provided by the facility) prior to assignment to the living quarters. Rules of the Tennessee Corrections Institute, Rule 1400-1-.04(10).\n\n"
    "An intake form must be completed for every person admitted to the jail and must contain the following information, unless otherwise prohibited by statute:\n\n"
    + _tn_list(True) +
    "\n\nRules of the Tennessee Corrections Institute, Rule 1400-1-.14(1).\n\n"
    "The admitting officer must assure himself or herself that each prisoner received is committed under proper legal authority. Rules of the Tennessee Corrections Institute, Rule 1400-1-.14(2). See T.C.A. §§ 8-8-201(a)(3) and 41-4-103(a).")

TN_INTAKE_NEW = ("1400-01-.14 ADMISSION, RECORDS AND RELEASE\n\n"
    "(1) Type I, II, III, and IV Facilities shall meet the following requirements unless otherwise specified.\n\n"
    "(2) An intake form shall be completed for every inmate, except detainees, admitted to the facility and shall contain the following information, unless otherwise prohibited by statute:\n\n"
    + _tn_list(False) +
    "\n\n(3) The admitting officer shall ensure that each inmate received is committed under proper legal authority.\n\n"
    "This requirement applies only to Types I, II, and III Facilities.")

ARAPAHOE = """Arapahoe County Sheriff's Office - 2008
Procedures for Determining Immigration Status of Foreign Born Arrestees
Sgt. Steve Clark, Detentions Line Supervisor; Betty Sciba, Booking Clerk

Identification of Foreign Born Arrestees

- Suspected individual is identified by Patrol Deputies / Officers during initial stop / contact / arrest.
- Transfer from other agency / facility.
- Review of booking reports and criminal histories (NCIC/CCIC - National / Colorado Crime Information Centers).
- AFIS (Automated Fingerprint Identification System) response.
- Prior arrest / contact - internal records search.
- Self admission.

IAQ (Immigration Alien Query)

There are several factors that determine whether an IAQ is requested.

- If an arrestee states that they were born anywhere outside the United States or its Territories.
- On the criminal history run through NCIC/CCIC at the time of book-in, there is an indication that the individual has a history of being born in a foreign country or if there is a conflict in the place of birth (i.e. USA and Australia).
- If the arrestee has no positive identification an AFIS check is completed to confirm identification.
- While completing an inventory of their personal property, indication / identification is discovered creating suspicion of foreign born status. (i.e. Resident Alien Card, Foreign Drivers License, etc.)
- Staff member recognizes the individual as having been previously arrested under another identity confirmed with in-house records search / booking photo comparison.
- Arrestee initially identifies themselves by name and then signs another name or admits to providing false information about their identity."""
