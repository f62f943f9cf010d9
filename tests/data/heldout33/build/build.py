import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
SRC = {
 "NEWTON": "Newton (New Jersey) Police Department web page 'Immigrant Trust' (department summary of NJ AG Law Enforcement Directive 2018-6 for its officers; undated, c. 2019), http://newtonpolice.org/immigrant-trust/ (stored copy; cut before the final sentence on complaints, where the copy breaks off; heading line dropped)",
 "MECK": "Mecklenburg County (North Carolina) Sheriff's Office web page on its 287(g) program ('What is 287(g)?', describing the Jail Enforcement Model MOA signed Feb. 28, 2017, expiring June 30, 2019), http://www.mecksheriff.com/encounters.asp (stored copy; cut before 'Eight (8) MCSO Deputies...', where the copy breaks off)",
 "CH_JAN": "Chapel Hill (North Carolina) Police Department, memorandum 'CHPD Immigration Policy', Police Chief Gregg Jarvies to Town Manager Roger Stancil, January 26, 2007 (Attachment 2 to the Nov. 7, 2007 council agenda item 5b), https://townhall.townofchapelhill.org/agendas/2007/11/07/5b/5b-2_immigration_policy_20070126.htm (memo header table set as 'TO:/FROM:' lines; cut before 'If an officer runs', where the stored copy breaks off)",
 "CH_NOV": "Chapel Hill (North Carolina) Police Department, memorandum 'Immigration Report', Police Attorney Terrie Gale and Chief Brian Curran to Town Manager, November 7, 2007 (council agenda item 5b), https://townhall.townofchapelhill.org/agendas/2007/11/07/5b/ (header table set as lines; cut after the paragraph on DMV/NCIC hits, before 'Until 2002', i.e. before the point where the stored copy breaks off)",
 "CH_MAR": "Chapel Hill (North Carolina) Police Department, e-mail directive 'Hits from ICE' sent 'Per the Chief' by Police Attorney Terrie Gale to All Police, March 13, 2007 (Attachment 3 to the Nov. 7, 2007 council agenda item 5b), https://townhall.townofchapelhill.org/agendas/2007/11/07/5b/5b-3_mmigration_email_20070313.htm (cut before 'Chapel Hill is not alone in this', whose paragraph the stored copy truncates)",
 "RISP": "Rhode Island State Police General Order 56A10 'Illegal Immigration Procedures & Consular Notification Special Instructions' (Rev. 06/30/17, reviewed 6/27/2018), I. Purpose and II. Definitions, https://docslib.org/doc/8567828/illegal-immigration-procedures-consular-notification-special-instructions (the stored copy reads 'legal citizens of the .'; the missing words 'United States' were restored; page footer dropped; the copy holds nothing after the definitions)",
 "AMB": "Town of Amherst (Massachusetts) Sanctuary Community Bylaw (citizen-petition bylaw for the April 2017 Town Meeting), Purpose and Section 1 Definitions (a)-(c), https://pt.scribd.com/document/340620332/Amherst-Sanctuary-Bylaw (cut before definition (d), which the stored copy truncates)",
 "AMP16": "Amherst (Massachusetts) Police Department 'Policy Statement' (immigrant community policy) as posted at https://www.amherstpd.org/2016/Policy-Statement (full stored text)",
 "AMPL": "Amherst (Massachusetts) 'Immigrant Community Members' page (Amherst Police Department 'Immigration Enforcement Information' and 'Policy Statement'), https://amherstmarec.org/1580/Immigrant-Community-Members (stored copy, undated; it breaks off after '...personnel of the police department.'; the resource-folder link line dropped)",
}

pairs = []
def P(sit, old, new, changes, source):
    if isinstance(new, list):
        new = apply(old, new)
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = dict(id="JJ-%02d" % (len(pairs) + 1), situation=sit, old=old, new=new, changes=ch,
             label=pair_label(ch), topics=tops, source=source)
    check(p); pairs.append(p)

def C(key, what):
    return "CONSTRUCTED: OLD = real text, %s. NEW = OLD with this edit written for this set: %s" % (SRC[key], what)

# ---------------- GENUINE ----------------
P("mixed", CH_JAN, CH_NOV, [
  ("We will not detain a person merely for the purposes of verifying his immigration status nor will we question a person about his immigration status during a routine detention for another matter (i.e. a traffic stop or a minor criminal offense).",
   "The Chapel Hill Police Department (CHPD) does not inquire into the immigration status of complainants, victims, witnesses, arrestees, or other persons whom we encounter",
   L, ["status_inquiry"], "The no-questioning rule, once limited to routine detentions for other matters, now covers everyone the police encounter, arrestees included."),
  ("we will inquire and attempt to confirm that person's residency status",
   "with the exception that we may check the status of a person who is in our custody for a felony or other violent crime resulting in injury to another person",
   L, ["status_inquiry"], "A duty to inquire into and confirm the status of felony or injury arrestees becomes a permission ('may check') carved out of a general ban."),
  ("and will hold the individual for federal immigration officials if they request same",
   "", L, ["detainers_holds"], "The later statement of policy no longer includes the undertaking to hold such persons for federal immigration officials on request."),
  ("When we arrest someone we are required by federal law to note his country of citizenship on the police report and, if the person is a citizen of a country other than the U. S., we are required by federal law to provide that individual an opportunity to contact that country's consulate.",
   "", N, ["status_inquiry"], "Dropping the description of the consular-notification duty, which federal law imposes anyway, does not change what officers do for immigration enforcement."),
  ("", "information about immigration status came to the CHPD's attention from receiving a \"hit\" from the databases of the North Carolina Division of Motor Vehicles (DMV) and the National Criminal Information Center (NCIC)",
   N, ["information_sharing"], "The new paragraph describes how two past cases arose from database hits; it states facts, not a rule."),
 ], "GENUINE: two successive written statements of the same department's immigration policy, addressed to the Town Manager ten months apart. OLD = " + SRC["CH_JAN"] + ". NEW = " + SRC["CH_NOV"] + ". These are two memoranda, not two editions of one order; the Nov. 2007 report restates the policy after the Fallahi and Herrera Ventura cases.")

P("rule_added", AMP_2016_CUT, AMP_LATER, [
  ("", "Amherst Police personnel do not make inquiries into the immigration status of crime victims, witnesses or others who request our assistance.",
   L, ["status_inquiry"], "The later posting adds an express statement that officers do not ask victims, witnesses or people seeking help about immigration status."),
  ("", "We do not use the threat of immigration status/deportation as leverage with victims, witnesses or suspects.",
   L, ["status_inquiry", "enforcement_authority"], "A new commitment bars using immigration status or deportation as leverage, suspects included."),
  ("", "The Amherst Police Department does not have the authority, nor the resources, to enforce federal immigration laws.",
   L, ["enforcement_authority"], "The page now states that the department does not enforce federal immigration law, which the 2016 statement did not say."),
  ("", "persons wishing to report immigration violations can contact the U.S. Immigration and Customs Enforcement public toll free tip hotline",
   N, ["ice_cooperation"], "Pointing members of the public to ICE's own hotline does not involve officers in enforcement."),
  ("or other individual trait.\n\nSkin color,", "or other individual trait. Skin color,",
   N, ["enforcement_authority"], "The anti-bias sentence is merged into the preceding paragraph without a word changed."),
 ], "GENUINE: two posted versions of the Amherst Police Department's public immigration policy statement. OLD = " + SRC["AMP16"] + ", cut at '...personnel of the police department.' to match the point where the later copy breaks off. NEW = " + SRC["AMPL"] + ". The later page prefixes an 'Immigration Enforcement Information' section to the same Policy Statement.")

# ---------------- NEWTON (NJ) ----------------
P("list_item_removed", NEWTON, [("\n\nParticipate in ICE's civil immigration enforcement operations;", "")], [
  ("Participate in ICE's civil immigration enforcement operations;", "", E, ["raids_joint_operations"], "Dropping the item removes the ban on officers taking part in ICE civil enforcement operations.")],
  C("NEWTON", "the list item 'Participate in ICE's civil immigration enforcement operations;' was deleted from the 'Cannot' list."))
P("exception_changed", NEWTON, [("unless doing so is necessary to the ongoing investigation of a serious offense and relevant to the offense under investigation", "unless doing so is relevant to the ongoing investigation of any offense")], [
  ("unless doing so is necessary to the ongoing investigation of a serious offense and relevant to the offense under investigation", "unless doing so is relevant to the ongoing investigation of any offense",
   E, ["status_inquiry"], "The exception to the ban on asking about status now covers any offense and needs only relevance, not necessity.")],
  C("NEWTON", "the exception in the status-question item was widened from 'necessary to ... a serious offense and relevant' to 'relevant to ... any offense'."))
P("scope_change", NEWTON, [("makes an arrest for a violent or serious offense (including any crime of the 1st or 2nd degree or any domestic violence indictable offense)", "makes an arrest for any indictable offense or for driving while intoxicated")], [
  ("makes an arrest for a violent or serious offense (including any crime of the 1st or 2nd degree or any domestic violence indictable offense)", "makes an arrest for any indictable offense or for driving while intoxicated",
   E, ["status_inquiry", "information_sharing"], "Booking status inquiries and ICE notifications now follow every indictable or DWI arrest, not only violent or serious offenses.")],
  C("NEWTON", "the arrests that trigger the booking inquiry were widened to 'any indictable offense or ... driving while intoxicated' (the wording of the earlier 2007 AG directive)."))
P("modal_change", NEWTON, [("the arresting agency shall notify the Immigration", "the arresting agency may notify the Immigration")], [
  ("the arresting agency shall notify", "the arresting agency may notify", L, ["ice_cooperation", "information_sharing"], "The duty to notify ICE of a possibly unlawfully present arrestee becomes a discretion.")],
  C("NEWTON", "'shall notify' changed to 'may notify'."))
P("list_item_added", NEWTON, [("or suspected immigration status;\n\n", "or suspected immigration status;\n\nHold any individual beyond the time he or she would otherwise be released solely on the basis of an ICE detainer request;\n\n")], [
  ("", "Hold any individual beyond the time he or she would otherwise be released solely on the basis of an ICE detainer request;", L, ["detainers_holds"], "A new item forbids holding people past release on an ICE detainer alone.")],
  C("NEWTON", "a new item on ICE detainer holds was inserted in the 'Cannot' list after the first item."))
P("approval_added", NEWTON, [("the arresting agency shall notify the Immigration", "the arresting agency shall, with the approval of the Chief of Police or his designee, notify the Immigration")], [
  ("", "with the approval of the Chief of Police or his designee,", L, ["supervisor_approval", "ice_cooperation"], "Notifying ICE now needs the Chief's or a designee's approval first.")],
  C("NEWTON", "'with the approval of the Chief of Police or his designee' inserted before the duty to notify ICE."))
P("double_negation", NEWTON, [("databases, or property", "databases, or property, provided that nothing herein shall prevent an officer from sharing an arrestee's booking information with ICE upon request")], [
  ("", "provided that nothing herein shall prevent an officer from sharing an arrestee's booking information with ICE upon request", E, ["information_sharing", "ice_cooperation"], "The proviso carves booking data out of the ban on giving ICE access to databases, so officers may share it on request.")],
  C("NEWTON", "a 'nothing herein shall prevent' proviso allowing booking information to be shared with ICE was added to the last item."))
P("restated", NEWTON, [("Newton Police Officers Cannot:", "Newton Police Officers shall not:"),
                        ("Nothing in the directive limits the ability of Newton Police Officers to enforce state criminal law", "The directive does not restrict Newton Police Officers in enforcing state criminal law")], [
  ("Newton Police Officers Cannot:", "Newton Police Officers shall not:", N, ["enforcement_authority"], "'Cannot' and 'shall not' state the same prohibition."),
  ("Nothing in the directive limits the ability of Newton Police Officers to enforce state criminal law", "The directive does not restrict Newton Police Officers in enforcing state criminal law", N, ["enforcement_authority"], "The assurance about state criminal law is reworded with the same meaning.")],
  C("NEWTON", "the list stem 'Cannot:' became 'shall not:' and the 'Nothing in the directive limits ...' sentence was reworded."))

# ---------------- MECKLENBURG (NC) ----------------
P("scope_change", MECK, [("to identify individuals arrested in Mecklenburg County", "to identify individuals arrested or encountered by deputies in Mecklenburg County")], [
  ("to identify individuals arrested in Mecklenburg County", "to identify individuals arrested or encountered by deputies in Mecklenburg County", E, ["enforcement_authority", "status_inquiry"], "The 287(g) screening reaches anyone deputies encounter, not only people arrested and booked.")],
  C("MECK", "'arrested' widened to 'arrested or encountered by deputies'."))
P("exception_removed", MECK, [("ICE will assume custody of an alien for purposes of removal, only after said individual has been released from the MCSO custody.", "ICE will assume custody of an alien for purposes of removal.")], [
  ("ICE will assume custody of an alien for purposes of removal, only after said individual has been released from the MCSO custody.", "ICE will assume custody of an alien for purposes of removal.", E, ["detainers_holds"], "Removing 'only after ... released from MCSO custody' allows transfer to ICE before local custody ends.")],
  C("MECK", "the limiting clause 'only after said individual has been released from the MCSO custody' was deleted."))
P("rule_added", MECK, [("consistent with ICE's civil immigration enforcement priorities.", "consistent with ICE's civil immigration enforcement priorities. Participating MCSO personnel shall exercise 287(g) authority only within the Arrest Processing Center and shall not take part in immigration enforcement operations in the community.")], [
  ("", "Participating MCSO personnel shall exercise 287(g) authority only within the Arrest Processing Center and shall not take part in immigration enforcement operations in the community.", L, ["raids_joint_operations", "enforcement_authority"], "The new sentence confines 287(g) powers to the jail and bars deputies from community enforcement operations.")],
  C("MECK", "a closing sentence confining 287(g) authority to the Arrest Processing Center was added."))
P("approval_added", MECK, [("and will expire June 30, 2019.", "and will expire June 30, 2019. Any renewal or extension of the MOA shall require the prior approval of the Board of County Commissioners.")], [
  ("", "Any renewal or extension of the MOA shall require the prior approval of the Board of County Commissioners.", L, ["supervisor_approval", "raids_joint_operations"], "Renewing the 287(g) agreement now needs the county board's approval as well as the Sheriff's.")],
  C("MECK", "a sentence requiring the Board of County Commissioners' prior approval for renewing the MOA was added."))
P("neutral_rewrite", MECK, [("Section 287(g) authorizes the Director of Immigration and Customs Enforcement (ICE) to enter into agreements with state and local law enforcement agencies, permitting designated officers to perform immigration law enforcement functions, provided that the officers receive appropriate training and operate under the supervision of ICE officers.",
                             "Under Section 287(g), the Director of Immigration and Customs Enforcement (ICE) may enter into agreements with state and local law enforcement agencies that permit designated officers to perform immigration law enforcement functions, if the officers are appropriately trained and work under the supervision of ICE officers."),
                            ("ICE retains sole discretion in determining how it will manage its detention resources and advance its mission.", "How ICE manages its detention resources and advances its mission remains in ICE's sole discretion.")], [
  ("provided that the officers receive appropriate training and operate under the supervision of ICE officers", "if the officers are appropriately trained and work under the supervision of ICE officers", N, ["raids_joint_operations"], "The account of federal law is reworded; the training and supervision condition is unchanged."),
  ("ICE retains sole discretion in determining how it will manage its detention resources and advance its mission.", "How ICE manages its detention resources and advances its mission remains in ICE's sole discretion.", N, ["detainers_holds"], "The sentence is turned around without changing its meaning.")],
  C("MECK", "the 287(g) definition sentence and the 'ICE retains sole discretion' sentence were reworded without changing their meaning."))

# ---------------- CHAPEL HILL Jan 2007 memo ----------------
CJ = CH_JAN + CH_JAN_TAIL
P("scope_change", CJ, [("If we have an individual in custody for a felony or for an act which resulted in injury to another (i.e. an aggravated assault, domestic violence involving injury or threatening intimidation, a traffic accident fatality)", "If we have an individual in custody for any criminal offense")], [
  ("If we have an individual in custody for a felony or for an act which resulted in injury to another (i.e. an aggravated assault, domestic violence involving injury or threatening intimidation, a traffic accident fatality)", "If we have an individual in custody for any criminal offense", E, ["status_inquiry", "detainers_holds"], "Status checks and holds for immigration officials now apply to anyone in custody for any offense.")],
  C("CH_JAN", "item 2's trigger 'a felony or ... an act which resulted in injury to another (i.e. ...)' was replaced by 'any criminal offense'."))
P("modal_change", CJ, [("and will hold the individual for federal immigration officials if they request same.", "and may hold the individual for federal immigration officials if they request same.")], [
  ("will hold the individual", "may hold the individual", L, ["detainers_holds"], "A commitment to hold on request becomes discretionary.")],
  C("CH_JAN", "'will hold' changed to 'may hold' in item 2."))
P("exception_added", CJ, [("and will hold the individual for federal immigration officials if they request same.", "and will hold the individual for federal immigration officials if they request same, but only where the request is accompanied by a warrant signed by a judge.")], [
  ("", "but only where the request is accompanied by a warrant signed by a judge", L, ["detainers_holds"], "Holds are now conditioned on a judicial warrant, so ICE's own detainers no longer suffice.")],
  C("CH_JAN", "a judicial-warrant condition was attached to the hold in item 2."))
P("rule_removed", CJ, [(" However, we do not ask the individual whether they are in the United States legally.", "")], [
  ("However, we do not ask the individual whether they are in the United States legally.", "", E, ["status_inquiry"], "Deleting the sentence removes the statement that arrestees are not asked about lawful presence.")],
  C("CH_JAN", "the sentence 'However, we do not ask the individual whether they are in the United States legally.' was deleted."))
P("restated", CJ, [("1. We will not detain a person merely for the purposes of verifying his immigration status nor will we question a person about his immigration status during a routine detention for another matter (i.e. a traffic stop or a minor criminal offense).",
                    "1. Officers shall not detain any person solely to verify immigration status, and shall not ask a person about immigration status during a routine detention for another matter, such as a traffic stop or a minor criminal offense.")], [
  ("We will not detain a person merely for the purposes of verifying his immigration status nor will we question a person about his immigration status during a routine detention for another matter (i.e. a traffic stop or a minor criminal offense).",
   "Officers shall not detain any person solely to verify immigration status, and shall not ask a person about immigration status during a routine detention for another matter, such as a traffic stop or a minor criminal offense.", N, ["status_inquiry"], "Item 1 is recast in directive form with the same two prohibitions and the same examples.")],
  C("CH_JAN", "item 1 was reworded in 'Officers shall not' form."))
P("cross_clause", CJ, [("The protocols noted above have been in effect for several years.", "The protocols noted above have been in effect for several years. Item 1 does not apply where the officer has reason to believe the person has previously been deported.")], [
  ("", "Item 1 does not apply where the officer has reason to believe the person has previously been deported.", E, ["status_inquiry", "enforcement_authority"], "A sentence in a later paragraph lifts item 1's bans on detaining and questioning for people believed previously deported.")],
  C("CH_JAN", "a sentence creating an exception to item 1 was added in a later paragraph."))

# ---------------- CHAPEL HILL Mar 2007 e-mail ----------------
P("approval_removed_or_weakened", CH_MAR, [("First, let your supervisor know.\n\nSecond, read", "First, read"), ("Third, if you see \"PREVIOUSLY", "Second, if you see \"PREVIOUSLY"), ("Fourth, if you see", "Third, if you see"), ("Call either Terrie Gale or the Chief. ", "")], [
  ("First, let your supervisor know.", "", E, ["supervisor_approval"], "Officers no longer have to tell a supervisor when a database returns an ICE hit."),
  ("Call either Terrie Gale or the Chief.", "", E, ["supervisor_approval"], "The step of referring administrative-warrant hits to the police attorney or the Chief is removed.")],
  C("CH_MAR", "the 'let your supervisor know' step and the 'Call either Terrie Gale or the Chief' sentence were deleted, and the steps were renumbered."))
P("scope_change", CH_MAR, [("DO NOT CALL the phone number and do not confirm the hit.", "call the phone number listed in the response to confirm the hit and let ICE know where the person can be found.")], [
  ("DO NOT CALL the phone number and do not confirm the hit.", "call the phone number listed in the response to confirm the hit and let ICE know where the person can be found.", E, ["ice_cooperation", "information_sharing"], "Officers must now contact ICE about civil administrative-warrant hits and give ICE the person's location.")],
  C("CH_MAR", "in the Fourth step 'DO NOT CALL ... do not confirm the hit' was replaced by an instruction to call, confirm and tell ICE where the person is."))
P("list_item_added", CH_MAR, [("you can proceed with that.", "you can proceed with that.\n\nFifth, in no case hold the person, or prolong the stop, only to give ICE time to respond to the hit.")], [
  ("", "Fifth, in no case hold the person, or prolong the stop, only to give ICE time to respond to the hit.", L, ["detainers_holds"], "A new step forbids holding a person or prolonging a stop to wait for ICE.")],
  C("CH_MAR", "a Fifth step was added."))
P("reparagraphed", CH_MAR, [("First, let your supervisor know.\n\nSecond, read", "First, let your supervisor know. Second, read"),
                            ("they are NOT CRIMINAL. They are", "they are NOT CRIMINAL.\n\nThey are")], [
  ("First, let your supervisor know.\n\nSecond, read", "First, let your supervisor know. Second, read", N, ["supervisor_approval"], "The first two steps are merged into one paragraph without a word changed."),
  ("they are NOT CRIMINAL. They are", "they are NOT CRIMINAL.\n\nThey are", N, ["enforcement_authority"], "The explanation is split into two paragraphs with the same words.")],
  C("CH_MAR", "the First and Second steps were joined into one paragraph and the last paragraph was split after 'NOT CRIMINAL.'; no words changed."))
P("cross_clause", CH_MAR, [("for noncriminal matters.", "for noncriminal matters. This approach does not apply where the person is also listed as a suspected gang member or terrorist; in those cases, confirm the hit with ICE as in the Third step.")], [
  ("", "This approach does not apply where the person is also listed as a suspected gang member or terrorist; in those cases, confirm the hit with ICE as in the Third step.", E, ["ice_cooperation"], "An exception in the explanation paragraph has officers confirm administrative-warrant hits with ICE for listed gang or terror suspects, despite the Fourth step.")],
  C("CH_MAR", "a sentence excepting suspected gang members or terrorists from the Fourth step was added at the end of the explanation paragraph."))
P("restated", CH_MAR, [("We do not have authority to take persons into custody for civil matters.", "We lack the authority to take anyone into custody for a civil matter.")], [
  ("We do not have authority to take persons into custody for civil matters.", "We lack the authority to take anyone into custody for a civil matter.", N, ["enforcement_authority"], "The same limit on custody for civil matters is stated in other words.")],
  C("CH_MAR", "one sentence of the explanation was reworded."))

# ---------------- RISP GO 56A10 (RI) ----------------
P("scope_change", RISP, [("with general guidance when encountering persons", "with general guidance, and with authority to detain for violations of federal immigration law, when encountering persons")], [
  ("", "and with authority to detain for violations of federal immigration law,", E, ["enforcement_authority"], "The purpose clause now claims detention authority for federal immigration violations.")],
  C("RISP", "the purpose clause was extended with 'and with authority to detain for violations of federal immigration law'."))
P("definition_change", RISP, [("Includes all aliens who are in violation of the immigration laws.", "Includes all aliens who are in violation of the immigration laws, and any alien who cannot produce proof of lawful status when requested by a member.")], [
  ("", "and any alien who cannot produce proof of lawful status when requested by a member", E, ["document_requests", "status_inquiry"], "Failing to show papers when asked now counts as being undocumented, which invites document demands.")],
  C("RISP", "the definition 'Undocumented Alien' was widened to anyone unable to produce proof of lawful status on a member's request."))
P("reparagraphed", RISP, [("2. There are four (4) major classifications of Aliens in the United States:\n\na. Non-Immigrant", "2. There are four (4) major classifications of Aliens in the United States: a. Non-Immigrant"),
                          ("\n\nd. Alien Absconders", " d. Alien Absconders")], [
  ("2. There are four (4) major classifications of Aliens in the United States:\n\na. Non-Immigrant", "2. There are four (4) major classifications of Aliens in the United States: a. Non-Immigrant", N, ["status_inquiry"], "Item a is run into the list stem without a word changed."),
  ("\n\nd. Alien Absconders", " d. Alien Absconders", N, ["status_inquiry"], "Item d is joined to item c's paragraph; the words are unchanged.")],
  C("RISP", "the list stem and item a were joined into one paragraph, and items c and d were joined; no words changed."))
P("list_item_removed", RISP, [("\n\n3. Any person born outside of the United States who has derived U.S. citizenship through their parents.", "")], [
  ("3. Any person born outside of the United States who has derived U.S. citizenship through their parents.", "", E, ["status_inquiry", "enforcement_authority"], "People who derived citizenship through a parent drop out of the 'citizen' definition, so the order's alien procedures could reach them.")],
  C("RISP", "item 3 (derived citizenship) was deleted from the definition of UNITED STATES CITIZEN."))

# ---------------- AMHERST bylaw (MA) ----------------
P("list_item_removed", AMB, [("\n\n(4) The individual has posted a bail or bond, or has been released on his or her own recognizance;", ""),
                             ("(5) The individual has been referred", "(4) The individual has been referred"), ("(6) The individual has been sentenced", "(5) The individual has been sentenced"),
                             ("(7) The individual has been released from custody under probation", "(6) The individual has been released from custody under probation"), ("(8) The individual is otherwise", "(7) The individual is otherwise")], [
  ("(4) The individual has posted a bail or bond, or has been released on his or her own recognizance;", "", E, ["detainers_holds"], "People released on bail or recognizance no longer count as 'eligible for release', so the bylaw's detainer limits protect fewer people.")],
  C("AMB", "item (4) on bail/recognizance was deleted from definition (b), and items (5)-(8) were renumbered."))
P("definition_change", AMB, [(", to maintain custody of an individual once that person is eligible for release from local custody, or to notify the requesting federal immigration office prior to the release of that individual.", ", to maintain custody of an individual once that person is eligible for release from local custody.")], [
  ("or to notify the requesting federal immigration office prior to the release of that individual", "", E, ["information_sharing", "detainers_holds"], "Requests for advance notice of release fall outside the defined 'detainer request', and so outside the bylaw's limits.")],
  C("AMB", "the notification limb was deleted from definition (a)."))
P("neutral_rewrite", AMB, [("It affirms that Amherst is a welcoming town and seeks to ensure public safety and trust between law enforcement and all members of our community.", "It affirms that Amherst is a welcoming town, and its aim is to ensure public safety and trust between all members of our community and law enforcement."),
                           ("(2) The individual has been acquitted of all criminal charges filed against him or her;", "(2) The individual has been found not guilty of every criminal charge filed against him or her;")], [
  ("seeks to ensure public safety and trust between law enforcement and all members of our community", "its aim is to ensure public safety and trust between all members of our community and law enforcement", N, ["access_to_services"], "The purpose sentence is reworded with the same meaning."),
  ("has been acquitted of all criminal charges", "has been found not guilty of every criminal charge", N, ["detainers_holds"], "'Acquitted of all' and 'found not guilty of every' mean the same.")],
  C("AMB", "the purpose sentence and item (b)(2) were reworded."))

# ---------------- AMHERST PD statements ----------------
P("exception_added", AMP_LATER, [("do not make inquiries into the immigration status of crime victims, witnesses or others who request our assistance.", "do not make inquiries into the immigration status of crime victims, witnesses or others who request our assistance, unless the inquiry is relevant to a criminal investigation.")], [
  ("", "unless the inquiry is relevant to a criminal investigation", E, ["status_inquiry"], "A new exception allows asking victims, witnesses and others about status when it is relevant to a criminal investigation.")],
  C("AMPL", "'unless the inquiry is relevant to a criminal investigation' added to the no-inquiry sentence."))
P("rule_removed", AMP_LATER, [(" We do not use the threat of immigration status/deportation as leverage with victims, witnesses or suspects.", "")], [
  ("We do not use the threat of immigration status/deportation as leverage with victims, witnesses or suspects.", "", E, ["status_inquiry", "enforcement_authority"], "The commitment not to use deportation threats as leverage is dropped.")],
  C("AMPL", "the sentence on deportation threats as leverage was deleted."))
P("modal_change", AMP_2016_FULL, [("shall not be contingent upon citizenship or immigration status", "should not ordinarily be contingent upon citizenship or immigration status")], [
  ("shall not be contingent upon", "should not ordinarily be contingent upon", E, ["access_to_services"], "The guarantee that services do not depend on status becomes a softened expectation that admits exceptions.")],
  C("AMP16", "'shall not be contingent' changed to 'should not ordinarily be contingent'."))

# ---------------- CHAPEL HILL Nov 2007 report ----------------
P("exception_changed", CH_NOV, [("who is in our custody for a felony or other violent crime resulting in injury to another person.", "who is in our custody for any criminal offense.")], [
  ("for a felony or other violent crime resulting in injury to another person", "for any criminal offense", E, ["status_inquiry"], "The exception to the no-inquiry rule now covers anyone in custody for any offense.")],
  C("CH_NOV", "the custody exception 'for a felony or other violent crime resulting in injury to another person' was widened to 'for any criminal offense'."))
P("rule_added", CH_NOV, [("if there is a match in either the DMV or NCIC database.", "if there is a match in either the DMV or NCIC database. Officers who receive a hit on an immigration detainer shall report the person's location to ICE.")], [
  ("", "Officers who receive a hit on an immigration detainer shall report the person's location to ICE.", E, ["information_sharing", "ice_cooperation"], "A new duty has officers tell ICE where people with detainer hits are.")],
  C("CH_NOV", "a sentence requiring officers to report detainer hits to ICE was added at the end."))
P("mixed", CH_NOV, [("does not inquire into the immigration status of complainants, victims, witnesses, arrestees, or other persons", "does not inquire into the immigration status of complainants, victims, witnesses, or other persons"),
                    ("with the exception that we may check the status", "with the exception that we may, with a supervisor's approval, check the status")], [
  ("complainants, victims, witnesses, arrestees, or other persons", "complainants, victims, witnesses, or other persons", E, ["status_inquiry"], "Arrestees are no longer named among the people whose status is not asked, which opens room to ask arrestees."),
  ("", "with a supervisor's approval,", L, ["supervisor_approval", "status_inquiry"], "Status checks on people in custody now need a supervisor's approval.")],
  C("CH_NOV", "'arrestees' was deleted from the no-inquiry list, and 'with a supervisor's approval' was inserted in the custody exception."))

# ---------------- additional limits edits ----------------
P("rule_added", RISP, [("when encountering persons who are not legal citizens of the United States.", "when encountering persons who are not legal citizens of the United States. Members shall not detain any person solely on the basis of an administrative immigration warrant or an ICE detainer.")], [
  ("", "Members shall not detain any person solely on the basis of an administrative immigration warrant or an ICE detainer.", L, ["detainers_holds"], "A new rule bars troopers from detaining anyone on an administrative warrant or ICE detainer alone.")],
  C("RISP", "a sentence barring detention solely on an administrative immigration warrant or ICE detainer was added to the purpose section."))
P("scope_change", MECK, [("to identify individuals arrested in Mecklenburg County", "to identify individuals arrested and charged with a felony in Mecklenburg County")], [
  ("to identify individuals arrested in Mecklenburg County", "to identify individuals arrested and charged with a felony in Mecklenburg County", L, ["status_inquiry", "enforcement_authority"], "The 287(g) screening is confined to felony arrestees instead of everyone arrested.")],
  C("MECK", "'arrested' narrowed to 'arrested and charged with a felony'."))
P("definition_change", AMB, [("removal order, or warrant of deportation issued by a federal immigration officer", "removal order, warrant of deportation, or civil immigration detainer request issued by a federal immigration officer")], [
  ("removal order, or warrant of deportation", "removal order, warrant of deportation, or civil immigration detainer request", L, ["detainers_holds"], "Detainer requests join the papers defined as conferring no detention authority, so they cannot justify a hold.")],
  C("AMB", "'or civil immigration detainer request' added to definition (c)."))
P("approval_added", CH_MAR, [("call the phone number listed in the response to confirm the hit, and handle the hit as normal.", "obtain your supervisor's approval, then call the phone number listed in the response to confirm the hit, and handle the hit as normal.")], [
  ("", "obtain your supervisor's approval, then", L, ["supervisor_approval", "ice_cooperation"], "Confirming a deported-felon hit with ICE now needs a supervisor's approval first.")],
  C("CH_MAR", "'obtain your supervisor's approval, then' was inserted in the Third step."))
P("scope_change", NEWTON, [("based solely on actual or suspected immigration status;", "based in whole or in part on actual or suspected immigration status;")], [
  ("based solely on actual or suspected immigration status", "based in whole or in part on actual or suspected immigration status", L, ["enforcement_authority", "status_inquiry"], "Status may no longer be any part of the basis for a stop, question, arrest, search or detention, which closes the 'solely' loophole.")],
  C("NEWTON", "'based solely on' changed to 'based in whole or in part on' in the first 'Cannot' item."))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
