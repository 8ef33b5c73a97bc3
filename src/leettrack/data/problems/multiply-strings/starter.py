class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        pass
