"""Fresh pairs of dates, either way round and across leap days, and their weekdays."""

import datetime
import random

FIRST = datetime.date(1900, 1, 1).toordinal()
LAST = datetime.date(2100, 12, 31).toordinal()


def _day(rng: random.Random) -> str:
    return datetime.date.fromordinal(rng.randint(FIRST, LAST)).isoformat()


def generate(rng: random.Random) -> list[dict]:
    cases = [{"call": "days_between", "args": [_day(rng), _day(rng)]} for _ in range(4)]
    cases += [{"call": "weekday_name", "args": [_day(rng)]} for _ in range(3)]
    return cases
