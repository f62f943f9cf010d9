import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
P = []
def add(sit, key, edits, changes, what):
    old = globals()[key]
    new = apply(old, edits)
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    src = "CONSTRUCTED: OLD = real text, %s NEW = the same text with an edit written for this set: %s" % (SRC[key], what)
    p = dict(id="HX-%02d" % (len(P) + 1), situation=sit, old=old, new=new, changes=ch, label=pair_label(ch), topics=tops, source=src)
    check(p); P.append(p)

# ---------------- TUCSON (city police patrol orders)
v = "- TPD Officers will not make immigration status inquiries of victims or witnesses, since discouraging cooperation will likely hinder or obstruct investigations and can negatively impact overall community trust and confidence;\n\n"
add("list_item_removed", "TUCSON", [(v, "")],
    [("TPD Officers will not make immigration status inquiries of victims or witnesses", "", E, ["status_inquiry"], "Deleting the item removes the bar on asking victims and witnesses about immigration status.")],
    "the item on victims and witnesses deleted.")
add("exception_added", "TUCSON", [("during consensual contacts with members of the public;", "during consensual contacts with members of the public, unless the officer has reasonable suspicion that the person is unlawfully present in the United States;")],
    [("", ", unless the officer has reasonable suspicion that the person is unlawfully present in the United States", E, ["status_inquiry"], "The new exception lets officers ask about status in consensual contacts whenever they suspect unlawful presence.")],
    "an exception 'unless the officer has reasonable suspicion that the person is unlawfully present in the United States' added to the first item.")
add("modal_change", "TUCSON", [("the officer shall release the detainee without delay;", "the officer may release the detainee;")],
    [("the officer shall release the detainee without delay", "the officer may release the detainee", E, ["enforcement_authority", "detainers_holds"], "Release of a person held only on suspected unlawful presence becomes discretionary, allowing continued detention on an immigration basis.")],
    "'shall release the detainee without delay' -> 'may release the detainee'.")
add("approval_added", "TUCSON", [("the officer shall release the detainee without delay;", "the officer shall release the detainee without delay, and shall not contact federal immigration authorities about the detainee without the approval of a supervisor;")],
    [("", ", and shall not contact federal immigration authorities about the detainee without the approval of a supervisor", L, ["supervisor_approval", "ice_cooperation"], "Contact with immigration authorities about such a detainee now needs a supervisor's approval.")],
    "a supervisor-approval condition on contacting federal immigration authorities added to the release item.")
add("neutral_rewrite", "TUCSON", [("TPD Officers cannot stop a car for the purpose of determining the immigration status of the driver or any passengers;", "TPD Officers shall not conduct a vehicle stop for the purpose of determining the immigration status of the driver or of any passenger;"),
    ("School Resource Officers and/or other officers who respond to a school shall refrain from asking about immigration status;", "School Resource Officers and any other officers responding to a school shall not ask about immigration status;")],
    [("TPD Officers cannot stop a car for the purpose of determining the immigration status of the driver or any passengers", "TPD Officers shall not conduct a vehicle stop for the purpose of determining the immigration status of the driver or of any passenger", N, ["enforcement_authority"], "Same prohibition on stops to determine status, reworded."),
     ("School Resource Officers and/or other officers who respond to a school shall refrain from asking about immigration status", "School Resource Officers and any other officers responding to a school shall not ask about immigration status", N, ["status_inquiry"], "'Shall refrain from asking' and 'shall not ask' state the same prohibition.")],
    "the vehicle-stop item and the school item reworded without changing their effect.")
add("scope_change", "TUCSON", [("- Juveniles who are detained for criminal activity shall not be asked", "- Juveniles shall not be asked")],
    [("Juveniles who are detained for criminal activity shall not be asked", "Juveniles shall not be asked", L, ["status_inquiry"], "The protection now covers every juvenile, not only those detained for criminal activity.")],
    "'who are detained for criminal activity' deleted from the juvenile item.")
add("reparagraphed", "TUCSON", [("federal agencies, and is not part of the mission of TPD.\n\nThe General Orders also include", "federal agencies, and is not part of the mission of TPD. The General Orders also include"),
    ("have not changed. Those General Orders,", "have not changed.\n\nThose General Orders,")],
    [("have not changed. Those General Orders,", "have not changed.\n\nThose General Orders,", N, ["enforcement_authority"], "Only a paragraph break is added; the words are unchanged."),
     ("mission of TPD.\n\nThe General Orders also include", "mission of TPD. The General Orders also include", N, ["enforcement_authority"], "Two paragraphs are joined; the words are unchanged.")],
    "paragraph breaks moved (one added after the first sentence, one removed before the list stem); words unchanged.")
add("list_item_added", "TUCSON", [("- An officer shall not prolong", "- TPD officers shall not participate in joint operations or task forces whose primary purpose is the enforcement of civil immigration law;\n\n- An officer shall not prolong")],
    [("", "- TPD officers shall not participate in joint operations or task forces whose primary purpose is the enforcement of civil immigration law;", L, ["raids_joint_operations"], "A new item bars participation in civil-immigration joint operations and task forces.")],
    "a new item on joint operations and task forces added before the last item.")
add("scope_change", "TUCSON", [("take any other enforcement action for a civil violation of federal law (e.g., unauthorized presence);", "take any other enforcement action for a civil violation of federal law (e.g., unauthorized presence), or to hold a person at the request of federal immigration authorities;")],
    [("", ", or to hold a person at the request of federal immigration authorities", L, ["detainers_holds", "ice_cooperation"], "Officers are additionally denied authority to hold anyone at the request of immigration authorities.")],
    "'or to hold a person at the request of federal immigration authorities' added to the transport item.")
add("mixed", "TUCSON", [("- When interacting with students, School Resource Officers and/or other officers who respond to a school shall refrain from asking about immigration status;\n\n", ""),
    ("An officer shall not prolong a field release arrest", "An officer shall not prolong a field release arrest or any other detention")],
    [("When interacting with students, School Resource Officers and/or other officers who respond to a school shall refrain from asking about immigration status;", "", E, ["status_inquiry"], "Deleting the school item lets officers at schools ask students about immigration status."),
     ("", " or any other detention", L, ["status_inquiry", "enforcement_authority"], "The ban on prolonging custody for a status inquiry now covers every detention, not only field release arrests.")],
    "the school item deleted; 'or any other detention' added to the last item.")

# ---------------- ED (Cal. Education Code 234.7, school districts)
add("rule_added", "ED", [("potentially identifying information.\n\n(c)", "potentially identifying information. School officials and employees of a local educational agency shall not allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of a schoolsite for any purpose without being presented with a valid judicial warrant, judicial subpoena, or court order.\n\n(c)")],
    [("", "School officials and employees of a local educational agency shall not allow an officer or employee of an agency conducting immigration enforcement to enter a nonpublic area of a schoolsite for any purpose without being presented with a valid judicial warrant, judicial subpoena, or court order.", L, ["ice_cooperation", "detainers_holds"], "School staff may no longer admit immigration agents to nonpublic areas without a judicial warrant, subpoena or court order.")],
    "a sentence barring entry of immigration agents to nonpublic areas without a judicial warrant, judicial subpoena or court order added at the end of (b) (wording modelled on, but not copied from, AB 49 of 2025).")
add("exception_added", "ED", [("supported educational program, school officials", "supported educational program, or as requested by a federal immigration officer, school officials")],
    [("", ", or as requested by a federal immigration officer", E, ["document_requests", "ice_cooperation"], "Staff may now collect status documents whenever a federal immigration officer asks.")],
    "'or as requested by a federal immigration officer' added to the exceptions in (a).")
add("modal_change", "ED", [("shall not collect information or documents", "should not collect information or documents")],
    [("shall not collect information or documents", "should not collect information or documents", E, ["document_requests", "status_inquiry"], "'Should not' turns the ban on collecting status documents into a recommendation.")],
    "'shall not collect' -> 'should not collect' in (a).")
add("scope_change", "ED", [("immigration status of pupils or their family members.", "immigration status of pupils.")],
    [("immigration status of pupils or their family members", "immigration status of pupils", E, ["document_requests", "status_inquiry"], "Family members' status information is no longer covered by the ban.")],
    "'or their family members' deleted from (a).")
add("neutral_rewrite", "ED", [("in a timely manner any requests", "promptly any requests"), ("A school is encouraged to work with parents", "Schools are encouraged to work with parents")],
    [("in a timely manner any requests", "promptly any requests", N, ["ice_cooperation"], "'Promptly' and 'in a timely manner' set the same reporting duty."),
     ("A school is encouraged to work with parents", "Schools are encouraged to work with parents", N, ["access_to_services"], "Singular to plural; no change in meaning.")],
    "'in a timely manner' -> 'promptly' in (b); 'A school is' -> 'Schools are' in (c).")
add("approval_added", "ED", [("potentially identifying information.\n\n(c)", "potentially identifying information. No school official or employee shall grant such access to a schoolsite without the prior approval of the superintendent or principal, as applicable.\n\n(c)")],
    [("", "No school official or employee shall grant such access to a schoolsite without the prior approval of the superintendent or principal, as applicable.", L, ["supervisor_approval", "ice_cooperation"], "Access for immigration enforcement now needs the superintendent's or principal's prior approval.")],
    "a sentence requiring the superintendent's or principal's prior approval for access added at the end of (b).")
add("exception_removed", "ED", [("Except as required by state or federal law or as required to administer a state or federally supported educational program, school", "Except as required by state or federal law, school")],
    [("Except as required by state or federal law or as required to administer a state or federally supported educational program,", "Except as required by state or federal law,", L, ["document_requests", "status_inquiry"], "Removing the program-administration exception widens the ban on collecting status documents.")],
    "the exception 'or as required to administer a state or federally supported educational program' deleted from (a).")

# ---------------- FERG (public library)
add("definition_change", "FERG", [(" This includes staff or work areas, as well as any space used for operational services provided by the library such as Passports.", " This includes staff or work areas.")],
    [("This includes staff or work areas, as well as any space used for operational services provided by the library such as Passports.", "This includes staff or work areas.", E, ["ice_cooperation"], "Service spaces such as the passport office drop out of the non-public areas that agents may not enter without approval.")],
    "', as well as any space used for operational services provided by the library such as Passports' deleted from the definition of non-public space.")
add("approval_removed_or_weakened", "FERG", [("are not permitted unless approved by Administration.", "are not permitted unless approved by library staff.")],
    [("are not permitted unless approved by Administration", "are not permitted unless approved by library staff", E, ["supervisor_approval", "ice_cooperation"], "Any staff member, not only Administration, may now let agents into non-public areas.")],
    "'approved by Administration' -> 'approved by library staff'.")
add("approval_added", "FERG", [("unless required by a valid judicial warrant, signed by a federal judge.", "unless required by a valid judicial warrant, signed by a federal judge, and reviewed by the Library's legal counsel.")],
    [("", ", and reviewed by the Library's legal counsel", L, ["supervisor_approval", "information_sharing"], "Records may be released only after counsel has reviewed the warrant.")],
    "'and reviewed by the Library's legal counsel' added to the warrant condition in B.")
add("modal_change", "FERG", [("You may direct them to wait in this area while you notify Administration", "You shall direct them to wait in this area while you notify Administration")],
    [("You may direct them to wait", "You shall direct them to wait", L, ["supervisor_approval", "ice_cooperation"], "Staff must now hold agents in the public area until Administration is notified.")],
    "'You may direct them' -> 'You shall direct them'.")
add("scope_change", "FERG", [("or information about a particular user's whereabouts by law enforcement", "or information about a particular user's whereabouts or immigration status by law enforcement")],
    [("information about a particular user's whereabouts by law enforcement", "information about a particular user's whereabouts or immigration status by law enforcement", L, ["information_sharing", "status_inquiry"], "Information about a user's immigration status is added to what may not be disclosed without a judicial warrant.")],
    "'or immigration status' added to the protected information in B.")
add("reparagraphed", "FERG", [("signed by a federal judge.\n\na. Immigration agents", "signed by a federal judge. Immigration agents")],
    [("signed by a federal judge.\n\na. Immigration agents", "signed by a federal judge. Immigration agents", N, ["ice_cooperation"], "Sub-item B.a is folded into paragraph B with the same words.")],
    "sub-item 'a.' under B joined to paragraph B (label 'a.' dropped), words unchanged.")
add("cross_clause", "FERG", [(", are not permitted unless approved by Administration.", ", are not permitted."),
    ("escort them to a public space, and contact an administrator.", "escort them to a public space, and contact an administrator.\n\n2) Non-library personnel, including immigration agents and other law enforcement officials, may enter non-public spaces only if approved by Administration.")],
    [(", are not permitted unless approved by Administration.", ", are not permitted.", N, ["supervisor_approval", "ice_cooperation"], "The approval condition is removed here but restated in the new procedure step 2), so the rule is unchanged."),
     ("", "2) Non-library personnel, including immigration agents and other law enforcement officials, may enter non-public spaces only if approved by Administration.", N, ["supervisor_approval", "ice_cooperation"], "The new step restates the same approval requirement in another part of the policy.")],
    "the condition 'unless approved by Administration' moved out of the definition of non-public space into a new procedure step 2).")

# ---------------- WEBER (university library / campus police)
add("exception_added", "WEBER", [("unless a court of competent jurisdiction has entered a court order in proper form after showing good cause by the law enforcement agency or person seeking the records.", "unless a court of competent jurisdiction has entered a court order in proper form after showing good cause by the law enforcement agency or person seeking the records, or a federal immigration agent presents an administrative warrant for the records.")],
    [("", ", or a federal immigration agent presents an administrative warrant for the records", E, ["information_sharing", "detainers_holds"], "An administrative immigration warrant becomes enough to obtain confidential library records.")],
    "', or a federal immigration agent presents an administrative warrant for the records' added to the disclosure exception.")
add("modal_change", "WEBER", [("The Library strives to not disclose confidential library records", "The Library will not disclose confidential library records")],
    [("The Library strives to not disclose", "The Library will not disclose", L, ["information_sharing"], "An aspiration becomes a firm rule against disclosure to federal agents without a court order.")],
    "'strives to not disclose' -> 'will not disclose'.")
add("neutral_rewrite", "WEBER", [("2. Explain that you are not authorized", "3. Explain that you are not authorized"), ("3. Refer the agent/officer", "4. Refer the agent/officer"), ("4. Notify the Dean", "5. Notify the Dean")],
    [("2. Explain that you are not authorized", "3. Explain that you are not authorized", N, ["ice_cooperation"], "Renumbering of a duplicated item number; no change in substance."),
     ("4. Notify the Dean", "5. Notify the Dean", N, ["supervisor_approval"], "Renumbering only.")],
    "the duplicated item number corrected (2, 2, 3, 4 -> 2, 3, 4, 5).")

# ---------------- NYPOCA (courthouse arrests)
add("scope_change", "NYPOCA", [("IS A PARTY OR POTENTIAL WITNESS, OR A FAMILY OR HOUSEHOLD MEMBER IS A PARTY OR POTENTIAL WITNESS, IS PRIVILEGED", "IS A PARTY OR POTENTIAL WITNESS, IS PRIVILEGED")],
    [(", OR A FAMILY OR HOUSEHOLD MEMBER IS A PARTY OR POTENTIAL WITNESS", "", E, ["enforcement_authority"], "Family and household members attending court lose the protection from civil (immigration) arrest.")],
    "', OR A FAMILY OR HOUSEHOLD MEMBER IS A PARTY OR POTENTIAL WITNESS' deleted from subdivision 1.")
add("exception_changed", "NYPOCA", [("SUPPORTED BY A JUDICIAL WARRANT OR JUDICIAL ORDER AUTHORIZING", "SUPPORTED BY A JUDICIAL WARRANT, A JUDICIAL ORDER OR AN ADMINISTRATIVE WARRANT AUTHORIZING")],
    [("A JUDICIAL WARRANT OR JUDICIAL ORDER AUTHORIZING", "A JUDICIAL WARRANT, A JUDICIAL ORDER OR AN ADMINISTRATIVE WARRANT AUTHORIZING", E, ["detainers_holds", "enforcement_authority"], "An administrative (ICE) warrant now suffices for a courthouse civil arrest.")],
    "'OR AN ADMINISTRATIVE WARRANT' added to the warrant exception in subdivision 1.")
add("double_negation", "NYPOCA", [("PURSUANT TO ARTICLE THIRTY-FIVE OF THE PENAL LAW.", "PURSUANT TO ARTICLE THIRTY-FIVE OF THE PENAL LAW, OR PROHIBIT A POLICE OFFICER OR PEACE OFFICER FROM ASSISTING A FEDERAL IMMIGRATION OFFICER IN EXECUTING A CIVIL ARREST.")],
    [("", ", OR PROHIBIT A POLICE OFFICER OR PEACE OFFICER FROM ASSISTING A FEDERAL IMMIGRATION OFFICER IN EXECUTING A CIVIL ARREST", E, ["ice_cooperation", "enforcement_authority"], "'Nothing ... shall prohibit' assisting immigration officers carves local help with courthouse arrests out of the contempt rule.")],
    "', OR PROHIBIT A POLICE OFFICER OR PEACE OFFICER FROM ASSISTING A FEDERAL IMMIGRATION OFFICER IN EXECUTING A CIVIL ARREST' added to the proviso of subdivision 2.")
add("scope_change", "NYPOCA", [("THE PLACE OF SUCH COURT PROCEEDING, UNLESS", "THE PLACE OF SUCH COURT PROCEEDING, AND WHILE PRESENT IN ANY COURTHOUSE, UNLESS")],
    [("", ", AND WHILE PRESENT IN ANY COURTHOUSE", L, ["enforcement_authority"], "The privilege from civil arrest is extended to the whole time a person is in any courthouse.")],
    "', AND WHILE PRESENT IN ANY COURTHOUSE' added to subdivision 1.")
add("restated", "NYPOCA", [("IS PRIVILEGED FROM CIVIL ARREST WHILE GOING TO", "SHALL NOT BE SUBJECT TO CIVIL ARREST WHILE GOING TO"), ("PROCEEDING, UNLESS SUCH CIVIL ARREST IS SUPPORTED", "PROCEEDING, EXCEPT WHERE SUCH CIVIL ARREST IS SUPPORTED")],
    [("IS PRIVILEGED FROM CIVIL ARREST", "SHALL NOT BE SUBJECT TO CIVIL ARREST", N, ["enforcement_authority"], "The privilege is restated as a prohibition with the same scope."),
     ("UNLESS SUCH CIVIL ARREST IS SUPPORTED", "EXCEPT WHERE SUCH CIVIL ARREST IS SUPPORTED", N, ["enforcement_authority"], "'Unless' and 'except where' introduce the same warrant exception.")],
    "'IS PRIVILEGED FROM' -> 'SHALL NOT BE SUBJECT TO', 'UNLESS' -> 'EXCEPT WHERE' in subdivision 1.")
add("exception_to_exception", "NYPOCA", [("PURSUANT TO ARTICLE THIRTY-FIVE OF THE PENAL LAW.", "PURSUANT TO ARTICLE THIRTY-FIVE OF THE PENAL LAW, EXCEPT THAT THIS PROVISO SHALL NOT APPLY TO AN ARREST MADE FOR THE PURPOSE OF ENFORCING FEDERAL CIVIL IMMIGRATION LAW.")],
    [("", ", EXCEPT THAT THIS PROVISO SHALL NOT APPLY TO AN ARREST MADE FOR THE PURPOSE OF ENFORCING FEDERAL CIVIL IMMIGRATION LAW", L, ["enforcement_authority", "ice_cooperation"], "Officers who make or assist immigration arrests can no longer shelter behind the Penal Law defences saved by the proviso.")],
    "an exception to the proviso ('EXCEPT THAT THIS PROVISO SHALL NOT APPLY TO AN ARREST MADE FOR THE PURPOSE OF ENFORCING FEDERAL CIVIL IMMIGRATION LAW') added to subdivision 2.")

# ---------------- TEMPL (hospital / public entity guidance)
add("list_item_removed", "TEMPL", [("administrative or staff offices, hospital inpatient rooms, clinic exam rooms, maintenance areas", "maintenance areas")],
    [("administrative or staff offices, hospital inpatient rooms, clinic exam rooms, ", "", E, ["ice_cooperation"], "Offices, inpatient rooms and exam rooms are no longer listed as limited access areas that need a judicial warrant.")],
    "'administrative or staff offices, hospital inpatient rooms, clinic exam rooms,' deleted from the examples of limited access spaces.")
add("rule_removed", "TEMPL", [(" [ENTITY NAME] will not divert resources from this mission in order to assist with the enforcement of federal immigration laws.", "")],
    [("[ENTITY NAME] will not divert resources from this mission in order to assist with the enforcement of federal immigration laws.", "", E, ["ice_cooperation"], "The commitment not to spend resources assisting immigration enforcement is dropped.")],
    "the sentence on not diverting resources to assist immigration enforcement deleted.")
add("approval_added", "TEMPL", [("to understand your duties in particular circumstances.", "to understand your duties in particular circumstances. Employees shall not grant permission to enter limited access space without the approval of [LEGAL DEPARTMENT].")],
    [("", "Employees shall not grant permission to enter limited access space without the approval of [LEGAL DEPARTMENT].", L, ["supervisor_approval", "ice_cooperation"], "Consent to agents' entry into limited access areas now needs legal department approval.")],
    "a sentence requiring [LEGAL DEPARTMENT] approval before granting entry added at the end.")
add("modal_change", "TEMPL", [("employees are not required to affirmatively assist federal immigration authorities or grant permission", "employees shall not affirmatively assist federal immigration authorities or grant permission")],
    [("employees are not required to affirmatively assist", "employees shall not affirmatively assist", L, ["ice_cooperation"], "A freedom not to assist becomes a prohibition on assisting or consenting without a judicial warrant.")],
    "'are not required to affirmatively assist' -> 'shall not affirmatively assist'.")
add("neutral_rewrite", "TEMPL", [("Federal immigration enforcement officers are free to enter areas of [ENTITY NAME] that are open to the general public.", "Areas of [ENTITY NAME] that are open to the general public may be entered freely by federal immigration enforcement officers.")],
    [("Federal immigration enforcement officers are free to enter areas of [ENTITY NAME] that are open to the general public.", "Areas of [ENTITY NAME] that are open to the general public may be entered freely by federal immigration enforcement officers.", N, ["ice_cooperation"], "Active to passive voice; the same statement about public areas.")],
    "first sentence on public areas turned into the passive voice.")
add("mixed", "TEMPL", [("hospital inpatient rooms, clinic exam rooms, maintenance areas", "maintenance areas"),
    ("to understand your duties in particular circumstances.", "to understand your duties in particular circumstances. Employees shall not grant permission to enter limited access space without the approval of [LEGAL DEPARTMENT].")],
    [("hospital inpatient rooms, clinic exam rooms, ", "", E, ["ice_cooperation"], "Inpatient rooms and exam rooms no longer count as limited access areas."),
     ("", "Employees shall not grant permission to enter limited access space without the approval of [LEGAL DEPARTMENT].", L, ["supervisor_approval", "ice_cooperation"], "Consent to entry now requires legal department approval.")],
    "'hospital inpatient rooms, clinic exam rooms,' deleted and a [LEGAL DEPARTMENT] approval sentence added.")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P))
