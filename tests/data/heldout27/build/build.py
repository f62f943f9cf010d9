"""Builds ../pairs.jsonl from the real passages in texts.py (genuine pairs) and constructed edits (lib.apply)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
import texts as T

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
pairs = []


def ch(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}


def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "JD-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    pairs.append(p)


def con(situation, base, edits, changes, src, what):
    new = apply(base, edits)
    add(situation, base, new, changes, "CONSTRUCTED: OLD = real text, %s. NEW = OLD with an edit written for this set: %s" % (src, what))


# ---------------------------------------------------------------- GENUINE
SB71_OLD = T.SB71_ANALYSIS_INTRO + "\n\n" + T.SB71_SEC1
SB71_NEW = T.SB71_ANALYSIS_AMENDED + "\n\n" + T.SB71_SEC1 + "\n\n" + T.SB71_SEC2
add("rule_added", SB71_OLD, SB71_NEW, [
    ch("", "This bill further authorizes county corrections facilities to hold individuals subject to an Immigration and Customs Enforcement detention for up to 48 hours following the resolution of their state charges",
       E, ["detainers_holds"], "The amended analysis announces a new authority for county jails to hold people for ICE after their state charges end."),
    ch("", "A county may hold Immigration and Customs Enforcement detainees, after the resolution of state charges, for a maximum of 48 hours, excluding Saturdays, Sundays, and holidays, in order to permit assumption of custody by federal authorities.",
       E, ["detainers_holds", "ice_cooperation"], "New RSA 30-B:1, III authorizes counties to keep ICE detainees up to 48 hours after state charges are resolved so ICE can take custody."),
    ch("", "Any agency refusing to honor an immigration detainer for an inmate shall report each such refusal to the attorney general",
       E, ["detainers_holds"], "A new reporting duty for every refused detainer puts pressure on agencies to honor detainers."),
], "GENUINE: New Hampshire SB 71-FN (2025), 'relative to cooperation with federal immigration authorities'. OLD = bill as introduced (analysis and section 1, new RSA 106-P:1 to 106-P:3, I), https://bills.nhliberty.org/bills/2025/SB71 and https://bills.nhliberty.org/bills/2025/SB71/changes (stored copies; 106-P:3, II onward left out because the stored copy breaks off in it). NEW = bill as amended by the Senate (03/06/2025, amendment 2025-0494s): amended analysis from https://bills.nhliberty.org/bills/2025/SB71 and the new section 2 (RSA 30-B:1, III) from the text of amendment 2025-0494s, https://bills.nhliberty.org/bills/2025/SB71/revision/47065 ; section 1 is unchanged by that amendment ('Amend the bill by inserting after section 1 the following'), so it is repeated from the introduced text (assembled from the adopted amendment, not from a printed copy of the amended bill). Curly quotes straightened.")

add("mixed", T.HB2540_PURPOSE, T.SB3322_PURPOSE, [
    ch("(2) Require law enforcement agencies operating in the State to establish and publicly post written policies regarding civil immigration enforcement, including procedures governing law enforcement officer's authority to make any inquiry into a person's civil immigration status;",
       "(2) Require state and county law enforcement agencies to establish and publicly post written policies regarding civil immigration enforcement;",
       N, ["status_inquiry"], "Both versions require written, posted policies on civil immigration enforcement; naming the agencies and dropping the list of policy contents does not change what officers may do."),
    ch("the purpose of determining the person's civil immigration status;", "the purpose of determining the person's civil immigration status, except under certain circumstances;",
       E, ["status_inquiry", "enforcement_authority"], "The ban on stops, detentions or arrests to determine civil immigration status now has an exception."),
    ch("(4) Establish as a policy of the department of law Enforcement that civil immigration activity involving state or county participation or facilities shall only proceed under certain conditions;", "",
       E, ["ice_cooperation"], "The later draft drops the conditions on civil immigration activity that involves state or county participation or facilities."),
], "GENUINE (companion measures, not one bill's editions): Hawaii 2026 session, purpose clause of section 1. OLD = H.B. 2540, H.D. 1 'Relating to Law Enforcement' (Feb. 2026), https://data.capitol.hawaii.gov/sessions/session2026/bills/HB2540_HD1_.HTM (verbatim; the stored copy begins at 'Accordingly, the purpose'). NEW = S.B. 3322, S.D. 2, H.D. 2 'Relating to Law Enforcement' (House draft 2, spring 2026), https://data.capitol.hawaii.gov/sessions/session2026/bills/SB3322_HD2_.HTM (verbatim purpose clause; the findings paragraph before it is left out because the H.B. 2540 copy does not show its own; the stored copy ends at 'policy' without a period). Both purpose clauses describe the same new chapter 'state and federal collaboration'; NEW is 788 characters, just under the 800 minimum.")

# ---------------------------------------------------------------- NH SB 71 section 1 (106-P)
S71 = "New Hampshire SB 71-FN (2025) as introduced, section 1 (new RSA 106-P:1 to 106-P:3, I), https://bills.nhliberty.org/bills/2025/SB71/changes (stored copy; cut after 106-P:3, I; curly quotes straightened)"
B = T.SB71_SEC1
con("definition_change", B, [("means any county, municipality, or other political subdivision", "means any municipality or other political subdivision")], [
    ch("means any county, municipality, or other political subdivision", "means any municipality or other political subdivision", L, ["ice_cooperation"],
       "Counties drop out of the entities barred from restricting cooperation with federal immigration enforcement, so county jails may again limit it."),
], S71, "'county,' deleted from the definition of 'Local governmental entity' (106-P:1, II).")
con("exception_changed", B, [("Except as otherwise expressly prohibited by state or federal law, local", "Except as otherwise expressly prohibited by federal law, local")], [
    ch("Except as otherwise expressly prohibited by state or federal law,", "Except as otherwise expressly prohibited by federal law,", E, ["ice_cooperation"],
       "State law no longer saves a local restriction, so the ban on local limits to immigration cooperation covers more cases."),
], S71, "'state or' deleted from the opening exception of 106-P:2.")
con("restated", B, [("local governmental entities may not prohibit or impede any state or federal law enforcement agency from complying with title 8 of the United States Code.",
                     "no local governmental entity shall prohibit or impede any state or federal law enforcement agency from complying with title 8 of the United States Code.")], [
    ch("local governmental entities may not prohibit or impede", "no local governmental entity shall prohibit or impede", N, ["ice_cooperation"],
       "'may not' becomes 'no entity shall'; the same prohibition in other words."),
], S71, "106-P:2 reworded from 'local governmental entities may not' to 'no local governmental entity shall' (negative control).")
con("cross_clause", B, [("complying with title 8 of the United States Code.", "complying with title 8 of the United States Code. Nothing in this section shall require a local governmental entity or law enforcement agency to detain a person on the basis of an immigration detainer that is not accompanied by a warrant signed by a judge.")], [
    ch("", "Nothing in this section shall require a local governmental entity or law enforcement agency to detain a person on the basis of an immigration detainer that is not accompanied by a warrant signed by a judge.",
       L, ["detainers_holds"], "A carve-out from the anti-sanctuary rule lets agencies refuse detainers that lack a judicial warrant."),
], S71, "a sentence added at the end of 106-P:2 saying the section does not require holds on detainers without a judicial warrant.")

# ---------------------------------------------------------------- NH SB 563 floor amendment (103-A:3)
S563 = "New Hampshire SB 563-FN (2024), House floor amendment 2024-1736h (Rep. Roy, May 1, 2024) replacing RSA 103-A:3, paragraph I, https://bills.nhliberty.org/bills/2024/SB563/revision/41761 (stored copy; cut before paragraph II, whose list breaks off in the stored copy; curly apostrophe straightened)"
B = T.SB563_AMD
con("modal_change", B, [("and may, subject to available staffing, comply with an immigration detainer", "and shall comply with an immigration detainer")], [
    ch("and may, subject to available staffing, comply with an immigration detainer", "and shall comply with an immigration detainer", E, ["detainers_holds"],
       "Honouring a detainer becomes mandatory and is no longer subject to staffing."),
], S563, "'may, subject to available staffing, comply' -> 'shall comply'.")
con("exception_removed", B, [("citizenship status, unless it is subsequent to an alleged violation of New Hampshire law.", "citizenship status.")], [
    ch("citizenship status, unless it is subsequent to an alleged violation of New Hampshire law.", "citizenship status.", L, ["status_inquiry"],
       "The exception for investigations following an alleged state-law violation is removed, so the ban on citizenship investigations covers more cases."),
], S563, "the exception 'unless it is subsequent to an alleged violation of New Hampshire law' deleted.")
con("rule_removed", B, [(" No agency shall have an explicit or implied blanket policy against honoring immigration detainers.", "")], [
    ch("No agency shall have an explicit or implied blanket policy against honoring immigration detainers.", "", L, ["detainers_holds"],
       "Without this sentence agencies may adopt a blanket policy of not honoring detainers."),
], S563, "the sentence barring blanket policies against honoring detainers deleted.")
con("approval_added", B, [("comply with an immigration detainer discovered during", "comply, with the written approval of the chief of the agency or the chief's designee, with an immigration detainer discovered during")], [
    ch("", "with the written approval of the chief of the agency or the chief's designee,", L, ["supervisor_approval", "detainers_holds"],
       "Honouring a detainer now needs the written approval of the agency chief."),
], S563, "an approval by the agency chief added to the permission to comply with a detainer.")
con("reparagraphed", B, [("underlying offense. Unless otherwise", "underlying offense.\n\nUnless otherwise")], [
    ch("if applicable based on the underlying offense. Unless otherwise authorized by law", "if applicable based on the underlying offense.\n\nUnless otherwise authorized by law", N, ["status_inquiry", "detainers_holds"],
       "Paragraph I is split into two paragraphs; no words change."),
], S563, "paragraph break inserted before 'Unless otherwise authorized by law' (negative control).")
con("scope_change", B, [("discovered during the investigation of a violation of New Hampshire law.", "discovered during the investigation of a felony under New Hampshire law.")], [
    ch("discovered during the investigation of a violation of New Hampshire law.", "discovered during the investigation of a felony under New Hampshire law.", L, ["ice_cooperation", "detainers_holds"],
       "Contacting ICE and honouring detainers is limited to felony investigations instead of any state-law violation."),
], S563, "'a violation of New Hampshire law' -> 'a felony under New Hampshire law' in the first sentence.")

con("double_negation", B, [("Unless otherwise authorized by law, no New Hampshire law enforcement agency shall investigate or take part in investigations related to a person's citizenship status, unless it is subsequent to an alleged violation of New Hampshire law.",
                            "A New Hampshire law enforcement agency may investigate or take part in investigations related to a person's citizenship status only if it is subsequent to an alleged violation of New Hampshire law or is otherwise authorized by law.")], [
    ch("Unless otherwise authorized by law, no New Hampshire law enforcement agency shall investigate", "A New Hampshire law enforcement agency may investigate", N, ["status_inquiry"],
       "'No agency shall ... unless' is restated as 'may ... only if' with the same two conditions; the rule is unchanged."),
], S563, "the sentence on citizenship investigations recast from 'no agency shall ... unless' to 'may ... only if' with both conditions kept (negative control).")

# ---------------------------------------------------------------- Hawaii SB 2057 SD1
S57 = "Hawaii S.B. 2057, S.D. 1 (2026) 'Relating to Law Enforcement', new HRS section 139- and sections 2-3, https://data.capitol.hawaii.gov/sessions/session2026/bills/SB2057_SD1_.HTM (stored copy, verbatim; the report title and description that follow are left out)"
B = T.SB2057_SD1
con("list_item_removed", B, [("United States Constitution; or\n\n(2) Immigration enforcement purposes, including immigration enforcement that occurs at or near a school, health facility, place of worship, or courthouse.\"", "United States Constitution.\"")], [
    ch("(2) Immigration enforcement purposes, including immigration enforcement that occurs at or near a school, health facility, place of worship, or courthouse.", "", E, ["raids_joint_operations", "ice_cooperation"],
       "Officers are no longer barred from helping federal agents in operations for immigration enforcement purposes."),
], S57, "item (b)(2) on immigration enforcement purposes deleted (and 'or' after item (1) dropped).")
con("exception_changed", B, [("(b) Except as required by federal or state law,", "(b) Except as required or authorized by federal or state law,")], [
    ch("(b) Except as required by federal or state law,", "(b) Except as required or authorized by federal or state law,", E, ["ice_cooperation", "raids_joint_operations"],
       "The exception now covers anything merely authorized by law, so officers may assist immigration operations whenever some law permits it."),
], S57, "'or authorized' added to the opening exception of subsection (b).")
con("scope_change", B, [("(2) Immigration enforcement purposes, including immigration enforcement that occurs at or near", "(2) Immigration enforcement purposes, where the operation occurs at or near")], [
    ch("Immigration enforcement purposes, including immigration enforcement that occurs at or near", "Immigration enforcement purposes, where the operation occurs at or near", E, ["raids_joint_operations", "ice_cooperation"],
       "The ban on assisting immigration operations now covers only operations at or near schools, health facilities, places of worship or courthouses."),
], S57, "in (b)(2) 'including immigration enforcement that occurs' -> 'where the operation occurs'.")
con("neutral_rewrite", B, [("shall assist or cooperate with; or allow time", "shall assist or cooperate with, or allow time"), ("funds originating in the State", "funds that originate in the State")], [
    ch("assist or cooperate with; or allow time", "assist or cooperate with, or allow time", N, ["ice_cooperation"], "A misplaced semicolon is corrected to a comma; the prohibition is unchanged."),
    ch("funds originating in the State", "funds that originate in the State", N, ["ice_cooperation"], "Same meaning in other words."),
], S57, "semicolon after 'cooperate with' replaced by a comma; 'originating in' -> 'that originate in' (negative control).")
con("list_item_added", B, [("United States Constitution; or\n\n(2) Immigration enforcement purposes, including immigration enforcement that occurs at or near a school, health facility, place of worship, or courthouse.\"",
                           "United States Constitution;\n\n(2) Immigration enforcement purposes, including immigration enforcement that occurs at or near a school, health facility, place of worship, or courthouse; or\n\n(3) Providing humanitarian, medical, or legal assistance to any person, regardless of the person's immigration status.\"")], [
    ch("", "(3) Providing humanitarian, medical, or legal assistance to any person, regardless of the person's immigration status.", L, ["ice_cooperation", "access_to_services"],
       "A new item bars officers from helping federal immigration agents target people who give humanitarian, medical or legal aid."),
], S57, "new item (b)(3) on humanitarian, medical or legal assistance added.")

con("scope_change", B, [("to assist or facilitate conduct by federal immigration agents that exceeds their law enforcement duty or authority.", "to assist or facilitate conduct by federal immigration agents.")], [
    ch("conduct by federal immigration agents that exceeds their law enforcement duty or authority.", "conduct by federal immigration agents.", L, ["ice_cooperation"],
       "State personnel and funds may no longer support any conduct of federal immigration agents, not only conduct beyond their authority."),
], S57, "'that exceeds their law enforcement duty or authority' deleted from subsection (a).")

# ---------------------------------------------------------------- Hawaii SB 2056
S56 = "Hawaii S.B. 2056 (2026, as introduced) 'Relating to Law Enforcement', new HRS section 139- 'Unlawful agreements; prohibited', subsections (a) and (b), https://data.capitol.hawaii.gov/sessions/session2026/bills/SB2056_.HTM (stored copy; it breaks off after 'comply with this section', so subsection (b) ends there)"
B = T.SB2056
con("list_item_removed", B, [("lawful in this State;\n\n(C) Offenses related to immigration status, including violations of title 8 United States Code; or\n\n(D) Nonfederal", "lawful in this State; or\n\n(D) Nonfederal")], [
    ch("(C) Offenses related to immigration status, including violations of title 8 United States Code; or", "", E, ["raids_joint_operations", "enforcement_authority"],
       "Agencies may again enter agreements to help identify or arrest people for immigration-status offenses."),
], S56, "item (a)(3)(C) deleted (lettering of (D) kept).")
con("exception_added", B, [("(b) Law enforcement agencies shall obtain", "This subsection shall not apply to an agreement to assist in the investigation or prosecution of a violent felony or of human trafficking.\n\n(b) Law enforcement agencies shall obtain")], [
    ch("", "This subsection shall not apply to an agreement to assist in the investigation or prosecution of a violent felony or of human trafficking.", E, ["raids_joint_operations"],
       "Agreements tied to violent-felony or trafficking investigations are exempted from the ban, even where they would lead to immigration detention."),
], S56, "a closing exception added to subsection (a) for violent-felony and human-trafficking investigations.")
con("list_item_added", B, [("deportation proceedings; or\n\n(5) Result", "deportation proceedings;\n\n(5) Result in the detention of any person beyond the time the person would otherwise be released, solely on the basis of a civil immigration detainer or administrative warrant; or\n\n(6) Result")], [
    ch("", "(5) Result in the detention of any person beyond the time the person would otherwise be released, solely on the basis of a civil immigration detainer or administrative warrant; or", L, ["detainers_holds", "raids_joint_operations"],
       "A new condition makes agreements unlawful when they would lead to holds on civil detainers."),
], S56, "new item (a)(5) on detainer holds inserted; old (5) renumbered (6).")
con("approval_removed_or_weakened", B, [("(b) Law enforcement agencies shall obtain written authorization", "(b) Law enforcement agencies may request written authorization")], [
    ch("Law enforcement agencies shall obtain written authorization", "Law enforcement agencies may request written authorization", E, ["supervisor_approval", "raids_joint_operations"],
       "The attorney general's certification of existing agreements becomes optional."),
], S56, "'shall obtain' -> 'may request' in subsection (b).")
con("reparagraphed", B, [("penalty for:\n\n(A)", "penalty for: (A)"), ("grievances;\n\n(B)", "grievances; (B)"), ("this State;\n\n(C)", "this State; (C)"), ("Code; or\n\n(D)", "Code; or (D)")], [
    ch("penalty for:\n\n(A) Activities", "penalty for: (A) Activities", N, ["raids_joint_operations", "enforcement_authority"],
       "Items (A)-(D) are run into the paragraph of item (3); no words change."),
], S56, "paragraph breaks before items (A)-(D) removed (negative control).")

con("scope_change", B, [("Joint Terrorism Task Force, and state fusion center,", "Joint Terrorism Task Force, state fusion center, and any agreement under title 8 United States Code section 1357(g),")], [
    ch("Joint Terrorism Task Force, and state fusion center,", "Joint Terrorism Task Force, state fusion center, and any agreement under title 8 United States Code section 1357(g),", L, ["raids_joint_operations"],
       "287(g) agreements are expressly brought within the agreements subject to the ban."),
], S56, "287(g) agreements added to the examples in the stem of subsection (a).")

# ---------------------------------------------------------------- Hawaii HB 2540 HD1 purpose + definitions
S2540 = "Hawaii H.B. 2540, H.D. 1 (2026) 'Relating to Law Enforcement', purpose clause of section 1 and start of section 2, https://data.capitol.hawaii.gov/sessions/session2026/bills/HB2540_HD1_.HTM (stored copy; cut after the definition of 'Federal law enforcement officer', which ends without a period in the source)"
B = T.HB2540_PURPOSE + "\n\n" + T.HB2540_DEFS
con("list_item_removed", B, [("certain conditions;\n\n(5) Prohibit state and county involvement in civil immigration enforcement activity in certain locations; and\n\n(6)", "certain conditions; and\n\n(5)")], [
    ch("(5) Prohibit state and county involvement in civil immigration enforcement activity in certain locations; and", "", E, ["raids_joint_operations", "ice_cooperation"],
       "The bar on state and county involvement in civil immigration enforcement at certain locations is dropped."),
], S2540, "purpose item (5) deleted and (6) renumbered (5).")
con("scope_change", B, [("from initiating or prolonging a stop", "from prolonging a stop")], [
    ch("from initiating or prolonging a stop", "from prolonging a stop", E, ["status_inquiry", "enforcement_authority"],
       "Officers may again initiate a stop, detention or arrest to determine civil immigration status; only prolonging one stays barred."),
], S2540, "'initiating or' deleted from purpose item (3).")
con("restated", B, [("(2) Require law enforcement agencies operating in the State to establish and publicly post written policies", "(2) Require each law enforcement agency operating in the State to adopt, and to post publicly, a written policy"),
                    ("(6) Require the department of law enforcement to assist", "(6) Direct the department of law enforcement to assist")], [
    ch("(2) Require law enforcement agencies operating in the State to establish and publicly post written policies", "(2) Require each law enforcement agency operating in the State to adopt, and to post publicly, a written policy", N, ["status_inquiry"], "Same duty to adopt and post a policy, reworded."),
    ch("(6) Require the department of law enforcement to assist", "(6) Direct the department of law enforcement to assist", N, ["ice_cooperation"], "'Require' -> 'Direct' keeps the same duty."),
], S2540, "purpose items (2) and (6) reworded without changing their effect (negative control).")
con("approval_added", B, [("shall only proceed under certain conditions;", "shall only proceed under certain conditions and with the prior written approval of the director of law enforcement;")], [
    ch("", "and with the prior written approval of the director of law enforcement", L, ["supervisor_approval", "ice_cooperation"],
       "State or county participation in civil immigration activity now also needs the director's prior written approval."),
], S2540, "prior written approval of the director of law enforcement added to purpose item (4).")

con("list_item_added", B, [("maintaining compliance with civil immigration enforcement policy.", "maintaining compliance with civil immigration enforcement policy; and\n\n(7) Prohibit state and county law enforcement agencies from entering into agreements under title 8 United States Code section 1357(g).")
                           , ("in certain locations; and\n\n(6)", "in certain locations;\n\n(6)")], [
    ch("", "(7) Prohibit state and county law enforcement agencies from entering into agreements under title 8 United States Code section 1357(g).", L, ["raids_joint_operations"],
       "A new purpose item bars 287(g) agreements."),
], S2540, "new purpose item (7) barring 287(g) agreements added ('and' moved).")

# ---------------------------------------------------------------- Hawaii SB 2057 CD1
S57C = "Hawaii S.B. 2057, S.D. 2, H.D. 2, C.D. 1 (2026) 'Relating to Law Enforcement', end of section 1 (purpose) and start of section 2 (new chapter 'Immigration Enforcement; Prohibitions'), https://data.capitol.hawaii.gov/sessions/session2026/Bills/SB2057_CD1_.HTM (stored copy; cut after the first definition because the copy breaks off in the second)"
B = T.SB2057_CD1
con("exception_removed", B, [("immigration-related actions, except under limited circumstances.", "immigration-related actions.")], [
    ch("immigration-related actions, except under limited circumstances.", "immigration-related actions.", L, ["ice_cooperation", "enforcement_authority"],
       "The stated prohibition on immigration-related actions no longer has exceptions."),
], S57C, "', except under limited circumstances' deleted from purpose item (2).")
con("definition_change", B, [("means any federal officer, employee, or person performing immigration enforcement functions.", "means any officer or employee of United States Immigration and Customs Enforcement or United States Customs and Border Protection.")], [
    ch("means any federal officer, employee, or person performing immigration enforcement functions.", "means any officer or employee of United States Immigration and Customs Enforcement or United States Customs and Border Protection.", E, ["ice_cooperation", "raids_joint_operations"],
       "Federal officers of other agencies doing immigration work (e.g. on task forces) fall outside the chapter's limits."),
], S57C, "definition of 'Federal immigration authority' narrowed to ICE and CBP personnel.")
# ---------------------------------------------------------------- Narragansett PD memo
SN = "Town of Narragansett (RI) Police Department, memo 'Immigration Enforcement' (FAQ), Chief Sean Corrigan, November 19, 2017, https://scribd.com/document/691437225/IMMIGRATION-FAQ (stored scan text; letterhead left out; cut after the answer to question 2; scan typos such as 'To s state is clearly' kept; paragraph breaks restored at the questions)"
B = T.NARR
con("exception_added", B, [("based solely on the person's suspected immigration status.", "based solely on the person's suspected immigration status, except when an officer has been requested to assist ICE personnel in the field.")], [
    ch("", ", except when an officer has been requested to assist ICE personnel in the field", E, ["status_inquiry", "ice_cooperation"],
       "Officers may stop or question people on suspected status when ICE asks for help."),
], SN, "an exception for requests to assist ICE added to the answer to question 2.")
con("scope_change", B, [("based solely on the person's suspected immigration status.", "based on the person's suspected immigration status.")], [
    ch("based solely on the person's suspected immigration status", "based on the person's suspected immigration status", L, ["status_inquiry", "enforcement_authority"],
       "Without 'solely', suspected status may play no part in a stop, detention or questioning."),
], SN, "'solely' deleted from the answer to question 2.")
con("neutral_rewrite", B, [("To s state is clearly the NPD", "To state it clearly, the NPD"), ("Being an undocumented immigrant is a Federal Civil Violation, NPD", "Being an undocumented immigrant is a federal civil violation; NPD")], [
    ch("To s state is clearly the NPD", "To state it clearly, the NPD", N, ["enforcement_authority"], "A scan typo is corrected; the statement is unchanged."),
    ch("is a Federal Civil Violation, NPD", "is a federal civil violation; NPD", N, ["enforcement_authority"], "Capitalisation and punctuation only."),
], SN, "scan typo corrected and capitalisation/punctuation normalised (negative control).")
con("rule_added", B, [("delegation of authority by the U.S. Department of Homeland Security.", "delegation of authority by the U.S. Department of Homeland Security.\n\n3. Will NPD hold a person for ICE?\n\nNo. NPD will not keep a person in custody beyond the time he or she would otherwise be released on the basis of an ICE detainer, unless the detainer is accompanied by a warrant signed by a judge.")], [
    ch("", "NPD will not keep a person in custody beyond the time he or she would otherwise be released on the basis of an ICE detainer, unless the detainer is accompanied by a warrant signed by a judge.", L, ["detainers_holds"],
       "A new answer bars holding people on ICE detainers without a judicial warrant."),
], SN, "a question 3 on ICE detainer holds (invented text) added at the end.")
con("modal_change", B, [("NPD officers do not have the authority or responsibility for enforcing federal civil laws", "NPD officers are not required to enforce federal civil laws")], [
    ch("NPD officers do not have the authority or responsibility for enforcing federal civil laws", "NPD officers are not required to enforce federal civil laws", E, ["enforcement_authority"],
       "Denying authority becomes merely denying a duty, leaving room for officers to enforce civil immigration law."),
], SN, "'do not have the authority or responsibility for enforcing' -> 'are not required to enforce' in the answer to question 1.")

# ---------------------------------------------------------------- Philadelphia 10-849
SP9 = "Philadelphia City Council bill (2026 'ICE Out' package, as introduced) adding Code sec. 10-849 'Prohibiting Immigration Enforcement in City-Owned or Operated Spaces', subsection (1)(a)-(b), https://phila.legistar.com/LegislationDetail.aspx?FullText=1&GUID=CBD3955E-0794-47EB-AB1D-8651B11371A5&ID=7862147 (stored copy; title and section heading lines left out; cut after (1)(b); curly quotes straightened)"
B = T.PHL849
con("list_item_removed", B, [("(.9) Schools operated by the School District of Philadelphia, charter schools, or City-funded or licensed pre-schools;\n\n", "")], [
    ch("(.9) Schools operated by the School District of Philadelphia, charter schools, or City-funded or licensed pre-schools;", "", E, ["raids_joint_operations", "access_to_services"],
       "Schools and pre-schools drop out of the city property on which immigration enforcement is barred."),
], SP9, "item (a)(.9) on schools deleted (later items not renumbered).")
con("list_item_added", B, [("(.6) Arrests; and\n\n(.7) Any other", "(.6) Arrests;\n\n(.7) Detentions, holds, and transfers of custody; and\n\n(.8) Any other")], [
    ch("", "(.7) Detentions, holds, and transfers of custody; and", L, ["detainers_holds", "raids_joint_operations"],
       "Detentions, holds and custody transfers are added to what counts as barred immigration enforcement."),
], SP9, "new item (b)(.7) added; catch-all renumbered (.8).")
con("definition_change", B, [("(.6) Arrests; and\n\n(.7) Any other activities deemed necessary to conduct federal immigration enforcement.", "(.6) Arrests.")], [
    ch("(.7) Any other activities deemed necessary to conduct federal immigration enforcement.", "", E, ["raids_joint_operations"],
       "Without the catch-all, only the six listed activities count as immigration enforcement, narrowing the ban."),
], SP9, "catch-all item (b)(.7) deleted.")

con("list_item_added", B, [("(.10) Property within", "(.10) Hospitals, health centers, and shelters operated or funded by the City;\n\n(.11) Property within"), ("(.11) Any other property", "(.12) Any other property")], [
    ch("", "(.10) Hospitals, health centers, and shelters operated or funded by the City;", L, ["raids_joint_operations", "access_to_services"],
       "City-run or City-funded hospitals, health centers and shelters are added to the property where immigration enforcement is barred."),
], SP9, "new item (a)(.10) on hospitals, health centers and shelters inserted; later items renumbered.")

# ---------------------------------------------------------------- Philadelphia 10-848
SP8 = "Philadelphia City Council bill (2026 'ICE Out' package, as introduced) adding Code sec. 10-848 'Protecting Community Spaces', subsection (1) definitions (a)-(f), https://phila.legistar.com/LegislationDetail.aspx?FullText=1&GUID=34DF0993-6A7A-43A6-9984-20DB5B6F295A&ID=7862148 (stored copy; title lines left out; cut after (1)(f); curly quotes straightened)"
B = T.PHL848
con("definition_change", B, [("or a federal magistrate judge appointed pursuant to Section 631 of Title 28 of the United States Code.", "or a federal magistrate judge appointed pursuant to Section 631 of Title 28 of the United States Code, or a warrant or order of removal issued by an immigration judge.")], [
    ch("", ", or a warrant or order of removal issued by an immigration judge", E, ["detainers_holds", "ice_cooperation"],
       "Immigration-judge orders now count as 'judicial warrants', the usual condition for letting immigration agents in or honouring requests."),
], SP8, "orders of immigration judges added to the definition of 'Judicial warrant' in (e).")
con("definition_change", B, [("including custody status, release date, photos,", "including photos,")], [
    ch("including custody status, release date, photos,", "including photos,", E, ["information_sharing", "detainers_holds"],
       "Custody status and release dates drop out of the protected 'Information', so they may be shared with immigration agents."),
], SP8, "'custody status, release date,' deleted from the definition of 'Information' in (c).")
con("restated", B, [("An order to arrest a person for an immigration violation, including an I-200", "A document ordering the arrest of a person for an immigration violation, such as an I-200")], [
    ch("An order to arrest a person for an immigration violation, including an I-200", "A document ordering the arrest of a person for an immigration violation, such as an I-200", N, ["detainers_holds"],
       "Same definition in other words; the forms listed and the catch-all 'any similar forms' are kept."),
], SP8, "definition (f) reworded (negative control).")

con("definition_change", B, [("Social Security number, Individual Tax Identification Number,", "Social Security number, Individual Tax Identification Number, immigration or citizenship status,")], [
    ch("", "immigration or citizenship status,", L, ["information_sharing"],
       "Immigration and citizenship status join the protected 'Information', widening what may not be shared."),
], SP8, "'immigration or citizenship status,' added to the definition of 'Information' in (c).")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs written")
