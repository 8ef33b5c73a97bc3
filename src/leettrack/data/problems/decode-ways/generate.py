"""Random digit strings whose number of decodings fits in 32 bits: a dozen short ones with
many 0s, 1s and 2s, some of length 100, and the largest-answer kind: 55 digits 3-9 then 45
digits 1-2 (1,836,311,903 decodings), where trying every split runs out of time."""

import random

MAX_LENGTH = 100
MAX_ANSWER = 2**31 - 1


def _decodings(s: str) -> int:
    previous, before = 1, 0
    for index, digit in enumerate(s):
        current = previous if digit != "0" else 0
        if index > 0 and s[index - 1] != "0" and int(s[index - 1 : index + 1]) <= 26:
            current += before
        previous, before = current, previous
    return previous


def check(s: str) -> None:
    assert 1 <= len(s) <= MAX_LENGTH
    assert all(character in "0123456789" for character in s)
    assert _decodings(s) <= MAX_ANSWER, "the answer fits in a 32-bit integer"


def _random(rng: random.Random, length: int, digits: str) -> str:
    while True:
        s = "".join(rng.choice(digits) for _ in range(length))
        if _decodings(s) <= MAX_ANSWER:
            return s


def generate(rng: random.Random) -> list[list]:
    cases = [[_random(rng, rng.randint(1, 12), "0011122233456789")] for _ in range(10)]
    cases += [[_random(rng, MAX_LENGTH, "0112223456789")] for _ in range(3)]
    tail = "".join(rng.choice("12") for _ in range(45))
    cases.append(["".join(rng.choice("3456789") for _ in range(55)) + tail])
    return cases
