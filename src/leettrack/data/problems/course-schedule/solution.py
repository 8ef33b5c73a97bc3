class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for course, required in prerequisites:
            unlocks[required].append(course)
            missing[course] += 1
        ready = [course for course in range(numCourses) if missing[course] == 0]
        taken = 0
        while ready:
            course = ready.pop()
            taken += 1
            for following in unlocks[course]:
                missing[following] -= 1
                if missing[following] == 0:
                    ready.append(following)
        return taken == numCourses
