class StepRange:
    """The numbers start, start + step, ... up to (not including) stop."""

    def __init__(self, start: float, stop: float, step: float = 1) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.current = start

    def __iter__(self) -> "StepRange":
        return self

    def __next__(self) -> float:
        if self.current >= self.stop:
            raise StopIteration
        value = self.current
        self.current += self.step
        return value
