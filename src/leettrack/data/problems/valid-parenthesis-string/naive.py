class Solution:
    def checkValidString(self, s: str) -> bool:
        def valid(index: int, open_count: int) -> bool:  # every meaning of every star
            if open_count < 0:
                return False
            if index == len(s):
                return open_count == 0
            if s[index] == "(":
                return valid(index + 1, open_count + 1)
            if s[index] == ")":
                return valid(index + 1, open_count - 1)
            return (
                valid(index + 1, open_count + 1)
                or valid(index + 1, open_count - 1)
                or valid(index + 1, open_count)
            )

        return valid(0, 0)
