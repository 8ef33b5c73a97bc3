"""Random height maps: a dozen small ones (few distinct heights, so plateaus are common, or any
heights), then the largest allowed, 200 x 200: a slope rising towards the Atlantic with a little
noise, where following the water from each cell separately runs out of time, and a random map
of few distinct heights."""

import random

MAX_SIDE = 200
MAX_HEIGHT = 10**5


def check(heights: list[list[int]]) -> None:
    assert 1 <= len(heights) <= MAX_SIDE
    assert 1 <= len(heights[0]) <= MAX_SIDE
    assert all(len(row) == len(heights[0]) for row in heights)
    assert all(0 <= height <= MAX_HEIGHT for row in heights for height in row)


def _random(rng: random.Random, rows: int, cols: int, top: int) -> list[list[int]]:
    return [[rng.randint(0, top) for _ in range(cols)] for _ in range(rows)]


def _slope(rng: random.Random) -> list[list[int]]:
    # Rises towards the bottom right, so almost every cell drains only into the Pacific and
    # its water can spread over a large area before that is clear.
    return [
        [100 * (row + col) + rng.choice((0, 0, 0, 50)) for col in range(MAX_SIDE)]
        for row in range(MAX_SIDE)
    ]


def generate(rng: random.Random) -> list[list]:
    cases = [
        [_random(rng, rng.randint(1, 15), rng.randint(1, 15), rng.choice((2, 5, 100, MAX_HEIGHT)))]
        for _ in range(12)
    ]
    cases.append([_slope(rng)])
    cases.append([_random(rng, MAX_SIDE, MAX_SIDE, 6)])
    return cases
