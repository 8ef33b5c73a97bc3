class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # For every "O", a fresh search for a way out to the border: O((rows * cols)^2).
        rows, cols = len(board), len(board[0])

        def escapes(row: int, col: int) -> bool:
            seen = {(row, col)}
            stack = [(row, col)]
            while stack:
                r, c = stack.pop()
                if r in (0, rows - 1) or c in (0, cols - 1):
                    return True
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if board[nr][nc] == "O" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            return False

        captured = [
            (r, c)
            for r in range(rows)
            for c in range(cols)
            if board[r][c] == "O" and not escapes(r, c)
        ]
        for r, c in captured:
            board[r][c] = "X"
