"""Random strings over two or three characters, some with a planted palindrome, redrawn until the
longest palindromic piece is unique; the last cases are the largest allowed."""

import random
import string

LIMIT = 1000


def _longest(s: str) -> set[str]:
    """Every palindromic piece of the greatest length."""
    found: dict[int, set[str]] = {}
    for center in range(2 * len(s) - 1):
        left, right = center // 2, (center + 1) // 2
        while left >= 0 and right < len(s) and s[left] == s[right]:
            left -= 1
            right += 1
        found.setdefault(right - left - 1, set()).add(s[left + 1 : right])
    return found[max(found)]


def check(s: str) -> None:
    assert 1 <= len(s) <= LIMIT
    assert all(c in string.ascii_letters + string.digits for c in s)
    assert len(_longest(s)) == 1, "exactly one longest palindromic piece"


def _case(rng: random.Random, size: int) -> list:
    alphabet = rng.sample(string.ascii_letters + string.digits, rng.choice([2, 3]))
    while True:
        text = rng.choices(alphabet, k=size)
        if rng.random() < 0.5 and size >= 2:  # mirror a piece in place
            length = rng.randint(2, max(2, size // 3))
            start = rng.randrange(size - length + 1)
            half = text[start : start + length // 2]
            text[start + (length + 1) // 2 : start + length] = half[::-1]
        if len(_longest("".join(text))) == 1:
            return ["".join(text)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 30)) for _ in range(12)]
    cases += [_case(rng, LIMIT) for _ in range(6)]
    return cases
