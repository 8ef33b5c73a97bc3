"""Random boards of a few letters (mixing cases), each with a word that is a random path on the
board (present), a path with one letter changed, or random letters: a dozen small ones and a
few of the largest allowed size (6 x 6 board, 15 letters), among them the classic hard case of
a board of one letter and a word of that letter ending in another."""

import random

MAX_SIDE = 6
MAX_WORD = 15
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def check(board: list[list[str]], word: str) -> None:
    assert 1 <= len(board) <= MAX_SIDE and 1 <= len(board[0]) <= MAX_SIDE
    assert all(len(row) == len(board[0]) for row in board)
    assert all(len(cell) == 1 and cell in LETTERS for row in board for cell in row)
    assert 1 <= len(word) <= MAX_WORD and all(letter in LETTERS for letter in word)


def _path_word(rng: random.Random, board: list[list[str]], length: int) -> str:
    """The letters along a random path that never reuses a cell (shorter if it gets stuck)."""
    rows, cols = len(board), len(board[0])
    cell = (rng.randrange(rows), rng.randrange(cols))
    path = [cell]
    while len(path) < length:
        r, c = path[-1]
        steps = [
            (nr, nc)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path
        ]
        if not steps:
            break
        path.append(rng.choice(steps))
    return "".join(board[r][c] for r, c in path)


def _case(rng: random.Random, rows: int, cols: int, length: int) -> list:
    alphabet = rng.choice(("AB", "ABC", "aA", "abcd", "xyzXYZ", "EOS"))
    board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
    kind = rng.randrange(3)
    if kind == 2:
        word = "".join(rng.choice(alphabet) for _ in range(length))
    else:
        word = _path_word(rng, board, length)
        if kind == 1:
            index = rng.randrange(len(word))
            word = word[:index] + rng.choice(alphabet) + word[index + 1 :]
    return [board, word]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, MAX_SIDE), rng.randint(1, MAX_SIDE), rng.randint(1, 8))
        for _ in range(12)
    ]
    cases += [_case(rng, MAX_SIDE, MAX_SIDE, MAX_WORD) for _ in range(4)]
    letter, other = rng.sample(LETTERS, 2)
    cases.append([[[letter] * MAX_SIDE for _ in range(MAX_SIDE)], letter * 11 + other])
    cases.append([[[letter] * MAX_SIDE for _ in range(MAX_SIDE)], letter * MAX_WORD])
    return cases
