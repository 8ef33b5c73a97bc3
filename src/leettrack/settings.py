"""Configuration from the environment and `.env`, under the variable names the seeds used."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_JWT_SECRET = "insecure-development-secret-change-me-in-production"  # noqa: S105 - the marker production refuses
DEFAULT_SQLITE_PATH = Path("data") / "leettrack.db"

_DURATION = re.compile(r"^\s*(\d+)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration_seconds(value: object, default_unit: str = "s") -> int:
    """Accept `900`, `"15m"`, `"24h"`, `"7d"` (the seeds' style) and return whole seconds."""
    if isinstance(value, int | float):
        return int(value * _UNIT_SECONDS[default_unit])
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"not a duration: {value!r} (use e.g. 900, 15m, 24h, 7d)")
    amount, unit = match.groups()
    return max(1, int(int(amount) * _UNIT_SECONDS[unit or default_unit]))


def normalize_database_url(url: str) -> str:
    """Map the usual URL forms to SQLAlchemy async drivers (aiosqlite, asyncpg)."""
    url = url.strip()
    if url.startswith(("postgres://", "postgresql://", "postgresql+psycopg2://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///") or url == "sqlite://":
        return "sqlite+aiosqlite://" + url.removeprefix("sqlite:")[2:]
    if "://" not in url:  # a bare file path, as the Python Portal accepted
        return f"sqlite+aiosqlite:///{url}"
    return url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    # --- service ---
    app_env: Literal["development", "production", "testing"] = "development"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    log_level: str = "INFO"
    log_format: Literal["json", "text", "combined", "dev"] = "text"
    cors_origin: str = ""

    # --- database ---
    database_url: str = f"sqlite:///{DEFAULT_SQLITE_PATH}"
    database_pool_size: int = Field(default=20, ge=1)
    # Overflow connections are opened and closed under load; a steady pool is cheaper.
    database_max_overflow: int = Field(default=0, ge=0)
    database_echo: bool = False

    # --- cache / shared state ---
    redis_url: str | None = None

    # --- auth ---
    jwt_secret: str = Field(
        default=DEFAULT_JWT_SECRET, validation_alias=AliasChoices("JWT_SECRET", "JWT_SECRET_KEY")
    )
    jwt_algorithm: Literal["HS256", "HS384", "HS512"] = "HS256"
    jwt_expires_in: int = 900
    jwt_refresh_expires_in: int = 30 * 86400
    bcrypt_rounds: int = Field(default=12, ge=4, le=16)

    # --- rate limits ---
    rate_limit_window_ms: int = Field(default=900_000, ge=1000)
    rate_limit_max_requests: int = Field(default=100, ge=1)
    rate_limit_enabled: bool = True
    # login/register/refresh: per IP, and per account (the username or email in the body)
    rate_limit_auth_max: int = Field(default=10, ge=1)
    rate_limit_auth_window_ms: int = Field(default=60_000, ge=1000)
    # /exercises/run and /exercises/test, per user
    rate_limit_exec_max: int = Field(default=30, ge=1)
    rate_limit_exec_window_ms: int = Field(default=60_000, ge=1000)
    rate_limit_redis_prefix: str = "leettrack:ratelimit"

    # --- request bodies ---
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    # on SIGTERM: seconds in-flight requests get to finish before they are cancelled
    graceful_shutdown_seconds: int = Field(default=30, ge=0)

    # --- executor ---
    executor_service_url: str | None = None
    executor_timeout: int = Field(default=30_000, ge=100, description="milliseconds")
    # in-process pool (and `leettrack executor`): runs at once, runs waiting for a slot; per
    # user, runs at once and runs waiting (over that: 429); each run at once has its own uid
    # EXECUTOR_UID_BASE.. (when root) and, with EXECUTOR_PREPARE, a sandbox launched ahead
    # waits beside it with a uid of its own (the range is then 2 x the concurrency long)
    executor_max_concurrency: int = Field(default_factory=lambda: 2 * (os.cpu_count() or 1), ge=1)
    executor_max_queue: int = Field(default=64, ge=0)
    executor_max_per_user: int = Field(default=2, ge=1)
    executor_max_waiting_per_user: int = Field(default=24, ge=0)
    executor_uid_base: int = Field(default=60000, ge=1, le=2**31 - 2**16)
    executor_prepare: bool = True
    # `leettrack executor` accepts only callers with this bearer secret (the API sends it)
    executor_secret: SecretStr | None = None
    # "none" runs code WITHOUT isolation: development only, refused in production
    executor_sandbox: Literal["bwrap", "none"] = "bwrap"
    # limits of one run; a request's timeout_ms may lower the wall clock, never raise it
    executor_cpu_seconds: int = Field(default=5, ge=1, le=600)
    executor_wall_seconds: float = Field(default=10.0, ge=0.1, le=600)
    executor_memory_mb: int = Field(default=256, ge=32)
    executor_max_processes: int = Field(default=32, ge=4)
    executor_max_file_kb: int = Field(default=1024, ge=0)
    executor_max_open_files: int = Field(default=64, ge=16)
    executor_max_output_kb: int = Field(default=64, ge=1, le=1024)

    # --- LeetCode ---
    leetcode_graphql_url: str = "https://leetcode.com/graphql"
    # LeetCode client (leettrack.leetcode): seconds per upstream attempt (2 retries at most)
    leetcode_timeout: float = Field(default=10.0, gt=0, le=120)
    # cache freshness per kind, in seconds; entries stay usable when LeetCode fails
    # for LEETCODE_CACHE_STALE_TTL seconds more (stale-if-error)
    leetcode_cache_ttl_daily: int = Field(default=3600, ge=1)
    leetcode_cache_ttl_profile: int = Field(default=900, ge=1)
    leetcode_cache_ttl_problems: int = Field(default=1800, ge=1)
    leetcode_cache_ttl_problem: int = Field(default=3600, ge=1)
    leetcode_cache_stale_ttl: int = Field(default=86400, ge=0)
    leetcode_cache_max_entries: int = Field(default=2048, ge=1)  # in-process LRU bound
    leetcode_redis_prefix: str = "leettrack:leetcode:"  # Redis keys (cache and throttle)
    # self-throttling: requests in flight per process, and "<requests>/<seconds>" overall
    leetcode_max_concurrency: int = Field(default=2, ge=1, le=50)
    leetcode_rate: str = Field(default="20/10", pattern=r"^\s*[1-9]\d*\s*/\s*\d+(\.\d+)?\s*s?\s*$")
    # the problem list query: questionList (default) or problemsetQuestionListV2 (docs/LEETCODE.md)
    leetcode_problem_list: Literal["problemsetQuestionList", "problemsetQuestionListV2"] = (
        "problemsetQuestionList"
    )

    @field_validator("jwt_expires_in", "jwt_refresh_expires_in", mode="before")
    @classmethod
    def _durations(cls, value: object) -> int:
        return parse_duration_seconds(value)

    @field_validator("redis_url", "executor_service_url", "executor_secret", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _production_needs_secrets(self) -> Settings:
        if self.app_env == "production" and (
            not self.jwt_secret
            or self.jwt_secret == DEFAULT_JWT_SECRET
            or len(self.jwt_secret) < 32
        ):
            raise ValueError(
                "JWT_SECRET must be set to a random value of at least 32 characters in production"
            )
        return self

    @model_validator(mode="after")
    def _production_needs_a_sandbox(self) -> Settings:
        if self.app_env == "production" and self.executor_sandbox == "none":
            raise ValueError("EXECUTOR_SANDBOX=none (no isolation) is refused in production")
        return self

    @property
    def async_database_url(self) -> str:
        return normalize_database_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.async_database_url.startswith("sqlite")

    @property
    def cors_origins(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origin.split(",") if origin.strip()]


@lru_cache
def get_settings() -> Settings:
    return Settings()
