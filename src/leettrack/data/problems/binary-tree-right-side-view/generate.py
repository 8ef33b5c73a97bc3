"""Random binary trees in level order, up to the largest size (100 nodes): random shapes and
chains, some leaning left so that left nodes show on the right side."""

import random

from leettrack.problems.inputs import check_tree, random_tree, small_trees


def check(root: list) -> None:
    check_tree(root, 100, -100, 100)


def generate(rng: random.Random) -> list[list]:
    cases = [[tree] for tree in small_trees(rng, 12, 0, 30, -100, 100)]
    cases += [[random_tree(rng, 100, -100, 100, chain=chain)] for chain in (0, 100)]
    return cases
