import functools
from collections.abc import Callable


def retry(times: int, exceptions: tuple[type[BaseException], ...] = (Exception,)) -> Callable:
    """Retry the decorated function up to times attempts on the given exceptions."""

    def decorator(func: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except exceptions:
                return func(*args, **kwargs)

        return wrapper

    return decorator


def timed(clock: Callable[[], float], log: list) -> Callable:
    """Append (name, seconds) to log for every call of the decorated function."""

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            result = func(*args, **kwargs)
            log.append((func.__name__, clock() - start))
            return result

        return wrapper

    return decorator
