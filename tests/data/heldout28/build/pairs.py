import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
T = lambda n: open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "texts", n + ".txt")).read().strip()
L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
P = []
def ch(qo, qn, lab, tops, why): return dict(quote_old=qo, quote_new=qn, label=lab, topics=tops, why=why)
def add(sit, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    p = dict(id="JE-%02d" % (len(P) + 1), situation=sit, old=old, new=new, changes=changes,
             label=pair_label(changes), topics=tops, source=source)
    check(p); P.append(p)

TX = "https://capitol.texas.gov/tlodocs/89R/billtext/html/"
SB8E_SRC = ("Texas S.B. 8 (89th Leg., R.S., 2025), Senate committee substitute / engrossed version (filed 1 Apr 2025), SECTION 1, "
            "proposed Gov. Code Subch. D, secs. 752.081-752.082(a)-(c), " + TX + "SB00008E.htm (also billcam.com committee substitute "
            "reprint); cut after (c) because the stored copy is truncated inside (d). Not the enacted text (the enrolled bill became Gov. Code ch. 753).")
SB658_SRC = ("Texas S.B. 658 (89th Leg., R.S., 2025, Schwertner, introduced, filed Dec 2024), SECTION 1, proposed Gov. Code sec. 752.081(a)-(c), "
             + TX + "SB00658I.htm ; cut after (c) (stored copy truncated inside (d)). Not enacted.")
HB1881_SRC = ("Texas H.B. 1881 (88th Leg., R.S., 2023, introduced), SECTION 1, proposed Local Gov. Code sec. 351.905(a)-(f), "
              "http://capitol.texas.gov/tlodocs/88R/billtext/html/HB01881I.HTM . Not enacted.")
SB134_SRC = ("Texas S.B. 134 (89th Leg., R.S., 2025, introduced), SECTION 1, proposed Local Gov. Code sec. 370.010(a)-(f), "
             "http://capitol.texas.gov/tlodocs/89R/billtext/html/SB00134I.HTM . Not enacted.")
HB2257_SRC = ("Texas H.B. 2257 (89th Leg., R.S., 2025, Louderback, introduced), SECTION 1, proposed Gov. Code secs. 752.081 and 752.082(a), "
              + TX + "HB02257I.htm (same text at app.legiplex.com); cut after 752.082(a) (stored copy truncated in (b)). Not enacted.")
REPO = "github.com/appelson/Tracking_287g (snapshot 1946c799, folder agreements/agreements_20250519_024922/; ICE-published PDFs, text layer extracted with pypdfium2, OCR slips repaired)"
JEM20 = ("ICE 287(g) Jail Enforcement Model MOA with the Collier County (FL) Sheriff's Office, signed 9 June 2020 (2020 JEM template), "
         "FLORIDA/Collier_County_Sheriff's_Office/287gJEM_CollierCoFL2020-06-09.pdf, " + REPO)
TFM25 = ("ICE 287(g) Task Force Model MOA with the Collier County (FL) Sheriff's Office, Feb 2025 (template 'Revised 02/12/2025'), "
         "FLORIDA/Collier_County_Sheriff's_Office/collierCoFL_TFM_MOA_02.24.2025.pdf, " + REPO)

# ---------------- GENUINE ----------------
o, n = T("SB658"), T("SB8E")
add("scope_change", o, n, [
    ch("Sec. 752.081. IMMIGRATION ENFORCEMENT AGREEMENTS. (a) The sheriff of each county with a population of 250,000 or more shall request",
       "Sec. 752.082. IMMIGRATION ENFORCEMENT AGREEMENTS. (a) The sheriff of each county with a population of 100,000 or more shall request",
       E, ["raids_joint_operations", "enforcement_authority"],
       "Lowering the population threshold from 250,000 to 100,000 puts more sheriffs under the duty to seek a 287(g) agreement."),
    ch("(b) The sheriff of a county with a population of less than 250,000 may request",
       "(b) The sheriff of a county with a population of less than 100,000 may request",
       N, ["raids_joint_operations"],
       "The optional-agreement clause only follows the new threshold; smaller counties keep the same permission."),
    ch("", "Sec. 752.081. DEFINITION. In this subchapter, \"grant\" means a grant authorized to be awarded by the comptroller under the grant program established by Section 752.083.",
       N, ["raids_joint_operations"],
       "A definition of 'grant' (funding) is added and the sections renumbered; no enforcement duty changes."),
], "GENUINE: two real editions of the 2025 Texas sheriff-287(g) mandate. OLD = " + SB658_SRC + " NEW = " + SB8E_SRC +
   " S.B. 8 is the same author's successor bill; the wording of (a)-(c) is carried over with the threshold changed.")

o, n = T("HB1881"), T("SB134")
add("scope_change", o, n, [
    ch("(a) The commissioners court of each county shall request and, as offered, enter into a written agreement",
       "(a) The governing body of each municipality and the commissioners court of each county shall request and, as offered, enter into a written agreement",
       E, ["raids_joint_operations", "enforcement_authority"],
       "The duty to seek a 287(g) agreement is extended from counties to every municipality."),
    ch("to authorize officers and employees of the county to enforce federal immigration law.",
       "to authorize officers and employees of the municipality or county to enforce federal immigration law.",
       E, ["enforcement_authority"],
       "Municipal officers and employees become persons to be authorized to enforce federal immigration law."),
    ch("(c) The attorney general may bring an action against a county that fails",
       "(c) The attorney general may bring an action against a municipality or county that fails",
       N, ["raids_joint_operations"],
       "Conforming change: the existing enforcement remedy follows the widened duty."),
], "GENUINE: two real editions of the same proposed rule. OLD = " + HB1881_SRC + " NEW = " + SB134_SRC +
   " The 2025 bill re-files the 2023 text in Chapter 370 with municipalities added; subsections (e)-(f) change the same way (not separately labelled beyond (c)).")

o = T("JEM_VIII")
n = o.replace("In instances where serious misconduct", "ICE reserves the right to conduct an internal review of this MOA every three years. In instances where serious misconduct")
add("rule_added", o, n, [
    ch("", "ICE reserves the right to conduct an internal review of this MOA every three years.", N, ["raids_joint_operations"],
       "A periodic internal review by ICE does not change what deputies may do or when the MOA ends."),
], "GENUINE: amendment by addendum. OLD = Section VIII (first six paragraphs) of the " + JEM20 + ". NEW = the same text as modified by the "
   "'ADDENDUM TO MODIFY MEMORANDUM OF AGREEMENT' bound into the same PDF (signed June 2020), which adds 'ICE reserves the right to conduct an internal "
   "review of this MOA every three years' to the beginning of the second paragraph of Section VIII; the 2025 JEM template (Revised 02/15/2025, e.g. "
   "Butler County OH MOA of 24 Feb 2025) carries the same sentence in that place. NEW assembled from the addendum's instruction.")

add("rule_added", T("JEM_COSTS"), T("TFM_COSTS"), [
    ch("", "Participating LEA personnel will carry out designated functions at the LEA's expense, including salaries and benefits, local transportation, and official issue material.",
       N, ["raids_joint_operations"], "A cost-allocation sentence says who pays; it adds no enforcement power or duty."),
    ch("", "Whether or not the LEA receives financial reimbursement for such costs through a federal grant or other funding mechanism is not material to this MOA.",
       N, ["raids_joint_operations"], "Reimbursement wording concerns funding only."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Section IV.E of the " + JEM20 + ". NEW = Section X of the " + TFM25 +
   ". Apart from the added first paragraph the text is the same (one 'of all of its' -> 'of all its').")

add("neutral_rewrite", T("JEM_TRAINCERT"), T("TFM_TRAIN"), [
    ch("Each LEA nominee must pass each examination with a minimum score of 70-percent to receive certification.", "", N, ["raids_joint_operations"],
       "Exam-scoring mechanics are dropped; certification is still required before any function is performed (next section of both agreements)."),
    ch("", "Training will include, among other things: (i) discussion of the terms and limitations of this MOA;", N, ["raids_joint_operations"],
       "A list of training topics is descriptive and changes no power."),
    ch("Participating LEA personnel will also be required to complete refresher training as needed, but not more frequently every two years after the initial course completion.",
       "Approximately one year after the participating LEA personnel are trained and certified, ICE may provide additional updated training",
       N, ["raids_joint_operations"], "Refresher-training logistics change; the scope of delegated authority does not."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Section IV.C TRAINING OF PERSONNEL of the " + JEM20 + ". NEW = Section VIII TRAINING OF PERSONNEL of the " + TFM25 + ".")

add("mixed", T("JEM_CERT"), T("TFM_CERT"), [
    ch("Only those certified LEA personnel who receive authorization letters and ICE Form 70-006 issued by ICE and whose immigration enforcement efforts are overseen by ICE may conduct immigration officer functions described in this MOA.",
       "", E, ["enforcement_authority", "supervisor_approval"],
       "The sentence confining immigration functions to certified, ICE-overseen holders of an authorization letter and Form 70-006 is removed from this section."),
    ch("allowing the named LEA personnel to perform specified functions of an immigration officer.",
       "to perform specified functions of an immigration officer for an initial period of two years from the date of the authorization.",
       L, ["enforcement_authority"],
       "Each deputy's delegated authority now lapses after an initial two-year period instead of lasting until revoked."),
    ch("LEA personnel may have their delegated authority revoked at any time for any reason.",
       "Authorization of participating LEA personnel to act pursuant to this MOA may be revoked at any time and for any reason by ICE or the LEA.",
       L, ["enforcement_authority", "supervisor_approval"],
       "The sheriff's office itself is now expressly allowed to revoke a deputy's immigration authority."),
    ch("Participating LEA personnel shall carry their ICE-issued credentials while performing immigration officer functions under this MOA.", "",
       N, ["enforcement_authority"], "Credential-handling rules are administrative."),
], "GENUINE: one sheriff's successive 287(g) agreements. OLD = Section IV.D CERTIFICATION AND AUTHORIZATION of the " + JEM20 + ". NEW = Section IX CERTIFICATION AND AUTHORIZATION of the " + TFM25 + ".")

# ---------------- CONSTRUCTED ----------------
def C(base_src, what): return "CONSTRUCTED: OLD = real text, " + base_src + " NEW = OLD with this edit written for this set: " + what

o = T("SB8E")
n = apply(o, [("100,000 or more shall request, and as offered", "100,000 or more may request, and as offered")])
add("modal_change", o, n, [
    ch("100,000 or more shall request, and as offered", "100,000 or more may request, and as offered", L, ["raids_joint_operations", "ice_cooperation"],
       "The mandate becomes a permission: large-county sheriffs no longer must seek a 287(g) agreement.")],
    C(SB8E_SRC, "in (a) 'shall request' changed to 'may request'."))

n = apply(o, [("(b) The sheriff of a county with a population of less than 100,000 may request, and as offered,",
               "(b) The sheriff of a county with a population of less than 100,000 may, with the approval of the commissioners court of the county, request, and as offered,")])
add("approval_added", o, n, [
    ch("(b) The sheriff of a county with a population of less than 100,000 may request",
       "(b) The sheriff of a county with a population of less than 100,000 may, with the approval of the commissioners court of the county, request",
       L, ["raids_joint_operations", "supervisor_approval"],
       "A small-county sheriff now needs the commissioners court's approval before seeking a voluntary 287(g) agreement.")],
    C(SB8E_SRC, "in (b) 'with the approval of the commissioners court of the county,' inserted after 'may'."))

n = apply(o, [("enforce federal immigration law.\n\n(c)", "enforce federal immigration law.\n\n(c)"),
              ("limitations of the authority to enforce federal immigration law.", "limitations of the authority to enforce federal immigration law.\n\n(d) Subsection (a) does not apply to the sheriff of a county that does not operate a jail or contract with a private vendor to operate a jail.")])
add("exception_added", o, n, [
    ch("", "(d) Subsection (a) does not apply to the sheriff of a county that does not operate a jail or contract with a private vendor to operate a jail.",
       L, ["raids_joint_operations"], "Sheriffs of counties without a jail are exempted from the duty to seek an agreement.")],
    C(SB8E_SRC, "a new subsection (d) exempting sheriffs of counties without a jail from (a) added after (c)."))

n = apply(o, [("federal program to authorize officers and employees of the sheriff's department to enforce federal immigration law.\n\n(b)",
               "federal program to authorize officers, employees, and contractors of the sheriff's department to enforce federal immigration law.\n\n(b)")])
add("scope_change", o, n, [
    ch("program to authorize officers and employees of the sheriff's department to enforce federal immigration law.\n\n(b)",
       "program to authorize officers, employees, and contractors of the sheriff's department to enforce federal immigration law.\n\n(b)",
       E, ["enforcement_authority"], "Jail contractors are added to the people the mandatory agreement is to authorize to enforce immigration law.")],
    C(SB8E_SRC, "in (a) only, 'officers and employees' changed to 'officers, employees, and contractors'."))

n = apply(o, [("(b) The sheriff of a county with a population of less than 100,000 may request", "(b) The sheriff of a county with a population of less than 100,000 shall request")])
add("modal_change", o, n, [
    ch("less than 100,000 may request", "less than 100,000 shall request", E, ["raids_joint_operations", "ice_cooperation"],
       "Smaller counties are moved from an option to a duty to seek a 287(g) agreement, so every sheriff must.")],
    C(SB8E_SRC, "in (b) 'may request' changed to 'shall request'."))

n = apply(o, [("(c) An agreement entered into under this section must include the scope, duration, and limitations of the authority to enforce federal immigration law.",
               "(c) Each agreement under this section shall state the scope and duration of, and any limitations on, the authority to enforce federal immigration law that it confers.")])
add("restated", o, n, [
    ch("(c) An agreement entered into under this section must include the scope, duration, and limitations of the authority to enforce federal immigration law.",
       "(c) Each agreement under this section shall state the scope and duration of, and any limitations on, the authority to enforce federal immigration law that it confers.",
       N, ["raids_joint_operations"], "The content requirement for agreements is reworded without changing it.")],
    C(SB8E_SRC, "(c) reworded."))

o = T("HB1881")
n = apply(o, [("to authorize officers and employees of the county to enforce federal immigration law.",
               "to authorize officers and employees of the county to enforce federal immigration law, unless the commissioners court finds by order that the county does not have sufficient funds to implement the agreement.")])
add("exception_added", o, n, [
    ch("", ", unless the commissioners court finds by order that the county does not have sufficient funds to implement the agreement.",
       L, ["raids_joint_operations"], "A county can escape the 287(g) mandate by finding it lacks the funds.")],
    C(HB1881_SRC, "a funding exception appended to (a)."))

n = apply(o, [("distributed to a county.", "distributed to a county.\n\n(g) A commissioners court may not terminate an agreement entered into under this section without the written approval of the attorney general.")])
add("approval_added", o, n, [
    ch("", "(g) A commissioners court may not terminate an agreement entered into under this section without the written approval of the attorney general.",
       E, ["raids_joint_operations", "supervisor_approval"],
       "Requiring the attorney general's approval to end an agreement makes 287(g) participation harder to leave.")],
    C(HB1881_SRC, "a new subsection (g) requiring the attorney general's approval to terminate an agreement."))

n = apply(o, [("appropriate injunctive relief.\n\n(d) The attorney general may recover", "appropriate injunctive relief. (d) The attorney general may recover")])
add("reparagraphed", o, n, [
    ch("appropriate injunctive relief.\n\n(d) The attorney general may recover", "appropriate injunctive relief. (d) The attorney general may recover",
       N, ["raids_joint_operations"], "Subsections (c) and (d) are run together in one paragraph with the same words.")],
    C(HB1881_SRC, "the paragraph break between (c) and (d) removed (same words)."))

n = apply(o, [("(a) The commissioners court of each county shall request", "(a) The commissioners court of each county with a population of one million or more shall request")])
add("scope_change", o, n, [
    ch("(a) The commissioners court of each county shall request", "(a) The commissioners court of each county with a population of one million or more shall request",
       L, ["raids_joint_operations"], "Only the largest counties remain bound to seek a 287(g) agreement.")],
    C(HB1881_SRC, "'with a population of one million or more' inserted in (a)."))

o = T("SB134")
n = apply(o, [("distributed to a municipality or county.", "distributed to a municipality or county.\n\n(g) A municipality or county may not adopt or enforce a policy that prohibits or limits its officers and employees from performing a function authorized by an agreement entered into under this section.")])
add("double_negation", o, n, [
    ch("", "(g) A municipality or county may not adopt or enforce a policy that prohibits or limits its officers and employees from performing a function authorized by an agreement entered into under this section.",
       E, ["raids_joint_operations", "enforcement_authority"], "Local policies limiting officers' 287(g) functions are forbidden, so those functions cannot be curtailed locally.")],
    C(SB134_SRC, "new subsection (g) forbidding local policies that limit 287(g) functions."))

n = apply(o, [("(a) The governing body of each municipality", "(a) Except as provided by Subsection (g), the governing body of each municipality"),
              ("distributed to a municipality or county.", "distributed to a municipality or county.\n\n(g) Subsection (a) does not apply to a municipality that does not operate a jail.")])
add("cross_clause", o, n, [
    ch("(a) The governing body of each municipality", "(a) Except as provided by Subsection (g), the governing body of each municipality", L, ["raids_joint_operations"],
       "The mandate in (a) is made subject to an exception stated later."),
    ch("", "(g) Subsection (a) does not apply to a municipality that does not operate a jail.", L, ["raids_joint_operations"],
       "Municipalities without a jail no longer have to seek a 287(g) agreement.")],
    C(SB134_SRC, "(a) made subject to a new subsection (g) that exempts municipalities without a jail."))

n = apply(o, [("(c) The attorney general may bring an action", "(c) The attorney general shall bring an action")])
add("modal_change", o, n, [
    ch("(c) The attorney general may bring an action", "(c) The attorney general shall bring an action", E, ["raids_joint_operations"],
       "Suit against non-complying local governments becomes mandatory, tightening enforcement of the 287(g) mandate.")],
    C(SB134_SRC, "in (c) 'may bring' changed to 'shall bring'."))

o = T("HB2257")
n = apply(o, [(", or similar successor program delegating certain federal immigration enforcement power to local law enforcement.", ".")])
add("definition_change", o, n, [
    ch("(8 U.S.C. Section 1357(g)), or similar successor program delegating certain federal immigration enforcement power to local law enforcement.",
       "(8 U.S.C. Section 1357(g)).", L, ["raids_joint_operations"],
       "Successor delegation programs drop out of the defined program, so the participation mandate covers less.")],
    C(HB2257_SRC, "in definition (1) the words ', or similar successor program delegating ... local law enforcement' deleted."))

n = apply(o, [("shall apply for participation in the federal delegation of authority program described by this subchapter and, as offered,",
               "shall apply for participation in the federal delegation of authority program described by this subchapter under both the jail enforcement model and the warrant service officer model and, as offered,")])
add("scope_change", o, n, [
    ch("", " under both the jail enforcement model and the warrant service officer model", E, ["raids_joint_operations", "detainers_holds"],
       "Each sheriff must seek both models instead of any one form of participation.")],
    C(HB2257_SRC, "'under both the jail enforcement model and the warrant service officer model' inserted in 752.082(a)."))

n = apply(o, [("(2) \"Federal government\" means the United States Department of Homeland Security, or any other federal agency authorized to implement the provisions of the federal delegation of authority program described by this subchapter.",
               "(2) \"Federal government\" means the United States Department of Homeland Security or another federal agency that is authorized to implement the federal delegation of authority program.")])
add("neutral_rewrite", o, n, [
    ch("or any other federal agency authorized to implement the provisions of the federal delegation of authority program described by this subchapter.",
       "or another federal agency that is authorized to implement the federal delegation of authority program.", N, ["ice_cooperation"],
       "The definition of 'federal government' is tightened in wording only.")],
    C(HB2257_SRC, "definition (2) reworded."))

JEMSUP = "Section IV.F ICE SUPERVISION of the " + JEM20 + "."
o = T("JEM_SUPERVISION")
n = apply(o, [(" However, when engaged in immigration enforcement activities, no participating LEA personnel will be expected or required to violate or otherwise fail to maintain the LEA's rules, standards, or policies, or be required to fail to abide by restrictions or limitations as may otherwise be imposed by law.", "")])
add("rule_removed", o, n, [
    ch("However, when engaged in immigration enforcement activities, no participating LEA personnel will be expected or required to violate or otherwise fail to maintain the LEA's rules, standards, or policies",
       "", E, ["ice_cooperation", "raids_joint_operations"],
       "Without this proviso ICE policies govern deputies' immigration work even where the sheriff's own rules or other laws restrict it.")],
    C(JEMSUP, "the 'However, ... imposed by law.' sentence of the fourth paragraph deleted."))

n = apply(o, [("fail to maintain the LEA's rules, standards, or policies, or be required", "fail to maintain the LEA's rules, standards, or policies, except rules, standards, or policies that limit communication with or assistance to ICE, or be required")])
add("exception_to_exception", o, n, [
    ch("", "except rules, standards, or policies that limit communication with or assistance to ICE,", E, ["ice_cooperation", "information_sharing"],
       "Local rules that limit cooperation with ICE lose their protection, so ICE directions override them.")],
    C(JEMSUP, "an exception for local rules limiting cooperation with ICE inserted into the protection of the LEA's rules."))

n = apply(o, [("Additional supervisory and administrative responsibilities are specified in Appendix A.",
               "Additional supervisory and administrative responsibilities are specified in Appendix A. Participating LEA personnel shall not exercise any delegated immigration officer function outside the LEA's jail/correctional facilities.")])
add("rule_added", o, n, [
    ch("", "Participating LEA personnel shall not exercise any delegated immigration officer function outside the LEA's jail/correctional facilities.",
       L, ["enforcement_authority", "raids_joint_operations"], "Delegated immigration powers are confined to the jail; no field use.")],
    C(JEMSUP, "a sentence confining delegated functions to the jail added to the first paragraph."))

n = apply(o, [("the conflict shall be promptly reported to the points of contact in Section VII, who shall attempt to resolve the conflict.",
               "the conflict shall be promptly reported to the points of contact in Section VII, who shall attempt to resolve the conflict. Until the conflict is resolved, participating LEA personnel shall not act on the ICE order or direction without the approval of the Sheriff or the Sheriff's designee.")])
add("approval_added", o, n, [
    ch("", "Until the conflict is resolved, participating LEA personnel shall not act on the ICE order or direction without the approval of the Sheriff or the Sheriff's designee.",
       L, ["supervisor_approval", "ice_cooperation"], "Conflicting ICE directions now need the sheriff's approval before deputies act on them.")],
    C(JEMSUP, "a sentence requiring the Sheriff's approval pending resolution of a conflict added at the end."))

n = apply(o, [("If a conflict arises between an order or direction of an ICE officer or a DHS or ICE policy and the LEA's rules, standards, or policies, the conflict shall be promptly reported to the points of contact in Section VII, who shall attempt to resolve the conflict.",
               "Any conflict between the LEA's rules, standards, or policies and an ICE officer's order or direction, or a DHS or ICE policy, shall be reported promptly to the points of contact named in Section VII, who shall try to resolve it.")])
add("restated", o, n, [
    ch("If a conflict arises between an order or direction of an ICE officer or a DHS or ICE policy and the LEA's rules, standards, or policies, the conflict shall be promptly reported to the points of contact in Section VII, who shall attempt to resolve the conflict.",
       "Any conflict between the LEA's rules, standards, or policies and an ICE officer's order or direction, or a DHS or ICE policy, shall be reported promptly to the points of contact named in Section VII, who shall try to resolve it.",
       N, ["ice_cooperation"], "Same conflict-reporting rule in other words.")],
    C(JEMSUP, "the last paragraph reworded."))

JEMV = "Section VIII (first six paragraphs) of the " + JEM20 + "."
o = T("JEM_VIII")
n = apply(o, [("Termination by the LEA shall be provided, in writing, to the local Field Office.",
               "Termination by the LEA shall be provided, in writing, to the local Field Office. The LEA shall give such notice of termination within 30 days after the governing body of the county adopts a resolution directing that this MOA be terminated.")])
add("rule_added", o, n, [
    ch("", "The LEA shall give such notice of termination within 30 days after the governing body of the county adopts a resolution directing that this MOA be terminated.",
       L, ["raids_joint_operations"], "The county board can force the agreement to end by resolution.")],
    C(JEMV, "a sentence obliging the LEA to terminate on a county resolution added to the first paragraph."))

n = apply(o, [("Termination by the LEA shall be provided, in writing, to the local Field Office.",
               "Termination by the LEA shall be provided, in writing, to the local Field Office and shall take effect no sooner than 90 days after receipt of such notice.")])
add("scope_change", o, n, [
    ch("Termination by the LEA shall be provided, in writing, to the local Field Office.",
       "Termination by the LEA shall be provided, in writing, to the local Field Office and shall take effect no sooner than 90 days after receipt of such notice.",
       E, ["raids_joint_operations"], "A 90-day delay keeps the 287(g) program running after the sheriff decides to leave.")],
    C(JEMV, "a 90-day delay added to termination by the LEA."))

n = apply(o, [("Notice of the suspension will be provided to the LEA, and the notice will include, at a minimum,", "ICE will notify the LEA of the suspension. The notice must state, at least,")])
add("neutral_rewrite", o, n, [
    ch("Notice of the suspension will be provided to the LEA, and the notice will include, at a minimum,", "ICE will notify the LEA of the suspension. The notice must state, at least,",
       N, ["raids_joint_operations"], "Same notice contents, reworded.")],
    C(JEMV, "the opening of the third paragraph reworded."))

JEMP = "Sections I-III (PARTIES, PURPOSE, AUTHORITY) of the " + JEM20 + "."
o = T("JEM_PURPOSE")
n = apply(o, [("perform certain limited functions of an immigration officer within the LEA's jail/correctional facilities.",
               "perform certain limited functions of an immigration officer within the LEA's jail/correctional facilities and in the course of the LEA's routine law enforcement duties.")])
add("scope_change", o, n, [
    ch("within the LEA's jail/correctional facilities. Nothing", "within the LEA's jail/correctional facilities and in the course of the LEA's routine law enforcement duties. Nothing",
       E, ["enforcement_authority", "raids_joint_operations"], "Delegated immigration functions extend from the jail to routine patrol work.")],
    C(JEMP, "'and in the course of the LEA's routine law enforcement duties' added to the second sentence of II."))

n = apply(o, [("identifying and processing removable aliens who have been arrested and booked into the LEA's jail/correctional facilities.",
               "identifying and processing removable aliens who have been convicted of a felony and are serving a sentence in the LEA's jail/correctional facilities.")])
add("scope_change", o, n, [
    ch("removable aliens who have been arrested and booked into the LEA's jail/correctional facilities.",
       "removable aliens who have been convicted of a felony and are serving a sentence in the LEA's jail/correctional facilities.",
       L, ["enforcement_authority", "status_inquiry"], "Only sentenced felons, not everyone booked, are targeted for screening.")],
    C(JEMP, "the target group in the first sentence of II narrowed to sentenced felons."))

n = apply(o, [("Nothing contained herein shall otherwise limit the jurisdiction and powers normally possessed by participating LEA personnel as members of the LEA. However, the",
               "Nothing contained herein shall otherwise limit the jurisdiction and powers normally possessed by participating LEA personnel as members of the LEA.\n\nHowever, the")])
add("reparagraphed", o, n, [
    ch("members of the LEA. However, the", "members of the LEA.\n\nHowever, the", N, ["enforcement_authority"],
       "The 'However' sentence is put in its own paragraph; words unchanged.")],
    C(JEMP, "paragraph break inserted before the last sentence of II (same words)."))


WY_SRC = ("Wyoming House Bill HB0276 (2025 General Session, 25LSO-0691, Lawley et al.), 'State agreements to perform immigration functions', "
          "title and proposed W.S. 18-3-612(a)-(b)(i), https://app.legiplex.com/wy/legislature/2025/2025-r/bills/hb0276/drafts-compare (only one version "
          "existed); cut after (b)(i) because the stored copy is truncated in (b)(ii); line numbers dropped.")
o = T("WY276")
n = apply(o, [("Each county sheriff, in consultation with the board of county commissioners, shall negotiate", "Each county sheriff, with the approval of the board of county commissioners, shall negotiate")])
add("approval_added", o, n, [
    ch("in consultation with the board of county commissioners", "with the approval of the board of county commissioners", L, ["supervisor_approval", "raids_joint_operations"],
       "Consultation becomes approval, giving the county board a veto over the sheriff's 287(g) negotiations.")],
    C(WY_SRC, "'in consultation with' changed to 'with the approval of' in (a)."))
n = apply(o, [("Each county sheriff, in consultation with the board of county commissioners, shall negotiate", "Each county sheriff shall negotiate"),
              ("The agreement shall be signed by the sheriff and the board of county commissioners or as otherwise required by the appropriate federal agency.", "The agreement shall be signed by the sheriff.")])
add("approval_removed_or_weakened", o, n, [
    ch("Each county sheriff, in consultation with the board of county commissioners, shall negotiate", "Each county sheriff shall negotiate", E, ["supervisor_approval", "raids_joint_operations"],
       "The county board is no longer consulted on the agreement's terms."),
    ch("The agreement shall be signed by the sheriff and the board of county commissioners or as otherwise required by the appropriate federal agency.", "The agreement shall be signed by the sheriff.",
       E, ["supervisor_approval", "raids_joint_operations"], "The sheriff alone signs, removing the board's sign-off on the 287(g) agreement.")],
    C(WY_SRC, "the consultation clause and the board's signature deleted from (a)."))
n = apply(o, [("Each county sheriff, in consultation with the board of county commissioners, shall negotiate", "Each county sheriff shall negotiate"),
              ("The agreement shall be signed by the sheriff and the board", "After consulting the board of county commissioners on its terms, the sheriff shall sign the agreement, and it shall also be signed by the board")])
add("approval_moved", o, n, [
    ch("Each county sheriff, in consultation with the board of county commissioners, shall negotiate", "Each county sheriff shall negotiate", N, ["supervisor_approval"],
       "The consultation duty is moved, not dropped."),
    ch("The agreement shall be signed by the sheriff and the board", "After consulting the board of county commissioners on its terms, the sheriff shall sign the agreement, and it shall also be signed by the board",
       N, ["supervisor_approval"], "The board is still consulted on the terms and still signs; only the sentence holding the consultation duty changes.")],
    C(WY_SRC, "the consultation clause moved from the first to the second sentence of (a)."))
TFMC = "Section IX CERTIFICATION AND AUTHORIZATION of the " + TFM25 + "."
o = T("TFM_CERT")
n = apply(o, [("for an initial period of two years from the date of the authorization", "for an initial period of five years from the date of the authorization")])
add("scope_change", o, n, [
    ch("for an initial period of two years", "for an initial period of five years", E, ["enforcement_authority"],
       "Deputies keep delegated immigration authority for five years before renewal instead of two.")],
    C(TFMC, "'two years' changed to 'five years'."))
n = apply(o, [("may be revoked at any time and for any reason by ICE or the LEA. Such revocation will require notification to the other party to this MOA within 48 hours.",
               "may be revoked at any time and for any reason by ICE or the LEA. Such revocation will require notification to the other party to this MOA within 48 hours. Participating LEA personnel shall not perform any immigration officer function while a complaint against them under Section XV is pending.")])
add("rule_added", o, n, [
    ch("", "Participating LEA personnel shall not perform any immigration officer function while a complaint against them under Section XV is pending.",
       L, ["enforcement_authority"], "Deputies under a pending complaint are barred from using delegated immigration powers.")],
    C(TFMC, "a sentence suspending functions while a complaint is pending added to the second paragraph."))


o = T("HB2257")
n = apply(o, [(" and, as offered, shall continue participation in the program.", " and, as offered, enter into an agreement with the federal government.")])
add("rule_removed", o, n, [
    ch("and, as offered, shall continue participation in the program.", "and, as offered, enter into an agreement with the federal government.", L, ["raids_joint_operations"],
       "The duty to stay in the program is dropped, so a sheriff may leave 287(g) after joining.")],
    C(HB2257_SRC, "'shall continue participation in the program' replaced by 'enter into an agreement with the federal government'."))
o = T("SB134")
n = apply(o, [("\n\n(e) A municipality or county may not receive state grant funds, and state grant funds for the municipality or county shall be denied, for the state fiscal year following the year in which a final judicial determination in an action brought under Subsection (c) is made that the municipality or county has failed to comply with Subsection (a).\n\n(f) The comptroller shall adopt rules to implement Subsection (e) uniformly among the state agencies from which state grant funds are distributed to a municipality or county.", "")])
add("rule_removed", o, n, [
    ch("(e) A municipality or county may not receive state grant funds, and state grant funds for the municipality or county shall be denied,", "", L, ["raids_joint_operations"],
       "Without the loss of state grants, local governments face a weaker penalty for refusing a 287(g) agreement."),
    ch("(f) The comptroller shall adopt rules to implement Subsection (e)", "", N, ["raids_joint_operations"], "Implementing rule falls away with (e).")],
    C(SB134_SRC, "subsections (e) and (f) deleted."))
o = T("JEM_PURPOSE")
n = apply(o, [(" However, the exercise of the immigration enforcement authority delegated under this MOA to participating LEA personnel shall occur only as provided in this MOA.", "")])
add("rule_removed", o, n, [
    ch("However, the exercise of the immigration enforcement authority delegated under this MOA to participating LEA personnel shall occur only as provided in this MOA.", "",
       E, ["enforcement_authority"], "The clause confining delegated authority to the MOA's terms is gone.")],
    C(JEMP, "the last sentence of II ('However, ... only as provided in this MOA.') deleted."))

# mixed constructed
o = T("SB8E")
n = apply(o, [("100,000 or more shall request", "250,000 or more shall request"),
              ("(c) An agreement entered into under this section must include", "(c) An agreement entered into under this section must be limited to the jail enforcement model or the warrant service officer model and must include")])
add("mixed", o, n, [
    ch("100,000 or more shall request", "250,000 or more shall request", L, ["raids_joint_operations"], "Fewer sheriffs are bound by the mandate."),
    ch("", "must be limited to the jail enforcement model or the warrant service officer model and", L, ["raids_joint_operations", "enforcement_authority"],
       "Task-force (street) agreements are excluded; only jail-based models are allowed."),
], C(SB8E_SRC, "threshold in (a) raised to 250,000 and (c) limited to jail-based models."))

o = T("HB1881")
n = apply(o, [("(b) An agreement entered into under this section must include the scope, duration, and limitations of the authority.",
               "(b) An agreement entered into under this section must include the scope, duration, and limitations of the authority and must authorize the officers and employees of the county to interrogate persons believed to be aliens about their right to be in the United States."),
              ("The attorney general may recover reasonable expenses", "The attorney general may recover the reasonable expenses")])
add("list_item_added", o, n, [
    ch("", " and must authorize the officers and employees of the county to interrogate persons believed to be aliens about their right to be in the United States",
       E, ["status_inquiry", "enforcement_authority"], "Every agreement must include the power to question people about their status."),
    ch("The attorney general may recover reasonable expenses", "The attorney general may recover the reasonable expenses", N, ["raids_joint_operations"], "Article added; no change."),
], C(HB1881_SRC, "a required content item (status interrogation power) added to (b); 'the' inserted in (d)."))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(P), "pairs")
