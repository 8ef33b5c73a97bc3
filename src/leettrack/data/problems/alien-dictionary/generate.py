"""Random alien dictionaries with exactly one right answer: random sorted word lists over a few
letters (kept only when they fix the order of all their letters), lists that fix it through
words sharing a prefix and then starting a group for every letter in turn (up to all 26
letters), and such lists spoilt by swapping two words or by putting a word before its own
prefix (kept when that makes them contradictory or still fixes a single order). The largest
are 100 words of up to 100 letters."""

import random
import string

from leettrack.problems.inputs import topological_order

MAX_WORDS = 100
MAX_LENGTH = 100


def _analyse(words: list[str]) -> str | None:
    """The one right answer ("" when the words contradict themselves), or None when more than
    one order of the letters fits."""
    later: dict[str, set[str]] = {letter: set() for word in words for letter in word}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                later[a].add(b)
                break
        else:
            if len(first) > len(second):
                return ""
    order, only = topological_order(later)
    if len(order) < len(later):
        return ""
    return "".join(order) if only else None


def check(words: list[str]) -> None:
    assert 1 <= len(words) <= MAX_WORDS
    assert all(1 <= len(word) <= MAX_LENGTH for word in words)
    assert all(letter in string.ascii_lowercase for word in words for letter in word)
    assert _analyse(words) is not None, "exactly one order of the letters fits"


def _sorted(words: list[str], order: str) -> list[str]:
    rank = {letter: index for index, letter in enumerate(order)}
    return sorted(words, key=lambda word: [rank[letter] for letter in word])


def _word(rng: random.Random, order: str, length: int) -> str:
    return "".join(rng.choice(order) for _ in range(length))


def _random(rng: random.Random, order: str, count: int, length: int) -> list[str]:
    return _sorted([_word(rng, order, rng.randint(1, length)) for _ in range(count)], order)


def _grouped(rng: random.Random, order: str, count: int, length: int) -> list[str]:
    prefix = _word(rng, order, rng.randint(0, min(3, length - 1)))
    tail = length - len(prefix) - 1
    words = [prefix + letter + _word(rng, order, rng.randint(0, tail)) for letter in order]
    words += [_word(rng, order, rng.randint(1, length)) for _ in range(count - len(order))]
    return _sorted(words, order)


def _spoilt(rng: random.Random, words: list[str]) -> list[str]:
    words = list(words)
    if rng.random() < 0.5 and len(words) > 1:
        index = rng.randrange(len(words) - 1)
        words[index], words[index + 1] = words[index + 1], words[index]
    else:
        index = rng.randrange(len(words))
        if len(words[index]) > 1:
            words.insert(index + 1, words[index][: rng.randrange(1, len(words[index]))])
    return words


def _draw(rng: random.Random, letters: int, count: int, length: int, spoil: bool) -> list:
    while True:
        order = "".join(rng.sample(string.ascii_lowercase, letters))
        make = _random if letters <= 4 and rng.random() < 0.5 else _grouped
        words = make(rng, order, count - spoil, length)
        if spoil:
            words = _spoilt(rng, words)
        if _analyse(words) is not None:
            return [words]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _draw(rng, rng.randint(1, 6), rng.randint(6, 12), rng.randint(1, 5), number % 3 == 2)
        for number in range(12)
    ]
    cases.append(_draw(rng, 26, MAX_WORDS, MAX_LENGTH, False))
    cases.append(_draw(rng, 26, MAX_WORDS, MAX_LENGTH, True))
    cases.append(_draw(rng, rng.randint(10, 20), MAX_WORDS, MAX_LENGTH, False))
    return cases
