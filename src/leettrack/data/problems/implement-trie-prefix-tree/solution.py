class Trie:
    END = "$"  # marks, inside a node, that a word ends there

    def __init__(self):
        self.root: dict = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[self.END] = True

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and self.END in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

    def _walk(self, text: str) -> Optional[dict]:
        """The node reached by following ``text`` from the root, or None."""
        node = self.root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node
