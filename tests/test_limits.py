"""Reading an untrusted PDF is bounded in time and memory (in worker processes); hitting a
limit gives a message naming the limit and how to raise it, and the next file reads normally."""

from __future__ import annotations

import sys

import pytest

from analyzer import CompareSettings, load_document
from analyzer.errors import LimitExceededError

from .conftest import MADISON, NZ


def test_a_pdf_that_takes_too_long_is_stopped_with_the_limit_named() -> None:
    with pytest.raises(LimitExceededError) as caught:
        load_document(MADISON / "new.pdf", settings=CompareSettings(extract_timeout=0.001))
    message = str(caught.value)
    assert "longer than the limit of 0.001 seconds" in message and "extract_timeout" in message
    # the stopped workers are replaced: the same file reads normally with the default limit
    assert "passport" in load_document(MADISON / "new.pdf", settings=CompareSettings()).text


def test_a_pdf_that_needs_too_much_memory_is_stopped_with_the_limit_named() -> None:
    # a file of some size: a worker reads a small one (Madison's three pages) in the memory it
    # was started with, and a 1 MB cap on its address space stops only what needs more
    with pytest.raises(LimitExceededError) as caught:
        load_document(NZ / "trespass" / "2024-08-26.pdf", settings=CompareSettings(worker_memory_mb=1))
    assert "worker_memory_mb" in str(caught.value)
    assert "passport" in load_document(MADISON / "new.pdf", settings=CompareSettings()).text


def test_errors_raised_in_a_worker_keep_their_advice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from analyzer.errors import EncryptedFileError

    from .test_hostile import make

    path = tmp_path / "locked.pdf"
    path.write_bytes(make.encrypted("reader", "owner"))
    with pytest.raises(EncryptedFileError) as caught:
        load_document(path, settings=CompareSettings())
    assert caught.value.filename == "locked.pdf" and "password" in caught.value.fix
    assert str(caught.value).count("locked.pdf: ") == 1


def test_library_use_from_a_piped_or_unguarded_script_reads_pdfs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Workers must not re-run the caller's script (multiprocessing re-imports __main__)."""
    import subprocess
    import sys

    from .conftest import ROOT

    path = str(MADISON / "old.pdf")
    code = f"from analyzer import load_document\nprint('ran', len(load_document({path!r}).text))\n"
    piped = subprocess.run(
        [sys.executable, "-"], input=code, capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert piped.returncode == 0, piped.stderr
    script = tmp_path / "unguarded.py"
    script.write_text(code)
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("ran ") == 1 and piped.stdout.count("ran ") == 1


OWNER = """
import json, sys
from multiprocessing import forkserver, resource_tracker
from analyzer import CompareSettings, load_document
from analyzer.ingest import pdf

load_document(sys.argv[1], settings=CompareSettings(workers=2, parallel_min_pages=1))
readers = [process.pid for pool in pdf._POOLS.values() for process in pool._processes.values()]
helpers = [forkserver._forkserver._forkserver_pid, resource_tracker._resource_tracker._pid]
print(json.dumps(readers + helpers), flush=True)
sys.stdin.read()  # idle until killed
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for its parent to reap it is not)."""
    import contextlib
    from pathlib import Path

    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_process_leaves_no_page_reader_forkserver_or_resource_tracker_behind() -> None:
    """A process killed while its page readers sit idle (a Dask worker stopped by its nanny, a
    batch killed mid-way) takes them with it: the readers, the forkserver that started them and
    multiprocessing's resource tracker all end, instead of waiting for each other for ever."""
    import json
    import os
    import signal
    import subprocess
    import time

    from .conftest import ROOT

    owner = subprocess.Popen(
        [sys.executable, "-c", OWNER, str(MADISON / "old.pdf")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        started = json.loads(owner.stdout.readline())  # type: ignore[union-attr]
    finally:
        owner.kill()
        owner.wait()
    assert len(started) >= 3 and all(isinstance(pid, int) for pid in started), started  # readers too
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and any(_running(pid) for pid in started):
        time.sleep(0.1)
    left = [pid for pid in started if _running(pid)]
    for pid in left:  # not to leave them to the next run either
        os.kill(pid, signal.SIGKILL)
    assert not left
