"""Fresh texts to parse: ages in and out of range, with spaces, and texts that are no age."""

import random


def generate(rng: random.Random) -> list[dict]:
    texts = [str(rng.randint(0, 150)) for _ in range(3)]
    texts.append(" " * rng.randint(1, 3) + str(rng.randint(0, 150)) + " " * rng.randint(0, 3))
    texts.append(str(rng.randint(151, 10_000)))
    texts.append(str(-rng.randint(1, 200)))
    texts.append(f"{rng.randint(0, 99)}.{rng.randint(1, 9)}")
    texts.append("".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 6))))
    rng.shuffle(texts)
    return [{"call": "parse_age", "args": [text]} for text in texts]
