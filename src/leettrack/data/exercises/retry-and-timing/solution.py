import functools
from collections.abc import Callable
from typing import Any


def retry(times: int, exceptions: tuple[type[BaseException], ...] = (Exception,)) -> Callable:
    """Retry the decorated function up to times attempts on the given exceptions."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            last_error: BaseException | None = None
            for attempt in range(1, times + 1):
                wrapper.attempts = attempt  # type: ignore[attr-defined]
                try:
                    return func(*args, **kwargs)
                except exceptions as error:
                    last_error = error
            assert last_error is not None
            raise last_error

        wrapper.attempts = 0  # type: ignore[attr-defined]
        return wrapper

    return decorator


def timed(clock: Callable[[], float], log: list) -> Callable:
    """Append (name, seconds) to log for every call of the decorated function."""

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                log.append((func.__name__, clock() - start))

        return wrapper

    return decorator
