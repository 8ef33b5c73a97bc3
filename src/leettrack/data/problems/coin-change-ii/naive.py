class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # Lists every combination, one at a time, without remembering partial results.
        coins = sorted(coins)

        def count(start: int, remaining: int) -> int:
            if remaining == 0:
                return 1
            ways = 0
            for index in range(start, len(coins)):
                if coins[index] > remaining:
                    break
                ways += count(index, remaining - coins[index])
            return ways

        return count(0, amount)
