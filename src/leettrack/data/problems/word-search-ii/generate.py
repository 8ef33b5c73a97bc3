"""Random boards over a few letters with lists of distinct words, some random paths on the
board (present) and the others random strings (mostly absent): a dozen small ones (half and
half), a full-size board of all letters with 1000 words, and three of the largest allowed (12 x 12
board of four letters, 3 * 10^4 words of up to 10 letters, a quarter of them paths), where
searching the board again for every word runs out of time."""

import random
import string

from leettrack.problems.inputs import check_grid, path_word

MAX_SIDE = 12
MAX_WORDS = 3 * 10**4
MAX_LENGTH = 10


def check(board: list[list[str]], words: list[str]) -> None:
    check_grid(board, MAX_SIDE, set(string.ascii_lowercase))
    assert 1 <= len(words) <= MAX_WORDS
    assert all(1 <= len(word) <= MAX_LENGTH for word in words)
    assert all(letter in string.ascii_lowercase for word in words for letter in word)
    assert len(set(words)) == len(words), "the words are distinct"


def _case(
    rng: random.Random, rows: int, cols: int, letters: int, count: int, length: int, paths=0.5
) -> list:
    alphabet = rng.sample(string.ascii_lowercase, letters)
    board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
    words: dict[str, None] = {}  # distinct, in the order drawn
    while len(words) < count:
        size = rng.randint(1, length)
        if rng.random() < paths:
            words[path_word(rng, board, size)] = None
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
