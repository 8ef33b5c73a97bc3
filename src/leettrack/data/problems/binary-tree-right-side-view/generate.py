"""Random binary trees in level order, up to the largest size (100 nodes): random shapes and
chains, some leaning left so that left nodes show on the right side."""

import random


def check(root: list) -> None:
    assert len(root) == 0 or (root[0] is not None and root[-1] is not None)
    values = [value for value in root if value is not None]
    assert len(values) <= 100
    assert all(isinstance(value, int) and -100 <= value <= 100 for value in values)


def _tree(rng: random.Random, size: int, chain: bool) -> list:
    children = [[-1, -1] for _ in range(size)]
    for node in range(1, size):
        parent, side = node - 1 if chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    values, queue = [], [0] if size else []
    for node in queue:  # the queue grows while it is read
        values.append(None if node == -1 else rng.randint(-100, 100))
        if node != -1:
            queue += children[node]
    while values and values[-1] is None:
        values.pop()
    return [values]


def generate(rng: random.Random) -> list[list]:
    cases = [_tree(rng, rng.randint(0, 30), chain=rng.random() < 0.2) for _ in range(12)]
    cases += [_tree(rng, 100, chain=chain) for chain in (False, True)]
    return cases
