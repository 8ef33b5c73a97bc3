class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Searches the whole board again for every word.
        rows, cols = len(board), len(board[0])

        def spells(row: int, col: int, word: str, index: int) -> bool:
            if board[row][col] != word[index]:
                return False
            if index == len(word) - 1:
                return True
            board[row][col] = "#"
            found = any(
                0 <= r < rows and 0 <= c < cols and spells(r, c, word, index + 1)
                for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1))
            )
            board[row][col] = word[index]
            return found

        return [
            word
            for word in words
            if any(spells(row, col, word, 0) for row in range(rows) for col in range(cols))
        ]
