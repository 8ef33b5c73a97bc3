def _numbers(path: str) -> tuple[list[int], list[int]]:
    """The numbers of the file at path, and the line numbers of its bad lines."""
    numbers, bad = [], []
    with open(path) as file:
        for line_number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                numbers.append(int(line))
            except ValueError:
                bad.append(line_number)
    return numbers, bad


def sum_file(path: str) -> int:
    """Return the sum of the whole numbers in the file at path; skip blank and bad lines."""
    return sum(_numbers(path)[0])


def bad_lines(path: str) -> list[int]:
    """Return the numbers (from 1) of the lines that are neither blank nor a whole number."""
    return _numbers(path)[1]
