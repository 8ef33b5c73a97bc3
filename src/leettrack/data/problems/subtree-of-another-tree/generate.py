"""Pairs of random binary trees in level order: a tree, and one of its subtrees, the same with
one value changed, with one leaf added or removed, or an unrelated tree. Values are mostly
drawn from a handful so that near matches abound; the largest trees have 2000 and 1000 nodes."""

import random

from leettrack.problems.inputs import check_tree, level_order, tree_children

LIMIT = 10**4


def check(root: list, subRoot: list) -> None:
    for tree, most in ((root, 2000), (subRoot, 1000)):
        check_tree(tree, most, -LIMIT, LIMIT, least=1)


def _pair(rng: random.Random, size: int, chain: bool, change: str = "") -> list:
    children = tree_children(rng, size, size if chain else 0)
    few = rng.random() < 0.7
    values = [rng.randint(0, 2) if few else rng.randint(-LIMIT, LIMIT) for _ in range(size)]
    root = level_order(children, values)
    sizes = [1] * size  # nodes are numbered after their parents
    for node in reversed(range(size)):
        sizes[node] += sum(sizes[child] for child in children[node] if child != -1)
    fitting = [node for node in range(size) if sizes[node] <= 1000]
    top = max(fitting, key=sizes.__getitem__) if size == 2000 else rng.choice(fitting)
    change = change or rng.choice(["none", "value", "leaf", "other"])
    if change == "other":
        other = rng.randint(1, min(size, 1000))
        other_values = [rng.randint(0, 2) for _ in range(other)]
        return [root, level_order(tree_children(rng, other, other if chain else 0), other_values)]
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
    return [root, level_order(children, values, top)]


def generate(rng: random.Random) -> list[list]:
    cases = [_pair(rng, rng.randint(1, 20), rng.random() < 0.2) for _ in range(20)]
    cases += [_pair(rng, 2000, chain, change) for chain, change in ((False, ""), (True, "none"))]
    cases.append(_pair(rng, 2000, True, rng.choice(["value", "leaf"])))
    return cases
