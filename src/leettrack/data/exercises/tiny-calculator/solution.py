SYMBOLS = "+-*/()"


def tokenize(text: str) -> list[str]:
    """Split arithmetic text into number, operator and parenthesis tokens."""
    tokens = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in SYMBOLS:
            tokens.append(char)
            i += 1
        elif char.isdigit():
            start = i
            while i < len(text) and text[i].isdigit():
                i += 1
            if i < len(text) and text[i] == ".":
                i += 1
                if i == len(text) or not text[i].isdigit():
                    raise ValueError(f"a digit must follow the point at position {i - 1}")
                while i < len(text) and text[i].isdigit():
                    i += 1
            tokens.append(text[start:i])
        else:
            raise ValueError(f"unexpected character {char!r} at position {i}")
    return tokens


class _Parser:
    """Recursive descent over the tokens, one method per grammar rule."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str | None:
        token = self.peek()
        self.position += 1
        return token

    def expression(self) -> int | float:
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self) -> int | float:
        value = self.factor()
        while self.peek() in ("*", "/"):
            if self.take() == "*":
                value *= self.factor()
            else:
                value /= self.factor()
        return value

    def factor(self) -> int | float:
        token = self.take()
        if token == "-":
            return -self.factor()
        if token == "(":
            value = self.expression()
            if self.take() != ")":
                raise ValueError("a '(' is never closed")
            return value
        if token is None or token in SYMBOLS:
            raise ValueError(f"expected a number, found {token or 'the end'}")
        return float(token) if "." in token else int(token)


def evaluate(text: str) -> int | float:
    """Return the value of the arithmetic text."""
    parser = _Parser(tokenize(text))
    value = parser.expression()
    if parser.peek() is not None:
        raise ValueError(f"unexpected {parser.peek()!r} after a complete expression")
    return value
