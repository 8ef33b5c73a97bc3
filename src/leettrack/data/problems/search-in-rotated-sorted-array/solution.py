class Solution:
    def search(self, nums: List[int], target: int) -> int:
        low, high = 0, len(nums) - 1
        while low <= high:
            middle = (low + high) // 2
            if nums[middle] == target:
                return middle
            if nums[low] <= nums[middle]:  # the left half is sorted
                if nums[low] <= target < nums[middle]:
                    high = middle - 1
                else:
                    low = middle + 1
            elif nums[middle] < target <= nums[high]:  # the right half is sorted
                low = middle + 1
            else:
                high = middle - 1
        return -1
