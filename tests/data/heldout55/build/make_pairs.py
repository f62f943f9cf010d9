"""Builds ../pairs.jsonl (heldout55, prefix KF). OLD texts are real statute/bill texts (see SOURCE.md);
NEW texts are OLD with the drafting edits listed per pair (all pairs here are CONSTRUCTED)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check

ND = """44-08-25. Prohibition - Sanctuary - Immigration - Void - Fund - Continuing appropriation.

1. Notwithstanding any other provision of law, the state, a political subdivision, or institution of higher education under the supervision of the state board of higher education or any agent or employee of the state, a political subdivision, or the institution of higher education may not adopt or implement, whether formally or informally, a sanctuary policy, including a policy, order, or ordinance that:

a. Limits or prohibits an individual from communicating or cooperating with federal agencies or officials to verify or report the immigration status of an individual;

b. Grants a noncitizen unlawfully present in the United States the right to lawful presence or status within the state, a political subdivision, or the institution of higher education;

c. Violates a provision of chapter 1373 of United States Code title 8 [8 U.S.C. 1373];

d. Restricts or imposes a condition upon the cooperation or compliance of a state agency, department, or office or political subdivision with United States immigration and customs enforcement to maintain custody of or to transfer an illegal alien to the custody of United States immigration and customs enforcement; or

e. Prevents a law enforcement officer of a political subdivision from asking an individual in custody the individual's citizenship or immigration status."""

KS = """12-16,140. Certain actions by municipalities prohibited and declared null and void relating to restricting local officials from actions regarding information of citizenship.

(a) No municipality shall enact, implement or enforce an ordinance, resolution, rule or policy that prohibits or in any way restricts a law enforcement officer, local official or local government employee, from taking the following actions with regard to information of the citizenship or immigration status, lawful or unlawful, of an individual:

(1) Communicating or cooperating with federal officials;

(2) sending to or receiving information from the United States department of homeland security;

(3) obtaining or maintaining information; or

(4) exchanging information with another federal, state, or local government entity.

(b) Any ordinance, resolution, rule or policy that violates subsection (a) is null and void."""

MT = """NEW SECTION. Section 1. Definitions. As used in [sections 1 through 5], the following definitions apply:

(1) "Local government" means a municipality, a county, or a consolidated city-county government.

(2) "Policy" means a formal or informal rule, order, ordinance, or policy, whether written or unwritten.

(3) "State agency" means an office, position, commission, committee, board, department, council, division, bureau, section, or any other entity or instrumentality of the executive branch of state government.

NEW SECTION. Section 2. Sanctuary jurisdiction prohibited -- exception. (1) Except as provided in subsection (2), a state agency or local government may not enact, adopt, implement, enforce, or refer to the electorate a policy that prohibits or restricts a government entity, official, or employee from:

(a) sending to, receiving from, exchanging with, or maintaining for a federal, state, or local government entity information regarding a person's citizenship or immigration status for a lawful purpose; or"""

SD = """Section 1. That chapter 6-1 be amended by adding a NEW SECTION to read:

No local governmental unit as defined in § 6-1-12 nor any public postsecondary educational institution may enact, maintain, or enforce any ordinance, resolution, or other enactment that:

(1) Limits or prohibits any agent of the local governmental unit or public postsecondary educational institution from communicating or cooperating with a federal agency or official to verify or report the immigration status of any person; or

(2) Grants to any person the right to lawful presence or status within the area governed by the local governmental unit or public postsecondary educational institution in violation of state or federal law.

Section 2. That § 6-1-12 be amended to read:

6-1-12. As used in § 6-1-13 and section 1 of this Act, a local governmental unit is any political subdivision of this state including a county, township, municipality, or other unit of government, if the political subdivision provides local government services for residents in a geographically limited area of this state as its primary purpose and has the power to act primarily on behalf of that area."""

UT = """67-5-28. Memorandum of Understanding regarding enforcement of federal immigration laws -- Communications regarding immigration status -- Private cause of action.

(1) The attorney general shall negotiate the terms of a Memorandum of Understanding between the state and the United States Department of Justice or the United States Department of Homeland Security as provided in 8 U.S.C., Sec. 1357(g) for the enforcement of federal immigration and customs laws within the state by state and local law enforcement personnel, to include investigations, apprehensions, detentions, and removals of persons who are illegally present in the United States.

(2) The attorney general, the governor, or an individual otherwise required by the appropriate federal agency referred to in Subsection (1) shall sign the Memorandum of Understanding on behalf of the state.

(3) (a) A unit of local government, whether acting through its governing body or by an initiative or referendum, may not enact an ordinance or policy that limits or prohibits a law enforcement officer, local official, or local government employee from communicating or cooperating with federal officials regarding the immigration status of a person within the state.

(b) Notwithstanding any other provision of law, a government entity or official within the state may not prohibit or in any way restrict a government entity or official from sending to, or receiving from, the United States Department of Homeland Security information regarding the citizenship or immigration status, lawful or unlawful, of an individual."""

SRC = {
 "ND": ("North Dakota Century Code § 44-08-25, subsection 1 (current text, after the 2025 amendment by H.B. 1303; section created, per news reports, by H.B. 1155 of 2023), research copy at https://self-law.org/code/nd/title-44/chapter-44-08-miscellaneous-provisions/44-08-25 "
        "(stored copy, line breaks joined; heading words 'Continuing' / 'appropriation.' rejoined; cut before subsection 2, whose text the stored copy breaks off)"),
 "KS": ("Kansas Statutes § 12-16,140 (per news reports enacted in 2022 as H.B. 2717), whole section with its catchline, lawserver copy 'Current as of: 2023', "
        "https://www.lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_12-16_140"),
 "MT": ("Montana 2019 House Bill 147 (Holmlund et al., as introduced; referendum version of the vetoed HB 146), new Section 1 "
        "(definitions) and Section 2(1)(a), https://leg.mt.gov/bills/2019/BillHtml/HB0147.htm (stored copy breaks off inside item (b); "
        "both sides cut after item (a), so the text ends with '; or')"),
 "SD": ("South Dakota 2018 Senate Bill 193 (93rd session, 913Z0856, Sens. Russell and Nelson), as introduced, Sections 1 and 2, "
        "https://sdlegislature.gov/Legislative_Session/Bills/Bill.aspx?File=SB193P.htm&Session=2018&Version=Introduced&Bill=193 "
        "(the overstruck word 'government' in § 6-1-12 is dropped, i.e. the section is given as it would read; cut before Section 3)"),
 "UT": ("Utah Code § 67-5-28 (edition date not shown on the stored page), catchline and subsections (1)-(3)(b), http://laws9.com/statutes/utah/title-67/chapter-05/67-5-28 "
        "(run-together words re-spaced; cut before (3)(c), which the stored copy breaks off)"),
}
OLD = {"ND": ND, "KS": KS, "MT": MT, "SD": SD, "UT": UT}

L, E, N = "limits_enforcement", "expands_enforcement", "neutral"
pairs = []


def C(qo, qn, lab, tops, why):
    return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}


def add(base, situation, edits, changes, what):
    old = OLD[base]
    new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "KF-%02d" % (len(pairs) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops,
         "source": "CONSTRUCTED: OLD = real text, %s. NEW = OLD with this edit: %s" % (SRC[base], what)}
    check(p)
    pairs.append(p)

# ---------------- North Dakota 44-08-25 (anti-sanctuary; items list what may NOT be restricted) ----------------
E_ITEM = "e. Prevents a law enforcement officer of a political subdivision from asking an individual in custody the individual's citizenship or immigration status."
add("ND", "list_item_removed",
    [("immigration and customs enforcement; or\n\n" + E_ITEM, "immigration and customs enforcement.")],
    [C("\n\n" + E_ITEM, "", L, ["status_inquiry"],
       "With item e gone, a political subdivision may again bar its officers from asking people in custody about their citizenship or immigration status.")],
    "item e. (policies preventing officers from asking an individual in custody about citizenship or immigration status) deleted; 'enforcement; or' at the end of d. becomes 'enforcement.'.")

add("ND", "list_item_added",
    [("immigration and customs enforcement; or\n\ne.", "immigration and customs enforcement;\n\ne."),
     ("citizenship or immigration status.", "citizenship or immigration status; or\n\nf. Prohibits a law enforcement agency of a political subdivision from entering into or performing an agreement with United States immigration and customs enforcement under section 287(g) of the Immigration and Nationality Act [8 U.S.C. 1357(g)].")],
    [C("", "f. Prohibits a law enforcement agency of a political subdivision from entering into or performing an agreement with United States immigration and customs enforcement under section 287(g) of the Immigration and Nationality Act [8 U.S.C. 1357(g)].", E, ["raids_joint_operations"],
       "A new item forbids local policies that keep police agencies out of 287(g) agreements, widening the ban on sanctuary policies.")],
    "new item f. added (policies prohibiting 287(g) agreements are banned); 'or' moved from d. to e.")

add("ND", "scope_change",
    [("may not adopt or implement, whether formally or informally, a sanctuary policy", "may not formally adopt by ordinance or resolution a sanctuary policy")],
    [C("may not adopt or implement, whether formally or informally, a sanctuary policy", "may not formally adopt by ordinance or resolution a sanctuary policy", L, ["ice_cooperation"],
       "Only formally adopted ordinances or resolutions are banned now, so informal or unwritten non-cooperation practices and the implementation of such policies are no longer prohibited.")],
    "'adopt or implement, whether formally or informally,' replaced by 'formally adopt by ordinance or resolution'.")

add("ND", "scope_change",
    [("to verify or report the immigration status of an individual;", "to verify or report the immigration status, release date, or address of an individual;"),
     ("from asking an individual in custody the", "from asking an individual lawfully detained or in custody the")],
    [C("to verify or report the immigration status of an individual;", "to verify or report the immigration status, release date, or address of an individual;", E, ["information_sharing"],
       "Local policies may no longer stop employees from reporting a person's release date or address to federal agencies.") ,
     C("asking an individual in custody the", "asking an individual lawfully detained or in custody the", E, ["status_inquiry"],
       "The protected questioning now reaches people merely detained (e.g. at a traffic stop), not only those in custody.")],
    "item a. widened to 'immigration status, release date, or address'; item e. widened to 'an individual lawfully detained or in custody'.")

add("ND", "exception_added",
    [("citizenship or immigration status.", "citizenship or immigration status.\n\nThis subsection does not apply to a policy that prohibits an employee of a political subdivision from inquiring into the immigration status of a victim of or witness to a crime, or of an individual seeking medical or emergency services.")],
    [C("", "This subsection does not apply to a policy that prohibits an employee of a political subdivision from inquiring into the immigration status of a victim of or witness to a crime, or of an individual seeking medical or emergency services.", L, ["status_inquiry", "access_to_services"],
       "An exception to the sanctuary ban lets localities forbid status questions to crime victims, witnesses and people seeking emergency help.")],
    "a closing paragraph added that exempts policies barring status inquiries of crime victims, witnesses and people seeking medical or emergency services.")

add("ND", "restated",
    [("a. Limits or prohibits an individual from communicating or cooperating with federal agencies or officials to verify", "a. Prohibits or limits communication or cooperation by an individual with federal agencies or officials to verify"),
     ("to transfer an illegal alien to the custody", "to transfer an alien who is unlawfully present in the United States to the custody")],
    [C("a. Limits or prohibits an individual from communicating or cooperating with federal agencies or officials", "a. Prohibits or limits communication or cooperation by an individual with federal agencies or officials", N, ["ice_cooperation"],
       "Same banned policy, reworded as a noun phrase."),
     C("to transfer an illegal alien to the custody", "to transfer an alien who is unlawfully present in the United States to the custody", N, ["detainers_holds"],
       "'Illegal alien' is replaced by a longer phrase for the same class of people; the custody rule is unchanged.")],
    "item a. reworded ('Prohibits or limits communication or cooperation by an individual with ...'); 'an illegal alien' in d. replaced by 'an alien who is unlawfully present in the United States'.")

add("ND", "reparagraphed",
    [("a sanctuary policy, including a policy, order, or ordinance that:\n\na.", "a sanctuary policy, including a policy, order, or ordinance that: a."),
     ("an individual;\n\nb.", "an individual; b."), ("higher education;\n\nc.", "higher education; c."),
     ("[8 U.S.C. 1373];\n\nd.", "[8 U.S.C. 1373]; d."), ("enforcement; or\n\ne.", "enforcement; or e.")],
    [C("ordinance that:\n\na. Limits", "ordinance that: a. Limits", N, ["ice_cooperation", "status_inquiry"],
       "Items a. to e. are run into the stem as one paragraph; every word is the same.")],
    "the paragraph breaks before items a. to e. removed (stem and items become one paragraph); no words changed.")

add("ND", "scope_change",
    [("d. Restricts or imposes a condition upon the cooperation or compliance", "d. Prohibits the cooperation or compliance")],
    [C("d. Restricts or imposes a condition upon the cooperation or compliance", "d. Prohibits the cooperation or compliance", L, ["detainers_holds", "ice_cooperation"],
       "Only outright bans on holding or transferring people to ICE are forbidden now; local conditions such as requiring a judicial warrant become allowed.")],
    "item d. narrowed from 'Restricts or imposes a condition upon' to 'Prohibits'.")

add("ND", "scope_change",
    [("the state, a political subdivision, or institution of higher education under the supervision of the state board of higher education or any agent or employee of the state, a political subdivision, or the institution of higher education may not",
      "the state or a political subdivision or any agent or employee of the state or a political subdivision may not"),
     ("within the state, a political subdivision, or the institution of higher education;", "within the state or a political subdivision;")],
    [C("the state, a political subdivision, or institution of higher education under the supervision of the state board of higher education or any agent or employee of the state, a political subdivision, or the institution of higher education may not",
       "the state or a political subdivision or any agent or employee of the state or a political subdivision may not", L, ["ice_cooperation"],
       "State colleges and universities are taken out of the ban, so campuses may adopt policies limiting cooperation with immigration authorities."),
     C("within the state, a political subdivision, or the institution of higher education;", "within the state or a political subdivision;", N, ["access_to_services"],
       "Conforming deletion in item b., which concerns granting lawful presence, not police cooperation.")],
    "institutions of higher education (and their agents and employees) deleted from the stem and from item b.")

add("ND", "mixed",
    [("c. Violates a provision of chapter 1373 of United States Code title 8 [8 U.S.C. 1373];\n\n", ""),
     ("d. Restricts", "c. Restricts"), ("e. Prevents", "d. Prevents"),
     ("from asking an individual in custody the", "from asking an individual who is lawfully stopped, detained, or in custody the")],
    [C("c. Violates a provision of chapter 1373 of United States Code title 8 [8 U.S.C. 1373];", "", L, ["information_sharing"],
       "Policies that breach the federal information-sharing statute 8 U.S.C. 1373 are no longer listed as banned sanctuary policies."),
     C("from asking an individual in custody the", "from asking an individual who is lawfully stopped, detained, or in custody the", E, ["status_inquiry"],
       "The protected status questioning is extended to anyone lawfully stopped or detained.")],
    "item c. (8 U.S.C. 1373) deleted and d./e. relettered c./d.; former item e. widened to 'an individual who is lawfully stopped, detained, or in custody'.")

add("ND", "list_item_added",
    [("immigration and customs enforcement; or\n\ne.", "immigration and customs enforcement;\n\ne."),
     ("citizenship or immigration status.", "citizenship or immigration status; or\n\nf. Prohibits or restricts an officer or employee of a jail or correctional facility from permitting a federal immigration officer to enter the facility to interview an inmate.")],
    [C("", "f. Prohibits or restricts an officer or employee of a jail or correctional facility from permitting a federal immigration officer to enter the facility to interview an inmate.", E, ["ice_cooperation"],
       "Local rules keeping ICE officers out of jails for inmate interviews become banned sanctuary policies.")],
    "new item f. added (policies barring ICE jail access for inmate interviews); 'or' moved from d. to e.")

# ---------------- Kansas 12-16,140 ----------------
add("KS", "list_item_added",
    [("(3) obtaining or maintaining information; or", "(3) obtaining or maintaining information;"),
     ("(4) exchanging information with another federal, state, or local government entity.", "(4) exchanging information with another federal, state, or local government entity; or\n\n(5) notifying United States immigration and customs enforcement of the date and time of the individual's release from custody.")],
    [C("", "(5) notifying United States immigration and customs enforcement of the date and time of the individual's release from custody.", E, ["information_sharing", "detainers_holds"],
       "Municipalities may no longer stop officers from telling ICE when a person will be released.")],
    "new item (5) (notifying ICE of the release date and time) added; 'or' moved from (3) to (4).")

add("KS", "scope_change",
    [("policy that prohibits or in any way restricts a law enforcement officer", "policy that prohibits a law enforcement officer")],
    [C("prohibits or in any way restricts a law enforcement officer", "prohibits a law enforcement officer", L, ["ice_cooperation", "information_sharing"],
       "Only outright prohibitions are void now; municipal restrictions short of a ban (approval steps, limits on what is shared) become lawful.")],
    "'prohibits or in any way restricts' narrowed to 'prohibits'.")

add("KS", "double_negation",
    [("is null and void.", "is null and void.\n\n(c) Nothing in this section shall be construed to prohibit a municipality from adopting a policy that bars its law enforcement officers from obtaining information of the immigration status of an individual who is a crime victim or witness or who is reporting a crime.")],
    [C("", "(c) Nothing in this section shall be construed to prohibit a municipality from adopting a policy that bars its law enforcement officers from obtaining information of the immigration status of an individual who is a crime victim or witness or who is reporting a crime.", L, ["status_inquiry"],
       "The saving clause allows municipal bans on asking victims, witnesses and crime reporters about immigration status, carving them out of the state ban.")],
    "new subsection (c) added: nothing prohibits a municipality from barring officers from obtaining the status of crime victims, witnesses or reporters.")

add("KS", "neutral_rewrite",
    [("(a) No municipality shall enact, implement or enforce", "(a) A municipality shall not enact, implement or enforce")],
    [C("(a) No municipality shall enact", "(a) A municipality shall not enact", N, ["ice_cooperation"],
       "'No municipality shall' and 'A municipality shall not' state the same prohibition.")],
    "'No municipality shall' replaced by 'A municipality shall not'.")

add("KS", "scope_change",
    [("restricts a law enforcement officer, local official or local government employee, from", "restricts a law enforcement officer, jailer, local official, local government employee or contractor of the municipality, from")],
    [C("a law enforcement officer, local official or local government employee, from", "a law enforcement officer, jailer, local official, local government employee or contractor of the municipality, from", E, ["ice_cooperation", "information_sharing"],
       "Jailers and municipal contractors are added to the people a municipality may not restrict from sharing status information.")],
    "'jailer' and 'contractor of the municipality' added to the list of protected persons.")

add("KS", "list_item_removed",
    [("(2) sending to or receiving information from the United States department of homeland security;\n\n(3) obtaining or maintaining information; or\n\n(4) exchanging",
      "(2) sending to or receiving information from the United States department of homeland security; or\n\n(3) exchanging")],
    [C("(3) obtaining or maintaining information; or", "", L, ["status_inquiry", "information_sharing"],
       "Municipalities may again bar officers from gathering or keeping immigration-status information.")],
    "item (3) 'obtaining or maintaining information' deleted; (4) renumbered (3); 'or' moved to (2).")

# ---------------- Montana 2019 HB 147 ----------------
add("MT", "definition_change",
    [('(2) "Policy" means a formal or informal rule, order, ordinance, or policy, whether written or unwritten.', '(2) "Policy" means a written rule, order, ordinance, or policy formally adopted by the governing body of a state agency or local government.')],
    [C('"Policy" means a formal or informal rule, order, ordinance, or policy, whether written or unwritten.', '"Policy" means a written rule, order, ordinance, or policy formally adopted by the governing body of a state agency or local government.', L, ["ice_cooperation", "information_sharing"],
       "Informal and unwritten practices (e.g. a sheriff's instruction) fall outside the defined 'policy', so Section 2 no longer forbids them.")],
    "definition (2) of 'Policy' narrowed to written policies formally adopted by the governing body.")

add("MT", "definition_change",
    [('(1) "Local government" means a municipality, a county, or a consolidated city-county government.', '(1) "Local government" means a municipality, a county, a consolidated city-county government, a school district, or a public institution of higher education.')],
    [C('a municipality, a county, or a consolidated city-county government.', 'a municipality, a county, a consolidated city-county government, a school district, or a public institution of higher education.', E, ["ice_cooperation", "information_sharing"],
       "School districts and public colleges are brought under the ban on limiting information sharing with immigration authorities.")],
    "definition (1) of 'Local government' widened to school districts and public institutions of higher education.")

add("MT", "scope_change",
    [("a policy that prohibits or restricts a government entity, official, or employee from:", "a policy that prohibits, restricts, or discourages a government entity, official, or employee from:"),
     ("citizenship or immigration status for a lawful purpose; or", "citizenship or immigration status; or")],
    [C("a policy that prohibits or restricts a government entity", "a policy that prohibits, restricts, or discourages a government entity", E, ["ice_cooperation"],
       "Policies that merely discourage sharing are now also banned."),
     C("citizenship or immigration status for a lawful purpose; or", "citizenship or immigration status; or", E, ["information_sharing"],
       "The protected sharing is no longer confined to a lawful purpose, so fewer local restrictions survive.")],
    "'or discourages' added to the stem of Section 2(1); 'for a lawful purpose' deleted from item (a).")

add("MT", "restated",
    [("a state agency or local government may not enact, adopt, implement, enforce, or refer to the electorate a policy", "a state agency or local government is prohibited from enacting, adopting, implementing, enforcing, or referring to the electorate a policy")],
    [C("may not enact, adopt, implement, enforce, or refer to the electorate a policy", "is prohibited from enacting, adopting, implementing, enforcing, or referring to the electorate a policy", N, ["ice_cooperation"],
       "'May not' and 'is prohibited from' express the same ban.")],
    "'may not enact, adopt, implement, enforce, or refer' rewritten as 'is prohibited from enacting, adopting, implementing, enforcing, or referring'.")

add("MT", "approval_added",
    [("citizenship or immigration status for a lawful purpose; or", "citizenship or immigration status for a lawful purpose, if the exchange has been approved in writing by the chief executive officer of the state agency or local government; or")],
    [C("for a lawful purpose; or", "for a lawful purpose, if the exchange has been approved in writing by the chief executive officer of the state agency or local government; or", L, ["information_sharing", "supervisor_approval"],
       "Only approved exchanges are shielded now, so a local policy may require written approval before staff share status information with federal agencies.")],
    "item (a) limited to exchanges approved in writing by the agency's or local government's chief executive officer.")

add("MT", "cross_clause",
    [('whether written or unwritten.', 'whether written or unwritten. The term does not include a policy that protects the confidentiality of information about a victim of or witness to a crime.')],
    [C("", "The term does not include a policy that protects the confidentiality of information about a victim of or witness to a crime.", L, ["information_sharing"],
       "The exclusion in the definitions (Section 1) takes victim and witness confidentiality rules outside Section 2's ban, letting localities keep that status information from federal agencies.")],
    "a sentence added to definition (2) excluding victim/witness confidentiality policies from 'Policy' (the exception sits in Section 1, the ban in Section 2).")

# ---------------- South Dakota 2018 SB 193 ----------------
add("SD", "list_item_added",
    [("immigration status of any person; or", "immigration status of any person;"),
     ("in violation of state or federal law.", "in violation of state or federal law; or\n\n(3) Limits or prohibits any agent of the local governmental unit from complying with an immigration detainer issued by the United States Department of Homeland Security.")],
    [C("", "(3) Limits or prohibits any agent of the local governmental unit from complying with an immigration detainer issued by the United States Department of Homeland Security.", E, ["detainers_holds"],
       "Local rules against honoring ICE detainers join the list of banned enactments.")],
    "new item (3) (enactments limiting compliance with immigration detainers) added; 'or' moved from (1) to (2).")

add("SD", "scope_change",
    [("from communicating or cooperating with a federal agency or official to verify or report the immigration status", "from communicating with a federal agency or official to verify the immigration status")],
    [C("from communicating or cooperating with a federal agency or official to verify or report the immigration status", "from communicating with a federal agency or official to verify the immigration status", L, ["ice_cooperation", "information_sharing"],
       "Only bans on communicating to verify status remain forbidden; local limits on cooperating with federal agents or on reporting people become permissible.")],
    "item (1) narrowed: 'or cooperating' and 'or report' deleted.")

add("SD", "scope_change",
    [("No local governmental unit as defined in § 6-1-12 nor any public postsecondary educational institution may enact", "No local governmental unit as defined in § 6-1-12 may enact"),
     ("any agent of the local governmental unit or public postsecondary educational institution from communicating", "any agent of the local governmental unit from communicating"),
     ("area governed by the local governmental unit or public postsecondary educational institution in violation", "area governed by the local governmental unit in violation")],
    [C("No local governmental unit as defined in § 6-1-12 nor any public postsecondary educational institution may enact", "No local governmental unit as defined in § 6-1-12 may enact", L, ["ice_cooperation"],
       "Public universities and colleges are released from the ban and may restrict their staff's cooperation with immigration authorities."),
     C("area governed by the local governmental unit or public postsecondary educational institution in violation", "area governed by the local governmental unit in violation", N, ["access_to_services"],
       "Conforming deletion in item (2), which concerns granting lawful presence, not police cooperation.")],
    "public postsecondary educational institutions deleted from the stem and from items (1) and (2).")

add("SD", "scope_change",
    [("to verify or report the immigration status of any person; or", "to verify or report the immigration status of any person, or from assisting a federal agency or official in the enforcement of federal immigration law; or")],
    [C("", ", or from assisting a federal agency or official in the enforcement of federal immigration law", E, ["ice_cooperation", "enforcement_authority"],
       "Local rules against helping federal agents enforce immigration law are banned too, not only rules about status checks.")],
    "item (1) extended to enactments that limit assisting federal agencies in enforcing federal immigration law.")

add("SD", "neutral_rewrite",
    [("No local governmental unit as defined in § 6-1-12 nor any public postsecondary educational institution may enact, maintain, or enforce any ordinance",
      "A local governmental unit as defined in § 6-1-12 or a public postsecondary educational institution may not enact, maintain, or enforce an ordinance")],
    [C("No local governmental unit as defined in § 6-1-12 nor any public postsecondary educational institution may enact, maintain, or enforce any ordinance",
       "A local governmental unit as defined in § 6-1-12 or a public postsecondary educational institution may not enact, maintain, or enforce an ordinance", N, ["ice_cooperation"],
       "'No ... nor any ... may' and '... or ... may not' state the same prohibition for the same bodies.")],
    "the stem's 'No ... nor any ... may enact ... any ordinance' rewritten as 'A ... or a ... may not enact ... an ordinance'.")

add("SD", "reparagraphed",
    [("other enactment that:\n\n(1) Limits", "other enactment that: (1) Limits"), ("any person; or\n\n(2) Grants", "any person; or (2) Grants")],
    [C("other enactment that:\n\n(1) Limits", "other enactment that: (1) Limits", N, ["ice_cooperation"],
       "Items (1) and (2) are run into the stem paragraph; the words are unchanged.")],
    "the paragraph breaks before items (1) and (2) of Section 1 removed; no words changed.")

add("SD", "definition_change",
    [("or other unit of government, if the political subdivision provides local government services for residents in a geographically limited area of this state as its primary purpose and has the power to act primarily on behalf of that area.",
      "or other unit of government, including a sheriff's office or other law enforcement agency of any such political subdivision.")],
    [C("if the political subdivision provides local government services for residents in a geographically limited area of this state as its primary purpose and has the power to act primarily on behalf of that area.",
       "including a sheriff's office or other law enforcement agency of any such political subdivision.", E, ["ice_cooperation"],
       "The general-purpose condition is dropped and sheriffs' offices and police agencies are named, so more bodies fall under the ban on limiting cooperation.")],
    "in § 6-1-12 the general-purpose condition ('if the political subdivision provides local government services ...') replaced by 'including a sheriff's office or other law enforcement agency of any such political subdivision'.")

add("SD", "rule_added",
    [("in violation of state or federal law.\n\nSection 2.", "in violation of state or federal law.\n\nNo local governmental unit or public postsecondary educational institution may discipline, demote, or take any other adverse action against an agent or employee for communicating or cooperating with a federal agency or official to verify or report the immigration status of any person.\n\nSection 2.")],
    [C("", "No local governmental unit or public postsecondary educational institution may discipline, demote, or take any other adverse action against an agent or employee for communicating or cooperating with a federal agency or official to verify or report the immigration status of any person.", E, ["ice_cooperation", "information_sharing"],
       "A new rule shields employees who cooperate with federal immigration officials from discipline.")],
    "a new paragraph in Section 1 forbids disciplining agents or employees who cooperate with federal agencies on immigration status.")

# ---------------- Utah 67-5-28 ----------------
add("UT", "modal_change",
    [("(1) The attorney general shall negotiate", "(1) The attorney general may negotiate")],
    [C("The attorney general shall negotiate", "The attorney general may negotiate", L, ["raids_joint_operations"],
       "The 287(g) agreement becomes optional instead of required.")],
    "'shall negotiate' changed to 'may negotiate' in (1).")

add("UT", "approval_added",
    [("shall sign the Memorandum of Understanding on behalf of the state.", "shall sign the Memorandum of Understanding on behalf of the state after the Legislature approves its terms by joint resolution.")],
    [C("", " after the Legislature approves its terms by joint resolution", L, ["raids_joint_operations", "supervisor_approval"],
       "The 287(g) agreement cannot be signed until the Legislature approves it, adding an approval hurdle.")],
    "legislative approval by joint resolution required before the MOU is signed (end of (2)).")

add("UT", "scope_change",
    [("to include investigations, apprehensions, detentions, and removals of persons who are illegally present in the United States.",
      "to include investigations, apprehensions, detentions, transportation, and removals of persons who are illegally present in the United States, and the service of immigration detainers and administrative warrants.")],
    [C("investigations, apprehensions, detentions, and removals of persons who are illegally present in the United States.",
       "investigations, apprehensions, detentions, transportation, and removals of persons who are illegally present in the United States, and the service of immigration detainers and administrative warrants.", E, ["raids_joint_operations", "detainers_holds"],
       "The agreement's scope grows to transport and to serving detainers and administrative warrants.")],
    "in (1), 'transportation' added to the listed functions and ', and the service of immigration detainers and administrative warrants' appended.")

add("UT", "exception_added",
    [("regarding the immigration status of a person within the state.", "regarding the immigration status of a person within the state, except that a unit of local government may adopt a policy limiting inquiries into the immigration status of a person who is a victim of or witness to a crime.")],
    [C("", ", except that a unit of local government may adopt a policy limiting inquiries into the immigration status of a person who is a victim of or witness to a crime", L, ["status_inquiry"],
       "Localities may now limit status questions to crime victims and witnesses despite the general ban.")],
    "an exception appended to (3)(a) for policies limiting status inquiries of crime victims and witnesses.")

add("UT", "approval_moved",
    [("(2) The attorney general, the governor, or an individual", "(2) The commissioner of public safety, the governor, or an individual")],
    [C("(2) The attorney general, the governor, or an individual", "(2) The commissioner of public safety, the governor, or an individual", N, ["raids_joint_operations", "supervisor_approval"],
       "A different state official may sign the agreement; whether and how it is made does not change.")],
    "in (2) the attorney general is replaced by the commissioner of public safety as a signatory.")

add("UT", "restated",
    [("may not prohibit or in any way restrict a government entity", "may not prohibit, or restrict in any way, a government entity"),
     ("whether acting through its governing body or by an initiative or referendum,", "whether acting by an initiative or referendum or through its governing body,")],
    [C("may not prohibit or in any way restrict a government entity", "may not prohibit, or restrict in any way, a government entity", N, ["information_sharing"],
       "Word order only; the ban on restricting information exchange with DHS is the same."),
     C("whether acting through its governing body or by an initiative or referendum,", "whether acting by an initiative or referendum or through its governing body,", N, ["ice_cooperation"],
       "The two ways a local government acts are listed in the other order; same reach.")],
    "'prohibit or in any way restrict' reworded as 'prohibit, or restrict in any way,' in (3)(b); order of 'governing body' and 'initiative or referendum' swapped in (3)(a).")

add("UT", "mixed",
    [("from communicating or cooperating with federal officials regarding", "from communicating with federal officials regarding"),
     ("information regarding the citizenship or immigration status, lawful or unlawful, of an individual.", "information regarding the citizenship or immigration status, lawful or unlawful, or the release date of an individual.")],
    [C("from communicating or cooperating with federal officials regarding", "from communicating with federal officials regarding", L, ["ice_cooperation"],
       "Local ordinances may now limit cooperation (beyond mere communication) with federal officials."),
     C("lawful or unlawful, of an individual.", "lawful or unlawful, or the release date of an individual.", E, ["information_sharing", "detainers_holds"],
       "Release dates are added to the information that no entity may stop officials from sending to DHS.")],
    "'or cooperating' deleted from (3)(a); 'or the release date' added to the information covered by (3)(b).")

# ---------------- extra situations ----------------
add("MT", "exception_removed",
    [("(1) Except as provided in subsection (2), a state agency or local government may not", "(1) A state agency or local government may not")],
    [C("(1) Except as provided in subsection (2), a state agency or local government may not", "(1) A state agency or local government may not", E, ["ice_cooperation", "information_sharing"],
       "The ban on sanctuary policies no longer yields to the exception in subsection (2), so it now reaches every case.")],
    "the opening 'Except as provided in subsection (2),' of Section 2(1) deleted (the ban no longer refers to its exception).")

add("UT", "rule_removed",
    [("\n\n(b) Notwithstanding any other provision of law, a government entity or official within the state may not prohibit or in any way restrict a government entity or official from sending to, or receiving from, the United States Department of Homeland Security information regarding the citizenship or immigration status, lawful or unlawful, of an individual.", "")],
    [C("(b) Notwithstanding any other provision of law, a government entity or official within the state may not prohibit or in any way restrict a government entity or official from sending to, or receiving from, the United States Department of Homeland Security information regarding the citizenship or immigration status, lawful or unlawful, of an individual.", "", L, ["information_sharing"],
       "With (3)(b) gone, state law no longer forbids state or local restrictions on sending status information to DHS (only the narrower (3)(a) ordinance ban remains).")],
    "subsection (3)(b) (no entity may restrict the exchange of status information with DHS) deleted.")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs), "pairs;", {k: len(v) for k, v in OLD.items()})
