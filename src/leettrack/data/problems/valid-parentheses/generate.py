"""Random balanced bracket strings, kept or spoilt (a bracket changed or dropped); the last six
cases are the largest allowed, nested as deep as possible (where removing pairs again and again
runs out of time), two of them spoilt at their very end."""

import random

LIMIT = 10**4
CLOSE = {"(": ")", "[": "]", "{": "}"}


def check(s: str) -> None:
    assert 1 <= len(s) <= LIMIT
    assert set(s) <= set("()[]{}")


def _balanced(rng: random.Random, pairs: int) -> list[str]:
    text, stack, opened = [], [], 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.5):
            stack.append(rng.choice("([{"))
            text.append(stack[-1])
            opened += 1
        else:
            text.append(CLOSE[stack.pop()])
    return text


def _spoilt(rng: random.Random, text: list[str]) -> list[str]:
    i = rng.randrange(len(text))
    if len(text) > 1 and rng.random() < 0.3:
        return text[:i] + text[i + 1 :]
    text[i] = rng.choice([c for c in "()[]{}" if c != text[i]])
    return text


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        text = _balanced(rng, rng.randint(1, 12))
        cases.append("".join(_spoilt(rng, text) if rng.random() < 0.5 else text))
    for last in (False, False, False, False, True, True):
        opened = [rng.choice("([{") for _ in range(LIMIT // 2)]
        text = opened + [CLOSE[c] for c in reversed(opened)]
        if last:
            text[-1] = rng.choice([c for c in ")]}" if c != text[-1]])
        cases.append("".join(text))
    return [[text] for text in cases]
