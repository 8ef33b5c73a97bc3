"""Random arrays with exactly one pair adding up to the target; the last case is the largest
allowed, with its pair at the far end, where trying every pair runs out of time."""

import random

LIMIT = 10**9


def check(nums: list[int], target: int) -> None:
    assert 2 <= len(nums) <= 10**5
    assert all(-LIMIT <= number <= LIMIT for number in nums) and -LIMIT <= target <= LIMIT
    pairs = 0
    seen: dict[int, int] = {}
    for number in nums:
        pairs += seen.get(target - number, 0)
        seen[number] = seen.get(number, 0) + 1
    assert pairs == 1, "exactly one pair adds up to the target"


def _case(rng: random.Random, size: int, last: bool) -> list:
    # Distinct even numbers never pair up to an odd target; one odd number completes the pair.
    target = 2 * rng.randint(-(10**8), 10**8) + 1
    evens = rng.sample(range(-(10**8), 10**8), size - 1)
    nums = [2 * value for value in evens]
    first = rng.randrange(size - 1) if not last else size - 2
    odd = target - nums[first]
    position = size - 1 if last else rng.randrange(size)
    nums.insert(position, odd)
    return [nums, target]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(2, 50), last=False) for _ in range(8)]
    cases.append(_case(rng, 10**5, last=True))
    return cases
