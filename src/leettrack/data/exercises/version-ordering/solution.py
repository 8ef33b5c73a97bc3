from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> "Version":
        """Read "MAJOR.MINOR.PATCH" (optional leading v, optional patch)."""
        cleaned = text.strip()
        if cleaned[:1] in ("v", "V"):
            cleaned = cleaned[1:]
        parts = cleaned.split(".")
        if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts):
            raise ValueError(f"not a version number: {text!r}")
        if len(parts) == 2:
            parts.append("0")
        major, minor, patch = (int(part) for part in parts)
        return cls(major, minor, patch)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def sort_versions(texts: list[str]) -> list[str]:
    """Return the canonical texts from oldest to newest."""
    return [str(version) for version in sorted(Version.parse(text) for text in texts)]


def latest(texts: list[str]) -> str:
    """Return the canonical text of the newest version."""
    if not texts:
        raise ValueError("no versions given")
    return str(max(Version.parse(text) for text in texts))
