import functools
from collections.abc import Callable, Hashable
from typing import Any


def memoize(func: Callable) -> Callable:
    """Return a wrapper of func that remembers its results."""
    cache: dict[Hashable, Any] = {}
    counts = {"hits": 0, "misses": 0}

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        key = (args, frozenset(kwargs.items()))
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)  # unhashable arguments: not cached
        if key in cache:
            counts["hits"] += 1
            return cache[key]
        result = func(*args, **kwargs)
        counts["misses"] += 1
        cache[key] = result
        return result

    def stats() -> dict[str, int]:
        return {**counts, "size": len(cache)}

    def clear() -> None:
        cache.clear()
        counts.update(hits=0, misses=0)

    wrapper.stats = stats  # type: ignore[attr-defined]
    wrapper.clear = clear  # type: ignore[attr-defined]
    return wrapper
