"""Random valid expressions in reverse Polish notation over numbers in [-200, 200], built by
simulating the stack (no division by zero, every intermediate value within 32 bits): a dozen
short ones, deep and wide ones, and two of 10^4 tokens."""

import random

LOW, HIGH = -(2**31), 2**31 - 1


def _apply(operator: str, left: int, right: int) -> int:
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    if operator == "*":
        return left * right
    assert right != 0, "no division by zero"
    quotient = abs(left) // abs(right)
    return quotient if (left < 0) == (right < 0) else -quotient


def check(tokens: list[str]) -> None:
    assert 1 <= len(tokens) <= 10**4
    stack: list[int] = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            assert len(stack) >= 2, "a valid expression"
            right, left = stack.pop(), stack.pop()
            stack.append(_apply(token, left, right))
        else:
            assert token == str(int(token)) and -200 <= int(token) <= 200
            stack.append(int(token))
        assert LOW <= stack[-1] <= HIGH, "every intermediate value fits in 32 bits"
    assert len(stack) == 1, "a valid expression"


def _case(rng: random.Random, numbers: int, push_bias: float) -> list:
    tokens: list[str] = []
    stack: list[int] = []
    pushed = 0
    while pushed < numbers or len(stack) > 1:
        if pushed < numbers and (len(stack) < 2 or rng.random() < push_bias):
            value = rng.randint(-200, 200)
            tokens.append(str(value))
            stack.append(value)
            pushed += 1
            continue
        right, left = stack.pop(), stack.pop()
        choices = (
            ["+", "-"] + (["/"] if right else []) + (["*"] if abs(left * right) < 10**6 else [])
        )
        operator = rng.choice(choices)
        result = _apply(operator, left, right)
        if abs(result) > 10**8:  # keep far from the 32-bit edge
            operator = "/" if right else "-"
            result = _apply(operator, left, right)
        tokens.append(operator)
        stack.append(result)
    return [tokens]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 8), rng.random()) for _ in range(12)]
    cases += [_case(rng, 40, 0.9), _case(rng, 40, 0.1)]
    cases += [_case(rng, 5000, 0.5), _case(rng, 5000, 0.8)]
    return cases
