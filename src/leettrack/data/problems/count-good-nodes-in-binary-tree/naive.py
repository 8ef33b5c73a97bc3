class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Walks from every node back up to the root: O(n * depth).
        parent = {root: None}
        order = [root]
        for node in order:
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    order.append(child)
        good = 0
        for node in order:
            largest, above = node.val, parent[node]
            while above is not None:
                largest = max(largest, above.val)
                above = parent[above]
            if largest == node.val:
                good += 1
        return good
