class MinStack:
    def __init__(self):
        self.stack: list[tuple[int, int]] = []  # (value, minimum of the stack up to here)

    def push(self, val: int) -> None:
        lowest = min(val, self.stack[-1][1]) if self.stack else val
        self.stack.append((val, lowest))

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1][0]

    def getMin(self) -> int:
        return self.stack[-1][1]
