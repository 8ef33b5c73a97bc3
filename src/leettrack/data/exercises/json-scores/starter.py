import json


def save_scores(path: str, scores: dict[str, int]) -> None:
    """Write scores to path as indented JSON with sorted keys and a final newline."""
    with open(path, "w") as file:
        file.write(str(scores))


def load_scores(path: str) -> dict[str, int]:
    """Return the scores in path; {} when the file is missing; ValueError when malformed."""
    with open(path) as file:
        return json.load(file)


def add_points(path: str, name: str, points: int) -> int:
    """Add points to name's total in the file and return the new total."""
    pass
