from __future__ import annotations

import functools
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
MADISON = CORPORA / "madison-2017"
NZ = CORPORA / "nz-police"
CASES = Path(__file__).parent / "cases"
ARTIFACTS = Path(__file__).parent / "artifacts"

sys.path.insert(0, str(ROOT))
# the tests never touch the user's own library: every run gets a fresh one
os.environ["ANALYZER_DB"] = str(Path(tempfile.mkdtemp(prefix="policy-diff-test-")) / "library.db")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


# `make test` runs the suite on two pytest-xdist workers (`-n 2 --dist loadgroup`). These modules'
# tests share something costly to build — one Streamlit server and one Chromium, a generated batch
# corpus, a batch of real documents, a compared pair of PDFs, the corpus PDFs read once by
# pdfplumber — so each module runs whole on one worker and builds it once. Every other test goes
# to whichever worker is free.
ONE_WORKER = {
    "test_batch.py": "batch",
    "test_batch_real.py": "batch-real",
    "test_bench.py": "bench",
    "test_browser.py": "browser",
    "test_nz_police.py": "nz-police",
    "test_ocr.py": "ocr",
}


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups from the marks
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        group = ONE_WORKER.get(item.path.name)
        if group is None and "pdfplumber_pages" in getattr(item, "fixturenames", ()):
            group = "pdfplumber-pages"
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # longest first, so neither worker is left with a slow test at the end while the other idles
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@functools.lru_cache(maxsize=32)
def compare_paths(old: str, new: str, **overrides: object):  # type: ignore[no-untyped-def]
    """Compare two files once per test session (PDF reading is the slow part)."""
    from analyzer import CompareSettings, compare_documents, load_document

    settings = CompareSettings(**overrides)  # type: ignore[arg-type]
    return compare_documents(
        load_document(old, settings=settings), load_document(new, settings=settings), settings=settings
    )


def compare_texts(
    old: str | bytes, new: str | bytes, *, old_name: str = "old.txt", new_name: str = "new.txt"
):  # type: ignore[no-untyped-def]
    """Compare two small documents given as text or bytes, with the default settings."""
    from analyzer import CompareSettings, compare_documents, load_document

    settings = CompareSettings()
    data = [t.encode() if isinstance(t, str) else t for t in (old, new)]
    return compare_documents(
        load_document(data[0], filename=old_name, settings=settings),
        load_document(data[1], filename=new_name, settings=settings),
        settings=settings,
    )


def load_script(path: Path):  # type: ignore[no-untyped-def]
    """A generator script (tests/data/*/make.py) as a module; those folders are not packages."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"{path.parent.name}_make", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def madison_pdf():  # type: ignore[no-untyped-def]
    return compare_paths(str(MADISON / "old.pdf"), str(MADISON / "new.pdf"))


PdfplumberPage = tuple[Path, int, list[dict[str, Any]], str, list[dict[str, Any]]]


@pytest.fixture(scope="session")
def pdfplumber_pages() -> list[PdfplumberPage]:
    """Every page of every corpus PDF as pdfplumber reads it — (file, page number, characters, plain
    text, drawn edges) — parsed once for the tests that check PDFium's reading against pdfplumber's."""
    import pdfplumber

    pages = []
    for path in sorted(CORPORA.rglob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                pages.append((path, page.page_number, page.chars, page.extract_text() or "", page.edges))
                page.close()
    return pages


def image_pdf(source: Path, *, dpi: int = 200) -> bytes:
    """A 'scanned' copy of a PDF: every page rendered to an image and wrapped as a PDF again."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source))
    images = [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in pdf]
    pdf.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


@pytest.fixture(scope="session")
def streamlit_server():  # type: ignore[no-untyped-def]
    """A real `streamlit run app.py` on a free local port; its output goes to a log file."""
    from .server import start_streamlit

    ARTIFACTS.mkdir(exist_ok=True)
    with start_streamlit(ARTIFACTS / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    from .server import launch_chromium

    with launch_chromium() as b:
        yield b
