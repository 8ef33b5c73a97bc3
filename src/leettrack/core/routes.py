"""The documented routes of an application, indexed for requests the router did not resolve;
and lean routes, which answer the hot reads before FastAPI's request handling."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route, compile_path
from starlette.types import Receive, Scope, Send

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


# --- lean routes: the hot reads past FastAPI's request handling ----------------------------


class NotPlain(Exception):
    """Raised by a lean answer for a request it leaves to the API route's own handling."""


LeanAnswer = Callable[[Request], Awaitable[Response]]
_HANDED_OVER = "leettrack.lean.handed_over"


class LeanRoute(Route):
    """Stands before the API's GET route of the same path and answers its plain requests with
    `answer`, without FastAPI's request handling (dependency resolution, a per-request exit
    stack), which cost a third of a hot read's time and gave it a long tail under load.
    Whatever `answer` finds unusual (it raises `NotPlain`) is routed again, past this route, to
    the API route, with its validation and errors; the API's documentation is that route's."""

    def __init__(self, path: str, answer: LeanAnswer, router: Callable[..., Awaitable[None]]):
        super().__init__(path, answer, methods=["GET"], include_in_schema=False)
        self.methods = {"GET"}  # no HEAD of its own: only what the API route serves

        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            try:
                response = await answer(Request(scope, receive))
            except NotPlain:
                scope[_HANDED_OVER] = True
                await router(scope, receive, send)
            else:
                await response(scope, receive, send)

        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get(_HANDED_OVER):
            return Match.NONE, {}
        return super().matches(scope)


def install_lean_routes(app: FastAPI, prefix: str, answers: Mapping[str, LeanAnswer]) -> None:
    """A `LeanRoute` at the head of `app`'s routes for each path under `prefix` in `answers`."""
    lean = [LeanRoute(prefix + path, answer, app.router) for path, answer in answers.items()]
    app.router.routes[:0] = lean
