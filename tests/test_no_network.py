"""No network at run time, in every process: a comparison of a real PDF pair runs in a fresh
Python whose ``sitecustomize`` installs an audit hook that refuses any non-local
``socket.connect`` and any ``socket.bind`` beyond loopback (a Dask batch may also connect over
loopback, and nothing else). The hook is inherited by the processes that read PDF pages (the forkserver
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
    LOOPBACK = os.environ.get("NO_NETWORK_LOOPBACK") == "1"
    _seen = set()

    def _note(line):
        with open(LOG, "a", encoding="utf-8") as handle:
            handle.write(line + "\\n")

    def _guard(event, args):
        pid = os.getpid()
        if pid not in _seen:  # every process the hook runs in, forked ones included
            _seen.add(pid)
            _note(f"process {pid}")
        if event in ("socket.connect", "socket.bind"):
            sock, address = args[0], args[1]
            if sock.family == socket.AF_UNIX:  # local IPC between the workers is allowed
                return
            host = address[0] if isinstance(address, tuple) else str(address)
            # listening on loopback is local (urllib3 probes IPv6 so); talking over it is allowed
            # only where asked for: a Dask cluster on this machine
            if host in ("127.0.0.1", "::1", "localhost") and (LOOPBACK or event == "socket.bind"):
                _note(f"loopback {event} {pid} {address!r}")
                return
            _note(f"refused {event} {pid} {address!r}")
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


def _guarded(tmp_path: Path, script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a Python whose every process (workers too, through ``sitecustomize``) logs
    and refuses sockets to ``network.log`` in ``tmp_path``."""
    (tmp_path / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
            "NO_NETWORK_LOG": str(tmp_path / "network.log"),
            **env,
        },
        timeout=600,
        check=False,
    )


def test_no_network_in_any_process_of_a_pdf_comparison(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    proc = _guarded(tmp_path, SCRIPT, str(MADISON / "old.pdf"), str(MADISON / "new.pdf"))
    assert proc.returncode == 0, proc.stderr
    assert {"added", "modified", "removed"} <= set(proc.stdout.strip().split(","))
    lines = log.read_text(encoding="utf-8").splitlines()
    refused = [line for line in lines if line.startswith("refused")]
    assert len(refused) == 1 and "192.0.2.1" in refused[0], refused  # only the probe above
    processes = {line for line in lines if line.startswith("process")}
    # the script, the forkserver and at least one worker that read pages
    assert len(processes) >= 3, lines


BATCH = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from analyzer.batch import read_table, run_batch

    folder = Path(sys.argv[3])
    manifest = folder / "manifest.csv"
    manifest.write_text(
        "id,path,agency,date\\n"
        f"old,{sys.argv[1]},Madison,2016-12-31\\n"
        f"new,{sys.argv[2]},Madison,2017-01-15\\n",
        encoding="utf-8",
    )
    report = run_batch(manifest, folder / "out", engine="dask", workers=2)
    matrix = {r["row_id"]: r for r in read_table(folder / "out" / "matrix.csv")}
    print(json.dumps({
        "address": report.engine["address"],
        "workers": report.engine["workers"],
        "failed": len(report.failures),
        "inquire_status": matrix["new"]["inquire_status"],
    }))
    """
)


def test_no_network_beyond_loopback_in_a_dask_batch(tmp_path: Path) -> None:
    """A batch on a Dask LocalCluster (scheduler, 2 workers, their page readers): every socket
    any process binds or connects is a Unix socket or on 127.0.0.1, and nothing else is tried."""
    import json

    log = tmp_path / "network.log"
    proc = _guarded(
        tmp_path,
        BATCH,
        str(MADISON / "old.pdf"),
        str(MADISON / "new.pdf"),
        str(tmp_path),
        NO_NETWORK_LOOPBACK="1",
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    done = json.loads(proc.stdout.strip().splitlines()[-1])
    assert done["workers"] == 2 and done["failed"] == 0 and done["inquire_status"] == "prohibited"
    assert done["address"].startswith("tcp://127.0.0.1:")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert not [line for line in lines if line.startswith("refused")], lines
    binds = [line for line in lines if line.startswith("loopback socket.bind")]
    connects = [line for line in lines if line.startswith("loopback socket.connect")]
    # the scheduler and both workers listen (on loopback), and the processes talk to each other
    assert len(binds) >= 3 and connects, lines
    processes = {line for line in lines if line.startswith("process")}
    # the driver (with the scheduler), two workers and the processes that read their pages
    assert len(processes) >= 4, lines
