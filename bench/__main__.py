"""`make bench`: every benchmark in turn, then docs/PERFORMANCE.md from their results.

python -m bench                      # all of them
python -m bench read_path scale      # some of them
"""

from __future__ import annotations

import subprocess
import sys
import time

from bench import report

BENCHMARKS = [
    "read_path",
    "write_progress",
    "login_storm",
    "run_latency",
    "sandbox_fairness",
    "leetcode_cache",
    "scale",
]


def main(argv: list[str]) -> int:
    chosen = argv or BENCHMARKS
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        print(f"unknown benchmark(s): {', '.join(sorted(unknown))}; choose from {BENCHMARKS}")
        return 2
    failed = []
    for name in chosen:
        print(f"\n===== {name} =====", flush=True)
        started = time.monotonic()
        if subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False).returncode:
            failed.append(name)
        print(f"({name}: {time.monotonic() - started:.0f} s)", flush=True)
    path = report.write(" ".join(["make bench", *argv]).strip())
    print(f"\nreport written to {path}")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
