import json, os
from lib import apply, pair_label, check
from texts import MSP, GRPD, LANSING

SRC = {
 "MSP": "Michigan State Police, 'Immigration' policy page (policy points drawn from Official Orders 02-33, 07-02, 16-10, 16-11; post-2021 revision), https://www.michigan.gov/msp/public-information/transparency/accordion/policies/immigration (stored copy, read 2025); OLD = intro, order list and the first four policy points, cut before the truncated fifth (language services) point",
 "GRPD": "Grand Rapids (MI) Police Department foreign nationals policy, adopted 23 Aug 2019, 'SPECIFIC DUTIES': items 1.a-1.c(1) as printed by Michigan News Source, https://michigannewssource.com/2025/01/grand-rapids-police-not-allowed-to-question-people-about-immigration-status (Jan 2025); item c(2) and d as printed by Grand Rapids Business Journal, https://grbj.com/news/grpd-initiates-new-immigrant-contact-policy/ (Aug 2019), cut after 'Exceptions may be made for legitimate law enforcement needs.' (the stored copy breaks off in the following list); paragraphs 2-3 as quoted by Battleground State News (Aug 2019, stored page quoting the policy; URL not stored); the labels '(2)', 'd.' and '2.' are supplied from the sequence, the wording is not",
 "LANSING": "City of Lansing (MI) Mayor's Executive Order 2017-01 'Creation of City Policy with Respect to Immigrants and Refugees' (3 Apr 2017), https://edocs.lansingmi.gov/WebLinkPublic/DocView.aspx?dbid=0&id=761831&repo=CityOfLansing; OLD = heading and the first three paragraphs of the preamble (the stored copy breaks off in the fourth); paragraph breaks supplied (stored copy is run-in)",
}
BASE = {"MSP": MSP, "GRPD": GRPD, "LANSING": LANSING}
pairs = []

def P(sit, base, edits, changes, what):
    old = BASE[base]; new = apply(old, edits)
    ch = [dict(quote_old=a, quote_new=b, label=l, topics=t, why=w) for a, b, l, t, w in changes]
    tops = []
    for c in ch:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = dict(id="JS-%02d" % (len(pairs) + 1), situation=sit, old=old, new=new, changes=ch,
             label=pair_label(ch), topics=tops, source="CONSTRUCTED: OLD = real text, " + SRC[base] + ". NEW = " + what)
    check(p); pairs.append(p)

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- Michigan State Police ----------------
P("exception_changed", "MSP",
  [("has committed a crime or civil infraction.", "has committed a crime.")],
  [("where an investigation reveals that an individual has committed a crime or civil infraction", "where an investigation reveals that an individual has committed a crime", L, ["status_inquiry", "enforcement_authority"],
    "Dropping 'or civil infraction' narrows the exception to the no-stop-for-citizenship rule, so a traffic infraction no longer lets a trooper hold someone to establish identity/citizenship.")],
  "the exception in the first policy point narrowed: 'or civil infraction' deleted.")

P("list_item_removed", "MSP",
  [("require proof of immigration status, citizenship or place of birth, or otherwise", "require proof of immigration status or citizenship, or otherwise"),
   ("necessary as part of a criminal investigation.\n\n- Enforcement members shall not stop", "necessary as part of a criminal investigation or a traffic stop.\n\n- Enforcement members shall not stop")],
  [("require proof of immigration status, citizenship or place of birth, or otherwise", "require proof of immigration status or citizenship, or otherwise", E, ["document_requests"],
    "Place of birth is removed from the list of things members may not demand proof of, so demanding birthplace documents is no longer barred."),
   ("unless such information is necessary as part of a criminal investigation.", "unless such information is necessary as part of a criminal investigation or a traffic stop.", E, ["status_inquiry", "document_requests"],
    "Adding 'or a traffic stop' to the exception lets members demand status proof or ask about status at any traffic stop.")],
  "second policy point: 'place of birth' struck from the listed items and 'or a traffic stop' added to its exception.")

P("exception_added", "MSP",
  [("or I-203).", "or I-203), except that a member may detain an individual who is the subject of a final order of removal (Form I-205) for not more than two hours pending the arrival of federal immigration officers.")],
  [("", "except that a member may detain an individual who is the subject of a final order of removal (Form I-205) for not more than two hours pending the arrival of federal immigration officers", E, ["detainers_holds", "ice_cooperation"],
    "A new exception to the ban on detaining people on administrative immigration paperwork allows two-hour holds for ICE on I-205 warrants.")],
  "third policy point: an exception for two-hour holds on a final order of removal added.")

P("exception_to_exception", "MSP",
  [("available to victims.", "available to victims, provided that the criminal investigation exception shall not permit an inquiry into the immigration status of a victim or witness of domestic violence, sexual assault or human trafficking.")],
  [("", "provided that the criminal investigation exception shall not permit an inquiry into the immigration status of a victim or witness of domestic violence, sexual assault or human trafficking", L, ["status_inquiry", "access_to_services"],
    "A proviso carves these victims and witnesses out of the criminal-investigation exception, so the ban on asking them about status now applies even during an investigation.")],
  "fourth policy point: a proviso limiting the criminal-investigation exception added.")

P("double_negation", "MSP",
  [("(including forms I-200, I-205, I-274A, or I-203).", "(including forms I-200, I-205, I-274A, or I-203).\n\n- Nothing in this policy shall be construed to prohibit members from sending to, or receiving from, federal immigration authorities information regarding the citizenship or immigration status of any individual.")],
  [("", "Nothing in this policy shall be construed to prohibit members from sending to, or receiving from, federal immigration authorities information regarding the citizenship or immigration status of any individual.", E, ["information_sharing", "ice_cooperation"],
    "The 'nothing shall prohibit' clause affirmatively preserves members' freedom to exchange status information with ICE, which the policy points otherwise tend to restrict.")],
  "a new policy point (savings clause) added after the third point.")

P("double_negation", "MSP",
  [("- Enforcement members shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire about a person's immigration status, unless such information is necessary as part of a criminal investigation.",
    "- Nothing in this policy shall be construed to require enforcement members to request proof of immigration status, citizenship or place of birth, or otherwise to inquire about a person's immigration status, unless such information is necessary as part of a criminal investigation.")],
  [("Enforcement members shall not require proof of immigration status, citizenship or place of birth, or otherwise inquire about a person's immigration status",
    "Nothing in this policy shall be construed to require enforcement members to request proof of immigration status, citizenship or place of birth, or otherwise to inquire about a person's immigration status", E, ["status_inquiry", "document_requests"],
    "A prohibition ('shall not require proof ... or inquire') becomes a mere disclaimer of any duty to inquire, so members are no longer barred from asking or demanding documents.")],
  "second policy point recast from a prohibition into a 'nothing shall be construed to require' clause.")

P("modal_change", "MSP",
  [("- Enforcement members shall not require proof", "- Enforcement members should not require proof"),
   ("- Enforcement members shall not inquire about a crime victim's", "- Enforcement members should not inquire about a crime victim's")],
  [("Enforcement members shall not require proof", "Enforcement members should not require proof", E, ["document_requests", "status_inquiry"],
    "'Should not' turns a binding prohibition on status questions and document demands into advice."),
   ("Enforcement members shall not inquire about a crime victim's", "Enforcement members should not inquire about a crime victim's", E, ["status_inquiry", "access_to_services"],
    "The bar on asking victims and witnesses about status is likewise downgraded from mandatory to advisory.")],
  "'shall not' changed to 'should not' in the second and fourth policy points.")

P("scope_change", "MSP",
  [("- Enforcement members shall not stop, interrogate, search, arrest or detain any individual", "- Members shall not stop, interrogate, search, arrest, detain or transport any individual")],
  [("Enforcement members shall not stop, interrogate, search, arrest or detain any individual", "Members shall not stop, interrogate, search, arrest, detain or transport any individual", L, ["detainers_holds", "enforcement_authority"],
    "The ban on acting on ICE warrants and detainers now binds all members, not only enforcement members, and also forbids transporting people on them.")],
  "third policy point: subject widened from 'Enforcement members' to 'Members' and 'transport' added to the list of barred acts.")

P("reparagraphed", "MSP",
  [("nondiscriminatory manner. Longstanding department", "nondiscriminatory manner.\n\nLongstanding department"),
   ("necessary as part of a criminal investigation.\n\n- Enforcement members shall not stop", "necessary as part of a criminal investigation. Enforcement members shall not stop")],
  [("nondiscriminatory manner. Longstanding department policies", "nondiscriminatory manner.\n\nLongstanding department policies", N, ["status_inquiry"],
    "The intro is split into two paragraphs with the same words; nothing changes."),
   ("necessary as part of a criminal investigation.\n\n- Enforcement members shall not stop", "necessary as part of a criminal investigation. Enforcement members shall not stop", N, ["detainers_holds", "status_inquiry"],
    "The third policy point is run into the second as one paragraph; each sentence keeps its own subject and exception, so no rule changes.")],
  "same words; intro split into two paragraphs and the second and third policy points joined into one.")

P("cross_clause", "MSP",
  [("available to victims.", "available to victims.\n\nThe first and second policy points do not apply to a member assigned to a federal task force while the member is performing duties under the task force agreement.")],
  [("", "The first and second policy points do not apply to a member assigned to a federal task force while the member is performing duties under the task force agreement.", E, ["raids_joint_operations", "status_inquiry"],
    "A closing paragraph lifts the citizenship-stop and status-inquiry bans for task-force members, an exception that sits outside the points it qualifies.")],
  "a closing paragraph exempting task-force members from the first two points added.")

P("approval_added", "MSP",
  [("has committed a crime or civil infraction.", "has committed a crime or civil infraction, and a supervisor has approved the continued detention.")],
  [("", ", and a supervisor has approved the continued detention", L, ["supervisor_approval", "status_inquiry"],
    "Stops or prolonged stops to establish citizenship now also need a supervisor's approval, an added condition on the exception.")],
  "first policy point: supervisor approval added as a further condition of the exception.")

P("restated", "MSP",
  [("- Enforcement members shall not inquire about a crime victim's or witness' immigration status or require proof of that status unless the inquiry relates to an on-going criminal investigation or the inquiry is related to obtaining services for immigration relief available to victims.",
    "- Unless the question relates to an on-going criminal investigation or to obtaining immigration relief services available to victims, enforcement members shall not ask a crime victim or witness about his or her immigration status or require proof of it."),
   ("(including forms I-200", "(such as forms I-200")],
  [("Enforcement members shall not inquire about a crime victim's or witness' immigration status or require proof of that status unless the inquiry relates to an on-going criminal investigation or the inquiry is related to obtaining services for immigration relief available to victims.",
    "Unless the question relates to an on-going criminal investigation or to obtaining immigration relief services available to victims, enforcement members shall not ask a crime victim or witness about his or her immigration status or require proof of it.", N, ["status_inquiry", "access_to_services"],
    "Same prohibition and same two exceptions, with the 'unless' clause moved to the front."),
   ("(including forms I-200", "(such as forms I-200", N, ["detainers_holds"],
    "'Such as' and 'including' both give non-exhaustive examples; the list of forms is unchanged.")],
  "fourth policy point reworded (exception moved to the front) and 'including' changed to 'such as'.")

P("mixed", "MSP",
  [("solely for the purpose of establishing an individual's citizenship status, unless", "for the purpose of establishing an individual's citizenship status, unless"),
   ("based on an immigration administrative warrant or immigration detainer (including", "solely based on an immigration administrative warrant or immigration detainer (including")],
  [("solely for the purpose of establishing an individual's citizenship status", "for the purpose of establishing an individual's citizenship status", L, ["status_inquiry", "enforcement_authority"],
    "Without 'solely', a stop is barred whenever establishing citizenship is one of its purposes, a wider prohibition."),
   ("based on an immigration administrative warrant or immigration detainer", "solely based on an immigration administrative warrant or immigration detainer", E, ["detainers_holds"],
    "Adding 'solely' means members may act on a detainer whenever any other ground also exists, which narrows the ban.")],
  "'solely' moved: deleted from the first policy point and inserted in the third.")

P("list_item_added", "MSP",
  [("require proof of immigration status, citizenship or place of birth, or otherwise", "require proof of immigration status, citizenship, place of birth, country of origin or Social Security number, or otherwise")],
  [("require proof of immigration status, citizenship or place of birth", "require proof of immigration status, citizenship, place of birth, country of origin or Social Security number", L, ["document_requests"],
    "Two items are added to the list of things members may not demand proof of, widening the prohibition.")],
  "second policy point: 'country of origin' and 'Social Security number' added to the listed items.")

# ---------------- Grand Rapids PD ----------------
P("list_item_added", "GRPD",
  [("or other civil immigration documents.", "or other civil immigration documents; or\n(3) A request from federal immigration authorities to hold, transfer or transport an individual.")],
  [("", "(3) A request from federal immigration authorities to hold, transfer or transport an individual.", L, ["detainers_holds", "ice_cooperation"],
    "A new item under the 'shall not ... based solely on' stem forbids stops or detention on a mere ICE request to hold or transfer.")],
  "item 1.c: a third listed ground, ICE hold/transfer requests, added under the stem.")

P("list_item_removed", "GRPD",
  [("b. Inquire into a person's immigration status when the person is seeking police services, such as filing a police report or calling 911.\n\nc. Stop", "b. Stop"),
   ("\n\nd. Inquire of any individual", "\n\nc. Inquire of any individual")],
  [("b. Inquire into a person's immigration status when the person is seeking police services, such as filing a police report or calling 911.", "", E, ["status_inquiry", "access_to_services"],
    "The item barring status questions of people who call 911 or file reports is gone; only the general, excepted inquiry ban remains."),
   ("\n\nd. Inquire of any individual", "\n\nc. Inquire of any individual", N, ["status_inquiry"],
    "Re-lettering after the deletion; no change of substance.")],
  "item 1.b deleted and later items re-lettered.")

P("exception_changed", "GRPD",
  [("Exceptions may be made for legitimate law enforcement needs.", "Exceptions may be made for legitimate law enforcement needs, including assisting federal immigration authorities in locating an individual.")],
  [("Exceptions may be made for legitimate law enforcement needs.", "Exceptions may be made for legitimate law enforcement needs, including assisting federal immigration authorities in locating an individual.", E, ["status_inquiry", "ice_cooperation"],
    "Counting help to ICE as a 'legitimate law enforcement need' widens the exception to the inquiry ban to immigration enforcement itself.")],
  "item 1.d: the exception widened to cover helping ICE locate a person.")

P("exception_removed", "GRPD",
  [(" Exceptions may be made for legitimate law enforcement needs.", "")],
  [("Exceptions may be made for legitimate law enforcement needs.", "", L, ["status_inquiry", "document_requests"],
    "With the exception sentence struck, the ban on asking about status or demanding status documents is absolute.")],
  "item 1.d: exception sentence deleted.")

P("approval_removed_or_weakened", "GRPD",
  [("upon approval of the Chief of Police or a Deputy Chief of Police.", "upon approval of a shift supervisor.")],
  [("upon approval of the Chief of Police or a Deputy Chief of Police", "upon approval of a shift supervisor", E, ["supervisor_approval", "ice_cooperation"],
    "Approval for support to ICE now comes from any shift supervisor rather than the Chief or a Deputy Chief, a lower bar.")],
  "paragraph 3: approval authority lowered from Chief/Deputy Chief to shift supervisor.")

P("approval_added", "GRPD",
  [("2. Officers may provide assistance", "2. With the approval of the on-duty watch commander, officers may provide assistance")],
  [("", "With the approval of the on-duty watch commander, ", L, ["supervisor_approval", "ice_cooperation"],
    "Even emergency assistance to ICE now needs a watch commander's approval.")],
  "paragraph 2: watch-commander approval added.")

P("approval_moved", "GRPD",
  [(", upon approval of the Chief of Police or a Deputy Chief of Police.", ".\n\n4. Support services under paragraph 3 shall be provided only upon approval of the Chief of Police or a Deputy Chief of Police.")],
  [(", upon approval of the Chief of Police or a Deputy Chief of Police.", ".\n\n4. Support services under paragraph 3 shall be provided only upon approval of the Chief of Police or a Deputy Chief of Police.", N, ["supervisor_approval", "ice_cooperation"],
    "The same Chief/Deputy Chief approval is moved into its own paragraph 4 that points back to paragraph 3; the condition is unchanged.")],
  "the approval condition moved from paragraph 3 into a new paragraph 4.")

P("approval_moved", "GRPD",
  [("2. Officers may provide assistance to federal immigration authorities when", "2. Upon approval of the Chief of Police or a Deputy Chief of Police, officers may provide assistance to federal immigration authorities when"),
   (", upon approval of the Chief of Police or a Deputy Chief of Police.", ".")],
  [("", "Upon approval of the Chief of Police or a Deputy Chief of Police, ", L, ["supervisor_approval", "ice_cooperation"],
    "Emergency assistance to ICE, previously unconditioned, now needs Chief or Deputy Chief approval."),
   (", upon approval of the Chief of Police or a Deputy Chief of Police.", ".", E, ["supervisor_approval", "ice_cooperation"],
    "Non-emergency support services for ICE no longer need any approval.")],
  "the approval clause moved from paragraph 3 (non-emergency) to paragraph 2 (emergency).")

P("exception_to_exception", "GRPD",
  [("to the public safety or to the federal agents.", "to the public safety or to the federal agents, provided that an officer shall not, under this paragraph, arrest or detain any person for a civil immigration violation.")],
  [("", "provided that an officer shall not, under this paragraph, arrest or detain any person for a civil immigration violation", L, ["enforcement_authority", "ice_cooperation"],
    "The proviso limits the emergency exception: officers may help ICE in an emergency but not arrest or detain for civil immigration violations.")],
  "paragraph 2: a proviso barring civil immigration arrests within the emergency exception added.")

P("scope_change", "GRPD",
  [("1. No member of the Grand Rapids Police Department shall", "1. No sworn member of the Grand Rapids Police Department shall")],
  [("No member of the Grand Rapids Police Department shall", "No sworn member of the Grand Rapids Police Department shall", E, ["status_inquiry", "enforcement_authority"],
    "Limiting the prohibitions to sworn members frees civilian staff (dispatch, records) to ask about status or act on immigration papers.")],
  "item 1: stem limited to sworn members.")

P("modal_change", "GRPD",
  [("the department may provide available support services", "the department shall provide available support services")],
  [("the department may provide available support services", "the department shall provide available support services", E, ["ice_cooperation", "raids_joint_operations"],
    "'Shall' turns discretionary support to ICE operations into a duty once approval is given.")],
  "paragraph 3: 'may provide' changed to 'shall provide'.")

P("cross_clause", "GRPD",
  [("civil immigration documents.\n\nd.", "civil immigration documents. Exceptions may be made for legitimate law enforcement needs.\n\nd."),
   ("prove their immigration status. Exceptions may be made for legitimate law enforcement needs.", "prove their immigration status.")],
  [("prove their immigration status. Exceptions may be made for legitimate law enforcement needs.", "prove their immigration status.", L, ["status_inquiry", "document_requests"],
    "Moved out of item d, the exception no longer qualifies the ban on status questions and document demands, which becomes absolute."),
   ("", "civil immigration documents. Exceptions may be made for legitimate law enforcement needs.", E, ["detainers_holds", "enforcement_authority"],
    "Placed under item c, the same exception now lets officers stop or detain on immigration grounds or detainers for 'legitimate law enforcement needs'.")],
  "the exception sentence moved from item 1.d to the end of item 1.c.")

P("restated", "GRPD",
  [("a. Coerce, threaten with deportation, or engage in verbal abuse with any person based upon the person's, or the person's family members', actual or perceived immigration status or citizenship.",
    "a. Coerce or verbally abuse any person, or threaten any person with deportation, because of the actual or perceived immigration status or citizenship of that person or of a member of that person's family."),
   ("b. Inquire into a person's immigration status when the person is seeking police services, such as filing a police report or calling 911.",
    "b. Ask a person who is seeking police services, for example by filing a police report or calling 911, about that person's immigration status.")],
  [("a. Coerce, threaten with deportation, or engage in verbal abuse with any person based upon the person's, or the person's family members', actual or perceived immigration status or citizenship.",
    "a. Coerce or verbally abuse any person, or threaten any person with deportation, because of the actual or perceived immigration status or citizenship of that person or of a member of that person's family.", N, ["access_to_services"],
    "Same three barred acts on the same grounds, reworded."),
   ("b. Inquire into a person's immigration status when the person is seeking police services, such as filing a police report or calling 911.",
    "b. Ask a person who is seeking police services, for example by filing a police report or calling 911, about that person's immigration status.", N, ["status_inquiry", "access_to_services"],
    "Same bar on asking service-seekers about status; 'ask' for 'inquire' and reordered.")],
  "items 1.a and 1.b reworded in plain language.")

P("reparagraphed", "GRPD",
  [("based solely on:\n(1) Actual or suspected immigration status; or\n(2) actual", "based solely on: (1) Actual or suspected immigration status; or (2) actual"),
   ("SPECIFIC DUTIES\n\n1. No member", "SPECIFIC DUTIES\n1. No member")],
  [("based solely on:\n(1) Actual or suspected immigration status; or\n(2) actual", "based solely on: (1) Actual or suspected immigration status; or (2) actual", N, ["enforcement_authority", "detainers_holds"],
    "The two sub-items of c are run into one line with the same words and numbering; the stem still governs both."),
   ("SPECIFIC DUTIES\n\n1. No member", "SPECIFIC DUTIES\n1. No member", N, ["status_inquiry"],
    "Heading joined to item 1; layout only.")],
  "same words; the sub-items of 1.c run in and the heading joined to item 1.")

P("rule_added", "GRPD",
  [("upon approval of the Chief of Police or a Deputy Chief of Police.", "upon approval of the Chief of Police or a Deputy Chief of Police.\n\n4. Members shall not participate in any federal civil immigration enforcement operation, including a raid, sweep or checkpoint, except as provided in paragraph 2.")],
  [("", "4. Members shall not participate in any federal civil immigration enforcement operation, including a raid, sweep or checkpoint, except as provided in paragraph 2.", L, ["raids_joint_operations", "ice_cooperation"],
    "A new rule bars participation in ICE operations; only emergency help under paragraph 2 survives, so paragraph 3 support can no longer extend to the operations themselves.")],
  "new paragraph 4 barring participation in civil immigration operations added.")

P("exception_changed", "GRPD",
  [("when there is an emergency posing an immediate danger to the public safety or to the federal agents.", "when there is an emergency posing an imminent threat of death or serious bodily injury to any person.")],
  [("an emergency posing an immediate danger to the public safety or to the federal agents", "an emergency posing an imminent threat of death or serious bodily injury to any person", L, ["ice_cooperation"],
    "The emergency in which officers may help ICE is narrowed from any immediate danger to public safety to an imminent threat of death or serious injury.")],
  "paragraph 2: the emergency condition narrowed.")

# ---------------- Lansing EO 2017-01 ----------------
P("reparagraphed", "LANSING",
  [("documented and undocumented.\n\nTo ensure these protections", "documented and undocumented. To ensure these protections"),
   ("investigation,but also encourage community participation in both. Furthermore,", "investigation,but also encourage community participation in both.\n\nFurthermore,")],
  [("documented and undocumented.\n\nTo ensure these protections", "documented and undocumented. To ensure these protections", N, ["access_to_services"],
    "Two preamble paragraphs joined; the words are unchanged."),
   ("investigation,but also encourage community participation in both. Furthermore,", "investigation,but also encourage community participation in both.\n\nFurthermore,", N, ["access_to_services"],
    "The 'Furthermore' sentence becomes its own paragraph; same words, same meaning.")],
  "same words, different paragraph breaks in the preamble.")

P("rule_added", "LANSING",
  [("regardless of their immigration status.", "regardless of their immigration status.\n\nAccordingly, officers and employees of the City shall not inquire about or record the immigration status of any person unless required to do so by court order.")],
  [("", "Accordingly, officers and employees of the City shall not inquire about or record the immigration status of any person unless required to do so by court order.", L, ["status_inquiry", "information_sharing"],
    "A new operative rule bars asking about or recording status except under a court order.")],
  "an operative sentence barring status inquiries added after the preamble.")

P("rule_added", "LANSING",
  [("regardless of their immigration status.", "regardless of their immigration status.\n\nThe Lansing Police Department shall notify U.S. Immigration and Customs Enforcement, upon its request, of the scheduled release date and time of any person in its custody.")],
  [("", "The Lansing Police Department shall notify U.S. Immigration and Customs Enforcement, upon its request, of the scheduled release date and time of any person in its custody.", E, ["information_sharing", "detainers_holds"],
    "A new duty to give ICE release dates on request adds cooperation that the order did not provide.")],
  "a sentence requiring release-date notification to ICE added.")

P("neutral_rewrite", "LANSING",
  [("regardless of one's immigration or refugee status", "without regard to a person's immigration or refugee status"),
   ("Furthermore, the fear of any reprisal that might follow the revelation of one's immigration status should not give cause for failing to assist law enforcement in their efforts to make Lansing a safe community.",
    "Furthermore, no one should fail to assist law enforcement in making Lansing a safe community out of fear of a reprisal that might follow the revelation of his or her immigration status.")],
  [("regardless of one's immigration or refugee status", "without regard to a person's immigration or refugee status", N, ["access_to_services"],
    "Same commitment in other words."),
   ("Furthermore, the fear of any reprisal that might follow the revelation of one's immigration status should not give cause for failing to assist law enforcement in their efforts to make Lansing a safe community.",
    "Furthermore, no one should fail to assist law enforcement in making Lansing a safe community out of fear of a reprisal that might follow the revelation of his or her immigration status.", N, ["access_to_services"],
    "The hortatory sentence is reworded; it still creates no duty for officers.")],
  "two preamble sentences reworded.")

P("double_negation", "LANSING",
  [("regardless of their immigration status.", "regardless of their immigration status.\n\nNothing in this order shall be construed to prohibit any officer or employee of the City from complying with a requirement of federal or state law or with a court order.")],
  [("", "Nothing in this order shall be construed to prohibit any officer or employee of the City from complying with a requirement of federal or state law or with a court order.", N, ["ice_cooperation"],
    "A savings clause limited to what law or a court already requires permits nothing that officers were not already bound to do.")],
  "a savings clause for legally required compliance added.")

P("double_negation", "LANSING",
  [("regardless of their immigration status.", "regardless of their immigration status.\n\nNothing in this order shall be construed to prohibit any officer of the Lansing Police Department from exchanging information with federal immigration authorities regarding the citizenship or immigration status of any individual, or from assisting those authorities in the execution of their duties.")],
  [("", "Nothing in this order shall be construed to prohibit any officer of the Lansing Police Department from exchanging information with federal immigration authorities regarding the citizenship or immigration status of any individual, or from assisting those authorities in the execution of their duties.", E, ["information_sharing", "ice_cooperation"],
    "Unlike a clause tied to legal requirements, this one preserves discretionary information exchange with and assistance to ICE.")],
  "an unqualified savings clause for information exchange and assistance added.")

P("scope_change", "LANSING",
  [("commitments to equal enforcement of the law and equal service to the public.", "commitments to equal enforcement of the law and equal service to all persons lawfully present in the community.")],
  [("equal service to the public", "equal service to all persons lawfully present in the community", E, ["access_to_services"],
    "Equal service is now promised only to people lawfully present, so service is no longer owed regardless of status.")],
  "the commitment to equal service narrowed to persons lawfully present.")

P("mixed", "LANSING",
  [("regardless of their immigration status.", "regardless of their immigration status.\n\nOfficers shall not stop, question, arrest or detain any person based solely on suspected immigration status. Officers may, however, contact U.S. Immigration and Customs Enforcement regarding any person arrested for a felony.")],
  [("", "Officers shall not stop, question, arrest or detain any person based solely on suspected immigration status.", L, ["enforcement_authority", "status_inquiry"],
    "A new operative ban on immigration-status stops and arrests."),
   ("", "Officers may, however, contact U.S. Immigration and Customs Enforcement regarding any person arrested for a felony.", E, ["ice_cooperation", "information_sharing"],
    "A new express permission to contact ICE about felony arrestees.")],
  "two operative sentences added: a ban on status-based stops and a permission to contact ICE about felony arrestees.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs written")
