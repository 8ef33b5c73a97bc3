from collections.abc import Callable


def make_multiplier(factor: int) -> Callable[[int], int]:
    """Return a function that multiplies its argument by factor."""
    return lambda x: x * factor


def make_multipliers(n: int) -> list[Callable[[int], int]]:
    """Return n functions; the one at index i multiplies by i."""
    return [make_multiplier(i) for i in range(n)]


def make_greeters(names: list[str]) -> dict[str, Callable[[], str]]:
    """Return a greeting function for every name."""
    greeters: dict[str, Callable[[], str]] = {}
    for name in names:

        def greet(name: str = name) -> str:
            # The default value is evaluated now, freezing the current name.
            return f"Hello, {name}!"

        greeters[name] = greet
    return greeters
