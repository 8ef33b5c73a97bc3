"""Fresh whole-number and fractional ranges, rising and falling, some of them empty."""

import random


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(4):
        start, stop = rng.randint(-15, 15), rng.randint(-15, 15)
        step = rng.choice([1, 2, 3, 5]) * rng.choice([1, -1])
        cases.append({"expr": f"list(StepRange({start}, {stop}, {step}))"})
        cases.append({"expr": f"len(StepRange({start}, {stop}, {step}))"})
    for _ in range(3):
        start = rng.randint(-40, 40) / 10
        stop = start + rng.choice([1, -1]) * rng.randint(0, 30) / 10
        step = rng.choice([0.1, 0.2, 0.25, 0.3, 0.5, 0.7]) * (1 if stop >= start else -1)
        cases.append({"expr": f"list(StepRange({start}, {stop}, {step}))", "compare": "approx"})
        cases.append({"expr": f"len(StepRange({start}, {stop}, {step}))"})
    return cases
