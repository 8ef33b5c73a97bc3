import json
from typing import Any


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Return base updated recursively with override; None values delete keys."""
    base.update(override)
    return base


def main() -> None:
    base = json.loads(input())
    override = json.loads(input())
    print(deep_merge(base, override))


if __name__ == "__main__":
    main()
