class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        longest = 0

        def height(node: Optional[TreeNode]) -> int:
            """Nodes on the longest downward path from node; updates the longest path seen."""
            nonlocal longest
            if node is None:
                return 0
            left, right = height(node.left), height(node.right)
            longest = max(longest, left + right)
            return 1 + max(left, right)

        height(root)
        return longest
