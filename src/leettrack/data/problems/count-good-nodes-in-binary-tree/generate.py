"""Random binary trees in level order: a dozen small ones (some chains, some with few distinct
values so that ties are common), a bushy one of 10^5 nodes, and one of 5 * 10^4 nodes hanging
below a zigzag chain 10^4 deep, where walking from every node back up to the root runs out of
time."""

import random

LIMIT = 10**4


def check(root: list) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = [value for value in root if value is not None]
    assert 1 <= len(values) <= 10**5
    assert all(isinstance(value, int) and -LIMIT <= value <= LIMIT for value in values)


def _tree(rng: random.Random, size: int, chain: int, low: int, high: int) -> list:
    """A tree of ``size`` nodes in level order whose first ``chain`` nodes form a chain."""
    children = [[-1, -1] for _ in range(size)]  # node 0 is the root, -1 no child
    for node in range(1, size):
        parent, side = node - 1 if node < chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    values, queue = [], [0]
    for node in queue:  # the queue grows while it is read
        values.append(None if node == -1 else rng.randint(low, high))
        if node != -1:
            queue += children[node]
    while values[-1] is None:
        values.pop()
    return [values]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        size = rng.randint(1, 25)
        low, high = rng.choice([(-LIMIT, LIMIT), (1, 3), (-5, 5)])
        cases.append(_tree(rng, size, rng.choice([0, size]), low, high))
    cases.append(_tree(rng, 10**5, 0, -LIMIT, LIMIT))
    cases.append(_tree(rng, 5 * 10**4, LIMIT, -LIMIT, LIMIT))
    return cases
