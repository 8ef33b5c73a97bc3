"""Shuffled tickets of a random trip from JFK among a few airports (so that many orders use all
tickets and the alphabet decides), up to the largest size (300 tickets)."""

import random
import string
from collections import Counter


def check(tickets: list[list[str]]) -> None:
    assert 1 <= len(tickets) <= 300
    for ticket in tickets:
        assert len(ticket) == 2 and ticket[0] != ticket[1]
        assert all(len(code) == 3 and set(code) <= set(string.ascii_uppercase) for code in ticket)
    # Hierholzer's walk from JFK must use every ticket once: otherwise no trip exists.
    flights: dict[str, list[str]] = {}
    for origin, destination in tickets:
        flights.setdefault(origin, []).append(destination)
    route, stack = [], ["JFK"]
    while stack:
        if flights.get(stack[-1]):
            stack.append(flights[stack[-1]].pop())
        else:
            route.append(stack.pop())
    route.reverse()
    used = Counter(zip(route, route[1:]))
    assert route[0] == "JFK" and used == Counter(map(tuple, tickets)), "a trip uses every ticket"


def _code(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_uppercase, k=3))


def _case(rng: random.Random, length: int, airports: int) -> list:
    names = ["JFK"] + [_code(rng) for _ in range(airports - 1)]
    names = list(dict.fromkeys(names))
    trip = ["JFK"]
    for _ in range(length):
        trip.append(rng.choice([name for name in names if name != trip[-1]]))
    tickets = [list(pair) for pair in zip(trip, trip[1:])]
    rng.shuffle(tickets)
    return [tickets]


def generate(rng: random.Random) -> list[list]:
    cases = [_case(rng, rng.randint(1, 30), rng.randint(2, 8)) for _ in range(12)]
    cases += [_case(rng, 300, 6), _case(rng, 300, 60)]
    return cases
