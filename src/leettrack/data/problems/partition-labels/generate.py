"""Random lower-case strings of 1 to 500 letters: some over small alphabets (few, long parts),
some built from blocks of disjoint letters (many parts), and two of the largest size."""

import random
import string


def check(s: str) -> None:
    assert 1 <= len(s) <= 500
    assert all(letter in string.ascii_lowercase for letter in s)


def _random(rng: random.Random, size: int) -> str:
    alphabet = string.ascii_lowercase[: rng.choice((1, 3, 10, 26))]
    return "".join(rng.choice(alphabet) for _ in range(size))


def _blocks(rng: random.Random, size: int) -> str:
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    cuts = sorted(rng.sample(range(1, 26), rng.randint(1, 12)))
    groups = [letters[a:b] for a, b in zip([0, *cuts], [*cuts, 26])]
    share = max(1, size // len(groups))
    return "".join("".join(rng.choice(group) for _ in range(share)) for group in groups)[:size]


def generate(rng: random.Random) -> list[list]:
    cases = [[_random(rng, rng.randint(1, 30))] for _ in range(7)]
    cases += [[_blocks(rng, rng.randint(26, 60))] for _ in range(6)]
    cases += [[_random(rng, 500)], [_blocks(rng, 500)]]
    return cases
