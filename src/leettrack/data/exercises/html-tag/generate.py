"""Fresh tags with any number of children and attributes of every kind, and fresh links."""

import random

NAMES = ["p", "span", "div", "li", "td", "button", "section"]
KEYS = ["id", "class_", "title", "hidden", "for_", "data-x", "lang", "tabindex"]
VALUES = ["main", "big red", "", True, False, None, 3, "en"]
TEXTS = ["Hello", "a", "Save", "42", "two words", "<b>bold</b>"]


def _attributes(rng: random.Random) -> dict:
    keys = rng.sample(KEYS, rng.randint(0, 4))
    return {key: rng.choice(VALUES) for key in keys}


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(5):
        children = rng.choices(TEXTS + [7, 0.5], k=rng.randint(0, 3))
        cases.append({"call": "tag", "args": [rng.choice(NAMES), *children],
                      "kwargs": _attributes(rng)})
    for _ in range(2):
        args = [f"/page/{rng.randint(1, 99)}"] + rng.choice([[], [rng.choice(TEXTS)]])
        cases.append({"call": "link", "args": args, "kwargs": _attributes(rng)})
    return cases
