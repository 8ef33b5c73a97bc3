"""Path parameters shared by the path and progress routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from leettrack.leetcode.catalog import SLUG_PATTERN

PATH_REF_PATTERN = r"^[a-z0-9-]+$"
PATH_REF_MAX_LENGTH = 80
PathRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=PATH_REF_MAX_LENGTH,
        pattern=PATH_REF_PATTERN,
        description="the path's id or slug",
        examples=["neetcode-150"],
    ),
]
ProblemSlugParam = Annotated[
    str, Path(max_length=120, pattern=SLUG_PATTERN, description="a LeetCode problem slug")
]
