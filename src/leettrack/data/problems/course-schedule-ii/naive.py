class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        taken: set[int] = set()
        order = []
        while len(order) < numCourses:  # rescan every prerequisite for each course taken
            blocked = {course for course, before in prerequisites if before not in taken}
            free = [c for c in range(numCourses) if c not in taken and c not in blocked]
            if not free:
                return []
            taken.add(free[0])
            order.append(free[0])
        return order
