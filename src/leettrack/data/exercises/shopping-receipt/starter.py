def format_line(name: str, quantity: int, unit_price: float) -> str:
    """Return one aligned receipt line."""
    pass


def main() -> None:
    count = int(input())
    # TODO: read `count` lines, print a line for each item, then the total


if __name__ == "__main__":
    main()
