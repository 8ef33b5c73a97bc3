class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie: dict = {}
        for word in words:
            node = trie
            for letter in word:
                node = node.setdefault(letter, {})
            node["$"] = word  # a word ends here
        rows, cols = len(board), len(board[0])
        found = []

        def search(row: int, col: int, parent: dict) -> None:
            letter = board[row][col]
            node = parent[letter]
            word = node.pop("$", None)
            if word is not None:
                found.append(word)
            board[row][col] = "#"  # used on the current path
            for r, c in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                if 0 <= r < rows and 0 <= c < cols and board[r][c] in node:
                    search(r, c, node)
            board[row][col] = letter
            if not node:
                del parent[letter]  # every word below was found: never come back

        for row in range(rows):
            for col in range(cols):
                if board[row][col] in trie:
                    search(row, col, trie)
        return found
