"""Binary trees in level order with values in [-100, 100]: small ones of random shapes, a few
zigzag paths, and the largest (10^4 nodes) as a random tree and as a single long path, where
measuring heights anew from every node runs out of time."""

import random


def check(root: list) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = [value for value in root if value is not None]
    assert 1 <= len(values) <= 10**4
    assert all(isinstance(value, int) and -100 <= value <= 100 for value in values)


def _tree(rng: random.Random, size: int, path: bool) -> list:
    """``size`` nodes, each hung below a random node (or the previous one, for a path)."""
    children = [[-1, -1] for _ in range(size)]
    for node in range(1, size):
        parent, side = node - 1 if path else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    values, queue = [], [0]
    for node in queue:  # the queue grows while it is read
        values.append(None if node == -1 else rng.randint(-100, 100))
        if node != -1:
            queue += children[node]
    while values[-1] is None:
        values.pop()
    return [values]


def generate(rng: random.Random) -> list[list]:
    cases = [_tree(rng, rng.randint(1, 15), path=rng.random() < 0.2) for _ in range(14)]
    cases += [_tree(rng, 10**4, path=False), _tree(rng, 10**4, path=True)]
    return cases
