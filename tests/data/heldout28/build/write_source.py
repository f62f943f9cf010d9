import json, os
here = os.path.dirname(os.path.abspath(__file__))
P = [json.loads(l) for l in open(os.path.join(here, "..", "pairs.jsonl"), encoding="utf-8")]
counts = open(os.path.join(here, "check_output.txt")).read()
head = """# heldout28 (JE-): 287(g) agreements and the bills that require or govern them

Blind evaluation set for the policy-comparison tool's immigration lens, built by a helper session. Focus: written
agreements and the laws governing them -- ICE 287(g) memoranda of agreement (2020 Jail Enforcement Model with its
2020 addendum, 2025 Task Force Model), and 2023-2025 state bills that require sheriffs / counties / cities to seek
287(g) agreements (Texas S.B. 658, S.B. 8, H.B. 1881, S.B. 134, H.B. 2257; Wyoming H.B. 276).

**43 pairs, 59 labelled changes; 6 pairs are GENUINE (two real editions), 37 are CONSTRUCTED (real OLD text, one
edit written for this set, described in each pair's `source`).**

## Blindness
Nothing under /work/main was opened and the tool was not run. The only project files read were
/work/scratch/brief/{BRIEF.md, lib.py, check.py, prior_sources.txt}. Labels come from reading the two texts.

## How it was made
1. prior_sources.txt was searched for the documents in this focus. heldout8 (HI-) already used ICE 287(g) MOAs from
   github.com/appelson/Tracking_287g: WSO 2019/2020/2025 and JEM 2020/2025 template sections V.B-V.D, Appendix A
   (supervisory responsibilities / authorized functions) and Appendix B, and Marion County WSO 2019 -> TFM 2025 sections
   PURPOSE, NOMINATION, TRAINING (IV.C -> IV), ICE SUPERVISION, Appendix A functions, RELEASE OF INFORMATION/REPORTING.
   heldout2 used 2009-template preambles/PURPOSE; HO-08 used Fla. Stat. 908.11. None of those passages is reused here.
   The passages used here are other sections: JEM 2020 I-III, IV.C, IV.D, IV.E, IV.F, VIII and the 2020 addendum;
   TFM 2025 VIII, IX, X (Collier County, FL -- a sheriff not used before).
2. The same repository snapshot (commit 1946c799..., fetched with the search tool) was read with git; PDF text layers
   were extracted with pypdfium2 (build/extract.py, build/norm.py, build/secs.py; extracts in build/src/). Section-by-
   section word diffs were run between template editions (JEM 2020-03 vs 2020-06: identical; JEM 2020 vs JEM 2025
   'Revised 02/15/2025': identical apart from the addendum sentence; WSO 2019 vs 2020 vs 2025: identical outside the
   sections heldout8 used; TFM 'Revised 02/12/2025' vs 'Revised 03/07/2025': typo fixes only). So the only genuine MOA
   differences left were (a) the 2020 JEM addendum and (b) one sheriff's 2020 JEM vs its 2025 TFM for sections not used.
3. Bill texts come from the stored `pages` corpus (capitol.texas.gov, billcam.com, app.legiplex.com). Stored copies
   hold about 2,000 characters, so each bill is cut at a clean subsection boundary (noted in `source`).
4. Constructed edits are ones a drafter makes: shall/may, a threshold, an approval, an exception (also one placed in
   another subsection), a rule added or removed, a definition narrowed, a reparagraphing, a restatement.
5. build/pairs.py writes ../pairs.jsonl (edits applied with lib.apply, every pair run through lib.check);
   build/check.py (id prefix JE) re-checks and prints the counts below; build/write_source.py writes this file.

## Not covered (looked for, not usable)
Intergovernmental service agreements, county board resolutions approving/ending 287(g), sheriff 287(g) duty policies and
2025 bills forbidding agreements: stored copies were either news summaries only, truncated before any second version,
or already used by earlier sets (Maryland HB 444 / SB 245 family). The Texas S.B. 8 enrolled text (Gov. Code 753.051)
could not be read past the first sentence of (a), so the engrossed->enrolled pair was not made. Connecticut H.B. 7212
(2025) raised vs substitute bill: only the unchanged definitions were readable.

## Text handling
Bills: line numbers and table pipes dropped, wrapped lines joined, one blank line between subsections. MOAs: running
footers (agency name, page numbers, 'Revised ...') and signature blocks dropped; wrapped lines joined; curly quotes
straightened; OCR slips repaired, e.g. 'fimctions'->'functions', 'examinatio~'->'examination,', 'tfumersonnel'->
'personnel', 'comse'->'course', 'ad:mini11.trative'->'administrative', 'shell'->'shall', 'thisMOA'->'this MOA',
'tcm(s)'->'test(s)', '(FOO)'->'(FOD)', 'authorimtion/authori7.ation'->'authorization', 'pmfmm'->'perform', 'cmy'->
'carry', 'cn:dentials'->'credentials', 'perfonning'->'performing', 'performed..'->'performed.', 'trammg'->'training',
'ofall/ofthe/ofthis/ofICE'->'of all/of the/of this/of ICE', 'LEA' s'->'LEA's', 'OHS'->'DHS', 'Whether _or'->'Whether
or', '( e.g.'->'(e.g.'; a missing final period after 'this MOA' restored twice in JEM IV.D. No other word changed.

## Labelling conventions
Direction = effect on local involvement in immigration enforcement, OLD -> NEW. For mandate bills: more bodies
bound, may->shall, approvals needed to LEAVE an agreement, stronger penalties = expands; thresholds raised, exceptions,
approvals needed to ENTER, shall->may, penalties removed = limits. For MOAs: more power/time/place for deputies or
fewer limits on them = expands; confinement, lapse of authority, local power to revoke or veto = limits. Funding,
training logistics, ICE-internal review and renamed sections = neutral. A pure insertion has quote_old "" (and a pure
deletion quote_new "").

## Doubts about labels
- JE-06 (genuine, pair label unclear): the removal of 'Only those certified LEA personnel who receive authorization
  letters and ICE Form 70-006 ... may conduct immigration officer functions' is labelled expands; the 2025 TFM keeps
  a similar 'only ... nominated, trained, certified, and authorized' rule in its Section IV (outside the excerpt), so a
  reader who knows the whole agreement could call it neutral. The explicit LEA power to revoke a deputy's authority is
  labelled limits; one could call it neutral (the 2020 text did not say who may revoke).
- JE-01: the (b) change (threshold of the optional clause) is labelled neutral as consequential on (a).
- JE-02: subsections (e)-(f) change the same way as (c) (municipality added) but are not given their own change entries.
- JE-04, JE-05: funding and training changes labelled neutral; a stricter reader could see the dropped exam rules in
  JE-05 as a loosening (unclear).
- JE-40 (rule_removed, SB 134 (e)-(f)): removing the grant penalty leaves the duty in (a) intact; labelled limits as a
  weaker mandate, but one could call it neutral.
- JE-41 (JEM PURPOSE, 'shall occur only as provided in this MOA' deleted): labelled expands; one could argue the MOA's
  other sections still confine the authority.
- Neutral changes are 34% of changes (target ~20%), mostly because the genuine MOA pairs are largely neutral.

## Counts (output of build/check.py)
```
""" + counts + """```

## Pairs
| id | kind | situation | pair label | changes (L/E/N/U) | source / edit |
|---|---|---|---|---|---|
"""
rows = []
for p in P:
    k = "GENUINE" if p["source"].startswith("GENUINE") else "CONSTRUCTED"
    c = [x["label"] for x in p["changes"]]
    cnt = "%d (%d/%d/%d/%d)" % (len(c), c.count("limits_enforcement"), c.count("expands_enforcement"), c.count("neutral"), c.count("unclear"))
    rows.append("| %s | %s | %s | %s | %s | %s |" % (p["id"], k, p["situation"], p["label"], cnt, p["source"].replace("|", "/")))
open(os.path.join(here, "..", "SOURCE.md"), "w", encoding="utf-8").write(head + "\n".join(rows) + "\n")
print("SOURCE.md written")
