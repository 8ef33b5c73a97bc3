"""Path parameters shared by the path and progress routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from leettrack.leetcode.catalog import SLUG_PATTERN

PathRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=80,
        pattern=r"^[a-z0-9-]+$",
        description="the path's id or slug",
        examples=["neetcode-150"],
    ),
]
ProblemSlugParam = Annotated[
    str, Path(max_length=120, pattern=SLUG_PATTERN, description="a LeetCode problem slug")
]
