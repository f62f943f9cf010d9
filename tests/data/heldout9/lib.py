import json, os
TOPICS = {"ice_cooperation","raids_joint_operations","status_inquiry","document_requests","detainers_holds","information_sharing","access_to_services","supervisor_approval","enforcement_authority"}
LABELS = {"limits_enforcement","expands_enforcement","neutral","unclear"}
PAIRS = []
def pair_label(changes):
    d = {c["label"] for c in changes}
    lim, exp = "limits_enforcement" in d, "expands_enforcement" in d
    if lim and exp: return "mixed"
    if lim: return "limits_enforcement"
    if exp: return "expands_enforcement"
    if "unclear" in d: return "unclear"
    return "neutral"
def add(pid, situation, old, new, changes, source):
    assert old != new, pid
    topics = []
    for c in changes:
        assert c["quote_old"] == "" or c["quote_old"] in old, (pid, c["quote_old"][:60])
        assert c["quote_new"] == "" or c["quote_new"] in new, (pid, c["quote_new"][:60])
        assert c["quote_old"] or c["quote_new"], pid
        assert c["label"] in LABELS, pid
        for t in c["topics"]:
            assert t in TOPICS, (pid, t)
            if t not in topics: topics.append(t)
        assert c.get("why"), pid
    PAIRS.append({"id": pid, "situation": situation, "old": old, "new": new,
                  "changes": [{"quote_old": c["quote_old"], "quote_new": c["quote_new"], "label": c["label"], "topics": c["topics"], "why": c["why"]} for c in changes],
                  "label": pair_label(changes), "topics": topics, "source": source})
def C(qo, qn, label, topics, why):
    return {"quote_old": qo, "quote_new": qn, "label": label, "topics": topics, "why": why}
def write(path):
    ids = [p["id"] for p in PAIRS]; assert len(ids) == len(set(ids))
    with open(path, "w") as f:
        for p in PAIRS: f.write(json.dumps(p, ensure_ascii=False) + "\n")
