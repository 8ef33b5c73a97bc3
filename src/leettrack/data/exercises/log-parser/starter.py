import re

# TODO: describe the whole line with the named groups date, time, level, component, message
LOG_LINE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<rest>.*)")


def parse_log_line(line: str) -> dict[str, str] | None:
    """Return the fields of a log line, or None if it is malformed."""
    match = LOG_LINE.fullmatch(line.rstrip("\n"))
    return match.groupdict() if match else None


def count_levels(lines: list[str]) -> dict[str, int]:
    """Count well-formed lines per level."""
    pass
