class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Looks for a cycle from every course, remembering only the current path: a course
        # reached along many paths is explored again each time.
        requires = [[] for _ in range(numCourses)]
        for course, required in prerequisites:
            requires[course].append(required)

        def cycle(course: int, path: set) -> bool:
            if course in path:
                return True
            path.add(course)
            found = any(cycle(required, path) for required in requires[course])
            path.discard(course)
            return found

        return not any(cycle(course, set()) for course in range(numCourses))
