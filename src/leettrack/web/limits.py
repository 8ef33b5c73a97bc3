"""The API's sign-in limits, applied to the sign-in and sign-up pages.

The rate-limit middleware counts the JSON routes; a page form posts elsewhere, so it hits the same
`auth` policy here, per client address and per account, sharing the API's counters. A refusal is
an `RateLimited` error that the page shows, with the learner's input kept.
"""

from __future__ import annotations

from fastapi import Request

from leettrack.core.errors import RateLimited
from leettrack.core.ratelimit import RateLimiter, account_key, address_key


async def check_auth_limit(request: Request, account: str | None) -> None:
    limiter: RateLimiter | None = getattr(request.app.state, "rate_limiter", None)
    if limiter is None:
        return
    identities = [address_key(request.scope)]
    if account and account.strip():
        identities.append(account_key(account))
    for identity in identities:
        decision = await limiter.hit(limiter.auth_policy, identity)
        if not decision.allowed:
            retry = decision.reset_seconds
            raise RateLimited(f"Too many requests; retry in {retry} s", retry_after=retry)
