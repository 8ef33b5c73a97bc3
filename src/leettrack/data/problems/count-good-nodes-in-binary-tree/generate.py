"""Random binary trees in level order: a dozen small ones (some chains, some with few distinct
values so that ties are common), a bushy one of 10^5 nodes, and one of 5 * 10^4 nodes hanging
below a zigzag chain 10^4 deep, where walking from every node back up to the root runs out of
time."""

import random

from leettrack.problems.inputs import check_tree, random_tree

LIMIT = 10**4


def check(root: list) -> None:
    check_tree(root, 10**5, -LIMIT, LIMIT, least=1)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        size = rng.randint(1, 25)
        low, high = rng.choice([(-LIMIT, LIMIT), (1, 3), (-5, 5)])
        cases.append([random_tree(rng, size, low, high, chain=rng.choice([0, size]))])
    cases.append([random_tree(rng, 10**5, -LIMIT, LIMIT)])
    cases.append([random_tree(rng, 5 * 10**4, -LIMIT, LIMIT, chain=LIMIT)])
    return cases
