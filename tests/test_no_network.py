"""No network at run time, in every process: a comparison of a real PDF pair runs in a fresh
Python whose ``sitecustomize`` installs an audit hook that refuses any non-local
``socket.connect``. The hook is inherited by the processes that read PDF pages (the forkserver
starts a fresh interpreter, which loads ``sitecustomize`` again through ``PYTHONPATH``; workers
fork from it), so the check covers them too. Refused attempts are written to a log the test
reads, since a worker's exception might be swallowed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import MADISON, ROOT

GUARD = textwrap.dedent(
    """
    import os, socket, sys

    LOG = os.environ["NO_NETWORK_LOG"]
    _seen = set()

    def _note(line):
        with open(LOG, "a", encoding="utf-8") as handle:
            handle.write(line + "\\n")

    def _guard(event, args):
        pid = os.getpid()
        if pid not in _seen:  # every process the hook runs in, forked ones included
            _seen.add(pid)
            _note(f"process {pid}")
        if event == "socket.connect":
            sock, address = args[0], args[1]
            if sock.family != socket.AF_UNIX:  # local IPC between the workers is allowed
                _note(f"refused {pid} {address!r}")
                raise OSError("network is off in this test")

    sys.addaudithook(_guard)
    """
)

SCRIPT = textwrap.dedent(
    """
    import json, socket, sys
    from analyzer import CompareSettings
    from analyzer.workbench import FORMATS, Workbench

    try:  # the guard is in place in this process
        socket.create_connection(("192.0.2.1", 9), timeout=1)
    except OSError as exc:
        assert "network is off" in str(exc), exc
    else:
        sys.exit("the guard let a connection through")
    # several workers, so pages are read in more than one process
    settings = CompareSettings(workers=2, parallel_min_pages=1)
    with Workbench(settings) as bench:
        outcome = bench.compare(sys.argv[1], sys.argv[2])
        reports = {fmt: bench.render(outcome, fmt) for fmt in FORMATS}
    kinds = sorted({c["kind"] for c in json.loads(reports["json"])["changes"]})
    print(",".join(kinds))
    """
)


def test_no_network_in_any_process_of_a_pdf_comparison(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        "NO_NETWORK_LOG": str(log),
    }
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(MADISON / "old.pdf"), str(MADISON / "new.pdf")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert {"added", "modified", "removed"} <= set(proc.stdout.strip().split(","))
    lines = log.read_text(encoding="utf-8").splitlines()
    refused = [line for line in lines if line.startswith("refused")]
    assert len(refused) == 1 and "192.0.2.1" in refused[0], refused  # only the probe above
    processes = {line for line in lines if line.startswith("process")}
    # the script, the forkserver and at least one worker that read pages
    assert len(processes) >= 3, lines
