"""The Dockerfile and docker-compose.yml, checked without a container engine: the image's shape,
and a compose file whose commands exist and whose settings the application knows."""

from __future__ import annotations

import itertools
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from leettrack.cli import app as cli
from leettrack.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# Read by something other than Settings: uvicorn, and the image's health check.
OTHER_VARIABLES = {"FORWARDED_ALLOW_IPS", "HEALTHCHECK_PORT"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return document


def dockerfile_stages() -> list[list[str]]:
    """The Dockerfile's instructions (continuation lines joined), split by stage."""
    text = re.sub(r"\\\n\s*", " ", (ROOT / "Dockerfile").read_text())
    stages: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            stages.append([])
        if stages:
            stages[-1].append(line)
    return stages


def test_the_image_is_multi_stage_unprivileged_and_self_checking():
    stages = dockerfile_stages()
    assert len(stages) >= 2
    runtime = stages[-1]
    users = [line.split()[1] for line in runtime if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert any("apt-get install" in line and "bubblewrap" in line for line in runtime)
    assert any(line.startswith("COPY --from=build ") for line in runtime)
    assert any(line.startswith("HEALTHCHECK ") and "/health" in line for line in runtime)
    assert not any(line.startswith(("COPY tests", "COPY . ")) for line in runtime)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", "tests", ".env"} <= set(ignored)


def test_compose_describes_the_scaled_shape(compose):
    services = compose["services"]
    assert {"api", "executor", "postgres", "redis", "migrate"} <= set(services)
    api, executor = services["api"], services["executor"]
    serve = api["command"]
    assert serve[:2] == ["leettrack", "serve"] and "--workers" in serve
    assert executor["command"][:2] == ["leettrack", "executor"]
    assert executor["command"][executor["command"].index("--port") + 1] == "8001"
    environment = api["environment"]
    assert environment["EXECUTOR_SERVICE_URL"] == "http://executor:8001"
    assert environment["REDIS_URL"].startswith("redis://redis:")
    assert "@postgres:5432/" in environment["DATABASE_URL"]
    assert environment["APP_ENV"] == "production"
    migrate = " ".join(services["migrate"]["command"])
    assert "leettrack db upgrade" in migrate and "leettrack seed" in migrate
    assert api["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "ports" not in executor  # reachable from the API only
    assert "DATABASE_URL" not in executor["environment"]  # holds no database access


@pytest.mark.parametrize("service", ["api", "executor", "migrate"])
def test_every_leettrack_command_in_compose_exists(compose, service):
    command = compose["services"][service]["command"]
    words = shlex.split(command[-1]) if command[0] == "sh" else command
    for part in " ".join(words).split("&&"):
        args = shlex.split(part)
        assert args[0] == "leettrack"
        subcommand = list(itertools.takewhile(lambda arg: not arg.startswith("-"), args[1:]))
        result = CliRunner().invoke(cli, [*subcommand, "--help"])
        assert result.exit_code == 0, (part, result.output)
        for option in (a.split("=")[0] for a in args if a.startswith("--")):
            assert option in result.output, (part, option)


def test_compose_sets_only_variables_the_application_reads(compose):
    known = OTHER_VARIABLES | {name.upper() for name in Settings.model_fields}
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        known |= {
            choice.upper() for choice in getattr(alias, "choices", []) if isinstance(choice, str)
        }
    for name in ("api", "executor", "migrate"):
        unknown = set(compose["services"][name]["environment"]) - known
        assert not unknown, (name, unknown)
