# Real source texts (verbatim wording; line numbers, page furniture and bill sponsor lines removed;
# run-together words in OCR/transcribed copies re-spaced; paragraphs separated by blank lines).
Q = '"'

ENACT_TX = "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:"
SEC1_245 = "SECTION 1. Chapter 2, Code of Criminal Procedure, is amended by adding Article 2.245 to read as follows:"
VERIFY_LIST = ("If the sheriff or other officer has reason to believe the defendant is a foreign national, the sheriff or "
               "officer shall make a reasonable effort to verify that:\n\n"
               "(1) the defendant has been lawfully admitted to the United States; and\n\n"
               "(2) if lawfully admitted, the defendant's lawful status has not expired.")
LESC = ("shall contact the Law Enforcement Support Center of the United States Department of Homeland Security, or "
        "other office or agency designated for that purpose by the Department of Homeland Security, to verify the "
        "defendant's immigration status.")

# Texas H.B. 3020, 80th Leg. (2007), introduced (Harper-Brown), through subsection (c)
HB3020 = "\n\n".join([
    "A BILL TO BE ENTITLED",
    "AN ACT relating to the identification and detention of certain foreign nationals who were not lawfully admitted "
    "to the United States or whose lawful status has expired.",
    ENACT_TX, SEC1_245,
    "Art. 2.245. IDENTIFICATION AND DETENTION OF CERTAIN FOREIGN NATIONALS. (a) The sheriff or any other officer in "
    "charge of a correctional facility in which a defendant is confined shall immediately, on receipt of the "
    "defendant, make a reasonable effort to determine the defendant's nationality.",
    "(b) " + VERIFY_LIST,
    "(c) If the sheriff or other officer cannot verify the defendant's immigration status under Subsection (b) from "
    "documents in the defendant's possession, the sheriff or other officer " + LESC,
])

HB905_HEAD = "\n\n".join([
    "A BILL TO BE ENTITLED",
    "AN ACT relating to verifying the immigration status of certain defendants confined in correctional facilities.",
    ENACT_TX, SEC1_245,
    "Art. 2.245. SHERIFF OR OTHER OFFICER TO DETERMINE IMMIGRATION STATUS OF CERTAIN DEFENDANTS. (a) In this "
    "article, " + Q + "intoxication offense" + Q + " means an offense under Section 49.04, 49.045, 49.05, 49.06, "
    "49.065, 49.07, or 49.08, Penal Code.",
    "(b) The sheriff or any other officer in charge of a correctional facility in which a defendant is confined "
    "awaiting trial for a felony or an intoxication offense shall immediately, on receipt of the defendant, make a "
    "reasonable effort to determine the defendant's nationality.",
    "(c) " + VERIFY_LIST,
])
HB905_D = ("(d) If the sheriff or other officer cannot verify the defendant's immigration status under Subsection (c) "
           "from documents in the defendant's possession, the sheriff or other officer, not later than 48 hours after "
           "the defendant is received at the correctional facility, " + LESC)
HB905_TO_C = HB905_HEAD
HB905_TO_D = HB905_HEAD + "\n\n" + HB905_D

def hb_bail(defn):
    return "\n\n".join([
        "A BILL TO BE ENTITLED",
        "AN ACT relating to the identification of certain defendants as foreign nationals who were not lawfully "
        "admitted to the United States or whose lawful status has expired and to their release on bail.",
        ENACT_TX, SEC1_245,
        "Art. 2.245. SHERIFF OR OTHER OFFICER TO DETERMINE IMMIGRATION STATUS OF CERTAIN DEFENDANTS. (a) In this "
        "section, " + Q + "intoxication offense" + Q + " means an offense under Section " + defn + ", Penal Code.",
        "(b) The sheriff or any other officer in charge of a correctional facility in which a defendant is confined "
        "awaiting trial for a felony or an intoxication offense shall immediately, on receiving the defendant, make a "
        "reasonable effort to determine the defendant's citizenship status.",
        "(c) " + VERIFY_LIST,
    ])
HB4485 = hb_bail("49.04, 49.05, 49.06, or 49.065")          # 81st Leg. (2009), Howard of Fort Bend, introduced
HB875 = hb_bail("49.04, 49.045, 49.05, 49.06, or 49.065")   # 82nd Leg. (2011), introduced

def sb2584(title_felons, items, docs):
    b_end = " from documents in the defendant's possession." if docs else "."
    ver = "verify from documents in the defendant's possession that:" if docs else "verify that:"
    return "\n\n".join([
        "A BILL TO BE ENTITLED",
        "AN ACT relating to the reporting of " + title_felons + " incarcerated in Texas jails to federal authorities.",
        ENACT_TX, SEC1_245,
        "Art. 2.245. SHERIFF OR OTHER OFFICER TO DETERMINE IMMIGRATION STATUS OF CERTAIN DEFENDANTS. (a) This "
        "article applies only to a conviction of a felony under:",
    ] + items + [
        "(b) The sheriff or any other officer in charge of a correctional facility, as defined by Section 1.07, Penal "
        "Code, shall immediately, on receiving a defendant who has been convicted of a felony to which this article "
        "applies, make a reasonable effort to determine the defendant's citizenship status" + b_end,
        "(c) If the sheriff or other officer has reason to believe the defendant is a foreign national, the sheriff or "
        "officer shall make a reasonable effort to " + ver + "\n\n"
        "(1) the defendant has been lawfully admitted to the United States; and\n\n"
        "(2) if lawfully admitted, the defendant's lawful status has not expired.",
    ])
ITEMS_INTRO = ["1. TITLE 5, Penal Code;", "2. TITLE 6, Penal Code;", "3. TITLE 7, Penal Code;",
               "4. TITLE 9, Chapter 43, Penal Code;", "5. TITLE 10, Chapter 46, Penal Code; or,",
               "6. Ch. 481, Health and Safety Code."]
ITEMS_CR = ["(1) Title 5, Penal Code;", "(2) Title 6, Penal Code;", "(3) Title 7, Penal Code;",
            "(4) Chapter 43, Penal Code;", "(5) Chapter 46, Penal Code; or", "(6) Chapter 481, Health and Safety Code."]
SB2584_INTRO = sb2584("felons", ITEMS_INTRO, False)
SB2584_CR = sb2584("certain felons", ITEMS_CR, False)
SB2584_ENG = sb2584("certain felons", ITEMS_CR, True)

# Texas Government Code 493.015
SB279_INTRO = "\n\n".join([
    "Sec. 493.015. IDENTIFICATION OF DEPORTABLE ALIENS. (a) The department shall identify those inmates who are "
    "imprisoned in the institutional division or confined in a transfer facility, a state jail felony facility, or a "
    "county jail awaiting transfer to the institutional division and for whom the department is unable to reasonably "
    "ascertain United States citizenship.",
    "(b) In attempting to ascertain whether an inmate is not a citizen of the United States, the department may take "
    "into account a statement of noncitizenship made to the department by the inmate or any information in the "
    "criminal history record information maintained on the inmate, including information developed in presentence "
    "investigation reports that may reflect place of birth, registration with the Social Security Administration, or "
    "work history.",
    "(c) The department shall promptly notify the Immigration and Naturalization Service of any inmate determined by "
    "the department to be an undocumented alien and request the assistance of the Immigration and Naturalization "
    "Service in determining the citizenship of any inmate for whom the department cannot definitively determine "
    "United States citizenship.",
])
G_A = "\n\n".join([
    "Sec. 493.015. IDENTIFICATION OF DEPORTABLE ALIENS. (a) In this section, " + Q + "illegal criminal alien" + Q +
    " means an alien who has been convicted of a felony and is in the custody of the state and who:",
    "(1) entered the United States without inspection or at any time or any place other than as designated by the "
    "United States Attorney General;",
    "(2) was admitted as a nonimmigrant and, before the date of the commission of the crime, had failed to maintain "
    "the nonimmigrant status under which the alien was admitted or to which it was changed under Section 248, "
    "Immigration and Nationality Act (8 U.S.C. Section 1258), or to comply with the conditions of the alien's status; or",
    "(3) is a Marielito Cuban as defined in Section 501, Immigration Reform and Control Act of 1986 (8 U.S.C. Section 1365).",
])
def g_b(facilities):
    return ("(b) The department shall identify those inmates who are imprisoned in the institutional division or "
            "confined in " + facilities + ", a state jail felony facility, or a county jail awaiting transfer to the "
            "institutional division and for whom the department is unable to reasonably ascertain whether or not the "
            "person is an illegal criminal alien.")
G_C = ("(c) In attempting to ascertain whether an inmate is an illegal criminal alien, the department may take into "
       "account a statement of noncitizenship made to the department by the inmate or any information in the criminal "
       "history record information maintained on the inmate, including information developed in presentence "
       "investigation reports that may reflect place of birth, registration with the Social Security Administration, or "
       "work history.")
G_D = ("(d) The department shall promptly notify the United States Immigration and Naturalization Service of any "
       "inmate determined by the department to be an illegal criminal alien and request the assistance of the "
       "Immigration and Naturalization Service, if necessary, in determining whether or not the person is an illegal "
       "criminal alien.")
SB279_ENG_AB = G_A + "\n\n" + g_b("a transfer facility, a substance abuse treatment facility")
CUR_AB = G_A + "\n\n" + g_b("a substance abuse treatment facility")
CUR_AD = CUR_AB + "\n\n" + G_C + "\n\n" + G_D

# Arizona Department of Corrections, Director's Instruction #275 (April 26, 2016), opening and INTAKE PROCESSES 1.1-1.3.2
AZ = "\n\n".join([
    "ARIZONA DEPARTMENT OF CORRECTIONS\nDIRECTOR’S OFFICE\nMEMORANDUM",
    "TO: DISTRIBUTION\nFROM: CHARLES L. RYAN, DIRECTOR\nDATE: April 26, 2016\nSUBJECT: Director’s Instruction #275, "
    "TR/CSBD and Half Deport Criminal Alien Release",
    "This Director’s Instruction is effective immediately and rescinds Director’s Instruction 275, dated January 7, "
    "2010. This Director’s Instruction will remain in effect until incorporated into Department Order 1002, Inmate "
    "Release Eligibility System. This Director’s Instruction supersedes Department Order 1002, Inmate Release "
    "Eligibility System, as follows:",
    "INTAKE PROCESSES",
    "1.1 The Immigration Customs Enforcement (ICE) through a Memorandum of Agreement with the Department has "
    "established procedures during intake to expedite the process of identifying the Criminal Alien’s immigration "
    "status within the United States.",
    "1.2 Upon the Criminal Alien’s admission to the Department, ICE will make an assessment and provide Department "
    "staff with each Criminal Alien’s legal status in the United States. Staff will then record this information into "
    "AIMS as outlined by Department Orders. Should the Criminal Alien’s immigration status change, ICE will provide the "
    "new information to the Department. Upon receipt of the information, Department staff shall update the Criminal "
    "Alien’s AIMS information.",
    "1.3 In the absence of information regarding the Criminal Alien’s immigration status or if clarification is "
    "needed, the Department shall contact ICE regarding the Criminal Alien and obtain the necessary supplemental "
    "information.",
    "1.3.1 The Department shall not attempt to substitute its own determination of the Criminal Alien’s immigration "
    "status independent of a finding from ICE.",
    "1.3.2 Only Department staff trained and authorized by ICE may advise a Criminal Alien regarding the immigration "
    "process as it relates to the Criminal Alien’s immigration status.",
])

# CDCR Department Operations Manual 62070.10.2 (Revised September 19, 2024)
CD = "\n\n".join([
    "62070.10.2 Immigration and Customs Enforcement Hold, Warrant, or Detainer",
    "Revised September 19, 2024",
    "Incarcerated persons or supervised persons scheduled to be released to an active Immigration and Customs "
    "Enforcement (ICE) Hold, Warrant, or Detainer (HWD) shall be released as follows:",
    "- Release the incarcerated persons or supervised persons to the ICE officials within five days prior to the "
    "scheduled release date if the agency is within 400 miles of the releasing institution, or five court days prior "
    "to the scheduled release date if the agency is more than 400 miles from the releasing institution, provided the "
    "incarcerated persons or supervised persons are kept in custody until the scheduled release date.",
    "- Pursuant to PC 4755(a), an incarcerated person with an ICE HWD may be released to ICE prior to their scheduled "
    "release date.",
    "- An incarcerated person with an ICE HWD shall not be retained beyond their scheduled date of release.",
    "- Consistent with PC 3060.7, in the event an incarcerated person with an ICE HWD scheduled release date falls on "
    "a Friday or the day before a holiday, the incarcerated person’s release date shall be adjusted consistent with "
    "the current year’s PC 3060.7 release schedule.",
    "- If the ICE officials cannot pick up an incarcerated person or supervised persons within the required time "
    "limitations, notations shall be made on the Active ICE HWD, that ICE cannot pick up the incarcerated person or "
    "supervised person. The notations shall include date, time, name of ICE official spoken to, and name of the "
    "Department staff person making the notation. The incarcerated persons or supervised persons are to be given "
    "reporting instructions and released to parole (or discharged if applicable) providing there is no other HWD or "
    "reason that would preclude release.",
])

# CDCR Department Operations Manual 72040.13 (Chapter 7, Article 6 - Detainers; page dated 2024-08-21)
NF = "\n\n".join([
    "72040.13 Notification to Filing Authorities",
    "- Each agency that filed a detainer against an incarcerated person shall be notified of the incarcerated person’s "
    "pending release or parole 90 days prior to the tentative release date.",
    "- Notification to ICE shall only occur 15 to 30 days prior to release.",
    "- The department shall release an incarcerated person to the agency that placed the first detainer. However, if "
    "multiple detainers are on file, and one is based upon a judgment and sentence to a prison term, the initial offer "
    "of custody shall be to the agency holding the prison term detainer.",
    "- ICE will not assume custody of incarcerated persons for deportation proceedings unless the incarcerated person "
    "has completed/taken care of all pending legal issues, including misdemeanor charges, or if other agencies which "
    "have placed a detainer have declined to take custody.",
    "- When multiple detainers are on file and the incarcerated person is released to one of the detainers, the "
    "remaining detainers shall be given to the transporting officers.",
])
