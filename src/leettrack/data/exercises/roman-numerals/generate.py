"""Fresh numbers to write in Roman numerals, and canonical numerals to read."""

import random

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _numeral(number: int) -> str:
    digits = []
    for value, symbol in VALUES:
        count, number = divmod(number, value)
        digits.append(symbol * count)
    return "".join(digits)


def generate(rng: random.Random) -> list[dict]:
    cases = [{"call": "to_roman", "args": [rng.randint(1, 3999)]} for _ in range(4)]
    cases += [{"call": "from_roman", "args": [_numeral(rng.randint(1, 3999))]} for _ in range(4)]
    return cases
