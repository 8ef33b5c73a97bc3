class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        def largest(node: Optional[TreeNode]) -> float:
            if node is None:
                return -math.inf
            return max(node.val, largest(node.left), largest(node.right))

        def smallest(node: Optional[TreeNode]) -> float:
            if node is None:
                return math.inf
            return min(node.val, smallest(node.left), smallest(node.right))

        def check(node: Optional[TreeNode]) -> bool:
            if node is None:
                return True
            return (
                largest(node.left) < node.val < smallest(node.right)
                and check(node.left)
                and check(node.right)
            )

        return check(root)
