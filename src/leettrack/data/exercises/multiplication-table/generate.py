"""Fresh table sizes across the widths, padded with spaces, and refused inputs."""

import random


def generate(rng: random.Random) -> list[dict]:
    sizes = [rng.randint(1, 3), rng.randint(4, 9), rng.randint(10, 20)]
    stdins = [f"{rng.choice(['', ' '])}{n}{rng.choice(['', '  '])}\n" for n in sizes]
    stdins.append(f"{rng.choice([0, rng.randint(21, 99), -rng.randint(1, 9)])}\n")
    return [{"stdin": stdin} for stdin in stdins]
