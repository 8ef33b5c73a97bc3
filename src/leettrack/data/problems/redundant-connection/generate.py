"""Random trees with one extra link between two nodes not yet linked, the links shuffled; up to
the largest size (1000 nodes), including long paths where the cycle is long."""

import random

from leettrack.problems.inputs import tree_edges


def check(edges: list[list[int]]) -> None:
    n = len(edges)
    assert 3 <= n <= 1000
    assert all(len(edge) == 2 and 1 <= edge[0] < edge[1] <= n for edge in edges)
    assert len({tuple(edge) for edge in edges}) == n, "no link appears twice"
    parent = list(range(n + 1))

    def find(node: int) -> int:
        while parent[node] != node:
            node = parent[node]
        return node

    for a, b in edges:
        parent[find(a)] = find(b)
    assert len({find(node) for node in range(1, n + 1)}) == 1, "the links connect all nodes"


def _case(rng: random.Random, n: int, path: bool) -> list:
    links = {tuple(sorted(edge)) for edge in tree_edges(rng, range(1, n + 1), path)}
    while True:
        extra = tuple(sorted(rng.sample(range(1, n + 1), 2)))
        if extra not in links:
            break
    edges = [list(link) for link in links] + [list(extra)]
    rng.shuffle(edges)
    return [edges]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(3, 30), path=rng.random() < 0.3) for _ in range(12)]
    cases += [_case(rng, 1000, path=path) for path in (False, True)]
    return cases
