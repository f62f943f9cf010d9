import json
TOPICS = {"ice_cooperation","raids_joint_operations","status_inquiry","document_requests","detainers_holds",
          "information_sharing","access_to_services","supervisor_approval","enforcement_authority"}
LABELS = {"limits_enforcement","expands_enforcement","neutral","unclear"}
SITUATIONS = {"list_item_added","list_item_removed","exception_added","exception_removed","exception_to_exception",
              "approval_added","approval_removed_or_weakened","modal_change","scope_change","double_negation",
              "cross_clause","reparagraphed","definition_change","neutral_rewrite"}

def apply(text, edits):
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
    assert len(d) == 1, d
    return d.pop()

def check(p):
    assert set(p) == {"id","situation","old","new","changes","label","topics","source"}, set(p)
    assert p["situation"] in SITUATIONS, p["situation"]
    assert p["old"] != p["new"], p["id"]
    assert p["changes"]
    tops = []
    for c in p["changes"]:
        assert set(c) == {"quote_old","quote_new","label","topics","why"}, c
        assert c["quote_old"] == "" or c["quote_old"] in p["old"], (p["id"], c["quote_old"])
        assert c["quote_new"] == "" or c["quote_new"] in p["new"], (p["id"], c["quote_new"])
        assert c["quote_old"] or c["quote_new"]
        assert c["label"] in LABELS
        assert c["topics"] and set(c["topics"]) <= TOPICS, c["topics"]
        assert c["why"].strip()
        for t in c["topics"]:
            if t not in tops: tops.append(t)
    assert p["topics"] == tops, p["id"]
    assert p["label"] == pair_label(p["changes"]), p["id"]
    assert p["label"] in LABELS
