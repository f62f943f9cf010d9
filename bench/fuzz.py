"""Seeded mutation fuzz of the corpus's PDFs and Word files: every damaged copy must end in a clear
message (an ``AnalyzerError``) or a result, never a traceback, a hang or a memory blow-up.

    python bench/fuzz.py                       # 300 mutants of every PDF and .docx in corpora/
    python bench/fuzz.py --count 40 --seed 3   # the size tests/test_fuzz.py runs

The mutants are deterministic (one ``random.Random(seed)``): flipped bytes, truncation, broken
keywords (``obj``, ``xref``, ``/Length``; a Word file's part names and XML tags), duplicated blocks,
and for Word files the same damage inside ``word/document.xml`` with the archive rebuilt (damage
to the compressed bytes alone is caught by the ZIP checksums). Each file is read in this process,
with PDFs in the bounded worker processes as always; the run stops with status 1 on the first
traceback and reports the time and peak memory of the whole run."""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import signal
import sys
import time
import traceback
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("flip", "truncate", "keyword", "duplicate", "xml")
PDF_WORDS = [
    b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"startxref", b"/Length",
    b"/Type", b"/Pages", b"/Kids", b"/Count", b"/Root", b"/Font", b"/Contents", b"/Filter",
    b"/MediaBox", b"/Resources", b"BT", b"ET", b"Tf", b"Tj", b"TJ",
]  # fmt: skip
DOCX_WORDS = [b"PK", b"word/document.xml", b"[Content_Types].xml", b"_rels", b"<w:p", b"<w:t", b"<w:body"]
XML_WORDS = [b"<w:p>", b"<w:p ", b"</w:p>", b"<w:t", b"</w:t>", b"<w:r>", b"</w:body>", b"w:val", b'"', b"<"]


def sources(root: Path = ROOT) -> list[Path]:
    """Every PDF and Word file of the corpus (corpora/), in a fixed order."""
    return sorted(p for p in (root / "corpora").rglob("*") if p.suffix in (".pdf", ".docx"))


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randint(1, len(data) - 1)]


def _keyword(data: bytes, rng: random.Random, words: list[bytes]) -> bytes:
    found = [w for w in words if w in data]
    if not found:
        return _flip(data, rng)
    word = rng.choice(found)
    spots = [k for k in range(len(data)) if data.startswith(word, k)] if len(data) < 200_000 else []
    spot = rng.choice(spots) if spots else data.find(word, rng.randrange(len(data) // 2))
    spot = spot if spot >= 0 else data.find(word)
    broken = rng.choice([b"", word[::-1], word.upper(), b"X" * len(word), word + word, b"\x00"])
    return data[:spot] + broken + data[spot + len(word) :]


def _duplicate(data: bytes, rng: random.Random) -> bytes:
    size = rng.randint(1, min(len(data) // 2, 64 * 1024))
    start = rng.randrange(len(data) - size)
    at = rng.randrange(len(data))
    return data[:at] + data[start : start + size] * rng.randint(1, 3) + data[at:]


def _inside_docx(data: bytes, rng: random.Random) -> bytes:
    """Damage ``word/document.xml`` and rebuild the archive, so the ZIP checksums still match."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "word/document.xml":
                how = rng.choice(["flip", "truncate", "keyword", "duplicate"])
                part = _mutate_bytes(part, rng, how, XML_WORDS)
            kept = zipfile.ZipInfo(info.filename, date_time=info.date_time)  # no clock: deterministic
            target.writestr(kept, part, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _mutate_bytes(data: bytes, rng: random.Random, kind: str, words: list[bytes]) -> bytes:
    if kind == "flip":
        return _flip(data, rng)
    if kind == "truncate":
        return _truncate(data, rng)
    if kind == "keyword":
        return _keyword(data, rng, words)
    return _duplicate(data, rng)


def mutate(data: bytes, suffix: str, rng: random.Random, kind: str) -> bytes:
    """One damaged copy of a file's bytes."""
    if kind == "xml":
        if suffix != ".docx":
            kind = "keyword"
        else:
            return _inside_docx(data, rng)
    return _mutate_bytes(data, rng, kind, PDF_WORDS if suffix == ".pdf" else DOCX_WORDS)


def mutants(files: list[Path], count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """``count`` damaged copies, spread over the files and kinds in turn; the same for a seed."""
    rng = random.Random(seed)
    originals = [(p, p.read_bytes()) for p in files]
    for n in range(count):
        path, data = originals[n % len(originals)]
        kind = KINDS[n % len(KINDS)]
        if kind == "xml" and path.suffix != ".docx":
            kind = rng.choice(KINDS[:-1])
        yield f"{n:04d}-{kind}-{path.stem}{path.suffix}", mutate(data, path.suffix, rng, kind)


def read_one(name: str, data: bytes, settings: object) -> str:
    """``ok``, or the error code of the clear message; any other exception propagates."""
    from analyzer import AnalyzerError, load_document

    try:
        load_document(data, filename=name, settings=settings)  # type: ignore[arg-type]
    except AnalyzerError as exc:
        return exc.code
    return "ok"


HANG_SECONDS = 120  # the PDF workers stop at extract_timeout (60 s here); nothing should come near this


class Hang(Exception):
    pass


def _hang(signum: int, frame: object) -> None:
    raise Hang


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="write the outcome counts here")
    args = parser.parse_args(argv)
    from analyzer import CompareSettings

    settings = CompareSettings(extract_timeout=60.0)
    signal.signal(signal.SIGALRM, _hang)
    outcomes: dict[str, int] = {}
    slowest = (0.0, "")
    start = time.perf_counter()
    for name, data in mutants(sources(), args.count, args.seed):
        began = time.perf_counter()
        signal.alarm(HANG_SECONDS)
        try:
            code = read_one(name, data, settings)
        except Hang:
            print(f"HANG: {name} took more than {HANG_SECONDS} s", file=sys.stderr)
            return 1
        except Exception:  # the point of the run: report it, with its traceback
            print(f"TRACEBACK for {name}:", file=sys.stderr)
            traceback.print_exc()
            return 1
        finally:
            signal.alarm(0)
        took = time.perf_counter() - began
        slowest = max(slowest, (took, name))
        outcomes[code] = outcomes.get(code, 0) + 1
    total = time.perf_counter() - start
    usage = [resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    peak = max(usage)
    summary = {
        "mutants": args.count,
        "seed": args.seed,
        "outcomes": dict(sorted(outcomes.items())),
        "seconds": round(total, 1),
        "slowest": {"file": slowest[1], "seconds": round(slowest[0], 2)},
        "peak_mb": round(peak / 1024),
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
