"""Provisions as display rows: grouping by topic and action, plain words with quotes and pages,
the direction merged from the changes that altered them. Values are built by hand (the Madison
wording), so these tests do not depend on how rules.py reads a document."""

from __future__ import annotations

import pytest

from analyzer.models import (
    Assessment,
    Change,
    Clause,
    Comparison,
    DocInfo,
    Part,
    Provision,
    ProvisionLink,
)
from analyzer.report.rules_view import NO_RULE, merge_directions, rules_rows

LABELS = {
    "ice_cooperation": "ICE contact",
    "status_inquiry": "Status inquiries",
    "enforcement_authority": "Enforcement authority",
}
AUTHORITY = "The Madison Police Department will not act as an immigration authority."
COOPERATE = (
    "MPD will cooperate with a lawful request from Immigration and Customs Enforcement "
    "only when an individual:"
)
ITEMS = (
    "is engaged in or is suspected of terrorism or espionage",
    "is reasonably suspected of participating in a criminal street gang",
)
APPROVAL = "approval from a commander or officer-in-charge prior to detaining any"
INQUIRE = (
    'Officers will not "routinely inquire" into the immigration status of individuals '
    "during police operations."
)
SOLELY = (
    "To this end, MPD will not self-initiate contact, detain, arrest, or investigate any person(s) "
    "solely for a suspected violation of immigration status laws."
)


ROW_KEYS = ("changed", "limits_enforcement", "expands_enforcement", "neutral", "unclear")


def _info(name: str) -> DocInfo:
    return DocInfo(name, "0" * 64, "text/plain", 3, 5, "text", (), ())


def _clause(cid: str, text: str, page: int) -> Clause:
    return Clause(cid, None, None, (), text, page, page, 0, len(text))


def _provision(pid: str, action: str, topic: str, binding: str, quote: str, page: int, **kw) -> Provision:  # type: ignore[no-untyped-def]
    return Provision(
        id=pid,
        action=action,
        topic=topic,
        binding=binding,  # type: ignore[arg-type]
        scope=kw.get("scope", ()),
        conditions=kw.get("conditions", ()),
        exceptions=kw.get("exceptions", ()),
        approvals=kw.get("approvals", ()),
        clauses=kw.get("clauses", ()),
        summary=kw.get("summary", ""),
        label=kw.get("label", ""),
        quote=quote,
        page=page,
    )


def _change(cid: str, direction: str, *links: tuple[str | None, str | None]) -> Change:
    return Change(
        id=cid,
        kind="added",
        old=(),
        new=(_clause("n" + cid, "text", 2),),
        similarity=None,
        diff=(),
        assessment=Assessment(direction, (), "why", tuple(ProvisionLink(o, n) for o, n in links)),  # type: ignore[arg-type]
    )


def _comparison(
    old: tuple[Provision, ...],
    new: tuple[Provision, ...],
    changes: tuple[Change, ...] = (),
    topics: tuple[str, ...] = (),
) -> Comparison:
    return Comparison(
        tool={"name": "policy-diff", "version": "test"},
        settings={"lens": "immigration"},
        old=_info("old.txt"),
        new=_info("new.txt"),
        changes=changes,
        summary={"counts": {}, "topics": {t: dict.fromkeys(ROW_KEYS, 0) for t in topics}, "highlights": []},
        provisions={"old": old, "new": new},
    )


def _madison() -> Comparison:
    old = (
        _provision(
            "p0001",
            "act_as_authority",
            "enforcement_authority",
            "prohibited",
            AUTHORITY,
            1,
            label="Acting as an immigration authority",
        ),
    )
    cooperate = _provision(
        "p0002",
        "cooperate_requests",
        "ice_cooperation",
        "permitted",
        COOPERATE,
        2,
        scope=("only",),
        label="Cooperation with ICE requests",
        conditions=tuple(Part(t, "n0007", 2, "allows", kind="item") for t in ITEMS),
        approvals=(Part(APPROVAL, "n0009", 3, "forbids", kind="approval", strength="should:3"),),
    )
    inquire = _provision(
        "p0003",
        "inquire_status",
        "status_inquiry",
        "prohibited",
        INQUIRE,
        3,
        scope=("routinely",),
        label="Asking about immigration status",
    )
    authority = _provision(
        "p0004",
        "act_as_authority",
        "enforcement_authority",
        "prohibited",
        AUTHORITY,
        1,
        label="Acting as an immigration authority",
    )
    solely = _provision(
        "p0005",
        "act_as_authority",
        "enforcement_authority",
        "prohibited",
        SOLELY,
        2,
        scope=("solely",),
        label="Acting as an immigration authority",
    )
    changes = (
        _change("c0002", "limits_enforcement", (None, "p0002")),
        _change("c0003", "neutral", (None, "p0002")),
        _change("c0004", "limits_enforcement", (None, "p0003")),
        _change("c0005", "expands_enforcement", (None, "p0003")),
        _change("c0006", "limits_enforcement", ("p0001", "p0005")),
    )
    return _comparison(
        old,
        (inquire, cooperate, authority, solely),
        changes,
        topics=("ice_cooperation", "status_inquiry", "enforcement_authority"),
    )


def test_rules_view_groups_by_topic_in_lens_order_then_action() -> None:
    rows = rules_rows(_madison(), LABELS)
    # the summary's (lens priority) order, not the order the provisions were read in
    assert [(r.topic_label, r.action_label) for r in rows] == [
        ("ICE contact", "Cooperation with ICE requests"),
        ("Status inquiries", "Asking about immigration status"),
        ("Enforcement authority", "Acting as an immigration authority"),
    ]


def test_rules_view_says_no_rule_on_an_empty_side_and_quotes_the_rule_with_its_page() -> None:
    rows = {r.action: r for r in rules_rows(_madison(), LABELS)}
    cooperate = rows["cooperate_requests"]
    assert cooperate.before == NO_RULE and cooperate.before_rules == ()
    assert cooperate.after == (
        f"Permitted (scope: only): “{COOPERATE}” (p. 2). "
        f"Items: “{ITEMS[0]}” (p. 2); “{ITEMS[1]}” (p. 2). "
        f"Approval: “{APPROVAL}” (p. 3, “should”)"
    )
    assert rows["inquire_status"].after == f"Prohibited (scope: routinely): “{INQUIRE}” (p. 3)"


def test_rules_view_lists_every_provision_one_side_has_on_an_action() -> None:
    authority = next(r for r in rules_rows(_madison(), LABELS) if r.action == "act_as_authority")
    assert authority.before == f"Prohibited: “{AUTHORITY}” (p. 1)"
    assert authority.after == (
        f"(1) Prohibited: “{AUTHORITY}” (p. 1). (2) Prohibited (scope: solely): “{SOLELY}” (p. 2)"
    )
    assert authority.old == ("p0001",) and authority.new == ("p0004", "p0005")
    assert len(authority.after_rules) == 2 and authority.after_rules[1].endswith("(p. 2)")


def test_rules_view_quotes_exceptions_and_conditions_in_their_own_words() -> None:
    exception = "when the individual is in custody on a judicial warrant"
    provision = _provision(
        "p0001",
        "honor_detainers",
        "detainers_holds",
        "prohibited",
        "Officers shall not hold anyone on an ICE detainer.",
        4,
        exceptions=(Part(exception, "n0003", 5, "allows", kind="exception"),),
        conditions=(Part("at the jail", "n0003", 4, "forbids", kind="condition"),),
    )
    (row,) = rules_rows(_comparison((), (provision,)), {})
    assert row.topic_label == "detainers_holds"  # no label: the id, not an invented name
    assert row.action_label == "honor detainers"
    assert row.after == (
        "Prohibited: “Officers shall not hold anyone on an ICE detainer.” (p. 4). "
        "Conditions: “at the jail” (p. 4). "
        f"Exceptions: “{exception}” (p. 5)"
    )


def test_rules_view_merges_the_directions_of_the_linked_changes() -> None:
    rows = {r.action: r for r in rules_rows(_madison(), LABELS)}
    # limits + neutral: the neutral one does not count
    assert rows["cooperate_requests"].direction == "limits_enforcement"
    assert rows["cooperate_requests"].direction_words == "limits enforcement"
    assert rows["cooperate_requests"].changes == ("c0002", "c0003")
    # limits + expands: they disagree
    assert rows["inquire_status"].direction == "unclear"
    assert rows["inquire_status"].changes == ("c0004", "c0005")
    # one change naming both sides counts once
    assert rows["act_as_authority"].direction == "limits_enforcement"
    assert rows["act_as_authority"].changes == ("c0006",)


@pytest.mark.parametrize(
    ("directions", "both_sides", "expected"),
    [
        (["neutral", "neutral"], True, "neutral"),
        (["limits_enforcement", "limits_enforcement"], True, "limits_enforcement"),
        (["expands_enforcement", "neutral"], False, "expands_enforcement"),
        (["limits_enforcement", "unclear"], True, "unclear"),
        ([], True, "neutral"),
        ([], False, "unclear"),
    ],
)
def test_rules_view_direction_merge(directions: list[str], both_sides: bool, expected: str) -> None:
    assert merge_directions(directions, both_sides=both_sides) == expected  # type: ignore[arg-type]


def test_rules_view_unlinked_provisions_on_both_sides_are_no_change() -> None:
    old = _provision("p0001", "inquire_status", "status_inquiry", "prohibited", INQUIRE, 3)
    new = _provision("p0002", "inquire_status", "status_inquiry", "prohibited", INQUIRE, 3)
    (row,) = rules_rows(_comparison((old,), (new,)), LABELS)
    assert row.before == row.after == f"Prohibited: “{INQUIRE}” (p. 3)"
    assert row.direction == "neutral" and row.direction_words == "no change in effect"
    assert row.changes == ()


def test_rules_view_gives_no_rows_without_provisions() -> None:
    assert rules_rows(_comparison((), ()), LABELS) == []
    bare = Comparison(
        tool={"name": "policy-diff", "version": "test"},
        settings={},
        old=_info("old.txt"),
        new=_info("new.txt"),
        changes=(),
        summary={"counts": {}},
    )
    assert rules_rows(bare) == []


def test_markdown_brief_has_the_rules_table_after_the_highlights_unescaped_but_safe() -> None:
    from analyzer.report import to_markdown

    tricky = _provision(
        "p0009",
        "request_documents",
        "document_requests",
        "prohibited",
        "Officers will not ask for a passport | green card [paraphrase] <script>x</script> [a](javascript:x)",
        3,
        label="Asking for immigration documents",
    )
    base = _madison()
    comparison = _comparison(
        base.provisions["old"],
        (*base.provisions["new"], tricky),
        base.changes,
        topics=("ice_cooperation", "status_inquiry", "enforcement_authority"),
    )
    comparison = Comparison(**{**comparison.__dict__, "summary": {**comparison.summary, "highlights": ["h"]}})
    brief = to_markdown(comparison, labels=LABELS)
    assert (
        brief.index("## Highlights") < brief.index("## Rules, before and after") < brief.index("## Changes")
    )
    assert "| topic | action | before | after | direction |" in brief
    assert (
        "| ICE contact | Cooperation with ICE requests | no rule "
        f"| Permitted (scope: only): “{COOPERATE}” (p. 2). " in brief
    )
    assert "| limits enforcement (c0002, c0003) |" in brief
    assert "| unclear (c0004, c0005) |" in brief
    row = next(line for line in brief.splitlines() if "passport" in line)
    assert "passport \\| green card [paraphrase] \\<script>x\\</script> [a]\\(javascript:x)" in row
    assert row.count("|") - row.count("\\|") == 6  # five cells, nothing split by the document's pipe
    assert "| no change in effect |" not in brief  # every row here was altered by a change


def test_markdown_brief_and_html_report_leave_the_rules_out_without_provisions() -> None:
    from analyzer.report import to_html, to_markdown

    empty = _comparison((), ())
    assert "Rules, before and after" not in to_markdown(empty)
    assert "Rules, before and after" not in to_html(empty, run_at="2026-11-28T12:00:00Z")


def test_html_report_has_the_rules_table_escaped_and_without_links() -> None:
    from analyzer.report import to_html

    page = to_html(_madison(), run_at="2026-11-28T12:00:00Z", labels=LABELS)
    assert page.index("<h2>Rules, before and after</h2>") < page.index("<h2>Side by side")
    table = page[page.index('<table class="rules">') :]
    table = table[: table.index("</table>")]
    assert '<th scope="rowgroup" rowspan="1">ICE contact</th>' in table
    assert '<span class="norule">no rule</span>' in table
    assert "&quot;routinely inquire&quot;" in table  # document text goes through esc
    assert '<td class="dir"><b>limits enforcement</b><br><small>c0002, c0003</small></td>' in table
    assert "<ol><li>Prohibited: “The Madison Police Department" in table  # two rules on one side
    assert "href" not in table
