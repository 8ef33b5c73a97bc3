"""The problem loader refuses malformed content with a message naming the file and the defect."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from leettrack.problems.content import ContentError, content_root, load_problem

TWO_SUM = Path(str(content_root() / "two-sum"))


def broken(tmp_path: Path, change: Callable[[Path], None]) -> Path:
    directory = tmp_path / "two-sum"
    shutil.copytree(TWO_SUM, directory)
    change(directory)
    return directory


def rewrite_json(name: str, edit: Callable[[dict], None]) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        data = json.loads((directory / name).read_text())
        edit(data)
        (directory / name).write_text(json.dumps(data))

    return change


def test_the_model_problem_loads() -> None:
    problem = load_problem(TWO_SUM)
    assert problem.metadata.method == "twoSum" and problem.naive_code is not None
    assert problem.generated(1) == problem.generated(1)
    assert [case["name"] for case in problem.generated(1)][:2] == ["generated 1", "generated 2"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: (d / "statement.md").unlink(), "two-sum/statement.md"),
        (lambda d: (d / "tests.json").write_text("{"), "two-sum/tests.json"),
        (rewrite_json("problem.json", lambda m: m.update(slug="other")), "differs"),
        (rewrite_json("problem.json", lambda m: m.update(time_limit_ms=50)), "time_limit_ms"),
        (rewrite_json("problem.json", lambda m: m.pop("method")), "names its method"),
        (rewrite_json("problem.json", lambda m: m.update(kind="codec")), "a codec names"),
        (rewrite_json("problem.json", lambda m: m.update(inplace="numbers")), "inplace"),
        (rewrite_json("tests.json", lambda t: t["examples"].pop()), "at least 3 examples"),
        (rewrite_json("tests.json", lambda t: t["hidden"][0].pop("expected")), "a case is"),
        (
            rewrite_json("tests.json", lambda t: t["hidden"].append(t["hidden"][0])),
            "named twice",
        ),
        (
            lambda d: (d / "generate.py").write_text("def generate(rng):\n    return []\n"),
            "defines generate",
        ),
    ],
)
def test_malformed_content_is_refused(tmp_path: Path, change, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        load_problem(broken(tmp_path, change))


def test_a_generator_must_draw_argument_lists(tmp_path: Path) -> None:
    def drawing(body: str) -> Callable[[Path], None]:
        source = f"def check(*args):\n    pass\n\ndef generate(rng):\n    return {body}\n"
        return lambda directory: (directory / "generate.py").write_text(source)

    for body, message in (("[]", "1-40 cases"), ("[[1]] * 41", "1-40"), ("[5]", "a list")):
        problem = load_problem(broken(tmp_path / body.replace(" ", ""), drawing(body)))
        with pytest.raises(ContentError, match=message):
            problem.generated(1)
