"""Random boards of a few letters (mixing cases), each with a word that is a random path on the
board (present), a path with one letter changed, or random letters: a dozen small ones and a
few of the largest allowed size (6 x 6 board, 15 letters), among them the classic hard case of
a board of one letter and a word of that letter ending in another."""

import random

from leettrack.problems.inputs import check_grid, path_word

MAX_SIDE = 6
MAX_WORD = 15
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def check(board: list[list[str]], word: str) -> None:
    check_grid(board, MAX_SIDE, set(LETTERS))
    assert 1 <= len(word) <= MAX_WORD and all(letter in LETTERS for letter in word)


def _case(rng: random.Random, rows: int, cols: int, length: int) -> list:
    alphabet = rng.choice(("AB", "ABC", "aA", "abcd", "xyzXYZ", "EOS"))
    board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
    kind = rng.randrange(3)
    if kind == 2:
        word = "".join(rng.choice(alphabet) for _ in range(length))
    else:
        word = path_word(rng, board, length)
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
