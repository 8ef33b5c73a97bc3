"""Reading a service's answer whatever its form: a dict, a dataclass or a pydantic model."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Read(BaseModel):
    """The fields an adapter needs of a service's answer; the rest is ignored."""

    model_config = ConfigDict(from_attributes=True, extra="ignore")


def get(value: Any, name: str) -> Any:
    """One field of a service's answer, dict or object."""
    return value[name] if isinstance(value, dict) else getattr(value, name)
