"""Random task lists over a few or all 26 letters, often with one or more letters much more
frequent than the others, and cooling times from 0 to 100; the largest lists hold 10^4 tasks."""

import random
import string


def check(tasks: list[str], n: int) -> None:
    assert 1 <= len(tasks) <= 10**4
    assert all(len(task) == 1 and task in string.ascii_uppercase for task in tasks)
    assert 0 <= n <= 100


def _case(rng: random.Random, size: int, letters: int, heavy: int) -> list:
    alphabet = rng.sample(string.ascii_uppercase, letters)
    weights = [rng.randint(5, 20) if index < heavy else 1 for index in range(letters)]
    tasks = rng.choices(alphabet, weights, k=size)
    return [tasks, rng.choice([0, 1, 2, rng.randint(0, 100)])]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 20), rng.randint(1, 26), rng.randint(0, 3)) for _ in range(14)
    ]
    cases.append(_case(rng, 10**4, 26, 0))
    cases.append(_case(rng, 10**4, 26, 2))
    cases.append([rng.choices("AB", k=10**4), 100])
    return cases
