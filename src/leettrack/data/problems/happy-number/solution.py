class Solution:
    def isHappy(self, n: int) -> bool:
        def step(number: int) -> int:
            total = 0
            while number:
                number, digit = divmod(number, 10)
                total += digit * digit
            return total

        # Floyd's cycle detection: the fast walker meets the slow one inside any loop.
        slow, fast = n, step(n)
        while fast != 1 and slow != fast:
            slow, fast = step(slow), step(step(fast))
        return fast == 1
