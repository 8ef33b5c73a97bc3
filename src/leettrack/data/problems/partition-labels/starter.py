class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        pass
