from collections.abc import Callable


def memoize(func: Callable) -> Callable:
    """Return a wrapper of func that remembers its results."""

    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper
