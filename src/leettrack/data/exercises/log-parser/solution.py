import re

LOG_LINE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) "
    r"(?P<time>\d{2}:\d{2}:\d{2}) "
    r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) "
    r"\[(?P<component>[\w.-]+)\] "
    r"(?P<message>.+)"
)


def parse_log_line(line: str) -> dict[str, str] | None:
    """Return the fields of a log line, or None if it is malformed."""
    match = LOG_LINE.fullmatch(line.rstrip("\n"))
    return match.groupdict() if match else None


def count_levels(lines: list[str]) -> dict[str, int]:
    """Count well-formed lines per level."""
    counts: dict[str, int] = {}
    for line in lines:
        fields = parse_log_line(line)
        if fields is not None:
            counts[fields["level"]] = counts.get(fields["level"], 0) + 1
    return counts
