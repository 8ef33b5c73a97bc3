class Solution:
    def reverse(self, x: int) -> int:
        limit = 2**31 - 1 if x >= 0 else 2**31  # the largest magnitude allowed for the sign
        remaining, result = abs(x), 0
        while remaining:
            remaining, digit = divmod(remaining, 10)
            if result > (limit - digit) // 10:  # result * 10 + digit would pass the limit
                return 0
            result = result * 10 + digit
        return result if x >= 0 else -result
