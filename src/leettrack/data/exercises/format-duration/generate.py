"""Fresh durations: seconds, minutes, hours, days, exact boundaries, and a negative one."""

import random


def generate(rng: random.Random) -> list[dict]:
    seconds = [rng.randint(0, 59), rng.randint(60, 3599), rng.randint(3600, 86399)]
    seconds += [rng.randint(86400, 10**6), 3600 * rng.randint(1, 30), -rng.randint(1, 500)]
    rng.shuffle(seconds)
    return [{"call": "format_duration", "args": [value]} for value in seconds]
