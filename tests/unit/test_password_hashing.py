"""bcrypt hashes off the event loop, no more of them at once than there are CPUs."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest

from leettrack.core import security


async def test_hashes_run_at_most_one_per_cpu_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    running, most = 0, 0
    lock = threading.Lock()

    def slow_hash(password: str, rounds: int) -> str:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return f"{password}:{rounds}"

    monkeypatch.setattr(security, "_hash_sync", slow_hash)
    cpus = os.cpu_count() or 1
    hashes = await asyncio.gather(*(security.hash_password(f"pw{n}", 4) for n in range(4 * cpus)))
    assert hashes == [f"pw{n}:4" for n in range(4 * cpus)]
    assert most == cpus


async def test_a_real_hash_verifies() -> None:
    hashed = await security.hash_password("correct horse battery", 4)
    assert await security.verify_password("correct horse battery", hashed)
    assert not await security.verify_password("wrong horse battery", hashed)
