"""Building blocks of the problems' generators (``data/problems/<slug>/generate.py``).

Every helper that draws takes the generator's ``rng`` first and draws from it alone, so a seed
still decides a submission's cases. Trees are handled as ``children`` lists: node 0 is the
root, ``children[node]`` is ``[left, right]`` and -1 stands for no child; every node is numbered
after its parent. ``level_order`` turns such a tree into LeetCode's level-order list with
``None`` for the missing children. These run on the host only (they build the inputs); the
solutions judged in the sandbox never import them.
"""

from __future__ import annotations

import random
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")

NO_CHILD = -1
_STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


# --- binary trees -------------------------------------------------------------------------------


def tree_children(rng: random.Random, size: int, chain: int = 0) -> list[list[int]]:
    """The children of a random binary tree of ``size`` nodes.

    Each node from ``chain`` on hangs below a random earlier node (walking down to a free slot,
    on a random side at each step); nodes 1 to ``chain - 1`` each hang below the one before, on
    a random side, so the first ``chain`` nodes form a zigzag path (``chain=size``: the whole
    tree is a path, ``size`` deep).
    """
    children = [[NO_CHILD, NO_CHILD] for _ in range(size)]
    for node in range(1, size):
        parent = node - 1 if node < chain else rng.randrange(node)
        side = rng.randrange(2)
        while children[parent][side] != NO_CHILD:
            parent, side = children[parent][side], rng.randrange(2)
        children[parent][side] = node
    return children


def complete_tree_children(size: int) -> list[list[int]]:
    """The children of the complete binary tree of ``size`` nodes (heap order: node ``i``'s
    children are ``2i + 1`` and ``2i + 2``), whose level order holds no ``None``."""
    return [
        [child if child < size else NO_CHILD for child in (2 * node + 1, 2 * node + 2)]
        for node in range(size)
    ]


def level_order(
    children: Sequence[Sequence[int]], values: Sequence[T], root: int = 0
) -> list[T | None]:
    """The subtree below ``root`` in level order, ``values[node]`` for each node and ``None``
    for each missing child, without trailing ``None``s (``[]`` for a tree of no nodes)."""
    if not children:
        return []
    order: list[T | None] = []
    queue = [root]
    for node in queue:  # the queue grows while it is read
        if node == NO_CHILD:
            order.append(None)
        else:
            order.append(values[node])
            queue += children[node]
    while order and order[-1] is None:
        order.pop()
    return order


def random_tree(
    rng: random.Random, size: int, low: int, high: int, chain: int = 0
) -> list[int | None]:
    """A random tree (shaped by ``tree_children``) of ``size`` nodes in level order, each
    value drawn from ``low`` to ``high`` inclusive."""
    children = tree_children(rng, size, chain)
    return level_order(children, [rng.randint(low, high) for _ in range(size)])


def small_trees(
    rng: random.Random, count: int, least: int, most: int, low: int, high: int
) -> list[list[int | None]]:
    """``count`` random trees in level order of ``least`` to ``most`` nodes each, values from
    ``low`` to ``high``; about one in five is a zigzag path."""
    trees = []
    for _ in range(count):
        size = rng.randint(least, most)
        trees.append(random_tree(rng, size, low, high, chain=size if rng.random() < 0.2 else 0))
    return trees


def check_tree(root: Sequence[object], most: int, low: int, high: int, least: int = 0) -> None:
    """Asserts that ``root`` is a tree in level order (neither its first nor its last entry
    ``None``) of ``least`` to ``most`` nodes whose values are integers from ``low`` to
    ``high``."""
    if root:
        assert root[0] is not None and root[-1] is not None, "a level order without end nulls"
    values = [value for value in root if value is not None]
    assert least <= len(values) <= most, f"{least} to {most} nodes"
    assert all(isinstance(value, int) and low <= value <= high for value in values)


def in_order(children: Sequence[Sequence[int]], root: int = 0) -> list[int]:
    """The nodes of the subtree below ``root`` in in-order (iteratively: paths may be deep)."""
    order: list[int] = []
    stack: list[int] = []
    node = root if children else NO_CHILD
    while stack or node != NO_CHILD:
        while node != NO_CHILD:
            stack.append(node)
            node = children[node][0]
        node = stack.pop()
        order.append(node)
        node = children[node][1]
    return order


def by_in_order(children: Sequence[Sequence[int]], ordered: Sequence[T]) -> list[T]:
    """The value of each node such that the tree's in-order reads ``ordered`` (one value a
    node): given increasing values, the tree becomes a binary search tree."""
    if len(ordered) != len(children):
        raise ValueError("one value a node")
    values = list(ordered)
    for node, value in zip(in_order(children), ordered, strict=True):
        values[node] = value
    return values


def sorted_distinct(rng: random.Random, count: int, low: int, high: int) -> list[int]:
    """``count`` distinct integers from ``low`` to ``high`` inclusive, in increasing order."""
    return sorted(rng.sample(range(low, high + 1), count))


def level_order_in_order(root: Sequence[T | None]) -> list[T]:
    """The values of a tree given in level order (``None`` for a missing child), in in-order."""
    children: list[list[int]] = [[NO_CHILD, NO_CHILD] for _ in root]
    slot = 1  # the position in the list of the next child slot
    for index, value in enumerate(root):
        if value is None:
            continue
        children[index] = [
            at if at < len(root) and root[at] is not None else NO_CHILD for at in (slot, slot + 1)
        ]
        slot += 2
    values: list[T] = []
    for node in in_order(children) if root and root[0] is not None else []:
        value = root[node]
        assert value is not None
        values.append(value)
    return values


# --- grids ---------------------------------------------------------------------------------------


def random_grid(
    rng: random.Random, rows: int, cols: int, chance: float, hit: T, miss: T
) -> list[list[T]]:
    """A ``rows`` x ``cols`` grid whose cells are each ``hit`` with probability ``chance``,
    else ``miss``."""
    return [[hit if rng.random() < chance else miss for _ in range(cols)] for _ in range(rows)]


def small_grids(
    rng: random.Random, count: int, most: int, chances: Sequence[float], hit: T, miss: T
) -> list[list[list[T]]]:
    """``count`` ``random_grid``s of 1 to ``most`` rows and columns, each with a chance of
    ``hit`` drawn from ``chances``."""
    grids = []
    for _ in range(count):
        rows, cols = rng.randint(1, most), rng.randint(1, most)
        grids.append(random_grid(rng, rows, cols, rng.choice(chances), hit, miss))
    return grids


def snake_grid(side: int, on: T, off: T) -> list[list[T]]:
    """A ``side`` x ``side`` grid holding one winding snake of ``on`` cells: the even rows full,
    joined at alternating ends (right, then left) through the odd rows, the rest ``off``."""
    grid = [[on if row % 2 == 0 else off for _ in range(side)] for row in range(side)]
    for row in range(1, side, 2):
        grid[row][side - 1 if row % 4 == 1 else 0] = on
    return grid


def grid_path(rng: random.Random, rows: int, cols: int, length: int) -> list[tuple[int, int]]:
    """The cells of a random path of up to ``length`` cells through a ``rows`` x ``cols`` grid,
    each next to the one before (up, down, left, right) and none twice; shorter when it gets
    stuck."""
    path = [(rng.randrange(rows), rng.randrange(cols))]
    seen = set(path)
    while len(path) < length:
        row, col = path[-1]
        steps = [
            (row + down, col + right)
            for down, right in _STEPS
            if 0 <= row + down < rows
            and 0 <= col + right < cols
            and (row + down, col + right) not in seen
        ]
        if not steps:
            break
        path.append(rng.choice(steps))
        seen.add(path[-1])
    return path


def path_word(rng: random.Random, board: Sequence[Sequence[str]], length: int) -> str:
    """The letters of ``board`` along a ``grid_path`` of up to ``length`` cells."""
    path = grid_path(rng, len(board), len(board[0]), length)
    return "".join(board[row][col] for row, col in path)


def check_grid(grid: Sequence[Sequence[object]], most: int, cells: Container[object]) -> None:
    """Asserts that ``grid`` has 1 to ``most`` rows, all of 1 to ``most`` cells (the same number),
    and that every cell is in ``cells``."""
    assert 1 <= len(grid) <= most and 1 <= len(grid[0]) <= most, f"1 to {most} rows and columns"
    assert all(len(row) == len(grid[0]) for row in grid), "rows of the same length"
    assert all(cell in cells for row in grid for cell in row), "cells of the allowed kinds"


# --- intervals -----------------------------------------------------------------------------------


def disjoint_intervals(
    rng: random.Random, count: int, limit: int, touching: bool = False
) -> list[list[int]]:
    """``count`` intervals ``[start, end]`` with ``0 <= start < end <= limit`` that do not
    overlap, in shuffled order: back to back (each ending where another starts) when
    ``touching``, else with a gap between any two."""
    points = sorted(rng.sample(range(limit + 1), count + 1 if touching else 2 * count))
    step = 1 if touching else 2
    intervals = [[points[index], points[index + 1]] for index in range(0, step * count, step)]
    rng.shuffle(intervals)
    return intervals


# --- graphs --------------------------------------------------------------------------------------


def forward_pairs(
    rng: random.Random,
    order: Sequence[int],
    count: int,
    chosen: Iterable[tuple[int, int]] = (),
) -> set[tuple[int, int]]:
    """``count`` distinct pairs ``(later, earlier)`` of the nodes in ``order`` (fewer when
    there are not that many pairs), ``earlier`` standing before ``later`` in it: prerequisite
    pairs that ``order`` satisfies, so they hold no cycle. Pairs already ``chosen`` (forward
    ones too) are kept and count among them."""
    size = len(order)
    count = min(count, size * (size - 1) // 2)
    pairs = set(chosen)
    while len(pairs) < count:
        first, second = sorted(rng.sample(range(size), 2))
        pairs.add((order[second], order[first]))
    return pairs


def tree_edges(rng: random.Random, nodes: Sequence[int], path: bool = False) -> list[list[int]]:
    """The edges of a random tree (a path when ``path``) on ``nodes``, each edge's two ends and
    the edges themselves in random order."""
    labels = rng.sample(list(nodes), len(nodes))
    edges = []
    for index in range(1, len(labels)):
        edge = [labels[index], labels[index - 1 if path else rng.randrange(index)]]
        rng.shuffle(edge)
        edges.append(edge)
    rng.shuffle(edges)
    return edges


def topological_order(later: Mapping[T, Iterable[T]]) -> tuple[list[T], bool]:
    """The nodes (the keys of ``later``, which name every node) in an order where each comes
    before the nodes ``later`` lists for it, by Kahn's algorithm, and whether that order was
    the only one (one node ready at every step). A cycle cuts the order short: its nodes and
    those after them are left out."""
    waiting = dict.fromkeys(later, 0)
    for targets in later.values():
        for node in targets:
            waiting[node] += 1
    ready = [node for node, count in waiting.items() if count == 0]
    order: list[T] = []
    only = True
    while ready:
        only = only and len(ready) == 1
        node = ready.pop()
        order.append(node)
        for following in later[node]:
            waiting[following] -= 1
            if waiting[following] == 0:
                ready.append(following)
    return order, only
