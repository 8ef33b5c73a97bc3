from collections.abc import Iterator


class Node:
    """One link of the chain."""

    def __init__(self, value: object, next_node: "Node | None" = None) -> None:
        self.value = value
        self.next = next_node


class LinkedList:
    """A singly linked list with head and tail references."""

    def __init__(self) -> None:
        self.head: Node | None = None
        self.tail: Node | None = None

    def append(self, value: object) -> None:
        pass

    def prepend(self, value: object) -> None:
        pass

    def remove(self, value: object) -> None:
        pass

    def reverse(self) -> None:
        pass

    def __iter__(self) -> Iterator[object]:
        yield from ()

    def to_list(self) -> list[object]:
        return list(self)

    def __len__(self) -> int:
        return 0

    def __contains__(self, value: object) -> bool:
        return False
