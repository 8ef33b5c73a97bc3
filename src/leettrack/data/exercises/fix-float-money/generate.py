"""Fresh prices with zero, one or two decimals (many of them not exact in binary), bills split
in uneven ways, and discounts that land on half cents."""

import random


def _price(rng: random.Random) -> str:
    whole = rng.randint(0, 999)
    text = rng.choice(
        [f"{whole}", f"{whole}.{rng.randint(0, 9)}", f"{whole}.{rng.randint(0, 99):02d}"]
    )
    return rng.choice(["", "", "-", " "]) + text


def generate(rng: random.Random) -> list[dict]:
    cases = [{"call": "to_cents", "args": [_price(rng)]} for _ in range(6)]
    for _ in range(4):
        people = rng.randint(1, 9)
        cases.append({"call": "split_bill", "args": [rng.randint(0, 5000), people]})
    for _ in range(4):
        percent = rng.choice([5, 10, 15, 25, 30, 50, 75, rng.randint(0, 100)])
        cases.append({"call": "apply_discount", "args": [rng.randrange(1, 4000, 2), percent]})
    return cases
