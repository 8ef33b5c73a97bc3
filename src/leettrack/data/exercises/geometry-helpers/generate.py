"""Fresh radii, points in every quadrant, and wall areas that are whole multiples of a tin's
coverage or not."""

import random


def _point(rng: random.Random) -> list[float]:
    return [rng.randint(-50, 50), rng.randint(-50, 50)]


def generate(rng: random.Random) -> list[dict]:
    cases = [
        {"call": "circle_area", "args": [round(rng.uniform(0, 100), 2)], "compare": "approx"},
        {"call": "circle_area", "args": [-rng.randint(1, 10)]},
    ]
    for _ in range(3):
        cases.append({"call": "distance", "args": [_point(rng), _point(rng)], "compare": "approx"})
    coverage = rng.randint(1, 20)
    for area in (coverage * rng.randint(0, 30), rng.randint(1, 600)):
        cases.append({"call": "paint_tins", "args": [area, coverage]})
    cases.append({"call": "paint_tins", "args": [rng.randint(1, 99), -rng.randint(0, 5)]})
    for _ in range(4):
        point = _point(rng)
        while point == [0, 0]:
            point = _point(rng)
        cases.append({"call": "heading", "args": point, "compare": "approx"})
    return cases
