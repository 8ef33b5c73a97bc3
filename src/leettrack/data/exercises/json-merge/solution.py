import json
from typing import Any


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Return base updated recursively with override; None values delete keys."""
    merged = dict(base)
    for key, value in override.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def main() -> None:
    documents = []
    for number in (1, 2):
        try:
            documents.append(json.loads(input()))
        except json.JSONDecodeError:
            print(f"error: line {number} is not valid JSON")
            return
    print(json.dumps(deep_merge(documents[0], documents[1]), indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
