"""The content loader's own checks: a faithful copy loads, each kind of defect is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from leettrack.exercises.content import ContentError, content_root, load_exercises
from tests.exercises.conftest import BUNDLED


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    root = tmp_path / "exercises"
    shutil.copytree(Path(str(content_root())), root)
    return root


def edit_json(path: Path, change: object) -> None:
    data = json.loads(path.read_text())
    assert callable(change)
    change(data)
    path.write_text(json.dumps(data))


def test_a_faithful_copy_loads(content_copy: Path) -> None:
    assert len(load_exercises(content_copy)) == len(BUNDLED)


@pytest.mark.parametrize(
    ("filename", "change", "complaint"),
    [
        ("metadata.json", lambda data: data.update(id="other-id"), "differs from the directory"),
        ("metadata.json", lambda data: data.update(difficulty="easy"), "metadata.json"),
        ("metadata.json", lambda data: data.update(extra=1), "metadata.json"),
        ("metadata.json", lambda data: data.update(order=10_000), "orders"),
        ("metadata.json", lambda data: data.update(prerequisites=["stack"]), "prerequisite"),
        ("hints.json", lambda data: data.clear(), "hints.json"),
        ("tests.json", lambda data: data.update(cases=data.pop("hidden")), "keys"),
        ("tests.json", lambda data: data["examples"].pop(), "at least 3 examples"),
        ("tests.json", lambda data: data.update(hidden=data["hidden"][:4]), "at least 5 hidden"),
        ("tests.json", lambda data: data.update(hidden={}), "hidden must be a list"),
        ("tests.json", lambda data: data["hidden"][0].pop("name"), "name"),
        ("tests.json", lambda data: data["examples"][0].update(compare="fuzzy"), "compare"),
        (
            "tests.json",
            lambda data: data["hidden"].append(dict(data["examples"][0])),
            "unique",
        ),
    ],
)
def test_defects_are_refused(
    content_copy: Path, filename: str, change: object, complaint: str
) -> None:
    edit_json(content_copy / "hello-world" / filename, change)
    with pytest.raises(ContentError, match=complaint):
        load_exercises(content_copy)


def test_a_missing_file_is_refused(content_copy: Path) -> None:
    (content_copy / "fizzbuzz" / "starter.py").unlink()
    with pytest.raises(ContentError, match=r"starter\.py"):
        load_exercises(content_copy)


@pytest.mark.parametrize(
    ("source", "complaint"),
    [
        ("def generate(rng):\n    return [{'stdin': 'x'}] * 50\n", "1-40 cases"),
        ("def generate(rng):\n    return []\n", "1-40 cases"),
        ("def generate(rng):\n    return [{'stdin': 'x', 'stdout': 'y'}]\n", "answer"),
        ("def generate(rng):\n    return [{'name': 'n', 'stdin': 'x'}]\n", "name"),
        ("def generate(rng):\n    return [{'stdin': 3}]\n", "generated case 1"),
        (
            "import random\ndef generate(rng):\n    return [{'stdin': str(random.random())}]\n",
            "seed alone",
        ),
        ("def produce(rng):\n    return []\n", "no generate"),
        ("def generate(rng)\n", "generate.py"),
    ],
)
def test_a_broken_generator_is_refused(content_copy: Path, source: str, complaint: str) -> None:
    (content_copy / "hello-world" / "generate.py").write_text(source)
    with pytest.raises(ContentError, match=complaint):
        load_exercises(content_copy)
