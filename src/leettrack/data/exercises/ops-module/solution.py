import sys


def add(a, b):
    """Return a + b."""
    return a + b


def subtract(a, b):
    """Return a - b."""
    return a - b


def multiply(a, b):
    """Return a * b."""
    return a * b


def divide(a, b):
    """Return a / b; raise ZeroDivisionError when b is 0."""
    if b == 0:
        raise ZeroDivisionError("cannot divide by zero")
    return a / b


OPERATIONS = {"+": add, "-": subtract, "*": multiply, "/": divide}


def calculate(expression: str) -> float:
    """Evaluate "number operator number"; raise ValueError for anything else."""
    parts = expression.split()
    if len(parts) != 3:
        raise ValueError(f"expected 'number operator number', got {expression!r}")
    left, symbol, right = parts
    if symbol not in OPERATIONS:
        raise ValueError(f"unknown operator {symbol!r}")
    return OPERATIONS[symbol](float(left), float(right))


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            print(f"{calculate(line):g}")
        except (ValueError, ZeroDivisionError):
            print("error")


if __name__ == "__main__":
    main()
