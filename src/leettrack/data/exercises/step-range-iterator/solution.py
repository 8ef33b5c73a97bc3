import math


class StepRange:
    """The numbers start, start + step, ... up to (not including) stop."""

    def __init__(self, start: float, stop: float, step: float = 1) -> None:
        if step == 0:
            raise ValueError("step must not be zero")
        self.start = start
        self.stop = stop
        self.step = step

    def value(self, k: int) -> float:
        """The value at position k (which may lie past the end)."""
        return self.start + k * self.step

    def in_bounds(self, value: float) -> bool:
        return value < self.stop if self.step > 0 else value > self.stop

    def __iter__(self) -> "StepRangeIterator":
        return StepRangeIterator(self)

    def __len__(self) -> int:
        count = max(0, math.ceil((self.stop - self.start) / self.step))
        # The division may round either way: settle on what iteration produces.
        while count > 0 and not self.in_bounds(self.value(count - 1)):
            count -= 1
        while self.in_bounds(self.value(count)):
            count += 1
        return count


class StepRangeIterator:
    """One pass over a StepRange."""

    def __init__(self, steps: StepRange) -> None:
        self.steps = steps
        self.position = 0

    def __iter__(self) -> "StepRangeIterator":
        return self

    def __next__(self) -> float:
        value = self.steps.value(self.position)
        if not self.steps.in_bounds(value):
            raise StopIteration
        self.position += 1
        return value
