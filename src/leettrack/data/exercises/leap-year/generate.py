"""Fresh years: any year, multiples of 4, of 100 and of 400."""

import random


def generate(rng: random.Random) -> list[dict]:
    years = [rng.randint(1, 9999), 4 * rng.randint(1, 2499), 100 * rng.randint(1, 99)]
    years += [400 * rng.randint(1, 24), 4 * rng.randint(1, 2499) + rng.randint(1, 3)]
    years.append(100 * rng.randint(1, 99))
    rng.shuffle(years)
    return [{"call": "is_leap_year", "args": [year]} for year in years]
