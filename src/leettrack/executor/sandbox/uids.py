"""The host uids sandboxes are given, one per running or prepared sandbox, so that no two runs
share anything the kernel keeps per uid (keyrings, RLIMIT_NPROC's count, files another run
could open)."""

from __future__ import annotations

import asyncio
from collections import deque

DEFAULT_UID_BASE = 60000  # isolate's range; below systemd's dynamic users (61184)


class UidLeases:
    """A fixed range of uids, each leased to one run at a time."""

    def __init__(self, base: int, count: int) -> None:
        if base < 1 or count < 1:
            raise ValueError("the uid range must start above 0 and hold at least one uid")
        self.base = base
        self.count = count
        self._free = deque(range(base, base + count))
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def free(self) -> int:
        return len(self._free)

    def try_acquire(self) -> int | None:
        return self._free.popleft() if self._free else None

    async def acquire(self) -> int:
        """A free uid, waiting for one when all are leased."""
        while not self._free:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
        return self._free.popleft()

    def grow(self, count: int) -> None:
        """Make the range ``count`` uids long, if it is shorter."""
        for _ in range(self.count, count):
            self.release(self.base + self.count)
            self.count += 1

    def release(self, uid: int) -> None:
        self._free.append(uid)
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done() and not waiter.get_loop().is_closed():
                waiter.set_result(None)
                return


_BY_BASE: dict[int, UidLeases] = {}


def leases(base: int, count: int) -> UidLeases:
    """The leases of the range starting at ``base``, shared by every sandbox of this process
    that uses it (so two of them never lease one uid at once); it grows to the largest
    ``count`` asked for."""
    found = _BY_BASE.setdefault(base, UidLeases(base, count))
    found.grow(count)
    return found
