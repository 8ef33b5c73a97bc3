class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Tries every order of bursting the balloons: O(n!).
        def most(balloons: list[int]) -> int:
            best = 0
            for i in range(len(balloons)):
                left = balloons[i - 1] if i > 0 else 1
                right = balloons[i + 1] if i + 1 < len(balloons) else 1
                rest = balloons[:i] + balloons[i + 1 :]
                best = max(best, left * balloons[i] * right + most(rest))
            return best

        return most(nums)
