"""Fresh passwords of every length around the limits, from one to four kinds of character."""

import random

KINDS = ["abcdefghijkmnopqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "0123456789", "!@#$%^&*-_ ."]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for length in (rng.randint(0, 7), 8, rng.randint(9, 11), 12, rng.randint(13, 30)):
        for _ in range(2):
            alphabet = "".join(rng.sample(KINDS, rng.randint(1, 4)))
            password = "".join(rng.choices(alphabet, k=length))
            cases.append({"call": "password_strength", "args": [password]})
    return cases
