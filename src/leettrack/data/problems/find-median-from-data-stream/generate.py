"""Random streams of additions and median queries (queries only once a number is there), over a
narrow range (many duplicates) or the whole one; then 10^4 calls, and the largest allowed:
5*10^4 calls, half of them queries, where sorting for every query runs out of time."""

import random

LIMIT = 10**5
CALLS = 5 * 10**4


def check(operations: list[str], arguments: list[list]) -> None:
    assert operations[0] == "MedianFinder" and arguments[0] == []
    assert len(operations) == len(arguments) and 1 <= len(operations) - 1 <= CALLS
    added = 0
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        if name == "addNum":
            assert len(values) == 1 and -LIMIT <= values[0] <= LIMIT
            added += 1
        else:
            assert name == "findMedian" and values == [] and added > 0
    assert added >= 1


def _case(rng: random.Random, calls: int, spread: int) -> list:
    operations, arguments = ["MedianFinder", "addNum"], [[], [rng.randint(-spread, spread)]]
    for _ in range(calls - 1):
        if rng.random() < 0.5:
            operations.append("addNum")
            arguments.append([rng.randint(-spread, spread)])
        else:
            operations.append("findMedian")
            arguments.append([])
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 20), rng.choice([3, LIMIT])) for _ in range(12)]
    cases += [_case(rng, CALLS // 5, LIMIT), _case(rng, CALLS, LIMIT)]
    return cases
