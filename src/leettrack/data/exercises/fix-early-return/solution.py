def all_positive(numbers: list[int]) -> bool:
    """Return True when every number is greater than 0."""
    for number in numbers:
        if number <= 0:
            return False
    return True


def first_negative(numbers: list[int]) -> int:
    """Return the index of the first negative number, or -1 when there is none."""
    for index, number in enumerate(numbers):
        if number < 0:
            return index
    return -1


def count_longer(words: list[str], length: int) -> int:
    """Return how many words have more than length characters."""
    count = 0
    for word in words:
        if len(word) > length:
            count += 1
    return count
