"""The hostile corpus: broken, crafted and odd files, each with the behaviour it must get.

    python tests/data/hostile/make.py OUT_DIR     # writes the files and OUT_DIR/cases.json

Files are generated (nothing large or dangerous is kept in git). ``expect`` is either ``ok``
(the file is read and has text; ``contains`` must appear, ``absent`` must not) or the name of
the ``AnalyzerError`` subclass that must be raised — never any other exception."""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MADISON_PDF = ROOT / "corpora" / "madison-2017" / "new.pdf"
MADISON_DOCX = ROOT / "corpora" / "madison-2017" / "new.docx"
POLICY = "1. Scope\n\nOfficers will not ask any person about immigration status.\n"


def pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from raw object bodies (object k+1 is objects[k]), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, trailer_extra, xref)
    )
    return out.getvalue()


def text_page_pdf(text: str, extra_catalog: bytes = b"", extra_objects: list[bytes] | None = None) -> bytes:
    stream = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf(objects + (extra_objects or []))


def reportlab_pdf(pages: list[str], **canvas_args: object) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, **canvas_args)  # type: ignore[arg-type]
    for text in pages:
        if text:
            c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def blank_pages_pdf(count: int) -> bytes:
    """``count`` empty pages in one page tree, each with its own empty content stream (as
    reportlab writes them, in a fiftieth of the time: 5,000 pages in 0.03 s rather than 1.7 s)."""
    kids = b" ".join(b"%d 0 R" % (3 + 2 * k) for k in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    for k in range(count):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>" % (4 + 2 * k)
        )
        objects.append(b"<< /Length 0 >>\nstream\n\nendstream")
    return pdf(objects)


def encrypted(user: str, owner: str) -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return reportlab_pdf(
        ["Officers will not ask any person about immigration status."],
        encrypt=StandardEncryption(user, owner, canPrint=1),
    )


def huge_image_pdf() -> bytes:
    """One page whose only content is a 20,000 x 20,000 (1-bit) image."""
    width = height = 20000
    row = b"\x00" + b"\xff" * (width // 8)
    data = zlib.compress(row * height, 9)
    content = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /FlateDecode /Predictor 15 /Length %d >>\nstream\n"
            % (width, height, len(data))
            + data
            + b"\nendstream",
        ]
    )


def nested_pdf(depth: int) -> bytes:
    nested = b"[" * depth + b"]" * depth
    return text_page_pdf(POLICY.splitlines()[2], extra_catalog=b"/Deep " + nested + b" ")


def broken_xref() -> bytes:
    good = text_page_pdf("Officers will not ask any person about immigration status.")
    start = good.index(b"xref\n")
    return good[:start] + b"xref\n0 6\nthis is not a cross-reference table\n" + good[good.index(b"trailer") :]


def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(MADISON_DOCX) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = document_xml if item.filename == "word/document.xml" else source.read(item.filename)
            target.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return buffer.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_paragraphs(*texts: str, doctype: bytes = b"") -> bytes:
    body = b"".join(b"<w:p><w:r><w:t>" + t.encode() + b"</w:t></w:r></w:p>" for t in texts)
    return docx_with(
        b'<?xml version="1.0"?>'
        + doctype
        + b"<w:document "
        + W
        + b"><w:body>"
        + body
        + b"</w:body></w:document>"
    )


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _deflated_spaces(prefix: bytes, megabytes: int, suffix: bytes) -> tuple[bytes, int, int]:
    """``prefix``, ``megabytes`` MB of spaces and ``suffix`` as one raw deflate stream, with the
    CRC-32 and length of what it unpacks to, without compressing a gigabyte (six seconds): each
    megabyte is flushed to a byte boundary with the compressor's history cleared (``Z_FULL_FLUSH``),
    so every megabyte after the first compresses to the same bytes, made once and repeated."""
    chunk = b" " * 1_000_000
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(prefix + chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH) == again
    stream = first + again * (megabytes - 1) + compressor.compress(suffix) + compressor.flush()
    crc = zlib.crc32(prefix)
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return stream, zlib.crc32(suffix, crc), len(prefix) + megabytes * len(chunk) + len(suffix)


def _zip_of_deflated(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP archive of members already deflated: (name, raw deflate stream, CRC-32, size)."""
    local, central = io.BytesIO(), io.BytesIO()
    stamp = (0, (2025 - 1980) << 9 | 1 << 5 | 1)  # DOS time and date: 2025-01-01 00:00
    for name, stream, crc, size in members:
        offset = local.tell()
        fields = (20, 0, 8, *stamp, crc, len(stream), size, len(name.encode()))
        local.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name.encode() + stream)
        central.write(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, 0, offset)
            + name.encode()
        )
    directory = central.getvalue()
    count = len(members)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), local.tell(), 0)
    return local.getvalue() + directory + end


def zip_bomb_docx() -> bytes:
    """About a megabyte that unpacks to 1 GB (a document.xml of spaces; never held in memory)."""
    types = b"<Types/>"
    document = _deflated_spaces(b"<w:document " + W + b"><w:body>", 1000, b"</w:body></w:document>")
    return _zip_of_deflated(
        [
            ("[Content_Types].xml", _deflate(types), zlib.crc32(types), len(types)),
            ("word/document.xml", *document),
        ]
    )


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        target.writestr("policy.txt", POLICY)
    return buffer.getvalue()


Case = tuple[str, Callable[[], bytes], str, dict[str, str]]

CASES: list[Case] = [
    ("zero-bytes.pdf", lambda: b"", "EmptyFileError", {}),
    ("blank-space.txt", lambda: b"  \n\n\t \n", "EmptyFileError", {}),
    (
        "truncated.pdf",
        lambda: MADISON_PDF.read_bytes()[: len(MADISON_PDF.read_bytes()) // 3],
        "CorruptFileError",
        {},
    ),
    ("header-only.pdf", lambda: b"%PDF-1.4\n%%EOF\n", "CorruptFileError", {}),
    ("broken-xref.pdf", broken_xref, "ok", {"contains": "immigration status"}),
    (
        "no-pages.pdf",
        lambda: pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "NoTextError",
        {},
    ),
    ("encrypted-user-password.pdf", lambda: encrypted("reader", "owner"), "EncryptedFileError", {}),
    ("owner-password-only.pdf", lambda: encrypted("", "owner"), "ok", {"contains": "immigration status"}),
    ("blank-5000-pages.pdf", lambda: blank_pages_pdf(5000), "LimitExceededError", {}),
    ("blank-3-pages.pdf", lambda: reportlab_pdf(["", "", ""]), "NoTextError", {}),
    ("image-20000x20000.pdf", huge_image_pdf, "NoTextError", {}),
    ("nested-objects.pdf", lambda: nested_pdf(50_000), "ok", {"contains": "immigration status"}),
    (
        "javascript-action.pdf",
        lambda: text_page_pdf(
            "Officers will not ask any person about immigration status.",
            extra_catalog=b"/OpenAction << /S /JavaScript /JS (app.alert('x')) >> ",
        ),
        "ok",
        {"contains": "immigration status"},
    ),
    ("zip-named.pdf", plain_zip, "UnsupportedFileError", {}),
    (
        "html-named.pdf",
        lambda: b"<!DOCTYPE html><html><body>Policy</body></html>",
        "UnsupportedFileError",
        {},
    ),
    ("exe-named.pdf", lambda: b"MZ\x90\x00" + b"\x00" * 200, "UnsupportedFileError", {}),
    ("elf-named.docx", lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "UnsupportedFileError", {}),
    ("png-named.pdf", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "UnsupportedFileError", {}),
    ("gzip-named.txt", lambda: b"\x1f\x8b\x08\x00" + b"\x00" * 50, "UnsupportedFileError", {}),
    ("old-word.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "UnsupportedFileError", {}),
    ("rich-text.rtf", lambda: b"{\\rtf1\\ansi Policy}", "UnsupportedFileError", {}),
    (
        "random-bytes.bin",
        lambda: bytes((k * 7919 + 13) % 256 for k in range(4096)),
        "UnsupportedFileError",
        {},
    ),
    ("zip-bomb.docx", zip_bomb_docx, "LimitExceededError", {}),
    (
        "xxe.docx",
        lambda: docx_paragraphs(
            "Officers will not ask about status. &xxe;",
            doctype=b'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ),
        "ok",
        {"contains": "Officers will not ask about status.", "absent": "root:"},
    ),
    (
        "external-image.docx",
        lambda: docx_with(
            zipfile.ZipFile(MADISON_DOCX).read("word/document.xml"),
            {
                "word/_rels/extra.xml.rels": b'<Relationships><Relationship Id="rX" TargetMode="External" '
                b'Target="http://example.invalid/x.png" Type="image"/></Relationships>'
            },
        ),
        "ok",
        {"contains": "immigration"},
    ),
    ("invalid-xml.docx", lambda: docx_with(b"<w:document " + W + b"><w:body><w:p>"), "CorruptFileError", {}),
    ("empty-document.docx", lambda: docx_paragraphs(), "NoTextError", {}),
    ("no-document-xml.docx", lambda: plain_zip(), "UnsupportedFileError", {}),
    ("utf16-with-bom.txt", lambda: POLICY.encode("utf-16"), "ok", {"contains": "immigration status"}),
    ("utf16-no-bom.txt", lambda: POLICY.encode("utf-16-le"), "ok", {"contains": "immigration status"}),
    (
        "latin1.txt",
        lambda: "1. Ámbito\n\nLa policía no preguntará por el estatus migratorio.\n".encode("latin-1"),
        "ok",
        {"contains": "policía"},
    ),
    (
        "invalid-utf8.txt",
        lambda: b"1. Scope\n\nOfficers will not ask \xff\xfe\xfa about status.\n",
        "ok",
        {"contains": "Officers will not ask"},
    ),
    (
        "utf8-bom-crlf.txt",
        lambda: ("\ufeff" + POLICY).replace("\n", "\r\n").encode(),
        "ok",
        {"contains": "immigration status"},
    ),
    (
        "right-to-left.txt",
        lambda: (
            "1. היקף\n\nהשוטרים לא ישאלו על מעמד הגירה.\n\n2. نطاق\n\nلن يسأل الضباط عن وضع الهجرة.\n".encode()  # noqa: E501
        ),
        "ok",
        {"contains": "השוטרים"},
    ),
    (
        "spanish.md",
        lambda: "# Política\n\n1. Los agentes no pedirán pasaportes ni tarjetas verdes.\n".encode(),
        "ok",
        {"contains": "pasaportes"},
    ),
    (
        "one-paragraph-200k-words.txt",
        lambda: (" ".join(["officers shall record the stop."] * 40_000) + "\n").encode(),
        "ok",
        {"contains": "officers shall record"},
    ),
    (
        "tiny-clauses-20000.txt",
        lambda: "\n\n".join(f"({k}) Keep record {k}." for k in range(20_000)).encode(),
        "ok",
        {"contains": "Keep record 19999"},
    ),
    ("one-word-1mb.txt", lambda: b"x" * 1_000_000, "ok", {"contains": "xxxx"}),
    (
        "nul-bytes.txt",
        lambda: b"Officers\x00\x00 will\x00 not\x00\x00\x00 ask" * 400,
        "UnsupportedFileError",
        {},
    ),
    ("only-form-feeds.txt", lambda: b"\f\f\f\n\f", "EmptyFileError", {}),
    (
        "script-and-links.md",
        lambda: (
            b"1. Scope\n\nOfficers will not ask. <script>alert('x')</script> <img src=x onerror=alert(1)> "
            b"[click](javascript:alert(1)) <!-- hidden --> **bold**\n"
        ),
        "ok",
        {"contains": "<script>alert('x')</script>"},
    ),
    (
        "csv-named.txt",
        lambda: b"id,text\n1,Officers will not ask about status\n",
        "ok",
        {"contains": "Officers will not ask"},
    ),
]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    listing = []
    for name, make, expect, checks in CASES:
        (out / name).write_bytes(make())
        listing.append({"file": name, "expect": expect, **checks})
    (out / "cases.json").write_text(
        json.dumps(listing, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
