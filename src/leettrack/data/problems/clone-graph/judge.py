LT_MAX_CLONE_NODES = 1000


def lt_judge(adjList):
    """Builds the graph (node ``i + 1``'s neighbours are ``adjList[i]``), clones it from node 1
    and returns ``[adjacency, reused]``: ``adjacency`` lists ``[val, [neighbour vals]]`` for every
    node reachable in the clone, the returned node first and the others by value; ``reused``
    counts the original nodes among them (identity through ``is``: nothing can fake it)."""
    originals = [Node(index + 1) for index in range(len(adjList))]
    for node, neighbours in zip(originals, adjList):
        node.neighbors = [originals[value - 1] for value in neighbours]
    clone = Solution().cloneGraph(originals[0] if originals else None)
    found = []
    pending = [] if clone is None else [clone]
    while pending:
        node = pending.pop(0)
        if any(node is seen for seen in found):
            continue
        if len(found) == LT_MAX_CLONE_NODES:
            raise ValueError("the clone has far more nodes than the graph")
        found.append(node)
        pending.extend(node.neighbors)
    reused = sum(1 for node in found if any(node is original for original in originals))
    adjacency = [[node.val, [neighbour.val for neighbour in node.neighbors]] for node in found]

    def by_value(entry):
        return (0, entry[0], "") if type(entry[0]) is int else (1, 0, lt_key(entry))

    return [adjacency[:1] + sorted(adjacency[1:], key=by_value), reused]
