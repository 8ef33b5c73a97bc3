from tests.fakes.plugin import fake_leetcode, fake_leetcode_server, leetcode_overrides  # noqa: F401
from tests.paths.support import admin, alice, bob, seeded, settings  # noqa: F401
