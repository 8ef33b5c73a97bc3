"""Form handling: read a POSTed form, validate it with the API's own request model, and show a
failure on the page it came from with the learner's input kept.

    form = await form_data(request)
    try:
        body = parse(RegisterRequest, {"username": form.get("username"), ...})
        await AuthService(session, settings).register(body)
    except AppError as error:
        return form_failure(request, "signup.html", error, form=form)
    return redirect(request, "/", "Welcome")

`parse` raises `InvalidForm` (an `AppError`, 422) whose `fields` maps each field to the
validation message the JSON API would give; a service's `AppError` carries its own message.
"""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ValidationError

from leettrack.core.errors import AppError
from leettrack.web.csrf import CSRF_FIELD
from leettrack.web.render import render

Model = TypeVar("Model", bound=BaseModel)
INVALID = "Some fields need correcting; see the messages below."


class InvalidForm(AppError):
    status_code, code = 422, "VALIDATION_ERROR"

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(INVALID, details={"fields": fields})
        self.fields = fields


async def form_data(request: Request) -> dict[str, str]:
    """The submitted text fields (files and the CSRF token left out), stripped of nothing."""
    form = await request.form()
    return {
        key: value for key, value in form.items() if isinstance(value, str) and key != CSRF_FIELD
    }


def blank_to_none(value: str | None) -> str | None:
    return value if value and value.strip() else None


def parse(model: type[Model], data: dict[str, Any]) -> Model:
    """Validate `data` (form strings; numbers are converted) against the API's model."""
    try:
        return model.model_validate(data, strict=False)
    except ValidationError as exc:
        fields: dict[str, str] = {}
        for error in exc.errors():
            location = [str(part) for part in error.get("loc", ())]
            fields.setdefault(".".join(location) or "form", error.get("msg", "invalid"))
        raise InvalidForm(fields) from exc


def form_failure(request: Request, template: str, error: AppError, **context: Any) -> HTMLResponse:
    """Render `template` again with the error message, per-field messages and `context`
    (which should include `form`, the submitted values, so nothing typed is lost)."""
    fields = error.details.get("fields") if isinstance(error.details, dict) else None
    return render(
        request,
        template,
        {"error": error.message, "field_errors": fields or {}, **context},
        status_code=error.status_code,
        headers={k: v for k, v in (error.headers or {}).items() if k.lower() == "retry-after"},
    )
