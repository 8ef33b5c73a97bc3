"""Random bases from -100 to 100 with small exponents (kept within the result bound), and the
largest exponents (about ±2^31) with bases at or close to ±1 or far from it with a vanishing
result, where multiplying |n| times runs out of time."""

import random

LOW, HIGH = -(2**31), 2**31 - 1


def check(x: float, n: int) -> None:
    assert isinstance(x, int | float) and not isinstance(x, bool) and -100 < x < 100
    assert isinstance(n, int) and LOW <= n <= HIGH
    assert x != 0 or n > 0
    try:
        value = x**n
    except OverflowError:
        value = float("inf")
    assert -(10**4) <= value <= 10**4


def _small(rng: random.Random) -> list:
    while True:
        x = round(rng.uniform(-100, 100) if rng.random() < 0.3 else rng.uniform(-3, 3), 4)
        n = rng.randint(-12, 12)
        if (x != 0 or n > 0) and abs(x) < 100 and abs(x**n) <= 10**4:
            return [x, n]


def generate(rng: random.Random) -> list[list]:
    cases = [_small(rng) for _ in range(12)]
    cases.append([rng.choice((1.0, -1.0)), rng.choice((LOW, HIGH, rng.randint(LOW, HIGH)))])
    cases.append([1 + rng.randint(1, 4) * 1e-9, rng.randint(HIGH // 2, HIGH)])
    cases.append([rng.choice((2.0, -3.5, 50.25)), rng.randint(LOW, LOW // 2)])
    cases.append([rng.choice((0.5, -0.999)), rng.randint(HIGH // 2, HIGH)])
    return cases
