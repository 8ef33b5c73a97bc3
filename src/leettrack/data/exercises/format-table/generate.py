"""Fresh tables: names of any length, sales from cents to millions, rises and falls."""

import random

REGIONS = ["North", "South", "East", "West", "Centre", "Islands", "Far North-East", "N", "Coast"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 3, 6):
        rows = []
        for region in rng.sample(REGIONS, size):
            sales = round(rng.uniform(0, 10 ** rng.randint(1, 8)), rng.choice([0, 1, 2]))
            change = rng.randint(-1000, 2000) / 1000
            rows.append([region, sales, change])
        cases.append({"call": "sales_table", "args": [rows]})
    return cases
