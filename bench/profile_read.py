"""Profile the read path under load: py-spy samples the server while wrk drives it.

    python -m bench.profile_read [--seconds 10] [--path /api/v1/auth/me] [--top 40]

Samples only the thread holding the GIL (`--gil`), so the shares are of Python CPU time, and
prints the frames with the largest inclusive share. With BENCH_DATABASE_URL set it profiles
PostgreSQL instead of SQLite. py-spy needs ptrace rights (root, or CAP_SYS_PTRACE).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench.common import PATH_URL, leettrack_server, reader_database, wrk

# Frames every sample shares (process start-up, the event loop): they say nothing.
NOISE = ("typer", "click", "runpy", "uvicorn/", "asyncio/runners", "leettrack/__main__", "cli.py")


def inclusive_shares(raw: Path) -> tuple[int, Counter[str]]:
    """py-spy's raw format: one line per distinct stack, `frame;frame;... count`."""
    total, shares = 0, Counter[str]()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        total += int(count)
        for frame in set(stack.split(";")):
            shares[frame] += int(count)
    return total, shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--path", default=PATH_URL)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    spy_command = shutil.which("py-spy", path=Path(sys.executable).parent) or shutil.which("py-spy")
    if spy_command is None:
        raise SystemExit("py-spy is not installed (make install puts it in .venv)")
    with reader_database() as (env, auth), tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "profile.txt"
        with leettrack_server(env) as server:
            wrk(server.base_url + args.path, seconds=2, connections=args.connections, headers=auth)
            spy_args = ["record", "--gil", "--format", "raw", "--rate", "500"]
            spy_args += ["--duration", str(args.seconds), "--output", str(raw)]
            spy = subprocess.Popen(
                [spy_command, *spy_args, "--pid", str(server.process.pid)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            load = wrk(
                server.base_url + args.path,
                seconds=args.seconds,
                connections=args.connections,
                headers=auth,
            )
            if spy.wait() != 0:
                raise SystemExit("py-spy failed (it needs ptrace rights)")
        total, shares = inclusive_shares(raw)
        print(f"{args.path}: {load['rps']:.0f} requests/s while sampled; {total} samples")
        for frame, count in shares.most_common():
            if not any(noise in frame for noise in NOISE) and args.top > 0:
                print(f"{100 * count / total:5.1f}%  {frame}")
                args.top -= 1


if __name__ == "__main__":
    main()
