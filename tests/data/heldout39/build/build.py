import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import apply, pair_label, check
from texts import *

L, E, N, U = "limits_enforcement", "expands_enforcement", "neutral", "unclear"
def ch(qo, qn, lab, tops, why): return {"quote_old": qo, "quote_new": qn, "label": lab, "topics": tops, "why": why}

SRC = {
 "M11": "John Morton, ICE Director, memorandum 'Enforcement Actions at or Focused on Sensitive Locations', Policy Number 10029.2, 24 Oct 2011: Purpose and Definitions (first paragraph), OCR copy at https://abbeyscientific.org/dhs-policy-memorandum-2686 checked against the Purpose quoted at https://www.lexisnexis.com/LegalNewsRoom/immigration/b/insidenews/posts/2011-ice-memo-on-enforcement-actions-at-or-focused-on-sensitive-locations (OCR letter errors fixed, footnote marker dropped; cut before the list of sensitive locations, where the stored copy breaks off)",
 "MAY21": "Alejandro N. Mayorkas, DHS Secretary, memorandum 'Guidelines for Enforcement Actions in or Near Protected Areas', 27 Oct 2021: subject line, opening, supersession paragraph and I. Foundational Principle (first two paragraphs), https://studentsolutionsusa.com/?p=1940377 (copy of the memo; footnote marker dropped; cut where the stored copy breaks off)",
 "HUF25": "Benjamine C. Huffman, Acting DHS Secretary, memorandum 'Enforcement Actions in or Near Protected Areas', 20 Jan 2025, as excerpted at https://primarynewssource.org/sourcedocument/enforcement-actions-in-or-near-protected-areas/ (the excerpt's own ellipsis kept as [...]; subject line from the ICE page https://www.ice.gov/factsheets/civil-immigration-enforcement-actions-courthouses-directive)",
 "CBP13": "David V. Aguilar, Deputy Commissioner, CBP memorandum 'U.S. Customs and Border Protection Enforcement Actions at or Near Certain Community Locations', 18 Jan 2013, opening paragraph and list as quoted in full at https://vdare.com/posts/david-aguilar-establishes-no-go-zones-for-cbp (quoting ILW.com, 22 Feb 2013); first sentence also at http://ncimmigrationlawyer.net/cbp-on-enforcement-actions-at-or-near-certain-community-locations/",
 "ICEA": "ICE web page 'Protected Areas and Courthouse Arrests', https://www.ice.gov/factsheets/civil-immigration-enforcement-actions-courthouses-directive, edition in force Oct 2021-Jan 2025 (stored copy; cut before 'Exceptions and Limitations on Scope', where the stored copy breaks off)",
 "ICEB": "ICE web page 'Protected Areas and Courthouse Arrests' (same URL), edition after 21 Jan 2025 (stored copy; cut before the paragraph on non-public areas, where the stored copy breaks off)",
 "JOH14": "Jeh Charles Johnson, DHS Secretary, memorandum 'Policies for the Apprehension, Detention and Removal of Undocumented Immigrants', 20 Nov 2014, opening paragraphs, https://assets.documentcloud.org/documents/3764982/14-1120-Memo-Prosecutorial-Discretion-8.txt (checked against https://www.scribd.com/embeds/252341020/content_inner; OCR spacing fixed; 'www.dhs.gov' page footer dropped)",
 "KEL17": "John Kelly, DHS Secretary, memorandum 'Enforcement of the Immigration Laws to Serve the National Interest', 20 Feb 2017, opening paragraphs, https://docslib.org/doc/2211055/enforcement-of-the-immigration-laws-to-serve-the-national-interest (footnote marker and page footer dropped; the stored copy breaks off after 'including', marked [...])",
 "P1_14": "Johnson memorandum of 20 Nov 2014 (above), section A, Priority 1, as reproduced at https://www.californiaimmigration.us/reform/new-prosecutorial-discretion-guidlines/ ('52 l(a)' OCR read as 521(a))",
 "PEK21": "David Pekoske, Acting DHS Secretary, memorandum 'Review of and Interim Revision to Civil Immigration Enforcement and Removal Policies and Priorities', 20 Jan 2021, interim priorities 1-3, as reproduced at http://www.padillalawpractice.com/first-draft-blog/new-immigration-enforcement-priorities (the blog's closing sentence not included)",
 "DET12": "John Morton, ICE Director, memorandum 'Civil Immigration Enforcement: Guidance on the Use of Detainers in the Federal, State, Local, and Tribal Criminal Justice Systems', 21 Dec 2012: Purpose (first three sentences) from https://mikebakerlaw.com/blog/2013/01/23/u-s-immigration-and-customs-enforcement-detainers ; detainer criteria as quoted at https://rmlegal.com/?p=300 (the stem sentence is rmlegal's rendering of the memo's stem, footnote marker '3' dropped; [...] marks the omitted Background)",
 "N247": "DHS Form I-247N 'Request for Voluntary Notification of Release of Suspected Priority Alien' (Priority Enforcement Program, 2015), OCR at https://docslib.org/doc/6569505/ice-documents-produced ('OHS' read as DHS; checkboxes rendered as '-' items; cut after the first request)",
 "SC14": "Jeh Charles Johnson, DHS Secretary, memorandum 'Secure Communities', 20 Nov 2014, https://www.scribd.com/document/247780884/2014-Nov-DOJ-Memos-Ending-Secure-Communities-Program (footnote marker dropped; cut after the directing sentence, before the description of the replacement program)",
 "DET17": "ICE Policy Number 10074.2 'Issuance of Immigration Detainers by ICE Immigration Officers', issued 24 Mar 2017, effective 2 Apr 2017, Purpose/Background, https://de.scribd.com/document/343192229/Issuance-of-Immigration-Detainers-by-ICE-Immigration-Officers (footnote markers dropped; cut before 'Policy.')",
 "OJP17": "U.S. DOJ Office of Justice Programs, 'State or Local Government: FY 2017 Certification of Compliance with 8 U.S.C. § 1373', paragraphs (1)-(3), copy filed by the City of Paris (TX), https://documents.paristexas.gov/WebLink/0/doc/1107623/Page7.aspx ('1 am' read as 'I am'; paragraph (3) cut at 'identified below)' where it continues 'specifically including ...')",
}

pairs = []
def G(sit, old, new, changes, src):
    pairs.append(dict(situation=sit, old=old, new=new, changes=changes, src="GENUINE: " + src))
def C(sit, key, edits, changes, what, old=None):
    o = old if old is not None else globals()[key]
    pairs.append(dict(situation=sit, old=o, new=apply(o, edits), changes=changes,
                      src="CONSTRUCTED: OLD = real text, " + SRC[key] + ". NEW = OLD with an edit written for this set: " + what))

# ---------------- GENUINE ----------------
G("scope_change", M11_SHORT, MAY21, [
  ch("regarding certain enforcement actions by ICE officers and agents at or focused on sensitive locations",
     "provides guidance for ICE and CBP enforcement actions in or near areas that require special protection",
     L, ["enforcement_authority"], "The covered zone grows from actions at or focused on a location to actions in or near it, and CBP is now covered as well as ICE."),
  ch("serving subpoenas,", "service of a subpoena", L, ["enforcement_authority"],
     "Serving subpoenas was expressly outside the 2011 policy; the 2021 memo treats it as an enforcement action whose location must be weighed."),
  ch("This policy supersedes all prior agency policy on this subject.", "This memorandum supersedes and rescinds John Morton's memorandum",
     N, ["enforcement_authority"], "Supersession clause; the substantive differences are captured by the other changes."),
 ], "successive DHS/ICE guidance on enforcement at sensitive/protected locations. OLD = " + SRC["M11"] + "; the second and third sentences of Purpose (the 'unless (a)...(c)' exceptions, which the 2021 memo treats in a later section not available here) are omitted. NEW = " + SRC["MAY21"] + ", which expressly supersedes the OLD memo.")

G("list_item_added", CBP13, ICEA_LIST, [
  ch("The following establishments should be considered to be within the context of this policy:", "Examples of protected areas include, but are not limited to:",
     L, ["enforcement_authority"], "A closed list of covered establishments becomes a non-exhaustive list of examples, so more places can be protected."),
  ch("hospitals.", "Medical or mental healthcare facilities;", L, ["enforcement_authority", "access_to_services"],
     "Hospitals widen to all medical and mental healthcare facilities."),
  ch("", "Places where children gather;", L, ["enforcement_authority", "access_to_services"], "A new category of protected place is added."),
  ch("", "Places where disaster or emergency response/relief is provided;", L, ["enforcement_authority", "access_to_services"], "A new category of protected place is added."),
  ch("", "Places where there are ongoing parades, demonstrations, or rallies.", L, ["enforcement_authority"], "Demonstrations, not in the 2013 CBP list, become protected."),
  ch("community centers; and", "Social services establishments;", U, ["enforcement_authority", "access_to_services"],
     "Community centers are not named; social services establishments are, and whether every community center is one is unclear."),
 ], "CBP's 2013 list of covered community locations and the list that replaced it. OLD = " + SRC["CBP13"] + ". NEW = " + SRC["ICEA"] + ", section 'Protected Areas' only: ICE's official web summary of the 27 Oct 2021 Mayorkas memo that rescinded the 2013 CBP memo (not the memo's own wording).")

G("rule_removed", ICEA, ICEB, [
  ch("instructing officers to refrain from taking enforcement actions at or near locations or protected areas in October 2021",
     "superseding and rescinding DHS's Oct. 27, 2021, memorandum of the same title", E, ["enforcement_authority"],
     "The instruction to refrain from enforcement at or near protected areas is rescinded."),
  ch("Examples of protected areas include, but are not limited to:", "", E, ["enforcement_authority", "access_to_services"],
     "The list of protected places (schools, clinics, places of worship, etc.) disappears."),
  ch("", "Going forward, law enforcement officers should continue to use that discretion along with a healthy dose of common sense.", E, ["enforcement_authority"],
     "Officer discretion replaces the location rule."),
  ch("", "ICE officers or agents may conduct civil immigration enforcement actions in or near courthouses when they have credible information", E, ["enforcement_authority"],
     "A new permission for courthouse arrests on credible information is added."),
  ch("", "must coordinate with the relevant local ICE Office of the Principal Legal Advisor (OPLA) office before conducting civil immigration enforcement actions in or near courthouses to determine whether jurisdiction-specific legal limitations apply", N, ["enforcement_authority"],
     "A legal check that only identifies limits local law already imposes; it adds no restriction of its own."),
 ], "two editions of one official ICE web page. OLD = " + SRC["ICEA"] + ". NEW = " + SRC["ICEB"] + ".")

G("rule_removed", MAY21, HUF25, [
  ch("SUBJECT: Guidelines for Enforcement Actions in or Near Protected Areas", "SUBJECT: Enforcement Actions in or Near Protected Areas", N, ["enforcement_authority"], "Title wording only."),
  ch("in or near areas that require special protection", "in or near areas that the Department of Homeland Security (DHS) previously determined require special protection", E, ["enforcement_authority"],
     "The areas are no longer treated as currently needing protection."),
  ch("This memorandum supersedes and rescinds John Morton's memorandum", "This memorandum supersedes and rescinds Alejandro Mayorkas's October 27, 2021 memorandum", E, ["enforcement_authority"],
     "The protected-areas guidance itself is rescinded and not replaced."),
  ch("we need to consider many factors, including the location in which we are conducting the action",
     "It is not necessary, however, for the head of the agency to create bright line rules regarding where our immigration laws are permitted to be enforced.", E, ["enforcement_authority"],
     "Location no longer has to be weighed under a department rule; it is left to officer discretion."),
 ], "the protected-areas memo and the memo that rescinded it. OLD = " + SRC["MAY21"] + ". NEW = " + SRC["HUF25"] + ".")

G("rule_removed", JOH14, KEL17, [
  ch("In general, our enforcement and removal policies should continue to prioritize threats to national security, public safety, and border security.", "", E, ["enforcement_authority"],
     "The department-wide instruction to concentrate on national-security, public-safety and border threats is dropped."),
  ch("As is true of virtually every other law enforcement agency, DHS must exercise prosecutorial discretion in the enforcement of the law.", "", E, ["enforcement_authority"],
     "The statement that DHS must use discretion not to pursue all violators is dropped."),
  ch("", "all existing conflicting directives, memoranda, or field guidance regarding the enforcement of our immigration laws and priorities for removal are hereby immediately rescinded", E, ["enforcement_authority"],
     "Earlier priority limits are rescinded."),
  ch("should inform enforcement and removal activity, detention decisions, budget requests", "should inform enforcement and removal activities, detention decisions, administrative litigation, budget requests", N, ["enforcement_authority"],
     "Adds administrative litigation to the uses of the guidance; no effect on who is targeted."),
 ], "successive DHS enforcement-priorities memoranda. OLD = " + SRC["JOH14"] + ". NEW = " + SRC["KEL17"] + ", which rescinded the OLD memo.")

G("list_item_removed", P1_14, PEK21, [
  ch("(c) aliens convicted of an offense for which an element was active participation in a criminal street gang", "", L, ["enforcement_authority"], "Gang convictions are no longer a listed priority."),
  ch("(d) aliens convicted of an offense classified as a felony in the convicting jurisdiction", "", L, ["enforcement_authority"], "Any felony conviction is no longer a listed priority."),
  ch("(e) aliens convicted of an \"aggravated felony,\"", "Individuals incarcerated within federal, state, and local prisons and jails released on or after the issuance of this memorandum who have been convicted of an \"aggravated felony,\"", L, ["enforcement_authority", "detainers_holds"],
     "Aggravated felons count only if released from prison or jail after the memo, which narrows the category."),
  ch("", "and are determined to pose a threat to public safety", L, ["enforcement_authority"], "A threat finding is added as a further condition."),
  ch("(b) aliens apprehended at the border or ports of entry while attempting to unlawfully enter the United States;", "Individuals apprehended at the border or ports of entry while attempting to unlawfully enter the United States on or after November 1, 2020, or who were not physically present in the United States before November 1, 2020.", U, ["enforcement_authority"],
     "A date cut-off narrows border apprehensions, but the new 'not physically present before' prong also reaches recent entrants found in the interior."),
  ch("or who otherwise pose a danger to national security", "or whose apprehension, arrest and/or custody is otherwise necessary to protect the national security of the United States", N, ["enforcement_authority"], "National-security catch-all reworded."),
 ], "successive DHS priority lists. OLD = " + SRC["P1_14"] + " (cut before the paragraph that lets a Field Office Director set priorities aside). NEW = " + SRC["PEK21"] + ". The 2014 list was rescinded in 2017; the 2021 interim memo replaced the 2017 priorities.")

G("list_item_removed", DET12, N247, [
  ch("ICE should issue a detainer only where", "Provide notice as early as practicable (at least 48 hours, if possible) before the subject is released from your custody", L, ["detainers_holds", "ice_cooperation"],
     "The request to the local jail changes from a detainer (hold) to a notice of release."),
  ch("or has been charged with a felony offense", "has been convicted of an offense classified as a felony", L, ["detainers_holds"], "A pending felony charge no longer suffices; a conviction is required."),
  ch("the individual has a prior misdemeanor conviction or has been charged with a misdemeanor offense if the misdemeanor conviction or pending charge involves-", "has been convicted of a \"significant misdemeanor,\" as defined under DHS policy", L, ["detainers_holds"], "Pending misdemeanor charges no longer suffice."),
  ch("the individual has been convicted of illegal entry pursuant to 8 U.S.C. § 1325;", "", L, ["detainers_holds"], "Illegal-entry convictions drop out."),
  ch("the individual has illegally re-entered the country after a previous removal or return;", "", L, ["detainers_holds"], "Prior removal plus re-entry drops out."),
  ch("the individual has an outstanding order of removal;", "", L, ["detainers_holds"], "An outstanding removal order alone drops out."),
  ch("the individual has been found by an immigration officer or an immigration judge to have knowingly committed immigration fraud; or", "", L, ["detainers_holds"], "Immigration fraud drops out."),
  ch("the individual otherwise poses a significant risk to national security, border security, or public safety.", "has engaged in or is suspected of terrorism or espionage, or otherwise poses a danger to national security;", L, ["detainers_holds"], "The catch-all narrows from any significant risk to security or public safety to national security only."),
  ch("", "has been convicted of an offense of which an element was active participation in a criminal street gang", N, ["detainers_holds"], "Gang offenders were already reachable under the 2012 felony and catch-all items."),
  ch("", "2. DHS TRANSFERRED THE SUBJECT TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION.", N, ["detainers_holds", "ice_cooperation"], "Concerns persons DHS itself lent to the local agency; it reaches no one new."),
 ], "successive federal criteria for ICE requests to local jails. OLD = " + SRC["DET12"] + ". NEW = " + SRC["N247"] + " (the PEP form that, with Form I-247D, replaced the 2012 detainer practice). These are different instruments, a policy memo and a form.")

# ---------------- CONSTRUCTED ----------------
C("exception_removed", "M11", [(", (b) other law enforcement actions have led officers to a sensitive location as described in the \"Exceptions to the General Rule\" section of this policy memorandum, or (c)", ", or (b)")],
  [ch("(b) other law enforcement actions have led officers to a sensitive location as described in the \"Exceptions to the General Rule\" section of this policy memorandum,", "", L, ["enforcement_authority"],
      "One of the exceptions to the no-enforcement rule is removed, so fewer actions at sensitive locations are allowed.")],
  "exception (b) (other law enforcement actions leading officers to the location) deleted and (c) relettered (b).")
C("list_item_removed", "M11", [("(3) searches; and (4) for purposes of immigration enforcement only, surveillance.", "and (3) searches.")],
  [ch("(4) for purposes of immigration enforcement only, surveillance", "", E, ["enforcement_authority"], "Surveillance no longer counts as a covered enforcement action, so it may happen at sensitive locations freely.")],
  "item (4) surveillance deleted from the covered actions.")
C("list_item_removed", "M11", [("providing notice to officials or employees, serving subpoenas, engaging", "providing notice to officials or employees, engaging")],
  [ch("serving subpoenas, ", "", L, ["enforcement_authority"], "Removing subpoena service from the list of actions NOT covered brings it under the restriction.")],
  "'serving subpoenas' deleted from the list of actions not covered by the policy.")
C("scope_change", "M11", [("do not occur at nor are focused on sensitive locations", "do not occur at or near, nor are focused on, sensitive locations")],
  [ch("do not occur at nor are focused on sensitive locations", "do not occur at or near, nor are focused on, sensitive locations", L, ["enforcement_authority"], "The restriction now covers actions near a sensitive location too.")],
  "'at' widened to 'at or near' in the Purpose.")
C("reparagraphed", "M11", [("The enforcement actions covered by this policy are (1) arrests; (2) interviews; (3) searches; and (4) for purposes of immigration enforcement only, surveillance. Actions",
   "The enforcement actions covered by this policy are:\n\n(1) arrests;\n\n(2) interviews;\n\n(3) searches; and\n\n(4) for purposes of immigration enforcement only, surveillance.\n\nActions")],
  [ch("The enforcement actions covered by this policy are (1) arrests;", "The enforcement actions covered by this policy are:\n\n(1) arrests;", N, ["enforcement_authority"], "The same four covered actions, set out as a list.")],
  "the run-in list of covered actions broken out into separate paragraphs.")
C("list_item_added", "CBP13", [("- community centers; and", "- community centers;\n\n- courthouses; and")],
  [ch("", "- courthouses; and", L, ["enforcement_authority"], "Courthouses join the covered locations.")],
  "'courthouses' added to the list.")
C("modal_change", "CBP13", [("should be considered to be within the context of this policy", "may be considered to be within the context of this policy")],
  [ch("should be considered", "may be considered", E, ["enforcement_authority"], "Coverage of the listed places becomes optional.")],
  "'should be considered' changed to 'may be considered'.")
C("list_item_removed", "CBP13", [("- community centers; and\n\n- hospitals.", "- community centers.")],
  [ch("- hospitals.", "", E, ["enforcement_authority", "access_to_services"], "Hospitals are no longer a covered location.")],
  "'hospitals' deleted (and 'and' moved).")
C("restated", "CBP13", [("Accordingly, careful consideration and planning must be undertaken, as outlined herein, in relation to enforcement actions conducted at or near these establishments.",
   "Accordingly, enforcement actions conducted at or near these establishments must be carefully considered and planned, as outlined herein.")],
  [ch("careful consideration and planning must be undertaken, as outlined herein, in relation to enforcement actions conducted at or near these establishments",
      "enforcement actions conducted at or near these establishments must be carefully considered and planned, as outlined herein", N, ["enforcement_authority"], "Passive restatement of the same duty.")],
  "the second sentence restated in other words.")
C("list_item_removed", "ICEA", [("- Places where children gather;\n\n", "")],
  [ch("- Places where children gather;", "", E, ["enforcement_authority", "access_to_services"], "Playgrounds, childcare and similar places lose protection.")],
  "'Places where children gather' deleted.")
C("definition_change", "ICEA", [("Examples of protected areas include, but are not limited to:", "Protected areas are limited to:")],
  [ch("Examples of protected areas include, but are not limited to:", "Protected areas are limited to:", E, ["enforcement_authority"], "A non-exhaustive list becomes exhaustive, so unlisted places get no protection.")],
  "the list stem made exhaustive.")
C("scope_change", "ICEA", [("seizures, the service of charging documents or subpoenas, interviews", "seizures, interviews")],
  [ch("the service of charging documents or subpoenas, ", "", E, ["enforcement_authority"], "Serving charging documents and subpoenas falls outside the guidance and may be done at protected areas.")],
  "service of charging documents or subpoenas deleted from the actions within scope.")
C("approval_added", "ICEA", [("interviews and immigration enforcement surveillance.", "interviews and immigration enforcement surveillance. No such action may be taken in or near a protected area without the advance approval of the Field Office Director or Special Agent in Charge.")],
  [ch("", "No such action may be taken in or near a protected area without the advance approval of the Field Office Director or Special Agent in Charge.", L, ["supervisor_approval", "enforcement_authority"], "An advance senior approval is required.")],
  "a sentence requiring advance approval added at the end.")
C("scope_change", "ICEB", [(", and where such action is not precluded by laws imposed by the jurisdiction in which the civil immigration enforcement action will take place.", ".")],
  [ch(", and where such action is not precluded by laws imposed by the jurisdiction in which the civil immigration enforcement action will take place", "", E, ["enforcement_authority"], "Courthouse arrests are no longer conditioned on local law allowing them.")],
  "the condition that local law not preclude the action deleted.")
C("modal_change", "ICEB", [("ICE officers or agents must coordinate with the relevant local", "ICE officers or agents may coordinate with the relevant local")],
  [ch("must coordinate", "may coordinate", E, ["enforcement_authority"], "The pre-arrest legal check becomes optional.")],
  "'must coordinate' changed to 'may coordinate'.")
C("approval_added", "ICEB", [("is or will be present at a specific location, and where", "is or will be present at a specific location, when the action has been approved in advance by a Field Office Director, and where")],
  [ch("", "when the action has been approved in advance by a Field Office Director", L, ["supervisor_approval", "enforcement_authority"], "Courthouse arrests now need a Field Office Director's approval.")],
  "an advance approval condition inserted in the courthouse sentence.")
C("neutral_rewrite", "ICEB", [("when they have credible information that leads them to believe the targeted alien(s) is or will be present", "when credible information leads them to believe that the targeted alien(s) is or will be present")],
  [ch("when they have credible information that leads them to believe the targeted alien(s)", "when credible information leads them to believe that the targeted alien(s)", N, ["enforcement_authority"], "Same standard, reworded.")],
  "the credible-information clause reworded.")
C("list_item_removed", "P1_14", [("(c) aliens convicted of an offense for which an element was active participation in a criminal street gang, as defined in 18 U.S.C. § 521(a), or aliens not younger than 16 years of age who intentionally participated in an organized criminal gang to further the illegal activity of the gang;\n\n(d)", "(c)"), ("\n\n(e) aliens", "\n\n(d) aliens")],
  [ch("(c) aliens convicted of an offense for which an element was active participation in a criminal street gang, as defined in 18 U.S.C. § 521(a), or aliens not younger than 16 years of age who intentionally participated in an organized criminal gang to further the illegal activity of the gang;", "", L, ["enforcement_authority"], "Gang members are no longer a top priority.")],
  "item (c) deleted and (d)-(e) relettered.")
C("list_item_added", "P1_14", [("at the time of the conviction.", "at the time of the conviction; and\n\n(f) aliens charged with, but not yet convicted of, an offense classified as a felony in the charging jurisdiction."), ("immigration status; and\n\n(e)", "immigration status;\n\n(e)")],
  [ch("", "(f) aliens charged with, but not yet convicted of, an offense classified as a felony in the charging jurisdiction.", E, ["enforcement_authority", "detainers_holds"], "People merely charged with a felony become a top priority.")],
  "new item (f) for felony charges added ('and' moved).")
C("approval_removed_or_weakened", "P1_14", [("in the judgment of an ICE Field Office Director, CBP Sector Chief or CBP Director of Field Operations,", "in the judgment of the arresting ICE officer or CBP agent,")],
  [ch("in the judgment of an ICE Field Office Director, CBP Sector Chief or CBP Director of Field Operations,", "in the judgment of the arresting ICE officer or CBP agent,", L, ["supervisor_approval", "enforcement_authority"],
      "The power to take a person out of Priority 1 moves down to the arresting officer, so de-prioritising becomes easier.")],
  "the officials who may set a priority aside changed to the arresting officer.", old=P1_14_FULL)
C("exception_removed", "P1_14", [("must be prioritized unless they qualify for asylum or another form of relief under our laws, or unless, in the judgment", "must be prioritized unless, in the judgment")],
  [ch("unless they qualify for asylum or another form of relief under our laws, or ", "", E, ["enforcement_authority"], "Eligibility for asylum or other relief no longer takes a person out of the removal priority.")],
  "the asylum/relief exception deleted.", old=P1_14_FULL)
C("scope_change", "PEK21", [("Individuals incarcerated within federal, state, and local prisons and jails released on or after the issuance of this memorandum who have been convicted", "Individuals who have been convicted")],
  [ch("incarcerated within federal, state, and local prisons and jails released on or after the issuance of this memorandum ", "", E, ["enforcement_authority", "detainers_holds"], "All aggravated felons count, not only those newly released from custody.")],
  "the recent-release condition deleted from priority 3.")
C("list_item_added", "DET12", [("- the individual has three or more prior misdemeanor convictions;", "- the individual has three or more prior misdemeanor convictions;\n- the individual has been arrested for any criminal offense;")],
  [ch("", "- the individual has been arrested for any criminal offense;", E, ["detainers_holds"], "Any arrest now supports a detainer.")],
  "a new condition (arrest for any offense) added.")
C("scope_change", "DET12", [("subject to removal from the United States AND (2) one or more", "subject to removal from the United States OR (2) one or more")],
  [ch("AND (2)", "OR (2)", E, ["detainers_holds"], "Either prong alone now suffices, so a detainer may issue without any listed criminal condition.")],
  "'AND' between the two prongs changed to 'OR'.")
C("reparagraphed", "DET12", [(" This guidance applies to all uses of ICE detainers", "\n\nThis guidance applies to all uses of ICE detainers"), (" This guidance does not govern", "\n\nThis guidance does not govern")],
  [ch("systems. This guidance applies", "systems.\n\nThis guidance applies", N, ["detainers_holds"], "Same sentences split into separate paragraphs.")],
  "the Purpose paragraph split into three paragraphs.")
C("rule_added", "N247", [("- Provide notice as early as practicable (at least 48 hours, if possible) before the subject is released from your custody to allow DHS an opportunity to determine whether there is probable cause to conclude that he or she is a removable alien.",
   "- Provide notice as early as practicable (at least 48 hours, if possible) before the subject is released from your custody to allow DHS an opportunity to determine whether there is probable cause to conclude that he or she is a removable alien.\n- Maintain custody of the subject for a period not to exceed 48 hours beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.")],
  [ch("", "- Maintain custody of the subject for a period not to exceed 48 hours beyond the time when he/she would otherwise have been released from your custody", E, ["detainers_holds", "ice_cooperation"], "A hold request is added to the notice request.")],
  "a second request, to hold the person up to 48 hours, added.")
C("list_item_removed", "N247", [("- has been convicted of a \"significant misdemeanor,\" as defined under DHS policy; and/or\n- has been convicted of 3", "- has been convicted of 3"),
   ("aggravated felony, as defined under 8 U.S.C. § 1101(a)(43) at the time of conviction;", "aggravated felony, as defined under 8 U.S.C. § 1101(a)(43) at the time of conviction; and/or")],
  [ch("- has been convicted of a \"significant misdemeanor,\" as defined under DHS policy; and/or", "", L, ["detainers_holds", "information_sharing"], "A single significant misdemeanor no longer triggers a notification request.")],
  "the 'significant misdemeanor' box deleted ('and/or' moved).")
C("restated", "SC14", [("The Secure Communities program, as we know it, will be discontinued.", "The Secure Communities program will be discontinued in its current form.")],
  [ch("The Secure Communities program, as we know it, will be discontinued.", "The Secure Communities program will be discontinued in its current form.", N, ["information_sharing"], "Same statement reworded.")],
  "first sentence reworded.")
C("rule_added", "SC14", [("to discontinue Secure Communities.", "to discontinue Secure Communities. ICE shall not request that any state or local law enforcement agency detain an individual beyond the time he or she would otherwise be released.")],
  [ch("", "ICE shall not request that any state or local law enforcement agency detain an individual beyond the time he or she would otherwise be released.", L, ["detainers_holds", "ice_cooperation"], "Hold requests to local agencies are barred.")],
  "a sentence barring hold requests added.")
C("approval_added", "DET17", [("associated with arrests outside the custodial environment.", "associated with arrests outside the custodial environment. No detainer may be issued to a state or local LEA without the prior approval of a supervisory immigration officer.")],
  [ch("", "No detainer may be issued to a state or local LEA without the prior approval of a supervisory immigration officer.", L, ["supervisor_approval", "detainers_holds"], "Detainers now need supervisory sign-off.")],
  "a supervisory-approval sentence added at the end.")
C("neutral_rewrite", "DET17", [("In fact, the former Immigration and Naturalization Service first used the Form I-247 as early as 1952.", "Indeed, the Form I-247 was first used by the former Immigration and Naturalization Service as early as 1952.")],
  [ch("In fact, the former Immigration and Naturalization Service first used the Form I-247 as early as 1952.", "Indeed, the Form I-247 was first used by the former Immigration and Naturalization Service as early as 1952.", N, ["detainers_holds"], "Historical remark reworded.")],
  "historical sentence reworded.")
C("scope_change", "OJP17", [("with respect to any \"program or activity\" funded in whole or in part with the federal financial assistance provided through the FY 2017 OJP program under which this certification is being submitted",
   "with respect to all of their programs and activities, whether or not funded with the federal financial assistance provided through the FY 2017 OJP program under which this certification is being submitted")],
  [ch("with respect to any \"program or activity\" funded in whole or in part with the federal financial assistance", "with respect to all of their programs and activities, whether or not funded with the federal financial assistance", E, ["information_sharing", "ice_cooperation"],
      "The 1373 compliance condition reaches every local program, not only grant-funded ones.")],
  "the scope of the compliance requirement widened to all programs.")
C("restated", "OJP17", [("including the prohibitions on certain actions by State and local government entities, -agencies, and -officials regarding information on citizenship and immigration status.",
   "including the prohibitions that it places on State and local government entities, agencies, and officials with respect to information regarding citizenship and immigration status.")],
  [ch("including the prohibitions on certain actions by State and local government entities, -agencies, and -officials regarding information on citizenship and immigration status",
      "including the prohibitions that it places on State and local government entities, agencies, and officials with respect to information regarding citizenship and immigration status", N, ["information_sharing"], "Same description of section 1373 reworded.")],
  "paragraph (2)'s description of section 1373 reworded.")
C("cross_clause", "OJP17", [("(1) I am the chief legal officer", "(1) Except as stated in paragraph (4), I am the chief legal officer"),
   ("(\"the FY 2017 OJP Program\" identified below).", "(\"the FY 2017 OJP Program\" identified below).\n\n(4) Paragraph (3) does not apply to any policy of the jurisdiction that limits the honoring of immigration detainers or the sharing of release dates, provided that the policy does not restrict communication of citizenship or immigration status information.")],
  [ch("", "(4) Paragraph (3) does not apply to any policy of the jurisdiction that limits the honoring of immigration detainers or the sharing of release dates", L, ["detainers_holds", "information_sharing"],
      "A later paragraph carves detainer and release-date limits out of the compliance condition, so jurisdictions keep them without losing funds."),
   ch("(1) I am the chief legal officer", "(1) Except as stated in paragraph (4), I am the chief legal officer", N, ["information_sharing"], "Cross-reference to the new paragraph; no effect of its own.")],
  "new paragraph (4) exempting detainer and release-date limits from (3), with a cross-reference in (1).")
C("double_negation", "OJP17", [("(\"the FY 2017 OJP Program\" identified below).", "(\"the FY 2017 OJP Program\" identified below).\n\n(4) Nothing in this certification shall be construed to prevent the jurisdiction from declining to provide to the Department of Homeland Security any information other than information regarding citizenship or immigration status.")],
  [ch("", "(4) Nothing in this certification shall be construed to prevent the jurisdiction from declining to provide to the Department of Homeland Security any information other than information regarding citizenship or immigration status.", L, ["information_sharing"],
      "Read through the double negative, the jurisdiction may refuse to share release dates, addresses and other data, which narrows the duty.")],
  "new paragraph (4), a 'nothing ... shall prevent ... declining' clause, added.")

out = []
for i, p in enumerate(pairs, 1):
    tops = []
    for c in p["changes"]:
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    rec = {"id": "JP-%02d" % i, "situation": p["situation"], "old": p["old"], "new": p["new"], "changes": p["changes"],
           "label": pair_label(p["changes"]), "topics": tops, "source": p["src"]}
    check(rec); out.append(rec)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pairs.jsonl"), "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out))
