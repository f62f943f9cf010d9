"""Immutable values that flow through the pipeline, and their contract (JSON) form."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

ChangeKind = Literal["unchanged", "modified", "added", "removed", "moved", "renumbered", "split", "merged"]
CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
"""The one list of change kinds (the order of the contract's ``summary.counts``)."""
SHOWN_KINDS: tuple[ChangeKind, ...] = (*CHANGE_KINDS[1:], "unchanged")
"""The same kinds as reports and the app show them: changes first, ``unchanged`` last."""
DiffOpName = Literal["equal", "insert", "delete"]
Severity = Literal["info", "warning", "error"]
Direction = Literal["limits_enforcement", "expands_enforcement", "neutral", "unclear"]
DIRECTIONS: tuple[Direction, ...] = ("limits_enforcement", "expands_enforcement", "neutral", "unclear")
Side = Literal["old", "new"]
Binding = Literal["required", "permitted", "prohibited", "discretionary"]
BINDINGS: tuple[Binding, ...] = ("required", "permitted", "prohibited", "discretionary")
Polarity = Literal["allows", "forbids"]


@dataclass(frozen=True)
class Notice:
    code: str
    severity: Severity
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message}


@dataclass(frozen=True)
class Line:
    """One line of text as read from the file, with where it stands."""

    text: str
    page: int
    char_start: int = 0
    """Offset of the line in ``Document.text``."""
    char_end: int = 0
    x0: float | None = None
    x1: float | None = None
    top: float | None = None
    bottom: float | None = None
    size: float | None = None
    bold: bool = False
    heading_level: int | None = None
    """Set by formats that mark headings (Word styles, Markdown ``#``)."""
    label: str | None = None
    """List numbering stored by the format (Word), not typed in the text."""
    block_start: bool = False
    """The format says this line starts a new paragraph (Word paragraph, blank line before)."""
    ocr: bool = False


@dataclass(frozen=True)
class Page:
    number: int
    method: Literal["text", "ocr"]
    lines: tuple[Line, ...]
    width: float | None = None
    height: float | None = None
    ocr_confidence: float | None = None
    reader: str | None = None
    """Which library read a PDF page (``pypdfium2``, ``pdfplumber``, ``tesseract``); None otherwise."""


@dataclass(frozen=True)
class Removed:
    page: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Document:
    filename: str
    sha256: str
    media_type: str
    pages: tuple[Page, ...]
    text: str
    """All kept lines joined by newlines; every ``Line`` and ``Clause`` offset points here."""
    method: str
    removed: tuple[Removed, ...] = ()
    notices: tuple[Notice, ...] = ()

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for page in self.pages for line in page.lines)

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.method == "ocr"]


@dataclass(frozen=True)
class Clause:
    id: str
    number: str | None
    heading: str | None
    path: tuple[str, ...]
    text: str
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    is_heading: bool = False
    ocr: bool = False
    position: int = 0
    """Place in its document's reading order (0-based). The same document is segmented the same
    way in every comparison, so this is the clause's identity across them (its id only adds the
    side's letter); not part of the contract."""

    def to_ref(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "heading": self.heading,
            "path": list(self.path),
            "text": self.text,
            "page_start": self.page_start,
            "page_end": self.page_end,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }

    @property
    def pages_label(self) -> str:
        return pages_label((self,))


@dataclass(frozen=True)
class DiffOp:
    op: DiffOpName
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True)
class Evidence:
    side: Side
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class TopicHit:
    topic: str
    evidence: tuple[Evidence, ...]

    @property
    def sides(self) -> set[str]:
        return {e.side for e in self.evidence}

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Signal:
    kind: str
    old: str | None = None
    new: str | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "old": self.old, "new": self.new, "note": self.note}


@dataclass(frozen=True)
class ProvisionLink:
    """The provisions a change alters: the old one, the new one, or both."""

    old: str | None
    new: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old, "new": self.new}


@dataclass(frozen=True)
class Assessment:
    direction: Direction
    signals: tuple[Signal, ...]
    explanation: str
    provisions: tuple[ProvisionLink, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "signals": [s.to_dict() for s in self.signals],
            "explanation": self.explanation,
            "provisions": [p.to_dict() for p in self.provisions],
        }


@dataclass(frozen=True)
class Part:
    """One condition, exception or approval of a provision, with the words and place it rests on.
    ``polarity``: does this part let enforcement happen (``allows``) or stop it (``forbids``)?"""

    text: str
    clause: str
    page: int
    polarity: Polarity
    kind: str = "condition"
    """What the reader sees: "item" (of a list under a stem), "condition", "exception",
    "exception to an exception", "approval"."""
    strength: str = ""
    """Approvals only: the verb that requires it ("shall", "should") and who gives it."""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "clause": self.clause, "page": self.page, "polarity": self.polarity}


@dataclass(frozen=True)
class Provision:
    """What one version says about one enforcement action of the lens, read from its clauses as a
    whole: a list's stem with its items, exceptions with the rule they qualify, approvals."""

    id: str
    action: str
    topic: str
    binding: Binding
    scope: tuple[str, ...]
    conditions: tuple[Part, ...]
    exceptions: tuple[Part, ...]
    approvals: tuple[Part, ...]
    clauses: tuple[str, ...]
    summary: str
    label: str = ""
    """The action as readers see it ("Cooperation with ICE requests")."""
    quote: str = ""
    """The sentence that states the rule (a list's stem), as written."""
    page: int = 0
    actor: str | None = None
    modal: str = ""
    """The words that set the binding ("will not", "should", "nothing … shall prohibit")."""
    topics: tuple[str, ...] = ()
    """Its topic first, then the topics of other actions its sentence names; not part of the contract."""
    body: str = ""
    """All the words the provision rests on (its sentences, items and attached sentences), for
    telling a restated rule from a changed one; not part of the contract."""

    @property
    def parts(self) -> tuple[Part, ...]:
        return self.conditions + self.exceptions + self.approvals

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "action": self.action,
            "topic": self.topic,
            "binding": self.binding,
            "scope": list(self.scope),
            "conditions": [p.to_dict() for p in self.conditions],
            "exceptions": [p.to_dict() for p in self.exceptions],
            "approvals": [p.to_dict() for p in self.approvals],
            "clauses": list(self.clauses),
            "summary": self.summary,
            "label": self.label,
            "quote": self.quote,
            "page": self.page,
        }


@dataclass(frozen=True)
class Change:
    id: str
    kind: ChangeKind
    old: tuple[Clause, ...]
    new: tuple[Clause, ...]
    similarity: float | None
    diff: tuple[DiffOp, ...]
    topics: tuple[TopicHit, ...] = ()
    assessment: Assessment | None = None
    cosmetic: bool = False
    """Only whitespace, hyphenation, punctuation or letter case differ (the kind then stays
    unchanged, moved or renumbered; ``diff`` shows the differences)."""

    @property
    def old_text(self) -> str:
        return "\n".join(c.text for c in self.old)

    @property
    def new_text(self) -> str:
        return "\n".join(c.text for c in self.new)

    @property
    def topic_ids(self) -> list[str]:
        return [t.topic for t in self.topics]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "old": [c.to_ref() for c in self.old],
            "new": [c.to_ref() for c in self.new],
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "diff": [d.to_dict() for d in self.diff],
            "topics": [t.to_dict() for t in self.topics],
            "assessment": None if self.assessment is None else self.assessment.to_dict(),
        } | ({"cosmetic": True} if self.cosmetic else {})


@dataclass(frozen=True)
class DocInfo:
    filename: str
    sha256: str
    media_type: str
    pages: int
    clauses: int
    method: str
    ocr_pages: tuple[int, ...]
    removed: tuple[Removed, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "pages": self.pages,
            "clauses": self.clauses,
            "extraction": {
                "method": self.method,
                "ocr_pages": list(self.ocr_pages),
                "removed": [r.to_dict() for r in self.removed],
            },
        }


@dataclass(frozen=True)
class TopicTally:
    """How the changed clauses on one topic moved (the contract's ``summary.topics[topic]``)."""

    changed: int = 0
    limits_enforcement: int = 0
    expands_enforcement: int = 0
    neutral: int = 0
    unclear: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "changed": self.changed,
            "limits_enforcement": self.limits_enforcement,
            "expands_enforcement": self.expands_enforcement,
            "neutral": self.neutral,
            "unclear": self.unclear,
        }

    def by_direction(self, direction: Direction) -> int:
        return int(getattr(self, direction))


@dataclass(frozen=True)
class Summary:
    """Counts by kind, tallies by topic (in the lens's priority order) and highlights: short
    sentences, each quoting its evidence."""

    counts: dict[str, int]
    topics: dict[str, TopicTally] = field(default_factory=dict)
    highlights: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return cls(
            counts={k: int(v) for k, v in (data.get("counts") or {}).items()},
            topics={t: TopicTally(**row) for t, row in (data.get("topics") or {}).items()},
            highlights=tuple(data.get("highlights") or ()),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "topics": {topic: tally.to_dict() for topic, tally in self.topics.items()},
            "highlights": list(self.highlights),
        }

    def __getitem__(self, key: str) -> Any:
        """Reads in the contract's form (``summary["counts"]``), for code written before the
        summary was typed; new code reads the attributes."""
        return self.to_dict()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_dict().get(key, default)

    def keys(self) -> list[str]:
        return list(self.to_dict())


@dataclass(frozen=True)
class Comparison:
    tool: dict[str, str]
    settings: dict[str, Any]
    old: DocInfo
    new: DocInfo
    changes: tuple[Change, ...]
    summary: Summary
    notices: tuple[Notice, ...] = field(default=())
    schema_version: str = "1"
    provisions: dict[str, tuple[Provision, ...]] = field(default_factory=lambda: {"old": (), "new": ()})
    """What each version says about each enforcement action of the lens (``old`` / ``new``)."""

    def __post_init__(self) -> None:
        if isinstance(self.summary, dict):  # built by hand in the contract's form
            object.__setattr__(self, "summary", Summary.from_dict(self.summary))

    @property
    def has_changes(self) -> bool:
        return any(c.kind != "unchanged" for c in self.changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "tool": dict(self.tool),
            "settings": dict(self.settings),
            "documents": {"old": self.old.to_dict(), "new": self.new.to_dict()},
            "changes": [c.to_dict() for c in self.changes],
            "summary": self.summary.to_dict(),
            "notices": [n.to_dict() for n in self.notices],
            "provisions": {
                side: [p.to_dict() for p in self.provisions.get(side, ())] for side in ("old", "new")
            },
        }


@dataclass(frozen=True)
class Override:
    """A reviewer's correction, kept in the library and applied on every later run of the pair:
    ``pair`` two clauses the tool did not pair, or ``unpair`` two it did. Clauses are named by id
    and the sha256 of their text, so a correction never lands on a clause that has changed."""

    action: str  # "pair" | "unpair"
    old_id: str
    old_text_sha: str
    new_id: str
    new_text_sha: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "old_id": self.old_id,
            "old_text_sha": self.old_text_sha,
            "new_id": self.new_id,
            "new_text_sha": self.new_text_sha,
        }


def text_sha(clause: Clause) -> str:
    return hashlib.sha256(clause.text.encode("utf-8")).hexdigest()


def pages_label(clauses: tuple[Clause, ...] | list[Clause], dash: str = "-") -> str:
    """The pages a run of clauses covers, as cited: "p. 3" or "pp. 3-4" ("" for none)."""
    if not clauses:
        return ""
    first, last = clauses[0].page_start, clauses[-1].page_end
    return f"p. {first}" if first == last else f"pp. {first}{dash}{last}"
