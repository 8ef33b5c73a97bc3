class Solution:
    def numDecodings(self, s: str) -> int:
        # Tries every split, with no memory of the suffixes already counted.
        def count(start: int) -> int:
            if start == len(s):
                return 1
            if s[start] == "0":
                return 0
            total = count(start + 1)
            if start + 1 < len(s) and int(s[start : start + 2]) <= 26:
                total += count(start + 2)
            return total

        return count(0)
