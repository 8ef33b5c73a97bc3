SYMBOLS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(number: int) -> str:
    """Return the Roman numeral for 1 <= number <= 3999."""
    if not 1 <= number <= 3999:
        raise ValueError(f"{number} cannot be written as a Roman numeral")
    parts = []
    for value, symbol in SYMBOLS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(numeral: str) -> int:
    """Return the value of a canonical Roman numeral."""
    if not numeral or any(char not in VALUES for char in numeral):
        raise ValueError(f"{numeral!r} is not a Roman numeral")
    total = 0
    for index, char in enumerate(numeral):
        value = VALUES[char]
        following = numeral[index + 1 : index + 2]
        if following and VALUES[following] > value:
            total -= value
        else:
            total += value
    if not 1 <= total <= 3999 or to_roman(total) != numeral:
        raise ValueError(f"{numeral!r} is not a canonical Roman numeral")
    return total
