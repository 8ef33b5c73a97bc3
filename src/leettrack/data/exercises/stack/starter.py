class Stack:
    """A last-in, first-out collection."""

    def __init__(self) -> None:
        pass

    def push(self, item: object) -> None:
        pass

    def pop(self) -> object:
        pass

    def peek(self) -> object:
        pass

    def is_empty(self) -> bool:
        pass

    def __len__(self) -> int:
        pass
