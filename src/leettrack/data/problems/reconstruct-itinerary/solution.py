class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        flights: dict[str, list[str]] = defaultdict(list)
        for origin, destination in sorted(tickets, reverse=True):
            flights[origin].append(destination)  # smallest destination last: popped first
        route: list[str] = []
        stack = ["JFK"]
        while stack:
            if flights[stack[-1]]:
                stack.append(flights[stack[-1]].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
