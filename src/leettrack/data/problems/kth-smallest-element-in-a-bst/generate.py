"""Binary search trees of random shapes in level order (distinct values given to the nodes in
increasing in-order) with a random k; the largest ones have 10^4 nodes, one bushy and one a
zigzag chain."""

import random
from itertools import pairwise


def _in_order(root: list) -> list:
    """The values of a tree given in level order, in in-order."""
    children, slot = {}, 1
    for index in (index for index, value in enumerate(root) if value is not None):
        children[index] = [
            at if at < len(root) and root[at] is not None else -1 for at in (slot, slot + 1)
        ]
        slot += 2
    values, stack, node = [], [], 0 if root else -1
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = children[node][0]
        node = stack.pop()
        values.append(root[node])
        node = children[node][1]
    return values


def check(root: list, k: int) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = _in_order(root)
    assert 1 <= k <= len(values) <= 10**4
    assert len(values) == sum(value is not None for value in root)
    assert all(isinstance(value, int) and 0 <= value <= 10**4 for value in values)
    assert all(left < right for left, right in pairwise(values)), "a search tree"


def _case(rng: random.Random, size: int, chain: bool) -> list:
    children = [[-1, -1] for _ in range(size)]  # node 0 is the root, -1 no child
    for node in range(1, size):
        parent, side = node - 1 if chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    shape, queue = [], [0]
    for node in queue:  # the queue grows while it is read
        shape.append(None if node == -1 else node)
        if node != -1:
            queue += children[node]
    while shape[-1] is None:
        shape.pop()
    # the in-order of the node numbers gives each node its rank among the sorted values
    ordered = sorted(rng.sample(range(10**4 + 1), size))
    rank = {node: place for place, node in enumerate(_in_order(shape))}
    values = [None if node is None else ordered[rank[node]] for node in shape]
    return [values, rng.randint(1, size)]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 25), rng.random() < 0.2) for _ in range(15)]
    cases += [_case(rng, 10**4, chain) for chain in (False, True)]
    return cases
