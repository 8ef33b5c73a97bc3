"""Preparing a server's processes: several workers, without importing prometheus-client in the
supervisor (it reads PROMETHEUS_MULTIPROC_DIR when imported, so only the workers should); and
each worker's garbage collector, once it has started."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


@contextmanager
def metrics_directory(workers: int) -> Iterator[None]:
    """Prepare prometheus-client's multiprocess mode for a server's lifetime.

    A configured `PROMETHEUS_MULTIPROC_DIR` is emptied of earlier runs' files; with several
    workers and none configured, a fresh temporary directory is used and removed afterwards.
    """
    configured = os.environ.get(MULTIPROC_ENV)
    if configured:
        directory = Path(configured)
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.db"):
            stale.unlink()
        yield
        return
    if workers <= 1:
        yield
        return
    directory = Path(tempfile.mkdtemp(prefix="leettrack-metrics-"))
    os.environ[MULTIPROC_ENV] = str(directory)
    try:
        yield
    finally:
        os.environ.pop(MULTIPROC_ENV, None)
        shutil.rmtree(directory, ignore_errors=True)


_frozen = False


def freeze_startup_objects() -> None:
    """Once per process, after the application's first start: move every object alive then (the
    modules, the app and its routes, the ORM's mappings: some 230 000) out of the cyclic garbage
    collector's sight. A full collection under load then scans only what was made since: it
    paused a worker for ~130 ms before, every few seconds, holding up every request in flight."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
