class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        result = digits[:]
        for index in range(len(result) - 1, -1, -1):
            if result[index] < 9:
                result[index] += 1
                return result
            result[index] = 0  # 9 + 1 carries into the next digit
        return [1] + result
