"""Fresh lists, strings and one-shot iterators of random lengths (empty ones included) and
window sizes up to beyond their length."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for length in (0, 1, 5, 9, 16):
        items = [rng.randint(-50, 50) for _ in range(length)]
        cases.append({"expr": f"list(windows(iter({items}), {rng.randint(1, 6)}))"})
    text = "".join(rng.choices("abcxyz", k=rng.randint(3, 12)))
    cases.append({"expr": f"list(windows({text!r}, {rng.randint(1, 4)}))"})
    for count in (1, 2, 3, 5):
        sources = [
            rng.choice(
                [
                    [rng.randint(0, 99) for _ in range(rng.randint(0, 6))],
                    "".join(rng.choices("pqrs", k=rng.randint(0, 6))),
                ]
            )
            for _ in range(count)
        ]
        arguments = ", ".join(f"iter({source!r})" for source in sources)
        cases.append({"expr": f"list(round_robin({arguments}))"})
    return cases
