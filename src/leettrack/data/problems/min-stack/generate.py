"""Random operation sequences on a min stack, never popping or reading an empty one: short ones
over a few values (many equal minima) and two of 3 * 10^4 calls over the whole int range."""

import random

LOW, HIGH = -(2**31), 2**31 - 1


def check(operations: list[str], arguments: list[list]) -> None:
    assert 1 <= len(operations) == len(arguments) <= 3 * 10**4 + 1
    assert operations[0] == "MinStack" and arguments[0] == []
    size = 0
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        if name == "push":
            assert len(values) == 1 and LOW <= values[0] <= HIGH
            size += 1
        else:
            assert name in ("pop", "top", "getMin") and values == []
            assert size > 0, "pop, top and getMin are called on a non-empty stack only"
            size -= name == "pop"


def _case(rng: random.Random, calls: int, low: int, high: int) -> list:
    operations, arguments, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        name = "push" if size == 0 else rng.choice(["push", "push", "pop", "top", "getMin"])
        operations.append(name)
        arguments.append([rng.randint(low, high)] if name == "push" else [])
        size += 1 if name == "push" else -(name == "pop")
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 25), -5, 5) for _ in range(12)]
    cases += [_case(rng, 3 * 10**4, LOW, HIGH) for _ in range(2)]
    return cases
