class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(word) for word in words})
        # splits[i]: the first i letters of s split into dictionary words
        splits = [True] + [False] * len(s)
        for end in range(1, len(s) + 1):
            splits[end] = any(
                splits[end - length] and s[end - length : end] in words
                for length in lengths
                if length <= end
            )
        return splits[len(s)]
