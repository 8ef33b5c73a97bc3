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
        self._size = 0

    def append(self, value: object) -> None:
        node = Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self._size += 1

    def prepend(self, value: object) -> None:
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self._size += 1

    def remove(self, value: object) -> None:
        previous: Node | None = None
        current = self.head
        while current is not None and current.value != value:
            previous, current = current, current.next
        if current is None:
            raise ValueError(f"{value!r} is not in the list")
        if previous is None:
            self.head = current.next
        else:
            previous.next = current.next
        if current is self.tail:
            self.tail = previous
        self._size -= 1

    def reverse(self) -> None:
        previous: Node | None = None
        current = self.head
        self.tail = current
        while current is not None:
            following = current.next
            current.next = previous
            previous, current = current, following
        self.head = previous

    def __iter__(self) -> Iterator[object]:
        current = self.head
        while current is not None:
            yield current.value
            current = current.next

    def to_list(self) -> list[object]:
        return list(self)

    def __len__(self) -> int:
        return self._size

    def __contains__(self, value: object) -> bool:
        return any(item == value for item in self)
