class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def gain(node: Optional[TreeNode]) -> int:
            if node is None:
                return 0
            return max(0, node.val + max(gain(node.left), gain(node.right)))

        best, stack = -math.inf, [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + gain(node.left) + gain(node.right))
            stack += [child for child in (node.left, node.right) if child is not None]
        return best
