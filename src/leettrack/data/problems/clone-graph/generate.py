"""Random connected undirected graphs as adjacency lists (node i + 1's neighbours are
adjList[i]): the empty graph, single nodes, small ones, a path, a cycle and the largest
allowed: 100 nodes, complete or dense. Neighbours are listed in random order."""

import random

MAX_NODES = 100


def check(adjList: list[list[int]]) -> None:
    count = len(adjList)
    assert 0 <= count <= MAX_NODES
    edges = set()
    for node, neighbours in enumerate(adjList, start=1):
        assert len(set(neighbours)) == len(neighbours), "no repeated edges"
        for other in neighbours:
            assert 1 <= other <= count and other != node, "no self-loops"
            edges.add((node, other))
    assert all((other, node) in edges for node, other in edges), "undirected"
    reached, pending = {1}, [1]
    while pending and count:
        for other in adjList[pending.pop() - 1]:
            if other not in reached:
                reached.add(other)
                pending.append(other)
    assert count == 0 or len(reached) == count, "connected"


def _graph(rng: random.Random, count: int, extra: int) -> list[list[int]]:
    """A random spanning tree of ``count`` nodes plus up to ``extra`` more edges."""
    edges = set()
    for node in range(2, count + 1):
        edges.add(frozenset((node, rng.randint(1, node - 1))))
    for _ in range(extra):
        pair = frozenset(rng.sample(range(1, count + 1), 2)) if count > 1 else None
        if pair is not None:
            edges.add(pair)
    adjacency = [[] for _ in range(count)]
    for first, second in sorted(tuple(sorted(edge)) for edge in edges):
        adjacency[first - 1].append(second)
        adjacency[second - 1].append(first)
    for neighbours in adjacency:
        rng.shuffle(neighbours)
    return adjacency


def generate(rng: random.Random) -> list[list]:
    cases = [[[]], [[[]]]]
    for _ in range(14):
        count = rng.randint(2, 30)
        cases.append([_graph(rng, count, rng.randint(0, 2 * count))])
    path = list(range(1, MAX_NODES + 1))
    rng.shuffle(path)
    ring = [[] for _ in range(MAX_NODES)]
    for index, node in enumerate(path):
        for other in (path[index - 1], path[(index + 1) % MAX_NODES]):
            ring[node - 1].append(other)
    cases.append([ring])
    cases.append([[[other for other in range(1, MAX_NODES + 1) if other != node]
                   for node in range(1, MAX_NODES + 1)]])
    cases.append([_graph(rng, MAX_NODES, 1500)])
    return cases
