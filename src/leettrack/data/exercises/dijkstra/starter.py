import heapq

# Each edge is a [neighbour, cost] pair (a list in JSON, a tuple works too).
Graph = dict[str, list[tuple[str, int]]]


def shortest_distances(graph: Graph, start: str) -> dict[str, int]:
    """Return the cheapest cost from start to every reachable node."""
    pass


def cheapest_route(graph: Graph, start: str, goal: str) -> list[str]:
    """Return the nodes of a cheapest route from start to goal, or [] if unreachable."""
    pass
