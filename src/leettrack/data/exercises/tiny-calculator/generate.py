"""Fresh random expressions: nested parentheses, unary minus, mixed spacing. Divisors are
always non-zero numbers, so only whole-number results are exact and quotients are compared
approximately."""

import random


def _expression(rng: random.Random, depth: int) -> tuple[str, bool]:
    """The text of an expression and whether it contains a division."""
    if depth == 0 or rng.random() < 0.25:
        number = str(rng.randint(0, 20))
        return ("-" + number, False) if rng.random() < 0.15 else (number, False)
    operator = rng.choice("+-*/" if depth > 1 else "+-*")
    left, left_divides = _expression(rng, depth - 1)
    if operator == "/":
        right, right_divides = str(rng.randint(1, 9)), False
    else:
        right, right_divides = _expression(rng, depth - 1)
    space = rng.choice(["", " "])
    text = f"{left}{space}{operator}{space}{right}"
    if rng.random() < 0.4:
        text = ("-" if rng.random() < 0.2 else "") + f"({text})"
    return text, left_divides or right_divides or operator == "/"


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for depth in (1, 2, 3, 4, 4, 5):
        text, divides = _expression(rng, depth)
        case = {"call": "evaluate", "args": [text]}
        cases.append({**case, "compare": "approx"} if divides else case)
        if depth <= 3:
            cases.append({"call": "tokenize", "args": [text]})
    return cases
