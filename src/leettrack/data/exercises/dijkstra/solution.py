import heapq

# Each edge is a [neighbour, cost] pair (a list in JSON, a tuple works too).
Graph = dict[str, list[tuple[str, int]]]


def _dijkstra(graph: Graph, start: str) -> tuple[dict[str, int], dict[str, str]]:
    """Return the cheapest costs and each node's predecessor on a cheapest route."""
    if any(cost < 0 for edges in graph.values() for _, cost in edges):
        raise ValueError("negative edge costs are not supported")
    costs = {start: 0}
    previous: dict[str, str] = {}
    done: set[str] = set()
    heap = [(0, start)]
    while heap:
        cost, node = heapq.heappop(heap)
        if node in done:
            continue  # a stale entry: node was already reached more cheaply
        done.add(node)
        for neighbour, weight in graph.get(node, []):
            new_cost = cost + weight
            if neighbour not in costs or new_cost < costs[neighbour]:
                costs[neighbour] = new_cost
                previous[neighbour] = node
                heapq.heappush(heap, (new_cost, neighbour))
    return costs, previous


def shortest_distances(graph: Graph, start: str) -> dict[str, int]:
    """Return the cheapest cost from start to every reachable node."""
    return _dijkstra(graph, start)[0]


def cheapest_route(graph: Graph, start: str, goal: str) -> list[str]:
    """Return the nodes of a cheapest route from start to goal, or [] if unreachable."""
    costs, previous = _dijkstra(graph, start)
    if goal not in costs:
        return []
    route = [goal]
    while route[-1] != start:
        route.append(previous[route[-1]])
    return route[::-1]
