"""Pairs of random binary trees in level order: a tree, and one of its subtrees, the same with
one value changed, with one leaf added or removed, or an unrelated tree. Values are mostly
drawn from a handful so that near matches abound; the largest trees have 2000 and 1000 nodes."""

import random

LIMIT = 10**4


def check(root: list, subRoot: list) -> None:
    for tree, most in ((root, 2000), (subRoot, 1000)):
        assert tree and tree[0] is not None and tree[-1] is not None
        values = [value for value in tree if value is not None]
        assert 1 <= len(values) <= most
        assert all(isinstance(value, int) and -LIMIT <= value <= LIMIT for value in values)


def _shape(rng: random.Random, size: int, chain: bool) -> list[list[int]]:
    """The children of ``size`` nodes (node 0 the root, -1 no child)."""
    children = [[-1, -1] for _ in range(size)]
    for node in range(1, size):
        parent, side = node - 1 if chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    return children


def _level_order(children: list[list[int]], values: list[int], top: int = 0) -> list:
    order, queue = [], [top]
    for node in queue:  # the queue grows while it is read
        order.append(None if node == -1 else values[node])
        if node != -1:
            queue += children[node]
    while order[-1] is None:
        order.pop()
    return order


def _pair(rng: random.Random, size: int, chain: bool, change: str = "") -> list:
    children = _shape(rng, size, chain)
    few = rng.random() < 0.7
    values = [rng.randint(0, 2) if few else rng.randint(-LIMIT, LIMIT) for _ in range(size)]
    root = _level_order(children, values)
    sizes = [1] * size  # nodes are numbered after their parents
    for node in reversed(range(size)):
        sizes[node] += sum(sizes[child] for child in children[node] if child != -1)
    fitting = [node for node in range(size) if sizes[node] <= 1000]
    top = max(fitting, key=sizes.__getitem__) if size == 2000 else rng.choice(fitting)
    change = change or rng.choice(["none", "value", "leaf", "other"])
    if change == "other":
        other = rng.randint(1, min(size, 1000))
        other_values = [rng.randint(0, 2) for _ in range(other)]
        return [root, _level_order(_shape(rng, other, chain), other_values)]
    if change == "value":
        values = values[:]
        values[top] = values[top] + 1 if values[top] < LIMIT else values[top] - 1
    if change == "leaf":
        children = [pair[:] for pair in children]
        leaf = top
        while children[leaf] != [-1, -1]:  # walk down to a leaf of the subtree
            leaf = rng.choice([child for child in children[leaf] if child != -1])
        if sizes[top] < 1000:
            children[leaf][rng.randrange(2)] = len(values)
            children.append([-1, -1])
            values = [*values, rng.randint(0, 2)]
        elif leaf != top:
            parent = next(node for node in range(size) if leaf in children[node])
            children[parent][children[parent].index(leaf)] = -1
    return [root, _level_order(children, values, top)]


def generate(rng: random.Random) -> list[list]:
    cases = [_pair(rng, rng.randint(1, 20), rng.random() < 0.2) for _ in range(20)]
    cases += [_pair(rng, 2000, chain, change) for chain, change in ((False, ""), (True, "none"))]
    cases.append(_pair(rng, 2000, True, rng.choice(["value", "leaf"])))
    return cases
