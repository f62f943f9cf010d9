"""Pair old and new clauses. Stages, cheapest first, each working only on what is left:

1. ``exact_anchors``   identical text, in order (longest matching runs) → unchanged / renumbered
2. ``align_gaps``      between two anchors, the best order-keeping fuzzy pairing → modified
3. ``regroup_by_sentences``  text broken into paragraphs differently: consecutive clauses whose
                      sentences reappear in each other → merged / split
4. ``match_leftovers`` out-of-order candidates from an inverted word index → moved
5. ``find_splits``     one clause ↔ several consecutive clauses by joined-text likeness → split /
                      merged (before and after stage 4)
6. whatever is left   → removed / added

No stage compares every clause with every other: stages 2 and 3 work inside gaps, stages 3 and 4
score only the candidates that share rare words."""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from .models import ChangeKind, Clause, Override, text_sha
from .settings import CompareSettings

_WORDS = re.compile(r"[a-z0-9]{3,}")


@dataclass(frozen=True)
class Match:
    kind: ChangeKind
    old: tuple[int, ...]
    new: tuple[int, ...]
    similarity: float | None


def key(clause: Clause) -> str:
    return " ".join(clause.text.split())


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _label(number: str | None) -> str:
    return (number or "").strip().strip(".)(").lower()


def similarity(a: str, b: str) -> float:
    return float(fuzz.ratio(_norm(a), _norm(b))) / 100.0


def pair_kind(a: Clause, b: Clause) -> ChangeKind:
    """The kind of a one-to-one pair: the same words are unchanged, or renumbered if the label
    differs; anything else is modified."""
    if key(a) == key(b):
        return "unchanged" if _label(a.number) == _label(b.number) else "renumbered"
    return "modified"


def _pairable(a: Clause, b: Clause, score: float, settings: CompareSettings, floor: float) -> bool:
    if a.is_heading != b.is_heading:
        return False
    if min(len(a.text), len(b.text)) < settings.short_clause_chars:
        return score >= max(floor, settings.short_min_similarity)
    return score >= floor


class _State:
    def __init__(self, old: Sequence[Clause], new: Sequence[Clause]) -> None:
        self.old, self.new = old, new
        self.old_to: dict[int, int] = {}
        self.new_to: dict[int, int] = {}
        self.matches: list[Match] = []

    def pair(self, kind: ChangeKind, o: tuple[int, ...], n: tuple[int, ...], sim: float | None) -> None:
        index = len(self.matches)
        self.matches.append(Match(kind, o, n, sim))
        for i in o:
            self.old_to[i] = index
        for j in n:
            self.new_to[j] = index

    def one_to_one_kind(self, i: int, j: int) -> ChangeKind:
        return pair_kind(self.old[i], self.new[j])


def exact_anchors(state: _State) -> list[tuple[int, int]]:
    """Identical clauses that keep their order (longest matching runs first)."""
    old_keys = [key(c) for c in state.old]
    new_keys = [key(c) for c in state.new]
    anchors = []
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            i, j = block.a + k, block.b + k
            state.pair(state.one_to_one_kind(i, j), (i,), (j,), 1.0)
            anchors.append((i, j))
    return anchors


def _gap_pairs(
    old: Sequence[Clause], new: Sequence[Clause], settings: CompareSettings
) -> list[tuple[int, int, float]]:
    """Best order-keeping pairing of two short runs of clauses (weighted LCS over similarity)."""
    m, n = len(old), len(new)
    scores = (
        cdist([_norm(c.text) for c in old], [_norm(c.text) for c in new], scorer=fuzz.ratio, workers=1)
        / 100.0
    )
    weights = np.zeros((m, n))
    for i in range(m):
        for found in np.nonzero(scores[i] >= settings.min_similarity)[0]:
            j = int(found)
            if _pairable(old[i], new[j], float(scores[i, j]), settings, settings.min_similarity):
                weights[i, j] = scores[i, j]
    dp = np.zeros((m + 1, n + 1))
    for i in range(1, m + 1):
        diagonal = dp[i - 1, :-1] + weights[i - 1]
        row = np.maximum(dp[i - 1, 1:], np.where(weights[i - 1] > 0, diagonal, 0.0))
        dp[i, 1:] = np.maximum.accumulate(row)
    pairs: list[tuple[int, int, float]] = []
    i, j = m, n
    while i > 0 and j > 0:
        if dp[i, j] == dp[i - 1, j]:
            i -= 1
        elif dp[i, j] == dp[i, j - 1]:
            j -= 1
        else:
            pairs.append((i - 1, j - 1, float(weights[i - 1, j - 1])))
            i, j = i - 1, j - 1
    return pairs[::-1]


def align_gaps(state: _State, anchors: list[tuple[int, int]], settings: CompareSettings) -> None:
    bounds = [(-1, -1), *anchors, (len(state.old), len(state.new))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        olds = [i for i in range(i0 + 1, i1) if i not in state.old_to]
        news = [j for j in range(j0 + 1, j1) if j not in state.new_to]
        if not olds or not news or len(olds) * len(news) > settings.gap_dp_limit:
            continue
        for a, b, sim in _gap_pairs([state.old[i] for i in olds], [state.new[j] for j in news], settings):
            i, j = olds[a], news[b]
            state.pair(state.one_to_one_kind(i, j), (i,), (j,), sim)


class _Order:
    """The one-to-one, in-order pairs made so far, to ask where a clause would stand on the other side."""

    def __init__(self, state: _State, side: str) -> None:
        pairs = [
            (m.old[0], m.new[0])
            for m in state.matches
            if len(m.old) == 1 and len(m.new) == 1 and m.kind != "moved"
        ]
        if side == "new":
            pairs = [(j, i) for i, j in pairs]
        pairs.sort()
        self.here = [a for a, _ in pairs]
        self.there = [b for _, b in pairs]

    def between(self, i: int) -> tuple[float, float]:
        """Open interval on the other side where a partner of ``i`` keeps the order."""
        k = bisect.bisect_left(self.here, i)
        before = self.there[k - 1] if k > 0 else -1
        after = self.there[k] if k < len(self.there) else math.inf
        return before, after


def match_leftovers(state: _State, settings: CompareSettings) -> None:
    """Pair what is left through an inverted index of words: moved (or in-place) clauses."""
    olds = [
        i
        for i in range(len(state.old))
        if i not in state.old_to and len(state.old[i].text) >= settings.moved_min_chars
    ]
    news = [
        j
        for j in range(len(state.new))
        if j not in state.new_to and len(state.new[j].text) >= settings.moved_min_chars
    ]
    if not olds or not news:
        return
    index: dict[str, list[int]] = defaultdict(list)
    for j in news:
        for word in set(_WORDS.findall(state.new[j].text.casefold())):
            index[word].append(j)
    total = len(news)
    candidates: list[tuple[float, int, int]] = []
    for i in olds:
        votes: defaultdict[int, float] = defaultdict(float)
        for word in set(_WORDS.findall(state.old[i].text.casefold())):
            posting = index.get(word)
            if posting and len(posting) < max(50, total // 2):
                weight = math.log(1 + total / len(posting))
                for j in posting:
                    votes[j] += weight
        for j, _ in heapq.nsmallest(settings.candidate_limit, votes.items(), key=lambda kv: (-kv[1], kv[0])):
            score = similarity(state.old[i].text, state.new[j].text)
            if _pairable(state.old[i], state.new[j], score, settings, settings.min_similarity):
                candidates.append((score, i, j))
    order = _Order(state, "old")
    # a clause that moved usually moved with its neighbours: their likeness breaks ties between
    # look-alikes (the same boilerplate sentence in several sections)
    raw = {(i, j): score for score, i, j in candidates}
    weight = settings.neighbour_weight
    contextual = [(score + _context(state, i, j, weight), i, j) for score, i, j in candidates]
    rivals = _runner_up(contextual)
    for combined, i, j in sorted(contextual, key=lambda c: (-c[0], c[1], c[2])):
        if i in state.old_to or j in state.new_to:
            continue
        score = raw[(i, j)]
        before, after = order.between(i)
        rival = max(rivals.get(("old", i, j), 0.0), rivals.get(("new", j, i), 0.0))
        if before < j < after:
            state.pair(state.one_to_one_kind(i, j), (i,), (j,), score)
        elif score >= settings.moved_min_similarity and (
            combined - rival >= settings.moved_margin
            or (score >= settings.moved_sure_similarity and combined >= rival)
        ):
            state.pair("moved", (i,), (j,), score)


def _context(state: _State, i: int, j: int, weight: float) -> float:
    """Up to ``2 * weight``: how alike the clauses just before and just after ``i`` and ``j`` are."""
    total = 0.0
    for d in (-1, 1):
        a, b = i + d, j + d
        if 0 <= a < len(state.old) and 0 <= b < len(state.new):
            total += weight * similarity(state.old[a].text, state.new[b].text)
    return total


def extend_moves(state: _State, settings: CompareSettings) -> None:
    """A section that moved takes its short neighbours with it: a heading or a stub too short to
    be matched on its own is moved when the clause beside it moved to the place beside its twin."""
    changed = True
    while changed:
        changed = False
        for m in list(state.matches):
            if m.kind != "moved" or len(m.old) != 1 or len(m.new) != 1:
                continue
            for d in (-1, 1):
                i, j = m.old[0] + d, m.new[0] + d
                if not (0 <= i < len(state.old) and 0 <= j < len(state.new)):
                    continue
                if i in state.old_to or j in state.new_to:
                    continue
                score = similarity(state.old[i].text, state.new[j].text)
                if (
                    score >= settings.moved_min_similarity
                    and state.old[i].is_heading == state.new[j].is_heading
                ):
                    state.pair("moved", (i,), (j,), score)
                    changed = True


def _runner_up(candidates: list[tuple[float, int, int]]) -> dict[tuple[str, int, int], float]:
    """For each candidate pair (i, j): the best score of i with any other j ("old", i, j), and of
    j with any other i ("new", j, i). A move is only believed when it clearly beats both: boiler-
    plate ("Officers shall ensure that the following are completed:") resembles many clauses."""
    by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for score, i, j in candidates:
        by_old[i].append((score, j))
        by_new[j].append((score, i))
    out: dict[tuple[str, int, int], float] = {}
    for side, table in (("old", by_old), ("new", by_new)):
        for a, scored in table.items():
            scored.sort(reverse=True)
            for _score, b in scored:
                others = [s for s, c in scored[:2] if c != b]
                out[(side, a, b)] = others[0] if others else 0.0
    return out


class _Free:
    """Clauses of the "many" side still free for a split or merge (or the single's own partner).
    A membership test, not a set: building a set over the document for every clause would make
    ``find_splits`` quadratic on long documents."""

    def __init__(self, size: int, taken: dict[int, int], partner: int | None) -> None:
        self.size, self.taken, self.partner = size, taken, partner

    def __contains__(self, k: int) -> bool:
        return 0 <= k < self.size and (k not in self.taken or k == self.partner)


def _runs(start: int, free: _Free, limit: int) -> list[tuple[int, ...]]:
    runs = []
    run = [start]
    while len(run) < limit and run[-1] + 1 in free:
        run.append(run[-1] + 1)
        runs.append(tuple(run))
    return runs


def find_splits(state: _State, settings: CompareSettings) -> None:
    """One old clause that became several consecutive new ones (split), or the reverse (merged)."""
    for side in ("old", "new"):
        singles = state.old if side == "old" else state.new
        many = state.new if side == "old" else state.old
        single_to = state.old_to if side == "old" else state.new_to
        many_to = state.new_to if side == "old" else state.old_to
        order = _Order(state, side)
        for s in range(len(singles)):
            current = state.matches[single_to[s]] if s in single_to else None
            if current is not None and current.kind != "modified":
                continue
            partner = None if current is None else (current.new[0] if side == "old" else current.old[0])
            free = _Free(len(many), many_to, partner)
            if partner is not None:
                starts = [partner - d for d in range(0, 4)]
            else:
                lo, hi = order.between(s)
                window = range(int(lo) + 1, int(min(hi, len(many))))
                starts = list(itertools.islice((k for k in window if k in free), 30))
            best: tuple[float, tuple[int, ...]] | None = None
            base = (current.similarity or 0.0) if current else 0.0
            for start in starts:
                if start not in free:
                    continue
                for run in _runs(start, free, 4):
                    if partner is not None and partner not in run:
                        continue
                    joined = " ".join(many[k].text for k in run)
                    score = similarity(singles[s].text, joined)
                    if (
                        score >= settings.split_min_similarity
                        and score >= base + settings.split_min_gain
                        and (best is None or score > best[0])
                    ):
                        best = (score, run)
            if best is None:
                continue
            if current is not None:
                _unpair(state, single_to[s])
            score, run = best
            if side == "old":
                state.pair("split", (s,), run, score)
            else:
                state.pair("merged", run, (s,), score)


def _unpair(state: _State, index: int) -> None:
    match = state.matches[index]
    for i in match.old:
        state.old_to.pop(i, None)
    for j in match.new:
        state.new_to.pop(j, None)
    state.matches[index] = Match("unchanged", (), (), None)  # tombstone, dropped at the end


# --- re-paragraphed text ------------------------------------------------------------------------

# A cheap regex sentence split, written here because the tool's spaCy sentence recogniser (used
# by segment.py only for over-long clauses) would cost more than the whole alignment. Both sides
# are split the same way, which is all that matching sentences needs.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


_LIST_BREAK = re.compile(r"[:;]\s+(?:(?:or|and)\s+)?(?=\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)")
"""A list printed inline ("… the following: (1) inquiring …; (2) sending …") breaks where its
items would start their own paragraphs."""
_PIECE_EDGES = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+|[\s;:,]+(?:(?:or|and)\s*)?$")


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (and the items of a list printed inline), normalised: case
    folded, spacing collapsed, an item's label and its trailing "; or" set aside."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        pieces.append(text[start : m.end()])
        start = m.end()
    if text[start:].strip():
        pieces.append(text[start:])
    out = []
    for piece in pieces:
        at = 0
        for m in _LIST_BREAK.finditer(piece):
            out.append(piece[at : m.start() + 1])
            at = m.end()
        out.append(piece[at:])
    return [n for n in (_norm(_PIECE_EDGES.sub("", p)) for p in out) if n]


@dataclass(frozen=True)
class _Sentence:
    clause: int
    gap: int
    text: str


def _regroupable(state: _State, side: str) -> set[int]:
    """Clauses that are unpaired or only weakly paired (``modified``, one to one): the ones whose
    pairing regrouping may still change. Headings are left to the other stages."""
    clauses = state.old if side == "old" else state.new
    to = state.old_to if side == "old" else state.new_to
    out = set()
    for k, clause in enumerate(clauses):
        match = state.matches[to[k]] if k in to else None
        if clause.is_heading:
            continue
        if match is None or (match.kind == "modified" and len(match.old) == len(match.new) == 1):
            out.add(k)
    return out


def _gaps(state: _State) -> tuple[list[int], list[int]]:
    """Old and new positions of the identical clauses that keep their order: a clause can only be
    regrouped with clauses of the same gap between two of them."""
    fixed = sorted(
        (m.old[0], m.new[0])
        for m in state.matches
        if m.kind in ("unchanged", "renumbered") and len(m.old) == len(m.new) == 1
    )
    olds: list[int] = []
    news: list[int] = []
    for i, j in fixed:
        if not news or j > news[-1]:
            olds.append(i)
            news.append(j)
    return olds, news


def _sentence_list(clauses: Sequence[Clause], which: set[int], fixed: list[int]) -> list[_Sentence]:
    return [
        _Sentence(k, bisect.bisect_left(fixed, k), s)
        for k in sorted(which)
        for s in sentences(clauses[k].text)
    ]


def _sentence_candidates(
    old: list[_Sentence], new: list[_Sentence], settings: CompareSettings
) -> list[tuple[int, int]]:
    """(old sentence, new sentence) candidates in the same gap: identical text, or else the few
    new sentences sharing the most rare words that reach ``reparagraph_sentence_similarity``."""
    exact: dict[tuple[int, str], list[int]] = defaultdict(list)
    for q, s in enumerate(new):
        exact[(s.gap, s.text)].append(q)
    old_texts = {(s.gap, s.text) for s in old}
    index: dict[tuple[int, str], list[int]] = defaultdict(list)
    for q, s in enumerate(new):
        if (s.gap, s.text) not in old_texts:
            for word in set(_WORDS.findall(s.text)):
                index[(s.gap, word)].append(q)
    total = len(new)
    out: list[tuple[int, int]] = []
    for p, s in enumerate(old):
        same = exact.get((s.gap, s.text))
        if same:
            # a sentence repeated in the gap: the copies nearest its position are enough
            here = bisect.bisect_left(same, round(p * total / max(len(old), 1)))
            window = same[max(0, here - settings.candidate_limit) : here + settings.candidate_limit]
            out.extend((p, q) for q in window)
            continue
        votes: defaultdict[int, float] = defaultdict(float)
        for word in set(_WORDS.findall(s.text)):
            posting = index.get((s.gap, word))
            if posting and len(posting) < max(50, total // 2):
                weight = math.log(1 + total / len(posting))
                for q in posting:
                    votes[q] += weight
        for q, _ in heapq.nsmallest(settings.candidate_limit, votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if fuzz.ratio(s.text, new[q].text) / 100.0 >= settings.reparagraph_sentence_similarity:
                out.append((p, q))
    return out


def _in_order(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subset of candidate pairs that keeps the order on both sides (Hunt-Szymanski:
    longest increasing subsequence of the new positions, old positions taken in order)."""
    ordered = sorted(candidates, key=lambda c: (c[0], -c[1]))
    tails: list[int] = []  # new position ending the best chain of each length
    tail_at: list[int] = []  # index in ``ordered`` of that chain's last pair
    parent: list[int] = []
    for k, (_, q) in enumerate(ordered):
        n = bisect.bisect_left(tails, q)
        parent.append(tail_at[n - 1] if n else -1)
        if n == len(tails):
            tails.append(q)
            tail_at.append(k)
        else:
            tails[n] = q
            tail_at[n] = k
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(ordered[k])
        k = parent[k]
    return chain[::-1]


@dataclass
class _Group:
    """Consecutive old and new clauses whose sentences are found in each other."""

    old: list[int]
    new: list[int]
    shared: Counter[tuple[int, int]]
    """Characters (old + new) of the sentences an old and a new clause of the group share..."""
    edited: Counter[tuple[int, int]]
    """...and of those sentences, the ones whose wording differs."""
    shared_old: Counter[int]
    """Characters of each old clause's sentences found on the new side (and the reverse:)"""
    shared_new: Counter[int]


def _linked_groups(pairs: list[tuple[int, int]], old: list[_Sentence], new: list[_Sentence]) -> list[_Group]:
    """Chain in-order sentence pairs into groups: the next pair joins the group while it shares
    the old or the new clause of the previous one."""
    groups: list[_Group] = []
    last: tuple[int, int] | None = None
    for p, q in pairs:
        i, j = old[p].clause, new[q].clause
        if last is None or (i != last[0] and j != last[1]):
            groups.append(_Group([i], [j], Counter(), Counter(), Counter(), Counter()))
        group = groups[-1]
        if group.old[-1] != i:
            group.old.extend(range(group.old[-1] + 1, i + 1))
        if group.new[-1] != j:
            group.new.extend(range(group.new[-1] + 1, j + 1))
        chars = len(old[p].text) + len(new[q].text)
        group.shared[(i, j)] += chars
        if old[p].text != new[q].text:
            group.edited[(i, j)] += chars
        group.shared_old[i] += len(old[p].text)
        group.shared_new[j] += len(new[q].text)
        last = (i, j)
    return [g for g in groups if len(g.old) > 1 or len(g.new) > 1]


def _covered(
    group: _Group,
    regroupable: tuple[set[int], set[int]],
    chars: tuple[Counter[int], Counter[int]],
    settings: CompareSettings,
) -> bool:
    """Whether every clause of the group may be regrouped, a side with several clauses is mostly
    made of sentences found on the other side (the one clause of a merge may bring new text
    besides: the diff shows it inserted), and a side with several clauses is not too long."""
    if not (set(group.old) <= regroupable[0] and set(group.new) <= regroupable[1]):
        return False
    for members, shared, total in (
        (group.old, group.shared_old, chars[0]),
        (group.new, group.shared_new, chars[1]),
    ):
        whole = sum(total[k] for k in members)
        if len(members) > 1 and sum(shared[k] for k in members) < settings.reparagraph_min_coverage * whole:
            return False
    return min(len(group.old), len(group.new)) > 1 or max(len(group.old), len(group.new)) <= (
        settings.reparagraph_max_run
    )


def _contract_groups(group: _Group, limit: int) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Cut a group into changes the contract can carry: one old → several new (split), several
    old → one new (merged), or one → one.

    A re-break with crossing boundaries (old A B C → new "A + first half of B", "second half of
    B + C") has no such reading as a whole; the shared JSON checker would take one ``merged``
    change with several clauses on both sides, but the schema shipped in the package (and the
    project's own validation) requires exactly one old clause for ``split`` and exactly one new
    for ``merged``. So the group is cut into such changes, choosing the cuts that leave the
    fewest shared characters on different sides, then the fewest changes (here: "A B" merged
    into the first new clause and C paired with the second as modified, the half of B that went
    to the second showing as deleted from the first change and inserted in the second). A cut
    through an edited sentence would hide its word changes (the sentence shows whole on both
    sides of the cut), so cutting through unedited text is preferred at any length. A dynamic
    programme over (old clauses used, new clauses used), kept to a band around the shared
    sentences so that a long staggered chain stays linear."""
    m, n = len(group.old), len(group.new)
    if m == 1 or n == 1:
        return [(tuple(group.old), tuple(group.new))]
    at_old = {k: a for a, k in enumerate(group.old)}
    at_new = {k: b for b, k in enumerate(group.new)}
    links: list[dict[int, int]] = [{} for _ in range(m)]
    out_old, out_new = [0] * (m + 1), [0] * (n + 1)  # prefix sums of each clause's shared weight
    lo, hi = [n] * m, [-1] * m
    edited_scale = sum(group.shared.values()) + 1  # one edited character outweighs all the rest
    for (i, j), chars in group.shared.items():
        w = chars + edited_scale * group.edited[(i, j)]
        a, b = at_old[i], at_new[j]
        links[a][b] = w
        out_old[a + 1] += w
        out_new[b + 1] += w
        lo[a], hi[a] = min(lo[a], b), max(hi[a], b)
    for k in range(m):
        out_old[k + 1] += out_old[k]
    for k in range(n):
        out_new[k + 1] += out_new[k]
    for a in range(1, m):  # an old clause with no shared sentence sits where its neighbours do
        if hi[a] < 0:
            lo[a], hi[a] = lo[a - 1], hi[a - 1]
    best: dict[tuple[int, int], tuple[float, int]] = {(0, 0): (0, 0)}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for a in range(m):
        first = max(0, (hi[a - 1] if a else 0) - limit)
        for b in range(first, min(n, lo[a] + limit + 1)):
            if (a, b) not in best:
                continue
            cost, count = best[(a, b)]
            steps: list[tuple[int, int, int]] = []
            inside = 0
            for t in range(1, min(limit, n - b) + 1):  # one old clause, t new
                inside += links[a].get(b + t - 1, 0)
                steps.append((1, t, inside))
            inside = links[a].get(b, 0)
            for s in range(2, min(limit, m - a) + 1):  # s old clauses, one new
                inside += links[a + s - 1].get(b, 0)
                steps.append((s, 1, inside))
            for s, t, shared in steps:
                cut = out_old[a + s] - out_old[a] + out_new[b + t] - out_new[b] - 2 * shared
                value = (cost + cut, count + 1)
                if value < best.get((a + s, b + t), (math.inf, 0)):
                    best[(a + s, b + t)] = value
                    back[(a + s, b + t)] = (a, b)
    if (m, n) not in best:
        return []
    cuts = [(m, n)]
    while cuts[-1] != (0, 0):
        cuts.append(back[cuts[-1]])
    cuts.reverse()
    return [
        (tuple(group.old[a0:a1]), tuple(group.new[b0:b1]))
        for (a0, b0), (a1, b1) in zip(cuts, cuts[1:], strict=False)
    ]


def regroup_by_sentences(state: _State, settings: CompareSettings) -> None:
    """Text broken into paragraphs differently (two PDF editions, a PDF and a retyped copy):
    consecutive old and new clauses whose sentences reappear in each other become one change,
    ``merged`` (several old → one new) or ``split`` (one old → several new), instead of removals
    and additions. Works on what is unpaired or paired only as ``modified``, inside the gaps
    between identical clauses; sentences are paired by identical text or, through an index of
    rare words, by high similarity, and only in order. A group with more than
    ``reparagraph_max_run`` clauses on its "several" side, or whose side with several clauses
    has less than ``reparagraph_min_coverage`` of its text found on the other, is left to the
    other stages, as is a group with a ``modified`` partner outside any group. Boundaries that
    cross are cut as ``_contract_groups`` explains."""
    regroupable = (_regroupable(state, "old"), _regroupable(state, "new"))
    if not regroupable[0] or not regroupable[1]:
        return
    fixed_old, fixed_new = _gaps(state)
    old = _sentence_list(state.old, regroupable[0], fixed_old)
    new = _sentence_list(state.new, regroupable[1], fixed_new)
    pairs = _in_order(_sentence_candidates(old, new, settings))
    chars = (Counter[int](), Counter[int]())
    for side, listed in enumerate((old, new)):
        for sentence in listed:
            chars[side][sentence.clause] += len(sentence.text)
    groups = [
        (g, changes)
        for g in _linked_groups(pairs, old, new)
        if _covered(g, regroupable, chars, settings)
        and (changes := _contract_groups(g, settings.reparagraph_max_run))
    ]
    changed = True
    while changed:  # a weak pair is only undone when both its clauses find a place in a group
        members = ({i for g, _ in groups for i in g.old}, {j for g, _ in groups for j in g.new})
        kept = [(g, changes) for g, changes in groups if _partners_inside(g, state, members)]
        changed = len(kept) < len(groups)
        groups = kept
    for group, changes in groups:
        for index in sorted(
            {state.old_to[i] for i in group.old if i in state.old_to}
            | {state.new_to[j] for j in group.new if j in state.new_to}
        ):
            _unpair(state, index)
        for o, n in changes:
            joined = similarity(
                " ".join(state.old[i].text for i in o), " ".join(state.new[j].text for j in n)
            )
            if len(o) == len(n) == 1:
                state.pair(state.one_to_one_kind(o[0], n[0]), o, n, joined)
            else:
                state.pair("split" if len(o) == 1 else "merged", o, n, joined)


def _partners_inside(group: _Group, state: _State, members: tuple[set[int], set[int]]) -> bool:
    for i in group.old:
        if i in state.old_to and not set(state.matches[state.old_to[i]].new) <= members[1]:
            return False
    for j in group.new:
        if j in state.new_to and not set(state.matches[state.new_to[j]].old) <= members[0]:
            return False
    return True


_MIRROR: dict[ChangeKind, ChangeKind] = {
    "added": "removed",
    "removed": "added",
    "split": "merged",
    "merged": "split",
}


def align(old: Sequence[Clause], new: Sequence[Clause], settings: CompareSettings) -> list[Match]:
    """Every old and every new clause, in exactly one match.

    Where two alignments are equally good (two short headings that swapped places), the stages
    would pick by position; aligning always in one canonical orientation and mirroring the result
    makes comparing B with A exactly the mirror of comparing A with B."""
    if [key(c) for c in new] < [key(c) for c in old]:
        return [
            Match(_MIRROR.get(m.kind, m.kind), m.new, m.old, m.similarity) for m in _align(new, old, settings)
        ]
    return _align(old, new, settings)


def _align(old: Sequence[Clause], new: Sequence[Clause], settings: CompareSettings) -> list[Match]:
    state = _State(old, new)
    anchors = exact_anchors(state)
    align_gaps(state, anchors, settings)
    regroup_by_sentences(state, settings)
    find_splits(state, settings)  # before moved pairing, so part of a split is not taken for a move
    match_leftovers(state, settings)
    extend_moves(state, settings)
    find_splits(state, settings)  # and again for what moved pairing left
    absorb_stems(state)
    absorb_tails(state)
    for i in range(len(old)):
        if i not in state.old_to:
            state.pair("removed", (i,), (), None)
    for j in range(len(new)):
        if j not in state.new_to:
            state.pair("added", (), (j,), None)
    return [m for m in state.matches if m.old or m.new]


@dataclass
class _Regrouped:
    """A merge (or split) seen from its "many" side: the clauses it joins, the one clause they became,
    both sides' clauses, and the "many" side's map of clauses already taken."""

    index: int
    match: Match
    many: tuple[int, ...]
    one: tuple[int, ...]
    side_many: Sequence[Clause]
    side_one: Sequence[Clause]
    taken: dict[int, int]

    def grow(self, state: _State, many: Sequence[int]) -> None:
        """Make ``many`` (the clauses joined, now with more) the merge's or split's many side."""
        for k in many:
            self.taken[k] = self.index
        merged = self.match.kind == "merged"
        old, new = (tuple(many), self.match.new) if merged else (self.match.old, tuple(many))
        state.matches[self.index] = Match(self.match.kind, old, new, self.match.similarity)


def _regrouped(state: _State) -> Iterator[_Regrouped]:
    """Each merge and split of the alignment so far, from its "many" side."""
    for index, match in enumerate(state.matches):
        if match.kind not in ("merged", "split") or not match.old or not match.new:
            continue
        merged = match.kind == "merged"
        yield _Regrouped(
            index,
            match,
            match.old if merged else match.new,
            match.new if merged else match.old,
            state.old if merged else state.new,
            state.new if merged else state.old,
            state.old_to if merged else state.new_to,
        )


def absorb_stems(state: _State) -> None:
    """A list's stem left alone before its items merged into one paragraph ("If a federal immigration
    official requests access to:" / "- a school or District facility," … → "If a federal immigration
    official requests access to a school or District facility, …", Antioch USD guidelines, an edit
    re-paragraphing them), or the reverse: the stem belongs to the merge (or split) its words begin."""
    for group in list(_regrouped(state)):
        k = min(group.many) - 1
        if k < 0 or k in group.taken or not group.side_many[k].text.rstrip().endswith((":", "-", "\u2014")):
            continue
        stem = _norm(group.side_many[k].text).rstrip(":-\u2014 ")
        if not stem or not _norm(group.side_one[group.one[0]].text).startswith(stem):
            continue
        group.grow(state, (k, *group.many))


def absorb_tails(state: _State) -> None:
    """The paragraphs left alone after a merge (or split) whose words the one clause goes on with: a list of
    five items run into its stem's paragraph ("(3) … penalty for: (A) …; (B) …; (C) …; or (D) …", an edit
    re-paragraphing Hawaii SB 2056 of 2026) is one merge, not a merge of four and a removal — a run is
    looked for only four clauses long."""
    for group in list(_regrouped(state)):
        side_many, taken = group.side_many, group.taken
        whole = _norm(" ".join(group.side_one[k].text for k in group.one))
        grown = list(group.many)
        at = whole.find(_norm(" ".join(side_many[k].text for k in group.many))[-60:])
        while True:
            k = grown[-1] + 1
            words = _norm(side_many[k].text) if k < len(side_many) and k not in taken else ""
            found = whole.find(words, max(at, 0)) if len(words) >= 20 else -1
            if found < 0:
                break
            grown.append(k)
            at = found + len(words)
        if len(grown) > len(group.many):
            group.grow(state, grown)


def apply_overrides(
    matches: list[Match], old: Sequence[Clause], new: Sequence[Clause], overrides: Sequence[Override]
) -> tuple[list[Match], list[Override], list[Override]]:
    """``matches`` with the corrections applied; also which were applied and which were skipped
    (a clause that no longer exists or whose text changed)."""
    old_at = {c.id: k for k, c in enumerate(old)}
    new_at = {c.id: k for k, c in enumerate(new)}
    out = list(matches)
    applied: list[Override] = []
    skipped: list[Override] = []
    for o in overrides:
        i, j = old_at.get(o.old_id), new_at.get(o.new_id)
        if i is None or j is None or text_sha(old[i]) != o.old_text_sha or text_sha(new[j]) != o.new_text_sha:
            skipped.append(o)
            continue
        if o.action == "unpair":
            hit = [m for m in out if m.old == (i,) and m.new == (j,)]
            if not hit:
                skipped.append(o)
                continue
            out.remove(hit[0])
            out += [Match("removed", (i,), (), None), Match("added", (), (j,), None)]
        else:
            freed: list[Match] = []
            for m in [m for m in out if i in m.old or j in m.new]:
                out.remove(m)
                freed += [Match("removed", (k,), (), None) for k in m.old if k != i]
                freed += [Match("added", (), (k,), None) for k in m.new if k != j]
            score = similarity(old[i].text, new[j].text)
            out += [Match(pair_kind(old[i], new[j]), (i,), (j,), score), *freed]
        applied.append(o)
    return out, applied, skipped
