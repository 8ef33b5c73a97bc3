"""Random operation sequences among a few users (many follows and unfollows, repeated ones
too), and a large one: 10^4 tweets, most by users nobody reads, then 1.5 * 10^4 feed requests
of users who follow a handful of early posters, where scanning all tweets is too slow."""

import random

MAX_CALLS = 3 * 10**4
ARITY = {"postTweet": 2, "getNewsFeed": 1, "follow": 2, "unfollow": 2}


def check(operations: list[str], arguments: list[list]) -> None:
    assert operations[0] == "Twitter" and arguments[0] == []
    assert len(operations) == len(arguments) and 1 <= len(operations) - 1 <= MAX_CALLS
    posted = set()
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        assert name in ARITY and len(values) == ARITY[name]
        if name == "postTweet":
            assert 1 <= values[0] <= 500 and 0 <= values[1] <= 10**4
            assert values[1] not in posted, "tweet ids are unique"
            posted.add(values[1])
        else:
            assert all(1 <= user <= 500 for user in values)
            assert len(values) == 1 or values[0] != values[1], "nobody follows themselves"


def _small(rng: random.Random) -> list:
    users = rng.randint(1, 5)
    ids = iter(rng.sample(range(10**4 + 1), 60))
    operations, arguments = ["Twitter"], [[]]
    for _ in range(rng.randint(1, 40)):
        name = rng.choice(["postTweet", "postTweet", "getNewsFeed", "follow", "unfollow"])
        if users == 1 and name in ("follow", "unfollow"):
            name = "getNewsFeed"
        if name == "postTweet":
            values = [rng.randint(1, users), next(ids)]
        elif name == "getNewsFeed":
            values = [rng.randint(1, users)]
        else:
            values = rng.sample(range(1, users + 1), 2)
        operations.append(name)
        arguments.append(values)
    return [operations, arguments]


def _large(rng: random.Random) -> list:
    ids = rng.sample(range(10**4 + 1), 10**4)
    operations, arguments = ["Twitter"], [[]]
    readers = list(range(1, 11))
    for reader in readers:
        for followee in rng.sample(range(11, 31), 3):
            operations.append("follow")
            arguments.append([reader, followee])
    for index, tweet in enumerate(ids):
        user = rng.randint(1, 30) if index < 100 else rng.randint(31, 500)
        operations.append("postTweet")
        arguments.append([user, tweet])
    for _ in range(15000):
        operations.append("getNewsFeed")
        arguments.append([rng.choice(readers)])
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    return [_small(rng) for _ in range(14)] + [_large(rng)]
