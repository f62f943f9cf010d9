"""The one word-level diff: diff-match-patch over word tokens (each distinct token mapped to
one character, as diff-match-patch does for lines), semantic clean-up, explicit timeout."""

from __future__ import annotations

import re
import time

from diff_match_patch import diff_match_patch

from .models import DiffOp, DiffOpName

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_OPS: dict[int, DiffOpName] = {0: "equal", 1: "insert", -1: "delete"}


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _encode(tokens: list[str], table: dict[str, str]) -> str:
    out = []
    for token in tokens:
        code = table.get(token)
        if code is None:
            n = len(table) + 1
            # skip the surrogate block, which cannot stand alone in a Python str round trip
            code = chr(n if n < 0xD800 else n + 0x800)
            table[token] = code
        out.append(code)
    return "".join(out)


def word_diff(old: str, new: str, *, timeout: float) -> tuple[tuple[DiffOp, ...], bool]:
    """Word-level ops turning ``old`` into ``new``, and whether the timeout was reached.

    Concatenating equal+delete texts gives ``old``; equal+insert gives ``new``, exactly."""
    if old == new:
        return ((DiffOp("equal", old),) if old else ()), False
    if new < old:  # one orientation for both directions: swapping old and new mirrors the ops
        ops, timed_out = _word_diff(new, old, timeout)
        mirror = {"insert": "delete", "delete": "insert", "equal": "equal"}
        return tuple(_tidy([DiffOp(mirror[o.op], o.text) for o in ops])), timed_out  # type: ignore[arg-type]
    ops, timed_out = _word_diff(old, new, timeout)
    return tuple(ops), timed_out


def _word_diff(old: str, new: str, timeout: float) -> tuple[list[DiffOp], bool]:
    table: dict[str, str] = {}
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    a, b = _encode(old_tokens, table), _encode(new_tokens, table)
    decode = {code: token for token, code in table.items()}
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    started = time.monotonic()
    diffs = dmp.diff_main(a, b, False)
    timed_out = timeout > 0 and time.monotonic() - started >= timeout
    dmp.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    for op, chars in diffs:
        text = "".join(decode[ch] for ch in chars)
        if not text:
            continue
        name = _OPS[op]
        if ops and ops[-1].op == name:
            ops[-1] = DiffOp(name, ops[-1].text + text)
        else:
            ops.append(DiffOp(name, text))
    return _tidy(ops), timed_out


def _tidy(ops: list[DiffOp]) -> list[DiffOp]:
    """Order each delete before its insert, so a replacement always reads old then new."""
    out: list[DiffOp] = []
    i = 0
    while i < len(ops):
        if ops[i].op == "equal":
            out.append(ops[i])
            i += 1
            continue
        j = i
        deleted: list[str] = []
        inserted: list[str] = []
        while j < len(ops) and ops[j].op != "equal":
            (deleted if ops[j].op == "delete" else inserted).append(ops[j].text)
            j += 1
        if deleted:
            out.append(DiffOp("delete", "".join(deleted)))
        if inserted:
            out.append(DiffOp("insert", "".join(inserted)))
        i = j
    return out


def rebuild(ops: tuple[DiffOp, ...] | list[DiffOp], side: str) -> str:
    keep = ("equal", "delete") if side == "old" else ("equal", "insert")
    return "".join(op.text for op in ops if op.op in keep)
