class Capture:
    """Suppress and record the given exception types raised in a with block."""

    def __init__(self, *exception_types: type[BaseException]) -> None:
        self.exception_types = exception_types
        self.error = None

    def __enter__(self) -> "Capture":
        return self

    def __exit__(self, exc_type, exc_value, traceback) -> bool:
        return True


class Rollback:
    """Undo the changes made to a dict in a with block that raises."""

    def __init__(self, data: dict) -> None:
        self.data = data

    def __enter__(self) -> dict:
        self.snapshot = dict(self.data)
        return self.data

    def __exit__(self, exc_type, exc_value, traceback) -> bool:
        if exc_type is not None:
            self.data = self.snapshot
        return False
