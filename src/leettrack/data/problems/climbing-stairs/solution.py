class Solution:
    def climbStairs(self, n: int) -> int:
        previous, current = 1, 1  # ways to reach step 0 and step 1
        for _ in range(n - 1):
            previous, current = current, previous + current
        return current
