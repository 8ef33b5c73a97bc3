"""Random undirected graphs: a dozen small ones with few to many edges, then the largest
allowed, 2000 nodes: 5000 random edges, a single edge, one long path, and many small pieces."""

import random

MAX_NODES = 2000
MAX_EDGES = 5000


def check(n: int, edges: list[list[int]]) -> None:
    assert 1 <= n <= MAX_NODES
    assert 1 <= len(edges) <= MAX_EDGES
    assert all(len(edge) == 2 and 0 <= edge[0] < edge[1] < n for edge in edges)
    assert len({tuple(edge) for edge in edges}) == len(edges), "no repeated edges"


def _edges(rng: random.Random, nodes: list[int], count: int) -> list[list[int]]:
    """``count`` distinct random edges between ``nodes`` (fewer if every pair is taken)."""
    count = min(count, len(nodes) * (len(nodes) - 1) // 2)
    chosen: set[tuple[int, int]] = set()
    while len(chosen) < count:
        first, second = sorted(rng.sample(nodes, 2))
        chosen.add((first, second))
    edges = [list(edge) for edge in chosen]
    rng.shuffle(edges)
    return edges


def _pieces(rng: random.Random, n: int, size: int) -> list[list[int]]:
    """Paths of about ``size`` random nodes each."""
    order = rng.sample(range(n), n)
    edges = []
    for start in range(0, n, size):
        piece = order[start : start + size]
        edges += [sorted(pair) for pair in zip(piece, piece[1:])]
    rng.shuffle(edges)
    return edges


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        n = rng.randint(2, 12)
        cases.append([n, _edges(rng, list(range(n)), rng.randint(1, n + 2))])
    cases.append([MAX_NODES, _edges(rng, list(range(MAX_NODES)), MAX_EDGES)])
    cases.append([MAX_NODES, _edges(rng, list(range(MAX_NODES)), 1)])
    cases.append([MAX_NODES, _pieces(rng, MAX_NODES, MAX_NODES)])
    cases.append([MAX_NODES, _pieces(rng, MAX_NODES, rng.randint(2, 5))])
    return cases
