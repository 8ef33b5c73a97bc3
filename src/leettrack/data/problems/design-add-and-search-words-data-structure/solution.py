class WordDictionary:
    """A trie of nested dicts; the key "$" marks the end of a word. A search follows every
    branch a dot allows, level by level (at most 26² nodes at once with two dots)."""

    def __init__(self):
        self.root: dict = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for char in word:
            node = node.setdefault(char, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        nodes = [self.root]
        for char in word:
            if char == ".":
                nodes = [child for node in nodes for key, child in node.items() if key != "$"]
            else:
                nodes = [node[char] for node in nodes if char in node]
            if not nodes:
                return False
        return any("$" in node for node in nodes)
