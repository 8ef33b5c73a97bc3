"""The executor's metrics: runs by status and duration, and the in-process pool's load."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from leettrack.core.metrics import Collector
from leettrack.executor.backend import Executor, LocalExecutor

RUNS = Counter("leettrack_executor_runs_total", "Sandbox runs by status", ["status"])
DURATION = Histogram(
    "leettrack_executor_run_duration_seconds",
    "Wall-clock duration of a sandbox run",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0),
)
QUEUE = Gauge(
    "leettrack_executor_queue_depth", "Runs waiting for a sandbox slot", multiprocess_mode="livesum"
)
ACTIVE = Gauge(
    "leettrack_executor_runs_in_progress",
    "Runs holding a sandbox slot",
    multiprocess_mode="livesum",
)


def record_execution(status: str, duration_seconds: float) -> None:
    """Count one sandbox run (`status` as the executor reports it) and its duration."""
    RUNS.labels(status=status).inc()
    DURATION.observe(duration_seconds)


def executor_collector(executor: Executor) -> Collector | None:
    """The in-process pool's queue and runs; none for a remote executor, whose load is the
    executor service's own."""
    if not isinstance(executor, LocalExecutor):
        return None
    pool = executor.pool

    def collect() -> None:
        QUEUE.set(pool.queued)
        ACTIVE.set(pool.in_flight)

    return collect
