class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates = sorted(candidates)
        found: list[list[int]] = []
        chosen: list[int] = []

        def extend(start: int, remaining: int) -> None:
            if remaining == 0:
                found.append(chosen.copy())
                return
            for index in range(start, len(candidates)):
                if index > start and candidates[index] == candidates[index - 1]:
                    continue  # the same value in this position was tried just before
                if candidates[index] > remaining:
                    break  # sorted: every later candidate is too large as well
                chosen.append(candidates[index])
                extend(index + 1, remaining - candidates[index])  # each used at most once
                chosen.pop()

        extend(0, target)
        return found
