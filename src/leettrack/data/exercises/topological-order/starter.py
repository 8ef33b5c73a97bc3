def course_order(requires: dict[str, list[str]]) -> list[str]:
    """Return every course after its prerequisites, smallest available course first."""
    order: list[str] = []

    def visit(course: str) -> None:
        for before in requires.get(course, []):
            visit(before)
        if course not in order:
            order.append(course)

    for course in sorted(requires):
        visit(course)
    return order


def semesters(requires: dict[str, list[str]]) -> list[list[str]]:
    """Group the courses into semesters of courses whose prerequisites are all done."""
    pass
