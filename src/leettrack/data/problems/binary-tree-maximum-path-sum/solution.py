class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = -math.inf

        def gain(node: Optional[TreeNode]) -> int:
            """The largest sum of a path going down from node (0 for no path at all), after
            counting the best path that bends at node."""
            nonlocal best
            if node is None:
                return 0
            left, right = gain(node.left), gain(node.right)
            best = max(best, node.val + left + right)
            return max(0, node.val + max(left, right))

        gain(root)
        return best
