"""Binary search trees of random shapes in level order (values given to the nodes in in-order
in increasing order), some left valid and some broken by swapping two values or repeating one;
the largest ones are valid trees of 10^4 nodes, one bushy and one a zigzag chain, where
comparing each node with its whole subtree runs out of time."""

import random

LOW, HIGH = -(2**31), 2**31 - 1


def check(root: list) -> None:
    assert root and root[0] is not None and root[-1] is not None
    values = [value for value in root if value is not None]
    assert 1 <= len(values) <= 10**4
    assert all(isinstance(value, int) and LOW <= value <= HIGH for value in values)


def _tree(rng: random.Random, size: int, chain: bool, change: str) -> list:
    children = [[-1, -1] for _ in range(size)]  # node 0 is the root, -1 no child
    for node in range(1, size):
        parent, side = node - 1 if chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] != -1:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    in_order, stack, node = [], [], 0
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = children[node][0]
        node = stack.pop()
        in_order.append(node)
        node = children[node][1]
    low, high = rng.choice([(LOW, HIGH), (-50, 50)]) if size <= 50 else (LOW, HIGH)
    ordered = sorted(rng.sample(range(low, high + 1), size))
    if change == "swap" and size > 1:
        first, second = rng.sample(range(size), 2)
        ordered[first], ordered[second] = ordered[second], ordered[first]
    elif change == "repeat" and size > 1:
        at = rng.randrange(size - 1)
        ordered[at + rng.randrange(2)] = ordered[at + rng.randrange(2)]
    value = dict(zip(in_order, ordered, strict=True))
    values, queue = [], [0]
    for node in queue:  # the queue grows while it is read
        values.append(None if node == -1 else value[node])
        if node != -1:
            queue += children[node]
    while values[-1] is None:
        values.pop()
    return [values]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _tree(rng, rng.randint(1, 25), rng.random() < 0.2, rng.choice(["none", "swap", "repeat"]))
        for _ in range(15)
    ]
    cases += [_tree(rng, 10**4, chain, "none") for chain in (False, True)]
    return cases
