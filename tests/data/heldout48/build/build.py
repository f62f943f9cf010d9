"""Writes ../pairs.jsonl (heldout48, prefix JY). Constructed NEW texts = real OLD text + lib.apply edits."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label
import bases as B

SRC = {
    "OR_TK_OLD": "Oregon Department of Justice, Civil Rights Unit, 'Law Enforcement Toolkit' (Sanctuary Promise), earlier edition of the page (after HB 3265 of 2021; lists 'The New Law' and a Flowchart), https://www.doj.state.or.us/oregon-department-of-justice/civil-rights/sanctuary-promise/law-enforcement-toolkit/ (stored copy; heading dropped; cut after the notice item because the next item breaks off)",
    "OR_TK_NEW": "Oregon Department of Justice, 'Law Enforcement Toolkit' (Sanctuary Promise), 2025 edition of the page (lists the January 2025 OACP/OSSA training memorandum), https://doj.state.or.us/oregon-department-of-justice/civil-rights/sanctuary-promise/law-enforcement-toolkit (stored copy; cut after the notice item because the next item breaks off)",
    "OR_ABOUT_OLD": "Oregon Department of Justice, Sanctuary Promise 'About the Law' text, earlier edition as served at http://sanctuarypromise.oregon.gov (stored copy; navigation lines and the repeated lead sentence above the heading dropped; cut before 'Violations are subject to', where the copy breaks off)",
    "OR_ABOUT_NEW": "Oregon Department of Justice, Sanctuary Promise 'About the Law' text, later edition at https://doj.state.or.us/oregon-department-of-justice/civil-rights/sanctuary-promise (stored copy; cut before 'Violations are subject to', where the copy breaks off)",
    "WA_FORM_OLD": "Washington State Office of the Attorney General (AG Bob Ferguson), Keep Washington Working policy-submission web form page, introduction (after the May 21, 2020 publication of the KWW model policies), https://fortress.wa.gov/atg/formhandler/ago/KeepWashingtonWorking.aspx (stored copy; letterhead lines dropped; cut before the form fields)",
    "WA_KWW_NEW": "Washington State Office of the Attorney General, 'Immigration guidance' page, section 'Keep Washington Working (KWW)' and 'KWW Submission Requirements' (2025 edition; the page opens with the 2025 'Know Your Rights: Civil Immigration Enforcement in Washington' notice), http://atg.wa.gov/immigrationguidance (stored copy; cut before the paragraph on 'All Washington organizations and entities', which breaks off)",
    "NJ_DIR": "New Jersey Attorney General Law Enforcement Directive No. 2018-6 (Gurbir S. Grewal, November 29, 2018), 'Directive Strengthening Trust Between Law Enforcement and Immigrant Communities', header and first three paragraphs, stored copy at https://www.readkong.com/page/state-of-new-jersey-office-of-the-attorney-general-5125098 (letterhead footer lines dropped; header fields put on separate lines; cut before 'Although state, county, and local law enforcement officers should assist federal immigration', where the copy breaks off)",
    "NJ_LAKEWOOD": "Lakewood (New Jersey) Police Department web page 'Immigrant Trust Directive' (department summary of NJ AG Directive 2018-6, c. early 2019), https://www.lakewoodpolicenj.com/immigrant-trust-directive/ (stored copy; breadcrumb and heading dropped; cut after the first correctional-officer item because the second breaks off)",
    "NY_AG": "New York State Office of the Attorney General, 'Guidance concerning local authorities' participation in immigration enforcement and model provisions' (current web edition, after People ex rel. Wells v DeMarco, 2018), heading and 'Purpose' section, first two paragraphs, https://ag.ny.gov/police-departments-law-enforcement/immigration-enforcement (stored copy; footnote markers [1]-[4] dropped; cut before the third paragraph, which breaks off)",
    "TX_PR": "Office of the Texas Governor, press release 'Governor Abbott Directs State Agencies To Coordinate With Trump Administration On Border, Homeland Security' (January 29, 2025; the five executive orders include GA-54 on assisting federal immigration officers), as republished by EIN Presswire, https://www.einpresswire.com/article/781473447/governor-abbott-directs-state-agencies-to-coordinate-with-trump-administration-on-border-homeland-security (dateline and legal disclaimer dropped)",
    "IL_AG": "Illinois Attorney General (Kwame Raoul), web page 'Law Enforcement and Immigration' - 'Law Enforcement Guidance & Reporting on Compliance with the Illinois TRUST Act and VOICES Act' (c. 2024), https://illinoisattorneygeneral.gov/Safer-Communities/Resources-for-Law-Enforcement/Law-Enforcement-And-Immigration/ (stored copy; site header dropped; cut before the paragraph on the 2022 summary statistics)",
    "NJ_2007": "New Jersey State League of Municipalities, letter to mayors 'Attorney General Directive Concerning Immigration and State and Local Law Enforcement-Update' (January 25, 2008), describing NJ AG Directive 2007-3 (Anne Milgram, August 2007), http://www.njslom.org/ml012508b.html (stored copy; site header and 'Dear Mayor:' dropped; cut before the sentence on documenting 287(g) inquiries, which breaks off)",
    "OR_CJC": "Oregon Criminal Justice Commission, web page 'Sanctuary Promise Violation' (public-body reporting under HB 3265, with FAQs), https://www.oregon.gov/cjc/Pages/sanctuary-promise-violation.aspx (stored copy; site banner and the two link lines 'Public Body Reporting' / 'Hotline Reports' dropped; cut before the FAQ on qualifying judicial subpoenas, which breaks off; the source's own typos 'that fulfillment of would violation' kept)",
    "OR_NEWS": "Oregon Department of Justice summary of the state sanctuary laws, as quoted verbatim in 'State sanctuary law protections', News-Register (McMinnville, Oregon), February 7, 2025, https://newsregister.com/article?articleTitle=state-sanctuary-law-protections--1738982362--51091-- (heading dropped; cut before the tenth item, which breaks off)",
}


def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}


PAIRS = []


def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    PAIRS.append({"id": None, "situation": situation, "old": old, "new": new, "changes": changes,
                  "label": pair_label(changes), "topics": tops, "source": source})


def con(situation, base, edits, changes, what):
    old = getattr(B, base)
    new = apply(old, edits)
    add(situation, old, new, changes,
        "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (SRC[base], what))


# ---------------------------------------------------------------- GENUINE
add("restated", B.OR_TK_OLD, B.OR_TK_NEW, [
    ch("As a sanctuary state since 1987, Oregon passed several statewide laws with overwhelming bipartisan support",
       "As a sanctuary state since 1987, the Oregon legislature passed several statewide laws, with overwhelming bipartisan support,",
       "neutral", ["enforcement_authority"], "Same statement of the laws, reworded."),
    ch("(ORS 180.805, ORS 181A.820). The Oregon Sanctuary Promise Act, 2021's HB 3265, reasserts this commitment and protects the safety and security of all victims, witnesses and community members.",
       "(ORS 180.805, ORS 180.810, ORS 181A.820 et seq).",
       "neutral", ["enforcement_authority"], "Citations completed and a descriptive sentence about HB 3265 dropped; the laws described are the same."),
    ch("- Law Enforcement Bulletin – A general overview of the new Sanctuary Promise law and law enforcement obligations and prohibitions under the new law.\n\n- The New Law – A link to the full text of 2021's Enrolled House Bill 3265.",
       "- Law Enforcement Bulletin – A general review of Oregon's sanctuary laws and law enforcement obligations and prohibitions under the laws.\n\n- The Updated Law, 2021's HB 3265 – A link to the full text of 2021's Enrolled House Bill 3265, also known as Oregon's Sanctuary Promise Act.\n\n- Training Memorandum regarding State Law Restrictions on Immigration Enforcement – Oregon Association Chiefs of Police and Oregon State Sheriffs' Association published this memo in January 2025.",
       "neutral", ["enforcement_authority"], "Resource list updated (descriptions reworded, a training memo added); no rule for officers changes."),
    ch("- FAQs – A list", "- FAQs coming soon! – A list", "neutral", ["enforcement_authority"],
       "Only the availability of the FAQ resource changes."),
    ch("- Flowchart", "- Easy to Read Overview for LE – A quick access overview of prohibitions related to immigration enforcement under Oregon's laws.",
       "neutral", ["enforcement_authority"], "One resource replaced by another; no rule changes."),
    ch("Notice must be in writing and/or in the person's preferred language.",
       "By statute, notice must be in writing and in the person's preferred language.",
       "limits_enforcement", ["status_inquiry"],
       "The status-disclosure warning must now be both written and in the person's language, a stricter protection against status collection."),
    ch("on their arrest or commitment about their right to refuse to disclose nationality, citizenship, or immigration status information, and that disclosure may result in immigration enforcement consequences",
       "on their commitment or detainment about their right to refuse to disclose their nationality, citizenship, or immigration status information, and that disclosure may result in civil or criminal immigration enforcement consequences",
       "neutral", ["status_inquiry"], "Same notice duty described with the statute's wording (commitment or detainment; civil or criminal consequences)."),
], "GENUINE: two editions of the Oregon DOJ Sanctuary Promise 'Law Enforcement Toolkit' page. OLD = " + SRC["OR_TK_OLD"] + ". NEW = " + SRC["OR_TK_NEW"] + ". Both verbatim (link arrows dropped, whitespace normalised) and cut at the same item.")

add("mixed", B.OR_ABOUT_OLD, B.OR_ABOUT_NEW, [
    ch("Federal immigration authorities are prohibited from operating private detention centers or accessing non-public spaces in jails.",
       "State/local officials may not grant federal immigration authorities access to non-public spaces",
       "limits_enforcement", ["ice_cooperation"],
       "The bar on letting immigration agents into non-public areas now covers all state and local non-public spaces, not only jails."),
    ch("", "non-public spaces without a judicial warrant. State law",
       "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "The access bar, absolute in the old text, now yields when agents bring a judicial warrant."),
    ch("", "State law prohibits private entities from operating immigration detention centers.",
       "neutral", ["detainers_holds"], "The private-detention ban is restated as a state-law rule on private entities; same substance."),
    ch("regarding immigration enforcement to be documented, reported, and denied",
       "regarding immigration enforcement without a judicial order to be documented, reported, and denied",
       "expands_enforcement", ["ice_cooperation", "information_sharing"],
       "Requests backed by a judicial order no longer fall under the deny-and-report rule."),
], "GENUINE: two editions of the Oregon DOJ 'About the Law' text on the Sanctuary Promise Act. OLD = " + SRC["OR_ABOUT_OLD"] + ". NEW = " + SRC["OR_ABOUT_NEW"] + ". Both verbatim (whitespace normalised), cut at the same sentence.")

add("list_item_removed", B.WA_FORM_OLD, B.WA_KWW_NEW, [
    ch("The Washington State Legislature passed the Keep Washington Working Act (KWW), Laws of 2019 ch. 440, E2SB 5497 during the 2019 Legislative Session.",
       "In 2019, the Washington State Legislature passed the Keep Washington Working Act (KWW) with bipartisan support.",
       "neutral", ["ice_cooperation"], "Same history of the Act, reworded."),
    ch("and those were published on May 21, 2020 here: https://www.atg.wa.gov/publications.",
       "by May 21, 2020. Below are the submission requirements and model policies as mandated by the state legislature.",
       "neutral", ["ice_cooperation"], "Where the model policies are found changes; not what they require."),
    ch("all state and local law enforcement agencies; public schools; health facilities operated by the state or political subdivision of the state; shelters and courthouses must either",
       "all Washington public schools, courthouses, publicly operated Washington health facilities, & Washington law enforcement agencies to",
       "expands_enforcement", ["access_to_services"],
       "Shelters drop out of the list of bodies that must adopt the limiting model policy or explain why not."),
    ch("(2) Notify the Attorney General that the agency is not adopting the AGO's guidance and model policies, state the reasons that the agency is not adopting the model policies and guidance, and provide the attorney general with a copy of the agency's policies to ensure compliance with chapter 440, Laws of 2019.",
       "(2) notify the AGO that they are not adopting the necessary changes, state the reasons why they are not doing so, and provide the AGO with a copy of the agency's policies that ensure compliance with KWW.",
       "neutral", ["ice_cooperation"], "The adopt-or-explain option is the same, reworded."),
    ch("In the interest of transparency, the AGO will post all final policies that were submitted as part of RCW 43.10.315 (2) and RCW 43.10.310 (2).",
       "You may view submitted policies on this page.", "neutral", ["ice_cooperation"], "Same publication of submitted policies."),
], "GENUINE: two editions of the Washington Attorney General's text on the KWW model-policy submission requirements. OLD = " + SRC["WA_FORM_OLD"] + ". NEW = " + SRC["WA_KWW_NEW"] + ". Both verbatim (curly quotes straightened).")

# ---------------------------------------------------------------- CONSTRUCTED: NJ Lakewood summary
L_INT = "- Cannot allow ICE to interview individuals detained on criminal charges, unless the detainee is advised of his or her right to a lawyer and signs a written consent form."
con("list_item_added", "NJ_LAKEWOOD",
    [(L_INT, L_INT + "\n\n- Cannot continue to hold a detained individual past the time he or she would otherwise be released from custody solely on the basis of an ICE detainer request.")],
    [ch("", "- Cannot continue to hold a detained individual past the time he or she would otherwise be released from custody solely on the basis of an ICE detainer request.",
        "limits_enforcement", ["detainers_holds"], "A new prohibition on detainer holds is added to the correctional officers' list.")],
    "a second correctional-officer item barring detainer holds past release time added.")

con("exception_added", "NJ_LAKEWOOD",
    [("- Cannot participate in ICE's civil immigration enforcement operations.",
      "- Cannot participate in ICE's civil immigration enforcement operations, except when ICE asks for assistance in locating a person previously convicted of a violent offense.")],
    [ch("", ", except when ICE asks for assistance in locating a person previously convicted of a violent offense",
        "expands_enforcement", ["raids_joint_operations", "ice_cooperation"],
        "An exception lets officers join ICE operations aimed at people with violent convictions.")],
    "an exception for ICE operations locating persons with violent convictions added to the third police item.")

con("list_item_removed", "NJ_LAKEWOOD",
    [("\n\n- Cannot provide ICE with access to state or local law enforcement resources, including equipment, office space, databases, or property.", "")],
    [ch("- Cannot provide ICE with access to state or local law enforcement resources, including equipment, office space, databases, or property.", "",
        "expands_enforcement", ["ice_cooperation", "information_sharing"],
        "The bar on giving ICE equipment, office space and databases is removed.")],
    "the fourth police item (ICE access to resources, databases, property) deleted.")

con("scope_change", "NJ_LAKEWOOD",
    [("detain any individual based solely on actual or suspected immigration status.",
      "detain any individual based in whole or in part on actual or suspected immigration status.")],
    [ch("based solely on actual or suspected immigration status", "based in whole or in part on actual or suspected immigration status",
        "limits_enforcement", ["enforcement_authority"],
        "Stops in which status is only one factor are now also barred, not just those based solely on status.")],
    "'based solely on' replaced by 'based in whole or in part on' in the first police item.")

con("reparagraphed", "NJ_LAKEWOOD",
    [("reporting crimes.\n\nThe Directive is intended", "reporting crimes. The Directive is intended"),
     ("except in limited circumstance:\n\nNew Jersey's police officers:", "except in limited circumstance: New Jersey's police officers:")],
    [ch("reporting crimes.\n\nThe Directive is intended", "reporting crimes. The Directive is intended", "neutral", ["ice_cooperation"],
        "Two paragraphs joined; same words."),
     ch("except in limited circumstance:\n\nNew Jersey's police officers:", "except in limited circumstance: New Jersey's police officers:",
        "neutral", ["ice_cooperation"], "List stem joined to the preceding line; same words.")],
    "the first two paragraphs joined, and the 'New Jersey's police officers:' stem joined to the preceding sentence (no word changed).")

con("approval_added", "NJ_LAKEWOOD",
    [("and signs a written consent form.", "and signs a written consent form, and the interview is approved in writing by the chief executive of the facility.")],
    [ch("", ", and the interview is approved in writing by the chief executive of the facility",
        "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
        "ICE jail interviews now also need the facility head's written approval.")],
    "written approval by the facility's chief executive added as a further condition for ICE interviews.")

con("exception_to_exception", "NJ_LAKEWOOD",
    [("and signs a written consent form.", "and signs a written consent form; a written consent form is not required when the individual is detained on an indictable charge.")],
    [ch("", "; a written consent form is not required when the individual is detained on an indictable charge",
        "expands_enforcement", ["ice_cooperation"],
        "For indictable charges the consent condition on the interview exception is waived, so ICE interviews are allowed more easily.")],
    "an exception to the consent condition (no written consent needed for detainees on indictable charges) added to the interview item.")

# ---------------------------------------------------------------- NJ Directive preamble
con("restated", "NJ_DIR",
    [("They are not responsible for enforcing civil immigration violations except in narrowly defined circumstances. Such responsibilities instead fall to the federal government",
      "Except in narrowly defined circumstances, they have no responsibility for enforcing civil immigration violations. Those responsibilities belong instead to the federal government")],
    [ch("They are not responsible for enforcing civil immigration violations except in narrowly defined circumstances.",
        "Except in narrowly defined circumstances, they have no responsibility for enforcing civil immigration violations.",
        "neutral", ["enforcement_authority"], "Same rule with the exception moved to the front."),
     ch("Such responsibilities instead fall to the federal government", "Those responsibilities belong instead to the federal government",
        "neutral", ["enforcement_authority"], "Same allocation of responsibility, reworded.")],
    "two sentences of the third paragraph reworded without changing their meaning.")

con("exception_changed", "NJ_DIR",
    [("except in narrowly defined circumstances.", "except where federal immigration authorities request their assistance.")],
    [ch("except in narrowly defined circumstances", "except where federal immigration authorities request their assistance",
        "expands_enforcement", ["ice_cooperation", "enforcement_authority"],
        "The exception widens from narrow circumstances to any federal request for help.")],
    "'except in narrowly defined circumstances' replaced by 'except where federal immigration authorities request their assistance'.")

con("rule_added", "NJ_DIR",
    [("those operating under its authority.", "those operating under its authority. Accordingly, no state, county, or local law enforcement agency shall enter into or renew an agreement to exercise federal immigration authority under Section 287(g) of the Immigration and Nationality Act.")],
    [ch("", "Accordingly, no state, county, or local law enforcement agency shall enter into or renew an agreement to exercise federal immigration authority under Section 287(g) of the Immigration and Nationality Act.",
        "limits_enforcement", ["raids_joint_operations", "enforcement_authority"], "A ban on new or renewed 287(g) agreements is added.")],
    "a sentence barring new or renewed 287(g) agreements added at the end of the third paragraph.")

# ---------------------------------------------------------------- NY AG guidance
NY_NOTE = "However, LEAs may notify federal immigration authorities of an individual's release date, without extending their detention, under narrow circumstances as described below in Part III, Principle 2."
con("exception_removed", "NY_AG",
    [(" " + NY_NOTE, "")],
    [ch(NY_NOTE, "", "limits_enforcement", ["information_sharing", "detainers_holds"],
        "The statement that agencies may notify ICE of release dates is dropped, leaving only the bar on holds.")],
    "the last sentence (release-date notification permitted in narrow circumstances) deleted.")

con("exception_changed", "NY_AG",
    [("alone without a judicial warrant.", "alone without a judicial warrant or an administrative warrant signed by an immigration officer.")],
    [ch("", " or an administrative warrant signed by an immigration officer", "expands_enforcement", ["detainers_holds"],
        "Holds on an ICE administrative warrant become permissible.")],
    "'or an administrative warrant signed by an immigration officer' added after 'without a judicial warrant'.")

con("neutral_rewrite", "NY_AG",
    [("The purpose of this guidance is two-fold:", "This guidance has two purposes:"),
     ("fosters a relationship of trust between law enforcement and immigrant communities", "builds trust between law enforcement and immigrant communities")],
    [ch("The purpose of this guidance is two-fold:", "This guidance has two purposes:", "neutral", ["ice_cooperation"], "Same statement of purpose."),
     ch("fosters a relationship of trust", "builds trust", "neutral", ["ice_cooperation"], "Same claim in plainer words.")],
    "two phrases of the Purpose paragraph reworded.")

con("double_negation", "NY_AG",
    [("under New York state law, LEAs are not ordinarily permitted to detain people at the request of federal civil immigration authorities alone without a judicial warrant.",
      "nothing in New York state law ordinarily permits LEAs to detain people at the request of federal civil immigration authorities alone without a judicial warrant.")],
    [ch("under New York state law, LEAs are not ordinarily permitted to detain people",
        "nothing in New York state law ordinarily permits LEAs to detain people",
        "neutral", ["detainers_holds"], "'Not permitted' restated as 'nothing permits'; the bar on holds is unchanged.")],
    "'under New York state law, LEAs are not ordinarily permitted to detain' restated as 'nothing in New York state law ordinarily permits LEAs to detain'.")

# ---------------------------------------------------------------- Oregon CJC
con("exception_changed", "OR_CJC",
    [("other than a qualifying judicial subpoena,", "other than a qualifying judicial subpoena or a request concerning a person convicted of a felony,")],
    [ch("", " or a request concerning a person convicted of a felony", "expands_enforcement", ["ice_cooperation", "information_sharing"],
        "Requests about people with felony convictions no longer have to be declined.")],
    "requests concerning persons convicted of a felony added to the exception from the decline-and-document duty.")

con("definition_change", "OR_CJC",
    [("and other special government bodies all qualify as public bodies.",
      "and other special government bodies all qualify as public bodies. A private contractor operating a jail or detention facility on behalf of a public body is treated as a public body.")],
    [ch("", "A private contractor operating a jail or detention facility on behalf of a public body is treated as a public body.",
        "limits_enforcement", ["ice_cooperation", "detainers_holds"],
        "Private jail contractors now fall under the duty to decline immigration requests.")],
    "the answer on 'public bodies' extended to private contractors operating jails or detention facilities.")

con("rule_added", "OR_CJC",
    [("Which agencies qualify as public bodies?",
      "Must my agency decline a request about a person held in custody on a criminal charge?\nYes. Unless the request comes with a qualifying judicial subpoena or a judicial warrant, it must be declined and reported, including requests to hold the person or to give notice of release.\n\nWhich agencies qualify as public bodies?")],
    [ch("", "Must my agency decline a request about a person held in custody on a criminal charge?\nYes. Unless the request comes with a qualifying judicial subpoena or a judicial warrant, it must be declined and reported, including requests to hold the person or to give notice of release.",
        "limits_enforcement", ["detainers_holds", "information_sharing"],
        "A new answer makes clear that hold and release-notice requests for people in criminal custody must be declined.")],
    "a new FAQ on requests about persons in criminal custody (hold and release-notice requests must be declined) inserted before 'Which agencies qualify as public bodies?'.")

# ---------------------------------------------------------------- Texas Governor press release (counter-directive)
TX1 = "- Directing state agencies to assist federal immigration officers to investigate, arrest, detain, and deport illegal immigrants in Texas."
con("scope_change", "TX_PR",
    [(TX1, "- Directing state agencies to assist federal immigration officers to investigate and arrest illegal immigrants in Texas who are charged with a criminal offense.")],
    [ch("to investigate, arrest, detain, and deport illegal immigrants in Texas.",
        "to investigate and arrest illegal immigrants in Texas who are charged with a criminal offense.",
        "limits_enforcement", ["ice_cooperation", "enforcement_authority"],
        "State help is confined to investigating and arresting people charged with crimes; detention and deportation help is dropped.")],
    "the first order narrowed to investigating and arresting persons charged with a criminal offense.")

con("scope_change", "TX_PR",
    [(TX1, TX1[:-1] + ", including by honoring immigration detainer requests and providing release dates of noncitizens in custody to U.S. Immigration and Customs Enforcement.")],
    [ch("", ", including by honoring immigration detainer requests and providing release dates of noncitizens in custody to U.S. Immigration and Customs Enforcement",
        "expands_enforcement", ["detainers_holds", "information_sharing"],
        "The directive now expressly covers detainer holds and release-date sharing with ICE.")],
    "detainer holds and release-date sharing with ICE added to the first order.")

con("approval_added", "TX_PR",
    [(TX1, TX1[:-1] + ", when a request for assistance has been approved in writing by the Director of the Texas Department of Public Safety.")],
    [ch("", ", when a request for assistance has been approved in writing by the Director of the Texas Department of Public Safety",
        "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
        "Assistance to immigration officers now needs written approval by the DPS Director.")],
    "a written-approval condition (Director of DPS) added to the first order.")

con("neutral_rewrite", "TX_PR",
    [("Directing state agencies to assist federal partners to deploy additional border barriers to improve operational security at the southern border.",
      "Directing state agencies to help federal partners deploy more border barriers to improve operational security at the southern border."),
     ("Texas has worked around-the-clock to defend our southern border", "Texas has worked day and night to defend our southern border")],
    [ch("to assist federal partners to deploy additional border barriers", "to help federal partners deploy more border barriers",
        "neutral", ["ice_cooperation"], "Same border-barrier order in other words; it does not touch local immigration enforcement."),
     ch("around-the-clock", "day and night", "neutral", ["ice_cooperation"], "Wording of a quotation only.")],
    "the border-barrier item and a phrase in the Governor's quotation reworded.")

# ---------------------------------------------------------------- Illinois AG page
con("modal_change", "IL_AG",
    [("The TRUST Act generally prohibits local law enforcement in Illinois from participating in immigration enforcement.",
      "The TRUST Act generally permits local law enforcement in Illinois to decide whether to participate in immigration enforcement.")],
    [ch("generally prohibits local law enforcement in Illinois from participating in immigration enforcement",
        "generally permits local law enforcement in Illinois to decide whether to participate in immigration enforcement",
        "expands_enforcement", ["ice_cooperation", "enforcement_authority"], "A general prohibition becomes local discretion.")],
    "'generally prohibits ... from participating' changed to 'generally permits ... to decide whether to participate'.")

con("scope_change", "IL_AG",
    [("The guidance clarifies the restrictions on participation in immigration enforcement by state and local law enforcement in Illinois",
      "The guidance clarifies the restrictions on participation in immigration enforcement, and on sharing information about individuals in custody with federal immigration authorities, by state and local law enforcement in Illinois")],
    [ch("", ", and on sharing information about individuals in custody with federal immigration authorities,",
        "limits_enforcement", ["information_sharing"], "The guidance now also states restrictions on sharing custody information with immigration authorities.")],
    "restrictions on sharing information about individuals in custody added to the description of the guidance.")

con("restated", "IL_AG",
    [("which became law in Illinois in August 2021,", "enacted in Illinois in August 2021,"),
     ("must also submit annual reports to", "are also required to file annual reports with")],
    [ch("which became law in Illinois in August 2021", "enacted in Illinois in August 2021", "neutral", ["ice_cooperation"], "Same date, other words."),
     ch("must also submit annual reports to", "are also required to file annual reports with", "neutral", ["ice_cooperation"], "Same reporting duty reworded.")],
    "two phrases reworded (enactment date; annual reporting duty).")

con("list_added", "IL_AG",
    [("and reminds law enforcement of certain legal obligations to assist foreign nationals and immigrant victims of crimes.",
      "and reminds law enforcement of certain legal obligations to assist foreign nationals and immigrant victims of crimes. Under the TRUST Act, a law enforcement agency or official may not:\n\n(1) detain or continue to detain a person solely on the basis of an immigration detainer or civil immigration warrant;\n\n(2) participate, support, or assist in any capacity with an immigration agent's enforcement operations; or\n\n(3) give immigration agents access to a person in its custody.")],
    [ch("", "Under the TRUST Act, a law enforcement agency or official may not:\n\n(1) detain or continue to detain a person solely on the basis of an immigration detainer or civil immigration warrant;",
        "limits_enforcement", ["detainers_holds"], "A stated prohibition on detainer and civil-warrant holds is added."),
     ch("", "(2) participate, support, or assist in any capacity with an immigration agent's enforcement operations; or\n\n(3) give immigration agents access to a person in its custody.",
        "limits_enforcement", ["raids_joint_operations", "ice_cooperation"], "Prohibitions on joining ICE operations and giving agents access to detainees are added.")],
    "a three-item list of TRUST Act prohibitions (my wording, modelled on 5 ILCS 805/15) added after the second paragraph.")

# ---------------------------------------------------------------- NJ 2007 directive (League letter)
con("list_item_added", "NJ_2007",
    [("listed specific indictable offenses and driving while intoxicated as charges",
      "listed specific indictable offenses, driving while intoxicated and disorderly persons offenses as charges")],
    [ch("specific indictable offenses and driving while intoxicated", "specific indictable offenses, driving while intoxicated and disorderly persons offenses",
        "expands_enforcement", ["status_inquiry"], "Status inquiries are now triggered by arrests for minor (disorderly persons) offenses too.")],
    "disorderly persons offenses added to the charges that trigger the status inquiry.")

con("modal_change", "NJ_2007",
    [("The directive requires local police to inquire about immigration status", "The directive permits local police to inquire about immigration status")],
    [ch("The directive requires local police", "The directive permits local police", "limits_enforcement", ["status_inquiry", "information_sharing"],
        "The duty to ask about status and notify ICE becomes optional.")],
    "'requires' changed to 'permits' in the first sentence of the second paragraph.")

con("exception_added", "NJ_2007",
    [("person requesting assistance from the police.", "person requesting assistance from the police, unless the officer has reason to believe the person has previously been removed from the United States.")],
    [ch("", ", unless the officer has reason to believe the person has previously been removed from the United States",
        "expands_enforcement", ["status_inquiry"], "Victims and witnesses believed to have been removed before may now be questioned about status.")],
    "an exception (persons believed previously removed) added to the victim/witness protection.")

con("scope_change", "NJ_2007",
    [("can only invoke their federal immigration authority after placing an undocumented immigrant under arrest for an indictable offense or for driving while intoxicated.",
      "can invoke their federal immigration authority during any lawful stop or arrest.")],
    [ch("can only invoke their federal immigration authority after placing an undocumented immigrant under arrest for an indictable offense or for driving while intoxicated",
        "can invoke their federal immigration authority during any lawful stop or arrest",
        "expands_enforcement", ["raids_joint_operations", "enforcement_authority"],
        "287(g) street officers may use immigration powers at any stop, not only after serious arrests.")],
    "the arrest condition on 287(g) street officers replaced by 'during any lawful stop or arrest'.")

con("approval_added", "NJ_2007",
    [("for an indictable offense or for driving while intoxicated.", "for an indictable offense or for driving while intoxicated, and only with the approval of the shift supervisor.")],
    [ch("", ", and only with the approval of the shift supervisor", "limits_enforcement", ["supervisor_approval", "raids_joint_operations"],
        "Use of 287(g) powers now also needs a supervisor's approval.")],
    "supervisor approval added as a condition for 287(g) officers invoking their authority.")

# ---------------------------------------------------------------- Oregon DOJ summary (News-Register)
OR_COURT = "* You cannot be arrested from a court facility, or while you are traveling to or from court, with any immigration warrant except a judicial warrant or order signed by a judge."
con("list_item_removed", "OR_NEWS",
    [(OR_COURT + "\n\n", "")],
    [ch(OR_COURT, "", "expands_enforcement", ["detainers_holds", "enforcement_authority"],
        "The protection against courthouse arrests on administrative immigration warrants is removed.")],
    "the courthouse-arrest item deleted.")

con("list_item_added", "OR_NEWS",
    [(OR_COURT, OR_COURT + "\n\n* You may not be held in a state or local jail past your release date because of an immigration detainer or an administrative immigration warrant.")],
    [ch("", "* You may not be held in a state or local jail past your release date because of an immigration detainer or an administrative immigration warrant.",
        "limits_enforcement", ["detainers_holds"], "A new protection against detainer holds is listed.")],
    "an item on detainer holds added after the courthouse item.")

con("cross_clause", "OR_NEWS",
    [("Provisions are summarized this way on the state Department of Justice website:",
      "These protections do not apply to a person who has been convicted of a felony. Provisions are summarized this way on the state Department of Justice website:")],
    [ch("", "These protections do not apply to a person who has been convicted of a felony.", "expands_enforcement",
        ["status_inquiry", "information_sharing"],
        "An exception placed in the introduction removes every listed protection for people with felony convictions.")],
    "a sentence excluding persons convicted of a felony from all the listed protections added to the introductory paragraph.")

con("reparagraphed", "OR_NEWS",
    [("status by state or local law enforcement or government agencies. There are exceptions.\n\n* You may not be investigated",
      "status by state or local law enforcement or government agencies. There are exceptions. You may not be investigated")],
    [ch("There are exceptions.\n\n* You may not be investigated", "There are exceptions. You may not be investigated", "neutral",
        ["status_inquiry", "enforcement_authority"], "Two list items run together; same words.")],
    "the first two items joined into one paragraph (bullet mark dropped, no word changed).")

con("double_negation", "OR_NEWS",
    [("* You can access certain government services without being asked about your immigration status.",
      "* Nothing prevents a state or local agency from asking about your immigration status before you access government services.")],
    [ch("* You can access certain government services without being asked about your immigration status.",
        "* Nothing prevents a state or local agency from asking about your immigration status before you access government services.",
        "expands_enforcement", ["access_to_services", "status_inquiry"],
        "A protection from status questions becomes an express permission to ask.")],
    "the services item rewritten as a 'nothing prevents ... from asking' clause.")

# ---------------------------------------------------------------- Oregon DOJ toolkit (2025) and About text
con("modal_change", "OR_TK_NEW",
    [("ORS 181A.823(3) requires a law enforcement agency to provide notice", "ORS 181A.823(3) encourages a law enforcement agency to provide notice"),
     ("By statute, notice must be in writing", "By statute, notice should be in writing")],
    [ch("requires a law enforcement agency to provide notice", "encourages a law enforcement agency to provide notice",
        "expands_enforcement", ["status_inquiry"], "The duty to warn detainees of their right not to disclose status becomes a recommendation."),
     ch("notice must be in writing", "notice should be in writing", "expands_enforcement", ["status_inquiry"],
        "The form requirement of the notice is softened to a recommendation.")],
    "'requires' -> 'encourages' and 'must' -> 'should' in the notice item.")

con("scope_change", "OR_TK_NEW",
    [("from involvement in federal immigration enforcement", "from involvement in federal civil immigration enforcement")],
    [ch("from involvement in federal immigration enforcement", "from involvement in federal civil immigration enforcement",
        "expands_enforcement", ["enforcement_authority", "ice_cooperation"],
        "The prohibition is narrowed to civil enforcement, leaving criminal immigration enforcement open.")],
    "'federal immigration enforcement' narrowed to 'federal civil immigration enforcement' in the first paragraph.")

con("exception_removed", "OR_ABOUT_NEW",
    [("regarding immigration enforcement without a judicial order to be documented", "regarding immigration enforcement to be documented"),
     (" There may be exceptions to each of these.", "")],
    [ch("regarding immigration enforcement without a judicial order to be documented", "regarding immigration enforcement to be documented",
        "limits_enforcement", ["ice_cooperation", "information_sharing"], "Requests with a judicial order are no longer carved out of the deny-and-report rule."),
     ch("There may be exceptions to each of these.", "", "limits_enforcement", ["ice_cooperation"],
        "The general caveat that the prohibitions have exceptions is dropped.")],
    "'without a judicial order' and the sentence 'There may be exceptions to each of these.' deleted.")

con("rule_removed", "OR_ABOUT_NEW",
    [(" State and local police are prohibited from acting on non-judicial warrants (see our Glossary).", "")],
    [ch("State and local police are prohibited from acting on non-judicial warrants (see our Glossary).", "", "expands_enforcement",
        ["detainers_holds"], "The bar on acting on ICE administrative warrants is removed.")],
    "the sentence on non-judicial warrants deleted.")

# ---------------------------------------------------------------- Washington AG KWW form page
con("list_item_added", "WA_FORM_OLD",
    [("shelters and courthouses must either", "shelters; public libraries and courthouses must either")],
    [ch("", "; public libraries", "limits_enforcement", ["access_to_services"],
        "Public libraries must now adopt the limiting model policy or explain why not.")],
    "public libraries added to the list of bodies covered by the adopt-or-notify requirement.")

con("list_item_removed", "WA_FORM_OLD",
    [("must either: (1) Adopt policies consistent with the AGO's guidance; or (2) Notify the Attorney General that the agency is not adopting the AGO's guidance and model policies, state the reasons that the agency is not adopting the model policies and guidance, and provide the attorney general with a copy of the agency's policies to ensure compliance with chapter 440, Laws of 2019.",
      "must adopt policies consistent with the AGO's guidance.")],
    [ch("(2) Notify the Attorney General that the agency is not adopting the AGO's guidance and model policies, state the reasons that the agency is not adopting the model policies and guidance, and provide the attorney general with a copy of the agency's policies to ensure compliance with chapter 440, Laws of 2019.",
        "", "limits_enforcement", ["ice_cooperation"],
        "The opt-out is removed: agencies must adopt the limiting model policies.")],
    "option (2) (notify the AG of non-adoption) deleted, so the list becomes a single duty to adopt.")

con("modal_change", "WA_KWW_NEW",
    [("KWW requires all Washington public schools", "KWW encourages all Washington public schools")],
    [ch("KWW requires all Washington public schools", "KWW encourages all Washington public schools", "expands_enforcement",
        ["ice_cooperation", "access_to_services"], "Adopting the limiting model policy (or explaining why not) becomes voluntary.")],
    "'requires' changed to 'encourages' in the submission requirements.")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, p in enumerate(PAIRS):
            p["id"] = "JY-%02d" % (i + 1)
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(PAIRS), "pairs written")


if __name__ == "__main__":
    main()
