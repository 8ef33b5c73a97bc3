def format_line(name: str, quantity: int, unit_price: float) -> str:
    """Return one aligned receipt line."""
    total = quantity * unit_price
    return f"{name:<10} {quantity:>3} x {unit_price:.2f} = {total:.2f}"


def main() -> None:
    count = int(input())
    grand_total = 0.0
    for _ in range(count):
        name, quantity, unit_price = input().split()
        print(format_line(name, int(quantity), float(unit_price)))
        grand_total += int(quantity) * float(unit_price)
    print(f"Total: {grand_total:.2f}")


if __name__ == "__main__":
    main()
