"""The Python Portal's exercise ids and LeetTrack's equivalent exercises.

Every exercise of the Portal resolves to the LeetTrack exercise that teaches the same thing
with the same kind of task; an id shaped like a Portal id that is not one of them is not found
(404). Answers always carry LeetTrack's own ids. docs/COMPATIBILITY.md lists the same table.
"""

from __future__ import annotations

import re

from leettrack.core.errors import NotFound

PORTAL_ID = re.compile(r"^E\d+_[A-Za-z_]+$")

EQUIVALENTS: dict[str, str] = {
    "E0_greet": "hello-world",
    "E1_seconds_to_hms": "format-duration",
    "E1_tip_calc": "tip-calculator",
    "E2_initials": "initials",
    "E2_username_slug": "slugify",
    "E3_grade_mapper": "letter-grade",
    "E3_leap_year": "leap-year",
    "E4_fizzbuzz": "fizzbuzz",
    "E4_prime_checker": "is-prime",
    "E5_math_utils": "math-utils",
    "E5_password_strength": "password-strength",
    "E5_temp_convert": "temperature-converter",
    "E6_set_ops": "set-operations",
    "E7_sum_numbers": "sum-numbers-file",
    "E8_ops_module": "ops-module",
    "E9_bug_hunt": "bug-hunt",
}


def resolve(exercise_id: str) -> str:
    """LeetTrack's id for ``exercise_id``: a Portal id is translated, any other id is kept."""
    if not PORTAL_ID.match(exercise_id):
        return exercise_id
    equivalent = EQUIVALENTS.get(exercise_id)
    if equivalent is None:
        raise NotFound(
            f"Python Portal exercise {exercise_id!r} has no equivalent in LeetTrack",
            details={"exercise_id": exercise_id},
        )
    return equivalent
