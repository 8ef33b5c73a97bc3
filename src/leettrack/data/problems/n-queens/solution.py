class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        boards: list[list[str]] = []
        columns: list[int] = []
        used, rising, falling = set(), set(), set()

        def place(row: int) -> None:
            if row == n:
                boards.append(["." * col + "Q" + "." * (n - col - 1) for col in columns])
                return
            for col in range(n):
                if col in used or row + col in rising or row - col in falling:
                    continue
                used.add(col), rising.add(row + col), falling.add(row - col)
                columns.append(col)
                place(row + 1)
                columns.pop()
                used.remove(col), rising.remove(row + col), falling.remove(row - col)

        place(0)
        return boards
