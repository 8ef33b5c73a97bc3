class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        low, high = sorted((p.val, q.val))
        node = root
        while not low <= node.val <= high:
            node = node.left if high < node.val else node.right
        return node
