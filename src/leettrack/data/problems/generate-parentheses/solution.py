class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        found: list[str] = []

        def extend(prefix: str, opened: int, closed: int) -> None:
            if closed == n:
                found.append(prefix)
                return
            if opened < n:
                extend(prefix + "(", opened + 1, closed)
            if closed < opened:
                extend(prefix + ")", opened, closed + 1)

        extend("", 0, 0)
        return found
