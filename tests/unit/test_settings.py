"""Settings: URL normalisation, durations, production safety."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from leettrack.settings import DEFAULT_JWT_SECRET, Settings, normalize_database_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///data/x.db", "sqlite+aiosqlite:///data/x.db"),
        ("sqlite:////abs/x.db", "sqlite+aiosqlite:////abs/x.db"),
        ("./database/portal.db", "sqlite+aiosqlite:///./database/portal.db"),
        ("postgresql://u@h/db", "postgresql+asyncpg://u@h/db"),
        ("postgres://u:p@h:5432/db", "postgresql+asyncpg://u:p@h:5432/db"),
        ("postgresql+asyncpg://u@h/db", "postgresql+asyncpg://u@h/db"),
    ],
)
def test_database_url_forms(given, expected):
    assert normalize_database_url(given) == expected


def test_durations_accept_the_seeds_styles(monkeypatch):
    monkeypatch.setenv("JWT_EXPIRES_IN", "24h")
    monkeypatch.setenv("JWT_REFRESH_EXPIRES_IN", "7d")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.jwt_expires_in == 86400
    assert settings.jwt_refresh_expires_in == 7 * 86400


def test_jwt_secret_key_alias(monkeypatch):
    monkeypatch.setenv("JWT_SECRET_KEY", "k" * 40)
    assert Settings(_env_file=None).jwt_secret == "k" * 40  # type: ignore[call-arg]


@pytest.mark.parametrize("secret", [None, DEFAULT_JWT_SECRET, "short"])
def test_production_refuses_default_or_weak_secret(monkeypatch, secret):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.delenv("JWT_SECRET", raising=False)
    monkeypatch.delenv("JWT_SECRET_KEY", raising=False)
    if secret:
        monkeypatch.setenv("JWT_SECRET", secret)
    with pytest.raises(ValidationError, match="JWT_SECRET"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_production_accepts_a_real_secret(monkeypatch):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("JWT_SECRET", "s" * 48)
    assert Settings(_env_file=None).app_env == "production"  # type: ignore[call-arg]


def test_cors_origins_list(monkeypatch):
    monkeypatch.setenv("CORS_ORIGIN", "https://a.example, https://b.example")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.cors_origins == ["https://a.example", "https://b.example"]
