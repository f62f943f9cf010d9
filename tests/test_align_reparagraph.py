"""The same text broken into paragraphs differently: regrouped by sentences, never removed + added."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from analyzer.models import Change, Comparison

from .conftest import MADISON, compare_texts

WORDS = [
    "officer",
    "officers",
    "shall",
    "not",
    "record",
    "reason",
    "every",
    "vehicle",
    "stop",
    "incident",
    "report",
    "supervisor",
    "review",
    "monthly",
    "immigration",
    "status",
    "federal",
    "agency",
    "request",
    "warrant",
    "judicial",
    "detainer",
    "custody",
    "release",
    "information",
    "public",
    "safety",
    "community",
    "service",
    "member",
    "person",
    "arrest",
    "detain",
    "inquire",
    "document",
    "passport",
    "identification",
    "approval",
    "commander",
    "written",
    "notice",
    "policy",
    "procedure",
    "department",
    "county",
    "city",
    "court",
    "criminal",
    "violent",
    "felony",
    "investigation",
    "interview",
    "witness",
    "victim",
    "language",
    "interpreter",
    "available",
    "promptly",
    "without",
    "delay",
    "unless",
    "except",
    "within",
    "hours",
]

WORD = re.compile(r"\w+")
REGROUPED = {"unchanged", "merged", "split", "modified"}


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=8, max_size=18, unique=True))
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


def distinct(sentences: list[str]) -> bool:
    """No two sentences are near-copies: which of two near-identical sentences was edited or
    moved is a question no aligner can answer, so the properties leave that case out."""
    return all(
        fuzz.ratio(a.lower(), b.lower()) < 60 for k, a in enumerate(sentences) for b in sentences[k + 1 :]
    )


@st.composite
def paragraphing(draw: st.DrawFn, count: int) -> list[int]:
    """Where paragraphs end: sorted sentence positions, the last one always ``count``, no
    paragraph longer than 12 sentences (the longest run the aligner regroups)."""
    cuts = draw(st.sets(st.integers(1, count - 1), max_size=count - 1)) if count > 1 else set()
    ends = sorted(cuts | {count})
    start = 0
    out = []
    for end in ends:
        while end - start > 12:
            start += 12
            out.append(start)
        out.append(end)
        start = end
    return out


def layout(sentences: list[str], ends: list[int]) -> str:
    start, paragraphs = 0, []
    for end in ends:
        paragraphs.append(" ".join(sentences[start:end]))
        start = end
    return "\n\n".join(paragraphs) + "\n"


@st.composite
def rebroken(draw: st.DrawFn) -> tuple[list[str], list[int], list[int]]:
    sentences = draw(st.lists(sentence(), min_size=2, max_size=24, unique=True).filter(distinct))
    return sentences, draw(paragraphing(len(sentences))), draw(paragraphing(len(sentences)))


def spans(texts: list[str], sentences: list[str]) -> list[tuple[int, int]]:
    """The sentence range [start, end) each clause text covers, clauses in reading order."""
    out, start = [], 0
    for text in texts:
        end = start + 1
        while " ".join(sentences[start:end]) != text:
            end += 1
            assert end <= len(sentences), f"clause {text!r} is not a run of the sentences"
        out.append((start, end))
        start = end
    assert start == len(sentences)
    return out


def side_spans(result: Comparison, side: str, sentences: list[str]) -> dict[str, tuple[int, int]]:
    clauses = sorted(
        {c.id: c for ch in result.changes for c in getattr(ch, side)}.values(), key=lambda c: c.id
    )
    return dict(zip([c.id for c in clauses], spans([c.text for c in clauses], sentences), strict=True))


def words_changed(change: Change) -> list[tuple[str, str]]:
    """Non-equal diff ops that touch words (a paragraph break becoming a space is not a change)."""
    return [(op.op, op.text.strip()) for op in change.diff if op.op != "equal" and op.text.strip()]


def check_regrouped(result: Comparison, sentences: list[str], new_sentences: list[str]) -> list[Change]:
    """Assert what holds for any re-paragraphing; return the changes whose two sides do not
    carry exactly the same sentences (only possible where boundaries cross)."""
    kinds = Counter(ch.kind for ch in result.changes)
    assert not kinds["added"] and not kinds["removed"], kinds
    assert set(kinds) <= REGROUPED, kinds
    old_at = side_spans(result, "old", sentences)
    new_at = side_spans(result, "new", new_sentences)
    old_ends = {e for _, e in old_at.values()}
    new_ends = {e for _, e in new_at.values()}
    common = old_ends & new_ends
    crossing = []
    for ch in result.changes:
        o = (old_at[ch.old[0].id][0], old_at[ch.old[-1].id][1])
        n = (new_at[ch.new[0].id][0], new_at[ch.new[-1].id][1])
        # a boundary both versions share is never inside a change: grouping is as tight as it can be
        assert not any(o[0] < c < o[1] or n[0] < c < n[1] for c in common), ch.id
        if o == n:  # the two sides carry the same sentences
            expected = "split" if len(ch.old) == 1 < len(ch.new) else "merged" if len(ch.old) > 1 else None
            assert expected is None or ch.kind == expected, (ch.kind, len(ch.old), len(ch.new))
        else:
            crossing.append(ch)
    return crossing


PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(rebroken())
def test_align_rebroken_paragraphs_pair_sentence_for_sentence(
    case: tuple[list[str], list[int], list[int]],
) -> None:
    sentences, old_ends, new_ends = case
    result = compare_texts(layout(sentences, old_ends), layout(sentences, new_ends))
    crossing = check_regrouped(result, sentences, sentences)
    for ch in result.changes:
        if ch not in crossing:
            assert not words_changed(ch), (ch.kind, words_changed(ch))
    # where boundaries cross, the words cut off from one change are the words added to another
    moved_out = [
        w for ch in crossing for op, t in words_changed(ch) if op == "delete" for w in WORD.findall(t)
    ]
    moved_in = [
        w for ch in crossing for op, t in words_changed(ch) if op == "insert" for w in WORD.findall(t)
    ]
    assert sorted(moved_out) == sorted(moved_in)


@PROPERTY
@given(rebroken(), st.data())
def test_align_one_word_changed_in_rebroken_text_shows_once(
    case: tuple[list[str], list[int], list[int]], data: st.DataObject
) -> None:
    sentences, old_ends, new_ends = case
    at = data.draw(st.integers(0, len(sentences) - 1))
    words = sentences[at].rstrip(".").split(" ")
    k = data.draw(st.integers(1, len(words) - 1))
    replacement = data.draw(st.sampled_from([w for w in WORDS if w != words[k]]))
    edited = list(sentences)
    edited[at] = " ".join([*words[:k], replacement, *words[k + 1 :]]) + "."
    assume(distinct(edited))
    result = compare_texts(layout(sentences, old_ends), layout(edited, new_ends))
    crossing = check_regrouped(result, sentences, edited)
    showing = [ch for ch in result.changes if replaced(ch, words[k], replacement)]
    if showing:
        assert len(showing) == 1, [words_changed(ch) for ch in result.changes]
    else:
        # only where every cut the schema allows runs through the edited sentence: it then shows
        # whole, its old wording deleted from one change and its new wording inserted in another
        assert any(
            op == "delete" and words[k] in WORD.findall(t) for ch in crossing for op, t in words_changed(ch)
        )
        assert any(
            op == "insert" and replacement in WORD.findall(t)
            for ch in crossing
            for op, t in words_changed(ch)
        )
    for ch in result.changes:
        if ch not in crossing and ch not in showing:
            assert not words_changed(ch)


def replaced(change: Change, old_word: str, new_word: str) -> bool:
    """Whether the change shows ``old_word`` deleted and ``new_word`` inserted in its place."""
    ops = words_changed(change)
    return any(
        a[0] == "delete"
        and b[0] == "insert"
        and old_word in WORD.findall(a[1])
        and new_word in WORD.findall(b[1])
        and len(WORD.findall(a[1])) <= 3
        for a, b in zip(ops, ops[1:], strict=False)
    )


# --- examples -----------------------------------------------------------------------------------

SHORT = [
    "Officers shall record the reason for every stop in the daily log.",
    "Supervisors will review the log at the end of each month.",
    "Interpreters are provided on request to any member of the public.",
    "No officer shall demand a passport or green card from a witness.",
    "Records are kept for seven years and then destroyed securely.",
    "A warrant is required before any search of a private home.",
]


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def summary(result: Comparison) -> list[tuple[str, list[str], list[str]]]:
    return [(ch.kind, [c.id for c in ch.old], [c.id for c in ch.new]) for ch in result.changes]


def test_align_five_paragraphs_joined_into_one_are_one_merged_change() -> None:
    result = compare_texts(
        paragraphs("1. Records", *SHORT[:5]), paragraphs("1. Records", " ".join(SHORT[:5]))
    )
    assert summary(result) == [
        ("unchanged", ["o0001"], ["n0001"]),
        ("merged", ["o0002", "o0003", "o0004", "o0005", "o0006"], ["n0002"]),
    ]
    assert not words_changed(result.changes[1])


def test_align_one_word_changed_inside_a_joined_paragraph_is_one_delete_and_one_insert() -> None:
    joined = " ".join(SHORT[:5]).replace("seven years", "ten years")
    result = compare_texts(paragraphs(*SHORT[:5]), paragraphs(joined))
    assert summary(result) == [("merged", ["o0001", "o0002", "o0003", "o0004", "o0005"], ["n0001"])]
    assert words_changed(result.changes[0]) == [("delete", "seven"), ("insert", "ten")]


def test_align_one_paragraph_split_into_three_is_one_split_change() -> None:
    old = paragraphs(SHORT[0], " ".join(SHORT[1:4]), SHORT[4])
    new = paragraphs(*SHORT[:5])
    result = compare_texts(old, new)
    assert summary(result) == [
        ("unchanged", ["o0001"], ["n0001"]),
        ("split", ["o0002"], ["n0002", "n0003", "n0004"]),
        ("unchanged", ["o0003"], ["n0005"]),
    ]
    assert not words_changed(result.changes[1])


def test_align_crossing_rebreak_is_cut_where_the_least_text_changes_sides() -> None:
    """Old A | B1 B2 | C → new A B1 | B2 C. The schema has no change with several clauses on both
    sides, so the shorter half of B (B2) is the one that shows as moving between two changes."""
    a, b1, b2, c = SHORT[0], SHORT[5] + " " + SHORT[2], SHORT[1], SHORT[3]
    result = compare_texts(paragraphs(a, f"{b1} {b2}", c), paragraphs(f"{a} {b1}", f"{b2} {c}"))
    assert summary(result) == [
        ("merged", ["o0001", "o0002"], ["n0001"]),
        ("modified", ["o0003"], ["n0002"]),
    ]
    assert words_changed(result.changes[0]) == [("delete", b2)]
    assert words_changed(result.changes[1]) == [("insert", b2)]
    backward = compare_texts(paragraphs(f"{a} {b1}", f"{b2} {c}"), paragraphs(a, f"{b1} {b2}", c))
    assert summary(backward) == [
        ("split", ["o0001"], ["n0001", "n0002"]),
        ("modified", ["o0002"], ["n0003"]),
    ]


def test_align_joined_paragraph_with_new_sentences_is_merged_with_them_inserted() -> None:
    added = " ".join(SHORT[2:6])
    result = compare_texts(paragraphs(*SHORT[:2]), paragraphs(f"{SHORT[0]} {SHORT[1]} {added}"))
    assert summary(result) == [("merged", ["o0001", "o0002"], ["n0001"])]
    assert words_changed(result.changes[0]) == [("insert", added)]


def test_align_a_shared_sentence_or_two_do_not_make_a_merge() -> None:
    """Two rewritten paragraphs that keep only a sentence each are not the same text re-broken."""
    old = paragraphs(
        f"{SHORT[0]} Stops of cyclists are logged separately by the traffic unit and sent weekly.",
        f"{SHORT[1]} The inspector keeps a copy of every report in the station safe for audit.",
    )
    new = paragraphs(
        f"{SHORT[0]} {SHORT[1]} Body camera footage of every stop is retained for ninety days and "
        "released to the person stopped on written request, without charge, within ten working days."
    )
    assert "merged" not in {ch.kind for ch in compare_texts(old, new).changes}


def test_align_madison_sentences_reparagraphed_pair_with_the_word_change_shown() -> None:
    text = (MADISON / "new.txt").read_text(encoding="utf-8")
    start = text.index("In order to be true")
    chosen = sentences_of(text[start : text.index("STANDARD OPERATING PROCEDURE")])[:6]
    assert len(chosen) == 6 and chosen[-1].endswith('[paraphrase after "the chief obj"]')
    heading = "8. Enforcement of Immigration Laws"
    old = paragraphs(heading, " ".join(chosen[:3]), *chosen[3:])
    edited = [s.replace("MPD will not self-initiate", "MPD shall not self-initiate") for s in chosen]
    assert edited[3] != chosen[3]
    new = paragraphs(heading, *edited[:3], " ".join(edited[3:]))
    result = compare_texts(old, new)
    assert summary(result) == [
        ("unchanged", ["o0001"], ["n0001"]),
        ("split", ["o0002"], ["n0002", "n0003", "n0004"]),
        ("merged", ["o0003", "o0004", "o0005"], ["n0005"]),
    ]
    assert not words_changed(result.changes[1])
    assert words_changed(result.changes[2]) == [("delete", "will"), ("insert", "shall")]


def sentences_of(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.\]])\s+(?=[A-Z])", " ".join(text.split())) if s]


HAWAII_SB2056_3 = [
    "(3) Identify or seek to identify, apprehend, arrest, or impose any other civil or criminal penalty for:",
    "(A) Activities protected by the First Amendment to the United States Constitution, including rights to "
    "free speech and press, peaceable assembly, and petition the government for a redress of grievances;",
    "(B) The provision of humanitarian or legal assistance, or any other aid that is lawful in this State;",
    "(C) Offenses related to immigration status, including violations of title 8 United States Code; or",
    "(D) Nonfederal misdemeanors and violations, including motor vehicle offenses;",
]
"""Hawaii SB 2056 (2026, as introduced), new HRS section 139-, (b)(3) and its items."""


def test_align_a_stem_and_four_items_run_into_one_paragraph_are_one_merge_not_a_merge_and_a_removal() -> None:
    """Five paragraphs joined: a run of four is looked for first, and the fifth paragraph, whose words the
    joined one goes on with, joins the merge — no "removed" item, no judgement."""
    old = paragraphs(
        "(b) No law enforcement officer shall enter into an agreement that would:", *HAWAII_SB2056_3
    )
    new = paragraphs(
        "(b) No law enforcement officer shall enter into an agreement that would:", " ".join(HAWAII_SB2056_3)
    )
    result = compare_texts(old, new)
    assert summary(result) == [
        ("unchanged", ["o0001"], ["n0001"]),
        ("merged", ["o0002", "o0003", "o0004", "o0005", "o0006"], ["n0002"]),
    ]
    # the items' labels, kept apart from the words while they were paragraphs, now stand in the text
    assert words_changed(result.changes[1]) == [("insert", f"({x})") for x in "ABCD"]
    assert all(
        c.assessment is None or c.assessment.direction not in ("limits_enforcement", "expands_enforcement")
        for c in result.changes
    )
