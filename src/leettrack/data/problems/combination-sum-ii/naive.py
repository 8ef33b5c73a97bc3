class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        # Tries every choice of positions, then removes the repeated combinations.
        candidates = sorted(candidates)
        found: set[tuple[int, ...]] = set()

        def extend(start: int, remaining: int, chosen: tuple[int, ...]) -> None:
            if remaining == 0:
                found.add(chosen)
                return
            for index in range(start, len(candidates)):
                if candidates[index] > remaining:
                    break
                extend(index + 1, remaining - candidates[index], chosen + (candidates[index],))

        extend(0, target, ())
        return [list(combination) for combination in found]
