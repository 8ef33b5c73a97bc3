class Node:
    """LeetCode's node of this problem (not the graph ``Node`` of the prelude): defined after
    the learner's code, so it is the one their code builds at run time."""

    def __init__(self, x: int, next: "Node" = None, random: "Node" = None):
        self.val = int(x)
        self.next = next
        self.random = random


def lt_judge(head):
    """Builds the list (``head[i] = [val, index of the random node or None]``), copies it and
    returns ``[copy, reused]``: ``copy`` in the same form (a random pointer outside the copy
    shows as ``-1``) and ``reused`` the number of original nodes in it, found with ``is``."""
    originals = [Node(value) for value, _ in head]
    for index, (_, target) in enumerate(head):
        if index + 1 < len(originals):
            originals[index].next = originals[index + 1]
        originals[index].random = None if target is None else originals[target]
    copy = Solution().copyRandomList(originals[0] if originals else None)
    nodes = []
    while copy is not None:
        if len(nodes) > len(originals):
            raise ValueError("the copy has more nodes than the list, or a cycle")
        nodes.append(copy)
        copy = copy.next

    def position(target):
        if target is None:
            return None
        return next((index for index, node in enumerate(nodes) if node is target), -1)

    reused = sum(1 for node in nodes if any(node is original for original in originals))
    return [[[node.val, position(node.random)] for node in nodes], reused]
