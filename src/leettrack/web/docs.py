"""The interactive API docs (Swagger UI at /docs, ReDoc at /redoc), served offline.

FastAPI's own docs pages load their scripts from a CDN; these load the same pages' assets from
the `fastapi-offline` package, under hashed names with the static files' caching. The app is
created with `docs_url=None, redoc_url=None`; `install` adds these routes and then names them on
the app, where the security headers and rate limits look for the docs pages.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse, Response

from leettrack.web.assets import AssetManifest, asset_response

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"
ASSETS_PREFIX = "/docs/assets/"
ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"


@lru_cache(maxsize=1)
def docs_assets() -> AssetManifest:
    return AssetManifest(ASSETS_DIR, prefix=ASSETS_PREFIX)


router = APIRouter(include_in_schema=False)


@router.get(DOCS_URL)
async def swagger_ui(request: Request) -> HTMLResponse:
    assets = docs_assets()
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} - Swagger UI",
        oauth2_redirect_url=OAUTH2_REDIRECT_URL,
        swagger_js_url=assets.url("swagger-ui-bundle.js"),
        swagger_css_url=assets.url("swagger-ui.css"),
        swagger_favicon_url=assets.url("favicon.png"),
    )


@router.get(OAUTH2_REDIRECT_URL)
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get(REDOC_URL)
async def redoc(request: Request) -> HTMLResponse:
    assets = docs_assets()
    return get_redoc_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} - ReDoc",
        redoc_js_url=assets.url("redoc.standalone.js"),
        redoc_favicon_url=assets.url("favicon.png"),
        with_google_fonts=False,
    )


@router.get(ASSETS_PREFIX + "{path:path}")
async def docs_asset(path: str) -> Response:
    return asset_response(docs_assets(), ASSETS_PREFIX + path)


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.docs_url, app.redoc_url = DOCS_URL, REDOC_URL
    app.swagger_ui_oauth2_redirect_url = OAUTH2_REDIRECT_URL
