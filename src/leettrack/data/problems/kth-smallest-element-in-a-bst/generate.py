"""Binary search trees of random shapes in level order (distinct values given to the nodes in
increasing in-order) with a random k; the largest ones have 10^4 nodes, one bushy and one a
zigzag chain."""

import random
from itertools import pairwise

from leettrack.problems.inputs import (
    by_in_order,
    level_order,
    level_order_in_order,
    sorted_distinct,
    tree_children,
)


def check(root: list, k: int) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = level_order_in_order(root)
    assert 1 <= k <= len(values) <= 10**4
    assert len(values) == sum(value is not None for value in root)
    assert all(isinstance(value, int) and 0 <= value <= 10**4 for value in values)
    assert all(left < right for left, right in pairwise(values)), "a search tree"


def _case(rng: random.Random, size: int, chain: bool) -> list:
    children = tree_children(rng, size, size if chain else 0)
    ordered = sorted_distinct(rng, size, 0, 10**4)
    return [level_order(children, by_in_order(children, ordered)), rng.randint(1, size)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 25), rng.random() < 0.2) for _ in range(15)]
    cases += [_case(rng, 10**4, chain) for chain in (False, True)]
    return cases
