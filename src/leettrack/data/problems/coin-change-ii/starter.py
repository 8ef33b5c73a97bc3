class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        pass
