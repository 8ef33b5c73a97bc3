"""Binary search trees of random shapes in level order (distinct values given to the nodes in
increasing in-order) with two different values of the tree as p and q: small trees, a zigzag
chain of 10^4 nodes with p and q near its bottom, a random tree of 3 * 10^4 nodes and a
complete tree of the largest size (10^5 nodes)."""

import random
from itertools import pairwise

from leettrack.problems.inputs import (
    by_in_order,
    complete_tree_children,
    level_order,
    level_order_in_order,
    sorted_distinct,
    tree_children,
)

LIMIT = 10**9


def check(root: list, p: int, q: int) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = level_order_in_order(root)
    assert 2 <= len(values) <= 10**5
    assert len(values) == sum(value is not None for value in root)
    assert all(isinstance(value, int) and -LIMIT <= value <= LIMIT for value in values)
    assert all(left < right for left, right in pairwise(values)), "a search tree"
    assert p != q and p in values and q in values


def _case(rng: random.Random, size: int, chain: bool = False, complete: bool = False) -> list:
    if complete:  # heap order: no gaps, so the level order holds no null
        children = complete_tree_children(size)
    else:
        children = tree_children(rng, size, size if chain else 0)
    low, high = (-LIMIT, LIMIT) if rng.random() < 0.5 or size > 100 else (-100, 100)
    value = by_in_order(children, sorted_distinct(rng, size, low, high))
    # in a chain, nodes numbered near the end lie near the bottom
    first, second = rng.sample(range(max(0, size - 5), size) if chain else range(size), 2)
    return [level_order(children, value), value[first], value[second]]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(2, 25), rng.random() < 0.2) for _ in range(15)]
    cases += [_case(rng, 10**4, chain=True), _case(rng, 3 * 10**4)]
    cases.append(_case(rng, 10**5, complete=True))
    return cases
