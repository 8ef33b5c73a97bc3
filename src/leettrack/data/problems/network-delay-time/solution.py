class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        edges: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for source, target, delay in times:
            edges[source].append((target, delay))
        arrival: dict[int, int] = {}
        heap = [(0, k)]
        while heap:  # Dijkstra: nodes leave the heap in order of arrival time
            time, node = heapq.heappop(heap)
            if node in arrival:
                continue
            arrival[node] = time
            for target, delay in edges[node]:
                if target not in arrival:
                    heapq.heappush(heap, (time + delay, target))
        return max(arrival.values()) if len(arrival) == n else -1
