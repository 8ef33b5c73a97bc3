"""Random one-way flight networks (sparse and dense, cheap long routes against dear short ones);
the largest ones have 100 cities, thousands of flights and many stops allowed, where trying
every route runs out of time."""

import random


def check(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> None:
    assert 1 <= n <= 100 and 0 <= len(flights) <= n * (n - 1) // 2
    for flight in flights:
        assert len(flight) == 3
        origin, destination, price = flight
        assert 0 <= origin < n and 0 <= destination < n and origin != destination
        assert 1 <= price <= 10**4
    assert len({(f[0], f[1]) for f in flights}) == len(flights), "one flight per pair at most"
    assert 0 <= src < n and 0 <= dst < n and 0 <= k < n and src != dst


def _case(rng: random.Random, n: int, density: float, k: int) -> list:
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b and rng.random() < density]
    pairs = pairs[: n * (n - 1) // 2]
    rng.shuffle(pairs)
    # A flight's price grows with the distance between the cities: hops tend to be cheaper.
    flights = [[a, b, min(10**4, abs(a - b) ** 2 * rng.randint(1, 20))] for a, b in pairs]
    src, dst = rng.sample(range(n), 2)
    return [n, flights, src, dst, k]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(12):
        n = rng.randint(2, 12)
        cases.append(_case(rng, n, rng.random(), rng.randrange(n)))
    cases += [_case(rng, 100, 0.45, rng.randint(60, 99)) for _ in range(2)]
    return cases
