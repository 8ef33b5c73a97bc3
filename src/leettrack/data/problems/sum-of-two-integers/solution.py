class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF  # work on 32-bit two's complement, as fixed-width integers do
        a, b = a & mask, b & mask
        while b:
            # XOR adds without carrying; AND finds the carries, which move one bit left
            a, b = a ^ b, ((a & b) << 1) & mask
        return a if a <= 0x7FFFFFFF else ~(a ^ mask)
