"""The README's curl walkthrough, run exactly as written against a real server."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import LiveServer, leettrack, server_env

pytestmark = pytest.mark.slow  # a walkthrough on a live server: `-m 'not slow'` skips it

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"```bash\n(.*?)```", re.DOTALL)


def walkthrough() -> str:
    """Every bash block of the README that talks to the API, in order."""
    blocks = [block for block in BLOCK.findall(README.read_text()) if "curl" in block]
    assert blocks, "the README has no curl walkthrough"
    return "\n".join(blocks)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_readme_curl_walkthrough_runs_as_written(database_url):
    env = server_env(database_url)
    leettrack("db", "upgrade", env=env)
    leettrack("seed", env=env)
    server = LiveServer(env)
    script = walkthrough().replace("127.0.0.1:8000", f"127.0.0.1:{server.port}")
    try:
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
    finally:
        server.stop()
    assert done.returncode == 0, f"walkthrough failed:\n{done.stdout}\n{done.stderr}"
    answers = json_documents(done.stdout)
    assert len(answers) >= 4, done.stdout
    failures = [answer for answer in answers if answer.get("success") is False]
    # The walkthrough ends by showing that a logged-out token is refused; nothing else fails.
    assert [f["error"]["code"] for f in failures] == ["UNAUTHORIZED"], done.stdout
    assert answers[-1] == failures[-1]
    data = [answer.get("data") for answer in answers if isinstance(answer.get("data"), dict)]
    assert any(d.get("stdout") == "45\n" and d.get("status") == "ok" for d in data), "code run"
    assert any(d.get("passed") is True and d.get("summary") for d in data), "exercise tests"
    assert any(d.get("interval_days") or d.get("card") for d in data), "review rated"
    progress = [a for a in answers if "progress" in a and "first_category" in a]
    assert progress and progress[0]["progress"]["solved"] == 1, "path progress"


def json_documents(text: str) -> list[dict]:
    """The JSON objects printed one after another (curl adds no newline between them)."""
    decoder, documents, index = json.JSONDecoder(), [], 0
    while (start := text.find("{", index)) != -1:
        try:
            document, index = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            index = start + 1
            continue
        documents.append(document)
    return documents
