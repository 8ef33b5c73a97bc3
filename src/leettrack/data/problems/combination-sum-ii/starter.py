class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        pass
