import copy
from types import TracebackType


class Capture:
    """Suppress and record the given exception types raised in a with block."""

    def __init__(self, *exception_types: type[BaseException]) -> None:
        self.exception_types = exception_types or (Exception,)
        self.error: BaseException | None = None

    def __enter__(self) -> "Capture":
        self.error = None
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if exc_type is None or not issubclass(exc_type, self.exception_types):
            return False
        self.error = exc_value
        return True


class Rollback:
    """Undo the changes made to a dict in a with block that raises."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.snapshot: dict = {}

    def __enter__(self) -> dict:
        self.snapshot = copy.deepcopy(self.data)
        return self.data

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if exc_type is not None:
            self.data.clear()
            self.data.update(self.snapshot)
        return False
