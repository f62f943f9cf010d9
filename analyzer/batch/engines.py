"""Where a batch's tasks run: ``local`` (a process pool on this machine) or ``dask``
(``dask.distributed``: a LocalCluster started for the batch, or an existing scheduler).

Both give back ``(key, TaskResult)`` pairs as tasks finish, in whatever order they finish; the
batch sorts everything it writes, so the engine never shows in the outputs. A worker that dies
(killed, out of memory) takes its task with it; that task is retried once, then recorded as a
failed row (``worker_died``), and the rest of the batch goes on."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ..errors import AnalyzerError
from ..lifeline import submit, watch
from ..settings import CompareSettings
from .tasks import TaskResult, is_daemonic, warm

Call = tuple[str, Callable[..., TaskResult], tuple[Any, ...]]
"""A task: its key (unique in the batch), the function and its arguments."""

DIED = (
    "the worker process running it died twice (it was retried once): the file may need more memory "
    "than a worker has, or something on the machine stopped the worker. The rest of the batch went "
    "on; try this file alone with `python -m analyzer compare`"
)


def died(key: str, detail: str = "") -> TaskResult:
    return TaskResult(False, "worker_died", f"{key}: {detail or DIED}.")


def _tracked(marker: str, fn: Callable[..., TaskResult], *args: Any) -> TaskResult:
    """Run ``fn`` with a marker file in place while it runs: after a worker dies, the markers
    left behind name the tasks that were running (the only ones that could have killed it)."""
    path = Path(marker)
    path.write_text(str(os.getpid()), encoding="utf-8")
    try:
        return fn(*args)
    finally:
        path.unlink(missing_ok=True)


class LocalEngine:
    """A process pool on this machine (``workers`` processes; default one per core). The same
    workers read the documents and then compare them (a worker that reads a comparison's files
    has its library open already); a pool a dying worker broke is replaced."""

    name = "local"

    def __init__(self, workers: int | None, scratch: Path) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.scratch = scratch
        self.scratch.mkdir(parents=True, exist_ok=True)
        self._kept: ProcessPoolExecutor | None = None

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "workers": self.workers}

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        # a worker ends with this process even if it is killed (see lifeline.py)
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=watch,
            initargs=(os.getpid(),),
        )

    def _submit(self, pool: ProcessPoolExecutor, call: Call) -> Future[TaskResult]:
        key, fn, args = call
        return submit(pool, _tracked, str(self.scratch / f"{key}.running"), fn, *args)

    def _running(self, keys: Sequence[str]) -> list[str]:
        found = [key for key in keys if (self.scratch / f"{key}.running").exists()]
        for key in found:
            (self.scratch / f"{key}.running").unlink(missing_ok=True)
        return found

    def run(self, calls: Sequence[Call]) -> Iterator[tuple[str, TaskResult]]:
        todo = list(calls)
        while todo:
            if self._kept is None:  # workers start as tasks need them, up to ``workers``
                self._kept = self._pool(self.workers)
            pool = self._kept
            futures = {self._submit(pool, call): call for call in todo}
            finished: set[str] = set()
            try:
                for future in as_completed(futures):
                    key = futures[future][0]
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        break
                    finished.add(key)
                    yield key, result
            finally:
                if len(finished) < len(futures):  # broken, or the caller stopped early
                    self._drop()
            left = [call for call in todo if call[0] not in finished]
            suspects = set(self._running([call[0] for call in left]))
            # each task that was running when a worker died is retried alone, so a second death
            # names it for certain; the others go back to the pool
            for call in [c for c in left if c[0] in suspects]:
                yield call[0], self._alone(call)
            todo = [c for c in left if c[0] not in suspects]
            if todo and not suspects:  # the pool broke with nothing running: should not happen
                for call in todo:
                    yield call[0], self._alone(call)
                return

    def _alone(self, call: Call) -> TaskResult:
        pool = self._pool(1)
        try:
            return self._submit(pool, call).result()
        except BrokenProcessPool:
            self._running([call[0]])
            return died(call[0])
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _drop(self) -> None:
        if self._kept is not None:
            self._kept.shutdown(wait=True, cancel_futures=True)
            self._kept = None

    def warm(self, settings: CompareSettings) -> None:
        """Nothing to do: the workers start with the first tasks."""

    def close(self) -> None:
        self._drop()


class DaskEngine:
    """``dask.distributed``: joins the scheduler at ``address``, or starts a LocalCluster of
    ``workers`` single-threaded worker processes on the loopback interface, with no dashboard
    (its HTTP port, which Dask always opens, serves no route).
    Start-up is paid once per batch. On a cluster of its own a task whose worker dies is retried
    once (``allowed-failures = 1``); an existing scheduler keeps its own setting. With a remote
    scheduler, the files, the output folder and the library must be on a filesystem every worker
    sees at the same paths."""

    name = "dask"

    def __init__(self, workers: int | None, address: str | None) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise AnalyzerError(
                "The dask engine needs the 'distributed' package",
                fix="Reinstall the tool (make setup), or use --engine local",
            ) from exc
        self.address = address
        self.cluster: Any = None
        dask.config.set(
            {
                "distributed.scheduler.allowed-failures": 1,  # retried once, then failed
                "distributed.scheduler.worker-saturation": 1.0,  # a worker holds only what it runs
                "distributed.worker.daemon": False,  # PDF pages are read in child processes
                # Dask's own monitoring runs in every worker and, for a LocalCluster, in this
                # process (the scheduler and the nannies): at its defaults (a profile sample every
                # 10 ms, the event loop's tick every 20 ms, each worker's memory every 100 ms,
                # system counters every 500 ms) it took about a third of one core from the tasks
                # (py-spy, 2 workers). Nothing here reads those profiles; the memory checks stay,
                # less often
                "distributed.worker.profile.enabled": False,
                "distributed.admin.tick.interval": "1s",
                "distributed.admin.system-monitor.interval": "5s",
                "distributed.worker.memory.monitor-interval": "1s",
                "distributed.scheduler.work-stealing": False,  # tasks wait on the scheduler instead
                # the scheduler always opens an HTTP port (dashboard_address=None only drops the
                # dashboard); with no routes it serves nothing, and it listens on loopback only
                "distributed.scheduler.http.routes": [],
                "distributed.worker.http.routes": [],
            }
        )
        try:
            if address:
                self.client = Client(address, timeout="30s")  # type: ignore[no-untyped-call]
            else:
                self.cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=max(1, workers or os.cpu_count() or 1),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    worker_dashboard_address=None,
                )
                self.client = Client(self.cluster)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            self.close()
            raise AnalyzerError(
                f"Could not reach the Dask scheduler{' at ' + address if address else ''}",
                cause=str(exc),
                fix="Check the address (tcp://HOST:8786) and that the scheduler is running, "
                "or leave out --scheduler to start a cluster on this machine",
            ) from exc
        if address and any(self.client.run(is_daemonic).values()):
            self.close()
            raise AnalyzerError(
                f"The Dask workers at {address} cannot read PDF files",
                cause="they run as daemonic processes, and a daemonic process cannot start the "
                "processes that read PDF pages (under a memory cap and a time limit)",
                fix="Start the workers with the environment variable DASK_DISTRIBUTED__WORKER__DAEMON=False "
                "(e.g. `DASK_DISTRIBUTED__WORKER__DAEMON=False dask worker tcp://HOST:8786`), "
                "or leave out --scheduler to start a cluster on this machine",
            )
        info = self.client.scheduler_info(n_workers=-1)
        self.workers = len(info["workers"])
        self.listening = str(info.get("address", ""))
        self.routes = list(dask.config.get("distributed.scheduler.http.routes")) if not address else None

    def describe(self) -> dict[str, Any]:
        where = self.address or "LocalCluster on 127.0.0.1 (no dashboard)"
        return {
            "engine": self.name,
            "workers": self.workers,
            "scheduler": where,
            "address": self.listening,
            "http_routes": self.routes,
        }

    def warm(self, settings: CompareSettings) -> None:
        """Every worker loads the lens and its language model now, not in its first task."""
        self.client.run(warm, settings)

    def run(self, calls: Sequence[Call]) -> Iterator[tuple[str, TaskResult]]:
        from distributed import as_completed as dask_completed

        if not calls:
            return
        futures = {}
        for key, fn, args in calls:
            future = self.client.submit(fn, *args, key=f"{key}-{os.getpid()}", pure=False)
            futures[future] = key
        for future in dask_completed(list(futures)):  # type: ignore[no-untyped-call]
            key = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # KilledWorker after the retry; a lost scheduler
                detail = DIED if type(exc).__name__ == "KilledWorker" else f"the Dask cluster lost it ({exc})"
                result = died(key, detail)
            future.release()
            yield key, result

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()


class Starting:
    """An engine started in a background thread, so that a Dask cluster comes up and its workers
    load the language model while the driver reads the manifest, hashes the files and plans;
    ``engine()`` waits for it. ``stop(wait=False)`` shuts the engine down in the background (the
    driver writes the tables meanwhile); ``stop()`` waits until it is down."""

    def __init__(
        self, name: str, *, workers: int | None, scheduler: str | None, scratch: Path, warm: CompareSettings
    ) -> None:
        self._engine: Any = None
        self._error: BaseException | None = None
        self._closer: threading.Thread | None = None
        self._thread = threading.Thread(
            target=self._start, args=(name, workers, scheduler, scratch, warm), name="batch-engine-start"
        )
        self._thread.start()

    def _start(
        self, name: str, workers: int | None, scheduler: str | None, scratch: Path, settings: CompareSettings
    ) -> None:
        try:
            engine = make_engine(name, workers=workers, scheduler=scheduler, scratch=scratch)
        except BaseException as exc:  # raised in the driver by engine()
            self._error = exc
            return
        self._engine = engine
        with contextlib.suppress(Exception):  # a worker that cannot warm up loads it in its first task
            engine.warm(settings)

    def engine(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._engine

    def stop(self, *, wait: bool = True) -> None:
        self._thread.join()
        if self._engine is not None and self._closer is None:
            self._closer = threading.Thread(target=self._engine.close, name="batch-engine-stop")
            self._closer.start()
        if wait and self._closer is not None:
            self._closer.join()


def make_engine(name: str, *, workers: int | None, scheduler: str | None, scratch: Path) -> Any:
    if name == "local":
        if scheduler:
            raise AnalyzerError(
                "--scheduler joins a Dask cluster, but the engine is local",
                fix="Add --engine dask, or leave out --scheduler",
            )
        return LocalEngine(workers, scratch)
    if name == "dask":
        return DaskEngine(workers, scheduler)
    raise AnalyzerError(f"There is no batch engine {name!r}", fix="Use --engine local or --engine dask")
