"""Fresh boards with ties on points, on points and wins, and names differing only in case; and
fresh lists of full names sharing last names."""

import random

NAMES = ["ann", "Bob", "cy", "Dee", "eve", "Fay", "gus", "Hal", "ivy", "Jo", "kai", "Lu"]
FIRST = ["Ada", "alan", "Grace", "barbara", "Edsger", "Linus", "Anne", "tim"]
LAST = ["Hopper", "turing", "Lovelace", "Liskov", "dijkstra", "Lee"]


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for size in (1, 5, 10):
        players = [
            {"name": name, "points": rng.randint(0, 4) * 3, "wins": rng.randint(0, 2)}
            for name in rng.sample(NAMES, size)
        ]
        cases.append({"call": "leaderboard", "args": [players]})
    for size in (2, 6):
        names = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(size)})
        rng.shuffle(names)
        cases.append({"call": "by_last_name", "args": [names]})
    return cases
