class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        cost = [math.inf] * n
        cost[src] = 0
        for _ in range(k + 1):  # round r: the cheapest prices using at most r flights
            following = cost[:]
            for origin, destination, price in flights:
                if cost[origin] + price < following[destination]:
                    following[destination] = cost[origin] + price
            if following == cost:
                break
            cost = following
        return -1 if cost[dst] == math.inf else cost[dst]
