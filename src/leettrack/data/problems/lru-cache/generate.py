"""Random call sequences: small capacities over a few keys (many evictions, updates of present
keys, gets of evicted ones), and two of 3 * 10^4 calls with capacities up to 3000 over keys in
[0, 10^4]."""

import random


def check(operations: list[str], arguments: list[list]) -> None:
    assert 1 <= len(operations) == len(arguments) <= 2 * 10**5 + 1
    assert operations[0] == "LRUCache" and len(arguments[0]) == 1
    assert 1 <= arguments[0][0] <= 3000
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        assert name in ("get", "put") and len(values) == (1 if name == "get" else 2)
        assert 0 <= values[0] <= 10**4
        assert name == "get" or 0 <= values[1] <= 10**5


def _case(rng: random.Random, calls: int, capacity: int, keys: int) -> list:
    operations, arguments = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = rng.randint(0, keys)
        if rng.random() < 0.5:
            operations.append("put")
            arguments.append([key, rng.randint(0, 10**5)])
        else:
            operations.append("get")
            arguments.append([key])
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 8)) for _ in range(12)
    ]
    cases += [_case(rng, 3 * 10**4, 3000, 5000), _case(rng, 3 * 10**4, rng.randint(1, 3000), 10**4)]
    return cases
