"""Random binary trees in level order with values of both signs (sometimes mostly negative):
small trees, and two of the largest size (3 * 10^4 nodes): a bushy one, and one hanging from a
zigzag chain 9000 nodes deep, where finding each node's best downward path anew runs out of
time."""

import random

from leettrack.problems.inputs import check_tree, random_tree


def check(root: list) -> None:
    check_tree(root, 3 * 10**4, -1000, 1000, least=1)


def _tree(rng: random.Random, size: int, chain: int) -> list:
    """A tree of ``size`` nodes in level order whose first ``chain`` nodes form a chain."""
    low = rng.choice([-1000, -1000, -100])
    return [random_tree(rng, size, low, 1000 if low == -1000 else 30, chain)]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(15):
        size = rng.randint(1, 25)
        cases.append(_tree(rng, size, rng.choice([0, size])))
    cases += [_tree(rng, 3 * 10**4, 0), _tree(rng, 3 * 10**4, 9000)]
    return cases
