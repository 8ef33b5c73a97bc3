"""Temperatures in [30, 100]: short random runs, and two of the largest size (10^5 days), one
cooling down (no warmer day ever comes) and one cool with a single hot last day, where
scanning ahead from every day runs out of time."""

import random


def check(temperatures: list[int]) -> None:
    assert 1 <= len(temperatures) <= 10**5
    assert all(30 <= temperature <= 100 for temperature in temperatures)


def generate(rng: random.Random) -> list[list]:
    cases = [[[rng.randint(30, 100) for _ in range(rng.randint(1, 30))]] for _ in range(10)]
    cases += [[[rng.randint(30, 33) for _ in range(rng.randint(1, 30))]] for _ in range(3)]
    size = 10**5
    cases.append([sorted((rng.randint(30, 100) for _ in range(size)), reverse=True)])
    cases.append([[rng.randint(30, 99) for _ in range(size - 1)] + [100]])
    return cases
