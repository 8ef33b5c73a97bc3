class Trie:
    """A set of words stored as a prefix tree."""

    def __init__(self) -> None:
        self.words: list[str] = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def contains(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        pass

    def words_with_prefix(self, prefix: str) -> list[str]:
        pass

    def remove(self, word: str) -> None:
        pass

    def __len__(self) -> int:
        return len(self.words)
