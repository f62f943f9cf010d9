import json, subprocess, collections
P = [json.loads(l) for l in open("../pairs.jsonl")]
out = subprocess.run(["python3","check.py"],capture_output=True,text=True).stdout
L = []
L.append("# heldout57 (KH-): jails, sheriffs and 287(g) agreements -- successive ICE 287(g) MOAs of two Florida sheriffs\n")
L.append("Blind evaluation set for the policy-comparison tool's immigration lens, built by a helper session. Nothing under /work/main was opened and the tool was not run; the only project files read were /work/scratch/brief/{BRIEF.md, lib.py, check.py} and prior_sources.txt (searched with grep only). Labels come from reading the two texts.\n")
L.append("## What it is\n%d pairs, %d labelled changes. %d pairs are GENUINE (two real published agreements of the same sheriff), %d are CONSTRUCTED (real OLD text, one edit written for this set and described in `source`).\n" % (len(P), sum(len(p['changes']) for p in P), sum(p['source'].startswith('GENUINE') for p in P), sum(p['source'].startswith('CONSTRUCTED') for p in P)))
L.append("""## How it was made
1. prior_sources.txt was grepped for this focus. Earlier sets already used, from github.com/appelson/Tracking_287g: WSO/JEM template sections V.B-V.D, Appendices A-B (heldout8), Marion County WSO 2019 -> TFM 2025 (PURPOSE, NOMINATION, TRAINING, ICE SUPERVISION, Appendix A functions, RELEASE OF INFORMATION/REPORTING), Collier County JEM 2020 I-III, IV.C-IV.F, VIII (first six paragraphs, addendum) and TFM 2025 VIII-X (heldout28). Sheriff jail policies found by search (Sonoma, Fresno C-185, Sutter, San Joaquin, LASD, Milwaukee, Dallas) were already used by earlier sets and were left out.
2. Passages used here are other sections or other comparisons: Hernando County (FL) WSO 2019 III, IV (opening, A, B), IV.G, IV.I, VI-VIII; Hernando JEM 2020 IV (opening, A, B), IV.G, IV.I, VI-VIII; Hernando TFM 2025 II, III, V (stem only), VI; Collier County (FL) JEM 2020 IV (opening, A, B), IV.H, IV.I, VI, VII; Collier TFM 2025 XIV, XVI, XVII, XVIII. Two passages overlap earlier sets: WSO IV.B (nomination) was the OLD side of a Marion WSO->TFM pair, here it is compared with the JEM 2020 text (KH-02); Collier JEM VIII (first paragraphs) was used by heldout28 for the addendum pair, here it is compared with TFM XVIII (KH-04).
3. The repository snapshot (commit 1946c799) was fetched and read with git; PDF text layers were extracted with pypdfium2 (build/extract.py -> build/src/), reflowed into paragraphs and cleaned (build/sec.py: page numbers, 'Revised 02/12/2025' and county footers dropped, OCR slips such as 'ofthis', 'OHS' (=DHS), 'tenninate' repaired). Where a section runs into the signature block, both sides are cut at the same paragraph boundary (noted per pair).
4. GENUINE pairs compare one sheriff's successive agreements (WSO 2019 -> JEM 2020 -> TFM 2025). These are different 287(g) models, not amendments of one document, so differences partly reflect the model; the texts on both sides are verbatim.
5. CONSTRUCTED edits are ones a drafter makes: a hold period, an approval (one that limits, one that hinders termination and so expands), an exception added/removed, an exception to an exception, a 'nothing shall prohibit' clause, a list item, a modal change, a cross-clause extension, reparagraphings and restatements.
6. build/pairs.py + build/defs.py write ../pairs.jsonl (edits applied with lib.apply, every pair run through lib.check); build/check.py (id prefix KH) prints the counts below; build/write_source.py writes this file.

## Doubtful labels
- KH-02: candidates needing only 'authority to enforce' rather than having 'enforced' laws labelled expands (wider pool of deputizable officers); a reader could call it neutral.
- KH-06 (pair 'unclear'): removal of the 90-day notice for the sheriff's withdrawal and ICE's new immediate-suspension power labelled limits; ICE's undertaking not to terminate during corrective measures labelled expands. Termination clauses are indirect; a reader may call them neutral.
- KH-01: the new Section VI is labelled expands (case-by-case exception, arrests on behalf of ICE with same-day transport); the WSO 2019 model already served ICE warrants in the jail, and the TFM list of functions (omitted) is much broader than the WSO SOP, which the pair does not show.
- Termination-period edits (90-day delay added, exigency exception removed, exception-to-exception, 30-day notice) are labelled by whether they keep the sheriff in the program longer (expands) or let it leave sooner (limits).
- KH-22 (approval required for the LEA to terminate) is an approval_added that expands.

## Pairs
""")
for p in P:
    n = collections.Counter(c['label'] for c in p['changes'])
    L.append("- **%s** %s - %s - pair label %s (%d changes: %d limits, %d expands, %d neutral, %d unclear). %s" % (p['id'], 'GENUINE' if p['source'].startswith('GENUINE') else 'CONSTRUCTED', p['situation'], p['label'], len(p['changes']), n['limits_enforcement'], n['expands_enforcement'], n['neutral'], n['unclear'], p['source']))
L.append("\n## Counts (python3 build/check.py)\n```\n" + out + "```\n")
L.append("Licence: ICE 287(g) MOAs are U.S. government works published by ICE (public domain); collected in github.com/appelson/Tracking_287g.\n")
open("../SOURCE.md","w").write("\n".join(L))
