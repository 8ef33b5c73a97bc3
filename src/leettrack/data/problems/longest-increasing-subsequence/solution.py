class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k]: the smallest last number of an increasing subsequence of length k + 1
        tails: list[int] = []
        for number in nums:
            position = bisect_left(tails, number)
            if position == len(tails):
                tails.append(number)
            else:
                tails[position] = number
        return len(tails)
