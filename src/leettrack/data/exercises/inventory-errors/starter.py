class InventoryError(Exception):
    """Something is wrong with a stock operation."""


def take(stock: dict, item: str, quantity: int) -> int:
    """Remove quantity of item from stock and return how many are left."""
    stock[item] -= quantity
    return stock[item]


def fulfil(stock: dict, order: dict) -> dict:
    """Take every item of order, all or nothing; return what is left of each."""
    return {item: take(stock, item, quantity) for item, quantity in order.items()}
