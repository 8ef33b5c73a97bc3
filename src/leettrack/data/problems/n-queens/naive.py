class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards = []
        for columns in itertools.product(range(n), repeat=n):
            safe = all(
                columns[a] != columns[b] and abs(columns[a] - columns[b]) != b - a
                for a in range(n)
                for b in range(a + 1, n)
            )
            if safe:
                boards.append(["." * col + "Q" + "." * (n - col - 1) for col in columns])
        return boards
