"""Sorted arrays (duplicates allowed) with exactly one pair of positions adding up to the
target; the largest ones hold 3 * 10^4 numbers, one with the pair at the far end, where trying
every pair runs out of time."""

import random


def check(numbers: list[int], target: int) -> None:
    assert 2 <= len(numbers) <= 3 * 10**4
    assert all(-1000 <= number <= 1000 for number in numbers) and -1000 <= target <= 1000
    assert numbers == sorted(numbers)
    pairs, seen = 0, {}
    for number in numbers:
        pairs += seen.get(target - number, 0)
        seen[number] = seen.get(number, 0) + 1
    assert pairs == 1, "exactly one pair adds up to the target"


def _case(rng: random.Random, size: int, far: bool) -> list:
    # Even numbers never add up to an odd target: the one odd number and the one copy of its
    # partner make the only pair. Far: the partner is the largest even number, below the odd.
    if far:
        evens = [2 * rng.randint(-500, -2) for _ in range(size - 2)]
        partner, odd = -2, 2 * rng.randint(0, 499) + 1
    else:
        partner, odd = 2 * rng.randint(-250, 250), 2 * rng.randint(-250, 249) + 1
        evens = [2 * rng.randint(-500, 500) for _ in range(size - 2)]
        evens = [value for value in evens if value != partner]
    return [sorted(evens + [partner, odd]), partner + odd]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(2, 40), far=False) for _ in range(12)]
    cases += [_case(rng, 3 * 10**4, far=True), _case(rng, 3 * 10**4, far=False)]
    return cases
