"""Random sequences of adds and counts: small ones on a tiny board (many squares and repeated
points), and two of the largest size (3000 calls): 1500 adds then 1500 counts, on a dense
11 x 11 board where scanning every stored point per query is too slow, or anywhere."""

import random


def check(operations: list[str], arguments: list[list]) -> None:
    assert operations[0] == "DetectSquares" and arguments[0] == []
    assert len(operations) == len(arguments) and 1 <= len(operations) - 1 <= 3000
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        assert name in ("add", "count") and len(values) == 1
        point = values[0]
        assert len(point) == 2 and all(0 <= c <= 1000 for c in point)


def _case(rng: random.Random, adds: int, counts: int, low: int, high: int, mixed: bool) -> list:
    calls = ["add"] * adds + ["count"] * counts
    if mixed:
        rng.shuffle(calls)
    arguments = [[[rng.randint(low, high), rng.randint(low, high)]] for _ in calls]
    return [["DetectSquares", *calls], [[], *arguments]]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(14):
        low = rng.choice([0, 996, rng.randint(0, 995)])
        cases.append(_case(rng, rng.randint(1, 20), rng.randint(1, 10), low, low + 4, True))
    cases += [_case(rng, 1500, 1500, 0, 10, False), _case(rng, 1500, 1500, 0, 1000, True)]
    return cases
