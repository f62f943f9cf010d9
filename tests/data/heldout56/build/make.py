import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label
import texts as T
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []
def add(src, sit, edits, changes, what):
    old = getattr(T, src); new = apply(old, edits)
    P.append((src, sit, old, new, changes, what))

# ---------------- GREENBELT ----------------
add("GREENBELT", "exception_changed",
  [("except in rare circumstances such as the investigation", "except when the officer has reason to believe the person is not lawfully present in the United States or in circumstances such as the investigation")],
  [("Officers shall not ask about immigration status except in rare circumstances such as", "Officers shall not ask about immigration status except when the officer has reason to believe the person is not lawfully present in the United States or in circumstances such as", E, ["status_inquiry"], "A new exception lets officers ask about status whenever they suspect unlawful presence, widening the exception to the no-inquiry rule.")],
  "exception added to item 2: 'when the officer has reason to believe the person is not lawfully present in the United States or in circumstances such as' replaces 'in rare circumstances such as'.")
add("GREENBELT", "rule_removed",
  [(" Criminal investigations or enforcement shall never be initiated based solely upon an individual's citizenship or immigration status.", "")],
  [("Criminal investigations or enforcement shall never be initiated based solely upon an individual's citizenship or immigration status.", "", E, ["enforcement_authority"], "The prohibition on starting investigations or enforcement solely because of citizenship or immigration status is deleted.")],
  "second sentence of item 1 deleted.")
add("GREENBELT", "scope_change",
  [("when the primary focus of the task force or investigation does not involve the enforcement of federal civil immigration violations", "when neither the task force nor the investigation involves the enforcement of federal civil or criminal immigration violations")],
  [("when the primary focus of the task force or investigation does not involve the enforcement of federal civil immigration violations", "when neither the task force nor the investigation involves the enforcement of federal civil or criminal immigration violations", L, ["raids_joint_operations"], "Task-force assistance is now barred whenever any part of the work enforces civil or criminal immigration law, not only when that is its primary focus.")],
  "item 4 condition narrowed: 'primary focus ... does not involve ... civil' -> 'neither ... involves ... civil or criminal'.")
add("GREENBELT", "approval_added",
  [("5. GPD officers may respond to requests for assistance", "5. With the approval of the on-duty shift supervisor, GPD officers may respond to requests for assistance")],
  [("5. GPD officers may respond to requests for assistance", "5. With the approval of the on-duty shift supervisor, GPD officers may respond to requests for assistance", L, ["supervisor_approval", "ice_cooperation"], "Responding to or staying at federal warrant scenes now requires a supervisor's approval.")],
  "supervisor-approval condition added at the start of item 5.")
add("GREENBELT", "modal_change",
  [("2. Officers shall not ask about immigration status", "2. Officers should not ask about immigration status")],
  [("Officers shall not ask about immigration status", "Officers should not ask about immigration status", E, ["status_inquiry"], "'shall not' becomes the advisory 'should not', so asking about status is no longer strictly prohibited.")],
  "'shall not ask' -> 'should not ask' in item 2.")
add("GREENBELT", "reparagraphed",
  [("in a spirit of cooperation. The Police Department strives", "in a spirit of cooperation.\n\nThe Police Department strives"),
   ("federal civil immigration violations. Task forces may include", "federal civil immigration violations.\n\nTask forces may include")],
  [("in a spirit of cooperation. The Police Department strives", "in a spirit of cooperation.\n\nThe Police Department strives", N, ["access_to_services"], "The policy paragraph is split in two; the words are unchanged."),
   ("federal civil immigration violations. Task forces may include", "federal civil immigration violations.\n\nTask forces may include", N, ["raids_joint_operations"], "The list of task forces is moved to its own paragraph under item 4; the words are unchanged.")],
  "paragraph breaks added inside I. Policy and inside item 4; no words changed.")
add("GREENBELT", "restated",
  [("1. GPD officers have no statutory authority to enforce civil violations of federal immigration laws.", "1. Enforcing civil violations of federal immigration laws is outside the statutory authority of GPD officers."),
   ("3. Officers may offer individuals referral to services,", "3. Officers may refer individuals to services,")],
  [("GPD officers have no statutory authority to enforce civil violations of federal immigration laws.", "Enforcing civil violations of federal immigration laws is outside the statutory authority of GPD officers.", N, ["enforcement_authority"], "Same statement of lack of authority, reworded."),
   ("Officers may offer individuals referral to services,", "Officers may refer individuals to services,", N, ["access_to_services"], "Same permission to refer people to services, reworded.")],
  "first sentence of item 1 and the opening of item 3 reworded.")
add("GREENBELT", "mixed",
  [("any federal warrant service or investigation", "any federal warrant service, including the service of civil immigration warrants, or investigation"),
   ("and gang violence.\n\n3.", "and gang violence. Officers shall not ask crime victims or witnesses about their immigration status under any circumstances.\n\n3.")],
  [("any federal warrant service or investigation", "any federal warrant service, including the service of civil immigration warrants, or investigation", E, ["ice_cooperation", "detainers_holds"], "Officers are expressly allowed to attend and assist at the service of civil immigration warrants."),
   ("", "Officers shall not ask crime victims or witnesses about their immigration status under any circumstances.", L, ["status_inquiry"], "A new absolute ban on asking victims and witnesses about status, with no exception.")],
  "item 5 extended to the service of civil immigration warrants; a victims/witnesses no-inquiry sentence added to item 2.")
add("GREENBELT", "exception_changed",
  [("suspected criminal activity including, but not limited to, human trafficking,", "suspected criminal activity limited to human trafficking,")],
  [("suspected criminal activity including, but not limited to, human trafficking, terrorist activity, and gang violence", "suspected criminal activity limited to human trafficking, terrorist activity, and gang violence", L, ["status_inquiry"], "The open-ended exception becomes a closed list of three crimes, so fewer investigations permit status questions.")],
  "item 2: 'including, but not limited to,' -> 'limited to'.")

# ---------------- OAKLAND ----------------
add("OAKLAND", "scope_change",
  [("is not a matter for police action.", "is not ordinarily a matter for police action.")],
  [("The immigration status of individuals alone is not a matter for police action.", "The immigration status of individuals alone is not ordinarily a matter for police action.", E, ["enforcement_authority"], "'not ordinarily' leaves room for police action based on status alone in some cases.")],
  "'not a matter' -> 'not ordinarily a matter' in the first sentence.")
add("OAKLAND", "rule_added",
  [("at (802) 872-6050.", "at (802) 872-6050. Members shall not detain, arrest, or hold an individual on the basis of a civil immigration warrant or hold.")],
  [("", "Members shall not detain, arrest, or hold an individual on the basis of a civil immigration warrant or hold.", L, ["detainers_holds", "enforcement_authority"], "A new prohibition on acting on civil immigration warrants or holds found through NCIC.")],
  "sentence added after the LESC verification line.")
add("OAKLAND", "restated",
  [("The Oakland Police Department commits to equal enforcement of the law and equal service to the public regardless of immigration status.", "The Oakland Police Department is committed to enforcing the law equally and to serving the public equally, whatever a person's immigration status.")],
  [("The Oakland Police Department commits to equal enforcement of the law and equal service to the public regardless of immigration status.", "The Oakland Police Department is committed to enforcing the law equally and to serving the public equally, whatever a person's immigration status.", N, ["access_to_services"], "Same commitment to equal service, reworded.")],
  "second sentence of the Background reworded.")
add("OAKLAND", "double_negation",
  [("is not a matter for police action. The Oakland", "is not a matter for police action. Nothing in this bulletin shall prohibit members from contacting ICE to inquire about the immigration status of a person they have detained. The Oakland")],
  [("", "Nothing in this bulletin shall prohibit members from contacting ICE to inquire about the immigration status of a person they have detained.", E, ["ice_cooperation", "status_inquiry", "information_sharing"], "The 'nothing shall prohibit' clause affirmatively permits officers to check detainees' status with ICE.")],
  "a 'Nothing in this bulletin shall prohibit ...' sentence added after the first sentence.")
add("OAKLAND", "reparagraphed",
  [("including:\n\nUndermining the trust and cooperation with immigrant communities;\n\nIncreasing", "including: Undermining the trust and cooperation with immigrant communities; Increasing"),
   ("enforcement;\n\nDetracting", "enforcement; Detracting")],
  [("including:\n\nUndermining the trust and cooperation with immigrant communities;\n\nIncreasing", "including: Undermining the trust and cooperation with immigrant communities; Increasing", N, ["enforcement_authority"], "The first two listed concerns are run into the stem paragraph; no words change."),
   ("enforcement;\n\nDetracting", "enforcement; Detracting", N, ["enforcement_authority"], "The third concern is joined to the same paragraph; no words change.")],
  "the three listed concerns joined into the stem paragraph; no words changed.")
add("OAKLAND", "mixed",
  [("without fear of being arrested or reported to", "without fear of being arrested for a civil immigration violation, although members may report persons arrested for felonies to"),
   ("resource issues for the City of Oakland, including:", "resource issues for the City of Oakland, and members shall not take part in the enforcement of civil immigration laws, including:")],
  [("without fear of being arrested or reported to the United Stated Immigration and Customs Enforcement (ICE)", "without fear of being arrested for a civil immigration violation, although members may report persons arrested for felonies to the United Stated Immigration and Customs Enforcement (ICE)", E, ["information_sharing", "ice_cooperation"], "Officers are now permitted to report felony arrestees to ICE, where the old text promised no reporting."),
   ("", "and members shall not take part in the enforcement of civil immigration laws", L, ["enforcement_authority"], "A new express prohibition on members taking part in civil immigration enforcement.")],
  "reporting of felony arrestees to ICE allowed; an express ban on taking part in civil immigration enforcement added to the list stem.")

# ---------------- BROWN ----------------
add("BROWN", "exception_added",
  [("and does not partner with federal or state agencies to do so.", "and does not partner with federal or state agencies to do so, except when a federal agency requests assistance in locating a person who is the subject of a final order of removal.")],
  [("and does not partner with federal or state agencies to do so.", "and does not partner with federal or state agencies to do so, except when a federal agency requests assistance in locating a person who is the subject of a final order of removal.", E, ["ice_cooperation", "raids_joint_operations"], "An exception lets DPS help federal agents locate people with removal orders.")],
  "exception added to the no-partnering sentence.")
add("BROWN", "scope_change",
  [("during a routine field interview or traffic stop.", "during a routine traffic stop.")],
  [("during a routine field interview or traffic stop", "during a routine traffic stop", E, ["status_inquiry"], "Field interviews are dropped from the no-status-question rule, so officers may ask during them.")],
  "'field interview or' deleted.")
add("BROWN", "scope_change",
  [("no individual being stopped by a member of DPS", "no individual being stopped, questioned, or otherwise contacted by a member of DPS"),
   ("during a routine field interview or traffic stop.", "during a field interview, traffic stop, or any other contact.")],
  [("no individual being stopped by a member of DPS", "no individual being stopped, questioned, or otherwise contacted by a member of DPS", L, ["status_inquiry"], "The no-status-question rule now covers anyone contacted, not only people stopped."),
   ("during a routine field interview or traffic stop.", "during a field interview, traffic stop, or any other contact.", L, ["status_inquiry"], "The rule now applies to every contact, not only routine field interviews and traffic stops.")],
  "no-inquiry rule widened to any contact.")
add("BROWN", "rule_added",
  [("and does not partner with federal or state agencies to do so.", "and does not partner with federal or state agencies to do so. DPS does not share information about a community member's immigration status or whereabouts with ICE unless required by law or by a judicial warrant or court order.")],
  [("", "DPS does not share information about a community member's immigration status or whereabouts with ICE unless required by law or by a judicial warrant or court order.", L, ["information_sharing"], "A new limit on sharing status or location information with ICE.")],
  "sentence on information sharing added.")
add("BROWN", "restated",
  [("DPS neither inquires about nor acts upon information", "DPS does not inquire about or act upon information"),
   ("please contact the Department of Public Safety (DPS) immediately at 863-3322.", "please immediately contact the Department of Public Safety (DPS) at 863-3322.")],
  [("DPS neither inquires about nor acts upon information", "DPS does not inquire about or act upon information", N, ["status_inquiry"], "Same no-inquiry practice, reworded."),
   ("please contact the Department of Public Safety (DPS) immediately at 863-3322.", "please immediately contact the Department of Public Safety (DPS) at 863-3322.", N, ["access_to_services"], "Word order changed only.")],
  "two sentences reworded without change of meaning.")
add("BROWN", "modal_change",
  [("shall be requested to provide their immigration status", "should ordinarily be requested to provide their immigration status")],
  [("shall be requested to provide their immigration status", "should ordinarily be requested to provide their immigration status", E, ["status_inquiry", "document_requests"], "The firm ban becomes a default ('should ordinarily'), allowing exceptions.")],
  "'shall be requested' -> 'should ordinarily be requested'.")
add("BROWN", "approval_added",
  [("DPS will contact the relevant University officials.", "DPS will contact the relevant University officials. No member of DPS may communicate with immigration authorities about a community member without the prior approval of the Chief of Police.")],
  [("", "No member of DPS may communicate with immigration authorities about a community member without the prior approval of the Chief of Police.", L, ["supervisor_approval", "ice_cooperation", "information_sharing"], "Contact with immigration authorities now needs the chief's prior approval.")],
  "chief's-approval sentence added at the end.")
add("BROWN", "mixed",
  [("However, Providence Police will arrest on all federal criminal warrants.", "However, Providence Police and DPS will arrest on all federal criminal warrants and will honor immigration detainers."),
   ("and does not partner with federal or state agencies to do so.", "and does not partner with federal or state agencies to do so, including through any agreement under Section 287(g) of the Immigration and Nationality Act.")],
  [("However, Providence Police will arrest on all federal criminal warrants.", "However, Providence Police and DPS will arrest on all federal criminal warrants and will honor immigration detainers.", E, ["detainers_holds"], "DPS is now committed to honoring immigration detainers."),
   ("and does not partner with federal or state agencies to do so.", "and does not partner with federal or state agencies to do so, including through any agreement under Section 287(g) of the Immigration and Nationality Act.", N, ["raids_joint_operations"], "Naming 287(g) agreements only spells out a partnership the sentence already rules out.")],
  "detainer-honoring clause added (with DPS) to the Providence sentence; 287(g) named in the no-partnering sentence.")

# ---------------- TRINITY ----------------
add("TRINITY", "approval_removed_or_weakened",
  [(" without a subpoena or judicial warrant that has been vetted by legal counsel.", " without a subpoena or judicial warrant.")],
  [("without a subpoena or judicial warrant that has been vetted by legal counsel.", "without a subpoena or judicial warrant.", E, ["supervisor_approval", "information_sharing"], "Legal counsel's vetting is no longer required before releasing records on a subpoena or warrant.")],
  "'that has been vetted by legal counsel' deleted.")
add("TRINITY", "exception_changed",
  [("2. Agents who do not possess a warrant, court order, or subpoena", "2. Agents who do not possess a warrant, court order, subpoena, or administrative removal order")],
  [("Agents who do not possess a warrant, court order, or subpoena", "Agents who do not possess a warrant, court order, subpoena, or administrative removal order", E, ["ice_cooperation", "detainers_holds"], "Agents holding only an administrative removal order are no longer asked to stop and leave.")],
  "'administrative removal order' added to the documents that exempt agents from being asked to leave.")
add("TRINITY", "list_item_added",
  [("for the purpose of enforcing federal immigration laws.", "for the purpose of enforcing federal immigration laws.\n\nAssist ICE or CBP agents in locating, detaining, or arresting any member of the campus community, except as required by a judicial warrant.")],
  [("", "Assist ICE or CBP agents in locating, detaining, or arresting any member of the campus community, except as required by a judicial warrant.", L, ["ice_cooperation", "raids_joint_operations"], "A new item under 'shall not' bars help with locating or arresting community members.")],
  "third item added under the 'shall not' stem.")
add("TRINITY", "list_item_removed",
  [("\n\nPermit ICE and CBP agents to use College facilities for investigations, interviews, or interrogations for the purpose of enforcing federal immigration laws.", "")],
  [("Permit ICE and CBP agents to use College facilities for investigations, interviews, or interrogations for the purpose of enforcing federal immigration laws.", "", E, ["ice_cooperation"], "The ban on letting ICE/CBP use College facilities is dropped.")],
  "second item under the 'shall not' stem deleted.")
add("TRINITY", "restated",
  [("In the unlikely event that federal authorities", "If federal authorities"),
   ("3. Neither Campus Safety Officers nor faculty or staff shall:", "3. Campus Safety Officers, faculty, and staff shall not:")],
  [("In the unlikely event that federal authorities", "If federal authorities", N, ["ice_cooperation"], "Same trigger, without 'in the unlikely event'."),
   ("Neither Campus Safety Officers nor faculty or staff shall:", "Campus Safety Officers, faculty, and staff shall not:", N, ["ice_cooperation"], "Same prohibition stem, reworded.")],
  "opening and list stem reworded.")
add("TRINITY", "double_negation",
  [("for the purpose of enforcing federal immigration laws.", "for the purpose of enforcing federal immigration laws.\n\nNothing in this section prohibits Campus Safety Officers from providing directory information about a student or employee to federal immigration officials upon request.")],
  [("", "Nothing in this section prohibits Campus Safety Officers from providing directory information about a student or employee to federal immigration officials upon request.", E, ["information_sharing"], "The 'nothing prohibits' sentence carves directory information out of the records ban, so officers may hand it to immigration officials on request.")],
  "a 'Nothing in this section prohibits ...' sentence appended.")
add("TRINITY", "exception_changed",
  [("2. Agents who do not possess a warrant, court order, or subpoena", "2. Agents who do not possess a judicial warrant")],
  [("Agents who do not possess a warrant, court order, or subpoena", "Agents who do not possess a judicial warrant", L, ["ice_cooperation", "detainers_holds"], "Only a judicial warrant now lets agents continue; a subpoena or an administrative warrant no longer does.")],
  "'a warrant, court order, or subpoena' -> 'a judicial warrant' in item 2.")

# ---------------- CHARLOTTE ----------------
add("CHARLOTTE", "double_negation",
  [("Laws dictate that CMPD can not prohibit officers from sharing information", "Laws dictate that CMPD officers remain free to share information")],
  [("CMPD can not prohibit officers from sharing information", "CMPD officers remain free to share information", N, ["information_sharing"], "'cannot prohibit officers from sharing' and 'officers remain free to share' give the same permission.")],
  "double negative restated as a positive permission.")
add("CHARLOTTE", "rule_added",
  [("nor do they profile possible immigrants.", "nor do they profile possible immigrants. CMPD officers do not ask victims, witnesses, or people stopped for traffic violations about their immigration status.")],
  [("", "CMPD officers do not ask victims, witnesses, or people stopped for traffic violations about their immigration status.", L, ["status_inquiry"], "A new statement that officers do not ask victims, witnesses or traffic stops about status.")],
  "no-inquiry sentence added.")
add("CHARLOTTE", "rule_added",
  [("nor do they profile possible immigrants.", "nor do they profile possible immigrants. However, CMPD officers will notify ICE when they learn during an investigation that a person is in the country unlawfully.")],
  [("", "However, CMPD officers will notify ICE when they learn during an investigation that a person is in the country unlawfully.", E, ["ice_cooperation", "information_sharing"], "Officers are now told to report people they learn are unlawfully present.")],
  "ICE-notification sentence added.")
add("CHARLOTTE", "scope_change",
  [("CMPD does not enforce federal immigration laws", "CMPD does not enforce federal civil immigration laws")],
  [("CMPD does not enforce federal immigration laws", "CMPD does not enforce federal civil immigration laws", E, ["enforcement_authority"], "Limiting the disclaimer to civil laws leaves CMPD free to enforce criminal immigration laws.")],
  "'federal immigration laws' -> 'federal civil immigration laws'.")
add("CHARLOTTE", "neutral_rewrite",
  [("Second, Immigration and Customs Enforcement also known as ICE has authority and jurisdiction over the entire country and a city cannot limit or restrict ICE's authority.", "Second, U.S. Immigration and Customs Enforcement (ICE) has nationwide authority and jurisdiction, which no city can limit or restrict."),
   ("CMPD will continue to focus its efforts on crime prevention, public safety, and building a relationship of trust and cooperation with the community.", "CMPD's efforts will remain focused on preventing crime, keeping the public safe, and building trust and cooperation with the community.")],
  [("Immigration and Customs Enforcement also known as ICE has authority and jurisdiction over the entire country and a city cannot limit or restrict ICE's authority.", "U.S. Immigration and Customs Enforcement (ICE) has nationwide authority and jurisdiction, which no city can limit or restrict.", N, ["ice_cooperation"], "Same statement about ICE's authority, reworded."),
   ("CMPD will continue to focus its efforts on crime prevention, public safety, and building a relationship of trust and cooperation with the community.", "CMPD's efforts will remain focused on preventing crime, keeping the public safe, and building trust and cooperation with the community.", N, ["access_to_services"], "Same closing statement, reworded.")],
  "second paragraph and closing paragraph reworded.")
add("CHARLOTTE", "cross_clause",
  [("fully in compliance with those laws.", "fully in compliance with those laws. Apart from the information sharing described below, CMPD does not assist ICE in any immigration investigation, detention, or arrest.")],
  [("", "Apart from the information sharing described below, CMPD does not assist ICE in any immigration investigation, detention, or arrest.", L, ["ice_cooperation", "raids_joint_operations"], "A new no-assistance rule whose only exception is the information-sharing paragraph that follows.")],
  "sentence added whose exception points to the next paragraph.")

# ---------------- SAN JOSE ----------------
add("SANJOSE", "exception_added",
  [("failure to comply with Federal immigration laws.", "failure to comply with Federal immigration laws, unless the person has previously been deported.")],
  [("based solely upon their failure to comply with Federal immigration laws.", "based solely upon their failure to comply with Federal immigration laws, unless the person has previously been deported.", E, ["enforcement_authority"], "Previously deported people may now be arrested on immigration grounds alone.")],
  "exception for previously deported persons added.")
add("SANJOSE", "scope_change",
  [("not arresting persons based solely upon their failure", "not arresting persons based upon their failure")],
  [("not arresting persons based solely upon their failure", "not arresting persons based upon their failure", L, ["enforcement_authority"], "Without 'solely', immigration violations may not be a basis for arrest even alongside other grounds.")],
  "'solely' deleted.")
add("SANJOSE", "rule_added",
  [("regardless of a suspect's immigration status, the Department has a longstanding policy of not arresting persons based solely upon their failure to comply with Federal immigration laws.", "regardless of a suspect's immigration status, the Department has a longstanding policy of not arresting persons based solely upon their failure to comply with Federal immigration laws. San Jose police officers do not take part in ICE raids or sweeps.")],
  [("", "San Jose police officers do not take part in ICE raids or sweeps.", L, ["raids_joint_operations"], "A new rule that officers do not take part in ICE raids or sweeps.")],
  "sentence on ICE raids added to the first paragraph.")
add("SANJOSE", "restated",
  [("Much discussion is taking place across the country concerning what responsibility local police departments have to ensure compliance with immigration laws.", "Across the country there is much discussion of what responsibility local police departments have for ensuring compliance with immigration laws."),
   ("This longstanding policy was reaffirmed by the San Jose City Council", "The San Jose City Council reaffirmed this longstanding policy")],
  [("Much discussion is taking place across the country concerning what responsibility local police departments have to ensure compliance with immigration laws.", "Across the country there is much discussion of what responsibility local police departments have for ensuring compliance with immigration laws.", N, ["enforcement_authority"], "Introductory sentence reworded."),
   ("This longstanding policy was reaffirmed by the San Jose City Council", "The San Jose City Council reaffirmed this longstanding policy", N, ["enforcement_authority"], "Passive to active voice; same fact.")],
  "opening sentence and the reaffirmation sentence reworded.")
add("SANJOSE", "exception_changed",
  [("stands ready to work with any law enforcement agency to pursue violent suspects, regardless of a suspect's immigration status,", "stands ready to work with any law enforcement agency, including ICE, to pursue suspects of any crime, including immigration offenses,")],
  [("stands ready to work with any law enforcement agency to pursue violent suspects, regardless of a suspect's immigration status,", "stands ready to work with any law enforcement agency, including ICE, to pursue suspects of any crime, including immigration offenses,", E, ["ice_cooperation", "raids_joint_operations"], "Cooperation is widened from pursuing violent suspects to pursuing any suspect, immigration offenses included, with ICE named.")],
  "the cooperation carve-out widened from violent suspects to suspects of any crime, immigration offenses included.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
rows = []
with open(out, "w", encoding="utf-8") as f:
    for i, (src, sit, old, new, chs, what) in enumerate(P, 1):
        changes = [{"quote_old": a, "quote_new": b, "label": l, "topics": t, "why": w} for a, b, l, t, w in chs]
        tops = []
        for c in changes:
            for t in c["topics"]:
                if t not in tops: tops.append(t)
        source = "CONSTRUCTED: OLD = real text, %s. NEW = OLD edited for this set (not a published version): %s" % (T.SRC[src], what)
        p = {"id": "KG-%02d" % i, "situation": sit, "old": old, "new": new, "changes": changes,
             "label": pair_label(changes), "topics": tops, "source": source}
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
        rows.append((p["id"], src, sit, p["label"], len(changes), what))
json.dump(rows, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rows.json"), "w"))
print(len(P))
