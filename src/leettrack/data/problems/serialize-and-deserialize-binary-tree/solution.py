class Codec:
    """A tree as its level order: values and "#" for missing children, comma-separated."""

    def serialize(self, root):
        tokens, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                tokens.append("#")
            else:
                tokens.append(str(node.val))
                queue += (node.left, node.right)
        return ",".join(tokens)

    def deserialize(self, data):
        tokens = iter(data.split(","))
        root = self._node(next(tokens))
        queue = deque([root] if root else [])
        while queue:
            node = queue.popleft()
            node.left, node.right = self._node(next(tokens)), self._node(next(tokens))
            queue += (child for child in (node.left, node.right) if child)
        return root

    @staticmethod
    def _node(token):
        return None if token == "#" else TreeNode(int(token))
