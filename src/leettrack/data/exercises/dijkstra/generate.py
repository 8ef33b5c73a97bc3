"""Fresh weighted graphs. Every edge costs a different power of two, so no two routes cost
the same and the cheapest route is unique."""

import random

NODES = "ABCDEFGH"


def _graph(rng: random.Random) -> dict[str, list[list]]:
    nodes = NODES[: rng.randint(4, len(NODES))]
    pairs = [(a, b) for a in nodes for b in nodes if a != b]
    edges = rng.sample(pairs, rng.randint(len(nodes), min(len(pairs), 2 * len(nodes) + 2)))
    costs = rng.sample(range(20), len(edges))  # at most 18 edges
    graph: dict[str, list[list]] = {}
    for (source, target), power in zip(edges, costs):
        graph.setdefault(source, []).append([target, 2**power])
    return graph


def generate(rng: random.Random) -> list[dict]:
    cases = []
    for _ in range(3):
        graph = _graph(rng)
        start = rng.choice(sorted(graph))
        reached = sorted({target for edges in graph.values() for target, _ in edges} - {start})
        goal = rng.choice(reached)  # usually reachable from start, not always
        cases.append({"call": "shortest_distances", "args": [graph, start]})
        cases.append({"call": "cheapest_route", "args": [graph, start, goal]})
    return cases
