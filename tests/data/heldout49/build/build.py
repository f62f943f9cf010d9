import json, os
from lib import apply, pair_label
import texts as T

SRC = {
 "DALLAS": "Dallas (Texas) Police Department: interim Chief Michael Igo's statement of Feb. 20, 2025 quoting the department's immigration General Order (in effect since Oct. 2017), as reported by NBC DFW, https://www.nbcdfw.com/news/local/dallas-police-immigration-enforcement/3774783/ (article paragraphs 2-7)",
 "SLC": "Salt Lake City (Utah) Police Department immigration policy (Lexipol-style detainer and information-sharing provisions), as quoted and summarised by Ogden Journal (early 2025), https://ogdenjournal.com/salt-lake-city-police-departments-stance-on-ice-cooperation-raises-questions-amid-deportation-push (paragraphs 2-4)",
 "BILLINGS": "Billings (Montana) Police Department, Chief Rich St. John's statement on ICE detainers and immigration status questions, as reported by KULR-8 (2017), https://www.kulr8.com/news/billings-police-uphold-ice-detainer-policies/article_f5ef8f68-76e3-527a-a327-4dfa4e049088.html (from the chief's first statement to the end)",
 "SATX": "City of San Antonio (Texas), Governance Committee staff briefing File 15-5642 'Immigration practices' (San Antonio Police Department; agenda Oct. 28, 2015), https://sanantonio.legistar.com/LegislationDetail.aspx?ID=2503335&GUID=777B2AF1-E4BD-45AB-82C0-85705231654E (SUBJECT through the end of the paragraph on the Immigration Practices document; cut before 'In addition to the Immigration Practices document', where the stored copy breaks off)",
 "NOLA": "New Orleans (Louisiana): AP report 'Landrieu: New Orleans Is Compliant With U.S. Immigration Law' (Oct. 2017) quoting Mayor Landrieu's statement on NOPD Operations Manual Chapter 41.6.1, Paragraph 5, as published by Biz New Orleans, https://www.bizneworleans.com/landrieu-new-orleans-is-compliant-with-u-s-immigration-law/ (cut before 'As such, we continue to state ...', where the stored copy breaks off)",
 "HOUSTON": "Houston (Texas) Police Department revised immigration procedures of Dec. 2004 (after the death of Officer Rodney Johnson), Houston Chronicle report by Matt Stiles (Dec. 29, 2004) as reposted on the MassCops forum, https://masscops.com (thread 'Houston Police Department Revises Immigration Policy after Officer's Death'; cut before the closing quotation, where the stored copy breaks off)",
}
pairs = []
def add(key, situation, edits, changes, what):
    old = getattr(T, key)
    new = apply(old, edits)
    ch = []
    tops = []
    for qo, qn, lab, top, why in changes:
        ch.append({"quote_old": qo, "quote_new": qn, "label": lab, "topics": top, "why": why})
        for t in top:
            if t not in tops: tops.append(t)
    p = {"id": "JZ-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": ch,
         "label": pair_label(ch), "topics": tops,
         "source": "CONSTRUCTED: OLD = real text, " + SRC[key] + ". NEW = OLD with an edit written for this set (not a published version): " + what}
    pairs.append(p)

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- DALLAS ----------------
add("DALLAS", "list_item_removed",
    [("unless necessary to investigate the offense or to provide information regarding federal visas designed for the protection of persons assisting law enforcement, or if", "unless necessary to investigate the offense, or if")],
    [("unless necessary to investigate the offense or to provide information regarding federal visas designed for the protection of persons assisting law enforcement, or if", "unless necessary to investigate the offense, or if", L, ["status_inquiry"],
      "One of the exceptions to the ban on asking victims and witnesses about status (to give information on protective visas) is dropped, so the ban reaches more questioning.")],
    "the visa-information exception removed from the victims/witnesses sentence.")
add("DALLAS", "exception_added",
    [("has engaged in specific conduct constituting a separate criminal offense,\" Igo said.", "has engaged in specific conduct constituting a separate criminal offense, or if a records check shows the victim or witness is the subject of an immigration detainer or an ICE administrative warrant,\" Igo said.")],
    [("", "or if a records check shows the victim or witness is the subject of an immigration detainer or an ICE administrative warrant", E, ["status_inquiry", "detainers_holds"],
      "A new exception lets officers ask victims and witnesses about immigration status whenever an ICE detainer or administrative warrant turns up.")],
    "a fourth exception (detainer or ICE administrative warrant) added to the victims/witnesses sentence.")
add("DALLAS", "modal_change",
    [("are permitted, but not required, to ask about the immigration status only of those persons who are lawfully detained or arrested.", "shall ask about the immigration status of those persons who are lawfully detained or arrested.")],
    [("are permitted, but not required, to ask about the immigration status only of those persons", "shall ask about the immigration status of those persons", E, ["status_inquiry"],
      "Asking detained or arrested persons about status becomes mandatory instead of optional.")],
    "'are permitted, but not required, to ask about the immigration status only of' -> 'shall ask about the immigration status of'.")
add("DALLAS", "scope_change",
    [("stop or contact any person for the sole purpose of determining immigration status", "stop or contact any person for the purpose, in whole or in part, of determining immigration status")],
    [("for the sole purpose of determining immigration status", "for the purpose, in whole or in part, of determining immigration status", L, ["status_inquiry", "enforcement_authority"],
      "The stop ban now also covers stops made partly to check status, not only stops made solely for that purpose.")],
    "'for the sole purpose' -> 'for the purpose, in whole or in part,' in the quoted General Order.")
add("DALLAS", "restated",
    [("Igo said that the Dallas police have not been asked by state or federal law enforcement to participate in any immigration enforcement efforts but that they have assisted agencies in arresting people who were wanted for a criminal offense, regardless of their immigration status.",
      "According to Igo, neither state nor federal law enforcement has asked the Dallas police to take part in any immigration enforcement effort; the department has, however, helped agencies arrest people wanted for a criminal offense, whatever their immigration status."),
     ("Igo said the department's top priorities are to investigate crimes, respond to emergencies, and reduce violent crime in the communities it serves.",
      "Investigating crimes, responding to emergencies and reducing violent crime in the communities it serves remain the department's top priorities, Igo said.")],
    [("Igo said that the Dallas police have not been asked by state or federal law enforcement to participate in any immigration enforcement efforts but that they have assisted agencies in arresting people who were wanted for a criminal offense, regardless of their immigration status.",
      "According to Igo, neither state nor federal law enforcement has asked the Dallas police to take part in any immigration enforcement effort; the department has, however, helped agencies arrest people wanted for a criminal offense, whatever their immigration status.", N, ["raids_joint_operations", "ice_cooperation"],
      "Same facts and the same practice of assisting criminal arrests, in other words."),
     ("Igo said the department's top priorities are to investigate crimes, respond to emergencies, and reduce violent crime in the communities it serves.",
      "Investigating crimes, responding to emergencies and reducing violent crime in the communities it serves remain the department's top priorities, Igo said.", N, ["enforcement_authority"],
      "Word order changed only; the priorities are the same.")],
    "the fifth paragraph and the last sentence reworded without changing their meaning.")
add("DALLAS", "cross_clause",
    [("\"Officers may not ask the immigration status of those who are victims, witnesses, or those who are reporting a crime unless necessary to investigate the offense or to provide information regarding federal visas designed for the protection of persons assisting law enforcement, or if the officer has probable cause that the victim or witness has engaged in specific conduct constituting a separate criminal offense,\" Igo said.",
      "\"Officers may not ask the immigration status of those who are victims, witnesses, or those who are reporting a crime,\" Igo said.\n\nThe order makes exceptions, he said: the question may be asked where \"necessary to investigate the offense or to provide information regarding federal visas designed for the protection of persons assisting law enforcement, or if the officer has probable cause that the victim or witness has engaged in specific conduct constituting a separate criminal offense.\"")],
    [("unless necessary to investigate the offense", "The order makes exceptions, he said: the question may be asked where \"necessary to investigate the offense", N, ["status_inquiry"],
      "The exceptions to the victims/witnesses rule move to their own paragraph with the same three grounds; the rule's effect is unchanged.")],
    "the 'unless ...' exceptions of the victims/witnesses rule moved into a separate following paragraph.")
add("DALLAS", "rule_added",
    [("regardless of their immigration status.\n\nThe chief said Dallas", "regardless of their immigration status.\n\n\"When an arrested person is found to be the subject of an ICE warrant or detainer, officers will notify U.S. Immigration and Customs Enforcement and hold the person for pickup,\" Igo said.\n\nThe chief said Dallas")],
    [("", "When an arrested person is found to be the subject of an ICE warrant or detainer, officers will notify U.S. Immigration and Customs Enforcement and hold the person for pickup", E, ["ice_cooperation", "detainers_holds"],
      "A new duty to notify ICE and hold arrestees on ICE warrants or detainers.")],
    "a new paragraph on notifying ICE and holding arrestees with an ICE warrant or detainer inserted after the fifth paragraph.")
add("DALLAS", "exception_to_exception",
    [("constituting a separate criminal offense,\" Igo said.", "constituting a separate criminal offense, but in no case may a victim of domestic violence, sexual assault or human trafficking be asked about immigration status,\" Igo said.")],
    [("", "but in no case may a victim of domestic violence, sexual assault or human trafficking be asked about immigration status", L, ["status_inquiry"],
      "An exception to the exceptions: victims of these crimes may not be asked even where one of the listed grounds applies.")],
    "a proviso barring status questions to victims of domestic violence, sexual assault or human trafficking added after the exceptions.")

# ---------------- SLC ----------------
add("SLC", "exception_changed",
    [("charged with a federal crime or the detainer", "charged with a federal crime or previously convicted of a felony, or the detainer")],
    [("", "or previously convicted of a felony,", E, ["detainers_holds"],
      "A new exception lets the department hold people on a bare detainer if they have a prior felony conviction.")],
    "'or previously convicted of a felony,' added to the exceptions in the detainer sentence.")
add("SLC", "list_item_removed",
    [("accompanied by a warrant, affidavit of probable cause, or removal order", "accompanied by a warrant")],
    [("accompanied by a warrant, affidavit of probable cause, or removal order", "accompanied by a warrant", L, ["detainers_holds"],
      "A detainer with only an affidavit of probable cause or a removal order no longer justifies a hold, so fewer holds are allowed.")],
    "'affidavit of probable cause, or removal order' deleted from the list of papers that justify a hold.")
add("SLC", "approval_removed_or_weakened",
    [("The policy adds that any requests from ICE or other federal agencies should be directed to a supervisor, leaving the decision for cooperation to the discretion of department leadership.",
      "The policy adds that officers may act on requests from ICE or other federal agencies themselves and inform a supervisor afterwards.")],
    [("any requests from ICE or other federal agencies should be directed to a supervisor, leaving the decision for cooperation to the discretion of department leadership", "officers may act on requests from ICE or other federal agencies themselves and inform a supervisor afterwards", E, ["supervisor_approval", "ice_cooperation"],
      "The decision to help ICE moves from department leadership to the individual officer, with only notice after the fact.")],
    "the supervisor-referral sentence replaced by officer discretion with after-the-fact notice.")
add("SLC", "modal_change",
    [("While SLCPD is not restricted from sharing information with ICE about an individual's immigration status, it is not required to either. The department's policy makes it clear that officers may exchange such information but are not mandated to do so.",
      "SLCPD is required to share information with ICE about an individual's immigration status on request. The department's policy makes it clear that officers shall exchange such information when ICE asks for it.")],
    [("While SLCPD is not restricted from sharing information with ICE about an individual's immigration status, it is not required to either.", "SLCPD is required to share information with ICE about an individual's immigration status on request.", E, ["information_sharing", "ice_cooperation"],
      "Sharing status information with ICE becomes a duty instead of an option."),
     ("officers may exchange such information but are not mandated to do so", "officers shall exchange such information when ICE asks for it", E, ["information_sharing"],
      "'may ... not mandated' becomes 'shall' for officers.")],
    "the two information-sharing sentences changed from permissive to mandatory.")
add("SLC", "neutral_rewrite",
    [("This reflects the department's commitment to upholding civil rights, as individuals will not be detained without clear legal justification.", "The rule reflects the department's commitment to civil rights: no one will be detained without a clear legal basis."),
     ("ICE detainers are often issued for individuals suspected of being removable due to their immigration status, particularly in cases involving serious criminal offenses such as burglary, robbery, sexual assault, or drug trafficking.", "ICE often issues detainers for individuals it suspects are removable because of their immigration status, in particular in cases of serious crimes such as burglary, robbery, sexual assault or drug trafficking.")],
    [("This reflects the department's commitment to upholding civil rights, as individuals will not be detained without clear legal justification.", "The rule reflects the department's commitment to civil rights: no one will be detained without a clear legal basis.", N, ["detainers_holds"],
      "Explanatory sentence reworded; the detainer rule itself is untouched."),
     ("ICE detainers are often issued for individuals suspected of being removable", "ICE often issues detainers for individuals it suspects are removable", N, ["detainers_holds"],
      "Background description of detainers reworded, no rule changed.")],
    "two explanatory sentences reworded.")
add("SLC", "double_negation",
    [("but it does not obligate officers to actively assist with immigration enforcement.", "but nothing in the policy shall be read to relieve officers of a duty to actively assist with immigration enforcement when ICE requests it.")],
    [("but it does not obligate officers to actively assist with immigration enforcement", "but nothing in the policy shall be read to relieve officers of a duty to actively assist with immigration enforcement when ICE requests it", E, ["ice_cooperation", "raids_joint_operations"],
      "Read through the double negative, officers now have a duty to actively assist ICE on request instead of no obligation.")],
    "the 'does not obligate officers' clause replaced by a 'nothing ... shall relieve officers of a duty' clause.")

# ---------------- BILLINGS ----------------
add("BILLINGS", "scope_change",
    [("unless they're under arrest or detained for questioning.\"", "unless they're under arrest.\"")],
    [("unless they're under arrest or detained for questioning", "unless they're under arrest", L, ["status_inquiry"],
      "People merely detained for questioning can no longer be asked about status.")],
    "'or detained for questioning' deleted from the status-question exception.")
add("BILLINGS", "rule_removed",
    [("\"We'll make detentions if requested but other than that, it's business as usual for the police department.\"", "\"Other than that, it's business as usual for the police department.\"")],
    [("We'll make detentions if requested but other than that", "Other than that", L, ["detainers_holds", "ice_cooperation"],
      "The commitment to detain people at ICE's request is dropped.")],
    "the sentence 'We'll make detentions if requested' removed from the last quotation.")
add("BILLINGS", "exception_added",
    [("sweeping the streets for any undocumented individuals.", "sweeping the streets for any undocumented individuals, except when ICE asks us to join one of its operations.")],
    [("", "except when ICE asks us to join one of its operations", E, ["raids_joint_operations", "ice_cooperation"],
      "An exception lets Billings officers take part in ICE sweeps on request.")],
    "an exception for joining ICE operations added to the 'not actively patrolling and sweeping' sentence.")
add("BILLINGS", "restated",
    [("\"We're not going to do anything different than what we normally do,\" said St. John.", "\"Nothing changes from what we normally do,\" said St. John."),
     ("St. John says he wants to make it clear any thought they are deputized to do federal work is false and enforcement of immigration laws fall solely to ICE, and Billings police have no authority to do so.", "St. John wants to be clear that Billings officers are not deputized to do federal work: enforcing immigration laws is ICE's job alone, and Billings police have no authority to do it.")],
    [("\"We're not going to do anything different than what we normally do,\" said St. John.", "\"Nothing changes from what we normally do,\" said St. John.", N, ["ice_cooperation"],
      "Same statement in other words."),
     ("any thought they are deputized to do federal work is false and enforcement of immigration laws fall solely to ICE", "Billings officers are not deputized to do federal work: enforcing immigration laws is ICE's job alone", N, ["enforcement_authority"],
      "The no-authority statement is reworded with the same meaning.")],
    "two sentences reworded.")
add("BILLINGS", "approval_added",
    [("If we come upon something, we'll make notifications if appropriate,\"", "If we come upon something, we'll make notifications if a shift commander approves,\"")],
    [("we'll make notifications if appropriate", "we'll make notifications if a shift commander approves", L, ["supervisor_approval", "ice_cooperation"],
      "A shift commander's approval is now needed before officers notify ICE.")],
    "'if appropriate' -> 'if a shift commander approves' in the notification sentence.")

# ---------------- SATX ----------------
add("SATX", "rule_added",
    [("officers do not have the authority to detain or arrest any person.", "officers do not have the authority to detain or arrest any person. Officers will not ask any person for proof of citizenship or legal residency.")],
    [("", "Officers will not ask any person for proof of citizenship or legal residency.", L, ["document_requests", "status_inquiry"],
      "A new ban on demanding proof of citizenship or residency.")],
    "the sentence 'Officers will not ask any person for proof of citizenship or legal residency.' (wording reported as having stood in SAPD General Manual 618 before Sept. 2017) added after the detention sentence.")
add("SATX", "exception_added",
    [("Unless officers have reasonable suspicion to believe a person has committed a crime or are witness to a crime,", "Unless officers have reasonable suspicion to believe a person has committed a crime, is unlawfully present in the United States, or are witness to a crime,")],
    [("has committed a crime or are witness to a crime", "has committed a crime, is unlawfully present in the United States, or are witness to a crime", E, ["enforcement_authority"],
      "Suspected unlawful presence becomes a ground for officers to detain.")],
    "'is unlawfully present in the United States' added to the grounds for detention.")
add("SATX", "neutral_rewrite",
    [("This was developed in order to create an open dialogue with the community and insure a focus and prioritization on public safety in San Antonio.", "The document was written to open a dialogue with the community and to keep the focus and priority on public safety in San Antonio."),
     ("The San Antonio Police Department's current policies and procedures effectively protect the safety and security of all persons contacting police for assistance.", "The safety and security of all persons who contact police for assistance are effectively protected by the San Antonio Police Department's current policies and procedures.")],
    [("This was developed in order to create an open dialogue with the community", "The document was written to open a dialogue with the community", N, ["access_to_services"],
      "Purpose sentence reworded; nothing about enforcement changes."),
     ("The San Antonio Police Department's current policies and procedures effectively protect the safety and security of all persons contacting police for assistance.", "The safety and security of all persons who contact police for assistance are effectively protected by the San Antonio Police Department's current policies and procedures.", N, ["access_to_services"],
      "Passive rewording of the summary.")],
    "the summary and one sentence of the background reworded.")
add("SATX", "scope_change",
    [("should not fear contacting the police if they have been a victim or a witness to a crime.", "should not fear contacting the police for any reason.")],
    [("if they have been a victim or a witness to a crime", "for any reason", L, ["access_to_services"],
      "The assurance of safe contact with police widens from victims and witnesses to everyone, for any reason.")],
    "'if they have been a victim or a witness to a crime' -> 'for any reason'.")

# ---------------- NOLA ----------------
add("NOLA", "exception_added",
    [("however, the NOPD will not be the federal government's deportation force.", "however, the NOPD will not be the federal government's deportation force, except where a federal judge has issued a warrant for a person's removal.")],
    [("", "except where a federal judge has issued a warrant for a person's removal", E, ["enforcement_authority", "detainers_holds"],
      "An exception lets NOPD act on judicially issued removal warrants, carving into the 'not a deportation force' rule.")],
    "an exception for judicial removal warrants added to the 'deportation force' sentence.")
add("NOLA", "rule_added",
    [("regardless of their immigration status.\n\n\"The Department", "regardless of their immigration status, and will not ask any person about that status.\n\n\"The Department")],
    [("", "and will not ask any person about that status", L, ["status_inquiry"],
      "Adds a ban on asking anyone about immigration status.")],
    "'and will not ask any person about that status' added to the last sentence of the first quotation.")
add("NOLA", "reparagraphed",
    [("We will build relationships between the NOPD and all community members. The City", "We will build relationships between the NOPD and all community members.\n\nThe City"),
     ("In a statement Thursday, Mayor Mitch Landrieu says the DOJ confirmed the city's compliance. He says", "In a statement Thursday, Mayor Mitch Landrieu says the DOJ confirmed the city's compliance.\n\nHe says")],
    [("We will build relationships between the NOPD and all community members. The City", "We will build relationships between the NOPD and all community members.\n\nThe City", N, ["access_to_services"],
      "Paragraph break only; same words."),
     ("the DOJ confirmed the city's compliance. He says", "the DOJ confirmed the city's compliance.\n\nHe says", N, ["information_sharing"],
      "Paragraph break only; same words.")],
    "two paragraph breaks added; words unchanged.")
add("NOLA", "rule_added",
    [("The NOPD will continue to focus on the arrest and conviction of violent criminals, regardless of their immigration status.", "The NOPD will continue to focus on the arrest and conviction of violent criminals, regardless of their immigration status. NOPD officers will not take part in joint operations with ICE whose purpose is civil immigration enforcement.")],
    [("", "NOPD officers will not take part in joint operations with ICE whose purpose is civil immigration enforcement.", L, ["raids_joint_operations"],
      "New ban on joining ICE civil-enforcement operations.")],
    "a sentence banning joint civil-immigration operations with ICE added to the first quotation.")

# ---------------- HOUSTON ----------------
add("HOUSTON", "list_item_removed",
    [("The department will allow immigration agents unfettered access to the city's two jails, as they have had in the Harris County jail, and officers will start asking all arrestees whether they are citizens.\n\n", "")],
    [("The department will allow immigration agents unfettered access to the city's two jails, as they have had in the Harris County jail, and officers will start asking all arrestees whether they are citizens.", "", L, ["ice_cooperation", "status_inquiry"],
      "The jail-access and ask-all-arrestees changes are no longer among the revisions.")],
    "the jail-access/citizenship-question item deleted from the list of changes.")
add("HOUSTON", "scope_change",
    [("Officers still will not inquire about the immigration status of people they haven't arrested,", "Officers still will not inquire about the immigration status of people they haven't arrested or detained,")],
    [("people they haven't arrested,", "people they haven't arrested or detained,", E, ["status_inquiry"],
      "Read carefully, the ban now covers only people neither arrested nor detained, so detained people may be asked: the ban shrinks.")],
    "'or detained' added after 'haven't arrested' (double-negative reading: narrows the ban).")
add("HOUSTON", "exception_changed",
    [("if warrant checks show they are wanted by federal agents for defying an order to leave the country or for returning after being deported in connection with a criminal case.", "if warrant checks show they are wanted by federal agents for any immigration violation.")],
    [("for defying an order to leave the country or for returning after being deported in connection with a criminal case", "for any immigration violation", E, ["detainers_holds"],
      "Holds for minor offenders now cover any federal immigration want, not just absconders and criminal deportees.")],
    "the grounds for holding Class C arrestees widened to 'any immigration violation'.")
add("HOUSTON", "approval_added",
    [("The department will hold people detained or arrested for traffic violations", "With the approval of a supervisor, the department will hold people detained or arrested for traffic violations")],
    [("The department will hold people detained or arrested", "With the approval of a supervisor, the department will hold people detained or arrested", L, ["supervisor_approval", "detainers_holds"],
      "Each hold for federal agents now needs a supervisor's approval.")],
    "'With the approval of a supervisor,' added before the hold rule.")
add("HOUSTON", "mixed",
    [("Fingerprints of anyone booked into the jails without proper identification will be checked", "Fingerprints of anyone booked into the jails will be checked"),
     ("and officers will start asking all arrestees whether they are citizens.", "and officers will start asking arrestees whether they are citizens only where the answer is needed for consular notification.")],
    [("Fingerprints of anyone booked into the jails without proper identification will be checked", "Fingerprints of anyone booked into the jails will be checked", E, ["information_sharing"],
      "Fingerprint checks against the national database now cover every booking, not only those without ID."),
     ("officers will start asking all arrestees whether they are citizens", "officers will start asking arrestees whether they are citizens only where the answer is needed for consular notification", L, ["status_inquiry"],
      "The universal citizenship question is cut back to consular-notification cases.")],
    "the fingerprint sentence widened to all bookings; the ask-all-arrestees clause narrowed to consular-notification cases.")
add("HOUSTON", "restated",
    [("Under existing policy, police generally did not hold such people for federal authorities, even if officers were aware of the federal warrants.", "Until now, police generally did not hold such people for federal authorities even when officers knew of the federal warrants."),
     ("That could help officers identify wanted criminals, including people wanted for serious immigration violations, police say.", "Police say that could help officers identify wanted criminals, among them people wanted for serious immigration violations.")],
    [("Under existing policy, police generally did not hold such people for federal authorities, even if officers were aware of the federal warrants.", "Until now, police generally did not hold such people for federal authorities even when officers knew of the federal warrants.", N, ["detainers_holds"],
      "Description of the former practice reworded, same content."),
     ("That could help officers identify wanted criminals, including people wanted for serious immigration violations, police say.", "Police say that could help officers identify wanted criminals, among them people wanted for serious immigration violations.", N, ["information_sharing"],
      "Sentence reordered; same meaning.")],
    "two sentences reworded.")

# ---------------- extra ----------------
add("DALLAS", "list_item_added",
    [("unless necessary to investigate the offense or to provide information", "unless necessary to investigate the offense, to confirm the identity of a person who has no other identification, or to provide information")],
    [("unless necessary to investigate the offense or to provide information", "unless necessary to investigate the offense, to confirm the identity of a person who has no other identification, or to provide information", E, ["status_inquiry", "document_requests"],
      "A new ground is added to the exceptions to the ban on asking victims and witnesses, so the ban narrows.")],
    "a new exception (to confirm the identity of a person without other identification) inserted in the list of exceptions.")
add("SLC", "scope_change",
    [("unless the person has been charged with a federal crime", "unless the person has been charged with a federal felony"),
     ("should be directed to a supervisor, leaving the decision", "must be directed to the on-duty watch commander, leaving the decision")],
    [("charged with a federal crime", "charged with a federal felony", L, ["detainers_holds"],
      "Only federal felony charges, not any federal crime, now allow a hold on a detainer."),
     ("should be directed to a supervisor", "must be directed to the on-duty watch commander", L, ["supervisor_approval", "ice_cooperation"],
      "ICE requests must now go to a higher-ranking commander, and the referral is mandatory.")],
    "'federal crime' -> 'federal felony' in the detainer exception; 'should be directed to a supervisor' -> 'must be directed to the on-duty watch commander'.")
add("HOUSTON", "rule_removed",
    [("Officers still will not inquire about the immigration status of people they haven't arrested, so the changes are unlikely to quiet critics who have labeled Houston a \"sanctuary city\" for illegal immigrants.", "The changes are unlikely to quiet critics who have labeled Houston a \"sanctuary city\" for illegal immigrants.")],
    [("Officers still will not inquire about the immigration status of people they haven't arrested, so the changes", "The changes", E, ["status_inquiry"],
      "The statement that officers will not ask non-arrested people about status is gone, removing that limit.")],
    "the clause keeping the ban on asking non-arrested people about status deleted.")

with open(os.path.join(os.path.dirname(__file__), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
