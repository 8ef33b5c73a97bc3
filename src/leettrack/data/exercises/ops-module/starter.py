def add(a, b):
    """Return a + b."""
    return a + b


def subtract(a, b):
    """Return a - b."""
    pass


def multiply(a, b):
    """Return a * b."""
    pass


def divide(a, b):
    """Return a / b; raise ZeroDivisionError when b is 0."""
    pass


OPERATIONS = {"+": add}


def calculate(expression: str) -> float:
    """Evaluate "number operator number"; raise ValueError for anything else."""
    left, symbol, right = expression.split(" ")
    return OPERATIONS[symbol](float(left), float(right))


if __name__ == "__main__":
    import sys

    for line in sys.stdin:
        print(f"{calculate(line):g}")
