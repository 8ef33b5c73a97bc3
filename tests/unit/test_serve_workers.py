"""`leettrack serve --workers`: a positive number, or `auto` for one per usable core."""

from __future__ import annotations

import os

import pytest
import typer

from leettrack.cli import worker_count


def test_auto_is_one_worker_per_usable_core():
    assert worker_count("auto") == len(os.sched_getaffinity(0))
    assert worker_count("3") == 3


@pytest.mark.parametrize("value", ["0", "-1", "two", ""])
def test_anything_else_is_refused(value):
    with pytest.raises(typer.BadParameter):
        worker_count(value)
