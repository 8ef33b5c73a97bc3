import json


def save_scores(path: str, scores: dict[str, int]) -> None:
    """Write scores to path as indented JSON with sorted keys and a final newline."""
    with open(path, "w") as file:
        file.write(json.dumps(scores, indent=2, sort_keys=True) + "\n")


def load_scores(path: str) -> dict[str, int]:
    """Return the scores in path; {} when the file is missing; ValueError when malformed."""
    try:
        with open(path) as file:
            data = json.load(file)
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise ValueError("a score file holds a JSON object")
    for name, points in data.items():
        if not isinstance(points, int) or isinstance(points, bool):
            raise ValueError(f"the score of {name!r} is not a whole number: {points!r}")
    return data


def add_points(path: str, name: str, points: int) -> int:
    """Add points to name's total in the file and return the new total."""
    scores = load_scores(path)
    scores[name] = scores.get(name, 0) + points
    save_scores(path, scores)
    return scores[name]
