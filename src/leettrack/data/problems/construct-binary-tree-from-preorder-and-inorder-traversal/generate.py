"""Random binary trees with distinct values, given by their pre-order and in-order walks:
small trees of random shapes and chains, and two of the largest size (3000 nodes), one bushy
and one a zigzag chain."""

import random


def _walks(children: dict, values: dict, root) -> tuple[list, list]:
    """The pre-order and in-order of a tree (children: node -> [left, right], None missing)."""
    pre, ino, stack, node = [], [], [], root
    while stack or node is not None:
        while node is not None:
            pre.append(values[node])
            stack.append(node)
            node = children[node][0]
        node = stack.pop()
        ino.append(values[node])
        node = children[node][1]
    return pre, ino


def check(preorder: list[int], inorder: list[int]) -> None:
    assert 1 <= len(preorder) == len(inorder) <= 3000
    assert all(isinstance(value, int) and -3000 <= value <= 3000 for value in preorder)
    assert len(set(preorder)) == len(preorder) and set(preorder) == set(inorder)
    # rebuild the tree from both walks with a stack, then walk it again
    children = {value: [None, None] for value in preorder}
    stack, at = [preorder[0]], 0
    for value in preorder[1:]:
        if stack[-1] != inorder[at]:
            children[stack[-1]][0] = value
        else:
            while stack and stack[-1] == inorder[at]:
                last = stack.pop()
                at += 1
            children[last][1] = value
        stack.append(value)
    values = {value: value for value in preorder}
    assert _walks(children, values, preorder[0]) == (preorder, inorder), "walks of one tree"


def _case(rng: random.Random, size: int, chain: bool) -> list:
    children = {node: [None, None] for node in range(size)}  # node 0 is the root
    for node in range(1, size):
        parent, side = node - 1 if chain else rng.randrange(node), rng.randrange(2)
        while children[parent][side] is not None:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    values = dict(enumerate(rng.sample(range(-3000, 3001), size)))
    return list(_walks(children, values, 0))


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 25), rng.random() < 0.2) for _ in range(15)]
    cases += [_case(rng, 3000, chain) for chain in (False, True)]
    return cases
