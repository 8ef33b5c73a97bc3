"""Random call sequences with strictly increasing set timestamps and get timestamps anywhere in
[1, 10^7] (before the first set of a key, between sets, exactly on one, after the last), on keys
set or never set: short ones over a few keys, and two of 4 * 10^4 calls on one key (2 * 10^4
sets, then 2 * 10^4 gets), where scanning a key's whole history per get runs out of time."""

import random
import string

ALPHABET = string.ascii_lowercase + string.digits


def check(operations: list[str], arguments: list[list]) -> None:
    assert 1 <= len(operations) == len(arguments) <= 2 * 10**5 + 1
    assert operations[0] == "TimeMap" and arguments[0] == []
    last = 0
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        assert name in ("set", "get") and len(values) == (3 if name == "set" else 2)
        strings, timestamp = values[:-1], values[-1]
        assert all(1 <= len(text) <= 100 and set(text) <= set(ALPHABET) for text in strings)
        assert isinstance(timestamp, int) and 1 <= timestamp <= 10**7
        if name == "set":
            assert timestamp > last, "the timestamps of set strictly increase"
            last = timestamp


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 4)))


def _case(rng: random.Random, calls: int, keys: list[str], gap: int, sets_first: bool) -> list:
    operations, arguments, now = ["TimeMap"], [[]], 0
    for call in range(calls):
        if (call < calls // 2) if sets_first else rng.random() < 0.5:
            now += rng.randint(1, gap)
            operations.append("set")
            arguments.append([rng.choice(keys), _word(rng), now])
        else:
            moment = rng.choice([max(1, now), rng.randint(1, now + gap)])
            operations.append("get")
            arguments.append([rng.choice(keys + ["zz"]), moment])
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    keys = ["a", "b", "key"]
    cases = [_case(rng, rng.randint(1, 20), keys[: rng.randint(1, 3)], 3, False) for _ in range(12)]
    cases.append(_case(rng, 300, [f"k{index}" for index in range(5)], 50, False))
    cases += [_case(rng, 4 * 10**4, ["x"], 200, sets_first=True) for _ in range(2)]
    return cases
