def lt_judge(root, p, q):
    """Build the tree, find the nodes holding p and q, and give the value of the node the
    solution returns."""
    tree = lt_build_tree(root)
    nodes, stack = {}, [tree]
    while stack:
        node = stack.pop()
        nodes[node.val] = node
        stack += [child for child in (node.left, node.right) if child is not None]
    answer = Solution().lowestCommonAncestor(tree, nodes[p], nodes[q])
    return None if answer is None else answer.val
