"""Print the per-pair table of SOURCE.md (id, build key, genuine/constructed, documents, what changed)."""
import json, os
from lib import read_all
HERE = os.path.dirname(os.path.abspath(__file__))
keys = json.load(open(os.path.join(HERE, "keys.json")))
DOC = {
 "G1": ("Urbana 413 (Lexipol IL template, 2016 ed.) §§413.1-413.3", "Lisle 415 (2020/05/04) §§415.1-415.3", "purpose clause reframed, 'national origin' added, color->ethnicity (all neutral)"),
 "G2": ("Urbana 413.4 + 413.4.1", "Lisle 415.4 ¶¶1-2", "free-standing detention on suspicion of illegal entry and mandatory federal notice replaced by narrow verification detention; anti-profiling rule and RS-factor list dropped; civil-detention ban moved"),
 "G3": ("Urbana 413.4.2 Immigration checks", "Lisle 415.4 ¶¶2-4", "status-source list and 'shall verify with 287(g)/ICE/CBP' removed; restated custody request, moved supervisor notice and release sentence"),
 "G4": ("Urbana 413.4.3", "Lisle 415.4.1", "supervisor no longer confirms status or ensures custody; transfer only if appropriate; 'warrant' -> 'judicial warrant'; RS cases added (unclear)"),
 "G5": ("Urbana 413.6", "Lisle 415.6", "ICE/any federal agency -> federal immigration officials; recipients of support dropped (neutral)"),
 "G6": ("Urbana 413.7", "Lisle 415.7", "anti-restriction (1373) clause: 'ICE' -> 'federal immigration officials', citation added (neutral: item (c) already covered all federal entities)"),
 "G7": ("Urbana 413.7.1 Immigration holds", "Lisle 415.7.1 Immigration detainers", "bar extended to 'any other hold request'; exception narrowed to judicial warrant"),
 "G8": ("Urbana 413.8 ¶¶1-3", "Lisle 415.8 ¶¶1-3", "U/T visa certification assigned to a supervisor, unit renamed (neutral)"),
 "G9": ("Urbana 413.8 items (a)-(d)", "Lisle 415.8 (a)-(e), 415.8.1-415.8.2", "deadlines, written notice, publication (neutral); non-disclosure of victims' status added (limits)"),
 "G10": ("Urbana 413.9", "Lisle 415.9", "training duty shall -> should (neutral); training content on civil/criminal violations added (unclear)"),
 "G11": ("Lisle 415.5 (2020/05/04)", "La Grange 428.5 (2020-09-30)", "booking notice 'will not need to notify ICE' -> 'should not notify federal immigration officials'; 'Any required notification'"),
 "G12": ("Lisle 415.8 ¶¶1-3 + 415.9", "La Grange 428.8 ¶¶1-3 + 428.9", "unit and trainer titles, numbering (neutral)"),
 "G13": ("Lisle 415.4-415.4.1 (2020/05/04)", "North Riverside 414.4-414.4.3 (2020/11/12)", "older template's civil/criminal and immigration-checks subsections added: anti-profiling (limits), RS factors and 'shall verify with 287(g)/ICE/CBP' (expands), restatements"),
 "G14": ("Lisle 415.5-415.7.1, 415.9", "Northbrook 418.5, 418.7-418.9.1 (2020/06/10)", "renumbering and training section moved (neutral) hiding the booking-notice change (limits)"),
 "G15": ("Urbana 413.1, 413.2, 413.4", "NEIU 415.1-415.2.1 (2017/08/28)", "template detention rules replaced by the department's 'will not' list (civil arrests, administrative warrants, sweeps) and contact rule"),
 "G16": ("Urbana 413.3", "NEIU 415.5", "victim/witness assurance reworded; 'will not attempt to determine the immigration status' added"),
 "G17": ("H.R. 32 (119th, ih, 2025-01-03) §§2-4", "S. 707 (119th, is, 2025-02-25) §§2-4", "companion bills: DHS -> Secretary (unclear), restated exception, report scope, drafting (neutral)"),
 "G18": ("H.R. 32 §2", "S. 4316 (119th, is, 2026-04-16) §3", "same definition re-used: 'its' -> 'it', section number (neutral)"),
 "G19": ("Urbana 413.5", "North Riverside 414.5", "booking notice to ICE discouraged; jail notification limited to required ones"),
 "C1": ("Hanover Park Directive 210-P §V (rev. 2019-12-05)", "constructed", "'any misdemeanor' added to offences after which status may be reported to ICE"),
 "C2": ("Hanover Park 210-P §V", "constructed", "'The Shift Supervisor must first approve' -> 'Any supervisor may approve'"),
 "C3": ("Hanover Park 210-P §V", "constructed", "'solely' deleted from the ban on detainer holds (ban widened)"),
 "C4": ("Hanover Park 210-P §V", "constructed", "exception widened: 'or an immigration detainer'"),
 "C5": ("Hanover Park 210-P §V", "constructed", "savings clause 'Nothing in V.C and V.D prohibits communication ...' deleted (unclear)"),
 "C6": ("Hanover Park 210-P §V", "constructed", "'search' removed from list of status-based acts barred"),
 "C7": ("Hanover Park 210-P §V", "constructed", "items V.B.1-2 folded into paragraph B (neutral re-paragraphing)"),
 "C8": ("NEIU 415.2-415.4", "constructed", "supervisor approval opens an exception to non-enforcement of administrative warrants"),
 "C9": ("NEIU 415.2-415.4", "constructed", "'ICE Agents will not be permitted to use ...' -> 'Nothing in this policy prohibits ICE Agents from using ...'"),
 "C10": ("H.R. 32 §2", "constructed", "item (3) ICE jail access added to the (penalised) sanctuary definition"),
 "C11": ("Lisle 415.6", "constructed", "Chief's approval required before support to federal immigration officials"),
 "C12": ("Lisle 415.4", "constructed", "release sentence moved to the end of the section, unchanged (neutral)"),
}
print("| id | key | kind | old | new | situation | pair label | what changed |")
print("|---|---|---|---|---|---|---|---|")
for p in read_all():
    k = keys[p["id"]]
    o, n, w = DOC[k]
    kind = "genuine" if k.startswith("G") else "constructed"
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (p["id"], k, kind, o, n, p["situation"], p["label"], w))
