"""Random triplets around a random target (some above it somewhere, some matching it in one or
two positions), true and false cases alike, up to the largest size (10^5 triplets, with small values to keep the input short)."""

import random


def check(triplets: list[list[int]], target: list[int]) -> None:
    assert 1 <= len(triplets) <= 10**5
    assert len(target) == 3 and all(1 <= value <= 1000 for value in target)
    assert all(len(t) == 3 and all(1 <= value <= 1000 for value in t) for t in triplets)


def _triplet(rng: random.Random, target: list[int]) -> list[int]:
    triplet = []
    for goal in target:
        kind = rng.random()
        if kind < 0.35:
            triplet.append(goal)
        elif kind < 0.5 and goal < 1000:
            triplet.append(rng.randint(goal + 1, 1000))
        else:
            triplet.append(rng.randint(1, goal))
    return triplet


def _case(rng: random.Random, size: int, most: int = 1000, hide: bool = False) -> list:
    target = [rng.randint(1, most) for _ in range(3)]
    triplets = [_triplet(rng, target) for _ in range(size)]
    if hide:  # the first target value only comes with a value above the target
        for triplet in triplets:
            if triplet[0] == target[0] and triplet[1] <= target[1] and triplet[2] <= target[2]:
                triplet[0] = rng.randint(1, target[0] - 1) if target[0] > 1 else 2
    return [triplets, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 8)) for _ in range(14)]
    cases += [_case(rng, 10**5, most=99, hide=hide) for hide in (False, True)]
    return cases
