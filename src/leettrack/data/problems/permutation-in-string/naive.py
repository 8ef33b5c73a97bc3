class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        width = len(s1)
        for start in range(len(s2) - width + 1):
            counts = {}
            for char in s1:
                counts[char] = counts.get(char, 0) + 1
            for char in s2[start : start + width]:
                counts[char] = counts.get(char, 0) - 1
            if all(count == 0 for count in counts.values()):
                return True
        return False
