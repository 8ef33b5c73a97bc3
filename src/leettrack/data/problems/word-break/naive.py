class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def splits(start: int) -> bool:
            if start == len(s):
                return True
            return any(
                s.startswith(word, start) and splits(start + len(word)) for word in wordDict
            )

        return splits(0)
