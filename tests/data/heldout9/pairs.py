import sys; sys.path.insert(0, "/work/scratch/heldout9")
from lib import add, C, write

WA = ("RCW 10.93.160 (Keep Washington Working Act, 2019 c 440 s 6), text as stored in github.com/tannewt/wa-law.org, "
      "file rcw/10_criminal_procedure/10.093_washington_mutual_aid_peace_officers_powers_act.md, commit 083ccfc178537be76a1a68007bc2249d8d7aa522 "
      "(history note '[2019 c 440 s 6]'); the repository renders (3)/(a) as '3.'/'a.' list labels and prints '[Empty]' placeholders before split subsections, "
      "which were dropped here; otherwise verbatim.")

# ---------------- GENUINE PAIRS ----------------
RCW_34 = ("3. School resource officers, when acting in their official capacity as a school resource officer, may not:\n\n"
"a. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or\n\n"
"b. Provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.\n\n"
"4. State and local law enforcement agencies may not:\n\n"
"a. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth unless there is a connection between such information and an investigation into a violation of state or local criminal law; or\n\n"
"b. Provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.")
CHELAN = ("1.392.010 Keep Washington Working Act\u2014Chelan County policy.\n\n"
"It is the intent of Chelan County to follow the Keep Washington Working Act passed by the Washington State Legislature effective May 21, 2019, and codified in Chapters 10.93, 43.10, and 43.17 RCW. This Act establishes statewide policies regarding state and local agency enforcement of federal immigration laws. This Act provides for all Washingtonians, regardless of their immigration or citizenship status, improved support of economic opportunities, protection of rights and liberties, and safe and secure access to justice, thereby improving community safety by ensuring full participation in the legal system. This policy is enacted consistent with RCW 43.10.310(2) and applies to all offices, departments, properties, and facilities of Chelan County government.\n\n"
"(1) Chelan County law enforcement may not inquire into or collect information about an individual\u2019s immigration or citizenship status, or place of birth, unless there is a connection between such information and an investigation into a violation of state or local criminal law.\n\n"
"(2) Chelan County law enforcement may not provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.\n\n"
"(3) Chelan County school resource officers, when acting in their official capacity as a school resource officer, may not inquire into or collect information about an individual\u2019s immigration or citizenship status, or place of birth.\n\n"
"(4) Chelan County school resource officers, when acting in their official capacity as a school resource officer, may not provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.")
add("HJ-01", "reparagraphed", RCW_34, CHELAN, [
  C("", "It is the intent of Chelan County to follow the Keep Washington Working Act passed by the Washington State Legislature effective May 21, 2019",
    "neutral", ["ice_cooperation", "access_to_services"],
    "The county adds a preamble stating that it follows the state Act; it creates no new duty or permission."),
  C("4. State and local law enforcement agencies may not:\n\na. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth unless there is a connection between such information and an investigation into a violation of state or local criminal law; or\n\nb. Provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.",
    "(1) Chelan County law enforcement may not inquire into or collect information about an individual\u2019s immigration or citizenship status, or place of birth, unless there is a connection between such information and an investigation into a violation of state or local criminal law.\n\n(2) Chelan County law enforcement may not provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.",
    "neutral", ["status_inquiry", "information_sharing", "ice_cooperation"],
    "The two-item list under one stem becomes two numbered rules placed first; the criminal-investigation exception and the 'except as required by law' exception are kept word for word (restated)."),
  C("3. School resource officers, when acting in their official capacity as a school resource officer, may not:\n\na. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or\n\nb. Provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.",
    "(3) Chelan County school resource officers, when acting in their official capacity as a school resource officer, may not inquire into or collect information about an individual\u2019s immigration or citizenship status, or place of birth.\n\n(4) Chelan County school resource officers, when acting in their official capacity as a school resource officer, may not provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.",
    "neutral", ["status_inquiry", "information_sharing"],
    "The school-resource-officer list is split into two rules and moved after the general law-enforcement rules; the same prohibitions without any new exception (restated, moved)."),
], "GENUINE (state statute -> county code adopting it). OLD: " + WA + " Subsections (3)-(4) only. NEW: Chelan County (WA) Code 1.392.010 'Keep Washington Working Act\u2014Chelan County policy', subsections (1)-(4) and the opening paragraph, verbatim from https://codepublishing.com/WA/ChelanCounty/html/Chelco01/Chelco01392.html (stored copy; curly apostrophes and em dash as published; the stored copy breaks off in (5), which is omitted). Two published wordings of the same rules (the county restates RCW 10.93.160(3)-(4) for its own officers); date of the county ordinance not established.")

HB592 = ("relating to the duties of a law enforcement agency regarding the immigration status of an arrested person and the enforcement of an immigration detainer.\n\n"
"SECTION 1. Chapter 2, Code of Criminal Procedure, is amended by adding Articles 2.251 and 2.252 to read as follows:\n\n"
"Art. 2.251. DUTIES RELATED TO ARRESTED PERSON. (a) Not later than 48 hours after a person is arrested and before the person is released on bond, a law enforcement agency performing the booking process shall:\n\n"
"(1) review any information available under the federal Secure Communities program operated by United States Immigration and Customs Enforcement or a successor program; or\n\n"
"(2) request information regarding the person's immigration status from:\n\n"
"(A) a peace officer or other law enforcement officer of this state who is authorized under federal law to verify a person's immigration status; or\n\n"
"(B) a federal immigration officer, in accordance with 8 U.S.C. Section 1373(c).\n\n"
"(b) A law enforcement agency is not required to perform the duties imposed by Subsection (a) with respect to a person who is transferred to the custody of the agency by another law enforcement agency if the transferring agency performed those duties before transferring custody of the person.\n\n"
"Art. 2.252. DUTIES RELATED TO IMMIGRATION DETAINER. A law enforcement agency that has custody of a person subject to an immigration detainer issued by United States Immigration and Customs Enforcement shall:\n\n"
"(1) provide to the judge or magistrate authorized to grant or deny the person's release on bail under Chapter 17 notice that the person is subject to an immigration detainer; and\n\n"
"(2) detain the person as required by the immigration detainer.")
HB2280 = ("relating to the duties of a law enforcement agency regarding the immigration status of an arrested person and to the agency's enforcement of immigration detainers and of laws relating to immigration.\n\n"
"SECTION 1. Chapter 2, Code of Criminal Procedure, is amended by adding Articles 2.251, 2.252, and 2.253 to read as follows:\n\n"
"Art. 2.251. DUTIES RELATED TO ARRESTED PERSON. (a) Not later than 48 hours after a person is arrested and before the person is released on bond, a law enforcement agency performing the booking process shall:\n\n"
"(1) review any information available under the federal Priority Enforcement Program operated by United States Immigration and Customs Enforcement or a successor program; or\n\n"
"(2) request information regarding the person's immigration status from:\n\n"
"(A) a peace officer or other law enforcement officer of this state who is authorized under federal law to verify a person's immigration status; or\n\n"
"(B) a federal immigration officer, in accordance with 8 U.S.C. Section 1373(c).\n\n"
"(b) A law enforcement agency is not required to perform the duties imposed by Subsection (a) with respect to a person who is transferred to the custody of the agency by another law enforcement agency if the transferring agency performed those duties before transferring custody of the person.\n\n"
"Art. 2.252. DUTIES RELATED TO IMMIGRATION DETAINER. A law enforcement agency that has custody of a person subject to an immigration detainer issued by United States Immigration and Customs Enforcement shall:\n\n"
"(1) provide to the judge or magistrate authorized to grant or deny the person's release on bail under Chapter 17 notice that the person is subject to an immigration detainer; and\n\n"
"(2) detain the person as required by the immigration detainer.")
add("HJ-02", "neutral_rewrite", HB592, HB2280, [
  C("and the enforcement of an immigration detainer.", "and to the agency's enforcement of immigration detainers and of laws relating to immigration.",
    "unclear", ["detainers_holds", "enforcement_authority"],
    "The caption now also announces rules on the agency's 'enforcement ... of laws relating to immigration' (the new Art. 2.253, cut from this excerpt); from the caption alone a reader cannot tell what that adds."),
  C("amended by adding Articles 2.251 and 2.252 to read", "amended by adding Articles 2.251, 2.252, and 2.253 to read",
    "neutral", ["enforcement_authority"],
    "Enacting clause lists one more article; the article itself is outside the excerpt, so no substantive change is visible here."),
  C("(1) review any information available under the federal Secure Communities program", "(1) review any information available under the federal Priority Enforcement Program",
    "neutral", ["status_inquiry", "information_sharing"],
    "Secure Communities was replaced by the Priority Enforcement Program; 'or a successor program' already covered it, so the booking check is the same."),
], "GENUINE (two successive filings of the same proposed articles, not enacted): OLD = Texas H.B. 592, 84th Leg. (2015), introduced (Krause), caption and SECTION 1, from https://capitol.texas.gov/tlodocs/84R/billtext/html/HB00592I.htm (stored copy; table pipes and line wraps removed, words verbatim). NEW = Texas H.B. 2280, 85th Leg. (2017), introduced (Dean), from https://app.legiplex.com/tx/legislature/2017/85-0/bills/hb2280/drafts-latest (stored copy, verbatim); cut after Art. 2.252 because the stored copy breaks off inside the new Art. 2.253 ('DISCRIMINATION PROHIBITED'). Bill headers (drafting numbers, authors) and 'A BILL TO BE ENTITLED AN ACT' left out of both.")

RCW420 = ("(1) \"Civil immigration warrant\" means any warrant for a violation of federal civil immigration law issued by a federal immigration authority. A \"civil immigration warrant\" includes, but is not limited to, administrative warrants issued on forms I-200 or I-203, or their successors, and civil immigration warrants entered in the national crime information center database.\n\n"
"(2) \"Court order\" means a directive issued by a judge or magistrate under the authority of Article III of the United States Constitution or Article IV of the Washington Constitution. A \"court order\" includes but is not limited to warrants and subpoenas.")
MUK = ("\"Civil immigration warrant\" means any warrant for a violation of federal civil immigration law issued by a federal immigration authority. A \"civil immigration warrant\" includes, but is not limited to, administrative warrants entered in the national crime information center database, warrants issued on ICE Form I-200 (Warrant for Arrest of Alien), Form I-205 (ICE Administrative Warrant), or prior or subsequent versions of those forms, which are not court orders.\n\n"
"\"Court order\" and \"judicial warrant\" mean a directive issued by a judge or magistrate under the authority of Article III of the United States Constitution or Article IV of the Washington Constitution or otherwise authorized under the Revised Code of Washington. A \"court order\" includes, but is not limited to, judicially authorized warrants and judicially enforced subpoenas. Such orders, warrants, and subpoenas do not include civil immigration warrants, or other administrative orders, warrants or subpoenas that are not signed or enforced by a judge or magistrate as defined in this section.")
add("HJ-03", "definition_change", RCW420, MUK, [
  C("administrative warrants issued on forms I-200 or I-203, or their successors, and civil immigration warrants entered in the national crime information center database.",
    "administrative warrants entered in the national crime information center database, warrants issued on ICE Form I-200 (Warrant for Arrest of Alien), Form I-205 (ICE Administrative Warrant), or prior or subsequent versions of those forms, which are not court orders.",
    "unclear", ["detainers_holds", "ice_cooperation"],
    "The example list of civil warrants (which may not be honoured) swaps form I-203 for I-205 and adds 'which are not court orders'; both lists are open-ended ('includes, but is not limited to'), so the net effect cannot be told from the text."),
  C("(2) \"Court order\" means a directive issued by a judge or magistrate under the authority of Article III of the United States Constitution or Article IV of the Washington Constitution.",
    "\"Court order\" and \"judicial warrant\" mean a directive issued by a judge or magistrate under the authority of Article III of the United States Constitution or Article IV of the Washington Constitution or otherwise authorized under the Revised Code of Washington.",
    "unclear", ["ice_cooperation"],
    "'Court order' (the exception that allows cooperation) also covers directives 'otherwise authorized under the Revised Code of Washington' and is equated with 'judicial warrant'; still a judge's or magistrate's directive, so it is unclear whether the exception grows."),
  C("A \"court order\" includes but is not limited to warrants and subpoenas.",
    "A \"court order\" includes, but is not limited to, judicially authorized warrants and judicially enforced subpoenas. Such orders, warrants, and subpoenas do not include civil immigration warrants, or other administrative orders, warrants or subpoenas that are not signed or enforced by a judge or magistrate as defined in this section.",
    "limits_enforcement", ["detainers_holds", "ice_cooperation", "information_sharing"],
    "'Warrants and subpoenas' could be read to include ICE's administrative ones; the new text confines the court-order exception to judicially signed or enforced papers and expressly excludes civil immigration warrants, narrowing when cooperation is allowed."),
], "GENUINE (statutory definition -> model-policy definition as adopted by a public body). OLD: RCW 43.17.420(1)-(2) (2019 c 440; definitions applying to RCW 10.93.160 and 43.10.310), verbatim from https://instalawyer.io/laws/revised-code-of-washington/4317420-immigration-and-citizenship (stored copy). NEW: Mukilteo School District (WA) Procedure 4300-P 'Limiting Immigration Enforcement in Schools', definitions, which follow the Washington Attorney General's KWW model policy, verbatim from https://www.mukilteoschools.org/site/default.aspx?PageType=3&ModuleInstanceID=32753&ViewID=7b97f7ed-8e5e-4120-848f-a8b4987d588f&RenderLoc=0&FlexDataID=48936&PageID=16421 (stored copy; bullets dropped; the definition numbers (1)-(2) are only in the statute). Caveat: the two texts belong to different instruments (statute vs a school district's procedure implementing the AG model); date of the procedure not established.")

# ---------------- CONSTRUCTED PAIRS ----------------
CS = "CONSTRUCTED: real passage with one edit made for this set (the NEW text is not a published version). "

RCW_35 = RCW_34 + ("\n\n5. State and local law enforcement agencies may not provide nonpublicly available personal information about an individual, including individuals subject to community custody pursuant to RCW 9.94A.701 and 9.94A.702, to federal immigration authorities in a noncriminal matter, except as required by state or federal law.")
RCW_68 = ("6.\n\na. State and local law enforcement agencies may not give federal immigration authorities access to interview individuals about a noncriminal matter while they are in custody, except as required by state or federal law, a court order, or by (b) of this subsection.\n\n"
"b. Permission may be granted to a federal immigration authority to conduct an interview regarding federal immigration violations with a person who is in the custody of a state or local law enforcement agency if the person consents in writing to be interviewed. In order to obtain consent, agency staff shall provide the person with an oral explanation and a written consent form that explains the purpose of the interview, that the interview is voluntary, and that the person may decline to be interviewed or may choose to be interviewed only with the person's attorney present. The form must state explicitly that the person will not be punished or suffer retaliation for declining to be interviewed. The form must be available at least in English and Spanish and explained orally to a person who is unable to read the form, using, when necessary, an interpreter from the district communications center \"language line\" or other district resources.\n\n"
"7. An individual may not be detained solely for the purpose of determining immigration status.\n\n"
"8. An individual must not be taken into custody, or held in custody, solely for the purposes of determining immigration status or based solely on a civil immigration warrant, or an immigration hold request.")
RCW_1116 = ("11. No state or local law enforcement officer may enter into any contract, agreement, or arrangement, whether written or oral, that would grant federal civil immigration enforcement authority or powers to state and local law enforcement officers, including but not limited to agreements created under 8 U.S.C. Sec. 1357(g), also known as 287(g) agreements.\n\n"
"13. No state or local law enforcement agency or school resource officer may enter into or renew a contract for the provision of language services from federal immigration authorities, nor may any language services be accepted from such for free or otherwise.\n\n"
"14. The department of corrections may not give federal immigration authorities access to interview individuals about federal immigration violations while they are in custody, except as required by state or federal law or by court order, unless such individuals consent to be interviewed in writing. Before agreeing to be interviewed, individuals must be advised that they will not be punished or suffer retaliation for declining to be interviewed.\n\n"
"15. Subsections (3) through (6) of this section do not apply to individuals who are in the physical custody of the department of corrections.\n\n"
"16. Nothing in this section prohibits the collection, use, or disclosure of information that is:\n\n"
"a. Required to comply with state or federal law; or\n\n"
"b. In response to a lawfully issued court order.")
WA_C = CS + WA

def edit(text, a, b):
    assert text.count(a) == 1, a
    return text.replace(a, b)

# HJ-04 list item removed
old = RCW_35
new = edit(old, "or place of birth; or\n\nb. Provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.\n\n4.", "or place of birth.\n\n4.")
add("HJ-04", "list_item_removed", old, new, [
  C("or place of birth; or\n\nb. Provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.\n\n4.", "or place of birth.\n\n4.",
    "expands_enforcement", ["information_sharing", "ice_cooperation"],
    "Item 3.b is deleted, so school resource officers are no longer barred from answering ICE notification requests.")],
  WA_C + " Subsections (3)-(5). Edit: item (3)(b) deleted (and '; or' closed with a full stop).")

# HJ-05 exception removed (limits)
old = RCW_35
new = edit(old, "or place of birth unless there is a connection between such information and an investigation into a violation of state or local criminal law; or", "or place of birth; or")
add("HJ-05", "exception_removed", old, new, [
  C("or place of birth unless there is a connection between such information and an investigation into a violation of state or local criminal law; or", "4. State and local law enforcement agencies may not:\n\na. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or",
    "limits_enforcement", ["status_inquiry"],
    "The criminal-investigation exception is deleted, so police may not ask about status or place of birth at all.")],
  WA_C + " Subsections (3)-(5). Edit: the 'unless there is a connection ...' exception deleted from (4)(a).")

# HJ-06 exception changed (expands)
old = RCW_35
new = edit(old, "in a noncriminal matter, except as required by state or federal law.", "in a noncriminal matter, except as required by state or federal law or as requested in writing by a federal immigration authority.")
add("HJ-06", "exception_changed", old, new, [
  C("except as required by state or federal law.", "except as required by state or federal law or as requested in writing by a federal immigration authority.",
    "expands_enforcement", ["information_sharing", "ice_cooperation"],
    "A written ICE request becomes enough to release nonpublic personal data in civil matters; the exception swallows much of the rule.")],
  WA_C + " Subsections (3)-(5). Edit: exception in (5) widened.")

# HJ-07 approval added (limits)
old = RCW_68
new = edit(old, "b. Permission may be granted to a federal immigration authority", "b. With the prior written approval of the jail commander, permission may be granted to a federal immigration authority")
add("HJ-07", "approval_added", old, new, [
  C("b. Permission may be granted to a federal immigration authority", "b. With the prior written approval of the jail commander, permission may be granted to a federal immigration authority",
    "limits_enforcement", ["supervisor_approval", "ice_cooperation"],
    "A commander's prior written approval is added on top of the detainee's consent before ICE may interview someone in custody.")],
  WA_C + " Subsections (6)-(8). Edit: approval phrase inserted at the start of (6)(b).")

# HJ-08 scope word removed (limits)
old = RCW_68
new = edit(old, "7. An individual may not be detained solely for the purpose of determining immigration status.", "7. An individual may not be detained for the purpose of determining immigration status.")
add("HJ-08", "scope_change", old, new, [
  C("7. An individual may not be detained solely for the purpose of determining immigration status.", "7. An individual may not be detained for the purpose of determining immigration status.",
    "limits_enforcement", ["enforcement_authority", "status_inquiry"],
    "Without 'solely', a detention made partly to determine status is also barred: the prohibition is wider.")],
  WA_C + " Subsections (6)-(8). Edit: 'solely' deleted from (7).")

# HJ-09 modal change (expands)
old = RCW_68
new = edit(old, "8. An individual must not be taken into custody", "8. An individual should not be taken into custody")
add("HJ-09", "modal_change", old, new, [
  C("8. An individual must not be taken into custody", "8. An individual should not be taken into custody",
    "expands_enforcement", ["detainers_holds", "enforcement_authority"],
    "'must not' becomes 'should not': holding someone on a civil warrant or hold request turns from forbidden into discouraged.")],
  WA_C + " Subsections (6)-(8). Edit: 'must not' -> 'should not' in (8).")

# HJ-10 exception added with approval (expands)
old = RCW_68
new = edit(old, "or based solely on a civil immigration warrant, or an immigration hold request.", "or based solely on a civil immigration warrant, or an immigration hold request, unless a supervisor approves the hold in writing.")
add("HJ-10", "exception_added", old, new, [
  C("or an immigration hold request.", "or an immigration hold request, unless a supervisor approves the hold in writing.",
    "expands_enforcement", ["detainers_holds", "supervisor_approval"],
    "A supervisor's approval becomes a way around the ban on holding people on ICE hold requests; the approval opens an exception rather than adding a safeguard.")],
  WA_C + " Subsections (6)-(8). Edit: exception appended to (8).")

# HJ-11 moved + renumbered (neutral)
old = RCW_68
new = edit(old, "7. An individual may not be detained solely for the purpose of determining immigration status.\n\n8. An individual must not be taken into custody, or held in custody, solely for the purposes of determining immigration status or based solely on a civil immigration warrant, or an immigration hold request.",
           "7. An individual must not be taken into custody, or held in custody, solely for the purposes of determining immigration status or based solely on a civil immigration warrant, or an immigration hold request. An individual may not be detained solely for the purpose of determining immigration status.")
add("HJ-11", "cross_clause", old, new, [
  C("7. An individual may not be detained solely for the purpose of determining immigration status.\n\n8. An individual must not be taken into custody",
    "7. An individual must not be taken into custody",
    "neutral", ["enforcement_authority", "detainers_holds"],
    "Subsection 7 is moved to the end of the custody rule and the two are joined as one numbered paragraph (renumbered 8 -> 7); both sentences are unchanged.")],
  WA_C + " Subsections (6)-(8). Edit: sentence of (7) moved to the end of (8), which becomes (7).")

# HJ-12 double negation list item added (expands)
old = RCW_1116
new = edit(old, "a. Required to comply with state or federal law; or\n\nb. In response to a lawfully issued court order.", "a. Required to comply with state or federal law;\n\nb. In response to a lawfully issued court order; or\n\nc. Requested by a federal immigration authority.")
add("HJ-12", "double_negation", old, new, [
  C("b. In response to a lawfully issued court order.", "c. Requested by a federal immigration authority.",
    "expands_enforcement", ["information_sharing", "ice_cooperation"],
    "A third item is added to the 'Nothing in this section prohibits ... disclosure of information that is' savings clause: any information ICE asks for may be disclosed, overriding the section's limits.")],
  WA_C + " Subsections (11), (13)-(16). Edit: item (16)(c) added ('or' moved).")

# HJ-13 rule removed (expands)
old = RCW_1116
new = edit(old, "11. No state or local law enforcement officer may enter into any contract, agreement, or arrangement, whether written or oral, that would grant federal civil immigration enforcement authority or powers to state and local law enforcement officers, including but not limited to agreements created under 8 U.S.C. Sec. 1357(g), also known as 287(g) agreements.\n\n", "")
add("HJ-13", "rule_removed", old, new, [
  C("11. No state or local law enforcement officer may enter into any contract, agreement, or arrangement, whether written or oral, that would grant federal civil immigration enforcement authority or powers to state and local law enforcement officers, including but not limited to agreements created under 8 U.S.C. Sec. 1357(g), also known as 287(g) agreements.", "",
    "expands_enforcement", ["raids_joint_operations", "enforcement_authority"],
    "The ban on 287(g) and similar delegation agreements is deleted.")],
  WA_C + " Subsections (11), (13)-(16). Edit: subsection (11) deleted.")

# HJ-14 neutral rewrite
old = RCW_1116
new = edit(old, "nor may any language services be accepted from such for free or otherwise.", "and may not accept language services from those authorities, whether free of charge or otherwise.")
add("HJ-14", "neutral_rewrite", old, new, [
  C("nor may any language services be accepted from such for free or otherwise.", "and may not accept language services from those authorities, whether free of charge or otherwise.",
    "neutral", ["ice_cooperation"],
    "Same prohibition on accepting interpreting help from immigration authorities, reworded.")],
  WA_C + " Subsections (11), (13)-(16). Edit: second half of (13) reworded.")

# HJ-15 list item added (limits)
old = RCW_35
new = edit(old, "for the purposes of civil immigration enforcement, except as required by law.\n\n5.", "for the purposes of civil immigration enforcement, except as required by law; or\n\nc. Stop, detain, or arrest an individual at or near a courthouse for the purpose of civil immigration enforcement.\n\n5.")
add("HJ-15", "list_item_added", old, new, [
  C("", "c. Stop, detain, or arrest an individual at or near a courthouse for the purpose of civil immigration enforcement.",
    "limits_enforcement", ["enforcement_authority"],
    "A third prohibited act is added under the 'may not:' stem for state and local agencies.")],
  WA_C + " Subsections (3)-(5). Edit: item (4)(c) added.")

# HJ-16 scope word added 'routinely' (expands)
old = RCW_35
new = edit(old, "4. State and local law enforcement agencies may not:\n\na. Inquire into", "4. State and local law enforcement agencies may not:\n\na. Routinely inquire into")
add("HJ-16", "scope_change", old, new, [
  C("a. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth unless", "a. Routinely inquire into or collect information about an individual's immigration or citizenship status, or place of birth unless",
    "expands_enforcement", ["status_inquiry"],
    "With 'routinely', only habitual status questions are barred; occasional case-by-case questions become allowed.")],
  WA_C + " Subsections (3)-(5). Edit: 'Routinely' inserted in (4)(a).")

# HJ-17 reparagraph (neutral)
old = RCW_35
new = edit(old, "3. School resource officers, when acting in their official capacity as a school resource officer, may not:\n\na. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or\n\nb. Provide information",
           "3. School resource officers, when acting in their official capacity as a school resource officer, may not: (a) Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or (b) Provide information")
add("HJ-17", "reparagraphed", old, new, [
  C("may not:\n\na. Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or\n\nb. Provide information", "may not: (a) Inquire into or collect information about an individual's immigration or citizenship status, or place of birth; or (b) Provide information",
    "neutral", ["status_inquiry", "information_sharing"],
    "The list items of subsection 3 are run into one paragraph with inline labels; same words.")],
  WA_C + " Subsections (3)-(5). Edit: items (3)(a)-(b) joined into the stem paragraph.")

# --- Chelan County 1.392.010 ---
CHE_C = CS + "Chelan County (WA) Code 1.392.010 (1)-(4) and opening paragraph, verbatim from https://codepublishing.com/WA/ChelanCounty/html/Chelco01/Chelco01392.html (stored copy)."
old = CHELAN
new = edit(old, "violation of state or local criminal law.\n\n(2)", "violation of state or local criminal law and the Sheriff or the Sheriff\u2019s designee has approved the inquiry.\n\n(2)")
add("HJ-18", "approval_added", old, new, [
  C("violation of state or local criminal law.\n\n(2)", "violation of state or local criminal law and the Sheriff or the Sheriff\u2019s designee has approved the inquiry.",
    "limits_enforcement", ["status_inquiry", "supervisor_approval"],
    "A status inquiry tied to a criminal investigation now also needs the Sheriff's (or designee's) approval.")],
  CHE_C + " Edit: approval condition added to (1).")

old = CHELAN
new = edit(old, "(2) Chelan County law enforcement may not provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.",
           "(2) Nothing in this chapter prohibits Chelan County law enforcement from providing information pursuant to notification requests from federal immigration authorities.")
add("HJ-19", "double_negation", old, new, [
  C("(2) Chelan County law enforcement may not provide information pursuant to notification requests from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.",
    "(2) Nothing in this chapter prohibits Chelan County law enforcement from providing information pursuant to notification requests from federal immigration authorities.",
    "expands_enforcement", ["information_sharing", "ice_cooperation"],
    "The prohibition on answering ICE notification requests becomes a savings clause that expressly allows it.")],
  CHE_C + " Edit: (2) rewritten as 'Nothing in this chapter prohibits ...'.")

# --- Texas SB 527 (2013) ---
SB527 = ("Art. 2.253. DETENTION OF CERTAIN PERSONS SUBJECT TO IMMIGRATION DETAINER. (a) A local law enforcement agency that has custody of a person who is subject to an immigration detainer issued by United States Immigration and Customs Enforcement and who is charged with a criminal offense may not detain the person under the authority of the immigration detainer after the date on which the person posts bail or discharges the person's sentence, unless the person is charged with or has been convicted of an offense listed in Section 3g(a)(1), Article 42.12, in which event the local law enforcement agency shall detain the person in accordance with the immigration detainer.\n\n"
"(b) A local law enforcement agency that has custody of a person who is subject to an immigration detainer issued by United States Immigration and Customs Enforcement and who is not charged with any criminal offense may not detain the person under the authority of the immigration detainer, regardless of whether the person is a victim of, or a witness to the commission of, an offense listed in Section 3g(a)(1), Article 42.12, the investigation and prosecution of which is not complete at the time of the person's detention.")
TX_C = CS + "Texas S.B. 527, 83rd Leg. (2013), introduced, proposed Code Crim. Proc. Art. 2.253, from https://legiscan.com/TX/text/SB527/id/733791/Texas-2013-SB527-Introduced.html (stored copy; table pipes and line wraps removed, words verbatim). A bill that was not enacted."
old = SB527
new = edit(old, "discharges the person's sentence, unless the person is charged with or has been convicted of an offense listed in Section 3g(a)(1), Article 42.12, in which event the local law enforcement agency shall detain the person in accordance with the immigration detainer.", "discharges the person's sentence.")
add("HJ-20", "exception_removed", old, new, [
  C("unless the person is charged with or has been convicted of an offense listed in Section 3g(a)(1), Article 42.12, in which event the local law enforcement agency shall detain the person in accordance with the immigration detainer.", "discharges the person's sentence.",
    "limits_enforcement", ["detainers_holds"],
    "The serious-offence exception (with its duty to hold on the detainer) is deleted: no one is held past bail or sentence on a detainer.")],
  TX_C + " Edit: the 'unless ...' exception deleted from (a).")
old = SB527
new = edit(old, "in which event the local law enforcement agency shall detain the person", "in which event the local law enforcement agency may detain the person")
add("HJ-21", "modal_change", old, new, [
  C("in which event the local law enforcement agency shall detain the person", "in which event the local law enforcement agency may detain the person",
    "limits_enforcement", ["detainers_holds"],
    "For the listed offences the hold becomes optional instead of mandatory.")],
  TX_C + " Edit: 'shall detain' -> 'may detain' in (a).")
old = SB527
new = edit(old, "unless the person is charged with or has been convicted of an offense listed", "unless the person is charged with or has been convicted of any felony or of an offense listed")
add("HJ-22", "exception_changed", old, new, [
  C("has been convicted of an offense listed in Section 3g(a)(1), Article 42.12, in which event", "has been convicted of any felony or of an offense listed in Section 3g(a)(1), Article 42.12, in which event",
    "expands_enforcement", ["detainers_holds"],
    "The exception that requires holding on the detainer now covers any felony charge or conviction, not only the listed serious offences.")],
  TX_C + " Edit: 'any felony or of' inserted in the exception of (a).")

# --- LASD IRC order on ICE judicial warrants ---
LASD = ("PURPOSE OF ORDER:\n\nThe purpose of this order is to establish procedures and criteria for processing United States Immigration and Customs Enforcement (ICE) judicial warrants.\n\n"
"SCOPE OF ORDER:\n\nThis order shall apply to all personnel assigned to, and/or working within, the Inmate Reception Center (IRC).\n\n"
"ORDER:\n\nAn ICE Judicial Warrant is a true and factual judicial warrant holding the same validity as all other judicial warrants processed at IRC. ICE Judicial Warrants are issued and signed by a United States Magistrate Judge. This differs from federal civil or administrative detainers, which are issued by an ICE Agent (typically using ICE Form I-200 or I-205); Department members shall not transfer inmates into the custody of ICE based solely on civil or administrative detainers.")
LA_C = CS + "Los Angeles County Sheriff's Department, Inmate Reception Center order on 'United States Immigration and Customs Enforcement (ICE) judicial warrants', PURPOSE, SCOPE and ORDER paragraphs, verbatim from https://pars.lasd.org/Viewer/Manuals/17241/Content/21564?showHistorical=True (stored copy; undated)."
old = LASD
new = edit(old, "into the custody of ICE based solely on civil or administrative detainers.", "into the custody of ICE based on civil or administrative detainers.")
add("HJ-23", "scope_change", old, new, [
  C("based solely on civil or administrative detainers.", "based on civil or administrative detainers.",
    "limits_enforcement", ["detainers_holds", "ice_cooperation"],
    "Without 'solely', an administrative detainer cannot be any part of the basis for a transfer to ICE.")],
  LA_C + " Edit: 'solely' deleted.")
old = LASD
new = edit(old, "based solely on civil or administrative detainers.", "based solely on civil or administrative detainers, unless the transfer is approved by the IRC Watch Commander.")
add("HJ-24", "approval_removed_or_weakened", old, new, [
  C("based solely on civil or administrative detainers.", "based solely on civil or administrative detainers, unless the transfer is approved by the IRC Watch Commander.",
    "expands_enforcement", ["detainers_holds", "supervisor_approval", "ice_cooperation"],
    "A watch commander can now approve transfers on administrative detainers: an absolute bar becomes a bar subject to supervisory override.")],
  LA_C + " Edit: approval-based exception appended.")
old = LASD
new = edit(old, "Department members shall not transfer inmates", "Department members should not transfer inmates")
add("HJ-25", "modal_change", old, new, [
  C("Department members shall not transfer inmates", "Department members should not transfer inmates",
    "expands_enforcement", ["detainers_holds", "ice_cooperation"],
    "'shall not' becomes 'should not': transfer on an administrative detainer is discouraged rather than forbidden.")],
  LA_C + " Edit: 'shall not' -> 'should not'.")
old = LASD
new = edit(old, "ICE Judicial Warrants are issued and signed by a United States Magistrate Judge.", "ICE Judicial Warrants are signed and issued by a federal magistrate judge of the United States.")
add("HJ-26", "neutral_rewrite", old, new, [
  C("ICE Judicial Warrants are issued and signed by a United States Magistrate Judge.", "ICE Judicial Warrants are signed and issued by a federal magistrate judge of the United States.",
    "neutral", ["detainers_holds"],
    "Same description of who issues a judicial warrant, reworded.")],
  LA_C + " Edit: one sentence reworded.")

# --- LASD newsletter 18-06 list of legal prohibitions ---
NEWS = ("Legal Prohibitions: The following are specifically prohibited by law:\n\n"
"Detaining an individual during a field contact on the basis of an immigration hold request;\n\n"
"Arresting an individual on a civil immigration warrant;\n\n"
"Arresting an individual for a criminal violation of an immigration law unless the arrest is for unlawful re-entry and the re-entry is detected during an unrelated law enforcement activity and the person has a prior aggravated felony conviction;\n\n"
"Using immigration authorities as interpreters;\n\n"
"Detaining an individual for an actual or suspected immigration violation; and\n\n"
"Detaining a victim or witness to a crime who is not charged or convicted of committing any crime under state law for a suspected immigration violation or turning the individual over to immigration authorities without a judicial warrant  (Penal Code section 679.015).")
NW_C = CS + "Los Angeles County Sheriff's Department Newsletter 18-06 'Immigration Policies, Protocols, and Procedures' (issued after SB 54 took effect on 1 January 2018), list 'Legal Prohibitions', verbatim from https://pars.lasd.org/Viewer/Manuals/15183/Content/15517?searchQuery=crossfire&showHistorical=True (stored copy; bullets written as separate paragraphs; double space before '(Penal Code' as in the copy)."
old = NEWS
new = edit(old, "Using immigration authorities as interpreters;\n\n", "")
add("HJ-27", "list_item_removed", old, new, [
  C("Using immigration authorities as interpreters;", "",
    "expands_enforcement", ["ice_cooperation"],
    "Using ICE agents as interpreters is no longer listed among the prohibited practices.")],
  NW_C + " Edit: the interpreter item deleted.")
old = NEWS
new = edit(old, "and the re-entry is detected during an unrelated law enforcement activity and the person has a prior aggravated felony conviction;", "and the re-entry is detected during an unrelated law enforcement activity or the person has a prior felony conviction;")
add("HJ-28", "exception_changed", old, new, [
  C("and the re-entry is detected during an unrelated law enforcement activity and the person has a prior aggravated felony conviction;", "and the re-entry is detected during an unrelated law enforcement activity or the person has a prior felony conviction;",
    "expands_enforcement", ["enforcement_authority"],
    "The re-entry exception's two conditions become alternatives and 'aggravated felony' becomes any felony, so more criminal immigration arrests are allowed.")],
  NW_C + " Edit: exception conditions loosened ('and' -> 'or', 'aggravated' dropped).")
old = NEWS
new = edit(old, "Using immigration authorities as interpreters;\n\n", "Using immigration authorities as interpreters;\n\nProviding an inmate's release date to immigration authorities in response to a notification request;\n\n")
add("HJ-29", "list_item_added", old, new, [
  C("", "Providing an inmate's release date to immigration authorities in response to a notification request;",
    "limits_enforcement", ["information_sharing", "detainers_holds"],
    "A further practice (answering ICE release-date notification requests) is added to the list of prohibitions.")],
  NW_C + " Edit: one item added after the interpreter item.")

# --- West Virginia 15-16-3 ---
WV = ("(a) A law enforcement agency that takes initial custody of a person subject to an immigration detainer shall:\n\n"
"(1) Provide notice to the court authorized to grant or deny the person's release on bail or bond that the person is subject to an immigration detainer;\n\n"
"(2) Record in the person's case file that the person is subject to an immigration detainer; and\n\n"
"(3) Upon determining that the immigration detainer is facially sufficient as defined by \u00a715-16-1 of this code, comply with the requests made in the immigration detainer to the extent required by law.\n\n"
"(c) A court of competent jurisdiction which receives notice that a person is subject to an immigration detainer shall cause the fact to be recorded in the court record, regardless of whether the notice is received before or after a judgment in the case.")
WV_C = CS + "West Virginia Code 15-16-3 (duties of law enforcement agencies regarding immigration detainers), subsections (a) and (c), verbatim from https://lexace.ai/us/statute/west-virginia/15-16-3 (stored copy; subsection (b), on transfers between agencies, omitted from both sides because the copy has a typing error in it)."
old = WV
new = edit(old, "(2) Record in the person's case file that the person is subject to an immigration detainer; and\n\n(3) Upon determining that the immigration detainer is facially sufficient as defined by \u00a715-16-1 of this code, comply with the requests made in the immigration detainer to the extent required by law.", "(2) Record in the person's case file that the person is subject to an immigration detainer.")
add("HJ-30", "list_item_removed", old, new, [
  C("(3) Upon determining that the immigration detainer is facially sufficient as defined by \u00a715-16-1 of this code, comply with the requests made in the immigration detainer to the extent required by law.", "",
    "limits_enforcement", ["detainers_holds", "ice_cooperation"],
    "The duty to comply with facially sufficient detainers is deleted from the 'shall:' list; only notice and recording remain.")],
  WV_C + " Edit: item (a)(3) deleted ('; and' moved).")
old = WV
new = edit(old, "comply with the requests made in the immigration detainer to the extent required by law.", "comply with the requests made in the immigration detainer to the extent required by law, unless a court has ordered the person released.")
add("HJ-31", "exception_added", old, new, [
  C("to the extent required by law.", "to the extent required by law, unless a court has ordered the person released.",
    "limits_enforcement", ["detainers_holds"],
    "A court release order now excuses compliance with the detainer.")],
  WV_C + " Edit: exception appended to (a)(3).")

# --- RCW 43.17.425 ---
W425 = ("(1) Except as provided in subsection (3) of this section, no state agency, including law enforcement, may use agency funds, facilities, property, equipment, or personnel to investigate, enforce, cooperate with, or assist in the investigation or enforcement of any federal registration or surveillance programs or any other laws, rules, or policies that target Washington residents solely on the basis of race, religion, immigration, or citizenship status, or national or ethnic origin. This subsection does not apply to any program with the primary purpose of providing persons with services or benefits, or to RCW 9.94A.685.\n\n"
"(2) Except as provided in subsection (3) of this section, the state agencies listed in subsections (5) and (6) of this section shall review their policies and identify and make any changes necessary to ensure that:\n\n"
"(a) Information collected from individuals is limited to the minimum necessary to comply with subsection (3) of this section;\n\n"
"(b) Information collected from individuals is not disclosed except as necessary to comply with subsection (3) of this section or as permitted by state or federal law;\n\n"
"(c) Agency employees may not condition services or request information or proof regarding a person's immigration status, citizenship status, or place of birth; and\n\n"
"(d) Public services are available to, and agency employees shall serve, all Washington residents without regard to immigration or citizenship status.")
W_C = CS + "RCW 43.17.425(1)-(2) (Keep Washington Working Act, 2019 c 440), verbatim from https://codes.findlaw.com/wa/title-43-state-governmentexecutive/wa-rev-code-43-17-425/ ('Current as of January 01, 2025'; same words at print.casetext.com 'Current through 2024')."
old = W425
new = edit(old, "solely on the basis of race, religion, immigration, or citizenship status, or national or ethnic origin.", "solely on the basis of race, religion, or national or ethnic origin.")
add("HJ-32", "list_item_removed", old, new, [
  C("solely on the basis of race, religion, immigration, or citizenship status, or national or ethnic origin.", "solely on the basis of race, religion, or national or ethnic origin.",
    "expands_enforcement", ["ice_cooperation", "enforcement_authority"],
    "Programs that target residents on the basis of immigration or citizenship status drop out of the ban on using agency resources.")],
  W_C + " Edit: 'immigration, or citizenship status,' deleted from (1).")
old = W425
new = edit(old, "Public services are available to, and agency employees shall serve, all Washington residents", "Public services are available to, and agency employees should serve, all Washington residents")
add("HJ-33", "modal_change", old, new, [
  C("agency employees shall serve, all Washington residents", "agency employees should serve, all Washington residents",
    "expands_enforcement", ["access_to_services"],
    "Serving all residents regardless of status becomes advisory rather than mandatory.")],
  W_C + " Edit: 'shall serve' -> 'should serve' in (2)(d).")
old = W425
new = edit(old, "(c) Agency employees may not condition services or request information or proof regarding a person's immigration status, citizenship status, or place of birth; and", "(c) Agency employees may not condition services or request information or proof regarding a person's immigration status, citizenship status, or place of birth, or request a passport or other immigration document as proof of identity; and")
add("HJ-34", "list_item_added", old, new, [
  C("citizenship status, or place of birth; and", "citizenship status, or place of birth, or request a passport or other immigration document as proof of identity; and",
    "limits_enforcement", ["document_requests", "status_inquiry"],
    "Asking for a passport or other immigration document as ID is added to what agency employees may not do.")],
  W_C + " Edit: a further prohibited request added to (2)(c).")

# --- Davis PD 2.43-A ---
DAVIS = ("I. POLICY\n\nIt is the policy of the Davis Police Department that all members make personal and professional commitments to equal enforcement of the law and equal service to the public. Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community and recognizing the dignity of all individuals, regardless of their immigration status.\n\n"
"To encourage reporting and cooperation in the investigation of criminal activity, all individuals, regardless of their immigration status, must feel secure that contacting or being addressed by members of law enforcement will not automatically lead to immigration inquiry and/or deportation. Members will not seek out and prosecute individuals because of their immigration status, nor will members take immigration status into account when determining whether to detain a person or when enforcing criminal laws.")
DV_C = CS + "Davis (CA) Police Department Policy and Procedure 2.43-A 'Immigration Procedures', I. POLICY, first two paragraphs (cut before the sentence citing the California Values Act), verbatim from https://docslib.org/doc/4212403/davis-police-department (stored copy; undated, post-SB 54)."
old = DAVIS
new = edit(old, ", nor will members take immigration status into account when determining whether to detain a person or when enforcing criminal laws.", ".")
add("HJ-35", "rule_removed", old, new, [
  C("nor will members take immigration status into account when determining whether to detain a person or when enforcing criminal laws.", "Members will not seek out and prosecute individuals because of their immigration status.",
    "expands_enforcement", ["enforcement_authority", "status_inquiry"],
    "The rule that status plays no part in detention or enforcement decisions is deleted.")],
  DV_C + " Edit: second half of the last sentence deleted.")
old = DAVIS
new = edit(old, "Members will not seek out and prosecute", "Members should not seek out and prosecute")
add("HJ-36", "modal_change", old, new, [
  C("Members will not seek out and prosecute", "Members should not seek out and prosecute",
    "expands_enforcement", ["enforcement_authority"],
    "'will not' becomes 'should not' for seeking people out because of their status.")],
  DV_C + " Edit: 'will not' -> 'should not' (first occurrence only).")
old = DAVIS
new = edit(old, "Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community", "Confidence in this commitment increases the department's effectiveness in protecting and serving the whole community")
add("HJ-37", "neutral_rewrite", old, new, [
  C("Confidence in this commitment will increase the effectiveness of this department in protecting and serving the entire community", "Confidence in this commitment increases the department's effectiveness in protecting and serving the whole community",
    "neutral", ["access_to_services"],
    "A purpose statement reworded; no rule changes.")],
  DV_C + " Edit: one sentence reworded.")

# --- CSU Police SLO 428 definitions ---
CSU = ("428.1.1 DEFINITIONS The following definitions apply to this policy (Government Code \u00a7 7284.4): Criminal immigration violation - Any federal criminal immigration violation that penalizes a person\u2019s presence in, entry, or reentry to, or employment in, the United States. This does not include any offense where a judicial warrant already has been issued.\n\n"
"Immigration enforcement - Any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal civil immigration law, including any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal criminal immigration law that penalizes a person's presence in, entry or reentry to, or employment in the United States.\n\n"
"Judicial warrant - An arrest warrant for a violation of federal criminal immigration law and issued by a federal judge or a federal magistrate judge.")
CSU_C = CS + "CSU Police Department, San Luis Obispo, Policy 428 'Immigration Violations', 428.1.1 DEFINITIONS, verbatim from https://readkong.com/page/immigration-violations-cal-poly-8368256 (stored copy; the run-on definitions were split into paragraphs at each defined term; apostrophes as in the copy). Undated, post-SB 54 (Lexipol-style numbering)."
old = CSU
new = edit(old, "issued by a federal judge or a federal magistrate judge.", "issued by a federal judge, a federal magistrate judge, or a federal immigration officer.")
add("HJ-38", "definition_change", old, new, [
  C("issued by a federal judge or a federal magistrate judge.", "issued by a federal judge, a federal magistrate judge, or a federal immigration officer.",
    "expands_enforcement", ["detainers_holds", "ice_cooperation"],
    "Administrative warrants signed by immigration officers would now count as 'judicial warrants', the paper on which the policy allows cooperation.")],
  CSU_C + " Edit: issuer list of 'Judicial warrant' widened.")
old = CSU
new = edit(old, "any federal civil immigration law, including any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal criminal immigration law that penalizes a person's presence in, entry or reentry to, or employment in the United States.", "any federal civil immigration law.")
add("HJ-39", "definition_change", old, new, [
  C("including any and all efforts to investigate, enforce, or assist in the investigation or enforcement of any federal criminal immigration law that penalizes a person's presence in, entry or reentry to, or employment in the United States.", "any federal civil immigration law.",
    "expands_enforcement", ["enforcement_authority"],
    "'Immigration enforcement', which the policy restricts, no longer covers criminal entry/re-entry/presence offences, so assistance with those falls outside the restrictions (depends on the policy's operative clauses, not in the excerpt).")],
  CSU_C + " Edit: criminal-law half of the 'Immigration enforcement' definition deleted.")

write("/work/scratch/heldout9/pairs.jsonl")
print(len(__import__("lib").PAIRS))
