"""Writes ../SOURCE.md from ../pairs.jsonl and check.py's output."""
import json, os, collections
d = os.path.dirname(os.path.abspath(__file__))
pairs = [json.loads(l) for l in open(os.path.join(d, "..", "pairs.jsonl"), encoding="utf-8")]
counts = open(os.path.join(d, "check_output.txt"), encoding="utf-8").read()
L = []
L.append("# heldout43 (id prefix JT): transit, port/airport, state police and territorial texts, immigration lens\n")
L.append("""## What this set is
A blind evaluation set of 45 OLD/NEW policy-text pairs (51 labelled changes) for the policy-comparison tool's
immigration lens, built from texts of special-purpose and state agencies: the Port of Seattle (which runs
Seattle-Tacoma International Airport, the seaport and its own Police Department), the Michigan State Police,
the BART transit district (own police department) and the Illinois governor's 2015 order covering the Illinois
State Police. Built blind: nothing under /work/main was opened and the tool was not run; only
/work/scratch/brief/ and this folder were read. prior_sources.txt was checked: none of the texts used here
(Port of Seattle, Michigan State Police, BART, Illinois EO 15-02) appears in it.

## How it was made
Texts were found with the `search` tool (corpus "pages"; the stored copies give about 2,000 characters per
excerpt). Each base text is copied verbatim into build/texts.py (PDF line numbers and page headers removed,
paragraphs separated by blank lines); where a stored copy is truncated it was cut at the last complete sentence or
paragraph, and that is said per source below. build/build.py applies the edits (each `find` must occur exactly
once, via lib.apply), derives the pair label with lib.pair_label and writes pairs.jsonl; build/check.py (id prefix
JT) re-checks it; build/make_source.py writes this file.

Only ONE pair is GENUINE (JT-01: the preambles of Port of Seattle Resolution 3747 (2018) and its 2025
replacement Resolution 3838). Searches for two readable editions of a transit, airport, housing-authority, park,
hospital, state-police, highway-patrol, tribal, Puerto Rico or Guam order turned up news reports only (BART Safe
Transit Policy, Minneapolis Metro Transit 2017 policy, Pennsylvania State Police AR 7-14, Puerto Rico Police
general order of May 2016, Guam AG 287(g) agreement, Illinois EO 15-02), or a single edition.
For the Port of Seattle both the 2018 and 2025 directive memos exist, but the stored 2025 copy breaks off exactly
where the police/detainer item starts, so that section could not be paired. All other pairs are CONSTRUCTED: OLD
is a real text, NEW is an edit written for this set, described exactly in each pair's `source`. In JT-41..JT-44
(BART, Illinois) the OLD texts are preambles only (the operative parts were not in the stored copies); NEW adds an
operative clause written for this set, which is not the real resolution's or order's text.

## Labelling notes and doubts
- JT-01 (genuine): all five changes are neutral because only the preambles (title and WHEREAS clauses) could be
  read in both editions; recitals create no duty. A reader could argue the 2025 recitals signal a stronger stance,
  but no rule changes in the quoted text.
- JT-15..JT-21 (Res. 3838 definitions): the OLD text holds only definitions; the labels assume, as the Directive
  does, that the definitions feed its limits (no acting on administrative warrants, no joining civil immigration
  enforcement operations, no collecting/sharing status data). Narrowing a definition is labelled expands,
  widening it limits. These are the labels most open to doubt because the operative clause is not in the text.
- JT-05 (place of birth dropped from the grounds on which Port police may not act): labelled expands; status and
  citizenship remain protected, so the effect is small.
- JT-11 is the only pair whose changes point both ways (pretext clause deleted = expands; judicial-warrant rule for
  detainers added = limits), so its pair label is "unclear" by lib.pair_label.
- JT-13 (contracted security staff added to the commitments) is labelled limits; it widens who is bound rather
  than what is forbidden.
- JT-32 ("shall not require proof" -> "are not required to request proof") is a deliberate modal trap: a
  prohibition becomes an absence of duty, labelled expands.
- JT-33 (double negation) and JT-36 (restated) are labelled neutral: same rule and same exception.
- JT-39 (Port interpreters offered to ICE/CBP for enforcement interviews) labelled expands / ice_cooperation.
- JT-45: a criminal-investigation exception with a victim/witness carve-back; net effect labelled expands.

## Counts (output of `python3 build/check.py`)
```
""" + counts + "```\n")
L.append("## Pairs\n")
for p in pairs:
    c = collections.Counter(ch["label"] for ch in p["changes"])
    kind = "GENUINE" if p["source"].startswith("GENUINE") else "CONSTRUCTED"
    L.append("- **%s** %s - %s - pair label %s (%d changes: %d limits, %d expands, %d neutral). %s\n" % (
        p["id"], kind, p["situation"], p["label"], len(p["changes"]), c["limits_enforcement"],
        c["expands_enforcement"], c["neutral"], p["source"]))
open(os.path.join(d, "..", "SOURCE.md"), "w", encoding="utf-8").write("\n".join(L))
print("SOURCE.md written")
