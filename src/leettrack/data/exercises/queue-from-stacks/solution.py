class Queue:
    """A first-in, first-out queue built from two stacks."""

    def __init__(self) -> None:
        self._inbox: list[object] = []
        self._outbox: list[object] = []

    def enqueue(self, item: object) -> None:
        self._inbox.append(item)

    def _refill(self) -> None:
        """Move the inbox onto the outbox when the outbox runs dry."""
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("the queue is empty")

    def dequeue(self) -> object:
        self._refill()
        return self._outbox.pop()

    def peek(self) -> object:
        self._refill()
        return self._outbox[-1]

    def is_empty(self) -> bool:
        return not self._inbox and not self._outbox

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
