"""Fresh temperatures, whole and decimal, in both directions and round trips."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for call in ("celsius_to_fahrenheit", "fahrenheit_to_celsius"):
        for value in (rng.randint(-100, 300), round(rng.uniform(-100, 300), 2)):
            cases.append({"call": call, "args": [value], "compare": "approx"})
    start = round(rng.uniform(-50, 50), 1)
    cases.append({"expr": f"celsius_to_fahrenheit(fahrenheit_to_celsius({start}))",
                  "compare": "approx"})
    return cases
