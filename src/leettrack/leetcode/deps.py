"""The process-wide LeetCode client as a FastAPI dependency."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from leettrack.leetcode.client import LeetCodeClient


async def get_leetcode(request: Request) -> LeetCodeClient:
    client: LeetCodeClient = request.app.state.leetcode
    return client


LeetCodeDep = Annotated[LeetCodeClient, Depends(get_leetcode)]
