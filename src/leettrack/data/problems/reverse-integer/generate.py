"""Random 32-bit integers of every length and both signs, some ending in zeros, and some
10-digit ones whose reverse lies just inside or just outside the 32-bit range."""

import random

LOW, HIGH = -(2**31), 2**31 - 1


def check(x: int) -> None:
    assert LOW <= x <= HIGH


def _near_limit(rng: random.Random) -> int:
    # Reverses of numbers close to the limits, themselves inside the range.
    while True:
        reverse = rng.randint(HIGH - 10**4, HIGH + 10**4)
        if reverse % 10 in (1, 2):  # the reverse's last digit leads x, which must stay in range
            x = int(str(reverse)[::-1])
            if x <= HIGH:
                return x if rng.random() < 0.5 else -x


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(14):
        x = rng.randint(0, 10 ** rng.randint(1, 9)) * 10 ** rng.choice((0, 0, 1, 3))
        cases.append([min(x, HIGH) * rng.choice((1, -1))])
    cases += [[_near_limit(rng)] for _ in range(6)]
    cases += [[rng.randint(LOW, HIGH)] for _ in range(4)]
    return cases
