class Solution:
    def isValid(self, s: str) -> bool:
        opening = {")": "(", "]": "[", "}": "{"}
        stack: list[str] = []
        for char in s:
            if char in opening:
                if not stack or stack.pop() != opening[char]:
                    return False
            else:
                stack.append(char)
        return not stack
