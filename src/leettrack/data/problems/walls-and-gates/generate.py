"""Random buildings: small ones (walls everywhere, no gate, rooms cut off) and two of the
largest size (250 x 250) with about 400 gates and a sprinkling of walls, where a search per
gate is too slow."""

import random

EMPTY = 2**31 - 1


def check(rooms: list[list[int]]) -> None:
    assert 1 <= len(rooms) <= 250 and 1 <= len(rooms[0]) <= 250
    assert all(len(row) == len(rooms[0]) for row in rooms)
    assert all(cell in (-1, 0, EMPTY) for row in rooms for cell in row)


def _case(rng: random.Random, rows: int, cols: int, walls: float, gates: float) -> list:
    def cell() -> int:
        draw = rng.random()
        return -1 if draw < walls else 0 if draw < walls + gates else EMPTY

    return [[[cell() for _ in range(cols)] for _ in range(rows)]]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 7), rng.randint(1, 7), rng.random() * 0.5, rng.random() * 0.2)
        for _ in range(14)
    ]
    cases += [_case(rng, 250, 250, 0.15, 0.0065) for _ in range(2)]
    return cases
