"""The learners' web app: server-rendered pages at `/`, over the same services as the JSON API.

`install(app)` mounts the pages, the static assets (`/static/<name>.<hash>.<ext>`) and the
offline API docs (`/docs`, `/redoc`), and teaches the error handlers to answer pages with HTML.

Adding a page
-------------
1. Write a route module in `web/routes/` with its own `router = APIRouter()` and include it in
   `web/pages.py`: every route there gets CSRF checking on POST/PUT/PATCH/DELETE and is marked
   as a page (an `AppError` it raises is shown as an HTML error page, not the JSON envelope).
2. Take the signed-in user with `user: WebUser` (redirects to /signin when nobody is signed in;
   `OptionalWebUser` and `WebAdmin` also exist, in `web.session`). Get the database session and
   settings with `SessionDep` and `SettingsDep` (`core.deps`) and call the domain's service.
3. Answer a GET with `render(request, "<page>.html", {...})` (`web.render`). Templates extend
   `base.html`, fill `{% block title %}` and `{% block content %}`, reference assets with
   `{{ asset("app.css") }}` and put `{{ csrf_field() }}` in every POST form.
4. Handle a form POST: `form = await form_data(request)`, validate with the API's own request
   model through `parse(Model, {...})`, call the service inside `try/except AppError as error`
   and answer a failure with `form_failure(request, "<page>.html", error, form=form, ...)`,
   which shows `error.message` and the per-field messages and keeps the input. On success
   answer `done(request, "/next", "What happened")`: a 303 redirect with a flash message, or the
   JSON envelope when `app.js` posted the form (`data-enhance="fetch"`).
5. No inline `<script>` or `style=` attributes: the CSP forbids them. Put behaviour in
   `static/*.js` and styles in `static/app.css`.
"""

from __future__ import annotations

from fastapi import FastAPI

from leettrack.web import assets, docs
from leettrack.web.errors import install_page_errors
from leettrack.web.pages import router

__all__ = ["install"]


def install(app: FastAPI) -> None:
    app.include_router(assets.router)
    docs.install(app)
    app.include_router(router)
    install_page_errors(app)
