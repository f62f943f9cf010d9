"""Real passages with an edit constructed for this set (OLD = real text, NEW = real text with the stated
edit), used only after the genuine pairs ran out.  Each e(...) is one edit = one change entry; every pair's
`source` repeats the edit in words."""
from lib import make_pair
from extract import sec
import bills

L, X, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"

HP_FIX = [("gang- related", "gang-related"), ("offender ,", "offender,"), ("P olice", "Police"), ("non- judicial", "non-judicial"),
          ("an d any", "and any"), ("Pa rk", "Park"), ("bet ween", "between")]


def hanover():
    t = sec("hanover", "V. Foreign Nationals", "Directive 210-P Appendix A")
    for a, b in HP_FIX:
        t = t.replace(a, b)
    return t


HP = hanover()
HP_SRC = ("Hanover Park (IL) Police Department, Police Operations Manual Directive 210-P 'Arrest and Detention of Foreign "
          "Nationals' (issued 01/10/2006, rev. 12/05/2019), section V 'Foreign Nationals and Immigration Laws' A-F, file "
          "Illinois/Hanover Park/D210p Arrest and Detention of Foreign Nationals.pdf in github.com/jjarmoc/chicago-area-general-orders "
          "(commit 9475b33); text extracted with pypdf, page header dropped, and the PDF's letter-spacing splits repaired "
          "('P olice', 'an d', 'Pa rk', 'bet ween', 'gang- related', 'non- judicial', 'offender ,').")
NEIU = sec("neiu", "415.2   ENFORCEMENT", "415.5")
NEIU_SRC = ("Northeastern Illinois University Police Department, IL Policy Manual, Policy 415 'Procedures for Incidents Regarding "
            "Citizenship Status' ('Copyright Lexipol, LLC 2017/08/28'), sections 415.2 ENFORCEMENT through 415.4, file "
            "Illinois/Northeastern Illinois University/NEIU PD Policy Manual.pdf in github.com/jjarmoc/chicago-area-general-orders "
            "(commit 9475b33); printed typos kept.")
LIS_SRC = ("Village of Lisle (IL) Police Department Policy Manual, Policy 415 'Immigration Violations' ('Copyright Lexipol, LLC "
           "2020/05/04'), %s, github.com/jjarmoc/chicago-area-general-orders (commit 9475b33).")
HR32_SRC = ("H.R. 32, 119th Congress, No Bailout for Sanctuary Cities Act, introduced January 3, 2025, section 2, "
            "https://www.govinfo.gov/bulkdata/BILLS/119/1/hr/BILLS-119hr32ih.xml (stored congress.gov API dump, see build/bills.py).")


def e(find, replace, label, topics, why, **kw):
    d = {"find": find, "replace": replace, "label": label, "topics": topics, "why": why}
    d.update(kw)
    return d


def src(real, edit):
    return "OLD: real text - %s NEW: the same text with an edit CONSTRUCTED for this set: %s" % (real, edit)


def pairs():
    ps = []
    lis4 = sec("lisle", "415.4 ", "415.4.1")
    lis6 = sec("lisle", "415.6", "415.7")
    lis71 = sec("lisle", "415.7.1", "415.8")

    ps.append(make_pair("C1", "list_added", HP, [
        e("for a felony, gang-related crime, sex-related offense, or is a registered sex offender,",
          "for a felony, gang-related crime, sex-related offense, any misdemeanor, or is a registered sex offender,",
          X, ["information_sharing", "ice_cooperation"],
          "Adding 'any misdemeanor' to the offences after which an arrestee's unlawful status may be reported to ICE widens who can be reported."),
    ], src(HP_SRC, "'any misdemeanor' inserted in the list of arrest offences in V.B.")))

    ps.append(make_pair("C2", "approval_changed", HP, [
        e("1. The Shift Supervisor must first approve notification to ICE.", "1. Any supervisor may approve notification to ICE.",
          X, ["supervisor_approval", "information_sharing"],
          "Approval before ICE is notified no longer has to come first or from the Shift Supervisor; any supervisor may approve, a weaker check on reporting to ICE."),
    ], src(HP_SRC, "V.B.1 'The Shift Supervisor must first approve notification to ICE.' replaced by 'Any supervisor may approve notification to ICE.'")))

    ps.append(make_pair("C3", "scope_change", HP, [
        e("shall not detain or continue to detain any individual solely on the basis of any immigration detainer",
          "shall not detain or continue to detain any individual on the basis of any immigration detainer",
          L, ["detainers_holds"],
          "Without 'solely', a detainer may not be a basis for holding someone even when other grounds exist, so the ban on detainer holds is wider."),
    ], src(HP_SRC, "'solely' deleted from V.C.")))

    ps.append(make_pair("C4", "exception_changed", HP, [
        e("are presented with a valid, enforceable federal warrant.", "are presented with a valid, enforceable federal warrant or an immigration detainer.",
          X, ["detainers_holds"],
          "The exception to the bans in V.C and V.D now also applies when officers receive an immigration detainer, which lets detainers override the ban on detainer holds."),
    ], src(HP_SRC, "'or an immigration detainer' added to the exception in V.E.")))

    ps.append(make_pair("C5", "exception_removed", HP, [
        e(" Nothing in Sections V.C. and V.D. prohibits communication between federal agencies or officials and law enforcement agencies or officials.", "",
          U, ["information_sharing", "ice_cooperation"],
          "The savings clause for communication with federal agencies is deleted; V.C and V.D say nothing about communication, so whether sharing is now restricted is unclear.",
          quote_old="Nothing in Sections V.C. and V.D. prohibits communication between federal agencies or officials and law enforcement agencies or officials.",
          quote_new="are presented with a valid, enforceable federal warrant."),
    ], src(HP_SRC, "the second sentence of V.E ('Nothing in Sections V.C. and V.D. prohibits communication ...') deleted.")))

    ps.append(make_pair("C6", "list_removed", HP, [
        e("shall not stop, arrest, search, detain, or continue to detain a person solely based on",
          "shall not stop, arrest, detain, or continue to detain a person solely based on",
          X, ["enforcement_authority", "status_inquiry"],
          "'search' is removed from the acts officers may not take solely because of immigration status, so status-based searches are no longer barred."),
    ], src(HP_SRC, "'search,' deleted from the list in V.D.")))

    ps.append(make_pair("C7", "reparagraph", HP, [
        e("it is learned the subject is an illegal alien, this information may be forwarded to ICE.\n\n1. The Shift Supervisor must first approve notification to ICE.\n\n2. Notification and reason(s) for notification will be documented in an Incident/Offense Report.",
          "it is learned the subject is an illegal alien, this information may be forwarded to ICE. The Shift Supervisor must first approve notification to ICE. Notification and reason(s) for notification will be documented in an Incident/Offense Report.",
          N, ["information_sharing", "supervisor_approval"],
          "Items 1 and 2 are folded into paragraph B as sentences, same words; the approval requirement is unchanged."),
    ], src(HP_SRC, "the numbered items V.B.1 and V.B.2 joined to paragraph B as two sentences (numbers dropped), no word changed.")))

    ps.append(make_pair("C8", "exception_added", NEIU, [
        e("the administrative warrant will not be enforced.", "the administrative warrant will not be enforced unless the on-duty supervisor approves its enforcement.",
          X, ["detainers_holds", "supervisor_approval"],
          "A supervisor's approval now opens an exception to the rule that administrative immigration warrants are never enforced."),
    ], src(NEIU_SRC, "'unless the on-duty supervisor approves its enforcement' added to the first sentence of 415.2.2.")))

    ps.append(make_pair("C9", "double_negation", NEIU, [
        e("ICE Agents will not be permitted to use Department facilities or equipment to question someone based solely on their immigration status.",
          "Nothing in this policy prohibits ICE Agents from using Department facilities or equipment to question someone, including based on their immigration status.",
          X, ["ice_cooperation", "status_inquiry"],
          "The ban on ICE using department facilities to question people about status is turned into a statement that nothing prohibits it."),
    ], src(NEIU_SRC, "415.4 rewritten from 'ICE Agents will not be permitted to use ...' to 'Nothing in this policy prohibits ICE Agents from using ...'.")))

    ps.append(make_pair("C10", "list_added", bills.HR32_SEC2, [
        e("to comply with a detainer for, or notify about the release of, an individual.\n\n(b) Exception",
          "to comply with a detainer for, or notify about the release of, an individual; or\n\n(3) providing U.S. Immigration and Customs Enforcement access to a jail or detention facility to interview an individual in custody.\n\n(b) Exception",
          X, ["ice_cooperation", "information_sharing"],
          "Adding jail-access restrictions to what makes a jurisdiction a 'sanctuary jurisdiction' (which loses funds) widens the penalty on limiting ICE, pushing jurisdictions to give access.",
          quote_old="to comply with a detainer for, or notify about the release of, an individual.",
          quote_new="(3) providing U.S. Immigration and Customs Enforcement access to a jail or detention facility to interview an individual in custody."),
        e("sending, receiving, maintaining, or exchanging with any Federal, State, or local government entity information regarding the citizenship or immigration status (lawful or unlawful) of any individual; or",
          "sending, receiving, maintaining, or exchanging with any Federal, State, or local government entity information regarding the citizenship or immigration status (lawful or unlawful) of any individual;",
          N, ["information_sharing"], "The 'or' moves to the end of the new second-to-last item; list punctuation only."),
    ], src(HR32_SRC, "item (3) on ICE jail access added to the list in section 2(a) (with the list's 'or' moved).")))

    ps.append(make_pair("C11", "approval_added", lis6, [
        e("The Department may provide available support services, such as traffic control or peacekeeping efforts.",
          "The Department may provide available support services, such as traffic control or peacekeeping efforts, only with the approval of the Chief of Police.",
          L, ["supervisor_approval", "ice_cooperation", "raids_joint_operations"],
          "Support to federal immigration officials now needs the Chief's approval, a new condition on assisting them."),
    ], src(LIS_SRC % "section 415.6 'Federal Requests for Assistance'", "', only with the approval of the Chief of Police' added to the second sentence.")))

    ps.append(make_pair("C12", "cross_clause", lis4, [
        e(" No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved.\n\nIf the officer has facts",
          "\n\nIf the officer has facts", N, ["detainers_holds"], "The release sentence is taken out of the second paragraph (it reappears unchanged at the end of the section).",
          quote_old="No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved.\n\nIf the officer has facts",
          quote_new="(8 USC § 1357(g)(10)).\n\nIf the officer has facts"),
        e("whenever an individual is being detained for a criminal immigration violation.",
          "whenever an individual is being detained for a criminal immigration violation. No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved.",
          N, ["detainers_holds"], "The release sentence now closes the section, word for word as before; the rule is restated, not changed.",
          quote_old="whenever an individual is being detained for a criminal immigration violation.",
          quote_new="whenever an individual is being detained for a criminal immigration violation. No individual who is otherwise ready to be released should continue to be detained only because questions about the individual’s status are unresolved."),
    ], src(LIS_SRC % "section 415.4 'Detentions'", "the sentence 'No individual who is otherwise ready to be released ... are unresolved.' moved from the end of the second paragraph to the end of the section, unchanged.")))

    return ps
