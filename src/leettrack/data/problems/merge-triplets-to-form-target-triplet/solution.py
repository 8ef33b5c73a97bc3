class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        x, y, z = target
        found_x = found_y = found_z = False
        for a, b, c in triplets:
            if a <= x and b <= y and c <= z:  # safe to merge: nothing grows past the target
                found_x, found_y, found_z = found_x or a == x, found_y or b == y, found_z or c == z
        return found_x and found_y and found_z
