class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        seen: set[tuple] = set()
        for row in range(9):
            for col in range(9):
                digit = board[row][col]
                if digit == ".":
                    continue
                keys = (
                    ("row", row, digit),
                    ("col", col, digit),
                    ("box", row // 3, col // 3, digit),
                )
                if any(key in seen for key in keys):
                    return False
                seen.update(keys)
        return True
