class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # i -> nums[i] is a linked list from 0 whose cycle starts at the duplicate (Floyd).
        slow = fast = 0
        while True:
            slow, fast = nums[slow], nums[nums[fast]]
            if slow == fast:
                break
        slow = 0
        while slow != fast:
            slow, fast = nums[slow], nums[fast]
        return slow
