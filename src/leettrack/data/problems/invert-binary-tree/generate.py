"""Random binary trees of up to 100 nodes in level order, of random shapes, a few of them
chains."""

import random

from leettrack.problems.inputs import check_tree, random_tree, small_trees


def check(root: list) -> None:
    check_tree(root, 100, -100, 100)


def generate(rng: random.Random) -> list[list]:
    cases = [[tree] for tree in small_trees(rng, 20, 0, 15, -100, 100)]
    cases += [[random_tree(rng, 100, -100, 100, chain=chain)] for chain in (0, 0, 100)]
    return cases
