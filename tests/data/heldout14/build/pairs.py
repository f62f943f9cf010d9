"""Builds ../pairs.jsonl (heldout14): genuine editions first, then constructed edits on real passages.
Run: python3 pairs.py && python3 check.py"""
import json, os
from sources import *
from lib import apply, check, pair_label

L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl")
PAIRS = []


def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}


def add(situation, old, new, changes, source):
    tops = []
    for c in changes:
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    p = {"id": "HP-%02d" % (len(PAIRS) + 1), "situation": situation, "old": old, "new": new,
         "changes": changes, "label": pair_label(changes), "topics": tops, "source": source}
    check(p)
    PAIRS.append(p)


def cons(doc, edit):
    return ("CONSTRUCTED EDIT on real text: " + doc + ". OLD = the real passage (verbatim from the stored copy, "
            "normalised as described in SOURCE.md); NEW = OLD with an edit made for this set, not a real "
            "edition: " + edit)


# ---------------------------------------------------------------- document descriptions
MVWSD_BP_18 = ("Mountain View Whisman School District (California) Board Policy 5145.13 'Response to Immigration "
               "Enforcement', edition marked 'Policy adopted: September 6, 2018' (no revision date), stored copy "
               "https://www.mvwsd.org/cms/One.aspx?portalId=418858&pageId=5135681")
MVWSD_BP_25 = ("the same Board Policy 5145.13 marked 'Policy adopted: September 6, 2018 / Revision Adopted: April 24, "
               "2025', stored copy https://mountainviewsd.ss12.sharpschool.com/cms/One.aspx?portalId=418858&pageId=5135681")
MVWSD_AR = ("Mountain View Whisman School District (California) Administrative Regulation 5145.13 'Response to "
            "Immigration Enforcement' ('Regulation approved: September 6, 2018 / Updated: June 27, 2025'), section "
            "'Responding to Requests for Immigration-Related Information or Documents' (typos 'subpeona', 'byt', "
            "'student is the student is' kept as published), https://www.mvwsd.org/cms/One.aspx?portalId=418858&pageId=5156570")
WWU_19 = ("Western Washington University policy POL-U7100.03 'Regarding Access to Non-Public Areas of Campus or Student "
          "Records for Immigration Enforcement Purposes', effective September 23, 2019, https://policy.wwu.edu/"
          "POL-U7100.03-Regarding-Access-to-Non-Public-Areas-of-Campus-or-Student-Records-for-Immigration-Enforcement-Purposes")
WWU_25 = ("Western Washington University policy POL-U1000.13 'Regarding Access to University Property and Student "
          "Records for Immigration Enforcement Purposes (Interim)', effective January 17, 2025, https://policy.wwu.edu/"
          "POL-U1000.13-Regarding-Access-to-University-Property-and-Student-Records-for-Immigration-Enforcement-Purposes-Interim")
ABQ_01 = ("City of Albuquerque (NM) Council Resolution R-2001-009 (F/S R-151, 'Declaring The City Of Albuquerque An "
          "Immigrant-Friendly City ...'), Sections 1-2 as enacted, Legistar full text https://cabq.legistar.com/"
          "LegislationDetail.aspx?ID=1256769&GUID=C68CF8DC-7161-498C-A997-FF2D664B7E0E&Options=ID%7CText%7C&Search=R-2001-009&FullText=1")
ABQ_CODE = ("the same provisions as codified in the Albuquerque Code of Resolutions (American Legal Publishing, "
            "'latest'), https://codelibrary.amlegal.com/codes/albuquerque/latest/albuquerque_nm_res/0-0-0-18532")
YPSI_PROP = ("City of Ypsilanti (MI), proposed 'don't ask' ordinance language as quoted in MLive/Ann Arbor News, "
             "'Ypsilanti councilman proposes 'Don't ask' immigration ordinance' (Dec. 2016), "
             "https://www.mlive.com/news/ann-arbor/2016/12/ypsilanti_council_member_propo.html")
YPSI_ADOPT = ("City of Ypsilanti Ordinance No. 1281 (article 'Solicitation of Immigration Status', adopted 2017), "
              "operative paragraph as quoted in MLive, Sept. 25, 2017, "
              "http://www.mlive.com/news/ann-arbor/index.ssf/2017/09/ypsilanti_hosts_spanish-friend.html (the "
              "first-reading article of Jan. 2017, https://www.mlive.com/news/ann-arbor/2017/01/ypsilanti_mayor_talks_new_immi.html, "
              "quotes the same opening words)")
UC_17 = ("University of California Office of the General Counsel, FAQ for University employees on possible federal "
         "immigration enforcement actions on University property, 2017 edition (it cites the University's Nov. 30, "
         "2016 statement), introduction and list of questions, third-party copy "
         "http://metnty.com/news/faq-federal-immigration-enforcement-actions-university-property; the heading line "
         "between the introduction and the list is left out")
UC_24 = ("the same FAQ marked 'Updated 12/18/2024', introduction and list of questions, "
         "https://universityofcalifornia.edu/content/frequently-asked-questions-federal-immigration-enforcement-actions")
HENRICO = ("Henrico County (Virginia) Division of Police, Line Procedure LP-54-25 'Immigration Responsibilities' "
           "(posted June 11, 2025), POLICY, DISCUSSION and PROCEDURES I through criteria item 2 (item 3 is truncated in "
           "the stored copy), https://henrico.gov/public-data/police-policy-immigration-enforcement/")
COLUMBUS = ("City of Columbus (Ohio) City Codes sec. 161.10 'Denial of city services, misuse of city resources, and/or "
            "solicitation of information about immigration status' (Ord. No. 1304-2017), text as published on elaws "
            "before the 2025/26 amendment, http://columbus-oh.elaws.us/code/coor_title1_ch161_sec161.10")
MV_PRE = ("City of Mounds View (Minnesota) Ordinance No. 1056 (draft v2 of 1/28/26 in the Feb. 2, 2026 council packet), "
          "Section 1 Preamble 1.07-1.10, Laserfiche page https://miweblink.metro-inet.us/MoundsViewPublic/0/doc/520045/Page4.aspx")
MV_202 = ("City of Mounds View (Minnesota) Ordinance No. 1056 (draft v2 of 1/28/26 in the Feb. 2, 2026 council packet), "
          "2.02 'Prohibition on use of City-owned property' (A)-(B) ((C) is truncated in the stored copy and left out), "
          "Laserfiche page https://miweblink.metro-inet.us/MoundsViewPublic/0/doc/520045/Page6.aspx")
HAMTRAMCK = ("City of Hamtramck (Michigan) Code of Ordinances, chapter 38 section on inquiries into immigration status, "
             "divisions (A)-(B) with history note (Ord. 2008-1, passed 1-22-2008; the section number is not shown in "
             "the stored copy), https://codelibrary.amlegal.com/codes/hamtramck/latest/hamtramck_mi/0-0-0-14443")
CWU = ("Central Washington University policy CWU 203-20 'Access to University Property and Student Records for "
       "Immigration Purposes' (effective January 26, 2026), Content (1) A-D, https://www.cwu.edu/about/policies/"
       "university-policy-library/university-operations/section-203-administrative/"
       "cwu-203-20-access-to-university-property-and-student-records-for-immigration-purposes.php")
ALEX = ("City of Alexandria (Virginia) 'Immigration Enforcement FAQs' page, the paragraphs quoting the policies of "
        "the City Council's 2007 resolution, https://www.alexandriava.gov/Immigration")
WWUFAQ = ("Western Washington University, 'WWU, Washington State Law and Immigration Enforcement' FAQ page (2025; the "
          "list of employee steps is missing from the stored copy as published), https://equity.wwu.edu/faq-wa-law-immigration-enforcement")
MVCITY = ("City of Mountain View (California): the two passages added to the Equitable Communities Resolution on "
          "Oct. 24, 2017, as quoted in the City's media release 10262017-1, "
          "https://www.mountainview.gov/civica/press/display.asp?layout=1&Entry=1313")
ARL = ("Arlington County (Virginia) web page 'Arlington County Law Enforcement and Immigration', first section, "
       "https://www.arlingtonva.us/Government/Topics/Arlington-County-Law-Enforcement-and-Immigration")

# ================================================================ GENUINE EDITIONS
add("mixed", mvwsd_bp_2018(), mvwsd_bp_2025(), [
    C("District staff shall not solicit or collect information or documents regarding the citizenship or immigration status of students or their family members",
      "District staff shall not solicit or collect information or documents, and shall not seek or require information or documents to the exclusion of other permissible information or documents, regarding the citizenship or immigration status of a student or the student's family members",
      L, ["status_inquiry", "document_requests"],
      "The 2025 policy adds that staff may not demand particular documents (such as immigration papers) in place of other acceptable ones."),
    C("or provide assistance with immigration enforcement at district schools", "",
      E, ["ice_cooperation"],
      "The 2018 ban on staff helping with immigration enforcement at schools is gone from this sentence, and the 2025 text shown does not restate it."),
    C("except as may be required by state and federal law", "",
      L, ["status_inquiry"],
      "The carve-out 'except as may be required by state and federal law' is dropped, so on its face the ban on collecting status information no longer yields to other law."),
    C("on the basis of his/her immigration status",
      "on the basis of the student's or family's immigration status or for the refusal to provide information related to the student's or family's immigration status",
      L, ["access_to_services", "status_inquiry"],
      "Protection now also covers a family's status and students who refuse to give status information."),
    C("", "Resources and data collected by the district shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination.",
      L, ["information_sharing"],
      "New rule: district data may not be used, by the district or others, to build a registry based on immigration status."),
    C("(cf. 0410 - Nondiscrimination in District Programs and Activities)",
      "In accordance with law, Board Policy 0410 - Nondiscrimination in District Programs and Activities, and Board Policy 5145.3 - Nondiscrimination/Harassment,",
      N, ["access_to_services"],
      "Cross-references move from '(cf. ...)' lines into the sentence and the other cf. lines are dropped; no rule changes."),
    C("Consistent with requirements of the California Office of the Attorney General, the Superintendent or designee shall develop procedures for addressing any requests by a law enforcement officer for access to district records, school sites, or students for the purpose of immigration enforcement.",
      "The Superintendent or designee shall develop procedures for addressing any immigration-related requests by a law enforcement officer for access to district records, school sites, or students.",
      N, ["ice_cooperation"],
      "The duty to write procedures for officers' access requests is reworded ('immigration-related requests') with the same effect."),
], "GENUINE EDITIONS (two published editions of one school-district policy): OLD = " + MVWSD_BP_18 +
   "; NEW = " + MVWSD_BP_25 + ". Both cut at the same point: after the procedures sentence (and, in OLD, its cf. lines); "
   "header lines (policy number, dates, title) left out on both sides.")

add("scope_change", wwu_2019(), wwu_2025(), [
    C("Regarding Access to Non-Public Areas of Campus or Student Records for Immigration Enforcement Purposes",
      "Regarding Access to University Property and Student Records for Immigration Enforcement Purposes (Interim)",
      L, ["ice_cooperation", "information_sharing"],
      "The policy's subject widens from non-public areas of campus to all university property."),
    C("This policy applies to all University employees (and student-employees) contacted by U.S Immigration and Customs Enforcement (ICE), U.S. Customs and Border Protection (CBP) or other third party seeking access to non-public areas of the university or university records for immigration enforcement purposes.",
      "The provision of this policy applies to Western Washington University departments, staff and students.",
      L, ["ice_cooperation"],
      "The rules now bind every department, staff member and student, not only employees approached by ICE or CBP for access."),
    C("There is no overview for this policy.",
      "The University does not exclude students from receiving an education or unlawfully discriminate against anyone because of their race, color, national origin, age, disability, gender identity, immigration or citizenship status",
      L, ["access_to_services"],
      "A new overview promises education and non-discrimination regardless of immigration or citizenship status."),
    C("Areas of the university to which access is limited to authorized employees, students, visitors, and contractors.",
      "A civil immigration warrant includes, but is not limited to, administrative warrants issued on forms I-200 or I-203, or their successors, and civil immigration warrants entered in the national crime information center database.",
      U, ["detainers_holds", "ice_cooperation"],
      "The definitions are replaced (non-public areas out; civil immigration warrant and court order in); their effect depends on policy statements not in the excerpt."),
], "GENUINE EDITIONS (successive published policies of one university on the same subject; whether POL-U1000.13 "
   "formally superseded POL-U7100.03 is not stated in the stored copies): OLD = " + WWU_19 + "; NEW = " + WWU_25 +
   ". Both cut before 'Policy Statements' (the NEW copy breaks off inside statement 1); 'Dates and Approval' blocks "
   "left out on both sides.")

add("reparagraphed", abq_2001(), abq_code(), [
    C("SECTION 1: The Council declares Albuquerque", "(A) The Council declares Albuquerque",
      N, ["access_to_services"], "The codified text turns 'SECTION 1' into paragraph (A); same words."),
    C("SECTION 2: The Council establishes the following policies", "(B) The Council establishes the following policies",
      N, ["access_to_services"], "'SECTION 2' becomes paragraph (B); the policies under it are the same."),
    C("(A) To the fullest extent allowed by federal and state law, immigrants who live within the city limits of Albuquerque",
      "(1) To the fullest extent allowed by federal and state law, immigrants who live within the City limits of Albuquerque",
      N, ["access_to_services"],
      "Items (A)-(C) are renumbered (1)-(3) and 'city' is capitalised; the guarantee of access to City services is unchanged."),
], "GENUINE EDITIONS (resolution as enacted vs its codification): OLD = " + ABQ_01 + "; NEW = " + ABQ_CODE +
   ". Both cut at the same words inside the third policy item ('... just and humane immigration reforms'), where the "
   "OLD stored copy breaks off; the resolution's title and whereas clauses are left out.")

add("mixed", ypsi_proposed(), ypsi_adopted(), [
    C("No law enforcement or other agent of the city of Ypsilanti shall",
      "A public servant, while acting within the scope of public service employment and/or authority shall not:",
      N, ["enforcement_authority"],
      "Who is bound is restated: 'law enforcement or other agent of the city' becomes 'a public servant' acting in that role."),
    C("inquire into the immigration status of any person who interacts with a governmental agency",
      "(3) inquire into the immigration status of any person, or engage in activities for the purpose of ascertaining the immigration status of any person.",
      L, ["status_inquiry"],
      "The status-inquiry ban now covers any person, not only people dealing with a city agency, and also bars other efforts to learn status."),
    C("or ask for their Social Security number or other information that would disclose an individual's immigration status", "",
      E, ["document_requests", "status_inquiry"],
      "The draft's express bar on asking for a Social Security number or other status-revealing information is not in the adopted text."),
    C("", "(1) solicit information concerning immigration status for the purpose of ascertaining a person's compliance with federal immigration law; or",
      L, ["status_inquiry", "enforcement_authority"],
      "Adds an express ban on seeking status information to check compliance with federal immigration law."),
    C("", "(2) solicit information for the purpose of determining immigration status from a person who is seeking police services, or is a victim, or is a witness; or",
      L, ["status_inquiry", "access_to_services"],
      "Adds express protection for people seeking police help, victims and witnesses."),
], "GENUINE EDITIONS (draft vs adopted wording of one city ordinance, both as quoted verbatim in news reports): "
   "OLD = " + YPSI_PROP + "; NEW = " + YPSI_ADOPT + ". Only the quoted operative words are used (the reports' own "
   "paraphrase of exceptions is not).")

add("neutral_rewrite", uc_2017(), uc_2024(), [
    C("Charles F. Robinson, general counsel and vice president of Legal Affairs at the University of California, has issued the following FAQ for members of the University of California community who are concerned about immigration enforcement actions occurring across the country",
      "We know that many members of the University of California community are concerned about immigration enforcement actions that may occur across the country",
      N, ["ice_cooperation"], "The introduction is reworded; it sets no rule."),
    C("This document responds to frequently asked questions", "This FAQ responds to your questions",
      N, ["ice_cooperation"], "Same description of the document, reworded."),
    C("Please keep in mind that Department of Homeland Security (DHS) policies are in transition",
      "Please keep in mind that as Department of Homeland Security (DHS) policies and practices may evolve with the administration change on and after January 20, 2025",
      N, ["ice_cooperation"], "The caveat about changing DHS policy is updated for 2025; no rule for University staff changes."),
    C("", "7. What does a federal immigration enforcement warrant allow an immigration officer to do?",
      N, ["detainers_holds", "ice_cooperation"], "A new question on what an immigration warrant allows is added and later questions renumbered; a question sets no rule."),
    C("9. Does it make a difference if a student is an international student?",
      "10. Does it make a difference if information is requested about an international student?",
      N, ["information_sharing"], "The international-student question is renumbered and reworded around information requests."),
    C("", "11. Does it make a difference if information is requested about a foreign national employee on an H-1B nonimmigrant visa status or working pursuant to F-1 STEM Optional Practical Training?",
      N, ["information_sharing"], "A question about information requests on H-1B and OPT employees is added; it sets no rule."),
], "GENUINE EDITIONS (two published editions of one university guidance document; negative control): OLD = " + UC_17 +
   "; NEW = " + UC_24 + ". Both sides: introduction and numbered list of questions; the answers are beyond the stored copies.")

# ================================================================ CONSTRUCTED EDITS
H = henrico()
add("list_item_added", H, apply(H, [("2. Has been convicted of a felony, regardless of whether that felony involved violence.",
                                     "2. Has been convicted of a felony, regardless of whether that felony involved violence.\n3. Arrested for driving without a valid operator's license.")]), [
    C("", "3. Arrested for driving without a valid operator's license.", E, ["status_inquiry", "document_requests"],
      "A minor traffic arrest is added to the list of people officers may question about immigration status and ask for immigration documents."),
], cons(HENRICO, "criteria item '3. Arrested for driving without a valid operator's license.' added after item 2."))

add("modal_change", H, apply(H, [("Division members may make the appropriate inquiries", "Division members shall make the appropriate inquiries")]), [
    C("Division members may make the appropriate inquiries about the immigration status", "Division members shall make the appropriate inquiries about the immigration status",
      E, ["status_inquiry", "document_requests"],
      "'May' becomes 'shall': status questions and document requests become mandatory for everyone who meets the criteria."),
], cons(HENRICO, "'Division members may make the appropriate inquiries' changed to 'shall make'."))

add("scope_change", H, apply(H, [("shall not routinely inquire", "shall not inquire"),
                                 ("responsibility of Immigration and Customs Enforcement (ICE)", "responsibility of U.S. Immigration and Customs Enforcement (ICE)")]), [
    C("shall not routinely inquire into the immigration status of persons", "shall not inquire into the immigration status of persons",
      L, ["status_inquiry"], "Dropping 'routinely' turns a ban on routine status questions into a ban on any status questions outside the stated exception."),
    C("the principal responsibility of Immigration and Customs Enforcement (ICE)", "the principal responsibility of U.S. Immigration and Customs Enforcement (ICE)",
      N, ["ice_cooperation"], "The agency's full name is spelled out; same agency."),
], cons(HENRICO, "'routinely' deleted from the POLICY sentence; 'U.S.' added before the agency name."))

add("approval_added", H, apply(H, [("Division members may make the appropriate inquiries", "With the prior approval of a shift supervisor, Division members may make the appropriate inquiries")]), [
    C("Division members may make the appropriate inquiries about the immigration status, and request immigration-related documents",
      "With the prior approval of a shift supervisor, Division members may make the appropriate inquiries",
      L, ["supervisor_approval", "status_inquiry", "document_requests"],
      "Officers now need a shift supervisor's prior approval before asking about status or requesting immigration documents."),
], cons(HENRICO, "'With the prior approval of a shift supervisor,' put before 'Division members may make the appropriate inquiries'."))

add("exception_to_exception", H, apply(H, [("reasonably suspected of participating in criminal activity.", "reasonably suspected of participating in criminal activity other than a traffic infraction.")]), [
    C("except when the person is reasonably suspected of participating in criminal activity.",
      "except when the person is reasonably suspected of participating in criminal activity other than a traffic infraction.",
      L, ["status_inquiry"], "The exception allowing status questions of criminal suspects no longer reaches people suspected only of traffic infractions."),
], cons(HENRICO, "'other than a traffic infraction' added to the exception in the POLICY sentence."))

add("modal_change", H, apply(H, [("Division members will lend their cooperation.", "Division members may lend their cooperation.")]), [
    C("When requested by federal immigration officials, Division members will lend their cooperation.",
      "When requested by federal immigration officials, Division members may lend their cooperation.",
      L, ["ice_cooperation"], "Cooperation with federal immigration officials becomes discretionary instead of promised."),
], cons(HENRICO, "'will lend their cooperation' changed to 'may lend their cooperation'."))

add("reparagraphed", H, apply(H, [("immigration status. When requested by federal immigration officials", "immigration status.\nWhen requested by federal immigration officials"),
                                  ("1. Arrested for any violent felony.", "(a) Arrested for any violent felony."),
                                  ("2. Has been convicted of a felony", "(b) Has been convicted of a felony")]), [
    C("immigration status. When requested by federal immigration officials", "immigration status.\nWhen requested by federal immigration officials",
      N, ["ice_cooperation", "access_to_services"], "The DISCUSSION paragraph is split in two; the same sentences."),
    C("1. Arrested for any violent felony.", "(a) Arrested for any violent felony.", N, ["status_inquiry"],
      "The criteria are relabelled (a)-(b); the same two criteria."),
], cons(HENRICO, "negative control: DISCUSSION split into two paragraphs; criteria 1.-2. relabelled (a)-(b)."))

add("exception_added", H, apply(H, [("in accordance with Code of Virginia §19.2-11.02.",
                                     "in accordance with Code of Virginia §19.2-11.02. This restriction does not apply to a victim or witness who is the subject of an administrative warrant issued by federal immigration authorities.")]), [
    C("", "This restriction does not apply to a victim or witness who is the subject of an administrative warrant issued by federal immigration authorities.",
      E, ["status_inquiry", "detainers_holds", "access_to_services"],
      "Victims and witnesses named in an ICE administrative warrant lose the protection against status questions."),
], cons(HENRICO, "a sentence excepting victims/witnesses who are subjects of an administrative warrant added after the victim-witness rule."))

add("scope_change", H, apply(H, [("Members will notify federal officials when serious situations where a potential threat to the public is perceived.",
                                  "Members will notify federal officials whenever they learn that a person in custody is not lawfully present in the United States.")]), [
    C("Members will notify federal officials when serious situations where a potential threat to the public is perceived.",
      "Members will notify federal officials whenever they learn that a person in custody is not lawfully present in the United States.",
      E, ["information_sharing", "ice_cooperation"],
      "Notice to federal officials is no longer limited to serious threats to the public; it is owed for anyone in custody found to be unlawfully present."),
], cons(HENRICO, "the notification sentence in DISCUSSION rewritten from 'serious situations where a potential threat to the public is perceived' to any person in custody not lawfully present."))

CB = columbus()
add("exception_added", CB, apply(CB, [("unless a warrant exists, a criminal violation was reported, or an arrest was made.",
                                       "unless a warrant exists, a criminal violation was reported, an arrest was made, or a federal immigration officer has requested assistance.")]), [
    C("unless a warrant exists, a criminal violation was reported, or an arrest was made.",
      "unless a warrant exists, a criminal violation was reported, an arrest was made, or a federal immigration officer has requested assistance.",
      E, ["ice_cooperation", "status_inquiry"],
      "A request from a federal immigration officer now lifts the ban on investigating or helping investigate a person's status."),
], cons(COLUMBUS, "a fourth exception 'or a federal immigration officer has requested assistance' added to E."))

add("scope_change", CB, apply(CB, [("for the sole purpose of detecting", "for the purpose of detecting")]), [
    C("shall use city moneys, equipment, or personnel for the sole purpose of detecting or apprehending",
      "shall use city moneys, equipment, or personnel for the purpose of detecting or apprehending",
      L, ["enforcement_authority", "raids_joint_operations"],
      "Without 'sole', city resources may not be used to find or apprehend people over their status even when the operation has other purposes too."),
], cons(COLUMBUS, "'sole' deleted from D."))

add("definition_change", CB, apply(CB, [("including without limitation a member of a temporary commission, master, arbitrator, advisor, or consultant.",
                                         "but does not include a person who performs such a function under a contract with the city.")]), [
    C("including without limitation a member of a temporary commission, master, arbitrator, advisor, or consultant",
      "but does not include a person who performs such a function under a contract with the city",
      E, ["enforcement_authority", "status_inquiry"],
      "City contractors are carved out of 'public servant', so the bans in B-E no longer bind them."),
], cons(COLUMBUS, "the definition of 'Public servant' narrowed to exclude persons working under a city contract."))

add("cross_clause", CB, apply(CB, [("a person's immigration status unless a warrant exists, a criminal violation was reported, or an arrest was made.",
                                    "a person's immigration status.\nF. Subsection E does not apply when a warrant exists, a criminal violation was reported, or an arrest was made.")]), [
    C("a person's immigration status unless a warrant exists, a criminal violation was reported, or an arrest was made.",
      "F. Subsection E does not apply when a warrant exists, a criminal violation was reported, or an arrest was made.",
      N, ["status_inquiry"], "E's three exceptions move into a new subsection F that refers back to E; the rule is unchanged."),
], cons(COLUMBUS, "negative control: the 'unless ...' exceptions of E moved into a new subsection F ('Subsection E does not apply when ...')."))

add("mixed", CB, apply(CB, [("unless a warrant exists", "unless a judicial warrant exists"),
                            ("No department, employee, public official, or public servant of the city of Columbus shall deny access",
                             "A department, employee, public official, or public servant of the city of Columbus shall not deny access")]), [
    C("investigation of a person's immigration status unless a warrant exists", "investigation of a person's immigration status unless a judicial warrant exists",
      L, ["detainers_holds", "status_inquiry"], "Only a judicial warrant now opens the exception; an ICE administrative warrant no longer does."),
    C("No department, employee, public official, or public servant of the city of Columbus shall deny access to city services",
      "A department, employee, public official, or public servant of the city of Columbus shall not deny access to city services",
      N, ["access_to_services"], "'No ... shall' rephrased as '... shall not'; same prohibition."),
], cons(COLUMBUS, "'warrant' in E narrowed to 'judicial warrant'; B's 'No department ... shall deny' rephrased 'A department ... shall not deny'."))


MP, M2 = moundsview_preamble(), moundsview_202()
add("exception_changed", M2, apply(M2, [("for any law enforcement purpose.", "for any law enforcement purpose, including a joint operation with federal immigration authorities.")]), [
    C("Nothing herein shall prohibit the City police department from using any city property for any law enforcement purpose.",
      "Nothing herein shall prohibit the City police department from using any city property for any law enforcement purpose, including a joint operation with federal immigration authorities.",
      E, ["raids_joint_operations", "ice_cooperation"],
      "The police exception now expressly covers joint operations with immigration agents on city lots the ordinance otherwise closes to them."),
], cons(MV_202, "', including a joint operation with federal immigration authorities' added to the police exception in (A)."))

add("exception_added", M2, apply(M2, [("except with a judicial warrant or when access is otherwise required by law.",
                                       "except with a judicial warrant, an administrative warrant issued by federal immigration authorities, or when access is otherwise required by law.")]), [
    C("except with a judicial warrant or when access is otherwise required by law",
      "except with a judicial warrant, an administrative warrant issued by federal immigration authorities, or when access is otherwise required by law",
      E, ["detainers_holds", "ice_cooperation"],
      "An ICE administrative warrant now opens non-public City spaces to immigration enforcement."),
], cons(MV_202, "'an administrative warrant issued by federal immigration authorities' added to the exceptions in (B)."))

add("mixed", M2, apply(M2, [("except with a judicial warrant or when access is otherwise required by law.", "except with a judicial warrant."),
                            (" Nothing herein shall prohibit the City police department from using any city property for any law enforcement purpose.\n(B)", "\n(B)"),
                            ("would otherwise be necessary to gain access.", "would otherwise be necessary to gain access.\n(C) Nothing in paragraph (A) shall prohibit the City police department from using any city property for any law enforcement purpose.")]), [
    C("except with a judicial warrant or when access is otherwise required by law.", "except with a judicial warrant.",
      L, ["ice_cooperation", "detainers_holds"], "Non-public City spaces now open to immigration enforcement only with a judicial warrant; the 'otherwise required by law' route is gone."),
    C("Nothing herein shall prohibit the City police department from using any city property for any law enforcement purpose.",
      "(C) Nothing in paragraph (A) shall prohibit the City police department from using any city property for any law enforcement purpose.",
      N, ["raids_joint_operations"], "The police exception moves to its own paragraph but still refers only to paragraph (A); same reach."),
], cons(MV_202, "'or when access is otherwise required by law' deleted from (B); the last sentence of (A) moved to a new (C) worded 'Nothing in paragraph (A) shall prohibit ...'."))

add("definition_change", MP, apply(MP, [(" and any federal criminal immigration law that penalizes a person's presence in, entry, or reentry to, or employment in, the United States, when not accompanied by other criminal conduct", "")]), [
    C("any federal civil immigration law and any federal criminal immigration law that penalizes a person's presence in, entry, or reentry to, or employment in, the United States, when not accompanied by other criminal conduct (collectively,",
      "any federal civil immigration law (collectively,",
      E, ["enforcement_authority", "ice_cooperation"],
      "'Federal immigration laws', whose enforcement on City property the City opposes, shrinks to civil law; status-only crimes such as illegal reentry fall outside."),
], cons(MV_PRE, "the words covering federal criminal immigration laws deleted from the collective definition in 1.09."))

HT = hamtramck()
add("list_item_added", HT, apply(HT, [("as set forth in § 38.005.", "as set forth in § 38.005.\n(5) Solicitation of information concerning immigration status at the request of a federal immigration officer.")]), [
    C("", "(5) Solicitation of information concerning immigration status at the request of a federal immigration officer.",
      E, ["status_inquiry", "ice_cooperation"], "A new permitted activity lets any public servant ask about status whenever a federal immigration officer requests it."),
], cons(HAMTRAMCK, "item (5) 'Solicitation of information concerning immigration status at the request of a federal immigration officer.' added to the permitted list in (B)."))

add("list_item_removed", HT, apply(HT, [("\n(4) Solicitation of information concerning immigration status by a public servant, who is a police officer, as set forth in § 38.005.", "")]), [
    C("(4) Solicitation of information concerning immigration status by a public servant, who is a police officer, as set forth in § 38.005.", "",
      L, ["status_inquiry", "enforcement_authority"],
      "Police officers lose their listed permission to solicit immigration status, so the general ban in (A) applies to them too."),
], cons(HAMTRAMCK, "permitted activity (4) (police officers, § 38.005) deleted; '; or' at the end of (3) left as it was."))

add("double_negation", HT, apply(HT, [("Notwithstanding the prohibitions set forth in division (A) above of this section, public servants are expressly permitted to engage in the following activities, which shall not constitute a violation of this chapter:",
                                       "Nothing in division (A) of this section shall be construed to prohibit public servants from engaging in the following activities:")]), [
    C("Notwithstanding the prohibitions set forth in division (A) above of this section, public servants are expressly permitted to engage in the following activities, which shall not constitute a violation of this chapter:",
      "Nothing in division (A) of this section shall be construed to prohibit public servants from engaging in the following activities:",
      N, ["status_inquiry"], "The stem of the permitted list is restated as a 'nothing shall prohibit' clause; the same activities stay permitted."),
], cons(HAMTRAMCK, "negative control: the stem of (B) rephrased as 'Nothing in division (A) ... shall be construed to prohibit ...'."))

add("approval_added", HT, apply(HT, [("who is a police officer, as set forth in § 38.005.", "who is a police officer, with the written approval of the Chief of Police, as set forth in § 38.005.")]), [
    C("by a public servant, who is a police officer, as set forth in § 38.005.",
      "by a public servant, who is a police officer, with the written approval of the Chief of Police, as set forth in § 38.005.",
      L, ["supervisor_approval", "status_inquiry"], "Police officers may solicit status information only with the Chief's written approval."),
], cons(HAMTRAMCK, "'with the written approval of the Chief of Police,' added to item (4)."))

AR = mvwsd_ar()
add("exception_added", AR, apply(AR, [("a court order, or a judicial subpoena/warrant.", "a court order, a judicial subpoena/warrant, or an administrative warrant issued by federal immigration authorities.")]), [
    C("a court order, or a judicial subpoena/warrant.",
      "a court order, a judicial subpoena/warrant, or an administrative warrant issued by federal immigration authorities.",
      E, ["information_sharing", "detainers_holds"], "Student immigration records may now be handed over on an ICE administrative warrant, without a judge."),
], cons(MVWSD_AR, "'or an administrative warrant issued by federal immigration authorities' added to the disclosure exceptions."))

add("scope_change", AR, apply(AR, [("shall not be disclosed to a law enforcement officer", "shall not be disclosed to a federal immigration officer")]), [
    C("shall not be disclosed to a law enforcement officer without the consent", "shall not be disclosed to a federal immigration officer without the consent",
      E, ["information_sharing"], "Only federal immigration officers are now covered; local police and other officers can receive students' status records without consent or a court order."),
], cons(MVWSD_AR, "'a law enforcement officer' narrowed to 'a federal immigration officer' in the disclosure rule."))


CW = cwu()
add("modal_change", CW, apply(CW, [("CWU employees shall presume", "CWU employees may presume"),
                                   ("against students and their families, employees, and volunteers", "against students, employees, and volunteers")]), [
    C("CWU employees shall presume that activities by federal immigration authorities", "CWU employees may presume that activities by federal immigration authorities",
      E, ["ice_cooperation"], "Treating federal agents' activity (including surveillance) as immigration enforcement becomes optional, so staff may help with it."),
    C("against students and their families, employees, and volunteers", "against students, employees, and volunteers",
      E, ["ice_cooperation", "access_to_services"], "Students' families drop out of the people the no-participation rules protect."),
], cons(CWU, "'shall presume' -> 'may presume' in D; 'and their families' deleted from C."))

add("list_item_removed", CW, apply(CW, [("adjacent sidewalks, parking areas, sports facilities, and entrances", "sports facilities and entrances")]), [
    C("which include (but are not limited to) adjacent sidewalks, parking areas, sports facilities", "which include (but are not limited to) sports facilities",
      E, ["ice_cooperation"], "Adjacent sidewalks (which need not be university property) and parking areas are no longer named; despite 'not limited to', the policy no longer plainly reaches the sidewalks next to campus."),
], cons(CWU, "'adjacent sidewalks, parking areas,' deleted from the list in B."))

AX = alexandria()
add("rule_removed", AX, apply(AX, [("will neither make inquiries about nor report on the citizenship", "will not make inquiries about the citizenship")]), [
    C("will neither make inquiries about nor report on the citizenship of those who seek", "will not make inquiries about the citizenship of those who seek",
      E, ["information_sharing", "status_inquiry"], "The City keeps its no-questions rule but drops its promise not to report on the citizenship of people seeking its services."),
], cons(ALEX, "'neither make inquiries about nor report on' reduced to 'not make inquiries about' in the third policy."))


WF = wwu_faq()
add("approval_removed_or_weakened", WF, apply(WF, [("Determine, in consultation with the AAG's Office, whether access", "Determine whether access")]), [
    C("Determine, in consultation with the AAG's Office, whether access will be granted", "Determine whether access will be granted",
      E, ["supervisor_approval", "ice_cooperation"], "University police may grant immigration agents access without first consulting the Attorney General's office."),
], cons(WWUFAQ, "'in consultation with the AAG's Office,' deleted from the third UPD step."))


MV = mountainview()
add("scope_change", MV, apply(MV, [("will not detain or arrest any person on the basis of", "will not detain or arrest any person solely on the basis of")]), [
    C("will not detain or arrest any person on the basis of a person's citizenship", "will not detain or arrest any person solely on the basis of a person's citizenship",
      E, ["enforcement_authority", "detainers_holds"], "Adding 'solely' lets police detain or arrest when status is one reason among others."),
], cons(MVCITY, "'solely' added before 'on the basis of' in the police sentence."))

AG = arlington()
add("neutral_rewrite", AG, apply(AG, [("However, the role of Arlington County law enforcement is to keep our community safe, not enforce federal immigration laws.",
                                       "However, Arlington County law enforcement's role is to keep our community safe; it does not enforce federal immigration laws."),
                                      ("Arlington County Police serves all people, regardless of citizenship or immigration status,",
                                       "Arlington County Police serves everyone, regardless of immigration or citizenship status,")]), [
    C("However, the role of Arlington County law enforcement is to keep our community safe, not enforce federal immigration laws.",
      "However, Arlington County law enforcement's role is to keep our community safe; it does not enforce federal immigration laws.",
      N, ["enforcement_authority"], "Same statement that county police do not enforce federal immigration law, reworded."),
    C("Arlington County Police serves all people, regardless of citizenship or immigration status,",
      "Arlington County Police serves everyone, regardless of immigration or citizenship status,",
      N, ["access_to_services"], "'All people' becomes 'everyone' and the two statuses swap places; same promise of service."),
], cons(ARL, "negative control: two sentences reworded without changing their meaning."))

YA = ypsi_adopted()
add("double_negation", YA, YA + "\nNothing in this section shall prohibit a public servant who is a police officer from inquiring into the immigration status of a person who has been arrested for a felony.", [
    C("", "Nothing in this section shall prohibit a public servant who is a police officer from inquiring into the immigration status of a person who has been arrested for a felony.",
      E, ["status_inquiry", "enforcement_authority"], "A 'nothing shall prohibit' clause creates an exception: police may ask felony arrestees about their status."),
], cons(YPSI_ADOPT, "a closing sentence 'Nothing in this section shall prohibit a public servant who is a police officer from inquiring ... arrested for a felony.' added."))

B25 = mvwsd_bp_2025()
add("rule_removed", B25, apply(B25, [("\nResources and data collected by the district shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination. (Government Code 8310.3)", "")]), [
    C("Resources and data collected by the district shall not be used, directly or by others, to compile a list, registry, or database of individuals based on national origin, immigration status, religion, or other category of individual characteristics protected against unlawful discrimination.", "",
      E, ["information_sharing"], "The ban on using district data to build immigration-status registries is deleted."),
], cons("Mountain View Whisman School District (California) Board Policy 5145.13 'Response to Immigration Enforcement', "
         "2025 revision ('Revision Adopted: April 24, 2025'), from 'The Governing Board' to the procedures sentence, stored copy "
         "https://mountainviewsd.ss12.sharpschool.com/cms/One.aspx?portalId=418858&pageId=5135681",
         "the registry sentence (Government Code 8310.3) deleted."))


add("approval_added", H, apply(H, [("The Division of Police shall not initiate immigration-related investigations and", "The Division of Police shall not initiate immigration-related investigations without the approval of a shift supervisor and")]), [
    C("The Division of Police shall not initiate immigration-related investigations and",
      "The Division of Police shall not initiate immigration-related investigations without the approval of a shift supervisor and",
      E, ["supervisor_approval", "enforcement_authority"],
      "The flat ban on starting immigration investigations becomes a ban only without a supervisor's approval, so supervisors can now authorise them."),
], cons(HENRICO, "'without the approval of a shift supervisor' added to the ban on initiating immigration-related investigations (an approval that opens a way out of a prohibition)."))

add("scope_change", HT, apply(HT, [("(A) A public servant is prohibited", "(A) A public servant, other than a police officer, is prohibited")]), [
    C("(A) A public servant is prohibited from inquiring into the immigration status of any person",
      "(A) A public servant, other than a police officer, is prohibited from inquiring into the immigration status of any person",
      E, ["status_inquiry", "enforcement_authority"], "Police officers are taken out of the general ban on asking about immigration status."),
], cons(HAMTRAMCK, "', other than a police officer,' added to the subject of (A)."))

add("rule_added", WF, apply(WF, [("- Arrange for a university representative to be present, if possible, during any enforcement activity.",
                                  "- Arrange for a university representative to be present, if possible, during any enforcement activity.\n- Deny access to non-public areas of campus unless the officer presents a judicial warrant.")]), [
    C("", "- Deny access to non-public areas of campus unless the officer presents a judicial warrant.",
      L, ["ice_cooperation", "detainers_holds"], "University police must refuse immigration agents entry to non-public areas without a judicial warrant."),
], cons(WWUFAQ, "a fifth UPD step '- Deny access to non-public areas of campus unless the officer presents a judicial warrant.' added."))

add("exception_changed", AX, apply(AX, [("including checking the immigration status of any such person", "including, after conviction, checking the immigration status of any such person")]), [
    C("including checking the immigration status of any such person and forwarding this information",
      "including, after conviction, checking the immigration status of any such person and forwarding this information",
      L, ["status_inquiry", "information_sharing"], "Status checks and reports to federal officials now wait until a person is convicted, not merely prosecuted."),
], cons(ALEX, "'after conviction,' added before 'checking the immigration status' in the second policy."))

add("rule_added", MV, apply(MV, [("status under civil immigration laws.", "status under civil immigration laws, and will not hold any person on an immigration detainer.")]), [
    C("", "and will not hold any person on an immigration detainer.",
      L, ["detainers_holds"], "Adds a promise that police will not hold anyone on an ICE detainer."),
], cons(MVCITY, "', and will not hold any person on an immigration detainer' added to the police sentence."))


add("exception_added", M2, apply(M2, [("for operations enforcing civil immigration laws. Nothing herein",
                                       "for operations enforcing civil immigration laws. This paragraph does not apply to personnel acting under an agreement entered into pursuant to 8 U.S.C. 1357(g). Nothing herein")]), [
    C("", "This paragraph does not apply to personnel acting under an agreement entered into pursuant to 8 U.S.C. 1357(g).",
      E, ["raids_joint_operations", "ice_cooperation"],
      "Officers working under a 287(g) agreement may again use City lots and garages as staging areas for immigration operations."),
], cons(MV_202, "a sentence exempting personnel acting under a 287(g) agreement added to (A) before the police exception."))

add("exception_changed", CB, apply(CB, [("except in response to a court order.", "except in response to a court order or as part of a joint task force with federal law enforcement agencies.")]), [
    C("based on the person's suspected immigration status, except in response to a court order.",
      "based on the person's suspected immigration status, except in response to a court order or as part of a joint task force with federal law enforcement agencies.",
      E, ["raids_joint_operations", "enforcement_authority"],
      "City personnel and equipment may now be used to find and apprehend people over their status when working in a joint task force with federal agencies."),
], cons(COLUMBUS, "'or as part of a joint task force with federal law enforcement agencies' added to D's exception."))

with open(OUT, "w", encoding="utf-8") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print("wrote", len(PAIRS), "pairs to", os.path.normpath(OUT))
