class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        position = {value: index for index, value in enumerate(inorder)}
        roots = iter(preorder)

        def build(low: int, high: int) -> Optional[TreeNode]:
            """The subtree whose in-order is inorder[low:high]; its root comes next in the
            pre-order."""
            if low == high:
                return None
            value = next(roots)
            middle = position[value]
            left = build(low, middle)
            return TreeNode(value, left, build(middle + 1, high))

        return build(0, len(inorder))
