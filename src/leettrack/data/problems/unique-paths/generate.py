"""Random grid sizes whose number of paths is at most 2 * 10^9: a dozen small or thin ones,
and the sizes with the largest answers (such as 17 x 18, over 10^9 paths), where walking every
path one by one runs out of time."""

import math
import random

MAX_SIDE = 100
MAX_ANSWER = 2 * 10**9


def check(m: int, n: int) -> None:
    assert 1 <= m <= MAX_SIDE and 1 <= n <= MAX_SIDE
    assert math.comb(m + n - 2, m - 1) <= MAX_ANSWER, "the answer is at most 2 * 10^9"


def _largest(rng: random.Random) -> list[int]:
    # For a given number of rows, the most columns the answer allows.
    m = rng.randint(12, 20)
    n = max(col for col in range(1, MAX_SIDE + 1) if math.comb(m + col - 2, m - 1) <= MAX_ANSWER)
    return [m, n] if rng.random() < 0.5 else [n, m]


def generate(rng: random.Random) -> list[list]:
    cases = []
    while len(cases) < 12:
        m, n = rng.randint(1, 12), rng.randint(1, 12)
        if rng.random() < 0.3:
            m, n = rng.randint(1, 3), rng.randint(1, MAX_SIDE)
        cases.append([m, n])
    cases += [_largest(rng) for _ in range(2)]
    return cases
