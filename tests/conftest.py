from __future__ import annotations

import functools
import io
import os
import sys
import tempfile
from pathlib import Path

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
