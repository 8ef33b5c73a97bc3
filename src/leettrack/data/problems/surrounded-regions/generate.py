"""Random boards of "X" and "O" of varied density: a dozen small ones, then three of the largest
allowed size, 200 x 200: a random one, one whose inside is a single enclosed region of "O", and
one whose "O" cells form a long winding corridor out to the border. On the last two, searching
anew from every "O" for a way out runs out of time."""

import random

from leettrack.problems.inputs import check_grid, random_grid, small_grids

MAX_SIDE = 200


def check(board: list[list[str]]) -> None:
    check_grid(board, MAX_SIDE, ("X", "O"))


def _enclosed(rng: random.Random, side: int) -> list[list[str]]:
    board = [["O"] * side for _ in range(side)]
    for r in range(side):
        board[r][0] = board[r][side - 1] = "X"
    board[0] = ["X"] * side
    board[side - 1] = ["X"] * side
    for _ in range(side):  # scattered walls inside; an open corner that stays open
        board[rng.randrange(2, side - 2)][rng.randrange(2, side - 2)] = "X"
    board[0][0] = "O"
    return board


def _corridor(side: int) -> list[list[str]]:
    # Open rows joined at alternating ends; the corridor reaches the border at its start only.
    board = [["X"] * side for _ in range(side)]
    for r in range(1, side - 1, 2):
        board[r][1 : side - 1] = ["O"] * (side - 2)
        if r + 2 < side - 1:
            board[r + 1][side - 2 if r % 4 == 1 else 1] = "O"
    board[1][0] = "O"
    return board


def generate(rng: random.Random) -> list[list]:
    cases = [[grid] for grid in small_grids(rng, 12, 12, (0.3, 0.5, 0.7, 0.9), "O", "X")]
    cases.append([random_grid(rng, MAX_SIDE, MAX_SIDE, 0.6, "O", "X")])
    cases.append([_enclosed(rng, MAX_SIDE)])
    cases.append([_corridor(MAX_SIDE)])
    return cases
