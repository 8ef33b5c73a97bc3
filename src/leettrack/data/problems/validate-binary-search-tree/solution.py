class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def within(node: Optional[TreeNode], low: float, high: float) -> bool:
            if node is None:
                return True
            return (
                low < node.val < high
                and within(node.left, low, node.val)
                and within(node.right, node.val, high)
            )

        return within(root, -math.inf, math.inf)
