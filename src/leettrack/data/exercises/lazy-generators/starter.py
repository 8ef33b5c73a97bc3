from collections.abc import Iterable, Iterator


def windows(iterable: Iterable, size: int) -> Iterator[tuple]:
    """Yield every run of size consecutive items as a tuple."""
    pass


def round_robin(*iterables: Iterable) -> Iterator:
    """Yield one item of each iterable in turn, skipping those that ran out."""
    pass
