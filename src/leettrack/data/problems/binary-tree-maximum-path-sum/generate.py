"""Random binary trees in level order with values of both signs (sometimes mostly negative):
small trees, and two of the largest size (3 * 10^4 nodes): a bushy one, and one hanging from a
zigzag chain 9000 nodes deep, where finding each node's best downward path anew runs out of
time."""

import random


def check(root: list) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = [value for value in root if value is not None]
    assert 1 <= len(values) <= 3 * 10**4
    assert all(isinstance(value, int) and -1000 <= value <= 1000 for value in values)


def _tree(rng: random.Random, size: int, chain: int) -> list:
    """A tree of ``size`` nodes in level order whose first ``chain`` nodes form a chain."""
    children = [[-1, -1] for _ in range(size)]  # node 0 is the root, -1 no child
    for node in range(1, size):
        parent, side = node - 1 if node < chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    low = rng.choice([-1000, -1000, -100])
    values, queue = [], [0]
    for node in queue:  # the queue grows while it is read
        values.append(None if node == -1 else rng.randint(low, 1000 if low == -1000 else 30))
        if node != -1:
            queue += children[node]
    while values[-1] is None:
        values.pop()
    return [values]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(15):
        size = rng.randint(1, 25)
        cases.append(_tree(rng, size, rng.choice([0, size])))
    cases += [_tree(rng, 3 * 10**4, 0), _tree(rng, 3 * 10**4, 9000)]
    return cases
