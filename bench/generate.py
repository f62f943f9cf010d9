"""Synthetic policy manuals of any length, a perturbed new version, and the ground truth.

    python bench/generate.py --pages 300 --out bench/out/p300

writes ``old.pdf``, ``new.pdf`` (running header, "Page N of M" footer), ``old.txt``, ``new.txt``
and ``truth.json``. The text is invented benchmark material, labelled as such on every page: it
is not a real policy and must never be presented as one.

A manual is a list of sections (``12. Vehicle Pursuits``), each with numbered clauses
(``12.3 Officers shall …``), some of which carry lettered items (``(a) …``). Every heading,
clause and item is one *unit*; the analyzer is expected to read each unit as one clause.

The new version applies, at random places (seeded, so reproducible): modified sentences
(``shall`` → ``may``, an inserted ``not``, a replaced word, an added sentence), deleted and
inserted clauses, one inserted section early on that renumbers every later section, moved
sections, split clauses and merged pairs. ``truth.json`` lists every unit of both versions and,
for every unit, the change it belongs to — derived from the edits, not from any diff."""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import random
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEADER = "Examplefield Police Department - General Orders (synthetic benchmark text, not a real policy)"
WORDS_PER_PAGE = 430  # Times 11 pt on Letter with the margins below, measured on this renderer

ACTORS = [
    "Officers",
    "Supervisors",
    "The shift commander",
    "Members of the department",
    "The officer-in-charge",
    "Employees",
    "The records unit",
    "Investigating officers",
    "The duty sergeant",
    "Patrol officers",
    "Detectives",
    "The training coordinator",
    "Dispatchers",
    "The evidence custodian",
]
MODALS = ["shall", "shall", "must", "will", "should", "may"]
ACTIONS = [
    "record the reason for the stop in the incident report",
    "notify the communications center before entering a private residence",
    "request a supervisor at the scene of any use of force",
    "photograph visible injuries before the person is released",
    "secure all firearms found during a search in the evidence locker",
    "complete the arrest report before the end of the shift",
    "inform the person of the reason for the detention",
    "activate the body-worn camera when contact begins",
    "document every search of a vehicle, including the items found",
    "provide an interpreter when a person has limited English proficiency",
    "return seized property once it is no longer needed as evidence",
    "review the pursuit log with the officers involved",
    "transport juveniles separately from adult prisoners",
    "consult the on-call prosecutor before seeking a warrant",
    "check the condition of restraints every fifteen minutes",
    "offer medical aid to any injured person",
    "verify the identity of a complainant before releasing records",
    "seal the property bag in the presence of a witness",
    "log each contact with a confidential informant",
    "keep the scene under guard until the investigators arrive",
    "report any damage to department vehicles to the fleet manager",
    "retain audio recordings for at least ninety days",
    "refer mental health calls to the crisis response team",
    "attend the annual de-escalation refresher course",
    "explain the complaint process to any member of the public who asks",
    "disclose any conflict of interest to their supervisor in writing",
    "submit overtime requests through the scheduling system",
    "announce their presence before entering a building",
    "issue a receipt for cash taken into custody",
    "notify the parent or guardian when a juvenile is detained",
    "wear the approved uniform and badge while on duty",
    "complete the pre-shift inspection of their assigned vehicle",
    "update the missing person record within two hours",
    "forward threats against officers to the intelligence unit",
    "store controlled substances in the locked drug vault",
    "brief the incoming shift on outstanding incidents",
    "test the breath analyzer before each use",
    "request a tow only through the rotation list",
    "answer records requests within ten business days",
    "separate witnesses before taking their statements",
]
# most sentences are composed (verb × object × qualifier), so that, as in a real manual, two
# unrelated clauses rarely share their wording; the fixed ACTIONS above recur like boilerplate
VERBS = [
    "record",
    "review",
    "secure",
    "document",
    "report",
    "photograph",
    "verify",
    "retain",
    "forward",
    "inspect",
    "log",
    "seal",
    "update",
    "submit",
    "approve",
    "audit",
    "file",
    "copy",
]
OBJECTS = [
    "the incident report",
    "the body-worn camera footage",
    "the arrest warrant",
    "the use-of-force report",
    "the property receipt",
    "the towing authorization",
    "the juvenile contact card",
    "the search warrant return",
    "the vehicle inventory sheet",
    "the prisoner property log",
    "the crisis referral form",
    "the informant payment record",
    "the pursuit summary",
    "the missing person checklist",
    "the interpreter request",
    "the evidence chain-of-custody form",
    "the overtime slip",
    "the complaint intake form",
    "the firearm discharge report",
    "the records release log",
    "the medical screening questionnaire",
    "the domestic violence lethality assessment",
    "the hazardous materials notice",
    "the court appearance notice",
    "the training attendance roster",
    "the secondary employment request",
    "the media release",
    "the witness statement",
    "the breath test ticket",
    "the radio log",
]
QUALIFIERS = [
    "",
    " in the records management system",
    " with a copy to the district commander",
    " using the department's standard template",
    " and note the time and location",
    " together with any photographs taken",
    " before it is sent to the prosecutor",
    " and keep the original in the case file",
    " through the chain of command",
    " in ink, without erasures",
    " and attach it to the case number",
    " after checking it against the dispatch record",
    " so that the supervisor can review it",
    " in the presence of a second officer",
]
CONDITIONS = [
    "",
    "",
    "",
    " when practicable",
    " unless exigent circumstances exist",
    " within 24 hours of the incident",
    " before the end of the shift",
    " except as otherwise provided by law",
    " in accordance with the records retention schedule",
    " as soon as the scene is safe",
    " with the approval of a lieutenant",
    " when the person is in custody",
]
TITLES = [
    "Vehicle Pursuits",
    "Use of Force Reporting",
    "Body-Worn Cameras",
    "Property and Evidence",
    "Juvenile Procedures",
    "Search and Seizure",
    "Arrest Procedures",
    "Prisoner Transport",
    "Complaints Against Employees",
    "Language Access",
    "Crisis Intervention",
    "Records Management",
    "Confidential Informants",
    "Missing Persons",
    "Traffic Enforcement",
    "Domestic Violence Response",
    "Firearms and Qualification",
    "Uniforms and Equipment",
    "Overtime and Scheduling",
    "Media Relations",
    "Interviews and Interrogations",
    "Warrant Service",
    "Towing and Impound",
    "Special Events",
    "Hazardous Materials",
    "Training Requirements",
    "Internal Investigations",
    "Secondary Employment",
    "Building Security",
    "Court Appearances",
]
REPLACEMENTS = [
    ("supervisor", "commander"),
    ("report", "memorandum"),
    ("person", "individual"),
    ("officers", "deputies"),
    ("vehicle", "car"),
    ("incident", "event"),
    ("shift", "tour of duty"),
    ("written", "electronic"),
]
EXTRA_SENTENCES = [
    "Failure to comply may result in discipline.",
    "The chief may grant exceptions in writing.",
    "This requirement applies to sworn and civilian staff alike.",
    "Records of compliance are audited each quarter.",
]


@dataclass
class Unit:
    uid: int
    text: str


@dataclass
class ClauseU:
    unit: Unit
    items: list[Unit] = field(default_factory=list)


@dataclass
class Section:
    heading: Unit
    clauses: list[ClauseU]


class Manual:
    """Builds sections; every unit gets a fresh uid, shared by old and new until edited."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.uids = itertools.count(1)

    def unit(self, text: str) -> Unit:
        return Unit(next(self.uids), text)

    def sentence(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            action = r.choice(ACTIONS)
        else:
            action = f"{r.choice(VERBS)} {r.choice(OBJECTS)}{r.choice(QUALIFIERS)}"
        return f"{r.choice(ACTORS)} {r.choice(MODALS)} {action}{r.choice(CONDITIONS)}."

    def clause(self) -> ClauseU:
        r = self.rng
        if r.random() < 0.18:
            lead = f"{r.choice(ACTORS)} {r.choice(MODALS)} ensure that the following are completed:"
            items = [self.unit(self.sentence()[:-1] + ";") for _ in range(r.randint(2, 4))]
            items[-1].text = items[-1].text[:-1] + "."
            return ClauseU(self.unit(lead), items)
        return ClauseU(self.unit(" ".join(self.sentence() for _ in range(r.randint(1, 3)))))

    def section(self, title: str) -> Section:
        return Section(self.unit(title), [self.clause() for _ in range(self.rng.randint(3, 8))])


def words(sections: list[Section]) -> int:
    return sum(len(u.text.split()) for s in sections for u in units_of(s))


def units_of(section: Section) -> list[Unit]:
    out = [section.heading]
    for clause in section.clauses:
        out.append(clause.unit)
        out.extend(clause.items)
    return out


def numbered(sections: list[Section]) -> list[tuple[str, str, Unit]]:
    """(label, role, unit) in reading order; labels as printed."""
    out: list[tuple[str, str, Unit]] = []
    for i, section in enumerate(sections, 1):
        out.append((f"{i}.", "heading", section.heading))
        for k, clause in enumerate(section.clauses, 1):
            out.append((f"{i}.{k}", "clause", clause.unit))
            for n, item in enumerate(clause.items):
                out.append((f"({string.ascii_lowercase[n]})", "item", item))
    return out


def perturb(manual: Manual, old: list[Section]) -> tuple[list[Section], dict[int, tuple[str, list[int]]]]:
    """The new version, and for each new uid whose origin is not plain identity: (kind, old uids)."""
    r = manual.rng
    new = copy.deepcopy(old)
    origin: dict[int, tuple[str, list[int]]] = {}
    touched: set[int] = set()  # sections (by heading uid) already used by a structural edit
    n = len(new)
    scale = max(1, n // 10)

    def pick_section(lo: int = 0) -> Section:
        for _ in range(1000):
            s = new[r.randrange(lo, len(new))]
            if s.heading.uid not in touched and len(s.clauses) >= 3:
                return s
        raise RuntimeError("manual too small for the requested edits")

    # moved sections: taken from the back half, put into the front half (far enough to be out of order)
    for _ in range(max(1, scale // 3)):
        s = pick_section(lo=len(new) // 2)
        touched.add(s.heading.uid)
        new.remove(s)
        new.insert(r.randrange(1, max(2, len(new) // 3)), s)
        for u in units_of(s):
            origin[u.uid] = ("moved", [u.uid])
    # one inserted section early on: every later section (and its clauses) is renumbered
    title = "Immigration Status and Federal Requests"
    inserted = manual.section(title)
    new.insert(min(2, len(new)), inserted)
    touched.add(inserted.heading.uid)
    for u in units_of(inserted):
        origin[u.uid] = ("added", [])
    # split clauses (a clause of two or more sentences becomes two clauses)
    for _ in range(max(1, scale // 2)):
        s = pick_section()
        touched.add(s.heading.uid)
        candidates = [c for c in s.clauses if not c.items and c.unit.text.count(". ") >= 1]
        if not candidates:
            continue
        c = r.choice(candidates)
        first, rest = c.unit.text.split(". ", 1)
        a, b = manual.unit(first + "."), manual.unit(rest)
        at = s.clauses.index(c)
        s.clauses[at : at + 1] = [ClauseU(a), ClauseU(b)]
        origin[a.uid] = ("split", [c.unit.uid])
        origin[b.uid] = ("split", [c.unit.uid])
    # merged pairs (two neighbouring clauses without items become one)
    for _ in range(max(1, scale // 2)):
        s = pick_section()
        touched.add(s.heading.uid)
        pairs = [
            k for k in range(len(s.clauses) - 1) if not s.clauses[k].items and not s.clauses[k + 1].items
        ]
        if not pairs:
            continue
        k = r.choice(pairs)
        a, b = s.clauses[k], s.clauses[k + 1]
        merged = manual.unit(a.unit.text + " " + b.unit.text)
        s.clauses[k : k + 2] = [ClauseU(merged)]
        origin[merged.uid] = ("merged", [a.unit.uid, b.unit.uid])
    # deleted and inserted clauses
    for _ in range(scale):
        s = pick_section()
        touched.add(s.heading.uid)
        c = s.clauses.pop(r.randrange(1, len(s.clauses)))
        origin.update({u.uid: ("removed", [u.uid]) for u in [c.unit, *c.items]})  # keyed by old uid
    for _ in range(scale):
        s = pick_section()
        touched.add(s.heading.uid)
        c = manual.clause()
        s.clauses.insert(r.randrange(0, len(s.clauses) + 1), c)
        for u in [c.unit, *c.items]:
            origin[u.uid] = ("added", [])
    # modified sentences, in sections not structurally edited (so each edit stays one clean case)
    plain = [c for s in new if s.heading.uid not in touched for c in s.clauses if not c.items]
    for c in r.sample(plain, min(len(plain), 3 * scale)):
        text = c.unit.text
        how = r.choice(["shall_may", "not", "word", "sentence"])
        if how == "shall_may" and " shall " in text:
            text = text.replace(" shall ", " may ", 1)
        elif how == "not" and any(f" {m} " in text for m in ("shall", "must", "will", "should")):
            m = next(m for m in ("shall", "must", "will", "should") if f" {m} " in text)
            text = text.replace(f" {m} ", f" {m} not ", 1)
        elif how == "word" and any(w in text for w, _ in REPLACEMENTS):
            w, v = next((w, v) for w, v in REPLACEMENTS if w in text)
            text = text.replace(w, v, 1)
        else:
            text = text + " " + r.choice(EXTRA_SENTENCES)
        c.unit = Unit(c.unit.uid, text)
        origin[c.unit.uid] = ("modified", [c.unit.uid])
    return new, origin


def truth(old: list[Section], new: list[Section], origin: dict[int, tuple[str, list[int]]]) -> dict[str, Any]:
    old_units = numbered(old)
    new_units = numbered(new)
    old_pos = {u.uid: i for i, (_, _, u) in enumerate(old_units)}
    old_by_uid = {u.uid: (label, u) for label, _, u in old_units}
    changes: list[dict[str, Any]] = []
    seen_old: set[int] = set()
    grouped: dict[tuple[str, tuple[int, ...]], list[int]] = {}
    for j, (label, _, unit) in enumerate(new_units):
        kind, sources = origin.get(unit.uid, ("same", [unit.uid]))
        if kind in ("split", "merged"):
            grouped.setdefault((kind, tuple(sources)), []).append(j)
            continue
        if kind == "added":
            changes.append({"kind": "added", "old": [], "new": [j]})
            continue
        old_label, old_unit = old_by_uid[sources[0]]
        if kind == "same":
            kind = (
                "unchanged"
                if old_unit.text == unit.text and old_label == label
                else ("renumbered" if old_unit.text == unit.text else "modified")
            )
        changes.append({"kind": kind, "old": [old_pos[sources[0]]], "new": [j]})
    for (kind, sources), js in grouped.items():
        changes.append({"kind": kind, "old": [old_pos[s] for s in sources], "new": js})
    for change in changes:
        seen_old.update(change["old"])
    for i in range(len(old_units)):
        if i not in seen_old:
            changes.append({"kind": "removed", "old": [i], "new": []})
    changes.sort(key=lambda c: (min(c["new"]) if c["new"] else -1, min(c["old"]) if c["old"] else -1))

    def listing(units: list[tuple[str, str, Unit]]) -> list[dict[str, str]]:
        return [{"label": label, "role": role, "text": u.text} for label, role, u in units]

    return {"old_units": listing(old_units), "new_units": listing(new_units), "changes": changes}


def text_of(sections: list[Section]) -> str:
    return "\n\n".join(f"{label} {u.text}" for label, _, u in numbered(sections)) + "\n"


def render_pdf(sections: list[Section], target: Path) -> int:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Draws "Page N of M" once M is known (pages are kept as states until save)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for state in self._states:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.drawString(inch, LETTER[1] - 0.5 * inch, HEADER)
                self.drawRightString(LETTER[0] - inch, 0.5 * inch, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    from xml.sax.saxutils import escape

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.5, spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=24)
    heading = ParagraphStyle(
        "heading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=6
    )
    story = []
    for label, role, unit in numbered(sections):
        style = heading if role == "heading" else item if role == "item" else body
        story.append(Paragraph(escape(f"{label} {unit.text}"), style))
    doc = SimpleDocTemplate(
        str(target), pagesize=LETTER, topMargin=inch, bottomMargin=inch, title=target.stem, invariant=1
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    return int(doc.page)


def generate(pages: int, out: Path, seed: int = 7) -> dict[str, Any]:
    """Write the pair and its truth under ``out``; returns a small description."""
    rng = random.Random(seed)
    manual = Manual(rng)
    old: list[Section] = []
    titles = itertools.cycle(TITLES)
    part = 0
    while words(old) < pages * WORDS_PER_PAGE:
        title = next(titles)
        part += 1
        old.append(
            manual.section(title if part <= len(TITLES) else f"{title} (Part {part // len(TITLES) + 1})")
        )
    new, origin = perturb(manual, old)
    out.mkdir(parents=True, exist_ok=True)
    (out / "old.txt").write_text(text_of(old), encoding="utf-8")
    (out / "new.txt").write_text(text_of(new), encoding="utf-8")
    data = truth(old, new, origin)
    old_pages = render_pdf(old, out / "old.pdf")
    new_pages = render_pdf(new, out / "new.pdf")
    data["pages"] = {"old": old_pages, "new": new_pages}
    data["seed"] = seed
    (out / "truth.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for change in data["changes"]:
        kinds[change["kind"]] = kinds.get(change["kind"], 0) + 1
    return {"pages": data["pages"], "units": (len(data["old_units"]), len(data["new_units"])), "kinds": kinds}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=30, help="approximate length of the old version")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.pages, args.out, args.seed)))


if __name__ == "__main__":
    main()
