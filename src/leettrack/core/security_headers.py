"""Security headers on every response, and the CORS policy.

API responses get a policy that allows nothing (they are JSON, never rendered). The web app's
pages (any `text/html` answer) may load scripts, styles, images and fonts from this origin only,
and post forms to it; nothing inline. The interactive docs (`/docs`, `/redoc`) get a policy that
allows exactly what they load: their scripts and styles from this origin, and their inline
bootstrap script by its SHA-256 hash (computed from the page as served), never
`'unsafe-inline'` for scripts.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leettrack.settings import Settings

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
PAGE_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)
HSTS = b"max-age=63072000; includeSubDomains"
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.I)

BASE_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]


def docs_csp(script_hashes: Iterable[str]) -> str:
    scripts = " ".join(f"'sha256-{digest}'" for digest in script_hashes)
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'self' {scripts}".rstrip(),
            # Swagger UI and ReDoc set inline styles at run time.
            "style-src 'self' 'unsafe-inline'",
            "font-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",  # ReDoc's search worker
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        ]
    )


def inline_script_hashes(html: bytes) -> list[str]:
    return [
        base64.b64encode(hashlib.sha256(script).digest()).decode()
        for script in _INLINE_SCRIPT.findall(html)
    ]


class SecurityHeaders:
    """The headers every answer gets, by kind of answer; applied by the edge middleware
    (`leettrack.core.middleware.EdgeMiddleware`)."""

    def __init__(self, *, hsts: bool, docs_paths: Iterable[str]) -> None:
        self.docs_paths = frozenset(docs_paths)
        self.base = BASE_HEADERS + ([(b"strict-transport-security", HSTS)] if hsts else [])
        self.api_headers = [*self.base, (b"content-security-policy", API_CSP.encode())]
        self.page_headers = [*self.base, (b"content-security-policy", PAGE_CSP.encode())]

    def for_answer(self, headers: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        """A page's policy for `text/html`, else the API's (which allows nothing)."""
        html = any(
            name == b"content-type" and value.startswith(b"text/html") for name, value in headers
        )
        return self.page_headers if html else self.api_headers

    async def docs_page(self, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
        """Hold a docs page back until its body is known, to hash its inline scripts."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def hold(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            csp = docs_csp(inline_script_hashes(body)).encode()
            start["headers"] = [
                *start.get("headers", ()),
                *self.base,
                (b"content-security-policy", csp),
            ]
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await app(scope, receive, hold)


def cors_options(settings: Settings) -> dict[str, Any] | None:
    """Options for Starlette's CORSMiddleware, or None when no origin is allowed.

    Credentials are allowed only for an explicit list of origins; with `*` in the list, every
    origin may read responses but none with credentials (a wildcard never echoes a cookie-bearing
    origin)."""
    origins = settings.cors_origins
    if not origins:
        return None
    wildcard = "*" in origins
    return {
        "allow_origins": ["*"] if wildcard else origins,
        "allow_credentials": not wildcard,
        "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        "allow_headers": ["Authorization", "Content-Type", "X-Request-ID"],
        "expose_headers": [
            "X-Request-ID",
            "X-Cache",
            "Retry-After",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "RateLimit-Policy",
        ],
        "max_age": 600,
    }
