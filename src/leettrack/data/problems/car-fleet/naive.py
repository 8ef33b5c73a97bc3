class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # A car leads its own fleet when it arrives later than every car ahead of it.
        times = [(target - p) / s for p, s in zip(position, speed)]
        fleets = 0
        for i in range(len(position)):
            ahead = [times[j] for j in range(len(position)) if position[j] > position[i]]
            if not ahead or max(ahead) < times[i]:
                fleets += 1
        return fleets
