"""`leettrack serve --workers`: a positive number, or `auto` for one per usable core; and what
each worker does with its garbage collector once started."""

from __future__ import annotations

import gc
import os

import pytest
import typer

from leettrack.app import create_app
from leettrack.cli import worker_count


def test_auto_is_one_worker_per_usable_core():
    assert worker_count("auto") == len(os.sched_getaffinity(0))
    assert worker_count("3") == 3


@pytest.mark.parametrize("value", ["0", "-1", "two", ""])
def test_anything_else_is_refused(value):
    with pytest.raises(typer.BadParameter):
        worker_count(value)


async def test_a_started_process_spares_the_collector_what_lives_as_long_as_it(app, settings):
    """After the first start, what was alive then is out of the collector's sight (a full
    collection under load scans only what came after); later starts freeze nothing more."""
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the modules, the app, its routes and mappings at least
    another = create_app(settings)
    async with another.router.lifespan_context(another):
        assert gc.get_freeze_count() <= frozen  # (frozen objects still die of their refcount)
