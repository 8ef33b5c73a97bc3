"""Fresh numbers: small, large, squares of primes, and limits for the list."""

import random

PRIMES = [101, 211, 307, 401, 503, 601, 701, 809, 907, 1009]


def generate(rng: random.Random) -> list[dict]:
    numbers = [rng.randint(-5, 30), rng.randint(31, 10_000), rng.randint(10**6, 10**9)]
    numbers += [rng.choice(PRIMES) ** 2, rng.choice(PRIMES) * rng.choice(PRIMES)]
    cases = [{"call": "is_prime", "args": [n]} for n in numbers]
    cases += [{"call": "primes_up_to", "args": [rng.randint(0, 200)]} for _ in range(2)]
    return cases
