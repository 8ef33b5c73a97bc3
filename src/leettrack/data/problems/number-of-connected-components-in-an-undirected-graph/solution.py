class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))

        def root(node: int) -> int:
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        components = n
        for first, second in edges:
            first_root, second_root = root(first), root(second)
            if first_root != second_root:
                parent[first_root] = second_root
                components -= 1
        return components
