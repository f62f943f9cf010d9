import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
S = lambda n: open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", n)).read().strip()
SL2104 = "Article – Criminal Procedure\n\n" + S("md_hb719_2104_2.txt").replace("[2–104.2.", "2–104.2.").replace("exist.]", "exist.")
SG6111 = "Article – State Government\n\n" + S("md_ch718_6111.txt").split("\n\n(C) PRIVATE")[0]
MDSL = SL2104 + "\n\n" + SG6111
PS1701 = "Article – Public Safety\n\n" + S("md_hb719_1701.txt").replace(" HOUSE BILL 719", "")
A8033 = S("ny_a8033.txt"); A4354 = S("ny_a4354.txt"); A6281 = S("ny_a6281.txt")
MDSRC = "Maryland Criminal Procedure 2-104.2 (added by Ch. 718 of 2025, HB 1222 'Maryland Values Act', eff. June 1, 2025; text as reprinted as existing law in HB 719 of 2026) and State Government 6-111(a)-(b) (same Act; Chapter 718 text), GitHub Maryland-State-Innovation-Team/Legi-Assist data/2026rs/md/HB0719.md and data/2025rs/md/HB1222.md @ d91b58f"
PSSRC = "Maryland HB 719 (2026 session, Del. Arikan et al., introduced Feb. 2, 2026; not enacted as of the stored copy), proposed Public Safety 1-701 and 1-702 'Immigration Enforcement' (sanctuary-policy ban), GitHub Maryland-State-Innovation-Team/Legi-Assist data/2026rs/md/HB0719.md @ d91b58f"
NY8SRC = "New York Assembly Bill A8033 (2023-2024 session, Asm. Gandolfo, introduced Sept. 13, 2023; in committee, not enacted), proposed Executive Law secs. 13, 30-a and 29-a(5), GitHub ryantd42/NY-Legislative-Git 2024/A8033.md (HEAD of the snapshot)"
NY4SRC = "New York Assembly Bill A4354 (2023-2024 session, 'Dignity Not Detention Act', Asm. Reyes et al., introduced Feb. 14, 2023; in committee, not enacted; same text as S306), proposed Correction Law sec. 900, GitHub ryantd42/NY-Legislative-Git 2024/A4354.md"
NY6SRC = "New York Assembly Bill A6281 (2023-2024 session, Asm. Weprin et al., introduced Apr. 3, 2023; in committee, not enacted; same text as S2207), proposed General Municipal Law sec. 99-z subdivisions 1-2, GitHub ryantd42/NY-Legislative-Git 2024/A6281.md"
P = []
def C(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "JR-%02d" % (len(P) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); P.append(p)
L, E, N = "limits_enforcement", "expands_enforcement", "neutral"

# ---------------- GENUINE ----------------
add("rule_removed", MDSL, SG6111 + "\n\n" + PS1701, [
    C("shall deny access to any portion of the sensitive location that is not accessible to the general public to any individual who is seeking access for the purpose of enforcing federal immigration law", "", E, ["ice_cooperation"], "HB 719 repeals the duty of schools, libraries and executive units at sensitive locations to keep immigration agents without a judicial warrant out of non-public areas."),
    C("", "MAY NOT ADOPT OR HAVE IN EFFECT A SANCTUARY POLICY", E, ["ice_cooperation"], "The new text forbids the State and local bodies from keeping any policy that limits cooperation with federal immigration agencies."),
    C("", "(3) COMPLYING WITH AN IMMIGRATION DETAINER;", E, ["detainers_holds"], "Through the sanctuary-policy ban, no local body may refuse to comply with immigration detainers."),
    C("", "(6) PARTICIPATING IN ANY PROGRAM OR AGREEMENT AUTHORIZED UNDER 8 U.S.C. § 1357;", E, ["raids_joint_operations"], "Policies that keep an agency out of 287(g) agreements become prohibited sanctuary policies."),
    C("", "(7) PROVIDING A FEDERAL IMMIGRATION AGENCY WITH THE INCARCERATION STATUS OR RELEASE DATE OF AN INCARCERATED INDIVIDUAL;", E, ["information_sharing"], "Policies that withhold release dates from immigration agencies become prohibited.")],
    "GENUINE: law in force vs a real bill. OLD = Maryland Criminal Procedure 2-104.2 as in force (added by Ch. 718 of 2025, HB 1222, eff. June 1, 2025), printed in [brackets] for repeal in HB 719 (2026). and State Government 6-111(a)-(b) (same Act, Chapter 718 text, data/2025rs/md/HB1222.md), which HB 719 leaves untouched. NEW = the same law as HB 719 (2026 session, introduced Feb. 2, 2026; not enacted as of the stored copy) would leave it: 2-104.2 repealed, 6-111 unchanged, new Public Safety 1-701 and 1-702 added. Both sides verbatim from GitHub Maryland-State-Innovation-Team/Legi-Assist data/2026rs/md/HB0719.md @ d91b58f (bill brackets, line numbers and page furniture removed).")

# ---------------- CONSTRUCTED: Maryland sensitive locations ----------------
def md(sit, edits, changes, what):
    add(sit, MDSL, apply(MDSL, edits), changes, "CONSTRUCTED: OLD = " + MDSRC + ". NEW = OLD with an edit written for this set: " + what)
md("exception_added", [("(ii) exigent circumstances exist.", "(ii) exigent circumstances exist; or\n\n(iii) the individual presents a detainer request or an administrative warrant issued by a federal immigration agency.")],
    [C("", "(iii) the individual presents a detainer request or an administrative warrant issued by a federal immigration agency.", E, ["ice_cooperation", "detainers_holds"], "A new exception lets agents in with an administrative warrant or detainer, so the access ban covers fewer cases.")],
    "an item (iii) admitting agents who present a detainer or administrative warrant was added to 2-104.2(b)(2).")
md("exception_removed", [("(i) the individual presents a valid warrant issued by a federal court; or\n\n(ii) exigent circumstances exist.", "the individual presents a valid warrant issued by a federal court.")],
    [C("(ii) exigent circumstances exist.", "", L, ["ice_cooperation"], "Removing the exigent-circumstances exception means only a federal court warrant opens non-public areas.")],
    "exception (ii) 'exigent circumstances exist' deleted and the list stem folded into one sentence.")
md("list_item_removed", [("(V) A COURTHOUSE; OR", "(V) ANY OTHER LOCATION THAT:"), ("(VI) ANY OTHER LOCATION THAT:\n\n", "")],
    [C("(V) A COURTHOUSE; OR", "", E, ["ice_cooperation"], "Courthouses drop out of 'sensitive location', so 2-104.2's access ban no longer covers them."),
     C("(VI) ANY OTHER LOCATION THAT:", "(V) ANY OTHER LOCATION THAT:", N, ["ice_cooperation"], "Renumbering only.")],
    "item (V) 'A COURTHOUSE' deleted from 6-111(a)(4) and item (VI) renumbered (V).")
md("cross_clause", [("(V) A COURTHOUSE; OR", "(V) A COURTHOUSE;\n\n(VI) A SHELTER OR A FACILITY OF A NONPROFIT ORGANIZATION THAT PROVIDES SERVICES TO IMMIGRANTS; OR"), ("(VI) ANY OTHER LOCATION THAT:", "(VII) ANY OTHER LOCATION THAT:")],
    [C("", "(VI) A SHELTER OR A FACILITY OF A NONPROFIT ORGANIZATION THAT PROVIDES SERVICES TO IMMIGRANTS; OR", L, ["ice_cooperation", "access_to_services"], "The definition in 6-111 feeds the access ban in 2-104.2, so adding shelters widens where agents are kept out."),
     C("(VI) ANY OTHER LOCATION THAT:", "(VII) ANY OTHER LOCATION THAT:", N, ["ice_cooperation"], "Renumbering only.")],
    "a new item (VI) (shelters and immigrant-service nonprofits) added to the 6-111(a)(4) definition that 2-104.2 incorporates by reference; old (VI) renumbered (VII).")
md("modal_change", [("operates at a sensitive location shall deny access", "operates at a sensitive location may deny access")],
    [C("shall deny access", "may deny access", E, ["ice_cooperation"], "The duty to refuse entry becomes a discretion, so institutions may let agents without a warrant in.")],
    "'shall deny access' changed to 'may deny access' in 2-104.2(b)(2).")
md("scope_change", [("does not apply to a State or local correctional facility or a detention facility in a District Court or circuit court house.", "does not apply to a State or local correctional facility, a detention facility in a District Court or circuit court house, or a facility operated by a law enforcement agency.")],
    [C("does not apply to a State or local correctional facility or a detention facility in a District Court or circuit court house.", "does not apply to a State or local correctional facility, a detention facility in a District Court or circuit court house, or a facility operated by a law enforcement agency.", E, ["ice_cooperation"], "Law-enforcement facilities are carved out of the access ban, so they may admit immigration agents without a court warrant.")],
    "'or a facility operated by a law enforcement agency' added to the carve-out in 2-104.2(b)(1).")
md("restated", [("(2) A public school, a public library, or a unit of the Executive Branch of State or local government that operates at a sensitive location shall deny access to any portion of the sensitive location that is not accessible to the general public to any individual who is seeking access for the purpose of enforcing federal immigration law, unless:\n\n(i) the individual presents a valid warrant issued by a federal court; or\n\n(ii) exigent circumstances exist.",
                  "(2) Unless the individual presents a valid warrant issued by a federal court or exigent circumstances exist, a public school, a public library, or a unit of the Executive Branch of State or local government that operates at a sensitive location may not allow an individual who is seeking access for the purpose of enforcing federal immigration law to enter any portion of the sensitive location that is not accessible to the general public.")],
    [C("shall deny access to any portion of the sensitive location that is not accessible to the general public to any individual who is seeking access for the purpose of enforcing federal immigration law, unless:", "may not allow an individual who is seeking access for the purpose of enforcing federal immigration law to enter any portion of the sensitive location that is not accessible to the general public.", N, ["ice_cooperation"], "'Shall deny access' is restated as 'may not allow ... to enter' with the same reach."),
     C("(i) the individual presents a valid warrant issued by a federal court; or", "Unless the individual presents a valid warrant issued by a federal court or exigent circumstances exist,", N, ["ice_cooperation"], "The two exceptions are moved in front of the rule unchanged.")],
    "2-104.2(b)(2) rewritten with the exceptions first and 'may not allow ... to enter' for 'shall deny access' (negative control).")
md("rule_removed", [("(4) FACILITATING RELATIONSHIPS BETWEEN FEDERAL LAW ENFORCEMENT OFFICERS AND STATE AND LOCAL OFFICIALS AND LAW ENFORCEMENT OFFICERS IN ORDER TO CONDUCT IMMIGRATION ENFORCEMENT ACTIVITIES THROUGH THE LEAST DANGEROUS AND DISRUPTIVE MEANS; AND\n\n(5) COMPLYING", "(4) COMPLYING"), ("(3) LIMITING LIABILITY EXPOSURE FOR STATE, LOCAL, AND PRIVATE INSTITUTIONS AND THE PARTICIPATION OF THE EMPLOYEES OF THOSE INSTITUTIONS IN IMMIGRATION ENFORCEMENT AT SENSITIVE LOCATIONS;", "(3) LIMITING LIABILITY EXPOSURE FOR STATE, LOCAL, AND PRIVATE INSTITUTIONS AND PROHIBITING THE PARTICIPATION OF THE EMPLOYEES OF THOSE INSTITUTIONS IN IMMIGRATION ENFORCEMENT AT SENSITIVE LOCATIONS; AND")],
    [C("(4) FACILITATING RELATIONSHIPS BETWEEN FEDERAL LAW ENFORCEMENT OFFICERS AND STATE AND LOCAL OFFICIALS AND LAW ENFORCEMENT OFFICERS IN ORDER TO CONDUCT IMMIGRATION ENFORCEMENT ACTIVITIES THROUGH THE LEAST DANGEROUS AND DISRUPTIVE MEANS; AND", "", L, ["ice_cooperation", "raids_joint_operations"], "The AG's guidance no longer covers helping local officers work with federal agents on enforcement."),
     C("AND THE PARTICIPATION OF THE EMPLOYEES", "AND PROHIBITING THE PARTICIPATION OF THE EMPLOYEES", L, ["ice_cooperation"], "Guidance must now bar employees from taking part in enforcement at sensitive locations, not merely address it.")],
    "guidance item (4) on facilitating federal-local enforcement deleted, item (5) renumbered (4), and 'PROHIBITING' inserted in item (3).")

# ---------------- CONSTRUCTED: Maryland HB 719 PS 1-701/1-702 ----------------
def ps(sit, edits, changes, what):
    add(sit, PS1701, apply(PS1701, edits), changes, "CONSTRUCTED: OLD = " + PSSRC + ". NEW = OLD with an edit written for this set: " + what)
ps("double_negation", [("(6) PARTICIPATING IN ANY PROGRAM OR AGREEMENT AUTHORIZED UNDER 8 U.S.C. § 1357;\n\n", ""), ("(7) PROVIDING A FEDERAL", "(6) PROVIDING A FEDERAL"), ("(8) PROVIDING INFORMATION", "(7) PROVIDING INFORMATION"), ("(9) EXECUTING", "(8) EXECUTING"), ("(10) PARTICIPATING", "(9) PARTICIPATING")],
    [C("(6) PARTICIPATING IN ANY PROGRAM OR AGREEMENT AUTHORIZED UNDER 8 U.S.C. § 1357;", "", L, ["raids_joint_operations"], "Because 1-702 bans 'sanctuary policies', dropping 287(g) participation from the definition lets localities refuse 287(g) agreements again."),
     C("(7) PROVIDING A FEDERAL", "(6) PROVIDING A FEDERAL", N, ["information_sharing"], "Renumbering only.")],
    "item (6) (287(g) participation) deleted from the 'sanctuary policy' definition in 1-701(C) and items (7)-(10) renumbered.")
ps("list_item_added", [("(9) EXECUTING A VALID JUDICIAL WARRANT; OR", "(9) EXECUTING A VALID JUDICIAL WARRANT;\n\n(10) INQUIRING ABOUT THE CITIZENSHIP OR IMMIGRATION STATUS OF AN INDIVIDUAL WHO IS STOPPED, DETAINED, OR ARRESTED; OR"), ("(10) PARTICIPATING", "(11) PARTICIPATING")],
    [C("", "(10) INQUIRING ABOUT THE CITIZENSHIP OR IMMIGRATION STATUS OF AN INDIVIDUAL WHO IS STOPPED, DETAINED, OR ARRESTED; OR", E, ["status_inquiry"], "A local rule against asking about status would now be a banned sanctuary policy, so officers can no longer be stopped from asking."),
     C("(10) PARTICIPATING", "(11) PARTICIPATING", N, ["raids_joint_operations"], "Renumbering only.")],
    "a new item (10) on status inquiries added to 1-701(C); old (10) renumbered (11).")
ps("exception_added", [("MAY NOT ADOPT OR HAVE IN EFFECT A SANCTUARY POLICY.", "MAY NOT ADOPT OR HAVE IN EFFECT A SANCTUARY POLICY, EXCEPT THAT A PUBLIC SCHOOL, A PUBLIC LIBRARY, OR A HEALTH CARE FACILITY MAY ADOPT A POLICY THAT DENIES A FEDERAL IMMIGRATION AGENCY ACCESS TO A NONPUBLIC AREA WITHOUT A VALID JUDICIAL WARRANT.")],
    [C("", "EXCEPT THAT A PUBLIC SCHOOL, A PUBLIC LIBRARY, OR A HEALTH CARE FACILITY MAY ADOPT A POLICY THAT DENIES A FEDERAL IMMIGRATION AGENCY ACCESS TO A NONPUBLIC AREA WITHOUT A VALID JUDICIAL WARRANT.", L, ["ice_cooperation"], "An exception to the sanctuary ban lets schools, libraries and clinics keep agents out without a judicial warrant.")],
    "an exception for schools, libraries and health care facilities added to 1-702.")
ps("definition_change", [("USING THAT AGENCY’S OFFICIAL FORM TO REQUEST", "USING THAT AGENCY’S OFFICIAL FORM AND ACCOMPANIED BY A WARRANT SIGNED BY A FEDERAL JUDGE TO REQUEST")],
    [C("USING THAT AGENCY’S OFFICIAL FORM TO REQUEST", "USING THAT AGENCY’S OFFICIAL FORM AND ACCOMPANIED BY A WARRANT SIGNED BY A FEDERAL JUDGE TO REQUEST", L, ["detainers_holds"], "Only judge-backed requests count as detainers, so a policy of refusing unsupported ICE detainers is no longer a banned sanctuary policy.")],
    "'AND ACCOMPANIED BY A WARRANT SIGNED BY A FEDERAL JUDGE' added to the 'immigration detainer' definition in 1-701(B).")
ps("neutral_rewrite", [("(A) IN THIS SUBTITLE THE FOLLOWING WORDS HAVE THE MEANINGS INDICATED.", "(A) THE DEFINITIONS IN THIS SECTION APPLY THROUGHOUT THIS SUBTITLE."), ("MAY NOT ADOPT OR HAVE IN EFFECT A SANCTUARY POLICY.", "IS PROHIBITED FROM ADOPTING OR MAINTAINING A SANCTUARY POLICY.")],
    [C("(A) IN THIS SUBTITLE THE FOLLOWING WORDS HAVE THE MEANINGS INDICATED.", "(A) THE DEFINITIONS IN THIS SECTION APPLY THROUGHOUT THIS SUBTITLE.", N, ["ice_cooperation"], "Same definitional lead-in in other words."),
     C("MAY NOT ADOPT OR HAVE IN EFFECT A SANCTUARY POLICY.", "IS PROHIBITED FROM ADOPTING OR MAINTAINING A SANCTUARY POLICY.", N, ["ice_cooperation"], "'May not adopt or have in effect' and 'is prohibited from adopting or maintaining' state the same ban.")],
    "the definitional lead-in and the wording of the 1-702 ban reworded without change of meaning (negative control).")
ps("scope_change", [("(10) PARTICIPATING IN A FEDERAL IMMIGRATION ENFORCEMENT OPERATION WITH A FEDERAL IMMIGRATION AUTHORITY AS AUTHORIZED BY STATE AND FEDERAL LAW.", "(10) PARTICIPATING IN A FEDERAL IMMIGRATION ENFORCEMENT OPERATION WITH A FEDERAL IMMIGRATION AUTHORITY, INCLUDING A TASK FORCE OR JOINT OPERATION CONDUCTED AT A SCHOOL, A PLACE OF WORSHIP, OR A COURTHOUSE.")],
    [C("AS AUTHORIZED BY STATE AND FEDERAL LAW.", "INCLUDING A TASK FORCE OR JOINT OPERATION CONDUCTED AT A SCHOOL, A PLACE OF WORSHIP, OR A COURTHOUSE.", E, ["raids_joint_operations"], "The ban now also covers local rules that keep officers out of joint operations at schools, churches and courthouses, and drops the 'as authorized by State law' limit.")],
    "item (10) widened to name task forces and joint operations at sensitive places, and 'AS AUTHORIZED BY STATE AND FEDERAL LAW' deleted.")

# ---------------- CONSTRUCTED: NY A8033 ----------------
def ny8(sit, edits, changes, what):
    add(sit, A8033, apply(A8033, edits), changes, "CONSTRUCTED: OLD = " + NY8SRC + "; bill capitals (new matter) kept as printed, line-end hyphens joined. NEW = OLD with an edit written for this set: " + what)
ny8("exception_added", [("SHALL PREVENT OR INHIBIT ANY COLLABORATION WITH FEDERAL AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT.", "SHALL PREVENT OR INHIBIT ANY COLLABORATION WITH FEDERAL AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT, EXCEPT THAT NO STATE AGENCY SHALL BE REQUIRED TO DETAIN ANY PERSON ON THE BASIS OF A CIVIL IMMIGRATION DETAINER THAT IS NOT ACCOMPANIED BY A JUDICIAL WARRANT.")],
    [C("", "EXCEPT THAT NO STATE AGENCY SHALL BE REQUIRED TO DETAIN ANY PERSON ON THE BASIS OF A CIVIL IMMIGRATION DETAINER THAT IS NOT ACCOMPANIED BY A JUDICIAL WARRANT.", L, ["detainers_holds"], "Agencies may now decline warrantless detainer holds despite the duty not to inhibit collaboration.")],
    "a detainer exception added to sec. 30-a(2).")
ny8("rule_removed", [(", NOR SHALL THE GOVERNOR PROHIBIT INFORMATION GATHERING OR OTHER FORMS OF ASSISTANCE THAT AIDS IN SUCH ENFORCEMENT.", ".")],
    [C("NOR SHALL THE GOVERNOR PROHIBIT INFORMATION GATHERING OR OTHER FORMS OF ASSISTANCE THAT AIDS IN SUCH ENFORCEMENT.", "", L, ["information_sharing", "ice_cooperation"], "The governor is no longer barred from prohibiting information gathering and other assistance for immigration enforcement.")],
    "the clause 'NOR SHALL THE GOVERNOR PROHIBIT INFORMATION GATHERING ...' deleted from sec. 13(2).")
ny8("definition_change", [("§ 30-A. EXECUTIVE DEPARTMENT LIMITATIONS. 1. FOR THE PURPOSES OF THIS SECTION THE TERM \"STATE AGENCY\" SHALL MEAN (A) ALL AGENCIES AND DEPARTMENTS OVER WHICH THE GOVERNOR HAS EXECUTIVE AUTHORITY; AND (B) ALL PUBLIC BENEFIT CORPORATIONS, PUBLIC AUTHORITIES, BOARDS, AND COMMISSIONS, FOR WHICH THE GOVERNOR APPOINTS THE CHAIR, THE CHIEF EXECUTIVE, OR THE MAJORITY OF BOARD MEMBERS.", "§ 30-A. EXECUTIVE DEPARTMENT LIMITATIONS. 1. FOR THE PURPOSES OF THIS SECTION THE TERM \"STATE AGENCY\" SHALL MEAN ALL AGENCIES AND DEPARTMENTS OVER WHICH THE GOVERNOR HAS EXECUTIVE AUTHORITY.")],
    [C("SHALL MEAN (A) ALL AGENCIES AND DEPARTMENTS OVER WHICH THE GOVERNOR HAS EXECUTIVE AUTHORITY; AND (B) ALL PUBLIC BENEFIT CORPORATIONS, PUBLIC AUTHORITIES, BOARDS, AND COMMISSIONS, FOR WHICH THE GOVERNOR APPOINTS THE CHAIR, THE CHIEF EXECUTIVE, OR THE MAJORITY OF BOARD MEMBERS.\n\n2. NO STATE AGENCY", "SHALL MEAN ALL AGENCIES AND DEPARTMENTS OVER WHICH THE GOVERNOR HAS EXECUTIVE AUTHORITY.\n\n2. NO STATE AGENCY", L, ["ice_cooperation"], "Public authorities and boards drop out of 'state agency' in sec. 30-a, so they are again free to limit collaboration with immigration enforcement.")],
    "clause (B) (public benefit corporations, authorities, boards, commissions) deleted from the 'state agency' definition in sec. 30-a(1) only.")
ny8("restated", [("THE GOVERNOR SHALL NOT, THROUGH EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER, PREVENT OR INHIBIT", "THE GOVERNOR MAY NOT USE AN EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER TO PREVENT OR INHIBIT")],
    [C("THE GOVERNOR SHALL NOT, THROUGH EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER, PREVENT OR INHIBIT", "THE GOVERNOR MAY NOT USE AN EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER TO PREVENT OR INHIBIT", N, ["ice_cooperation"], "'Shall not, through' and 'may not use ... to' impose the same prohibition.")],
    "sec. 13(2) opening reworded without change of meaning (negative control).")
ny8("approval_added", [("2. NO STATE AGENCY OR ITS EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, SHALL PREVENT OR INHIBIT ANY COLLABORATION WITH FEDERAL AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT.", "2. NO STATE AGENCY OR ITS EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, SHALL PREVENT OR INHIBIT ANY COLLABORATION WITH FEDERAL AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT; PROVIDED, HOWEVER, THAT NO EMPLOYEE SHALL ENGAGE IN SUCH COLLABORATION WITHOUT THE PRIOR WRITTEN APPROVAL OF THE HEAD OF THE STATE AGENCY OR HIS OR HER DESIGNEE.")],
    [C("", "PROVIDED, HOWEVER, THAT NO EMPLOYEE SHALL ENGAGE IN SUCH COLLABORATION WITHOUT THE PRIOR WRITTEN APPROVAL OF THE HEAD OF THE STATE AGENCY OR HIS OR HER DESIGNEE.", L, ["supervisor_approval", "ice_cooperation"], "Collaboration with immigration enforcement now needs the agency head's prior written approval.")],
    "a proviso requiring prior written approval of the agency head added to sec. 30-a(2).")
ny8("reparagraphed", [("5. NO SUSPENSION SHALL INCLUDE PREVENTING OR INHIBITING STATE AGENCIES AND THEIR EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, FROM WORKING WITH FEDERAL AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT. FOR THE PURPOSES", "5. NO SUSPENSION SHALL INCLUDE PREVENTING OR INHIBITING STATE AGENCIES AND THEIR EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, FROM WORKING WITH FEDERAL AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT.\n\nFOR THE PURPOSES"),
                         ("§ 13. STATE AND FEDERAL GOVERNMENT AGENCY COOPERATION. 1. FOR", "§ 13. STATE AND FEDERAL GOVERNMENT AGENCY COOPERATION.\n\n1. FOR")],
    [C("FEDERAL IMMIGRATION ENFORCEMENT. FOR THE PURPOSES OF THIS SUBDIVISION", "FEDERAL IMMIGRATION ENFORCEMENT.\n\nFOR THE PURPOSES OF THIS SUBDIVISION", N, ["ice_cooperation"], "Same words; the definition sentence of subdivision 5 becomes its own paragraph."),
     C("COOPERATION. 1. FOR", "COOPERATION.\n\n1. FOR", N, ["ice_cooperation"], "Same words; the section heading is split from subdivision 1.")],
    "paragraph breaks only: the heading of sec. 13 and the definition sentence of sec. 29-a(5) set as separate paragraphs (negative control).")

# ---------------- CONSTRUCTED: NY A4354 ----------------
def ny4(sit, edits, changes, what):
    add(sit, A4354, apply(A4354, edits), changes, "CONSTRUCTED: OLD = " + NY4SRC + "; bill capitals kept as printed, line-end hyphens joined. NEW = OLD with an edit written for this set: " + what)
ny4("exception_added", [("(A) ENTER INTO OR RENEW AN IMMIGRATION DETENTION AGREEMENT; OR", "(A) ENTER INTO OR RENEW AN IMMIGRATION DETENTION AGREEMENT, OTHER THAN AN AGREEMENT TO HOLD AN INDIVIDUAL FOR NOT MORE THAN FORTY-EIGHT HOURS PENDING TRANSFER TO FEDERAL CUSTODY; OR")],
    [C("", "OTHER THAN AN AGREEMENT TO HOLD AN INDIVIDUAL FOR NOT MORE THAN FORTY-EIGHT HOURS PENDING TRANSFER TO FEDERAL CUSTODY", E, ["detainers_holds", "ice_cooperation"], "Short-term holding agreements for ICE transfers become allowed.")],
    "an exception for 48-hour holding agreements added to subdivision 1(A).")
ny4("modal_change", [("SHALL EXERCISE THE TERMINATION PROVISION", "MAY EXERCISE THE TERMINATION PROVISION")],
    [C("SHALL EXERCISE THE TERMINATION PROVISION", "MAY EXERCISE THE TERMINATION PROVISION", E, ["detainers_holds", "ice_cooperation"], "Ending existing detention agreements becomes optional, so jails may keep housing ICE detainees.")],
    "'SHALL EXERCISE' changed to 'MAY EXERCISE' in subdivision 3.")
ny4("rule_removed", [("\n\n4. NO PERSON, BUSINESS OR PRIVATE ENTITY SHALL OWN OR OPERATE AN IMMIGRATION DETENTION FACILITY WITHIN THE STATE.", ""), ("5. NOTWITHSTANDING", "4. NOTWITHSTANDING")],
    [C("4. NO PERSON, BUSINESS OR PRIVATE ENTITY SHALL OWN OR OPERATE AN IMMIGRATION DETENTION FACILITY WITHIN THE STATE.", "", E, ["detainers_holds"], "Private immigration detention facilities are no longer banned in the State."),
     C("5. NOTWITHSTANDING", "4. NOTWITHSTANDING", N, ["detainers_holds"], "Renumbering only.")],
    "subdivision 4 (ban on private detention facilities) deleted and subdivision 5 renumbered 4.")
ny4("list_item_added", [("(E) APPROVE A ZONING VARIANCE OR ISSUE A PERMIT FOR THE CONSTRUCTION OF A BUILDING OR THE REUSE OF EXISTING BUILDINGS OR STRUCTURES BY ANY PRIVATE ENTITY FOR USE AS AN IMMIGRATION DETENTION FACILITY.", "(E) APPROVE A ZONING VARIANCE OR ISSUE A PERMIT FOR THE CONSTRUCTION OF A BUILDING OR THE REUSE OF EXISTING BUILDINGS OR STRUCTURES BY ANY PRIVATE ENTITY FOR USE AS AN IMMIGRATION DETENTION FACILITY; OR\n\n(F) TRANSFER AN INDIVIDUAL IN ITS CUSTODY TO AN IMMIGRATION DETENTION FACILITY UNLESS PRESENTED WITH A JUDICIAL WARRANT."), ("OPERATED, IN WHOLE OR IN PART, BY A PRIVATE ENTITY; OR\n\n(E)", "OPERATED, IN WHOLE OR IN PART, BY A PRIVATE ENTITY;\n\n(E)")],
    [C("", "(F) TRANSFER AN INDIVIDUAL IN ITS CUSTODY TO AN IMMIGRATION DETENTION FACILITY UNLESS PRESENTED WITH A JUDICIAL WARRANT.", L, ["ice_cooperation", "detainers_holds"], "A new prohibited act bars handing people to immigration detention without a judicial warrant.")],
    "item (F) added to the list in subdivision 2 and the 'OR' moved.")
ny4("scope_change", [("NO LATER THAN NINETY DAYS FROM THE DATE", "NO LATER THAN THE EXPIRATION OF ITS CURRENT TERM OR FIVE YEARS FROM THE DATE, WHICHEVER IS LATER,")],
    [C("NO LATER THAN NINETY DAYS FROM THE DATE", "NO LATER THAN THE EXPIRATION OF ITS CURRENT TERM OR FIVE YEARS FROM THE DATE, WHICHEVER IS LATER,", E, ["detainers_holds", "ice_cooperation"], "Existing detention contracts may run for years longer before they must end.")],
    "the 90-day termination deadline in subdivision 3 replaced by 'the expiration of its current term or five years ..., whichever is later'.")
ny4("reparagraphed", [("SHALL NOT:\n\n(A) ENTER INTO OR RENEW AN IMMIGRATION DETENTION AGREEMENT; OR\n\n(B) RECEIVE", "SHALL NOT: (A) ENTER INTO OR RENEW AN IMMIGRATION DETENTION AGREEMENT; OR (B) RECEIVE")],
    [C("SHALL NOT:\n\n(A) ENTER INTO OR RENEW AN IMMIGRATION DETENTION AGREEMENT; OR\n\n(B) RECEIVE", "SHALL NOT: (A) ENTER INTO OR RENEW AN IMMIGRATION DETENTION AGREEMENT; OR (B) RECEIVE", N, ["detainers_holds"], "Same words; subdivision 1's two items run on in one paragraph.")],
    "paragraph breaks only: items (A) and (B) of subdivision 1 run into one paragraph (negative control).")

# ---------------- CONSTRUCTED: NY A6281 ----------------
def ny6(sit, edits, changes, what):
    add(sit, A6281, apply(A6281, edits), changes, "CONSTRUCTED: OLD = " + NY6SRC + "; subdivision 3 (oversight committee) left out; bill capitals kept, line-end hyphens joined. NEW = OLD with an edit written for this set: " + what)
ny6("approval_removed_or_weakened", [("A MUNICIPALITY SHALL OBTAIN LEGISLATIVE APPROVAL PRIOR TO ENGAGING IN ANY OF THE FOLLOWING:", "A MUNICIPALITY SHALL NOTIFY THE LEGISLATURE WITHIN THIRTY DAYS AFTER ENGAGING IN ANY OF THE FOLLOWING:")],
    [C("A MUNICIPALITY SHALL OBTAIN LEGISLATIVE APPROVAL PRIOR TO ENGAGING IN ANY OF THE FOLLOWING:", "A MUNICIPALITY SHALL NOTIFY THE LEGISLATURE WITHIN THIRTY DAYS AFTER ENGAGING IN ANY OF THE FOLLOWING:", E, ["supervisor_approval", "ice_cooperation"], "Prior legislative approval becomes after-the-fact notice, so municipalities can coordinate detention with ICE on their own.")],
    "prior legislative approval in 1(B) replaced by notice within thirty days.")
ny6("list_item_removed", [("(II) ENGAGING IN ANY PLANS TO SHARE RESOURCES AND COORDINATE DETENTION ACTIVITIES WITH THE UNITED STATES BUREAU OF IMMIGRATION AND CUSTOMS ENFORCEMENT OR OTHER IMMIGRATION OFFICIALS SUCH AS USING AVAILABLE BEDS IN LOCAL CITY JAILS FOR DETENTION USE; OR\n\n(III) CONSTRUCTING", "(II) CONSTRUCTING"), ("DONATIONS;\n\n(II) CONSTRUCTING", "DONATIONS; OR\n\n(II) CONSTRUCTING")],
    [C("(II) ENGAGING IN ANY PLANS TO SHARE RESOURCES AND COORDINATE DETENTION ACTIVITIES WITH THE UNITED STATES BUREAU OF IMMIGRATION AND CUSTOMS ENFORCEMENT OR OTHER IMMIGRATION OFFICIALS SUCH AS USING AVAILABLE BEDS IN LOCAL CITY JAILS FOR DETENTION USE; OR", "", E, ["ice_cooperation", "supervisor_approval"], "Sharing jail beds and coordinating detention with ICE no longer needs legislative approval."),
     C("(III) CONSTRUCTING", "(II) CONSTRUCTING", N, ["supervisor_approval"], "Renumbering only.")],
    "item (II) (coordination with ICE) deleted from the approval list in 1(B); (III) renumbered (II).")
ny6("approval_added", [("UNLESS SUCH MUNICIPALITY HAS OBTAINED LEGISLATIVE APPROVAL.", "UNLESS SUCH MUNICIPALITY HAS OBTAINED LEGISLATIVE APPROVAL AND THE WRITTEN APPROVAL OF THE GOVERNOR.")],
    [C("UNLESS SUCH MUNICIPALITY HAS OBTAINED LEGISLATIVE APPROVAL.", "UNLESS SUCH MUNICIPALITY HAS OBTAINED LEGISLATIVE APPROVAL AND THE WRITTEN APPROVAL OF THE GOVERNOR.", L, ["supervisor_approval", "detainers_holds"], "A second approval (the governor's) is needed before land or permits go to private immigration detention.")],
    "'AND THE WRITTEN APPROVAL OF THE GOVERNOR' added to 2(D).")
ny6("neutral_rewrite", [("(C) FOR PURPOSES OF THIS SECTION THE TERM \"MUNICIPALITY\" MEANS ANY COUNTY, CITY, TOWN, OR VILLAGE.", "(C) AS USED IN THIS SECTION, \"MUNICIPALITY\" SHALL MEAN A COUNTY, CITY, TOWN OR VILLAGE."), ("NO MUNICIPALITY SHALL UTILIZE MUNICIPAL LAND OR BUILDINGS OR OTHER RESOURCES TOWARD", "A MUNICIPALITY SHALL NOT USE MUNICIPAL LAND, BUILDINGS OR OTHER RESOURCES FOR")],
    [C("(C) FOR PURPOSES OF THIS SECTION THE TERM \"MUNICIPALITY\" MEANS ANY COUNTY, CITY, TOWN, OR VILLAGE.", "(C) AS USED IN THIS SECTION, \"MUNICIPALITY\" SHALL MEAN A COUNTY, CITY, TOWN OR VILLAGE.", N, ["detainers_holds"], "Same definition in other words."),
     C("NO MUNICIPALITY SHALL UTILIZE MUNICIPAL LAND OR BUILDINGS OR OTHER RESOURCES TOWARD", "A MUNICIPALITY SHALL NOT USE MUNICIPAL LAND, BUILDINGS OR OTHER RESOURCES FOR", N, ["detainers_holds"], "Same prohibition reworded.")],
    "the 'municipality' definition and the opening of 2(A) reworded without change of meaning (negative control).")
ny6("exception_to_exception", [("SHALL NOT ENTER INTO A CONTRACT WITH THE FEDERAL GOVERNMENT OR ANY FEDERAL AGENCY OR A PRIVATE CORPORATION TO HOUSE OR DETAIN IN A LOCKED DETENTION FACILITY NONCITIZENS.", "SHALL NOT ENTER INTO A CONTRACT WITH THE FEDERAL GOVERNMENT OR ANY FEDERAL AGENCY OR A PRIVATE CORPORATION TO HOUSE OR DETAIN IN A LOCKED DETENTION FACILITY NONCITIZENS, EXCEPT A CONTRACT APPROVED BY THE LEGISLATURE; PROVIDED THAT NO SUCH CONTRACT MAY BE APPROVED FOR THE DETENTION OF NONCITIZENS WHO ARE UNDER EIGHTEEN YEARS OF AGE.")],
    [C("", "EXCEPT A CONTRACT APPROVED BY THE LEGISLATURE", E, ["detainers_holds", "supervisor_approval"], "A legislatively approved contract to detain noncitizens now escapes the ban."),
     C("", "PROVIDED THAT NO SUCH CONTRACT MAY BE APPROVED FOR THE DETENTION OF NONCITIZENS WHO ARE UNDER EIGHTEEN YEARS OF AGE.", L, ["detainers_holds"], "The exception itself is cut back for minors, who stay covered by the ban.")],
    "an exception for legislatively approved contracts, with a proviso excluding minors, added to 2(B).")
ny6("cross_clause", [("UNLESS SUCH CONSTRUCTION OR EXPANSION HAS BEEN APPROVED BY THE LEGISLATURE AS PROVIDED IN PARAGRAPH (B) OF THIS SUBDIVISION.", "UNLESS SUCH CONSTRUCTION OR EXPANSION HAS BEEN APPROVED BY THE LEGISLATURE AS PROVIDED IN PARAGRAPH (B) OF THIS SUBDIVISION OR IS AUTHORIZED UNDER PARAGRAPH (E) OF SUBDIVISION TWO OF THIS SECTION."),
                       ("UNLESS SUCH MUNICIPALITY HAS OBTAINED LEGISLATIVE APPROVAL.", "UNLESS SUCH MUNICIPALITY HAS OBTAINED LEGISLATIVE APPROVAL.\n\n(E) NOTWITHSTANDING PARAGRAPHS (A) THROUGH (D) OF THIS SUBDIVISION, A COUNTY MAY EXPAND AN EXISTING COUNTY JAIL TO HOUSE INDIVIDUALS HELD ON FEDERAL IMMIGRATION DETAINERS IF THE COUNTY SHERIFF CERTIFIES THAT THE EXPANSION IS NECESSARY FOR PUBLIC SAFETY.")],
    [C("", "OR IS AUTHORIZED UNDER PARAGRAPH (E) OF SUBDIVISION TWO OF THIS SECTION.", E, ["detainers_holds"], "Subdivision 1's funding ban now yields to a new paragraph elsewhere in the section."),
     C("", "(E) NOTWITHSTANDING PARAGRAPHS (A) THROUGH (D) OF THIS SUBDIVISION, A COUNTY MAY EXPAND AN EXISTING COUNTY JAIL TO HOUSE INDIVIDUALS HELD ON FEDERAL IMMIGRATION DETAINERS IF THE COUNTY SHERIFF CERTIFIES THAT THE EXPANSION IS NECESSARY FOR PUBLIC SAFETY.", E, ["detainers_holds", "supervisor_approval"], "Counties may expand jails for detainer holds on the sheriff's certificate alone, bypassing legislative approval.")],
    "a new paragraph 2(E) (jail expansion for detainer holds on the sheriff's certification) added, and subdivision 1(A) made subject to it.")
ny6("mixed", [("(III) CONSTRUCTING ANY NEW DETENTION FACILITIES WITHIN SUCH MUNICIPALITY'S JURISDICTION.", "(III) CONSTRUCTING ANY NEW DETENTION FACILITIES WITHIN SUCH MUNICIPALITY'S JURISDICTION; OR\n\n(IV) ENTERING INTO ANY AGREEMENT UNDER 8 U.S.C. § 1357(G) OR ANY AGREEMENT TO HONOR IMMIGRATION DETAINERS."), ("OR OTHER IMMIGRATION OFFICIALS SUCH AS USING AVAILABLE BEDS IN LOCAL CITY JAILS FOR DETENTION USE; OR", "OR OTHER IMMIGRATION OFFICIALS SUCH AS USING AVAILABLE BEDS IN LOCAL CITY JAILS FOR DETENTION USE;"),
               ("TO EXPAND THE MAXIMUM NUMBER OF CONTRACT BEDS", "TO EXPAND BY MORE THAN TEN PERCENT THE MAXIMUM NUMBER OF CONTRACT BEDS")],
    [C("", "(IV) ENTERING INTO ANY AGREEMENT UNDER 8 U.S.C. § 1357(G) OR ANY AGREEMENT TO HONOR IMMIGRATION DETAINERS.", L, ["raids_joint_operations", "detainers_holds", "supervisor_approval"], "287(g) and detainer agreements now need legislative approval first."),
     C("TO EXPAND THE MAXIMUM NUMBER OF CONTRACT BEDS", "TO EXPAND BY MORE THAN TEN PERCENT THE MAXIMUM NUMBER OF CONTRACT BEDS", E, ["detainers_holds"], "Existing detention contracts may grow by up to ten percent without breaching the ban.")],
    "an approval item (IV) for 287(g)/detainer agreements added to 1(B), and a ten-percent allowance added to 2(C).")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P))
