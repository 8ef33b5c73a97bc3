"""The statuses of a tracked question."""

from __future__ import annotations

from typing import Final, Literal

QuestionStatus = Literal["todo", "attempted", "solved"]

TODO: Final = "todo"
ATTEMPTED: Final = "attempted"
SOLVED: Final = "solved"
EVENTS: Final = (ATTEMPTED, SOLVED)
"""The statuses that count an attempt and add an activity event."""
