class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        if num1 == "0" or num2 == "0":
            return "0"
        # digits[k]: the sum for place 10^k, lowest place first, carried at the end.
        digits = [0] * (len(num1) + len(num2))
        for i, a in enumerate(reversed(num1)):
            for j, b in enumerate(reversed(num2)):
                digits[i + j] += (ord(a) - 48) * (ord(b) - 48)
        carry = 0
        for k in range(len(digits)):
            carry, digits[k] = divmod(digits[k] + carry, 10)
        while len(digits) > 1 and digits[-1] == 0:
            digits.pop()
        return "".join(chr(48 + digit) for digit in reversed(digits))
