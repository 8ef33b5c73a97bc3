class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        width = len(s1)
        if width > len(s2):
            return False
        need = Counter(s1)
        window = Counter(s2[:width])
        if window == need:
            return True
        for right in range(width, len(s2)):
            window[s2[right]] += 1
            left = s2[right - width]
            window[left] -= 1
            if window[left] == 0:
                del window[left]
            if window == need:
                return True
        return False
