# Checks for heldout62 (copied from heldout14/build/lib.py; id prefix KM; a pair whose changes point both
# ways gets the pair label "unclear").
import json
TOPICS = {"ice_cooperation", "raids_joint_operations", "status_inquiry", "document_requests", "detainers_holds",
          "information_sharing", "access_to_services", "supervisor_approval", "enforcement_authority"}
LABELS = {"limits_enforcement", "expands_enforcement", "neutral", "unclear"}
PAIR_LABELS = set(LABELS)
SITUATIONS = {"scope_change", "modal_change", "double_negation", "definition_change", "exception_added",
              "exception_removed", "exception_changed", "exception_to_exception", "list_item_added",
              "list_item_removed", "list_added", "list_removed", "approval_added", "approval_removed_or_weakened",
              "approval_moved", "rule_added", "rule_removed", "cross_clause", "reparagraphed", "restated",
              "neutral_rewrite", "mixed"}


def apply(text, edits):
    """Apply (find, replace) edits; each `find` must occur exactly once."""
    for find, rep in edits:
        n = text.count(find)
        assert n == 1, (find, n)
        text = text.replace(find, rep)
    return text


def pair_label(changes):
    d = {c["label"] for c in changes} - {"neutral"}
    if not d:
        return "neutral"
    if d == {"unclear"}:
        return "unclear"
    d -= {"unclear"}
    if len(d) == 2:
        return "unclear"   # changes point both ways
    return d.pop()


def check(p):
    assert list(p) == ["id", "situation", "old", "new", "changes", "label", "topics", "source"], list(p)
    assert p["situation"] in SITUATIONS, p["situation"]
    assert p["old"] != p["new"], p["id"]
    assert p["changes"], p["id"]
    tops = []
    for c in p["changes"]:
        assert list(c) == ["quote_old", "quote_new", "label", "topics", "why"], c
        assert c["quote_old"] == "" or c["quote_old"] in p["old"], (p["id"], c["quote_old"])
        assert c["quote_new"] == "" or c["quote_new"] in p["new"], (p["id"], c["quote_new"])
        assert c["quote_old"] or c["quote_new"], p["id"]
        assert c["quote_old"] != c["quote_new"], (p["id"], c["quote_old"])
        assert c["label"] in LABELS, c["label"]
        assert c["topics"] and set(c["topics"]) <= TOPICS, c["topics"]
        assert c["why"].strip()
        for t in c["topics"]:
            if t not in tops:
                tops.append(t)
    assert p["topics"] == tops, p["id"]
    assert p["label"] == pair_label(p["changes"]), p["id"]
    assert p["label"] in PAIR_LABELS
    assert p["source"].startswith("GENUINE") or p["source"].startswith("CONSTRUCTED"), p["id"]
