import heapq

Plan = dict[str, list[str]]


def _graph(requires: Plan) -> tuple[dict[str, list[str]], dict[str, int]]:
    """For every course, the courses that need it and how many prerequisites it waits for."""
    courses = set(requires) | {before for prereqs in requires.values() for before in prereqs}
    needed_by: dict[str, list[str]] = {course: [] for course in courses}
    waiting = dict.fromkeys(courses, 0)
    for course, prereqs in requires.items():
        for before in set(prereqs):
            needed_by[before].append(course)
            waiting[course] += 1
    return needed_by, waiting


def _take(course: str, needed_by: dict[str, list[str]], waiting: dict[str, int]) -> list[str]:
    """Mark course as taken; return the courses that have just become available."""
    ready = []
    for later in needed_by[course]:
        waiting[later] -= 1
        if waiting[later] == 0:
            ready.append(later)
    return ready


def course_order(requires: Plan) -> list[str]:
    """Return every course after its prerequisites, smallest available course first."""
    needed_by, waiting = _graph(requires)
    available = [course for course, count in waiting.items() if count == 0]
    heapq.heapify(available)
    order = []
    while available:
        course = heapq.heappop(available)
        order.append(course)
        for ready in _take(course, needed_by, waiting):
            heapq.heappush(available, ready)
    if len(order) != len(waiting):
        raise ValueError("the requirements contain a cycle")
    return order


def semesters(requires: Plan) -> list[list[str]]:
    """Group the courses into semesters of courses whose prerequisites are all done."""
    needed_by, waiting = _graph(requires)
    current = sorted(course for course, count in waiting.items() if count == 0)
    plan = []
    while current:
        plan.append(current)
        current = sorted(ready for course in current for ready in _take(course, needed_by, waiting))
    if sum(map(len, plan)) != len(waiting):
        raise ValueError("the requirements contain a cycle")
    return plan
