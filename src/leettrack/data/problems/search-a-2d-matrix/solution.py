class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        rows, cols = len(matrix), len(matrix[0])
        low, high = 0, rows * cols - 1
        while low <= high:  # the matrix read row by row is one sorted list
            middle = (low + high) // 2
            value = matrix[middle // cols][middle % cols]
            if value == target:
                return True
            if value < target:
                low = middle + 1
            else:
                high = middle - 1
        return False
