"""Fresh nested documents, and paths that lead to a value, past the end of a list, through a
value that is not a container, or to a key that is missing."""

import random

KEYS = ["id", "name", "tags", "meta", "items", "owner", "0", "size"]


def _document(rng: random.Random, depth: int):
    if depth == 0 or rng.random() < 0.25:
        return rng.choice([rng.randint(0, 99), "text", None, True, 0])
    if rng.random() < 0.5:
        return [_document(rng, depth - 1) for _ in range(rng.randint(0, 3))]
    keys = rng.sample(KEYS, rng.randint(1, 3))
    return {key: _document(rng, depth - 1) for key in keys}


def _path(rng: random.Random, document) -> str:
    steps = []
    current = document
    for _ in range(rng.randint(1, 4)):
        if isinstance(current, dict) and current and rng.random() < 0.85:
            step = rng.choice(sorted(current))
            current = current[step]
        elif isinstance(current, list) and current and rng.random() < 0.85:
            index = rng.randrange(len(current))
            step, current = str(index), current[index]
        else:
            step = rng.choice(KEYS + ["5", "-1"])
            current = None
        steps.append(step)
    return ".".join(steps)


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(6):
        document = _document(rng, 4)
        cases.append({"call": "get_path", "args": [document, _path(rng, document), "missing"]})
    records = [_document(rng, 2) for _ in range(4)]
    cases.append({"call": "pluck", "args": [records, rng.choice(KEYS), -1]})
    return cases
