"""Pairs with an edit CONSTRUCTED for this set: OLD = a real passage from sources.py, NEW = the
same passage with the edits below (each `find` -> `replace` is one edit, described in the pair's
`source`).  The constructed wording is never presented as a real document."""
from lib import make_pair
import sources as S

LIM, EXP, NEU, UNC = "limits_enforcement", "expands_enforcement", "neutral", "unclear"


def e(find, replace, label, topics, why, **kw):
    d = {"find": find, "replace": replace, "label": label, "topics": topics, "why": why}
    d.update(kw)
    return d


def src(real, edits_desc):
    return "OLD = real text: %s NEW = real text with edit constructed for this set: %s" % (real, edits_desc)


SEA = ("Seattle Police Department Manual 6.020 'Interactions with Foreign Nationals', effective 12/01/18, opening through 6.020-POL 1 item 3 "
       "(cut before item 4), verbatim from http://www.seattle.gov/police-manual/title-6---arrests-search-and-seizure/6020---interactions-with-foreign-nationals "
       "(stored copy; curly quotes straightened, en dash in a list item rendered '-').")
TUK = ("Tukwila (WA) Municipal Code chapter 2.98 'Compliance with Federal Immigration Laws', 2.98.010-2.98.020 (Ord. 2587, 2018), verbatim as quoted in the "
       "Tukwila Police Department's response to Council questions of July 14, 2025, https://records.tukwilawa.gov/WebLink/DocView.aspx?dbid=1&id=425015&repo=COT-City (stored copy; 'TMC' dropped from the chapter heading).")
MCP = ("Montgomery County (MD) Police Department Function Code FC 520 'Dealing with Foreign Nationals', date 02-11-09, header, I and II.A-B (cut before II.C), "
       "from https://docest.com/doc/196083/ii-questioning-of-foreign-nationals-arrest-policy (stored copy; lost spaces restored: 'WITHFOREIGNNATIONALS', 'personsand', 'I.Policy'; contents list and contract notice left out).")
IDA = ("Idaho Code 19-6102 (added 2023 as 19-6002, renumbered 2024), verbatim from https://lawserver.com/law/state/idaho/id-code/idaho_code_19-6102 (stored copy; section heading added from the page title; curly apostrophe straightened).")
MON = ("Montana Code Annotated 27-16-801 'Immigration detainer requests -- arrest authority and duty to arrest', subsections (1)-(4) (cut before (5)), verbatim from "
       "https://getpocketlaw.com/law/state_montana/section-27-16-801-immigration-detainer-requests-arrest-authority-and-duty-to-arrest_8ce60e3ecabc (stored copy).")
ALA = ("Code of Alabama 31-13-18 (Act 2011-535, s. 19), verbatim from http://law.onecle.com/alabama/title-31/31-13-18.html (stored copy).")
COL = ("Colorado Revised Statutes 24-76.6-101 (added by HB 19-1124, 2019), verbatim from https://e.casetext.com/statute/colorado-revised-statutes/title-24-government-state/restrictions-on-public-benefits/article-766-prioritizing-state-enforcement-of-civil-immigration-law/section-24-766-101-definitions "
       "(stored copy, 'current through 11/5/2024'; section heading shortened).")
BOS = ("City of Boston Code, Boston Trust Act (as amended December 2019), section 1 'Definitions' (a)-(d), verbatim from https://codelibrary.amlegal.com/codes/boston/latest/boston_ma/0-0-0-16772 (stored copy; cut before (e)).")
KIR = ("Kirkland (WA) Municipal Code 3.18.010 'Findings' (a)-(c), verbatim from https://www.codepublishing.com/WA/Kirkland/html/Kirkland03/Kirkland0318.html (stored copy; cut before (d)).")
MD5104 = ("Maryland Criminal Procedure Article 5-104(b) (existing law), verbatim as reprinted (in brackets, for repeal) in Maryland House Bill 719 (2026, first reader), "
          "file data/2026rs/md/HB0719.md at commit d91b58f of github.com/Maryland-State-Innovation-Team/Legi-Assist (line numbers removed; subsection (a) left out).")
MD9309 = ("proposed Maryland Correctional Services Article 9-309 in House Bill 725 (2026, first reader, Delegates Arikan et al.), file data/2026rs/md/HB0725.md at commit d91b58f of "
          "github.com/Maryland-State-Innovation-Team/Legi-Assist (the bill prints the new section in CAPITALS; set here in lower case; run-in stem put on its own line).")
MD2104 = ("proposed Maryland Criminal Procedure Article 2-104.3 in House Bill 495 (2026, first reader, 'Immigration Arrest - Immunity in Connection With Court Proceeding'), "
          "(a), (b) and (c)(1), file data/2026rs/md/HB0495.md at commit d91b58f of github.com/Maryland-State-Innovation-Team/Legi-Assist (CAPITALS set in lower case).")


def pairs():
    P = []
    # C1 Seattle: approval-based exception removed
    P.append(("C1", "exception_removed", S.SEATTLE, [
        e("1. Employees Will Not Inquire About Any Person's Citizenship or Immigration Status.\n\nThere are no exceptions to this policy, unless approved by the Chief of Police or designee.\n\n",
          "1. Employees Will Not Inquire About Any Person's Citizenship or Immigration Status.\n\n",
          LIM, ["status_inquiry", "supervisor_approval"],
          "The only way around the no-inquiry rule (Chief's approval) is deleted, so the ban on asking about status becomes absolute.",
          quote_old="There are no exceptions to this policy, unless approved by the Chief of Police or designee.",
          quote_new="1. Employees Will Not Inquire About Any Person's Citizenship or Immigration Status.\n\n2. Employees"),
    ], src(SEA, "the sentence 'There are no exceptions to this policy, unless approved by the Chief of Police or designee.' under item 1 is deleted.")))
    # C2 Seattle: approval level lowered
    P.append(("C2", "approval_changed", S.SEATTLE, [
        e("unless approved by the Chief of Police or designee.", "unless approved by a patrol sergeant.",
          EXP, ["status_inquiry", "supervisor_approval"],
          "Exceptions to the no-inquiry rule can now be approved by a sergeant instead of the Chief or designee, a lower and easier approval."),
    ], src(SEA, "'unless approved by the Chief of Police or designee.' -> 'unless approved by a patrol sergeant.'")))
    # C3 Seattle: list item removed
    P.append(("C3", "list_removed", S.SEATTLE, [
        e('- "Immigration Violation - Failure to Appear for Removal"\n\n- "Outstanding Warrant for Deportation"\n\n',
          '- "Immigration Violation - Failure to Appear for Removal"\n\n',
          EXP, ["detainers_holds", "enforcement_authority"],
          "One of the listed kinds of ICE hit that officers must not act on is dropped, so a deportation-warrant hit is no longer named as off limits.",
          quote_old='- "Outstanding Warrant for Deportation"',
          quote_new='- "Immigration Violation - Failure to Appear for Removal"\n\nSPD Employees'),
    ], src(SEA, "the list item '- \"Outstanding Warrant for Deportation\"' is deleted from the list under item 3.")))
    # C4 Seattle: document rule widened + neutral rewording
    P.append(("C4", "scope_change", S.SEATTLE, [
        e("Employees may rely on immigration documents to establish someone's identity if they are the person's only source of identification.",
          "Employees may ask for immigration documents to establish someone's identity.",
          EXP, ["document_requests"],
          "Officers may now ask for immigration documents to establish identity in any case, not merely rely on them when they are the person's only identification."),
        e("is typically all that is necessary or appropriate.", "is usually all that is necessary or appropriate.",
          NEU, ["document_requests"], "'typically' -> 'usually': synonym."),
    ], src(SEA, "'Employees may rely on immigration documents to establish someone's identity if they are the person's only source of identification.' -> 'Employees may ask for immigration documents to establish someone's identity.'; and 'typically' -> 'usually'.")))
    # C5 Tukwila: exception removed
    P.append(("C5", "exception_removed", S.TUKWILA, [
        e("Unless otherwise required by law or court order, or during the course of a criminal investigation where identity is in question and cannot otherwise be determined, no officer",
          "Unless otherwise required by law or court order, no officer",
          LIM, ["status_inquiry"],
          "The criminal-investigation exception (identity in question) is removed, so status inquiries are allowed only where law or a court order requires them.",
          quote_old="or during the course of a criminal investigation where identity is in question and cannot otherwise be determined,",
          quote_new="Unless otherwise required by law or court order, no officer, agent, or employee"),
    ], src(TUK, "the clause 'or during the course of a criminal investigation where identity is in question and cannot otherwise be determined,' is deleted from 2.98.010.")))
    # C6 Tukwila: warrant exception widened
    P.append(("C6", "exception_changed", S.TUKWILA, [
        e("unless accompanied by a valid criminal warrant issued by a judge or magistrate.",
          "unless accompanied by a valid criminal warrant or an ICE administrative warrant.",
          EXP, ["detainers_holds"],
          "Detainer-based detention becomes allowed when ICE supplies its own administrative warrant, not only a judge's criminal warrant."),
    ], src(TUK, "'unless accompanied by a valid criminal warrant issued by a judge or magistrate.' -> 'unless accompanied by a valid criminal warrant or an ICE administrative warrant.'")))
    # C7 Tukwila: 'solely' removed + joined paragraphs
    P.append(("C7", "scope_change", S.TUKWILA, [
        e("based solely on immigration or citizenship status.", "based on immigration or citizenship status.",
          LIM, ["enforcement_authority"],
          "Without 'solely', the department may not act on status at all, even as one reason among others: a wider prohibition."),
        e("a judge or magistrate.\n\nB. The Tukwila Police Department", "a judge or magistrate. The Tukwila Police Department",
          NEU, ["enforcement_authority"], "Subsection B is run into A (label dropped); the rule itself is unaffected by the join."),
    ], src(TUK, "'based solely on' -> 'based on' in 2.98.020 B; and B is joined to A (label 'B.' dropped).")))
    # C8 Montgomery: arrest basis widened
    P.append(("C8", "exception_changed", S.MONTGOMERY, [
        e("the arrest must be based on a confirmed warrant or on state/local traffic or criminal charges.",
          "the arrest must be based on a confirmed warrant, including an ICE administrative warrant, or on state/local traffic or criminal charges.",
          EXP, ["detainers_holds", "enforcement_authority"],
          "An ICE administrative (civil) warrant is now an acceptable basis for arresting a foreign national."),
    ], src(MCP, "', including an ICE administrative warrant,' inserted after 'confirmed warrant' in II.B.")))
    # C9 Montgomery: may -> shall, purpose dropped
    P.append(("C9", "modal_change", S.MONTGOMERY, [
        e("Officers may ask a person who is under arrest about their citizenship for the purpose of complying with the Vienna Convention.",
          "Officers shall ask every person who is under arrest about their citizenship and immigration status.",
          EXP, ["status_inquiry"],
          "A permission limited to the Vienna Convention purpose becomes a duty to ask every arrestee about citizenship and immigration status."),
    ], src(MCP, "'Officers may ask a person who is under arrest about their citizenship for the purpose of complying with the Vienna Convention.' -> 'Officers shall ask every person who is under arrest about their citizenship and immigration status.'")))
    # C10 Montgomery: neutral rewrite
    P.append(("C10", "neutral_rewrite", S.MONTGOMERY, [
        e("Officers have no statutory authority to enforce violations of federal immigration laws.",
          "Officers do not have statutory authority to enforce violations of federal immigration law.",
          NEU, ["enforcement_authority"], "Same statement in other words ('have no' -> 'do not have', 'laws' -> 'law')."),
        e("(persons who are not U.S. citizens)", "(persons who are not citizens of the United States)",
          NEU, ["access_to_services"], "Spelled-out wording of the same definition."),
    ], src(MCP, "'Officers have no statutory authority to enforce violations of federal immigration laws.' -> 'Officers do not have statutory authority to enforce violations of federal immigration law.'; '(persons who are not U.S. citizens)' -> '(persons who are not citizens of the United States)'.")))
    # C11 Idaho: protected item removed under double negative
    P.append(("C11", "double_negation", S.IDAHO, [
        e("including providing enforcement assistance; or\n\n(d) Permitting a federal immigration officer to enter and conduct enforcement activities at a municipal or county jail to enforce federal immigration laws.",
          "including providing enforcement assistance.",
          LIM, ["ice_cooperation"],
          "Local entities are no longer forbidden to restrict ICE's entry into jails: the item leaves the list of activities they may not prohibit, so a jail may now bar ICE.",
          quote_old="(d) Permitting a federal immigration officer to enter and conduct enforcement activities at a municipal or county jail",
          quote_new="including providing enforcement assistance."),
    ], src(IDA, "item (d) ('Permitting a federal immigration officer to enter and conduct enforcement activities at a municipal or county jail to enforce federal immigration laws.') deleted; '; or' at the end of (c) -> '.'.")))
    # C12 Idaho: item added under double negative + neutral rename
    P.append(("C12", "list_added", S.IDAHO, [
        e("(c) Assisting or cooperating with a federal immigration officer as reasonable or necessary, including providing enforcement assistance; or\n\n",
          "(c) Assisting or cooperating with a federal immigration officer as reasonable or necessary, including providing enforcement assistance;\n\n(d) Holding a person in custody under an immigration detainer request; or\n\n",
          EXP, ["detainers_holds"],
          "Honoring immigration detainers joins the list of activities local governments may not prohibit or discourage, so sanctuary-style detainer limits become unlawful.",
          quote_old="including providing enforcement assistance; or\n\n(d) Permitting",
          quote_new="(d) Holding a person in custody under an immigration detainer request; or"),
        e("(d) Permitting a federal immigration officer", "(e) Permitting a federal immigration officer",
          NEU, ["ice_cooperation"], "Old (d) relettered (e) after the insertion."),
    ], src(IDA, "new item '(d) Holding a person in custody under an immigration detainer request; or' inserted after (c) ('; or' moved), old (d) relettered (e).")))
    # C13 Montana: shall -> may
    P.append(("C13", "modal_change", S.MONTANA, [
        e("issued by a federal immigration agency shall arrest a person who is already in custody",
          "issued by a federal immigration agency may arrest a person who is already in custody",
          LIM, ["detainers_holds"],
          "The duty to arrest on an ICE detainer becomes a discretion: officers may decline to hold people on detainers."),
    ], src(MON, "'shall arrest' -> 'may arrest' in subsection (1).")))
    # C14 Montana: citizen exception removed
    P.append(("C14", "exception_removed", S.MONTANA, [
        e("\n\n(4) A public safety officer is not required to arrest or detain a person if presented with credible evidence that the person is a citizen of the United States or that the person has lawful immigration status in the United States.",
          "",
          EXP, ["detainers_holds"],
          "The release valve for people shown to be citizens or lawfully present is deleted, so the arrest duty applies even then.",
          quote_old="(4) A public safety officer is not required to arrest or detain a person",
          quote_new="issued by a federal immigration agency."),
    ], src(MON, "subsection (4) (officer not required to arrest on credible evidence of citizenship or lawful status) deleted.")))
    # C15 Alabama: detention sentence removed
    P.append(("C15", "rule_removed", S.ALABAMA, [
        e(" If the person is determined to be an alien unlawfully present in the United States, the person shall be considered a flight risk and shall be detained until prosecution or until handed over to federal immigration authorities.",
          "",
          LIM, ["detainers_holds", "ice_cooperation"],
          "The rule that a person found unlawfully present is a flight risk and must be held until prosecution or hand-over to immigration authorities is deleted.",
          quote_old="the person shall be considered a flight risk and shall be detained until prosecution or until handed over to federal immigration authorities.",
          quote_new="designated for that purpose by the federal government."),
    ], src(ALA, "the last sentence of (b) ('If the person is determined to be an alien unlawfully present ..., the person shall be considered a flight risk and shall be detained until prosecution or until handed over to federal immigration authorities.') deleted.")))
    # C16 Alabama: scope narrowed + neutral
    P.append(("C16", "scope_change", S.ALABAMA, [
        e("(a) When a person is charged with a crime for which bail is required, or is confined for any period in a state, county, or municipal jail,",
          "(a) When a person is charged with a felony and is confined in a state, county, or municipal jail,",
          LIM, ["status_inquiry", "information_sharing"],
          "Status checks with the federal government now apply only to jailed felony defendants, not to everyone charged with a bailable crime or jailed for any period."),
        e("shall be made within 48 hours to", "shall be made within forty-eight hours to",
          NEU, ["information_sharing"], "Number spelled out; same time limit."),
    ], src(ALA, "'(a) When a person is charged with a crime for which bail is required, or is confined for any period in a state, county, or municipal jail,' -> '(a) When a person is charged with a felony and is confined in a state, county, or municipal jail,'; '48 hours' -> 'forty-eight hours'.")))
    # C17 Colorado: release condition removed
    P.append(("C17", "definition_change", S.COLORADO, [
        e("(d) The individual has posted a bond or has been released on his or her own recognizance;\n\n(e) The individual has been referred to pretrial diversion services; or\n\n(f)",
          "(d) The individual has posted a bond or has been released on his or her own recognizance; or\n\n(e)",
          EXP, ["detainers_holds"],
          "Referral to pretrial diversion no longer makes a person 'eligible for release', so the ban on holding people on detainers past release no longer covers that case.",
          quote_old="(e) The individual has been referred to pretrial diversion services; or",
          quote_new="has been released on his or her own recognizance; or\n\n(e) The individual is otherwise eligible"),
    ], src(COL, "item (e) 'The individual has been referred to pretrial diversion services; or' deleted from (2), 'or' moved to (d), (f) relettered (e).")))
    # C18 Colorado: personal information widened
    P.append(("C18", "definition_change", S.COLORADO, [
        e("probation meeting date and time; community corrections locations;",
          "probation meeting date and time; release date and time from custody; community corrections locations;",
          LIM, ["information_sharing"],
          "Release dates and times become protected 'personal information', which may not be given to immigration authorities."),
    ], src(COL, "'release date and time from custody;' inserted into the list in (4).")))
    # C19 Boston: 'non-mandatory' dropped + relisting
    P.append(("C19", "definition_change", S.BOSTON, [
        e("(a) Civil Immigration Detainer Request. A non-mandatory request issued", "(a) Civil Immigration Detainer Request. A request issued",
          UNC, ["detainers_holds"],
          "The definition no longer calls a detainer 'non-mandatory'; the operative rule is elsewhere, so whether this invites treating detainers as binding cannot be told from the passage."),
    ], src(BOS, "'A non-mandatory request issued' -> 'A request issued' in (a).")))
    P.append(("C20", "reparagraph", S.BOSTON, [
        e("has occurred:\n\n(1) All criminal charges against the individual have been dropped or dismissed;\n\n(2) The individual has been acquitted of all criminal charges filed against him or her;\n\n(3) The individual has served all the time required for his or her sentence;\n\n(4) The individual has posted a bond, or has been released on his or her own recognizance;\n\n(5) The individual has been referred to pre-trial diversion services;\n\n(6) The individual is otherwise eligible for release under state or local law.",
          "has occurred: all criminal charges against the individual have been dropped or dismissed; the individual has been acquitted of all criminal charges filed against him or her; the individual has served all the time required for his or her sentence; the individual has posted a bond, or has been released on his or her own recognizance; the individual has been referred to pre-trial diversion services; or the individual is otherwise eligible for release under state or local law.",
          NEU, ["detainers_holds"],
          "The six numbered conditions are run into one sentence with the same content ('or' before the last).",
          quote_old="(5) The individual has been referred to pre-trial diversion services;",
          quote_new="the individual has been referred to pre-trial diversion services; or the individual is otherwise eligible"),
    ], src(BOS, "the list (1)-(6) under (c) joined into a single run-in sentence (labels dropped, 'or' added before the last condition).")))
    # C21 Kirkland: neutral agency rename + rewording
    P.append(("C21", "neutral_rewrite", S.KIRKLAND, [
        e("handled by the Office of Immigration and Customs Enforcement, a branch of the Department of Homeland Security.",
          "handled by U.S. Immigration and Customs Enforcement (ICE), a component of the Department of Homeland Security.",
          NEU, ["ice_cooperation"], "The agency is named by its usual name; same agency, descriptive finding only."),
        e("(c) A goal of this chapter is to foster trust", "(c) This chapter is intended to foster trust",
          NEU, ["access_to_services"], "Same stated purpose in other words."),
    ], src(KIR, "'the Office of Immigration and Customs Enforcement, a branch of' -> 'U.S. Immigration and Customs Enforcement (ICE), a component of'; '(c) A goal of this chapter is to foster trust' -> '(c) This chapter is intended to foster trust'.")))
    # C22 MD 5-104: inquiry item removed
    P.append(("C22", "list_removed", S.MD_5104, [
        e("(i) inquire about an individual’s citizenship, immigration status, or place of birth during a stop, a search, or an arrest;\n\n(ii) detain",
          "(i) detain",
          EXP, ["status_inquiry"],
          "The bar on asking about citizenship, status or place of birth during stops, searches and arrests is deleted from the list of prohibited acts.",
          quote_old="(i) inquire about an individual’s citizenship, immigration status, or place of birth during a stop, a search, or an arrest;",
          quote_new="(i) detain, or prolong the detention of, an individual:"),
        e("(iii) transfer an individual", "(ii) transfer an individual", NEU, ["ice_cooperation"], "Relettering after the deletion."),
        e("(iv) coerce, intimidate", "(iii) coerce, intimidate", NEU, ["status_inquiry"], "Relettering after the deletion."),
    ], src(MD5104, "item (b)(2)(i) (no inquiry about citizenship, immigration status or place of birth) deleted; (ii)-(iv) relettered (i)-(iii).")))
    # C23 MD 5-104: double negative restated (neutral)
    P.append(("C23", "double_negation", S.MD_5104, [
        e("(3) Nothing in this subsection shall prevent a law enforcement agent from inquiring about any information that is material to a criminal investigation.",
          "(3) A law enforcement agent may inquire about any information that is material to a criminal investigation.",
          NEU, ["status_inquiry"],
          "The 'nothing shall prevent' savings clause is restated as a direct permission of the same scope; read with 'Except as provided in paragraphs (3) and (4)', the effect is unchanged."),
    ], src(MD5104, "'(3) Nothing in this subsection shall prevent a law enforcement agent from inquiring about ...' -> '(3) A law enforcement agent may inquire about ...'.")))
    # C24 MD 5-104: approval-based exception added to transfer ban
    P.append(("C24", "exception_added", S.MD_5104, [
        e("transfer an individual to federal immigration authorities unless required by federal law; or",
          "transfer an individual to federal immigration authorities unless required by federal law or approved by the agent's commanding officer; or",
          EXP, ["ice_cooperation", "supervisor_approval"],
          "A new exception lets a commanding officer approve transfers to immigration authorities that federal law does not require; the approval opens a door rather than adding a hurdle."),
    ], src(MD5104, "'or approved by the agent's commanding officer' inserted after 'unless required by federal law' in (b)(2)(iii).")))
    # C25 MD 9-309 (proposal): shall -> may
    P.append(("C25", "modal_change", S.MD_9309, [
        e("an employee or agent of a State or local correctional facility shall:", "an employee or agent of a State or local correctional facility may:",
          LIM, ["information_sharing", "ice_cooperation"],
          "Release notices to and transfers to federal immigration authorities become optional instead of mandatory."),
    ], src(MD9309, "'shall:' -> 'may:' in the stem.")))
    # C26 MD 9-309 (proposal): approval added + neutral
    P.append(("C26", "approval_added", S.MD_9309, [
        e("If requested by federal immigration authorities, an employee",
          "If requested by federal immigration authorities and approved in writing by the managing official of the facility, an employee",
          LIM, ["supervisor_approval", "information_sharing", "ice_cooperation"],
          "Notices and transfers now require the facility head's written approval in addition to the federal request."),
        e("at least 48 hours prior to the release", "at least 48 hours before the release",
          NEU, ["information_sharing"], "'prior to' -> 'before': same timing."),
    ], src(MD9309, "'and approved in writing by the managing official of the facility' inserted after 'If requested by federal immigration authorities'; 'prior to' -> 'before'.")))
    # C27 MD 2-104.3 (proposal): warrant exception widened
    P.append(("C27", "exception_changed", S.MD_2104_3, [
        e("unless the immigration arrest is authorized by a valid judicial warrant.",
          "unless the immigration arrest is authorized by a valid judicial warrant or an administrative warrant issued by federal immigration authorities.",
          EXP, ["detainers_holds", "raids_joint_operations"],
          "Courthouse immunity can now be overridden by ICE's own administrative warrant, not only a judge's warrant."),
    ], src(MD2104, "'or an administrative warrant issued by federal immigration authorities' added to the warrant exception in (b).")))
    # C28 MD 2-104.3 (proposal): definition narrowed
    P.append(("C28", "definition_change", S.MD_2104_3, [
        e("taking an individual into custody solely or primarily based on the suspicion",
          "taking an individual into custody solely based on the suspicion",
          EXP, ["enforcement_authority", "raids_joint_operations"],
          "An arrest 'primarily' (but not solely) for a civil immigration violation no longer counts as an 'immigration arrest', so courthouse immunity covers fewer arrests."),
    ], src(MD2104, "'solely or primarily based on' -> 'solely based on' in (a)(5).")))
    return [make_pair(pid, sit, old, edits, source) for pid, sit, old, edits, source in P]
