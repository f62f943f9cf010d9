"""Builds ../pairs.jsonl (heldout15): every pair = a real local passage (sources.py) + an edit made for this set.
Run: python3 pairs.py && python3 check.py"""
import json, os
from sources import *
from lib import apply, check, pair_label

L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
PAIRS = []


def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}


def add(situation, key, edits, changes, edit_note):
    old = globals()[key]
    new = apply(old, edits)
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    src = ("CONSTRUCTED EDIT on real text: " + DOCS[key] + ". OLD = the real passage (verbatim from the stored copy, "
           "normalised as described in SOURCE.md); NEW = OLD with an edit made for this set, not a real edition: "
           + edit_note)
    p = {"id": "HQ-%02d" % (len(PAIRS) + 1), "situation": situation, "old": old, "new": new,
         "changes": changes, "label": pair_label(changes), "topics": tops, "source": src}
    check(p)
    PAIRS.append(p)


# ------------------------------------------------------------------ MORRIS
b3 = "\u2022 Participate in ICE's civil immigration enforcement operations;"
add("list_item_removed", "MORRIS", [("\n" + b3, "")],
    [C(b3, "", E, ["raids_joint_operations", "ice_cooperation"],
       "The bar on officers taking part in ICE civil enforcement operations is deleted from the 'Cannot' list.")],
    "the third 'Cannot' bullet ('Participate in ICE's civil immigration enforcement operations;') deleted.")

s_old = "When a Morris County Prosecutor's Officer makes an arrest for a violent or serious offense (including any crime of the 1st or 2nd degree or any domestic violence indictable offense), the officer will inquire on the defendant's citizenship, nationality and immigration status during the booking process."
s_new = "When a Morris County Prosecutor's Officer makes an arrest for any indictable offense, the officer will inquire on the defendant's citizenship, nationality and immigration status during the booking process."
add("scope_change", "MORRIS", [(s_old, s_new)],
    [C(s_old, s_new, E, ["status_inquiry", "information_sharing"],
       "Booking status questions (and the ICE notice that follows) now reach every indictable arrest, not only violent or serious offences.")],
    "the booking-inquiry trigger 'a violent or serious offense (including ...)' replaced by 'any indictable offense'.")

b1o = "\u2022 Stop, question, arrest, search, or detain any individual based solely on actual or suspected immigration status;"
b1n = "\u2022 Stop, question, arrest, search, or detain any individual based on actual or suspected immigration status;"
b2o = "\u2022 Ask the immigration status of any individual, unless doing so is necessary to the ongoing investigation of a serious offense and relevant to the offense under investigation;"
b2n = "\u2022 Ask the immigration status of any individual, unless doing so is necessary to the ongoing investigation of an offense;"
add("mixed", "MORRIS", [(b1o, b1n), (b2o, b2n)],
    [C(b1o, b1n, L, ["enforcement_authority"],
       "Dropping 'solely' widens the prohibition: any stop or arrest based (even partly) on status is barred."),
     C(b2o, b2n, E, ["status_inquiry"],
       "The exception for asking status now covers any offence and drops the relevance requirement, so officers may ask far more often.")],
    "'solely' deleted from the first 'Cannot' bullet; in the second bullet 'of a serious offense and relevant to the offense under investigation' replaced by 'of an offense'.")

n_old = "the arresting agency shall notify the Immigration and Customs Enforcement and the Morris County Prosecutor's Office."
n_new = "the arresting agency may notify the Immigration and Customs Enforcement and the Morris County Prosecutor's Office."
add("modal_change", "MORRIS", [(n_old, n_new)],
    [C("If there is reasonable belief that the defendant may not be in the United States lawfully, " + n_old,
       "If there is reasonable belief that the defendant may not be in the United States lawfully, " + n_new,
       L, ["information_sharing", "ice_cooperation"],
       "The duty to notify ICE becomes discretionary ('shall' -> 'may'); a duty to cooperate is removed.")],
    "'shall notify' changed to 'may notify' in the ICE-notice sentence.")

a_new = "the arresting agency shall, with the prior approval of the Morris County Prosecutor's Office, notify the Immigration and Customs Enforcement."
add("approval_added", "MORRIS", [(n_old, a_new)],
    [C(n_old, a_new, L, ["information_sharing", "supervisor_approval"],
       "Notice to ICE now needs the Prosecutor's Office's prior approval instead of going out automatically.")],
    "the ICE-notice clause rewritten so that notice goes out only 'with the prior approval of the Morris County Prosecutor's Office'.")

d_old = "Nothing in the directive limits the ability of Morris County Prosecutor's Officers to enforce state criminal law or suggests that New Jersey provides \"sanctuary\" to individuals who commit crimes."
d_new = "The directive does not limit the ability of Morris County Prosecutor's Officers to enforce state criminal law, and it does not suggest that New Jersey provides \"sanctuary\" to individuals who commit crimes."
add("double_negation", "MORRIS", [(d_old, d_new)],
    [C(d_old, d_new, N, ["enforcement_authority"],
       "'Nothing in the directive limits' restated as 'The directive does not limit'; same meaning.")],
    "the 'Nothing in the directive limits ...' sentence restated without the 'nothing' construction.")

# ------------------------------------------------------------------ NJ DOS
i_new = "\u25a0 Notify federal immigration authorities of the scheduled release date of any detainee charged with an indictable offense."
anchor = "\u25a0 Comply with judicial warrants issued by federal or state judges."
add("list_item_added", "NJDOS", [(anchor, anchor + "\n" + i_new)],
    [C("", i_new, E, ["information_sharing", "detainers_holds"],
       "A new mandatory item requires giving ICE release dates for anyone charged with an indictable offence.")],
    "a new 'MUST' item added after the judicial-warrant item: release-date notice to federal immigration authorities for detainees charged with an indictable offense.")

x_old = "\u25a0 Assist federal immigration authorities in response to exigent circumstances."
x_new = "\u25a0 Assist federal immigration authorities when requested."
add("exception_changed", "NJDOS", [(x_old, x_new)],
    [C(x_old, x_new, E, ["ice_cooperation"],
       "Assistance to ICE is no longer confined to exigent circumstances; any request triggers the duty.")],
    "'in response to exigent circumstances' replaced by 'when requested'.")

s_old2 = "provide federal immigration officials with relevant safety information when necessary to protect human life / officer safety."
s_new2 = "provide federal immigration officials with relevant safety information only when necessary to protect human life, and without disclosing any person's address or immigration status."
add("exception_changed", "NJDOS", [(s_old2, s_new2)],
    [C("\u25a0 In response to an operational deconfliction check, " + s_old2, "\u25a0 In response to an operational deconfliction check, " + s_new2,
       L, ["information_sharing"],
       "Deconfliction disclosures are narrowed to protecting life (officer safety dropped) and may not include addresses or status.")],
    "deconfliction item narrowed: 'only when necessary to protect human life, and without disclosing any person's address or immigration status' replaces '/ officer safety'.")

p_old = "It allows New Jersey law enforcement to properly focus on preventing violent crime. It is also settled law."
p_new = "It allows New Jersey law enforcement to properly focus on preventing violent crime.\nIt is also settled law."
m_old = "Under the Immigrant Trust Directive, officers MUST:"
m_new = "Under the Immigrant Trust Directive, officers shall:"
add("reparagraphed", "NJDOS", [(p_old, p_new), (m_old, m_new)],
    [C(p_old, p_new, N, ["ice_cooperation"], "The introduction is split into two paragraphs; the words are unchanged."),
     C(m_old, m_new, N, ["ice_cooperation"], "'MUST' and 'shall' both state a duty; no change in effect.")],
    "the introductory paragraph broken before 'It is also settled law.'; 'officers MUST:' written 'officers shall:'.")

# ------------------------------------------------------------------ SANTA CLARA REPORT
r_old = "only if the County has a prior written agreement with ICE \"by which all costs incurred by the County in complying with the ICE detainer shall be reimbursed,\" and the individual subject to the detainer"
r_new = "only if the individual subject to the detainer"
add("scope_change", "SCCREPORT", [(r_old, r_new)],
    [C("The Civil Detainer Policy provides that the County will honor ICE detainer requests " + r_old,
       "The Civil Detainer Policy provides that the County will honor ICE detainer requests " + r_new,
       E, ["detainers_holds"],
       "The reimbursement-agreement precondition (which in practice blocked all detainers) is gone; detainers are honoured on the felony criteria alone.")],
    "the reimbursement-agreement condition deleted from the description of the Policy.")

w_old = "within 10 years of the request, or was released after having served a sentence for a serious or violent felony within 5 years of the request"
w_new = "within 5 years of the request, or was released after having served a sentence for a serious or violent felony within 3 years of the request"
add("scope_change", "SCCREPORT", [(w_old, w_new)],
    [C(w_old, w_new, L, ["detainers_holds"],
       "Look-back windows shortened (10 -> 5 years, 5 -> 3 years): fewer people qualify for a detainer hold.")],
    "look-back periods changed from 10 and 5 years to 5 and 3 years.")

o_old = "for which he or she is currently in custody,\" or \"has been convicted"
o_new = "for which he or she is currently in custody,\" and \"has been convicted"
add("scope_change", "SCCREPORT", [(o_old, o_new)],
    [C(o_old, o_new, L, ["detainers_holds"],
       "'or' -> 'and': both felony conditions must now be met, so fewer detainers qualify.")],
    "the 'or' joining the two felony conditions changed to 'and'.")

# ------------------------------------------------------------------ SANTA CLARA NEWS
j_old = "continue to refuse to detain anyone beyond a release date unless presented with a judicial warrant."
j_new = "continue to refuse to detain anyone beyond a release date unless presented with a judicial warrant or a detainer accompanied by an ICE administrative warrant."
add("exception_added", "SCCNEWS", [(j_old, j_new)],
    [C(j_old, j_new, E, ["detainers_holds"],
       "A second exception lets the county hold people on an ICE administrative warrant, not only a judicial one.")],
    "'or a detainer accompanied by an ICE administrative warrant' added to the judicial-warrant exception.")

q_old = "the Board should not establish a new notification policy"
q_new = "the Board should adopt a policy prohibiting notification to ICE of any release date"
add("rule_added", "SCCNEWS", [(q_old, q_new)],
    [C(q_old, q_new, L, ["information_sharing"],
       "Instead of simply not creating a notification policy, the Board is told to forbid release-date notification to ICE.")],
    "'should not establish a new notification policy' replaced by 'should adopt a policy prohibiting notification to ICE of any release date'.")

f_old = "Affirming Santa Clara County's duty to protect the due process rights of all residents regardless of immigration status, the Board of Supervisors voted unanimously to keep intact its Civil Detainer and Notification policies regarding requests by the Immigration and Customs Enforcement Agency."
f_new = "The Board of Supervisors voted unanimously to keep intact its Civil Detainer and Notification policies regarding requests by the Immigration and Customs Enforcement Agency, affirming Santa Clara County's duty to protect the due process rights of all residents regardless of immigration status."
add("neutral_rewrite", "SCCNEWS", [(f_old, f_new)],
    [C(f_old, f_new, N, ["detainers_holds"], "Same sentence with the participial phrase moved to the end.")],
    "the opening sentence reordered (the 'Affirming ...' phrase moved to the end).")

# ------------------------------------------------------------------ VENTURA
v_old = "should have their immigration status reviewed."
v_new = "shall have their immigration status reviewed."
add("modal_change", "VENTURA", [(v_old, v_new)],
    [C("Those who commit qualifying serious crimes and are eligible for ICE referrals " + v_old,
       "Those who commit qualifying serious crimes and are eligible for ICE referrals " + v_new,
       E, ["status_inquiry", "ice_cooperation"],
       "'should' -> 'shall': review of status for ICE referral becomes mandatory.")],
    "'should have' changed to 'shall have'.")

vv_old = "Those who commit qualifying serious crimes and are eligible for ICE referrals should have their immigration status reviewed."
vv_new = "Those who are convicted of qualifying serious crimes and are eligible for ICE referrals should have their immigration status reviewed only after sentencing."
add("scope_change", "VENTURA", [(vv_old, vv_new)],
    [C(vv_old, vv_new, L, ["status_inquiry", "ice_cooperation"],
       "Status review now requires a conviction and waits until after sentencing, instead of applying to anyone who 'commits' a qualifying crime.")],
    "'who commit' replaced by 'who are convicted of' and 'only after sentencing' added.")

r1 = "To be very clear, the Sheriff's Office does not involve itself with the enforcement of immigration laws. This practice is not going to change. "
add("rule_removed", "VENTURA", [(r1, "")],
    [C("To be very clear, the Sheriff's Office does not involve itself with the enforcement of immigration laws. This practice is not going to change.",
       "", E, ["enforcement_authority"],
       "The commitment that the office stays out of immigration enforcement is deleted.")],
    "the two sentences 'To be very clear, ... This practice is not going to change.' deleted.")

# ------------------------------------------------------------------ DURHAM
h_old = "stands by his decision to end the practice of honoring ICE detainers."
h_new = "stands by his decision to end the practice of honoring ICE detainers, except for individuals charged with a violent felony."
add("exception_added", "DURHAM", [(h_old, h_new)],
    [C("Durham, NC - Sheriff Clarence Birkhead, the Durham County Sheriff " + h_old,
       "Durham, NC - Sheriff Clarence Birkhead, the Durham County Sheriff " + h_new,
       E, ["detainers_holds"], "Detainers will again be honoured for anyone charged with a violent felony.")],
    "', except for individuals charged with a violent felony' added to the first sentence.")

g_old = "to hold suspected undocumented immigrants 48 hours beyond the time"
g_new = "to hold suspected undocumented immigrants up to 48 hours beyond the time"
c_old = "ICE has the opportunity to obtain appropriate court orders or warrants to take someone into custody. We will comply with these legal court orders."
c_new = "ICE has the opportunity to obtain appropriate court orders or administrative warrants to take someone into custody. We will comply with these legal court orders and warrants."
add("mixed", "DURHAM", [(g_old, g_new), (c_old, c_new)],
    [C(g_old, g_new, N, ["detainers_holds"], "Describing a detainer as a request to hold 'up to' 48 hours is the same definition."),
     C(c_old, c_new, E, ["detainers_holds", "ice_cooperation"],
       "The sheriff now commits to comply with ICE administrative warrants too, not only court orders.")],
    "'up to' added in the detainer definition; 'warrants' -> 'administrative warrants' and 'and warrants' added to the compliance sentence.")

k_old = "We will comply with these legal court orders."
k_new = "We will comply with these legal court orders only when they are signed by a judge and have been reviewed by the Sheriff's legal advisor."
add("approval_added", "DURHAM", [(k_old, k_new)],
    [C(k_old, k_new, L, ["detainers_holds", "supervisor_approval"],
       "Compliance now requires a judge's signature and legal review first.")],
    "'only when they are signed by a judge and have been reviewed by the Sheriff's legal advisor' added.")

t_anchor = "ICE is notified of an individuals presence in a facility when they are entered into a database accessible by all law enforcement."
t_new = " The Sheriff's Office will not otherwise notify ICE of an individual's presence or release date."
add("rule_added", "DURHAM", [(t_anchor, t_anchor + t_new)],
    [C("", t_new.strip(), L, ["information_sharing"],
       "New sentence forbids any notice to ICE beyond the shared database.")],
    "sentence 'The Sheriff's Office will not otherwise notify ICE of an individual's presence or release date.' added.")

e_old = "stands by his decision to end the practice of honoring ICE detainers."
e_new = "has decided to review, case by case, whether to honor ICE detainers."
add("rule_removed", "DURHAM", [(e_old, e_new)],
    [C("Durham, NC - Sheriff Clarence Birkhead, the Durham County Sheriff " + e_old,
       "Durham, NC - Sheriff Clarence Birkhead, the Durham County Sheriff " + e_new,
       E, ["detainers_holds"], "The end of detainer compliance becomes case-by-case discretion to honour them.")],
    "'stands by his decision to end the practice of honoring ICE detainers' replaced by 'has decided to review, case by case, whether to honor ICE detainers' (the later quotation left as it was).")

# ------------------------------------------------------------------ BELLINGHAM
bo = "While City staff will not assist in the enforcement of civil immigration law,"
bn = "While City staff will not routinely assist in the enforcement of civil immigration law,"
add("modal_change", "BELLINGHAM", [(bo, bn)],
    [C(bo, bn, E, ["ice_cooperation"], "'routinely' allows occasional assistance with civil immigration enforcement.")],
    "'routinely' inserted before 'assist'.")

o1 = "Bellingham officers do not and will not obstruct federal agents from carrying out enforcement activities."
o1n = "Bellingham officers will not obstruct federal agents from carrying out enforcement activities."
o2 = "Answer: No. It simply directs the City to avoid participation in federal civil immigration enforcement."
o2n = "Answer: No. The ordinance simply directs the City to avoid participation in federal civil immigration enforcement."
add("neutral_rewrite", "BELLINGHAM", [(o1, o1n), (o2, o2n)],
    [C(o1, o1n, N, ["ice_cooperation"], "'do not and will not' shortened to 'will not'; same commitment."),
     C(o2, o2n, N, ["ice_cooperation"], "'It' replaced by its referent 'The ordinance'.")],
    "'do not and will not' -> 'will not'; 'It simply directs' -> 'The ordinance simply directs'.")

ap = "will be apprehended as usual regardless of their immigration status."
apn = " City staff will not share information about a person's immigration status with federal immigration authorities unless required by law."
add("rule_added", "BELLINGHAM", [(ap, ap + apn)],
    [C("", apn.strip(), L, ["information_sharing"], "New rule against sharing status information with ICE.")],
    "a final sentence on not sharing status information added.")

# ------------------------------------------------------------------ WA AG FAQ
wo = "KWW requires all Washington law enforcement agencies to (1) adopt policies consistent with those published here, or (2) notify the AGO that they are not adopting the necessary changes, state the reasons why they are not doing so, and provide the AGO with a copy of the agency's policies that ensure compliance with KWW."
wn = "KWW requires all Washington law enforcement agencies to adopt policies consistent with those published here."
add("list_item_removed", "WAFAQ", [(wo, wn)],
    [C(wo, wn, L, ["ice_cooperation"],
       "The opt-out is gone: every agency must adopt the AG's model policies limiting engagement with immigration authorities.")],
    "option (2) (notify the AGO and keep own policies) deleted; option (1) kept without its number.")

mo = "LEAs have an immediate obligation to comply with KWW's requirements."
mn = "LEAs are encouraged to comply with KWW's requirements as resources allow."
add("modal_change", "WAFAQ", [(mo, mn)],
    [C("Because KWW is now in effect, " + mo, "Because KWW is now in effect, " + mn, E,
       ["ice_cooperation", "enforcement_authority"],
       "The limits on participating in immigration enforcement become a recommendation subject to resources.")],
    "'have an immediate obligation to comply' -> 'are encouraged to comply ... as resources allow'.")

no1 = "Consequently, the Attorney General's Office (AGO) is engaging"
nn1 = "Consequently, the Office of the Attorney General (AGO) is engaging"
no2 = "KWW restricts the extent to which local law enforcement agencies (LEAs) may participate"
nn2 = "KWW limits the extent to which local law enforcement agencies (LEAs) may participate"
add("neutral_rewrite", "WAFAQ", [(no1, nn1), (no2, nn2)],
    [C(no1, nn1, N, ["ice_cooperation"], "Same office, renamed form."),
     C(no2, nn2, N, ["enforcement_authority"], "'restricts' and 'limits' are synonyms here.")],
    "'the Attorney General's Office' -> 'the Office of the Attorney General'; 'restricts' -> 'limits'.")

dn = " Nothing in KWW prohibits LEAs from voluntarily sharing booking information with federal immigration authorities."
add("double_negation", "WAFAQ", [(mo, mo + dn)],
    [C("", dn.strip(), E, ["information_sharing"],
       "A new 'nothing prohibits' sentence tells agencies they may volunteer booking data to ICE.")],
    "sentence 'Nothing in KWW prohibits LEAs from voluntarily sharing booking information with federal immigration authorities.' added after the obligation sentence (the statement is part of the construction, not the AG's view).")

# ------------------------------------------------------------------ ELGIN
eo1 = "RESOLUTION PROHIBITING THE USE OF CITY PROPERTY FOR FEDERAL CIVIL IMMIGRATION ENFORCEMENT ACTIVITIES"
en1 = "RESOLUTION REGULATING THE USE OF CITY PROPERTY FOR FEDERAL CIVIL IMMIGRATION ENFORCEMENT ACTIVITIES"
eo2 = "WHEREAS, the Trust Act limits the use of City resources for federal civil immigration enforcement purposes"
en2 = "WHEREAS, the Trust Act prohibits the use of City resources for federal civil immigration enforcement purposes"
add("mixed", "ELGIN", [(eo1, en1), (eo2, en2)],
    [C(eo1, en1, E, ["raids_joint_operations"], "The resolution now 'regulates' rather than 'prohibits' use of city property for enforcement."),
     C(eo2, en2, L, ["ice_cooperation"], "The recital now says city resources are prohibited, not merely limited, for enforcement.")],
    "title 'PROHIBITING' -> 'REGULATING'; last recital 'limits' -> 'prohibits'.")

sg = "WHEREAS, such federal agents have used publicly-owned parking lots, vacant lots, garages, and other facilities as staging sites for civil immigration enforcement operations; and\n"
ex = "WHEREAS, the Trust Act limits the use of City resources for federal civil immigration enforcement purposes"
exn = "WHEREAS, the Trust Act limits the use of City resources for federal civil immigration enforcement purposes, but permits the Chief of Police to approve assistance with joint operations"
add("exception_added", "ELGIN", [(ex, exn)],
    [C(ex, exn, E, ["raids_joint_operations", "supervisor_approval"],
       "An exception lets the police chief approve help with joint operations.")],
    "', but permits the Chief of Police to approve assistance with joint operations' added to the last recital.")

# ------------------------------------------------------------------ OAK PARK
bg_old = "to draft an ordinance prohibiting staging areas, processing locations, and operations bases for civil immigration enforcement purposes on Village-owned property."
bg_new = "to draft an ordinance prohibiting staging areas, processing locations, operations bases, and vehicle parking or storage for civil immigration enforcement purposes on Village-owned property and Village-controlled parking lots."
add("list_item_added", "OAKPARK", [(bg_old, bg_new)],
    [C(bg_old, bg_new, L, ["raids_joint_operations"],
       "More uses (parking/storage) and more property (controlled lots) are barred for enforcement operations.")],
    "'vehicle parking or storage' added to the list and 'and Village-controlled parking lots' to the property covered (Background paragraph only).")

pb_old = "the commandeering of Village property for staging areas, processing locations, and operations bases for civil immigration enforcement purposes."
pb_new = "the commandeering of Village property for staging areas and operations bases for civil immigration enforcement purposes."
add("list_item_removed", "OAKPARK", [(pb_old, pb_new)],
    [C(pb_old, pb_new, E, ["raids_joint_operations"],
       "Processing locations drop out of what the Board directed to be prohibited.")],
    "'processing locations' deleted from the Prior Board Action sentence only (the Background paragraph still lists it).")

ra = "Recommended Action\nAdopt the ordinance."
ran = "Recommended Action\nAdopt the ordinance, with an exception allowing the Village Manager to authorize use of Village property by federal agencies during declared emergencies."
add("exception_added", "OAKPARK", [(ra, ran)],
    [C("Adopt the ordinance.", "Adopt the ordinance, with an exception allowing the Village Manager to authorize use of Village property by federal agencies during declared emergencies.",
       E, ["raids_joint_operations", "supervisor_approval"],
       "A new exception lets the Manager open Village property to federal agencies in emergencies.")],
    "the recommended action gains an emergency exception authorised by the Village Manager.")

# ------------------------------------------------------------------ MADISON
mq_old = "the officer will inquire on the defendants citizenship, nationality and immigration status during the booking process."
mq_new = "the booking officer may, with the approval of the shift supervisor, inquire on the defendants citizenship, nationality and immigration status during the booking process."
an_old = "Anonymous complaints will also be thoroughly investigated."
an_new = "Anonymous complaints will also be investigated thoroughly."
add("approval_added", "MADISON", [(mq_old, mq_new), (an_old, an_new)],
    [C(mq_old, mq_new, L, ["status_inquiry", "supervisor_approval"],
       "Status questions at booking become discretionary and need a supervisor's approval."),
     C(an_old, an_new, N, ["access_to_services"], "Word order only.")],
    "'the officer will inquire' -> 'the booking officer may, with the approval of the shift supervisor, inquire'; 'thoroughly investigated' -> 'investigated thoroughly'.")

xx_old = "the arresting agency shall notify the Immigration and Customs Enforcement and the Morris County Prosecutors Office."
xx_new = "the arresting agency shall notify the Immigration and Customs Enforcement and the Morris County Prosecutors Office, unless the defendant is a victim or witness cooperating in a pending prosecution, in which case the arresting agency shall notify ICE only if the Prosecutors Office so directs."
add("exception_to_exception", "MADISON", [(xx_old, xx_new)],
    [C(xx_old, xx_new, L, ["information_sharing", "supervisor_approval"],
       "Cooperating victims/witnesses are carved out of automatic ICE notice; for them notice needs the Prosecutor's direction. Net effect: fewer automatic notices.")],
    "an exception for cooperating victims or witnesses added to the ICE-notice sentence, itself qualified by 'only if the Prosecutors Office so directs'.")

with open(OUT, "w", encoding="utf-8") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(PAIRS), "pairs written")
