class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        available = Counter(letter for row in board for letter in row)
        if any(available[letter] < needed for letter, needed in Counter(word).items()):
            return False
        # Start from the rarer end of the word: fewer starting cells, earlier dead ends.
        if available[word[0]] > available[word[-1]]:
            word = word[::-1]

        def search(row: int, col: int, index: int) -> bool:
            if board[row][col] != word[index]:
                return False
            if index == len(word) - 1:
                return True
            board[row][col] = "#"  # used on the current path
            found = any(
                0 <= r < rows and 0 <= c < cols and search(r, c, index + 1)
                for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1))
            )
            board[row][col] = word[index]
            return found

        return any(search(row, col, 0) for row in range(rows) for col in range(cols))
