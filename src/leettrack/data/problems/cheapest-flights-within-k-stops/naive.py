class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        outgoing = defaultdict(list)
        for origin, destination, price in flights:
            outgoing[origin].append((destination, price))
        best = math.inf

        def fly(city: int, spent: int, flights_left: int) -> None:
            nonlocal best
            if city == dst:
                best = min(best, spent)
                return
            if flights_left == 0:
                return
            for destination, price in outgoing[city]:
                fly(destination, spent + price, flights_left - 1)

        fly(src, 0, k + 1)
        return -1 if best == math.inf else best
