class Solution:
    def numDecodings(self, s: str) -> int:
        # ways ending one digit back, and two digits back
        previous, before = 1, 0
        for index, digit in enumerate(s):
            current = previous if digit != "0" else 0
            if index > 0 and 10 <= int(s[index - 1 : index + 1]) <= 26:
                current += before
            previous, before = current, previous
        return previous
