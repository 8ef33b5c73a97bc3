from collections.abc import Callable


def make_multipliers(n: int) -> list[Callable[[int], int]]:
    """Return n functions; the one at index i multiplies by i."""
    return [lambda x: x * i for i in range(n)]


def make_greeters(names: list[str]) -> dict[str, Callable[[], str]]:
    """Return a greeting function for every name."""
    greeters: dict[str, Callable[[], str]] = {}
    for name in names:
        greeters[name] = lambda: f"Hello, {name}!"
    return greeters
