class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        if len(text1) < len(text2):
            text1, text2 = text2, text1
        # previous[j]: the answer for the letters of text1 so far and the first j of text2
        previous = [0] * (len(text2) + 1)
        for letter in text1:
            current = [0]
            for j, other in enumerate(text2):
                if letter == other:
                    current.append(previous[j] + 1)
                else:
                    current.append(max(previous[j + 1], current[j]))
            previous = current
        return previous[-1]
