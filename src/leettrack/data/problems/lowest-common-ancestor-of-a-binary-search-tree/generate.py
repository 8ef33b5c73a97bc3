"""Binary search trees of random shapes in level order (distinct values given to the nodes in
increasing in-order) with two different values of the tree as p and q: small trees, a zigzag
chain of 10^4 nodes with p and q near its bottom, a random tree of 3 * 10^4 nodes and a
complete tree of the largest size (10^5 nodes)."""

import random
from itertools import pairwise

LIMIT = 10**9


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


def check(root: list, p: int, q: int) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = _in_order(root)
    assert 2 <= len(values) <= 10**5
    assert len(values) == sum(value is not None for value in root)
    assert all(isinstance(value, int) and -LIMIT <= value <= LIMIT for value in values)
    assert all(left < right for left, right in pairwise(values)), "a search tree"
    assert p != q and p in values and q in values


def _case(rng: random.Random, size: int, chain: bool = False, complete: bool = False) -> list:
    children = [[-1, -1] for _ in range(size)]  # node 0 is the root, -1 no child
    for node in range(1, size):
        if complete:  # heap order: no gaps, so the level order holds no null
            children[(node - 1) // 2][(node - 1) % 2] = node
            continue
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
    low, high = (-LIMIT, LIMIT) if rng.random() < 0.5 or size > 100 else (-100, 100)
    ordered = sorted(rng.sample(range(low, high + 1), size))
    value = dict(zip(_in_order(shape), ordered, strict=True))
    # in a chain, nodes numbered near the end lie near the bottom
    first, second = rng.sample(range(size - 5, size) if chain else range(size), 2)
    return [[None if node is None else value[node] for node in shape], value[first], value[second]]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(2, 25), rng.random() < 0.2) for _ in range(15)]
    cases += [_case(rng, 10**4, chain=True), _case(rng, 3 * 10**4)]
    cases.append(_case(rng, 10**5, complete=True))
    return cases
