"""Random prerequisite lists: a dozen small ones, some acyclic and some with a cycle, then the
largest allowed (2000 courses, 5000 pairs): an acyclic one of narrow layers, each course
requiring courses of the layer before (so exponentially many paths: a search that does not
remember finished courses runs out of time), the same with one cycle added, and a random one."""

import random

from leettrack.problems.inputs import forward_pairs

MAX_COURSES = 2000
MAX_PAIRS = 5000


def check(numCourses: int, prerequisites: list[list[int]]) -> None:
    assert 1 <= numCourses <= MAX_COURSES
    assert 0 <= len(prerequisites) <= MAX_PAIRS
    assert all(len(pair) == 2 for pair in prerequisites)
    assert all(0 <= course < numCourses for pair in prerequisites for course in pair)
    assert len({tuple(pair) for pair in prerequisites}) == len(prerequisites), "pairs unique"


def _acyclic(rng: random.Random, courses: int, pairs: int) -> list[list[int]]:
    """Distinct pairs [a, b] with b before a in a random order of the courses."""
    return [list(pair) for pair in forward_pairs(rng, rng.sample(range(courses), courses), pairs)]


def _with_cycle(rng: random.Random, courses: int, pairs: list[list[int]]) -> list[list[int]]:
    """``pairs`` plus a cycle through a few courses (or a course requiring itself)."""
    loop = rng.sample(range(courses), rng.randint(1, min(courses, 4)))
    extra = {(loop[index], loop[index - 1]) for index in range(len(loop))}
    return [list(pair) for pair in {tuple(pair) for pair in pairs} | extra]


def _layered(rng: random.Random) -> list[list[int]]:
    labels = rng.sample(range(MAX_COURSES), MAX_COURSES)
    width = 4
    layers = [labels[start : start + width] for start in range(0, MAX_COURSES, width)]
    pairs = []
    for before, after in zip(layers, layers[1:]):
        links = [(course, required) for course in after for required in before]
        pairs += rng.sample(links, 10)
    return [list(pair) for pair in pairs[:MAX_PAIRS]]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for number in range(12):
        courses = rng.randint(1, 12)
        pairs = _acyclic(rng, courses, rng.randint(0, 2 * courses))
        if number % 2:
            pairs = _with_cycle(rng, courses, pairs)
        rng.shuffle(pairs)
        cases.append([courses, pairs])
    layered = _layered(rng)
    cases.append([MAX_COURSES, layered])
    cycled = _with_cycle(rng, MAX_COURSES, layered[: MAX_PAIRS - 4])
    rng.shuffle(cycled)
    cases.append([MAX_COURSES, cycled])
    cases.append([MAX_COURSES, _acyclic(rng, MAX_COURSES, MAX_PAIRS)])
    return cases
