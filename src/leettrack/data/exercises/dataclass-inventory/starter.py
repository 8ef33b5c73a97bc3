from dataclasses import dataclass, field, replace


class Item:
    """A product line: name, unit price and quantity in stock."""

    # TODO: turn this into a dataclass with name, unit_price and quantity (default 0)


class Inventory:
    """Stock of items keyed by name."""

    items: dict[str, Item] = {}

    def add(self, item: Item) -> None:
        pass

    def remove(self, name: str, quantity: int) -> None:
        pass

    def quantity_of(self, name: str) -> int:
        pass

    def total_value(self) -> float:
        pass
