class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        pass
