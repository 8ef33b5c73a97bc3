class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        pass
