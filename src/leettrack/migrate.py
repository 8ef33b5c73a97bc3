"""Programmatic access to the Alembic history that ships inside the package."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config

from leettrack.settings import Settings


def alembic_config(settings: Settings) -> Config:
    config = Config(str(files("leettrack") / "alembic.ini"))
    config.attributes["settings"] = settings
    config.attributes["configure_logger"] = False
    return config


def upgrade(settings: Settings, revision: str = "head") -> None:
    command.upgrade(alembic_config(settings), revision)


def downgrade(settings: Settings, revision: str) -> None:
    command.downgrade(alembic_config(settings), revision)


def current(settings: Settings) -> None:
    command.current(alembic_config(settings), verbose=False)
