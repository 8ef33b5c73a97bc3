"""Fresh expense exports with columns in any order, notes full of commas, quotes and line
breaks, and fresh totals to write back."""

import csv
import io
import random

CATEGORIES = ["food", "travel", "rent", "books", "food, drink", "fun"]
NOTES = ["", "lunch", "train, return", 'the "good" one', "two\nlines", "x"]
COLUMNS = ["date", "category", "amount", "note"]


def _export(rng: random.Random) -> str:
    columns = rng.sample(COLUMNS, 4)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=rng.choice(["\n", "\r\n"]))
    writer.writerow(columns)
    for _ in range(rng.randint(0, 10)):
        values = {
            "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "category": rng.choice(CATEGORIES),
            "amount": f"{rng.randint(-2000, 20000) / 100:g}",
            "note": rng.choice(NOTES),
        }
        writer.writerow([values[column] for column in columns])
    return out.getvalue()


def generate(rng: random.Random) -> list[dict]:
    cases = [
        {"call": "totals_by_category", "args": [_export(rng)], "compare": "approx"}
        for _ in range(4)
    ]
    for size in (1, 4):
        totals = {category: rng.randint(-500, 50000) / 100
                  for category in rng.sample(CATEGORIES, size)}
        cases.append({"call": "to_csv", "args": [totals]})
    return cases
