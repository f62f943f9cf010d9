"""The lens stage's shortcuts change nothing: a clause skipped by the lemma pre-check gains no topic
from its lemmas (nor one left untokenised from its words), a change judged without its clause
parsed up front reads the same stance, the faster ``_squash`` keeps the same characters, kept action
candidates are the same ones, and a pattern skipped for lack of its needles could not match."""

from __future__ import annotations

import json
import re

import pytest

import analyzer.lenses as lenses
from analyzer.lenses import _squash, get_lens
from analyzer.lenses.evaluate_docs import compare_texts
from analyzer.lenses.lens import Lens
from analyzer.needles import fold, may_match
from analyzer.rules import _any_object, _cached_candidates, action_candidates, sentences
from analyzer.settings import CompareSettings

from .conftest import ROOT

SETTINGS = CompareSettings()
DATA = ROOT / "tests" / "data"
LEMMA = ("LEMMA",)
WORDS = ("ORTH", "LOWER")


@pytest.fixture(scope="module")
def lens() -> Lens:
    return get_lens(SETTINGS.lens, SETTINGS.spacy_model)


def _paragraphs(limit: int) -> list[str]:
    found: list[str] = []
    for path in [DATA / "rules_eval" / "cases.jsonl", *sorted(DATA.glob("heldout*/pairs.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                found += [p for side in ("old", "new") for p in case[side].split("\n\n") if p.strip()]
    return list(dict.fromkeys(found))[:limit]


def _forms(lens: Lens, lemma: str) -> set[str]:
    """Every word form the lemmatizer's tables turn into ``lemma``, and the usual inflections."""
    lookups = lens.nlp.get_pipe("lemmatizer").lookups
    found = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing", lemma[:-1] + "ing"}
    for table in lookups.get_table("lemma_exc").values():
        found |= {form for form, lemmas in table.items() if lemma in lemmas}
    for table in lookups.get_table("lemma_rules").values():
        found |= {lemma[: len(lemma) - len(new)] + old for old, new in table if lemma.endswith(new)}
    return found


def test_every_lens_term_as_written_is_caught_by_the_pre_check(lens: Lens) -> None:
    for topic in lens.spec.topics:
        for term in (*topic.terms, *topic.context_terms):
            for written in {term, term.lower(), term.upper(), term.title()}:
                text = f"Immigration: the officer shall not {written} approval for review ({written})."
                found = lens.find(lens.nlp.make_doc(text), "new", "", text)
                assert lens.may_match(text, "", WORDS) or not found, (term, written)


def test_every_form_of_a_lens_word_is_caught_by_the_lemma_pre_check(lens: Lens) -> None:
    words = [w for t in lens.spec.topics for w in (*t.terms, *t.context_terms) if " " not in w]
    assert words
    for word in words:
        for token in lens.nlp(word.lower()):
            for form in _forms(lens, token.lemma_):
                for written in (form, form.upper(), form.title()):
                    # the anchor and every topic's `needs` are met, so any lemma could count
                    text = f"Immigration: the officer shall not {written} approval for review ({written})."
                    assert lens.may_match(text, "", LEMMA), (word, written)


def test_the_pre_check_is_a_superset_of_the_lemma_matcher(lens: Lens) -> None:
    """On real policy paragraphs (and their sentences): wherever the parsed clause's topics differ
    from those found in its words alone, the pre-check says the clause must be parsed; and it lets
    many clauses go unparsed (else it would save nothing)."""
    texts = _paragraphs(150)
    texts += [s for t in texts for s in sentences(t)]
    texts += [t.replace("immigration", "imigration") for t in texts]  # no anchor: anchored lemmas drop
    parsed = lens.nlp.pipe(texts, batch_size=64, disable=["ner", "senter"])
    unparsed = untokenised = 0
    empty = lens.nlp.make_doc("")
    for text, doc in zip(texts, parsed, strict=True):
        words = lens.nlp.make_doc(text)
        if not lens.may_match(text, "", LEMMA):
            unparsed += 1
            assert lens.find(doc, "new") == lens.find(words, "new"), text
        if not lens.may_match(text, "", WORDS):
            untokenised += 1
            assert lens.find(words, "new") == lens.find(empty, "new", "", text), text
    assert unparsed > len(texts) // 4 and untokenised > len(texts) // 4


def test_a_clause_without_lens_words_is_not_parsed_for_its_topics(lens: Lens) -> None:
    assert not lens.may_match("(12) Keep record 12.")  # "record" counts only about immigration
    assert lens.may_match("(12) Keep immigration records 12.", "", LEMMA)
    assert lens.may_match("Officers shall not ask for passports.", "", LEMMA)
    assert lens.may_match("Keep records.", "Deportations", LEMMA)  # a heading anchors the topics
    assert not lens.may_match("The supervisor shall keep the keys.")  # `needs` unmet, unanchored
    assert lens.may_match("Officers shall call ICE.", "", WORDS)
    assert not lens.may_match("Officers shall call Ice.", "", WORDS)  # an acronym counts as written
    assert all(needle is not None for needle in lens._needles.values())


def test_judging_without_parsing_up_front_gives_the_same_result(
    lens: Lens, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The changes of real policy pairs judged as the lens does now (clauses parsed only where their
    lemmas may count, else when their change is judged; tokenised only where a lens word may stand)
    and as it did before: every changed clause parsed first, every other one tokenised."""
    lines = (DATA / "heldout" / "pairs.jsonl").read_text().splitlines()[:12]
    lines += (DATA / "rules_eval" / "cases.jsonl").read_text().splitlines()[:12]
    cases = [json.loads(x) for x in lines if x.strip()]
    quick = [compare_texts(c["old"], c["new"], SETTINGS).to_dict() for c in cases]
    monkeypatch.setattr(Lens, "may_match", lambda self, text, context="", attrs=(): True)
    full = [compare_texts(c["old"], c["new"], SETTINGS).to_dict() for c in cases]
    assert quick == full


def test_find_with_its_text_finds_the_same(lens: Lens) -> None:
    for text in _paragraphs(200):
        doc = lens.nlp.make_doc(text)
        assert doc.text == text
        assert lens.find(doc, "old", "", text) == lens.find(doc, "old")


def test_squash_keeps_exactly_the_alphanumeric_and_space_characters() -> None:
    every = "".join(chr(k) for k in range(0x110000))
    assert lenses._NOT_WORD.sub("", every) == "".join(ch for ch in every if ch.isalnum() or ch.isspace())
    for text in _paragraphs(300):
        slow = " ".join("".join(ch for ch in text.casefold() if ch.isalnum() or ch.isspace()).split())
        assert _squash(text) == slow


def test_kept_action_candidates_are_the_candidates(lens: Lens) -> None:
    actions = lens.spec.actions
    for text in [s for t in _paragraphs(150) for s in sentences(t)]:
        for some in (actions, actions[1:]):
            kept = [(*c[:3], c[3].span()) for c in _cached_candidates(text, tuple(some))]
            assert kept == [(*c[:3], c[3].span()) for c in action_candidates(text, some)]


def test_fold_turns_each_character_a_case_ignoring_letter_matches_into_that_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for k in range(0x110000):
        ch = chr(k)
        if letter.fullmatch(ch):
            assert len(fold(ch)) == 1 and fold(ch).isascii() and re.fullmatch(fold(ch), ch, re.I), hex(k)
        elif ch.isascii():
            assert fold(ch) == ch.lower()


def _lens_patterns(lens: Lens) -> list[re.Pattern[str]]:
    spec = lens.spec
    patterns = [p for t in spec.topics for p in t.regex] + [t.needs for t in spec.topics if t.needs]
    patterns += [p for a in spec.actions for p in (a.verbs, a.objects, a.needs) if p is not None]
    patterns += [_any_object(tuple(a.objects for a in spec.actions)), *([spec.anchor] if spec.anchor else [])]
    return patterns


HAND = [
    r"\b(?-i:ICE|INS)\b\s+agents?",
    r"(?i)raid(?:s|ed)?\b(?!\s+unless)",
    r"(?<!being\s)\bheld\b",
    r"(?:office|booth)(?:,?\s+(?:or\s+)?(?:office|booth))*\s+for\s+(?:a\s+)?search",
    r"I-(?:9|94|551|766)\b",
    r"(?:x|)status",
    r"(?:\w+\s+){0,3}?custody",
    r"a{2,}b|c(?=dd)",
    r"(?:approval|authori[sz]ation)",
]


def test_a_pattern_skipped_by_its_needles_cannot_match(lens: Lens) -> None:
    """Every lens pattern (and some hand-written ones) on policy text, its sentences, the same in
    capitals, and with letters that a case-ignoring pattern matches with ASCII ones (ı, İ, ſ, K)."""
    texts = _paragraphs(150)
    texts += [s for t in texts for s in sentences(t)]
    texts += [t.upper() for t in texts[:200]]
    odd = str.maketrans({"i": "ı", "I": "İ", "s": "ſ", "k": "K"})
    texts += [t.translate(odd) for t in texts[:200]]
    texts += ["ICE agents", "Ice agents", "RAIDED", "raıds", "I-94", "ı-551", "status", "xstatus", "custody"]
    texts += ["aab", "cdd", "approval", "AUTHORİZATION", "office, booth for search", "was held", "ſtatus"]
    patterns = _lens_patterns(lens) + [re.compile(p, re.IGNORECASE) for p in HAND]
    patterns += [re.compile(p) for p in HAND]
    skipped = 0
    for pattern in patterns:
        for text in texts:
            if not may_match(pattern, text):
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > len(patterns) * len(texts) // 3
