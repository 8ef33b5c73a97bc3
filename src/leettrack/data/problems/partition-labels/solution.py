class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {letter: index for index, letter in enumerate(s)}
        sizes: list[int] = []
        start = end = 0
        for index, letter in enumerate(s):
            end = max(end, last[letter])  # the part must reach this letter's last use
            if index == end:
                sizes.append(end - start + 1)
                start = index + 1
        return sizes
