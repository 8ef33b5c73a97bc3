"""Binary trees in level order with values in [-100, 100]: small ones of random shapes, a few
zigzag paths, and the largest (10^4 nodes) as a random tree and as a single long path, where
measuring heights anew from every node runs out of time."""

import random

from leettrack.problems.inputs import check_tree, random_tree, small_trees


def check(root: list) -> None:
    check_tree(root, 10**4, -100, 100, least=1)


def generate(rng: random.Random) -> list[list]:
    cases = [[tree] for tree in small_trees(rng, 14, 1, 15, -100, 100)]
    cases += [[random_tree(rng, 10**4, -100, 100, chain=chain)] for chain in (0, 10**4)]
    return cases
