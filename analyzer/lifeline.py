"""A worker process that ends when the process that started it ends.

A ``ProcessPoolExecutor`` worker waits for its next task on a pipe whose writing end it holds
too (multiprocessing hands a queue over whole), so it never sees its owner go: the workers of
an owner that was killed (a Dask worker stopped by its nanny, a batch killed mid-way) wait
forever. Started through the forkserver, they also keep the forkserver alive — every process it
starts holds the forkserver's "alive" pipe, which it watches to know when to end — and, through
it, multiprocessing's resource tracker.

``watch(owner)``, a pool's initializer, starts a daemon thread in the worker that waits for the
owner to end (on a pidfd: no polling, no confusion with a later process given the same number)
and then ends the worker. The forkserver then ends by itself, once no process holds its pipe,
and the resource tracker with it.

Not ``PR_SET_PDEATHSIG``: it fires when the *thread* that started the process ends, and the app
starts workers from Streamlit's short-lived script threads."""

from __future__ import annotations

import os
import select
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

POLL_SECONDS = 1.0
"""How often a worker looks for its owner where the system has no pidfd (not Linux)."""


def watch(owner: int) -> None:
    """End this process when the process ``owner`` ends (call it in the worker)."""
    threading.Thread(target=_wait_for, args=(owner,), name="lifeline", daemon=True).start()


def _wait_for(owner: int) -> None:
    try:
        handle = os.pidfd_open(owner)
    except ProcessLookupError:  # gone already
        os._exit(0)
    except (AttributeError, OSError):  # no pidfd here: look every second
        while _alive(owner):
            time.sleep(POLL_SECONDS)
        os._exit(0)
    select.select([handle], [], [])  # readable once the owner has ended
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_SUBMIT_LOCK = threading.Lock()


def submit(pool: ProcessPoolExecutor, fn: Callable[..., Any], *args: Any) -> Future[Any]:
    """``pool.submit``, without the caller's main script re-run in the worker.

    multiprocessing re-imports the parent's ``__main__`` in every new worker (from its file
    path), which fails for code piped to Python and re-runs any unguarded script that calls this
    library (``python -m analyzer``, Streamlit, a user's script). Workers start inside ``submit``;
    while they do, ``__main__`` does not name a file. One lock for every pool of the process (page
    readers and batch workers alike), so that one caller cannot give ``__main__`` its file back
    while another's worker starts."""
    main = sys.modules.get("__main__")
    with _SUBMIT_LOCK:
        saved = {name: getattr(main, name) for name in ("__file__", "__spec__") if hasattr(main, name)}
        try:
            for name in saved:
                setattr(main, name, None)
            return pool.submit(fn, *args)
        finally:
            for name, value in saved.items():
                setattr(main, name, value)
