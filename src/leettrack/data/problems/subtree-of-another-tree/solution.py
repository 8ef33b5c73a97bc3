class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def encode(tree: Optional[TreeNode]) -> str:
            """The pre-order with every value and missing child after a comma: a subtree's
            code appears in a tree's code exactly where that subtree sits."""
            parts, stack = [], [tree]
            while stack:
                node = stack.pop()
                if node is None:
                    parts.append(",#")
                else:
                    parts.append(f",{node.val}")
                    stack += [node.right, node.left]
            return "".join(parts)

        return encode(subRoot) in encode(root)
