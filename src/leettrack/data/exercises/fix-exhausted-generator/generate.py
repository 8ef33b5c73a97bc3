"""Fresh lines of measurements mixed with blanks and (indented) comments, and positive values
passed as generators."""

import random


def _line(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        return rng.choice(["", "   ", "\t"])
    if kind < 0.3:
        return rng.choice(["", "  ", "\t"]) + "# " + rng.choice(["note", "calibration", "42"])
    number = rng.choice([str(rng.randint(-50, 200)), f"{rng.uniform(-10, 100):.2f}"])
    return rng.choice(["", " "]) + number + rng.choice(["", " ", "\n"])


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (0, 1, 4, 10, 25):
        lines = [_line(rng) for _ in range(size)]
        cases.append({"call": "summary", "args": [lines], "compare": "approx"})
    for size in (0, 1, 5, 12):
        values = [rng.randint(1, 500) for _ in range(size)]
        cases.append({"expr": f"scale_to_max(v for v in {values})", "compare": "approx"})
    return cases
