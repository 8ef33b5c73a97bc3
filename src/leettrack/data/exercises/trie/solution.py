class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False


class Trie:
    """A set of words stored as a prefix tree."""

    def __init__(self) -> None:
        self._root = _Node()
        self._size = 0

    def insert(self, word: str) -> None:
        node = self._root
        for char in word:
            node = node.children.setdefault(char, _Node())
        if not node.is_word:
            node.is_word = True
            self._size += 1

    def _find(self, prefix: str) -> _Node | None:
        node: _Node | None = self._root
        for char in prefix:
            node = node.children.get(char) if node else None
        return node

    def contains(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        node = self._find(prefix)
        return node is not None and (node.is_word or bool(node.children))

    def words_with_prefix(self, prefix: str) -> list[str]:
        words: list[str] = []
        node = self._find(prefix)
        if node is not None:
            self._collect(node, prefix, words)
        return words

    def _collect(self, node: _Node, text: str, words: list[str]) -> None:
        if node.is_word:
            words.append(text)
        for char in sorted(node.children):
            self._collect(node.children[char], text + char, words)

    def remove(self, word: str) -> None:
        path: list[tuple[_Node, str]] = []
        node = self._root
        for char in word:
            if char not in node.children:
                raise KeyError(word)
            path.append((node, char))
            node = node.children[char]
        if not node.is_word:
            raise KeyError(word)
        node.is_word = False
        self._size -= 1
        for parent, char in reversed(path):  # prune branches that lead to no word
            child = parent.children[char]
            if child.is_word or child.children:
                break
            del parent.children[char]

    def __len__(self) -> int:
        return self._size
