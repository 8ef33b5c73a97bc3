"""The generators' building blocks: a seed alone decides what they draw, and what they draw has
the shape and the size asked for."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from leettrack.problems.inputs import (
    NO_CHILD,
    by_in_order,
    check_grid,
    check_tree,
    complete_tree_children,
    disjoint_intervals,
    forward_pairs,
    grid_path,
    in_order,
    level_order,
    level_order_in_order,
    path_word,
    random_grid,
    random_tree,
    small_grids,
    small_trees,
    snake_grid,
    sorted_distinct,
    topological_order,
    tree_children,
    tree_edges,
)


def depth(children: list[list[int]]) -> int:
    depths = [1] * len(children)
    for node, pair in enumerate(children):  # every node is numbered after its parent
        for child in pair:
            if child != NO_CHILD:
                assert child > node
                depths[child] = depths[node] + 1
    return max(depths, default=0)


def test_the_same_seed_draws_the_same_inputs() -> None:
    def draw(seed: int) -> list[object]:
        rng = random.Random(seed)
        return [
            random_tree(rng, 50, -5, 5, chain=10),
            sorted_distinct(rng, 10, 0, 100),
            random_grid(rng, 4, 5, 0.5, "1", "0"),
            grid_path(rng, 4, 4, 8),
            disjoint_intervals(rng, 10, 1000),
            sorted(forward_pairs(rng, list(range(10)), 12)),
            tree_edges(rng, range(10)),
            small_trees(rng, 5, 0, 9, 0, 9),
        ]

    assert draw(1) == draw(1)
    assert draw(1) != draw(2)


@pytest.mark.parametrize("size", [0, 1, 2, 17, 500])
def test_a_random_tree_has_its_size_in_level_order(size: int) -> None:
    rng = random.Random(size)
    children = tree_children(rng, size)
    assert len(children) == size
    assert sorted(in_order(children)) == list(range(size)), "every node once, all connected"
    tree = level_order(children, list(range(size)))
    assert sorted(value for value in tree if value is not None) == list(range(size))
    assert not tree or (tree[0] == 0 and tree[-1] is not None)
    values = random_tree(rng, size, -3, 3)
    assert sum(value is not None for value in values) == size
    assert all(-3 <= value <= 3 for value in values if value is not None)


def test_a_chain_is_a_zigzag_path_as_deep_as_asked() -> None:
    rng = random.Random(3)
    assert depth(tree_children(rng, 1000, chain=1000)) == 1000
    assert depth(tree_children(rng, 1000, chain=300)) >= 300
    assert depth(tree_children(rng, 1000)) < 300


def test_level_order_of_a_subtree_and_of_a_complete_tree() -> None:
    children = [[1, 2], [NO_CHILD, 3], [NO_CHILD, NO_CHILD], [NO_CHILD, NO_CHILD]]
    assert level_order(children, "abcd") == ["a", "b", "c", None, "d"]
    assert level_order(children, "abcd", root=1) == ["b", None, "d"]
    assert level_order([], []) == []
    assert level_order(complete_tree_children(6), list(range(6))) == list(range(6))


def test_values_given_in_in_order_make_a_search_tree() -> None:
    rng = random.Random(4)
    children = tree_children(rng, 300, chain=50)
    ordered = sorted_distinct(rng, 300, -(10**9), 10**9)
    assert len(set(ordered)) == 300 and ordered == sorted(ordered)
    tree = level_order(children, by_in_order(children, ordered))
    assert level_order_in_order(tree) == ordered
    assert level_order_in_order([]) == []
    assert level_order_in_order([2, 1, 3, None, None, None, 4]) == [1, 2, 3, 4]


def test_grids() -> None:
    rng = random.Random(5)
    grid = random_grid(rng, 3, 7, 0.5, 1, 0)
    assert len(grid) == 3 and all(len(row) == 7 and set(row) <= {0, 1} for row in grid)
    assert random_grid(rng, 2, 2, 0.0, "O", "X") == [["X", "X"], ["X", "X"]]
    assert snake_grid(5, 1, 0) == [
        [1, 1, 1, 1, 1],
        [0, 0, 0, 0, 1],
        [1, 1, 1, 1, 1],
        [1, 0, 0, 0, 0],
        [1, 1, 1, 1, 1],
    ]


def test_a_grid_path_steps_to_new_neighbours() -> None:
    rng = random.Random(6)
    path = grid_path(rng, 5, 6, 20)
    assert 1 <= len(path) <= 20 and len(set(path)) == len(path)
    assert all(0 <= row < 5 and 0 <= col < 6 for row, col in path)
    assert all(abs(a - c) + abs(b - d) == 1 for (a, b), (c, d) in pairwise(path))
    board = [["a", "b"], ["c", "d"]]
    word = path_word(rng, board, 4)
    assert 1 <= len(word) <= 4 and len(set(word)) == len(word)


@pytest.mark.parametrize("touching", [False, True])
def test_disjoint_intervals(touching: bool) -> None:
    intervals = disjoint_intervals(random.Random(7), 1000, 10**6, touching=touching)
    assert len(intervals) == 1000
    ordered = sorted(intervals)
    assert all(0 <= start < end <= 10**6 for start, end in ordered)
    gaps = [later[0] - earlier[1] for earlier, later in pairwise(ordered)]
    assert all(gap == 0 for gap in gaps) if touching else all(gap > 0 for gap in gaps)


def test_forward_pairs_follow_the_order() -> None:
    rng = random.Random(8)
    order = rng.sample(range(50), 50)
    place = {node: index for index, node in enumerate(order)}
    chain = {(order[index + 1], order[index]) for index in range(49)}
    pairs = forward_pairs(rng, order, 200, chain)
    assert len(pairs) == 200 and chain <= pairs
    assert all(place[earlier] < place[later] for later, earlier in pairs)
    assert len(forward_pairs(rng, [0, 1, 2], 10)) == 3, "only three pairs exist"


@pytest.mark.parametrize("path", [False, True])
def test_tree_edges_span_the_nodes(path: bool) -> None:
    nodes = range(1, 201)
    edges = tree_edges(random.Random(9), nodes, path=path)
    assert len(edges) == 199
    parent = {node: node for node in nodes}

    def find(node: int) -> int:
        while parent[node] != node:
            node = parent[node]
        return node

    for a, b in edges:
        assert find(a) != find(b), "no cycle"
        parent[find(a)] = find(b)
    if path:
        degrees = [sum(node in edge for edge in edges) for node in nodes]
        assert max(degrees) == 2


def test_small_trees_have_the_sizes_asked_for() -> None:
    trees = small_trees(random.Random(10), 40, 2, 9, -1, 1)
    assert len(trees) == 40
    assert all(2 <= sum(value is not None for value in tree) <= 9 for tree in trees)
    assert all(value in (-1, 0, 1) for tree in trees for value in tree if value is not None)


def test_check_grid() -> None:
    check_grid([["a", "b"], ["b", "a"]], 2, {"a", "b"})
    for bad, most in (([], 2), ([["a", "b", "a"]], 2), ([["a"], ["a", "b"]], 2), ([["c"]], 2)):
        with pytest.raises(AssertionError):
            check_grid(bad, most, {"a", "b"})


def test_topological_order() -> None:
    assert topological_order({1: [2], 2: [3], 3: []}) == ([1, 2, 3], True)
    order, only = topological_order({"a": ["b", "c"], "b": [], "c": []})
    assert order[0] == "a" and sorted(order) == ["a", "b", "c"] and not only
    order, _ = topological_order({1: [2], 2: [3], 3: [2], 4: []})
    assert sorted(order) == [1, 4], "a cycle and what follows it are left out"


def test_small_grids() -> None:
    grids = small_grids(random.Random(11), 30, 4, (0.2, 0.8), "#", ".")
    assert len(grids) == 30
    for grid in grids:
        check_grid(grid, 4, {"#", "."})


def test_check_tree() -> None:
    check_tree([], 5, 0, 9)
    check_tree([1, None, 2], 5, 0, 9, least=2)
    for bad, least in (([], 1), ([None, 1], 0), ([1, 2, None], 0), ([1, 10], 0), ([1, 2.0], 0)):
        with pytest.raises(AssertionError):
            check_tree(bad, 5, 0, 9, least=least)
    with pytest.raises(AssertionError):
        check_tree(list(range(6)), 5, 0, 9)
