class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        unlocks: list[list[int]] = [[] for _ in range(numCourses)]
        missing = [0] * numCourses  # prerequisites not taken yet
        for course, before in prerequisites:
            unlocks[before].append(course)
            missing[course] += 1
        ready = deque(course for course in range(numCourses) if missing[course] == 0)
        order = []
        while ready:
            course = ready.popleft()
            order.append(course)
            for following in unlocks[course]:
                missing[following] -= 1
                if missing[following] == 0:
                    ready.append(following)
        return order if len(order) == numCourses else []
