"""Random networks: small ones (some nodes unreachable, zero delays) and dense ones of the
largest size (100 nodes, 6000 links)."""

import random


def check(times: list[list[int]], n: int, k: int) -> None:
    assert 1 <= k <= n <= 100 and 1 <= len(times) <= 6000
    for link in times:
        assert len(link) == 3
        u, v, w = link
        assert 1 <= u <= n and 1 <= v <= n and u != v and 0 <= w <= 100
    assert len({(u, v) for u, v, _ in times}) == len(times), "distinct links"


def _case(rng: random.Random, n: int, links: int, most: int) -> list:
    pairs = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v]
    chosen = rng.sample(pairs, min(links, len(pairs)))
    return [[[u, v, rng.randint(0, most)] for u, v in chosen], n, rng.randint(1, n)]


def generate(rng: random.Random) -> list[list]:
    cases = []
    for _ in range(14):
        n = rng.randint(2, 8)
        cases.append(_case(rng, n, rng.randint(1, n * (n - 1)), rng.choice([3, 100])))
    cases += [_case(rng, 100, 6000, 100), _case(rng, 100, 300, 100), _case(rng, 100, 6000, 5)]
    return cases
