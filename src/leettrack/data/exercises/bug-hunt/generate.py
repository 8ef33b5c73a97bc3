"""Fresh order lists: items in mixed case and spacing, ties, bad lines, blanks, and days
without a single valid order."""

import random

ITEMS = ["apple", "pear", "fig", "kiwi", "lime", "plum", "mango"]
BAD = ["apple", "pear,", ",3", "fig,two", "kiwi,2.5", "lime,0", "plum,-1", "a,b,c", "mango;2"]


def _order(rng: random.Random, items: list[str]) -> str:
    item = rng.choice(items)
    item = rng.choice([item, item.upper(), item.capitalize()])
    space = rng.choice(["", " ", "  "])
    return f"{space}{item}{space},{rng.choice(['', ' '])}{rng.randint(1, 9)}"


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for valid in (1, rng.randint(2, 5), rng.randint(6, 12), 0):
        items = rng.sample(ITEMS, rng.randint(2, 4))
        lines = [_order(rng, items) for _ in range(valid)]
        lines += rng.choices([*BAD, "", "   "], k=rng.randint(0, 4))
        rng.shuffle(lines)
        cases.append({"stdin": "".join(line + "\n" for line in lines)})
    return cases
