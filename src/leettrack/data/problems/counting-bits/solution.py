class Solution:
    def countBits(self, n: int) -> List[int]:
        ones = [0] * (n + 1)
        for number in range(1, n + 1):
            # number is number >> 1 with its lowest bit appended
            ones[number] = ones[number >> 1] + (number & 1)
        return ones
