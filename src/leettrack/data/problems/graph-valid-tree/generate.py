"""Random undirected graphs: a dozen small ones (trees, trees with one edge more or less, and
graphs with exactly n - 1 edges that hold a cycle and so leave a node apart), then the largest
allowed: trees of 2000 nodes (random, and one long path), 2000 nodes with n - 1 edges and a
cycle, and 2000 nodes with 5000 edges."""

import random

from leettrack.problems.inputs import tree_edges

MAX_NODES = 2000
MAX_EDGES = 5000


def check(n: int, edges: list[list[int]]) -> None:
    assert 1 <= n <= MAX_NODES
    assert 0 <= len(edges) <= MAX_EDGES
    assert all(len(edge) == 2 for edge in edges)
    assert all(0 <= node < n for edge in edges for node in edge)
    assert all(edge[0] != edge[1] for edge in edges), "no self-loops"
    assert len({frozenset(edge) for edge in edges}) == len(edges), "no repeated edges"


def _add_edges(rng: random.Random, nodes: list[int], edges: list[list[int]], count: int) -> list:
    """``edges`` (all between ``nodes``) plus ``count`` more between ``nodes``, fewer if every
    pair is taken."""
    present = {frozenset(edge) for edge in edges}
    edges = [list(edge) for edge in edges]
    while count > 0 and len(present) < len(nodes) * (len(nodes) - 1) // 2:
        edge = rng.sample(nodes, 2)
        if frozenset(edge) not in present:
            present.add(frozenset(edge))
            edges.insert(rng.randint(0, len(edges)), edge)
            count -= 1
    return edges


def _cycle_and_apart(rng: random.Random, n: int) -> list[list[int]]:
    """n - 1 edges: a tree on all nodes but one, with one more edge closing a cycle."""
    apart = rng.randrange(n)
    others = [node for node in range(n) if node != apart]
    return _add_edges(rng, others, tree_edges(rng, others), 1)


def generate(rng: random.Random) -> list[list]:
    cases = []
    for number in range(12):
        n = rng.randint(1, 10)
        kind = number % 4
        if kind == 0 or n < 4:
            edges = tree_edges(rng, range(n))
        elif kind == 1:
            edges = _add_edges(rng, list(range(n)), tree_edges(rng, range(n)), 1)
        elif kind == 2:
            edges = tree_edges(rng, range(n))
            edges.pop(rng.randrange(len(edges)))
        else:
            edges = _cycle_and_apart(rng, n)
        cases.append([n, edges])
    cases.append([MAX_NODES, tree_edges(rng, range(MAX_NODES))])
    cases.append([MAX_NODES, tree_edges(rng, range(MAX_NODES), path=True)])
    cases.append([MAX_NODES, _cycle_and_apart(rng, MAX_NODES)])
    nodes = list(range(MAX_NODES))
    cases.append([MAX_NODES, _add_edges(rng, nodes, tree_edges(rng, nodes), 3001)])
    return cases
