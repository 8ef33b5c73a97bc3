class WordDictionary:

    def __init__(self):
        self.words: list[str] = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for candidate in self.words:
            if len(candidate) == len(word) and all(
                wanted in (".", char) for wanted, char in zip(word, candidate)
            ):
                return True
        return False
