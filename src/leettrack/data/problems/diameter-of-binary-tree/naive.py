class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node: Optional[TreeNode]) -> int:
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def diameter(node: Optional[TreeNode]) -> int:
            if node is None:
                return 0
            through = height(node.left) + height(node.right)
            return max(through, diameter(node.left), diameter(node.right))

        return diameter(root)
