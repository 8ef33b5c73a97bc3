from dataclasses import dataclass, field, replace


@dataclass
class Item:
    """A product line: name, unit price and quantity in stock."""

    name: str
    unit_price: float
    quantity: int = 0

    def __post_init__(self) -> None:
        if self.unit_price < 0:
            raise ValueError("unit_price cannot be negative")
        if self.quantity < 0:
            raise ValueError("quantity cannot be negative")

    @property
    def total(self) -> float:
        return self.unit_price * self.quantity


@dataclass
class Inventory:
    """Stock of items keyed by name."""

    items: dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        current = self.items.get(item.name)
        if current is None:
            self.items[item.name] = replace(item)
        else:
            current.quantity += item.quantity

    def remove(self, name: str, quantity: int) -> None:
        item = self.items[name]
        if quantity > item.quantity:
            raise ValueError(f"only {item.quantity} of {name!r} in stock")
        item.quantity -= quantity

    def quantity_of(self, name: str) -> int:
        item = self.items.get(name)
        return item.quantity if item else 0

    def total_value(self) -> float:
        return sum(item.total for item in self.items.values())
