import itertools
from collections import deque
from collections.abc import Iterable, Iterator


def windows(iterable: Iterable, size: int) -> Iterator[tuple]:
    """Yield every run of size consecutive items as a tuple."""
    if size < 1:
        raise ValueError("size must be at least 1")
    iterator = iter(iterable)
    window = deque(itertools.islice(iterator, size), maxlen=size)
    if len(window) < size:
        return
    yield tuple(window)
    for item in iterator:
        window.append(item)
        yield tuple(window)


def round_robin(*iterables: Iterable) -> Iterator:
    """Yield one item of each iterable in turn, skipping those that ran out."""
    live = deque(iter(iterable) for iterable in iterables)
    while live:
        iterator = live.popleft()
        try:
            item = next(iterator)
        except StopIteration:
            continue  # this one ran out: it is not put back
        yield item
        live.append(iterator)
