class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # A tree on n nodes has exactly n - 1 edges and no cycle.
        if len(edges) != n - 1:
            return False
        parent = list(range(n))

        def root(node: int) -> int:
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for first, second in edges:
            first_root, second_root = root(first), root(second)
            if first_root == second_root:
                return False
            parent[first_root] = second_root
        return True
