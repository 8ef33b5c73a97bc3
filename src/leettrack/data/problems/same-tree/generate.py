"""Pairs of random binary trees of up to 100 nodes in level order: identical copies, copies
with one value changed, with one node's children swapped, with one leaf added, and unrelated
trees."""

import random

LIMIT = 10**4


def check(p: list, q: list) -> None:
    for root in (p, q):
        assert len(root) == 0 or (root[0] is not None and root[-1] is not None)
        values = [value for value in root if value is not None]
        assert len(values) <= 100
        assert all(isinstance(value, int) and -LIMIT <= value <= LIMIT for value in values)


def _shape(rng: random.Random, size: int) -> list[list[int]]:
    """The children of ``size`` nodes (node 0 the root, -1 no child)."""
    children = [[-1, -1] for _ in range(size)]
    for node in range(1, size):
        parent, side = rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    return children


def _level_order(children: list[list[int]], values: list[int]) -> list:
    order, queue = [], [0] if children else []
    for node in queue:  # the queue grows while it is read
        order.append(None if node == -1 else values[node])
        if node != -1:
            queue += children[node]
    while order and order[-1] is None:
        order.pop()
    return order


def _pair(rng: random.Random, size: int) -> list:
    children = _shape(rng, size)
    values = [
        rng.randint(-3, 3) if rng.random() < 0.5 else rng.randint(-LIMIT, LIMIT)
        for _ in range(size)
    ]
    other_children, other_values = [pair[:] for pair in children], values[:]
    change = rng.choice(["same", "value", "swap", "leaf", "other"]) if size else "leaf"
    if change == "value":
        other_values[rng.randrange(size)] += rng.choice([-1, 1])
    elif change == "swap":
        node = rng.randrange(size)
        other_children[node].reverse()
    elif change == "leaf" and size < 100:
        free = [
            (node, side) for node in range(size) for side in (0, 1) if children[node][side] == -1
        ]
        node, side = rng.choice(free) if free else (None, None)
        other_children.append([-1, -1])
        other_values.append(rng.randint(-LIMIT, LIMIT))
        if node is not None:
            other_children[node][side] = size
    elif change == "other":
        other_children = _shape(rng, size)
    other_values = [max(-LIMIT, min(LIMIT, value)) for value in other_values]
    return [_level_order(children, values), _level_order(other_children, other_values)]


def generate(rng: random.Random) -> list[list]:
    cases = [_pair(rng, rng.randint(0, 12)) for _ in range(20)]
    cases += [_pair(rng, rng.randint(90, 100)) for _ in range(10)]
    return cases
