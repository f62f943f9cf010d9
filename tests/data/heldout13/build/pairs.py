"""Builds ../pairs.jsonl (heldout13).  Run: cd build && python3 pairs.py && python3 check.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, check, pair_label
import sources as S

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
PAIRS = []

def C(quote_old, quote_new, label, topics, why):
    return {"quote_old": quote_old, "quote_new": quote_new, "label": label, "topics": topics, "why": why}

def P(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "HN-%02d" % (len(PAIRS) + 1), "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    PAIRS.append(p)
    return p

MIRROR = ("U.S. Code text from github.com/codexstanford/markdonw-chunck-of-the-usa-code, commit "
          "66d0b20a5e0521c0ffa33fe40368e4148bff046b (2023-04-20), chuncks/title-08/chunck-NNN.md with NNN = %s")
DUMP = "congress.gov API dump of %s (indexed GitHub file, read with read_file id %s; sourceUrl %s)"

# =============================================================== GENUINE PAIRS
# HN-01 8 U.S.C. 1226(c) before / after the Laken Riley Act
P("list_item_added", S.HN01_OLD, S.HN01_NEW, [
    C("", S.LRA_E.split("\n")[1], "expands_enforcement", ["enforcement_authority", "detainers_holds"],
      "Adds a new class of people ICE must jail: those merely charged with or arrested for theft-type offences, assault on an officer, or crimes causing death or serious injury, if they entered unlawfully."),
    C("", S.LRA_DET.split("\n")[1], "expands_enforcement", ["detainers_holds", "ice_cooperation"],
      "Makes detainers mandatory: DHS must lodge a detainer with the local jail for every person in the new class."),
    C("", S.LRA_DEF.split("\n")[1], "neutral", ["enforcement_authority"],
      "Says the listed offences carry the meaning used where the acts occurred; it sets how the new class is read rather than widening it further."),
    C("sentence to a term of imprisonment of at least 1 year, or", "or deportable under section 1227(a)(4)(B) of this title, or",
      "neutral", ["enforcement_authority"], "The word 'or' moves from item (C) to item (D) so that the new item (E) can follow; no change in meaning."),
    C("(2) Release", "(4) Release", "neutral", ["enforcement_authority"],
      "The release paragraph is renumbered from (2) to (4); its words are unchanged."),
], "GENUINE EDITIONS (enacted amendment; new side built from the amending act's instructions): OLD = 8 U.S.C. 1226(c)(1)-(2) "
   "as in force before 29 Jan 2025, " + MIRROR % "303" + ". NEW = the same subsection as amended by the Laken Riley Act, "
   "Pub. L. 119-1 sec. 2 (S. 5, enrolled), instructions and inserted words from https://www.congress.gov/119/plaws/publ1/PLAW-119publ1.htm "
   "and https://www.congress.gov/119/bills/s5/BILLS-119s5enr.htm (stored copies); the last words of the inserted Detainer "
   "paragraph, cut off in those copies, are confirmed by S. 149 (119th), whose sec. 2 is identical (congress.gov API dump, read_file id 55650611237). "
   "Inserted words are kept as enacted (e.g. 'section 212(a)'), not as the Code's editors later translated them.")

# HN-02 H.R. 29 (House) vs S. 5 (enrolled): the amending section itself
P("list_item_added", S.HN02_OLD, S.HN02_NEW, [
    C("any burglary, theft, larceny, or shoplifting offense,",
      "any burglary, theft, larceny, shoplifting, or assault of a law enforcement officer offense, or any crime that results in death or serious bodily injury to another person,",
      "expands_enforcement", ["enforcement_authority", "detainers_holds"],
      "The enacted version adds assault on a police officer and any crime causing death or serious injury to the charges that trigger mandatory detention and a DHS detainer."),
    C('the terms "burglary", "theft", "larceny", and "shoplifting" have the meaning given such terms in the jurisdiction where the acts occurred.',
      'the terms "burglary", "theft", "larceny", "shoplifting", "assault of a law enforcement officer", and "serious bodily injury" have the meanings given such terms in the jurisdiction in which the acts occurred.',
      "neutral", ["enforcement_authority"],
      "The definition only follows the longer list, so the new terms are read under local law too; 'where' becomes 'in which'."),
    C("(7) of section 212(a), and", "(7) of section 212(a); and", "neutral", ["enforcement_authority"],
      "Comma replaced by a semicolon between the two conditions of item (E); punctuation only."),
], "GENUINE EDITIONS (bill as passed by the House vs the same measure as enacted): OLD = sec. 2 of H.R. 29 (119th Congress, Laken Riley Act), "
   "text as rendered by https://uslegi.com/bill/119/HR-29 (stored copy; the page's status line is after House passage, it does not label the text version). "
   "NEW = sec. 2 of S. 5 (119th), enrolled bill = Pub. L. 119-1, https://www.congress.gov/119/bills/s5/BILLS-119s5enr.htm (stored copy; "
   "its cut-off last sentence completed from S. 149, read_file id 55650611237, identical words). Rendering normalised on both sides: "
   "uslegi's ' - ' after item labels and its stray word 'Definition' in item (3) removed; GPO's ``..'' quote marks around inserted matter "
   "dropped and `..' turned into \"..\"; headings written '(2) Definition.\u2014'; '--' as an em dash; wrapped lines joined.")

# HN-03 8 U.S.C. 1373(a)-(c) vs H.R. 5825 (114th)
P("mixed", S.HN03_OLD, S.HN03_NEW, [
    C("from sending to, or receiving from, the Immigration and Naturalization Service information",
      "from sending to, or receiving from, the Department of Homeland Security information", "neutral", ["information_sharing"],
      "Renames the federal agency (INS became part of DHS in 2003); same duty."),
    C("government entity or official may not prohibit", "government entity or official shall not prohibit", "neutral",
      ["information_sharing"], "'may not' becomes 'shall not': both forbid local bans on sharing status information."),
    C("no person or agency may prohibit, or in any way restrict, a Federal, State, or local government entity from doing any of the following with respect to information regarding",
      "a person or agency shall not prohibit, or in any way restrict, a Federal, State, or local government entity from undertaking any of the following law enforcement activities regarding",
      "neutral", ["information_sharing"], "The stem of the list keeps the same double-negative ban; only its wording changes to fit the new items."),
    C("(1) Sending such information to, or requesting or receiving such information from, the Immigration and Naturalization Service.",
      "(1) Notifying the Federal Government regarding the presence of inadmissible and deportable aliens who are encountered by law enforcement personnel of a State or political subdivision of a State.",
      "expands_enforcement", ["information_sharing", "ice_cooperation"],
      "Localities could no longer stop officers from reporting to federal authorities the people they encounter who may be deportable; sending and receiving status data stays protected by subsection (a)."),
    C("(2) Maintaining such information.\n(3) Exchanging such information with any other Federal, State, or local government entity.", "",
      "limits_enforcement", ["information_sharing"],
      "Keeping status records and exchanging them with other governments drop out of the protected list, so a city could again forbid them; subsection (a) covers only exchanges with DHS."),
    C("", "(2) Complying with requests for information from Federal law enforcement.", "expands_enforcement",
      ["information_sharing", "ice_cooperation"], "Adds a protected duty to answer information requests from any federal law enforcement agency, not only the immigration service."),
    C("The Immigration and Naturalization Service shall respond", "The Department of Homeland Security shall respond", "neutral",
      ["status_inquiry"], "Agency renamed in the duty to answer local status checks; no change in substance."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1373(a)-(c), " + MIRROR % "612, 613, 614" +
   ". NEW = the same subsections as H.R. 5825 (114th Congress, Illegal Alien Capture Notification Act, introduced 14 Jul 2016) would amend them, "
   "built from the bill's instructions (1)-(4), https://www.govinfo.gov/content/pkg/BILLS-114hr5825ih/xml/BILLS-114hr5825ih.xml (stored copy). "
   "The bill's new subsection (d) (instruction (5)) is not shown: the stored copy breaks off inside it.")

# HN-04 8 U.S.C. 1373(a)-(b) vs H.R. 3003 (115th)
P("mixed", S.USC1373_AB, S.HR3003_A + "\n" + S.HR3003_B, [
    C("may not prohibit, or in any way restrict, any government entity or official from sending to, or receiving from, the Immigration and Naturalization Service information regarding the citizenship or immigration status, lawful or unlawful, of any individual.",
      "from complying with the immigration laws (as defined in section 101(a)(17) of the Immigration and Nationality Act (8 U.S.C. 1101(a)(17))), or from assisting or cooperating with Federal law enforcement entities, officials, or other personnel regarding the enforcement of these laws.",
      "expands_enforcement", ["ice_cooperation", "enforcement_authority"],
      "The federal ban on local restrictions grows from sharing status data with the immigration service to any compliance with, or help in enforcing, the immigration laws; it now also binds 'any individual'."),
    C("(b) Additional authority of government entities", "(b) Law enforcement activities", "neutral", ["information_sharing"],
      "Heading of subsection (b) renamed."),
    C("from doing any of the following with respect to information regarding the immigration status, lawful or unlawful, of any individual:",
      "as they relate to information regarding the citizenship or immigration status, lawful or unlawful, the inadmissibility or deportability, or the custody status, of any individual:",
      "expands_enforcement", ["information_sharing", "detainers_holds"],
      "Protected information now includes whether a person is deportable and their custody status, which covers release dates ICE asks jails for."),
    C("(1) Sending such information to, or requesting or receiving such information from, the Immigration and Naturalization Service.",
      "(1) Making inquiries to any individual in order to obtain such information regarding such individual or any other individuals.",
      "expands_enforcement", ["status_inquiry"],
      "Local governments could no longer bar their officers from asking people about their own or others' immigration status."),
    C("(2) Maintaining such information.\n(3) Exchanging such information with any other Federal, State, or local government entity.", "",
      "unclear", ["information_sharing"],
      "Keeping and exchanging status records leave the list; whether the broader new subsection (a) still protects them cannot be told from the text."),
    C("", "(2) Notifying the Federal Government regarding the presence of individuals who are encountered by law enforcement officials or other personnel of a State or political subdivision of a State.",
      "expands_enforcement", ["information_sharing", "ice_cooperation"],
      "Protects officers who report to federal authorities anyone they encounter, so sanctuary rules against such tips would be void."),
    C("", "(3) Complying with requests for such information from Federal law enforcement entities, officials, or other personnel.",
      "expands_enforcement", ["information_sharing", "ice_cooperation"],
      "Protects answering any federal request for status, deportability or custody information."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment that passed the House, not enacted): OLD = 8 U.S.C. 1373(a)-(b), " + MIRROR % "612, 613" +
   ". NEW = subsections (a) and (b) as H.R. 3003 (115th Congress, No Sanctuary for Criminals Act) would rewrite them: text of the version received "
   "in the Senate (RDS, 10 Jul 2017), https://www.govinfo.gov/content/pkg/BILLS-115hr3003rds/xml/BILLS-115hr3003rds.xml (stored copy, which breaks off at "
   "'or the custody'); the rest of (b) from the verbatim quotation of the bill at http://theweekincongress.com/2017/06/28/h-r-3003-no-sanctuary-criminals-act/ "
   "(the House summary at http://visualvotes.com/rollcall/115-1-341 says the measure was not amended after introduction). GPO run-in headings "
   "('(a)In generalNotwithstanding') written on their own line, as the Code prints them.")

# HN-05 H.R. 3003 (115th) vs H.R. 1680 (119th): two successive proposals for 1373(a)-(b)
P("mixed", S.HR3003_A + "\n" + S.HR3003_B, S.HR1680_A + "\n" + S.HR1680_B, [
    C("complying with the immigration laws (as defined in section 101(a)(17) of the Immigration and Nationality Act (8 U.S.C. 1101(a)(17))), or",
      "complying with the immigration laws and policies of the United States or", "expands_enforcement", ["ice_cooperation"],
      "Adds federal immigration 'policies' to what localities may not stop their staff from complying with, beyond the statutes themselves."),
    C("regarding the enforcement of these laws.", "regarding the enforcement of the immigration laws.", "neutral", ["ice_cooperation"],
      "'these laws' spelled out as 'the immigration laws'; same reference."),
    C("law enforcement activities as they relate to information", "law enforcement activities with respect to information", "neutral",
      ["information_sharing"], "'as they relate to' becomes 'with respect to'; no change in meaning."),
    C("regarding such individual or any other individuals.", "regarding such individual or any other individuals reasonably suspected of being involved in a crime.",
      "limits_enforcement", ["status_inquiry"],
      "Questions about third parties are protected only when those people are suspected of a crime, so a city could again bar officers from asking about other people's status."),
    C("regarding the presence of individuals who are encountered", "regarding the presence of individuals reasonably suspected of being involved in a crime who are encountered",
      "limits_enforcement", ["information_sharing", "ice_cooperation"],
      "Tipping off federal authorities is protected only for people suspected of a crime, not for everyone officers meet."),
], "GENUINE EDITIONS (two successive bills proposing the same rewrite of 8 U.S.C. 1373(a)-(b); neither enacted): OLD = H.R. 3003 (115th, No Sanctuary for "
   "Criminals Act, as passed by the House 2017), sources as for HN-04. NEW = H.R. 1680 (119th, UPLIFT Act, introduced 27 Feb 2025), sec. 3(a)(1)-(2), "
   + DUMP % ("H.R. 1680", "55762926218", "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr1680ih.xml") +
   "; run-in headings and list items put on their own lines, the dump's trailing ' ;' of each inserted subsection dropped.")

# HN-06 8 U.S.C. 1357(d) vs H.R. 1680 sec. 4
P("mixed", S.USC1357D, S.HR1680_D, [
    C("for a violation of any law relating to controlled substances", "for the alleged violation of any criminal or motor vehicle law",
      "expands_enforcement", ["detainers_holds"],
      "Detainers would reach anyone arrested for any crime or traffic offence, not only drug offences."),
    C("(3) requests the Service to determine promptly whether or not to issue a detainer to detain the alien,",
      "the Secretary may issue a detainer regarding the individual to any Federal, State, or local law enforcement entity, official, or other personnel",
      "expands_enforcement", ["detainers_holds", "ice_cooperation"],
      "The old detainer followed a local officer's report and request; the new one can be sent by DHS to any agency on its own initiative."),
    C("", "if the Secretary has probable cause to believe that the individual is an inadmissible or deportable alien.",
      "limits_enforcement", ["detainers_holds"],
      "On its own terms the new text adds a probable-cause standard for issuing a detainer, which the old paragraph did not state."),
    C("the Attorney General shall effectively and expeditiously take custody of the alien.",
      "the Department may take custody of the individual within 48 hours (excluding weekends and holidays), but in no instance more than 96 hours, following the date that the individual is otherwise to be released",
      "expands_enforcement", ["detainers_holds"],
      "A duty to take custody promptly becomes permission to leave the person in a local jail for up to 96 hours past release."),
    C("(d) Detainer of aliens for violation of controlled substances laws", "(d) Detainer of inadmissible or deportable aliens",
      "neutral", ["detainers_holds"], "The heading follows the wider scope already counted above."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1357(d), " + MIRROR % "543" +
   " (the flush text after paragraph (3), which the mirror runs into (3), put on its own line). NEW = subsection (d) as H.R. 1680 (119th, UPLIFT Act) "
   "sec. 4(a) would rewrite it, " + DUMP % ("H.R. 1680", "55762926218", "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr1680ih.xml") +
   "; run-in headings and items on their own lines; the bill's typo 'proabable' kept.")

# HN-07 8 U.S.C. 1357(g) vs PROTECT Immigration Act draft
P("rule_removed", S.USC1357G, S.PROTECT_G, [
    C("(1) Notwithstanding section 1342 of title 31, the Attorney General may enter into a written agreement with a State, or any political subdivision of a State,", "",
      "limits_enforcement", ["raids_joint_operations", "enforcement_authority"],
      "Ends the authority for 287(g) agreements under which local officers act as immigration officers."),
    C("", "the authority to inquire about or verify immigration or citizenship status and to investigate, apprehend, arrest, or detain an individual for a violation of this Act or any regulation authorized by this Act is restricted to immigration officers and authorized employees of the Department of Homeland Security",
      "limits_enforcement", ["status_inquiry", "enforcement_authority"],
      "Reserves status questions, status checks and immigration arrests to federal officers, subject to three narrow statutory exceptions."),
    C("(10) Nothing in this subsection shall be construed to require an agreement under this subsection in order for any officer or employee of a State or political subdivision of a State", "",
      "limits_enforcement", ["ice_cooperation", "information_sharing"],
      "Drops the clause that let local officers report people's status to federal authorities and otherwise cooperate without an agreement."),
    C("(8) An officer or employee of a State or political subdivision of a State acting under color of authority under this subsection", "",
      "neutral", ["raids_joint_operations"],
      "Paragraphs (2)-(8) on training, supervision, written terms and liability under agreements fall away with the agreements themselves."),
    C("(9) Nothing in this subsection shall be construed to require any State or political subdivision of a State to enter into an agreement with the Attorney General under this subsection.", "",
      "neutral", ["raids_joint_operations"], "The assurance that joining is voluntary is moot once no agreements exist."),
], "GENUINE EDITIONS (existing law vs a real proposed replacement, not enacted): OLD = 8 U.S.C. 1357(g), " + MIRROR % "546" +
   ". NEW = subsection (g) as the PROTECT Immigration Act (115th Congress, discussion draft 'MDM17175 S.L.C.' of a Senate bill by Sen. Booker and others) "
   "would rewrite it, https://www.scribd.com/document/338329871/PROTECT-Immigration-Act (stored copy); printed line numbers and the line-break hyphen "
   "in 're-/stricted' removed, outer quotation marks dropped.")

# HN-08 8 U.S.C. 1357(g)(1) vs S. 2401 (1)
P("mixed", S.USC1357G_1, S.S2401_1, [
    C("the Attorney General may enter into a written agreement with a State, or any political subdivision of a State, pursuant to which",
      "the Secretary of Homeland Security shall enter into a written agreement with a State, or any political subdivision of a State, upon request of the State or political subdivision, pursuant to which",
      "expands_enforcement", ["raids_joint_operations"],
      "'may enter' becomes 'shall enter ... upon request': DHS would have to sign a 287(g) agreement with any qualified locality that asks."),
    C("at the expense of the State or political subdivision and to the extent consistent with State and local law.", "",
      "expands_enforcement", ["enforcement_authority"],
      "Drops the condition that deputised officers act only as far as state and local law allow."),
    C("", "All requests described in subparagraph (A) from a bona fide State or political subdivision or a bona fide law enforcement agency shall be approved absent a compelling reason.",
      "expands_enforcement", ["raids_joint_operations"], "Requests must be approved unless DHS has a compelling reason, and denials must be explained to Congress."),
    C("", "The Secretary may not place any limit on the number of agreements that may be approved under this subsection.",
      "expands_enforcement", ["raids_joint_operations"], "No cap on the number of 287(g) agreements, and a 90-day deadline to process requests."),
    C("", "any reference to a political subdivision shall be construed to include any law enforcement or corrections agency of such political subdivision.",
      "expands_enforcement", ["raids_joint_operations"],
      "A sheriff's office, police department or jail could sign up on its own, without its city or county."),
    C("an officer or employee of the State or subdivision, who is determined by the Attorney General to be qualified",
      "law enforcement officers of such State or subdivision, who the Secretary determines are qualified", "unclear", ["enforcement_authority"],
      "Only 'law enforcement officers' rather than any 'officer or employee' could be deputised; whether that excludes civilian jail staff cannot be told from the text."),
    C("(1) Notwithstanding section 1342 of title 31, the Attorney General", "(1)(A) Notwithstanding section 1342 of title 31, United States Code, the Secretary",
      "neutral", ["raids_joint_operations"], "The paragraph is split into subparagraphs (A)-(D) and the citation spelled out; the official's title changes with DHS taking over the program."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1357(g)(1), " + MIRROR % "546" +
   ". NEW = paragraph (1) as S. 2401 (119th, 287(g) Program Protection Act, introduced 23 Jul 2025) sec. 2(1) would rewrite it, "
   + DUMP % ("S. 2401", "55596600335", "https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s2401is.xml") +
   "; subparagraphs put on their own lines.")

# HN-09 H.R. 756 (1) vs S. 2401 (1): companion bills
P("restated", S.HR756_1, S.S2401_1, [
    C("No request from a bona fide State or political subdivision or bona fide law enforcement agency shall be denied absent a compelling reason,",
      "All requests described in subparagraph (A) from a bona fide State or political subdivision or a bona fide law enforcement agency shall be approved absent a compelling reason.",
      "neutral", ["raids_joint_operations"], "'No request shall be denied absent a compelling reason' and 'all requests shall be approved absent a compelling reason' say the same thing."),
    C("and the Secretary shall notify the Congress and publish in the Federal Register an explanation for those reasons at least 180 days in advance of making final the denial.",
      "If the Secretary denies a request described in subparagraph (A), the Secretary, not later than 180 days before finalizing such denial, shall\u2014",
      "neutral", ["raids_joint_operations"], "The same 180-day notice to Congress and the Federal Register, now set out as items (i) and (ii)."),
    C("No limit on the number of agreements under this subsection may be imposed.",
      "The Secretary may not place any limit on the number of agreements that may be approved under this subsection.",
      "neutral", ["raids_joint_operations"], "Same ban on capping the number of agreements, reworded."),
    C("The Secretary shall process requests for such agreements with all due haste, and in no case shall more than 90 days elapse from the date the request is made until the agreement is consummated.",
      "The Secretary shall process each request for such an agreement as expeditiously as possible and never later than the date that is 90 days after the date on which the request is received.",
      "limits_enforcement", ["raids_joint_operations"],
      "The House text requires the agreement itself to be signed within 90 days; the Senate text only requires the request to be processed in 90 days, a softer deadline."),
    C("(1) Notwithstanding section 1342 of title 31, the Secretary", "(1)(A) Notwithstanding section 1342 of title 31, United States Code, the Secretary",
      "neutral", ["raids_joint_operations"], "The paragraph is split into subparagraphs (A)-(D) and the citation spelled out; no change in substance."),
    C("law enforcement officers of the State or subdivision, who are determined by the Secretary to be qualified",
      "law enforcement officers of such State or subdivision, who the Secretary determines are qualified", "neutral", ["enforcement_authority"],
      "Same qualification test, reworded."),
], "GENUINE EDITIONS (two companion bills of the 119th Congress proposing the same paragraph; neither enacted): OLD = 8 U.S.C. 1357(g)(1) as H.R. 756 "
   "(287(g) Program Protection Act, introduced 28 Jan 2025) sec. 2(1) would rewrite it: the Code's opening words up to 'the Attorney General may enter' ("
   + MIRROR % "546" + ") followed by the bill's inserted text, " + DUMP % ("H.R. 756", "55744539223", "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr756ih.xml") +
   ". NEW = paragraph (1) as S. 2401 (same title, introduced 23 Jul 2025) would rewrite it (see HN-08).")

# HN-10 8 U.S.C. 1357(g)(9)-(10) vs H.R. 8077
_g910 = S.paras(S.USC1357G, "(9) Nothing")
_g910_new = _g910.replace("(10) Nothing", S.HR8077_10 + "\n(11) Nothing")
P("rule_added", _g910, _g910_new, [
    C("", S.HR8077_10.split("\n")[0], "expands_enforcement", ["raids_joint_operations", "ice_cooperation"],
      "Any state or locality whose police or sheriff has not signed a 287(g) agreement within 180 days would lose federal COPS policing grants."),
    C("", S.HR8077_10.split("\n")[1], "neutral", ["raids_joint_operations"],
      "Sets up how the grant condition is checked; it adds no further duty."),
    C("(10) Nothing in this subsection shall be construed to require an agreement", "(11) Nothing in this subsection shall be construed to require an agreement",
      "neutral", ["ice_cooperation"], "The savings clause is renumbered from (10) to (11); its words are unchanged."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1357(g)(9)-(10), " + MIRROR % "546" +
   ". NEW = the same passage as H.R. 8077 (119th, 287(g) Cooperation Act of 2026, introduced 25 Mar 2026) would amend it (new paragraph (10) inserted "
   "after (9), old (10) redesignated (11)), " + DUMP % ("H.R. 8077", "55692459262", "https://www.govinfo.gov/bulkdata/BILLS/119/2/hr/BILLS-119hr8077ih.xml") +
   ". The bill also redesignates an existing paragraph (11), added to the Code after the 2023 mirror; it is outside this passage on both sides.")

# HN-11 8 U.S.C. 1357(a) intro-(3) vs H.R. 6397 sec. 9(b)
_a3 = S.paras(S.USC1357A_1_3, "(3) within")
P("scope_change", S.USC1357A_1_3, S.HR6397_A + "\n" + _a3, [
    C("(a) Powers without warrant\nAny officer or employee of the Service authorized under regulations prescribed by the Attorney General shall have power without warrant",
      "(a) In general\nAny officer or employee of the Department of Homeland Security authorized under regulations prescribed by the Secretary of Homeland Security shall have power without warrant\u2014",
      "neutral", ["enforcement_authority"], "Agency and official renamed (Service/Attorney General to DHS/Secretary) and the heading changed; same grant of power."),
    C("as to his right to be or to remain in the United States;",
      "provided that such interrogation is not based on the person\u2019s race, ethnicity, national origin, religion, sexual orientation, color, spoken language, or English language proficiency; and",
      "limits_enforcement", ["status_inquiry"], "Bars immigration officers from questioning people about their status because of race, language, religion or similar traits."),
    C("if he has reason to believe that the alien so arrested is in the United States in violation of any such law or regulation and is likely to escape before a warrant can be obtained for his arrest",
      "(A) the officer or employee has probable cause to believe that\u2014", "limits_enforcement", ["enforcement_authority"],
      "Warrantless immigration arrests would need probable cause instead of the lower 'reason to believe'."),
    C("", "(B) the officer or employee has reason to believe that the alien would knowingly and willfully fail to appear in immigration court in response to a properly served notice to appear; and",
      "limits_enforcement", ["enforcement_authority"], "Adds a further condition: the officer must also believe the person would skip immigration court."),
    C("but the alien arrested shall be taken without unnecessary delay for examination before an officer of the Service having authority to examine aliens as to their right to enter or remain in the United States;",
      "(C) not later than 48 hours after being taken into custody, the alien is provided with a hearing before an immigration judge to determine whether there was probable cause for such arrest",
      "limits_enforcement", ["enforcement_authority", "detainers_holds"],
      "Review by another immigration officer is replaced by a hearing before an immigration judge within 48 hours, with DHS bearing the burden."),
    C("(2) to arrest any alien who in his presence or view is entering or attempting to enter the United States in violation of any law or regulation made in pursuance of law",
      "(2) to arrest any alien who, in the presence or view of the officer or employee, is entering or attempting to enter the United States in violation of any law or regulation made pursuant to law",
      "neutral", ["enforcement_authority"], "'his presence' becomes 'the presence ... of the officer or employee' and 'in pursuance of' becomes 'pursuant to'; same border-arrest power."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1357(a), opening words and paragraphs (1)-(3), " + MIRROR % "540" +
   " (the mirror drops the em dash after 'without warrant'). NEW = the same passage as H.R. 6397 (119th, Dignity for Detained Immigrants Act, introduced 3 Dec 2025) "
   "sec. 9(b) would amend it (everything through the end of paragraph (2) replaced; paragraph (3) unchanged), "
   + "congress.gov API dump of H.R. 6397 (indexed GitHub file, read with read_file id 55776088649; introduced-in-House text)" +
   "; run-in headings and items on their own lines.")

# HN-12 8 U.S.C. 1226(a) vs H.R. 6397 sec. 9(a)
P("mixed", S.USC1226A, S.HR6397_236A, [
    C("On a warrant issued by the Attorney General, an alien may be arrested and detained pending a decision on whether the alien is to be removed from the United States.",
      "On a warrant issued by an immigration judge, or pursuant to section 287(a)(2), the Secretary of Homeland Security may arrest an alien,",
      "limits_enforcement", ["detainers_holds", "enforcement_authority"],
      "Immigration arrest warrants would come from an immigration judge instead of from the enforcement agency itself."),
    C("Except as provided in subsection (c) and pending such decision, the Attorney General", "", "limits_enforcement", ["enforcement_authority"],
      "The cross-reference to mandatory detention is gone, so every arrested person falls under the ordinary detain-or-release rule."),
    C("(A) bond of at least $1,500 with security approved by, and containing conditions prescribed by, the Attorney General; or",
      "detain the alien or release the alien on bond, subject to conditions, or recognizance,", "limits_enforcement", ["detainers_holds"],
      "Drops the $1,500 minimum bond and allows release on recognizance, making release easier."),
    C("(3) may not provide the alien with work authorization", "", "neutral", ["access_to_services"],
      "The ban on work permits for people released pending removal disappears; it concerns benefits, not enforcement."),
    C("", "This section shall not apply to unaccompanied alien children", "limits_enforcement", ["enforcement_authority"],
      "Unaccompanied children are taken out of the arrest-and-detention section and sent to HHS custody."),
], "GENUINE EDITIONS (existing law vs a real proposed replacement, not enacted): OLD = 8 U.S.C. 1226(a), " + MIRROR % "301" +
   ". NEW = subsection (a) of section 236 as H.R. 6397 (119th, Dignity for Detained Immigrants Act) sec. 9(a) would re-enact it, "
   + "congress.gov API dump of H.R. 6397 (indexed GitHub file, read with read_file id 55776088649; introduced-in-House text)" + "; run-in headings on their own lines, GPO's spaces inside '( 6 U.S.C. ... )' removed.")

# HN-13 8 U.S.C. 1357(g)(2)-(3) vs S. 2401 new (2)-(6)
_g23 = S.paras(S.USC1357G, "(2) An agreement", "(4)")
_g2 = S.paras(S.USC1357G, "(2) An agreement", "(3)")
_g3 = S.paras(S.USC1357G, "(3) In performing", "(4)")
_new_5_6 = ("(5)" + _g2[3:] + "\n(6)" + _g3[3:].replace("supervision of the Attorney General.", "supervision of the Secretary.") +
            " " + S.S2401_TRAINING)
P("rule_added", _g23, S.S2401_NEW_2_4 + "\n" + _new_5_6, [
    C("", S.S2401_NEW_2_4.split("\n")[0], "expands_enforcement", ["raids_joint_operations"],
      "DHS would have to offer whatever 287(g) model a locality wants, including patrol (street) enforcement, not only jail screening."),
    C("", S.S2401_NEW_2_4.split("\n")[1], "expands_enforcement", ["raids_joint_operations"],
      "Federal screening programs could not be used as a reason to replace or refuse local 287(g) agreements."),
    C("", "(4)(A) No agreement under this subsection may be terminated absent a compelling reason.", "expands_enforcement",
      ["raids_joint_operations"], "Makes it hard for DHS to end an agreement: compelling reason, 180 days' notice, appeal, and the agreement stays in force meanwhile."),
    C("(2) An agreement under this subsection shall require", "(5) An agreement under this subsection shall require", "neutral",
      ["raids_joint_operations"], "Training-certification paragraph renumbered from (2) to (5); same words."),
    C("shall be subject to the direction and supervision of the Attorney General.", "shall be subject to the direction and supervision of the Secretary.",
      "neutral", ["supervisor_approval"], "Deputised officers stay under federal direction and supervision; only the official's title changes."),
    C("", "The Secretary of Homeland Security shall implement uniform training requirements", "unclear", ["enforcement_authority"],
      "Uniform federal training standards are added; whether that tightens or eases local officers' entry into immigration work cannot be told from the text."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1357(g)(2)-(3), " + MIRROR % "546" +
   ". NEW = the same place as S. 2401 (119th, 287(g) Program Protection Act) sec. 2(2)-(5) would amend it: new paragraphs (2)-(4) inserted, old (2)-(3) "
   "redesignated (5)-(6), 'Attorney General' replaced by 'Secretary', and a sentence added at the end of (6); " +
   DUMP % ("S. 2401", "55596600335", "https://www.govinfo.gov/bulkdata/BILLS/119/1/s/BILLS-119s2401is.xml") +
   "; the dump's space in 'Protection Act )' removed.")

# HN-14 8 U.S.C. 1373(a)-(c) vs H.R. 1680 sec. 3(a)(1)-(3)
P("mixed", S.USC1373, S.HR1680_A + "\n" + S.HR1680_B + "\n" + S.HR1680_C, [
    C("may not prohibit, or in any way restrict, any government entity or official from sending to, or receiving from, the Immigration and Naturalization Service information regarding the citizenship or immigration status, lawful or unlawful, of any individual.",
      "from complying with the immigration laws and policies of the United States or from assisting or cooperating with Federal law enforcement entities, officials, or other personnel regarding the enforcement of the immigration laws.",
      "expands_enforcement", ["ice_cooperation", "enforcement_authority"],
      "The federal ban on local restrictions grows from sharing status data to any help with immigration enforcement, including 'policies'."),
    C("from doing any of the following with respect to information regarding the immigration status, lawful or unlawful, of any individual:",
      "from undertaking any of the following law enforcement activities with respect to information regarding the citizenship or immigration status, lawful or unlawful, the inadmissibility or deportability, or the custody status, of any individual:",
      "expands_enforcement", ["information_sharing", "detainers_holds"], "Protected information now includes deportability and custody status (release dates)."),
    C("(1) Sending such information to, or requesting or receiving such information from, the Immigration and Naturalization Service.",
      "(1) Making inquiries to any individual in order to obtain such information regarding such individual or any other individuals reasonably suspected of being involved in a crime.",
      "expands_enforcement", ["status_inquiry"],
      "Localities could not bar officers from asking people about their own status, or about others suspected of a crime."),
    C("(2) Maintaining such information.\n(3) Exchanging such information with any other Federal, State, or local government entity.", "",
      "unclear", ["information_sharing"],
      "Keeping status records and exchanging them with other governments leave the list; whether the broader new subsection (a) still covers them is unclear."),
    C("", "(2) Notifying the Federal Government regarding the presence of individuals reasonably suspected of being involved in a crime",
      "expands_enforcement", ["information_sharing", "ice_cooperation"],
      "Protects tipping off federal authorities about people suspected of crimes whom officers encounter."),
    C("", "(3) Complying with requests for such information from Federal law enforcement entities, officials, or other personnel.",
      "expands_enforcement", ["information_sharing", "ice_cooperation"], "Protects answering federal requests for status and custody information."),
    C("(b) Additional authority of government entities", "(b) Law enforcement activities", "neutral", ["information_sharing"], "Heading renamed."),
    C("The Immigration and Naturalization Service shall respond", "The Department of Homeland Security shall respond", "neutral", ["status_inquiry"],
      "Agency renamed in the federal duty to answer status checks."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1373(a)-(c), " + MIRROR % "612, 613, 614" +
   ". NEW = the same subsections as H.R. 1680 (119th, UPLIFT Act, introduced 27 Feb 2025) sec. 3(a)(1)-(3) would amend them, "
   + DUMP % ("H.R. 1680", "55762926218", "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr1680ih.xml") +
   "; run-in headings and items on their own lines. The bill's new subsections (d)-(g) are not shown (they follow (c)).")

# HN-15 8 U.S.C. 1357(g)(1) vs H.R. 756 (1)
P("modal_change", S.USC1357G_1, S.HR756_1, [
    C("the Attorney General may enter into a written agreement with a State, or any political subdivision of a State, pursuant to which",
      "the Secretary of Homeland Security shall enter into a written agreement with a State, or any political subdivision of a State, upon request of the State or political subdivision, pursuant to which",
      "expands_enforcement", ["raids_joint_operations"], "'may' becomes 'shall ... upon request': DHS must sign 287(g) agreements with localities that ask."),
    C("at the expense of the State or political subdivision and to the extent consistent with State and local law.",
      "at the expense of the State or political subdivision. No request", "expands_enforcement", ["enforcement_authority"],
      "Deletes the limit that deputised officers act only as far as state and local law allow."),
    C("", "No request from a bona fide State or political subdivision or bona fide law enforcement agency shall be denied absent a compelling reason,",
      "expands_enforcement", ["raids_joint_operations"], "Requests may be refused only for a compelling reason, announced 180 days ahead."),
    C("", "in no case shall more than 90 days elapse from the date the request is made until the agreement is consummated.",
      "expands_enforcement", ["raids_joint_operations"], "No cap on agreements, and each must be concluded within 90 days of the request."),
    C("", "any reference to a political subdivision shall be construed to include any law enforcement or corrections agency of the political subdivision.",
      "expands_enforcement", ["raids_joint_operations"], "A police department, sheriff or jail can join without its city or county."),
    C("an officer or employee of the State or subdivision, who is determined by the Attorney General to be qualified",
      "law enforcement officers of the State or subdivision, who are determined by the Secretary to be qualified", "unclear", ["enforcement_authority"],
      "Narrows the wording from any 'officer or employee' to 'law enforcement officers'; its practical effect is unclear."),
], "GENUINE EDITIONS (existing law vs a real proposed amendment, not enacted): OLD = 8 U.S.C. 1357(g)(1), " + MIRROR % "546" +
   ". NEW = paragraph (1) as H.R. 756 (119th, 287(g) Program Protection Act, introduced 28 Jan 2025) sec. 2(1) would amend it (words from 'the Attorney "
   "General may enter' to the end replaced), " + DUMP % ("H.R. 756", "55744539223", "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr756ih.xml") + ".")

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "constructed.py"), encoding="utf-8").read())

with open(OUT, "w", encoding="utf-8") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print("wrote", len(PAIRS), "pairs to", os.path.normpath(OUT))
