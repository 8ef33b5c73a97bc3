"""Request and response bodies of the account routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, Field, model_validator

from leettrack.core.security import MAX_PASSWORD_BYTES

USERNAME_PATTERN = r"^[A-Za-z0-9_-]{3,32}$"
LEETCODE_USERNAME_PATTERN = r"^[A-Za-z0-9_-]{1,40}$"


def _fits_bcrypt(password: str) -> str:
    if len(password.encode()) > MAX_PASSWORD_BYTES:
        raise ValueError(f"password must be at most {MAX_PASSWORD_BYTES} bytes in UTF-8")
    return password


def _known_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA timezone: {name!r}") from exc
    return name


Username = Annotated[str, Field(pattern=USERNAME_PATTERN, examples=["ada_l"])]
Password = Annotated[
    str, Field(min_length=8, examples=["correct horse battery"]), AfterValidator(_fits_bcrypt)
]
LeetCodeUsername = Annotated[str, Field(pattern=LEETCODE_USERNAME_PATTERN)]
Timezone = Annotated[str, Field(max_length=64), AfterValidator(_known_timezone)]


class StrictBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class RegisterRequest(StrictBody):
    username: Username
    email: EmailStr
    password: Password
    leetcode_username: LeetCodeUsername | None = None


class LoginRequest(StrictBody):
    username: Annotated[str, Field(min_length=1, max_length=254)] | None = None
    email: Annotated[str, Field(min_length=1, max_length=254)] | None = None
    password: Annotated[str, Field(min_length=1, max_length=1024)]

    @model_validator(mode="after")
    def _one_identifier(self) -> LoginRequest:
        if not (self.username or self.email):
            raise ValueError("give a username or an email")
        return self

    @property
    def identifier(self) -> str:
        return (self.email or self.username or "").strip()


class RefreshRequest(StrictBody):
    refresh_token: Annotated[str, Field(min_length=1, max_length=512)]


class LogoutRequest(StrictBody):
    refresh_token: Annotated[str, Field(min_length=1, max_length=512)] | None = None


class ChangePasswordRequest(StrictBody):
    current_password: Annotated[str, Field(min_length=1, max_length=1024)]
    new_password: Password


class DeleteAccountRequest(StrictBody):
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class UpdateMeRequest(StrictBody):
    email: EmailStr | None = None
    leetcode_username: LeetCodeUsername | None = None
    timezone: Timezone | None = None
    desired_retention: Annotated[float, Field(ge=0.70, le=0.97)] | None = None
    maximum_interval_days: Annotated[int, Field(ge=1, le=36500)] | None = None


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    email: str
    is_admin: bool
    is_active: bool
    leetcode_username: str | None
    timezone: str
    desired_retention: float
    maximum_interval_days: int
    created_at: datetime


class AuthTokens(BaseModel):
    user: UserOut
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type
    expires_in: int
