import json, os
d = os.path.dirname(os.path.abspath(__file__))
head = open(os.path.join(d, "source_head.md"), encoding="utf-8").read()
from pairs import SRC
lines = [head]
for k, v in SRC.items():
    lines.append("- `%s`: %s" % (k, v))
lines.append("\n## Per pair\n")
lines.append("| id | kind | situation | pair label | changes (L/E/N) | source and edit |")
lines.append("|---|---|---|---|---|---|")
for l in open(os.path.join(d, "..", "pairs.jsonl"), encoding="utf-8"):
    p = json.loads(l)
    c = [x["label"] for x in p["changes"]]
    lines.append("| %s | %s | %s | %s | %d (%d/%d/%d) | %s |" % (p["id"], "genuine" if p["source"].startswith("GENUINE") else "constructed",
        p["situation"], p["label"], len(c), c.count("limits_enforcement"), c.count("expands_enforcement"), c.count("neutral"), p["source"].replace("|", "/")))
lines.append("\n## Label doubts\n")
lines.append("""- JM-01: removing the civil-immunity clause for immigration notifications is labelled limits (it weakens the incentive
  to notify; consistent with earlier sets' treatment of liability rules as incentives). A reader could call it neutral,
  since the notification duty itself is unchanged. The change of notifying unit (agency -> jail) is labelled neutral.
- JM-04: 'federal laws relating to immigrants or immigration' -> 'federal law relating to aliens, immigrants, or
  immigration' is labelled neutral; one could argue 'aliens' slightly widens the no-enforcement policy (limits).
- JM-05/06 (Tennessee): trimming a state officer's duties to oversee or ensure local cooperation is labelled limits;
  it reduces state pressure on local agencies rather than directly restricting them.
- JM-37 (Indiana SB 428 digest, constructed): removing immunity labelled limits (see JM-01) next to an added ICE
  notice (expands), so the pair points both ways and its pair label is `unclear` by lib.pair_label.
- JM-02 is labelled neutral although HB 1531 amends more code sections; the extra sections are outside the quoted
  text and the quoted detainer provisions are identical.
- Constructed edits on the Indiana digests (JM-33..37) edit a legislative summary, not statute text.

## Counts (python3 build/check.py)
```""")
lines.append(open(os.path.join(d, "check_out.txt"), encoding="utf-8").read().rstrip())
lines.append("```")
open(os.path.join(d, "..", "SOURCE.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
