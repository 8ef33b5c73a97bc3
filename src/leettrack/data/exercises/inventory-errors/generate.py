"""Fresh stocks and requests: some can be served, some ask for too much, some name an item the
shop does not have, some ask for nothing."""

import random

ITEMS = ["apple", "pear", "fig", "kiwi", "lime", "plum"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(4):
        stock = {item: rng.randint(0, 6) for item in rng.sample(ITEMS, rng.randint(1, 4))}
        item, quantity = rng.choice(ITEMS), rng.choice([0, 1, 2, 3, 5, 8])
        cases.append({"setup": f"stock = {stock!r}",
                      "expr": f"(take(stock, {item!r}, {quantity}), stock)"})
        order = {item: rng.randint(1, 4) for item in rng.sample(ITEMS, rng.randint(1, 3))}
        cases.append({
            "setup": f"stock = {stock!r}\ntry:\n    result = fulfil(stock, {order!r})\n"
                     "except InventoryError as error:\n    result = type(error).__name__",
            "expr": "(result, stock)",
        })
    return cases
