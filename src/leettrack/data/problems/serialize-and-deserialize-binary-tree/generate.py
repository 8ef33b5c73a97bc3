"""Random binary trees in level order: small ones of random shapes and chains (some empty), and
two of the largest size (10^4 nodes), one bushy and one a zigzag chain 10^4 deep."""

import random

from leettrack.problems.inputs import random_tree, small_trees


def check(root: list) -> None:
    assert len(root) == 0 or (root[0] is not None and root[-1] is not None)
    present = 0
    for index, value in enumerate(root):  # every entry fills a child slot of a node before it
        assert index < 1 + 2 * present, "a level order with nothing after its last slot"
        present += value is not None
    assert present <= 10**4
    values = [value for value in root if value is not None]
    assert all(isinstance(value, int) and -1000 <= value <= 1000 for value in values)


def generate(rng: random.Random) -> list[list]:
    cases = [[tree] for tree in small_trees(rng, 15, 0, 30, -1000, 1000)]
    cases += [[random_tree(rng, 10**4, -1000, 1000, chain=chain)] for chain in (0, 10**4)]
    return cases
