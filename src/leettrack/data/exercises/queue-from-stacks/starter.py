class Queue:
    """A first-in, first-out queue built from two stacks."""

    def __init__(self) -> None:
        self._inbox: list[object] = []
        self._outbox: list[object] = []

    def enqueue(self, item: object) -> None:
        pass

    def dequeue(self) -> object:
        pass

    def peek(self) -> object:
        pass

    def is_empty(self) -> bool:
        pass

    def __len__(self) -> int:
        pass
