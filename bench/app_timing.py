"""How long the app takes from upload to first render, in a real browser.

    python bench/app_timing.py OLD NEW [OLD NEW ...]

Starts `streamlit run app.py` on a free port, opens it in Debian's Chromium, uploads each pair
through the page's file inputs and times until the first aligned row is on screen; then
reloads the page and uploads the same pair again (the comparison is cached by sha256, so this
is the warm time). Prints one line per pair. A measurement, never a test assertion.

The app keeps its library (and the text it read) in a fresh temporary file for the run, not in the
user's library: a pair compared there before would otherwise be read from it, and "cold" would not
be cold. Set ANALYZER_DB to measure against a library of your own."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402

from tests.server import launch_chromium, start_streamlit  # noqa: E402


def upload_to_render(page, url: str, old: Path, new: Path) -> float:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.get_by_text("Upload an old and a new version").wait_for(timeout=120_000)
    uploaders = page.locator("[data-testid=stFileUploader]")
    start = time.perf_counter()
    for index, path in enumerate((old, new)):
        # on a busy machine Streamlit can drop a file set while a rerun redraws the inputs (the
        # browser tests set it again too): the file is set again if its name is not shown within
        # 20 s, and the time of every attempt counts
        for attempt in range(3):
            uploaders.nth(index).locator("input[type=file]").set_input_files(str(path))
            try:
                # attached, not visible: once both files are in, the page folds them away (a cached
                # comparison renders at once, before a check for visibility could see the file's chip)
                uploaders.nth(index).get_by_text(path.name).wait_for(state="attached", timeout=20_000)
                break
            except PlaywrightTimeout:
                print(f"{path.name} was not taken (attempt {attempt + 1}): set again", flush=True)
        else:
            raise RuntimeError(f"{path.name} was not taken after three attempts")
    page.locator(".pd-row").first.wait_for(timeout=1_800_000)
    return time.perf_counter() - start


def main(paths: list[str]) -> int:
    if not paths or len(paths) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    pairs = [(Path(paths[k]), Path(paths[k + 1])) for k in range(0, len(paths), 2)]
    log = Path(tempfile.gettempdir()) / "app_timing_streamlit.log"
    fresh = tempfile.TemporaryDirectory(prefix="app-timing-")
    os.environ.setdefault("ANALYZER_DB", str(Path(fresh.name) / "library.db"))  # the server inherits it
    print(f"library: {os.environ['ANALYZER_DB']}", flush=True)
    with fresh, start_streamlit(log) as url, launch_chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        for old, new in pairs:
            cold = upload_to_render(page, url, old, new)
            print(f"{old} → {new}: upload to first render {cold:.1f} s cold", flush=True)
            warm = upload_to_render(page, url, old, new)
            print(f"{old} → {new}: upload to first render {warm:.1f} s cached", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
