"""n + 1 numbers in [1, n] where one number repeats (twice or many times) and the others appear
at most once: small shuffled ones, and two of the largest size (n = 10^5) with the repeats at
the very end, where comparing every pair of positions runs out of time."""

import random
from collections import Counter


def check(nums: list[int]) -> None:
    n = len(nums) - 1
    assert 1 <= n <= 10**5
    assert all(1 <= number <= n for number in nums)
    assert sum(1 for count in Counter(nums).values() if count > 1) == 1, "one number repeats"


def _case(rng: random.Random, n: int, copies: int, at_end: bool) -> list:
    duplicate = rng.randint(1, n)
    others = rng.sample(
        [number for number in range(1, n + 1) if number != duplicate], n + 1 - copies
    )
    if at_end:
        return [others + [duplicate] * copies]
    nums = others + [duplicate] * copies
    rng.shuffle(nums)
    return [nums]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(14):
        n = rng.randint(1, 20)
        cases.append(_case(rng, n, rng.randint(2, n + 1) if rng.random() < 0.3 else 2, False))
    cases += [_case(rng, 10**5, 2, True), _case(rng, 10**5, 2, True)]
    return cases
