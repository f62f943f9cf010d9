import json, re

TOPICS = {"ice_cooperation", "raids_joint_operations", "status_inquiry", "document_requests",
          "detainers_holds", "information_sharing", "access_to_services", "supervisor_approval",
          "enforcement_authority"}
LABELS = {"limits_enforcement", "expands_enforcement", "neutral", "unclear"}
SITUATIONS = {"list_item_added", "list_item_removed", "exception_added", "exception_removed",
              "exception_to_exception", "approval_added", "approval_removed_or_weakened", "modal_change",
              "scope_change", "double_negation", "cross_clause", "reparagraphed", "definition_change",
              "neutral_rewrite"}
KEYS = ["id", "situation", "old", "new", "changes", "label", "topics", "source"]
CKEYS = ["quote_old", "quote_new", "label", "topics", "why"]


def ed(text, find, repl, count=1):
    """Replace `find` by `repl`; `find` must occur exactly `count` times."""
    n = text.count(find)
    if n != count:
        raise ValueError(f"expected {count} occurrence(s) of {find!r}, found {n}")
    return text.replace(find, repl)


def pair_label(changes):
    dirs = {c["label"] for c in changes}
    if "limits_enforcement" in dirs and "expands_enforcement" in dirs:
        return "mixed"
    if "limits_enforcement" in dirs:
        return "limits_enforcement"
    if "expands_enforcement" in dirs:
        return "expands_enforcement"
    if "unclear" in dirs:
        return "unclear"
    return "neutral"


def union_topics(changes):
    out = []
    for c in changes:
        for t in c["topics"]:
            if t not in out:
                out.append(t)
    return out


def check_pair(p):
    errs = []
    if list(p.keys()) != KEYS:
        errs.append(f"keys {list(p.keys())}")
    if not re.fullmatch(r"HJ-\d\d", p["id"]):
        errs.append("id format")
    if p["situation"] not in SITUATIONS:
        errs.append(f"situation {p['situation']}")
    if p["old"] == p["new"]:
        errs.append("old == new")
    if not p["changes"]:
        errs.append("no changes")
    for i, c in enumerate(p["changes"]):
        if list(c.keys()) != CKEYS:
            errs.append(f"change {i} keys {list(c.keys())}")
        if c["quote_old"] not in p["old"]:
            errs.append(f"change {i} quote_old not in old: {c['quote_old']!r}")
        if c["quote_new"] not in p["new"]:
            errs.append(f"change {i} quote_new not in new: {c['quote_new']!r}")
        if c["quote_old"] == "" and c["quote_new"] == "":
            errs.append(f"change {i} both quotes empty")
        if c["label"] not in LABELS:
            errs.append(f"change {i} label {c['label']}")
        if not c["topics"] or any(t not in TOPICS for t in c["topics"]):
            errs.append(f"change {i} topics {c['topics']}")
        if not c["why"].strip():
            errs.append(f"change {i} empty why")
    if p["label"] != pair_label(p["changes"]):
        errs.append(f"pair label {p['label']} != derived {pair_label(p['changes'])}")
    if p["topics"] != union_topics(p["changes"]):
        errs.append("pair topics != union of change topics")
    if not (p["source"].count("OLD = ") == 1 and p["source"].count("NEW = ") == 1):
        errs.append("source must say OLD = ... and NEW = ...")
    return errs
