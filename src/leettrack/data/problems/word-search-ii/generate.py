"""Random boards over a few letters with lists of distinct words, some random paths on the
board (present) and the others random strings (mostly absent): a dozen small ones (half and
half), a full-size board of all letters with 1000 words, and three of the largest allowed (12 x 12
board of four letters, 3 * 10^4 words of up to 10 letters, a quarter of them paths), where
searching the board again for every word runs out of time."""

import random
import string

MAX_SIDE = 12
MAX_WORDS = 3 * 10**4
MAX_LENGTH = 10


def check(board: list[list[str]], words: list[str]) -> None:
    assert 1 <= len(board) <= MAX_SIDE and 1 <= len(board[0]) <= MAX_SIDE
    assert all(len(row) == len(board[0]) for row in board)
    assert all(len(cell) == 1 and cell in string.ascii_lowercase for row in board for cell in row)
    assert 1 <= len(words) <= MAX_WORDS
    assert all(1 <= len(word) <= MAX_LENGTH for word in words)
    assert all(letter in string.ascii_lowercase for word in words for letter in word)
    assert len(set(words)) == len(words), "the words are distinct"


def _path_word(rng: random.Random, board: list[list[str]], length: int) -> str:
    """The letters along a random path that never reuses a cell (shorter if it gets stuck)."""
    rows, cols = len(board), len(board[0])
    path = [(rng.randrange(rows), rng.randrange(cols))]
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


def _case(
    rng: random.Random, rows: int, cols: int, letters: int, count: int, length: int, paths=0.5
) -> list:
    alphabet = rng.sample(string.ascii_lowercase, letters)
    board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
    words: dict[str, None] = {}  # distinct, in the order drawn
    while len(words) < count:
        size = rng.randint(1, length)
        if rng.random() < paths:
            words[_path_word(rng, board, size)] = None
        else:
            words["".join(rng.choice(alphabet) for _ in range(size))] = None
    return [board, list(words)]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 6), rng.randint(1, 6), rng.randint(2, 5), rng.randint(1, 12), 6)
        for _ in range(12)
    ]
    cases.append(_case(rng, MAX_SIDE, MAX_SIDE, 26, 1000, MAX_LENGTH))
    cases += [_case(rng, MAX_SIDE, MAX_SIDE, 4, MAX_WORDS, MAX_LENGTH, 0.25) for _ in range(3)]
    return cases
