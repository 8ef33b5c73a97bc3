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
        ("tests.json", lambda data: data["cases"].clear(), "tests.json"),
        ("tests.json", lambda data: data["cases"][0].pop("name"), "name"),
        ("tests.json", lambda data: data["cases"][0].update(compare="fuzzy"), "compare"),
        (
            "tests.json",
            lambda data: data["cases"].append(dict(data["cases"][0])),
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
