"""Fresh start dates on every weekday, spans of up to two months, holidays near the start, and
pairs of dates in either order."""

import random
from datetime import date, timedelta


def _day(rng: random.Random) -> date:
    return date(2020, 1, 1) + timedelta(days=rng.randint(0, 3650))


def _holidays(rng: random.Random, near: date) -> list[str]:
    return [(near + timedelta(days=rng.randint(0, 40))).isoformat()
            for _ in range(rng.randint(0, 4))]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(4):
        start = _day(rng)
        args = [start.isoformat(), rng.randint(0, 40)]
        if rng.random() < 0.6:
            args.append(_holidays(rng, start))
        cases.append({"call": "add_business_days", "args": args})
    for _ in range(3):
        start = _day(rng)
        end = start + timedelta(days=rng.randint(0, 60))
        cases.append({"call": "business_days_between",
                      "args": [start.isoformat(), end.isoformat(), _holidays(rng, start)]})
    start = _day(rng)
    earlier = start - timedelta(days=rng.randint(1, 30))
    cases.append({"call": "business_days_between",
                  "args": [start.isoformat(), earlier.isoformat()]})
    return cases
