"""Pairs of random binary trees of up to 100 nodes in level order: identical copies, copies
with one value changed, with one node's children swapped, with one leaf added, and unrelated
trees."""

import random

from leettrack.problems.inputs import check_tree, level_order, tree_children

LIMIT = 10**4


def check(p: list, q: list) -> None:
    for root in (p, q):
        check_tree(root, 100, -LIMIT, LIMIT)


def _pair(rng: random.Random, size: int) -> list:
    children = tree_children(rng, size)
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
        other_children = tree_children(rng, size)
    other_values = [max(-LIMIT, min(LIMIT, value)) for value in other_values]
    return [level_order(children, values), level_order(other_children, other_values)]


def generate(rng: random.Random) -> list[list]:
    cases = [_pair(rng, rng.randint(0, 12)) for _ in range(20)]
    cases += [_pair(rng, rng.randint(90, 100)) for _ in range(10)]
    return cases
