"""The documented routes of an application, indexed for requests the router did not resolve."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from starlette.routing import compile_path

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


@dataclass(frozen=True, slots=True)
class DocumentedRoute:
    pattern: re.Pattern[str]
    template: str
    methods: tuple[str, ...]


def documented_routes(app: Any) -> list[DocumentedRoute]:
    """Every path of the OpenAPI schema with the methods it serves (HEAD wherever GET is),
    built once per application."""
    index: list[DocumentedRoute] | None = getattr(app.state, "documented_routes", None)
    if index is None:
        index = []
        for template, item in app.openapi().get("paths", {}).items():
            methods = {method.upper() for method in item} & set(METHODS)
            if "GET" in methods:
                methods.add("HEAD")
            ordered = tuple(method for method in METHODS if method in methods)
            index.append(DocumentedRoute(compile_path(template)[0], template, ordered))
        app.state.documented_routes = index
    return index


def resolve(app: Any, path: str) -> list[DocumentedRoute]:
    """The documented routes a path belongs to: of those it matches, the most concrete ones
    (fewest parameters), as OpenAPI matches concrete paths before templated ones -
    `/exercises/run` is the run route, not `/exercises/{exercise_id}`."""
    matches = [route for route in documented_routes(app) if route.pattern.match(path)]
    if not matches:
        return []
    fewest = min(route.template.count("{") for route in matches)
    return [route for route in matches if route.template.count("{") == fewest]
