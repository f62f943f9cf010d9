import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from bases import NORTH, MIDDLESEX, IPSWICH, MALDEN

SRC = {
 "N": ("Northampton (MA) Code, article adopted 12-5-2019 by Ord. No. 19.153 ('Safe City' ordinance): definitions and "
       "subsections A-B(3), verbatim from https://ecode360.com/35193752 (the stored copy breaks off inside B(4), so the "
       "text stops after B(3)).", NORTH),
 "M": ("Middlesex County (NJ) Board of Chosen Freeholders, 'Middlesex County Policy Regarding Interaction with Homeland "
       "Security's Immigration and Customs Enforcement (ICE)', adopted 1 June 2017, verbatim from "
       "https://ja.scribd.com/document/392828529/ICE-Policy (stored copy breaks off after offense item ii, so the "
       "second exception and Part II (Sheriff's Department) are not reproduced; items put on separate lines).", MIDDLESEX),
 "I": ("Town of Ipswich (MA) General Bylaws, Trust Act article (adopted 5-9-2017 ATM by Art. 25, approved 12-1-2017), "
       "definitions section, verbatim from https://ecode360.com/33657874 (stored copy breaks off inside the next "
       "definition; the unlabelled list items are put on separate lines). The article's operative rule (no detention "
       "on a civil immigration detainer request once the person is eligible for release, with exceptions for certain "
       "convictions) is known from Ipswich Chronicle reports (28 Feb and 27 Apr 2017) and is not reproduced.", IPSWICH),
 "ML": ("Malden (MA) City Council resolution, Title text verbatim from https://cityofmalden.legistar.com/"
        "LegislationDetail.aspx?GUID=AA056000-4D4C-48C1-96A4-2A063263E01A&ID=5145326 (date of passage not shown in "
        "the stored copy).", MALDEN),
}
L, E, U = "limits_enforcement", "expands_enforcement", "neutral"
P = []
def add(base, situation, edits, changes, what):
    src, old = SRC[base]
    new = apply(old, edits)
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    P.append(dict(id="", situation=situation, old=old, new=new, changes=ch, label=pair_label(ch), topics=tops,
                  source="CONSTRUCTED: OLD = " + src + " NEW = my edit: " + what))

# ---------------- Northampton
add("N", "exception_added",
 [("required by state or federal law or to provide a public benefit.", "required by state or federal law, to provide a public benefit or to investigate a criminal offense."),
  ("unless to provide a public benefit.", "unless to provide a public benefit or to investigate a criminal offense.")],
 [("or federal law or to provide a public benefit.", "or to investigate a criminal offense.", E, ["status_inquiry"], "A new exception lets City resources be used to determine immigration status whenever a criminal offense is being investigated."),
  ("(2) To take action on the basis of actual or perceived immigration status, unless to provide a public benefit.", "(2) To take action on the basis of actual or perceived immigration status, unless to provide a public benefit or to investigate a criminal offense.", E, ["enforcement_authority", "status_inquiry"], "Action based on immigration status is now allowed in criminal investigations, widening the exception to the ban.")],
 "added 'or to investigate a criminal offense' as a further exception in B(1) and B(2).")
add("N", "list_item_added",
 [("on the basis of an immigration detainer.", "on the basis of an immigration detainer.\n\n(4) To perform the functions of an immigration officer, whether pursuant to 8 U.S.C. § 1357(g) or any other law.\n\n(5) To give federal immigration officials access to an individual in City custody for an interview, unless the officials present a judicial warrant.")],
 [("", "(4) To perform the functions of an immigration officer, whether pursuant to 8 U.S.C. § 1357(g) or any other law.", L, ["raids_joint_operations", "enforcement_authority"], "A new item bars City resources from being used to act as immigration officers, including under 287(g) agreements."),
  ("", "(5) To give federal immigration officials access to an individual in City custody for an interview, unless the officials present a judicial warrant.", L, ["ice_cooperation"], "A new item bars giving immigration officials interview access to people in custody without a judicial warrant.")],
 "added items B(4) (287(g)/immigration-officer functions; the real ordinance has a similar item (4) whose end is cut off in the stored copy) and B(5) (interview access).")
add("N", "definition_change",
 [("Refers to the federal agency Immigration and Customs Enforcement (ICE), and any other federal agency charged with the enforcement of immigration laws.", "Refers to the federal agency Immigration and Customs Enforcement (ICE).")],
 [(", and any other federal agency charged with the enforcement of immigration laws", "", E, ["ice_cooperation", "information_sharing"], "Subsection A's ban on facilitating 'federal immigration enforcement' now covers only ICE, so help to CBP or other immigration agencies is no longer barred.")],
 "deleted the words after '(ICE)' in the definition of IMMIGRATION ENFORCEMENT.")
add("N", "modal_change",
 [("the City shall not take any action", "the City is not required to take any action")],
 [("the City shall not take any action", "the City is not required to take any action", E, ["ice_cooperation", "information_sharing"], "A prohibition on facilitating immigration enforcement becomes a mere absence of duty, so the City may now choose to help.")],
 "in A, 'shall not take' became 'is not required to take'.")
add("N", "exception_removed",
 [("required by state or federal law or to provide a public benefit.", "required by state or federal law."),
  ("immigration status, unless to provide a public benefit.", "immigration status.")],
 [(" or to provide a public benefit.", "required by state or federal law.", L, ["status_inquiry"], "Determining immigration status is no longer allowed for benefit eligibility, only where law requires it."),
  ("immigration status, unless to provide a public benefit.", "immigration status.", L, ["status_inquiry", "access_to_services"], "Taking action on the basis of immigration status is now barred without the public-benefit exception.")],
 "deleted the public-benefit exceptions in B(1) and B(2).")
add("N", "double_negation",
 [("(3) To neither detain nor delay the release", "(3) To detain or delay the release")],
 [("To neither detain nor delay the release", "To detain or delay the release", U, ["detainers_holds"], "Under the stem 'City resources shall not be used', the garbled 'to neither detain nor delay' already meant a ban on detaining or delaying release; the rewording only fixes the double negative.")],
 "in B(3), 'To neither detain nor delay' became 'To detain or delay'.")
add("N", "reparagraphed",
 [("B. Furthermore, City resources shall not be used:\n\n(1)", "B. Furthermore, City resources shall not be used: (1)"),
  ("public benefit.\n\n(2) To take", "public benefit. (2) To take"),
  ("public benefit.\n\n(3) To neither", "public benefit. (3) To neither")],
 [("City resources shall not be used:\n\n(1) To determine", "City resources shall not be used: (1) To determine", U, ["status_inquiry", "detainers_holds"], "Items (1)-(3) are run into one paragraph with the stem; the words are unchanged.")],
 "removed the paragraph breaks between the stem of B and items (1)-(3).")
add("N", "scope_change",
 [("for the sole purpose of facilitating", "for the purpose of facilitating")],
 [("for the sole purpose of facilitating", "for the purpose of facilitating", L, ["ice_cooperation", "information_sharing"], "Dropping 'sole' makes the ban reach actions that facilitate immigration enforcement even when they also serve another purpose.")],
 "deleted 'sole' in A.")
add("N", "exception_added",
 [("on the basis of an immigration detainer.", "on the basis of an immigration detainer, except that the Chief of Police may approve in writing a detention of up to 48 hours where the individual has been convicted of a felony.")],
 [("", "except that the Chief of Police may approve in writing a detention of up to 48 hours where the individual has been convicted of a felony", E, ["detainers_holds", "supervisor_approval"], "A new exception lets the Chief of Police authorise detainer holds for people with felony convictions, which B(3) previously barred.")],
 "added a Chief-of-Police-approved felony exception at the end of B(3).")
add("N", "cross_clause",
 [("including providing nonmandatory information to any state or federal agency.", "including providing nonmandatory information to any state or federal agency. Nothing in Subsection B shall prevent the Police Department from responding to a request from federal immigration officials for information about an individual's criminal history or custody status.")],
 [("", "Nothing in Subsection B shall prevent the Police Department from responding to a request from federal immigration officials for information about an individual's criminal history or custody status.", E, ["information_sharing", "ice_cooperation"], "A saving clause placed in A lets police answer immigration officials' requests for criminal-history and custody information despite the limits elsewhere.")],
 "added a sentence at the end of A carving out information requests.")
add("N", "rule_removed",
 [("\n\n(3) To neither detain nor delay the release of an individual otherwise eligible for release from custody on the basis of an immigration detainer.", "")],
 [("(3) To neither detain nor delay the release of an individual otherwise eligible for release from custody on the basis of an immigration detainer.", "", E, ["detainers_holds"], "Deleting B(3) removes the explicit ban on holding people on immigration detainers.")],
 "deleted item B(3).")
add("N", "cross_clause",
 [("on the basis of an immigration detainer.", "on the basis of an immigration detainer, unless the detainer is accompanied by a judicial warrant.")],
 [("", ", unless the detainer is accompanied by a judicial warrant", U, ["detainers_holds"], "A person held on a judicial warrant is already not 'eligible for release from custody' under the definition, so B(3) never reached them; the new clause states what the definition already provides.")],
 "added ', unless the detainer is accompanied by a judicial warrant' at the end of B(3).")
add("N", "approval_added",
 [("including providing nonmandatory information to any state or federal agency.", "including providing nonmandatory information to any state or federal agency. Any response by a City department to a request for information from a federal immigration enforcement agency shall first be approved in writing by the City Solicitor.")],
 [("", "Any response by a City department to a request for information from a federal immigration enforcement agency shall first be approved in writing by the City Solicitor.", L, ["supervisor_approval", "information_sharing"], "Answers to immigration agencies' information requests now need the City Solicitor's prior written approval.")],
 "added a City Solicitor approval sentence at the end of A.")

# ---------------- Middlesex
add("M", "list_item_added",
 [("ii. Aggravated Assault, 2C:12-1", "ii. Aggravated Assault, 2C:12-1\n\niii. Kidnapping, 2C:13-1\n\niv. Robbery, 2C:15-1")],
 [("", "iii. Kidnapping, 2C:13-1", E, ["detainers_holds"], "Adding kidnapping to the listed offenses widens the exception under which the jail honors ICE detainers."),
  ("", "iv. Robbery, 2C:15-1", E, ["detainers_holds"], "Adding robbery likewise widens the set of people the jail will hold on detainers.")],
 "added offense items iii (kidnapping) and iv (robbery) after item ii.")
add("M", "list_item_removed",
 [("\n\nb. Manslaughter, 2C:11-4", ""), ("\n\nc. Death by vehicular homicide, 2C:11-5", "")],
 [("b. Manslaughter, 2C:11-4", "", L, ["detainers_holds"], "Removing manslaughter from the listed offenses narrows the exception, so fewer detainers are honored."),
  ("c. Death by vehicular homicide, 2C:11-5", "", L, ["detainers_holds"], "Removing vehicular homicide also narrows the exception to the decline-detainers policy.")],
 "deleted sub-items b and c under 'Criminal homicides'.")
add("M", "scope_change",
 [("has been previously convicted of", "has been charged with or previously convicted of")],
 [("has been previously convicted of", "has been charged with or previously convicted of", E, ["detainers_holds"], "Detainers will now be honored for people merely charged with a listed offense, not only those convicted.")],
 "in item 1, 'previously convicted of' became 'charged with or previously convicted of'.")
add("M", "approval_added",
 [("outside of the State of New Jersey.", "outside of the State of New Jersey, and the Warden of the Adult Correction Center has approved honoring the detainer request in writing.")],
 [("", "and the Warden of the Adult Correction Center has approved honoring the detainer request in writing", L, ["supervisor_approval", "detainers_holds"], "Honoring a detainer under the exception now also needs the Warden's written approval.")],
 "added a Warden-approval condition at the end of item 1.")
add("M", "modal_change",
 [("it shall be the general policy of the County of Middlesex to decline", "the County of Middlesex may decline")],
 [("it shall be the general policy of the County of Middlesex to decline", "the County of Middlesex may decline", E, ["detainers_holds"], "Declining detainers becomes optional rather than the County's policy, so the jail may honor detainers outside the listed exceptions.")],
 "in A, 'it shall be the general policy of the County of Middlesex to decline' became 'the County of Middlesex may decline'.")
add("M", "scope_change",
 [("convicted of a first or second degree serious offense", "convicted of a first degree serious offense")],
 [("a first or second degree serious offense", "a first degree serious offense", L, ["detainers_holds"], "Only first-degree convictions now trigger honoring a detainer, narrowing the exception.")],
 "in item 1, 'first or second degree' became 'first degree'.")
add("M", "restated",
 [("Therefore, it shall be the general policy of the County of Middlesex to decline", "Accordingly, the County of Middlesex shall, as a general policy, decline"),
  ("or the equivalent offenses in any other jurisdiction outside of the State of New Jersey.", "or an equivalent offense in a jurisdiction other than New Jersey.")],
 [("Therefore, it shall be the general policy of the County of Middlesex to decline", "Accordingly, the County of Middlesex shall, as a general policy, decline", U, ["detainers_holds"], "The same policy of declining detainers, reworded."),
  ("or the equivalent offenses in any other jurisdiction outside of the State of New Jersey.", "or an equivalent offense in a jurisdiction other than New Jersey.", U, ["detainers_holds"], "Out-of-state equivalents still count; only the wording changed.")],
 "reworded the policy sentence in A and the out-of-state clause in item 1.")
add("M", "exception_removed",
 [(", or the equivalent offenses in any other jurisdiction outside of the State of New Jersey.", ".")],
 [(", or the equivalent offenses in any other jurisdiction outside of the State of New Jersey", "", L, ["detainers_holds"], "Convictions in other jurisdictions no longer trigger honoring a detainer, narrowing the exception.")],
 "deleted the out-of-state equivalent-offense clause from item 1.")
add("M", "neutral_rewrite",
 [("The County of Middlesex has and will continue to cooperate with all law enforcement agencies at the local, state and federal levels in order to ensure the safety of its residents.", "The County of Middlesex cooperates, and will continue to cooperate, with law enforcement agencies at every level of government to keep its residents safe.")],
 [("has and will continue to cooperate with all law enforcement agencies at the local, state and federal levels in order to ensure the safety of its residents", "cooperates, and will continue to cooperate, with law enforcement agencies at every level of government to keep its residents safe", U, ["ice_cooperation"], "The preamble's general statement of cooperation is reworded without changing any rule.")],
 "reworded the first sentence of the preamble.")
add("M", "rule_added",
 [("ii. Aggravated Assault, 2C:12-1", "ii. Aggravated Assault, 2C:12-1\n\nB. Where a detainer request has been lodged for an individual, the Adult Correction Center shall notify ICE of the individual's scheduled release date and time, whether or not the detainer request is honored.\n\nC. ICE agents shall be permitted to interview individuals held in the Adult Correction Center during normal visiting hours.")],
 [("", "the Adult Correction Center shall notify ICE of the individual's scheduled release date and time, whether or not the detainer request is honored", E, ["information_sharing", "detainers_holds"], "A new duty to tell ICE release dates applies even where the detainer itself is declined."),
  ("", "C. ICE agents shall be permitted to interview individuals held in the Adult Correction Center during normal visiting hours.", E, ["ice_cooperation"], "A new rule gives ICE interview access to people held in the jail.")],
 "added new subsections B (release notification) and C (ICE interviews) after the offense list.")
add("M", "exception_to_exception",
 [("outside of the State of New Jersey.", "outside of the State of New Jersey. This circumstance does not apply where the conviction was entered more than ten years before the detainer request was issued.")],
 [("", "This circumstance does not apply where the conviction was entered more than ten years before the detainer request was issued.", L, ["detainers_holds"], "An exception to the exception: old convictions no longer allow a detainer to be honored, so more detainers are declined.")],
 "added a sentence at the end of item 1 excluding convictions older than ten years.")
add("M", "mixed",
 [("has been previously convicted of a first or second degree serious offense", "has been convicted within the preceding ten years of a first, second or third degree serious offense")],
 [("has been previously convicted of a", "has been convicted within the preceding ten years of a", L, ["detainers_holds"], "Limiting qualifying convictions to the last ten years narrows the exception."),
  ("first or second degree serious offense", "first, second or third degree serious offense", E, ["detainers_holds"], "Adding third-degree offenses widens the exception under which detainers are honored.")],
 "in item 1, added a ten-year look-back and extended the exception to third-degree offenses.")

# ---------------- Ipswich
add("I", "list_item_removed",
 [("\n\nThe individual has been referred to pretrial diversion services;", "")],
 [("The individual has been referred to pretrial diversion services;", "", E, ["detainers_holds"], "People referred to diversion are no longer 'eligible for release', so the article's bar on holding eligible people on detainers no longer protects them.")],
 "deleted the pretrial-diversion item from the 'Eligible for release from custody' list.")
add("I", "list_item_added",
 [("The individual has been referred to pretrial diversion services;", "The individual has been referred to pretrial diversion services;\n\nThe individual has been sentenced to an alternative to incarceration, including a rehabilitation facility;")],
 [("", "The individual has been sentenced to an alternative to incarceration, including a rehabilitation facility;", L, ["detainers_holds"], "More people count as eligible for release, so the bar on detainer holds after eligibility covers more cases.")],
 "added an item (alternative to incarceration) to the 'Eligible for release from custody' list.")
add("I", "definition_change",
 [("Convicted means having been proved guilty of a criminal act in a judicial proceeding,", "Convicted means having been proved guilty of a criminal act in a judicial proceeding, or having admitted to sufficient facts resulting in a continuance without a finding,")],
 [("", "or having admitted to sufficient facts resulting in a continuance without a finding,", E, ["detainers_holds"], "The article lets detainers be honored for certain convicted people; widening 'convicted' to continuances without a finding widens that exception.")],
 "widened the definition of 'Convicted'.")
add("I", "restated",
 [("Civil immigration detainer request means a non-mandatory request issued by an authorized federal immigration officer under Section 287.7 of Title 8 of the Code of Federal Regulations to a local law enforcement official to maintain custody of an individual for a period not to exceed 48 hours, excluding Saturdays, Sundays, and holidays, and advise the authorized federal immigration officer prior to the release of that individual.",
   "Civil immigration detainer request means a request, which the recipient is not required to honor, made by an authorized federal immigration officer under 8 C.F.R. § 287.7 asking a local law enforcement official to keep an individual in custody for no more than 48 hours, not counting Saturdays, Sundays, and holidays, and to notify the officer before the individual is released.")],
 [("a non-mandatory request issued by an authorized federal immigration officer under Section 287.7 of Title 8 of the Code of Federal Regulations to a local law enforcement official to maintain custody of an individual for a period not to exceed 48 hours, excluding Saturdays, Sundays, and holidays, and advise the authorized federal immigration officer prior to the release of that individual.",
   "a request, which the recipient is not required to honor, made by an authorized federal immigration officer under 8 C.F.R. § 287.7 asking a local law enforcement official to keep an individual in custody for no more than 48 hours, not counting Saturdays, Sundays, and holidays, and to notify the officer before the individual is released.", U, ["detainers_holds", "ice_cooperation"], "The same definition in plainer words.")],
 "reworded the definition of 'Civil immigration detainer request'.")

# ---------------- Malden
add("ML", "modal_change",
 [("no resources of the City of Malden should be used", "no resources of the City of Malden shall be used"),
  ("The City Council asks that all city staff", "The City Council directs that all city staff")],
 [("should be used", "shall be used", L, ["ice_cooperation"], "A hortatory 'should' becomes a binding prohibition on using City resources for civil immigration enforcement."),
  ("The City Council asks that", "The City Council directs that", L, ["ice_cooperation"], "City staff are now directed, not merely asked, to follow the policy.")],
 "'should be used' -> 'shall be used' and 'asks that' -> 'directs that'.")
add("ML", "exception_changed",
 [("in any manner not required by law, court order, or subpoena.", "in any manner not required by law or by a judicial warrant.")],
 [("not required by law, court order, or subpoena", "not required by law or by a judicial warrant", L, ["ice_cooperation", "information_sharing"], "Subpoenas and other court orders no longer justify assistance; only law or a judicial warrant does, narrowing the exception.")],
 "replaced 'court order, or subpoena' with 'or by a judicial warrant'.")
add("ML", "exception_added",
 [("or other Federal agencies charged with this responsibility.", "or other Federal agencies charged with this responsibility, except where a Federal agency requests assistance in an emergency involving an imminent threat to public safety.")],
 [("", "except where a Federal agency requests assistance in an emergency involving an imminent threat to public safety", E, ["ice_cooperation", "raids_joint_operations"], "A new emergency exception permits assisting ICE or CBP operations on request.")],
 "added an emergency exception at the end of the second sentence.")
add("ML", "scope_change",
 [("responsibility for civil (non-criminal) immigration enforcement", "responsibility for immigration enforcement, whether civil or criminal,")],
 [("civil (non-criminal) immigration enforcement", "immigration enforcement, whether civil or criminal,", L, ["ice_cooperation", "raids_joint_operations"], "The ban now also covers assistance with criminal immigration enforcement.")],
 "widened 'civil (non-criminal) immigration enforcement' to civil or criminal immigration enforcement.")
add("ML", "neutral_rewrite",
 [("We support the protections in the US Constitution for due process and condemn aggressive and inhumane tactics of ICE agents in Malden and other communities across the country.", "The City Council supports the due process protections of the United States Constitution and condemns the aggressive and inhumane tactics used by ICE agents in Malden and across the country."),
  ("we dedicate our resources to creating a safe, livable, and welcoming community for all.", "Malden dedicates its resources to a safe, livable, and welcoming community for everyone.")],
 [("We support the protections in the US Constitution for due process and condemn aggressive and inhumane tactics of ICE agents in Malden and other communities across the country.", "The City Council supports the due process protections of the United States Constitution and condemns the aggressive and inhumane tactics used by ICE agents in Malden and across the country.", U, ["ice_cooperation"], "A policy statement reworded; no rule about assisting ICE changes."),
  ("we dedicate our resources to creating a safe, livable, and welcoming community for all.", "Malden dedicates its resources to a safe, livable, and welcoming community for everyone.", U, ["access_to_services"], "Same aspiration in other words.")],
 "reworded the final paragraph.")
add("ML", "list_item_removed",
 [("Immigration and Customs Enforcement, Customs and Border Protection, or other Federal agencies", "Immigration and Customs Enforcement or other Federal agencies")],
 [("Immigration and Customs Enforcement, Customs and Border Protection, or other Federal agencies", "Immigration and Customs Enforcement or other Federal agencies", U, ["ice_cooperation"], "CBP is still covered by 'other Federal agencies charged with this responsibility', so dropping its name changes nothing.")],
 "deleted 'Customs and Border Protection' from the list of agencies.")
add("ML", "rule_added",
 [("nor shall it be interpreted to do so.", "nor shall it be interpreted to do so. Nothing in this resolution shall prevent members of the Malden Police Department from participating in joint task forces with Federal agencies, including Immigration and Customs Enforcement.")],
 [("", "Nothing in this resolution shall prevent members of the Malden Police Department from participating in joint task forces with Federal agencies, including Immigration and Customs Enforcement.", E, ["raids_joint_operations", "ice_cooperation"], "A new saving clause expressly allows police to join task forces with ICE despite the no-assistance policy.")],
 "added a task-force saving sentence at the end of the second paragraph.")
add("ML", "reparagraphed",
 [("or subpoena. This includes", "or subpoena.\n\nThis includes"), ("the limits of the law. This resolution", "the limits of the law.\n\nThis resolution")],
 [("or subpoena. This includes", "or subpoena.\n\nThis includes", U, ["ice_cooperation"], "The sentence naming ICE and CBP is moved to its own paragraph; words unchanged."),
  ("the limits of the law. This resolution", "the limits of the law.\n\nThis resolution", U, ["ice_cooperation"], "The savings sentence is split into its own paragraph; no change in meaning.")],
 "split two sentences into their own paragraphs.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, p in enumerate(P):
        p["id"] = "JB-%02d" % (i + 1)
        check(p)
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs written")
