from collections import OrderedDict
from collections.abc import Hashable


class LRUCache:
    """A mapping with a fixed capacity that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._data: OrderedDict[Hashable, object] = OrderedDict()

    def get(self, key: Hashable, default: object = None) -> object:
        return self._data.get(key, default)

    def put(self, key: Hashable, value: object) -> None:
        self._data[key] = value

    def keys(self) -> list[Hashable]:
        return list(self._data)

    def __len__(self) -> int:
        return len(self._data)
