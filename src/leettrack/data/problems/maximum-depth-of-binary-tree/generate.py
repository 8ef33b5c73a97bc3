"""Random binary trees in level order: a dozen small ones of random shape, one of the largest
size with a random shape and one of the largest size shaped as a zigzag chain (depth 10^4)."""

import random

from leettrack.problems.inputs import check_tree, random_tree, small_trees


def check(root: list) -> None:
    check_tree(root, 10**4, -100, 100)


def generate(rng: random.Random) -> list[list]:
    cases = [[tree] for tree in small_trees(rng, 12, 0, 30, -100, 100)]
    cases += [[random_tree(rng, 10**4, -100, 100, chain=chain)] for chain in (0, 10**4)]
    return cases
