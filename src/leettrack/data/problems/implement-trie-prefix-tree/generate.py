"""Random sequences of Trie operations: words over a few letters (so that they share prefixes)
inserted, searched and looked up as prefixes, the queries being stored words, their prefixes or
other words. The largest sequences have 3 * 10^4 calls on short words (where scanning the stored
words on each query runs out of time) or a hundred calls on words of 2000 letters."""

import random


def check(operations: list, arguments: list) -> None:
    assert len(operations) == len(arguments) and operations[0] == "Trie" and arguments[0] == []
    assert len(operations) - 1 <= 3 * 10**4
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        assert name in ("insert", "search", "startsWith") and len(values) == 1
        assert isinstance(values[0], str) and 1 <= len(values[0]) <= 2000
        assert all("a" <= letter <= "z" for letter in values[0])


def _case(rng: random.Random, calls: int, letters: str, longest: int) -> list:
    operations, arguments, stored = ["Trie"], [[]], []

    def word() -> str:
        return "".join(rng.choices(letters, k=rng.randint(max(1, longest - 8), longest)))

    for call in range(calls):
        if call < calls // 3 or not stored or rng.random() < 0.2:
            operations.append("insert")
            stored.append(rng.choice(stored) if stored and rng.random() < 0.1 else word())
            arguments.append([stored[-1]])
            continue
        operations.append(rng.choice(["search", "startsWith"]))
        text = rng.choice(stored) if rng.random() < 0.5 else word()
        if rng.random() < 0.5:
            text = text[: rng.randint(1, len(text))]
        arguments.append([text])
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 30), "abc"[: rng.randint(1, 3)], rng.randint(1, 6))
        for _ in range(15)
    ]
    cases.append(_case(rng, 100, "ab", 2000))
    cases.append(_case(rng, 3 * 10**4, "abcdefghijklmnopqrstuvwxyz", 12))
    return cases
