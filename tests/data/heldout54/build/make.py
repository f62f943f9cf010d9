import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
S = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
def rd(n): return open(os.path.join(S, n), encoding="utf-8").read().strip()
RI24 = rd("ri2769.txt"); RI24B = rd("ri2769b.txt"); H5724 = rd("h5724.txt"); S0295 = rd("s0295.txt")
NM = rd("nm4.txt"); LA = rd("la3384.txt"); CT = rd("ct7212.txt")

SRC_RI24 = ("Rhode Island S 2769 (2024 session, introduced March 8, 2024, Sens. Acosta, Mack et al.; LC004914; not enacted), "
            "proposed R.I. Gen. Laws chapter 42-166 'Detention for Federal Civil Immigration Violations', caption, enacting clause, "
            "42-166-1 and 42-166-2(a)%s, verbatim from https://webserver.rilegislature.gov/BillText24/SenateText24/S2769.htm "
            "(stored copy; bill line numbers removed)")
SRC_S0295 = ("Rhode Island S 0295 (2025 session, introduced February 13, 2025, Sens. Acosta, Mack et al.; LC001290; not enacted), "
             "proposed chapter 42-167, caption, enacting clause, 42-167-1 and 42-167-2(a), verbatim from "
             "https://webserver.rilegislature.gov/Billtext25/SenateText25/S0295.htm (stored copy breaks off inside 42-167-2(b), so "
             "the passage stops after (a); bill line numbers removed)")
SRC_H5724 = ("Rhode Island H 5724 (2025 session, introduced February 26, 2025, Reps. Giraldo, Alzate et al.; LC001255; not enacted), "
             "proposed chapter 42-167, caption, enacting clause, 42-167-1 and 42-167-2(a), verbatim from "
             "https://app.legiplex.com/ri/legislature/2025/2025-r/bills/h5724/drafts-compare (stored copy breaks off inside "
             "42-167-2(b), so the passage stops after (a); line numbers removed)")
SRC_NM = ("New Mexico H.B. 9 (2026 regular session, 'Immigrant Safety Act'), new SECTION 4 (287(g) and deputization agreements) as "
          "inserted by the House Judiciary Committee report of January 28, 2026 (amendment no. 3), verbatim from "
          "http://www.nmlegis.gov/Sessions/26%20Regular/bills/house/HB0009JC1.HTML (stored copy breaks off inside C, so the passage "
          "stops after the first sentence of C). The bill was enacted as Laws 2026, ch. 5 (signed Feb. 5, 2026); the enacted "
          "wording of this section was not checked")
SRC_LA = ("Louisiana R.S. 33:84 'Duties; immigration detainers' (added by Acts 2024, No. 314, eff. 5/28/2024), subsections A-D, "
          "verbatim from https://d1tvxue8o4w0fl.cloudfront.net/statute/louisiana-revised-statutes/revised-statutes/"
          "title-33-municipalities-and-parishes/chapter-1-creation-organization-alteration-and-dissolution/"
          "part-iii-change-of-name-of-municipality/section-3384-duties-immigration-detainers (casetext mirror, 'Current with "
          "operative changes from the 2024 Third Special Legislative Session'; history line omitted)")
SRC_CT = ("Connecticut Raised H.B. 7212 (January Session 2025, LCO No. 6224, filed 03/11/2025, 'An Act Concerning the Trust Act'), "
          "section 1 = C.G.S. 54-192h as the bill would rewrite it, title and subsection (a)(1)-(2), verbatim from "
          "https://app.legiplex.com/ct/legislature/2025/2025-r/bills/hb07212/draft-2170044?id=2170044 (bill line numbers removed; "
          "the rest of the section, with the rules that use these definitions, is not in the stored copy). Not enacted in this form")

pairs = []
def C(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = {"id": "KE-%02d" % (len(pairs) + 1), "situation": sit, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": tops, "source": source}
    check(p); pairs.append(p)
def con(base_src, what): return "CONSTRUCTED: OLD = real text, " + base_src + ". NEW = OLD with an edit written for this set: " + what + "."

# ---------------- GENUINE ----------------
add("scope_change", RI24, S0295, [
    C("CHAPTER 166", "CHAPTER 167", "neutral", ["ice_cooperation"], "The proposed chapter is only renumbered (166 to 167, with sections 42-166-x becoming 42-167-x)."),
    C("No state or municipal governmental official", "No state or municipal government official", "neutral", ["ice_cooperation"], "'governmental' to 'government' names the same officials."),
    C("may enter into or renew any contract, intergovernmental service agreement, memorandum of understanding or any other agreement to detain individuals",
      "may enter into, renew, or otherwise agree, to be a party to any contract or agreement, that is or will be used to detain individuals",
      "limits_enforcement", ["ice_cooperation", "detainers_holds"],
      "The ban now reaches any way of becoming a party and any agreement that is or will be used to detain, not only agreements made to detain."),
    C("", "including, but not limited to, any intergovernmental services agreements to detain individuals for federal civil immigration violations or any lease or other agreement, that facilitates the use of real property belonging to the public body",
      "limits_enforcement", ["ice_cooperation", "detainers_holds"],
      "Leases and other agreements letting public real property be used to detain and relocate people for civil immigration violations are added to the ban."),
], "GENUINE: two successive bills by the same lead sponsor proposing the same prohibition. OLD = " + (SRC_RI24 % "") +
   ". NEW = " + SRC_S0295 + ". OLD is cut at the same point as NEW (after subsection (a)).")

add("neutral_rewrite", RI24, H5724, [
    C("CHAPTER 166", "CHAPTER 167", "neutral", ["ice_cooperation"], "Only the chapter number changes; the prohibition is word for word the same."),
    C("42-166-2. Prohibition", "42-167-2. Prohibition", "neutral", ["ice_cooperation"], "Section numbers follow the new chapter number; no rule changes."),
], "GENUINE: the 2024 Senate bill and its 2025 House refiling. OLD = " + (SRC_RI24 % "") + ". NEW = " + SRC_H5724 +
   ". Both cut after subsection (a). Negative control: renumbering only.")

# ---------------- RI S 2769 with (b) ----------------
SRCB = SRC_RI24 % " and (b)"
add("exception_added", RI24B, apply(RI24B, [(
    "any other agreement to detain individuals for federal civil immigration violations.\n",
    "any other agreement to detain individuals for federal civil immigration violations. This subsection shall not apply to an agreement for the temporary housing of an individual who is charged with or has been convicted of a felony.\n")]),
    [C("", "This subsection shall not apply to an agreement for the temporary housing of an individual who is charged with or has been convicted of a felony.",
       "expands_enforcement", ["detainers_holds", "ice_cooperation"],
       "Agreements to hold people charged with or convicted of a felony for ICE become allowed again, an exception to the ban.")],
    con(SRCB, "a sentence excepting agreements to house individuals charged with or convicted of a felony added at the end of (a)"))

add("modal_change", RI24B, apply(RI24B, [("violations, shall exercise the termination provision", "violations, may exercise the termination provision")]),
    [C("shall exercise the termination provision", "may exercise the termination provision", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "Ending existing detention agreements becomes optional, so they may continue.")],
    con(SRCB, "'shall exercise' -> 'may exercise' in (b)"))

add("scope_change", RI24B, apply(RI24B, [("(b) A state official or body,", "(b) A state or municipal official or body,")]),
    [C("(b) A state official or body,", "(b) A state or municipal official or body,", "limits_enforcement", ["ice_cooperation", "detainers_holds"],
       "The duty to terminate existing detention agreements now also binds municipal bodies, not only state ones.")],
    con(SRCB, "'A state official or body' -> 'A state or municipal official or body' in (b)"))

add("scope_change", RI24B, apply(RI24B, [("(a) No state or municipal governmental official or body,", "(a) No state governmental official or body,")]),
    [C("No state or municipal governmental official or body", "No state governmental official or body", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "Municipal officials and bodies are taken out of the ban and may again contract to detain people for civil immigration violations.")],
    con(SRCB, "'or municipal' deleted from (a)"))

add("mixed", RI24B, apply(RI24B, [("violations no later than July 1, 2025.", "violations no later than July 1, 2027."),
                                  ("(b) A state official or body,", "(b) A state or municipal official or body,")]),
    [C("no later than July 1, 2025", "no later than July 1, 2027", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "Existing detention agreements may keep running two more years before they must be ended."),
     C("(b) A state official or body,", "(b) A state or municipal official or body,", "limits_enforcement", ["ice_cooperation", "detainers_holds"],
       "Municipal bodies are now also bound to end their detention agreements.")],
    con(SRCB, "termination deadline moved from July 1, 2025 to July 1, 2027 and 'or municipal' added in (b)"))

# ---------------- RI S 0295 ----------------
add("list_item_removed", S0295, apply(S0295, [(
    " or any lease or other agreement, that facilitates the use of real property belonging to the public body, or instrumentality or agency thereof, to detain and relocate individuals for federal civil immigration violations.",
    ".")]),
    [C("or any lease or other agreement, that facilitates the use of real property belonging to the public body, or instrumentality or agency thereof, to detain and relocate individuals for federal civil immigration violations",
       "", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "Leases of public land or buildings for immigration detention drop out of the listed prohibited agreements.")],
    con(SRC_S0295, "the item 'or any lease or other agreement ... to detain and relocate individuals for federal civil immigration violations' deleted from the list in (a)"))

add("list_item_added", S0295, apply(S0295, [(
    "any intergovernmental services agreements to detain individuals for federal civil immigration violations or any lease",
    "any intergovernmental services agreements to detain individuals for federal civil immigration violations, any agreement entered into pursuant to 8 U.S.C. § 1357(g), or any lease")]),
    [C("", "any agreement entered into pursuant to 8 U.S.C. § 1357(g),", "limits_enforcement", ["raids_joint_operations", "ice_cooperation"],
       "287(g) agreements are expressly named among the agreements the ban covers.")],
    con(SRC_S0295, "', any agreement entered into pursuant to 8 U.S.C. § 1357(g),' added to the list in (a)"))

add("exception_added", S0295, S0295 + "\n\n(b) Nothing in this section shall prohibit a contract for the housing of individuals held by a federal agency on federal criminal charges.",
    [C("", "Nothing in this section shall prohibit a contract for the housing of individuals held by a federal agency on federal criminal charges.",
       "neutral", ["detainers_holds", "ice_cooperation"],
       "The ban only covers detention for civil immigration violations, so carving out housing on federal criminal charges changes nothing it reaches.")],
    con(SRC_S0295, "a new subsection (b) saying the section does not prohibit contracts to house people held on federal criminal charges"))

add("double_negation", S0295, apply(S0295, [(
    "(a) No state or municipal government official or body, or instrumentality or agency thereof, may enter into, renew,",
    "(a) A state or municipal government official or body, or instrumentality or agency thereof, shall not enter into, renew,")]),
    [C("No state or municipal government official or body, or instrumentality or agency thereof, may enter into",
       "A state or municipal government official or body, or instrumentality or agency thereof, shall not enter into",
       "neutral", ["ice_cooperation"], "'No ... may' and '... shall not' state the same prohibition.")],
    con(SRC_S0295, "'No state or municipal government official ... may enter into' -> 'A state or municipal government official ... shall not enter into' in (a)"))

add("scope_change", S0295, apply(S0295, [("may enter into, renew, or otherwise agree, to be a party", "may enter into or otherwise agree, to be a party")]),
    [C("may enter into, renew, or otherwise agree", "may enter into or otherwise agree", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "Renewing an existing detention contract is no longer named among the prohibited acts, so renewals become open.")],
    con(SRC_S0295, "'renew,' deleted from (a)"))

add("modal_change", S0295, apply(S0295, [("thereof, may enter into, renew, or otherwise agree", "thereof, should enter into, renew, or otherwise agree")]),
    [C("may enter into, renew, or otherwise agree", "should enter into, renew, or otherwise agree", "expands_enforcement", ["ice_cooperation", "detainers_holds"],
       "'No ... should' is advice, not a ban, so detention agreements are no longer prohibited.")],
    con(SRC_S0295, "'may enter into' -> 'should enter into' in (a) (\"No ... should\")"))

# ---------------- New Mexico HB 9 section 4 ----------------
add("modal_change", NM, apply(NM, [("A. A public body shall not enter into, extend, renew", "A. A public body is not required to enter into, extend, renew")]),
    [C("A public body shall not enter into, extend, renew", "A public body is not required to enter into, extend, renew", "expands_enforcement",
       ["raids_joint_operations", "ice_cooperation"], "A ban on 287(g) agreements becomes a mere absence of duty, so bodies may sign them.")],
    con(SRC_NM, "'shall not enter into' -> 'is not required to enter into' in A"))

add("exception_added", NM, apply(NM, [("or 8 C.F.R. Section 287.7.\n\nB.", "or 8 C.F.R. Section 287.7, unless the governing body of the public body approves the agreement by resolution.\n\nB.")]),
    [C("", "unless the governing body of the public body approves the agreement by resolution", "expands_enforcement",
       ["raids_joint_operations", "supervisor_approval"], "A flat ban on 287(g) agreements gets a way out: they are allowed when the governing body approves.")],
    con(SRC_NM, "', unless the governing body of the public body approves the agreement by resolution' added at the end of A"))

add("list_item_removed", NM, apply(NM, [("agree to be a party to an agreement to investigate, apprehend, detain or transport individuals pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7.\n\nB.",
                                         "agree to be a party to an agreement to detain or transport individuals pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7.\n\nB.")]),
    [C("an agreement to investigate, apprehend, detain or transport individuals pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7.\n\nB.",
       "an agreement to detain or transport individuals pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7.\n\nB.",
       "expands_enforcement", ["raids_joint_operations", "enforcement_authority"],
       "Agreements to investigate and apprehend under 287(g) (task-force style) drop out of A's ban; only detention and transport agreements stay banned.")],
    con(SRC_NM, "'investigate, apprehend,' deleted from A (C unchanged)"))

add("rule_removed", NM, NM.split("\n\nC. ")[0],
    [C("C. A public body that is a party to an existing agreement to investigate, apprehend, detain or transport individuals pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7 shall, upon the effective date of the Immigrant Safety Act, terminate the agreement",
       "", "expands_enforcement", ["raids_joint_operations", "ice_cooperation"],
       "Existing 287(g) agreements no longer have to be terminated and may run on.")],
    con(SRC_NM, "subsection C (termination of existing agreements) deleted"))

add("cross_clause", NM, apply(NM, [("terminate the agreement upon the earliest date permissible under the terms of the agreement.",
                                    "terminate the agreement upon the expiration of its current term.")]),
    [C("terminate the agreement upon the earliest date permissible under the terms of the agreement", "terminate the agreement upon the expiration of its current term",
       "expands_enforcement", ["raids_joint_operations", "ice_cooperation"],
       "Existing 287(g) agreements may run to the end of their term instead of being ended at the first opportunity.")],
    con(SRC_NM, "'upon the earliest date permissible under the terms of the agreement' -> 'upon the expiration of its current term' in C"))

add("scope_change", NM, apply(NM, [("agents of the public body to perform a function of an immigration officer", "agents of the public body to perform or assist in performing a function of an immigration officer")]),
    [C("to perform a function of an immigration officer", "to perform or assist in performing a function of an immigration officer", "limits_enforcement",
       ["raids_joint_operations", "enforcement_authority"], "Agreements under which local staff only assist immigration officers are now also banned.")],
    con(SRC_NM, "'to perform a function' -> 'to perform or assist in performing a function' in B"))

add("neutral_rewrite", NM, apply(NM, [("individuals pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7.\n\nB.",
                                       "individuals pursuant to Section 287(g) of the federal Immigration and Nationality Act or 8 C.F.R. Section 287.7.\n\nB.")]),
    [C("pursuant to 8 U.S.C. Section 1357(g) or 8 C.F.R. Section 287.7.\n\nB.", "pursuant to Section 287(g) of the federal Immigration and Nationality Act or 8 C.F.R. Section 287.7.\n\nB.",
       "neutral", ["raids_joint_operations"], "Section 287(g) of the INA is codified at 8 U.S.C. 1357(g); the citation changes, not the rule.")],
    con(SRC_NM, "in A, '8 U.S.C. Section 1357(g)' -> 'Section 287(g) of the federal Immigration and Nationality Act'"))

add("exception_to_exception", NM, NM + "\n\nD. Subsection C of this section does not require a public body to terminate an agreement before the end of its current term if the public body has notified the federal agency of its intent not to renew, unless the agreement provides for the detention of individuals beyond their scheduled release.",
    [C("", "Subsection C of this section does not require a public body to terminate an agreement before the end of its current term if the public body has notified the federal agency of its intent not to renew",
       "expands_enforcement", ["raids_joint_operations", "ice_cooperation"], "An exception lets existing 287(g) agreements run to the end of their term once non-renewal is notified."),
     C("", "unless the agreement provides for the detention of individuals beyond their scheduled release", "limits_enforcement", ["detainers_holds", "raids_joint_operations"],
       "An exception to that exception keeps the early-termination duty for agreements that hold people past release, so the relief is narrower.")],
    con(SRC_NM, "new subsection D (end-of-term exception to C, with a proviso for agreements that hold people beyond release)"))

# ---------------- Louisiana 33:84 ----------------
add("list_item_removed", LA, apply(LA, [("is subject to an immigration detainer and comply with the requests made in the immigration detainer.", "is subject to an immigration detainer.")]),
    [C(" and comply with the requests made in the immigration detainer", "", "limits_enforcement", ["detainers_holds", "ice_cooperation"],
       "The duty to comply with ICE detainer requests is removed; only recording the detainer remains.")],
    con(SRC_LA, "'and comply with the requests made in the immigration detainer' deleted from A(2)"))

add("modal_change", LA, apply(LA, [("D. Each parish correctional facility shall enter into an agreement", "D. Each parish correctional facility may enter into an agreement")]),
    [C("Each parish correctional facility shall enter into an agreement", "Each parish correctional facility may enter into an agreement", "limits_enforcement",
       ["ice_cooperation", "detainers_holds"], "Housing agreements with ICE become optional instead of mandatory.")],
    con(SRC_LA, "'shall enter into' -> 'may enter into' in D"))

add("exception_added", LA, LA + "\n\nE. This Section shall not apply to a detainee who is charged only with a misdemeanor or a traffic offense.",
    [C("", "This Section shall not apply to a detainee who is charged only with a misdemeanor or a traffic offense.", "limits_enforcement",
       ["detainers_holds", "ice_cooperation"], "People held only on misdemeanors or traffic offenses fall outside the detainer duties.")],
    con(SRC_LA, "new subsection E excluding detainees charged only with a misdemeanor or traffic offense"))

add("exception_removed", LA, apply(LA, [(
    "B. A law enforcement agency shall not be required to perform a duty imposed by this Section with respect to a detainee who is transferred to the custody of the agency by another law enforcement agency if the transferring agency performed that duty prior to the transfer.\n\nC.",
    "B.")]).replace("B. A judge who receives", "B. A judge who receives").replace("\n\nD. Each parish", "\n\nC. Each parish"),
    [C("A law enforcement agency shall not be required to perform a duty imposed by this Section with respect to a detainee who is transferred to the custody of the agency by another law enforcement agency if the transferring agency performed that duty prior to the transfer.",
       "", "expands_enforcement", ["detainers_holds"], "Without the transfer exemption every receiving agency must itself notify the judge, record and comply with the detainer."),
     C("C. A judge who receives", "B. A judge who receives", "neutral", ["detainers_holds"], "Relettering after the deletion."),
     C("D. Each parish", "C. Each parish", "neutral", ["ice_cooperation"], "Relettering after the deletion.")],
    con(SRC_LA, "subsection B (exemption for detainees transferred from an agency that already performed the duties) deleted; C and D relettered B and C"))

add("approval_added", LA, apply(LA, [("D. Each parish correctional facility shall enter into an agreement", "D. Each parish correctional facility shall, with the approval of the parish governing authority, enter into an agreement")]),
    [C("", "with the approval of the parish governing authority,", "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
       "The mandatory ICE housing agreement now needs the parish governing authority's approval, which it may withhold.")],
    con(SRC_LA, "', with the approval of the parish governing authority,' inserted in D"))

add("scope_change", LA, apply(LA, [("for temporarily housing detainees who are the subject of immigration detainers and for the payment",
                                    "for temporarily housing detainees who are the subject of immigration detainers, for the performance of immigration officer functions by trained correctional personnel, and for the payment")]),
    [C("", "for the performance of immigration officer functions by trained correctional personnel,", "expands_enforcement",
       ["raids_joint_operations", "enforcement_authority"], "The mandatory agreement must now also cover jail staff acting as immigration officers (287(g)-type delegation).")],
    con(SRC_LA, "', for the performance of immigration officer functions by trained correctional personnel,' added to the first sentence of D"))

add("reparagraphed", LA, apply(LA, [("costs of housing and detaining those detainees. A compliant agreement", "costs of housing and detaining those detainees.\n\nA compliant agreement")]),
    [C("costs of housing and detaining those detainees. A compliant agreement", "costs of housing and detaining those detainees.\n\nA compliant agreement", "neutral",
       ["ice_cooperation"], "Subsection D is split into two paragraphs with the same words.")],
    con(SRC_LA, "a paragraph break inserted between the two sentences of D"))

add("restated", LA, apply(LA, [("(1) Provide to the judge authorized to grant or deny the detainee's release on bail notice that the detainee is subject to an immigration detainer.",
                                 "(1) Notify the judge authorized to grant or deny the detainee's release on bail that the detainee is subject to an immigration detainer."),
                                ("shall cause the fact to be recorded in the minute entry", "shall ensure that the fact is recorded in the minute entry")]),
    [C("Provide to the judge authorized to grant or deny the detainee's release on bail notice that", "Notify the judge authorized to grant or deny the detainee's release on bail that",
       "neutral", ["detainers_holds"], "Same notice to the bail judge in other words."),
     C("shall cause the fact to be recorded", "shall ensure that the fact is recorded", "neutral", ["detainers_holds"], "Same recording duty in other words.")],
    con(SRC_LA, "A(1) reworded 'Provide to the judge ... notice that' -> 'Notify the judge ... that'; C 'cause the fact to be recorded' -> 'ensure that the fact is recorded'"))

add("exception_changed", LA, apply(LA, [("if the transferring agency performed that duty prior to the transfer.", "if the transferring agency performed that duty prior to the transfer or if the detainee is transferred to the custody of the agency solely for a court appearance.")]),
    [C("", "or if the detainee is transferred to the custody of the agency solely for a court appearance", "limits_enforcement", ["detainers_holds"],
       "The exemption from the detainer duties widens to detainees brought over only for a court appearance, whether or not the duties were performed.")],
    con(SRC_LA, "'or if the detainee is transferred to the custody of the agency solely for a court appearance' added to B"))

# ---------------- Connecticut HB 7212 definitions ----------------
add("definition_change", CT, apply(CT, [("(C) Providing notification of the release date and time of an individual in custody; and\n\n(D)", "(C)")]),
    [C("(C) Providing notification of the release date and time of an individual in custody; and", "", "expands_enforcement", ["information_sharing", "detainers_holds"],
       "Requests for release-date notification no longer count as civil immigration detainers, so the Trust Act's limits on detainers stop covering them."),
     C("(D) Notifying a law enforcement officer", "(C) Notifying a law enforcement officer", "neutral", ["detainers_holds"], "Relettering after the deletion.")],
    con(SRC_CT, "item (C) on release-date notification deleted from the definition of 'civil immigration detainer'; (D) relettered (C)"))

add("definition_change", CT, apply(CT, [("but does not include a warrant issued or signed by a judicial officer.", "but does not include a warrant issued or signed by a judicial officer or an immigration judge.")]),
    [C("", "or an immigration judge", "expands_enforcement", ["detainers_holds", "ice_cooperation"],
       "Removal orders signed by immigration judges drop out of 'administrative warrant', so the Act's limits on acting on administrative warrants no longer reach them.")],
    con(SRC_CT, "'or an immigration judge' added at the end of the definition of 'administrative warrant'"))

add("neutral_rewrite", CT, apply(CT, [("through DHS Form I-247A,", "through United States Department of Homeland Security Form I-247A,"),
                                      ("a request from a federal immigration authority to a local or state law enforcement agency", "a request by a federal immigration authority to a state or local law enforcement agency")]),
    [C("through DHS Form I-247A", "through United States Department of Homeland Security Form I-247A", "neutral", ["detainers_holds"], "The abbreviation is spelled out; same form."),
     C("a request from a federal immigration authority to a local or state law enforcement agency", "a request by a federal immigration authority to a state or local law enforcement agency",
       "neutral", ["detainers_holds"], "Same definition with words reordered.")],
    con(SRC_CT, "'DHS' spelled out and 'from ... to a local or state' -> 'by ... to a state or local' in (a)(1)-(2)"))

add("list_item_added", CT, apply(CT, [("(C) Providing notification of the release date and time of an individual in custody; and",
                                       "(C) Providing notification of the release date and time of an individual in custody;\n\n(D) Requesting access to an individual in custody for the purpose of an interview; and"),
                                      ("(D) Notifying a law enforcement officer", "(E) Notifying a law enforcement officer")]),
    [C("", "(D) Requesting access to an individual in custody for the purpose of an interview; and", "limits_enforcement", ["ice_cooperation", "detainers_holds"],
       "ICE interview requests now count as civil immigration detainers and so fall under the Act's limits."),
     C("(D) Notifying a law enforcement officer", "(E) Notifying a law enforcement officer", "neutral", ["detainers_holds"], "Relettering after the insertion.")],
    con(SRC_CT, "new item (D) 'Requesting access to an individual in custody for the purpose of an interview' added to the definition of 'civil immigration detainer'; old (D) relettered (E), 'and' moved"))

# ---------------- added limits cases ----------------
add("list_item_added", NM, apply(NM, [("or the removal of noncitizens from the United States.", "or the removal of noncitizens from the United States, or to provide a federal immigration agency with nonpublic information about noncitizens in the custody of the public body.")]),
    [C("", "or to provide a federal immigration agency with nonpublic information about noncitizens in the custody of the public body", "limits_enforcement",
       ["information_sharing", "ice_cooperation"], "Agreements to pass nonpublic custody information to immigration agencies are added to B's ban.")],
    con(SRC_NM, "', or to provide a federal immigration agency with nonpublic information about noncitizens in the custody of the public body' added at the end of B"))

add("modal_change", LA, apply(LA, [("issued by a federal immigration agency shall perform all of the following:", "issued by a federal immigration agency may perform any of the following:")]),
    [C("shall perform all of the following", "may perform any of the following", "limits_enforcement", ["detainers_holds", "ice_cooperation"],
       "Notifying the bail judge, recording the detainer and complying with it become optional for the custodial agency.")],
    con(SRC_LA, "'shall perform all of the following' -> 'may perform any of the following' in the stem of A"))

add("scope_change", LA, apply(LA, [("and comply with the requests made in the immigration detainer.", "and comply with the requests made in the immigration detainer for not more than forty-eight hours after the time the detainee would otherwise be released.")]),
    [C("", "for not more than forty-eight hours after the time the detainee would otherwise be released", "limits_enforcement", ["detainers_holds"],
       "Compliance with a detainer is capped at 48 hours past the release time, so longer holds are no longer required.")],
    con(SRC_LA, "'for not more than forty-eight hours after the time the detainee would otherwise be released' added at the end of A(2)"))

add("rule_added", RI24B, RI24B + "\n\n(c) No state or municipal law enforcement agency shall use agency funds, vehicles or personnel to transport an individual to a facility used to detain individuals for federal civil immigration violations, unless required by a judicial warrant.",
    [C("", "No state or municipal law enforcement agency shall use agency funds, vehicles or personnel to transport an individual to a facility used to detain individuals for federal civil immigration violations, unless required by a judicial warrant.",
       "limits_enforcement", ["ice_cooperation", "detainers_holds"], "A new ban stops local agencies from transporting people to civil immigration detention, save on a judicial warrant.")],
    con(SRCB, "new subsection (c) barring state and municipal agencies from transporting individuals to civil immigration detention facilities unless a judicial warrant requires it"))

add("scope_change", S0295, apply(S0295, [("that is or will be used to detain individuals for federal civil immigration violations including", "that is or will be used to detain or transport individuals for federal civil immigration violations including")]),
    [C("that is or will be used to detain individuals", "that is or will be used to detain or transport individuals", "limits_enforcement", ["ice_cooperation", "detainers_holds"],
       "Agreements to transport people for civil immigration violations are now also banned.")],
    con(SRC_S0295, "'to detain individuals' -> 'to detain or transport individuals' in the first clause of (a)"))

add("definition_change", CT, apply(CT, [("notice to appear, removal order or warrant of deportation issued by", "notice to appear, removal order, warrant of deportation or record of a civil immigration warrant in the National Crime Information Center database issued by")]),
    [C("removal order or warrant of deportation issued by", "removal order, warrant of deportation or record of a civil immigration warrant in the National Crime Information Center database issued by",
       "limits_enforcement", ["detainers_holds", "information_sharing"],
       "NCIC civil immigration entries now count as administrative warrants, so the Act's limits on acting on administrative warrants reach them.")],
    con(SRC_CT, "'or record of a civil immigration warrant in the National Crime Information Center database' added to the list in the definition of 'administrative warrant'"))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for p in pairs: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(pairs))
