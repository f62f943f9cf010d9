"""Immigration lens: topics and direction on the Madison key changes, their reversals, and the labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import LensError
from analyzer.lenses import assess_texts
from analyzer.lenses.evaluate import evaluate
from analyzer.lenses.lens import parse_lens
from analyzer.settings import CompareSettings

KEY = [
    (
        "MPD will not self-initiate contact, detain, arrest, or investigate any person(s) solely for a suspected "
        "violation of immigration status laws.",
        "enforcement_authority",
        "MPD may self-initiate contact, detain, arrest, or investigate any person(s) solely for a suspected violation "
        "of immigration status laws.",
    ),
    (
        "MPD will cooperate with a lawful request from Immigration and Customs Enforcement only when an individual is "
        "engaged in terrorism or espionage, is arrested for any violent felony or is a previously deported felon.",
        "ice_cooperation",
        "MPD will cooperate with a lawful request from Immigration and Customs Enforcement.",
    ),
    (
        "Officers should obtain approval from a commander or officer-in-charge prior to detaining any individual for "
        "ICE.",
        "supervisor_approval",
        "Officers may detain any individual for ICE.",
    ),
    (
        "Officers will not routinely inquire into the immigration status of individuals during police operations.",
        "status_inquiry",
        "Officers may inquire into the immigration status of individuals during police operations.",
    ),
    (
        'Officers will not ask anyone to show a passport, Alien Registration (or "green") card or any other '
        "immigration documentation during police work.",
        "document_requests",
        'Officers may ask anyone to show a passport, Alien Registration (or "green") card or any other immigration '
        "documentation during police work.",
    ),
    (
        "An individual's right to file a police report or otherwise receive services from MPD is not contingent upon "
        "their citizenship or immigration status.",
        "access_to_services",
        "An individual's right to file a police report or otherwise receive services from MPD is contingent upon "
        "their citizenship or immigration status.",
    ),
    (
        "MPD will not participate in coordinated operations or raids where the chief objective is to arrest "
        "individuals who are suspected to be in violation of immigration laws.",
        "raids_joint_operations",
        "MPD may participate in coordinated operations or raids where the chief objective is to arrest individuals "
        "who are suspected to be in violation of immigration laws.",
    ),
]


@pytest.mark.parametrize(("text", "topic", "reversal"), KEY, ids=[k[1] for k in KEY])
def test_lens_madison_key_change_limits_and_its_reversal_expands(
    text: str, topic: str, reversal: str
) -> None:
    added = assess_texts("", text)
    assert topic in added.topic_ids
    assert added.assessment is not None and added.assessment.direction == "limits_enforcement", (
        added.assessment
    )
    evidence = next(t for t in added.topics if t.topic == topic).evidence
    assert all(e.side == "new" and text[e.start : e.end] == e.text for e in evidence)
    weakened = assess_texts(text, reversal)
    assert topic in weakened.topic_ids
    assert weakened.assessment is not None
    assert weakened.assessment.direction == "expands_enforcement", weakened.assessment.explanation


def test_lens_madison_pdf_pair_summary(madison_pdf) -> None:  # type: ignore[no-untyped-def]
    topics = madison_pdf.summary["topics"]
    for topic in (
        "ice_cooperation",
        "raids_joint_operations",
        "document_requests",
        "status_inquiry",
        "supervisor_approval",
        "access_to_services",
        "enforcement_authority",
    ):
        assert topics[topic]["limits_enforcement"] >= 1, topic
    highlights = madison_pdf.summary["highlights"]
    assert highlights and highlights[0].startswith("ICE contact")
    assert any("p. 3" in h and "officer-in-charge" in h for h in highlights)


def test_lens_non_immigration_clause_has_no_topic() -> None:
    change = assess_texts(
        "Officers may conduct a raid on a drug house.",
        "Officers may conduct a raid on a drug house with a warrant.",
    )
    assert change.topic_ids == [] and change.assessment is None


def test_lens_labelled_set_meets_targets() -> None:
    scores = evaluate(Path(__file__).parent / "data" / "lens_cases.jsonl", CompareSettings())
    # This older set tags "ICE contact" wherever ICE is named; since the rules were read in context,
    # a clause that states a rule on detainers or information sharing is tagged with that rule's
    # topic only (the convention of tests/data/rules_eval, written independently), which costs this
    # set about 0.02 of topic F1 (0.883 measured). Direction is unaffected.
    assert scores.micro_f1 >= 0.85, scores.mistakes
    assert scores.direction_accuracy >= 0.90, scores.mistakes


def test_lens_bad_file_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(LensError, match="line 3"):
        parse_lens('name = "x"\n[[topics]]\nid = "a\nterms = []\n', "bad.toml")
    with pytest.raises(LensError, match="bad pattern"):
        parse_lens('[[topics]]\nid = "a"\nterms = ["x"]\nregex = ["(unclosed"]\n', "bad.toml")
    with pytest.raises(LensError, match="places_topic.*line 2"):
        parse_lens(
            'places = "protected areas?"\nplaces_topic = "b"\n[[topics]]\nid = "a"\nterms = ["x"]\n',
            "bad.toml",
        )
    with pytest.raises(LensError, match="bad places pattern"):
        parse_lens(
            'places = "(unclosed"\nplaces_topic = "a"\n[[topics]]\nid = "a"\nterms = ["x"]\n', "bad.toml"
        )


def test_lens_custom_file_from_cli(tmp_path: Path) -> None:
    import json

    from analyzer import cli

    lens = tmp_path / "force.toml"
    lens.write_text(
        'name = "use of force"\n[[topics]]\nid = "chokeholds"\nlabel = "Chokeholds"\nterms = ["chokehold", "neck restraint"]\n'
    )
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("1. Force\n\nOfficers may use a chokehold when resisted.\n")
    new.write_text("1. Force\n\nOfficers will not use a chokehold.\n")
    out = tmp_path / "r.json"
    status = cli.main(["compare", str(old), str(new), "--lens", str(lens), "--output", str(out)])
    assert status == 0
    changes = [c for c in json.loads(out.read_text())["changes"] if c["kind"] == "modified"]
    assert changes[0]["topics"][0]["topic"] == "chokeholds"
    assert changes[0]["assessment"]["direction"] == "limits_enforcement"
