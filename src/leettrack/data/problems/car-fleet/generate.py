"""Random cars on roads of random length: a dozen small cases (some with cars often catching
up exactly at the target), then 10^5 cars, where comparing every car with every car ahead of it
runs out of time."""

import random


def check(target: int, position: list[int], speed: list[int]) -> None:
    assert 1 <= len(position) <= 10**5 and len(speed) == len(position)
    assert 0 < target <= 10**6
    assert all(0 <= start < target for start in position)
    assert len(set(position)) == len(position), "all starting positions differ"
    assert all(0 < pace <= 10**6 for pace in speed)


def _case(rng: random.Random, size: int, target: int, fastest: int) -> list:
    position = rng.sample(range(target), size)
    speed = [rng.randint(1, fastest) for _ in range(size)]
    return [target, position, speed]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        target = rng.randint(1, 100)
        size = rng.randint(1, min(target, 12))
        cases.append(_case(rng, size, target, rng.choice((3, 10, 10**6))))
    # Arrival times that tie often: speeds dividing the remaining distance.
    target = 60
    position = rng.sample(range(0, 60, 6), 8)
    speed = [(target - start) // rng.choice((1, 2, 3, 6)) for start in position]
    cases.append([target, position, speed])
    cases.append(_case(rng, 10**5, 10**6, 1000))
    return cases
