"""Adapters that speak the original products' contracts over LeetTrack's own services.

- ``/api/*``: the Python Learning Portal (python-portal-types: camelCase bodies in the
  ``{success, data, message}`` envelope, errors as ``{success: false, error: "<message>"}``).
- ``/legacy/*``: the LeetTrack 1.x Flask API its Next.js frontend calls
  (``{"status": "success", ...}`` with fields at the top level).

Each adapter parses its client's request, calls the same services the native ``/api/v1``
routes call, and maps the answer back; a refusal of the service is rendered once, by
`ClientErrorShapes`, in the client's own error shape.
"""

from __future__ import annotations

from fastapi import FastAPI

from leettrack.compat.errors import ClientErrorShapes, ErrorShape
from leettrack.compat.legacy import mapping as legacy_mapping
from leettrack.compat.legacy.router import LEGACY_PREFIX
from leettrack.compat.legacy.router import router as legacy_router
from leettrack.compat.portal import mapping as portal_mapping
from leettrack.compat.portal.router import PORTAL_PREFIX
from leettrack.compat.portal.router import router as portal_router

SHAPES = (
    ErrorShape(LEGACY_PREFIX, legacy_mapping.error_body),
    ErrorShape(PORTAL_PREFIX, portal_mapping.error_body, excluded_prefix="/api/v1"),
)


def install(app: FastAPI) -> None:
    """Mount both adapters and the error translation (outermost, so that refusals made by the
    middleware below, such as 413 and 429, are translated too)."""
    app.include_router(portal_router, prefix=PORTAL_PREFIX, include_in_schema=False)
    app.include_router(legacy_router, prefix=LEGACY_PREFIX, include_in_schema=False)
    app.add_middleware(ClientErrorShapes, shapes=SHAPES)
