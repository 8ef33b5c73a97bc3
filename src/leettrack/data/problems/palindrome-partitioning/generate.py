"""Random lower-case strings of 1 to 16 letters over alphabets of 1 to 26 letters (small
alphabets give many palindromes), and the largest case, 16 equal letters, with 2^15 ways."""

import random
import string


def check(s: str) -> None:
    assert 1 <= len(s) <= 16
    assert all(letter in string.ascii_lowercase for letter in s)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(16):
        alphabet = string.ascii_lowercase[: rng.choice([1, 2, 2, 3, 26])]
        cases.append(["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))])
    cases.append(["".join(rng.choice("ab") for _ in range(16))])
    cases.append([rng.choice(string.ascii_lowercase) * 16])
    return cases
