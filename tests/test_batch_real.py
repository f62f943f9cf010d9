"""A batch over real public documents (bench/batch_real.py): the Madison reconstruction's two
versions as one agency's, and real NZ Police Manual chapters as series of versions, each version
compared with the one before it (the earliest with itself). The Madison 2017 row of the matrix
shows the rules the reporting describes, each quoted with its page; no document fails; every row
of changes.csv cites pages, and the cited page holds the clause."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.batch import read_table, run_batch

from .conftest import ROOT, load_script

REAL = load_script(ROOT / "bench" / "batch_real.py")
SEED_POINTS = ROOT.parent / "shared" / "tools" / "seed_points.py"
if not SEED_POINTS.exists():
    SEED_POINTS = Path("/work/shared/tools/seed_points.py")
PAGES = re.compile(r"pp?\. \d+(-\d+)?")


@pytest.fixture(scope="module")
def real_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("real")
    out = folder / "out"
    run_batch(REAL.write_manifest(folder), out, engine="local", workers=2)
    return out


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def test_batch_real_documents_none_fails_and_each_series_runs_in_date_order(real_run: Path) -> None:
    assert read_table(real_run / "failures.csv") == []
    run = json.loads((real_run / "run.json").read_text(encoding="utf-8"))
    assert run["status"] == "done" and run["counts"]["failed"] == 0 and run["counts"]["computed"] == 6
    changes = read_table(real_run / "changes.csv")
    # the earliest version of each series is compared with itself: every clause unchanged
    for first in ("madison-2016", "nz-coi-2023-09", "nz-trespass-2022"):
        assert {c["kind"] for c in changes if c["row_id"] == first} == {"unchanged"}, first
    later = {c["row_id"]: (c["old_file"], c["new_file"]) for c in changes}
    assert later["madison-2017"] == ("old.pdf", "new.pdf")
    assert later["nz-trespass-2024"] == ("2022-08-29.pdf", "2024-08-26.pdf")


def test_batch_real_madison_2017_row_shows_the_rules_the_reporting_describes(real_run: Path) -> None:
    rows = {r["row_id"]: r for r in read_table(real_run / "matrix.csv")}
    new, old = rows["madison-2017"], rows["madison-2016"]
    for action, binding in REAL.MADISON_NEW.items():
        assert new[action] == binding, (action, new[action], new[f"{action}_source"])
    # each cell quotes the sentence it rests on, with its page, in the reporting's words
    quoted = {
        "inquire_status": "routinely inquire",
        "request_documents": "passport",
        "accept_documents": "voluntarily provided",
        "joint_operations": "raids",
        "stop_for_status": "self-initiate",
        "cooperate_requests": "serious crimes",
        "serve_regardless": "immigration status",
    }
    for action, words in quoted.items():
        assert PAGES.match(new[f"{action}_source"]) and words in new[f"{action}_source"], action
    assert new["serve_regardless"]  # a rule on services (its binding is the rule reader's to decide)
    actions = [c for c in new if f"{c}_source" in new]
    # the old code said one thing only: the department will not act as an immigration authority
    assert {a: old[a] for a in actions if old[a]} == REAL.MADISON_OLD
    # the NZ chapters (conflicts of interest, trespass) state no rule on immigration enforcement
    for row_id in ("nz-coi-2023-09", "nz-coi-2023-12", "nz-trespass-2022", "nz-trespass-2024"):
        assert {a: rows[row_id][a] for a in actions if rows[row_id][a]} == {}, row_id


def test_batch_real_madison_result_shows_every_seed_point(real_run: Path) -> None:
    """The batch's Madison comparison is the single comparison: all twelve points, judged limits."""
    check = subprocess.run(
        [sys.executable, str(SEED_POINTS), str(real_run / "results" / "madison-2017.json")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "12 of the 12" in check.stdout


def test_batch_real_changes_cite_the_page_that_holds_the_clause(real_run: Path) -> None:
    import pypdfium2 as pdfium

    files = {hashlib.sha256(path.read_bytes()).hexdigest(): path for _, path, _, _ in REAL.DOCUMENTS}
    changes = [c for c in read_table(real_run / "changes.csv") if c["kind"] != "unchanged"]
    assert changes and all(c["explanation"].startswith(c["kind"]) for c in changes)
    pages: dict[tuple[Path, int], str] = {}
    for row_id in {c["row_id"] for c in changes}:
        result = json.loads((real_run / "results" / f"{row_id}.json").read_text(encoding="utf-8"))
        for change in result["changes"]:
            if change["kind"] == "unchanged":
                continue
            for side in ("old", "new"):
                path = files[result["documents"][side]["sha256"]]
                for clause in change[side]:
                    key = (path, clause["page_start"])
                    if key not in pages:
                        pdf = pdfium.PdfDocument(str(path))
                        pages[key] = _letters(pdf[key[1] - 1].get_textpage().get_text_range())
                        pdf.close()
                    assert _letters(clause["text"])[:60] in pages[key], (row_id, side, clause["text"][:60])
    for change in changes:  # the same pages in the table, on each side that has text
        for side in ("old", "new"):
            if change[f"{side}_text"]:
                assert PAGES.fullmatch(change[f"{side}_pages"]), change
    added = {(c["row_id"], c["new_text"], c["new_pages"]) for c in changes if c["kind"] == "added"}
    for row_id, heading in REAL.NEW_CLAUSES.items():
        cited = {pages for r, text, pages in added if r == row_id and text == heading}
        assert len(cited) == 2 and "p. 2" in cited, (row_id, cited)  # the contents entry and the clause
