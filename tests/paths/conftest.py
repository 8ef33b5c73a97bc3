from tests.paths.support import admin, alice, bob, seeded, settings  # noqa: F401
