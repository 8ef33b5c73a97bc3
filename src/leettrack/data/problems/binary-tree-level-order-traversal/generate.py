"""Random binary trees in level order: small ones of random shapes and chains, and two of the
largest size (2000 nodes), one bushy and one a chain."""

import random

from leettrack.problems.inputs import check_tree, random_tree, small_trees


def check(root: list) -> None:
    check_tree(root, 2000, -1000, 1000)


def generate(rng: random.Random) -> list[list]:
    cases = [[tree] for tree in small_trees(rng, 12, 0, 20, -1000, 1000)]
    cases += [[random_tree(rng, 2000, -1000, 1000, chain=chain)] for chain in (0, 2000)]
    return cases
