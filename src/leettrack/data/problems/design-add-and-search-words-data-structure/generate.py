"""Random sequences of additions and searches over few or many letters: searches for stored
words with up to two letters turned into dots, for their prefixes and for random words. The
last cases are the largest allowed, 10^4 calls: half of them additions of words of similar
lengths first, then searches, where comparing every stored word per search runs out of time."""

import random
import string

CALLS = 10**4


def check(operations: list[str], arguments: list[list]) -> None:
    assert operations[0] == "WordDictionary" and arguments[0] == []
    assert len(operations) == len(arguments) and 1 <= len(operations) - 1 <= CALLS
    for name, values in zip(operations[1:], arguments[1:], strict=True):
        assert name in ("addWord", "search") and len(values) == 1
        word = values[0]
        assert 1 <= len(word) <= 25
        allowed = string.ascii_lowercase + ("." if name == "search" else "")
        assert all(c in allowed for c in word)
        assert word.count(".") <= 2


def _word(rng: random.Random, alphabet: str, lengths: tuple[int, int]) -> str:
    return "".join(rng.choices(alphabet, k=rng.randint(*lengths)))


def _query(rng: random.Random, words: list[str], alphabet: str, lengths: tuple[int, int]) -> str:
    kind = rng.random()
    if not words or kind < 0.3:
        return _word(rng, alphabet, lengths)
    word = list(rng.choice(words))
    if kind < 0.4 and len(word) > 1:
        word = word[: rng.randrange(1, len(word))]
    for index in rng.sample(range(len(word)), min(len(word), rng.randint(0, 2))):
        word[index] = "."
    return "".join(word)


def _case(
    rng: random.Random, calls: int, letters: int, lengths: tuple[int, int], adds_first: int
) -> list:
    """``adds_first`` additions, then additions and searches at random."""
    alphabet = string.ascii_lowercase[:letters]
    operations, arguments, words = ["WordDictionary"], [[]], []
    for call in range(calls):
        if call < adds_first or (call >= 2 * adds_first and rng.random() < 0.5):
            words.append(_word(rng, alphabet, lengths))
            operations.append("addWord")
            arguments.append([words[-1]])
        else:
            operations.append("search")
            arguments.append([_query(rng, words, alphabet, lengths)])
    return [operations, arguments]


def generate(rng: random.Random) -> list[list]:
    cases = [
        _case(rng, rng.randint(1, 20), rng.choice([2, 3, 26]), (1, rng.randint(1, 6)), 0)
        for _ in range(12)
    ]
    cases += [_case(rng, CALLS, 26, (20, 25), CALLS // 2)]
    cases += [_case(rng, CALLS, 5, (8, 10), CALLS // 2)]
    return cases
