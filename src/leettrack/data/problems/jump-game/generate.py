"""Random jump lists: a dozen short ones with many zeros and small jumps, then the largest
allowed length, 10^4: long jumps that all stop one short of the end (whose last step is 0),
huge jumps (two of each), and random small jumps; marking every index a jump can reach runs
out of time on the first four."""

import random

MAX_LENGTH = 10**4
MAX_JUMP = 10**5


def check(nums: list[int]) -> None:
    assert 1 <= len(nums) <= MAX_LENGTH
    assert all(0 <= jump <= MAX_JUMP for jump in nums)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        length = rng.randint(1, 15)
        cases.append([[rng.choice((0, 0, 1, 1, 2, 3, 4)) for _ in range(length)]])
    for _ in range(2):
        # Every index can jump to the one before last, which is stuck: the answer is false.
        stuck = [max(0, MAX_LENGTH - 2 - index - rng.randint(0, 3)) for index in range(MAX_LENGTH)]
        stuck[MAX_LENGTH - 2] = 0
        cases.append([stuck])
        cases.append([[rng.randint(MAX_LENGTH, MAX_JUMP) for _ in range(MAX_LENGTH)]])
    cases.append([[rng.choice((0, 1, 2, 3)) for _ in range(MAX_LENGTH)]])
    ones = [1] * MAX_LENGTH
    ones[rng.randrange(MAX_LENGTH - 1)] = 0
    cases.append([ones])
    return cases
