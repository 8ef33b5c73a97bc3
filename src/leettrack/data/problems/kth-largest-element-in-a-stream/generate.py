"""Random streams: small ones (k from 1 to len(nums) + 1, duplicates, negative numbers) and two
of the largest size (10^4 initial numbers, 10^4 additions, k up to 10^4)."""

import random


def check(operations: list[str], arguments: list[list]) -> None:
    assert operations[0] == "KthLargest" and len(arguments[0]) == 2
    k, nums = arguments[0]
    assert 0 <= len(nums) <= 10**4 and 1 <= k <= len(nums) + 1
    assert len(operations) == len(arguments) and 1 <= len(operations) - 1 <= 10**4
    assert all(name == "add" for name in operations[1:])
    values = nums + [values[0] for values in arguments[1:]]
    assert all(len(values) == 1 for values in arguments[1:])
    assert all(-(10**4) <= value <= 10**4 for value in values)


def _case(rng: random.Random, size: int, calls: int, spread: int) -> list:
    nums = [rng.randint(-spread, spread) for _ in range(size)]
    k = rng.randint(1, size + 1)
    adds = [[rng.randint(-spread, spread)] for _ in range(calls)]
    return [["KthLargest"] + ["add"] * calls, [[k, nums]] + adds]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(0, 8), rng.randint(1, 10), rng.choice([5, 10**4])) for _ in range(12)
    ]
    cases += [_case(rng, 10**4, 10**4, 10**4) for _ in range(2)]
    return cases
