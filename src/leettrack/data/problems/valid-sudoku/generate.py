"""Partly filled boards cut from a random solved grid (valid), some of them with one digit
changed so that it repeats in a row, a column or a box (invalid), and a few nearly empty ones."""

import random


def check(board: list) -> None:
    assert len(board) == 9 and all(len(row) == 9 for row in board)
    assert all(
        cell == "." or (cell in "123456789" and len(cell) == 1) for row in board for cell in row
    )


def _solved(rng: random.Random) -> list[list[int]]:
    def shuffled_lines() -> list[int]:
        bands = rng.sample(range(3), 3)
        return [3 * band + line for band in bands for line in rng.sample(range(3), 3)]

    rows, cols, digits = shuffled_lines(), shuffled_lines(), rng.sample(range(1, 10), 9)
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in cols] for r in rows]


def _board(rng: random.Random, keep: float, broken: bool) -> list:
    grid = _solved(rng)
    board = [[str(d) if rng.random() < keep else "." for d in row] for row in grid]
    if broken:
        r, c = rng.randrange(9), rng.randrange(9)
        kind = rng.randrange(3)
        if kind == 0:
            r2, c2 = r, rng.choice([x for x in range(9) if x != c])
        elif kind == 1:
            r2, c2 = rng.choice([x for x in range(9) if x != r]), c
        else:
            r2, c2 = 3 * (r // 3) + rng.randrange(3), 3 * (c // 3) + rng.randrange(3)
            while (r2, c2) == (r, c):
                r2, c2 = 3 * (r // 3) + rng.randrange(3), 3 * (c // 3) + rng.randrange(3)
        board[r][c] = board[r2][c2] = str(grid[r][c])
    return [board]


def generate(rng: random.Random) -> list[list]:
    return [_board(rng, rng.uniform(0.05, 0.9), broken=index % 2 == 1) for index in range(30)]
