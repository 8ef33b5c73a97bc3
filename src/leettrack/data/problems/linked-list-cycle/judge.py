def lt_judge(head, pos):
    """Build the list from its values, link the last node back to node ``pos`` (none when it
    is -1), and ask the solution whether the list has a cycle."""
    first = lt_build_list(head)
    nodes, node = [], first
    while node is not None:
        nodes.append(node)
        node = node.next
    if pos >= 0:
        nodes[-1].next = nodes[pos]
    return Solution().hasCycle(first)
