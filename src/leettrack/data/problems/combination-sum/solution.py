class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates = sorted(candidates)
        found: list[list[int]] = []
        chosen: list[int] = []

        def extend(start: int, remaining: int) -> None:
            if remaining == 0:
                found.append(chosen.copy())
                return
            for index in range(start, len(candidates)):
                if candidates[index] > remaining:
                    break  # sorted: every later candidate is too large as well
                chosen.append(candidates[index])
                extend(index, remaining - candidates[index])  # index again: reuse allowed
                chosen.pop()

        extend(0, target)
        return found
