"""Hands dealt as runs of consecutive cards (then shuffled), sometimes spoilt by changing or
dropping a card; small ones and the largest size (10^4 cards), splittable, where removing
cards from a list one by one is too slow."""

import random


def check(hand: list[int], groupSize: int) -> None:
    assert 1 <= len(hand) <= 10**4
    assert all(0 <= card <= 10**9 for card in hand)
    assert 1 <= groupSize <= len(hand)


def _case(rng: random.Random, groups: int, size: int, spread: int, spoil: bool) -> list:
    base = rng.randint(0, 10**9 - spread - size)
    hand = []
    for _ in range(groups):
        start = base + rng.randint(0, spread)
        hand += range(start, start + size)
    if spoil:
        position = rng.randrange(len(hand))
        if rng.random() < 0.5 and len(hand) > size:
            hand.pop(position)
        else:
            hand[position] += rng.choice([-1, 1]) if hand[position] > 0 else 1
    rng.shuffle(hand)
    return [hand, size]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 4), rng.randint(1, 4), rng.randint(0, 6), rng.random() < 0.5)
        for _ in range(14)
    ]
    cases += [_case(rng, 10**4 // size, size, 10**4, False) for size in (1, 2, 2, 3, 3, 4)]
    return cases
