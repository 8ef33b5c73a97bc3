"""Binary trees in level order with values in [-10^4, 10^4]: random height-balanced shapes of
heights 0 to 12, half of them (when 3 high or more) with one node whose subtrees differ
in height by 2 (unbalanced, often deep down), and a few paths."""

import random


def check(root: list) -> None:
    assert not root or (root[0] is not None and root[-1] is not None)
    values = [value for value in root if value is not None]
    assert len(values) <= 5000
    assert all(isinstance(value, int) and -(10**4) <= value <= 10**4 for value in values)


def _shape(rng: random.Random, height: int, broken: bool):
    """Nested (left, right) pairs of a balanced shape; ``broken`` unbalances one node."""
    if height == 0:
        return None
    if broken and height >= 3 and (height <= 4 or rng.random() < 0.3):
        heights, broken = [height - 1, height - 3], False
        rng.shuffle(heights)
    else:
        heights = rng.choice(
            [[height - 1, height - 1], [height - 1, height - 2], [height - 2, height - 1]]
        )
        heights = [max(0, h) for h in heights]
    side = rng.randrange(2)
    return tuple(_shape(rng, h, broken and index == side) for index, h in enumerate(heights))


def _level_order(rng: random.Random, shape) -> list:
    values, queue = [], [shape]
    for node in queue:  # the queue grows while it is read
        values.append(None if node is None else rng.randint(-(10**4), 10**4))
        if node is not None:
            queue += node
    while values and values[-1] is None:
        values.pop()
    return values


def generate(rng: random.Random) -> list[list]:
    cases = [
        [_level_order(rng, _shape(rng, rng.randint(0, 5), index % 2 == 1))] for index in range(16)
    ]
    for length in (2, 3, 30):
        path = None
        for _ in range(length):
            path = (path, None) if rng.random() < 0.5 else (None, path)
        cases.append([_level_order(rng, path)])
    cases += [[_level_order(rng, _shape(rng, 12, broken))] for broken in (False, True)]
    return cases
