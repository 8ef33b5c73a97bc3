def tokenize(text: str) -> list[str]:
    """Split arithmetic text into number, operator and parenthesis tokens."""
    return text.split()


def evaluate(text: str) -> int | float:
    """Return the value of the arithmetic text."""
    tokens = tokenize(text)
    value = int(tokens[0])
    for i in range(1, len(tokens), 2):
        operator, number = tokens[i], int(tokens[i + 1])
        if operator == "+":
            value += number
        elif operator == "-":
            value -= number
        elif operator == "*":
            value *= number
        elif operator == "/":
            value /= number
    return value
