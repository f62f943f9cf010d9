"""An invented batch: a model immigration policy and department policies derived from it by the
kinds of edits real departments make, with the ground truth of every matrix cell.

    python bench/batch_corpus.py --departments 60 --pages 30 --out bench/out/batch60

writes ``model.pdf``, ``dept-NN.pdf``, ``manifest.csv`` (id, path, agency, state, date, edits),
``truth.json`` ({row id: {action: binding or ""}}, the model as ``model``) and ``SOURCE.md``.
Every page of every PDF says, in its running header, that the text is invented: these are not
real policies and must never be presented as such.

A policy is general-orders filler (bench/generate.py's manual sentences) with one "Immigration"
section in the middle: one clause per enforcement action of the lens, each stating one rule.
A department's version applies, at random (seeded) places: a provision dropped, a binding
changed ("shall not" → "may … when approved"), an exception added, an approval weakened (chief →
any supervisor), a section inserted early that renumbers the rest, and a different layout
(fonts, margins, "Section 4." headings). Only dropping and changing a binding change the truth;
the other edits must leave every cell as it was."""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import TITLES, WORDS_PER_PAGE, Manual, Section, numbered, words  # noqa: E402

INVENTED = "INVENTED TEST POLICY - generated for benchmarking, not a real department's policy"

# the rule each binding is stated with, per action (the lens's action ids)
RULES: dict[str, dict[str, str]] = {
    "joint_operations": {
        "prohibited": "Members of the department shall not participate in immigration raids or joint "
        "operations with ICE.",
        "permitted": "Members of the department may participate in joint operations with ICE when approved "
        "by the Chief of Police.",
        "required": "Members of the department shall participate in joint operations with ICE "
        "when requested.",
    },
    "honor_detainer": {
        "prohibited": "The department shall not honor ICE detainers or hold requests.",
        "permitted": "The department may honor ICE detainers accompanied by a judicial warrant.",
        "required": "The department shall honor every ICE detainer it receives.",
    },
    "give_access": {
        "prohibited": "Officers shall not give ICE agents access to individuals in custody without a "
        "judicial warrant.",
        "permitted": "Officers may give ICE agents access to individuals in custody.",
        "required": "Officers shall give ICE agents access to individuals in custody on request.",
    },
    "share_information": {
        "prohibited": "Officers shall not share information with ICE about a person's release date.",
        "permitted": "Officers may share information with ICE about a person's release date.",
        "required": "Officers shall notify ICE of the release date of every arrested person.",
    },
    "inquire_status": {
        "prohibited": "Officers shall not inquire about the immigration status of any person.",
        "permitted": "Officers may inquire about the immigration status of a person when it is relevant "
        "to a criminal investigation.",
        "required": "Officers shall inquire about the immigration status of every person who is arrested.",
    },
    "request_documents": {
        "prohibited": "Officers shall not request passports or immigration documents from victims or "
        "witnesses.",
        "permitted": "Officers may request passports or immigration documents from victims or witnesses.",
        "required": "Officers shall request immigration documents from every person who is arrested.",
    },
    "stop_for_status": {
        "prohibited": "Officers shall not stop or detain any person solely because of immigration status.",
        "permitted": "Officers may detain a person for a suspected civil immigration violation.",
        "required": "Officers shall detain a person suspected of a civil immigration violation.",
    },
    "cooperate_requests": {
        "prohibited": "Officers shall not assist ICE with civil immigration enforcement.",
        "permitted": "Officers may assist ICE when approved by the Chief of Police.",
        "required": "Officers shall assist ICE when requested.",
    },
    "act_as_authority": {
        "prohibited": "Officers shall not enforce federal immigration laws.",
        "permitted": "Officers may enforce federal immigration laws under a 287(g) agreement.",
        "required": "Officers shall enforce federal immigration laws.",
    },
    "serve_regardless": {
        "required": "Officers shall provide police services to all persons regardless of immigration status.",
    },
}
MODEL = {
    "joint_operations": "prohibited",
    "honor_detainer": "permitted",
    "give_access": "prohibited",
    "share_information": "prohibited",
    "inquire_status": "prohibited",
    "request_documents": "prohibited",
    "stop_for_status": "prohibited",
    "cooperate_requests": "permitted",
    "act_as_authority": "prohibited",
    "serve_regardless": "required",
}
EXCEPTIONS = {
    "prohibited": " This does not apply when a judicial warrant signed by a judge is presented.",
    "permitted": " No member may do so in a school, a hospital or a place of worship.",
    "required": " A supervisor may waive this in an emergency.",
}
STATES = ["Examplestate", "Sampleland", "Testshire"]
LAYOUTS = [
    {"font": "Times-Roman", "size": 11, "margin": 1.0, "heading": "{n}."},
    {"font": "Helvetica", "size": 10, "margin": 0.8, "heading": "Section {n}."},
    {"font": "Courier", "size": 9.5, "margin": 1.1, "heading": "{n}."},
]


def policy_text(bindings: dict[str, str], rng: random.Random, edits: list[str]) -> list[str]:
    """The Immigration section's clauses for these bindings, with the wording edits applied."""
    clauses = []
    for action, binding in bindings.items():
        if not binding:
            continue
        sentence = RULES[action][binding]
        if "exception" in edits and rng.random() < 0.3:
            sentence += EXCEPTIONS[binding]
        if "approval" in edits:
            sentence = sentence.replace("by the Chief of Police", "by any supervisor")
        clauses.append(sentence)
    return clauses


def department(number: int, rng: random.Random) -> tuple[dict[str, str], list[str]]:
    """A department's bindings and the edits it made to the model."""
    bindings = dict(MODEL)
    edits: list[str] = []
    actions = list(MODEL)
    if rng.random() < 0.5:
        dropped = rng.choice(actions)
        bindings[dropped] = ""
        edits.append(f"drop:{dropped}")
    for _ in range(rng.choice([0, 1, 1, 2])):
        action = rng.choice([a for a in actions if bindings[a] and len(RULES[a]) > 1])
        bindings[action] = rng.choice([b for b in RULES[action] if b != bindings[action]])
        edits.append(f"binding:{action}={bindings[action]}")
    for edit in ("exception", "approval", "renumber", "layout"):
        if rng.random() < 0.4:
            edits.append(edit)
    return bindings, edits


def build(manual: Manual, rng: random.Random, pages: int, rules: list[str], renumber: bool) -> list[Section]:
    """Filler sections around the Immigration section, about ``pages`` long."""
    target = max(1, pages) * WORDS_PER_PAGE
    sections: list[Section] = []
    titles = [t for t in TITLES]
    while words(sections) < target:
        sections.append(manual.section(titles[len(sections) % len(titles)]))
    immigration = Section(manual.unit("Immigration Enforcement"), [])
    from generate import ClauseU

    immigration.clauses = [ClauseU(manual.unit(text)) for text in rules]
    sections.insert(len(sections) // 2, immigration)
    if renumber:
        sections.insert(1, manual.section("Definitions"))
    return sections


def render(sections: list[Section], target: Path, title: str, layout: dict[str, Any]) -> int:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    def label(page_canvas: Any, doc: Any) -> None:
        page_canvas.saveState()
        page_canvas.setFont("Helvetica", 7.5)
        page_canvas.drawString(0.6 * inch, LETTER[1] - 0.45 * inch, INVENTED)
        page_canvas.drawRightString(LETTER[0] - 0.6 * inch, 0.45 * inch, f"{title} - page {doc.page}")
        page_canvas.restoreState()

    body = ParagraphStyle(
        "body", fontName=layout["font"], fontSize=layout["size"], leading=layout["size"] * 1.25
    )
    item = ParagraphStyle("item", parent=body, leftIndent=24)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6)
    story = [Paragraph(escape(f"{title}: General Orders ({INVENTED})"), heading)]
    for text_label, role, unit in numbered(sections):
        if role == "heading":
            number = text_label.rstrip(".")
            text = f"{layout['heading'].format(n=number)} {unit.text}"
            story.append(Paragraph(escape(text), heading))
        else:
            story.append(Paragraph(escape(f"{text_label} {unit.text}"), item if role == "item" else body))
    margin = layout["margin"] * inch
    doc = SimpleDocTemplate(
        str(target),
        pagesize=LETTER,
        topMargin=margin,
        bottomMargin=margin,
        leftMargin=margin,
        rightMargin=margin,
        title=title,
        invariant=1,
    )
    doc.build(story, onFirstPage=label, onLaterPages=label)
    return int(doc.page)


def generate(departments: int, pages: int, out: Path, seed: int = 14) -> dict[str, Any]:
    """Write the model, the departments, the manifest, the truth and SOURCE.md under ``out``."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, str]] = {"model": dict(MODEL)}
    model_sections = build(
        Manual(random.Random(seed)), random.Random(seed), pages, policy_text(MODEL, rng, []), False
    )
    page_counts = {"model": render(model_sections, out / "model.pdf", "Model Policy", LAYOUTS[0])}
    rows = []
    for number in range(1, departments + 1):
        row_id = f"dept-{number:02d}"
        bindings, edits = department(number, rng)
        rules = policy_text(bindings, rng, edits)
        # the filler comes from the model's seed: departments copy the model's general orders
        sections = build(Manual(random.Random(seed)), random.Random(seed), pages, rules, "renumber" in edits)
        layout = rng.choice(LAYOUTS[1:]) if "layout" in edits else LAYOUTS[0]
        name = f"Examplefield {number:02d} Police Department"
        page_counts[row_id] = render(sections, out / f"{row_id}.pdf", name, layout)
        truth[row_id] = bindings
        rows.append(
            {
                "id": row_id,
                "path": f"{row_id}.pdf",
                "agency": name,
                "state": STATES[number % len(STATES)],
                "date": f"2025-{1 + number % 12:02d}-01",
                "edits": ";".join(edits),
            }
        )
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (out / "truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    (out / "SOURCE.md").write_text(SOURCE, encoding="utf-8")
    return {"departments": departments, "pages": page_counts}


SOURCE = """# Invented batch corpus

Every document here is **invented**, generated by `bench/batch_corpus.py` for testing and
benchmarking the batch comparison. None is a real department's policy; every page says so in
its header. `truth.json` gives, for each document and each enforcement action of the
immigration lens, the binding the generator wrote (empty where the document states no rule).
"""


def accuracy(matrix: list[dict[str, str]], truth: dict[str, dict[str, str]]) -> tuple[float, list[str]]:
    """Share of matrix cells (document × action in the truth) that match, and the mismatches."""
    right, wrong = 0, []
    for row in matrix:
        expected = truth.get(row["row_id"])
        if expected is None:
            continue
        for action, binding in expected.items():
            if row.get(action, "") == binding:
                right += 1
            else:
                wrong.append(f"{row['row_id']} {action}: read {row.get(action)!r}, truth {binding!r}")
    total = right + len(wrong)
    return (right / total if total else 0.0), wrong


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--departments", type=int, default=60)
    parser.add_argument("--pages", type=int, default=30, help="approximate length of each policy")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.departments, args.pages, args.out, args.seed)))


if __name__ == "__main__":
    main()
