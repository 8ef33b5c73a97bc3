"""Binary search trees of random shapes in level order (values given to the nodes in in-order
in increasing order), some left valid and some broken by swapping two values or repeating one;
the largest ones are valid trees of 10^4 nodes, one bushy and one a zigzag chain, where
comparing each node with its whole subtree runs out of time."""

import random

from leettrack.problems.inputs import by_in_order, check_tree, level_order, sorted_distinct, tree_children

LOW, HIGH = -(2**31), 2**31 - 1


def check(root: list) -> None:
    check_tree(root, 10**4, LOW, HIGH, least=1)


def _tree(rng: random.Random, size: int, chain: bool, change: str) -> list:
    children = tree_children(rng, size, size if chain else 0)
    low, high = rng.choice([(LOW, HIGH), (-50, 50)]) if size <= 50 else (LOW, HIGH)
    ordered = sorted_distinct(rng, size, low, high)
    if change == "swap" and size > 1:
        first, second = rng.sample(range(size), 2)
        ordered[first], ordered[second] = ordered[second], ordered[first]
    elif change == "repeat" and size > 1:
        at = rng.randrange(size - 1)
        ordered[at + rng.randrange(2)] = ordered[at + rng.randrange(2)]
    return [level_order(children, by_in_order(children, ordered))]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _tree(rng, rng.randint(1, 25), rng.random() < 0.2, rng.choice(["none", "swap", "repeat"]))
        for _ in range(15)
    ]
    cases += [_tree(rng, 10**4, chain, "none") for chain in (False, True)]
    return cases
