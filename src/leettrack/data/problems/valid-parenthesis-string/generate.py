"""Random strings of brackets and stars (balanced ones with some brackets turned into stars,
or fully random) and the largest size (100 characters), with long runs of stars that cannot
save the string, where trying every meaning of every star never finishes."""

import random


def check(s: str) -> None:
    assert 1 <= len(s) <= 100
    assert all(char in "()*" for char in s)


def _balanced(rng: random.Random, pairs: int) -> str:
    chars, open_count = [], 0
    for remaining in range(2 * pairs, 0, -1):
        if open_count < remaining and (open_count == 0 or rng.random() < 0.5):
            chars.append("(")
            open_count += 1
        else:
            chars.append(")")
            open_count -= 1
    return "".join(chars)


def _case(rng: random.Random, size: int) -> list:
    if rng.random() < 0.6:
        s = _balanced(rng, max(1, size // 2))
        s = "".join("*" if rng.random() < 0.3 else c for c in s)
        if rng.random() < 0.3:
            s = "".join(rng.choice("()") if c != "*" and rng.random() < 0.2 else c for c in s)
        return [s]
    return ["".join(rng.choices("()*", k=size))]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 16)) for _ in range(16)]
    cases += [_case(rng, 100) for _ in range(2)]
    stars = rng.randint(60, 90)
    cases.append(["*" * stars + "(" * (100 - stars)])
    return cases
