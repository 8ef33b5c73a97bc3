class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        rows, cols = len(rooms), len(rooms[0])
        gates = [(r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
        for gate in gates:  # a full search from every gate, keeping the smaller distance
            distance = {gate: 0}
            queue = deque([gate])
            while queue:
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and rooms[nr][nc] > 0:
                        if (nr, nc) not in distance:
                            distance[(nr, nc)] = distance[(r, c)] + 1
                            queue.append((nr, nc))
                            rooms[nr][nc] = min(rooms[nr][nc], distance[(nr, nc)])
