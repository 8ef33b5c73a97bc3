"""Random numbers written in decimal, 1 to 200 digits long without leading zeros (sometimes
"0", sometimes all nines), and two pairs of the largest length, 200 digits."""

import random


def check(num1: str, num2: str) -> None:
    for number in (num1, num2):
        assert 1 <= len(number) <= 200
        assert number.isdigit() and number.isascii()
        assert number == "0" or number[0] != "0", "no leading zero"


def _number(rng: random.Random, size: int) -> str:
    kind = rng.random()
    if kind < 0.05:
        return "0"
    if kind < 0.15:
        return "9" * size
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(size - 1))


def generate(rng: random.Random) -> list[list]:
    cases = [[_number(rng, rng.randint(1, 12)), _number(rng, rng.randint(1, 12))]
             for _ in range(14)]
    cases += [[_number(rng, rng.randint(1, 200)), _number(rng, rng.randint(1, 200))]
              for _ in range(4)]
    cases += [[_number(rng, 200), _number(rng, 200)], ["9" * 200, "9" * 200]]
    return cases
