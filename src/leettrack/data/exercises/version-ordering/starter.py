from dataclasses import dataclass


@dataclass
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> "Version":
        """Read "MAJOR.MINOR.PATCH" (optional leading v, optional patch)."""
        major, minor, patch = text.split(".")
        return cls(int(major), int(minor), int(patch))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def sort_versions(texts: list[str]) -> list[str]:
    """Return the canonical texts from oldest to newest."""
    return sorted(texts)


def latest(texts: list[str]) -> str:
    """Return the canonical text of the newest version."""
    return max(texts)
