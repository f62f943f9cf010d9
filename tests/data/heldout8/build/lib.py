"""Checks and helpers for the heldout8 evaluation set (standard library only).
Copied from heldout6/build/lib.py and adapted: id prefix HI-.

A pair is built from an OLD text and a list of edits; each edit replaces one exact,
unique substring of the current text by another.  Every edit becomes one `changes`
entry whose quote_old / quote_new are the replaced / replacing strings (or a wider
anchor given explicitly), so every quote is verbatim by construction; `check_pair`
verifies that again, independently of how the pair was made.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "pairs.jsonl")

LABELS = {"limits_enforcement", "expands_enforcement", "neutral", "unclear"}
PAIR_LABELS = LABELS | {"mixed"}
TOPICS = {
    "ice_cooperation", "raids_joint_operations", "status_inquiry", "document_requests",
    "detainers_holds", "information_sharing", "access_to_services", "supervisor_approval",
    "enforcement_authority",
}
SITUATIONS = {
    "list_added", "list_removed", "exception_added", "exception_removed", "exception_changed",
    "approval_added", "approval_removed", "approval_moved", "cross_clause", "reparagraph",
    "modal_change", "scope_change", "definition_change", "double_negation", "neutral_rewrite",
    "approval_changed", "rule_added", "rule_removed", "renumbering", "mixed_edits",
}
KEYS = ["id", "situation", "old", "new", "changes", "label", "topics", "source"]


def mk(marked):
    """Split an amendment written in marked form into (old, new): [deleted words] appear only
    in OLD, {inserted words} only in NEW.  Used for genuine amendments transcribed from bill
    markup (Maryland: [brackets] = matter deleted from existing law, CAPITALS = matter added,
    which are written here as {lower-case} insertions)."""
    if re.search(r"\[[^\]]*\{|\{[^}]*\[", marked):
        raise ValueError("nested markup")
    old = re.sub(r"\{[^}]*\}", "", marked)
    old = old.replace("[", "").replace("]", "")
    new = re.sub(r"\[[^\]]*\]", "", marked)
    new = new.replace("{", "").replace("}", "")
    def tidy(t):
        t = re.sub(r"[ \t]+", " ", t)
        t = re.sub(r" +([,.;:])", r"\1", t)
        t = re.sub(r" *\n *", "\n", t)
        t = re.sub(r"\n{3,}", "\n\n", t)
        return t.strip()
    return tidy(old), tidy(new)


def changes_pair(pid, situation, old, new, changes, source):
    """Pair whose OLD and NEW texts are both given (genuine versions); changes listed by hand."""
    topics = []
    for c in changes:
        for t in c["topics"]:
            if t not in topics:
                topics.append(t)
    p = {"id": pid, "situation": situation, "old": old, "new": new, "changes": changes,
         "label": pair_label(changes), "topics": topics, "source": source}
    errs = check_pair(p)
    if errs:
        raise SystemExit("%s: %s" % (pid, "; ".join(errs)))
    return p


def ch(quote_old, quote_new, label, topics, why):
    return {"quote_old": quote_old, "quote_new": quote_new, "label": label, "topics": topics, "why": why}


def pair_label(changes):
    """limits/expands decide; both -> mixed; 'unclear' only when no change has a direction;
    'neutral' when every change is neutral."""
    labels = {c["label"] for c in changes}
    dirs = labels & {"limits_enforcement", "expands_enforcement"}
    if len(dirs) == 2:
        return "mixed"
    if dirs:
        return dirs.pop()
    if "unclear" in labels:
        return "unclear"
    return "neutral"


def apply_edits(old, edits):
    """edits: list of dicts with keys find, replace, label, topics, why and optional
    quote_old / quote_new (wider anchors).  Returns (new_text, changes)."""
    text = old
    changes = []
    for e in edits:
        n = text.count(e["find"])
        if n < 1 or (n > 1 and not e.get("all")):
            raise ValueError("edit target occurs %d times: %r" % (n, e["find"]))
        text = text.replace(e["find"], e["replace"])
        if "entries" in e:          # one textual edit carrying several labelled changes
            changes.extend(e["entries"])
            continue
        changes.append({
            "quote_old": e.get("quote_old", e["find"]),
            "quote_new": e.get("quote_new", e["replace"]),
            "label": e["label"],
            "topics": e["topics"],
            "why": e["why"],
        })
    return text, changes


def reverse_edits(real_new, edits):
    """Build a constructed OLD text from a real NEW text.  Edits are written old->new
    (find = constructed OLD wording, replace = real NEW wording); each `replace` must occur
    exactly once in the real text."""
    text = real_new
    for e in reversed(edits):
        n = text.count(e["replace"])
        if n != 1:
            raise ValueError("reverse target occurs %d times: %r" % (n, e["replace"]))
        text = text.replace(e["replace"], e["find"])
    return text


def check_pair(p):
    errs = []
    if list(p.keys()) != KEYS:
        errs.append("keys %s" % list(p.keys()))
    if not re.fullmatch(r"HI-\d\d|[GC]\d+", p["id"]):  # G/C keys only while building
        errs.append("id")
    if p["situation"] not in SITUATIONS:
        errs.append("situation %s" % p["situation"])
    if p["old"] == p["new"]:
        errs.append("old == new")
    if not p["changes"]:
        errs.append("no changes")
    topics = set()
    for i, c in enumerate(p["changes"]):
        if c["label"] not in LABELS:
            errs.append("change %d label %s" % (i, c["label"]))
        for t in c["topics"]:
            if t not in TOPICS:
                errs.append("change %d topic %s" % (i, t))
        if not c["topics"]:
            errs.append("change %d has no topic" % i)
        topics.update(c["topics"])
        if not c["quote_old"] or c["quote_old"] not in p["old"]:
            errs.append("change %d quote_old not verbatim: %r" % (i, c["quote_old"]))
        if not c["quote_new"] or c["quote_new"] not in p["new"]:
            errs.append("change %d quote_new not verbatim: %r" % (i, c["quote_new"]))
        if not c["why"].strip():
            errs.append("change %d no why" % i)
    if p["label"] not in PAIR_LABELS:
        errs.append("pair label %s" % p["label"])
    try:
        if pair_label(p["changes"]) != p["label"]:
            errs.append("pair label %s inconsistent with changes (%s)" % (p["label"], pair_label(p["changes"])))
    except ValueError as ex:
        errs.append(str(ex))
    if set(p["topics"]) != topics:
        errs.append("pair topics %s != union of change topics %s" % (p["topics"], sorted(topics)))
    for t in p["topics"]:
        if t not in TOPICS:
            errs.append("pair topic %s" % t)
    if not p["source"].strip():
        errs.append("no source")
    return errs


def make_pair(pid, situation, old, edits, source, new=None, extra_changes=None):
    """Build a pair.  If `new` is given, edits are not applied and extra_changes holds
    the change entries (for pairs whose NEW side is the real text and OLD is constructed,
    the builder passes both texts explicitly)."""
    if new is None:
        new, changes = apply_edits(old, edits)
    else:
        changes = []
    if extra_changes:
        changes = changes + extra_changes
    topics = []
    for c in changes:
        for t in c["topics"]:
            if t not in topics:
                topics.append(t)
    p = {
        "id": pid, "situation": situation, "old": old, "new": new, "changes": changes,
        "label": pair_label(changes), "topics": topics, "source": source,
    }
    errs = check_pair(p)
    if errs:
        raise SystemExit("%s: %s" % (pid, "; ".join(errs)))
    return p


def write_all(pairs):
    ids = [p["id"] for p in pairs]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    with open(OUT, "w", encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("wrote %d pairs to %s" % (len(pairs), OUT))


def read_all(path=OUT):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_pair_rev(pid, situation, real_new, edits, source):
    """Pair whose NEW side is the real text and whose OLD side is constructed."""
    old = reverse_edits(real_new, edits)
    new, _ = apply_edits(old, edits)
    if new != real_new:
        raise SystemExit("%s: reverse construction does not round-trip" % pid)
    return make_pair(pid, situation, old, edits, source)
