"""Static assets under content-hashed names, cached by browsers for a year.

Every file in `web/static/` is served at `/static/<stem>.<hash>.<suffix>` (for example
`/static/app.1a2b3c4d5e.css`), where the hash is taken from its bytes when the process starts.
Templates never spell those names: they call `asset("app.css")`. A changed file gets a new
name, so the long `immutable` lifetime can never serve a stale copy.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import Response

from leettrack.core.errors import NotFound

STATIC_DIR = Path(__file__).parent / "static"
STATIC_PREFIX = "/static/"
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    url: str
    body: bytes
    media_type: str


class AssetManifest:
    """The files of one directory, keyed by their plain names and by their hashed URLs."""

    def __init__(self, directory: Path, prefix: str = STATIC_PREFIX) -> None:
        self.by_name: dict[str, Asset] = {}
        self.by_url: dict[str, Asset] = {}
        for path in sorted(directory.rglob("*")):
            if not path.is_file():
                continue
            name = path.relative_to(directory).as_posix()
            body = path.read_bytes()
            digest = hashlib.sha256(body).hexdigest()[:10]
            hashed = f"{name.removesuffix(path.suffix)}.{digest}{path.suffix}"
            media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if media_type.startswith("text/") or media_type.endswith(("javascript", "+xml")):
                media_type += "; charset=utf-8"
            asset = Asset(url=prefix + hashed, body=body, media_type=media_type)
            self.by_name[name] = asset
            self.by_url[asset.url] = asset

    def url(self, name: str) -> str:
        """The hashed URL of `name`; an unknown name is a programming error, so it raises."""
        return self.by_name[name].url


@lru_cache(maxsize=1)
def manifest() -> AssetManifest:
    return AssetManifest(STATIC_DIR)


def asset(name: str) -> str:
    """Template helper: `{{ asset("app.js") }}` -> `/static/app.<hash>.js`."""
    return manifest().url(name)


router = APIRouter(include_in_schema=False)


def asset_response(assets: AssetManifest, url: str) -> Response:
    """The file at hashed `url`, cacheable for a year; an unknown or stale name is a 404."""
    found = assets.by_url.get(url)
    if found is None:
        raise NotFound("No such static file")
    return Response(found.body, media_type=found.media_type, headers={"Cache-Control": IMMUTABLE})


@router.get(STATIC_PREFIX + "{path:path}", name="static")
async def static_file(path: str) -> Response:
    return asset_response(manifest(), STATIC_PREFIX + path)
