class InventoryError(Exception):
    """Something is wrong with a stock operation."""


class UnknownItemError(InventoryError):
    """The item is not in the stock."""

    def __init__(self, item: str) -> None:
        super().__init__(repr(item))
        self.item = item


class OutOfStockError(InventoryError):
    """Fewer items are in stock than requested."""

    def __init__(self, item: str, requested: int, available: int) -> None:
        super().__init__(f"{item}: {requested} requested, {available} available")
        self.item = item
        self.requested = requested
        self.available = available


def _check(stock: dict, item: str, quantity: int) -> None:
    """Raise the error that taking quantity of item would meet."""
    if quantity < 1:
        raise ValueError(f"a quantity must be at least 1, got {quantity}")
    if item not in stock:
        raise UnknownItemError(item)
    if stock[item] < quantity:
        raise OutOfStockError(item, quantity, stock[item])


def take(stock: dict, item: str, quantity: int) -> int:
    """Remove quantity of item from stock and return how many are left."""
    _check(stock, item, quantity)
    stock[item] -= quantity
    return stock[item]


def fulfil(stock: dict, order: dict) -> dict:
    """Take every item of order, all or nothing; return what is left of each."""
    for item, quantity in order.items():
        _check(stock, item, quantity)
    return {item: take(stock, item, quantity) for item, quantity in order.items()}
